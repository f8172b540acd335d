"""Calibrated confidence at run time: a logistic model whose coefficients are data.

An extractor describes each event by a small feature vector (for statements:
:data:`eventkit.extractors.statement.CALIBRATION_FEATURES`) and turns it into a
confidence with the model shipped in ``resources/calibration/<type>.yaml``::

    confidence = clip(1 / (1 + exp(-(intercept + sum(weight * feature)))), floor, ceiling)

Applying it is pure Python. The features go into the event's ``provenance``
entry for ``confidence`` (:func:`format_features`), so an event says why it
got its confidence. Fitting and reliability tables live in
:mod:`eventkit.evaluation.calibration` (``python -m eventkit.evaluation.calibration``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

__all__ = ["LogisticCalibration", "format_features", "load_calibration", "parse_features", "resource_path"]

_FEATURE = re.compile(r"([a-z_][a-z0-9_]*)=(-?\d+(?:\.\d+)?(?:e-?\d+)?)")


@dataclass(frozen=True)
class LogisticCalibration:
    """A logistic confidence model, applied in pure Python.

    Attributes:
        event_type: The event type it scores ("statement").
        weights: Feature name -> coefficient, in the file's order.
        intercept: The constant term.
        floor: Lowest confidence returned.
        ceiling: Highest confidence returned.
        provenance: How and on what the coefficients were fitted.
    """

    event_type: str
    weights: dict[str, float]
    intercept: float
    floor: float = 0.02
    ceiling: float = 0.98
    provenance: dict[str, Any] = field(default_factory=dict)

    @property
    def features(self) -> tuple[str, ...]:
        """The feature names, in order."""
        return tuple(self.weights)

    @property
    def rule(self) -> str:
        """The provenance rule name of a confidence this model computed."""
        return f"calibration.{self.event_type}.logistic"

    def logit(self, features: Mapping[str, float]) -> float:
        """The linear score; features the model does not know, or that are missing, count as 0."""
        return self.intercept + sum(w * float(features.get(name, 0.0)) for name, w in self.weights.items())

    def probability(self, features: Mapping[str, float]) -> float:
        """The unclipped, unrounded logistic probability."""
        z = self.logit(features)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        ez = math.exp(z)
        return ez / (1.0 + ez)

    def predict(self, features: Mapping[str, float]) -> float:
        """The confidence: the probability clipped to ``[floor, ceiling]`` and rounded to 3 decimals."""
        return round(min(self.ceiling, max(self.floor, self.probability(features))), 3)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LogisticCalibration:
        """Validate a parsed calibration file.

        Raises:
            ValueError: If the data is not a well-formed logistic model.
        """
        if not isinstance(data, Mapping):
            raise ValueError("a calibration file must be a mapping")
        if data.get("model") != "logistic":
            raise ValueError(f"unsupported calibration model {data.get('model')!r} (expected 'logistic')")
        kind = data.get("type")
        from eventkit.event_types import event_type_names

        if kind not in event_type_names():
            raise ValueError(f"unknown event type {kind!r}")
        raw_weights = data.get("weights")
        if not isinstance(raw_weights, Mapping) or not raw_weights:
            raise ValueError("'weights' must be a non-empty mapping of feature name to number")
        weights: dict[str, float] = {}
        for name, value in raw_weights.items():
            if not isinstance(name, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
                raise ValueError(f"bad feature name {name!r}")
            weights[name] = _finite(value, f"weight of {name}")
        intercept = _finite(data.get("intercept"), "intercept")
        floor = _finite(data.get("floor", 0.02), "floor")
        ceiling = _finite(data.get("ceiling", 0.98), "ceiling")
        if not 0.0 <= floor < ceiling <= 1.0:
            raise ValueError(f"need 0 <= floor < ceiling <= 1, got {floor} and {ceiling}")
        provenance = data.get("provenance") or {}
        if not isinstance(provenance, Mapping):
            raise ValueError("'provenance' must be a mapping")
        return cls(str(kind), weights, intercept, floor, ceiling, dict(provenance))

    def to_dict(self) -> dict[str, Any]:
        """The YAML-shaped form (inverse of :meth:`from_dict`)."""
        return {
            "type": self.event_type,
            "model": "logistic",
            "intercept": round(self.intercept, 4),
            "floor": self.floor,
            "ceiling": self.ceiling,
            "weights": {name: round(w, 4) for name, w in self.weights.items()},
            "provenance": self.provenance,
        }


def _finite(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number, not {value!r}")
    return float(value)


def resource_path(event_type: str) -> str:
    """The package-resource path of an event type's model (``calibration/<type>.yaml``)."""
    return f"calibration/{event_type}.yaml"


@cache
def load_calibration(event_type: str) -> LogisticCalibration:
    """The shipped model of an event type (``resources/calibration/<type>.yaml``), cached.

    Raises:
        FileNotFoundError: If no model is shipped for the type.
        ValueError: If the file is malformed.
    """
    from eventkit.lexicons import load_yaml

    return LogisticCalibration.from_dict(load_yaml(resource_path(event_type)))


def format_features(features: Mapping[str, float]) -> str:
    """The provenance note of a calibrated confidence: its non-zero features as ``name=value``."""
    cells = [f"{name}={value:g}" for name, value in features.items() if value]
    return "features: " + (" ".join(cells) if cells else "none")


def parse_features(note: str | None) -> dict[str, float]:
    """Inverse of :func:`format_features` (features not listed are 0)."""
    return {m.group(1): float(m.group(2)) for m in _FEATURE.finditer(note or "")}
