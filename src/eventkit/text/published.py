"""The publication date: coercing a caller's value and detecting it in an article.

Relative dates ("last Thursday") are resolved against the publication date, so
eventkit needs one. Callers may pass it (:func:`coerce_published` checks what
they pass); otherwise :func:`detect_published` looks for it in the article's
byline, publication stamp or dateline:

* bylines and stamps: "Written by Jane Doe on December 5, 2023",
  "By Jane Doe | March 3, 2021", "Published: 2021-05-04",
  "Updated March 3, 2022 10:15 a.m. ET", "Posted on 4 May 2021";
* datelines: "Concepcion, 23 Aug 88 (Santiago Domestic Service) --";
* a line that holds nothing but a full date ("December 5, 2023").

Only the top of the article is searched (the first 15 lines and 1,500
characters), plus lines anywhere that start with a byline cue ("Published",
"Updated", "Written by" ...). A date must carry its year: a dateline such as
"BEIJING, Dec. 4 (Xinhua) --" gives no publication date (guessing the year
would silently shift every relative date), unless the same header block
states the year on a copyright line ("(c) 2023 Xinhua").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from eventkit.lexicons import load_yaml

__all__ = ["coerce_published", "detect_published"]

_LEXICON = "lexicons/time.en.yaml"
_TOP_LINES = 15
_TOP_CHARS = 1500
_MAX_LINE = 300


def coerce_published(value: object) -> dt.date | None:
    """Turn a caller's publication date into a :class:`datetime.date`.

    Args:
        value: ``None``, a ``date``, a ``datetime`` (its date is used) or an
            ISO 8601 string ("2023-12-05", "2023-12-05T10:15:00+08:00",
            "2023-12-05T10:15:00Z").

    Returns:
        The date, or ``None`` when ``value`` is ``None``.

    Raises:
        TypeError: If ``value`` is of any other type (int, float, bytes ...).
        ValueError: If ``value`` is a string that is not an ISO 8601 date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text[-1:] in {"Z", "z"}:
            text = text[:-1] + "+00:00"  # Python 3.10's fromisoformat does not read "Z"
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(
                f"published must be an ISO 8601 date such as '2023-12-05' or '2023-12-05T10:15:00', not {value!r}"
            ) from None
    raise TypeError(
        f"published must be None, a datetime.date, a datetime.datetime or an ISO 8601 string, "
        f"not {type(value).__name__}"
    )


# ------------------------------------------------------------------ detection


@dataclass(frozen=True)
class _Patterns:
    months: dict[str, int]
    date: re.Pattern[str]
    byline: re.Pattern[str]
    dateline: re.Pattern[str]
    copyright_year: re.Pattern[str]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _patterns() -> _Patterns:
    data = load_yaml(_LEXICON)
    months = {str(k): int(v) for k, v in data["months"].items()}
    month = rf"(?:{_alt(list(months))})\.?"
    weekday = rf"(?:(?:{_alt([str(w) for w in data['weekdays']])})\.?,? )?"
    # Each alternative is a fixed sequence of bounded pieces: linear time.
    date = re.compile(
        rf"(?<![\w-])(?:"
        rf"{weekday}(?P<m1>{month}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y1>\d{{4}})"
        rf"|{weekday}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m2>{month}),? (?P<y2>\d{{4}}|\d{{2}})"
        rf"|(?P<y3>\d{{4}})-(?P<n3>\d{{2}})-(?P<d3>\d{{2}})"
        rf"|(?P<y4>\d{{4}})/(?P<n4>\d{{1,2}})/(?P<d4>\d{{1,2}})"
        rf")(?![\w-])",
        re.IGNORECASE,
    )
    cues = _alt([str(c) for c in data["byline_cues"]])
    byline = re.compile(rf"[ \t>#*_\[]{{0,6}}(?P<cue>{cues})(?![a-z])", re.IGNORECASE)
    # "CITY, <date> (Agency) --" or "CITY, <date> --" at the start of a line.
    dateline = re.compile(r"[A-Z][A-Za-z.' ]{1,40}(?:, [A-Za-z.' ]{1,30})?, ", re.ASCII)
    copyright_year = re.compile(r"(?:\(c\)|©|copyright)\s{0,3}(\d{4})\b", re.IGNORECASE)
    return _Patterns(months, date, byline, dateline, copyright_year)


