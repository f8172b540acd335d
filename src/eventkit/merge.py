"""One event per occurrence: merging the mentions of the same event in a document.

Two events are mentions of one occurrence when they have the same type, their
dates are compatible (one within the other, or one missing), neither is
negated or hypothetical while the other is not, and their type's spec says so
(:attr:`eventkit.event_types.EventTypeSpec.mergeable`). For the built-in types:

* meeting: their participant sets overlap (undated mentions only when they
  share every participant of the smaller, the same two people when a pair
  meets within a gathering of more: a meeting on its sidelines);
* donation: same donor and recipient (or one missing; a country and its
  ambassador or ministry count as one party), and no conflicting amounts or
  item quantities;
* incident: same category, compatible places, a shared party (a country and
  one of its organisations count as one) or one without actors;
* statement: same speaker and the content of one contains the other's.

Within a group, each field takes the value of the most specific mention
(dates with the finer precision, places that are facilities over cities over
countries, the longer actor list); evidence spans and rule ids are unioned.
The identity rules themselves (same actor, same place) are in
:mod:`eventkit.coreference`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from eventkit.coreference import (
    better_date,
    better_place,
    compatible_dates,
    represents,
    same_actor,
)
from eventkit.event_types import get_event_type
from eventkit.event_types.spec import OPENS_APART
from eventkit.models import Event, Span
from eventkit.normalize.places import within

__all__ = ["compatible_dates", "dedupe", "fingerprint", "merge_events", "represents", "same_actor"]


def _compatible(a: Event, b: Event) -> bool:
    """One type, compatible dates, and not one of them negated or hypothetical while the other is not."""
    if a.type != b.type or not compatible_dates(a.date, b.date):
        return False
    # "no threat of a tsunami" is not the earthquake that struck
    return a.modality == b.modality or not {"negated", "hypothetical"} & {a.modality.value, b.modality.value}


def _mergeable(a: Event, b: Event, *, headline: bool = False) -> bool:
    return _compatible(a, b) and get_event_type(a.type).is_mergeable(a, b, headline)


def _joins_headline(headline: Event, body: Event) -> bool:
    """A lone headline mention and a body mention its type's ``headline_joins`` takes as the same occurrence."""
    joins = get_event_type(headline.type).headline_joins
    return joins is not None and _compatible(headline, body) and joins(headline, body)


def _joins_summary(summary: Event, body: Event) -> bool:
    """A lone summary line's mention and a body mention of its modality its type's ``summary_joins`` takes."""
    joins = get_event_type(summary.type).summary_joins
    if joins is None or summary.modality != body.modality:
        return False
    return _compatible(summary, body) and joins(summary, body)


def _combine(a: Event, b: Event, *, evidence: bool = True) -> Event:
    """Merge ``b`` into ``a`` (``a`` is the earlier or richer mention).

    With ``evidence=False`` the evidence spans are left to the caller
    (:class:`_Evidence` joins them once per group: no merging rule reads them).
    """
    update: dict[str, object] = {
        "date": better_date(a.date, b.date),
        "location": better_place(a.location, b.location),
        "rule_ids": list(dict.fromkeys([*a.rule_ids, *b.rule_ids])),
        "provenance": [*a.provenance, *(p for p in b.provenance if p.field not in {q.field for q in a.provenance})],
        "confidence": min(1.0, max(a.confidence, b.confidence) + 0.05),
    }
    if evidence:
        joined = _Evidence(a.evidence)
        joined.add(b)
        update["evidence"] = joined.spans()
    update.update(get_event_type(a.type).combined(a, b))
    return a.model_copy(update=update)


class _Evidence:
    """The evidence of a group of merged mentions, joined as repeated :func:`union_spans` would, in linear time.

    Each added mention contributes its evidence spans not seen before (a
    mention's own repeated spans are kept, as ``union_spans`` keeps them) and
    then its trigger; the spans are sorted by start once, at the end (a stable
    sort, so the order equals that of sorting after every step).
    """

    def __init__(self, first: list[Span]) -> None:
        self.items = list(first)
        self.seen = {(s.start, s.end) for s in first}

    def _extend(self, spans: list[Span]) -> None:
        new = [s for s in spans if (s.start, s.end) not in self.seen]
        self.items.extend(new)
        self.seen.update((s.start, s.end) for s in new)

    def add(self, mention: Event, *, with_trigger: bool = True) -> None:
        """Add a mention merged into the group (its trigger too when ``with_trigger``)."""
        self._extend(mention.evidence)
        if with_trigger and mention.trigger is not None:
            self._extend([mention.trigger])

    def spans(self) -> list[Span]:
        """The joined spans in text order."""
        return sorted(self.items, key=lambda s: s.start)


