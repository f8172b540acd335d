"""Whole wire-copy articles of kinds the development gold does not hold: an accident, unrest, a
maritime confrontation with a reaction, a flood with aid pledges.

The articles are written for these tests (headline, dateline, caption and
newsletter boilerplate included) and run through the real pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from eventkit.models import ActorKind, IncidentCategory

if TYPE_CHECKING:
    from eventkit.api import Extractor
    from eventkit.models import Incident, Meeting

BUS_CRASH = "\n\n".join(
    [
        "Bus Crash Kills 12 in Northern Peru",
        "LIMA, Oct. 9 (Reuters) - A bus plunged into a ravine in the Andean region of Cajamarca on Wednesday, "
        "killing 12 passengers and injuring 25 others, police said.",
        "The vehicle was travelling from Chota to Lima when it veered off the road in heavy rain, "
        "according to local authorities.",
        "Separately, protesters clashed with police in the southern city of Arequipa on Tuesday night, "
        "leaving two officers wounded.",
        "Image: Rescuers at the crash site. (Photo: AFP)",
        "Subscribe to our newsletter for daily updates.",
    ]
)

SHOAL = "\n\n".join(
    [
        "Coast Guard Fires Water Cannon at Supply Boat",
        "MANILA - A Chinese coast guard ship fired a water cannon at a Philippine supply boat near "
        "Second Thomas Shoal on Saturday, the Philippine military said.",
        'The United States, which has a mutual defence treaty with Manila, condemned the "dangerous manoeuvres". '
        "Last month, the U.S. donated four patrol boats worth $20 million to the Philippine navy.",
    ]
)

FLOODS = "\n\n".join(
    [
        "Floods displace thousands in Nigeria",
        "ABUJA, Sept 12 - Heavy flooding in Nigeria's Borno state has killed at least 30 people, "
        "the National Emergency Management Agency said on Thursday.",
        "The European Union announced €5 million in humanitarian aid for flood victims, while the "
        "World Food Programme delivered 200 tonnes of food to camps in Maiduguri.",
    ]
)


@pytest.fixture(scope="module")
def crash(extractor: Extractor) -> list[Incident]:
    return extractor.extract(BUS_CRASH, published="2024-10-09").incidents


def test_a_road_accident_is_found_with_its_casualties(crash: list[Incident]) -> None:
    accident = next(i for i in crash if i.category == IncidentCategory.ACCIDENT)
    assert accident.casualties is not None
    assert (accident.casualties.killed, accident.casualties.injured) == (12, 25)
    assert accident.date is not None and accident.date.start == dt.date(2024, 10, 9)
    assert accident.location is not None and accident.location.country == "PER"
    # a country named in the headline is where it happened, not a party to it
    assert all(a.kind != ActorKind.COUNTRY for a in accident.actors)


def test_protesters_clashing_with_police_is_unrest_with_both_parties(crash: list[Incident]) -> None:
    clash = next(i for i in crash if i.trigger.text == "clashed")
    assert clash.category == IncidentCategory.RIOT
    assert {"protesters", "police"} <= {a.name for a in clash.actors}
    # "Tuesday night": a DATE followed by a TIME is one date expression
    assert clash.date is not None and clash.date.start == dt.date(2024, 10, 8)
    assert clash.casualties is not None and clash.casualties.injured == 2  # "leaving two officers wounded"
    assert clash.location is not None and clash.location.name == "Arequipa"


def test_no_event_comes_from_captions_or_boilerplate(extractor: Extractor) -> None:
    events = extractor.extract(BUS_CRASH, published="2024-10-09").events
    caption = BUS_CRASH.index("Image:")
    assert all(e.trigger is None or e.trigger.start < caption for e in events)


def test_a_country_condemning_an_incident_is_not_its_actor(extractor: Extractor) -> None:
    incidents = extractor.extract(SHOAL, published="2024-08-10").incidents
    assert incidents, "the water cannon incident is found"
    for incident in incidents:
        assert "United States" not in {a.name for a in incident.actors}
    cannon = next(i for i in incidents if i.category == IncidentCategory.MARITIME)
    assert "China" in {a.name for a in cannon.actors}


def test_a_recipient_the_parser_hangs_on_worth_is_found(extractor: Extractor) -> None:
    (boats,) = extractor.extract(SHOAL, published="2024-08-10").donations
    assert boats.donor is not None and boats.donor.country == "USA"
    assert boats.recipient is not None and boats.recipient.country == "PHL"
    assert boats.amount is not None and boats.amount.amount == 20_000_000
    assert boats.items and boats.items[0].quantity == 4
    assert boats.date is not None and boats.date.start == dt.date(2024, 7, 1)  # "Last month"


def test_an_amount_in_aid_and_a_disaster_without_actors(extractor: Extractor) -> None:
    result = extractor.extract(FLOODS, published="2024-09-12")
    pledge = next(d for d in result.donations if d.amount is not None)
    assert pledge.amount is not None and (pledge.amount.amount, pledge.amount.currency) == (5_000_000, "EUR")
    assert pledge.donor is not None and pledge.donor.name == "European Union"
    food = next(d for d in result.donations if d.items)
    assert food.items[0].quantity == 200
    flood = next(i for i in result.incidents if i.category == IncidentCategory.DISASTER)
    assert flood.actors == []  # the flooding is the event, not a party to it
    assert flood.casualties is not None and flood.casualties.killed == 30


MINISTERS = "\n\n".join(
    [
        "India, Australia Hold Talks on Critical Minerals",
        "By Staff Reporter | Updated: March 3, 2025 10:15 IST",
        "NEW DELHI: Indian External Affairs Minister S. Jaishankar held talks with his Australian counterpart "
        "Penny Wong in New Delhi on Monday, focusing on critical minerals and maritime security.",
        "Earlier, Modi spoke by phone with French President Emmanuel Macron about the war in Ukraine.",
        "Read more: [India-Australia ties](https://example.com/ties)",
    ]
)


@pytest.fixture(scope="module")
def ministers(extractor: Extractor) -> list[Meeting]:
    return extractor.extract(MINISTERS).meetings


def test_headline_and_lede_are_one_meeting_with_the_named_counterpart(ministers: list[Meeting]) -> None:
    talks = next(m for m in ministers if m.kind.value == "talks")
    names = {a.name for a in talks.participants}
    assert {"S. Jaishankar", "Penny Wong"} <= names
    assert "Talks" not in names  # the headline's trigger noun is no participant
    wong = next(a for a in talks.participants if a.name == "Penny Wong")
    assert wong.country == "AUS"  # "his Australian counterpart Penny Wong"
    assert talks.date is not None and talks.date.start == dt.date(2025, 3, 3)  # byline date, "on Monday"
    assert talks.location is not None and talks.location.name == "New Delhi"
    assert len([m for m in ministers if m.kind.value == "talks"]) == 1


def test_speaking_by_phone_is_a_call(ministers: list[Meeting]) -> None:
    call = next(m for m in ministers if m.kind.value == "call")
    assert {"Emmanuel Macron"} <= {a.name for a in call.participants}
    assert call.trigger is not None and call.trigger.text == "spoke by phone"


def test_speaking_about_a_war_does_not_make_the_speaker_a_belligerent(extractor: Extractor) -> None:
    for incident in extractor.extract(MINISTERS).incidents:
        assert "Narendra Modi" not in {a.name for a in incident.actors}
        assert "Modi" not in {a.name for a in incident.actors}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police arrested 40 people after clashes broke out at a rally in Nairobi on Saturday.", "riot"),
        ("Government troops clashed with rebels near the northern town of Kaya on Saturday.", "armed_conflict"),
        ("A fire at a factory in Dhaka killed at least nine workers on Friday.", "accident"),
        ("Two cargo ships collided off the coast of Singapore early on Monday, officials said.", "maritime"),
    ],
)
def test_categories_of_unrest_war_accidents_and_collisions(extractor: Extractor, text: str, category: str) -> None:
    (incident,) = extractor.extract(text, published="2024-05-06").incidents
    assert incident.category.value == category


GRANT = "\n\n".join(
    [
        "Gulf State Signs Grant for Central Bank",
        "ADEN, Aug 1 (Reuters) - Saudi Arabia signed an agreement on Tuesday to provide a $100 million grant "
        "to Yemen's central bank to support the government's budget, state media reported.",
    ]
)

KIDNAP = "\n\n".join(
    [
        "Gunmen kidnap 20 students in northwest Nigeria",
        "KADUNA, Nigeria, March 7 (AP) - Gunmen abducted at least 20 students from a school in Kaduna state "
        "early Thursday, police said.",
    ]
)


def test_a_grant_signed_in_an_agreement_takes_its_date_and_no_money_item(extractor: Extractor) -> None:
    (grant,) = extractor.extract(GRANT, published="2023-08-03").donations
    assert grant.amount is not None and grant.amount.amount == 100_000_000
    assert grant.items == []  # "a $100 million grant" is the amount, not a gift item
    assert grant.date is not None and grant.date.start == dt.date(2023, 8, 1)  # "signed ... on Tuesday"
    assert grant.donor is not None and grant.donor.country == "SAU"


def test_a_state_of_a_country_is_the_place_and_counted_victims_are_one_target(extractor: Extractor) -> None:
    (kidnap,) = extractor.extract(KIDNAP, published="2024-03-07").incidents
    assert kidnap.location is not None and kidnap.location.name == "Kaduna state"
    assert kidnap.location.country == "NGA"
    assert [t.name for t in kidnap.targets] in (["20 students"], ["at least 20 students"])


def test_money_alone_is_a_grant_without_items(extractor: Extractor) -> None:
    (pledge,) = extractor.extract(
        "Germany will contribute 50 million euros to the climate fund, the environment minister announced.",
        published="2024-05-06",
    ).donations
    assert pledge.kind.value == "grant" and pledge.items == []
    assert pledge.amount is not None and (pledge.amount.amount, pledge.amount.currency) == (50_000_000, "EUR")
    assert pledge.modality.value == "planned"


def test_coordinated_nationalities_are_two_parties_and_force_against_protesters_is_unrest(
    extractor: Extractor,
) -> None:
    (clash,) = extractor.extract(
        "Indian and Chinese troops clashed along the disputed border in June 2020.", published="2024-05-06"
    ).incidents
    assert {(a.name, a.country) for a in clash.actors} == {("Indian troops", "IND"), ("Chinese troops", "CHN")}
    assert clash.date is not None and clash.date.start == dt.date(2020, 6, 1)
    (located,) = extractor.extract(
        "Indian and Chinese troops clashed along the disputed border in the Galwan Valley.", published="2024-05-06"
    ).incidents
    assert located.location is not None and located.location.name == "Galwan Valley"  # "along ... in ..."
    (gas,) = extractor.extract(
        "Police fired tear gas at demonstrators in Nairobi on Tuesday.", published="2024-05-06"
    ).incidents
    assert gas.category == IncidentCategory.RIOT
    assert [t.name for t in gas.targets] == ["demonstrators"]


@pytest.mark.parametrize(
    ("text", "location", "date", "modality"),
    [
        # the host frame's "to <place>"; a possessor of a person is not the place
        (
            "Prime Minister Anthony Albanese welcomed New Zealand's Christopher Luxon to Canberra on Friday.",
            "Canberra",
            dt.date(2024, 5, 3),
            "asserted",
        ),
        # "the President of Argentina" is an office, not where they met
        (
            "The Pope received the President of Argentina at the Vatican on Monday.",
            "Vatican",
            dt.date(2024, 5, 6),
            "asserted",
        ),
        # an infinitive of purpose takes the date and place of its travel clause
        (
            "Erdogan will travel to Washington next month to meet President Biden, a Turkish official said.",
            "Washington",
            dt.date(2024, 6, 1),
            "planned",
        ),
    ],
)
def test_meeting_place_date_and_modality_from_the_frame(
    extractor: Extractor, text: str, location: str, date: dt.date, modality: str
) -> None:
    (meeting,) = extractor.extract(text, published="2024-05-06").meetings
    assert meeting.location is not None and meeting.location.name == location
    assert meeting.date is not None and meeting.date.start == date
    assert meeting.modality.value == modality


def test_negation_does_not_reach_a_visit_in_a_time_adjunct(extractor: Extractor) -> None:
    text = "Zelensky did not meet Trump during his visit to the United States."
    meetings = extractor.extract(text).meetings
    by_kind = {m.kind.value: m for m in meetings}
    assert by_kind["meeting"].modality.value == "negated"
    assert by_kind["visit"].modality.value == "asserted"


def test_an_office_of_a_country_is_a_participant_with_that_country(extractor: Extractor) -> None:
    (meeting,) = extractor.extract("The Pope received the President of Argentina at the Vatican on Monday.").meetings
    office = next(a for a in meeting.participants if a.name == "President of Argentina")
    assert office.country == "ARG"


def test_the_two_leaders_are_the_parties_of_the_earlier_meeting(extractor: Extractor) -> None:
    text = (
        "Chinese President Xi Jinping and U.S. President Joe Biden met in Lima on Saturday.\n\n"
        "The two leaders last met in November 2023 in San Francisco. "
        "Both sides agreed to meet again next year."
    )
    meetings = sorted(extractor.extract(text, published="2024-11-18").meetings, key=lambda m: m.trigger.start)
    assert [len(m.participants) for m in meetings] == [2, 2, 2]
    lima, earlier, planned = meetings
    assert {a.name for a in earlier.participants} == {"Xi Jinping", "Joe Biden"}
    assert earlier.date is not None and (earlier.date.start, earlier.date.precision.value) == (
        dt.date(2023, 11, 1),
        "month",
    )
    assert earlier.location is not None and earlier.location.name == "San Francisco"
    assert "meeting.pair_anaphor.v1" in earlier.rule_ids and "meeting.pair_anaphor.v1" not in lima.rule_ids
    assert planned.modality.value == "planned" and planned.date is not None and planned.date.start.year == 2025


def test_a_pair_description_without_an_earlier_meeting_is_no_meeting(extractor: Extractor) -> None:
    assert extractor.extract("The two leaders last met in November 2023.", published="2024-11-18").meetings == []


FERRY = "\n\n".join(
    [
        "Ferry sinks off Norway",
        "A ferry carrying 40 passengers sank off Bergen, Norway, on Sunday, killing three people, police said.",
        "Divers search the wreck of a ferry that sank off Bergen, Norway, March 11, 2024.",
        "The coast guard said the search would continue.",
    ]
)


def test_a_caption_date_is_the_photo_day_not_the_day_of_the_past_event(extractor: Extractor) -> None:
    # the caption's closing date is when the divers were photographed; the ferry sank on Sunday
    [sinking] = extractor.extract(FERRY, published="2024-03-12").incidents
    assert sinking.date is not None and sinking.date.start == dt.date(2024, 3, 10)
    # what a present-tense caption shows happened on its date
    [search] = extractor.extract(
        "Divers search the wreck of a ferry off Bergen, Norway, March 11, 2024.", published="2024-03-12"
    ).incidents
    assert search.date is not None and search.date.start == dt.date(2024, 3, 11)


def test_a_countrys_armed_forces_named_two_ways_are_one_party() -> None:
    from eventkit.coreference import same_actor
    from eventkit.models import Actor

    forces = Actor(name="Russian forces", kind=ActorKind.ORGANIZATION, country="RUS")
    military = Actor(name="Russian Military", kind=ActorKind.UNKNOWN, country="RUS")
    assert same_actor(forces, military)
    # another country's forces, or a ministry of the same country, are not
    assert not same_actor(forces, Actor(name="Ukrainian forces", kind=ActorKind.ORGANIZATION, country="UKR"))
    assert not same_actor(forces, Actor(name="Russian Defence Ministry", kind=ActorKind.ORGANIZATION, country="RUS"))
