"""The event models: the :class:`Event` base, the four built-in types, and validation of any registered type.

Every value that leaves eventkit is one of these models. They serialise to the
JSON contract described in ``docs/models.md`` (``model_dump(mode="json")``)
and validate back losslessly. A subclass of :class:`Event` with a fixed
``type`` becomes the model of that type name, so :func:`parse_event` and
:data:`AnyEvent` validate user-defined types too.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Annotated, Any, Literal, Union

from pydantic import (
    Field,
    SerializeAsAny,
    TypeAdapter,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)
from pydantic_core import PydanticCustomError

from eventkit.models.values import Actor, Casualties, Item, Modality, Money, Place, Provenance, Span, When, _Model

__all__ = [
    "AnyEvent",
    "Donation",
    "DonationKind",
    "Event",
    "EventType",
    "Incident",
    "IncidentCategory",
    "Meeting",
    "MeetingKind",
    "Statement",
    "event_model",
    "event_models",
    "json_schema",
    "parse_event",
    "set_html_renderer",
]


class EventType(str, Enum):
    """The four built-in event types (user-defined types are plain strings, see :mod:`eventkit.event_types`)."""

    MEETING = "meeting"
    DONATION = "donation"
    INCIDENT = "incident"
    STATEMENT = "statement"


class MeetingKind(str, Enum):
    """The form a meeting took."""

    MEETING = "meeting"
    VISIT = "visit"
    TALKS = "talks"
    SUMMIT = "summit"
    CALL = "call"


class DonationKind(str, Enum):
    """What was given."""

    GOODS = "goods"
    GRANT = "grant"
    HUMANITARIAN_AID = "humanitarian_aid"
    MILITARY_AID = "military_aid"
    OTHER = "other"


class IncidentCategory(str, Enum):
    """Incident taxonomy (fixed by the evaluation format)."""

    ARMED_CONFLICT = "armed_conflict"
    ATTACK = "attack"
    PROTEST = "protest"
    RIOT = "riot"
    MARITIME = "maritime"
    ACCIDENT = "accident"
    DISASTER = "disaster"
    CRIME = "crime"
    CYBER = "cyber"
    OUTAGE = "outage"
    OTHER = "other"


# -------------------------------------------------------------------------- events


class Event(_Model):
    """Fields shared by every event.

    Attributes:
        type: The discriminator ("meeting", "donation", "incident", "statement").
        id: Identifier, unique within one extraction ("M1", "S3").
        trigger: The word(s) that signalled the event ("met", "said").
        evidence: Every span that supports the event (sentences, mentions).
        date: When it happened, or ``None`` when the text does not say.
        location: Where it happened, or ``None``.
        confidence: How far to trust the event, in [0, 1].
        modality: asserted, planned, hypothetical, negated or alleged.
        rule_ids: The rules that fired.
        provenance: Per-field derivations.
        fingerprint: Stable key for cross-document de-duplication.
        sources: Ids of the documents the event was found in (filled by
            ``Extractor.pipe`` records with an ``id`` and by ``eventkit.dedupe``).
    """

    type: str
    id: str = ""
    trigger: Span | None = None
    evidence: list[Span] = Field(default_factory=list)
    date: When | None = None
    location: Place | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    modality: Modality = Modality.ASSERTED
    rule_ids: list[str] = Field(default_factory=list)
    provenance: list[Provenance] = Field(default_factory=list)
    fingerprint: str | None = None
    sources: list[str] = Field(default_factory=list)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Every subclass with a fixed ``type`` becomes the model of that type name."""
        super().__pydantic_init_subclass__(**kwargs)
        default = cls.model_fields["type"].default
        if isinstance(default, str) and default:
            _MODELS[str(getattr(default, "value", default))] = cls

    def _repr_html_(self) -> str | None:
        """The event as an HTML card in notebooks, once an HTML renderer is installed (``eventkit.render``)."""
        return _HTML_RENDERER(self) if _HTML_RENDERER is not None else None


#: Event model of each type name, filled as event classes are defined (built-in and user types alike).
_MODELS: dict[str, type[Event]] = {}
#: The notebook renderer of single events; ``eventkit.render`` installs itself here when imported.
_HTML_RENDERER: Callable[[Event], str] | None = None


