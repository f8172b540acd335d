"""Ranges: "Feb. 28-March 2", "from December 1 to 3", "2019-20", "between May and July"."""

from __future__ import annotations

import datetime as dt
import re

from eventkit.models import Precision
from eventkit.normalize.times.absolute import _absolute
from eventkit.normalize.times.calendar import _day, _Period, _year
from eventkit.normalize.times.resolve import _resolve

_RANGE_SPLITS = (
    re.compile(r"(?:from|between) (?P<a>.{1,60}?) ?(?: (?:to|through|thru|until|till|and) | ?- ?)(?P<b>.{1,60})"),
    re.compile(r"(?P<a>.{1,60}?) (?:to|through|thru|until|till|and) (?P<b>.{1,60})"),
    re.compile(r"(?P<a>.{1,60}?) ?- ?(?P<b>.{1,60})"),
)
_BARE_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_HAS_YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b")


def _resolve_range(s: str, anchor: dt.date | None, direction: str, *, around: bool = True) -> _Period | None:
    for pattern in _RANGE_SPLITS:
        m = pattern.fullmatch(s)
        if not m:
            continue
        a, b = m.group("a").strip(" ,"), m.group("b").strip(" ,")
        found = _range(a, b, anchor, direction)
        if found is not None:
            return _around(found, a, b, anchor) if around else found
    return None


def _around(found: _Period, a: str, b: str, anchor: dt.date | None) -> _Period:
    """The same year-less calendar range a year later or earlier when that one holds the anchor.

    "from 12 to 15 March" published on 14 March is under way: it is this
    year's, whichever reading (past or future) placed it a year away. Only
    ranges of calendar dates without a year move ("from 12 to 15 March",
    "March 10-20"); a weekday or a relative side ("Monday to Wednesday",
    "next Tuesday") keeps its reading.
    """
    if anchor is None or found.start <= anchor <= found.end or _HAS_YEAR.search(f"{a} {b}"):
        return found
    if not all(_BARE_DAY.fullmatch(side) or _absolute(side) is not None for side in (a, b)):
        return found
    for shift in (1, -1):
        try:
            start = found.start.replace(year=found.start.year + shift)
            end = found.end.replace(year=found.end.year + shift)
        except ValueError:  # 29 February
            continue
        if start <= anchor <= end:
            return _Period(start, end, found.precision)
    return found


def _range(a: str, b: str, anchor: dt.date | None, direction: str) -> _Period | None:
    """'February 28' + 'March 2', 'December 1' + '3', '2019' + '21', '1' + '3 December 2023'."""
    first: _Period | None
    last: _Period | None
    bare_b = _BARE_DAY.fullmatch(b)
    bare_a = _BARE_DAY.fullmatch(a)
    if bare_b and len(b) <= 4:
        first = _resolve(a, anchor, direction)
        if first is None:
            return None
        if first.precision == Precision.YEAR and len(bare_b.group(1)) == 2:  # "2019-20"
            end_year = first.start.year // 100 * 100 + int(bare_b.group(1))
            return _span(first, _year(end_year)) if end_year > first.start.year else None
        if first.precision != Precision.DAY:
            return None
        try:
            last = _day(first.start.replace(day=int(bare_b.group(1))))
        except ValueError:
            return None
        return _span(first, last)
    if bare_a and len(a) <= 4:
        last = _resolve(b, anchor, direction)
        if last is None or last.precision != Precision.DAY:
            return None
        try:
            first = _day(last.start.replace(day=int(bare_a.group(1))))
        except ValueError:
            return None
        return _span(first, last)
    a_year, b_year = bool(_HAS_YEAR.search(a)), bool(_HAS_YEAR.search(b))
    if b_year and not a_year:
        last = _resolve(b, anchor, direction)
        if last is None:
            return None
        first = _resolve(a, last.end, "past")
        return _span(first, last) if first is not None else None
    first = _resolve(a, anchor, direction)
    if first is None:
        return None
    if a_year and not b_year:  # "Dec. 28, 2022 to Jan. 3": the end follows the start
        last = _resolve(b, first.start, "future")
    else:
        last = _resolve(b, anchor, direction)
        if not b_year and (last is None or last.end < first.start):
            last = _resolve(b, first.start, "future")
    return _span(first, last) if last is not None else None


def _span(first: _Period, last: _Period) -> _Period | None:
    if last.end < first.start:
        return None
    return _Period(first.start, last.end, Precision.RANGE)
