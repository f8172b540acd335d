"""Meeting extraction: one row per trigger family, argument frame and modality, with negatives.

The sentences are written for these tests. They run through the real pipeline
(``en_core_web_sm``), loaded once for the module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import pytest

from eventkit.extractors.triggers import rules
from eventkit.models import Modality
from eventkit.normalize.countries import country_code

if TYPE_CHECKING:
    from spacy.language import Language

    from eventkit.api import Extractor
    from eventkit.models import Meeting

PUBLISHED = "2024-03-15"


def _meetings(extractor: Extractor, text: str) -> list[Meeting]:
    return extractor.extract(text, published=PUBLISHED).meetings


def _names(meeting: Meeting) -> set[str]:
    out: set[str] = set()
    for actor in meeting.participants:
        out.add(actor.name)
        out.update(actor.aliases)
    return out


class Row(NamedTuple):
    """One expected meeting: every name in ``participants`` is some participant's name or alias."""

    text: str
    participants: tuple[str, ...]
    kind: str
    modality: str = "asserted"
    location: str | None = None


ROWS = {
    "verb meet with subject and object": Row(
        "Kenyan President William Ruto met Ghanaian President Nana Akufo-Addo in Nairobi on Monday.",
        ("William Ruto", "Nana Akufo-Addo"),
        "meeting",
        location="Nairobi",
    ),
    "meet with a with-phrase": Row(
        "Prime Minister Anthony Albanese met with Chancellor Olaf Scholz on Tuesday.",
        ("Anthony Albanese", "Olaf Scholz"),
        "meeting",
    ),
    "held talks with": Row(
        "Foreign Minister Penny Wong held talks with Wang Yi in Canberra.",
        ("Penny Wong", "Wang Yi"),
        "talks",
    ),
    "coordinated subjects held talks": Row(
        "Indonesia and Malaysia renewed negotiations on the border last week.",
        ("Indonesia", "Malaysia"),
        "talks",
    ),
    "passive host with agent": Row(
        "Mexican Foreign Minister Alicia Barcena was received by Emmanuel Macron at the Elysee Palace.",
        ("Alicia Barcena", "Emmanuel Macron"),
        "meeting",
    ),
    "a counterpart received (a pair noun is a guest)": Row(
        "President Ana Ruiz received her Chilean counterpart at the palace in Lima on Friday.",
        ("Ana Ruiz", "her Chilean counterpart"),
        "meeting",
    ),
    "host verb": Row(
        "Chancellor Olaf Scholz hosted President Andrzej Duda in Berlin on Friday.",
        ("Olaf Scholz", "Andrzej Duda"),
        "meeting",
    ),
    "visit to a country": Row(
        "President Lula da Silva visited Egypt in February.",
        ("Lula da Silva", "Egypt"),
        "visit",
        location="Egypt",
    ),
    "nominal visit on a light verb": Row(
        "Prime Minister Fiame Naomi Mata'afa arrived in Wellington on an official visit on Sunday.",
        ("Fiame Naomi Mata'afa",),
        "visit",
        location="Wellington",
    ),
    "phone call verb": Row(
        "Secretary of State Antony Blinken telephoned Foreign Minister Sergey Lavrov on Wednesday.",
        ("Antony Blinken", "Sergey Lavrov"),
        "call",
    ),
    "mediation between parties": Row(
        "Qatari envoy Mohammed Al-Khulaifi launched a mediation effort between Ethiopia and Eritrea.",
        ("Ethiopia", "Eritrea"),
        "talks",
    ),
    "planned meeting": Row(
        "Prime Minister Narendra Modi will meet Chancellor Olaf Scholz in Delhi next week.",
        ("Narendra Modi", "Olaf Scholz"),
        "meeting",
        "planned",
    ),
    "adverbial gerund": Row(
        "Harbour Minister Ines Calder changed her plans after meeting with Norwegian Prime Minister Jonas Gahr Store.",
        ("Ines Calder", "Jonas Gahr Store"),
        "meeting",
    ),
    "spoke to a named partner": Row(
        "Swedish Prime Minister Ulf Kristersson spoke to Finnish President Alexander Stubb on Saturday.",
        ("Ulf Kristersson", "Alexander Stubb"),
        "talks",
    ),
    "the named ones of a group": Row(
        "Prime Minister Ulf Kristersson met several leaders on Saturday, including Finnish President Alexander Stubb.",
        ("Ulf Kristersson", "Alexander Stubb"),
        "meeting",
    ),
    "handshake": Row(
        "Kenyan President William Ruto shook hands with Tanzanian President Samia Suluhu Hassan in Arusha on Monday.",
        ("William Ruto", "Samia Suluhu Hassan"),
        "meeting",
    ),
    "caption with photo positions": Row(
        "Chancellor Olaf Scholz, left, welcomes President Andrzej Duda at the chancellery in Kiel, Oct. 3, 2024.",
        ("Olaf Scholz", "Andrzej Duda"),
        "meeting",
    ),
    "sat down with": Row(
        "Foreign Minister Ines Calder sat down with Norwegian Prime Minister Jonas Gahr Store in Oslo on Monday.",
        ("Ines Calder", "Jonas Gahr Store"),
        "meeting",
        location="Oslo",
    ),
    "they after a group of named parties": Row(
        "The leaders of Norway, Sweden and Finland traded barbs over fishing quotas. "
        "As they met in Tromso, farmers protested outside.",
        ("Norway", "Sweden", "Finland"),
        "meeting",
        location="Tromso",
    ),
    "spoke with a named partner": Row(
        "Foreign Minister Ines Calder spoke with President Jonas Gahr Store on Monday.",
        ("Ines Calder", "Jonas Gahr Store"),
        "talks",
    ),
    "an audience with": Row(
        "President Ines Calder had an audience with Pope Francis at the Vatican on Monday.",
        ("Ines Calder", "Francis"),
        "meeting",
    ),
    "negated meeting": Row(
        "Prime Minister Rishi Sunak did not meet President Joe Biden during the trip.",
        ("Rishi Sunak", "Joe Biden"),
        "meeting",
        "negated",
    ),
}

NEGATIVES = {
    "what a mediator mediated": "Ostravia and Kirsk exchanged 90 prisoners on Monday. It was mediated by Qatar.",
    "a building the talks were held in": "The talks at Dolmabahce Palace, hosted by Foreign Minister Ana Ruiz, ended.",
    "coordinated subjects welcoming a thing": "Britain and France welcomed the ruling on Monday.",
    "coordinated subjects receiving money": "Ana Ruiz, Tom Beck and Lena Voss will each receive $10 million.",
    "a show title": 'Mayor Ana Okafor told "Meet the Press" on Sunday that the vote was fair.',
    "counted two-way visits": "Officials praised the more than 80 two-way visits made by Kenyan and Ugandan parties.",
    "possessive plural visits": "Ruto's visits showed how much Nairobi values its partners.",
    "generic leaders met": "The leaders last met in June.",
    "welcome as a stance": "Brazil welcomes Argentina to continue its participation in the forum.",
    "no named counterpart": "The committee met on Tuesday to review the budget.",
    "sat down with reporters": "Prime Minister Ulf Kristersson sat down with reporters in Malmo on Saturday.",
    "sat down with a channel": "Sitting down with MSNBC on Thursday, Senator Ana Okafor said she would run.",
    "spoke to reporters": "Prime Minister Ulf Kristersson spoke to reporters in Malmo on Saturday.",
    "talked to unnamed voters": "Prime Minister Ulf Kristersson talked to voters in Malmo, including many students.",
    "two speakers to one audience": "Hundreds of voters braved the cold in Malmo to hear Calder and Kristersson speak.",
    "an event hosted by a channel": "Ines Calder spoke at a Malmo town hall hosted by Nordic TV on Monday.",
    "the audience someone told": "Kristersson assured his Social Democratic audience, amid cheers, that he would win.",
    "a noun's gerund has no subject": "Minister Ines Calder voiced hope on the chances of meeting Jonas Gahr Store.",
    "a band's tour": "Singer Mira Holt cancelled the last dates of her Aurora tour in Oslo in May.",
    "a rate": "Swedish officials meet their Danish counterparts twice a year in Malmo.",
    "a count of times": "Ulf Kristersson and Ines Calder have met 14 times since 2020.",
    "an inspection tour": "Governor Ines Calder made a tour of the flooded villages near Malmo on Monday.",
}


