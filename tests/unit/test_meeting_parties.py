"""Meeting parties: craft and sums are no parties, planned and held mentions, pronoun pairs, sequels, presence.

The sentences are written for these tests. They run through the real pipeline
(``en_core_web_sm``), loaded once for the module. Published on a Friday.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.models import Modality

if TYPE_CHECKING:
    from eventkit.api import Extractor
    from eventkit.models import Meeting

PUBLISHED = "2024-03-15"


def _meetings(extractor: Extractor, text: str) -> list[Meeting]:
    return extractor.extract(text, published=PUBLISHED).meetings


def _names(meeting: Meeting) -> set[str]:
    return {n for a in meeting.participants for n in (a.name, *a.aliases)}


def _held(extractor: Extractor, text: str) -> list[Meeting]:
    return [m for m in _meetings(extractor, text) if m.modality == Modality.ASSERTED]


# --------------------------------------------------------------------- vehicles and sums are no parties


def test_craft_meet_no_one(meeting_extractor: Extractor) -> None:
    text = (
        "Defence Minister Tomas Lind has raised a dangerous encounter between a Russian fighter jet "
        "and a Swedish navy helicopter over the Baltic Sea."
    )
    assert _meetings(meeting_extractor, text) == []


def test_delegation_encounter_still_a_meeting(meeting_extractor: Extractor) -> None:
    text = "Swedish Defence Minister Tomas Lind had a brief encounter with Finnish President Aino Koskinen in Turku."
    (m,) = _meetings(meeting_extractor, text)
    assert {"Tomas Lind", "Aino Koskinen"} <= _names(m)


def test_received_sum_is_no_guest(meeting_extractor: Extractor) -> None:
    text = (
        "Tanzania Red Cross receives TSh 900 million from Vodacom Foundation\n\n"
        "The Tanzania Red Cross Society has received TSh 900 million from Vodacom Foundation."
    )
    assert _meetings(meeting_extractor, text) == []


def test_received_guest_still_a_meeting(meeting_extractor: Extractor) -> None:
    text = "Governor Ruth Akello received Uganda Red Cross chief Samuel Okello in Gulu on Monday."
    (m,) = _meetings(meeting_extractor, text)
    assert {"Ruth Akello", "Samuel Okello"} <= _names(m)


# --------------------------------------------------------------------- planned and held


def test_planned_visit_to_come_does_not_merge_with_a_held_meeting(meeting_extractor: Extractor) -> None:
    text = (
        "Irish Foreign Minister Sean Doyle met Chinese Premier Li Wen in Singapore.\n\n"
        "Analysts said both sides wanted calm ahead of Li's planned visit to Ireland next year."
    )
    meetings = _meetings(meeting_extractor, text)
    held = [m for m in meetings if m.modality == Modality.ASSERTED]
    assert len(held) == 1 and held[0].date is None
    assert any(m.modality == Modality.PLANNED for m in meetings)


# --------------------------------------------------------------------- recall


def test_last_met_in_person(meeting_extractor: Extractor) -> None:
    # (the parse hangs the subject on "last")
    (m,) = _meetings(meeting_extractor, "Kim and Trump last met in person in Hanoi in February 2019.")
    assert {"Kim", "Trump"} <= _names(m)


def test_they_after_a_coordinated_subject(meeting_extractor: Extractor) -> None:
    text = "Macron and Scholz met in Berlin in June 2023. They spoke by phone on Tuesday."
    calls = [m for m in _meetings(meeting_extractor, text) if m.kind.value == "call"]
    assert len(calls) == 1 and {"Macron", "Scholz"} <= _names(calls[0])
    assert calls[0].date is not None and calls[0].date.start.isoformat() == "2024-03-12"


def test_they_after_two_countries_is_not_the_countries(meeting_extractor: Extractor) -> None:
    text = "Latvia and Estonia drew 2-2 in Riga on Tuesday. They meet again in Tallinn in June."
    assert _meetings(meeting_extractor, text) == []


def test_they_after_a_pair_with_people_in_the_plural_is_not_the_pair(meeting_extractor: Extractor) -> None:
    text = "Macron and Scholz freed 40 hostages in Mali on Friday. They met with Malian officials on Saturday."
    assert not any({"Macron", "Scholz"} <= _names(m) for m in _meetings(meeting_extractor, text))


def test_they_to_reporters_is_no_call(meeting_extractor: Extractor) -> None:
    text = "Macron and Scholz met in Berlin in June 2023. They spoke to reporters on Tuesday."
    assert len(_meetings(meeting_extractor, text)) == 1


def test_spoke_after_talks_with(meeting_extractor: Extractor) -> None:
    text = (
        "In Vilnius, Foreign Minister Darius Petraitis said the border would stay open. "
        "He spoke after talks with his Polish counterpart Marta Nowak, who arrived by train."
    )
    (m,) = _meetings(meeting_extractor, text)
    assert {"Darius Petraitis", "Marta Nowak"} <= _names(m)


def test_speaker_after_others_talks_is_no_party(meeting_extractor: Extractor) -> None:
    for text in (
        "Foreign Minister Darius Petraitis said after Nowak's talks with Lind in Oslo that the border would stay open.",
        "Foreign Minister Darius Petraitis told reporters after talks between Nowak and Lind that the border would "
        "stay open.",
    ):
        (m,) = _meetings(meeting_extractor, text)
        assert "Darius Petraitis" not in _names(m)


def test_spoke_after_his_talks_with(meeting_extractor: Extractor) -> None:
    text = "Foreign Minister Darius Petraitis spoke in Vilnius after his talks with Polish minister Marta Nowak."
    (m,) = _meetings(meeting_extractor, text)
    assert {"Darius Petraitis", "Marta Nowak"} <= _names(m)


def test_thing_after_talks_is_no_party(meeting_extractor: Extractor) -> None:
    assert _meetings(meeting_extractor, "Kenya's currency fell on Monday after talks with the IMF.") == []


def test_signed_in_the_presence_of(meeting_extractor: Extractor) -> None:
    text = (
        "Denmark's Minister for Development, Lars Holm, was in Nairobi last week and signed the agreement "
        "in the presence of President William Ruto."
    )
    (m,) = _meetings(meeting_extractor, text)
    assert {"Lars Holm", "William Ruto"} <= _names(m)


def test_handed_over_in_the_presence_of(meeting_extractor: Extractor) -> None:
    text = "Kenyan Trade Minister Rose Wanjiru handed over the documents in the presence of Chinese Premier Li Wen."
    (m,) = _meetings(meeting_extractor, text)
    assert {"Rose Wanjiru", "Li Wen"} <= _names(m)


def test_a_performance_in_the_presence_of_is_none(meeting_extractor: Extractor) -> None:
    for text in (
        "Norwegian violinist Ingrid Dahl performed at the Royal Palace in the presence of King Harald on Friday.",
        "Brazilian captain Lucas Silva lifted the cup in the presence of French President Marc Leroy in Doha.",
    ):
        assert _meetings(meeting_extractor, text) == []


def test_presence_of_troops_is_none(meeting_extractor: Extractor) -> None:
    text = "The presence of American and Chinese troops in the region worried Defence Minister Lars Holm."
    assert _meetings(meeting_extractor, text) == []


def test_separate_talks_split(meeting_extractor: Extractor) -> None:
    text = "Latvian Defence Minister Juris Ozols held separate talks with his Danish and Swedish counterparts."
    meetings = _meetings(meeting_extractor, text)
    assert len(meetings) == 2
    assert all(len(m.participants) == 2 for m in meetings)


def test_talks_with_two_counterparts_stay_one(meeting_extractor: Extractor) -> None:
    text = "Latvian Defence Minister Juris Ozols held talks with his Danish and Swedish counterparts."
    (m,) = _meetings(meeting_extractor, text)
    assert len(m.participants) == 3


# --------------------------------------------------------------------- attendance ("attended by")


def test_chaired_meeting_attended_by(meeting_extractor: Extractor) -> None:
    for text in (
        "Governor Maria Keller chaired a meeting on drought relief on Tuesday attended by Water Minister "
        "Olav Berg and Farm Minister Ruth Amsel.",
        "Governor Maria Keller chaired a meeting on drought relief, which was attended by Water Minister Olav Berg.",
        "A meeting chaired by Governor Maria Keller and attended by Water Minister Olav Berg was held in Tartu "
        "on Tuesday.",
    ):
        (m,) = _meetings(meeting_extractor, text)
        assert {"Maria Keller", "Olav Berg"} <= _names(m), text


def test_the_meeting_was_attended_by_leaves_a_chaired_meeting_to_its_attendees(meeting_extractor: Extractor) -> None:
    """A chaired meeting of the sentence before is not joined (its holder may have met others that week)."""
    text = (
        "Governor Maria Keller chaired a meeting on drought relief in Tartu on Tuesday. "
        "The meeting was attended by Water Minister Olav Berg and Farm Minister Ruth Amsel."
    )
    assert all("Maria Keller" not in _names(m) for m in _meetings(meeting_extractor, text))


def test_the_meeting_was_attended_by_is_the_talks_before(meeting_extractor: Extractor) -> None:
    text = (
        "Prime Minister Lena Vogt held talks with Austrian Chancellor Karl Brunner on Tuesday. "
        "The meeting was also attended by Finance Minister Paul Adler and Economy Minister Eva Gruber."
    )
    (m,) = _meetings(meeting_extractor, text)
    assert {"Lena Vogt", "Karl Brunner", "Paul Adler", "Eva Gruber"} <= _names(m)


def test_an_unnamed_holder_is_no_party(meeting_extractor: Extractor) -> None:
    # a holder the text names nowhere: the attendees still met (as before), the holder is no party
    text = (
        "The minister chaired a meeting on drought relief in Tartu on Tuesday. "
        "The meeting was attended by Water Minister Olav Berg and Farm Minister Ruth Amsel."
    )
    (m,) = _meetings(meeting_extractor, text)
    assert {a.name for a in m.participants} == {"Olav Berg", "Ruth Amsel"}
    # and an unnamed holder with one attendee makes no meeting
    text = "Earlier, the minister chaired a meeting on drought relief which was attended by Water Minister Olav Berg."
    assert _meetings(meeting_extractor, text) == []


def test_attended_by_unnamed_officials_is_none(meeting_extractor: Extractor) -> None:
    text = "Governor Maria Keller chaired a meeting on drought relief on Tuesday attended by senior officials."
    assert _meetings(meeting_extractor, text) == []


# --------------------------------------------------------------------- "and later with": two meetings


def test_talks_and_later_with_split(meeting_extractor: Extractor) -> None:
    text = (
        "On Tuesday, EU envoy Martin Lund held talks with President Omar Haddad at the palace in Baabda "
        "and later with Prime Minister Nabil Saad."
    )
    meetings = _meetings(meeting_extractor, text)
    assert len(meetings) == 2
    first, later = sorted(meetings, key=lambda m: "Nabil Saad" in _names(m))
    assert {"Martin Lund", "Omar Haddad"} <= _names(first) and "Nabil Saad" not in _names(first)
    assert {"Martin Lund", "Nabil Saad"} <= _names(later) and "Omar Haddad" not in _names(later)
    assert first.location is not None and first.location.name == "Baabda"
    assert later.location is None


def test_talks_with_two_partners_and_later_stay_one(meeting_extractor: Extractor) -> None:
    text = "EU envoy Martin Lund held talks with President Omar Haddad and Prime Minister Nabil Saad, and later left."
    (m,) = _meetings(meeting_extractor, text)
    assert {"Martin Lund", "Omar Haddad", "Nabil Saad"} <= _names(m)


def test_a_length_is_no_day_of_its_own(meeting_extractor: Extractor) -> None:
    # "The one-day meeting was attended by Y": a length, still the meeting of the sentence before
    text = (
        "Governor Maria Keller met Mayor Jonas Pold in Tartu on Tuesday. "
        "The one-day meeting was also attended by Water Minister Olav Berg."
    )
    (m,) = _meetings(meeting_extractor, text)
    assert {"Maria Keller", "Jonas Pold", "Olav Berg"} <= _names(m)
    assert m.location is not None and m.location.name == "Tartu"


def test_attendees_of_a_body_named_summit_still_meet(meeting_extractor: Extractor) -> None:
    # the body a summit is named after is no party, its two named attendees met
    text = (
        "The ASEAN summit in Jakarta, which was attended by Chinese Premier Li Wei and Indian Prime Minister "
        "Ravi Kumar, ended on Friday."
    )
    (m,) = _meetings(meeting_extractor, text)
    assert len(m.participants) == 2 and "ASEAN" not in _names(m)


def test_and_later_with_keeps_a_day_told_before_the_trigger(meeting_extractor: Extractor) -> None:
    text = (
        "On Tuesday, EU envoy Martin Lund held talks with President Omar Haddad at the palace in Baabda "
        "and later with Prime Minister Nabil Saad on the economy."
    )
    meetings = _meetings(meeting_extractor, text)
    assert len(meetings) == 2
    assert all(m.date is not None and m.date.start.isoformat() == "2024-03-12" for m in meetings)


# --------------------------------------------------------------------- titles with "and", offices in general


def test_a_ministry_named_with_and_is_one_title_of_the_name_after_it(meeting_extractor: Extractor) -> None:
    text = (
        "The Minister of Welfare and the Fight against Hunger, Ines Varela Costa, received on Tuesday "
        "a delegation of the charity Bread for Pupils, led by its director Tom Lund."
    )
    (met,) = _meetings(meeting_extractor, text)
    names = _names(met)
    assert "Ines Varela Costa" in names
    assert not names & {"Welfare", "Fight against Hunger"}
    # with the other party lost to the parse, the portfolios make no meeting of their own
    lost = (
        "The Minister of Foreign Affairs and National Community Abroad, Ahmed Attaf, received on Sunday "
        "in Algiers Ambassador of Italy, Alberto Cutillo."
    )
    assert _meetings(meeting_extractor, lost) == []


def test_two_titles_each_with_its_name_stay_two_parties(meeting_extractor: Extractor) -> None:
    text = "The Minister of Health, Ana Ruiz, and the Minister of Trade, Marco Bellini, met in Lima on Monday."
    (met,) = _meetings(meeting_extractor, text)
    assert {"Ana Ruiz", "Marco Bellini"} <= _names(met)
    joined = "The Minister of Trade and Industry, Ana Ruiz, met the Ambassador of Italy, Marco Bellini, on Monday."
    (other,) = _meetings(meeting_extractor, joined)
    assert {"Ana Ruiz", "Marco Bellini"} <= _names(other)


def test_an_office_after_a_or_an_is_no_visitor(meeting_extractor: Extractor) -> None:
    kind = "It was the first visit to Chile by a Peruvian Trade Minister in over twenty years."
    assert _meetings(meeting_extractor, kind) == []
    rare = "A visit to Chile by an American president is rare, the senator said."
    assert _meetings(meeting_extractor, rare) == []
    # counter-examples: a named visitor, a definite title and a group stay
    named = "The visit to Chile by Peru's President Ana Ruiz on Monday was the first in a decade."
    (visit,) = _meetings(meeting_extractor, named)
    assert {"Ana Ruiz", "Chile"} <= _names(visit)
    group = "The visit to Chile by a delegation from Peru on Monday ended with a joint statement."
    (delegation,) = _meetings(meeting_extractor, group)
    assert {"Peru", "Chile"} <= _names(delegation)
    titled = "The visit to Chile by the Peruvian Foreign Minister on Monday ended with a joint statement."
    (minister,) = _meetings(meeting_extractor, titled)
    assert "Chile" in _names(minister) and len(minister.participants) == 2


def test_a_second_title_or_a_name_is_no_portfolio_of_the_first(meeting_extractor: Extractor) -> None:
    possessive = "The Mayor of Leeds and Manchester's Mayor, Ana Ruiz, met transport officials on Monday."
    (talks,) = _meetings(meeting_extractor, possessive)
    assert "Ana Ruiz" in _names(talks) and len(talks.participants) == 2
    two_named = (
        "The Minister of Labour, Marco Bellini, and the Minister of Trade and Industry, Ana Ruiz, met on Monday."
    )
    (met,) = _meetings(meeting_extractor, two_named)
    assert {"Marco Bellini", "Ana Ruiz"} <= _names(met)
    nested = (
        "Prime Minister Ana Ruiz met the Minister of Finance and Planning, Marco Bellini, "
        "and the Governor of the Central Bank, Lena Holt, in Lima."
    )
    (three,) = _meetings(meeting_extractor, nested)
    assert {"Ana Ruiz", "Lena Holt"} <= _names(three)


def test_an_office_with_a_day_or_a_host_stays_a_party(meeting_extractor: Extractor) -> None:
    dated = "The visit to Kyiv by a British Prime Minister on Saturday was kept secret."
    (visit,) = _meetings(meeting_extractor, dated)
    assert len(visit.participants) == 2
    hosted = "President Ana Ruiz hosted a courtesy call by an Ambassador of Japan at State House on Monday."
    (call,) = _meetings(meeting_extractor, hosted)
    assert "Ana Ruiz" in _names(call) and len(call.participants) == 2


# --------------------------------------------------------------------- a call taken "from" a caller after an adjunct


def test_a_call_received_after_a_day_is_from_its_caller(meeting_extractor: Extractor) -> None:
    text = "Minister Hanna Verlo received a phone call on Wednesday from the Danish minister Erik Holm."
    (m,) = _held(meeting_extractor, text)
    assert {"Hanna Verlo", "Erik Holm"} <= _names(m)
    assert m.date is not None and m.date.start.isoformat() == "2024-03-13"


def test_a_call_from_a_countrys_minister_is_from_the_minister(meeting_extractor: Extractor) -> None:
    """The caller's country in the possessive is no building the call was taken from."""
    text = "Foreign Minister Ana Ruiz received a phone call on Wednesday from Jordan's Foreign Minister Karim Haddad."
    (m,) = _held(meeting_extractor, text)
    assert {"Ana Ruiz", "Karim Haddad"} <= _names(m)


