"""Whether a trigger's clause reports an event as asserted, negated, planned, hypothetical or alleged.

The cue words are data: ``resources/lexicons/modality.en.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.extractors.syntax import governing_verb, verb_in
from eventkit.lexicons import load_yaml, per_resources
from eventkit.models import Modality
from eventkit.normalize.mentions import is_denying_no
from eventkit.normalize.times import clause_direction

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["demanded", "modality_of", "modality_words", "time_adjunct_preps"]


@per_resources
def _modality_cues() -> dict[str, frozenset[str]]:
    data = load_yaml("lexicons/modality.en.yaml")
    return {key: frozenset(str(v) for v in values) for key, values in data.items()}


def modality_words(key: str) -> frozenset[str]:
    """A word list of ``modality.en.yaml`` ("planned_heads", "demand_verbs" ...); empty when absent."""
    return _modality_cues().get(key, frozenset())


def time_adjunct_preps() -> frozenset[str]:
    """Prepositions of a time or circumstance adjunct (``adjunct_preps``: during, after, before, amid ...)."""
    return modality_words("adjunct_preps")


def modality_of(trigger: Token, *, said: bool = False, denial_negates: bool = True) -> Modality:
    """Modality of the trigger's clause: negated, planned, hypothetical, alleged or asserted.

    The cue words are data: ``resources/lexicons/modality.en.yaml``. With
    ``said`` (a speech cue), what "no" quantifies is what was said ("reported
    no records"), not a denial of the saying. Without ``denial_negates`` (an
    incident), an act its doer denies ("denied firing the rocket") is
    alleged, not negated (``denying_heads``).
    """
    cues = _modality_cues()
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
    if verb is None:
        return Modality.ASSERTED
    children = list(verb.children)
    adjunct = trigger.i != verb.i and trigger.dep_ == "pobj" and trigger.head.lower_ in cues["adjunct_preps"]
    if any(c.dep_ == "neg" for c in children) and not adjunct:
        return Modality.NEGATED
    if trigger.i == verb.i and _nobody_did(verb, cues):
        return Modality.NEGATED  # "No group has said it carried out the attack": nobody said it
    if not said and _denied_quantity(trigger, verb, cues["negative_determiners"]):
        return Modality.NEGATED  # "sent no cash to X", "no talks were held"
    if _rejected(verb, cues["rejecting_coordinators"]):
        return Modality.NEGATED  # "talk to armed groups rather than bomb them"
    if _called_off(trigger, verb, cues):
        return Modality.NEGATED  # "the meeting was called off", "was to meet Y, but the meeting was cancelled"
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass", "advmod"}}
    marks = {c.lower_ for c in children if c.dep_ == "mark"}
    if aux & cues["hypothetical_aux"] and aux & cues["perfect_aux"] and _definite_subject(trigger, verb, cues):
        return Modality.ASSERTED  # "Tuesday's attack could have been prevented": the attack happened
    if aux & cues["hypothetical_aux"] or marks & cues["hypothetical_mark"]:
        return Modality.HYPOTHETICAL
    if aux & cues["generic_aux"] and (not said or _anyone(verb, cues)):
        # "cholera can kill within hours": what can happen, not what did; "Customers can call the helpline":
        # what anyone may say, said by no one
        return Modality.HYPOTHETICAL
    if _inverted_condition(verb, cues["inverted_conditional_aux"]):
        return Modality.HYPOTHETICAL  # "Had the ferry sunk in a storm, ...": a condition, not an event
    if aux & cues["planned_aux"] or clause_direction(verb) == "future":
        return Modality.PLANNED
    if _headline_infinitive(verb):
        return Modality.PLANNED  # "Storm Greta to bring 80mph gusts", "Prime Minister to visit China"
    head = verb.head
    complement = verb
    while complement.dep_ == "conj" and complement.head.pos_ in {"VERB", "AUX"}:
        complement = complement.head
    if complement.dep_ == "xcomp" and complement.head.lemma_ in cues["negated_heads"]:
        return Modality.NEGATED
    # "denied meeting the lobbyists": it did not happen; "denied firing the rocket": someone else's doing; "denied
    # making promises at his meeting with X": only the promises are denied (the act or its object, nothing deeper)
    denied_act = trigger.i == verb.i or (trigger.head.i == verb.i and trigger.dep_ in {"dobj", "obj"})
    if complement.dep_ == "xcomp" and complement.head.lemma_ in cues["denying_heads"] and denied_act:
        return Modality.NEGATED if denial_negates else Modality.ALLEGED
    if verb.dep_ in {"xcomp", "ccomp"} and head.lemma_ in cues["planned_heads"]:
        return Modality.PLANNED
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ":
        # "is due to meet": planned; "was ready to host talks": a readiness, not a meeting
        if head.lower_ in cues["planned_adjectives"]:
            return Modality.PLANNED
        if head.lower_ in cues["hypothetical_adjectives"]:
            return Modality.HYPOTHETICAL
    if verb.dep_ in {"ccomp", "relcl", "xcomp"} and head.lemma_ in cues["alleged_heads"]:
        return Modality.ALLEGED
    alleged_noun = head.pos_ == "NOUN" and head.lemma_.lower() in cues["alleged_nouns"]
    if not said and verb.dep_ in {"ccomp", "acl"} and alleged_noun:
        return Modality.ALLEGED  # "Reports that the two prime ministers held secret talks ...": only reported
    if verb.dep_ in {"relcl", "ccomp"}:
        # "boats that it claimed were swarming": the claim verb governs the relative clause
        grand = head.head if head.dep_ == "relcl" else head
        claimed = cues["alleged_relative_heads"]
        if grand.lemma_ in claimed or any(c.dep_ == "relcl" and c.lemma_ in claimed for c in head.children):
            return Modality.ALLEGED
    return Modality.ASSERTED


def _called_off(trigger: Token, verb: Token, cues: dict[str, frozenset[str]]) -> bool:
    """The event was cancelled: its noun is what a cancelling verb takes, or a "but" clause cancels it.

    "A meeting between X and Y planned for Tuesday was called off", "the
    ministry cancelled the visit"; "X had been scheduled to meet Y on
    Saturday, but the meeting was cancelled" (a definite noun subject of the
    cancelling verb in a "but" clause coordinated after the event's).
    """
    cancel_verbs = cues.get("cancel_verbs", frozenset())
    if not cancel_verbs:
        return False
    if trigger.i != verb.i and trigger.head.i == verb.i and trigger.dep_ in {"nsubjpass", "dobj", "obj"}:
        return verb_in(verb, cancel_verbs)
    head = verb
    while True:
        contrast = any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children)
        for clause in (c for c in head.children if c.dep_ == "conj" and c.i > trigger.i):
            subjects = [s for s in clause.children if s.dep_ in {"nsubjpass", "nsubj"} and s.pos_ == "NOUN"]
            definite = any(
                d.dep_ == "det" and d.lower_ in cues["definite_determiners"] for s in subjects for d in s.children
            )
            if contrast and definite and verb_in(clause, cancel_verbs):
                return True
        if head.dep_ not in {"xcomp", "ccomp"} or head.head.pos_ not in {"VERB", "AUX"}:
            return False
        head = head.head


def _definite_subject(trigger: Token, verb: Token, cues: dict[str, frozenset[str]]) -> bool:
    """The trigger is a definite noun subject of the verb ("the attack", "Tuesday's attack", "its collapse")."""
    if trigger.i == verb.i or trigger.head.i != verb.i or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in cues["definite_determiners"]) or c.dep_ == "poss" for c in trigger.children
    )


def _denied_quantity(trigger: Token, verb: Token, determiners: frozenset[str]) -> bool:
    """The trigger noun, or the verb trigger's object, is quantified by "no" ("sent no cash", "no talks")."""
    nouns = [trigger] if trigger.i != verb.i else [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    return any(c.dep_ == "det" and c.lower_ in determiners for n in nouns for c in n.children)


def _anyone(verb: Token, cues: dict[str, frozenset[str]]) -> bool:
    """The verb's subject is anyone of a kind: a bare plural ("Customers can call") or ``generic_subjects``.

    Not for a verb that says it now with a clause of what is said
    (``saying_now_verbs``: "Police can confirm that ..."; "Doctors can tell
    patients that ..." stays what anyone may do).
    """
    if verb.lemma_.lower() in cues["saying_now_verbs"] and any(c.dep_ == "ccomp" for c in verb.children):
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in cues["generic_subjects"]:
            return True
        if subject.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children):
            return True
    return False


