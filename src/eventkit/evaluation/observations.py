"""Scored predictions as calibration data: each event's features and whether the scorer found it correct."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventkit.confidence import load_calibration, parse_features

if TYPE_CHECKING:
    from eventkit.api import Extractor

__all__ = ["Observation", "calibrated_types", "collect_observations", "feature_names", "vector"]


def calibrated_types() -> tuple[str, ...]:
    """Event types whose spec names a model (``calibration``) fitted by ``eventkit.evaluation.calibration``."""
    from eventkit.event_types import event_types

    return tuple(name for name, spec in event_types().items() if spec.calibration is not None)


# ---------------------------------------------------------------- observations


@dataclass(frozen=True)
class Observation:
    """One scored prediction of the development gold.

    Attributes:
        corpus: Corpus (folder) name.
        doc: Document name.
        type: Event type.
        correct: True for a true positive, False for a false positive.
        confidence: The confidence the extractor emitted.
        features: The calibration features (empty for types without a model).
        offset: What merging mentions added on top of the model's own output
            (``confidence - model(features)``; 0 for an event of one mention).
        optional: True for a prediction matched to an optional gold event
            (then ``correct`` is True); the scorer counts it neither way, so
            reliability tables and summaries leave it out.
    """

    corpus: str
    doc: str
    type: str
    correct: bool
    confidence: float
    features: dict[str, float] = field(default_factory=dict)
    offset: float = 0.0
    optional: bool = False


def feature_names(event_type: str) -> tuple[str, ...]:
    """The feature names of a type's calibration model, in their fitted order."""
    if event_type == "statement":
        from eventkit.extractors.statement import CALIBRATION_FEATURES

        return CALIBRATION_FEATURES
    raise ValueError(f"no calibration features are defined for {event_type!r}")


def collect_observations(
    path: str | Path, *, extractor: Extractor | None = None, include_optional: bool = False
) -> list[Observation]:
    """Run the extractor over gold folders and label every scored prediction with the project's scorer.

    Args:
        path: A corpus folder or a folder of corpus folders (as for ``eventkit evaluate``).
        extractor: The extractor (default: a new :class:`eventkit.Extractor`), with ``min_confidence=0``.
        include_optional: Also return predictions matched to optional gold
            events, as correct and marked ``optional``.

    Returns:
        One :class:`Observation` per prediction the scorer counts as a true or
        false positive (and, if asked, per optional match).

    Raises:
        FileNotFoundError: If ``path`` holds no gold files.
        RuntimeError: If a document fails to process.
        ValueError: If the extractor filters by confidence.
    """
    from eventkit.api import Extractor
    from eventkit.evaluation.scorer import extract_corpus, score_document

    root = Path(path)
    if not root.is_dir():
        raise FileNotFoundError(f"{root} is not a folder")
    corpora = (
        [root]
        if any(root.glob("*.gold.json"))
        else sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.gold.json")))
    )
    if not corpora:
        raise FileNotFoundError(f"no *.gold.json files in {root} or its sub-folders")
    ex = extractor or Extractor()
    if ex.min_confidence > 0:
        raise ValueError("calibration needs every prediction: use an extractor with min_confidence=0")
    out: list[Observation] = []
    for corpus in corpora:
        for name, gold, predictions, error in extract_corpus(corpus, ex):
            if error:
                raise RuntimeError(f"{corpus.name}/{name}: {error}")
            score = score_document(gold, predictions)
            for pred, status in zip(predictions, score.status, strict=True):
                if status in ("tp", "fp") or (include_optional and status == "optional"):
                    obs = _observation(corpus.name, name, pred, status != "fp")
                    out.append(replace(obs, optional=status == "optional"))
    return out


def _observation(corpus: str, doc: str, pred: Mapping[str, Any], correct: bool) -> Observation:
    kind = str(pred.get("type"))
    confidence = float(pred.get("confidence") or 0.0)
    note = next(
        (p.get("note") for p in pred.get("provenance") or [] if p.get("field") == "confidence"),
        None,
    )
    if kind not in calibrated_types() or note is None:
        return Observation(corpus, doc, kind, correct, confidence)
    features = parse_features(note)
    offset = round(confidence - load_calibration(kind).predict(features), 3)
    return Observation(corpus, doc, kind, correct, confidence, features, offset)


def vector(features: Mapping[str, float], names: Sequence[str]) -> list[float]:
    """The features as a vector in the order of ``names`` (absent ones are 0)."""
    return [float(features.get(name, 0.0)) for name in names]
