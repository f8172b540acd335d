"""When two mentions are the same: actors, dates and places, and the better of two values.

These identity rules are shared by the extractors (an actor already named),
by the event-type specs (when two mentions of a type are one occurrence,
:mod:`eventkit.event_types`) and by merging (:mod:`eventkit.merge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventkit.lexicons import load_yaml, per_resources
from eventkit.models import Actor, ActorKind, Casualties, Event, Item, Place, PlaceKind, Precision, Span, When
from eventkit.normalize.countries import name_key
from eventkit.normalize.mentions import armed_forces_of
from eventkit.normalize.names import clean_name
from eventkit.normalize.places import within

__all__ = [
    "actor_key",
    "better_casualties",
    "better_date",
    "better_items",
    "better_place",
    "compatible_dates",
    "compatible_places",
    "different_storms",
    "overlap",
    "recalled_by_year",
    "represents",
    "same_actor",
    "same_place",
    "short_form",
    "union_actors",
    "union_spans",
]

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
    if a.country is not None and a.country == b.country and armed_forces_of(a.name) and armed_forces_of(b.name):
        return True  # "Russian forces" and "the Russian military"
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


def actor_keys(actor: Actor | None) -> set[str]:
    """Keys two actors share whenever :func:`same_actor` or :func:`represents` holds (a blocking key).

    The name, aliases, name words, organisation words and country code: actors
    with no key in common are never the same, so merging compares only
    actors (and events) that share one.
    """
    if actor is None:
        return set()
    keys = {f"k:{k}" for k in _actor_keys(actor)}
    keys.update(f"w:{w}" for w in actor.name.lower().split())
    keys.update(f"o:{w}" for w in _org_words(actor.name))
    if actor.kind.value == "country" or actor.country is not None:
        keys.add(f"c:{actor.country}")
    return keys


def _org_words(name: str) -> list[str]:
    return [w.strip(".,").removesuffix("'s") for w in name.lower().replace("\u2019", "'").split() if w != "the"]


def compatible_dates(a: When | None, b: When | None) -> bool:
    """True when either date is missing or one period contains the other."""
    if a is None or b is None:
        return True
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def overlap(xs: Sequence[Actor], ys: Sequence[Actor]) -> bool:
    """True when some actor of one list is the same as some actor of the other."""
    return any(same_actor(x, y) for x in xs for y in ys)


def same_place(a: Place, b: Place) -> bool:
    """True for the same name, a place and its own country, or a city and its region ("Fresno", "California")."""
    if a.name.lower() == b.name.lower():
        return True
    if a.country is not None and a.country == b.country and PlaceKind.COUNTRY in (a.kind, b.kind):
        return True
    return within(a, b) or within(b, a)


#: Words that link a place name's parts ("Gulf *of* Oman"): not a word that tells two places apart.
_LINK_WORDS = frozenset({"of", "the"})


def short_form(a: Place, b: Place) -> bool:
    """``a``'s name is ``b``'s with words left out, and no two countries set them apart.

    "Gulf" of "Gulf of Oman", "Hormuz" of "the Strait of Hormuz"; not "Sudan"
    of "South Sudan" (two countries).
    """
    if a.country is not None and b.country is not None and a.country != b.country:
        return False
    words_a, words_b = (set(name_key(p.name).split()) - _LINK_WORDS for p in (a, b))
    return bool(words_a) and words_a < words_b


def better_date(a: When | None, b: When | None) -> When | None:
    """The more precise of two dates (either when one is missing)."""
    if a is None or b is None:
        return a or b
    return a if _PRECISION_RANK[a.precision] >= _PRECISION_RANK[b.precision] else b


def better_place(a: Place | None, b: Place | None) -> Place | None:
    """The more specific of two places: facility over city over region over country."""
    if a is None or b is None:
        return a or b
    if _PLACE_RANK[a.kind] == _PLACE_RANK[b.kind] and short_form(a, b):
        return b  # "the Gulf of Oman" over a headline's "Gulf"
    return a if _PLACE_RANK[a.kind] >= _PLACE_RANK[b.kind] else b


def better_items(a: list[Item], b: list[Item]) -> list[Item]:
    """The more specific item list: more quantified items, then more items ("40 generators" over "Generators")."""

    def rank(items: list[Item]) -> tuple[int, int]:
        return sum(i.quantity is not None for i in items), len(items)

    return a if rank(a) >= rank(b) else b


def better_casualties(a: Casualties | None, b: Casualties | None) -> Casualties | None:
    """The more precise count: exact over approximate, digits over words ("300" over "hundreds").

    A kind of casualty only the other mention counts is added to it ("Two
    killed" in one mention, "five others wounded" in another: both).
    """
    if a is None or b is None:
        return a or b

    def rank(c: Casualties) -> tuple[bool, bool]:
        return not c.approximate, any(ch.isdigit() for ch in c.text or "")

    best, other = (a, b) if rank(a) >= rank(b) else (b, a)
    kinds = ("killed", "injured", "missing")
    filled = {k: getattr(other, k) for k in kinds if getattr(best, k) is None and getattr(other, k) is not None}
    if not filled:
        return best
    text = "; ".join(t for t in (best.text, other.text) if t)
    return best.model_copy(update={**filled, "approximate": best.approximate or other.approximate, "text": text})


def union_spans(a: list[Span], b: list[Span]) -> list[Span]:
    """The spans of both lists, each once, in text order."""
    seen = {(s.start, s.end) for s in a}
    return sorted([*a, *(s for s in b if (s.start, s.end) not in seen)], key=lambda s: s.start)


def union_actors(a: list[Actor], b: list[Actor]) -> list[Actor]:
    """The actors of both lists, the same actor once with its aliases and mentions joined."""
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


def actor_key(actor: Actor | None) -> str:
    """A normalised key of an actor for fingerprints: a country's code, else its cleaned, lower-cased name."""
    if actor is None:
        return "-"
    if actor.kind.value == "country" and actor.country:
        return actor.country
    return clean_name(actor.name).lower()


def compatible_places(a: Place | None, b: Place | None) -> bool:
    """True when either place is missing or both name the same place (a city and its country agree)."""
    return a is None or b is None or same_place(a, b)


def recalled_by_year(when: When | None) -> bool:
    """A date given by its year alone ("In 2016, ...", "Last year's floods ..."): a mention recalling the past.

    Beside an undated mention of a news story (today's occurrence), such a
    mention is another, earlier occurrence.
    """
    return when is not None and when.precision == Precision.YEAR


#: Precisions of a period that holds many days: a month, a year.
_PERIODS = frozenset({Precision.WEEK, Precision.MONTH, Precision.QUARTER, Precision.YEAR, Precision.DECADE})


def recalled_period(a: Event, b: Event) -> bool:
    """A later mention dated by a period that opens its sentence, after one dated to the day: an earlier incident.

    "Gunmen opened fire on a food convoy on Tuesday ... Last month, gunmen
    attacked a hospital in X": the day falls in last month, but a text
    going back to the same attack would not date it anew by the month it
    was in; the fronted period recalls another one.
    """
    if a.trigger is None or b.trigger is None:
        return False
    first, later = (a, b) if a.trigger.start <= b.trigger.start else (b, a)
    if first.date is None or later.date is None or first.date.precision != Precision.DAY:
        return False
    trigger = later.trigger
    if later.date.precision not in _PERIODS or trigger is None:
        return False
    span = next((p.span for p in later.provenance if p.field == "date" and p.span is not None), None)
    sentence = next((e for e in later.evidence if e.start <= trigger.start < e.end), None)
    return span is not None and sentence is not None and span.start == sentence.start


def different_storms(a: Event, b: Event) -> bool:
    """Two mentions whose evidence names different storms ("Storm Greta" and "Storm Fenella"; ``storm_name_words``)."""
    names_a, names_b = _storm_names(a), _storm_names(b)
    return bool(names_a) and bool(names_b) and not names_a & names_b


@per_resources
def _storm_pattern() -> re.Pattern[str] | None:
    """A storm word and the capitalised name after it ("Storm Greta", "Hurricane Milton"), compiled once."""
    words = load_yaml("lexicons/incident_triggers.en.yaml").get("storm_name_words") or []
    if not words:
        return None
    alternatives = "|".join(re.escape(str(w)) for w in words)
    return re.compile(rf"\b(?i:{alternatives}) ([A-Z][a-z]+)\b")


def _storm_names(event: Event) -> set[str]:
    """The storms an event's evidence names ("storm greta", "hurricane milton"), lower-cased."""
    pattern = _storm_pattern()
    if pattern is None:
        return set()
    return {m.group(0).lower() for span in event.evidence for m in pattern.finditer(span.text)}
