"""Property-based tests: extraction never raises, stays grounded and is deterministic.

Hypothesis generates arbitrary Unicode and news-like text mixed with junk
(markup, entities, escapes, control characters, broken quotes). Each test is
bounded (``max_examples``, ``deadline=None``) so the whole module runs in
well under a minute.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from typing import TYPE_CHECKING

import pytest
from grounding import assert_grounded
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventkit.api import Extraction, Extractor
from eventkit.normalize.money import parse_money
from eventkit.normalize.times import parse_date
from eventkit.text.chunks import split_for_nlp
from eventkit.text.clean import clean
from eventkit.text.published import detect_published

if TYPE_CHECKING:
    from spacy.language import Language

#: Hypothesis settings shared by the slow (spaCy) properties.
SLOW = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
#: Settings of the fast (pure-Python) properties.
FAST = settings(max_examples=200, deadline=None)

FRAGMENTS = [
    "Officials met in Nairobi on Tuesday.",
    '"We will send more aid next week," Kenyan Finance Minister Njuguna Ndung\'u told reporters.',
    "President Joe Biden met Chinese President Xi Jinping in Woodside, California, on Nov. 15.",
    "Japan donated $26.8 million in humanitarian aid to the Philippines last month.",
    "At least 12 people were killed and 30 injured when a bomb exploded in Kabul on Friday.",
    "The ministry said the shipment would leave on Friday, according to Xinhua.",
    "BEIJING, Dec. 4 (Xinhua) -- ",
    "By Jane Doe | Published May 2, 2024",
    "Photo: Reuters",
    "Subscribe to our newsletter",
    "# Breaking news",
    "- Police said 3 protesters were arrested.",
]
JUNK = [
    "\n",
    "\n\n",
    "  ",
    "\t",
    "\r\n",
    '"',
    "'",
    "\u201c",
    "\u201d",
    "<p>",
    "</div>",
    "<script>alert(1)</script>",
    "<!-- x -->",
    "&amp;",
    "&nbsp;",
    "&#8217;",
    "&bogus;",
    "\\$",
    "\\",
    "[link](http://x.y)",
    "![img](a.png)",
    "[",
    "](",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\u200b",
    "\ufeff",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\x85",
    "\u202e",
    "e\u0301",
    "\U0001f600",
    "*",
    "1.",
    "$",
    "\u20ac5",
]

news_like = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(JUNK), st.text(max_size=12)), max_size=14
).map("".join)
anything = st.one_of(st.text(max_size=300), news_like)


# ------------------------------------------------------------------- extract


@pytest.mark.model
@SLOW
@given(text=anything)
@example(text="")
@example(text="\n\n" + "\n\n".join(FRAGMENTS))
def test_extract_never_raises_and_every_span_is_grounded(
    ex: Extractor, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="eventkit"):
        result = ex.extract(text)  # detection of the publication date included
    assert_grounded(result, text, round_trip=False)
    # no extractor failed silently and no ungrounded event was dropped
    assert not [r.getMessage() for r in caplog.records if r.name == "eventkit"]
    if result.published_span is not None:
        assert text[result.published_span.start : result.published_span.end] == result.published_span.text


@pytest.mark.model
@SLOW
@given(text=news_like)
def test_extract_is_deterministic(ex: Extractor, text: str) -> None:
    first = ex.extract(text, published="2024-05-02").to_json()
    second = ex.extract(text, published="2024-05-02").to_json()
    assert first == second
    assert Extraction.model_validate_json(first).to_json() == first


@pytest.mark.model
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(news_like, min_size=1, max_size=5))
def test_pipe_equals_extract(ex: Extractor, texts: list[str]) -> None:
    piped = [r.to_json() for r in ex.pipe(texts, batch_size=2, published="2024-05-02")]
    single = [ex.extract(t, published="2024-05-02").to_json() for t in texts]
    assert piped == single


# --------------------------------------------------------------------- clean


@FAST
@given(raw=anything)
def test_clean_offset_map_is_complete_and_in_range(raw: str) -> None:
    cleaned = clean(raw)
    index = cleaned.offsets.to_raw_index
    assert len(index) == len(cleaned.text)
    assert all(0 <= i < len(raw) for i in index)
    # Inserted separators take the index of the previous raw character, so the map never goes back.
    assert all(a <= b for a, b in itertools.pairwise(index))
    assert cleaned.offsets.raw == raw and cleaned.raw == raw


@FAST
@given(raw=anything, data=st.data())
def test_clean_spans_map_back_inside_the_raw_text(raw: str, data: st.DataObject) -> None:
    cleaned = clean(raw)
    n = len(cleaned.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    raw_start, raw_end = cleaned.offsets.raw_span(start, end)
    assert 0 <= raw_start <= raw_end <= len(raw)


@FAST
@given(raw=anything)
def test_clean_keeps_copied_characters_and_drops_controls(raw: str) -> None:
    cleaned = clean(raw)
    # whatever is rewritten, no control or zero-width character survives except newlines
    assert not any(c in cleaned.text for c in "\x00\x07\x0b\x0c\x1b\x7f\u200b\ufeff")
    # blocks are ordered, non-empty, non-overlapping and inside the text
    previous_end = 0
    for block in cleaned.blocks:
        assert previous_end <= block.start < block.end <= len(cleaned.text)
        previous_end = block.end


# ------------------------------------------------------- dates, money, chunks


@FAST
@given(raw=anything)
def test_detect_published_never_raises_and_is_grounded(raw: str) -> None:
    found = detect_published(raw)
    if found is not None:
        date, start, end = found
        assert isinstance(date, dt.date)
        assert 0 <= start < end <= len(raw)


@FAST
@given(text=anything)
def test_normalisers_never_raise(text: str) -> None:
    parse_money(text)
    parse_date(text, published="2024-05-02")
    parse_date(text, published=None, direction="future")


@FAST
@given(text=st.text(alphabet=st.sampled_from("ab .!?\n\t\"')"), max_size=400), max_chars=st.integers(1, 60))
@example(text="", max_chars=1)
def test_split_for_nlp_partitions_the_text(text: str, max_chars: int) -> None:
    chunks = split_for_nlp(text, max_chars)
    assert "".join(text[s:e] for s, e in chunks) == text
    position = 0
    for start, end in chunks:
        assert start == position and 0 < end - start <= max_chars
        position = end
    assert position == len(text)


@FAST
@given(text=st.text(max_size=400), max_chars=st.integers(1, 80))
def test_split_for_nlp_partitions_any_unicode(text: str, max_chars: int) -> None:
    chunks = split_for_nlp(text, max_chars)
    assert "".join(text[s:e] for s, e in chunks) == text
    assert all(0 < e - s <= max_chars for s, e in chunks)


def test_split_for_nlp_prefers_paragraphs_then_sentences_then_spaces() -> None:
    text = "One two. Three four.\n\nFive six seven. Eight."
    assert split_for_nlp(text, 100) == [(0, len(text))]
    assert split_for_nlp(text, 30) == [(0, 22), (22, len(text))]  # after the blank line
    pieces = ["One two. ", "Three four.\n\n", "Five six ", "seven. Eight."]  # "seven." ends at the limit, no space
    assert [text[s:e] for s, e in split_for_nlp(text, 15)] == pieces
    words = "aaa bbb ccc"
    assert [words[s:e] for s, e in split_for_nlp(words, 8)] == ["aaa bbb ", "ccc"]
    assert split_for_nlp("x" * 10, 4) == [(0, 4), (4, 8), (8, 10)]  # hard cuts
    assert split_for_nlp("", 5) == []


def test_split_for_nlp_keeps_closing_quotes_with_their_sentence() -> None:
    text = 'He said "we will win." Then he left the room quickly.'
    assert next(text[s:e] for s, e in split_for_nlp(text, 30)) == 'He said "we will win." '


@pytest.mark.parametrize("bad", [0, -1, 2.5, True, None], ids=repr)
def test_split_for_nlp_rejects_a_bad_size(bad: object) -> None:
    with pytest.raises(ValueError, match="max_chars"):
        split_for_nlp("text", bad)  # type: ignore[arg-type]


def test_split_for_nlp_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="expects str"):
        split_for_nlp(b"text", 10)  # type: ignore[arg-type]


@pytest.mark.model
def test_parse_in_chunks_keeps_text_sentences_and_entities(nlp: Language) -> None:
    from eventkit.text.chunks import parse_in_chunks

    text = "\n\n".join(FRAGMENTS[:6] * 8) + " " + "z" * 900 + " end."
    whole = nlp(text)
    joined = parse_in_chunks(nlp, text, max_chars=700)
    assert joined.text == text
    assert all(len(s.text) <= 700 for s in joined.sents)
    assert {(e.start_char, e.end_char, e.label_) for e in joined.ents if e.end_char < 600} == {
        (e.start_char, e.end_char, e.label_) for e in whole.ents if e.end_char < 600
    }
    assert parse_in_chunks(nlp, "Short text.").text == "Short text."
