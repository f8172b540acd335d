"""Names that are what they look like (issue 18, docs/robustness.md).

Actor, speaker and place names are NFC-normalised and carry no invisible or
bidirectional control characters, while every span still quotes the raw
input; the fingerprint uses the cleaned name, so one name written three ways
is one event.
"""

from __future__ import annotations

import unicodedata

import pytest
from grounding import assert_grounded

from eventkit.api import Extractor
from eventkit.merge import dedupe, fingerprint
from eventkit.normalize.actors import ActorIndex
from eventkit.normalize.names import clean_name
from eventkit.normalize.places import resolve_place
from eventkit.text.clean import clean

#: One of each: direction marks, embeddings and overrides, isolates, zero-width, word joiner, BOM.
CONTROLS = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
            "\u2066", "\u2067", "\u2068", "\u2069", "\u2060", "\ufeff"]  # fmt: skip

KISHIDA = {
    "composed": "Fumio Kishida",
    "decomposed": unicodedata.normalize("NFD", "Fumio Kishida"),
    "control-laden": "\u2067Fumio\u200f Kishi\u200bda\u202c\u2069",
}
ERDOGAN = {"composed": "Recep Tayyip Erdo\u011fan", "decomposed": "Recep Tayyip Erdog\u0306an"}


def _article(name: str) -> str:
    return (
        f"Japanese Prime Minister {name} met Kenyan President William Ruto in Nairobi on Monday.\n\n"
        f'"We agreed to expand the port," {name} told reporters after the talks.\n'
    )


@pytest.mark.parametrize("control", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_clean_name_drops_every_invisible_and_bidi_control(control: str) -> None:
    assert clean_name(f"{control}Fumio{control} Kishi{control}da{control}") == "Fumio Kishida"


def test_clean_name_is_nfc_and_collapses_whitespace() -> None:
    assert clean_name("Jose\u0301  Ramos-Horta ") == "Jos\u00e9 Ramos-Horta"
    assert clean_name(ERDOGAN["decomposed"]) == ERDOGAN["composed"]
    assert clean_name("\u202e\u2066\u200b") == ""


def test_place_names_are_clean_and_still_resolve() -> None:
    place = resolve_place("\u200fNairobi\u202c")
    assert place is not None and place.name == "Nairobi" and place.country == "KEN"
    place = resolve_place("Bogota\u0301")
    assert place is not None and place.name == "Bogot\u00e1" and place.country == "COL"
    assert resolve_place("\u2066\u2069") is None


def test_the_cleaned_text_drops_controls_and_composes_accents_but_offsets_stay_raw() -> None:
    raw = f"Minister {KISHIDA['control-laden']} met {ERDOGAN['decomposed']}."
    cleaned = clean(raw)
    assert cleaned.text == f"Minister Fumio Kishida met {ERDOGAN['composed']}."
    start = cleaned.text.index("Erdo")
    raw_start, raw_end = cleaned.offsets.raw_span(start, start + len("Erdo\u011fan"))
    assert raw[raw_start:raw_end] == "Erdog\u0306an"


@pytest.mark.model
def test_actor_names_from_an_uncleaned_doc_are_clean(extractor: Extractor) -> None:
    """A Doc made straight from raw text (the spaCy component's path) still gives clean names."""
    doc = extractor.nlp(_article(KISHIDA["control-laden"]))
    index = ActorIndex(doc)
    names = {rec.name for rec in index.records}
    assert not any(ch in name for name in names for ch in CONTROLS), names
    assert any("Kishida" in name for name in names), names


@pytest.mark.model
def test_one_name_written_three_ways_dedupes_to_one_event(extractor: Extractor) -> None:
    events = []
    for form, name in KISHIDA.items():
        text = _article(name)
        result = extractor.extract(text, published="2024-03-14")
        assert_grounded(result, text)  # offsets point into the raw text, controls included
        (meeting,) = result.meetings
        assert {p.name for p in meeting.participants} == {"Fumio Kishida", "William Ruto"}, form
        speakers = [s.speaker.name for s in result.statements if s.speaker]
        assert speakers == ["Fumio Kishida"], form
        if form == "control-laden":
            mention = next(p for p in meeting.participants if p.name == "Fumio Kishida").mentions[0]
            assert "\u200f" in mention.text  # the span quotes the raw input
        events += [e.model_copy(update={"sources": [form]}) for e in result.events]
    merged = dedupe(events)
    assert [str(e.type) for e in merged] == ["meeting", "statement"]
    assert all(sorted(e.sources) == sorted(KISHIDA) for e in merged)


@pytest.mark.model
def test_decomposed_accents_give_the_same_event(extractor: Extractor) -> None:
    found = []
    for name in ERDOGAN.values():
        text = f"Turkish President {name} met Kenyan President William Ruto in Nairobi on Monday."
        (meeting,) = extractor.extract(text, published="2024-03-14").meetings
        assert ERDOGAN["composed"] in {p.name for p in meeting.participants}
        found.append(meeting)
    assert len(dedupe(found)) == 1


@pytest.mark.model
def test_the_fingerprint_uses_the_cleaned_name(extractor: Extractor) -> None:
    (meeting,) = extractor.extract(_article("Fumio Kishida"), published="2024-03-14").meetings
    laden = [p.model_copy(update={"name": f"\u202e{p.name}\u200b"}) for p in meeting.participants]
    assert fingerprint(meeting.model_copy(update={"participants": laden})) == fingerprint(meeting)