def test_a_telephone_call_received_from_a_counterpart(meeting_extractor: Extractor) -> None:
    text = "Minister Hanna Verlo received a telephone call on Wednesday from her Austrian counterpart Lukas Brenner."
    (m,) = _held(meeting_extractor, text)
    assert {"Hanna Verlo", "Lukas Brenner"} <= _names(m)


def test_what_is_received_from_someone_but_no_call_is_no_meeting(meeting_extractor: Extractor) -> None:
    for text in (
        "The town council received a call for tenders on Monday from the regional ministry.",
        "Minister Hanna Verlo received a letter on Monday from Erik Holm.",
        "Minister Hanna Verlo received an award on Monday from President Erik Holm.",
        "Minister Hanna Verlo received a phone call on Monday from Berlin.",
    ):
        assert _meetings(meeting_extractor, text) == [], text


# --------------------------------------------------------------------- "X and <country>'s <title> Y"


def test_a_name_before_a_countrys_titled_name_is_a_party(meeting_extractor: Extractor) -> None:
    text = "Mwangi and Zambia's President Banda held a 30-minute meeting in Lusaka, an aide said."
    (m,) = _held(meeting_extractor, text)
    names = {a.name for a in m.participants}
    assert {"Mwangi", "Banda"} <= names
    assert "Zambia" not in names


