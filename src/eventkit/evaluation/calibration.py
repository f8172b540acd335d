"""Calibrated confidence: the logistic models, their fitting, and reliability tables.

**At run time** an extractor describes each event by a small feature vector
(for statements: :data:`eventkit.extractors.statement.CALIBRATION_FEATURES`)
and turns it into a confidence with a logistic model whose coefficients are
data, ``resources/calibration/<type>.yaml``: ``confidence = 1 / (1 +
exp(-(intercept + sum(weight * feature))))``, clipped to the file's
``floor``/``ceiling``. Applying it is pure Python and lives in
:mod:`eventkit.confidence` (:class:`LogisticCalibration`, re-exported here).
The features of every event are kept in its ``provenance`` entry for the
field ``confidence`` (the note lists the non-zero features), so a calibrated
event says why it got its confidence.

**Fitting** (``python -m eventkit.evaluation.calibration fit DIR``) runs the
extractor over the development gold, labels every scored prediction true or
false positive with the project's scorer (:func:`~eventkit.evaluation.scorer.score_document`),
fits an L2-regularised logistic regression by Newton's method (numpy) and
writes the YAML with its provenance.

**Reliability** (``python -m eventkit.evaluation.calibration DIR``): grouping
scored predictions by confidence shows how far a confidence can be trusted and
what ``min_confidence=`` filters away. ``--cv K`` adds the honest figures:
document-level K-fold cross-validation, every statement's confidence predicted
by a model fitted on the other folds' documents.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventkit.confidence import (
    LogisticCalibration,
    format_features,
    load_calibration,
    parse_features,
    resource_path,
)
from eventkit.evaluation.observations import (
    Observation,
    calibrated_types,
    collect_observations,
    feature_names,
    vector,
)
from eventkit.evaluation.reliability import (
    Bucket,
    _pairs,
    brier_score,
    expected_calibration_error,
    format_reliability,
    format_summary,
    format_thresholds,
    reliability,
    reliability_of,
)
from eventkit.event_types import event_type_names

if TYPE_CHECKING:
    pass

__all__ = [
    "Bucket",
    "LogisticCalibration",
    "Observation",
    "brier_score",
    "collect_observations",
    "cross_validate",
    "expected_calibration_error",
    "fit_calibration",
    "fit_logistic",
    "format_features",
    "format_reliability",
    "format_summary",
    "format_thresholds",
    "handwritten_statement_confidence",
    "load_calibration",
    "parse_features",
    "reliability",
    "reliability_of",
    "rescore",
    "write_calibration",
]

#: The ridge penalty of the shipped fit (chosen by 5-fold cross-validation among 0.1, 0.3, 1, 3, 10).
DEFAULT_L2 = 0.3


def handwritten_statement_confidence(features: Mapping[str, float]) -> float:
    """The hand-written statement score used before issue #7, kept as the "before" baseline."""
    f = features.get
    score = 0.45 + 0.2 * f("direct", 0.0) + 0.3 * (f("speaker_conf", 0.0) - 0.6)
    group_report = not (f("group_object", 0.0) or f("group_commissive", 0.0) or f("group_belief", 0.0))
    score += 0.1 if group_report else -0.1 * f("group_belief", 0.0)
    score -= 0.05 * f("speaker_pronoun", 0.0) + 0.03 * f("reported_by", 0.0)
    if f("speaker_conf", 0.0) <= 0.3:
        score = min(score, 0.28)
    return round(max(0.05, min(0.95, score)), 3)


# --------------------------------------------------------------------- fitting


def fit_logistic(
    x: Sequence[Sequence[float]], y: Sequence[bool | int | float], *, l2: float = 1.0, max_iter: int = 100
) -> tuple[list[float], float]:
    """L2-regularised logistic regression by Newton's method (IRLS).

    Minimises ``-sum(log-likelihood) + l2 / 2 * |w|^2``; the intercept is not penalised.

    Args:
        x: One row of feature values per example.
        y: The labels (1/True positive).
        l2: The ridge penalty.
        max_iter: Newton steps at most.

    Returns:
        ``(weights, intercept)``.

    Raises:
        ValueError: If there are no examples or the shapes disagree.
    """
    import numpy as np

    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)
    if xs.ndim != 2 or len(xs) == 0 or len(xs) != len(ys):
        raise ValueError("need a non-empty 2-D feature matrix with one label per row")
    n, d = xs.shape
    design = np.hstack([np.ones((n, 1)), xs])
    penalty = np.full(d + 1, float(l2))
    penalty[0] = 0.0
    w = np.zeros(d + 1)
    for _ in range(max_iter):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ w, -35.0, 35.0)))
        grad = design.T @ (p - ys) + penalty * w
        hess = design.T @ (design * (p * (1.0 - p))[:, None]) + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-9:
            break
    return [float(v) for v in w[1:]], float(w[0])


