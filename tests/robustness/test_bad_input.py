"""The catalogue of bad input (docs/robustness.md): one test per entry, each with its defined outcome.

A wrong *call* (not a string, a malformed ``published``) raises a clear
exception. A poor *document* (empty, garbage, HTML, another language, broken
quotes, huge sentences, control characters, longer than spaCy's
``max_length``) never raises: it gives an empty or partial Extraction whose
every span is grounded in the raw input.
"""

from __future__ import annotations

import datetime as dt
import random
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from grounding import assert_grounded

from eventkit.api import Extractor
from eventkit.models import EventType
from eventkit.normalize.money import parse_money
from eventkit.normalize.times import parse_date
from eventkit.render import event_html, render_html
from eventkit.text.clean import clean
from eventkit.text.published import detect_published

if TYPE_CHECKING:
    pass

pytestmark = pytest.mark.model

#: A short article with one clear statement (the extractor that exists in every build).
STATEMENT = '"We will send more aid next week," Kenyan Finance Minister Njuguna Ndung\'u told reporters on Tuesday.'
ARTICLE = f"Officials met in Nairobi.\n\n{STATEMENT}\n\nThe ministry said the shipment would leave on Friday.\n"


# ----------------------------------------------------------------- wrong calls


@pytest.mark.parametrize(
    "bad",
    [None, b"Officials met in Nairobi.", bytearray(b"x"), 42, 4.2, ["text"], {"text": "x"}, Path("article.txt")],
    ids=["None", "bytes", "bytearray", "int", "float", "list", "dict", "Path"],
)
def test_non_text_raises_type_error(ex: Extractor, bad: object) -> None:
    with pytest.raises(TypeError, match="E003 `text` must be a str"):
        ex.extract(bad)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_decode(ex: Extractor) -> None:
    with pytest.raises(TypeError, match=r"decode\('utf-8'\)"):
        ex.extract(b"bytes")  # type: ignore[arg-type]


def test_non_text_in_pipe_is_an_error_record_not_a_crash(ex: Extractor) -> None:
    results = list(ex.pipe([{"id": "a", "text": None}, {"id": "b", "text": b"x"}, ARTICLE]))
    assert [r.id for r in results] == ["a", "b", None]
    assert results[0].error and results[1].error and "must be a str" in results[1].error
    assert results[2].error is None


def test_str_subclass_is_text(ex: Extractor) -> None:
    class Article(str):
        pass

    result = ex.extract(Article(ARTICLE), published="2024-05-02")
    assert_grounded(result, ARTICLE)
    assert result.events


@pytest.mark.parametrize(
    "bad", ["2023-02-30", "2023-13-01", "0000-01-01", "2023-1-5", "yesterday", "", "   "], ids=repr
)
def test_impossible_published_string_raises_value_error(ex: Extractor, bad: str) -> None:
    with pytest.raises(ValueError, match="published must be an ISO 8601 date"):
        ex.extract(ARTICLE, published=bad)


@pytest.mark.parametrize("bad", [20240502, 2024.5, b"2024-05-02", object()], ids=["int", "float", "bytes", "object"])
def test_published_of_wrong_type_raises_type_error(ex: Extractor, bad: object) -> None:
    with pytest.raises(TypeError, match="published must be None"):
        ex.extract(ARTICLE, published=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "future",
    ["2999-01-01", dt.date(9999, 12, 31), dt.datetime(2100, 1, 1, 12, tzinfo=dt.timezone.utc)],
    ids=["iso-2999", "date.max", "datetime-2100"],
)
def test_future_published_is_accepted_as_given(ex: Extractor, future: object) -> None:
    result = ex.extract(ARTICLE, published=future)  # type: ignore[arg-type]
    expected = future.date() if isinstance(future, dt.datetime) else future
    assert result.published == (dt.date.fromisoformat(expected) if isinstance(expected, str) else expected)
    assert result.published_source == "given"
    assert_grounded(result, ARTICLE)


def test_earliest_published_does_not_overflow(ex: Extractor) -> None:
    result = ex.extract("Last year the minister said prices rose the week before.", published=dt.date.min)
    assert result.published == dt.date.min


def test_impossible_byline_date_is_ignored_and_future_one_detected() -> None:
    assert detect_published("Published: 2023-02-30\n\nText.") is None
    assert detect_published("By Jane Doe | February 30, 2023\n\nText.") is None
    found = detect_published("Published: 2999-05-01\n\nText.")
    assert found is not None and found[0] == dt.date(2999, 5, 1)


# ---------------------------------------------------------------- poor documents


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n \u00a0\u2003\u200b\ufeff"], ids=repr)
def test_empty_and_whitespace_give_an_empty_result(ex: Extractor, text: str) -> None:
    result = ex.extract(text)
    assert result.events == [] and result.error is None
    assert result.published is None and result.published_source == "none"
    assert clean(text).text.strip() == ""


