"""The built-in ``meeting`` type: who met whom, where and when."""

from __future__ import annotations

from typing import Any

from eventkit.coreference import actor_keys, overlap, represents, same_actor, union_actors
from eventkit.event_types.spec import EventTypeSpec
from eventkit.models import Actor, Event, Meeting, Modality

__all__ = ["EARLIER_RULE", "MEETING"]

#: The rule a meeting carries when the text tells it as an earlier one ("he last met Xi in June 2023").
EARLIER_RULE = "meeting.earlier_occasion.v1"


def _mergeable(a: Event, b: Event, headline: bool) -> bool:
    """Overlapping participants; undated mentions only when they share every party of the smaller.

    A meeting told as an earlier occasion (:data:`EARLIER_RULE`) merges only with a headline; a planned
    meeting never with one that took place.
    """
    assert isinstance(a, Meeting) and isinstance(b, Meeting)
    if not a.participants or not b.participants:
        return False
    if _planned_and_held(a, b):
        return False  # "X met Y in Canberra ... ahead of Y's planned visit to Australia next year": two meetings
    if not headline and (EARLIER_RULE in a.rule_ids or EARLIER_RULE in b.rule_ids):
        return False  # "Blinken later met Xi ... He last met Xi in June 2023": two meetings
    if a.date is None or b.date is None:
        small, big = sorted((a.participants, b.participants), key=len)
        # "X hosted the leaders of A, B, C and D ... X met separately with D's president": two
        # leaders of a gathering of more meet on its sidelines, unless the gathering named them
        match = same_actor if len(small) == 2 and len(big) >= 3 else represents
        return (all(any(match(x, y) for y in big) for x in small) and len(small) >= 2) or (
            len(small) == 1 and overlap(small, big) and (a.date is not None or b.date is not None)
        )
    if _each_has_its_own(a.participants, b.participants):
        return False  # "X spoke to Y" and "X spoke to Z" on one day: two meetings that share X
    return overlap(a.participants, b.participants)


def _headline_joins(headline: Event, body: Event) -> bool:
    """A headline's meeting that shares a party with the lede's, however it names the others.

    "Taliban officials meet Chinese envoy" over "Muttaqi met China's envoy
    Yue Xiaoyong": one meeting (an earlier occasion the body tells stays apart).
    """
    assert isinstance(headline, Meeting) and isinstance(body, Meeting)
    if EARLIER_RULE in body.rule_ids or _planned_and_held(headline, body):
        return False
    return overlap(headline.participants, body.participants)


def _planned_and_held(a: Meeting, b: Meeting) -> bool:
    """One mention tells a meeting planned for after the publication, the other one that took place.

    "... raised the encounter ... ahead of the premier's planned visit to
    Australia next year": the visit to come is another occasion, and lends
    the one that took place no date or place. (A planned mention without
    such a date may be the same occasion told before it happened: "X
    wanted to talk with Y" over the call they held.)
    """
    return any(
        x.modality == Modality.PLANNED
        and y.modality != Modality.PLANNED
        and x.date is not None
        and x.date.anchor is not None
        and x.date.start > x.date.anchor
        for x, y in ((a, b), (b, a))
    )


def _each_has_its_own(a: list[Actor], b: list[Actor]) -> bool:
    """Two pairs or more that share someone, each with a party the other does not have."""
    if len(a) < 2 or len(b) < 2:
        return False
    only_a = [x for x in a if not any(represents(x, y) or represents(y, x) for y in b)]
    only_b = [y for y in b if not any(represents(y, x) or represents(x, y) for x in a)]
    return bool(only_a) and bool(only_b)


def _merge_keys(event: Event) -> set[str]:
    """The participants' keys: meetings that share no participant (or its country) never merge."""
    assert isinstance(event, Meeting)
    return {key for actor in event.participants for key in actor_keys(actor)}


def _combine(a: Event, b: Event) -> dict[str, Any]:
    assert isinstance(a, Meeting) and isinstance(b, Meeting)
    return {"participants": union_actors(a.participants, b.participants)}


def _complete(event: Event) -> bool:
    """Two parties or more: a visit whose visitor met nobody named ("toured the region") is no meeting.

    Such a mention still lends its place and date to a meeting of the same
    visit it merges with ("visited the town ... and met Mayor X").
    """
    assert isinstance(event, Meeting)
    return len(event.participants) >= 2


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
    merge_keys=_merge_keys,
    combine=_combine,
    participants=_participants,
    summary=_summary,
    roles={"participants": "participant"},
    colour="#7aecec",
    line_colour="#0f9b9b",
    key_fields=("participants",),
    headline_joins=_headline_joins,
    complete=_complete,
)
