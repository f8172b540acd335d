"""Dependency-structure helpers the extractors share: subjects, objects, coordination, governing verbs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.normalize.mentions import is_person_word

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CLAUSE_DEPS",
    "OBJECT_DEPS",
    "PLACE_PREPS",
    "SUBJECT_DEPS",
    "called_with_purpose",
    "conjuncts",
    "framing_verbs",
    "given_as_surname",
    "governing_verb",
    "governs",
    "is_to_infinitive",
    "passive",
    "verb_in",
]

#: Dependency labels of grammatical subjects.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Dependency labels of objects.
OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "attr", "oprd"})
#: Prepositions through which a place can locate an event ("of"/"from" only pass through: "the city of X").
PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "off",
        "outside",
        "inside",
        "around",
        "across",
        "to",
        "into",
        "on",
        "of",
        "from",
        "along",
        "over",
        "within",
        "throughout",
        "through",
        "beyond",
    }
)
#: Prepositions of a party whose own "in X" the parse hangs from it: "held talks with Y in Nairobi".
_PARTY_PREPS = frozenset({"with", "between"})
#: Place prepositions that locate by themselves ("of"/"from" only pass through).
_LOCATING_PREPS = PLACE_PREPS - {"of", "from"}
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis", "acl", "csubj", "pcomp"})


def conjuncts(token: Token) -> list[Token]:
    """Tokens coordinated with ``token`` ("Xi and Putin" -> [Putin])."""
    return [t for t in token.conjuncts if t.i != token.i]


def coordinated(token: Token) -> list[Token]:
    """``token`` and the heads coordinated with it, also through an apposition.

    "Portuguese President Ana Ruiz and Danish Prime Minister Lars Holm": the
    parse may hang the second name on the first's apposition rather than on
    the title that heads the phrase.
    """
    named = [c for c in token.children if c.dep_ == "appos"]
    return [token, *conjuncts(token), *(c for a in named for c in conjuncts(a))]


def verb_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """The verb's lemma, alone or with its particle ("call off", "put down"), is one of ``lemmas``."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return lemma in lemmas or (particle is not None and f"{lemma} {particle}" in lemmas)


def governs(token: Token, trigger: Token) -> bool:
    """True when ``token`` attaches to ``trigger`` through prepositions/objects, not another clause."""
    seen = 0
    current = token
    located = False  # the path has passed a place preposition of its own ("in X")
    agent = False  # the path has passed the object of a passive's "by"
    while current.i != current.head.i and seen < 8:
        if current.head.i == trigger.i:
            return (
                current.dep_ in {"pobj", "prep", "npadvmod", "advmod", "dobj", "nmod", "appos", "compound"}
                or (agent and located and current.dep_ == "agent")
                or (current.dep_ == "prt" and current.lower_ in _LOCATING_PREPS)  # "capsized off X": a particle
            )
        # a place inside a subordinate clause does not locate the main event
        if current.dep_ in CLAUSE_DEPS and current.pos_ in {"VERB", "AUX"}:
            return False
        party = located and current.head.lower_ in _PARTY_PREPS  # "with Y in X", not "with X" or "with Y and X"
        # "crushed by a forklift in Leeds", "shot by police in Lagos": the parse hangs the place on the agent
        agent = agent or (current.dep_ == "pobj" and current.head.dep_ == "agent")
        through_agent = agent and located  # not the agent itself: "attacked by Russia" is no place
        if current.dep_ == "pobj" and current.head.lower_ not in PLACE_PREPS and not party and not through_agent:
            return False
        if current.dep_ == "prep" and current.lower_ in _LOCATING_PREPS:
            located = True
        current = current.head
        seen += 1
    return False


def where_antecedent(trigger: Token) -> Token | None:
    """The noun a "where" clause holding the trigger describes.

    "Myanmar, where an earthquake has killed 2,000 people" -> Myanmar. A
    clause in the simple present or with a modal says what is usual or
    possible there ("Indonesia, where trafficking involves ..."), no occurrence.
    """
    clause = _relative_clause_of(trigger, "where")
    if clause is None or clause.tag_ in {"VBZ", "VBP", "VB"} or any(c.tag_ == "MD" for c in clause.children):
        return None
    return clause.head


def when_antecedent(trigger: Token) -> Token | None:
    """The date a "when" clause holding the trigger describes ("since 2020, when 20 soldiers were killed")."""
    clause = _relative_clause_of(trigger, "when")
    return clause.head if clause is not None and clause.head.ent_type_ == "DATE" else None


