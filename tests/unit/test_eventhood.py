"""Event or not: each class of non-event, merging and non-merging of mentions, argument attachment.

The texts are written for these tests and run through the real pipeline.
A non-event is either not emitted or emitted with modality negated or
hypothetical (the scorer sets those aside).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventkit.models import Event, IncidentCategory, Modality

if TYPE_CHECKING:
    from eventkit.api import Extractor

PUBLISHED = "2024-03-15"
_SET_ASIDE = {Modality.NEGATED, Modality.HYPOTHETICAL}


def _asserted(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality not in _SET_ASIDE]


def _kinds(extractor: Extractor, text: str, kind: str) -> list[Event]:
    return _asserted([e for e in extractor.extract(text, published=PUBLISHED).events if e.type == kind])


# ------------------------------------------------------------------ non-events


@pytest.mark.parametrize(
    "text",
    [
        # figurative
        "Senator Ann Lee attacked Governor Bob Hart over his budget on Tuesday.",
        "The report set off an explosion of speculation about the minister's future.",
        "Ms. Ortega is fighting for her party, not for herself.",
        "Mayor Dan Ruiz captured two party caucuses on Saturday.",
        "The two candidates are locked in a battle over ideas.",
        # hypothetical and conditional
        "If the fighting resumes in Goma, aid groups will leave.",
        "The militia has an interest in attacking the port of Kismayo.",
        "What is the governor's plan to beat the rebels?",
        "Had the ferry capsized off Calais in that gale, the coastguard would have been overwhelmed.",
        "Should the truce collapse, fighting could resume in Kidal within days.",
        # negated
        "The rebels did not attack the town of Kaya on Sunday.",
        # bare background nouns
        "The war has displaced millions of people.",
        "Wars are always costly.",
        "Ana Ruiz, who spent four decades mediating some of Africa's most intractable conflicts, has died.",
        # a rally is not a protest, a bus is not a ship
        "Thousands attended the senator's campaign rally on Friday.",
        "Nora Diaz boarded a shuttle bus to the airport on Monday.",
        # sport, particles, business figures
        "The striker shot past the keeper in the 89th minute at Wembley.",
        "The senator fired back at critics in a heated interview in Denver.",
        "Apple launched an assault on the smartphone market in China last year.",
        "Inflation is killing small businesses in Ohio.",
        "The film bombed at the box office in Los Angeles.",
        "The central bank launched a war on inflation in Washington.",
    ],
    ids=[
        "war of words", "explosion of speculation", "fighting for a cause", "captured caucuses", "battle over ideas",
        "conditional", "interest in attacking", "question plan", "inverted had", "inverted should",
        "negated", "the war", "generic wars",
        "mediated conflicts",
        "campaign rally", "boarded a bus", "sport", "fired back", "assault on a market", "killing businesses",
        "film bombed", "war on inflation",
    ],
)  # fmt: skip
def test_incident_non_events(extractor: Extractor, text: str) -> None:
    assert _kinds(extractor, text, "incident") == []


def test_a_gift_or_talks_quantified_by_no_are_negated(extractor: Extractor) -> None:
    """``negative_determiners``: "gave no money to X", "No talks were held": nothing given, nothing held."""
    text = (
        "Aid row\n\nBy Staff Reporter\n\n"
        "Norway gave no money to the Lima relief fund this year, the ministry said.\n\n"
        "No talks were held between Ana Ruiz and Luis Ortega in Lima on Monday."
    )
    found = {e.type: e.modality for e in extractor.extract(text, published=PUBLISHED).events if e.type != "statement"}
    assert found == {"donation": Modality.NEGATED, "meeting": Modality.NEGATED}


def test_a_question_closing_its_paragraph_asks_about_a_gift_or_an_attack(extractor: Extractor) -> None:
    """ "Did X really send ... ?" as a headline or a paragraph's last sentence: asked, not told."""
    text = (
        "Fact check: did Ostravia send cash to Dalmora?\n\nBy Staff Reporter\n\n"
        "Did rebels attack the town of Kaya on Sunday?\n\n"
        "Ostravia sent 40 ambulances to Dalmora on Monday."
    )
    found = [(e.type, e.trigger.text, e.modality) for e in extractor.extract(text, published=PUBLISHED).events]
    assert ("donation", "send", Modality.HYPOTHETICAL) in found
    assert ("donation", "sent", Modality.ASSERTED) in found
    assert [m for t, _, m in found if t == "incident"] == [Modality.HYPOTHETICAL]


