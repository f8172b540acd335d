"""Scoring predicted events against gold annotations.

This module implements the rules of the gold format exactly (see
``docs/evaluation.md``): string normalisation, name/date/amount/content
matching, key fields per type, one-to-one pairing by a maximum-weight
assignment, and per-type and overall precision, recall, F1 and argument
accuracy.

The scoring functions are pure: :func:`score_document` takes a gold dict and
predicted event dicts (``model_dump(mode="json")``); :func:`evaluate` runs an
:class:`eventkit.Extractor` over a folder of ``NAME.txt`` + ``NAME.gold.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventkit.event_types import FieldKind, event_type_names, get_event_type

if TYPE_CHECKING:
    from eventkit.api import Extractor

__all__ = [
    "CorpusReport",
    "Counts",
    "DocScore",
    "evaluate",
    "evaluate_corpus",
    "extract_corpus",
    "normalize_text",
    "score_document",
]

#: How each field the format names is matched; a type's spec may add its own (``field_kinds``).
FIELD_KINDS: dict[str, FieldKind] = {
    "participants": "names", "actors": "names", "donor": "name", "recipient": "name", "speaker": "name",
    "reported_by": "name", "location": "name", "date": "date", "amount": "amount", "content": "phrase",
    "purpose": "phrase", "items": "items", "quantity": "quantity", "category": "category", "direct": "bool",
}  # fmt: skip
#: Fields the format scores; anything else in a gold event is a note.
SCORED_FIELDS: frozenset[str] = frozenset(FIELD_KINDS)
#: Predictions with these modalities are set aside before matching (neither TP nor FP).
SET_ASIDE_MODALITIES: frozenset[str] = frozenset({"negated", "hypothetical"})

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})  # fmt: skip
_SPACES = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Normalise a string as the format prescribes.

    Unicode NFKD without accents, lower case, curly quotes to straight ones,
    hyphens to spaces, punctuation other than apostrophes removed, a leading
    "the " dropped, white space collapsed.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().translate(_QUOTES)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Pd":
            out.append(" ")
        elif cat.startswith("P") and ch != "'":
            continue
        else:
            out.append(ch)
    text = _SPACES.sub(" ", "".join(out)).strip()
    if text.startswith("the "):
        text = text[4:].strip()
    return text


# ------------------------------------------------------------------- matchers


def _alternatives(value: Any) -> list[Any]:
    """A gold field as a list of alternatives."""
    return list(value) if isinstance(value, list) else [value]


def _names_of(pred: Any) -> list[str]:
    """Predicted strings of an actor or place: name, aliases, country."""
    if not isinstance(pred, dict):
        return []
    names = [pred.get("name")]
    names.extend(pred.get("aliases") or [])
    names.append(pred.get("country"))
    return [n for n in names if isinstance(n, str) and n]


def _tokens_match(a: str, b: str) -> bool:
    ta, tb = set(normalize_text(a).split()), set(normalize_text(b).split())
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta


def name_matches(gold: Any, pred: Any) -> bool:
    """Does a predicted actor/place match a gold name field (alternatives, maybe null)?"""
    alts = _alternatives(gold)
    if pred is None:
        return None in alts
    strings = _names_of(pred)
    return any(isinstance(g, str) and any(_tokens_match(s, g) for s in strings) for g in alts)


def date_matches(gold: Any, pred: Any) -> bool:
    """Does a predicted When match a gold date (string, range, alternatives, maybe null)?"""
    alts = _alternatives(gold)
    if pred is None:
        return None in alts
    if not isinstance(pred, dict):
        return False
    start, end = str(pred.get("start") or ""), str(pred.get("end") or "")
    for g in alts:
        if isinstance(g, str) and start.startswith(g) and end.startswith(g):
            return True
        if isinstance(g, dict) and start.startswith(str(g.get("start"))) and end.startswith(str(g.get("end"))):
            return True
    return False


def amount_matches(gold: Any, pred: Any) -> bool:
    """Same currency and value within 1%."""
    alts = _alternatives(gold)
    if pred is None:
        return None in alts
    if not isinstance(pred, dict):
        return False
    try:
        value = float(pred.get("amount"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    currency = str(pred.get("currency") or "").upper()
    for g in alts:
        if isinstance(g, dict) and str(g.get("currency", "")).upper() == currency:
            gv = float(g["value"])
            if abs(value - gv) <= abs(gv) * 0.01:
                return True
    return False


def phrase_matches(gold: Any, pred: Any) -> bool:
    """The normalised gold phrase is a substring of the normalised predicted text."""
    alts = _alternatives(gold)
    if pred is None or pred == "":
        return None in alts
    text = normalize_text(str(pred))
    return any(isinstance(g, str) and normalize_text(g) in text for g in alts)


def items_match(gold: Any, pred_items: Any) -> bool:
    """Every gold phrase is in some predicted item's description."""
    phrases = _alternatives(gold)
    if phrases == [None] or phrases == []:
        return not pred_items
    descriptions = [normalize_text(str(i.get("description", ""))) for i in (pred_items or []) if isinstance(i, dict)]
    return all(isinstance(p, str) and any(normalize_text(p) in d for d in descriptions) for p in phrases)


