"""Absolute expressions: years, decades, month-name and numeric dates (via ``dateparser``), yearly items."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from eventkit.models import Precision
from eventkit.normalize.times.calendar import (
    _add_months,
    _decade_of,
    _Item,
    _month,
    _month_day_item,
    _Period,
    _quarter,
)
from eventkit.normalize.times.lexicon import _lex

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

#: The two reference years given to dateparser: a year that changes with the base was not written.
_BASE_A = dt.datetime(2000, 6, 15)
_BASE_B = dt.datetime(2004, 6, 15)


# ------------------------------------------------------------------ dateparser


@cache
def _parsers() -> tuple[DateDataParser, DateDataParser]:
    """Two absolute-date parsers that differ only in their base year (built once)."""
    from dateparser.date import DateDataParser

    def make(base: dt.datetime) -> DateDataParser:
        settings = {
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "current_period",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": False,
            "PARSERS": ["absolute-time"],
        }
        return DateDataParser(languages=["en"], settings=settings)

    return make(_BASE_A), make(_BASE_B)


_NUMERIC_DATE = re.compile(
    r"\d{4}-(?:0?[1-9]|1[0-2])(?:-\d{1,2})?|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}/\d{1,2}/\d{1,2}"
)
_TOKENS = re.compile(r"[a-z]+|\d+|\S")
_GATE_WORDS = frozenset({"of", "the", "st", "nd", "rd", "th"})


def _gate(s: str) -> bool:
    """Only month-name or numeric dates reach dateparser (never relative words)."""
    if _NUMERIC_DATE.fullmatch(s):
        return True
    lex = _lex()
    tokens = _TOKENS.findall(s)
    if len(tokens) > 12:
        return False
    has_month = False
    numbers = 0
    for tok in tokens:
        if tok.isdigit():
            numbers += 1
            if len(tok) > 4:
                return False
        elif tok in lex.months:
            has_month = True
        elif tok not in lex.weekdays and tok not in _GATE_WORDS and tok not in {",", "'"}:
            return False
    return has_month and numbers <= 3


@lru_cache(maxsize=4096)
def _absolute(s: str) -> tuple[int | None, int, int | None] | None:
    """(year or None, month, day or None) of an absolute month-name/numeric date, via dateparser."""
    if not _gate(s):
        return None
    try:
        first, second = (p.get_date_data(s) for p in _parsers())
    except Exception:  # dateparser must never break extraction
        return None
    a, b = first.date_obj, second.date_obj
    if a is None or b is None or first.period not in {"day", "month"}:
        return None
    year = a.year if a.year == b.year else None
    return year, a.month, (a.day if first.period == "day" else None)


def _item(s: str) -> _Item | None:
    """Parse a calendar item without a year, or None."""
    lex = _lex()
    s = s.removeprefix("the ")
    if s in lex.months:
        month = lex.months[s]
        return lambda year: _month(year, month)
    if s in lex.seasons:
        first, length = lex.seasons[s]

        def season(year: int) -> _Period:
            start = dt.date(year, first, 1)
            return _Period(start, _add_months(start, length) - dt.timedelta(days=1), Precision.RANGE)

        return season
    if s in lex.holidays:
        return _month_day_item(*lex.holidays[s])
    m = re.fullmatch(r"(?:q([1-4])|(\w{1,6}) quarter)", s)
    if m:
        quarter = int(m.group(1)) if m.group(1) else lex.ordinals.get(m.group(2) or "")
        if quarter is None or not 1 <= quarter <= 4:
            return None
        return lambda year: _quarter(year, quarter)
    m = re.fullmatch(r"(?:h([12])|(first|second|1st|2nd) half)", s)
    if m:
        half = int(m.group(1)) if m.group(1) else lex.ordinals[m.group(2)]

        def half_year(year: int) -> _Period:
            first = 1 if half == 1 else 7
            return _Period(dt.date(year, first, 1), _month(year, first + 5).end, Precision.RANGE)

        return half_year
    parsed = _absolute(s)
    if parsed is None or parsed[0] is not None:
        return None
    _, month, day = parsed
    if day is None:
        return lambda year: _month(year, month)
    return _month_day_item(month, day)


_DECADE = re.compile(r"(?:the )?(?:(?:early|mid|late)[ -])?(?:(\d{3})0|'(\d)0|(\d)0)'?s")
_YEAR = re.compile(r"(?:the year )?(\d{4})")
_REL_YEAR = {"this year": 0, "last year": -1, "next year": 1, "the following year": 1, "the previous year": -1}


def _parse_decade(s: str, anchor: dt.date | None) -> _Period | None:
    lex = _lex()
    m = _DECADE.fullmatch(s)
    if m:
        if m.group(1):
            return _decade_of(int(m.group(1)) * 10)
        return _two_digit_decade(int(m.group(2) or m.group(3)) * 10, anchor)
    m = re.fullmatch(r"(?:the )?(?:(?:early|mid|late)[ -])?(\w{1,9})", s)
    if m and m.group(1) in lex.decade_words:
        return _two_digit_decade(lex.decade_words[m.group(1)], anchor)
    return None


def _two_digit_decade(decade: int, anchor: dt.date | None) -> _Period:
    """'80s -> the 1980s; a two-digit decade is the latest one that has begun by the anchor (else 19xx)."""
    if anchor is not None and 2000 + decade <= anchor.year:
        return _decade_of(2000 + decade)
    return _decade_of(1900 + decade)


def _with_year(s: str, anchor: dt.date | None, direction: str) -> _Period | None:
    """'<item> 2023', '<item> of last year', 'August this year'."""
    m = re.fullmatch(
        r"(?P<x>.{1,60}?),? (?:of )?(?P<y>\d{4}|this year|last year|next year|the following year|the previous year)", s
    )
    if not m:
        return None
    y = m.group("y")
    if y.isdigit():
        year = int(y)
    elif anchor is None:
        return None
    else:
        year = anchor.year + _REL_YEAR[y]
    item = _item(m.group("x"))
    return item(year) if item is not None else None