def test_binary_garbage_gives_a_grounded_result(ex: Extractor) -> None:
    rng = random.Random(7)
    blob = bytes(rng.randrange(256) for _ in range(6_000))
    for text in (blob.decode("latin-1"), blob.decode("utf-8", errors="replace"), blob.decode("cp437")):
        assert_grounded(ex.extract(text), text)


HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Aid shipment for Kenya | World News</title>
<style>
body { font-family: sans-serif; } .nav > a { color: #c00; }
</style>
<script>
window.dataLayer = window.dataLayer || []; if (a < b && c > d) { track("<p>"); }
</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/login">Sign in</a></nav>
<h1>Aid shipment for Kenya</h1>
<p>&quot;We will send more aid next week,&quot; Kenyan Finance Minister Njuguna Ndung&#39;u told reporters on
Tuesday.</p>
<p>The ministry said the shipment would leave on Friday.</p>
<footer>&copy; 2024 World News &mdash; All rights reserved</footer>
</body>
</html>
"""


def test_html_page_gives_a_partial_grounded_result(ex: Extractor) -> None:
    cleaned = clean(HTML_PAGE)
    assert "<" not in cleaned.text.replace("a < b", "").replace('"<p>"', "")  # tags are gone ...
    assert "window.dataLayer" in cleaned.text  # ... but script and style text is kept (documented)
    result = ex.extract(HTML_PAGE, published="2024-05-02")
    assert_grounded(result, HTML_PAGE)
    if EventType.STATEMENT in ex.types:
        contents = [s.content for s in result.statements]
        assert any("send more aid" in c for c in contents), contents


@pytest.mark.parametrize(
    "text",
    [
        "Der Finanzminister sagte am Dienstag, die Regierung werde nächste Woche mehr Hilfe schicken.",
        "Le ministre a déclaré mardi que « le gouvernement enverra plus d'aide ».",
        "习近平周一在北京会见了普京，双方表示将加强合作。",
        "Министр заявил во вторник, что правительство направит помощь.",
        "قال الوزير يوم الثلاثاء إن الحكومة سترسل المزيد من المساعدات.",
        "मंत्री ने मंगलवार को कहा कि सरकार और सहायता भेजेगी।",
    ],
    ids=["de", "fr", "zh", "ru", "ar", "hi"],
)
def test_non_english_text_gives_a_grounded_result(ex: Extractor, text: str) -> None:
    result = ex.extract(text, published="2024-05-02")
    assert_grounded(result, text)


@pytest.mark.parametrize(
    "text",
    [
        '"We will send more aid, the minister said on Tuesday. The ministry said the shipment would leave.',
        'The minister said "we will win. And then "" he left." " said the aide.',
        "\u201cWe will win,\u201d \u201c the minister said \u00bb on Tuesday \u00ab\u201d.",
        '"' * 500 + " the minister said " + "'" * 500,
    ],
    ids=["unclosed", "stray", "mixed-curly", "quote-storm"],
)
def test_unbalanced_quotes_give_a_grounded_result(ex: Extractor, text: str) -> None:
    assert_grounded(ex.extract(text, published="2024-05-02"), text)


def test_extremely_long_sentence_finishes(ex: Extractor) -> None:
    def sentence(n: int) -> str:
        return "The minister said that " + "the people and the farmers of the region " * n + "would receive aid."

    start = time.perf_counter()
    ex.extract(sentence(150), published="2024-05-02")
    small = time.perf_counter() - start
    text = sentence(600)
    start = time.perf_counter()
    result = ex.extract(text, published="2024-05-02")
    large = time.perf_counter() - start
    # growth, not seconds: a sentence 4x as long takes about 4x the time (quadratic work would be 16x)
    assert large < 10 * max(small, 0.2), f"{small:.2f}s -> {large:.2f}s for a sentence 4x as long"
    assert_grounded(result, text)


def test_extremely_long_tokens_finish(ex: Extractor) -> None:
    text = f"The minister said {'x' * 100_000} would arrive. {STATEMENT} https://e.com/{'a/' * 20_000}"
    start = time.perf_counter()
    result = ex.extract(text, published="2024-05-02")
    assert time.perf_counter() - start < 10
    assert_grounded(result, text)


def test_control_characters_are_dropped_but_offsets_stay_raw(ex: Extractor) -> None:
    noisy = STATEMENT.replace(" Finance", "\x00 Fi\u200bnance").replace("reporters", "repor\x07ters\x1b")
    text = f"Officials\x0b met.\r\n\r\n\ufeff{noisy}\x7f\r\n\x0c\u202eThe ministry said so.\x1f"
    result = ex.extract(text, published="2024-05-02")
    assert_grounded(result, text)
    assert not any(c in clean(text).text for c in "\x00\x07\x1b\x7f\u200b\ufeff\x0b\x0c\x1f")
    if EventType.STATEMENT in ex.types:
        assert any("send more aid" in s.content for s in result.statements)


def test_lone_surrogates_are_a_clear_error(ex: Extractor) -> None:
    text = b"The minister said \xff\xfe it was over.".decode("utf-8", errors="surrogateescape")
    with pytest.raises(ValueError, match="E008"):
        ex.extract(text)
    results = list(ex.pipe([text, ARTICLE]))
    assert results[0].error is not None and results[1].error is None


# --------------------------------------------------------- beyond max_length


@pytest.fixture(scope="module")
def short_ex() -> Extractor:
    """A dedicated extractor (its own pipeline) whose spaCy ``max_length`` is only 5,000 characters."""
    from eventkit.nlp.loading import load_pipeline

    nlp = load_pipeline()
    nlp.max_length = 5_000
    return Extractor(nlp)


def _long_article() -> str:
    filler = "The talks continued for hours and the delegations discussed trade, energy and security. " * 8
    paragraphs = [filler.strip()] * 30
    paragraphs[3] = STATEMENT
    paragraphs[-2] = STATEMENT.replace("Tuesday", "Wednesday")
    paragraphs.append(f"The file was {'x' * 7_000} long.")  # a token longer than max_length: a hard cut
    paragraphs.append(STATEMENT.replace("Tuesday", "Thursday"))
    return "Officials met in Nairobi.\n\n" + "\n\n".join(paragraphs) + "\n"


def test_text_beyond_max_length_is_processed_in_chunks(short_ex: Extractor, ex: Extractor) -> None:
    text = _long_article()
    assert len(clean(text).text) > 4 * short_ex.nlp.max_length
    result = short_ex.extract(text, published="2024-05-02")
    assert_grounded(result, text)
    if EventType.STATEMENT in short_ex.types:
        evidence = [span.text for s in result.statements for span in s.evidence]
        assert all(any(day in e for e in evidence) for day in ("Tuesday", "Wednesday", "Thursday")), evidence


def test_text_beyond_max_length_does_not_stop_pipe(short_ex: Extractor) -> None:
    results = list(short_ex.pipe([ARTICLE, _long_article(), ARTICLE], on_error="collect"))
    assert len(results) == 3 and all(r.error is None for r in results)


# ---------------------------------------------------------------- no network


def test_no_network_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted during extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    fresh = Extractor()  # loads its own pipeline under the block
    text = (
        "By Sam Lee | Published May 2, 2024\n\n"
        "Finance ministers met in Nairobi on Tuesday and pledged $26.8 million in aid to Somalia.\n\n" + ARTICLE
    )
    result = fresh.extract(text)
    assert result.published == dt.date(2024, 5, 2)
    assert_grounded(result, text)
    assert attempts == []


# ------------------------------------------------------ catastrophic backtracking

ADVERSARIAL = {
    "brackets": "[" * 50_000 + "](" * 50_000,
    "links": "[a](" * 25_000,
    "images": "![" * 50_000,
    "tags": "<a " * 50_000,
    "tags-unclosed-lines": "<a href='x'\n" * 20_000,
    "comments": "<!--" * 25_000,
    "entities": "&" * 100_000,
    "entity-like": "&#x" * 30_000,
    "backslashes": "\\" * 100_000,
    "digits": "1" * 100_000,
    "digit-groups": "1,000." * 20_000,
    "long-word": "a" * 100_000,
    "long-line": "word " * 20_000,
    "newlines": "\n" * 100_000,
    "bylines": "Published: By \n" * 10_000,
    "dates": "May 5, 2024 (Xinhua) -- " * 5_000,
    "money": "$1 million and " * 10_000,
    "quotes": '\u201c"' * 50_000,
}


@pytest.mark.parametrize(
    "fn",
    [clean, detect_published, parse_money, lambda t: parse_date(t, published="2024-01-01")],
    ids=["clean", "detect_published", "parse_money", "parse_date"],
)
@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_no_catastrophic_backtracking(fn: Callable[[str], object], text: str) -> None:
    for piece in (text[:2_000], text[:100]):  # the normalisers cut long inputs short; probe below the cut too
        fn(piece)
    # growth, not seconds (a busy machine slows both): 4x the input may take about 4x the time, never 16x
    small, large = _seconds(fn, text[: len(text) // 4]), _seconds(fn, text)
    assert large < 0.05 or large < 10 * max(small, 0.01), f"{small:.3f}s -> {large:.3f}s for 4x the input"


def _seconds(fn: Callable[[str], object], text: str) -> float:
    """The best of two runs (the first may pay for loading a lexicon)."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return best


# ------------------------------------------------------------------ escaping


def test_render_html_escapes_article_markup(ex: Extractor) -> None:
    text = (
        "Officials met in Nairobi.\n\n"
        '"We will <script>alert(1)</script> send more aid," Kenyan Finance Minister Njuguna Ndung\'u '
        "told reporters on Tuesday.\n\n<script>alert(2)</script><img src=x onerror=alert(3)>\n"
    )
    result = ex.extract(text, published="2024-05-02")
    page = render_html(result)
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    for event in result.events:
        card = event_html(event)
        assert "<script" not in card.lower()
