"""Merging: the mentions of one occurrence become one event; distinct occurrences stay apart.

The articles are written for these tests (multi-paragraph, with a headline
and a dateline, as wire copy looks) and run through the real pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from eventkit.merge import compatible_dates, dedupe, fingerprint, merge_events, represents, same_actor
from eventkit.models import (
    Actor,
    ActorKind,
    Casualties,
    Incident,
    IncidentCategory,
    Meeting,
    Modality,
    Place,
    PlaceKind,
    Precision,
    Span,
    When,
)

if TYPE_CHECKING:
    from eventkit.api import Extractor

STATE_VISIT = "\n\n".join(
    [
        "Kenyan President Meets Ghana's Mahama in Nairobi",
        "NAIROBI, June 4 (Wire) - Kenyan President William Ruto met Ghanaian President John Mahama "
        "in Nairobi on Tuesday, the two governments said.",
        "Mahama was received by Ruto at State House, where the two leaders reviewed trade and regional security.",
        '"We agreed to open our markets to each other," Ruto told reporters after the talks.',
        "It was Mahama's first visit to Nairobi since taking office. Ruto had earlier visited Accra "
        "in December, when he met Mahama for the first time.",
    ]
)

GENERATORS = "\n\n".join(
    [
        "Japan Donates Generators to Sri Lanka",
        "COLOMBO, May 2 - Japan donated 40 generators to Sri Lanka's disaster management centre on Monday, "
        "the embassy said.",
        "The generators were handed over by Japanese Ambassador Akio Isomata to Sri Lankan officials "
        "at a ceremony in Colombo.",
        "Separately, Japan announced a $12 million grant to Sri Lanka for flood protection on Wednesday.",
    ]
)


def _names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_mentions_of_one_visit_become_one_meeting_and_an_earlier_visit_stays_apart(extractor: Extractor) -> None:
    meetings = extractor.extract(STATE_VISIT, published="2025-06-04").meetings
    assert len(meetings) == 2
    june, december = sorted(meetings, key=lambda m: m.date.start if m.date else dt.date.min, reverse=True)
    # headline, lede, "was received by", "the talks", "first visit": one meeting
    assert june.date is not None and june.date.start == dt.date(2025, 6, 3)
    assert june.location is not None and june.location.name == "Nairobi"
    assert {"William Ruto", "John Mahama"} <= _names(june.participants)
    assert len(june.evidence) >= 3  # every mention's sentence is kept
    lede = STATE_VISIT.index("Kenyan President William Ruto met")
    assert any(span.start <= lede < span.end for span in june.evidence)
    # "visited Accra in December": another occurrence, with its own month-precision date
    assert december.date is not None and december.date.precision == Precision.MONTH
    assert december.date.start == dt.date(2024, 12, 1)
    assert "William Ruto" in _names(december.participants)


def test_a_surname_without_an_entity_label_joins_the_named_person(extractor: Extractor) -> None:
    meetings = extractor.extract(STATE_VISIT, published="2025-06-04").meetings
    for meeting in meetings:
        # "Ruto" alone is never a separate, unknown actor
        assert not any(a.name == "Ruto" for a in meeting.participants)


def test_an_ambassadors_handover_merges_with_the_countrys_donation(extractor: Extractor) -> None:
    donations = extractor.extract(GENERATORS, published="2025-05-02").donations
    assert len(donations) == 2  # the generators and the grant
    generators = next(d for d in donations if d.items)
    grant = next(d for d in donations if d.amount is not None)
    assert generators.donor is not None and generators.donor.country == "JPN"
    assert generators.items[0].quantity == 40
    assert generators.date is not None and generators.date.start == dt.date(2025, 4, 28)
    handover = GENERATORS.index("handed over")
    assert any(span.start <= handover < span.end for span in generators.evidence)
    assert grant.amount is not None and grant.amount.currency == "USD"
    assert grant.recipient is not None and grant.recipient.kind == ActorKind.COUNTRY
    assert grant.date is not None and grant.date.start == dt.date(2025, 4, 30)


def test_a_demonym_is_not_a_place(extractor: Extractor) -> None:
    for donation in extractor.extract(GENERATORS, published="2025-05-02").donations:
        assert donation.location is None or donation.location.name != "Sri Lankan"


# ----------------------------------------------------------- the merge rules


def _actor(name: str, kind: ActorKind, country: str | None = None) -> Actor:
    return Actor(name=name, kind=kind, country=country)


def _meeting(text: str, participants: list[Actor], when: When | None, **kw: object) -> Meeting:
    return Meeting(
        id="M1",
        trigger=Span(start=0, end=len(text), text=text),
        evidence=[Span(start=0, end=len(text), text=text)],
        participants=participants,
        date=when,
        confidence=0.7,
        **kw,  # type: ignore[arg-type]
    )


def _month(year: int, month: int) -> When:
    end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return When(start=dt.date(year, month, 1), end=end, precision=Precision.MONTH, text=f"{year}-{month}")


def _day(year: int, month: int, day: int) -> When:
    d = dt.date(year, month, day)
    return When(start=d, end=d, precision=Precision.DAY, text=d.isoformat())


ALICE = _actor("Alice Moyo", ActorKind.PERSON, "ZWE")
BEN = _actor("Ben Tal", ActorKind.PERSON, "ISR")


def test_a_day_inside_a_month_merges_and_keeps_the_day() -> None:
    merged = merge_events([_meeting("met", [ALICE, BEN], _month(2024, 3)), _meeting("talks", [BEN], _day(2024, 3, 5))])
    assert len(merged) == 1
    assert merged[0].date is not None and merged[0].date.precision == Precision.DAY


def test_different_months_are_two_meetings() -> None:
    december, february = _month(2023, 12), _month(2024, 2)
    merged = merge_events([_meeting("met", [ALICE, BEN], december), _meeting("met", [ALICE, BEN], february)])
    assert len(merged) == 2


def test_an_asserted_and_a_negated_meeting_do_not_merge() -> None:
    merged = merge_events(
        [
            _meeting("met", [ALICE, BEN], _day(2024, 3, 5)),
            _meeting("did not meet", [ALICE, BEN], _day(2024, 3, 5), modality=Modality.NEGATED),
        ]
    )
    assert len(merged) == 2


def test_undated_mentions_with_different_parties_stay_apart() -> None:
    carol = _actor("Carol Diaz", ActorKind.PERSON, "CHL")
    assert len(merge_events([_meeting("met", [ALICE, BEN], None), _meeting("met", [ALICE, carol], None)])) == 2


def test_represents_and_same_actor() -> None:
    japan = _actor("Japan", ActorKind.COUNTRY, "JPN")
    envoy = _actor("Akio Isomata", ActorKind.PERSON, "JPN")
    assert represents(japan, envoy) and represents(envoy, japan)
    assert not represents(japan, _actor("Kim Lee", ActorKind.PERSON, "KOR"))
    assert not same_actor(japan, envoy)
    assert same_actor(_actor("Xi", ActorKind.PERSON), _actor("Xi Jinping", ActorKind.PERSON))


def test_compatible_dates() -> None:
    assert compatible_dates(_month(2024, 3), _day(2024, 3, 31))
    assert not compatible_dates(_month(2024, 3), _day(2024, 4, 1))
    assert compatible_dates(None, _day(2024, 4, 1))


def test_dedupe_across_articles_keeps_every_source() -> None:
    a = _meeting("met", [ALICE, BEN], _day(2024, 3, 5)).model_copy(update={"sources": ["wire-1"]})
    b = _meeting("held talks", [BEN, ALICE], _day(2024, 3, 5)).model_copy(update={"sources": ["paper-2"]})
    assert fingerprint(a) == fingerprint(b)  # participant order does not matter
    (one,) = dedupe([a, b])
    assert set(one.sources) == {"wire-1", "paper-2"}
    c = _meeting("met", [ALICE, BEN], _day(2024, 3, 6)).model_copy(update={"sources": ["paper-3"]})
    assert len(dedupe([a, c])) == 2


def test_a_headline_incident_merges_with_the_body_but_two_bare_body_mentions_do_not(extractor: Extractor) -> None:
    text = (
        "Quake Kills Hundreds in Mountain Villages\n\n"
        "A powerful earthquake killed more than 300 people in remote mountain villages, rescuers said.\n\n"
        "Residents said another landslide had buried a road. A second landslide blocked a river."
    )
    incidents = extractor.extract(text, published="2023-09-10").incidents
    quakes = [i for i in incidents if any(s.text.startswith(("Quake", "A powerful")) for s in i.evidence)]
    assert len(quakes) == 1
    assert {s.start for s in quakes[0].evidence} >= {0, text.index("A powerful")}
    assert quakes[0].casualties is not None and quakes[0].casualties.killed == 300


def test_a_headline_toll_in_a_state_merges_with_the_ledes_toll_in_a_town_of_it(extractor: Extractor) -> None:
    """ "Gunmen kill seven ... in Guanajuato" over "... in Salamanca, Guanajuato, ... killing seven": one attack."""
    text = (
        "Gunmen kill seven at family party in Guanajuato\n\n"
        "Armed men opened fire on a birthday party in the city of Salamanca, Guanajuato, late on Saturday night, "
        "killing seven people.\n\n"
        "In Oaxaca, gunmen killed two police officers at a checkpoint on Sunday."
    )
    attacks = extractor.extract(text, published="2026-03-02").incidents
    assert len(attacks) == 2  # the headline's and the lede's, and Sunday's other toll on its own
    assert attacks[0].casualties is not None and attacks[0].casualties.killed == 7
    assert {s.start for s in attacks[0].evidence} >= {0, text.index("Armed men")}


def test_an_organisation_named_with_and_without_its_country_is_one() -> None:
    bank = _actor("Central Bank", ActorKind.ORGANIZATION)
    yemens = _actor("Yemen's central bank", ActorKind.ORGANIZATION, "YEM")
    assert same_actor(bank, yemens)
    assert not same_actor(_actor("Bank", ActorKind.ORGANIZATION), yemens)  # one word is too little
    assert not same_actor(
        _actor("Russian Defence Ministry", ActorKind.ORGANIZATION, "RUS"),
        _actor("Ukrainian Defence Ministry", ActorKind.ORGANIZATION, "UKR"),
    )


def test_a_city_and_its_state_are_one_place() -> None:
    from eventkit.coreference import same_place
    from eventkit.normalize.places import resolve_place

    city, state, other = resolve_place("Fresno"), resolve_place("California"), resolve_place("Nevada")
    assert city is not None and state is not None and other is not None
    assert same_place(city, state) and same_place(state, city)
    assert not same_place(city, other)


def test_an_incident_in_a_city_and_in_its_state_merge(extractor: Extractor) -> None:
    text = "\n\n".join(
        [
            "Shooting in Fresno",
            "A gunman opened fire at an office in Fresno on Wednesday, killing four people, police said.",
            "The governor said the attack in California on Wednesday was a tragedy.",
        ]
    )
    incidents = extractor.extract(text, published="2024-05-02").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == "Fresno"


def test_two_pairs_that_share_one_party_on_one_day_are_two_meetings() -> None:
    carol = _actor("Carol Diaz", ActorKind.PERSON, "CHL")
    day = _day(2024, 3, 5)
    merged = merge_events([_meeting("met", [ALICE, BEN], day), _meeting("met", [ALICE, carol], day)])
    assert len(merged) == 2
    # a mention naming only some of the parties still joins
    assert len(merge_events([_meeting("met", [ALICE, BEN, carol], day), _meeting("met", [ALICE, carol], day)])) == 1


def test_partners_listed_out_of_a_group_are_one_meeting_each(extractor: Extractor) -> None:
    text = (
        "Calls Before the Summit\n\nPrime Minister Ulf Kristersson said he talked by phone with several leaders on "
        "Saturday, including Finnish President Alexander Stubb and Danish Prime Minister Mette Frederiksen."
    )
    meetings = extractor.extract(text, published="2024-03-04").meetings
    pairs = sorted(sorted(a.name for a in m.participants) for m in meetings)
    assert pairs == [["Alexander Stubb", "Ulf Kristersson"], ["Mette Frederiksen", "Ulf Kristersson"]]


def _blast(start: int, place: Place | None) -> Incident:
    return Incident(
        trigger=Span(start=start, end=start + 5, text="blast"),
        category=IncidentCategory.ATTACK,
        location=place,
        confidence=0.8,
    )


def test_a_headline_incident_at_an_unknown_name_merges_with_the_body_but_not_two_body_mentions() -> None:
    norway = Place(name="Norway", kind=PlaceKind.COUNTRY, country="NOR")
    unknown = Place(name="Vardo Harbour Blast", kind=PlaceKind.OTHER)  # a title-case headline read as one name
    head, body = _blast(0, unknown), _blast(60, norway)
    (merged,) = merge_events([head, body], headline_end=40)
    assert merged.location is not None and merged.location.name == "Norway"
    assert len(merge_events([_blast(50, unknown), _blast(90, norway)], headline_end=40)) == 2
    oslo = Place(name="Oslo", kind=PlaceKind.CITY, country="NOR")
    lima = Place(name="Lima", kind=PlaceKind.CITY, country="PER")
    assert len(merge_events([_blast(0, oslo), _blast(60, lima)], headline_end=40)) == 2  # known places still differ


def test_a_headline_place_told_short_merges_with_the_ledes_full_name_but_not_another_country() -> None:
    """ "Tanker seized in Gulf" over "... in the Gulf of Oman": one incident at the full name (``short_form``)."""
    gulf = Place(name="Gulf", kind=PlaceKind.SEA)
    oman = Place(name="Gulf of Oman", kind=PlaceKind.SEA)
    (merged,) = merge_events([_blast(0, gulf), _blast(60, oman)], headline_end=40)
    assert merged.location is not None and merged.location.name == "Gulf of Oman"
    assert len(merge_events([_blast(50, gulf), _blast(90, oman)], headline_end=40)) == 2  # two body mentions
    sudan = Place(name="Sudan", kind=PlaceKind.COUNTRY, country="SDN")
    south = Place(name="South Sudan", kind=PlaceKind.COUNTRY, country="SSD")
    assert len(merge_events([_blast(0, sudan), _blast(60, south)], headline_end=40)) == 2


def test_a_country_and_its_own_body_are_one_party_of_an_incident_but_not_one_of_its_people() -> None:
    """ "China fired water cannon" and "the Chinese coast guard fired ...": one incident; a Russian opposition
    leader's protest is not the protest of "Russia"."""
    shoal = Place(name="Second Thomas Shoal", kind=PlaceKind.OTHER)
    day = _day(2024, 6, 1)

    def fired(start: int, actor: Actor) -> Incident:
        return Incident(
            trigger=Span(start=start, end=start + 12, text="water cannon"),
            category=IncidentCategory.MARITIME,
            actors=[actor],
            location=shoal,
            date=day,
            confidence=0.8,
        )

    china = _actor("China", ActorKind.COUNTRY, "CHN")
    coast_guard = _actor("Chinese coast guard", ActorKind.ORGANIZATION, "CHN")
    assert len(merge_events([fired(0, china), fired(80, coast_guard)])) == 1
    leader = _actor("Ana Ruiz", ActorKind.PERSON, "CHN")
    assert len(merge_events([fired(0, china), fired(80, leader)])) == 2


