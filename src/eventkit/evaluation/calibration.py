"""Reliability of eventkit's confidence: predicted confidence bucket vs measured precision.

Over the development gold, every scored prediction is a true positive
(matched a required gold event) or a false positive. Grouping predictions by
confidence shows how far a confidence can be trusted and what
``min_confidence=`` filters away. ``eventkit calibrate DIR`` prints the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventkit.evaluation.scorer import CorpusReport

__all__ = ["Bucket", "format_reliability", "reliability"]

#: Bucket edges: [0, 0.3), [0.3, 0.5), [0.5, 0.7), [0.7, 0.85), [0.85, 1].
DEFAULT_EDGES: tuple[float, ...] = (0.0, 0.3, 0.5, 0.7, 0.85, 1.0)


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
    cells: list[list[float]] = [[] for _ in range(len(edges) - 1)]
    outcomes: list[list[bool]] = [[] for _ in range(len(edges) - 1)]
    for report in reports:
        for doc in report.documents:
            for status, conf, kind in zip(doc.status, doc.confidences, doc.types, strict=True):
                if status not in ("tp", "fp") or (types and kind not in types):
                    continue
                i = next(
                    (k for k in range(len(edges) - 1) if edges[k] <= conf < edges[k + 1]),
                    len(edges) - 2,
                )
                cells[i].append(conf)
                outcomes[i].append(status == "tp")
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


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m eventkit.evaluation.calibration DIR``: print the reliability tables."""
    import argparse

    from eventkit.evaluation.scorer import evaluate

    parser = argparse.ArgumentParser(prog="python -m eventkit.evaluation.calibration", description=__doc__)
    parser.add_argument("dir", help="a corpus folder or a folder of corpus folders")
    args = parser.parse_args(argv)
    reports = evaluate(args.dir)
    print("### All types\n")
    print(format_reliability(reliability(reports)))
    for kind in ("meeting", "donation", "incident", "statement"):
        buckets = reliability(reports, types=[kind])
        if any(b.tp + b.fp for b in buckets):
            print(f"\n### {kind}\n")
            print(format_reliability(buckets))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