def _nobody_did(verb: Token, cues: dict[str, frozenset[str]]) -> bool:
    """The verb's active subject is nobody: "No group has said ...", "Nobody claimed ...", "no one spoke"."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in cues["negative_subjects"]:
            return True
        if any(d.lower_ in cues["negative_determiners"] and is_denying_no(d) for d in subject.children):
            return True  # ("no one": "one" with "no"; not "A No 10 spokesman", "No Labels")
    return False


def _inverted_condition(verb: Token, auxiliaries: frozenset[str]) -> bool:
    """A clause opened by an auxiliary before its subject: "Had the ferry sunk, ...", "Should talks fail"."""
    if verb.dep_ not in {"advcl", "ccomp"} or verb.i > verb.head.i:
        return False  # a clause before the one it conditions ("Had rebels attacked ..., the army would ...")
    first = min(verb.subtree, key=lambda t: t.i)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (
        first.dep_ in {"aux", "auxpass"}
        and first.head.i == verb.i
        and first.lower_ in auxiliaries
        and any(first.i < s.i for s in subjects)
    )


def _rejected(verb: Token, coordinators: frozenset[str]) -> bool:
    """A conjunct verb the coordinator sets against the verb before it ("rather than bomb them", "instead of")."""
    if verb.dep_ != "conj":
        return False
    head = verb.head
    for c in head.children:
        if c.dep_ != "cc" or not head.i < c.i < verb.i:
            continue
        words = " ".join(t.lower_ for t in sorted([c, *c.children], key=lambda t: t.i))
        if words in coordinators:
            return True
    return False


def _headline_infinitive(verb: Token) -> bool:
    """A clause whose main verb is a bare to-infinitive with a subject: a headline's future ("X to visit Y")."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(c.dep_ == "nsubj" for c in children)


def demanded(tok: Token) -> bool:
    """A noun someone asks for: "called for talks", "calls for a boycott", "demanded a meeting".

    ``demand_phrases`` take the noun after "for" (the head may be the verb or
    the noun "calls"), ``demand_verbs`` their direct object.
    """
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        phrases = modality_words("demand_phrases")
        head = tok.head.head
        # "prompted calls in X for a boycott": the parse may hang "for" on the verb of the noun "calls"
        asked = [head, *(c for c in head.children if c.dep_ in {"dobj", "obj"} and c.i < tok.i)]
        return any(f"{a.lemma_.lower()} for" in phrases for a in asked)
    return tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in modality_words("demand_verbs")
