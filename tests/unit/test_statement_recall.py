"""Statement recall: attribution frames beyond "X said ...", each with its negatives.

The sentences are written for these tests (no corpus text). They run through
the real pipeline (``en_core_web_sm``) via the session ``extractor`` fixture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventkit.lexicons import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventkit.api import Extractor
    from eventkit.models import Statement

PUBLISHED = "2024-03-15"
HEADLINE = "Harbour town weighs its options\n\n"


def _statements(extractor: Extractor, text: str) -> list[Statement]:
    return extractor.extract(text, published=PUBLISHED).statements


def _pairs(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.content) for s in _statements(extractor, text)]


def _has(pairs: list[tuple[str, str]], speaker: str, content: str) -> bool:
    return any(speaker in name and content in said for name, said in pairs)


# ------------------------------------------------------------ question quotes


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"Who will pay for the new pier?" Ms. Okafor asked.', "Okafor", "Who will pay for the new pier?"),
        ('"We cannot wait another winter!" Mayor Lindqvist said.', "Lindqvist", "We cannot wait another winter!"),
    ],
)
def test_quote_ending_its_own_sentence_takes_the_next_sentence_cue(
    extractor: Extractor, text: str, speaker: str, content: str
) -> None:
    assert _has(_pairs(extractor, HEADLINE + text), speaker, content)


def test_quote_inside_another_sentence_is_not_linked_to_the_next_cue(extractor: Extractor) -> None:
    text = HEADLINE + 'The council branded the scheme "a costly folly." Mayor Lindqvist said the vote was close.'
    pairs = _pairs(extractor, text)
    assert not any("folly" in said for _, said in pairs)
    assert _has(pairs, "Lindqvist", "the vote was close")


# ------------------------------------------------------------------ speakers


def test_named_apposition_speaks_for_a_role(extractor: Extractor) -> None:
    text = HEADLINE + "The port's deputy director, Ana Ruiz, said the cranes would be replaced next year."
    assert _has(_pairs(extractor, text), "Ana Ruiz", "the cranes would be replaced")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokeswoman for Northwind Shipping said the ferry would resume in April.", "Northwind"),
        ("Vermont's transport commissioner said the ferry would resume in April.", "Vermont"),
    ],
)
def test_role_anchored_by_a_name_is_a_speaker(extractor: Extractor, text: str, speaker: str) -> None:
    assert _has(_pairs(extractor, HEADLINE + text), speaker, "the ferry would resume in April")


@pytest.mark.parametrize(
    "text",
    [
        "The report said the ferry would resume in April.",
        "Its spokesman said the ferry would resume in April.",
    ],
)
def test_bare_role_still_names_nobody(extractor: Extractor, text: str) -> None:
    # (a person of a role alone, "A spokeswoman said ...", is an anonymous source: test_statement_speakers.py)
    assert _pairs(extractor, HEADLINE + text) == []


def test_passive_cue_takes_its_agent_as_speaker(extractor: Extractor) -> None:
    text = HEADLINE + "It was announced by the Ministry of Health that the clinics will reopen in May."
    assert _has(_pairs(extractor, text), "Ministry of Health", "the clinics will reopen in May")


def test_passive_cue_without_agent_has_no_speaker(extractor: Extractor) -> None:
    text = HEADLINE + "The new pier was announced last week after a long delay."
    assert _pairs(extractor, text) == []


# ------------------------------------------------------ parenthetical clauses


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The harbour dredging has badly hurt local fishermen, Ms. Okafor said, because the silt kills the crabs.",
            "The harbour dredging has badly hurt local fishermen",
        ),
        (
            "During the long winter, Ms. Okafor said, most of the boats stayed in the dry dock.",
            "most of the boats stayed in the dry dock",
        ),
    ],
)
def test_parenthetical_cue_reports_its_host_clause(extractor: Extractor, text: str, content: str) -> None:
    assert _has(_pairs(extractor, HEADLINE + text), "Okafor", content)


def test_parenthetical_relay_still_relays(extractor: Extractor) -> None:
    text = HEADLINE + "Ms. Okafor pointed out the risks of the plan, local radio said, before the vote."
    found = _statements(extractor, text)
    assert [(s.speaker.name, s.content) for s in found] == [("Okafor", "the risks of the plan")]
    assert found[0].reported_by is not None and "radio" in found[0].reported_by.name


# -------------------------------------------------------- content boundaries


def test_determiner_that_stays_in_the_content(extractor: Extractor) -> None:
    text = HEADLINE + "Ms. Okafor said the claim was false, and that the figures had been checked twice."
    assert _has(_pairs(extractor, text), "Okafor", "the claim was false")


def test_complementiser_that_is_dropped(extractor: Extractor) -> None:
    pairs = _pairs(extractor, HEADLINE + "Ms. Okafor said that the pier would open in June.")
    assert pairs == [("Okafor", "the pier would open in June")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms. Okafor called on the council to delay the vote.", "the council to delay the vote"),
        ("Ms. Okafor urged residents to attend the hearing.", "residents to attend the hearing"),
        ("Ms. Okafor told the crowd to go home before the storm.", "the crowd to go home"),
        ("Ms. Okafor is demanding the harbour master resign over the spill.", "the harbour master resign"),
    ],
)
def test_directive_content_keeps_its_addressee(extractor: Extractor, text: str, content: str) -> None:
    assert _has(_pairs(extractor, HEADLINE + text), "Okafor", content)


def test_told_audience_stays_out_of_a_that_clause(extractor: Extractor) -> None:
    found = _statements(extractor, HEADLINE + "Ms. Okafor told reporters that the pier was safe.")
    assert [s.content for s in found] == ["the pier was safe"]
    assert found[0].audience is not None and found[0].audience.name == "reporters"


def test_promise_verbs_take_a_bare_object(extractor: Extractor) -> None:
    text = HEADLINE + "Mayor Lindqvist promised lower harbour fees for small boats."
    assert _has(_pairs(extractor, text), "Lindqvist", "lower harbour fees")


def test_other_commissive_verbs_need_a_clause(extractor: Extractor) -> None:
    text = HEADLINE + "Mayor Lindqvist wanted the corner office in the new building."
    assert _pairs(extractor, text) == []


def test_according_to_covers_the_whole_clause(extractor: Extractor) -> None:
    text = HEADLINE + (
        "The town's population fell to 9,000 in 1990 and has since grown to 14,000, according to the Census Bureau."
    )
    assert _has(_pairs(extractor, text), "Census Bureau", "The town's population fell to 9,000")


def test_according_to_introducing_a_quote_takes_the_quote(extractor: Extractor) -> None:
    text = HEADLINE + 'According to Ms. Okafor, "the pier is older than the town itself, and it shows."'
    found = _statements(extractor, text)
    assert len(found) == 1
    assert found[0].direct
    assert found[0].content.startswith("the pier is older than the town itself, and it shows")


# ---------------------------------------------------------------- new cues


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms. Okafor acknowledged the risks of the new design.", "the risks of the new design"),
        ("Ms. Okafor stressed the need for a second breakwater.", "the need for a second breakwater"),
        ("Ms. Okafor outlined her plan for the old cannery.", "her plan for the old cannery"),
        ("Ms. Okafor complained about the noise from the shipyard.", "about the noise from the shipyard"),
        ("Ms. Okafor railed against the new parking fees.", "against the new parking fees"),
    ],
)
def test_object_cues(extractor: Extractor, text: str, content: str) -> None:
    assert _has(_pairs(extractor, HEADLINE + text), "Okafor", content)


def test_object_cue_ignores_a_circumstantial_prep(extractor: Extractor) -> None:
    text = HEADLINE + "Ms. Okafor admitted under questioning that the budget had doubled."
    pairs = _pairs(extractor, text)
    assert _has(pairs, "Okafor", "the budget had doubled")
    assert not any(said.startswith("under") for _, said in pairs)


def test_noun_claim_with_possessor(extractor: Extractor) -> None:
    text = HEADLINE + "Reporters checked Mayor Lindqvist's claim that the ferry had never been late."
    assert _has(_pairs(extractor, text), "Lindqvist", "the ferry had never been late")


def test_noun_claim_needs_a_possessor_and_a_that_clause(extractor: Extractor) -> None:
    for text in (
        "Reporters checked the claim that the ferry had never been late.",
        "Reporters checked Mayor Lindqvist's claim about the ferry.",
    ):
        assert _pairs(extractor, HEADLINE + text) == []


# ------------------------------------------------------------------- labels


def test_transcript_speaker_labels(extractor: Extractor) -> None:
    text = HEADLINE + (
        "The interview aired on Sunday.\n\n"
        "HOST: What will the new pier cost the town?\n\n"
        "LINDQVIST: About four million, and the state pays half of it."
    )
    pairs = [(name.lower(), said) for name, said in _pairs(extractor, text)]
    assert _has(pairs, "host", "What will the new pier cost the town?")
    assert _has(pairs, "lindqvist", "About four million")


def test_broadcast_labels_with_a_bracket_or_a_description(extractor: Extractor) -> None:
    """ "ANCHOR (DANA REYES):" is Reyes; "ILSE BERG (recorded):" is Berg; "JANE DOE, Union Leader:" is Doe."""
    text = HEADLINE + (
        "ANCHOR (DANA REYES): Good evening. Tell us, Ilse Berg, what will the union do now?\n\n"
        "ILSE BERG (recorded): We will not stand by while jobs are cut at this port.\n\n"
        "JANE DOE, Union Leader: We are ready to talk whenever the company is serious."
    )
    pairs = [(name.lower(), said) for name, said in _pairs(extractor, text)]
    assert _has(pairs, "dana reyes", "what will the union do now?")
    assert _has(pairs, "ilse berg", "We will not stand by")
    assert _has(pairs, "jane doe", "We are ready to talk")


def test_a_presenters_narration_is_the_news_not_a_statement(extractor: Extractor) -> None:
    """What an anchor or reporter reads (``narrator_labels``) is the news itself; a hand-off asks nothing."""
    text = HEADLINE + (
        "ANCHOR (DANA REYES): Good evening. Talks to end the port strike broke down today. Our reporter Ole Dahl"
        " is at the harbour. Ole?\n\n"
        "OLE DAHL (REPORTER): Thanks, Dana. The quay is empty and the cranes are still. Back to you.\n\n"
        "ANCHOR: In other news tonight, the Vestby hospital has received a gift of two new ambulances.\n\n"
        "ILSE BERG (recorded): We will not stand by while jobs are cut at this port."
    )
    pairs = [(name.lower(), said) for name, said in _pairs(extractor, text)]
    assert _has(pairs, "ilse berg", "We will not stand by")
    assert not any(name in {"dana reyes", "ole dahl", "anchor"} for name, _ in pairs)


def test_a_reporters_later_turns_and_an_outlets_roles_are_narration(extractor: Extractor) -> None:
    """ "OLE DAHL, CORRESPONDENT:" then "DAHL:"; "NRK ANCHOR"; "(on camera)"; a sign-off naming the reporter."""
    text = HEADLINE + (
        "DANA REYES, NRK ANCHOR: Talks to end the port strike broke down today.\n\n"
        "OLE DAHL, NRK CORRESPONDENT: The quay is empty and the cranes are still.\n\n"
        "DAHL: Now, the union side was a little more cautious today.\n\n"
        "ILSE BERG, UNION LEADER: We will not stand by while jobs are cut at this port.\n\n"
        "KARI LUND (on camera): The street behind me is closed off tonight.\n\n"
        "PER STRAND (reporting): This is all that is left of the ferry terminal.\n\n"
        "REYES: Ole Dahl reporting."
    )
    pairs = [(name.lower(), said) for name, said in _pairs(extractor, text)]
    assert _has(pairs, "ilse berg", "We will not stand by")
    assert not any(name in {"dana reyes", "reyes", "ole dahl", "dahl", "kari lund", "per strand"} for name, _ in pairs)


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("TOMASZ NOWAK, POLISH PRIME MINISTER (through translator):", "tomasz nowak"),
        ("ALAN CRANE (CHIEF METEOROLOGIST):", "alan crane"),
    ],
)
def test_a_soundbite_label_with_a_role_and_a_bracket(extractor: Extractor, label: str, speaker: str) -> None:
    """A role and a note ("through translator") together; a role in the bracket names nobody."""
    text = HEADLINE + label + " We did not agree on everything, but nobody in Europe wins from closed borders."
    pairs = [(name.lower(), said) for name, said in _pairs(extractor, text)]
    assert _has(pairs, speaker, "We did not agree on everything")


@pytest.mark.parametrize(
    "paragraph",
    [
        "STABBING: A 27-year-old man was stabbed outside a bar on Mill Street early Saturday, police said.",
        "WHAT TO DO: Parents should stop using the formula and return it to the shop for a refund.",
        "SCAMS WARNING: Officers are warning residents about fraudsters posing as bank staff.",
    ],
)
def test_a_capitalised_section_heading_is_no_speaker(extractor: Extractor, paragraph: str) -> None:
    """A police log or notice heads its paragraphs in capitals: an event noun, a function word, an abstract noun."""
    pairs = [(name.lower(), said) for name, said in _pairs(extractor, HEADLINE + paragraph)]
    assert not any(name in {"stabbing", "what to do", "scams warning"} for name, _ in pairs)


def test_every_label_of_a_police_log_heads_a_section(extractor: Extractor) -> None:
    """Two event-noun headings make the document a log: "VANDALISM:", "NOISE:", "DUI:" head sections too."""
    text = HEADLINE + "\n\n".join(
        [
            "BURGLARY: Someone took power tools from a garage on Quarry Road, a man told officers.",
            "VANDALISM: Graffiti was reported on the rear wall of the middle school.",
            "ASSAULT: One man was treated for a cut above his eye after a fight at a tavern.",
            "NOISE: A resident complained about a loud party on Spruce Street at 12:50 a.m.",
            "DUI: A 34-year-old man was arrested on Main Street after his pickup struck a parked car.",
        ]
    )
    names = {name.lower() for name, _ in _pairs(extractor, text)}
    assert not names & {"vandalism", "noise", "dui", "burglary", "assault"}


def test_a_log_category_no_trigger_names_heads_its_section(extractor: Extractor) -> None:
    """A lone capitalised category of a police log ("DUI:", ``section_labels``) heads a section, no turn."""
    text = HEADLINE + "\n\n".join(
        [
            "Graffiti: Deputies took four reports Monday of fences sprayed overnight.",
            "DUI: A 41-year-old Lakeview man was arrested on Route 9 on Friday. He was charged with drunk driving.",
        ]
    )
    names = {name.lower() for name, _ in _pairs(extractor, text)}
    assert "dui" not in names


@pytest.mark.parametrize(
    "paragraph",
    [
        "Scam: A 75-year-old man lost $4,000 after a caller claiming to be his nephew said he needed bail money.",
        "Fraud: A 70-year-old man lost $5,000 after a caller claiming to be his son said he had been jailed.",
    ],
)
def test_a_label_opening_the_paragraph_is_no_subject_of_a_cue_after_its_colon(
    extractor: Extractor, paragraph: str
) -> None:
    """The parse makes the label before the colon the subject of "said"; the label heads the paragraph."""
    names = {name.lower() for name, _ in _pairs(extractor, "LAKEVIEW\n\n" + paragraph)}
    assert not names & {"scam", "fraud"}


def test_a_transcript_without_headings_keeps_its_surname_labels(extractor: Extractor) -> None:
    text = HEADLINE + "The debate aired on Sunday.\n\nHALVORSEN: The pier will cost the town four million."
    assert _has([(n.lower(), s) for n, s in _pairs(extractor, text)], "halvorsen", "The pier will cost the town")


def test_a_capitalised_label_with_a_first_name_still_speaks(extractor: Extractor) -> None:
    text = HEADLINE + "The interview aired on Sunday.\n\nHOPE WALKER: The pier will cost the town four million."
    assert _has([(n.lower(), s) for n, s in _pairs(extractor, text)], "hope walker", "The pier will cost the town")


def test_a_headline_label_naming_a_storm_is_a_topic(extractor: Extractor) -> None:
    """ "Storm Marisol: flooding hits eastern Spain": the storm says nothing (``not_label_heads``)."""
    text = (
        "Storm Marisol: flooding hits eastern Spain\n\n"
        "Storm Marisol brought torrential rain to the Valencia region on Monday."
    )
    assert _pairs(extractor, text) == []


def test_a_headline_label_naming_a_country_before_another_actor_is_a_topic(extractor: Extractor) -> None:
    """ "Chad: UN envoy sees ...": the story's country; the envoy after it acts (broadcast headline style)."""
    text = (
        "Chad: UN envoy sees 'unbearable' conditions as refugees keep crossing\n\n"
        "The envoy met Chad's President on Sunday, according to a statement from the presidency."
    )
    assert all(name != "Chad" for name, _ in _pairs(extractor, text))


