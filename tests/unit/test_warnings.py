"""Coded warnings (``Extraction.warnings``): each case warns, clean English articles do not."""

from __future__ import annotations

import gzip
import json

import pytest

from eventkit.api import Extractor
from eventkit.errors import DocumentWarning, Warnings
from eventkit.text.inspect import inspect_text

#: Own clean articles, each with a date line: no warning at all.
CLEAN = [
    "Harbour Talks Open in Lisbon\n\nLISBON, June 13, 2024\n\n"
    "Portugal's economy minister met the head of the port authority on Tuesday to discuss the new container "
    "terminal. The two sides said they would meet again next month, and the minister told reporters that the "
    "project was on schedule.\n",
    "By Ana Ruiz | March 2, 2023\n\n"
    "A fire broke out at a textile factory on the edge of Dhaka on Wednesday, killing four workers and injuring "
    "a dozen others, police said. Firefighters needed three hours to bring the blaze under control. The owners of "
    "the factory have not commented on the cause of the fire.\n",
    "Published: 5 October 2022\n\n"
    "The city of Riga received 200 tents and blankets from the Red Cross after heavy storms damaged hundreds of "
    'homes. "We are grateful for the help," the mayor said at a press conference on Monday. Engineers were '
    "checking the bridges over the river, which had been closed since the weekend.\n",
    "Updated 11/20/2021 3:05 PM ET\n\n"
    "Farmers blocked the main highway into the capital for a second day on Friday, demanding lower fuel prices. "
    "Their union said that the protest would continue until the government agreed to talks. Traffic was "
    "diverted through the northern suburbs, where long queues formed in the morning.\n",
]

SPANISH = (
    "El presidente del gobierno se reunió ayer con los representantes de los sindicatos en Madrid para hablar "
    "de la reforma laboral, que según el ministerio entrará en vigor el próximo mes después de meses de "
    "negociaciones difíciles entre las partes. Los empresarios piden más tiempo para adaptarse."
)
GERMAN = (
    "Der Bundeskanzler traf sich am Dienstag in Berlin mit dem französischen Präsidenten, um über die Lage in "
    "der Ukraine und die gemeinsame Energiepolitik zu sprechen. Beide Seiten betonten nach dem Treffen, dass "
    "die Zusammenarbeit weiter vertieft werden soll, wie ein Sprecher der Regierung mitteilte."
)
HTML = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title><link rel="stylesheet" href="a.css">'
    '</head><body><nav class="top"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul>'
    '</nav><div class="story"><p>Ministers met in Oslo.</p></div></body></html>'
)


def codes(text: str) -> list[str]:
    return [w.code for w in inspect_text(text)]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_articles_have_no_text_warning(text: str) -> None:
    assert inspect_text(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (SPANISH, "W002"),
        (GERMAN, "W002"),
        (bytes(range(256)).decode("utf-8", "replace") * 4, "W003"),
        (gzip.compress(CLEAN[0].encode()).decode("utf-8", "replace"), "W004"),
        (HTML, "W005"),
        (json.dumps([{"title": "Talks in Oslo", "body": CLEAN[0], "tags": ["a", "b"]}] * 5, indent=2), "W005"),
        (json.dumps([{"title": "Talks in Oslo", "body": CLEAN[1], "id": i} for i in range(9)], indent=2)[:-90], "W005"),
        ('<?xml version="1.0"?><feed><entry><title>Talks</title><id>1</id></entry></feed>', "W005"),
        ("/home/ana/news/lisbon-talks.txt", "W006"),
        ("  C:\\Users\\ana\\Documents\\article.md\n", "W006"),
        ("file:///tmp/articles/2024-06-13.txt", "W006"),
        ("", "W008"),
        ("  \n\n 12 34 ", "W008"),
    ],
)
def test_each_case_has_its_warning(text: str, code: str) -> None:
    assert codes(text) == [code]


def test_short_texts_and_headlines_are_not_judged() -> None:
    assert codes("Talks ended.") == []
    assert codes("Ministers meet in Oslo") == []
    assert codes("Prices rose 3.5% in May.") == []


def test_every_code_has_a_message_and_is_documented() -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parents[2] / "docs" / "warnings.md").read_text(encoding="utf-8")
    for code, template in Warnings.codes().items():
        assert template and f"`{code}`" in page, code


def test_warning_is_json_shaped() -> None:
    warning = Warnings.make("W002", share=0.031, words=40, threshold=0.12)
    assert isinstance(warning, DocumentWarning)
    assert warning.detail == {"share": 0.031, "words": 40, "threshold": 0.12}
    assert DocumentWarning.model_validate_json(warning.model_dump_json()) == warning
    assert str(warning).startswith("W002 The text does not look like English: 3% of its 40 words")


# ------------------------------------------------------------------ with the model


@pytest.mark.parametrize("text", CLEAN)
def test_clean_english_articles_with_a_date_get_no_warning(extractor: Extractor, text: str) -> None:
    result = extractor.extract(text)
    assert result.published is not None
    assert result.warnings == []


def test_no_publication_date_says_how_many_dates_stay_unresolved(extractor: Extractor) -> None:
    text = (
        "Officials from Ghana and Togo met in Accra on Tuesday to discuss the border crossing. "
        "A second meeting is planned for next week, and a report is due on 4 May 2024."
    )
    result = extractor.extract(text)
    assert [w.code for w in result.warnings] == ["W001"]
    assert result.warnings[0].detail == {"unresolved": 2}
    assert "2 relative date expression(s)" in result.warnings[0].message
    assert extractor.extract(text, published="2024-04-30").warnings == []


def test_binary_and_compressed_texts_are_not_parsed(extractor: Extractor) -> None:
    data = gzip.compress(CLEAN[1].encode()).decode("utf-8", "replace")
    result = extractor.extract(data)
    assert [w.code for w in result.warnings] == ["W004"] and result.events == []
    assert [w.code for w in extractor.extract("/data/articles/fire.txt").warnings] == ["W006"]


def test_non_english_text_warns_in_batches_too(extractor: Extractor) -> None:
    results = list(extractor.pipe([SPANISH, CLEAN[0], GERMAN], published="2024-01-01"))
    assert [[w.code for w in r.warnings] for r in results] == [["W002"], [], ["W002"]]


def test_a_document_parsed_in_pieces_says_so(extractor: Extractor) -> None:
    small = Extractor(extractor.nlp)
    text = "\n\n".join(CLEAN * 3)
    limit = extractor.nlp.max_length
    try:
        extractor.nlp.max_length = 600
        result = small.extract(text)
    finally:
        extractor.nlp.max_length = limit
    pieces = [w for w in result.warnings if w.code == "W007"]
    assert pieces and pieces[0].detail["limit"] == 600 and pieces[0].detail["pieces"] >= 3