def test_a_possessor_pair_of_a_title_is_no_party(meeting_extractor: Extractor) -> None:
    assert _meetings(meeting_extractor, "Smith and Jones's lawyer Tom Reed held a meeting on Monday.") == []


def test_a_call_that_is_no_telephone_call_has_no_caller(meeting_extractor: Extractor) -> None:
    for text in (
        "Winger Tomas Varga received a call-up on Friday from Hungary coach Peter Lakos for the friendlies.",
        "Umpire Dale Pryce took the call on Saturday from TV official Neil Combe to give the batsman out.",
        "Umpire Dale Pryce took the call on Saturday from third umpire Neil Combe after a long review.",
        "Advocate Mira Solberg received her call to the bar on Thursday from Chief Justice Ola Brekke.",
    ):
        assert _meetings(meeting_extractor, text) == [], text


def test_a_call_taken_from_a_building_has_no_caller(meeting_extractor: Extractor) -> None:
    for text in (
        "Premier Lund took the call on Sunday from Kastelborg Palace.",
        "Lund received the call on Friday from Kastelborg Palace.",
        "Lund took the phone call on Tuesday from Oslo's Government House.",
    ):
        assert _meetings(meeting_extractor, text) == [], text


def test_a_call_from_two_coordinated_from_phrases_is_left(meeting_extractor: Extractor) -> None:
    text = "Lund received a phone call on Tuesday from his Danish counterpart and from Sweden's Premier Holm."
    assert _meetings(meeting_extractor, text) == []