@pytest.mark.parametrize(
    "headline",
    [
        "COP31: Pacific ministers press for payouts",
        "Climate summit: Island states demand a loss fund",
    ],
)
def test_a_headline_label_naming_an_occasion_is_a_topic(extractor: Extractor, headline: str) -> None:
    """ "COP31: ...", "Climate summit: ...": the occasion the story comes from says nothing."""
    text = f"{headline}\n\nDelegates gathered in Belem on Thursday for a second week of negotiations."
    assert _pairs(extractor, text) == []


def test_a_headline_label_naming_a_person_still_speaks(extractor: Extractor) -> None:
    text = "Ruiz: Fees must fall this year\n\nThe minister Ana Ruiz spoke in Madrid on Monday."
    assert [name for name, _ in _pairs(extractor, text)] == ["Ana Ruiz"]


def test_a_broadcast_label_with_a_role_in_lower_case(extractor: Extractor) -> None:
    text = HEADLINE + "GRAHAM, patient: I understand why they are striking, but I have waited eight months."
    pairs = [(name.lower(), said) for name, said in _pairs(extractor, text)]
    assert _has(pairs, "graham", "I understand why they are striking")


def test_a_dateline_with_a_colon_is_no_speaker_label(extractor: Extractor) -> None:
    """ "GUWAHATI: At least 14 people have died ...": the dateline of South Asian papers, no transcript turn."""
    text = "Floods in Assam\n\nGUWAHATI: At least 14 people have died in floods in Assam since Friday.\n\nRain fell."
    assert _pairs(extractor, text) == []