def test_merged_mentions_keep_every_kind_of_casualty_counted() -> None:
    """ "Two killed" in one mention, "five wounded" in another: the incident counts both."""
    leeds = Place(name="Leeds", kind=PlaceKind.CITY, country="GBR")
    head, body = _blast(0, leeds), _blast(60, leeds)
    head = head.model_copy(update={"casualties": Casualties(injured=5, text="five wounded")})
    body = body.model_copy(update={"casualties": Casualties(killed=2, text="Two people were killed")})
    (merged,) = merge_events([head, body], headline_end=40)
    assert merged.casualties is not None
    assert (merged.casualties.killed, merged.casualties.injured) == (2, 5)


def _at(event: Meeting, start: int) -> Meeting:
    return event.model_copy(update={"trigger": Span(start=start, end=start + 4, text="meet")})


def test_a_headline_meeting_joins_the_ledes_that_names_a_party_otherwise_but_only_once() -> None:
    """ "Taliban officials meet Chinese envoy" over "Muttaqi met envoy Yue ...": one meeting; a later undated
    meeting of one of them with somebody else stays another."""
    taliban = _actor("Taliban", ActorKind.ORGANIZATION)
    yue = _actor("Yue Xiaoyong", ActorKind.PERSON, "CHN")
    muttaqi = _actor("Amir Khan Muttaqi", ActorKind.PERSON, "AFG")
    carol = _actor("Carol Diaz", ActorKind.PERSON, "CHL")
    head = _at(_meeting("meet", [taliban, yue], None), 0)
    lede = _at(_meeting("met", [muttaqi, yue], _day(2024, 3, 5)), 60)
    later = _at(_meeting("met", [yue, carol], None), 200)
    merged = merge_events([head, lede, later], headline_end=40)
    assert len(merged) == 2
    assert {a.name for a in merged[0].participants} >= {"Yue Xiaoyong", "Amir Khan Muttaqi"}
    assert len(merge_events([head, lede])) == 2  # without a headline: two pairs


