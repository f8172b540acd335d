"""Statement content: what a statement says, as a whole, joined and grounded.

Each test pins one content mechanism (docs/statements.md, "How attribution
works"): a naming verb keeps the thing it names, a reported clause runs
through the quotes it opens, a quote keeps the fragments that join it to its
sentence, "As X put it, Y" reports Y, and '' serves as a quotation mark. The
texts are written for these tests and run through the real pipeline; a key
phrase "matches" as the evaluator matches it (``phrase_matches``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventkit.evaluation.matching import phrase_matches

if TYPE_CHECKING:
    from eventkit.api import Extractor
    from eventkit.models import Statement

PUBLISHED = "2024-03-15"
HEADLINE = "Harbour Plan Divides the Island Council\n\n"


def _statements(extractor: Extractor, text: str) -> list[Statement]:
    return extractor.extract(HEADLINE + text, published=PUBLISHED).statements


def _said_by(found: list[Statement], speaker: str, key: str) -> Statement:
    """The one statement of ``speaker`` whose content holds the key phrase ``key``."""
    hits = [s for s in found if speaker in s.speaker.name and phrase_matches(key, s.content)]
    assert hits, [(s.speaker.name, s.content) for s in found]
    return hits[0]


# ------------------------------------------------------------- naming verbs


@pytest.mark.parametrize(
    ("text", "speaker", "key"),
    [
        (
            'Mayor Eva Stone called the harbour plan "a disaster for the fishing fleet."',
            "Stone",
            "the harbour plan a disaster",
        ),
        (
            'Senator Ann Lowe described the ferry contract as "a gift to the shipyards."',
            "Lowe",
            "ferry contract as a gift",
        ),
        (
            "Councillor Jonas Berg called the new pier ''the costliest folly on the coast.''",
            "Berg",
            "new pier ''the costliest folly",
        ),
        (
            "Ines Okafor called the mayor's remarks on Monday \"a wake-up call\" for the island's voters.",
            "Okafor",
            "mayor's remarks on monday a wake up call for",
        ),
    ],
)
def test_a_naming_verb_keeps_what_it_names(statement_extractor: Extractor, text: str, speaker: str, key: str) -> None:
    stmt = _said_by(_statements(statement_extractor, text), speaker, key)
    assert not stmt.direct  # the named thing is the reporter's words, the quote the speaker's


def test_an_audience_is_not_a_named_object(statement_extractor: Extractor) -> None:
    text = 'Harbour master John Miller told reporters, "The pier will reopen before the summer."'
    stmt = _said_by(_statements(statement_extractor, text), "Miller", "the pier will reopen before the summer")
    assert "reporters" not in stmt.content
    assert stmt.direct


# ---------------------------------------------- clauses run through their quotes


def test_a_reported_clause_runs_to_the_closing_mark_of_its_quote(statement_extractor: Extractor) -> None:
    # the parse ends the clause at the quote's first sentence; the quote runs on
    text = (
        'Councillor Jonas Berg has said that he would "block the dredging by every means. '
        'I do not know how long it takes, but we will find out."'
    )
    stmt = _said_by(_statements(statement_extractor, text), "Berg", "he would block the dredging")
    assert phrase_matches("but we will find out", stmt.content)


def test_a_clause_keeps_the_quote_it_opens_past_a_comma(statement_extractor: Extractor) -> None:
    text = (
        "Ms. Ines Okafor praised the harbour master, saying he had ''steady hands, but most of all, "
        "he has a sense of the sea.'' The council applauded."
    )
    _said_by(_statements(statement_extractor, text), "Okafor", "he had ''steady hands but most of all")


def test_a_quote_an_inner_cue_introduces_stays_its_own(statement_extractor: Extractor) -> None:
    text = (
        'Harbour master John Miller said the fleet will have to choose a side, saying, "At some point, '
        'the owners are going to have to decide where they stand on the new pier."'
    )
    found = _statements(statement_extractor, text)
    # one occasion of speech told by two verbs is one statement (acts.py): the quote joins the clause,
    # and the clause does not run on into "saying"
    stmt = _said_by(found, "Miller", "at some point the owners are going")
    assert stmt is _said_by(found, "Miller", "the fleet will have to choose a side")
    assert "saying" not in stmt.content


def test_an_elliptical_clause_is_no_content(statement_extractor: Extractor) -> None:
    text = "Mayor Eva Stone resigned on Monday, as she had said she would."
    assert not any(s.content.strip(". ") == "she would" for s in _statements(statement_extractor, text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Harbour master John Miller said ferry bookings were up 12 percent.", "bookings were up 12 percent"),
        ("Harbour master John Miller said the strike was over.", "the strike was over"),
        ("Harbour master John Miller said the ferry deal was on.", "the ferry deal was on"),
    ],
)
def test_be_with_an_adverb_of_state_is_content(statement_extractor: Extractor, text: str, key: str) -> None:
    _said_by(_statements(statement_extractor, text), "Miller", key)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Brandt forced a floor fight and denied Mayor Ortiz a closing-night picture of party unity.",
        "The Hale campaign is working to deny him even that narrow path to a majority.",
        "Harbour College is admitting many more students from overseas this year.",
    ],
)
def test_deny_or_admit_with_a_person_as_object_reports_no_words(statement_extractor: Extractor, text: str) -> None:
    """ "denied X a photograph" withholds, "admitting students" lets in: no statement."""
    assert _statements(statement_extractor, text) == []


def test_deny_with_a_thing_as_object_reports_words(statement_extractor: Extractor) -> None:
    found = _statements(statement_extractor, "Harbour master John Miller denied any role in the closure of the pier.")
    _said_by(found, "Miller", "any role in the closure of the pier")


def test_a_leading_that_subject_stays(statement_extractor: Extractor) -> None:
    text = "Harbour master John Miller said that was the worst storm he had seen in thirty years."
    stmt = _said_by(_statements(statement_extractor, text), "Miller", "that was the worst storm")
    assert stmt.content.startswith("that was")


# --------------------------------------------------- quote fragments joined


def test_a_fragment_finishing_the_quote_before_its_cue_belongs_to_it(statement_extractor: Extractor) -> None:
    text = (
        "''I admire the design'' of the new breakwater, Mr. Jonas Berg said. "
        "''But the cost is far too high for an island of this size.''"
    )
    stmt = _said_by(_statements(statement_extractor, text), "Berg", "i admire the design'' of the new breakwater")
    assert phrase_matches("the cost is far too high", stmt.content)
    assert stmt.direct


def test_a_lead_in_opening_a_split_quote_belongs_to_it(statement_extractor: Extractor) -> None:
    text = (
        "But ''the more pressing question,'' Mr. Jonas Berg added, "
        "''is whether the ferry company will survive the winter.''"
    )
    stmt = _said_by(_statements(statement_extractor, text), "Berg", "but ''the more pressing question")
    assert phrase_matches("whether the ferry company will survive", stmt.content)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the quote has no subject: the words before the inserted attribution are it
        (
            'The new breakwater, Mr. Jonas Berg said, "is a monument to bad planning."',
            "the new breakwater is a monument",
        ),
        # the quote completes the clause the lead-in opens
        ('There was, Mr. Jonas Berg said, "a quiet deal between the two harbours."', "there was a quiet deal"),
    ],
)
def test_an_unquoted_lead_in_the_quote_completes_belongs_to_it(
    statement_extractor: Extractor, text: str, key: str
) -> None:
    stmt = _said_by(_statements(statement_extractor, text), "Berg", key)
    assert ", mr. jonas berg said" not in stmt.content.lower()  # never across the inserted attribution
    assert stmt.direct


@pytest.mark.parametrize(
    "text",
    [
        'In a statement, Mr. Jonas Berg said, "the harbour will stay open all winter."',  # a frame
        'Instead, Mr. Jonas Berg said, "the harbour will stay open all winter."',  # the writer's connective
    ],
)
def test_a_frame_or_connective_before_an_inserted_attribution_stays_out(
    statement_extractor: Extractor, text: str
) -> None:
    stmt = _said_by(_statements(statement_extractor, text), "Berg", "the harbour will stay open")
    assert stmt.content.startswith("the harbour")


def test_a_subject_after_a_quote_title_is_not_a_fragment(statement_extractor: Extractor) -> None:
    # the quote is a title; the words after it are the sentence's own clause, not the quote's
    text = (
        'In Mayor Eva Stone\'s column on May 10, "The dredging must stop," the mayor from Westport '
        "seems to be blaming the harbour board for the silt in the channel."
    )
    for stmt in _statements(statement_extractor, text):
        assert "seems to be" not in stmt.content


# ---------------------------------------------------------------- "as X put it"


@pytest.mark.parametrize(
    ("text", "speaker", "key"),
    [
        (
            "As the Island Post reported last week, the ferry company plans to sell two boats.",
            "Island Post",
            "the ferry company plans to sell",
        ),
        (
            "As John Miller said at the meeting, the market for small boats is shrinking fast.",
            "Miller",
            "the market for small boats is shrinking",
        ),
        (
            "The dredging, as Ines Okafor noted, would cost far more than the council promised.",
            "Okafor",
            "dredging would cost far more than",
        ),
        (
            "As Ms. Ines Okafor put it in a statement to reporters, the island is ''not ready for another storm.''",
            "Okafor",
            "the island is ''not ready for another storm",
        ),
    ],
)
def test_as_x_put_it_reports_the_host_clause(statement_extractor: Extractor, text: str, speaker: str, key: str) -> None:
    stmt = _said_by(_statements(statement_extractor, text), speaker, key)
    assert "put it" not in stmt.content and " as " not in f" {stmt.content.lower()} "


@pytest.mark.parametrize(
    "text",
    [
        "The harbour may see no change soon as Mayor Eva Stone called for a review of the dredging contract.",
        "The storm hit the island as Mayor Eva Stone spoke about the harbour plan.",
        "But in July the ferry company failed as predicted.",
        "But in July Harbour Ferries failed as predicted.",
    ],
)
def test_as_of_time_is_no_attribution(statement_extractor: Extractor, text: str) -> None:
    for stmt in _statements(statement_extractor, text):
        assert not stmt.content.lower().startswith(("the harbour may", "the storm hit", "but in july"))


# --------------------------------------------------------- '' as quote marks


def test_two_apostrophes_are_quote_marks_and_offsets_stay_exact(statement_extractor: Extractor) -> None:
    text = HEADLINE + "''We will rebuild the pier before the summer,'' Mr. Jonas Berg said on Tuesday."
    found = statement_extractor.extract(text, published=PUBLISHED).statements
    stmt = _said_by(found, "Berg", "we will rebuild the pier before the summer")
    assert stmt.direct
    assert stmt.content_span is not None
    assert text[stmt.content_span.start : stmt.content_span.end] == stmt.content


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (
            "The owner, Ines Okafor, ''had me at 'the harbour view,''' Mr. Jonas Berg wrote.",
            "had me at 'the harbour view,'",
        ),
        ("''We answer to the island's voters''' Mr. Jonas Berg said.", "We answer to the island's voters'"),
        ("'''Leave the pier,' he told me,'' Ms. Ines Okafor said.", "'Leave the pier,' he told me,"),
    ],
)
def test_three_apostrophes_are_a_double_mark_and_a_single_one(text: str, inside: str) -> None:
    from eventkit.extractors.statement.quotes import find_quotes

    assert [text[q.start : q.end] for q in find_quotes(text)] == [inside]


def test_a_quote_over_two_paragraphs_is_one_content(statement_extractor: Extractor) -> None:
    text = (
        'Ferry operator Nordlink said in a statement: "We support the harbour plan.\n\n'
        '"We will invest in new boats next year and hire more crew for the summer."'
    )
    stmt = _said_by(_statements(statement_extractor, text), "Nordlink", "we support the harbour plan")
    assert phrase_matches("hire more crew for the summer", stmt.content)


def test_a_paragraph_that_lost_its_opening_mark_is_quoted_from_its_start(statement_extractor: Extractor) -> None:
    # a caption stands between the lede and the quote; the page dropped the quote's opening mark
    text = (
        "Harbour Minister Ines Okafor spoke in Bergen on Monday.\n\n"
        "FILE - A ferry leaves the harbour at dawn, May 2, 2023.\n\n"
        'Whatever the papers print about new fees, the harbour will stay open to all," she told reporters.'
    )
    stmt = _said_by(_statements(statement_extractor, text), "Okafor", "whatever the papers print about new fees")
    assert stmt.direct


def test_a_block_quote_after_a_colon_is_what_was_said(statement_extractor: Extractor) -> None:
    text = (
        "Mayor Mary Lindqvist spoke to the council on Monday.\n\n"
        "The mayor added:\n\n"
        "It is typical of the opposition. They know nothing about the harbour, and they never stop talking.\n\n"
        "The vote is on Friday."
    )
    stmt = _said_by(_statements(statement_extractor, text), "Lindqvist", "they know nothing about the harbour")
    assert stmt.direct
    assert "vote is on Friday" not in stmt.content
    assert any(p.rule == "statement.x_said_block.v1" for p in stmt.provenance)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (
            'The pier will reopen in May and fees will not rise," Berg said.',
            ["The pier will reopen in May and fees will not rise,"],
        ),
        ('He called the plan "a disaster" and left.', ["a disaster"]),
        ('Too late," she said.', []),  # too short to be a quote that lost its mark
    ],
)
def test_only_a_closing_mark_opens_the_paragraph(text: str, inside: list[str]) -> None:
    from eventkit.extractors.statement.quotes import find_quotes

    assert [text[q.start : q.end] for q in find_quotes(text) if not q.open_end] == inside


def test_a_quote_paragraph_after_a_quote_continues_its_statement(statement_extractor: Extractor) -> None:
    text = (
        'John Miller, the harbour master, was blunt. "The pilings are rotten," Miller said. '
        '"They will not last the winter."\n\n'
        '"Anyone who walks on that pier at high tide is taking a risk."'
    )
    found = _statements(statement_extractor, text)
    stmt = _said_by(found, "Miller", "the pilings are rotten")
    assert phrase_matches("anyone who walks on that pier", stmt.content)
    assert "statement.quote_continues.v1" in stmt.rule_ids
    assert len([s for s in found if phrase_matches("anyone who walks on that pier", s.content)]) == 1


# ------------------------------------------------------ the outermost complement


def test_a_clause_misread_as_an_object_is_the_whole_complement(statement_extractor: Extractor) -> None:
    text = (
        "Ines Okafor, a developer, said many of the examples that critics point to as failures in rich "
        "areas failed to note that the scheme helped transform poor towns."
    )
    found = _statements(statement_extractor, text)
    _said_by(found, "Okafor", "many of the examples that critics point to")
    # the critics "failed to note": nobody said the inner clause
    assert not any(phrase_matches("the scheme helped", s.content) and "many" not in s.content for s in found)


def test_an_object_with_a_relative_clause_is_no_clause(statement_extractor: Extractor) -> None:
    text = "Harbour master John Miller said a prayer for the sailors who were lost at sea."
    assert not _statements(statement_extractor, text)


def test_a_quote_opened_inside_a_clause_after_that_is_the_clause(statement_extractor: Extractor) -> None:
    text = (
        "Harbour master John Miller said he saw no need to change the plan, telling the council that "
        '"we tell the truth, we deal with the tides" and little else.'
    )
    stmt = _said_by(_statements(statement_extractor, text), "Miller", "we tell the truth we deal with the tides")
    assert not stmt.content.startswith('"')


def test_a_naming_verb_without_a_quote_keeps_object_and_complement(statement_extractor: Extractor) -> None:
    text = "Former mayor Bill Lowe on Tuesday called the harbour plan a costly mess that the island cannot afford."
    _said_by(_statements(statement_extractor, text), "Lowe", "the harbour plan a costly mess")


def test_a_speech_verb_conjoined_inside_the_clause_speaks_on_its_own(statement_extractor: Extractor) -> None:
    text = (
        "In an interview last year, Marcel Lazar said he welcomed the inquiry into the harbour board and "
        'added, "I will tell them everything, no problem."'
    )
    found = _statements(statement_extractor, text)
    reported = _said_by(found, "Lazar", "he welcomed the inquiry into the harbour board")
    assert "added" not in reported.content
    # "said ... and added" is one occasion of speech (acts.py): the quote is a further fragment
    assert _said_by(found, "Lazar", "i will tell them everything") is reported


def test_a_quoted_fragment_of_the_host_clause_keeps_the_clause(statement_extractor: Extractor) -> None:
    """'The offer was "fair and affordable," she said, and ...': the host clause is what was said."""
    text = (
        'Harbour Minister Eva Stone met the dock workers on Monday. The offer was "fair and affordable," '
        "she said, and it was the highest in three decades."
    )
    stmt = _said_by(_statements(statement_extractor, text), "Stone", "fair and affordable")
    assert phrase_matches("the offer was fair and affordable", stmt.content)


# ------------------------------------------------ connectives before a quote


@pytest.mark.parametrize(("connective", "kept"), [("on the other hand", True), ("in a statement", False)])
def test_a_connective_before_the_quote_belongs_to_it(
    statement_extractor: Extractor, connective: str, kept: bool
) -> None:
    text = f'Harbour master John Miller said {connective}, "the old pier works fine if the weather is calm."'
    stmt = _said_by(_statements(statement_extractor, text), "Miller", "the old pier works fine if")
    assert phrase_matches(connective, stmt.content) is kept


def test_a_quoted_title_before_the_cue_is_no_content(statement_extractor: Extractor) -> None:
    text = (
        'In an interview on the "Harbour Hour" programme, Mayor Eva Stone said the new pier would '
        "open to ferries in June."
    )
    found = _statements(statement_extractor, text)
    _said_by(found, "Stone", "the new pier would open to ferries")
    assert not any(s.content.strip('" ') == "Harbour Hour" for s in found)


def test_the_subject_of_a_clause_parsed_as_an_object_stays_in_it(statement_extractor: Extractor) -> None:
    text = "Mayor Eva Stone insisted Berg had obviously found something damning in the harbour accounts."
    _said_by(_statements(statement_extractor, text), "Stone", "berg had obviously found something damning")


def test_a_quoted_phrase_between_the_cue_and_its_clause_opens_the_content(statement_extractor: Extractor) -> None:
    text = (
        'Harbour master John Miller visited the council on Monday, saying "on a calm day" the old pier '
        'would be "a perfectly safe place to moor" for small boats.'
    )
    _said_by(_statements(statement_extractor, text), "Miller", "on a calm day the old pier would be")


def test_adding_that_inside_a_clause_continues_the_same_statement(statement_extractor: Extractor) -> None:
    text = (
        "Mayor Eva Stone stated that more than forty boats have used the new pier since May, adding that "
        "the council approved three more moorings not long ago."
    )
    found = _statements(statement_extractor, text)
    stmt = _said_by(found, "Stone", "more than forty boats have used")
    assert phrase_matches("the council approved three more moorings", stmt.content)


def test_a_quoted_conjunct_is_said_not_done(statement_extractor: Extractor) -> None:
    text = (
        'Mayor Eva Stone tells her supporters at a harbour rally to "go to the pier and vote" and then '
        '"go pick some other pier and sit there with your friends."'
    )
    stmt = _said_by(_statements(statement_extractor, text), "Stone", "go to the pier and vote and then")
    assert phrase_matches("sit there with your friends", stmt.content)


def test_an_ordinal_after_a_determiner_ends_no_sentence(statement_extractor: Extractor) -> None:
    """ "she felt the 13th Amendment was ...": the small parser otherwise ends a sentence at "13th"."""
    text = (
        'Stone said she felt the 13th Amendment was worth examining because "most people do not know '
        'about that harbour rule," she said.'
    )
    stmt = _said_by(_statements(statement_extractor, text), "Stone", "13th Amendment was worth examining")
    assert stmt.content.startswith("she felt")


def test_an_inserted_cue_after_a_fronted_name_gives_the_speaker_and_the_whole_host_clause(
    statement_extractor: Extractor,
) -> None:
    text = "To understand the real Jonas Berg, Chief Justice Eva Stone said, one should visit the harbour museum."
    (stmt,) = _statements(statement_extractor, text)
    assert "Stone" in stmt.speaker.name
    assert phrase_matches("to understand the real jonas berg", stmt.content)
    assert phrase_matches("one should visit the harbour museum", stmt.content)


# ------------------------------------------------------------- complements the parse hung elsewhere


@pytest.mark.parametrize(
    ("text", "speaker", "key"),
    [
        # a gerund clause taken for the verb's own complement, its finite verb inside it
        (
            "Jonas Berg said having so many police officers at the festival was a relief.",
            "Berg",
            "so many police officers at the festival was a relief",
        ),
        # a bare clause after a time phrase, hung as an adverbial clause
        (
            "Mayor Eva Stone said after the vote she would not accept the council's offer if it were made.",
            "Stone",
            "she would not accept the council's offer",
        ),
    ],
)
def test_a_complement_the_parse_misattached_is_what_was_said(
    statement_extractor: Extractor, text: str, speaker: str, key: str
) -> None:
    _said_by(_statements(statement_extractor, text), speaker, key)


def test_a_circumstance_clause_of_a_saying_verb_is_no_content(statement_extractor: Extractor) -> None:
    """ "said enough when ...", "said goodbye before ...": a subordinator makes the clause a circumstance."""
    text = "When the council cut the budget, Mayor Eva Stone said enough. Jonas Berg said goodbye before he left."
    assert _statements(statement_extractor, text) == []


def test_a_that_clause_hung_as_a_relative_clause_after_the_audience_is_what_was_said(
    statement_extractor: Extractor,
) -> None:
    """A relative clause's "that" is its subject or object; a "that" mark with a subject of its own opens a report."""
    text = (
        "On Friday night, Mayor Eva Stone told the crowd at her fundraiser for veterans that she and the "
        "harbour board had several talks on Friday."
    )
    _said_by(_statements(statement_extractor, text), "Stone", "she and the harbour board had several talks")