def _relative_clause_of(trigger: Token, adverb: str) -> Token | None:
    """The relative clause opened by ``adverb`` whose verb is the trigger or takes it as an argument.

    The trigger is the clause's verb, its subject or object, or the object
    of a preposition on it ("killed in hand-to-hand fighting").
    """
    clause = trigger
    if clause.dep_ == "pobj" and clause.head.dep_ == "prep":
        clause = clause.head.head
    elif clause.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == adverb for c in clause.children):
        return None
    return clause


def framing_verbs(verb: Token | None, steps: int = 2) -> list[Token]:
    """The verbs that frame a to-infinitive: "signed an agreement to provide" -> [signed]."""
    out: list[Token] = []
    current = verb
    for _ in range(steps):
        if current is None or current.dep_ not in {"acl", "xcomp", "advcl"}:
            break
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            break
        head = current.head
        frame = head if head.pos_ in {"VERB", "AUX"} else governing_verb(head)
        if frame is None:
            break
        out.append(frame)
        current = frame
    return out


def governing_verb(token: Token, *, max_steps: int = 6) -> Token | None:
    """The nearest verb at or above ``token`` in the parse."""
    current = token
    for _ in range(max_steps):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def passive(verb: Token) -> bool:
    """A verb in the passive voice: a passive subject or auxiliary among its dependents ("was *shot*")."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def is_to_infinitive(token: Token) -> bool:
    """A to-infinitive clause ("to go home"), whether parsed as xcomp or advcl."""
    return token.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.lefts)


def infinitive_subject(verb: Token) -> Token | None:
    """The object the parse made the subject of a to-infinitive after the verb, or None.

    "He rang *Senator Ana Ruiz* to concede" is often parsed as "rang [Ruiz to
    concede]": a clause with its own subject. Its subject is the verb's object
    when it opens right after the verb and the clause has the "to".
    """
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "xcomp", "advcl"} or clause.i < verb.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.lefts):
            continue
        subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        if subject is not None and subject.left_edge.i == verb.i + 1:
            return subject
    return None


def called_with_purpose(verb: Token) -> bool:
    """An object and then a to-infinitive of purpose: "called Rojas *to congratulate* her", a telephone call.

    No particle or preposition may follow the verb: "called on X to resign"
    and "called for X to ..." demand, they do not telephone; "called to ban
    X" has no object and says something.
    """
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1) for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"} and c.i > verb.i]
    if not objects:
        return infinitive_subject(verb) is not None  # "called Ruiz to congratulate her", parsed as one clause
    return any(is_to_infinitive(c) and c.i > objects[0].i for c in verb.children)


def called_on_in_person(verb: Token) -> Token | None:
    """The person a courtesy call was paid on: "X called on Prime Minister Y" (in person), or None.

    A bare "call on" a named person with no demand after it: "called on X to
    resign", "called on X for help" and "called on X, urging ..." ask for
    something and are no visit; nor is "called on the government".
    """
    if verb.lemma_.lower() != "call":
        return None
    on = [c for c in verb.children if c.dep_ in {"prep", "prt"} and c.lower_ == "on" and c.i == verb.i + 1]
    if not on:
        return None
    objects = [o for o in on[0].children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
    if not objects:
        return None
    for word, demand in ((verb, {"xcomp", "ccomp", "advcl", "oprd", "dobj"}), (objects[0], {"acl", "relcl", "advcl"})):
        if any(c.dep_ in demand or (c.dep_ == "prep" and c.lower_ == "for") for c in word.children):
            return None
    return objects[0]


def misread_subject(subject: Token) -> Token | None:
    """A subject the parse made of a sentence's opening place phrase, repaired; other subjects unchanged.

    "Outside Parliament Hill, the union said ...": the small parser may read
    the capitalised "Outside" as a proper noun and the subject, with the
    real subject hung on it as an apposition. A place preposition with an
    object is no subject: its apposition is, or nobody.
    """
    if subject.lower_ in PLACE_PREPS and any(c.dep_ == "pobj" for c in subject.children):
        return next((c for c in subject.children if c.dep_ == "appos"), None)
    first, end = subject.left_edge, subject.right_edge.i + 1
    opening = first.i != subject.i and first.is_sent_start and first.lower_ in PLACE_PREPS
    # "Outside experts, including X, said": people outside something, a subject all the same
    people = subject.tag_ in {"NNS", "NNPS"} or is_person_word(subject)
    if opening and not people and end < len(subject.doc) and subject.doc[end].text == ",":
        return None  # "Outside parliament, about 300 protesters gathered": "Outside" read as a modifier
    return subject


def given_as_surname(token: Token) -> bool:
    """The document writes the token's word elsewhere after a capitalised proper noun: a person's surname.

    "Nelson Mandela ... visited Mandela", "Ana Kimani ... a protest in
    Kimani": the one-word name is that person's, not a town's.
    """
    doc = token.doc
    return any(
        t.text == token.text and t.i != token.i and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title
        for t in doc
    )
