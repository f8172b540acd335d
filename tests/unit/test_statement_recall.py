"""Statement recall: attribution frames beyond "X said ...", each with its negatives.

The sentences are written for these tests (no corpus text). They run through
the real pipeline (``en_core_web_sm``) via the session ``extractor`` fixture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventkit.lexicons import load_yaml

if TYPE_CHECKING:
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
        "A spokeswoman said the ferry would resume in April.",
        "The report said the ferry would resume in April.",
        "Its spokesman said the ferry would resume in April.",
    ],
)
def test_bare_role_still_names_nobody(extractor: Extractor, text: str) -> None:
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


@pytest.mark.parametrize("label", ["UPDATE", "EDITOR'S NOTE", "CORRECTION"])
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
    for key in ("roles", "not_labels", "claim_nouns"):
        assert data[key] and all(isinstance(v, str) and v == v.lower() for v in data[key])
    assert all(len(p.split()) == 2 for p in data["phrasal"])