def test_got_a_call_adds_no_caller_from_the_verb(meeting_extractor: Extractor) -> None:
    text = "Governor Ina Holt got a phone call on Friday from Energy Minister Per Dahl about the outage."
    assert _meetings(meeting_extractor, text) == []


def test_a_fused_name_meets_separately_like_a_listed_one(meeting_extractor: Extractor) -> None:
    for text in (
        "Mwangi and Zambia's President Banda met separately with the union leader on Tuesday.",
        "Mwangi and Uganda's President Banda held separate talks with the union leader on Tuesday.",
    ):
        found = _meetings(meeting_extractor, text)
        assert sorted(sorted(a.name for a in m.participants) for m in found) == [
            ["Banda", "union leader"],
            ["Mwangi", "union leader"],
        ], text


# --------------------------------------------------------------------- kin groups and members of a named body


def test_the_parents_or_family_of_a_named_person_meet_as_that_person(meeting_extractor: Extractor) -> None:
    for text in (
        "Chief Constable Mark Devlin met the parents of Lucas Grey at their home in Brackley on Monday.",
        "Mayor Helen Ross met the family of Lucas Grey on Monday.",
        "Mayor Helen Ross met relatives of Lucas Grey on Monday.",
    ):
        found = _held(meeting_extractor, text)
        assert len(found) == 1, text
        assert "Lucas Grey" in _names(found[0]), text
        assert len(found[0].participants) == 2, text


