"""The direction (past, future or unknown) of an event's clause, read from the dependency parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import sentence_back
from eventkit.lexicons import load_list, per_resources
from eventkit.normalize.times.lexicon import Direction, _lex

if TYPE_CHECKING:
    from spacy.tokens import Token

_VERBS = frozenset({"VERB", "AUX"})


def _clause_verb(token: Token) -> Token | None:
    """The token itself if it is a verb, else the nearest verb above it in the sentence."""
    current = token
    for _ in range(len(sentence_back(token, 0)) + 1):  # token.sent, from the Doc's cached sentences
        if current.pos_ in _VERBS:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _is_past_tensed(verb: Token) -> bool:
    lex = _lex()
    if verb.tag_ == "VBD":
        return True
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & lex.past_aux:
        return True
    return verb.dep_ in {"acomp", "oprd"} and verb.head.tag_ == "VBD"


def _verb_direction(verb: Token, depth: int) -> Direction:
    lex = _lex()
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & lex.future_aux:
        return "future"
    if aux & lex.modal_aux:
        if aux & lex.forward_modals and verb.tag_ == "VB" and not aux & lex.past_aux:
            return "future"  # "the storm could cause flooding on Tuesday": the coming Tuesday
        if _reported_future(verb, aux):
            return "future"  # "he said he would meet them on Monday": the coming Monday
        return "auto"
    infinitive = "to" in aux
    head = verb.head
    if infinitive and verb.dep_ in {"xcomp", "ccomp", "advcl"} and head.i != verb.i:
        names = {head.lemma_.lower(), head.lower_}
        is_future_head = bool(names & lex.future_heads)
        if "go" in names and (head.tag_ != "VBG" or any(c.lower_ == "on" for c in head.children)):
            is_future_head = False  # "went to visit", "going on to say" are not "going to visit"
        if is_future_head:
            return "auto" if _is_past_tensed(head) else "future"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in {"VBN", "VBG", "VB"} and aux & lex.past_aux:
        return "past"
    if verb.tag_ in {"VBZ", "VBP"}:
        return "auto"
    if depth < 3 and verb.dep_ in {"conj", "xcomp", "advcl", "acl"} and head.i != verb.i and head.pos_ in _VERBS:
        return _verb_direction(head, depth + 1)
    return "auto"


def _reported_future(verb: Token, aux: set[str]) -> bool:
    """A bare verb under "would" in a clause reported by a verb of saying: the future of the saying.

    "She said she would meet the unions on Monday" (``reported_modals``);
    not "would have met", nor a "would" outside reported speech ("they
    would meet on Mondays", a habit), nor a saying dated by words of its
    own ("said on Thursday that she would meet them on Monday", "last
    week the ministry said ..."), which the story may tell after the day.
    """
    lex = _lex()
    if not aux & lex.reported_modals or aux & lex.past_aux or verb.tag_ != "VB":
        return False
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in _communication_verbs():
        return False
    # "said on Thursday that she would meet them on Monday": the saying has its own day, and the
    # story may be told after the Monday; the weekday keeps its reading
    return not any(t.ent_type_ == "DATE" for c in head.children if c.i != verb.i for t in c.subtree)


def clause_direction(token: Token) -> Direction:
    """Read the tense of the clause of an event trigger from the dependency parse.

    ``future``: an auxiliary will/shall/'ll ("will visit"), a to-infinitive
    under a future head in the present ("is going to have", "is to visit",
    "is poised/set/expected/scheduled to sign", "plans to meet"), or a noun
    trigger modified by upcoming/planned/next ("the upcoming visit").
    ``past``: a past-tense verb ("met"), a participle with a past auxiliary
    ("had met", "was held", "has visited", "did not meet"), or a bare verb
    coordinated with or governed by a past one ("met ... and signed").
    ``auto`` otherwise (present tense, modals, a future head itself in the
    past: "planned to meet", "was expected to visit").

    Args:
        token: The trigger of the event (a verb, or a noun such as "riots").

    Returns:
        "past", "future" or "auto".
    """
    lex = _lex()
    if token.pos_ not in _VERBS:
        for child in token.children:
            if child.dep_ in {"amod", "compound", "nmod"} and child.lower_ in lex.future_modifiers:
                return "future"
    verb = _clause_verb(token)
    if verb is None:
        return "auto"
    return _verb_direction(verb, 0)


@per_resources
def _communication_verbs() -> frozenset[str]:
    """The verbs of VerbNet's communication classes (``speech_verbs.en.txt``)."""
    return frozenset(load_list("lexicons/speech_verbs.en.txt"))


#: The verbs whose main clause tells where its subject stands rather than what it did: "be" and "have".
_STANDING_VERBS = frozenset({"be", "have"})


def scheduled_present(token: Token) -> bool:
    """True when the trigger's clause is a relative clause in the simple present of an act, which a date places ahead.

    "Town, who meet Rovers on Tuesday, are sixth", "the committee, which
    votes on Friday": a relative clause in the simple present with a date
    tells the antecedent's schedule, so the date lies ahead. A main clause
    in the present often tells a past act (a headline, a caption, "X meets
    Y on Tuesday, state media reported"), so it does not count; nor do verbs
    of saying ("who says") and a present with an auxiliary ("who does not meet").
    The main clause must be a present of "be" or "have" ("United, who meet
    City on Saturday, are fourth"): one of another verb ("X, who meets Y on
    Saturday, shakes hands with Z") is a caption's or a recap's act.
    """
    verb = _clause_verb(token)
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBP"} or verb.dep_ != "relcl":
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    if verb.lemma_.lower() in _communication_verbs():
        return False
    # the main clause tells where the antecedent stands ("are fourth", "is under pressure", "has a cold"),
    # not an act the sentence reports ("shakes hands with ...", "urges restraint"): a caption or a recap's present
    antecedent = verb.head
    main = antecedent.head
    return (
        antecedent.dep_ in {"nsubj", "nsubjpass"}
        and main.lemma_.lower() in _STANDING_VERBS
        and main.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in main.children)
    )


def simultaneous_head(token: Token) -> Token | None:
    """The verb of the clause that the token's "as"/"while" clause happens at the time of.

    "Flights were cancelled on Thursday as controllers walked off the job":
    for "walked" (or a noun of its clause) the verb "cancelled", whose date is
    also the walkout's (``simultaneity_marks``). None when the token's clause
    is no such adverbial clause.
    """
    verb = _clause_verb(token)
    if verb is None or verb.dep_ != "advcl" or verb.head.pos_ not in _VERBS:
        return None
    marks = _lex().simultaneity_marks
    return verb.head if any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children) else None


def sequence_head(verb: Token) -> Token | None:
    """The past verb a past verb follows in a sequence of acts of one subject.

    "Aldana broke into the flat on Oct. 29 and stabbed Sousa": for "stabbed"
    the verb "broke", whose day is also the stabbing's. None for a noun (the
    kidnapping one "joined the group on 12 June and took part in" is not of
    that day), when the verb has a subject of its own ("X left on Monday and
    police arrived") or a time of its own ("... and two days later told
    reporters", "... and Tuesday told"), or either verb is not in the simple past.
    """
    if verb.pos_ not in _VERBS or verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.tag_ != "VBD":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    later = _lex().later_adverbs
    if any(
        c.dep_ == "npadvmod"
        or c.ent_type_ in {"DATE", "TIME"}
        or (c.dep_ == "advmod" and (any(c.children) or c.lower_ in later))
        for c in verb.children
    ):
        return None  # "two days later told", "Tuesday told", "subsequently opened fire"; not "fatally", "then"
    return verb.head
