"""Scoring predicted events against gold annotations.

This module implements the rules of the gold format exactly (see
``docs/evaluation.md``): with the field matchers of
:mod:`eventkit.evaluation.matching`, one-to-one pairing by a maximum-weight
assignment, and per-type and overall precision, recall, F1 and argument
accuracy.

The scoring functions are pure: :func:`score_document` takes a gold dict and
predicted event dicts (``model_dump(mode="json")``); :func:`evaluate` runs an
:class:`eventkit.Extractor` over a folder of ``NAME.txt`` + ``NAME.gold.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventkit.evaluation.matching import (
    FIELD_KINDS,
    SCORED_FIELDS,
    actors_match_all,
    actors_match_any,
    amount_matches,
    argument_fields,
    category_matches,
    date_matches,
    field_matches,
    items_match,
    key_matches,
    name_matches,
    normalize_text,
    phrase_matches,
    quantity_matches,
)
from eventkit.event_types import event_type_names

if TYPE_CHECKING:
    from eventkit.api import Extractor

__all__ = [
    "FIELD_KINDS",
    "SCORED_FIELDS",
    "CorpusReport",
    "Counts",
    "DocScore",
    "actors_match_all",
    "actors_match_any",
    "amount_matches",
    "argument_fields",
    "category_matches",
    "date_matches",
    "evaluate",
    "evaluate_corpus",
    "extract_corpus",
    "field_matches",
    "items_match",
    "key_matches",
    "name_matches",
    "normalize_text",
    "phrase_matches",
    "quantity_matches",
    "score_document",
]

#: Predictions with these modalities are set aside before matching (neither TP nor FP).
SET_ASIDE_MODALITIES: frozenset[str] = frozenset({"negated", "hypothetical"})


# -------------------------------------------------------------------- scoring


@dataclass
class Counts:
    """True/false positives and negatives, with derived metrics."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Add another count in place."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        """TP / (TP + FP), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN), 0 when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocScore:
    """The score of one document.

    Attributes:
        doc: Document name.
        counts: Counts per event type.
        arguments: Per type and field, ``[matched, total]`` over matched required events.
        pairs: ``(gold id, prediction index)`` of every matched pair.
        missed: Required gold events without a match.
        spurious: Predictions counted as false positives.
        status: Per prediction (by index): ``tp`` (matched a required gold event),
            ``fp``, ``optional`` (matched an optional one), ``set_aside``
            (modality negated or hypothetical) or ``unscored`` (a type the
            document does not annotate, or an unmatched prediction in a
            recall-only document).
    """

    doc: str
    counts: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in event_type_names()})
    arguments: dict[str, dict[str, list[int]]] = field(default_factory=lambda: {t: {} for t in event_type_names()})
    pairs: list[tuple[str, int]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    types: list[str] = field(default_factory=list)


def score_document(gold: dict[str, Any], predictions: Sequence[dict[str, Any]]) -> DocScore:
    """Score one document's predictions against its gold.

    Args:
        gold: The parsed ``NAME.gold.json``.
        predictions: Predicted events as JSON-shaped dicts.

    Returns:
        The :class:`DocScore`.
    """
    from scipy.optimize import linear_sum_assignment

    types = list(gold.get("types") or event_type_names())
    recall_only = bool(gold.get("recall_only", False))
    score = DocScore(
        doc=str(gold.get("doc", "")),
        status=["unscored"] * len(predictions),
        confidences=[float(p.get("confidence") or 0.0) for p in predictions],
        types=[str(p.get("type")) for p in predictions],
    )
    for kind in types:
        golds = [g for g in gold.get("events", []) if g.get("type") == kind]
        preds = []
        for i, p in enumerate(predictions):
            if p.get("type") != kind:
                continue
            if str(p.get("modality") or "asserted") in SET_ASIDE_MODALITIES:
                score.status[i] = "set_aside"
                continue
            preds.append((i, p))
        weights = [[0] * len(preds) for _ in golds]
        for gi, g in enumerate(golds):
            required = bool(g.get("required", True))
            for pj, (_, p) in enumerate(preds):
                if key_matches(g, p):
                    others = sum(1 for f in argument_fields(g) if field_matches(f, g[f], p))
                    weights[gi][pj] = 1_000_000 * required + 1_000 + others
        matched_gold: dict[int, int] = {}
        if golds and preds:
            rows, cols = linear_sum_assignment(weights, maximize=True)
            for r, c in zip(rows, cols, strict=True):
                if weights[r][c] > 0:
                    matched_gold[int(r)] = int(c)
        matched_preds = set(matched_gold.values())
        counts = score.counts.setdefault(kind, Counts())
        for gi, g in enumerate(golds):
            required = bool(g.get("required", True))
            if gi in matched_gold:
                pj = matched_gold[gi]
                score.pairs.append((str(g.get("id")), preds[pj][0]))
                score.status[preds[pj][0]] = "tp" if required else "optional"
                if required:
                    counts.tp += 1
                    for f in argument_fields(g):
                        cell = score.arguments.setdefault(kind, {}).setdefault(f, [0, 0])
                        cell[1] += 1
                        cell[0] += int(field_matches(f, g[f], preds[pj][1]))
            elif required:
                counts.fn += 1
                score.missed.append(g)
        for pj, (_, p) in enumerate(preds):
            if pj not in matched_preds and not recall_only:
                counts.fp += 1
                score.spurious.append(p)
                score.status[preds[pj][0]] = "fp"
    return score


@dataclass
class CorpusReport:
    """Scores of one corpus (a folder of documents).

    Attributes:
        name: Corpus name (the folder name).
        documents: Per-document scores.
        errors: Documents that could not be processed, with their error.
    """

    name: str
    documents: list[DocScore] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    def counts(self) -> dict[str, Counts]:
        """Counts per type, plus ``overall``."""
        totals = {t: Counts() for t in event_type_names()}
        overall = Counts()
        for doc in self.documents:
            for kind, c in doc.counts.items():
                totals[kind].add(c)
                overall.add(c)
        return {**totals, "overall": overall}

    def arguments(self) -> dict[str, dict[str, tuple[int, int]]]:
        """Argument accuracy cells ``(matched, total)`` per type and field."""
        out: dict[str, dict[str, tuple[int, int]]] = {}
        for doc in self.documents:
            for kind, fields in doc.arguments.items():
                for name, (ok, total) in fields.items():
                    prev = out.setdefault(kind, {}).get(name, (0, 0))
                    out[kind][name] = (prev[0] + ok, prev[1] + total)
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-shaped summary."""
        return {
            "corpus": self.name,
            "documents": len(self.documents),
            "errors": self.errors,
            "scores": {
                k: {
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4),
                }
                for k, c in self.counts().items()
            },  # fmt: skip
            "arguments": {
                kind: {
                    f: {"matched": ok, "total": n, "accuracy": round(ok / n, 4) if n else None}
                    for f, (ok, n) in fields.items()
                }
                for kind, fields in self.arguments().items()
            },  # fmt: skip
        }


