"""Durations, frequencies and ages: expressions that are never the date of an event."""

from __future__ import annotations

import re

from eventkit.normalize.times.lexicon import _MAX_LEN, _lex, _normalize

_CALENDAR_WORDS = frozenset({"this", "last", "next", "that"})


def is_duration_or_frequency(expression: str) -> bool:
    """Tell whether an expression is a duration, a frequency or an age rather than a date.

    Such expressions never give the date of an event: "three hours of talks",
    "for two days", "a decade after", "for years", "every week", "weekly",
    "twice a year", "since 1994", "until 2025", "40-year-old", "age 16".
    "Since"/"until" phrases name one end of an interval, not the date of the
    event, so they count too. Point expressions ("two weeks ago", "the past
    two weeks", "last week") are not durations.

    Args:
        expression: The expression as written, optionally with the preposition
            before it ("for two days").

    Returns:
        True if the expression is a duration, frequency or age.
    """
    if not isinstance(expression, str):
        return False
    s = _normalize(expression)
    if not s or len(s) > _MAX_LEN:
        return False
    lex = _lex()
    words = s.split()
    if words[0] in lex.duration_prepositions:
        return True
    if any(w.strip(",") in lex.frequency_words for w in words):
        return True
    if any(p.search(s) for p in lex.frequency) or any(p.search(s) for p in lex.ages):
        return True
    if lex.unit_adjective.search(s):
        return True
    if lex.duration_shape.fullmatch(s) is None:
        return False
    # "the first week of March" is a date; "three days of talks" is not.
    tail = re.search(r" of (?:the )?([a-z]+|\d{4})\b", s)
    return tail is None or not (
        tail.group(1) in lex.months or tail.group(1).isdigit() or tail.group(1) in _CALENDAR_WORDS
    )