def test_a_conditional_opening_the_reported_clause_is_no_question(statement_extractor: Extractor) -> None:
    """ "said if X wins, Y": the "if" belongs to a clause inside what was said ("would not say if" asks)."""
    found = _statements(statement_extractor, "Ana Ruiz said if the council wins, the pier will close.")
    _said_by(found, "Ruiz", "if the council wins, the pier will close")


def test_a_content_of_fewer_than_three_words_is_no_statement(extractor: Extractor) -> None:
    """A slogan or a verdict ('shouted "Ruiz out"', "declared it closed") reports nothing said."""
    text = HEADLINE + (
        "Senator Tom Hale met farmers in Lima on Monday. The visit lasted an hour.\n\n"
        'At the end, Hale shouted "Ruiz out" from the gallery of the council.\n\n'
        "Hale also declared it closed."
    )
    assert _statements(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker Nordwerk said on Monday it would recall about 200,000 vehicles worldwide.",
        "Nordwerk said in a statement it would recall about 200,000 vehicles worldwide.",
    ],
)
def test_a_phrase_of_the_saying_after_the_cue_is_no_content(statement_extractor: Extractor, text: str) -> None:
    """ "said on Monday it would ...": the parse hangs the day on the reported clause; it dates the saying."""
    (stmt,) = _statements(statement_extractor, text)
    assert stmt.content == "it would recall about 200,000 vehicles worldwide"


