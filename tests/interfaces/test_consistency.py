"""One behaviour everywhere: the same events from every entry point for the same raw article.

The spaCy component on raw text, :func:`eventkit.extract`, ``Extractor.pipe``
with one and two processes, the CLI's JSONL output and the Dask adapter must
agree event for event (ids, spans, arguments, confidence). The articles are
our own, with headlines, bylines, datelines and markup that cleaning changes,
so the component has to prepare raw text exactly as ``Extractor`` does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import eventkit
from eventkit.api import Extractor

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

ARTICLES = [
    # a headline followed by a byline on the next line (no blank line between)
    "Port Workers Strike in Valparaiso\nBy Carla Munoz, Staff Reporter\n\n"
    "VALPARAISO, Chile, Oct. 8, 2024 -- Hundreds of dock workers walked off the job on Monday, halting "
    "container traffic at the country's second-largest port, the union said.\n\n"
    '"We will not go back until the company signs the agreement," union leader Pablo Soto told reporters.\n\n'
    "Chile's labour minister met union representatives in Santiago on Tuesday to seek an end to the strike.\n",
    # markdown, an HTML entity and a share bar
    "**Floods Hit Northern Ghana**\n\nPublished 14 August 2023\n\n"
    "Heavy rains flooded villages near Tamale on Sunday, killing at least seven people, officials said. "
    "The [World Food Programme](https://example.org/wfp) donated 40 tonnes of maize to the families &amp; "
    "schools that lost their stores.\n\nShare on Facebook | Share on X\n\n"
    "Regional minister Ama Owusu said the government would rebuild the damaged bridges.\n",
    # no publication date at all: relative dates stay unresolved, and every entry point says so
    "Foreign ministers of Peru and Bolivia met in La Paz on Thursday to discuss a new rail link. "
    'Bolivian foreign minister Celinda Sosa said the talks were "a step forward".\n',
    # hard-wrapped lines and a quotation over two lines
    "Officials Sign Water Deal\n\nAMMAN, Jordan, May 2, 2024\n\n"
    "Jordan and Israel signed an agreement on Wednesday under which Israel will supply\n"
    "an additional 50 million cubic metres of water a year, the two governments said.\n\n"
    '"This is good news for every household," Jordan\'s water minister Raed Abu Saud said\n'
    "at the signing ceremony in Amman.\n",
]


def _events(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events as JSON dicts, without ``sources`` (which names the document id where one is given)."""
    return [{k: v for k, v in r.items() if k != "sources"} for r in records]


@pytest.fixture(scope="module")
def expected(extractor: Extractor) -> list[list[dict[str, Any]]]:
    results = [extractor.extract(text) for text in ARTICLES]
    assert all(r.events for r in results[:2]) and results[2].warnings[0].code == "W001"
    return [_events(r.to_dicts()) for r in results]


@pytest.fixture(scope="module")
def component_nlp() -> Language:
    """A user's own pipeline: spacy.load + add_pipe("eventkit"), without eventkit_paragraphs."""
    import spacy

    from eventkit.nlp.loading import DEFAULT_MODELS, _installed

    name = next(n for n in DEFAULT_MODELS if _installed(n))
    nlp = spacy.load(name)
    nlp.add_pipe("eventkit")
    return nlp


def test_extract_function_matches_the_extractor(expected: list[list[dict[str, Any]]]) -> None:
    assert [_events(eventkit.extract(text).to_dicts()) for text in ARTICLES] == expected


def test_component_on_raw_text_matches_extract(component_nlp: Language, expected: list[list[dict[str, Any]]]) -> None:
    docs = [component_nlp(text) for text in ARTICLES]
    assert [doc._.event_error for doc in docs] == [None] * len(ARTICLES)
    assert [_events(doc._.event_records) for doc in docs] == expected
    for doc, text in zip(docs, ARTICLES, strict=True):
        assert doc.text == text  # offsets are raw
        for event in doc._.events:
            assert event.trigger is None or text[event.trigger.start : event.trigger.end] == event.trigger.text
    assert [w["code"] for w in docs[2]._.event_warnings] == ["W001"]