def _documents(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if text_path.exists():
            pairs.append((text_path, gold_path))
    return pairs


def extract_corpus(
    folder: str | Path, extractor: Extractor
) -> Iterator[tuple[str, dict[str, Any], list[dict[str, Any]], str | None]]:
    """Run an extractor over one corpus folder, streaming.

    Args:
        folder: A folder of ``NAME.txt`` and ``NAME.gold.json`` files.
        extractor: The extractor to run.

    Yields:
        ``(document name, gold, predicted event dicts, error or None)`` per
        document, in name order; each text is extracted with its gold's
        ``published`` date.
    """
    docs = _documents(Path(folder))
    golds = [json.loads(g.read_text(encoding="utf-8")) for _, g in docs]
    records = [
        {"id": t.name, "text": t.read_text(encoding="utf-8"), "published": gold.get("published")}
        for (t, _), gold in zip(docs, golds, strict=True)
    ]
    for gold, result in zip(golds, extractor.pipe(records, on_error="collect"), strict=True):
        yield str(result.id), gold, result.to_dicts(), result.error


def evaluate_corpus(folder: str | Path, *, extractor: Extractor | None = None) -> CorpusReport:
    """Run the extractor over one corpus folder and score it.

    Args:
        folder: A folder of ``NAME.txt`` and ``NAME.gold.json`` files.
        extractor: The extractor to evaluate (default: a new :class:`eventkit.Extractor`).

    Returns:
        The :class:`CorpusReport`.
    """
    from eventkit.api import Extractor

    folder = Path(folder)
    report = CorpusReport(name=folder.name)
    for name, gold, predictions, error in extract_corpus(folder, extractor or Extractor()):
        if error:
            report.errors[name] = error
        report.documents.append(score_document(gold, predictions))
    return report


def evaluate(path: str | Path, *, extractor: Extractor | None = None) -> list[CorpusReport]:
    """Evaluate a corpus folder, or every corpus folder under ``path``.

    Args:
        path: A corpus folder (holding ``*.gold.json``) or a folder of corpus folders.
        extractor: The extractor to evaluate (default: a new :class:`eventkit.Extractor`).

    Returns:
        One :class:`CorpusReport` per corpus.

    Raises:
        FileNotFoundError: If ``path`` holds no gold files.
    """
    from eventkit.api import Extractor

    path = Path(path)
    if not path.is_dir():
        raise FileNotFoundError(f"{path} is not a folder")
    corpora: Iterable[Path] = (
        [path]
        if any(path.glob("*.gold.json"))
        else sorted(p for p in path.iterdir() if p.is_dir() and any(p.glob("*.gold.json")))
    )
    corpora = list(corpora)
    if not corpora:
        raise FileNotFoundError(f"no *.gold.json files in {path} or its sub-folders")
    ex = extractor or Extractor()
    return [evaluate_corpus(c, extractor=ex) for c in corpora]


def format_report(report: CorpusReport, *, verbose: bool = False) -> str:
    """A plain-text table of a corpus report."""
    lines = [f"corpus: {report.name} ({len(report.documents)} documents)"]
    lines.append(f"{'type':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'rec':>6} {'f1':>6}")
    for kind, c in report.counts().items():
        if kind != "overall" and c.tp + c.fp + c.fn == 0:
            continue
        lines.append(f"{kind:<10} {c.tp:>5} {c.fp:>5} {c.fn:>5} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}")
    args = report.arguments()
    if args:
        lines.append("argument accuracy (over matched required events):")
        for kind, fields in args.items():
            cells = ", ".join(f"{f} {ok}/{n}" for f, (ok, n) in sorted(fields.items()))
            lines.append(f"  {kind:<10} {cells}")
    for name, err in report.errors.items():
        lines.append(f"error: {name}: {err}")
    if verbose:
        for doc in report.documents:
            for g in doc.missed:
                lines.append(f"MISSED   {doc.doc} {json.dumps(g, ensure_ascii=False)}")
            for p in doc.spurious:
                lines.append(f"SPURIOUS {doc.doc} {json.dumps(_brief(p), ensure_ascii=False)}")
    return "\n".join(lines)


def _brief(pred: dict[str, Any]) -> dict[str, Any]:
    """A short view of a predicted event for -v listings."""
    out: dict[str, Any] = {"type": pred.get("type")}
    for key in ("participants", "actors"):
        if pred.get(key):
            out[key] = [a.get("name") for a in pred[key]]
    for key in ("donor", "recipient", "speaker", "reported_by", "location"):
        if pred.get(key):
            out[key] = pred[key].get("name")
    for key in ("category", "content", "purpose", "direct"):
        if pred.get(key) not in (None, ""):
            out[key] = pred[key]
    if pred.get("amount"):
        out["amount"] = f"{pred['amount']['amount']} {pred['amount']['currency']}"
    if pred.get("date"):
        out["date"] = f"{pred['date']['start']}..{pred['date']['end']}"
    if pred.get("trigger"):
        out["trigger"] = pred["trigger"].get("text")
    return out