def test_an_incident_its_doer_denies_is_alleged(extractor: Extractor) -> None:
    """``denying_heads``: "Ostravia denies shelling civilians in Kirsk": the shelling is blamed, so alleged."""
    text = "Ostravia denies shelling civilians in the town of Kirsk on Sunday."
    incidents = [e for e in extractor.extract(text, published=PUBLISHED).events if e.type == "incident"]
    assert [e.modality for e in incidents] == [Modality.ALLEGED]


def test_a_meeting_its_party_denies_is_negated(extractor: Extractor) -> None:
    """``denying_heads``: "denied meeting X": the meeting did not happen (round 35)."""
    text = "Senator Ana Ruiz denied meeting Russian envoy Oleg Petrov in Vienna last year."
    meetings = [e for e in extractor.extract(text, published=PUBLISHED).events if e.type == "meeting"]
    assert [e.modality for e in meetings] == [Modality.NEGATED]


@pytest.mark.parametrize(
    "text",
    [
        "The company met the deadline on Friday.",
        "The proposal did not meet the criteria of the commission.",
        "Activist Ali Hasan was arrested after returning to Bahrain from a trip abroad.",
        "The opposition welcomed the U.S. decision on Friday.",
        "Senator Ruth Olsen discussed the proposed border wall in her column.",
        "Kenya and Uganda have never met in a final.",
    ],
    ids=["met the deadline", "did not meet criteria", "trip without host", "welcomed a decision", "discussed a topic",
         "never met"],
)  # fmt: skip
def test_meeting_non_events(extractor: Extractor, text: str) -> None:
    assert _kinds(extractor, text, "meeting") == []


@pytest.mark.parametrize(
    "text",
    [
        '"We gave him a huge amount to do," the coach said.',
        "Brexit just got real for shoppers.",
        "Foreign entities donated money to the campaign, the book alleges.",
        "The bank gave Ghana a loan of $50 million on Monday.",
        "The club gave striker Leo Park a new contract worth $5 million.",
        "The soldier gave his life for his country.",
        "Toblerone gets more gappy as prices rise.",
        "The Nobel committee awarded the writer Ana Cruz a prize of $1 million.",
    ],
    ids=["gave him work", "got real", "anonymous donor", "loan", "salary", "gave his life", "gets gappy", "prize"],
)
def test_donation_non_events(extractor: Extractor, text: str) -> None:
    assert _kinds(extractor, text, "donation") == []


# ------------------------------------------------------------- senses and kinds


def test_a_real_donation_needs_giver_beneficiary_and_gift(extractor: Extractor) -> None:
    (gift,) = _kinds(extractor, "Japan donated 20 ambulances to Kenya on Monday.", "donation")
    assert gift.donor is not None and gift.donor.name == "Japan"
    assert gift.recipient is not None and gift.recipient.name == "Kenya"


def test_summoned_envoy_is_a_meeting(extractor: Extractor) -> None:
    (meeting,) = _kinds(
        extractor, "Kenya summoned the Ugandan ambassador Peter Okello in Nairobi on Tuesday.", "meeting"
    )
    names = {p.name for p in meeting.participants}
    assert "Kenya" in names and "Peter Okello" in names


def test_a_joint_news_conference_of_two_leaders_is_a_meeting(extractor: Extractor) -> None:
    text = "President Ana Ruiz and Portugal's Prime Minister Joao Silva hold a news conference in Madrid, May 3, 2024."
    (meeting,) = _kinds(extractor, text, "meeting")
    assert {p.name for p in meeting.participants} >= {"Ana Ruiz", "Joao Silva"}
    assert _kinds(extractor, "The mayor held a news conference on Sunday.", "meeting") == []


