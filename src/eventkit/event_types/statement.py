"""The built-in ``statement`` type: who said what, directly or reported, and who relayed it."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from eventkit.coreference import actor_key, actor_keys, same_actor
from eventkit.event_types.spec import EventTypeSpec
from eventkit.models import Actor, Event, Statement

__all__ = ["STATEMENT"]

#: Two contents of one speaker this similar (difflib ratio over their words) are one statement printed twice.
NEAR_REPEAT_RATIO = 0.9
#: ... when both have at least this many words (short contents differ by a word and mean different things).
NEAR_REPEAT_MIN_WORDS = 8


def _mergeable(a: Event, b: Event, headline: bool) -> bool:
    """Same speaker, and the content of one contains the other's or nearly repeats it.

    A page that prints a paragraph twice, once with a word added ("the
    repairs" / "the urgent repairs"), reports one statement.
    """
    assert isinstance(a, Statement) and isinstance(b, Statement)
    if not same_actor(a.speaker, b.speaker):
        return False
    ca, cb = a.content.lower(), b.content.lower()
    if not (ca and cb):
        return False
    if ca in cb or cb in ca:
        return True
    wa, wb = ca.split(), cb.split()
    if min(len(wa), len(wb)) < NEAR_REPEAT_MIN_WORDS:
        return False
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= NEAR_REPEAT_RATIO


def _merge_keys(event: Event) -> set[str]:
    """The speaker's keys: statements of speakers that share none never merge."""
    assert isinstance(event, Statement)
    return actor_keys(event.speaker)


def _combine(a: Event, b: Event) -> dict[str, Any]:
    assert isinstance(a, Statement) and isinstance(b, Statement)
    longer = a if len(a.content) >= len(b.content) else b
    return {
        "content": longer.content,
        "content_span": longer.content_span,
        "reported_by": a.reported_by or b.reported_by,
    }


def _key_parts(event: Event) -> list[str]:
    assert isinstance(event, Statement)
    return [actor_key(event.speaker), " ".join(event.content.lower().split()[:8])]


def _participants(event: Event) -> list[Actor]:
    assert isinstance(event, Statement)
    return [event.speaker] if event.speaker else []


def _columns(event: Event) -> dict[str, Any]:
    assert isinstance(event, Statement)
    return {"speaker": event.speaker.name if event.speaker else None, "content": event.content, "direct": event.direct}


def _summary(event: Event) -> str:
    assert isinstance(event, Statement)
    speaker = event.speaker.name if event.speaker else "?"
    content = event.content if len(event.content) <= 70 else event.content[:67] + "..."
    quote = '"' if event.direct else ""
    return f"{speaker}: {quote}{content}{quote}"


STATEMENT = EventTypeSpec(
    name="statement",
    model=Statement,
    extractor="eventkit.extractors.statement:extract_statements",
    id_prefix="S",
    mergeable=_mergeable,
    merge_keys=_merge_keys,
    combine=_combine,
    key_parts=_key_parts,
    participants=_participants,
    columns=_columns,
    summary=_summary,
    roles={"speaker": "speaker", "content_span": "content", "reported_by": "reported by", "audience": "audience"},
    colour="#c887fb",
    line_colour="#8e44d4",
    key_fields=("speaker", "content"),
    calibration="calibration/statement.yaml",
)