def test_a_phrase_after_that_stays_in_the_content(statement_extractor: Extractor) -> None:
    (stmt,) = _statements(statement_extractor, "Ana Ruiz said that on Monday the bridge had reopened to traffic.")
    assert stmt.content.startswith("on Monday the bridge")


def test_a_that_clause_after_a_speaking_occasion_is_what_was_said(statement_extractor: Extractor) -> None:
    """The parse reads "a conference call that the airline expected ..." as a relative clause of "call"."""
    text = (
        "Chief executive Sarah Okafor told analysts on a conference call that the airline expected "
        "to return to profit next year as new aircraft cut fuel bills."
    )
    stmt = _said_by(_statements(statement_extractor, text), "Okafor", "return to profit")
    assert stmt.content.startswith("the airline expected to return to profit")


def test_a_contrasting_saying_inside_the_clause_is_not_what_was_said(statement_extractor: Extractor) -> None:
    """ "..., while X said ...": X's words are X's statement, not the end of the first one."""
    text = (
        'Ana Ruiz said the harbour plan was "long overdue", while council member Tom Hale said it would cost too much.'
    )
    found = _statements(statement_extractor, text)
    ruiz = _said_by(found, "Ana Ruiz", "the harbour plan was")
    assert "Hale" not in ruiz.content
    _said_by(found, "Tom Hale", "it would cost too much")


