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

Refit (labels come from the project's scorer on annotated articles)::

    python -m eventkit.extractors.eventness fit ../shared/eval/news-train

which writes the three YAML files and prints the reliability tables
(in-sample and document-level cross-validated) for ``docs/calibration.md``;
``python -m eventkit.extractors.eventness report DIR`` prints the tables of
the shipped models on any annotated corpus.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from eventkit.confidence import LogisticCalibration, format_features, parse_features
from eventkit.extractors.eventhood import hypothetical_context, in_question
from eventkit.models import Donation, Event, Incident, Meeting, Modality, Provenance
from eventkit.text.clean import BlockKind

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
    body = [b for b in ctx.clean.blocks if b.kind == BlockKind.BODY][:2]
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
        "indefinite": float(bool(dets & {"a", "an"})),
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
    kind = event.type.value
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


# --------------------------------------------------------------------- fitting


@dataclass(frozen=True)
class _Obs:
    doc: str
    type: str
    features: dict[str, float]
    correct: bool


def _observations(path: str) -> list[_Obs]:
    from pathlib import Path

    from eventkit.api import Extractor
    from eventkit.evaluation.scorer import extract_corpus, score_document

    out: list[_Obs] = []
    for name, gold, preds, error in extract_corpus(Path(path), Extractor()):
        if error:
            raise RuntimeError(f"{name}: {error}")
        score = score_document(gold, preds)
        for pred, status in zip(preds, score.status, strict=True):
            if pred.get("type") not in TYPES or status not in ("tp", "fp", "optional"):
                continue
            note = next((p.get("note") for p in pred.get("provenance") or [] if p.get("field") == "confidence"), None)
            if note is None:
                continue
            out.append(_Obs(name, str(pred["type"]), parse_features(note), status != "fp"))
    return out


def _fit(rows: Sequence[_Obs], kind: str, l2: float) -> LogisticCalibration:
    from eventkit.evaluation.calibration import fit_logistic

    mine = [o for o in rows if o.type == kind]
    labels = [o.correct for o in mine]
    if not mine or all(labels) or not any(labels):
        # one class only: a constant model at the smoothed base rate
        rate = (sum(labels) + 1) / (len(labels) + 2)
        return LogisticCalibration(kind, dict.fromkeys(FEATURES, 0.0), math.log(rate / (1 - rate)))
    # few observations, stronger shrinkage towards the base rate
    ridge = max(l2, _SHRINK / len(mine))
    weights, intercept = fit_logistic([[o.features.get(f, 0.0) for f in FEATURES] for o in mine], labels, l2=ridge)
    return LogisticCalibration(kind, dict(zip(FEATURES, weights, strict=True)), intercept)


def _cross_validated(rows: Sequence[_Obs], kind: str, l2: float, folds: int = 5) -> list[tuple[float, bool]]:
    docs = sorted({o.doc for o in rows})
    random.Random(0).shuffle(docs)
    fold = {d: i % folds for i, d in enumerate(docs)}
    pairs = []
    for k in range(folds):
        model = _fit([o for o in rows if fold[o.doc] != k], kind, l2)
        pairs += [(model.predict(o.features), o.correct) for o in rows if fold[o.doc] == k and o.type == kind]
    return pairs


def _table(pairs: Sequence[tuple[float, bool]]) -> str:
    edges = [0.0, 0.2, 0.4, 0.6, 0.8, 1.01]
    lines = ["| confidence | predictions | mean confidence | measured precision |", "|---|---|---|---|"]
    for lo, hi in itertools.pairwise(edges):
        cell = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if not cell:
            lines.append(f"| {lo:.1f}-{min(hi, 1.0):.1f} | 0 | - | - |")
            continue
        mean = sum(c for c, _ in cell) / len(cell)
        prec = sum(ok for _, ok in cell) / len(cell)
        lines.append(f"| {lo:.1f}-{min(hi, 1.0):.1f} | {len(cell)} | {mean:.2f} | {prec:.2f} |")
    return "\n".join(lines)


def _report(path: str) -> None:
    """Reliability tables of the shipped models on an annotated corpus (confidence as emitted, after merging)."""
    from pathlib import Path

    from eventkit.api import Extractor
    from eventkit.evaluation.scorer import extract_corpus, score_document

    pairs: dict[str, list[tuple[float, bool]]] = {k: [] for k in TYPES}
    for _name, gold, preds, _error in extract_corpus(Path(path), Extractor()):
        score = score_document(gold, preds)
        for pred, status in zip(preds, score.status, strict=True):
            if pred.get("type") in pairs and status in ("tp", "fp"):
                pairs[str(pred["type"])].append((float(pred.get("confidence") or 0.0), status == "tp"))
    for kind in TYPES:
        print(f"\n### {kind}: shipped model on {Path(path).name} ({len(pairs[kind])} scored predictions)\n")
        print(_table(pairs[kind]))


def _write(model: LogisticCalibration, provenance: Mapping[str, Any]) -> str:
    from pathlib import Path

    import yaml

    path = Path(__file__).resolve().parents[1] / "resources" / "calibration" / f"{model.event_type}.yaml"
    data = model.to_dict()
    data["provenance"] = dict(provenance)
    header = (
        f"# Event-or-not model for {model.event_type} (eventkit.extractors.eventness, docs/events.md).\n"
        "# confidence = clip(1 / (1 + exp(-(intercept + sum(weight * feature)))), floor, ceiling)\n"
        "# Candidates below provenance.keep are dropped.\n"
        "# Written by: python -m eventkit.extractors.eventness fit DIR -- refit, do not edit by hand.\n"
    )
    path.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    """``fit DIR [--l2 X] [--keep P]``: refit the models, print reliability tables; ``report DIR``: tables only."""
    import argparse
    import importlib

    parser = argparse.ArgumentParser(prog="python -m eventkit.extractors.eventness")
    parser.add_argument("command", choices=["fit", "report"])
    parser.add_argument("dir", help="a corpus folder with NAME.txt and NAME.gold.json")
    parser.add_argument("--l2", type=float, default=10.0, help="ridge penalty (default 10)")
    parser.add_argument("--keep", type=float, default=DEFAULT_KEEP, help="drop candidates below this probability")
    args = parser.parse_args(argv)
    # the extractors import this module by name; under ``python -m`` this file is ``__main__``
    if args.command == "report":
        _report(args.dir)
        return 0
    module = importlib.import_module("eventkit.extractors.eventness")
    module._KEEP_ALL = True  # type: ignore[attr-defined]
    module._model.cache_clear()  # type: ignore[attr-defined]
    rows = _observations(args.dir)
    for kind in TYPES:
        mine = [o for o in rows if o.type == kind]
        model = _fit(rows, kind, args.l2)
        pairs = _cross_validated(rows, kind, args.l2) if len({o.doc for o in mine}) >= 5 else []
        provenance = {
            "fitted_on": str(args.dir).rstrip("/").split("/")[-1],
            "observations": len(mine),
            "correct": sum(o.correct for o in mine),
            "l2": round(max(args.l2, _SHRINK / max(len(mine), 1)), 3),
            "keep": args.keep,
        }
        print(f"wrote {_write(model, provenance)}")
        print(f"\n### {kind}: in-sample ({len(mine)} candidates, {sum(o.correct for o in mine)} correct)\n")
        print(_table([(model.predict(o.features), o.correct) for o in mine]))
        if pairs:
            brier = sum((c - ok) ** 2 for c, ok in pairs) / len(pairs)
            base = sum(ok for _, ok in pairs) / len(pairs)
            brier0 = sum((base - ok) ** 2 for _, ok in pairs) / len(pairs)
            print(f"\n### {kind}: out-of-fold (5-fold cross-validation by document)\n")
            print(_table(pairs))
            print(f"\nBrier score {brier:.3f} (base rate alone: {brier0:.3f})")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