@pytest.mark.parametrize("row", list(ROWS.values()), ids=list(ROWS))
def test_meeting_frames(meeting_extractor: Extractor, row: Row) -> None:
    """Each frame yields one meeting with the expected participants, kind and modality."""
    found = _meetings(meeting_extractor, row.text)
    assert found, f"no meeting in {row.text!r}"
    best = max(found, key=lambda m: len(_names(m) & set(row.participants)))
    names = _names(best)
    for name in row.participants:
        assert any(name in n for n in names), f"{name!r} not among {names}"
    assert best.kind.value == row.kind
    assert best.modality.value == row.modality
    if row.location is not None:
        assert best.location is not None and row.location in best.location.name
    assert best.rule_ids and best.rule_ids[0].startswith("meeting.")
    assert 0.0 < best.confidence <= 1.0


@pytest.mark.parametrize("text", list(NEGATIVES.values()), ids=list(NEGATIVES))
def test_meeting_negatives(meeting_extractor: Extractor, text: str) -> None:
    """Generic and figurative mentions yield no meeting."""
    assert _meetings(meeting_extractor, text) == []


def test_meeting_date_from_own_clause(meeting_extractor: Extractor) -> None:
    """The date comes from the trigger's clause; without one it is null."""
    dated = _meetings(meeting_extractor, "On March 4, Ruto met Akufo-Addo in Accra.")
    assert dated and dated[0].date is not None and dated[0].date.start.isoformat() == "2024-03-04"
    undated = _meetings(meeting_extractor, "Ruto met Akufo-Addo in Accra.")
    assert undated and undated[0].date is None


def test_meeting_evidence_is_grounded(meeting_extractor: Extractor) -> None:
    """Trigger and evidence are raw-text spans of the input."""
    text = "Ruto met Akufo-Addo in Accra."
    meeting = _meetings(meeting_extractor, text)[0]
    assert meeting.trigger is not None and text[meeting.trigger.start : meeting.trigger.end] == "met"
    assert meeting.evidence and text[meeting.evidence[0].start : meeting.evidence[0].end] == meeting.evidence[0].text


def test_meeting_lexicon_validates() -> None:
    """Every meeting rule names a known kind and frame."""
    for rule in rules("meeting"):
        assert rule.kind in {"meeting", "visit", "talks", "summit", "call"}
        assert rule.frame in {"symmetric", "partner", "topic", "host", "visit", "call", "nominal", "mediation"}


def test_a_place_the_parse_hangs_from_the_partner_is_where_they_met(meeting_extractor: Extractor) -> None:
    text = "President Ana Ruiz held talks with Prime Minister Jonas Berg in Oslo on Monday."
    (meeting,) = meeting_extractor.extract(text, published="2024-03-15").meetings
    assert meeting.location is not None and meeting.location.name == "Oslo"


def test_a_partner_that_is_a_place_is_no_location(meeting_extractor: Extractor) -> None:
    text = "Kenya held talks with Tanzania on Monday about the border."
    for meeting in meeting_extractor.extract(text, published="2024-03-15").meetings:
        assert meeting.location is None


def test_a_title_parsed_as_a_conjunct_of_its_own_is_no_third_party() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from eventkit.extractors.meeting import _title_of_next_name

    # "between Berg and Danish leader Erik Madsen" with "leader" and "Madsen" both conjuncts of "Berg"
    words = ["between", "Berg", "and", "Danish", "leader", "Erik", "Madsen"]
    heads = [0, 0, 1, 4, 1, 6, 1]
    deps = ["ROOT", "pobj", "cc", "amod", "conj", "compound", "conj"]
    pos = ["ADP", "PROPN", "CCONJ", "ADJ", "NOUN", "PROPN", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    doc.ents = [Span(doc, 1, 2, "PERSON"), Span(doc, 5, 7, "PERSON")]
    assert _title_of_next_name(doc[4])  # the title belongs to the name after it
    assert not _title_of_next_name(doc[6])  # the name itself takes part


def test_a_fixture_in_a_match_report_is_no_meeting(meeting_extractor: Extractor) -> None:
    text = (
        "Rovers Edge Past Albion\n\n"
        "Rovers beat Albion 2-1 on Sunday, striker Tom Reyes scoring the winner in stoppage time after the "
        "referee waved play on.\n\n"
        "Albion, who host Chelsea on Saturday, will meet Rovers again in April. Club chairman Ana Ruiz met "
        "Mayor Paul Berg in Leeds on Monday."
    )
    assert [sorted(a.name for a in m.participants) for m in _meetings(meeting_extractor, text)] == [
        ["Ana Ruiz", "Paul Berg"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour United met Albion Rovers in the FA Cup semi-final at Wembley last April.",
        "Ana Ruiz met Tom Hale in the final of the national championship in Lyon.",
        "The prince visits Balmoral every summer with his family.",
        "Mayor Ana Ruiz meets Bishop Tom Hale regularly to discuss the shelters.",
        "Ana Ruiz, a former envoy, died on Sunday. She met Tom Hale several times during the 1980s.",
        "Ana Ruiz, a former envoy, died on Sunday. She met Tom Hale on several occasions in Lyon.",
    ],
)
def test_a_match_or_a_custom_is_no_meeting(meeting_extractor: Extractor, text: str) -> None:
    """Teams that met in a semi-final played; a leader who visits every summer keeps a custom."""
    assert _meetings(meeting_extractor, "Weekend round-up\n\n" + text) == []


def test_an_earlier_meeting_of_the_same_people_stays_apart(meeting_extractor: Extractor) -> None:
    """ "He last met Hale in June 2023" is another meeting than the one of the story, never its date."""
    text = (
        "Envoy in Lyon\n\nForeign Minister Ana Ruiz held talks with Mayor Paul Berg in Lyon on Friday. "
        "Ruiz later met President Tom Hale at the town hall. She last met Hale in June 2023."
    )
    with_hale = [m for m in _meetings(meeting_extractor, text) if "Tom Hale" in {a.name for a in m.participants}]
    assert len(with_hale) == 2
    assert sum(1 for m in with_hale if m.date is not None and m.date.start.year == 2023) == 1


def test_a_meeting_of_two_days_is_still_a_meeting(meeting_extractor: Extractor) -> None:
    text = "Weekend round-up\n\nMayor Ana Ruiz met Bishop Tom Hale for two days in Lyon last week."
    (meeting,) = _meetings(meeting_extractor, text)
    assert {a.name for a in meeting.participants} == {"Ana Ruiz", "Tom Hale"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Jorge Araya conceded defeat on Sunday and called Camila Rojas to congratulate her.",
            ["Camila Rojas", "Jorge Araya"],
        ),
        (
            "President Ana Ruiz called Chancellor Tom Hale on Monday to discuss the gas crisis.",
            ["Ana Ruiz", "Tom Hale"],
        ),
    ],
)
def test_calling_someone_to_do_something_is_a_telephone_call(
    meeting_extractor: Extractor, text: str, pair: list[str]
) -> None:
    (call,) = _meetings(meeting_extractor, text)
    assert sorted(a.name for a in call.participants) == pair
    assert call.kind.value == "call"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz called the plan a disaster for the harbour.",
        "Ana Ruiz called troops to the border to stop smugglers.",
        "On Saturday, Senator Ana Ruiz called on Governor Tom Hale to resign over the water crisis.",
    ],
)
def test_call_without_a_person_and_a_purpose_is_no_meeting(meeting_extractor: Extractor, text: str) -> None:
    assert _meetings(meeting_extractor, text) == []


@pytest.mark.parametrize(
    "text",
    ["Ana Ruiz called for talks with Tom Hale on Monday.", "Ana Ruiz pushed for a summit with Tom Hale in Lima."],
)
def test_a_meeting_someone_asks_for_has_not_happened(meeting_extractor: Extractor, text: str) -> None:
    assert [m.modality.value for m in _meetings(meeting_extractor, text)] == ["hypothetical"]


def test_two_leaders_of_a_gathering_meeting_on_its_sidelines_is_another_meeting(meeting_extractor: Extractor) -> None:
    """The host and one guest's president: not a mention of the five-party summit."""
    text = (
        "Regional Leaders Agree to Boost Trade\n\n"
        "Kenyan President William Ruto hosted the leaders of Uganda, Tanzania, Rwanda and Burundi at State House. "
        "On the sidelines of the summit, Ruto met separately with Rwandan President Paul Kagame to discuss security."
    )
    found = _meetings(meeting_extractor, text)
    assert len(found) == 2
    assert {"William Ruto", "Paul Kagame"} in [{p.name for p in m.participants} for m in found]