def test_a_dateline_of_a_town_no_gazetteer_knows_is_no_speaker_label(extractor: Extractor) -> None:
    """ "DARGAI: ...": an unknown town in the dateline, the document's only label, is no transcript turn."""
    text = "Van overturns\n\nDARGAI: Two people were killed when a van overturned on Monday.\n\nRain fell."
    assert _pairs(extractor, text) == []


def test_a_dateline_of_an_unknown_town_after_a_byline_is_no_speaker_label(extractor: Extractor) -> None:
    text = (
        "Van overturns\n\nStaff Reporter | Published March 3, 2026\n\n"
        "DARGAI: Two people were killed when a van overturned on Monday.\n\nRain fell."
    )
    assert _pairs(extractor, text) == []


def test_a_lone_label_with_a_first_name_in_the_dateline_still_speaks(extractor: Extractor) -> None:
    text = "Interview\n\nMARIA LOPEZ: We will rebuild every school the storm destroyed.\n\nRain fell."
    assert _has(_pairs(extractor, text), "Maria Lopez", "We will rebuild every school")


@pytest.mark.parametrize("label", ["UPDATE", "EDITOR'S NOTE", "CORRECTION", "CLAIM", "VERDICT", "THE FACTS"])
def test_editorial_labels_are_not_speakers(extractor: Extractor, label: str) -> None:
    text = HEADLINE + f"The council met on Monday.\n\n{label}: The vote was moved to Thursday evening."
    assert _pairs(extractor, text) == []