def test_a_headline_attack_joins_the_ledes_maritime_confrontation_and_takes_its_category() -> None:
    """ "Chinese vessels attack Philippine boat" over "coast guard ships fired water cannon at ... near the shoal"."""
    china = _actor("China", ActorKind.COUNTRY, "CHN")
    philippines = Place(name="Philippines", kind=PlaceKind.COUNTRY, country="PHL")
    shoal = Place(name="Second Thomas Shoal", kind=PlaceKind.SEA)
    head = Incident(
        trigger=Span(start=16, end=22, text="attack"),
        category=IncidentCategory.ATTACK,
        actors=[china],
        location=philippines,
        confidence=0.7,
    )
    lede = Incident(
        trigger=Span(start=120, end=132, text="water cannon"),
        category=IncidentCategory.MARITIME,
        actors=[china],
        location=shoal,
        date=_day(2024, 6, 17),
        confidence=0.8,
    )
    (merged,) = merge_events([head, lede], headline_end=60)
    assert merged.category == IncidentCategory.MARITIME
    assert merged.location is not None and merged.location.name == "Second Thomas Shoal"
    protest = lede.model_copy(update={"category": IncidentCategory.PROTEST})
    assert len(merge_events([head, protest], headline_end=60)) == 2  # another family: another occurrence


