"""The learned part of "event or not" for meetings, donations and incidents.

After the rules of :mod:`eventkit.extractors.eventhood` and the extractors'
own sense checks, each candidate event is described by a small vector of
features of its mention and dependency context (:data:`FEATURES`): part of
speech, tense, modality cues, determiners and plurality of an event noun,
named arguments, casualty counts, quotation, headline or lead position. A
logistic model per type, whose coefficients are data
(``resources/calibration/<type>.yaml``), turns them into the probability
that the mention is a real, correctly read event. That probability is the
event's confidence; candidates below the model's ``keep`` threshold (in the
file's provenance) are dropped.

Refit (labels come from the project's scorer on annotated articles;
the fitting code is :mod:`eventkit.evaluation.eventness`)::

    python -m eventkit.evaluation.eventness fit ../shared/eval/news-train

which writes the three YAML files and prints the reliability tables
(in-sample and document-level cross-validated) for ``docs/calibration.md``;
``python -m eventkit.evaluation.eventness report DIR`` prints the tables of
the shipped models on any annotated corpus.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, TypeVar

from eventkit.confidence import LogisticCalibration, format_features
from eventkit.extractors.eventhood import hypothetical_context, in_question
from eventkit.models import Donation, Event, Incident, Meeting, Modality, Provenance
from eventkit.normalize.mentions import ARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventkit.extractors.base import DocContext

__all__ = ["FEATURES", "TYPES", "judge", "mention_features"]

#: The event types this model judges.
TYPES: tuple[str, ...] = ("meeting", "donation", "incident")
#: Feature names, in the order of the YAML files.
FEATURES: tuple[str, ...] = (
    "noun_trigger",
    "strength",
    "headline",
    "lead",
    "quoted",
    "question",
    "hypothetical_frame",
    "planned",
    "alleged",
    "past",
    "present",
    "plural",
    "definite",
    "indefinite",
    "possessive",
    "located",
    "dated",
    "named_parties",
    "casualties",
)
#: Default keep threshold when a model file gives none.
DEFAULT_KEEP = 0.25
#: The ridge penalty is at least this over the number of observations (11 meetings: 4.5).
_SHRINK = 50.0
_QUOTES = frozenset('"\u201c\u201d')
_E = TypeVar("_E", bound=Event)

#: While fitting, every candidate is kept (set by the ``fit`` command).
_KEEP_ALL = False


@cache
def _model(event_type: str) -> tuple[LogisticCalibration, float] | None:
    from eventkit.confidence import load_calibration

    try:
        model = load_calibration(event_type)
    except FileNotFoundError:
        return None
    keep = model.provenance.get("keep", DEFAULT_KEEP)
    return model, float(keep) if isinstance(keep, (int, float)) else DEFAULT_KEEP


def _parties(event: Event) -> int:
    from eventkit.extractors.triggers import is_named

    if isinstance(event, Meeting):
        actors = list(event.participants)
    elif isinstance(event, Donation):
        actors = [a for a in (event.donor, event.recipient) if a is not None]
    elif isinstance(event, Incident):
        actors = [*event.actors, *event.targets]
    else:
        actors = []
    return sum(1 for a in actors if is_named(a))


def _in_lead(ctx: DocContext, tok: Token) -> bool:
    body = ctx.body_blocks[:2]
    return any(b.start <= tok.idx < b.end for b in body)


def _quoted(tok: Token) -> bool:
    before = tok.doc[tok.sent.start : tok.i].text
    return sum(ch in _QUOTES for ch in before) % 2 == 1


def mention_features(ctx: DocContext, tok: Token, event: Event, strength: float) -> dict[str, float]:
    """The features of one candidate mention (names: :data:`FEATURES`).

    Args:
        ctx: The document context.
        tok: The trigger's head token.
        event: The candidate event, arguments filled.
        strength: The trigger rule's strength.
    """
    from eventkit.extractors.base import governing_verb

    verb = tok if tok.pos_ in {"VERB", "AUX"} else governing_verb(tok)
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}} if verb is not None else set()
    noun = tok.pos_ in {"NOUN", "PROPN"}
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"} if noun else set()
    return {
        "noun_trigger": float(noun),
        "strength": round(strength, 3),
        "headline": float(ctx.in_headline(tok)),
        "lead": float(_in_lead(ctx, tok)),
        "quoted": float(_quoted(tok)),
        "question": float(in_question(tok)),
        "hypothetical_frame": float(hypothetical_context(tok)),
        "planned": float(event.modality == Modality.PLANNED),
        "alleged": float(event.modality == Modality.ALLEGED),
        "past": float(bool(tags & {"VBD", "VBN"})),
        "present": float(bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "VBN"}),
        "plural": float(noun and tok.tag_ in {"NNS", "NNPS"}),
        "definite": float(bool(dets & {"the", "this", "that", "these", "those"})),
        "indefinite": float(bool(dets & ARTICLES)),
        "possessive": float(noun and any(c.dep_ == "poss" for c in tok.children)),
        "located": float(event.location is not None),
        "dated": float(event.date is not None),
        "named_parties": float(min(_parties(event), 3)) / 3.0,
        "casualties": float(isinstance(event, Incident) and event.casualties is not None),
    }


def judge(ctx: DocContext, tok: Token, event: _E, strength: float) -> _E | None:
    """Score a candidate with its type's model: the event with a calibrated confidence, or None to drop it.

    Without a shipped model the event is returned unchanged.
    """
    kind = event.type
    loaded = _model(kind)
    features = mention_features(ctx, tok, event, strength)
    if loaded is None:
        if not _KEEP_ALL:
            return event
        prov = Provenance(field="confidence", rule="eventness.features", note=format_features(features))
        return event.model_copy(update={"provenance": [*event.provenance, prov]})
    model, keep = loaded
    confidence = model.predict(features)
    if confidence < keep and not _KEEP_ALL and event.modality not in {Modality.NEGATED, Modality.HYPOTHETICAL}:
        return None
    prov = Provenance(field="confidence", rule=model.rule, note=format_features(features))
    rest = [p for p in event.provenance if p.field != "confidence"]
    return event.model_copy(update={"confidence": confidence, "provenance": [*rest, prov]})