def quantity_matches(gold: Any, pred_items: Any) -> bool:
    """Some predicted item has that quantity."""
    alts = _alternatives(gold)
    quantities = []
    for item in pred_items or []:
        if isinstance(item, dict) and item.get("quantity") is not None:
            try:
                quantities.append(float(item["quantity"]))
            except (TypeError, ValueError):
                continue
    if not quantities and None in alts:
        return True
    return any(g is not None and float(g) in quantities for g in alts)


def category_matches(gold: Any, pred: Any) -> bool:
    """The predicted category is one of the gold alternatives."""
    return pred in _alternatives(gold)


def actors_match_all(gold: Any, pred_actors: Any) -> bool:
    """Every inner gold list is matched by a different predicted actor."""
    groups = [g for g in (gold or []) if g is not None]
    preds = [p for p in (pred_actors or []) if isinstance(p, dict)]
    if not groups:
        return True
    if len(preds) < len(groups):
        return False
    from scipy.optimize import linear_sum_assignment

    matrix = [[1 if name_matches(g, p) else 0 for p in preds] for g in groups]
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return sum(matrix[r][c] for r, c in zip(rows, cols, strict=True)) == len(groups)


def actors_match_any(gold: Any, pred_actors: Any) -> bool:
    """Any one inner gold list is matched by some predicted actor."""
    preds = [p for p in (pred_actors or []) if isinstance(p, dict)]
    return any(name_matches(g, p) for g in (gold or []) if g is not None for p in preds)


def _kind_of(name: str, event_type: str | None) -> FieldKind | None:
    if event_type is not None:
        kind = get_event_type(event_type).field_kinds.get(name)
        if kind is not None:
            return kind
    return FIELD_KINDS.get(name)


def field_matches(name: str, gold: Any, pred: dict[str, Any]) -> bool:
    """Does the prediction match the gold value of one field?"""
    kind = _kind_of(name, pred.get("type"))
    if kind == "names":
        return actors_match_all(gold, pred.get(name))
    if kind == "name":
        return name_matches(gold, pred.get(name))
    if kind == "date":
        return date_matches(gold, pred.get(name))
    if kind == "amount":
        return amount_matches(gold, pred.get(name))
    if kind == "phrase":
        return phrase_matches(gold, pred.get(name))
    if kind == "items":
        return items_match(gold, pred.get(name))
    if kind == "quantity":
        return quantity_matches(gold, pred.get("items"))
    if kind == "category":
        return category_matches(gold, pred.get(name))
    if kind == "bool":
        return any(pred.get(name) == g for g in _alternatives(gold))
    return False


def key_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Can this prediction be this gold event at all?"""
    kind = gold["type"]
    if pred.get("type") != kind:
        return False
    spec = get_event_type(kind)
    for name in spec.key_fields:
        if name in gold and not field_matches(name, gold[name], pred):
            return False
    # where the gold gives them: a list of actors when not empty, any other field when present (even null)
    given = [f for f in spec.key_any if f in gold and (gold[f] or _kind_of(f, kind) != "names")]
    if given:
        return any(_any_matches(f, gold[f], pred) for f in given)
    return True


def _any_matches(name: str, gold: Any, pred: dict[str, Any]) -> bool:
    """One alternative of a ``key_any`` field matches (for actor lists: any one gold actor)."""
    if _kind_of(name, pred.get("type")) == "names":
        return actors_match_any(gold, pred.get(name))
    return field_matches(name, gold, pred)


def argument_fields(gold: dict[str, Any]) -> list[str]:
    """The non-key fields of a gold event that are scored as arguments."""
    spec = get_event_type(gold["type"])
    keys = set(spec.key_fields)
    scored = SCORED_FIELDS | set(spec.field_kinds)
    return [f for f in gold if f in scored and f not in keys]


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