def test_kin_of_no_named_person_or_from_a_place_are_no_party(meeting_extractor: Extractor) -> None:
    for text in (
        "Minister Jane Orr met the parents of students across the country on Monday.",
        "Senator Joan Pike met relatives of the victims on Monday.",
        "Senator Joan Pike met a family from Syria on Monday.",
    ):
        assert _meetings(meeting_extractor, text) == [], text


def test_officers_from_a_named_body_meet_as_that_body(meeting_extractor: Extractor) -> None:
    text = "Ashford Borough Council met with two senior officers from Kentmoor Police on Tuesday about parking fines."
    found = _held(meeting_extractor, text)
    assert len(found) == 1
    assert {"Ashford Borough Council", "Kentmoor Police"} <= _names(found[0])
    assert found[0].date is not None and found[0].date.start.isoformat() == "2024-03-12"


def test_officers_with_no_named_body_are_no_party(meeting_extractor: Extractor) -> None:
    for text in (
        "Inspector Ray Cole met officers on Monday.",
        "Senator Joan Pike met officers from across the region on Monday.",
        "Senator Joan Pike met officers on Monday from Harlow Council.",
    ):
        assert _meetings(meeting_extractor, text) == [], text


def test_kin_of_an_unnamed_person_give_no_party_from_a_modifier(meeting_extractor: Extractor) -> None:
    # the "of" object must itself be a person's name: a nationality, a company, a town, a possessor or a
    # compound before an unnamed head names nobody the household belongs to
    for text in (
        "Governor Lena Brandt met the parents of the three Dutch hikers killed in the avalanche on Sunday.",
        "Mayor Tom Hale met relatives of Peruvian miners on Monday.",
        "Senator Ruth Aldo met the family of a Samsung technician who died in the fire, on Monday.",
        "Bishop Carl Lind met the families of the Brackley flood victims on Monday.",
        "Mayor Tom Hale met the family of the late Lord Amesbury's chauffeur on Monday.",
        "Mayor Tom Hale met parents of Harlow pupils on Monday.",
    ):
        assert _meetings(meeting_extractor, text) == [], text


