"""Reliability of confidences: buckets, expected calibration error, Brier score and their tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventkit.evaluation.observations import Observation

if TYPE_CHECKING:
    from eventkit.evaluation.scorer import CorpusReport

__all__ = [
    "DEFAULT_EDGES",
    "Bucket",
    "brier_score",
    "expected_calibration_error",
    "format_reliability",
    "format_summary",
    "format_thresholds",
    "reliability",
    "reliability_of",
]

#: Bucket edges: [0, 0.3), [0.3, 0.5), [0.5, 0.7), [0.7, 0.85), [0.85, 1].
DEFAULT_EDGES: tuple[float, ...] = (0.0, 0.3, 0.5, 0.7, 0.85, 1.0)


# ------------------------------------------------------------------ reliability


@dataclass(frozen=True)
class Bucket:
    """One confidence bucket.

    Attributes:
        low: Lowest confidence in the bucket (inclusive).
        high: Highest confidence (exclusive, except for the last bucket).
        tp: Predictions in the bucket that matched a required gold event.
        fp: Predictions in the bucket that matched nothing.
        mean_confidence: Mean predicted confidence of the scored predictions.
    """

    low: float
    high: float
    tp: int
    fp: int
    mean_confidence: float

    @property
    def precision(self) -> float | None:
        """Measured precision, or None for an empty bucket."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None


def _buckets(pairs: Sequence[tuple[float, bool]], edges: Sequence[float]) -> list[Bucket]:
    cells: list[list[float]] = [[] for _ in range(len(edges) - 1)]
    outcomes: list[list[bool]] = [[] for _ in range(len(edges) - 1)]
    for conf, correct in pairs:
        i = next((k for k in range(len(edges) - 1) if edges[k] <= conf < edges[k + 1]), len(edges) - 2)
        cells[i].append(conf)
        outcomes[i].append(correct)
    return [
        Bucket(
            low=edges[i],
            high=edges[i + 1],
            tp=sum(outcomes[i]),
            fp=len(outcomes[i]) - sum(outcomes[i]),
            mean_confidence=sum(cells[i]) / len(cells[i]) if cells[i] else 0.0,
        )
        for i in range(len(edges) - 1)
    ]


def reliability(
    reports: Sequence[CorpusReport], *, types: Sequence[str] | None = None, edges: Sequence[float] = DEFAULT_EDGES
) -> list[Bucket]:
    """Bucket the scored predictions of some corpus reports by confidence.

    Args:
        reports: Reports from :func:`eventkit.evaluation.scorer.evaluate`.
        types: Restrict to these event types (default: all).
        edges: Increasing bucket edges from 0 to 1.

    Returns:
        One :class:`Bucket` per interval.
    """
    pairs = [
        (conf, status == "tp")
        for report in reports
        for doc in report.documents
        for status, conf, kind in zip(doc.status, doc.confidences, doc.types, strict=True)
        if status in ("tp", "fp") and not (types and kind not in types)
    ]
    return _buckets(pairs, edges)


def reliability_of(
    observations: Sequence[Observation], *, types: Sequence[str] | None = None, edges: Sequence[float] = DEFAULT_EDGES
) -> list[Bucket]:
    """Like :func:`reliability`, over :class:`Observation` s (e.g. out-of-fold ones)."""
    return _buckets(_pairs(observations, types), edges)


def _pairs(observations: Sequence[Observation], types: Sequence[str] | None = None) -> list[tuple[float, bool]]:
    """(confidence, correct) of the observations the scorer counts (true and false positives)."""
    return [(o.confidence, o.correct) for o in observations if not o.optional and (not types or o.type in types)]


def expected_calibration_error(pairs: Sequence[tuple[float, bool]], *, bins: int = 10) -> float:
    """ECE: over ``bins`` equal-width confidence bins, the size-weighted mean |precision - mean confidence|."""
    if not pairs:
        return 0.0
    edges = [i / bins for i in range(bins + 1)]
    return sum(
        (b.tp + b.fp) * abs(b.tp / (b.tp + b.fp) - b.mean_confidence) for b in _buckets(pairs, edges) if b.tp + b.fp
    ) / len(pairs)


def brier_score(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mean squared difference between confidence and outcome (1 for a true positive)."""
    return sum((conf - float(ok)) ** 2 for conf, ok in pairs) / len(pairs) if pairs else 0.0


def format_reliability(buckets: Sequence[Bucket]) -> str:
    """A Markdown table of buckets."""
    lines = [
        "| confidence | predictions | mean confidence | measured precision |",
        "|---|---|---|---|",
    ]
    for b in buckets:
        n = b.tp + b.fp
        precision = f"{b.precision:.2f}" if b.precision is not None else "-"
        mean = f"{b.mean_confidence:.2f}" if n else "-"
        lines.append(f"| {b.low:.2f}-{b.high:.2f} | {n} | {mean} | {precision} |")
    return "\n".join(lines)


def format_thresholds(
    named: Sequence[tuple[str, Sequence[Observation]]],
    thresholds: Sequence[float] = (0.0, 0.3, 0.5, 0.7, 0.8, 0.85),
    *,
    types: Sequence[str] | None = ("statement",),
) -> str:
    """A Markdown table of what ``min_confidence=`` keeps: predictions, precision, share of true positives."""
    lines = [
        "| scoring | min_confidence | kept | precision of kept | true positives kept |",
        "|---|---|---|---|---|",
    ]
    for name, obs in named:
        pairs = _pairs(obs, types)
        total = sum(ok for _, ok in pairs)
        for t in thresholds:
            kept = [ok for conf, ok in pairs if conf >= t]
            precision = f"{sum(kept) / len(kept):.2f}" if kept else "-"
            share = f"{sum(kept) / total:.2f}" if total else "-"
            lines.append(f"| {name} | {t:.2f} | {len(kept)} | {precision} | {share} |")
    return "\n".join(lines)


def _summary_rows(named: Sequence[tuple[str, Sequence[Observation]]], types: Sequence[str] | None) -> list[str]:
    rows = []
    for name, obs in named:
        pairs = _pairs(obs, types)
        ece, brier = expected_calibration_error(pairs), brier_score(pairs)
        rows.append(f"| {name} | {len(pairs)} | {ece:.3f} | {brier:.3f} |")
    return rows


def format_summary(named: Sequence[tuple[str, Sequence[Observation]]]) -> str:
    """A Markdown table of ECE and Brier score per scoring, for statements and for all types."""
    lines = []
    for title, types in (("statements", ["statement"]), ("all types", None)):
        lines += [f"| {title} | predictions | ECE | Brier |", "|---|---|---|---|"]
        lines += _summary_rows(named, types)
        lines.append("")
    return "\n".join(lines).rstrip()