def test_quote_signed_with_a_dash(extractor: Extractor) -> None:
    text = HEADLINE + (
        "Readers sent us their views.\n\n"
        "\u201cThe pier is the heart of this town and always will be.\u201d \u2015 Marta Solberg\n\n"
        '"Nobody asked the fishermen what they wanted." -- Jonas Berg'
    )
    pairs = _pairs(extractor, text)
    assert _has(pairs, "Marta Solberg", "The pier is the heart of this town")
    assert _has(pairs, "Jonas Berg", "Nobody asked the fishermen")


def test_a_quote_signed_with_a_role_before_the_name_and_a_sentence_going_on_is_no_signature(
    extractor: Extractor,
) -> None:
    """ "-- economist Jonas Berg" signs the quote; "- and Berg agreed with that." is a sentence, no name."""
    text = HEADLINE + (
        "Readers sent us their views.\n\n"
        '"Nobody asked the fishermen what they wanted." \u2014 economist Jonas Berg\n\n'
        '"The harbour fees will double by the summer" - and Berg agreed with that.'
    )
    pairs = _pairs(extractor, text)
    assert pairs == [("Jonas Berg", "Nobody asked the fishermen what they wanted.")]


def test_a_pull_quote_signed_on_its_own_line_is_its_signers_not_the_last_speakers(extractor: Extractor) -> None:
    """The signature line below a pull quote names its speaker; the paragraph before speaks no more."""
    text = HEADLINE + (
        "The port authority said it had sent 30 tugboats to the harbour mouth.\n\n"
        '"Nobody asked the fishermen what they wanted, and nobody will."\n'
        "\u2014 Jonas Berg, harbour master"
    )
    pairs = _pairs(extractor, text)
    assert ("Jonas Berg", "Nobody asked the fishermen what they wanted, and nobody will.") in pairs
    assert not any(speaker == "port authority" and "fishermen" in content for speaker, content in pairs)


def test_polls_and_studies_are_no_speakers(extractor: Extractor) -> None:
    """ "Polls suggest ...": a count of opinions, nobody speaking (``not_speakers``)."""
    text = HEADLINE + (
        "The campaign entered its final week on Monday.\n\n"
        "Polls suggest the harbour vote is within the margin of error in three wards.\n\n"
        "Studies suggest the new pier will draw more ferries to the town."
    )
    assert _pairs(extractor, text) == []


def test_what_no_quantifies_in_a_report_is_what_was_said(extractor: Extractor) -> None:
    """ "The archive reported no records of the call": a report was made; its content says there are none."""
    text = HEADLINE + (
        "The inquiry continued on Monday.\n\n"
        "The Harbour Records Office reported no records of any call between the mayor and the builder."
    )
    (statement,) = _statements(extractor, text)
    assert statement.modality.value == "asserted"


def test_a_given_name_spelt_like_a_cue_is_no_cue(extractor: Extractor) -> None:
    """ "The Ambassador to Kuwait Said Benyamin delivered a message": a name, not "said"."""
    text = HEADLINE + (
        "The envoys arrived on Monday.\n\n"
        "The Orlandian Ambassador to Kuwait Said Benyamin delivered a written message to the Emir on Tuesday."
    )
    assert _pairs(extractor, text) == []


def test_headline_naming_its_speaker(extractor: Extractor) -> None:
    text = (
        "Lindqvist: Harbour Fees Will Not Rise This Year\n\n"
        "Mayor Erik Lindqvist told a town meeting on Monday that the harbour budget was balanced."
    )
    assert _has(_pairs(extractor, text), "Lindqvist", "Harbour Fees Will Not Rise This Year")


def test_headline_label_without_a_name_is_not_a_statement(extractor: Extractor) -> None:
    text = "The Latest: Harbour Fees Will Not Rise\n\nThe council met on Monday and approved the budget."
    assert _pairs(extractor, text) == []


