"""Dependency-parse helpers shared by the statement rules: subjects, subtrees, names, offsets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import entity_of
from eventkit.extractors.context import TIME_LABELS
from eventkit.extractors.statement.cues import cue_group, cue_lexicon, lemma_of
from eventkit.extractors.syntax import is_to_infinitive, misread_subject
from eventkit.nlp.abbreviations import title_abbreviations
from eventkit.normalize.mentions import (
    abstract_nouns,
    artifact_nouns,
    honorific_gender,
    is_first_name,
    is_person_noun,
    is_person_word,
    is_title,
    location_nouns,
)
from eventkit.normalize.money.currencies import currency_of_word
from eventkit.normalize.money.document import phrase_money
from eventkit.normalize.places import resolve_place

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependency labels through which a clause hangs from another and shares its subject.
SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})

SUBJECTS = frozenset({"nsubj", "nsubjpass"})

#: Tags of finite verbs: a clause that opens with one has no subject before it.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})

FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "other"})

_STRIP = " \t\n,;:"

#: Entity types that name a speaker.
NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Tags of the words a noun phrase holds before its head ("*His ex -* wife", "*the regional governor* Ana Ruiz").
PHRASE_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH", "CD", "VBN"})


def of_role(name: Token, role: Token) -> bool:
    """A name inside a prepositional phrase of a role word: "the head *of the agency*", "a spokesman *for Acme*".

    The name belongs to the role's description; the role's holder, not the
    name, speaks.
    """
    while name.i != role.i and name.head.i != name.i:
        if name.dep_ == "pobj" and name.head.head.i == role.i:
            return True
        name = name.head
    return False


def inserted_speaker(cue: Token) -> Token | None:
    """The name of an inserted "X said" the parse hung as an appositive of the host clause's noun.

    "To understand the real Jonas Berg, Chief Justice Eva Stone said, one
    should visit": the parse makes "Berg" the subject of "said" and "Stone"
    its appositive. A person's name right before an inserted cue, after a
    comma, is the speaker; the noun before the comma belongs to what was
    said.
    """
    if cue.dep_ != "parataxis":
        return None
    subject = own_subject(cue)
    if subject is None or subject.i > cue.i:
        return None
    for appos in subject.children:
        if appos.dep_ != "appos" or appos.ent_type_ != "PERSON" or appos.right_edge.i != cue.i - 1:
            continue
        before = appos.left_edge.i - 1
        if before > subject.i and cue.doc[before].text == ",":
            return appos
    return None


def own_subject(token: Token) -> Token | None:
    """The subject among ``token``'s children; of several, the nearest before it.

    "X, asked about Y, said Z": the parse hangs X on the aside (:func:`asked_aside`);
    X is the subject of "said".
    """
    # "Outside Parliament, the union said": the opening place phrase read as the subject is none
    subjects = [s for c in token.children if c.dep_ in SUBJECTS if (s := misread_subject(c)) is not None]
    # "Save the Children said": a name parsed as a clause subject, its verb opening the entity
    named = {"ORG", "PERSON"}
    subjects += [c for c in token.children if c.dep_ == "csubj" and c.ent_iob_ == "B" and c.ent_type_ in named]
    if not subjects and token.tag_ in FINITE_TAGS and token.i > 0:
        # "Reilly said ...": a name right before the verb that the parse hung on it as an adverb
        prev = token.doc[token.i - 1]
        if prev.head.i == token.i and prev.dep_ in {"advmod", "npadvmod"} and prev.tag_ == "NNP":
            subjects = [prev]
    before = [c for c in subjects if c.i < token.i]
    if not subjects:
        aside = next((c for c in token.children if c.i < token.i and asked_aside(c)), None)
        if aside is not None:
            subjects = [c for c in aside.children if c.dep_ in SUBJECTS and c.i < aside.i]
            before = subjects
    return before[-1] if before else (subjects[0] if subjects else None)


def _armed_act(verb: Token, objects: list[Token]) -> bool:
    """A verb of force whose every subject is a weapon or an armed force (``armed_subjects``), acting on a thing.

    "Drones attacked a hospital", "Rebel fighters attacked a convoy"; not a
    name ("Shell slammed the ruling"), nor an act on an abstraction or one
    called something ("Rebels blasted the ceasefire proposal as a trick").
    Or people acting on artifacts only ("Protesters attacked a police
    station"; ``artifact_nouns``).
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    armed = cue_lexicon().armed_subjects
    # (a plural opening the sentence may be tagged a name, lemma and all: "Drones attacked ...")
    if not subjects:
        return False
    if any(p.dep_ == "prep" and p.lower_ == "as" for p in verb.children):
        return False  # "blasted the plan as a trick", "slammed the wall as a monument to cruelty": a predication
    if any(o.lemma_.lower() in abstract_nouns() for o in objects):
        return False
    if all({s.lemma_.lower(), s.lower_} & armed and s.ent_type_ in {"", "NORP"} for s in subjects):
        return True
    # "Protesters attacked a police station": people acting on a building or a vehicle
    crowd = all(s.tag_ in {"NNS", "NNPS"} and s.ent_type_ in {"", "NORP"} and is_person_noun(s) for s in subjects)
    return crowd and bool(objects) and all(o.lemma_.lower() in artifact_nouns() for o in objects)


def asked_aside(verb: Token) -> bool:
    """A passive participle of questioning set off by commas between a subject and its verb.

    "Calado, *asked* about his future, said he was staying", "Calado,
    *asked* whether he feared for his job, shrugged" (``aside_participles``):
    the subject was asked; the verb after the aside (with no subject of its
    own) is the subject's.
    """
    doc = verb.doc
    if verb.tag_ not in {"VBD", "VBN"} or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    if lemma_of(verb) not in cue_lexicon().aside_participles:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    mains = [verb.head] if verb.head.i > verb.i else []
    mains += [c for c in verb.children if c.dep_ in {"ccomp", "conj"} and "," in {c.left_edge.text, doc[c.i - 1].text}]
    return any(
        m.pos_ == "VERB" and m.i > verb.i and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in m.children)
        for m in mains
    )


