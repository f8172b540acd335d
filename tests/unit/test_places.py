"""Place names to typed places."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

from eventkit.models import PlaceKind
from eventkit.normalize.places import lexicon, resolve_place

if TYPE_CHECKING:
    from spacy.language import Language

    from eventkit.api import Extractor

# (text, name, kind, country)
PLACE_CASES = [
    # countries
    pytest.param("the Philippines", "Philippines", PlaceKind.COUNTRY, "PHL", id="country-leading-the"),
    pytest.param("Belarus", "Belarus", PlaceKind.COUNTRY, "BLR", id="country"),
    pytest.param("U.S.", "U.S.", PlaceKind.COUNTRY, "USA", id="country-abbreviation"),
    pytest.param("Georgia", "Georgia", PlaceKind.COUNTRY, "GEO", id="country-beats-us-state"),
    pytest.param("South Africa's", "South Africa", PlaceKind.COUNTRY, "ZAF", id="country-possessive"),
    # cities
    pytest.param("Beijing", "Beijing", PlaceKind.CITY, "CHN", id="capital-city"),
    pytest.param("Kaduna state", "Kaduna state", PlaceKind.REGION, "NGA", id="city-admin-word"),
    pytest.param("New York State", "New York State", PlaceKind.REGION, "USA", id="state-admin-word"),
    pytest.param("Manchester city", "Manchester", PlaceKind.CITY, "GBR", id="city-settlement-word"),
    pytest.param("Kuwait City", "Kuwait City", PlaceKind.CITY, "KWT", id="city-in-the-name"),
    pytest.param("Sanya", "Sanya", PlaceKind.CITY, "CHN", id="city"),
    pytest.param("Kiev", "Kiev", PlaceKind.CITY, "UKR", id="city-other-name"),
    pytest.param("Washington", "Washington", PlaceKind.CITY, "USA", id="washington-city-over-state"),
    pytest.param("New York", "New York", PlaceKind.CITY, "USA", id="new-york-city-over-state"),
    pytest.param("the Hague", "The Hague", PlaceKind.CITY, "NLD", id="article-part-of-name"),
    pytest.param("Brussels", "Brussels", PlaceKind.CITY, "BEL", id="brussels-is-a-city"),
    # US states
    pytest.param("California", "California", PlaceKind.REGION, "USA", id="us-state"),
    pytest.param("Texas", "Texas", PlaceKind.REGION, "USA", id="us-state-texas"),
    # first-level subdivisions (pycountry)
    pytest.param("Borno", "Borno", PlaceKind.REGION, "NGA", id="subdivision-state"),
    pytest.param("Queensland", "Queensland", PlaceKind.REGION, "AUS", id="subdivision-australian-state"),
    pytest.param("Eastern Cape", "Eastern Cape", PlaceKind.REGION, "ZAF", id="subdivision-with-a-compass-word"),
    pytest.param("Punjab", "Punjab", PlaceKind.REGION, None, id="subdivision-of-two-countries"),
    # seas, regions, features from the lexicon
    pytest.param("the South China Sea", "South China Sea", PlaceKind.SEA, None, id="south-china-sea"),
    pytest.param("West Philippine Sea", "West Philippine Sea", PlaceKind.SEA, "PHL", id="west-philippine-sea"),
    pytest.param("Spratly Islands", "Spratly Islands", PlaceKind.REGION, None, id="spratlys-disputed"),
    pytest.param("Ayungin Shoal", "Ayungin Shoal", PlaceKind.SEA, None, id="alias"),
    pytest.param("the Black Sea", "Black Sea", PlaceKind.SEA, None, id="black-sea"),
    pytest.param("Red Sea", "Red Sea", PlaceKind.SEA, None, id="red-sea"),
    pytest.param("the Gaza Strip", "Gaza Strip", PlaceKind.REGION, "PSE", id="gaza-strip"),
    pytest.param("West Bank", "West Bank", PlaceKind.REGION, "PSE", id="west-bank"),
    # by feature word
    pytest.param("Manila Bay", "Manila Bay", PlaceKind.SEA, None, id="suffix-bay"),
    pytest.param("Gulf of Aden", "Gulf of Aden", PlaceKind.SEA, None, id="feature-of"),
    pytest.param("Indian Ocean", "Indian Ocean", PlaceKind.SEA, None, id="ocean-has-no-country"),
    pytest.param("Hainan Province", "Hainan Province", PlaceKind.REGION, None, id="province"),
    # facilities
    pytest.param(
        "the Diaoyutai State Guesthouse", "Diaoyutai State Guesthouse", PlaceKind.FACILITY, None, id="guesthouse"
    ),
    pytest.param("Shangri-La Hotel", "Shangri-La Hotel", PlaceKind.FACILITY, None, id="hotel"),
    pytest.param("Great Hall of the People", "Great Hall of the People", PlaceKind.FACILITY, "CHN", id="listed-hall"),
    pytest.param(
        "Beijing Capital International Airport",
        "Beijing Capital International Airport",
        PlaceKind.FACILITY,
        "CHN",
        id="airport-country-from-first-word",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind", "country"), PLACE_CASES)
def test_resolve_place(text: str, name: str, kind: PlaceKind, country: str | None) -> None:
    place = resolve_place(text)
    assert place is not None
    assert (place.name, place.kind, place.country) == (name, kind, country)
    assert place.span is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("May", id="month"),
        pytest.param("March", id="month-that-is-a-town"),
        pytest.param("Monday", id="weekday"),
        pytest.param("the EU", id="eu"),
        pytest.param("Xinhua", id="news-agency"),
        pytest.param("Chinese", id="demonym"),
        pytest.param("Lukashenko", id="person"),
        pytest.param("beijing", id="lowercase-city"),
        pytest.param("Sea", id="feature-word-alone"),
        pytest.param("", id="empty"),
        pytest.param("2023", id="number"),
        pytest.param("Islamic State", id="admin-word-after-a-non-place"),
        pytest.param("Niger state", id="admin-word-after-a-country-is-not-that-country"),
        pytest.param("North West", id="subdivision-named-only-by-compass-words"),
    ],
)
def test_resolve_place_none(text: str) -> None:
    assert resolve_place(text) is None


def test_city_has_coordinates() -> None:
    place = resolve_place("Manila")
    assert place is not None
    assert place.latitude is not None and 14 < place.latitude < 15
    assert place.longitude is not None and 120 < place.longitude < 122


def test_facility_city_left_to_caller_unless_listed() -> None:
    guesthouse = resolve_place("Diaoyutai State Guesthouse")
    assert guesthouse is not None and guesthouse.city is None
    kremlin = resolve_place("the Kremlin")
    assert kremlin is not None and (kremlin.kind, kremlin.city, kremlin.country) == (
        PlaceKind.FACILITY,
        "Moscow",
        "RUS",
    )


def test_lexicon_loads() -> None:
    lex = lexicon()
    assert any(entry.name == "South China Sea" for entry in lex.places)


def test_lookups_are_fast_once_loaded() -> None:
    resolve_place("Beijing")
    start = time.process_time()  # CPU time: a guard against a lookup that scans, not a speed target
    for _ in range(1000):
        resolve_place("Minsk")
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize(
    ("written", "name", "country"),
    [("NAIROBI", "Nairobi", "KEN"), ("NEW YORK", "New York", "USA"), ("USA", "USA", "USA"), ("DPRK", "DPRK", "PRK")],
)
def test_a_datelines_capitals_are_written_in_their_usual_case(written: str, name: str, country: str) -> None:
    place = resolve_place(written)
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    ("name", "prefer", "country"),
    [
        ("Valencia", frozenset(), "VEN"),
        ("Valencia", frozenset({"ESP"}), "ESP"),
        ("Hyderabad", frozenset({"PAK"}), "PAK"),
        ("Paris", frozenset({"USA"}), "FRA"),  # Paris, Texas is too small to be meant by the name alone
        ("Bali", frozenset({"IDN"}), "IDN"),  # a province (second-level in pycountry), not the town in India
        ("Punjab", frozenset({"PAK"}), "PAK"),  # India and Pakistan both have one
        ("Ontario", frozenset({"CAN"}), "CAN"),  # not the city in California
    ],
)
def test_a_shared_city_name_is_the_one_of_the_texts_countries(name: str, prefer: frozenset[str], country: str) -> None:
    place = resolve_place(name, prefer)
    assert place is not None and place.country == country


def test_a_city_of_the_story_country_is_the_incidents_place(extractor: Extractor) -> None:
    """ "Floods in Spain ... in Valencia": Valencia, Spain (not the larger Valencia, Venezuela)."""
    text = "Floods in Spain\n\nFloods killed three people in Valencia on Monday, Spain's emergency service said."
    (incident,) = extractor.extract(text, published="2026-10-20").incidents
    assert incident.location is not None and incident.location.country == "ESP"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("the Maiduguri-Damaturu highway", "NGA"),
        ("Kabul-Jalalabad road", "AFG"),
        ("Paris-Berlin railway", None),  # two countries
        ("Foo-Bar road", None),  # unknown ends
    ],
)
def test_a_road_named_for_its_two_ends_lies_in_their_country(name: str, country: str | None) -> None:
    place = resolve_place(name)
    assert (place.country if place is not None else None) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the larger place written with a name says whose it is, whatever the gazetteers' largest namesake
        ("A ferry capsized off Bali, Indonesia, on Sunday, killing nine people.", "Bali", "IDN"),
        ("An earthquake struck near Ontario, California, on Monday, injuring two people.", "Ontario", "USA"),
        ("A gunman killed three people in Victoria, British Columbia, on Friday.", "Victoria", "CAN"),
    ],
)
def test_a_place_written_with_its_country_is_in_that_country(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    (incident,) = extractor.extract(text, published="2026-10-20").incidents
    assert incident.location is not None
    assert (incident.location.name, incident.location.country) == (name, country)


def test_a_country_that_speaks_after_a_place_is_not_its_container(extractor: Extractor) -> None:
    """ "in Aleppo, Russia said": Russia is the subject of the saying, Aleppo stays in Syria."""
    text = "Heavy shelling killed 12 soldiers in Aleppo, Russia said on Monday."
    places = [i.location for i in extractor.extract(text, published="2026-10-20").incidents if i.location]
    assert places and all(p.country == "SYR" for p in places)


def test_a_place_after_a_particle_preposition_is_the_incidents(extractor: Extractor) -> None:
    """ "capsized off X", where the parse makes "off" the verb's particle and X its object."""
    (incident,) = extractor.extract(
        "A ferry capsized off Sumbawa on Sunday, killing nine.", published="2026-10-20"
    ).incidents
    assert incident.location is not None and incident.location.name == "Sumbawa"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the recogniser cuts the name at "do"/"del" and tags a part ("Castelo", a town in Brazil)
        (
            "Prime Minister Ana Costa flew to Viana do Castelo on Tuesday, where she met the mayor, Rui Mota.",
            "Viana do Castelo",
            "PRT",
        ),
        ("The minister Ana Costa met Rui Mota in Ponte de Lima on Monday.", "Ponte de Lima", "PRT"),
        # counter-example: a one-word place stays as it was
        ("Ana Costa met Rui Mota in Lisbon on Monday.", "Lisbon", "PRT"),
    ],
)
def test_a_place_named_with_a_small_word_inside_is_one_place(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    """ "in Viana do Castelo": the whole gazetteer name, not a part the recogniser cut at the small word."""
    (meeting,) = extractor.extract(text, published="2026-10-20").meetings
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("The minister spent Monday in Viana do Castelo.", [("Viana do Castelo", "GPE")]),
        # counter-examples: a person with a particle, a body named for a country, two people joined by "and"
        ("Ana de Souza arrived in Lisbon on Monday.", [("Lisbon", "GPE")]),
        ("The Bank of Portugal said inflation had eased.", [("The Bank of Portugal", "ORG")]),
        ("Smith and Jones met in Brookhaven.", [("Brookhaven", "GPE")]),
    ],
)
def test_the_pipeline_tags_a_place_named_with_a_small_word_whole(
    nlp: Language, text: str, ents: list[tuple[str, str]]
) -> None:
    """``place_name_joiners``: capitalised words around "do", "de", "of" ... are one place the gazetteer knows."""
    doc = nlp(text)
    got = [(e.text, e.label_) for e in doc.ents if e.label_ in {"GPE", "ORG", "LOC"}]
    assert all(e in got for e in ents)
    assert not any(e.text in {"Castelo", "Viana"} for e in doc.ents)


@pytest.mark.parametrize(
    "text",
    [
        # the tail of a longer name after a possessive: no country is joined out of it
        "Delegates from the DPRK (Democratic People's Republic of Korea) met Chinese officials in Oslo on Tuesday.",
        "Troops of the DPRK (Democratic People's Republic of Korea) crossed the border on Friday, officials said.",
        # a verb's object: a team as often as a place
        "Santos beat Vasco da Gama on Sunday, and the coach said the referee had cost his side the match.",
    ],
)
def test_a_small_word_name_inside_a_longer_name_or_a_verbs_party_is_not_joined(nlp: Language, text: str) -> None:
    """``place_name_joiners``: no joined place where the phrase runs on from a longer name or is a verb's party."""
    doc = nlp(text)
    joined = {"Republic of Korea", "Vasco da Gama"}
    assert not any(e.text in joined and e.label_ == "GPE" for e in doc.ents)