def test_a_later_mention_naming_the_same_two_parties_is_the_same_meeting(meeting_extractor: Extractor) -> None:
    text = (
        "Prime Minister Ana Lind met President Tomas Varga in Oslo on Monday. "
        "Lind and Varga also discussed the fishing dispute, officials said."
    )
    assert len(_meetings(meeting_extractor, text)) == 1


def test_a_visit_in_the_headline_and_talks_of_its_minister_in_the_body_are_one_meeting(
    meeting_extractor: Extractor,
) -> None:
    """The minister's country (from "Ghana's foreign minister, Kofi Mensah") makes him the headline's Ghana."""
    text = (
        "Ghana's foreign minister visits Lagos for talks\n\n"
        "Ghana's foreign minister, Kofi Mensah, held talks with his Nigerian counterpart Ada Obi in Lagos on Monday."
    )
    (found,) = _meetings(meeting_extractor, text)
    assert {"Kofi Mensah", "Ada Obi"} <= _names(found)


def test_a_partner_the_parse_hangs_on_the_manner_of_speaking_is_a_participant(meeting_extractor: Extractor) -> None:
    """ "spoke by phone with X about Y": the parse hangs "with" on "phone"; X is still who she spoke with."""
    text = (
        "Indonesian minister in Wellington\n\nRetno Sari arrived in Wellington on Monday.\n\n"
        "Later, Ms Sari spoke by phone with New Zealand's foreign minister about regional security."
    )
    calls = [m for m in _meetings(meeting_extractor, text) if m.kind is not None and m.kind.value == "call"]
    assert len(calls) == 1
    assert {a.country for a in calls[0].participants} >= {"NZL"}


def test_the_person_thanked_in_a_phone_call_is_its_other_party(meeting_extractor: Extractor) -> None:
    text = "Ana Ruiz thanked Kenya's president, William Ruto, in a phone call on Thursday evening, her office said."
    (found,) = _meetings(meeting_extractor, text)
    assert {a.name for a in found.participants} == {"Ana Ruiz", "William Ruto"}
    assert found.date is not None and found.date.start.isoformat() == "2024-03-14"


def test_the_subject_of_an_act_done_in_a_call_is_on_the_call(meeting_extractor: Extractor) -> None:
    text = "Ana Ruiz is conceding the race in Ohio in a phone call with Tom Hale, her campaign said."
    (found,) = _meetings(meeting_extractor, text)
    assert {a.name for a in found.participants} == {"Ana Ruiz", "Tom Hale"}


def test_someone_only_described_in_a_call_is_no_party_of_it(meeting_extractor: Extractor) -> None:
    assert _meetings(meeting_extractor, "In the call, Senator Ana Ruiz cast Tom Hale as a reckless spender.") == []


def test_an_audience_named_after_a_place_is_no_party(meeting_extractor: Extractor) -> None:
    """ "a conference call with Iowa reporters": reporters, whatever state they write in, are an audience."""
    text = "The bill will pass, Senator Tom Hale said in a conference call with Iowa reporters on Monday."
    assert _meetings(meeting_extractor, text) == []


def test_a_place_in_what_was_discussed_is_no_meeting_place(meeting_extractor: Extractor) -> None:
    """ "discussed a Baltic Sea shipping deal": the sea is a topic of the call, not where it took place."""
    text = (
        "German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk discussed a Baltic Sea "
        "shipping deal in a telephone call on Monday, the German government said."
    )
    (found,) = _meetings(meeting_extractor, text)
    assert found.location is None


def test_talks_someone_is_ready_to_host_have_not_happened(meeting_extractor: Extractor) -> None:
    """ "was ready to host new talks between X and Y": a readiness, hypothetical; "the two leaders" are the callers."""
    text = (
        "Austrian Chancellor Karl Nehammer and Hungarian Prime Minister Viktor Orban spoke by telephone on "
        "Sunday. Nehammer told Orban that Austria was ready to host new talks between Serbia and Kosovo. "
        "The two leaders also discussed energy prices, the Austrian chancellery said."
    )
    found = _meetings(meeting_extractor, text)
    hosted = [m for m in found if {"Serbia", "Kosovo"} & _names(m)]
    assert all(m.modality.value == "hypothetical" for m in hosted)
    assert not any({"Serbia", "Kosovo"} & _names(m) and "Viktor Orban" in _names(m) for m in found)


def test_a_summit_named_as_a_time_is_not_the_hosts_meeting(meeting_extractor: Extractor) -> None:
    """ "hosted X for dinner ..., a day before an EU summit": the summit's party is not the host."""
    text = (
        "Dutch Prime Minister Mark Rutte hosted Belgian Prime Minister Alexander De Croo for dinner in The "
        "Hague on Thursday, a day before a European Union summit on energy."
    )
    found = _meetings(meeting_extractor, text)
    assert not any("European Union" in _names(m) and "Mark Rutte" in _names(m) for m in found)


def test_a_relative_clause_on_a_persons_title_is_the_persons(meeting_extractor: Extractor) -> None:
    """ "said Ana Ruiz, the U.N. relief chief, who met X": Ana Ruiz met X, not the U.N."""
    text = (
        '"This is a man-made crisis," said Ana Ruiz, the U.N. relief chief, who visited Port Sudan last week '
        "and met army chief Abdel Fattah al-Burhan."
    )
    found = _meetings(meeting_extractor, text)
    assert found and all("Ana Ruiz" in _names(m) and "U.N." not in _names(m) for m in found)


def test_talks_conjoined_to_an_arrival_share_its_day_and_place(meeting_extractor: Extractor) -> None:
    """ "arrived in Colombo on Friday evening and held talks with Y": Friday, in Colombo."""
    text = (
        "Maldivian President Mohamed Muizzu arrived in Colombo on Friday evening and held "
        "talks with Sri Lankan President Anura Dissanayake."
    )
    talks = [m for m in _meetings(meeting_extractor, text) if "Anura Dissanayake" in _names(m)]
    assert talks and all(m.date is not None and m.location is not None for m in talks)


@pytest.mark.parametrize(
    "sentence",
    [
        # a measure of the talks between the light verb and the meeting noun
        "President Ana Ruiz and Chancellor Olaf Brandt held more than five hours of talks in Lisbon on Tuesday.",
        "President Ana Ruiz and Chancellor Olaf Brandt held a second round of talks in Lisbon on Tuesday.",
    ],
)
def test_a_measure_of_talks_is_a_meeting_of_the_verbs_subject(meeting_extractor: Extractor, sentence: str) -> None:
    (found,) = _meetings(meeting_extractor, "Leaders meet\n\n" + sentence)
    assert {"Ana Ruiz", "Olaf Brandt"} <= _names(found)


def test_two_titled_names_coordinated_under_an_apposition_both_take_part(meeting_extractor: Extractor) -> None:
    """ "U.S. President X and Chinese President Y held talks": the parse hangs Y on X's apposition."""
    text = (
        "Leaders meet\n\n"
        "U.S. President Barack Obama and Chinese President Xi Jinping held talks at the leadership compound "
        "in Beijing on Tuesday evening."
    )
    (found,) = _meetings(meeting_extractor, text)
    assert {"Barack Obama", "Xi Jinping"} <= _names(found)


def test_a_where_clause_hung_on_the_day_gives_the_meeting_its_place_and_day(meeting_extractor: Extractor) -> None:
    """ "flew to Geneva on Sunday, where he met X": the parse hangs the clause on the day."""
    text = (
        "Ministers meet\n\n"
        "Foreign Minister Ana Ruiz flew to Geneva on Sunday, where she met her Danish counterpart Lars Holm "
        "for four hours."
    )
    (found,) = _meetings(meeting_extractor, text)
    assert found.location is not None and found.location.name == "Geneva"
    assert found.date is not None and found.date.start.weekday() == 6


def test_a_visited_town_is_the_town_named_before(meeting_extractor: Extractor) -> None:
    text = (
        "Hundreds of residents were evacuated in Carlisle on Thursday.\n\n"
        "Premier Dana Holt visited the town on Friday and met Mayor John Reid at the rest centre."
    )
    (visit,) = _meetings(meeting_extractor, text)
    assert visit.location is not None and visit.location.name == "Carlisle"


def test_a_visited_town_named_nowhere_is_no_location(meeting_extractor: Extractor) -> None:
    text = "Premier Dana Holt visited the town on Friday and met volunteers at the rest centre."
    assert all(m.location is None or m.location.name != "town" for m in _meetings(meeting_extractor, text))