def test_new_lexicon_keys_are_lower_case_lists() -> None:
    data = load_yaml("lexicons/speech_cues.en.yaml")
    for key in ("roles", "not_labels", "claim_nouns", "not_speech_phrasal", "convene_objects", "idioms"):
        assert data[key] and all(isinstance(v, str) and v == v.lower() for v in data[key])
    assert all(len(p.split()) == 2 for p in data["phrasal"])


# ------------------------------------------------------------ round 2: content runs on


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mayor Lindqvist said the ferry was late, because the crew had gone on strike.",
            "Lindqvist",
            "the ferry was late, because the crew had gone on strike",
        ),
        (
            "Ms. Okafor cited the broken cranes as proof of years of neglect.",
            "Okafor",
            "the broken cranes as proof of years of neglect",
        ),
        (
            "Harbour master Jonas Berg complained about the dredging in a letter to the council.",
            "Berg",
            "about the dredging in a letter to the council",
        ),
    ],
)
def test_content_runs_to_the_end_of_the_cue_clause(extractor: Extractor, text: str, speaker: str, content: str) -> None:
    assert _has(_pairs(extractor, HEADLINE + text), speaker, content)


def test_content_stops_before_according_to(extractor: Extractor) -> None:
    text = HEADLINE + "Ana Ruiz told the council the pier would reopen in May, according to the minutes."
    pairs = _pairs(extractor, text)
    assert _has(pairs, "Ruiz", "the pier would reopen in May")
    assert not any("according to" in said for _, said in pairs)


def test_content_stops_before_a_second_cue(extractor: Extractor) -> None:
    text = HEADLINE + "Mayor Lindqvist said the pier would reopen in May, adding that fees would not rise."
    pairs = _pairs(extractor, text)
    # one speech act told by two verbs: one statement whose fragments skip the second cue, joined by a semicolon
    assert [said for name, said in pairs if name.endswith("Lindqvist")] == [
        "the pier would reopen in May; fees would not rise"
    ]


# ------------------------------------------------------------ round 2: speakers


def test_directive_through_a_particle_keeps_its_addressee(extractor: Extractor) -> None:
    text = HEADLINE + "Ana Ruiz has called on the council to postpone the vote."
    assert _has(_pairs(extractor, text), "Ruiz", "the council to postpone the vote")


def test_word_of_the_quote_is_never_the_speaker(extractor: Extractor) -> None:
    text = HEADLINE + '"The harbour is in total gridlock. Total gridlock," said Marta Solberg, a pilot.'
    pairs = _pairs(extractor, text)
    assert _has(pairs, "Solberg", "The harbour is in total gridlock")
    assert not any("gridlock" in name.lower() for name, _ in pairs)


def test_pronoun_skips_a_person_of_the_other_honorific(extractor: Extractor) -> None:
    text = HEADLINE + (
        "Ms. Okafor met Mr. Berg at the quay on Monday. "
        'Mr. Berg showed the cracked pilings. "This pier will not last another storm," she said.'
    )
    pairs = _pairs(extractor, text)
    assert _has(pairs, "Okafor", "This pier will not last another storm")
    assert not _has(pairs, "Berg", "This pier will not last another storm")


def test_pronoun_without_honorifics_takes_the_last_subject(extractor: Extractor) -> None:
    text = HEADLINE + "Jonas Berg inspected the quay on Monday. He said the pilings were cracked."
    assert _has(_pairs(extractor, text), "Berg", "the pilings were cracked")


# ------------------------------------------------------------ round 2: what "call" means


@pytest.mark.parametrize(
    "text",
    [
        "The council chairwoman Ana Ruiz called an emergency meeting for Friday.",
        "Mayor Lindqvist called into a local radio show on Tuesday morning.",
        "Ana Ruiz called off the talks with the ferry operator.",
        "The ferry operator rejected what Ana Ruiz called a reckless plan.",
    ],
)
def test_call_senses_that_say_nothing(extractor: Extractor, text: str) -> None:
    assert _statements(extractor, HEADLINE + text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Lindqvist called the ferry contract a disgrace.", "the ferry contract a disgrace"),
        ("Ana Ruiz called for a recount of the harbour vote.", "a recount of the harbour vote"),
        ("Ana Ruiz called her own vote a mistake.", "her own vote a mistake"),
    ],
)
def test_call_senses_that_state(extractor: Extractor, text: str, content: str) -> None:
    pairs = _pairs(extractor, HEADLINE + text)
    assert any(content in said for _, said in pairs)


# ------------------------------------------------------------ round 2: idioms


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mayor Lindqvist raised questions about the cost of the new breakwater.",
            "Lindqvist",
            "the cost of the new breakwater",
        ),
        ("Ana Ruiz took issue with the pilots' new rota.", "Ruiz", "the pilots' new rota"),
        (
            "Jonas Berg made the case that the old pier could still be saved.",
            "Berg",
            "the old pier could still be saved",
        ),
    ],
)
def test_speech_idioms(extractor: Extractor, text: str, speaker: str, content: str) -> None:
    assert _has(_pairs(extractor, HEADLINE + text), speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The delay raises questions about the cost of the new breakwater.",
        "Mayor Lindqvist raised the flag over the harbour.",
        "Ana Ruiz took the ferry to the island.",
    ],
)
def test_idioms_need_a_speaker_and_their_noun(extractor: Extractor, text: str) -> None:
    assert _statements(extractor, HEADLINE + text) == []


# ------------------------------------------------------------ round 2: headlines


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        ("Lindqvist Says Harbour Fees Will Not Rise", "Harbour Fees Will Not Rise"),
        ("Harbour Fees Will Not Rise, Lindqvist Says", "Harbour Fees Will Not Rise"),
        ("Lindqvist Calls for Recount of Harbour Vote", "Recount of Harbour Vote"),
        ("Facing Critics, Lindqvist Vows to Rebuild the Pier", "to Rebuild the Pier"),
    ],
)
def test_headline_speaker_next_to_its_cue(extractor: Extractor, headline: str, content: str) -> None:
    text = headline + "\n\nMayor Erik Lindqvist spoke to a town meeting on Monday about the harbour budget."
    assert _has(_pairs(extractor, text), "Lindqvist", content)