def test_another_speakers_as_clause_is_not_what_was_said(statement_extractor: Extractor) -> None:
    """ "..., as the ministry said ...": the ministry's words, not the end of the army's."""
    text = (
        "The Chilean army said it had destroyed a smuggling camp near the border, as the Peruvian interior "
        "ministry said the raid had also killed two farmers."
    )
    found = _statements(statement_extractor, text)
    army = _said_by(found, "Chile", "destroyed a smuggling camp")
    assert "ministry" not in army.content


def test_a_contrasting_act_of_speech_with_an_object_is_not_what_was_said(statement_extractor: Extractor) -> None:
    """ "..., while the union praised the funding": the union's praise is no part of what the council said."""
    text = (
        "Leeds City Council said the new ferry timetable would cut waiting times by half, while the dockworkers' "
        "union praised the extra crossings."
    )
    found = _statements(statement_extractor, text)
    council = _said_by(found, "Leeds City Council", "cut waiting times")
    assert "praised" not in council.content


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Harbor Mills donated 300 blankets to a shelter in Leeds, its managing director, Ana Ruiz, said in a "
            "statement.",
            "Leeds",
        ),
        (
            "Kingfield Foods gave 500 food parcels to a charity in Bristol, its chief executive, Ana Ruiz, said.",
            "Bristol",
        ),
        ("The ferry will resume sailing on Monday, Ana Ruiz, the harbour master, said.", "Monday"),
        (
            '"We will rebuild the pier by spring," Ana Ruiz, founder of the Harbour Trust, tells the Island Post.',
            "spring",
        ),
    ],
)
def test_a_speaker_set_off_by_commas_before_a_closing_cue(statement_extractor: Extractor, text: str, end: str) -> None:
    """ "..., its managing director, Ana Ruiz, said": she is the speaker; her description is not what was said."""
    (found,) = _statements(statement_extractor, text)
    assert found.speaker.name == "Ana Ruiz"
    assert found.content.endswith(end)


def test_an_abbreviation_before_a_word_in_lower_case_ends_no_sentence(statement_extractor: Extractor) -> None:
    """ "at 3:14 a.m. local time": the small parser otherwise ends a sentence at "a.m."."""
    text = (
        "The magnitude 6.1 quake struck at 3:14 a.m. local time near the town of Ardal, "
        "according to the Harbour Seismic Centre."
    )
    (stmt,) = _statements(statement_extractor, text)
    assert stmt.content.startswith("The magnitude 6.1 quake struck")


def test_the_narrator_going_on_after_a_parenthetical_cue_is_not_what_was_said(statement_extractor: Extractor) -> None:
    """ "Y, X said, but she gave no details": the words after "but" are the reporter's."""
    text = (
        "No arrests had been made by Sunday afternoon. Police believe at least two men fired shots after an "
        "argument, Chief Ana Ruiz said, but she gave no details about a possible motive."
    )
    stmt = _said_by(_statements(statement_extractor, text), "Ana Ruiz", "two men fired shots")
    assert "details" not in stmt.content


def test_the_means_of_speaking_is_not_what_was_said(statement_extractor: Extractor) -> None:
    """ "spoke by phone with X about Y": neither the phone nor the call's topic is what was said (a meeting)."""
    text = (
        "Peruvian Foreign Minister Ana Ruiz spoke by phone with U.S. Secretary of State Tom Hale on Tuesday "
        "about efforts to end the fishing dispute."
    )
    assert _statements(statement_extractor, text) == []


def test_a_fronted_clause_the_parse_broke_up_is_what_was_said(statement_extractor: Extractor) -> None:
    """ "X, who denied the charges, will appeal, his lawyer told reporters": the words before the speaker."""
    text = (
        "Tomas Varga, 61, who had denied the charges, will appeal, his lawyer Ilona Sebo told reporters "
        "outside the court in Pecs."
    )
    stmt = _said_by(_statements(statement_extractor, text), "Ilona Sebo", "will appeal")
    assert stmt.content.startswith("Tomas Varga")
    assert "told reporters" not in stmt.content


def test_a_fronted_circumstance_is_no_content(statement_extractor: Extractor) -> None:
    """ "But when the council cut the budget, the mayor said enough": a when-clause frames the saying."""
    text = "But when the council cut the budget two years later, Mayor Ana Duarte said enough."
    assert not [s for s in _statements(statement_extractor, text) if "cut the budget" in s.content]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Varga will appeal the verdict, his lawyer Ilona Sebo said.",
        "The ruling will be appealed, lawyer Ilona Sebo said on Friday.",
    ],
)
def test_going_to_court_is_no_words_the_speaker_relays(statement_extractor: Extractor, text: str) -> None:
    """ "X will appeal the verdict, Y said": an appeal to a court says nothing, so Y's words are the clause."""
    stmt = _said_by(_statements(statement_extractor, text), "Ilona Sebo", "will")
    assert "appeal" in stmt.content


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town of Ardal on Sunday, army spokesman Tomas Varga said.",
        "Rebels attacked the district on Sunday, army spokesman Tomas Varga said.",
        # a weapon or armed force as the subject acts by force whatever it strikes
        "Drones attacked a hospital in Ardal overnight, army spokesman Tomas Varga said.",
        "Rebel fighters attacked a convoy near Ardal on Sunday, army spokesman Tomas Varga said.",
        "Pirates attacked a cargo ship off Ardal on Sunday, army spokesman Tomas Varga said.",
        # people acting on buildings or vehicles only
        "Protesters attacked a police station in Ardal on Sunday, army spokesman Tomas Varga said.",
    ],
)
def test_an_attack_on_a_place_is_no_words_the_speaker_relays(statement_extractor: Extractor, text: str) -> None:
    """ "Rebels attacked the town of X, Y said": an act on a place says nothing, so Y's words are the clause."""
    (stmt,) = _statements(statement_extractor, text)
    assert stmt.speaker.name == "Tomas Varga"
    assert stmt.content.startswith(text.split(" attacked ")[0] + " attacked ")
    assert stmt.reported_by is None


def test_a_share_of_them_after_the_cue_goes_on_with_the_fronted_clause(statement_extractor: Extractor) -> None:
    """ "27 people died ..., the agency said, most of them when ...": the fronted clause is what was said."""
    text = (
        "At least 27 people have died in Ardal province since Saturday, the provincial disaster agency of Ardal "
        "said on Wednesday, most of them when homes collapsed."
    )
    (stmt,) = _statements(statement_extractor, "Floods\n\n" + text)
    assert stmt.content.startswith("At least 27 people have died")