def test_a_visit_to_a_site_has_no_host_country(meeting_extractor: Extractor) -> None:
    """ "visited a memorial in Washington": a site seen, not a visit to the United States."""
    text = "On Friday, Premier Dana Holt visited a memorial to the war dead in Washington."
    assert _meetings(meeting_extractor, "Premier in the US\n\n" + text) == []


def test_a_visit_to_a_country_still_has_its_host(meeting_extractor: Extractor) -> None:
    (visit,) = _meetings(meeting_extractor, "Premier abroad\n\nPremier Dana Holt visited Mali on Friday.")
    assert {p.name for p in visit.participants} == {"Dana Holt", "Mali"}


def test_talks_a_visit_was_for_are_the_visit(meeting_extractor: Extractor) -> None:
    """ "visited Washington for talks with Y": one meeting, with the visitor, Y and the visited place."""
    text = "President Ana Ruiz of Kelland visited Washington on Monday for talks with President Joe Biden."
    (visit,) = _meetings(meeting_extractor, "Ruiz in Washington\n\n" + text)
    assert {"Ana Ruiz", "Joe Biden"} <= _names(visit)
    assert visit.location is not None and visit.location.name == "Washington"


def test_talks_a_journey_was_for_take_its_place(meeting_extractor: Extractor) -> None:
    """ "travelled to Beijing on Thursday for talks with Y": the talks were in Beijing, that Thursday."""
    text = "Chancellor Olaf Scholz travelled to Beijing on Thursday for talks with President Xi Jinping."
    (talks,) = _meetings(meeting_extractor, "Scholz in China\n\n" + text)
    assert {"Olaf Scholz", "Xi Jinping"} <= _names(talks)
    assert talks.location is not None and talks.location.name == "Beijing"
    assert talks.date is not None and talks.date.start.isoformat() == "2024-03-14"


def test_the_prime_minister_is_not_the_foreign_minister_named_before(meeting_extractor: Extractor) -> None:
    """A description's office of two words must be the titled person's: "the Prime Minister" is not Penny Wong."""
    text = (
        "Foreign Minister Penny Wong told reporters in Canberra that Australia wanted calm.\n\n"
        "The Prime Minister spoke with President Joe Biden by phone on Wednesday."
    )
    (call,) = _meetings(meeting_extractor, "Calls for calm\n\n" + text)
    assert "Penny Wong" not in _names(call)


def test_a_nominal_visit_to_a_site_has_no_host_country(meeting_extractor: Extractor) -> None:
    """ "during a visit to a farm in Iowa": a site seen, as "visited a farm" is, not a visit to the United States."""
    text = 'Secretary Tom Vilsack told reporters during a visit to a farm in Iowa: "We are taking this seriously."'
    assert _meetings(meeting_extractor, "Bird flu\n\n" + text) == []


def test_players_who_meet_at_a_named_classic_play_a_fixture(meeting_extractor: Extractor) -> None:
    """ "will meet again at the Lakeside Classic": a golf or tennis event, no meeting of two parties."""
    text = "Golf\n\nAnna Fenwick and Carla Ortega will meet again at the Harbour Bay Classic in Ohio next month."
    assert _meetings(meeting_extractor, text) == []


def test_a_title_of_a_named_body_is_that_body_in_a_meeting(meeting_extractor: Extractor) -> None:
    """ "met the chief executive of the Harbour Hospitals Trust": the trust is the counterpart."""
    text = "Visit\n\nHealth Secretary Anna Brenner met the chief executive of the Harbour Hospitals Trust on Monday."
    (meeting,) = _meetings(meeting_extractor, text)
    assert {p.name for p in meeting.participants} == {"Anna Brenner", "Harbour Hospitals Trust"}


def test_a_courtesy_call_on_someone_is_a_visit_to_them(meeting_extractor: Extractor) -> None:
    """ "paid a courtesy call on Governor X": the caller met X in person (``on_host_modifiers``)."""
    text = "Diplomacy\n\nJapanese Ambassador Kenji Sato paid a courtesy call on Governor Maria Santos on Tuesday."
    (meeting,) = _meetings(meeting_extractor, text)
    assert {"Kenji Sato", "Maria Santos"} <= {p.name for p in meeting.participants}
    assert meeting.kind.value == "visit"


def test_the_leader_of_a_delegation_takes_part(meeting_extractor: Extractor) -> None:
    """ "a Japanese business delegation led by X met Y": Japan, X and Y (``leading_verbs``)."""
    text = (
        "Trade talks in Delhi\n\nBy Staff Reporter\n\n"
        "A 12-member Japanese business delegation led by Hiroshi Tanabe met Commerce Minister "
        "Ramakant Deshpande in New Delhi on Tuesday."
    )
    (meeting,) = _meetings(meeting_extractor, text)
    assert {"Hiroshi Tanabe", "Ramakant Deshpande"} <= _names(meeting)


def test_a_title_the_recogniser_took_for_a_body_yields_to_the_person_in_apposition(
    meeting_extractor: Extractor,
) -> None:
    """ "met the UN Resident Coordinator, Ingrid Solvang": the coordinator is Ingrid Solvang, not a body."""
    text = (
        "Minister in Juba\n\nBy Staff Reporter\n\n"
        "Foreign Minister Tove Lindahl met the UN Resident Coordinator, Ingrid Solvang, in Juba on Tuesday."
    )
    (meeting,) = _meetings(meeting_extractor, text)
    assert [p.name for p in meeting.participants] == ["Tove Lindahl", "Ingrid Solvang"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister of Foreign Affairs of Sarnavia, Elena Faraday, held a telephone conversation"
        " with Foreign Minister Tao Jiacheng on Monday.",
        "The Minister of Foreign Affairs of Sarnavia, Elena Faraday, held a telephone conversation"
        " with the Minister of Foreign Affairs of Velmora, Tao Jiacheng, on Monday.",
        "The mayor of Ashcombe, Elena Faraday, met Foreign Minister Tao Jiacheng on Saturday.",
    ],
)
def test_a_title_phrase_with_a_name_in_apposition_is_that_person(meeting_extractor: Extractor, sentence: str) -> None:
    """A readout's "the Minister of Foreign Affairs of X, Name,": the person, not the words of the title."""
    (meeting,) = _meetings(meeting_extractor, "Readout\n\n" + sentence)
    assert sorted(p.name for p in meeting.participants) == ["Elena Faraday", "Tao Jiacheng"]


@pytest.mark.parametrize(
    "text",
    [
        "Transport Minister Rhian Cole urged calm. She met rail union leader Tomas Berg on Monday, her office said.",
        "Transport Minister Rhian Cole urged calm. She met rail union leader Tomas Berg on Monday, officials said.",
    ],
)
def test_a_pronoun_before_a_closing_cue_is_whom_the_narration_was_about(extractor: Extractor, text: str) -> None:
    """ "She met X on Monday, her office said": she is the minister, not the office that says so."""
    (found,) = _meetings(extractor, text)
    assert {p.name for p in found.participants} == {"Rhian Cole", "Tomas Berg"}


def test_he_after_a_cue_is_still_the_speaker_who_met(extractor: Extractor) -> None:
    (found,) = _meetings(extractor, "Tomas Berg said he had met Rhian Cole in Leeds on Monday.")
    assert {p.name for p in found.participants} == {"Rhian Cole", "Tomas Berg"}


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Foreign Minister Ida Berg and her Latvian counterpart planned for Tuesday was called off.",
        "The talks between Foreign Minister Ida Berg and Latvian minister Janis Ozols were cancelled on Monday.",
        "Ida Berg had been scheduled to meet opposition leader Janis Ozols on Saturday, but the meeting was postponed.",
    ],
)
def test_a_meeting_called_off_did_not_take_place(extractor: Extractor, text: str) -> None:
    """ "was called off", "was cancelled", "but the meeting was postponed": negated, not asserted or planned."""
    found = _meetings(extractor, text)
    assert found and all(m.modality == Modality.NEGATED for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Reports that the two prime ministers, Ana Ruiz and Tomas Berg, held secret talks in Lisbon last month "
        "were dismissed by both governments.",
        "Rumours that Ida Berg had met Janis Ozols in Riga circulated on Monday.",
    ],
)
def test_a_meeting_only_reported_or_rumoured_is_alleged(extractor: Extractor, text: str) -> None:
    (found,) = _meetings(extractor, text)
    assert found.modality == Modality.ALLEGED


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ruth Anand toured the flood-hit town of Varnesh on Saturday.",
        "President Tomas Berg returned from a trip to the Pacific on Sunday.",
        "Governor Ana Ruiz toured the Sahel region last week.",
        "Minister Ruth Anand, who visited Lyon on Wednesday, said the region needed more schools.",
        "The league will stage a charity match in Braga in December. Marta Lopes toured the region on Sunday.",
    ],
)
def test_a_visit_by_one_party_to_a_place_no_country_hosts_is_no_meeting(extractor: Extractor, text: str) -> None:
    """A tour of a town or region with nobody met: one party and no host country."""
    assert _meetings(extractor, text) == []