def test_an_archive_photos_old_occasion_joins_no_undated_mention_but_one_of_its_week_does() -> None:
    """ "FILE - ... Feb. 2, 2022.": an old photo's blast gives today's undated blast no day and place."""
    oslo = Place(name="Oslo", kind=PlaceKind.CITY, country="NOR")
    old = When(
        start=dt.date(2022, 2, 2),
        end=dt.date(2022, 2, 2),
        precision=Precision.DAY,
        text="x",
        anchor=dt.date(2024, 3, 15),
    )
    body = _blast(60, oslo)
    photo = _blast(200, oslo).model_copy(update={"date": old})
    assert len(merge_events([body, photo], archive=[(190, 260)])) == 2
    (merged,) = merge_events([body, photo])  # an ordinary caption of the same blast
    assert merged.date == old
    recent = old.model_copy(update={"start": dt.date(2024, 3, 14), "end": dt.date(2024, 3, 14)})
    (merged,) = merge_events([body, photo.model_copy(update={"date": recent})], archive=[(190, 260)])
    assert merged.date is not None and merged.date.start == dt.date(2024, 3, 14)


# ------------------------------------------------------------ summary lines (bullets, entry headings)

_PUB = "2026-03-20"


def _incidents(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    found = extractor.extract(text, published=_PUB).incidents
    return [(i.category.value, i.location.name if i.location else None) for i in found]


def test_a_summary_bullet_joins_the_body_incident_it_sums_up(extractor: Extractor) -> None:
    """ "- Police fired tear gas ... in Tegucigalpa" and the entry's "Riot police fired tear gas ..." are one riot."""
    text = (
        "Harbour vote live\n\n"
        "Key highlights\n"
        "- Police fired tear gas at protesters outside the electoral council in Tegucigalpa late Thursday.\n\n"
        "Riot police fired tear gas and water cannon at several hundred protesters who had gathered "
        "outside the CNE headquarters in Tegucigalpa late Thursday.\n"
    )
    assert len(_incidents(extractor, text)) == 1


def test_two_bullets_of_one_day_in_two_towns_stay_apart(extractor: Extractor) -> None:
    """Counter-example: a body mention joins only the bullet whose town its sentence names."""
    text = (
        "Harbour vote live\n\n"
        "Key highlights\n"
        "- Police fired tear gas at protesters in Tegucigalpa late Thursday.\n"
        "- Police fired tear gas at protesters in San Pedro Sula late Thursday.\n\n"
        "Riot police fired tear gas at several hundred protesters who had gathered outside the council "
        "headquarters in San Pedro Sula late Thursday.\n"
    )
    assert len(_incidents(extractor, text)) == 2


def test_a_bullets_protest_and_another_towns_protest_stay_apart(extractor: Extractor) -> None:
    """Counter-example: two protests on one day in two towns are two incidents."""
    text = (
        "Harbour vote live\n\nKey highlights\n- Protesters rallied in Tegucigalpa on Thursday.\n\n"
        "About 200 demonstrators rallied in Choluteca on Thursday evening.\n"
    )
    assert len(_incidents(extractor, text)) == 2


def _meetings(extractor: Extractor, text: str) -> list[set[str]]:
    return [_names(m.participants) for m in extractor.extract(text, published=_PUB).meetings]


def test_a_bullets_bare_title_joins_the_titled_name(extractor: Extractor) -> None:
    """ "- CM Hemant Rana meets Governor" over "Hemant Rana called on Governor Santosh Gangwal": one meeting."""
    text = (
        "Harbour vote live\n\nKey highlights\n"
        "- Chief Minister Hemant Rana meets Governor after the party's setback\n\n"
        "Chief Minister Hemant Rana called on Governor Santosh Gangwal at Raj Bhavan in Ranchi on Friday afternoon.\n"
    )
    assert _meetings(extractor, text) == [{"Hemant Rana", "Santosh Gangwal"}]


def test_a_bullets_organisation_joins_its_head(extractor: Extractor) -> None:
    """ "- OAS observers met CNE councillors" over the head of the OAS mission meeting them: one meeting."""
    text = (
        "- OAS observers met CNE councillors on Thursday and called for the count to resume.\n\n"
        "The head of the Organization of American States observation mission, Laura Arce Quesada, "
        "met the three CNE councillors on Thursday afternoon.\n"
    )
    assert _meetings(extractor, text) == [{"Laura Arce Quesada", "CNE"}]


def test_another_organisations_head_is_another_meeting(extractor: Extractor) -> None:
    """Counter-example: the head of another mission is not the bullet's organisation."""
    text = (
        "Key highlights\n- OAS observers met CNE councillors on Thursday.\n\n"
        "The head of the European Union observation mission, Laura Arce, met the CNE councillors "
        "on Thursday afternoon.\n"
    )
    assert len(_meetings(extractor, text)) == 2


def test_one_minister_meeting_two_people_is_two_meetings(extractor: Extractor) -> None:
    """Counter-example: a bullet's meeting and the body's meeting of the same minister with someone else."""
    bullets = ("Foreign Minister Ana Ruiz met Governor Tom Reyes on Thursday.", "Ana Ruiz meets Governor after a vote")
    for bullet in bullets:
        text = (
            f"Harbour vote live\n\nKey highlights\n- {bullet}\n\n"
            "Foreign Minister Ana Ruiz met Mayor Tom Reyes in Vestby on Thursday.\n"
        )
        if "Governor Tom" in bullet:
            text = text.replace("Mayor Tom Reyes", "Interior Minister Carla Soto")
        assert len(_meetings(extractor, text)) == 2


def test_a_summary_bullet_never_joins_a_mention_of_another_modality(extractor: Extractor) -> None:
    """Counter-example: a riot told and a riot officials warn of are two."""
    text = (
        "Key highlights\n- Police fired tear gas at protesters in Tegucigalpa late Thursday.\n\n"
        "Police may fire tear gas at protesters in Tegucigalpa again on Friday, officials warned.\n"
    )
    assert len(extractor.extract(text, published=_PUB).incidents) == 2


def test_a_headline_region_told_by_the_ledes_sentence_is_the_ledes_town(extractor: Extractor) -> None:
    """ "... outside Maricopa County election center" over "... the Maricopa County ... Center in Phoenix"."""
    text = (
        "Protesters gather outside Maricopa County election center\n\n"
        "About 60 demonstrators rallied outside the Maricopa County Tabulation and Election Center in Phoenix "
        "on Thursday evening.\n"
    )
    assert _incidents(extractor, text) == [("protest", "Phoenix")]


def _dated_incidents(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    found = extractor.extract(text, published="2025-03-08").incidents
    return [
        (i.category.value, i.location.name if i.location else None, i.date.start.isoformat() if i.date else None)
        for i in found
    ]


def test_a_reference_back_joins_the_incident_and_gives_its_scene(extractor: Extractor) -> None:
    """ "The attack happened ... on Mill Lane": the stabbing told again, its street the place."""
    text = "A shop worker was stabbed in Dunford on Tuesday. The attack happened outside the Co-op on Mill Lane."
    assert _dated_incidents(extractor, text) == [("attack", "Mill Lane", "2025-03-04")]


def test_a_reference_back_fills_the_missing_date(extractor: Extractor) -> None:
    """The later "the attack" sentence gives the day the first mention lacks."""
    text = (
        "A shop worker was stabbed in Dunford. "
        "The attack happened at about 3pm on Tuesday outside the Co-op on Mill Lane."
    )
    assert _dated_incidents(extractor, text) == [("attack", "Mill Lane", "2025-03-04")]


def test_a_crash_told_again_joins_but_a_crash_last_december_stays_apart(extractor: Extractor) -> None:
    """ "The crash happened on Mill Lane" is Tuesday's crash; "In December, a crash ..." another."""
    text = (
        "Two people were killed when a lorry hit a car in Dunford on Tuesday. The crash happened on Mill Lane. "
        "In December, a crash on the bypass in Dunford killed a cyclist."
    )
    assert _dated_incidents(extractor, text) == [
        ("accident", "Mill Lane", "2025-03-04"),
        ("accident", "Dunford", "2024-12-01"),
    ]


def test_a_definite_mention_of_another_named_place_stays_apart(extractor: Extractor) -> None:
    """Counter-example: "the attack on a mosque in Leeds", recalled as background, is not the stabbing."""
    text = "A shop worker was stabbed in Dunford on Tuesday. It came a week after the attack on a mosque in Leeds."
    assert [(c, p) for c, p, _ in _dated_incidents(extractor, text)] == [("attack", "Dunford"), ("attack", "Leeds")]


def test_the_first_attack_of_a_series_stays_apart(extractor: Extractor) -> None:
    """Counter-example: "The first attack happened ... in January" is an earlier one of the series."""
    text = (
        "A shop worker was stabbed in Dunford on Tuesday. "
        "The first attack happened outside a pub on Mill Lane in January."
    )
    assert _dated_incidents(extractor, text) == [
        ("attack", "Dunford", "2025-03-04"),
        ("attack", "Mill Lane", "2025-01-01"),
    ]


def test_two_attacks_on_different_days_and_towns_stay_apart(extractor: Extractor) -> None:
    """Counter-example: two indefinite mentions in two towns on two days."""
    text = "A shop worker was stabbed in Dunford on Tuesday. A taxi driver was stabbed in Hexley on Wednesday."
    assert _dated_incidents(extractor, text) == [
        ("attack", "Dunford", "2025-03-04"),
        ("attack", "Hexley", "2025-03-05"),
    ]


def test_a_claim_for_an_ambush_elsewhere_stays_apart(extractor: Extractor) -> None:
    """Counter-example: a claim of responsibility for "the ambush of a patrol near" another town."""
    text = (
        "Militants ambushed an army convoy near Tessit on Monday, killing 12 soldiers. A rebel group in Niger "
        "claimed responsibility for the ambush of a patrol near Tillaberi last week."
    )
    assert [p for _, p, _ in _dated_incidents(extractor, text)] == ["Tessit", "Tillaberi"]


def test_a_group_denying_the_raid_does_not_join_the_gunmens_raid(extractor: Extractor) -> None:
    """Counter-example: "The Red Hand group denied it had carried out the raid": no perpetrator for the raid."""
    text = (
        "Gunmen stormed a bank in Dunford on Tuesday, killing two guards. "
        "The Red Hand group denied it had carried out the raid."
    )
    first = extractor.extract(text, published="2025-03-08").incidents[0]
    assert (first.location.name if first.location else None, [a.name for a in first.actors]) == ("Dunford", ["Gunmen"])


def test_a_group_recalled_for_another_attack_does_not_join(extractor: Extractor) -> None:
    """Counter-example: a group's earlier attack in a relative clause is no claim for the hotel attack."""
    text = (
        "Gunmen attacked a hotel in Dunford on Tuesday. "
        "The Red Hand group, which carried out the Castle Quay attack, has not commented."
    )
    first = extractor.extract(text, published="2025-03-08").incidents[0]
    assert (first.location.name if first.location else None, [a.name for a in first.actors]) == ("Dunford", ["Gunmen"])


def test_a_group_denying_involvement_keeps_its_own_attacks_place(extractor: Extractor) -> None:
    """Counter-example: a group recalled for "the attack on Dosso" leaves Monday's ambush in Niger."""
    text = (
        "Gunmen ambushed a convoy in Niger on Monday. "
        "The Sable Front group, which has carried out the attack on Dosso, denied involvement."
    )
    found = extractor.extract(text, published="2025-03-08").incidents
    assert [(i.location.name if i.location else None, [a.name for a in i.actors]) for i in found] == [
        ("Niger", ["Gunmen"]),
        ("Dosso", ["Sable Front"]),
    ]


def test_a_fire_named_by_its_building_is_no_reference_back(extractor: Extractor) -> None:
    """Counter-example: "memories of the Larkfield Tower fire" recalls another fire; Monday's stays in Hexley."""
    text = (
        "A fire broke out at a warehouse in Hexley on Monday. "
        "Neighbours said the fire brought back memories of the Larkfield Tower fire."
    )
    assert [p for _, p, _ in _dated_incidents(extractor, text)] == ["Hexley", "Larkfield Tower"]


def test_a_noun_with_an_indefinite_complement_is_no_reference_back(extractor: Extractor) -> None:
    """Counter-example: "The crash of a van", "the arson attack on a cafe": new targets, other incidents."""
    crash = "A lorry crashed in Dunford on Sunday. The crash of a van happened at Kelby Airport."
    assert [p for _, p, _ in _dated_incidents(extractor, crash)] == ["Dunford", "Kelby Airport"]
    arson = "A barn was set on fire in Dunford on Sunday. The arson attack on a cafe happened on Mill Lane."
    assert [p for _, p, _ in _dated_incidents(extractor, arson)] == ["Dunford", "Mill Lane"]


def test_a_copycat_or_plural_mention_is_no_reference_back(extractor: Extractor) -> None:
    """Counter-example: "the copycat robbery", "the two robberies" are not Friday's robbery told again."""
    copycat = "A man was robbed in Kelby on Friday. The copycat robbery happened on Queen Street."
    assert _dated_incidents(extractor, copycat) == [("crime", "Kelby", "2025-03-07"), ("crime", "Queen Street", None)]
    plural = "A man was robbed in Kelby on Friday. The two robberies happened on Queen Street and Bridge Street."
    assert _dated_incidents(extractor, plural)[0][1] == "Kelby"


def test_a_reference_back_joins_only_the_incident_just_told(extractor: Extractor) -> None:
    """ "The attack happened on Mill Lane" after two stabbings is Wednesday's, told just before; Monday's stays."""
    text = (
        "A boy was stabbed in Dunford on Monday. A girl was stabbed in Dunford on Wednesday. "
        "The attack happened on Mill Lane."
    )
    assert _dated_incidents(extractor, text) == [
        ("attack", "Dunford", "2025-03-03"),
        ("attack", "Mill Lane", "2025-03-05"),
    ]


def test_a_hedged_scene_does_not_place_the_incident(extractor: Extractor) -> None:
    """Counter-example: "The attack may have happened in Fenton Park": a guess, Saturday's stabbing stays in Kelby."""
    text = "A man was stabbed in Kelby on Saturday. The attack may have happened in Fenton Park, police said."
    assert _dated_incidents(extractor, text)[0][1] == "Kelby"


def test_a_claim_for_an_attack_in_another_country_stays_apart(extractor: Extractor) -> None:
    """Counter-example: "In Burkina Faso, ... claimed responsibility for the attack on a police station in Djibo"."""
    text = (
        "Gunmen attacked a checkpoint near Tessit on Monday, killing 12 soldiers. In Burkina Faso, the Sahel "
        "Liberation Front claimed responsibility for the attack on a police station in Djibo."
    )
    found = extractor.extract(text, published="2024-08-07").incidents
    assert [(i.location.name if i.location else None, [a.name for a in i.actors]) for i in found] == [
        ("Tessit", ["Gunmen"]),
        ("Djibo", ["Sahel Liberation Front"]),
    ]


def test_a_definite_raid_in_another_town_stays_apart(extractor: Extractor) -> None:
    """Counter-example: "The raid on a bank in Hexley ..." names another town, not a venue of Dunford."""
    text = (
        "Gunmen stormed a bank in Dunford on Tuesday. "
        "The raid on a bank in Hexley was carried out by the Red Hand gang."
    )
    assert [(c, p) for c, p, _ in _dated_incidents(extractor, text)] == [("attack", "Dunford"), ("attack", "Hexley")]


def test_a_robbery_told_again_gives_its_square(extractor: Extractor) -> None:
    """ "The robbery happened outside ... in Market Square": Thursday's robbery in Kelby, placed in its square."""
    text = (
        "A pensioner was robbed in Kelby on Thursday. "
        "The robbery happened outside the Westgate branch of a bank in Market Square."
    )
    assert _dated_incidents(extractor, text) == [("crime", "Market Square", "2025-03-06")]


def test_an_attack_named_by_its_own_venue_stays_apart(extractor: Extractor) -> None:
    """Counter-example: "recalled the attack on Brook Street Station": an earlier attack, named by its place."""
    text = (
        "A shop worker was stabbed in Dunford on Tuesday. Police said it recalled the attack on Brook Street Station."
    )
    assert [(c, p) for c, p, _ in _dated_incidents(extractor, text)] == [
        ("attack", "Dunford"),
        ("attack", "Brook Street Station"),
    ]