def test_the_topic_of_a_talk_to_come_is_no_words(statement_extractor: Extractor) -> None:
    """ "met Z to talk about Y": a purpose, the conversation's topic; nothing said is reported."""
    text = "Police Chief Ilona Sebo met with shop owners on Thursday to talk about a rise in shoplifting."
    assert _statements(statement_extractor, text) == []


def test_talking_about_a_topic_alone_is_left_a_statement(statement_extractor: Extractor) -> None:
    """ "X talked about the reform of ...": with nobody talked with and no purpose, a corpus may count it."""
    text = "Mayor Ana Duarte talked about the reform of the harbour authority at length."
    assert _said_by(_statements(statement_extractor, text), "Ana Duarte", "the reform of the harbour authority")


def test_a_place_noun_with_a_named_topic_stays_criticism(statement_extractor: Extractor) -> None:
    """ "attacked Rubio's position on Ukraine": "position" is a location first in WordNet; the topic makes it words."""
    text = "Senator Ana Duarte attacked Tomas Varga's position on Norway on Monday."
    (stmt,) = _statements(statement_extractor, text)
    assert stmt.speaker.name == "Ana Duarte"


def test_a_place_called_something_stays_criticism(statement_extractor: Extractor) -> None:
    """ "attacked the city as a failed experiment": a place called something is criticised, the senator's words."""
    text = "Senator Ana Duarte attacked the city as a failed experiment in planning on Monday."
    (stmt,) = _statements(statement_extractor, text)
    assert stmt.speaker.name == "Ana Duarte"


@pytest.mark.parametrize(
    "text",
    [
        'Union organiser Maja Holm told a crowd outside the depot that drivers had been "pushed too far" by managers.',
        "Union organiser Maja Holm told a crowd outside the depot that drivers had been pushed too far by managers.",
    ],
)
def test_a_that_clause_after_the_audience_and_its_place_is_what_was_told(
    statement_extractor: Extractor, text: str
) -> None:
    """ "told a crowd outside the depot that ...": the parse hangs the clause on the place as a relative clause."""
    (stmt,) = _statements(statement_extractor, text)
    assert stmt.content.startswith("drivers had been")
    assert stmt.content.endswith("by managers")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("No injuries were reported at the bottling plant, Harrowgate Dairies said.", "No injuries were reported"),
        ("Three crew members were reported missing after the collision, the coastguard agency said.", "missing"),
    ],
)
def test_a_passive_cue_with_no_agent_is_what_the_speaker_says(
    statement_extractor: Extractor, text: str, words: str
) -> None:
    """ "No injuries were reported at X, Y said": nobody named reported them, so Y's words are the whole clause."""
    (stmt,) = _statements(statement_extractor, text)
    assert words in stmt.content


@pytest.mark.parametrize(
    "text",
    [
        "The European Union pledged 400 million euros on Monday to help Morocco rebuild after the earthquake.",
        "Qatar pledged $25 million for the flood victims through its development fund.",
    ],
)
def test_a_sum_pledged_is_a_gift_not_words(statement_extractor: Extractor, text: str) -> None:
    """ "pledged 400 million euros": a promised donation; the money is not what was said."""
    assert [s.content for s in _statements(statement_extractor, text)] == []


def test_a_promise_of_things_is_still_words(statement_extractor: Extractor) -> None:
    """ "promised two new hospitals": a count of things promised is a promise, not money."""
    text = "Mayor Ana Duarte promised two new hospitals for the region by 2030."
    assert _said_by(_statements(statement_extractor, text), "Ana Duarte", "two new hospitals")


def test_a_report_verb_without_a_clause_is_no_relayed_saying(statement_extractor: Extractor) -> None:
    """ "Acme is recalling 300,000 trucks, the company said": "recall" takes cars back; the company speaks."""
    text = (
        "Carmaker Norberg Motors is recalling about 300,000 pickup trucks over a brake fault, the company said "
        "on Thursday."
    )
    stmt = _said_by(_statements(statement_extractor, text), "Norberg Motors", "300,000 pickup trucks")
    assert "recalling" in stmt.content


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Some 40 towns have reported measles cases this year, the Harbour Health Agency said.",
            "Harbour Health",
            "Some 40 towns have reported measles cases this year",
        ),
        (
            "Nine districts have confirmed new cases this week, UNICEF said on Friday.",
            "UNICEF",
            "Nine districts have confirmed new cases this week",
        ),
    ],
)
def test_a_relayed_cue_that_reports_no_words_leaves_the_relayer_speaking(
    statement_extractor: Extractor, text: str, speaker: str, said: str
) -> None:
    """ "N towns have reported cases, the agency said": "reported cases" says nothing; the agency says it all."""
    assert _said_by(_statements(statement_extractor, text), speaker, "cases").content == said


def test_a_relayed_cue_that_reports_words_is_still_relayed(statement_extractor: Extractor) -> None:
    """ "X denied any role in the attack, the ministry said": X's words, the ministry relays them."""
    text = "Police Chief Tom Reed denied any role in the attack, the Interior Ministry said."
    found = _statements(statement_extractor, text)
    assert _said_by(found, "Tom Reed", "any role in the attack").reported_by is not None
    assert all("Interior Ministry" not in s.speaker.name for s in found)


def test_a_quote_after_a_colon_closing_a_verb_of_communication(statement_extractor: Extractor) -> None:
    """'X thanked voters on social media: "..."': the quote is X's (VerbNet's "thank" reports speech)."""
    text = 'Prime Minister Ivo Maric thanked voters on social media: "Tonight we celebrate, tomorrow we work."'
    stmt = _said_by(_statements(statement_extractor, text), "Ivo Maric", "tonight we celebrate")
    assert stmt.direct


def test_a_colon_after_another_verb_of_the_clause_is_not_the_first_verbs(statement_extractor: Extractor) -> None:
    text = 'Mayor Ana Duarte thanked the firefighters, who told reporters: "We only did our job tonight."'
    assert not [s for s in _statements(statement_extractor, text) if s.speaker.name == "Ana Duarte"]


def test_a_that_clause_hung_on_a_circumstance_gerund_is_what_was_told(statement_extractor: Extractor) -> None:
    """ "told supporters after casting her ballot that Moldovans had ...": the clause is the telling's."""
    text = (
        "Sandu, who has accused Moscow of trying to buy votes, told supporters after casting her ballot that "
        'Moldovans had "a historic choice" to make.'
    )
    stmt = _said_by(_statements(statement_extractor, text), "Sandu", "Moldovans had")
    assert stmt.content.startswith("Moldovans had")


def test_a_that_clause_of_a_gerund_of_knowing_stays_its_own(statement_extractor: Extractor) -> None:
    text = "Ana Ruiz told supporters after learning that the polls had closed that the result was close."
    found = _statements(statement_extractor, text)
    assert all(not s.content.startswith("the polls had closed") for s in found)


def test_a_paragraph_that_introduces_another_is_no_block_quote(statement_extractor: Extractor) -> None:
    """ "... fired back at the comments, including Rep. X:" then "Y also spoke out against it:" (posts left out)."""
    text = (
        "Local politicians were quick to respond. Councillor Ana Ruiz wrote:\n\n"
        "Tom Hale, the mayor of Bergen, also spoke out against the plan to close the harbour:\n\n"
        "The vote is in November."
    )
    assert all("also spoke out" not in s.content for s in _statements(statement_extractor, text))


def test_a_trailing_according_to_is_the_relay_not_the_content(statement_extractor: Extractor) -> None:
    """ "X told Y that ..., according to a government statement": the relay is reported_by, not content."""
    text = (
        "Ana Ruiz spoke to Tom Hale on Friday.\n\n"
        "Ruiz told Hale that Norway supported talks and mediation to end the strike, according to a Norwegian "
        "government statement."
    )
    stmt = _said_by(_statements(statement_extractor, text), "Ruiz", "Norway supported talks")
    assert "according to" not in stmt.content
    assert stmt.content.endswith("to end the strike")