def test_a_visit_by_one_party_to_a_country_is_a_meeting_with_its_host(extractor: Extractor) -> None:
    (found,) = _meetings(extractor, "Prime Minister Ruth Anand visited Japan on Saturday.")
    assert [p.name for p in found.participants] == ["Ruth Anand", "Japan"]


def test_a_phrase_with_an_adverb_after_its_verb_still_matches(extractor: Extractor) -> None:
    """ "spoke briefly by phone": an adverb after the verb of a phrase trigger ("speak by phone")."""
    (found,) = _meetings(extractor, "Prime Minister Oskar Lind and Rosalind Achebe spoke briefly by phone on Sunday.")
    assert found.kind.value == "call"
    assert {p.name for p in found.participants} == {"Oskar Lind", "Rosalind Achebe"}


@pytest.mark.parametrize("title", ["Smt.", "Dr."])
def test_an_abbreviated_honorific_ends_no_sentence(extractor: Extractor, title: str) -> None:
    """Regional honorifics ("Smt.") keep their full stop: the name after them is the subject."""
    text = (
        f"Deputy Chief Minister {title} Pravina Rout arrived in Cuttack on Thursday. "
        "She later held talks with Commissioner Arun Das in the city."
    )
    (meeting,) = extractor.extract(text, published="2026-10-20").meetings
    assert sorted(p.name for p in meeting.participants) == ["Arun Das", "Pravina Rout"]


@pytest.mark.parametrize("title", ["Smt.", "Barr.", "Alh.", "Usec.", "Asec."])
def test_regional_honorifics_are_one_token_that_ends_no_sentence(nlp: Language, title: str) -> None:
    doc = nlp(f"Deputy Governor {title} Musa Bello arrived in Kano on Thursday.")
    assert len(list(doc.sents)) == 1 and title in [t.text for t in doc]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a courtesy call in person, with no "courtesy" written
        (
            "Thai Foreign Minister Somchai Wong on Tuesday called on Laotian President Bounmy Sayavong in Vientiane.",
            ["Bounmy Sayavong", "Somchai Wong"],
        ),
        (
            "The governor, Ama Mensah, called on President Kofi Ansah and briefed him on the floods.",
            ["Ama Mensah", "Kofi Ansah"],
        ),
        # a demand is no visit
        ("The senator called on President Kofi Ansah to resign.", None),
        ("Protesters called on Governor Ama Mensah for help.", None),
        ("The opposition called on the government to act.", None),
    ],
)
def test_calling_on_a_named_person_is_a_visit_and_calling_on_someone_to_act_none(
    extractor: Extractor, text: str, parties: list[str] | None
) -> None:
    meetings = extractor.extract(text, published="2026-10-20").meetings
    if parties is None:
        assert meetings == []
    else:
        (meeting,) = meetings
        assert meeting.kind.value == "visit"
        assert sorted(p.name for p in meeting.participants) == parties


def test_an_invitation_to_visit_is_planned(extractor: Extractor) -> None:
    """ "accepted an invitation to visit X": a visit still to come (``meeting_planned_heads``)."""
    (meeting,) = extractor.extract(
        "Ruto accepted an invitation to visit Japan next year.", published="2026-10-20"
    ).meetings
    assert meeting.modality == Modality.PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "Novelist Ida Berg received the Nobel Prize in 2021.",
        "Marie Okafor received the Distinguished Alumni Award from Carrow State University on Friday.",
        "President Tomas Berg received the Legion of Honour in Paris on Monday.",
    ],
)
def test_a_received_award_is_no_guest(extractor: Extractor, text: str) -> None:
    """ "received the Nobel Prize": an award (``award_nouns``, derived from WordNet) is what was received."""
    assert _meetings(extractor, text) == []


def test_a_guest_named_after_an_award_word_is_still_received(extractor: Extractor) -> None:
    text = "President Tomas Berg received the chairman of the Prize Committee, Lars Dahl, in Oslo on Monday."
    (found,) = _meetings(extractor, text)
    assert "Tomas Berg" in [p.name for p in found.participants]


def test_an_organisation_word_meets_as_the_organisation_named_before(extractor: Extractor) -> None:
    """ "The trust later met X": the trust named in the sentence before."""
    text = (
        "Clinic plans\n\nThe Harbour Trust said on Monday it had raised $2 million. "
        "The trust later met the Kisumu County Council to discuss a new clinic."
    )
    (found,) = _meetings(extractor, text)
    assert [p.name for p in found.participants] == ["Harbour Trust", "Kisumu County Council"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shipping Minister Nurul Haque visited Chandpur on Saturday.", "Chandpur"),
        ("Premier Lucia Marchese visited Bendigo on Tuesday.", "Bendigo"),
    ],
)
def test_a_visited_town_read_as_a_person_is_the_place(extractor: Extractor, text: str, place: str) -> None:
    """The recogniser tags some towns as persons; a one-word name the gazetteer knows is where, not whom."""
    for found in _meetings(extractor, text):
        assert place not in [p.name for p in found.participants]
        assert found.location is not None and found.location.name == place


def test_a_visited_first_name_stays_a_person(extractor: Extractor) -> None:
    (found,) = _meetings(extractor, "Governor Ana Ruiz visited Gary on Monday.")
    assert "Gary" in [p.name for p in found.participants]


@pytest.mark.parametrize(
    "text",
    [
        "President Lucia Marchese visited Mandela in hospital on Tuesday.",
        "Premier Lucia Marchese visited Bendigo at his home on Tuesday.",
    ],
)
def test_one_visited_where_persons_are_found_is_a_person(extractor: Extractor, text: str) -> None:
    """ "visited X in hospital": a town's name the recogniser gave a person is the person visited there."""
    (found,) = _meetings(extractor, text)
    name = text.split(" visited ")[1].split()[0]
    assert name in [p.name for p in found.participants]
    assert found.location is None or found.location.name != name


def test_the_country_of_a_guests_company_is_not_where_they_met(extractor: Extractor) -> None:
    """ "X, chairman of South Korea's Daesan Group, in Hanoi": the possessor says whose the group is."""
    text = (
        "Deputy Prime Minister Le Quang Hoa received Park Jun-seok, chairman of South Korea's Daesan Group, "
        "in Hanoi on Monday."
    )
    (found,) = _meetings(extractor, text)
    assert found.location is not None and found.location.name == "Hanoi"


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        ("Malcolm Reid met Economic Secretary to the Treasury Nadia Farooqui last week.", "Nadia Farooqui"),
        (
            "Omar Khalidi met UN Under-Secretary-General for Humanitarian Affairs Marguerite Oyelaran in Amman.",
            "Marguerite Oyelaran",
        ),
        ("President Ruto met Minister of Foreign Affairs of Uganda Jeje Odongo in Nairobi.", "Jeje Odongo"),
    ],
)
def test_a_name_closing_a_long_title_is_the_guest(extractor: Extractor, text: str, guest: str) -> None:
    """The parse hangs the name inside the title's phrase ("... to the Treasury Nadia Farooqui")."""
    (found,) = _meetings(extractor, text)
    assert guest in [p.name for p in found.participants]


@pytest.mark.parametrize(
    "text",
    [
        "England captain Rob Kingsley met match referee Javed Qureshi on Sunday.",
        "Chelsea chairman Tom Hale met tournament director Ana Ruiz in Madrid on Monday.",
    ],
)
def test_a_fixture_word_in_a_guests_title_is_no_fixture(extractor: Extractor, text: str) -> None:
    (found,) = _meetings(extractor, text)
    assert len(found.participants) == 2


def test_a_fixture_after_the_verb_is_still_no_meeting(extractor: Extractor) -> None:
    assert _meetings(extractor, "Arsenal met Tottenham in the FA Cup semi-final on Sunday.") == []


