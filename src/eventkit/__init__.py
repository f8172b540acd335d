"""eventkit: typed, grounded events (meetings, donations, incidents, statements) from raw news text.

Quick start::

    import eventkit
    result = eventkit.extract(article_text, published="2023-12-05")
    for event in result.events:
        print(event.type, event.model_dump(mode="json"))

Heavy modules (spaCy, dateparser) are imported lazily, on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # extraction
    "extract": "eventkit.api",
    "Extractor": "eventkit.api",
    "Extraction": "eventkit.result",
    "Resources": "eventkit.lexicons",
    # event types
    "EventTypeSpec": "eventkit.event_types",
    "register_event_type": "eventkit.event_types",
    "event_types": "eventkit.event_types",
    # models
    "Actor": "eventkit.models",
    "ActorKind": "eventkit.models",
    "AnyEvent": "eventkit.models",
    "Casualties": "eventkit.models",
    "Donation": "eventkit.models",
    "Event": "eventkit.models",
    "EventType": "eventkit.models",
    "Incident": "eventkit.models",
    "IncidentCategory": "eventkit.models",
    "Item": "eventkit.models",
    "Meeting": "eventkit.models",
    "Modality": "eventkit.models",
    "Money": "eventkit.models",
    "MoneyQualifier": "eventkit.models",
    "Place": "eventkit.models",
    "Precision": "eventkit.models",
    "Provenance": "eventkit.models",
    "Span": "eventkit.models",
    "Statement": "eventkit.models",
    "When": "eventkit.models",
    "json_schema": "eventkit.event_types",
    "parse_event": "eventkit.models",
    # normalisers
    "parse_date": "eventkit.normalize.times",
    "parse_money": "eventkit.normalize.money",
    # merging and evaluation
    "dedupe": "eventkit.merge",
    "evaluate": "eventkit.evaluation.scorer",
    # data frames and files
    "to_frame": "eventkit.frames",
    "to_parquet": "eventkit.frames",
    # errors
    "EventkitError": "eventkit.errors",
    "ModelNotFoundError": "eventkit.errors",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:
    from eventkit.api import Extractor, extract
    from eventkit.errors import EventkitError, ModelNotFoundError
    from eventkit.evaluation.scorer import evaluate
    from eventkit.event_types import EventTypeSpec, event_types, json_schema, register_event_type
    from eventkit.frames import to_frame, to_parquet
    from eventkit.lexicons import Resources
    from eventkit.merge import dedupe
    from eventkit.models import (
        Actor,
        ActorKind,
        AnyEvent,
        Casualties,
        Donation,
        Event,
        EventType,
        Incident,
        IncidentCategory,
        Item,
        Meeting,
        Modality,
        Money,
        MoneyQualifier,
        Place,
        Precision,
        Provenance,
        Span,
        Statement,
        When,
        parse_event,
    )
    from eventkit.normalize.money import parse_money
    from eventkit.normalize.times import parse_date
    from eventkit.result import Extraction


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'eventkit' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
