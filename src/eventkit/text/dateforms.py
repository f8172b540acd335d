"""The date forms and header patterns of ``published.en.yaml``, compiled once, and reading a date in a line.

Used by :mod:`eventkit.text.published`; the file's keys are validated on load
(unknown or missing keys, incomplete date forms are errors).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from eventkit.lexicons import load_yaml, per_resources

__all__ = ["FoundDate", "HeaderPatterns", "alt", "dates_in", "header_patterns", "is_filler", "tail_is_filler"]

_TIME_LEXICON = "lexicons/time.en.yaml"
_LEXICON = "lexicons/published.en.yaml"
_MAX_GAP = 80


@dataclass(frozen=True)
class _Form:
    name: str
    kind: str
    orders: tuple[str, ...]


@dataclass(frozen=True)
class HeaderPatterns:
    """The compiled header patterns."""

    months: dict[str, int]
    forms: tuple[_Form, ...]
    dates: re.Pattern[str]
    month_day: re.Pattern[str]
    filler: re.Pattern[str]
    stamp: re.Pattern[str]
    author: re.Pattern[str]
    line_cue: re.Pattern[str]
    top_only: frozenset[str]
    max_byline_words: int
    separators: re.Pattern[str]
    max_segments: int
    max_segment_words: int
    place: re.Pattern[str]
    place_lowercase: frozenset[str]
    relative_words: frozenset[str]
    dateline_end: re.Pattern[str]
    copyright_year: re.Pattern[str]
    month_first: re.Pattern[str]
    day_first: re.Pattern[str]
    name_start: re.Pattern[str]


_KEYS = frozenset(
    {
        "date_forms",
        "time",
        "zone",
        "zones_month_first",
        "zones_day_first",
        "filler_words",
        "filler_signs",
        "stamp_cues",
        "author_cues",
        "top_only_cues",
        "max_byline_words",
        "segment_separators",
        "max_segments",
        "max_segment_words",
        "dateline_place",
        "dateline_lowercase_words",
        "dateline_end",
        "copyright_year",
    }
)
_STRING_LISTS = (
    "zones_month_first",
    "zones_day_first",
    "filler_words",
    "stamp_cues",
    "author_cues",
    "top_only_cues",
    "segment_separators",
    "dateline_lowercase_words",
)
_FORM_KEYS = frozenset({"name", "kind", "regex", "orders"})
_ORDERS = frozenset({"ymd", "dmy", "mdy"})
_PLACEHOLDER = re.compile(r"\{(month|weekday|zone_words)\}")
_GROUP = re.compile(r"\(\?P([<=])(\w+)([>)])")


def alt(words: list[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _fill(template: str, values: dict[str, str]) -> str:
    """Replace the ``{name}`` placeholders of a regex template (other braces are regex syntax)."""
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def _strings(data: dict[str, Any], key: str) -> list[str]:
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{_LEXICON}: {key} must be a list of non-empty strings")
    return list(value)


def _validate(data: Any) -> dict[str, Any]:
    """Check the shape of ``published.en.yaml``: known keys only, every form complete."""
    if not isinstance(data, dict):
        raise ValueError(f"{_LEXICON}: expected a mapping")
    unknown, missing = set(data) - _KEYS, _KEYS - set(data)
    if unknown or missing:
        raise ValueError(f"{_LEXICON}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    for key in _STRING_LISTS:
        _strings(data, key)
    for form in data["date_forms"]:
        if not isinstance(form, dict) or set(form) - _FORM_KEYS or not {"name", "kind", "regex"} <= set(form):
            raise ValueError(f"{_LEXICON}: a date form needs name, kind, regex (and orders): {form!r}")
        if form["kind"] not in {"words", "numeric"}:
            raise ValueError(f"{_LEXICON}: kind must be words or numeric: {form!r}")
        orders = form.get("orders") or []
        if (form["kind"] == "numeric") != bool(orders) or set(orders) - _ORDERS:
            raise ValueError(f"{_LEXICON}: a numeric form lists orders among {sorted(_ORDERS)}: {form!r}")
    return data


@per_resources
def header_patterns() -> HeaderPatterns:
    """Load and compile ``published.en.yaml`` (with months and weekdays of ``time.en.yaml``) once."""
    time_data = load_yaml(_TIME_LEXICON)
    data = _validate(load_yaml(_LEXICON))
    months = {str(k): int(v) for k, v in time_data["months"].items()}
    weekday_words = alt([str(w) for w in time_data["weekdays"]])
    fill = {
        "month": rf"(?P<month>{alt(list(months))})\.?",
        "weekday": rf"(?:(?:{weekday_words})\.?,? )?",
        "zone_words": "(?-i:" + alt([*data["zones_month_first"], *data["zones_day_first"]]) + r")\b",
    }
    forms, alternatives = [], []
    for i, form in enumerate(data["date_forms"]):
        body = _fill(str(form["regex"]), fill)
        body = _GROUP.sub(rf"(?P\1f{i}_\2\3", body)
        alternatives.append(f"(?P<f{i}>{body})")
        forms.append(_Form(str(form["name"]), str(form["kind"]), tuple(form.get("orders") or ())))
    dates = re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})", re.IGNORECASE)
    time = str(data["time"])
    zone = _fill(str(data["zone"]), fill)
    signs = "".join(re.escape(c) for c in data["filler_signs"])
    words = alt(_strings(data, "filler_words"))
    filler = re.compile(rf"(?:\s|[{signs}]|\b(?:{words})\b|{time}|{zone}|\b(?:{weekday_words})\b)*", re.IGNORECASE)
    cue = r"[ \t>#*_\[]{0,6}(?P<cue>CUES)(?![\w])"
    author_cues = _strings(data, "author_cues")
    return HeaderPatterns(
        months=months,
        forms=tuple(forms),
        dates=dates,
        month_day=re.compile(rf"(?:{alt(list(months))})\.? \d{{1,2}}\b", re.IGNORECASE),
        filler=filler,
        stamp=re.compile(cue.replace("CUES", alt(_strings(data, "stamp_cues"))), re.IGNORECASE),
        author=re.compile(cue.replace("CUES", alt(author_cues)), re.IGNORECASE),
        line_cue=re.compile(
            "^" + cue.replace("CUES", alt([*_strings(data, "stamp_cues"), *author_cues])), re.IGNORECASE | re.MULTILINE
        ),
        top_only=frozenset(c.lower() for c in _strings(data, "top_only_cues")),
        max_byline_words=int(data["max_byline_words"]),
        separators=re.compile("|".join(re.escape(s) for s in _strings(data, "segment_separators"))),
        max_segments=int(data["max_segments"]),
        max_segment_words=int(data["max_segment_words"]),
        place=re.compile(str(data["dateline_place"])),
        place_lowercase=frozenset(_strings(data, "dateline_lowercase_words")),
        relative_words=frozenset(str(w) for w in time_data["relative_days"] if " " not in str(w)),
        dateline_end=re.compile(str(data["dateline_end"])),
        copyright_year=re.compile(str(data["copyright_year"]), re.IGNORECASE),
        month_first=re.compile(  # zones in capitals only ("ET", not "et"); a.m./p.m. in any case
            rf"(?-i:\b(?:{alt(_strings(data, 'zones_month_first'))})\b)|\d ?[ap]\.?m\b", re.IGNORECASE
        ),
        day_first=re.compile(rf"\b(?:{alt(_strings(data, 'zones_day_first'))})\b"),
        name_start=re.compile(rf"(?:{alt(list(months))}|{weekday_words})\b|\d", re.IGNORECASE),
    )


# ------------------------------------------------------------- reading a date


class FoundDate:
    """A date matched in a line: the date, its offsets in the line and its form."""

    __slots__ = ("date", "end", "form", "start")

    def __init__(self, date: dt.date, start: int, end: int, form: str) -> None:
        self.date, self.start, self.end, self.form = date, start, end, form


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # the strptime %y pivot: 69-99 -> 19xx, 00-68 -> 20xx
        year += 1900 if year >= 69 else 2000
    return year


def _read_words(m: re.Match[str], i: int) -> dt.date | None:
    """A month-name date, read by the time normaliser and checked against the matched day and year."""
    from eventkit.normalize.times import parse_date

    when = parse_date(m.group(f"f{i}"), published=None)
    if when is None or when.start != when.end:
        return None
    year = m.group(f"f{i}_year")
    if when.start.day != int(m.group(f"f{i}_day")) or when.start.year % 100 != int(year) % 100:
        return None
    return when.start.replace(year=_year(year)) if len(year) == 2 else when.start


def _read_numeric(m: re.Match[str], i: int, form: _Form, line: str) -> dt.date | None:
    """A numeric date in the first order of the form that gives a real date (a hint in the line first)."""
    a, b, c = (m.group(f"f{i}_{g}") for g in "abc")
    orders = list(form.orders)
    if len(orders) > 1:
        pats = header_patterns()
        hint = "mdy" if pats.month_first.search(line) else "dmy" if pats.day_first.search(line) else None
        if hint in orders:
            orders.remove(hint)
            orders.insert(0, hint)
    for order in orders:
        year, month, day = (int(a), int(b), int(c)) if order == "ymd" else (_year(c), int(b), int(a))
        if order == "mdy":
            month, day = int(a), int(b)
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def dates_in(line: str, pos: int = 0, endpos: int | None = None) -> list[FoundDate]:
    """Every valid date in ``line[pos:endpos]``, left to right."""
    pats = header_patterns()
    out = []
    for m in pats.dates.finditer(line, pos, len(line) if endpos is None else endpos):
        i = next(k for k in range(len(pats.forms)) if m.group(f"f{k}") is not None)
        form = pats.forms[i]
        date = _read_words(m, i) if form.kind == "words" else _read_numeric(m, i, form, line)
        if date is not None:
            out.append(FoundDate(date, m.start(), m.end(), form.name))
    return out


def is_filler(text: str) -> bool:
    """Only fillers (times, zones, weekdays, "on", "at", separators): what may stand around a header date."""
    return len(text) <= _MAX_GAP and header_patterns().filler.fullmatch(text) is not None


def tail_is_filler(line: str, end: int) -> bool:
    """What follows a date up to the next separator is fillers, then possibly "by <a few words>" or another stamp.

    "13 June 2024 09:41 BST", "14 March 2024 by the web desk", "June 13, 2024
    Updated June 14, 2024".
    """
    pats = header_patterns()
    sep = pats.separators.search(line, end)
    tail = line[end : sep.start() if sep else len(line)]
    by = re.search(r"\s(?:by|in)\s", tail, re.IGNORECASE)
    if by is not None and len(tail[by.end() :].split()) <= 6:
        tail = tail[: by.start()]
    stamp = pats.stamp.search(tail)
    if stamp is not None and (stamp.start() == 0 or not tail[stamp.start() - 1].isalnum()):
        tail = tail[: stamp.start()]
    return is_filler(tail)