def test_a_scheduled_meeting_is_planned(extractor: Extractor) -> None:
    text = "A meeting between Kenya and Uganda scheduled for next week will discuss the border."
    meetings = [e for e in extractor.extract(text, published=PUBLISHED).meetings]
    assert all(m.modality != Modality.ASSERTED for m in meetings)


def test_clashes_at_a_rally_are_a_riot(extractor: Extractor) -> None:
    text = "Police arrested 40 people after clashes broke out at a rally in Nairobi on Saturday."
    (riot,) = _kinds(extractor, text, "incident")
    assert riot.category == IncidentCategory.RIOT


# ------------------------------------------------------------ one per occurrence


def test_headline_lede_and_later_mentions_are_one_incident(extractor: Extractor) -> None:
    text = (
        "Blast Kills Five in Kano Market\n\n"
        "An explosion at a market in Kano killed five people on Monday, police said.\n\n"
        "The explosion went off at noon. Witnesses said the blast shattered windows across the street."
    )
    incidents = _kinds(extractor, text, "incident")
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == "Kano"
    assert len(incidents[0].evidence) >= 3


def test_incidents_in_different_places_stay_apart(extractor: Extractor) -> None:
    text = (
        "An explosion hit a market in Kano on Monday, killing five people.\n\n"
        "On Tuesday, a bomb exploded at a bus station in Maiduguri, killing three people."
    )
    places = sorted(e.location.name for e in _kinds(extractor, text, "incident") if e.location is not None)
    assert places == ["Kano", "Maiduguri"]


def test_a_later_mention_naming_the_victim_joins_the_placed_killing(extractor: Extractor) -> None:
    text = (
        "Activist Tomas Vega was shot dead in a cafe in Quito on Sunday.\n\n"
        "His killing has angered his supporters. A suspect told police he had shot Vega over a debt."
    )
    incidents = _kinds(extractor, text, "incident")
    assert len(incidents) == 1 and incidents[0].location is not None and incidents[0].location.name == "Quito"


# ------------------------------------------------------------------ arguments


def test_in_at_near_place_of_the_clause(extractor: Extractor) -> None:
    (attack,) = _kinds(
        extractor, "Gunmen opened fire at a hotel in Mogadishu on Friday, killing six guests.", "incident"
    )
    assert attack.category == IncidentCategory.ATTACK
    assert attack.location is not None and attack.location.name == "Mogadishu"


def test_dateline_city_is_the_place_of_the_lead(extractor: Extractor) -> None:
    text = "Market Blast\n\nKANO, Nigeria -- An explosion killed five people at a bus station on Monday.\n"
    (blast,) = _kinds(extractor, text, "incident")
    assert blast.location is not None and blast.location.name.lower() == "kano"


def test_the_dateline_city_is_the_lead_place_after_a_web_pages_date_line_and_caption(extractor: Extractor) -> None:
    text = (
        "Derby halted\n\nBy Staff Reporter\nMay 3, 2026\n\n"
        "Stewards watch the crowd on Sunday. (Photo: Staff/Agency)\n\n"
        "BERGAMO \u2014 Rival fans fought in the stands on Sunday, injuring 17 spectators."
    )
    (brawl,) = _kinds(extractor, text, "incident")
    assert brawl.location is not None and brawl.location.name == "Bergamo"


def test_a_headline_glued_to_dateline_and_lede_is_split(extractor: Extractor) -> None:
    text = "Activist Shot Dead in Lima-LIMA \u2014 -A prominent activist was shot dead in a cafe in Lima on Sunday.\n"
    result = extractor.extract(text, published=PUBLISHED)
    incidents = _asserted(list(result.incidents))
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == "Lima"