def set_html_renderer(renderer: Callable[[Event], str] | None) -> None:
    """Install the function that renders one event as HTML for notebooks (``Event._repr_html_``)."""
    global _HTML_RENDERER
    _HTML_RENDERER = renderer


def event_model(type_name: str) -> type[Event]:
    """The model class of an event type name ("meeting", or a user type's name).

    Raises:
        KeyError: If no event model declares that type.
    """
    return _MODELS[type_name]


def event_models() -> dict[str, type[Event]]:
    """Every known event model by type name (built-in first, then user types in definition order)."""
    return dict(_MODELS)


class Meeting(Event):
    """Who met whom, where and when."""

    type: Literal["meeting"] = "meeting"
    participants: list[Actor] = Field(default_factory=list)
    kind: MeetingKind = MeetingKind.MEETING


class Donation(Event):
    """Who gave what to whom, how much, and what for."""

    type: Literal["donation"] = "donation"
    donor: Actor | None = None
    recipient: Actor | None = None
    items: list[Item] = Field(default_factory=list)
    amount: Money | None = None
    purpose: str | None = None
    kind: DonationKind = DonationKind.OTHER


class Incident(Event):
    """Violence, unrest, maritime confrontations, accidents and disasters."""

    type: Literal["incident"] = "incident"
    category: IncidentCategory = IncidentCategory.OTHER
    actors: list[Actor] = Field(default_factory=list)
    targets: list[Actor] = Field(default_factory=list)
    casualties: Casualties | None = None
    description: str | None = None


class Statement(Event):
    """Who said what, directly or reported, and who relayed it.

    Attributes:
        speaker: Who made the statement.
        content: What was said, without the cue or the attribution.
        content_span: Where the content is in the raw text.
        direct: True for a direct quote, False for reported speech.
        reported_by: Media or person relaying the statement ("Xinhua").
        audience: Who was addressed ("told reporters").
        cue: The speech-act cue ("said", "according to").
    """

    type: Literal["statement"] = "statement"
    speaker: Actor | None = None
    content: str = ""
    content_span: Span | None = None
    direct: bool = False
    reported_by: Actor | None = None
    audience: Actor | None = None
    cue: str | None = None


def _dispatch(value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Event:
    """Validate an event dict with the model its ``type`` names; event objects pass as they are."""
    if isinstance(value, Event):
        return value
    if isinstance(value, dict):
        kind = value.get("type")
        model = _MODELS.get(str(getattr(kind, "value", kind))) if kind is not None else None
        if model is None:
            raise PydanticCustomError(
                "event_type", "unknown event type {kind}; known: {known}", {"kind": kind, "known": sorted(_MODELS)}
            )
        return model.model_validate(value, context=info.context)
    raise PydanticCustomError("event_type", "an event must be a dict or an Event, not {t}", {"t": type(value).__name__})


#: Any event, built-in or user-defined: validated with the model its ``type`` names, serialised with all its fields.
AnyEvent = Annotated[SerializeAsAny[Event], WrapValidator(_dispatch)]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(AnyEvent)


def parse_event(data: dict[str, Any], *, raw_text: str | None = None) -> Event:
    """Validate a JSON-shaped dict into the right event model.

    Args:
        data: An event as produced by ``model_dump(mode="json")``.
        raw_text: If given, every span is checked against this text.

    Returns:
        The validated event, an instance of the model its ``type`` names.

    Raises:
        pydantic.ValidationError: If the data is not a valid event.
    """
    context = {"raw_text": raw_text} if raw_text is not None else None
    return EVENT_ADAPTER.validate_python(data, context=context)


def json_schema(models: tuple[type[Event], ...] | None = None) -> dict[str, Any]:
    """The JSON Schema of an event: a union discriminated on ``type`` of the given models.

    Args:
        models: The event models (default: the four built-in ones);
            :func:`eventkit.json_schema` passes every registered type.
    """
    models = models or (Meeting, Donation, Incident, Statement)
    union = models[0] if len(models) == 1 else Union[models]  # type: ignore[valid-type]
    adapter: TypeAdapter[Any] = TypeAdapter(Annotated[union, Field(discriminator="type")])  # type: ignore[arg-type]
    return adapter.json_schema()