def beyond_modal(verb: Token) -> bool:
    """A past verb conjoined to a clause under a modal ("would declare X *and suggested*"): it takes no modal.

    In reported speech the coordination is mostly the clause above's:
    "suggested" goes with the "said" that reports "the country would
    declare X". It may also share the clause's subject alone ("she could
    not support him but understood why"): callers decide by the subject and
    the conjunction.
    """
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and head.dep_ in {"ccomp", "conj", "acl"}
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )


def subject_of(token: Token) -> Token | None:
    """The subject of ``token``'s clause, climbing through "..., saying" and "and added".

    A to-infinitive takes the subject of the clause it completes ("critics
    failed *to note*": the critics), never that of a cue further up; a bare
    participle after "as" ("failed *as predicted*") has none.
    """
    own = own_subject(token)
    if own is not None:
        return own
    if token.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return None  # "the company failed as predicted": nobody in the sentence predicted it
    if token.dep_ == "advcl" and token.tag_ in FINITE_TAGS:
        return _subordinate_subject(token)
    if token.dep_ == "advcl" and (inserted := _inserted_cue_before(token)) is not None:
        return own_subject(inserted)  # "X collapsed and died, the union said, blaming the owner": the union
    if token.dep_ in SHARED_SUBJECT_DEPS and not is_to_infinitive(token):
        # "X stated that ..., adding that ...": the parse may hang "adding" inside
        # the reported clause; the nearest cue verb above it is the speaker's.
        skip = token.head.i if beyond_modal(token) else -1  # "would declare X and suggested": not its subject's
        for anc in token.ancestors:
            if anc.i == skip:
                continue
            if anc.pos_ == "VERB" and cue_group(anc) is not None:
                if token.dep_ == "conj" and token.i < anc.i and (shared := own_subject(token.head)) is not None:
                    # "X spoke to Y and told him that ..., the presidency said": a clause reported
                    # before its cue keeps its own subject for the verbs conjoined in it
                    return shared
                subj = own_subject(anc)
                if subj is not None:
                    return subj
    current = token
    for _ in range(4):
        subj = own_subject(current)
        if subj is not None:
            return subj
        if current.dep_ not in SHARED_SUBJECT_DEPS or current.head.i == current.i:
            return None
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head  # "with Biden saying ..."
            continue
        current = current.head
    return None