def fit_calibration(
    observations: Sequence[Observation], event_type: str = "statement", *, l2: float = DEFAULT_L2
) -> LogisticCalibration:
    """Fit the logistic model of one event type on labelled observations.

    Raises:
        ValueError: If there is no observation of the type, or only one class.
    """
    names = feature_names(event_type)
    rows = [o for o in observations if o.type == event_type]
    labels = [o.correct for o in rows]
    if not rows or all(labels) or not any(labels):
        raise ValueError(f"need both true and false positives of type {event_type!r} to fit")
    weights, intercept = fit_logistic([vector(o.features, names) for o in rows], labels, l2=l2)
    return LogisticCalibration(event_type, dict(zip(names, weights, strict=True)), intercept)


def _clip01(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 3)


def rescore(
    observations: Sequence[Observation], model: LogisticCalibration | None, *, handwritten: bool = False
) -> list[Observation]:
    """Observations re-scored by another model (or the hand-written formula), merge offsets kept.

    Types without features keep their emitted confidence.
    """
    out = []
    for o in observations:
        if not o.features:
            out.append(o)
            continue
        if handwritten:
            base = handwritten_statement_confidence(o.features)
        elif model is not None and model.event_type == o.type:
            base = model.predict(o.features)
        else:
            out.append(o)
            continue
        out.append(replace(o, confidence=_clip01(base + o.offset)))
    return out


def cross_validate(
    observations: Sequence[Observation],
    event_type: str = "statement",
    *,
    folds: int = 5,
    l2: float = DEFAULT_L2,
    seed: int = 0,
) -> list[Observation]:
    """Out-of-fold confidences: document-level K-fold cross-validation.

    Documents (corpus and name) are shuffled with ``seed`` and dealt into
    ``folds`` folds; each fold's events of ``event_type`` are scored by a model
    fitted on the other folds. Other types keep their emitted confidence.

    Returns:
        The observations, in the same order, with out-of-fold confidences.
    """
    if folds < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    docs = sorted({(o.corpus, o.doc) for o in observations})
    random.Random(seed).shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    out = list(observations)
    for k in range(folds):
        if not any(fold_of[(o.corpus, o.doc)] == k and o.type == event_type for o in observations):
            continue
        train = [o for o in observations if fold_of[(o.corpus, o.doc)] != k]
        model = fit_calibration(train, event_type, l2=l2)
        for i, o in enumerate(observations):
            if fold_of[(o.corpus, o.doc)] == k and o.type == event_type:
                out[i] = rescore([o], model)[0]
    return out


