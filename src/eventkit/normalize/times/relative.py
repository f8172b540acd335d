"""Relative expressions: "last week", "the past two weeks", "next Friday", "three days ago"."""

from __future__ import annotations

import datetime as dt
import re

from eventkit.models import Precision
from eventkit.normalize.times.absolute import _item
from eventkit.normalize.times.calendar import _calendar_unit, _day, _Period, _place, _shift, _weekend
from eventkit.normalize.times.lexicon import _lex, _number


def _relative(s: str, anchor: dt.date | None, direction: str) -> _Period | None:
    """'last week', 'this month', 'next year', 'the past two weeks', 'last July', 'next summer', weekends."""
    lex = _lex()
    m = re.fullmatch(
        r"(?P<the>the )?(?P<rel>this past|this coming|last|past|previous|this|current|next|coming|upcoming)"
        r" (?P<rest>.{1,40})",
        s,
    )
    if not m:
        return None
    if anchor is None:
        return None
    rel, rest, the = m.group("rel"), m.group("rest"), bool(m.group("the"))
    if rest == "weekend":
        return _weekend(
            anchor, {"last": "last", "this past": "last", "past": "last", "next": "next"}.get(rel, direction)
        )
    if rest in lex.weekdays:
        return None  # handled by _weekday
    # rolling windows: "the past two weeks", "the last five years", "the next four years"
    n_unit = re.fullmatch(rf"(?:(?P<n>{lex.number_alt}) )?(?P<unit>{lex.unit_alt})", rest)
    if n_unit:
        unit = lex.units[n_unit.group("unit")]
        n = _number(n_unit.group("n")) if n_unit.group("n") else None
        rolling_back = rel in {"past", "this past"} or (the and rel in {"last", "previous"})
        rolling_ahead = rel in {"next", "coming", "upcoming"} and (the or rel != "next") and n is not None
        if rolling_back:
            return _Period(_shift(anchor, unit, -(n or 1)), anchor, Precision.RANGE)
        if rolling_ahead and n is not None:
            return _Period(anchor, _shift(anchor, unit, n), Precision.RANGE)
        if n is not None or the:
            return None
        offset = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}.get(rel)
        if offset is None:
            return None
        return _calendar_unit(unit, _shift(anchor, unit, offset))
    item = _item(rest)
    if item is None:
        return None
    mode = {"last": "last", "this past": "last", "past": "last", "previous": "last", "next": "next"}.get(rel)
    if mode is None:
        mode = "future" if rel in {"this coming", "coming", "upcoming"} else "this"
    return _place(item, anchor, mode)


def _weekday(s: str, anchor: dt.date | None, direction: str) -> _Period | None:
    """'Monday', 'last Tuesday', 'next Friday', 'this past Sunday', 'Monday of last week', 'the weekend'."""
    lex = _lex()
    wd = lex.weekday_alt
    if s in {"weekend", "the weekend", "this weekend"}:
        return None if anchor is None else _weekend(anchor, direction)
    m = re.fullmatch(
        rf"(?:(?:the )?(?P<rel>this past|this coming|last|past|this|next|coming|upcoming) )?(?P<wd>{wd})"
        rf"(?: (?:of )?(?P<week>last|this|next) week)?",
        s,
    )
    if not m:
        return None
    if anchor is None:
        return None
    target = lex.weekdays[m.group("wd")]
    if m.group("week"):
        if m.group("rel"):
            return None
        monday = anchor - dt.timedelta(days=anchor.weekday())
        offset = {"last": -7, "this": 0, "next": 7}[m.group("week")]
        return _day(monday + dt.timedelta(days=offset + target))
    rel = m.group("rel") or ""
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if rel in {"last", "this past", "past"}:
        return _day(anchor - dt.timedelta(days=back or 7))
    if rel == "next":
        return _day(anchor + dt.timedelta(days=ahead or 7))
    if rel in {"this coming", "coming", "upcoming"} or direction == "future":
        return _day(anchor + dt.timedelta(days=ahead))
    return _day(anchor - dt.timedelta(days=back))


def _ago(s: str, anchor: dt.date | None, direction: str) -> _Period | None:
    """'three days ago' (day), 'two weeks ago' (that week), 'a year ago' (that year), 'a decade ago' (that year)."""
    lex = _lex()
    m = re.fullmatch(
        rf"(?:(?:more than|over|nearly|almost|about|around|roughly|some|just|only) )?"
        rf"(?P<n>{lex.number_alt}) (?P<unit>{lex.unit_alt}) ago",
        s,
    )
    if not m or anchor is None:
        return None
    n = _number(m.group("n"))
    if n is None:
        return None
    unit = lex.units[m.group("unit")]
    shifted = _shift(anchor, unit, -n)
    return _calendar_unit("year" if unit == "decade" else unit, shifted)
