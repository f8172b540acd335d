"""A user lexicon passed to an Extractor changes what that extractor finds, and only that one."""

from __future__ import annotations

from pathlib import Path

import pytest

import eventkit
from eventkit.api import Extractor

pytestmark = pytest.mark.model

TEXT = "Chancellor Anna Berger huddled with President Marco Rossi in Vienna on Tuesday."
HUDDLE = {"id": "verb_huddle", "lemmas": ["huddle"], "pos": ["VERB"], "kind": "meeting", "frame": "symmetric"}


def test_an_extended_trigger_lexicon_adds_meetings(extractor: Extractor) -> None:
    assert not extractor.extract(TEXT, published="2024-05-02").meetings
    mine = eventkit.Extractor(
        extractor.nlp, lexicons=eventkit.Resources().extend("meeting_triggers", {"triggers": [HUDDLE]})
    )
    meetings = mine.extract(TEXT, published="2024-05-02").meetings
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants} == {"Anna Berger", "Marco Rossi"}
    assert meetings[0].rule_ids == ["meeting.verb_huddle.v1"]
    # the default extractor is untouched
    assert not extractor.extract(TEXT, published="2024-05-02").meetings


def test_a_lexicon_file_given_by_name(extractor: Extractor, tmp_path: Path) -> None:
    file = tmp_path / "more_meetings.yaml"
    file.write_text(
        "triggers:\n  - {id: verb_huddle, lemmas: [huddle], pos: [VERB], kind: meeting, frame: symmetric}\n",
        encoding="utf-8",
    )
    mine = eventkit.Extractor(extractor.nlp, lexicons={"meeting_triggers": file})
    assert len(mine.extract(TEXT, published="2024-05-02").meetings) == 1


def test_a_replaced_lexicon_removes_words(extractor: Extractor) -> None:
    text = "Chancellor Anna Berger met President Marco Rossi in Vienna on Tuesday."
    assert extractor.extract(text, published="2024-05-02").meetings
    only_huddle = eventkit.Resources().replace("meeting_triggers", {"triggers": [HUDDLE]})
    mine = eventkit.Extractor(extractor.nlp, lexicons=only_huddle)
    assert not mine.extract(text, published="2024-05-02").meetings


def test_a_bad_user_lexicon_fails_where_it_is_given(extractor: Extractor) -> None:
    with pytest.raises(ValueError, match="symetric"):
        eventkit.Extractor(
            extractor.nlp, lexicons={"meeting_triggers": {"triggers": [{**HUDDLE, "frame": "symetric"}]}}
        )


def test_a_user_boilerplate_pattern_reaches_the_cleaning_stage(extractor: Extractor) -> None:
    text = (
        "Harbour Talks Resume\n\n"
        "Chancellor Anna Berger met President Marco Rossi in Vienna on Tuesday.\n\n"
        "Members' corner: Editor Jane Doe said readers can send their questions about the talks by email.\n"
    )
    promo = text.index("Members")
    before = extractor.extract(text, published="2024-05-02")
    assert any(e.trigger is not None and e.trigger.start > promo for e in before.events)
    mine = eventkit.Extractor(extractor.nlp, lexicons={"boilerplate": {"drop_line": ["^members' corner:"]}})
    after = mine.extract(text, published="2024-05-02")
    assert after.meetings and all(e.trigger is None or e.trigger.start < promo for e in after.events)