def test_a_priests_abbreviated_titles_are_no_part_of_his_name(extractor: Extractor) -> None:
    """ "Rev. Fr. Linus Okoh": "Fr." is one token and ends no sentence; the guest is the priest."""
    (found,) = _meetings(extractor, "Governor Ada Nwosu met the parish priest, Rev. Fr. Linus Okoh, on Monday.")
    assert "Linus Okoh" in [p.name for p in found.participants]


def test_a_name_a_where_clause_describes_is_the_place_visited(extractor: Extractor) -> None:
    """ "visited Yelwata on Monday, where he met ...": the village, whatever the recogniser tags it, is no guest."""
    text = "Governor Ada Nwosu also visited Yelwata on Monday, where she met the parish priest, Fr. Linus Okoh."
    for found in _meetings(extractor, text):
        assert "Yelwata" not in [p.name for p in found.participants]


def test_a_title_set_off_before_its_holders_name_is_no_other_guest(extractor: Extractor) -> None:
    """ "met the parish priest, Rev. Fr. Linus Okoh, and community leaders": the priest is Linus Okoh."""
    text = "Governor Ada Nwosu met the parish priest, Rev. Fr. Linus Okoh, and community leaders on Monday."
    (found,) = _meetings(extractor, text)
    assert [p.name for p in found.participants] == ["Ada Nwosu", "Linus Okoh"]


def test_a_pair_beside_a_named_party_is_not_the_earlier_meetings_parties(meeting_extractor: Extractor) -> None:
    """ "X is expected to meet both sides": which of the earlier parties "both sides" holds, the text does not say."""
    text = (
        "Talks\n\nEconomy Minister Lotte de Graaf met union leader Pieter Verhoeven and employers negotiator "
        "Hans Kuipers in The Hague on Wednesday. Prime Minister Ruud Bakker is expected to meet both sides next week."
    )
    found = _meetings(meeting_extractor, text)
    assert [[a.name for a in m.participants] for m in found] == [["Lotte de Graaf", "Pieter Verhoeven", "Hans Kuipers"]]
    # the pair alone is the earlier meeting's parties
    again = "Talks\n\nPresident Ana Ruiz met Chancellor Olaf Berg in Lima on Monday. The two leaders last met in 2023."
    assert len(_meetings(meeting_extractor, again)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Mayors from Serbia and Kosovo met in Brussels on Tuesday.",
        "Delegations from Serbia and Kosovo met in Brussels on Tuesday.",
    ],
)
def test_a_title_or_group_opening_the_sentence_stands_for_its_countries(
    meeting_extractor: Extractor, text: str
) -> None:
    """ "Mayors from X and Y met": the capital of the sentence's first word hides no title, a plural no group."""
    (found,) = _meetings(meeting_extractor, text)
    assert [p.name for p in found.participants] == ["Serbia", "Kosovo"]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Ruiz visited flood-hit Lismore on Monday.",
    ],
)
def test_a_lone_word_visited_is_a_town_not_a_host(meeting_extractor: Extractor, text: str) -> None:
    """A one-word name tagged no person, or modified as a place, hosts no meeting: nobody was met.

    (A word the recogniser tags a person stays one, "visited Maui" among them: "Erdogan visited Zelensky".)
    """
    assert _meetings(meeting_extractor, text) == []


def test_a_person_visited_by_full_name_or_title_is_still_met(meeting_extractor: Extractor) -> None:
    text = "Lena Hart won the vote on Sunday. President Marc Aubert visited Hart in Lyon on Monday."
    (found,) = _meetings(meeting_extractor, text)
    assert "Lena Hart" in [p.name for p in found.participants]


@pytest.mark.parametrize(
    "text",
    [
        "Prince Faisal bin Farhan received a phone call from Sudan's Foreign Minister Omar Siddiq on Wednesday.",
        "His Highness Sheikh Tamim bin Hamad received a phone call from Sudan's Foreign Minister Omar Siddiq.",
    ],
)
def test_a_call_received_from_someone_is_a_call_with_them(meeting_extractor: Extractor, text: str) -> None:
    """ "received a phone call from X": the receiver and the caller; a style of address is no party."""
    (found,) = _meetings(meeting_extractor, text)
    names = [p.name for p in found.participants]
    assert "Omar Siddiq" in names and len(names) == 2 and "Highness" not in names


def test_an_untagged_name_after_a_ministers_title_is_the_party(meeting_extractor: Extractor) -> None:
    """ "Chile's Minister of Foreign Affairs Oyelami Badejo met ...": the minister, not "Foreign Affairs"."""
    result = meeting_extractor.extract(
        "Chile's Minister of Foreign Affairs Oyelami Badejo met Peruvian Foreign Minister Ana Ruiz in Lima on Monday.",
        published="2026-03-03",
    )
    names = [[p.name for p in m.participants] for m in result.meetings]
    assert names == [["Oyelami Badejo", "Ana Ruiz"]]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        ("Premier Lin Tao met with visiting Zambian Foreign Minister Ruth Banda on Monday.", "Ruth Banda"),
        ("Premier Lin Tao held talks with visiting Zambian Foreign Minister Ruth Banda in Lusaka.", "Ruth Banda"),
        ("President Odera met visiting Chinese Premier Wen Bo in Nairobi on Monday.", "Wen Bo"),
        ("Premier Lin Tao on Monday received visiting Chinese Foreign Minister Wen Bo at his office.", "Wen Bo"),
    ],
)
def test_a_visiting_guest_is_the_meetings_party(meeting_extractor: Extractor, text: str, guest: str) -> None:
    """ "met with visiting X": the parse makes X the participle's object; the host and X meet, no visit alone."""
    (found,) = _meetings(meeting_extractor, text)
    names = [p.name for p in found.participants]
    assert guest in names and len(names) == 2 and names[0] in {"Lin Tao", "Odera"}
    if " in " in text:  # the participle's place is the meeting's ("held talks with visiting Y in Lusaka")
        assert found.location is not None and found.location.name in text


def test_visiting_a_place_is_still_a_visit(meeting_extractor: Extractor) -> None:
    """Only a participle describing a meeting's guest is set aside: "while visiting China" is a visit."""
    found = _meetings(meeting_extractor, "President Odera met Wen Bo while visiting China on Monday.")
    assert any(m.location is not None and m.location.country == "CHN" for m in found)


def test_a_ministers_name_after_the_comma_closing_the_title_is_the_party(meeting_extractor: Extractor) -> None:
    """ "talks with the Minister of Foreign Affairs, Kwabena Ofori-Mensah, in Abidjan": the name, no portfolio."""
    text = (
        "Talks in Abidjan\n\nPresident Koffi Dadie held talks with the Ghanaian Minister of Foreign Affairs, "
        "Kwabena Ofori-Mensah, in Abidjan on Monday."
    )
    (found,) = _meetings(meeting_extractor, text)
    assert [p.name for p in found.participants] == ["Koffi Dadie", "Kwabena Ofori-Mensah"]


def test_a_country_and_its_abbreviation_are_one_party(extractor: Extractor) -> None:
    """The abbreviation "the UAE" (read as an organisation) and the host United Arab Emirates are one party."""
    text = (
        "Visit\n\nSheikh Hamdan received President Samuel Otieno in Abu Dhabi on Monday, as part of the latter's "
        'working visit to the UAE. "The UAE is not just a partner, it is a friend," Otieno said.'
    )
    for meeting in extractor.extract(text, published="2026-03-03").meetings:
        codes = [country_code(p.name) for p in meeting.participants]
        assert codes.count("ARE") <= 1


@pytest.mark.parametrize(
    "text",
    [
        "The agency's representative in Kenya, Jean-Marc Ferrand, met Interior Minister Grace Wanjiru in Nairobi "
        "on Thursday.",
        "Its representative in Kenya, Jean-Marc Ferrand, met Interior Minister Grace Wanjiru in Nairobi on Thursday.",
    ],
)
def test_a_titles_holder_after_its_phrase_is_the_party(extractor: Extractor, text: str) -> None:
    """The parse made the name a second object of "in" ("representative in Kenya, X,"): X, not the agency."""
    (meeting,) = extractor.extract("Camps\n\n" + text, published="2026-03-03").meetings
    assert {p.name for p in meeting.participants} == {"Jean-Marc Ferrand", "Grace Wanjiru"}


