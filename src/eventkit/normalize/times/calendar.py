"""Calendar periods and their arithmetic: days, weeks, months, quarters, years, decades, yearly items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from eventkit.models import Precision

#: Reference date used only to rank candidate DATE spans by width in select_date.
_RANKING_ANCHOR = dt.date(2001, 6, 15)


class _Period(NamedTuple):
    start: dt.date
    end: dt.date
    precision: Precision


# -------------------------------------------------------------- date helpers


def _add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def _month(year: int, month: int) -> _Period:
    return _Period(dt.date(year, month, 1), dt.date(year, month, _month_length(year, month)), Precision.MONTH)


def _year(year: int) -> _Period:
    return _Period(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)


def _quarter(year: int, quarter: int) -> _Period:
    first = 3 * (quarter - 1) + 1
    return _Period(dt.date(year, first, 1), _month(year, first + 2).end, Precision.QUARTER)


def _week_of(day: dt.date) -> _Period:
    monday = day - dt.timedelta(days=day.weekday())
    return _Period(monday, monday + dt.timedelta(days=6), Precision.WEEK)


def _decade_of(start_year: int) -> _Period:
    return _Period(dt.date(start_year, 1, 1), dt.date(start_year + 9, 12, 31), Precision.DECADE)


def _day(day: dt.date) -> _Period:
    return _Period(day, day, Precision.DAY)


def _calendar_unit(unit: str, day: dt.date) -> _Period | None:
    """The calendar week/month/quarter/year/decade containing ``day``."""
    if unit == "day":
        return _day(day)
    if unit in {"week", "fortnight"}:
        return _week_of(day)
    if unit == "month":
        return _month(day.year, day.month)
    if unit == "quarter":
        return _quarter(day.year, (day.month - 1) // 3 + 1)
    if unit == "year":
        return _year(day.year)
    if unit == "decade":
        return _decade_of(day.year - day.year % 10)
    return None


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` units (negative: back)."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * n)
    if unit == "month":
        return _add_months(day, n)
    if unit == "quarter":
        return _add_months(day, 3 * n)
    if unit == "year":
        return _add_months(day, 12 * n)
    return _add_months(day, 120 * n)  # decade


# ------------------------------------------------------- yearly calendar items

#: A thing that recurs every year ("December 4", "October", "summer", "Q3"):
#: given a year, its period in that year (None if it does not exist, e.g. Feb 29).
_Item = Callable[[int], "_Period | None"]


def _month_day_item(month: int, day: int) -> _Item:
    def in_year(year: int) -> _Period | None:
        try:
            return _day(dt.date(year, month, day))
        except ValueError:
            return None

    return in_year


def _place(item: _Item, anchor: dt.date, mode: str) -> _Period | None:
    """Choose the year of a calendar item relative to ``anchor``.

    Modes: ``past`` (latest starting on or before the anchor), ``future``
    (earliest ending on or after it), ``last`` (latest ending before it),
    ``next`` (earliest starting after it), ``this`` (the one containing the
    anchor, else the one in the anchor's year).
    """
    periods = [p for p in (item(y) for y in range(anchor.year - 9, anchor.year + 10)) if p is not None]
    if mode == "past":
        found = [p for p in periods if p.start <= anchor]
        return found[-1] if found else None
    if mode == "future":
        found = [p for p in periods if p.end >= anchor]
        return found[0] if found else None
    if mode == "last":
        found = [p for p in periods if p.end < anchor]
        return found[-1] if found else None
    if mode == "next":
        found = [p for p in periods if p.start > anchor]
        return found[0] if found else None
    containing = [p for p in periods if p.start <= anchor <= p.end]
    if containing:
        return containing[0]
    same_year = [p for p in periods if p.start.year == anchor.year]
    return same_year[0] if same_year else None


def _weekend(anchor: dt.date, mode: str) -> _Period:
    """Saturday..Sunday. past: the latest weekend starting on or before the anchor; future: the next one."""
    saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)  # latest Saturday on or before anchor
    if mode in {"last", "past"}:
        if mode == "last" and anchor.weekday() in {5, 6}:
            saturday -= dt.timedelta(days=7)
    elif mode == "next":
        saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7 or 7)
    elif anchor.weekday() not in {5, 6}:  # future / this: the coming weekend
        saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
    return _Period(saturday, saturday + dt.timedelta(days=1), Precision.RANGE)
