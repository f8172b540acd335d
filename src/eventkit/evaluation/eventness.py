"""Fitting and checking the event-or-not models of :mod:`eventkit.extractors.eventness`.

Labels come from the project's scorer on annotated articles: a candidate
meeting, donation or incident is correct when it matches a gold event.
``python -m eventkit.evaluation.eventness fit ../shared/eval/news-train``
writes ``resources/calibration/{meeting,donation,incident}.yaml`` and prints
reliability tables (in-sample and document-level cross-validated) for
``docs/calibration.md``; ``report DIR`` prints the tables of the shipped
models on any annotated corpus.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventkit.confidence import LogisticCalibration, parse_features
from eventkit.extractors.eventness import _SHRINK, DEFAULT_KEEP, FEATURES, TYPES

__all__ = ["main"]


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
        "# Written by: python -m eventkit.evaluation.eventness fit DIR -- refit, do not edit by hand.\n"
    )
    path.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    """``fit DIR [--l2 X] [--keep P]``: refit the models, print reliability tables; ``report DIR``: tables only."""
    import argparse
    import importlib

    parser = argparse.ArgumentParser(prog="python -m eventkit.evaluation.eventness")
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
