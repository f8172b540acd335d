"""The lexicon-driven extractor of user types reads agents and patients off the parse (hand-built Docs, no model)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventkit.extractors.generic import _arguments, _noun_phrase

MakeDoc = Callable[..., Any]


def test_a_transitive_verb_takes_subject_and_object(make_doc: MakeDoc) -> None:
    # "Washington sanctioned Moscow"
    doc = make_doc(["Washington", "sanctioned", "Moscow"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                   pos=["PROPN", "VERB", "PROPN"])  # fmt: skip
    agents, patients = _arguments(doc[1], "transitive", ("on",))
    assert [t.text for t in agents] == ["Washington"] and [t.text for t in patients] == ["Moscow"]


def test_a_passive_swaps_the_roles(make_doc: MakeDoc) -> None:
    # "Moscow was sanctioned by Washington"
    doc = make_doc(["Moscow", "was", "sanctioned", "by", "Washington"], heads=[2, 2, 2, 2, 3],
                   deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
                   pos=["PROPN", "AUX", "VERB", "ADP", "PROPN"])  # fmt: skip
    agents, patients = _arguments(doc[2], "transitive", ("on",))
    assert [t.text for t in agents] == ["Washington"] and [t.text for t in patients] == ["Moscow"]


def test_a_noun_takes_the_light_verbs_subject_and_its_prepositional_object(make_doc: MakeDoc) -> None:
    # "Brussels imposed new sanctions on Minsk"
    doc = make_doc(["Brussels", "imposed", "new", "sanctions", "on", "Minsk"], heads=[1, 1, 3, 1, 3, 4],
                   deps=["nsubj", "ROOT", "amod", "dobj", "prep", "pobj"],
                   pos=["PROPN", "VERB", "ADJ", "NOUN", "ADP", "PROPN"])  # fmt: skip
    agents, patients = _arguments(doc[3], "nominal", ("on",))
    assert [t.text for t in agents] == ["Brussels"] and [t.text for t in patients] == ["Minsk"]
    assert _noun_phrase(doc[3]) == "new sanctions"


def test_a_possessor_is_the_agent_of_a_noun(make_doc: MakeDoc) -> None:
    # "Canada's embargo against Iran"
    doc = make_doc(["Canada", "'s", "embargo", "against", "Iran"], heads=[2, 0, 2, 2, 3],
                   deps=["poss", "case", "ROOT", "prep", "pobj"],
                   pos=["PROPN", "PART", "NOUN", "ADP", "PROPN"])  # fmt: skip
    agents, patients = _arguments(doc[2], "nominal", ("against",))
    assert [t.text for t in agents] == ["Canada"] and [t.text for t in patients] == ["Iran"]
