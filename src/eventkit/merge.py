"""One event per occurrence: merging the mentions of the same event in a document.

Two events are mentions of one occurrence when they have the same type and:

* meeting: their participant sets overlap and neither is a subset conflict of
  dates (dates must be compatible: one within the other, or one missing);
* donation: same donor and recipient (or one missing; a country and its
  ambassador or ministry count as one party), compatible dates, and
  no conflicting amounts or item quantities;
* incident: same category, compatible dates and places, overlapping actors
  or one without actors;
* statement: same speaker and the content of one contains the other's.

Within a group, each field takes the value of the most specific mention
(dates with the finer precision, places that are facilities over cities over
countries, the longer actor list); evidence spans and rule ids are unioned.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventkit.models import (
    Actor,
    ActorKind,
    Casualties,
    Donation,
    Event,
    Incident,
    Item,
    Meeting,
    Place,
    PlaceKind,
    Precision,
    Span,
    Statement,
    When,
)

__all__ = ["compatible_dates", "dedupe", "fingerprint", "merge_events", "represents", "same_actor"]

_PLACE_RANK = {
    PlaceKind.FACILITY: 5,
    PlaceKind.CITY: 4,
    PlaceKind.REGION: 3,
    PlaceKind.SEA: 3,
    PlaceKind.COUNTRY: 2,
    PlaceKind.OTHER: 1,
}
_PRECISION_RANK = {
    Precision.DAY: 7,
    Precision.RANGE: 6,
    Precision.WEEK: 5,
    Precision.MONTH: 4,
    Precision.QUARTER: 3,
    Precision.YEAR: 2,
    Precision.DECADE: 1,
}


def _actor_keys(actor: Actor) -> set[str]:
    keys = {actor.name.lower()}
    keys.update(a.lower() for a in actor.aliases)
    if actor.country and actor.kind.value == "country":
        keys.add(actor.country.lower())
    return keys


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    """True when two actors are the same (shared name, alias or, for countries, code)."""
    if a is None or b is None:
        return False
    if a.kind.value == "country" and b.kind.value == "country":
        return a.country == b.country
    ka, kb = _actor_keys(a), _actor_keys(b)
    if ka & kb:
        return True
    if a.kind == b.kind == ActorKind.ORGANIZATION:
        # "Central Bank" and "Yemen's central bank", "Defence Ministry" and "the Russian Defence Ministry"
        small, big = sorted((_org_words(a.name), _org_words(b.name)), key=len)
        if len(small) >= 2 and small == big[len(big) - len(small) :]:
            return a.country is None or b.country is None or a.country == b.country
    if a.kind == b.kind == ActorKind.GROUP:
        # "20 students" and "at least 20 students": the same head noun and the same numbers
        wa, wb = a.name.lower().split(), b.name.lower().split()
        nums_a = {w for w in wa if any(ch.isdigit() for ch in w)}
        return (
            bool(wa and wb)
            and wa[-1] == wb[-1]
            and bool(nums_a)
            and nums_a == {w for w in wb if any(ch.isdigit() for ch in w)}
        )
    ta, tb = set(a.name.lower().split()), set(b.name.lower().split())
    return a.kind == b.kind and a.kind.value == "person" and bool(ta) and (ta <= tb or tb <= ta)


def represents(a: Actor | None, b: Actor | None) -> bool:
    """True when two actors stand for the same party in an event.

    The same actor, or a country and a person or organisation of that
    country: "Japan donated ..." and "... handed over by the Japanese
    ambassador" name one donor.
    """
    if a is None or b is None:
        return False
    if same_actor(a, b):
        return True
    agents = {ActorKind.PERSON, ActorKind.ORGANIZATION}
    for country, other in ((a, b), (b, a)):
        if country.kind == ActorKind.COUNTRY and other.kind in agents and other.country is not None:
            return other.country == country.country
    return False


def _org_words(name: str) -> list[str]:
    return [w.strip(".,").removesuffix("'s") for w in name.lower().replace("\u2019", "'").split() if w != "the"]


def compatible_dates(a: When | None, b: When | None) -> bool:
    """True when either date is missing or one period contains the other."""
    if a is None or b is None:
        return True
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _overlap(xs: Sequence[Actor], ys: Sequence[Actor]) -> bool:
    return any(same_actor(x, y) for x in xs for y in ys)


def _mergeable(a: Event, b: Event, *, headline: bool = False) -> bool:
    if a.type != b.type or not compatible_dates(a.date, b.date):
        return False
    if a.modality != b.modality and "negated" in (a.modality.value, b.modality.value):
        return False
    if isinstance(a, Meeting) and isinstance(b, Meeting):
        if not a.participants or not b.participants:
            return False
        if a.date is None or b.date is None:
            # undated mentions merge only when they share every participant of the smaller
            small, big = sorted((a.participants, b.participants), key=len)
            return (all(any(represents(x, y) for y in big) for x in small) and len(small) >= 2) or (
                len(small) == 1 and _overlap(small, big) and (a.date is not None or b.date is not None)
            )
        return _overlap(a.participants, b.participants)
    if isinstance(a, Donation) and isinstance(b, Donation):
        if a.amount and b.amount and abs(a.amount.amount - b.amount.amount) > a.amount.amount / 100:
            return False
        qa = {i.quantity for i in a.items if i.quantity is not None}
        qb = {i.quantity for i in b.items if i.quantity is not None}
        if qa and qb and not qa & qb:
            return False
        if (a.amount is None) != (b.amount is None) and (qa or qb):
            return False
        donors = a.donor is None or b.donor is None or represents(a.donor, b.donor)
        recips = a.recipient is None or b.recipient is None or represents(a.recipient, b.recipient)
        both_known = (a.donor or a.recipient) and (b.donor or b.recipient)
        return bool(donors and recips and (both_known or headline))
    if isinstance(a, Incident) and isinstance(b, Incident):
        if a.category != b.category:
            return False
        # "a protest at Trump Tower" and "a protest in New York City" by the same named
        # party: an unlocated venue may lie in the city; other different places stay apart
        if (
            a.location
            and b.location
            and not _same_place(a.location, b.location)
            and not (_overlap(a.actors, b.actors) and _venue_and_area(a.location, b.location))
        ):
            return False
        if a.date is None and b.date is None and a.location is None and b.location is None and not headline:
            return False  # two bare mentions may be two incidents; a headline names the lede's
        return not a.actors or not b.actors or _overlap(a.actors, b.actors)
    if isinstance(a, Statement) and isinstance(b, Statement):
        if not same_actor(a.speaker, b.speaker):
            return False
        ca, cb = a.content.lower(), b.content.lower()
        return bool(ca and cb) and (ca in cb or cb in ca)
    return False


def _venue_and_area(a: Place, b: Place) -> bool:
    """One place is a venue or unknown name without a country, the other a city or region."""
    vague = {PlaceKind.FACILITY, PlaceKind.OTHER}
    area = {PlaceKind.CITY, PlaceKind.REGION}
    return any(x.kind in vague and x.country is None and y.kind in area for x, y in ((a, b), (b, a)))


def _same_place(a: Place, b: Place) -> bool:
    if a.name.lower() == b.name.lower():
        return True
    return a.country is not None and a.country == b.country and PlaceKind.COUNTRY in (a.kind, b.kind)


def _better_date(a: When | None, b: When | None) -> When | None:
    if a is None or b is None:
        return a or b
    return a if _PRECISION_RANK[a.precision] >= _PRECISION_RANK[b.precision] else b


def _better_place(a: Place | None, b: Place | None) -> Place | None:
    if a is None or b is None:
        return a or b
    return a if _PLACE_RANK[a.kind] >= _PLACE_RANK[b.kind] else b


def _better_items(a: list[Item], b: list[Item]) -> list[Item]:
    """The more specific item list: more quantified items, then more items ("40 generators" over "Generators")."""

    def rank(items: list[Item]) -> tuple[int, int]:
        return sum(i.quantity is not None for i in items), len(items)

    return a if rank(a) >= rank(b) else b


def _better_casualties(a: Casualties | None, b: Casualties | None) -> Casualties | None:
    """The more precise count: exact over approximate, digits over words ("300" over "hundreds")."""
    if a is None or b is None:
        return a or b

    def rank(c: Casualties) -> tuple[bool, bool]:
        return not c.approximate, any(ch.isdigit() for ch in c.text or "")

    return a if rank(a) >= rank(b) else b


def _union_spans(a: list[Span], b: list[Span]) -> list[Span]:
    seen = {(s.start, s.end) for s in a}
    return sorted([*a, *(s for s in b if (s.start, s.end) not in seen)], key=lambda s: s.start)


def _union_actors(a: list[Actor], b: list[Actor]) -> list[Actor]:
    out = list(a)
    for actor in b:
        match = next((i for i, x in enumerate(out) if same_actor(x, actor)), None)
        if match is None:
            out.append(actor)
        else:
            mine = out[match]
            aliases = list(dict.fromkeys([*mine.aliases, *actor.aliases]))
            out[match] = mine.model_copy(update={"aliases": aliases, "mentions": [*mine.mentions, *actor.mentions]})
    return out


def _combine(a: Event, b: Event) -> Event:
    """Merge ``b`` into ``a`` (``a`` is the earlier or richer mention)."""
    update: dict[str, object] = {
        "evidence": _union_spans(a.evidence, b.evidence),
        "date": _better_date(a.date, b.date),
        "location": _better_place(a.location, b.location),
        "rule_ids": list(dict.fromkeys([*a.rule_ids, *b.rule_ids])),
        "provenance": [*a.provenance, *(p for p in b.provenance if p.field not in {q.field for q in a.provenance})],
        "confidence": min(1.0, max(a.confidence, b.confidence) + 0.05),
    }
    if b.trigger is not None and a.trigger is not None:
        update["evidence"] = _union_spans(update["evidence"], [b.trigger])  # type: ignore[arg-type]
    if isinstance(a, Meeting) and isinstance(b, Meeting):
        update["participants"] = _union_actors(a.participants, b.participants)
    elif isinstance(a, Donation) and isinstance(b, Donation):
        update["donor"] = a.donor or b.donor
        update["recipient"] = a.recipient or b.recipient
        update["items"] = _better_items(a.items, b.items)
        update["amount"] = a.amount or b.amount
        update["purpose"] = a.purpose or b.purpose
    elif isinstance(a, Incident) and isinstance(b, Incident):
        update["actors"] = _union_actors(a.actors, b.actors)
        update["targets"] = _union_actors(a.targets, b.targets)
        update["casualties"] = _better_casualties(a.casualties, b.casualties)
        update["description"] = a.description or b.description
    elif isinstance(a, Statement) and isinstance(b, Statement):
        longer = a if len(a.content) >= len(b.content) else b
        update["content"] = longer.content
        update["content_span"] = longer.content_span
        update["reported_by"] = a.reported_by or b.reported_by
    return a.model_copy(update=update)


def merge_events(events: Sequence[Event], *, headline_end: int = 0) -> list[Event]:
    """Merge mentions of the same occurrence within one document.

    Args:
        events: Candidate events from all extractors, in any order.
        headline_end: Raw offset where the article's headline ends (0: no
            headline). A headline incident or donation merges with the first
            compatible one of the body even when neither is dated or placed
            (or, for donations, when the headline names no party)
            ("Quake Kills 2,000" and "a powerful earthquake killed more than
            2,000 people").

    Returns:
        One event per occurrence, with the union of its evidence.
    """
    ordered = sorted(events, key=lambda e: (e.type.value, e.trigger.start if e.trigger else 0))
    merged: list[Event] = []
    for event in ordered:
        for i, kept in enumerate(merged):
            in_headline = any(e.trigger is not None and e.trigger.start < headline_end for e in (kept, event))
            if _mergeable(kept, event, headline=in_headline):
                merged[i] = _combine(kept, event)
                break
        else:
            merged.append(event)
    return merged


# ------------------------------------------------------------ across documents


def _actor_key(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    if actor.kind.value == "country" and actor.country:
        return actor.country
    return " ".join(actor.name.lower().split())


def fingerprint(event: Event) -> str:
    """A stable key: type, normalised key arguments and the date at its precision.

    Two mentions of one occurrence in different articles get the same
    fingerprint when their canonical arguments and dates agree.
    """
    import hashlib

    parts: list[str] = [event.type.value]
    if isinstance(event, Meeting):
        parts.append(",".join(sorted(_actor_key(a) for a in event.participants)))
    elif isinstance(event, Donation):
        parts += [_actor_key(event.donor), _actor_key(event.recipient)]
        if event.amount is not None:
            parts.append(f"{event.amount.currency}{event.amount.amount.normalize():f}")
    elif isinstance(event, Incident):
        parts.append(event.category.value)
        if event.location is not None:
            parts.append(event.location.country or event.location.name.lower())
    elif isinstance(event, Statement):
        parts.append(_actor_key(event.speaker))
        parts.append(" ".join(event.content.lower().split()[:8]))
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