def test_a_quotation_after_a_word_with_its_full_stop_opens_a_sentence(statement_extractor: Extractor) -> None:
    """'posted on X. "I know ...': "X." is no initial before the quote; the quote is hers, whole."""
    text = (
        "The airline's chief executive, Marta Kowalczyk, apologised to customers in a video posted on X. "
        '"I know how frustrating this is. Safety will always come first," she said.'
    )
    (stmt,) = _statements(statement_extractor, text)
    assert stmt.content == "I know how frustrating this is. Safety will always come first"
    assert stmt.direct and stmt.speaker.name == "Marta Kowalczyk"


def test_a_quote_closing_the_content_keeps_its_closing_mark(statement_extractor: Extractor) -> None:
    """'vowed to crush it "at whatever cost".': the parse hangs the closing mark on the cue."""
    text = 'Levy row\n\nMayor Ana Ruiz called the vandalism "shameful" and vowed to stop it "at whatever cost".'
    said = [s.content for s in statement_extractor.extract(text, published="2024-03-15").statements]
    assert 'to stop it "at whatever cost"' in said


def test_a_quote_split_after_a_sentence_is_joined_with_its_full_stop(statement_extractor: Extractor) -> None:
    """'"... a good year," she said. "But ..."': the comma before the closing mark ends a sentence."""
    text = (
        "Ana Ruiz, the harbour master, spoke on Monday. "
        '"We are not going to pretend this was a good year," Ruiz said. "But the new berths are finished."\n\n'
        '"The ferry timetable," Ruiz said, "will not change before the spring."'
    )
    said = [s.content for s in _statements(statement_extractor, text)]
    assert "We are not going to pretend this was a good year. But the new berths are finished." in said
    assert "The ferry timetable will not change before the spring." in said


def test_a_focus_adverb_before_that_is_not_what_was_said(statement_extractor: Extractor) -> None:
    """ "declined to give figures, saying only that ...": the words said start after "that"."""
    text = "Mayor Ana Ruiz declined to give figures, saying only that the ferry fund had grown strongly this year."
    stmt = _said_by(_statements(statement_extractor, text), "Ruiz", "the ferry fund had grown")
    assert stmt.content.startswith("the ferry fund")


def test_a_relative_clause_of_the_object_is_not_what_was_said(statement_extractor: Extractor) -> None:
    """ "reported fourth-quarter results on Tuesday that missed expectations": "that" is the results' subject."""
    text = "Harbour Shipping also reported fourth-quarter results on Tuesday that missed analyst expectations."
    found = _statements(statement_extractor, text)
    assert all(not s.content.startswith("that missed") for s in found)


def test_an_adverb_of_the_narration_opening_the_clause_is_not_said(statement_extractor: Extractor) -> None:
    """ "Separately, a train derailed ..., the operator said": "Separately" links the story."""
    text = (
        HEADLINE
        + "Separately, a train derailed near Kandy on Wednesday, injuring 15 tourists, the operator Lanka Rail said."
    )
    (statement,) = _statements(statement_extractor, text)
    assert statement.content.startswith("a train derailed near Kandy")


def test_the_occasion_after_the_closing_quote_is_no_part_of_the_words(statement_extractor: Extractor) -> None:
    """'was "a temporary consultation, not a rupture," at a tense briefing': where it was said (``occasion_nouns``)."""
    text = (
        "Envoy recalled\n\nBy Staff Reporter\n\n"
        "The Ministry of Foreign Affairs of Valdoria on Thursday insisted that the recall of its ambassador "
        'from Kestria was "a temporary consultation, not a rupture," at a tense weekly briefing in the capital, Orsk.'
        "\n\nThe coach said her players had been robbed of a win."
    )
    found = statement_extractor.extract(text, published="2024-03-15").statements
    (ministry,) = [s for s in found if "consultation" in s.content]
    assert "briefing" not in ministry.content
    assert all(s.speaker.name != "Orsk" for s in found)  # "the capital, Orsk": a place, nobody to speak


@pytest.mark.parametrize(
    "text",
    [
        "Germany pledged EUR 10 million for flood response in Sindh.",  # "EUR 10 million" tagged an organisation
        "Japan promised 5,000 tents to the Red Crescent.",
    ],
)
def test_a_sum_the_recogniser_missed_or_counted_goods_for_someone_are_a_gift(
    statement_extractor: Extractor, text: str
) -> None:
    """A pledged sum read from its words, and goods counted in figures with a beneficiary: gifts, no words."""
    assert [s.content for s in _statements(statement_extractor, text)] == []


def test_a_deadline_in_a_promise_is_no_date_of_the_saying(statement_extractor: Extractor) -> None:
    """ "promised two new hospitals ... by 2030": 2030 bounds the promise (``duration_prepositions``: by)."""
    text = "Mayor Ana Duarte promised two new hospitals for the region by 2030."
    (statement,) = _statements(statement_extractor, text)
    assert statement.date is None


def test_a_relative_clause_without_that_reports_nothing(statement_extractor: Extractor) -> None:
    """ "... out of waters Vietnam claims": a relative clause, not "The ship chased the trawler, Vietnam claims"."""
    text = HEADLINE + "The patrol ship chased the trawler out of waters Vietnam claims.\n\nThe talks resume next week."
    assert _statements(statement_extractor, text) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The ferry will resume service on Friday, a statement from the Harbour Board said.", "Harbour Board"),
        ("The ferry will resume service on Friday, the regional governor Ana Ruiz said.", "Ana Ruiz"),
    ],
)
def test_a_fronted_report_set_off_before_the_speakers_phrase_is_reported(
    statement_extractor: Extractor, sentence: str, speaker: str
) -> None:
    """The comma may come before the speaker's whole phrase, which the parse may split from its name."""
    (found,) = _statements(statement_extractor, HEADLINE + sentence)
    assert found.speaker.name == speaker
    assert found.content.startswith("The ferry will resume service")


def test_a_semicolon_ends_the_words_before_another_speakers_saying(statement_extractor: Extractor) -> None:
    """ "Police said about 6,000 people took part; the union said 15,000": the police said the first figure only."""
    text = HEADLINE + "Police said about 6,000 people took part; the organisers said 15,000."
    found = _statements(statement_extractor, text)
    assert [s.content for s in found if s.speaker.name == "Police"] == ["about 6,000 people took part"]


_YARD = (
    "Nordline to close Rostock ferry yard, cutting 800 jobs\n\n{}\n\n"
    "HAMBURG - Ferry operator Nordline will close its yard in Rostock, the company said on Friday."
)


@pytest.mark.parametrize(
    "subheadline", ["Union vows strike; Hesse premier demands talks", "Union threatens strike; Berlin mayor urges calm"]
)
def test_a_semicolon_ends_the_clause_a_later_cue_could_report(statement_extractor: Extractor, subheadline: str) -> None:
    """A subheadline of two clauses split by ";": the second clause's cue does not report the first."""
    found = statement_extractor.extract(_YARD.format(subheadline), published=PUBLISHED).statements
    assert [s.speaker.name for s in found] == ["Nordline"]


@pytest.mark.parametrize(
    ("text", "speaker", "key"),
    [
        # a comma sets a fronted report off from its cue, as before
        (_YARD.format("Workers fear for their future, Bavaria premier says"), "Bavaria premier", "Workers fear for"),
        # a semicolon inside what was said, before a comma and the cue, is part of it
        (
            HEADLINE
            + "The yard will close in June; its 800 workers will be offered other posts, Nordline said on Friday.",
            "Nordline",
            "workers will be offered other posts",
        ),
        (
            HEADLINE + '"We will fight this closure; we will not give up," union leader Ana Ruiz said on Friday.',
            "Ana Ruiz",
            "we will not give up",
        ),
    ],
)
def test_a_fronted_report_set_off_by_a_comma_still_speaks(
    statement_extractor: Extractor, text: str, speaker: str, key: str
) -> None:
    _said_by(statement_extractor.extract(text, published=PUBLISHED).statements, speaker, key)


