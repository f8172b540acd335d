"""The grammar of one (non-range) date expression: dispatch to the absolute and relative readers."""

from __future__ import annotations

import datetime as dt
import re

from eventkit.models import Precision
from eventkit.normalize.times.absolute import _YEAR, _absolute, _item, _parse_decade, _with_year
from eventkit.normalize.times.calendar import _day, _month, _Period, _place, _year
from eventkit.normalize.times.lexicon import _lex, _strip_fillers
from eventkit.normalize.times.relative import _ago, _relative, _weekday


def _resolve(s: str, anchor: dt.date | None, direction: str, depth: int = 0) -> _Period | None:
    """Resolve one normalised, non-range expression. ``direction`` is past or future."""
    if depth > 3 or not s:
        return None
    lex = _lex()
    s = _strip_fillers(s)
    if s in lex.relative_days:
        return None if anchor is None else _day(anchor + dt.timedelta(days=lex.relative_days[s]))
    if lex.vague.fullmatch(s) or lex.anaphoric.fullmatch(s):
        return None
    m = _YEAR.fullmatch(s)
    if m:
        year = int(m.group(1))
        return _year(year) if 1000 <= year <= 2999 else None
    found = _parse_decade(s, anchor)
    if found is not None:
        return found
    m = lex.modifier.fullmatch(s)
    if m:
        return _modified(m.group("mod"), m.group("rest"), anchor, direction, depth)
    m = _NTH_WEEK.fullmatch(s)
    if m:
        return _nth_week(m.group("nth"), m.group("rest"), anchor, direction, depth)
    for resolver in (_with_year, _relative, _weekday, _ago):
        found = resolver(s, anchor, direction)
        if found is not None:
            return found
    item = _item(s)
    if item is not None:
        return None if anchor is None else _place(item, anchor, direction)
    parsed = _absolute(s)
    if parsed is None:
        return None
    found_year, found_month, found_day = parsed
    if found_year is None:
        return None
    if found_day is None:
        return _month(found_year, found_month)
    return _day(dt.date(found_year, found_month, found_day))


_NTH_WEEK = re.compile(
    r"(?:the )?(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|last|final) week of (?P<rest>.{1,60})"
)


def _nth_week(nth: str, rest: str, anchor: dt.date | None, direction: str, depth: int) -> _Period | None:
    """'the first week of March' -> 1-7 March; 'the last week of June' -> the last seven days of June."""
    month = _resolve(rest, anchor, direction, depth + 1)
    if month is None or month.precision != Precision.MONTH:
        return None
    if nth in {"last", "final"}:
        return _Period(month.end - dt.timedelta(days=6), month.end, Precision.RANGE)
    start = month.start + dt.timedelta(days=7 * (_lex().ordinals[nth] - 1))
    return _Period(start, start + dt.timedelta(days=6), Precision.RANGE)


def _modified(mod: str, rest: str, anchor: dt.date | None, direction: str, depth: int) -> _Period | None:
    """'late last month' -> last month; 'earlier this year' -> 1 January .. anchor."""
    lex = _lex()
    if rest in {"the year", "the month", "the week", "the quarter", "the decade"}:
        rest = "this " + rest[4:]
    inner = _resolve(rest, anchor, direction, depth + 1)
    if inner is None or anchor is None:
        return inner
    if mod == lex.clip_before and inner.start <= anchor <= inner.end:
        return _Period(inner.start, anchor, inner.precision)
    if mod == lex.clip_after and inner.start <= anchor <= inner.end:
        return _Period(anchor, inner.end, inner.precision)
    return inner
