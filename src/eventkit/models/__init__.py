"""The public data model: pydantic v2 value types (:mod:`.values`) and event types (:mod:`.events`).

Every value that leaves eventkit is one of these models. They serialise to the
JSON contract described in ``docs/models.md`` (``model_dump(mode="json")``)
and validate back losslessly.
"""

from __future__ import annotations

from eventkit.models.events import (
    AnyEvent,
    Donation,
    DonationKind,
    Event,
    EventType,
    Incident,
    IncidentCategory,
    Meeting,
    MeetingKind,
    Statement,
    event_model,
    event_models,
    json_schema,
    parse_event,
    set_html_renderer,
)
from eventkit.models.values import (
    Actor,
    ActorKind,
    Casualties,
    Item,
    JsonDecimal,
    Modality,
    Money,
    MoneyQualifier,
    Place,
    PlaceKind,
    Precision,
    Provenance,
    Span,
    When,
)

__all__ = [
    "Actor",
    "ActorKind",
    "AnyEvent",
    "Casualties",
    "Donation",
    "DonationKind",
    "Event",
    "EventType",
    "Incident",
    "IncidentCategory",
    "Item",
    "JsonDecimal",
    "Meeting",
    "MeetingKind",
    "Modality",
    "Money",
    "MoneyQualifier",
    "Place",
    "PlaceKind",
    "Precision",
    "Provenance",
    "Span",
    "Statement",
    "When",
    "event_model",
    "event_models",
    "json_schema",
    "parse_event",
    "set_html_renderer",
]
