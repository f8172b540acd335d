"""The registry of event types: one :class:`EventTypeSpec` per type.

The four built-in types register here like any other. A user adds a type
from their own code::

    from typing import Literal
    import eventkit
    from eventkit.event_types import EventTypeSpec, register_event_type

    class Sanction(eventkit.Event):
        type: Literal["sanction"] = "sanction"
        ...

    register_event_type(EventTypeSpec(name="sanction", model=Sanction,
                                      extractor=my_extractor, id_prefix="X"))

or through the ``eventkit.event_types`` entry-point group of an installed
package (each entry point names an :class:`EventTypeSpec` object or a
function returning one), loaded the first time the registry is read. See
``docs/custom-types.md``.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points
from typing import Any

from eventkit.errors import Errors
from eventkit.event_types.donation import DONATION
from eventkit.event_types.incident import INCIDENT
from eventkit.event_types.meeting import MEETING
from eventkit.event_types.spec import EventTypeSpec, Extract, FieldKind
from eventkit.event_types.statement import STATEMENT
from eventkit.models import json_schema as _schema_of

__all__ = [
    "ENTRY_POINT_GROUP",
    "EventTypeSpec",
    "Extract",
    "FieldKind",
    "event_type_names",
    "event_types",
    "get_event_type",
    "json_schema",
    "register_event_type",
    "unregister_event_type",
]

logger = logging.getLogger("eventkit")

#: Entry-point group through which installed packages contribute event types.
ENTRY_POINT_GROUP = "eventkit.event_types"

_BUILTIN = (MEETING, DONATION, INCIDENT, STATEMENT)
_REGISTRY: dict[str, EventTypeSpec] = {spec.name: spec for spec in _BUILTIN}
_ENTRY_POINTS_LOADED = False


def register_event_type(spec: EventTypeSpec, *, replace: bool = False) -> EventTypeSpec:
    """Add an event type to the registry.

    Args:
        spec: The type's spec.
        replace: Allow replacing a registered type of the same name.

    Returns:
        The spec (so the call can be used as an expression).

    Raises:
        ValueError: If the name or id prefix is taken and ``replace`` is false.
    """
    if not isinstance(spec, EventTypeSpec):
        raise TypeError(f"register_event_type takes an EventTypeSpec, not {type(spec).__name__}")
    if not replace:
        if spec.name in _REGISTRY and _REGISTRY[spec.name] is not spec:
            raise ValueError(f"event type {spec.name!r} is already registered (pass replace=True to replace it)")
        taken = {s.id_prefix: s.name for s in _REGISTRY.values() if s.name != spec.name}
        if spec.id_prefix in taken:
            raise ValueError(f"id prefix {spec.id_prefix!r} of {spec.name!r} is taken by {taken[spec.id_prefix]!r}")
    _REGISTRY[spec.name] = spec
    return spec


def unregister_event_type(name: str) -> None:
    """Remove a user-defined type (built-in types cannot be removed)."""
    if name in {s.name for s in _BUILTIN}:
        raise ValueError(f"{name!r} is a built-in event type")
    _REGISTRY.pop(name, None)


def _load_entry_points() -> None:
    global _ENTRY_POINTS_LOADED
    if _ENTRY_POINTS_LOADED:
        return
    _ENTRY_POINTS_LOADED = True
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            value = point.load()
            spec = value() if callable(value) and not isinstance(value, EventTypeSpec) else value
            register_event_type(spec)
        except Exception:  # a broken plug-in must not stop eventkit
            logger.exception("eventkit: could not load the event type of entry point %r", point.name)


def event_types() -> dict[str, EventTypeSpec]:
    """Every registered type by name: the built-in four first, then user types in registration order."""
    _load_entry_points()
    return dict(_REGISTRY)


def event_type_names() -> tuple[str, ...]:
    """The names of every registered type."""
    return tuple(event_types())


def get_event_type(name: object) -> EventTypeSpec:
    """The spec of a type name (``"meeting"``, ``EventType.MEETING`` or a user type's name).

    Raises:
        ValueError: If no type of that name is registered.
    """
    key = str(getattr(name, "value", name))
    spec = _REGISTRY.get(key) if _ENTRY_POINTS_LOADED else None  # the hot path: no copy of the registry
    if spec is not None:
        return spec
    specs = event_types()
    if key not in specs:
        raise ValueError(Errors.E006.format(value=name, allowed=list(specs)))
    return specs[key]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of an event: a union, discriminated on ``type``, of every registered type."""
    return _schema_of(tuple(spec.model for spec in event_types().values()))
