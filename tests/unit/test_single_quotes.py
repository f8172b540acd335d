"""Single quotation marks become double ones; apostrophes stay (eventkit.text.single_quotes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventkit.text.clean import clean
from eventkit.text.single_quotes import double_single_quotes

if TYPE_CHECKING:
    from eventkit.api import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor calls the plan a 'reckless gamble'.", 'Mayor calls the plan a "reckless gamble".'),
        ("'The voters' anger is real,' he said.", '"The voters\' anger is real," he said.'),
        ("'We are ready,' she said. 'The pier opens in May.'", '"We are ready," she said. "The pier opens in May."'),
        # nested in a double-quoted stretch: a quote within a quote, left alone
        ("He said: \"They keep saying, 'Wait a year' to us.\"", "He said: \"They keep saying, 'Wait a year' to us.\""),
    ],
)
def test_single_mark_quotations_are_written_with_double_marks(text: str, expected: str) -> None:
    assert double_single_quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's O'Brien's boat, don't worry.",
        "The voters' choice and the states' rights.",
        "Rock 'n' roll in the '90s lasted 'til dawn.",
        "''We will win,'' Mr. Okafor said.",  # two apostrophes as one mark: left to the quote reader
        "An opening 'mark without a closing one.",
    ],
)
def test_apostrophes_and_unpaired_marks_stay(text: str) -> None:
    assert double_single_quotes(text) == text


def test_offsets_do_not_move() -> None:
    raw = "Harbour news\n\n\u2018We will never be silenced,\u2019 she wrote."
    cleaned = clean(raw)
    assert cleaned.text.endswith('"We will never be silenced," she wrote.')
    start = cleaned.text.index('"')
    assert raw[cleaned.offsets.raw_span(start, start + 1)[0]] == "\u2018"


def test_a_single_quoted_quote_is_a_direct_statement(extractor: Extractor) -> None:
    text = "Harbour town weighs its options\n\n'We will never be silenced,' Mayor Ines Calder said on Monday."
    statement = next(s for s in extractor.extract(text, published="2024-03-15").statements)
    assert statement.direct
    assert statement.content == "We will never be silenced"
    assert statement.speaker.name.endswith("Ines Calder")


def test_a_closing_mark_glued_to_the_next_word_gets_its_space(extractor: Extractor) -> None:
    raw = 'Harbour town weighs its options\n\n"We will reopen the pier in May,"said Mayor Dana Cole.'
    cleaned = clean(raw)
    assert '," said Mayor' in cleaned.text
    statement = extractor.extract(raw, published="2024-03-15").statements[0]
    assert statement.content == "We will reopen the pier in May"
    assert statement.speaker.name.endswith("Dana Cole")
    span = statement.content_span
    assert raw[span.start : span.end] == statement.content  # offsets into the raw text


def test_content_shows_the_articles_own_marks(extractor: Extractor) -> None:
    raw = (
        "Harbour town weighs its options\n\n"
        "Mayor Ines Calder said the harbour plan was a 'costly mistake' and should be dropped."
    )
    cleaned = clean(raw)
    assert '"costly mistake"' in cleaned.text  # the parser reads double marks
    assert "'costly mistake'" in cleaned.shown_text(0, len(cleaned.text))
    statement = extractor.extract(raw, published="2024-03-15").statements[0]
    assert statement.content == "the harbour plan was a 'costly mistake' and should be dropped"