def test_a_closing_attribution_hung_as_the_object_ends_the_words(statement_extractor: Extractor) -> None:
    """ "Kenya condemns X, the ministry said": the parse hangs "said" as what was condemned; X ends at the comma."""
    text = (
        "Kenya strongly condemns the shelling of the border post near Mandera, the Ministry of Foreign Affairs "
        "said in a statement on Sunday."
    )
    found = _statements(statement_extractor, text)
    assert [(s.speaker.name, s.content) for s in found] == [("Kenya", "the shelling of the border post near Mandera")]
    assert found[0].reported_by is not None
    assert found[0].reported_by.name == "Ministry of Foreign Affairs"


def test_a_reported_saying_whose_subject_is_set_off_keeps_its_words(statement_extractor: Extractor) -> None:
    """ "told the council that the contractor, a firm from Lima, said X": the inner saying is what was told."""
    text = "Ruiz told the council that the contractor, a firm from Lima, said the harbour wall was unsafe."
    found = _statements(statement_extractor, text)
    assert [s.content for s in found if s.speaker.name == "Ruiz"] == [
        "the contractor, a firm from Lima, said the harbour wall was unsafe"
    ]


def test_for_whom_and_from_where_one_reports_is_no_content(statement_extractor: Extractor) -> None:
    """A contributor line ("X reports for CBC News from Warsaw") says nothing; "argued for a ceasefire" does."""
    assert _statements(statement_extractor, "Anna Kowalczyk reports for CBC News from Warsaw.") == []
    (argued,) = _statements(statement_extractor, "Senator Ana Ruiz argued for a ceasefire in Gaza on Monday.")
    assert argued.content.startswith("for a ceasefire")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Site manager Liam Brody told the inquest that he had raised concerns about the missing rails.",
            "he had raised concerns about the missing rails",
        ),
        (
            "Site manager Liam Brody told the hearing he had not been aware the rail was missing.",
            "he had not been aware the rail was missing",
        ),
    ],
)
def test_what_was_told_hung_as_a_relative_clause_of_the_audience(extractor: Extractor, text: str, content: str) -> None:
    """The parse made the that-clause, or its opening, a relative clause of "the inquest" / "the hearing"."""
    (found,) = _statements(extractor, text)
    assert found.content == content


def test_a_pronoun_object_points_to_words_told_before(extractor: Extractor) -> None:
    """ "disclosed this on Wednesday while briefing journalists": "this" is no content; "urged it to ..." still is."""
    told = "Governor Folake Adebayo disclosed this on Wednesday while briefing journalists in Ibadan."
    assert _statements(extractor, told) == []
    (urged,) = _statements(extractor, "Chief Ada Bello thanked the firm but urged it to speed up the clean-up.")
    assert "speed up the clean-up" in urged.content


def test_what_anyone_can_say_is_said_by_no_one(extractor: Extractor) -> None:
    """ "Customers can call the helpline for advice": a generic subject with "can" is set aside (hypothetical)."""
    found = _statements(extractor, "Customers can call the Paywise helpline for advice.")
    assert all(s.modality.value == "hypothetical" for s in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Nadia Perera told the Daily Mirror her son was taken away by soldiers at a checkpoint.",
            "her son was taken away by soldiers at a checkpoint",
        ),
        (
            "Nadia Perera told Reuters, the news agency, that her son was taken away by soldiers.",
            "her son was taken away by soldiers",
        ),
    ],
)
def test_a_subject_the_parse_set_beside_the_audience_opens_the_content(
    extractor: Extractor, text: str, content: str
) -> None:
    """ "told the Daily Mirror her son was ...": "her son" is the clause's subject, not the paper's apposition."""
    statements = extractor.extract("Rights news\n\n" + text, published="2026-03-03").statements
    assert [s.content for s in statements] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Marta Lindqvist said at the time that the fire had been caused by a short circuit.",
        "The Harbour Gazette reported at the time that the ferry had been sold to a company in Malta.",
    ],
)
def test_said_at_the_time_that_opens_what_was_said(statement_extractor: Extractor, text: str) -> None:
    """``occasion_nouns`` has "time": a "that" after it which the parse read as a relative adverb opens the content."""
    (stmt,) = statement_extractor.extract("Fire\n\n" + text, published="2026-03-03").statements
    assert stmt.content.startswith("the f")


def test_the_time_the_cue_is_about_keeps_its_relative_clause(statement_extractor: Extractor) -> None:
    """After the cue's own preposition ("spoke about the time that ..."), the clause describes the topic."""
    text = "Fire\n\nMarta Lindqvist spoke about the time that the fire destroyed her house."
    assert all(not s.content.startswith("the fire") for s in statement_extractor.extract(text).statements)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary and Belgium raised objections at a meeting in Brussels.",
        "Greece raised objections at the summit in Lisbon on Monday.",
    ],
)
def test_an_idioms_occasion_is_no_content(extractor: Extractor, text: str) -> None:
    """ "raised objections at a meeting": the meeting is where they were raised, not what was said."""
    assert _statements(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz raised concerns at a council meeting about the cost of the new stadium.",
        "Mayor Ana Ruiz raised concerns on Monday about the cost of the new stadium.",
    ],
)
def test_an_idioms_complement_after_its_occasion_is_its_content(extractor: Extractor, text: str) -> None:
    """The complement after the occasion or day is what was said ("about the cost"), the occasion left out."""
    (found,) = _statements(extractor, text)
    assert found.content == "the cost of the new stadium"


@pytest.mark.parametrize(
    "text",
    [
        "Port spokesman Ivo Marek said the tanker was badly damaged, though he gave no evidence.",
        "Port spokesman Ivo Marek said the tanker was badly damaged but did not elaborate.",
        "Port spokesman Ivo Marek said the tanker was badly damaged, without providing details.",
        "Port spokesman Ivo Marek said the tanker was badly damaged, although he did not specify where it was hit.",
    ],
)
def test_the_reporters_note_of_no_evidence_ends_what_was_said(extractor: Extractor, text: str) -> None:
    """ "..., though he gave no evidence": the reporter says the speaker backed the words with nothing."""
    (found,) = _statements(extractor, text)
    assert found.content == "the tanker was badly damaged"


def test_withheld_names_inside_what_was_said_stay(extractor: Extractor) -> None:
    """A refusal with a subject of its own inside the reported clause is what was said."""
    text = "Mayor Ana Ruiz said the council would not release the names of the victims."
    (found,) = _statements(extractor, text)
    assert found.content == "the council would not release the names of the victims"


# ------------------------------------------------------------- relative subject gaps


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Coach Tom Reed praised the new stadium, which he said would hold 30,000 fans by next season.",
            "Tom Reed",
            "would hold 30,000 fans by next season",
        ),
        (
            "Union leader Sara Cole attacked the new rules, which, she argued, leave many nurses without cover.",
            "Sara Cole",
            "leave many nurses without cover",
        ),
        (
            "Union leader Sara Cole met the minister, who she said had promised to review the rules.",
            "Sara Cole",
            "had promised to review the rules",
        ),
    ],
)
def test_a_relative_pronoun_is_the_subject_of_what_was_said(
    extractor: Extractor, text: str, speaker: str, content: str
) -> None:
    """ "the stadium, which he said would hold ...": the words after the cue are the speaker's."""
    (found,) = _statements(extractor, text)
    assert found.speaker.name == speaker
    assert found.content == content
    assert not found.direct


@pytest.mark.parametrize(
    "text",
    [
        "Union leader Sara Cole read the letter, which she said she had received on Friday morning.",
        "Tom Reed sold the farm, which his lawyer said he bought in 1990 for a small sum.",
        "Everything the mayor says is ignored by the council these days.",
    ],
)
def test_a_relative_pronoun_that_is_no_subject_of_what_was_said(extractor: Extractor, text: str) -> None:
    """The pronoun is the object of the reported clause, or the gap is the cue's own object: no statement."""
    assert _statements(extractor, text) == []