def write_calibration(model: LogisticCalibration, path: str | Path | None = None) -> Path:
    """Write a model as YAML (default: the package's ``resources/calibration/<type>.yaml``).

    Returns:
        The path written.
    """
    import yaml

    if path is None:
        from importlib import resources

        path = Path(str(resources.files("eventkit.resources").joinpath(resource_path(model.event_type))))
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    header = (
        f"# Logistic calibration of {model.event_type} confidence (docs/calibration.md).\n"
        "# confidence = clip(1 / (1 + exp(-(intercept + sum(weight * feature)))), floor, ceiling)\n"
        "# Features: eventkit.extractors.statement.CALIBRATION_FEATURES (0/1 except speaker_conf).\n"
        "# Written by: python -m eventkit.evaluation.calibration fit DIR -- refit, do not edit by hand.\n"
    )
    target.write_text(header + yaml.safe_dump(model.to_dict(), sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


def _print_tables(observations: Sequence[Observation]) -> None:
    print("#### All types\n")
    print(format_reliability(reliability_of(observations)))
    for kind in event_type_names():
        buckets = reliability_of(observations, types=[kind])
        if any(b.tp + b.fp for b in buckets):
            print(f"\n#### {kind}\n")
            print(format_reliability(buckets))


def _describe(observations: Sequence[Observation]) -> dict[str, dict[str, int]]:
    """Per corpus: documents, scored events, true positives (and optional matches) of the calibrated types."""
    corpora: dict[str, dict[str, int]] = {}
    docs: dict[str, set[str]] = {}
    for o in observations:
        if o.type not in calibrated_types():
            continue
        cell = corpora.setdefault(o.corpus, {"documents": 0, "events": 0, "true_positives": 0})
        docs.setdefault(o.corpus, set()).add(o.doc)
        if o.optional:
            cell["optional_matches"] = cell.get("optional_matches", 0) + 1
            continue
        cell["events"] += 1
        cell["true_positives"] += int(o.correct)
    for name, cell in corpora.items():
        cell["documents"] = len(docs[name])
    return corpora


def _provenance(
    observations: Sequence[Observation], oof: Sequence[Observation], args: Any, event_type: str
) -> dict[str, Any]:
    import datetime as dt

    scored = [o for o in observations if o.type == event_type and not o.optional]
    pairs = _pairs(oof, [event_type])
    return {
        "fitted": dt.date.today().isoformat(),
        "command": "python -m eventkit.evaluation.calibration fit DIR"
        + (" --optional-as-correct" if args.optional_as_correct else ""),
        "labels": "scorer true/false positives"
        + (" + optional matches as correct" if args.optional_as_correct else ""),
        "corpora": _describe(observations),
        "n": len(scored) + sum(1 for o in observations if o.type == event_type and o.optional),
        "positives": sum(1 for o in observations if o.type == event_type and o.correct),
        "l2": args.l2,
        "cross_validation": {
            "folds": args.cv,
            "seed": args.seed,
            "ece": round(expected_calibration_error(pairs), 4),
            "brier": round(brier_score(pairs), 4),
        }
        if args.cv
        else None,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print reliability tables, or (``fit``) refit the shipped coefficients.

    ``python -m eventkit.evaluation.calibration DIR [--cv K]`` prints the
    reliability tables of the shipped coefficients and, with ``--cv``, the
    out-of-fold tables and the before/after ECE and Brier score.
    ``python -m eventkit.evaluation.calibration fit DIR [--out PATH]`` refits
    the statement model on DIR and writes it (default: the package resource).
    """
    import argparse
    import sys

    args_in = list(sys.argv[1:] if argv is None else argv)
    fitting = bool(args_in) and args_in[0] == "fit"
    prog = "python -m eventkit.evaluation.calibration" + (" fit" if fitting else "")
    parser = argparse.ArgumentParser(prog=prog, description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("dir", help="a corpus folder or a folder of corpus folders")
    parser.add_argument(
        "--cv", type=int, default=5 if fitting else 0, metavar="K", help="document-level K-fold cross-validation"
    )
    parser.add_argument("--l2", type=float, default=DEFAULT_L2, help=f"ridge penalty of the fit (default {DEFAULT_L2})")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fold assignment (default 0)")
    parser.add_argument(
        "--optional-as-correct",
        action="store_true",
        help="fit on predictions matched to optional gold events too, as correct (tables still leave them out)",
    )
    if fitting:
        parser.add_argument("--out", default=None, help="where to write the YAML (default: the package resource)")
    args = parser.parse_args(args_in[1:] if fitting else args_in)
    if args.cv == 1 or args.cv < 0:
        parser.error("--cv needs at least 2 folds (0: no cross-validation)")

    observations = collect_observations(args.dir, include_optional=args.optional_as_correct)
    named: list[tuple[str, Sequence[Observation]]] = [
        ("hand-written (before #7), in-sample", rescore(observations, None, handwritten=True))
    ]
    model: LogisticCalibration | None = None
    if fitting:
        model = fit_calibration(observations, l2=args.l2)
        named.append(("refitted coefficients, in-sample", rescore(observations, model)))
    else:
        named.append(("shipped coefficients, in-sample", observations))
    oof: list[Observation] = []
    if args.cv:
        oof = cross_validate(observations, folds=args.cv, l2=args.l2, seed=args.seed)
        named.append((f"logistic, out-of-fold ({args.cv} folds)", oof))
    if model is not None:
        model = replace(model, provenance=_provenance(observations, oof, args, model.event_type))
        print(f"wrote {write_calibration(model, args.out)}\n")
    print(format_summary(named))
    print("\n### What min_confidence keeps (statements)\n")
    print(format_thresholds(named))
    print(f"\n### {named[1][0]}\n")
    _print_tables(named[1][1])
    if oof:
        print(f"\n### Out-of-fold ({args.cv}-fold cross-validation by document)\n")
        _print_tables(oof)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