def test_a_sum_received_is_no_party(extractor: Extractor) -> None:
    """ "received RM5,000": a currency glued to its number, untagged, is what was received, not a guest."""
    assert _meetings(extractor, "Each family received RM5,000 in cash along with food parcels from the council.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Premier Ulf Berg met with President Ana Ruiz and Chancellor Tom Hale separately in Oslo on Monday.",
        "Premier Ulf Berg and Speaker Lena Dahl met with President Ana Ruiz separately in Oslo on Monday.",
    ],
)
def test_a_list_met_separately_is_one_meeting_per_party(extractor: Extractor, text: str) -> None:
    """ "met with X and Y separately": two meetings of two parties, not one of three."""
    found = _meetings(extractor, text)
    assert len(found) == 2 and all(len(m.participants) == 2 for m in found)


def test_a_list_met_together_is_one_meeting(extractor: Extractor) -> None:
    found = _meetings(
        extractor, "Premier Ulf Berg met with President Ana Ruiz and Chancellor Tom Hale in Oslo on Monday."
    )
    assert [len(m.participants) for m in found] == [3]


def test_a_headline_title_and_counterpart_stand_for_the_body_holders(meeting_extractor: Extractor) -> None:
    """ "PM meets Japanese counterpart" over "Prime Minister X met Japanese Prime Minister Y": one meeting.

    "PM" (``title_short_forms``) is the body's prime minister and no party of its own.
    """
    text = (
        "PM meets Japanese counterpart\n\n"
        "Prime Minister Jane Doe met Japanese Prime Minister Hiro Tanaka in Tokyo on Monday."
    )
    (found,) = _meetings(meeting_extractor, text)
    assert {"Jane Doe", "Hiro Tanaka"} <= _names(found)
    assert "PM" not in {a.name for a in found.participants}


def test_a_headline_title_held_by_nobody_in_the_body_stays_apart(meeting_extractor: Extractor) -> None:
    """Counter-example: the body's meeting is with a French president, not the headline's Japanese counterpart."""
    text = (
        "PM meets Japanese counterpart\n\nPrime Minister Jane Doe met French President Marc Dubois in Paris on Monday."
    )
    assert len(_meetings(meeting_extractor, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A new meeting between Jane Doe and Hiro Tanaka has been proposed, but no date had been agreed.",
        "The ministry said no date had been agreed for a new meeting between Jane Doe and Hiro Tanaka.",
        "There are no plans for talks between Jane Doe and Hiro Tanaka.",
    ],
)
def test_a_meeting_proposed_or_with_nothing_arranged_is_not_held(meeting_extractor: Extractor, text: str) -> None:
    """A meeting noun a demand verb takes in the passive, or in the "for" phrase of a "no" noun, was not held."""
    found = _meetings(meeting_extractor, "Diplomacy\n\n" + text)
    assert all(m.modality == Modality.HYPOTHETICAL for m in found)


def test_a_meeting_held_with_no_deal_was_held(meeting_extractor: Extractor) -> None:
    """Counter-examples: "no deal" says nothing of the meeting; a meeting "was held"."""
    for text in (
        "Jane Doe met Hiro Tanaka for talks on Monday, but no deal was reached.",
        "A meeting between Jane Doe and Hiro Tanaka was held in Tokyo on Monday.",
    ):
        (found,) = _meetings(meeting_extractor, "Diplomacy\n\n" + text)
        assert found.modality == Modality.ASSERTED


def test_a_press_conference_held_by_a_named_body_is_no_meeting_with_it(meeting_extractor: Extractor) -> None:
    """A speech setting's possessive or compound name says who held it, not a second party."""
    text = (
        "Senator Mira Castellano said at a National Alliance Party press conference yesterday that the plan had failed."
    )
    assert _meetings(meeting_extractor, text) == []
    # counter-examples: a "with" partner, or a joint one held by two named leaders
    with_partner = "Premier Ola Brandt held a press conference with Prime Minister Jonas Ekholm in Oslo on Monday."
    assert any({"Ola Brandt", "Jonas Ekholm"} <= _names(m) for m in _meetings(meeting_extractor, with_partner))
    joint = "Premier Ola Brandt and Prime Minister Jonas Ekholm held a joint press conference in Oslo on Monday."
    assert any({"Ola Brandt", "Jonas Ekholm"} <= _names(m) for m in _meetings(meeting_extractor, joint))


def test_a_meeting_told_in_the_past_as_a_record_is_no_meeting(meeting_extractor: Extractor) -> None:
    """'in the past', 'over the years' tell no one occasion; 'in the past week' does."""
    assert _meetings(meeting_extractor, "Norway has mediated between Colombia and Venezuela in the past.") == []
    dated = "Norway mediated between Colombia and Venezuela in the past week."
    assert any({"Colombia", "Venezuela"} <= _names(m) for m in _meetings(meeting_extractor, dated))


def test_talks_a_gerund_takes_in_a_topic_phrase_are_not_held(meeting_extractor: Extractor) -> None:
    """'ideas on resuming talks with X': the talks are what the ideas are about."""
    text = 'An aide said Foreign Minister Lars Dahl carried "new ideas" on resuming direct talks with Beijing.'
    assert all(m.modality != Modality.ASSERTED for m in _meetings(meeting_extractor, text))
    held = "After holding talks with President Anna Berg in Oslo on Monday, Lars Dahl flew home."
    assert any(m.modality == Modality.ASSERTED for m in _meetings(meeting_extractor, held))


def test_the_meeting_of_a_later_sentence_is_the_earlier_one(meeting_extractor: Extractor) -> None:
    """A definite 'the meeting' sharing a party with the latest meeting is that meeting; who joined it joins."""
    text = (
        "Ambassador Petra Lindqvist paid a courtesy call on Health Minister Omar Haddad in Amman on Tuesday. "
        "The Health Minister was joined at the meeting by Deputy Minister Salma Aziz."
    )
    found = _meetings(meeting_extractor, text)
    assert len(found) == 1 and {"Petra Lindqvist", "Omar Haddad", "Salma Aziz"} <= _names(found[0])
    # counter-example: a meeting with a partner of its own stays apart
    apart = (
        "Ambassador Petra Lindqvist met Health Minister Omar Haddad in Amman on Tuesday. "
        "Haddad later called the meeting with President Noor Kassem useful."
    )
    assert not any({"Petra Lindqvist", "Noor Kassem"} <= _names(m) for m in _meetings(meeting_extractor, apart))


@pytest.mark.parametrize(
    "text",
    [
        # the parse reads "rang [X to concede]": the infinitive's subject is whom the call went to
        "Governor Ben Tarrant lost the race on Tuesday. He rang Senator Mara Quill to concede.",
        # the name set off by commas after "his rival", made the infinitive's subject by the parse
        "Governor Ben Tarrant lost the race on Tuesday. He rang his rival, Senator Mara Quill, to concede.",
    ],
)
def test_whom_a_call_to_do_something_went_to_is_its_other_party(meeting_extractor: Extractor, text: str) -> None:
    (call,) = _meetings(meeting_extractor, text)
    assert sorted(a.name for a in call.participants) == ["Ben Tarrant", "Mara Quill"]
    assert call.kind.value == "call"


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ben Tarrant urged Senator Mara Quill to concede.",
        "Governor Ben Tarrant called on Senator Mara Quill to concede.",
        "The party called voters to turn out on Sunday.",
    ],
)
def test_asking_someone_to_do_something_is_no_call(meeting_extractor: Extractor, text: str) -> None:
    assert _meetings(meeting_extractor, text) == []


def test_colleagues_touring_a_site_together_did_not_meet(meeting_extractor: Extractor) -> None:
    """A visit to a site with no one visited is no meeting of visitors the text shows to be colleagues."""
    text = "Australian Health Minister Carla Denholm and Australian Trade Minister Paul Wexley toured the new hospital."
    assert _meetings(meeting_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # visitors whose countries the text does not state may be leaders of two: they still met
        ("Xi Jinping and Vladimir Putin toured the new bridge in Vladivostok on Tuesday.",
         {"Xi Jinping", "Vladimir Putin"}),
        ("Chancellor Olaf Scholz and President Emmanuel Macron visited the Verdun memorial together on Sunday.",
         {"Olaf Scholz", "Emmanuel Macron"}),
        ("Pope Francis and President Sergio Mattarella visited the earthquake zone in Amatrice on Sunday.",
         {"Francis", "Sergio Mattarella"}),
        ("President Xi Jinping and President Vladimir Putin tour the shipyard in Vladivostok on Tuesday.",
         {"Xi Jinping", "Vladimir Putin"}),
        # visitors of two stated countries
        ("Chinese President Xi Jinping and Russian President Vladimir Putin toured the new bridge in Vladivostok.",
         {"Xi Jinping", "Vladimir Putin"}),
        # a visited person, a visited country
        ("Health Minister Carla Denholm visited President Ruth Kamau in Nairobi.", {"Carla Denholm", "Ruth Kamau"}),
        ("Health Minister Carla Denholm and Minister Paul Wexley visited Japan.",
         {"Carla Denholm", "Paul Wexley", "Japan"}),
    ],
)  # fmt: skip
def test_visitors_not_shown_colleagues_touring_a_site_met(
    meeting_extractor: Extractor, text: str, names: set[str]
) -> None:
    (visit,) = _meetings(meeting_extractor, text)
    assert names <= _names(visit)


