"""The built-in ``meeting`` type: who met whom, where and when."""

from __future__ import annotations

from typing import Any

from eventkit.coreference import overlap, represents, union_actors
from eventkit.event_types.spec import EventTypeSpec
from eventkit.models import Actor, Event, Meeting

__all__ = ["MEETING"]


def _mergeable(a: Event, b: Event, headline: bool) -> bool:
    """Overlapping participants; undated mentions only when they share every party of the smaller."""
    assert isinstance(a, Meeting) and isinstance(b, Meeting)
    if not a.participants or not b.participants:
        return False
    if a.date is None or b.date is None:
        small, big = sorted((a.participants, b.participants), key=len)
        return (all(any(represents(x, y) for y in big) for x in small) and len(small) >= 2) or (
            len(small) == 1 and overlap(small, big) and (a.date is not None or b.date is not None)
        )
    return overlap(a.participants, b.participants)


def _combine(a: Event, b: Event) -> dict[str, Any]:
    assert isinstance(a, Meeting) and isinstance(b, Meeting)
    return {"participants": union_actors(a.participants, b.participants)}


def _participants(event: Event) -> list[Actor]:
    assert isinstance(event, Meeting)
    return list(event.participants)


def _summary(event: Event) -> str:
    assert isinstance(event, Meeting)
    return " + ".join(a.name for a in event.participants) or "?"


MEETING = EventTypeSpec(
    name="meeting",
    model=Meeting,
    extractor="eventkit.extractors.meeting:extract_meetings",
    id_prefix="M",
    mergeable=_mergeable,
    combine=_combine,
    participants=_participants,
    summary=_summary,
    roles={"participants": "participant"},
    colour="#7aecec",
    line_colour="#0f9b9b",
    key_fields=("participants",),
)