def test_a_headline_glued_to_the_lede_without_a_dateline_is_its_own_evidence(extractor: Extractor) -> None:
    text = "Harbour Blast Kills Three in Bergen-An explosion killed three workers at the harbour in Bergen on Monday."
    (blast,) = _asserted(list(extractor.extract(text, published=PUBLISHED).incidents))
    assert [s.text for s in blast.evidence if s.start == 0] == ["Harbour Blast Kills Three in Bergen"]
    assert blast.location is not None and blast.location.name == "Bergen"


def test_a_photo_credit_is_no_actor(extractor: Extractor) -> None:
    text = (
        "Students march in Lima, May 2, 2024. (J. Perez/Agency)-Onlookers cheered the students "
        "marching through the old town of Lima on Monday."
    )
    for incident in _kinds(extractor, text, "incident"):
        assert all("Perez" not in a.name for a in incident.actors)


def test_confidence_comes_from_the_eventness_model(extractor: Extractor) -> None:
    (attack,) = _kinds(
        extractor, "Gunmen opened fire at a hotel in Mogadishu on Friday, killing six guests.", "incident"
    )
    prov = [p for p in attack.provenance if p.field == "confidence"]
    assert prov and prov[0].rule == "calibration.incident.logistic"
    assert prov[0].note is not None and "located=1" in prov[0].note


# ------------------------------------------------------------------ resources


def test_derived_word_lists_load_and_hold_what_they_promise() -> None:
    from eventkit.lexicons import load_list

    abstract = set(load_list("lexicons/abstract_nouns.en.txt"))
    vessels = set(load_list("lexicons/vessels.en.txt"))
    assert {"speculation", "criticism"} <= abstract and "country" not in abstract
    assert {"ship", "boat", "ferry", "trawler"} <= vessels and "bus" not in vessels


def test_eventness_models_validate_and_use_the_documented_features() -> None:
    from eventkit.confidence import load_calibration
    from eventkit.extractors.eventness import FEATURES, TYPES

    for kind in TYPES:
        model = load_calibration(kind)
        assert model.features == FEATURES
        assert 0.0 <= float(model.provenance["keep"]) < 1.0


# ------------------------------------------------------------- coverage, kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militants planted a bomb at a bus stop in Quetta on Tuesday.", "Quetta"),
        ("A man stabbed two people in Lyon on Monday.", "Lyon"),
        ("The army shelled villages near Donetsk overnight.", "Donetsk"),
        ("The murder of journalist Ana Cruz in Tijuana shocked the country.", "Tijuana"),
        ("Rebel forces besieged the city of Aleppo for months.", "Aleppo"),
    ],
    ids=["planted a bomb", "stabbed", "shelled near", "murder noun", "besieged"],
)
def test_killings_bombings_and_shelling_are_attacks_with_their_place(
    extractor: Extractor, text: str, place: str
) -> None:
    (incident,) = _kinds(extractor, text, "incident")
    assert incident.location is not None and incident.location.name == place


def test_a_police_raid_is_law_enforcement_not_an_attack(extractor: Extractor) -> None:
    (raid,) = _kinds(
        extractor, "Police carried out a police raid in the Molenbeek district of Brussels on Friday.", "incident"
    )
    assert raid.category == IncidentCategory.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "EU antitrust officials raided the offices of three cement makers in Lyon on Tuesday.",
        "Tax inspectors raided the headquarters of the football club in Turin on Tuesday.",
    ],
)
def test_a_raid_by_inspectors_or_regulators_is_law_enforcement(extractor: Extractor, text: str) -> None:
    """An inspection by a regulator's officials (``law_enforcement_forces``, by the head or its modifier)."""
    raids = _kinds(extractor, text, "incident")
    assert raids and all(r.category == IncidentCategory.OTHER for r in raids)


def test_killing_a_merger_is_no_attack(extractor: Extractor) -> None:
    """ "Regulators in Brussels killed the $2 billion merger": a deal, among ``figurative_objects``."""
    text = "Regulators in Brussels killed the $2 billion merger of two regional airlines on Friday."
    assert _kinds(extractor, text, "incident") == []