def merge_events(
    events: Sequence[Event],
    *,
    headline_end: int = 0,
    archive: Sequence[tuple[int, int]] = (),
    summaries: Sequence[tuple[int, int]] = (),
) -> list[Event]:
    """Merge mentions of the same occurrence within one document.

    Args:
        events: Candidate events from all extractors, in any order.
        headline_end: Raw offset where the article's headline ends (0: no
            headline). A headline incident or donation merges with the first
            compatible one of the body even when neither is dated or placed
            (or, for donations, when the headline names no party)
            ("Quake Kills 2,000" and "a powerful earthquake killed more than
            2,000 people").
        archive: Raw ``(start, end)`` of the captions of archive photos
            ("FILE - ..."). One dated more than a week before the article
            shows an earlier occasion: it merges with a mention outside such
            captions only when that one is dated too (and the dates agree),
            so an undated mention of today's meeting never takes the old
            photo's day and place.
        summaries: Raw ``(start, end)`` of the body lines that only sum up a
            later paragraph (a summary list's bullets, a live entry's
            heading). A mention there is read as a headline's against a
            body mention of its modality, and, while no body mention has
            joined it, joins the first one its type's ``summary_joins``
            takes ("- Police fired tear gas at protesters in X late
            Thursday." and "Riot police fired tear gas ... in X late
            Thursday"); two summary mentions are compared as body ones. A
            body mention whose sentence opens on another occurrence
            (provenance note ``OPENS_APART``: "Separately, gunmen attacked
            ...") joins no summary line's mention.

    Returns:
        One event per occurrence, with the union of its evidence.
    """
    ordered = sorted(events, key=lambda e: (e.type, e.trigger.start if e.trigger else 0))
    merged: list[Event] = []
    first = 0  # the kept events of the current type start here (only they can merge with it)
    index: dict[str, set[int]] = {}  # blocking key -> kept events (of the current type) that have it
    evidence: dict[int, _Evidence] = {}  # kept event -> the evidence of its group, joined at the end
    lone: set[int] = set()  # kept events that are headline mentions no body mention has joined yet
    for event in ordered:
        if merged and merged[-1].type != event.type:
            first, index, lone = len(merged), {}, set()
        keys_of = get_event_type(event.type).merge_keys
        in_headline = event.trigger is not None and event.trigger.start < headline_end
        in_summary = not in_headline and _within(event, summaries)
        candidates = range(first, len(merged)) if keys_of is None else _candidates(index, keys_of(event), lone)
        archived = _within(event, archive)
        for i in candidates:
            kept = merged[i]
            if archived != _within(kept, archive) and _earlier_occasion(
                kept if archived else event, event if archived else kept
            ):
                continue  # "FILE - X meets Y in London, Feb. 2, 2022." is not today's undated meeting
            kept_headline = kept.trigger is not None and kept.trigger.start < headline_end
            kept_summary = not kept_headline and _within(kept, summaries)
            # a summary line and a body line of one modality are compared as a headline and its lede
            summing = (
                in_summary != kept_summary and not (in_headline or kept_headline) and kept.modality == event.modality
            )
            if summing and not (_places_told(event, kept) if in_summary else _places_told(kept, event)):
                continue  # "- ... in Tegucigalpa" and "... in Honduras" told of another town: not shown one
            if summing and _opens_apart(kept if in_summary else event):
                continue  # "Separately, gunmen attacked ..." under an entry's heading: not what the heading sums up
            headline = in_headline or kept_headline or summing
            if _mergeable(kept, event, headline=headline) or (
                # a headline mention is the lede's summary in its own words: it joins the first body mention
                i in lone
                and not in_headline
                and (_joins_headline(kept, event) if kept_headline else not in_summary and _joins_summary(kept, event))
            ):
                merged[i] = _combine(kept, event, evidence=False)
                if i not in evidence:
                    evidence[i] = _Evidence(kept.evidence)
                evidence[i].add(event, with_trigger=kept.trigger is not None)
                if not in_headline and (not in_summary or kept_headline):
                    lone.discard(i)  # (a summary line joining the headline's mention ends its wait, as a lede does)
                break
        else:
            i = len(merged)
            merged.append(event)
            if in_headline or in_summary:
                lone.add(i)
        if keys_of is not None:  # the merged event may have gained keys (a longer participant list)
            for key in keys_of(merged[i]):
                index.setdefault(key, set()).add(i)
    for i, joined in evidence.items():
        merged[i] = merged[i].model_copy(update={"evidence": joined.spans()})
    return merged


