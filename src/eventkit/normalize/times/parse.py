"""The public resolver: a date expression to a :class:`~eventkit.models.When` against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from eventkit.models import When
from eventkit.normalize.times.anchor import coerce_published
from eventkit.normalize.times.calendar import _Period
from eventkit.normalize.times.durations import is_duration_or_frequency
from eventkit.normalize.times.lexicon import _MAX_LEN, Direction, _lex, _normalize, _strip_fillers
from eventkit.normalize.times.ranges import _resolve_range
from eventkit.normalize.times.resolve import _resolve


def parse_date(
    expression: str,
    *,
    published: dt.date | dt.datetime | str | None,
    direction: Direction = "auto",
    around: bool = True,
) -> When | None:
    """Resolve a date expression to a period, relative to the publication date.

    >>> parse_date("last Thursday", published="2023-12-05").start
    datetime.date(2023, 11, 30)
    >>> w = parse_date("from February 28 to March 2", published="2023-12-05")
    >>> (w.start.isoformat(), w.end.isoformat(), w.precision.value)
    ('2023-02-28', '2023-03-02', 'range')

    Args:
        expression: The expression as written ("on December 4", "last week",
            "the 1990s", "Feb. 28-March 2"). Leading prepositions and hedges
            ("in", "on", "just", "as early as") are ignored.
        published: The publication date (date, datetime or ISO string) that
            relative expressions are resolved against. ``None``: only
            expressions with an explicit year resolve.
        direction: How to read expressions without a year or week: ``past``
            (the latest such day on or before publication), ``future`` (the
            next one on or after it), or ``auto`` (past unless the expression
            itself says next, coming, upcoming or tomorrow). Usually the tense
            of the clause (:func:`clause_direction`).
        around: Whether a year-less calendar range that holds the publication
            day is this year's whatever the direction (``ranges._around``);
            ``False`` when the sentence dates it by another year ("Last year,
            ... from 15 to 25 November").

    Returns:
        A :class:`~eventkit.models.When` with inclusive ``start`` and ``end``,
        a precision and ``anchor`` = the publication date; or ``None`` for
        durations and frequencies, vague ("recently", "in the near term") and
        anaphoric ("the next day") expressions, relative expressions without a
        publication date, and anything that cannot be read. Never raises for a
        bad expression.

    Raises:
        TypeError: If ``published`` has an unsupported type.
        ValueError: If ``published`` is a string that is not an ISO date.
    """
    anchor = coerce_published(published)
    if direction not in {"past", "future", "auto"}:
        raise ValueError(f"direction must be 'past', 'future' or 'auto', not {direction!r}")
    if not isinstance(expression, str):
        return None
    when = _parse_cached(expression, anchor, direction, around)
    return when.model_copy() if when is not None else None


@lru_cache(maxsize=8192)
def _parse_cached(expression: str, anchor: dt.date | None, direction: str, around: bool = True) -> When | None:
    try:
        period = _parse(expression, anchor, direction, around)
    except (ValueError, OverflowError, RecursionError):
        return None
    if period is None:
        return None
    return When(text=expression, start=period.start, end=period.end, precision=period.precision, anchor=anchor)


def _parse(expression: str, anchor: dt.date | None, direction: str, around: bool = True) -> _Period | None:
    s = _normalize(expression)
    if not s or len(s) > _MAX_LEN or is_duration_or_frequency(s):
        return None
    if direction == "auto":
        future = any(w in _lex().future_cues for w in re.findall(r"[a-z]+", s))
        direction = "future" if future else "past"
    found = _resolve(s, anchor, direction)
    if found is None:
        found = _resolve_range(_strip_fillers(s), anchor, direction, around=around)
    return found
