"""The built-in ``meeting`` type: who met whom, where and when."""

from __future__ import annotations

from typing import Any

from eventkit.coreference import actor_keys, overlap, represents, same_actor, union_actors
from eventkit.event_types.spec import EventTypeSpec
from eventkit.lexicons import load_yaml
from eventkit.models import Actor, ActorKind, Event, Meeting, Modality
from eventkit.normalize.names import initials

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
    if overlap(headline.participants, body.participants):
        return True
    # "PM meets Japanese counterpart" over "Prime Minister Jane Doe met Japanese Prime Minister Hiro Tanaka":
    # each party of the headline stands for a different one of the body's
    parties = list(headline.participants)
    if len(parties) < 2 or len(parties) > len(body.participants):
        return False
    return _matched_apart(parties, list(body.participants))


def _summary_joins(summary: Event, body: Event) -> bool:
    """A summary line's meeting whose every party names a different party of the body's.

    A party names another as a headline's does (:func:`_stands_for`) or as
    the organisation of its head ("OAS" for "The head of the Organization of
    American States mission, Laura Arce"): "- CM Hemant Rana meets Governor"
    over "Hemant Rana called on Governor Santosh Gangwal". The same minister
    meeting someone else is another meeting.
    """
    assert isinstance(summary, Meeting) and isinstance(body, Meeting)
    if EARLIER_RULE in body.rule_ids or EARLIER_RULE in summary.rule_ids or _planned_and_held(summary, body):
        return False
    parties = list(summary.participants)
    if len(parties) < 2 or len(parties) > len(body.participants):
        return False
    return _matched_apart(parties, list(body.participants), heads=True)


def _matched_apart(parties: list[Actor], others: list[Actor], *, heads: bool = False) -> bool:
    """Every party stands for (:func:`_stands_for`; with ``heads`` also :func:`_headed_by`) another of ``others``."""
    if not parties:
        return True
    first, rest = parties[0], parties[1:]
    return any(
        (_stands_for(first, other) or (heads and _headed_by(first, other)))
        and _matched_apart(rest, others[:n] + others[n + 1 :], heads=heads)
        for n, other in enumerate(others)
    )


def _headed_by(party: Actor, holder: Actor) -> bool:
    """An organisation and the person at its head (``head_titles``), named in full or by its initials.

    "AU" and Laura Arce, "head of the African Union
    mission" (``affiliation``).
    """
    if party.kind != ActorKind.ORGANIZATION or holder.kind != ActorKind.PERSON or not holder.affiliation:
        return False
    heads = {str(t).lower() for t in load_yaml("lexicons/meeting_triggers.en.yaml").get("head_titles") or ()}
    if " ".join((holder.title or "").lower().split()) not in heads:
        return False
    words = [w for w in holder.affiliation.replace("'s", "").split() if w.lower() != "the"]
    short = initials(" ".join(words))
    names = {" ".join(words).lower(), short.lower()} if len(short) >= 2 else {" ".join(words).lower()}
    return any(" ".join(n.lower().split()).removeprefix("the ") in names for n in (party.name, *party.aliases))


def _stands_for(party: Actor, holder: Actor) -> bool:
    """A headline's party names the body's: the same, a country for its person, or a bare title for its holder.

    "Japan" ("Japanese counterpart") for "Japanese Prime Minister Hiro
    Tanaka"; "PM" or "Prime Minister" for "Prime Minister Jane Doe"
    (``title_short_forms``: the short forms headlines use for a title).
    """
    return represents(party, holder) or _bare_title_of(party, holder)


def _bare_title_of(party: Actor, holder: Actor) -> bool:
    """A party named only by the title the person ``holder`` holds ("PM", "Prime Minister")."""
    if party.kind not in {ActorKind.UNKNOWN, ActorKind.PERSON} or holder.kind != ActorKind.PERSON or not holder.title:
        return False
    title = " ".join(holder.title.lower().split())
    name = " ".join(party.name.lower().replace(".", "").split())
    forms = load_yaml("lexicons/meeting_triggers.en.yaml").get("title_short_forms") or {}
    return name == title or name in {str(f).lower() for f in forms.get(title, ())}


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
    parties = union_actors(a.participants, b.participants)
    # a headline's "PM" is the "Prime Minister Jane Doe" of the body, no party of its own; nor is a summary's
    # "OAS" beside the head of the OAS mission
    return {
        "participants": [
            x for x in parties if not any(_bare_title_of(x, y) or _headed_by(x, y) for y in parties if y is not x)
        ]
    }


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
    summary_joins=_summary_joins,
    complete=_complete,
)