@pytest.mark.parametrize(
    "headline",
    [
        # the verb after a comma has no speaker of its own
        "Lindqvist Meets Fishermen at the Quay, Pledges to Rebuild the Pier",
        # the body never names the speaker
        "Okafor Says Harbour Fees Will Not Rise",
        # a cue word inside a name the body knows
        "Harbour Post Story Angers the Fleet",
    ],
)
def test_headline_cues_without_a_clear_speaker(extractor: Extractor, headline: str) -> None:
    body = "Mayor Erik Lindqvist spoke to a town meeting on Monday. The Harbour Post covered the meeting."
    text = headline + "\n\n" + body
    assert not any(s.evidence[0].start < len(headline) for s in _statements(extractor, text))


def test_embedded_posts_are_statements_of_their_authors(extractor: Extractor) -> None:
    text = HEADLINE + (
        "Fans celebrated across the island. The ferry finally runs on time and nobody can believe it. "
        "pic.twitter.com/AbCdEf123 -- Marta Solberg (@msolberg) March 12, 2024 "
        "Best harbour in the north, and now the best ferry too. -- Jonas Berg (@jberg) March 12, 2024 "
        "Great day. -- Ana Ruiz (@anaruiz) March 12, 2024"
    )
    found = _statements(extractor, text)
    posts = {s.speaker.name: s for s in found if "speaker_label_post" in s.rule_ids[0]}
    assert set(posts) == {"Marta Solberg", "Jonas Berg"}  # "Great day." is too short to be a statement
    assert posts["Marta Solberg"].content.endswith("nobody can believe it.")
    assert "pic.twitter" not in posts["Marta Solberg"].content
    assert posts["Jonas Berg"].content.startswith("Best harbour in the north")
    assert "@jberg" in posts["Jonas Berg"].speaker.aliases and posts["Jonas Berg"].direct


def test_a_posts_signature_date_is_its_date(extractor: Extractor) -> None:
    """The date after the handle is the day the post was written, whatever day the article appeared."""
    text = HEADLINE + (
        "Fans had waited years for this. The ferry finally runs on time and nobody can believe it. "
        "-- Marta Solberg (@msolberg) March 11, 2024 "
        "Best harbour in the north, and now the best ferry too. -- Jonas Berg (@jberg) March 12, 2024"
    )
    posts = {s.speaker.name: s for s in _statements(extractor, text) if "speaker_label_post" in s.rule_ids[0]}
    assert {name: str(s.date.start) for name, s in posts.items() if s.date} == {
        "Marta Solberg": "2024-03-11",
        "Jonas Berg": "2024-03-12",
    }
    dated = next(p for p in posts["Jonas Berg"].provenance if p.field == "date")
    assert dated.rule == "statement.post_signature_date" and dated.span and dated.span.text == "March 12, 2024"


# ------------------------------------------------------------ parse repairs