def test_component_with_eventkit_paragraphs_matches_too(expected: list[list[dict[str, Any]]]) -> None:
    from eventkit.nlp.loading import load_pipeline

    nlp = load_pipeline()
    nlp.add_pipe("eventkit")
    assert [_events(doc._.event_records) for doc in nlp.pipe(ARTICLES)] == expected


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_matches_extract(extractor: Extractor, expected: list[list[dict[str, Any]]], n_process: int) -> None:
    results = list(extractor.pipe(ARTICLES, n_process=n_process, batch_size=2))
    assert [_events(r.to_dicts()) for r in results] == expected
    assert [[w.code for w in r.warnings] for r in results] == [[], [], ["W001"], []]


def test_options_are_the_same_everywhere(extractor: Extractor, component_nlp: Language) -> None:
    import spacy

    from eventkit.nlp.loading import DEFAULT_MODELS, _installed

    options = {"types": ["statement"], "min_confidence": 0.5}
    direct = [_events(eventkit.extract(t, **options).to_dicts()) for t in ARTICLES]  # type: ignore[arg-type]
    assert direct == [_events(Extractor(extractor.nlp, **options).extract(t).to_dicts()) for t in ARTICLES]  # type: ignore[arg-type]
    nlp = spacy.load(next(n for n in DEFAULT_MODELS if _installed(n)))
    nlp.add_pipe("eventkit", config=options)
    assert [_events(nlp(t)._.event_records) for t in ARTICLES] == direct
    assert all(e["type"] == "statement" and e["confidence"] >= 0.5 for doc in direct for e in doc)


def test_cli_jsonl_matches_extract(
    tmp_path: Path, expected: list[list[dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    from eventkit.cli import main

    paths = []
    for i, text in enumerate(ARTICLES):
        path = tmp_path / f"a{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert main(["extract", *paths]) == 0
    captured = capsys.readouterr()
    results = [json.loads(line) for line in captured.out.splitlines()]
    assert [_events(r["events"]) for r in results] == expected
    assert [[w["code"] for w in r["warnings"]] for r in results] == [[], [], ["W001"], []]
    # warnings go to stderr once per document; --quiet silences them
    assert captured.err.count("W001") == 1 and f"{paths[2]}: W001" in captured.err
    assert main(["extract", "--quiet", *paths]) == 0
    assert "W001" not in capsys.readouterr().err


def test_dask_matches_extract(expected: list[list[dict[str, Any]]]) -> None:
    db = pytest.importorskip("dask.bag")
    from eventkit.dask import extract_events

    frame = extract_events(db.from_sequence(list(ARTICLES), npartitions=2)).compute(scheduler="sync")
    got = sorted(json.dumps(_events([json.loads(v)])[0], sort_keys=True) for v in frame["json"])
    want = sorted(json.dumps(e, sort_keys=True) for doc in expected for e in doc)
    assert got == want


def test_the_component_repairs_acronyms_spelt_as_pronouns(component_nlp: Language) -> None:
    """ "WHO said": a user's own pipeline with the component reads the acronym as a name, as load_pipeline does."""
    doc = component_nlp("WHO said the outbreak in Kassala was spreading faster than expected.")
    assert doc[0].pos_ == "PROPN"
    assert [e.speaker.name for e in doc._.events if e.type == "statement"] == ["WHO"]


def test_the_component_tags_organisations_named_as_clauses(component_nlp: Language) -> None:
    """ "Save the Children said": a user's own pipeline with the component tags the name, as load_pipeline does."""
    doc = component_nlp("Save the Children said the camp in Kassala had run out of food.")
    assert [e.speaker.name for e in doc._.events if e.type == "statement"] == ["Save the Children"]