def test_a_march_against_a_plan_is_a_protest(extractor: Extractor) -> None:
    """ "an attack on the plan" is words; "a march against the pension plan" is people in the street."""
    (march,) = _kinds(extractor, "Thousands joined a march against the pension plan in Lyon on Sunday.", "incident")
    assert march.category == IncidentCategory.PROTEST


def test_a_raid_by_a_policeman_named_by_his_country_is_law_enforcement(extractor: Extractor) -> None:
    # the actor's name is the country ("Ugandan"); the words the text used ("riot policeman") tell the force
    text = "A Kenyan police officer guards the gate in Mombasa on Monday, hours after raiding the party office."
    raids = [e for e in _kinds(extractor, text, "incident") if e.trigger is not None and e.trigger.text == "raiding"]
    assert raids
    assert all(r.category == IncidentCategory.OTHER for r in raids)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The outbreak of clashes in the Harbour Province on Monday displaced thousands.",
            IncidentCategory.ARMED_CONFLICT,
        ),
        ("An outbreak of cholera in the Harbour Province killed 20 people on Monday.", IncidentCategory.DISASTER),
    ],
    ids=["outbreak of clashes", "outbreak of cholera"],
)
def test_an_onset_noun_takes_the_category_of_its_of_phrase(
    extractor: Extractor, text: str, category: IncidentCategory
) -> None:
    (incident,) = _kinds(extractor, text, "incident")
    assert incident.category == category


def test_a_failed_coup_with_a_place_is_an_incident(extractor: Extractor) -> None:
    (coup,) = _kinds(extractor, "Dozens were arrested after the attempted coup in Bamako on Monday.", "incident")
    assert coup.category == IncidentCategory.OTHER
    assert coup.location is not None and coup.location.name == "Bamako"


@pytest.mark.parametrize(
    "text",
    [
        "Securing the union's endorsement was a coup for Senator Ines Calder.",
        "Barring a cataclysm or a coup, the party will nominate her in July.",
    ],
)
def test_a_figurative_coup_is_no_incident(extractor: Extractor, text: str) -> None:
    assert _kinds(extractor, text, "incident") == []


@pytest.mark.parametrize(
    "text",
    [
        "The columnist wrote about the scathing attacks against the mayor in the Harbour Times.",
        "The senator answered the verbal attacks of his rival in Ohio on Monday.",
    ],
)
def test_attacks_in_words_are_no_incident(extractor: Extractor, text: str) -> None:
    assert _kinds(extractor, text, "incident") == []


def test_a_conflict_talks_aim_to_settle_is_a_topic_not_an_incident(extractor: Extractor) -> None:
    text = "Envoys will meet in Oslo on Wednesday for talks to resolve the Harbour Province conflict."
    assert _kinds(extractor, text, "incident") == []


def test_a_fall_into_a_hazard_is_an_accident(extractor: Extractor) -> None:
    text = "A six-year-old girl fell into a disused well in Harbourside on Sunday."
    (fall,) = _kinds(extractor, text, "incident")
    assert fall.category == IncidentCategory.ACCIDENT
    assert fall.location is not None and fall.location.name == "Harbourside"


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices fell sharply in London on Monday.",
        "The town of Harbourside fell to the rebels in June.",
        "The minister fell from power in Oslo last year.",
    ],
)
def test_other_falls_are_no_incident(extractor: Extractor, text: str) -> None:
    assert not [e for e in _kinds(extractor, text, "incident") if e.trigger is not None and e.trigger.text == "fell"]


def test_who_is_accused_of_an_attack_did_it_not_the_accuser(extractor: Extractor) -> None:
    text = "Police accused the Harbour Front group of attacking a bus in Lahore on Monday."
    (attack,) = _kinds(extractor, text, "incident")
    assert [a.name for a in attack.actors] == ["Harbour Front"]