def _parsed(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A hand-built parse: (word, pos, tag, dep, head index) per token."""
    import spacy
    from spacy.tokens import Doc

    words, pos, tags, deps, heads = (list(col) for col in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads)


def test_a_present_tense_cue_misread_as_a_plural_noun_is_still_a_cue() -> None:
    from eventkit.extractors.statement.cues import cue_group

    # "Lindqvist claims that the pier is safe." with "claims" tagged as a noun at the root
    doc = _parsed(
        [
            ("Lindqvist", "PROPN", "NNP", "nsubj", 1),
            ("claims", "NOUN", "NNS", "ROOT", 1),
            ("that", "SCONJ", "IN", "mark", 5),
            ("the", "DET", "DT", "det", 4),
            ("pier", "NOUN", "NN", "nsubj", 5),
            ("is", "AUX", "VBZ", "ccomp", 1),
            ("safe", "ADJ", "JJ", "acomp", 5),
        ]
    )
    assert cue_group(doc[1]) == "report"
    # "The claims were false.": a plural noun with no reported clause is no cue
    doc = _parsed(
        [
            ("The", "DET", "DT", "det", 1),
            ("claims", "NOUN", "NNS", "nsubj", 2),
            ("were", "AUX", "VBD", "ROOT", 2),
            ("false", "ADJ", "JJ", "acomp", 2),
        ]
    )
    assert cue_group(doc[1]) is None


def test_a_dash_may_close_the_subject_the_parse_hung_from_the_cue() -> None:
    from eventkit.extractors.statement.extent import stray_subject

    # "said boats - old and new - would qualify": "boats" parsed as the object of "said"
    doc = _parsed(
        [
            ("Okafor", "PROPN", "NNP", "nsubj", 1),
            ("said", "VERB", "VBD", "ROOT", 1),
            ("boats", "NOUN", "NNS", "dobj", 1),
            ("-", "PUNCT", ":", "punct", 2),
            ("old", "ADJ", "JJ", "amod", 2),
            ("-", "PUNCT", ":", "punct", 1),
            ("would", "AUX", "MD", "aux", 7),
            ("qualify", "VERB", "VB", "ccomp", 1),
        ]
    )
    assert stray_subject(doc[1], doc[7]) == doc[2]
    # a word between the object and the clause: no stray subject
    doc = _parsed(
        [
            ("Okafor", "PROPN", "NNP", "nsubj", 1),
            ("told", "VERB", "VBD", "ROOT", 1),
            ("boats", "NOUN", "NNS", "dobj", 1),
            ("today", "NOUN", "NN", "npadvmod", 1),
            ("they", "PRON", "PRP", "nsubj", 6),
            ("would", "AUX", "MD", "aux", 6),
            ("qualify", "VERB", "VB", "ccomp", 1),
        ]
    )
    assert stray_subject(doc[1], doc[6]) is None


def test_a_that_clause_parsed_as_an_adverbial_clause_is_reported() -> None:
    from eventkit.extractors.statement.frames import that_clause

    # "Okafor posted at night that the vote was rigged" with the clause hung as advcl
    doc = _parsed(
        [
            ("Okafor", "PROPN", "NNP", "nsubj", 1),
            ("posted", "VERB", "VBD", "ROOT", 1),
            ("at", "ADP", "IN", "prep", 1),
            ("night", "NOUN", "NN", "pobj", 2),
            ("that", "PRON", "WDT", "advmod", 7),
            ("the", "DET", "DT", "det", 6),
            ("vote", "NOUN", "NN", "nsubj", 7),
            ("was", "AUX", "VBD", "advcl", 1),
            ("rigged", "ADJ", "JJ", "acomp", 7),
        ]
    )
    assert that_clause(doc[1]) == doc[7]
    # "posted the notice so that voters would know": a purpose clause has no "that" first
    doc = _parsed(
        [
            ("Okafor", "PROPN", "NNP", "nsubj", 1),
            ("posted", "VERB", "VBD", "ROOT", 1),
            ("it", "PRON", "PRP", "dobj", 1),
            ("so", "SCONJ", "IN", "mark", 6),
            ("that", "SCONJ", "IN", "mark", 6),
            ("voters", "NOUN", "NNS", "nsubj", 6),
            ("know", "VERB", "VBP", "advcl", 1),
        ]
    )
    assert that_clause(doc[1]) is None


def test_a_that_clause_of_the_medium_noun_is_what_was_said(extractor: Extractor) -> None:
    # "said in a statement that ...": the parse hangs the clause from "statement"
    pairs = _pairs(extractor, HEADLINE + "The Harbour Board said in a statement that the pier had been sold.")
    assert _has(pairs, "Harbour", "the pier had been sold")
    # a topic's clause is someone else's claim
    pairs = _pairs(extractor, HEADLINE + "Ana Okafor spoke about the claim that the pier was unsafe.")
    assert not any(said.startswith("the pier was unsafe") for _, said in pairs)


@pytest.mark.parametrize(
    "told",
    [
        "Maria Costa told reporters in an interview that",
        'Ana Okafor told analysts on a conference call that the bank had "no choice"',
        "Ana Okafor told investors during a briefing that",
        "Maria Costa told analysts on a call that",
    ],
)
def test_a_that_clause_hung_from_a_speaking_occasion_is_what_was_said(extractor: Extractor, told: str) -> None:
    """ "told analysts on a conference call that ...": the parse hangs the clause from the occasion noun."""
    sentence = told if told.endswith('"') else f"{told} the bank had no choice"
    text = HEADLINE + sentence + " but to shrink."
    assert any("no choice" in said for _, said in _pairs(extractor, text))


def test_a_relative_clause_of_an_occasion_is_no_content(extractor: Extractor) -> None:
    text = HEADLINE + "Ana Okafor told investors about the call that the harbour board had with the bank."
    assert not any(said.startswith("the harbour board had") for _, said in _pairs(extractor, text))


def test_who_was_asked_is_not_the_asker(extractor: Extractor) -> None:
    text = HEADLINE + 'Asked whether she would resign, Ana Okafor said: "Absolutely not, never."'
    pairs = _pairs(extractor, text)
    assert not any(said.startswith("whether she would resign") for _, said in pairs)
    assert _has(pairs, "Okafor", "Absolutely not")


def test_a_that_clause_parsed_as_a_relative_clause_of_a_time_phrase_is_reported() -> None:
    from eventkit.extractors.statement.frames import that_clause

    # "Okafor posted in the early hours that the vote was rigged": "that" read as a relative
    # pronoun of "hours", the clause as a relative clause with a subject of its own
    rows = [
        ("Okafor", "PROPN", "NNP", "nsubj", 1),
        ("posted", "VERB", "VBD", "ROOT", 1),
        ("in", "ADP", "IN", "prep", 1),
        ("the", "DET", "DT", "det", 5),
        ("early", "ADJ", "JJ", "amod", 5),
        ("hours", "NOUN", "NNS", "pobj", 2),
        ("that", "PRON", "WDT", "dobj", 9),
        ("the", "DET", "DT", "det", 8),
        ("vote", "NOUN", "NN", "nsubj", 9),
        ("was", "AUX", "VBD", "relcl", 5),
        ("rigged", "ADJ", "JJ", "acomp", 9),
    ]
    doc = _parsed(rows)
    for token in doc[3:6]:
        token.ent_type_ = "TIME"
    assert that_clause(doc[1]) == doc[9]
    # "spoke in the hours that followed": "that" is the relative clause's own subject
    doc = _parsed(
        [
            ("Okafor", "PROPN", "NNP", "nsubj", 1),
            ("spoke", "VERB", "VBD", "ROOT", 1),
            ("in", "ADP", "IN", "prep", 1),
            ("the", "DET", "DT", "det", 4),
            ("hours", "NOUN", "NNS", "pobj", 2),
            ("that", "PRON", "WDT", "nsubj", 6),
            ("followed", "VERB", "VBD", "relcl", 4),
        ]
    )
    for token in doc[3:5]:
        token.ent_type_ = "TIME"
    assert that_clause(doc[1]) is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a cue verb at the end of the sentence it reports
        (
            "The pier will be rebuilt by next spring, Mayor Erik Lindqvist maintains.",
            "Erik Lindqvist",
            "The pier will be rebuilt",
        ),
        # verbs of communication from VerbNet's classes
        (
            "Okafor grumbled that the ferry timetable had changed three times this year.",
            "Okafor",
            "the ferry timetable had changed",
        ),
        (
            "Okafor reminded the council that the ferry timetable had changed three times.",
            "Okafor",
            "the ferry timetable had changed",
        ),
    ],
)
def test_further_cue_verbs(extractor: Extractor, text: str, speaker: str, content: str) -> None:
    pairs = _pairs(extractor, HEADLINE + text)
    assert _has(pairs, speaker, content)
    assert not any(said.startswith("the council") for _, said in pairs)  # the audience is not what was said


def test_an_inverted_opener_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = HEADLINE + (
        "The ferry was late again on Monday. Said Ana Okafor, the harbour master: "
        '"I do not think the council understands the cost of waiting."'
    )
    [statement] = _statements(extractor, text)
    assert statement.speaker.name == "Ana Okafor"
    assert statement.content.startswith("I do not think the council")


def test_going_on_to_say_is_said_not_planned(extractor: Extractor) -> None:
    text = HEADLINE + (
        '"We are not choosing one harbour over the other," Okafor said, going on to say the '
        "town has spent years arguing over the same pier."
    )
    said = {s.content: s for s in _statements(extractor, text)}
    later = said["the town has spent years arguing over the same pier"]
    assert later.speaker.name == "Okafor" and later.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a declaration idiom: the object itself is what was declared
        (
            "The Harbour Liberation Front claimed responsibility on Monday for a bombing at the ferry terminal.",
            "Harbour Liberation Front",
            "responsibility on Monday for a bombing at the ferry terminal",
        ),
        # the noun a name modifies declares too ("the X group", "the X movement")
        (
            "The Black Reef group has claimed responsibility for the blast at the ferry terminal.",
            "Black Reef",
            "responsibility for the blast at the ferry terminal",
        ),
        # "caution against" with what is cautioned against
        (
            "Mayor Erik Lindqvist cautioned on Monday against blaming the ferry crew for the delays.",
            "Erik Lindqvist",
            "against blaming the ferry crew for the delays",
        ),
        # "what X said was Y": Y is what was said
        (
            "On Tuesday, Mayor Ana Okafor handed the envoy what she said was a forged invoice from the company.",
            "Ana Okafor",
            "a forged invoice from the company",
        ),
    ],
)
def test_declarations_cautions_and_free_relatives(extractor: Extractor, text: str, speaker: str, content: str) -> None:
    pairs = _pairs(extractor, HEADLINE + text)
    assert (speaker, content) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Rafael Nadal claimed the title in Madrid on Sunday after a long final.",
        "No group claimed responsibility on Monday for a bombing at the ferry terminal.",
        # a plural won them: nothing declared
        "The Ohio senator has struggled in the south, instead claiming some victories in the Midwest.",
        "Okafor explained what she wanted from the fishermen.",
    ],
)
def test_no_declaration_without_a_declaring_speaker(extractor: Extractor, text: str) -> None:
    assert _pairs(extractor, HEADLINE + text) == []


def test_a_photo_caption_does_not_count_as_a_paragraph_of_the_pronoun_window(extractor: Extractor) -> None:
    text = HEADLINE + "\n\n".join(
        [
            "Mayor Ana Okafor has promised the fishermen a new pier.",
            "She has spoken often about the harbour and its future.",
            "FILE - Fishing boats are moored at the old pier in Bergen, Norway, March 9, 2016.",
            "Some fishermen found encouragement in a promise she made in February.",
            "A fisherman holds a sign at the quay in Bergen, Tuesday March 12, 2024.",
            "But in March she said that as mayor she would move the ferry terminal from Bergen to Oslo.",
        ]
    )
    pairs = _pairs(extractor, text)
    assert _has(pairs, "Okafor", "she would move the ferry terminal")


def test_a_quoted_title_after_a_work_noun_is_no_statement(extractor: Extractor) -> None:
    text = HEADLINE + (
        'In her 2019 book, "The Long Harbour Years," Mayor Ana Okafor argued that the old pier should close.'
    )
    pairs = _pairs(extractor, text)
    assert not any("Long Harbour Years" in said for _, said in pairs)
    assert ("Ana Okafor", "the old pier should close") in pairs
    # a work noun ending the sentence before a quote paragraph does not make the quote a title
    text = HEADLINE + (
        "Mayor Ana Okafor criticised the council on Wednesday on The Harbour Hour Show.\n\n"
        '"They have failed the fishermen and they know it," she said.'
    )
    assert ("Ana Okafor", "They have failed the fishermen and they know it") in _pairs(extractor, text)


def test_a_briefings_titled_label_answers_for_the_person_it_names(extractor: Extractor) -> None:
    """ "Spokesperson Lin: ..." after "Q: ...": the spokesperson the text names in full answers."""
    text = (
        "Foreign Ministry Spokesperson Lin Haoran's Regular Press Conference on May 4\n\n"
        "Q: What is your response to the Vestby report?\n\n"
        "Spokesperson Lin: The claim is completely inconsistent with the facts. We urge Vestby to stop.\n\n"
        "Q: Will the minister travel to Vestby?\n\n"
        "Reporter: A follow-up, please. When will you decide?\n\n"
        "Spokesperson Lin: We will release information about the visit in due course."
    )
    pairs = _pairs(extractor, text)
    assert _has(pairs, "Lin", "The claim is completely inconsistent with the facts.")
    assert _has(pairs, "Lin", "We will release information about the visit in due course.")
    assert not any(name.lower() == "reporter" for name, _ in pairs)


def test_a_headline_country_label_is_no_body_bearing_the_countrys_name(extractor: Extractor) -> None:
    """ "Uganda: Teachers strike over pay": the country is the story's place, not the Uganda Teachers Union."""
    text = (
        "Uganda: Teachers strike over pay\n\n"
        "KAMPALA - The Uganda National Teachers Union said on Monday its members would stay away from classes."
    )
    assert all("strike over pay" not in said for _, said in _pairs(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Aid\n\nThe truck overturned on Tuesday, the WFP said.",
        "Aid\n\nThe lorry overturned near the border on Tuesday, the UNHCR said.",
    ],
)
def test_a_fronted_clause_whose_verb_the_parse_made_a_participle_is_said(
    statement_extractor: Extractor, text: str
) -> None:
    """In "The truck overturned ..., the WFP said", the parse made "overturned" a participle of a second subject."""
    pairs = _pairs(statement_extractor, text)
    assert len(pairs) == 1 and pairs[0][1].endswith("on Tuesday") and pairs[0][1].startswith("The")
