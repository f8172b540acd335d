"""Verbs the small English model reads as nouns in headlines and captions, retagged after the parser."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

    from eventkit.api import Extractor

PUBLISHED = "2026-11-20"


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        (
            "Chinese President Xi Jinping greets Brazilian President Lula da Silva in Beijing, May 13, 2025.",
            "greets",
            "VBZ",
        ),
        ("Harbour officials said they can front-load some of the repair work.", "load", "VB"),
    ],
)
def test_a_noun_with_a_subject_and_an_object_is_a_verb(nlp: Language, text: str, word: str, tag: str) -> None:
    (token,) = [t for t in nlp(text) if t.text == word]
    assert (token.tag_, token.pos_, token.lemma_) == (tag, "VERB", word.removesuffix("s"))


@pytest.mark.parametrize(
    "text",
    [
        "The talks were a success, officials said.",
        "Heavy storms hit the coast on Monday.",
        "Leaders praised the storm response.",
    ],
)
def test_nouns_stay_nouns(nlp: Language, text: str) -> None:
    """A noun that the parser gives no subject and object keeps its tag."""
    doc = nlp(text)
    assert all(t.pos_ == "NOUN" for t in doc if t.lower_ in {"talks", "success", "storms", "storm", "response"})


def test_a_caption_in_the_present_tense_holds_its_meeting(extractor: Extractor) -> None:
    text = "Chinese President Xi Jinping greets Brazilian President Luiz Inacio Lula da Silva in Beijing, May 13, 2025."
    (meeting,) = extractor.extract(text, published=PUBLISHED).meetings
    assert {a.name for a in meeting.participants} == {"Xi Jinping", "Luiz Inacio Lula da Silva"}
    assert meeting.date is not None and meeting.date.start.isoformat() == "2025-05-13"


@pytest.mark.parametrize(
    "text",
    ["Ghana host Celtic in Accra on Sunday", "Japan storm Brazil on Saturday", "Gunmen storm schools in Zamfara"],
)
def test_a_plural_present_in_a_headline_stays_a_noun(nlp: Language, text: str) -> None:
    """Round 42 review: "Ghana host Celtic", "Japan storm Brazil" are fixtures as often as acts: no retagging."""
    doc = nlp(text)
    assert all(t.pos_ != "VERB" for t in doc if t.lower_ in {"host", "storm"})


def test_the_repair_is_added_once(nlp: Language) -> None:
    from eventkit.nlp.tags import add_verb_tags

    add_verb_tags(nlp)
    assert nlp.pipe_names.count("eventkit_verb_tags") == 1
    assert nlp.pipe_names.index("eventkit_verb_tags") == nlp.pipe_names.index("parser") + 1