# ------------------------------------------------------------- a claim's to-infinitive


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The rebel group Alpha Front, for its part, claimed to have captured three villages near the border.",
            "Alpha Front",
            "to have captured three villages near the border",
        ),
        (
            "Union leader Sara Cole professed to know nothing about the secret deal.",
            "Sara Cole",
            "to know nothing about the secret deal",
        ),
    ],
)
def test_a_claims_to_infinitive_is_what_was_said(extractor: Extractor, text: str, speaker: str, content: str) -> None:
    """ "claimed to have captured ...": the to-infinitive of a claim (``infinitive_reports``) is the claim."""
    found = [s for s in _statements(extractor, text) if speaker in s.speaker.name]
    assert [s.content for s in found] == [content]


def test_a_claim_of_lives_is_no_statement(extractor: Extractor) -> None:
    """ "claimed the lives of": no to-infinitive, no words (an object is no to-infinitive either)."""
    assert _statements(extractor, "The floods claimed the lives of three people in the valley on Sunday.") == []


# ------------------------------------------------------------- an audience, then the clause's subject


def test_the_subject_after_the_audience_opens_what_was_told(extractor: Extractor) -> None:
    """ "who told the meeting the town's road network was ...": the second object is the clause's subject."""
    text = (
        "The only dissent came from Cr Tom Hardy, who told the meeting the town's gravel road network "
        'was in "a terrible state" after the storms.'
    )
    (found,) = _statements(extractor, text)
    assert found.speaker.name == "Cr Tom Hardy"
    assert found.content.startswith("the town's gravel road network was in")
    assert found.audience is not None and found.audience.name == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "The town hall hosted a new film, which told the story of the flood the town had forgotten.",
        "The vote came after a long debate in the chamber, which told the council members the mood had changed.",
    ],
)
def test_a_relative_clause_of_no_speaker_tells_nothing(extractor: Extractor, text: str) -> None:
    """A film or a debate that "told" something is no speaker."""
    assert _statements(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The dam which Governor Ruiz said was sound burst in April.",
        "A fence which Mayor Tom Reed said guarded the school fell down on Tuesday.",
        "The pill which Dr. Lena Varga said could stop the fever failed its last test.",
        "The walkout that union boss Sara Cole said would last a month ended after three days.",
        "The dam which Governor Ruiz said was sound and which engineers had checked burst in April.",
    ],
)
def test_a_relative_clause_whose_end_is_unknown_says_nothing(extractor: Extractor, text: str) -> None:
    """No comma closes the relative clause and the parse read the writer's verb into it: no run-on words."""
    assert [s.content for s in _statements(extractor, text)] == []


def test_a_second_relative_clause_is_the_writers(extractor: Extractor) -> None:
    """ "which she said would ... and which donors had paid for": the words stop before the second clause."""
    text = "The loan, which Minister Raj Patel said would reach the farmers by May and which banks backed, was late."
    (found,) = _statements(extractor, text)
    assert found.speaker.name == "Raj Patel"
    assert found.content == "would reach the farmers by May"


@pytest.mark.parametrize(
    "text",
    [
        "Anna Weiss claimed early to escape the new limits on housing grants.",
        "Farmer Paul Krug claimed for losses to pay for the ruined crops.",
        "Widow Ines Roth claimed in June to keep her late husband's farm.",
        "Anna Weiss claimed in time to get the whole rebate.",
        "Some 3,000 tenants claimed before the cut-off to get the heating grant.",
        "Runner Ali Demir claimed again to take his fourth crown.",
    ],
)
def test_claiming_a_benefit_is_no_statement(extractor: Extractor, text: str) -> None:
    """ "claimed early to escape ...": a purpose infinitive (no perfect or stative verb) is no claim."""
    assert [s.content for s in _statements(extractor, text)] == []


def test_a_claim_stops_before_the_writers_rebuttal(extractor: Extractor) -> None:
    """ "claimed to have been ..., but cameras showed otherwise": the clause after ", but" is the writer's."""
    text = "Anna Weiss claimed to have been in Paris that night, but phone records showed otherwise."
    (found,) = _statements(extractor, text)
    assert found.speaker.name == "Anna Weiss"
    assert found.content == "to have been in Paris that night"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Krug claimed to have been beaten, his lawyer Ana Vidal said.", "Ana Vidal"),
        ("Krug claimed to have been beaten by guards, his lawyer Ana Vidal told reporters on Friday.", "Ana Vidal"),
        ("The Southern Army claimed to have sunk a ship, state radio reported.", "state radio"),
    ],
)
def test_a_relayed_claim_stays_the_relayers(extractor: Extractor, text: str, speaker: str) -> None:
    """ "X claimed to ..., her lawyer said": the claim is inside the lawyer's words, not a statement of its own."""
    found = _statements(extractor, text)
    assert [s.speaker.name for s in found] == [speaker]
    assert found[0].content.startswith("Krug claimed" if "Krug" in text else "The Southern Army claimed")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Coach Tom Reed visited the mill, which he said employed 400 workers, before flying to Oslo.",
            "Tom Reed",
            "employed 400 workers",
        ),
        (
            "Mayor Tom Reed opened the library, which he said had cost $3 million, after a short ceremony.",
            "Tom Reed",
            "had cost $3 million",
        ),
        (
            "Senator Ines Roth praised the firefighters, who she said had worked for two days, prompting applause.",
            "Ines Roth",
            "had worked for two days",
        ),
        (
            "Minister Paul Krug toured the clinic, which he said treated 90 children a week, on Monday.",
            "Paul Krug",
            "treated 90 children a week",
        ),
    ],
)
def test_a_comma_closes_a_relative_clause_set_off_by_a_comma(
    extractor: Extractor, text: str, speaker: str, content: str
) -> None:
    """ "the mill, which she said employed 400 workers, before flying ...": the next comma ends the words."""
    (found,) = _statements(extractor, text)
    assert found.speaker.name == speaker
    assert found.content == content


def test_a_relative_clause_at_the_sentence_end_keeps_its_words(extractor: Extractor) -> None:
    """With no comma after the reported clause, the words run to the end of the sentence."""
    text = "Mayor Nina Holt praised the mill, which she said would employ 400 workers by the end of the year."
    (found,) = _statements(extractor, text)
    assert found.content == "would employ 400 workers by the end of the year"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Anna Weiss claimed to be the lawful heir and sued her brother for the farm.", "to be the lawful heir"),
        ("Anna Weiss claimed to be in good health and finished the race in third place.", "to be in good health"),
        ("Anna Weiss claimed to have repaid the loan, which the bank denied.", "to have repaid the loan"),
        ("Anna Weiss claimed to have met the mayor, who called the claim absurd.", "to have met the mayor"),
        (
            "Anna Weiss claimed to have lived in the house until 2015, when it burned down.",
            "to have lived in the house until 2015",
        ),
    ],
)
def test_a_claim_is_the_infinitives_own_clause(extractor: Extractor, text: str, content: str) -> None:
    """A coordinated past verb and a comment clause after a comma are the writer's, not the claim."""
    found = [s for s in _statements(extractor, text) if s.speaker.name == "Anna Weiss"]
    assert [s.content for s in found] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Anna Weiss claimed to have been beaten and robbed by the guards.",
            "to have been beaten and robbed by the guards",
        ),
        ("Anna Weiss claimed to know who had set fire to the barn.", "to know who had set fire to the barn"),
    ],
)
def test_a_claims_own_coordination_stays(extractor: Extractor, text: str, content: str) -> None:
    """Verbs coordinated inside the infinitive, and a question word with no comma, are part of the claim."""
    found = [s for s in _statements(extractor, text) if s.speaker.name == "Anna Weiss"]
    assert [s.content for s in found] == [content]


def test_a_question_about_a_claim_is_no_claim(extractor: Extractor) -> None:
    """ "Does X really claim to ...?": asked, not claimed."""
    assert _statements(extractor, "Does Anna Weiss really claim to have built the bridge herself?") == []
