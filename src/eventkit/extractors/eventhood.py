"""Event or not: judgements shared by the meeting, donation and incident extractors.

A trigger word is only a candidate. Before it becomes an event the
extractors ask whether the mention reports a specific occurrence that
happened or is happening, or something else:

* **hypothetical** ("if the fighting resumes", "a wish to strike the port",
  "his plan to beat them", a question): :func:`hypothetical_context` looks up
  the chain of heads for a conditional subordinator, a modal, or a noun of
  intention or possibility (``modality.en.yaml``: ``hypothetical_nouns``,
  ``conditional_marks``).
* **figurative** ("an explosion of speculation", "a battle over ideas"):
  :func:`abstract_complement` finds an abstract "of"/"for"/"over" complement,
  abstract nouns being derived from WordNet (``abstract_nouns.en.txt``,
  ``scripts/derive_lexicons.py``).
* **a match report** (:func:`sports_report`: three distinct words of
  ``sport_report_words``, "striker", "laps", "innings"): there a meeting of
  teams is a fixture and an attack with no party and no casualty is play.
* **another sense** of a maritime verb ("boarded a night train"):
  :func:`mentions_vessel` asks for a watercraft in the clause
  (``vessels.en.txt``, derived from WordNet).

The learned part of the decision (a logistic model over features of the
mention) is in :mod:`eventkit.extractors.eventness`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import doc_value, token_mask, token_positions
from eventkit.extractors.triggers import lexicon_extra
from eventkit.lexicons import load_yaml, per_resources
from eventkit.normalize.mentions import abstract_nouns, is_vessel

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "abstract_complement",
    "hypothetical_context",
    "in_question",
    "is_abstract",
    "is_vessel",
    "mentions_vessel",
    "names_place",
    "phrase_words",
    "predicted",
    "sports_report",
    "undergone",
]

#: Distinct match-report words that make a document a sports report.
SPORTS_REPORT_WORDS = 3

_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})


@per_resources
def _cues(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("lexicons/modality.en.yaml").get(key) or ())


def is_abstract(tok: Token) -> bool:
    """A common noun whose first WordNet sense is abstract ("speculation", "criticism")."""
    return tok.pos_ == "NOUN" and tok.ent_type_ not in _ENTITY_LABELS and tok.lemma_.lower() in abstract_nouns()


def abstract_complement(tok: Token, preps: tuple[str, ...] = ("of",)) -> bool:
    """True when the trigger's complement through ``preps`` is an abstract noun.

    "an explosion of speculation", "a storm of criticism", "a battle over
    ideas". A complement that itself names a place ("control of Aleppo") or
    carries a number ("an earthquake of magnitude 6.1": a measure of the event
    itself) keeps the literal reading.
    """
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.tag_ not in {"VBG"}:
                return True  # "a demonstration of how hard it is": a clause, no thing
            if obj.dep_ != "pobj" or not is_abstract(obj):
                continue
            if names_place(obj):
                continue
            if any(c.dep_ == "nummod" for c in obj.children):
                continue  # "of magnitude 6.1", "of category 4 strength"
            return True
    return False


#: Prepositions of a setting: a place after one is where, not what ("a storm of criticism *in Perth*").
_WHERE_PREPS = frozenset({"in", "at", "across", "around", "near", "throughout"})


def phrase_words(head: Token, skip_preps: frozenset[str] | None = None) -> list[Token]:
    """The words of ``head``'s phrase without the prepositional phrases it skips (all when ``skip_preps`` is None).

    ``phrase_words(tax)`` of "the tax in Albany" is "the tax"; with
    ``skip_preps={"in"}``, "control of Aleppo" keeps "of Aleppo".
    """
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(
            c for c in tok.children if not (c.dep_ == "prep" and (skip_preps is None or c.lower_ in skip_preps))
        )
    return out


def names_place(obj: Token) -> bool:
    """The noun phrase names a place ("control of Aleppo"), not counting a setting hung from it."""
    return any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in phrase_words(obj, _WHERE_PREPS))


def mentions_vessel(tok: Token) -> bool:
    """A watercraft word, a navy or a coast guard in the trigger's sentence."""
    for t in tok.sent:
        low = t.lemma_.lower()
        if is_vessel(t) or low in {"navy", "coastguard"}:
            return True
        if low == "guard" and t.i > 0 and t.doc[t.i - 1].lower_ == "coast":
            return True
    return False


def in_question(tok: Token) -> bool:
    """The trigger's sentence is a question."""
    return tok.sent.text.rstrip(" \t\n\"'\u201d\u2019)").endswith("?")  # a paragraph's last sentence keeps its break


def predicted(tok: Token, *, max_steps: int = 4) -> bool:
    """The trigger's clause is the complement of a verb of belief ("officials fear the rebels will attack").

    For an event told in the future tense this makes it a prediction
    (hypothetical), not a plan.
    """
    heads = _cues("belief_heads")
    current = tok
    for _ in range(max_steps):
        if current.head.i == current.i:
            return False
        if current.dep_ in {"ccomp", "parataxis"}:
            return current.head.lemma_.lower() in heads
        if current.dep_ == "relcl":
            return False
        current = current.head
    return False


@per_resources
def _sport_report_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon_extra("incident", "sport_report_words") or ())


def sports_report(doc: Doc) -> bool:
    """The document reads as a match report: it holds three distinct words of ``sport_report_words``.

    Those words ("striker", "equaliser", "laps", "innings", "podium") are rare
    outside sport: no political article of the development sets holds more
    than two. Computed once per Doc.
    """
    return bool(doc_value(doc, "sports_report", _count_sport_words))


def _count_sport_words(doc: Doc) -> bool:
    found = {doc[i].lower_ for i in token_positions(token_mask(doc, "LOWER", _sport_report_words()))}
    return len(found) >= SPORTS_REPORT_WORDS


def undergone(tok: Token) -> bool:
    """The trigger is a passive verb: its subject suffers the event ("will be attacked", "will get ambushed").

    Nobody plans to be attacked: such an event told in the future tense is
    an expectation (hypothetical), not a plan.
    """
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)


def hypothetical_context(tok: Token, *, max_steps: int = 4) -> bool:
    """A conditional or intention frame right above the trigger.

    "if the fighting resumes", "unless talks begin" (a conditional
    subordinator on the trigger's clause or a clause above it), "his interest
    in attacking Egypt", "the plan to beat them", "the threat of war" (the
    trigger is the direct complement of a noun of intention or possibility;
    "the threat of terrorism in the aftermath of the attacks" is no frame for
    "attacks").
    """
    nouns = _cues("hypothetical_nouns")
    head = tok.head
    if tok.dep_ in {"acl", "xcomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
        return True
    infinitive = tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(c.lower_ == "to" for c in tok.children))
    if infinitive and any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in nouns for c in head.children):
        return True  # "gave the Pentagon authority to provide ...": the parse hangs the infinitive on the verb
    if tok.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.head.lemma_.lower() in nouns:
        return head.head.pos_ == "NOUN"
    marks = _cues("conditional_marks")
    verb = tok if tok.pos_ in {"VERB", "AUX"} else None
    if verb is not None and any(
        c.dep_ == "advcl" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    ):
        return True  # "they will attack if provoked", "it can kill if left untreated": on a condition
    current = tok
    for _ in range(max_steps):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in current.children):
            return True
        if current.head.i == current.i or current.dep_ in {"ccomp", "parataxis", "relcl"}:
            return False  # a reported or relative clause has its own frame
        current = current.head
    return False