#: How many days before the publication an archive photo's day must lie to show an earlier occasion.
_ARCHIVE_DAYS = 7


def _opens_apart(body: Event) -> bool:
    """A body mention whose sentence opens on another occurrence ("Separately, ...", "In another incident, ...")."""
    return any(p.note == OPENS_APART for p in body.provenance)


def _places_told(summary: Event, body: Event) -> bool:
    """The summary line's place is the body mention's: none, the same name, a gazetteer's nesting, or told.

    A summary list tells many occurrences, of one country or none placed,
    so a body mention with no place or a wider one ("Honduras") takes a
    line's place only when its own sentence names it ("Riot police fired
    tear gas ... outside the CNE headquarters in Tegucigalpa", read with no
    place, and "- Police fired tear gas ... in Tegucigalpa").
    """
    x, y = summary.location, body.location
    if x is None:
        return True
    if y is not None and (x.name.lower() == y.name.lower() or within(x, y) or within(y, x)):
        return True
    told = any(x.name in span.text for span in body.evidence)
    return told or (y is not None and any(y.name in span.text for span in summary.evidence))


def _earlier_occasion(body: Event, archived: Event) -> bool:
    """An archive caption's event dated well before the article, and a body mention with no date to agree.

    "FILE - X meets Y in London, Feb. 2, 2022." shows an old meeting; a FILE
    photo of the publication week ("FILE - India summoned ... on Sept. 27")
    may show the article's own occasion.
    """
    when = archived.date
    if body.date is not None or when is None or when.anchor is None:
        return False
    return (when.anchor - when.end).days > _ARCHIVE_DAYS


def _within(event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    """The event's trigger lies in one of the raw spans."""
    return event.trigger is not None and any(start <= event.trigger.start < end for start, end in spans)


def _candidates(index: dict[str, set[int]], keys: Iterable[str], lone: set[int]) -> list[int]:
    """The kept events that share a key with an event, and the lone headline mentions, in the order they were kept.

    A headline mention may name the occurrence otherwise than its body does
    ("Taliban officials meet ..." over "Muttaqi met ..."; "attack" over a
    lede's water-cannon confrontation): its type's ``headline_joins``
    decides without the keys.
    """
    return sorted({i for key in keys for i in index.get(key, ())} | lone)


# ------------------------------------------------------------ across documents


def fingerprint(event: Event) -> str:
    """A stable key: type, normalised key arguments and the date at its precision.

    Two mentions of one occurrence in different articles get the same
    fingerprint when their canonical arguments and dates agree.
    """
    parts: list[str] = [event.type, *get_event_type(event.type).fingerprint_parts(event)]
    if event.date is not None:
        parts.append(f"{event.date.start.isoformat()}/{event.date.end.isoformat()}")
    digest = hashlib.sha1("|".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()
    return digest[:16]


def dedupe(events: Sequence[Event]) -> list[Event]:
    """Merge the same event found in many articles, keeping every source.

    Events are grouped by :func:`fingerprint`; the first event of each group is
    kept, with the union of the group's ``sources`` and its highest confidence.
    Evidence spans stay those of the kept event (spans of other articles point
    into other texts).

    Args:
        events: Events from any number of documents (e.g. ``Extraction.events``
            of a whole batch, with ``sources`` set).

    Returns:
        One event per fingerprint, in first-seen order.
    """
    kept: dict[str, Event] = {}
    for event in events:
        key = event.fingerprint or fingerprint(event)
        if key not in kept:
            kept[key] = event.model_copy(update={"fingerprint": key})
            continue
        first = kept[key]
        kept[key] = first.model_copy(
            update={
                "sources": list(dict.fromkeys([*first.sources, *event.sources])),
                "confidence": max(first.confidence, event.confidence),
            }
        )
    return list(kept.values())