def _to_date(m: re.Match[str]) -> dt.date | None:
    pats = _patterns()
    try:
        if m.group("y1"):
            month = pats.months[m.group("m1").rstrip(".").lower()]
            return dt.date(int(m.group("y1")), month, int(m.group("d1")))
        if m.group("y2"):
            month = pats.months[m.group("m2").rstrip(".").lower()]
            year = int(m.group("y2"))
            if len(m.group("y2")) == 2:  # the strptime %y pivot: 69-99 -> 19xx, 00-68 -> 20xx
                year += 1900 if year >= 69 else 2000
            return dt.date(year, month, int(m.group("d2")))
        if m.group("y3"):
            return dt.date(int(m.group("y3")), int(m.group("n3")), int(m.group("d3")))
        if m.group("y4"):
            return dt.date(int(m.group("y4")), int(m.group("n4")), int(m.group("d4")))
    except (KeyError, ValueError):
        return None
    return None


def _lines(raw: str) -> list[tuple[int, str]]:
    """(offset, line) for every line, without the newline."""
    out = []
    offset = 0
    for line in raw.splitlines(keepends=True):
        out.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return out


def _first_date(line: str, offset: int, *, pos: int = 0, endpos: int | None = None) -> tuple[dt.date, int, int] | None:
    pats = _patterns()
    for m in pats.date.finditer(line, pos, len(line) if endpos is None else endpos):
        found = _to_date(m)
        if found is not None:
            return found, offset + m.start(), offset + m.end()
    return None


#: What follows the date of a dateline: an optional "(Agency)" and a dash or colon.
_DATELINE_END = re.compile(r"[ \t]{0,3}(?:\([^()\n]{1,60}\)[ \t]{0,3})?(?:--|-|\u2013|\u2014|:)")


def _is_byline(line: str, cue: re.Match[str]) -> bool:
    """A bare "By ..." cue must be followed by a name and the line must be short (not a sentence)."""
    if cue.group("cue").lower() != "by":
        return True
    rest = line[cue.end() :].lstrip()
    return bool(rest) and (rest[0].isupper() or rest[0] == "[") and len(line.split()) <= 20


def _dateline_without_year(line: str) -> bool:
    """'BEIJING, Dec. 4 (Xinhua) --': a dateline whose date has no year."""
    pats = _patterns()
    m = pats.dateline.match(line)
    if not m:
        return False
    rest = line[m.end() : m.end() + 40]
    month = re.match(rf"(?:{_alt(list(pats.months))})\.? \d{{1,2}}\b", rest, re.IGNORECASE)
    return month is not None and ("--" in line[:120] or "(" in rest)


def detect_published(raw: str) -> tuple[dt.date, int, int] | None:
    """Find the article's publication date in its byline, stamp or dateline.

    Args:
        raw: The raw article text.

    Returns:
        ``(date, start, end)`` where ``raw[start:end]`` is the date expression
        ("December 5, 2023"), or ``None`` when no dated byline, stamp or
        dateline is found. Dates without a year are ignored.
    """
    if not isinstance(raw, str) or not raw:
        return None
    pats = _patterns()
    lines = _lines(raw)
    top = [(off, line) for off, line in lines[:_TOP_LINES] if off < _TOP_CHARS]
    # 1. byline / stamp lines at the top, then anywhere.
    for off, line in [*top, *lines[len(top) :]]:
        if len(line) > _MAX_LINE:
            continue
        cue = pats.byline.match(line)
        if cue and _is_byline(line, cue):
            found = _first_date(line, off, pos=cue.end())
            if found is not None:
                return found
    # 2. datelines and date-only lines at the top.
    for off, line in top:
        stripped = line.strip()
        if not stripped or len(line) > _MAX_LINE:
            continue
        m = pats.dateline.match(line)
        if m:
            found = _first_date(line, off, pos=m.end(), endpos=min(len(line), m.end() + 40))
            if found is not None and found[1] == off + m.end() and _DATELINE_END.match(raw, found[2]):
                return found
        only = _first_date(line, off)
        if only is not None and (only[2] - only[1]) >= len(stripped.strip(" *_#>|.")) - 1:
            return only
    # 3. a year-less dateline completed by a copyright year in the header.
    for off, line in top:
        if _dateline_without_year(line):
            return _dateline_with_copyright(line, off, top)
    return None


def _dateline_with_copyright(line: str, off: int, top: list[tuple[int, str]]) -> tuple[dt.date, int, int] | None:
    pats = _patterns()
    years = {int(m.group(1)) for _, text in top for m in pats.copyright_year.finditer(text[:_MAX_LINE])}
    if len(years) != 1:
        return None
    m = pats.dateline.match(line)
    if m is None:
        return None
    day = re.match(rf"((?:{_alt(list(pats.months))})\.?) (\d{{1,2}})\b", line[m.end() : m.end() + 40], re.IGNORECASE)
    if day is None:
        return None
    try:
        found = dt.date(years.pop(), pats.months[day.group(1).rstrip(".").lower()], int(day.group(2)))
    except ValueError:
        return None
    return found, off + m.end(), off + m.end() + day.end()