def _inserted_cue_before(participle: Token) -> Token | None:
    """An inserted cue between the participle and its host: "X died, *the union said*, blaming the owner".

    The parse hangs both the inserted "said" (as parataxis) and the
    participle on the reported clause's verb; the participle goes on the
    saying, so its subject is the cue's.
    """
    for sibling in participle.head.children:
        if (
            sibling.dep_ == "parataxis"
            and sibling.i < participle.i
            and cue_group(sibling) is not None
            and own_subject(sibling) is not None
        ):
            return sibling
    return None


def _subordinate_subject(verb: Token) -> Token | None:
    """The subject of a finite subordinate clause that has none in the parse: never the host's.

    "As the mayor said on Monday, the city cannot borrow": the parse may read
    "as the mayor" as a phrase (``as`` a preposition) of "said", or of the
    host right before "said" ("grew louder as X, Y's daughter, attacked
    him"); its object is the misread subject. The host clause's subject
    ("the city") is what was said about, not who said it.
    """
    before = verb.left_edge.i - 1
    for prep in [*verb.children, *verb.head.children]:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i > verb.i:
            continue
        if prep.head == verb or prep.right_edge.i == before:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def trim(text: str, start: int, end: int, *, clause: bool = True) -> tuple[int, int] | None:
    """Trim white space and commas (and a clause's leading "that") from cleaned offsets of ``text``."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    if clause and text[start : start + 5].lower() == "that ":
        start += 5
    if end - start < 2:
        return None
    return start, end


def subtree_range(token: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Cleaned character range of a token's subtree, cut before ``exclude`` when it lies inside."""
    left, right = token.left_edge, token.right_edge
    doc = token.doc
    if exclude is not None and left.i <= exclude.i <= right.i:
        left = doc[exclude.i + 1] if exclude.i < token.i else left
        if exclude.i > token.i:
            right = doc[exclude.i - 1]
    return left.idx, right.idx + len(right)


def first_word(token: Token) -> Token:
    """The first token of ``token``'s subtree that is not punctuation (an opening quote mark)."""
    for t in token.subtree:
        if not (t.is_punct or t.is_space):
            return t
    return token


def is_named(token: Token) -> bool:
    """A proper name or a named entity (person, organisation, place)."""
    return token.pos_ == "PROPN" or token.ent_type_ in NAMED_ENTS


def inverted_speaker(cue: Token) -> Token | None:
    """The name right after a cue that the parse did not take as its subject ('"...," said *Jane Doe*')."""
    for child in cue.rights:
        if child.is_punct or child.is_space:
            continue
        if child.dep_ in {"nsubj", "dobj", "attr", "npadvmod", "appos", "oprd", "dative"} and is_named(child):
            return child
        return None
    return None


def is_amount(token: Token) -> bool:
    """Money or a measure of goods: "500 million euros", "$50 million", "2,000 tonnes of wheat".

    "promised two new hospitals" counts things and is a promise of words. A
    sum the recogniser took for something else ("EUR 10 million" tagged an
    organisation) is money when its words read as a sum.
    """
    if token.ent_type_ in {"MONEY", "QUANTITY"} or currency_of_word(token.text) is not None:
        return True
    return token.like_num and phrase_money(token) is not None


#: Prepositions that say what about a criticised thing is at issue or what it is called ("attacked the state
#: *over* its plan", "attacked the city *as* a failed experiment").
_TOPIC_PREPS = frozenset({"over", "for", "on", "about", "as"})