def test_kin_or_officers_in_a_denied_meeting_give_no_party(meeting_extractor: Extractor) -> None:
    for text, party in (
        ("Premier Jo Kalu did not meet the family of Lucas Grey during his trip to Brackley on Monday.", "Lucas Grey"),
        (
            "Governor Lena Brandt did not meet officers from Kentmoor Police during her visit to Harlow on Tuesday.",
            "Kentmoor Police",
        ),
    ):
        # (the trip itself is a visit of its own)
        assert not [m for m in _meetings(meeting_extractor, text) if party in _names(m)], text


def test_officers_of_their_own_body_or_from_a_town_give_no_party(meeting_extractor: Extractor) -> None:
    # "union officers": the noun names its own body; a town is where they come from
    for text in (
        "Senator Joan Pike met union officers from Harlow on Friday.",
        "Senator Joan Pike met senior officers from Harlow on Friday.",
    ):
        assert _meetings(meeting_extractor, text) == [], text


def test_a_body_running_on_into_a_place_is_not_glued_into_the_party(meeting_extractor: Extractor) -> None:
    text = "Minister Jane Orr met with senior officers from the Coast Guard at Falmouth on Monday."
    for meeting in _meetings(meeting_extractor, text):
        assert not any("Falmouth" in n for n in _names(meeting)), _names(meeting)