def test_a_protest_at_a_venue_and_in_its_city_by_the_same_person_is_one(extractor: Extractor) -> None:
    text = (
        "Singer Mara Quinn staged a protest outside Quinn Tower on Wednesday.\n\n"
        "Fans cheered as Mara Quinn led the protest in New York City."
    )
    protests = [e for e in _kinds(extractor, text, "incident") if e.category == IncidentCategory.PROTEST]
    assert len(protests) == 1


def test_a_named_storm_is_one_disaster_with_its_toll_and_place(extractor: Extractor) -> None:
    (storm,) = _kinds(extractor, "Hurricane Milton struck Florida on Wednesday, killing 12 people.", "incident")
    assert storm.category == IncidentCategory.DISASTER
    assert storm.location is not None and storm.location.name == "Florida"
    assert storm.casualties is not None and storm.casualties.killed == 12


def test_firing_on_a_target_is_an_attack(extractor: Extractor) -> None:
    (attack,) = _kinds(extractor, "Gunmen fired on a bus in Kabul, killing three people.", "incident")
    assert attack.category == IncidentCategory.ATTACK
    assert attack.location is not None and attack.location.name == "Kabul"


def test_a_visit_needs_a_named_visitor(extractor: Extractor) -> None:
    assert _kinds(extractor, "The minister visited a factory in Pune on Tuesday.", "meeting") == []
    (visit,) = _kinds(extractor, "Prime Minister Lee visited Japan last week.", "meeting")
    assert {p.name for p in visit.participants} >= {"Lee"}


def test_provided_x_with_y_makes_x_the_recipient(extractor: Extractor) -> None:
    (gift,) = _kinds(extractor, "The EU provided Ukraine with 500 generators last winter.", "donation")
    assert gift.recipient is not None and gift.recipient.name == "Ukraine"
    assert any(i.quantity == 500 for i in gift.items)


def test_a_month_is_not_a_march(extractor: Extractor) -> None:
    assert _kinds(extractor, "Chinese President Xi visited Moscow in March.", "incident") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A five-storey building collapsed in Lagos on Monday, killing 12 people.", True),
        ("The collapse of a bridge in Genoa killed 43 people.", True),
        ("The collapse of some moderate militias in Syria worried analysts.", False),
        ("Peace talks collapsed in Doha on Sunday.", False),
    ],
    ids=["building collapsed", "bridge collapse", "militias collapse", "talks collapsed"],
)
def test_a_collapse_needs_a_structure(extractor: Extractor, text: str, found: bool) -> None:
    assert bool(_kinds(extractor, text, "incident")) is found


def test_two_event_nouns_of_a_plain_verb_stay_two_occurrences(extractor: Extractor) -> None:
    text = (
        "Flash floods swept through villages in the northern province of Vela on Tuesday, killing 14 people.\n\n"
        "The floods came a week after protests in the capital, Kandura, where students marched against fuel prices."
    )
    kinds = {e.category for e in _kinds(extractor, text, "incident")}
    assert kinds == {IncidentCategory.DISASTER, IncidentCategory.PROTEST}


def test_police_opening_a_sentence_is_no_named_party(extractor: Extractor) -> None:
    assert _kinds(extractor, "Police fired tear gas at the demonstrators.", "incident") == []


def test_a_hyphenated_country_pair_names_the_meeting_parties(extractor: Extractor) -> None:
    text = "The case was raised during Tuesday's U.S.-Turkey meeting in Washington."
    (meeting,) = _kinds(extractor, text, "meeting")
    assert {p.country for p in meeting.participants} == {"USA", "TUR"}


def test_a_verb_set_against_another_by_rather_than_is_negated(extractor: Extractor) -> None:
    """ "should talk to armed groups rather than bomb them": the bombing is what is not to be done."""
    text = (
        "Mediator dies\n\nIn a lecture at Lima University, he argued that Western governments should talk to "
        "armed groups rather than bomb them."
    )
    incidents = extractor.extract(text, published="2024-03-15").incidents
    assert all(i.modality == Modality.NEGATED for i in incidents)