def person_name(token: Token) -> bool:
    """A person's name: a person entity, or a titled name the recogniser took for a place or missed.

    "Chief Tunde Bello" (no entity), "Mr Kofi Mensah" (tagged a place): the
    proper nouns the token closes open with a title (``titles.en.txt``) or
    an honorific of gender ("Mr", "Mrs"), and at least one capitalised word
    after it is no title. A name the recogniser made an organisation (unless
    an abbreviated title opens it, as the actor index reads it) or a people
    is left alone ("Senate Finance Committee"), and so is a place
    (a known one, "Prince Edward Island", or one a location noun closes,
    "King Street").
    """
    if token.ent_type_ == "PERSON":
        return True
    if token.pos_ != "PROPN" or token.ent_type_ not in {"", "GPE", "ORG"}:
        return False
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.text != "."]
    if len(words) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    first = words[0].text
    if token.ent_type_ == "ORG" and not (first.endswith(".") and is_title(first)):
        return False  # an organisation, unless a title abbreviated with its full stop opens it ("Engr. Ade Bello")
    if not is_title(first) and not is_title(first + ".") and honorific_gender(first) is None:
        return False
    if resolve_place(" ".join(t.text for t in words)) is not None or words[-1].lower_ in location_nouns():
        return False  # "Prince Edward Island", "King County", "Queen Street": a place that opens with a title word
    return any(not is_title(t.text) and honorific_gender(t.text) is None for t in words[1:])


#: Marks that end a sentence.
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: The longest word read as a title abbreviation no lexicon knows ("Engr", "Arc", "Pharm").
_MAX_ABBREVIATION = 5


def name_after_abbreviation(token: Token) -> Token | None:
    """The name a title abbreviation opens when the tokenizer cut it from its full stop: "*Engr*. Ade Bello" -> "Bello".

    A capitalised word right before a full stop (no space between), then
    capitalised proper nouns: a known title abbreviation or honorific
    ("Insp.", "Mr."; ``abbreviations.en.txt``) opens the name that follows;
    a whole title word never does ("said the Governor. Ana Lima ...", "said
    John Major. Tony Blair ...": the full stop ends a sentence).
    A short word no lexicon knows does too when the whole is set off by
    commas in a phrase ("the governor, *Engr*. Ade Bello, said": an
    apposition does not end a sentence inside it) or when the name ends its
    sentence ('"...," said *Engr*. Ade Bello.': a name alone is no
    sentence). The abbreviation alone is never the name. Returns the
    name's last word.
    """
    doc = token.doc
    i = token.i
    if i + 2 >= len(doc) or token.whitespace_ or doc[i + 1].text != "." or not token.is_alpha:
        return None
    if not token.text[:1].isupper() or token.ent_type_ not in {"", "PERSON"}:
        return None
    j = i + 2
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and not doc[j].is_punct:
        j += 1
    if j == i + 2:
        return None
    # (the abbreviation list itself: ``is_title`` also takes a whole title word before a full stop, "Governor.")
    if f"{token.text}." in title_abbreviations() or honorific_gender(token.text) is not None:
        return doc[j - 1]
    if is_title(token.text):
        return None  # '"...," said the Governor. Ana Lima lost her home': a whole word ends its sentence
    set_off = i > 0 and doc[i - 1].text == "," and j < len(doc) and doc[j].text == ","
    alone = j == len(doc) or doc[j].is_space or doc[j].text in _SENTENCE_ENDS
    if not (set_off or alone) or j - (i + 2) < 2 or len(token) > _MAX_ABBREVIATION or is_first_name(token.text):
        return None
    return doc[j - 1]


def names_role_holder(role: Token, name: Token) -> bool:
    """A person's name set off by a comma after a role word with no name of its own: "the governor of X, *Ana Lima*".

    The parse hangs such a name anywhere in the role's phrase, not always as
    its apposition; the comma before the name's first word, after the role,
    says it names the role's holder. A titled name the recogniser missed
    counts (:func:`person_name`: "the chairman of X, *Chief Tunde Bello*").
    """
    if role.ent_type_ or not is_person_word(role) or not person_name(name):
        return False
    ent = entity_of(name) if name.ent_type_ == "PERSON" else None
    start = name.left_edge.i if ent is None else ent.start  # the first word of the name (of its entity)
    return start - 1 > role.i and name.doc[start - 1].text == ","