def test_a_title_in_apposition_names_the_country_of_its_holder(meeting_extractor: Extractor) -> None:
    """'The President of Chile, Tomas Aurelio,' is of Chile; an earlier 'the President of Chile' is he."""
    (met,) = _meetings(meeting_extractor, "The President of Chile, Tomas Aurelio, met Ana Castillo in Lima on Monday.")
    aurelio = next(a for a in met.participants if a.name == "Tomas Aurelio")
    assert aurelio.country == "CHL" and aurelio.title == "President"
    text = (
        "The President of Chile met the Peruvian Foreign Minister, Ana Castillo, in Lima. "
        "On Tuesday, Tomas Aurelio, the President of Chile, met Castillo for talks on the border."
    )
    (one,) = _meetings(meeting_extractor, text)
    assert sorted(a.name for a in one.participants) == ["Ana Castillo", "Tomas Aurelio"]
    # counter-example: a title without a name stays the country's office, no person invented
    (bare,) = _meetings(meeting_extractor, "The President of Chile met the Peruvian Foreign Minister in Lima.")
    assert not any(a.name == "Tomas Aurelio" for a in bare.participants) and len(bare.participants) == 2
    # counter-example: a portfolio's "of" names no country ("the Minister of Health, X")
    health = "The Minister of Health, Rosa Ibarra, met Mayor Tom Ellery in Lima on Monday."
    (h,) = _meetings(meeting_extractor, health)
    assert next(a for a in h.participants if a.name == "Rosa Ibarra").country is None


@pytest.mark.parametrize(
    "text",
    [
        # a former or late holder is not the sitting one an earlier bare title names
        "The President of Chile met President Dina Boluarte in Lima on Monday. "
        "Tomas Aurelio, the former President of Chile, said the talks were overdue.",
        "The President of Chile met President Dina Boluarte in Lima on Monday. "
        "The former President of Chile, Michelle Bachelet, criticised the meeting.",
        "The President of Chile met President Dina Boluarte in Lima on Monday. "
        "The late President of Chile, Sebastian Pinera, had pushed for such talks.",
    ],
)
def test_a_past_holder_of_a_title_is_not_its_sitting_holder(meeting_extractor: Extractor, text: str) -> None:
    (met,) = _meetings(meeting_extractor, text)
    assert sorted(a.name for a in met.participants) == ["Dina Boluarte", "President of Chile"]


def test_only_a_national_office_names_the_country_of_its_holder(meeting_extractor: Extractor) -> None:
    """A governor or mayor 'of' a place holds its office, not the country's; a country that is a state too is unsure."""
    (met,) = _meetings(
        meeting_extractor, "The Governor of Georgia, Brian Kemper, met President Salome Zurabova in Atlanta."
    )
    assert next(a for a in met.participants if a.name == "Brian Kemper").country is None
    text = "The Mayor of Paris, Anne Hidalgo, visited Berlin on Monday. Earlier, France hosted talks with Germany."
    found = _meetings(meeting_extractor, text)
    assert len(found) == 2
    hidalgo = next(a for m in found for a in m.participants if a.name == "Anne Hidalgo")
    assert hidalgo.country is None
    assert any({"France", "Germany"} <= _names(m) and "Anne Hidalgo" not in _names(m) for m in found)
    # the Prime Minister of a country that is also a state abroad gets no country
    georgia = "The Prime Minister of Georgia, Irakli Talakvadze, met President Ilham Aliyev in Baku on Monday."
    (g,) = _meetings(meeting_extractor, georgia)
    assert next(a for a in g.participants if a.name == "Irakli Talakvadze").country is None
    # counter-example: an ambassador is a national office
    envoy = "The Ambassador of Chile to the United States, Juan Gabriel Valdes, met Senator Mara Quill in Washington."
    (e,) = _meetings(meeting_extractor, envoy)
    assert next(a for a in e.participants if a.name == "Juan Gabriel Valdes").country == "CHL"


def test_a_title_in_apposition_as_a_speaker_names_no_state_as_country(statement_extractor: Extractor) -> None:
    text = "Brian Kemp, the Governor of Georgia, said the state would appeal."
    (said,) = statement_extractor.extract(text, published=PUBLISHED).statements
    assert said.speaker.name == "Brian Kemp" and said.speaker.country is None


def test_a_state_before_a_premier_is_no_name(meeting_extractor: Extractor) -> None:
    # "Victoria" the state before a title stays out of the name
    (premier,) = _meetings(meeting_extractor, "Victoria Premier Jacinta Allan met Mayor Tom Ellery in Geelong.")
    assert "Jacinta Allan" in {a.name for a in premier.participants}
    # a place word opening a three-word name after a portfolio stays in the name
    water_text = "Minister for Water Victoria Harriet Shing met Mayor Tom Ellery in Geelong."
    (water,) = _meetings(meeting_extractor, water_text)
    assert "Victoria Harriet Shing" in {a.name for a in water.participants}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the recogniser reads the town as an organisation or a person: the journey's end is the place
        ("Prime Minister Ken Arlow travelled to Bendigo on Monday and met regional Governor Tom Bassett.", "Bendigo"),
        ("Prime Minister Ken Arlow travelled to Perth on Monday and met regional Governor Tom Bassett.", "Perth"),
    ],
)
def test_a_meeting_after_a_journey_of_its_subject_is_where_the_journey_ended(
    meeting_extractor: Extractor, text: str, place: str
) -> None:
    (found,) = _meetings(meeting_extractor, text)
    assert {"Ken Arlow", "Tom Bassett"} <= _names(found)
    assert found.location is not None and found.location.name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the meeting names its own place
        ("Ken Arlow flew to Paris on Monday and then met Tom Bassett in Berlin on Tuesday.", "Berlin"),
        ("Ken Arlow returned to Ottawa after meeting Tom Bassett in Washington.", "Washington"),
        # the journey came after the meeting, or ends nowhere named
        ("Ken Arlow met Tom Bassett before flying to Tokyo.", None),
        ("Ken Arlow travelled to the region and met Tom Bassett.", None),
        # a company, a person's house: no place of the gazetteer
        ("Ken Arlow went to Microsoft on Monday and met its chief executive Tom Bassett.", None),
        ("Ken Arlow went to Ana Ruiz's farm and met Tom Bassett.", None),
    ],
)
def test_a_journey_gives_no_place_a_meeting_has_or_does_not_share(
    meeting_extractor: Extractor, text: str, place: str | None
) -> None:
    (found,) = _meetings(meeting_extractor, text)
    assert {"Ken Arlow", "Tom Bassett"} <= _names(found)
    if place is None:
        assert found.location is None
    else:
        assert found.location is not None and found.location.name == place


def test_a_journey_by_another_subject_gives_no_meeting(meeting_extractor: Extractor) -> None:
    # the pope met him, not the traveller meeting after his journey: no meeting read, as before
    assert _meetings(meeting_extractor, "Ken Arlow flew to Rome and the pope met him.") == []


@pytest.mark.parametrize(
    "text",
    [
        # held at a distance: the journey's end is not where they met
        "Ken Arlow flew to Bendigo on Monday and met Tom Bassett by video link from Sydney.",
        "Ken Arlow returned to Bendigo on Friday and met Tom Bassett via Zoom.",
        "Ken Arlow flew to Bendigo on Tuesday and then met Tom Bassett online.",
        # no journey made
        "Ken Arlow did not go to Bendigo on Monday and instead met Tom Bassett by phone.",
        # the meeting has a time of its own, apart from the journey's
        "Ken Arlow went to Bendigo in 1990 as a student and met Tom Bassett in 2004.",
        "Ken Arlow flew to Bendigo on Monday and met Tom Bassett on Saturday before he left Sydney.",
    ],
)
def test_a_journey_gives_no_place_to_a_remote_or_separate_meeting(meeting_extractor: Extractor, text: str) -> None:
    (found,) = _meetings(meeting_extractor, text)
    assert {"Ken Arlow", "Tom Bassett"} <= _names(found)
    assert found.location is None