def acts_on_place(verb: Token) -> bool:
    """The verb acts on a place: "attacked the town of Palma", "targeted the district on Monday".

    A verb that may act by force (the cue lexicon's ``forceful_senses``:
    "attack", "target", "hit"), every object a common noun whose first
    WordNet sense is a location (``location_nouns.en.txt``), and nothing
    says what about it is at issue: a place is no proposition and no person
    criticised. A country's name is left alone ("attacked China over trade"
    criticises), and so is a place with a topic ("attacked the state *over*
    its pension plan"); "praised Rubio's positions", "lamented the state of
    the campaign" are no acts of force at all. A weapon or an armed force
    as the subject (the cue lexicon's ``armed_subjects``: "drones attacked
    a hospital") acts by force on any thing it strikes (:func:`_armed_act`).
    """
    if lemma_of(verb) not in cue_lexicon().forceful_senses:
        return False
    if any(c.dep_ in {"oprd", "ccomp", "xcomp", "attr"} for c in verb.children):
        return False  # "called the harbour plan a costly mess": something is predicated
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i > verb.i]
    if _armed_act(verb, objects):
        return True  # "Russian drones attacked a hospital, the governor said": arms act, they say nothing
    preps = [c for x in (verb, *objects) for c in x.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS]
    if any(not any(g.ent_type_ in TIME_LABELS for g in p.children) for p in preps):
        return False  # a topic; "on Sunday", "for two hours" are settings
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() in location_nouns() for o in objects)


def title_before_person(role: Token) -> Token | None:
    """A capitalised title right before a person's name the parse did not join it to ("*Bishop* Ana Kukah ...").

    The head of the name, or None.
    """
    doc = role.doc
    after = doc[role.i + 1] if role.i + 1 < len(doc) else None
    if role.pos_ != "PROPN" or after is None or after.ent_type_ != "PERSON" or after.ent_iob_ != "B":
        return None
    ent = entity_of(after)
    return doc[after.i] if ent is None else doc[ent.end - 1]


#: Tags of the relative pronouns that open a relative clause ("which", "that", "who").
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def relative_gap(cue: Token) -> Token | None:
    """The clause a cue reports when the cue sits between a relative pronoun and that pronoun's verb.

    "the grant, which she said *would pay* for ...": the cue heads the
    relative clause and the pronoun is the subject of its complement;
    "a shortage which, he said, *forces* ...": the cue is inserted in the
    relative clause. The clause after the cue is the speaker's, its subject
    the pronoun (not "everything the mayor says is ignored", where the gap is
    the cue's object and the words after it are the writer's). Returns the
    reported verb, or None; None too when the parse gave the noun the clause
    modifies no verb of its own (the writer's verb was read into the clause).
    """
    if cue.dep_ == "relcl":
        clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
        noun = cue.head
    elif cue.dep_ == "parataxis" and cue.head.dep_ == "relcl" and cue.head.i > cue.i:
        clauses = [cue.head]
        noun = cue.head.head
    else:
        return None
    if noun.dep_ == "ROOT":
        # "the reactor which X said was safe leaked twice" read with no verb for "the reactor": the
        # writer's verb went into the clause, and where the speaker's words end is unknown
        return None
    for clause in clauses:
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.tag_ in _RELATIVE_TAGS and subject.i < cue.i:
            return clause
    return None


def coordinated_relative(clause: Token) -> Token | None:
    """The conjunction opening a second relative clause the parse joined to a reported clause.

    "the aid, which she said would arrive by Friday *and* which donors had
    paid for, ...": the second relative clause is the writer's, not part of
    what was said. Returns the conjunction ("and", "but"), or None.
    """
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i:
            continue
        left = conj.left_edge
        pronoun = left.nbor(1) if left.dep_ == "cc" and left.i + 1 < len(left.doc) else left
        if pronoun.tag_ in _RELATIVE_TAGS or (pronoun.dep_ == "prep" and pronoun.nbor(1).tag_ in _RELATIVE_TAGS):
            cc = left if left.dep_ == "cc" else None
            if cc is None and left.i > 0 and left.nbor(-1).dep_ == "cc":
                cc = left.nbor(-1)
            if cc is not None:
                return cc
    return None
