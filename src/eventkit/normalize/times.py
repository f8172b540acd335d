"""Dates and periods: resolving news date expressions to :class:`~eventkit.models.When`.

Three public functions work on text and one pair on a spaCy parse:

* :func:`parse_date` resolves an expression ("last Thursday", "Feb. 28-March 2",
  "the first quarter of 2023") against the publication date.
* :func:`is_duration_or_frequency` recognises expressions that are never the
  date of an event ("for two days", "since 1994", "weekly", "a decade after").
* :func:`clause_direction` reads the tense of an event's clause (past, future
  or unknown) from the dependency parse.
* :func:`select_date` picks the DATE entity that belongs to an event's own
  clause.

Conventions (see ``docs/time.md``):

* The publication date is the only anchor; the current date is never used.
  Without a publication date, relative expressions give ``None`` and only
  expressions with an explicit year resolve.
* ``end`` is inclusive. Weeks run Monday to Sunday.
* A bare weekday ("on Monday") in a past reading is the most recent such day
  on or before publication (the publication day itself when the weekdays
  agree); "last Monday" is the most recent Monday strictly before it and
  "next Monday" the first one strictly after it.
* A date without a year ("December 4", "in October") is the nearest such date
  on or before publication (past reading) or on or after it (future reading).
* "early/mid/late X", "the end of X" keep the whole of X; "earlier X" ends X
  at the publication day and "later X" starts it there.

Expressions are matched with a small grammar over the vocabulary in
``resources/lexicons/time.en.yaml``; absolute dates written with month names
or numbers are read by ``dateparser`` (imported lazily, configured once).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from eventkit.lexicons import load_yaml
from eventkit.models import Precision, When

if TYPE_CHECKING:
    from dateparser.date import DateDataParser
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = [
    "Direction",
    "clause_direction",
    "find_anaphoric_days",
    "is_anaphoric_day",
    "is_duration_or_frequency",
    "is_weekday",
    "parse_anaphoric",
    "parse_date",
    "select_date",
]

#: How an expression without an explicit year or week is read.
Direction = Literal["past", "future", "auto"]

_LEXICON = "lexicons/time.en.yaml"
_MAX_LEN = 120
_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
    }
)
_EDGE = ' \t\r\n"()[]{},;:!?*_'
#: Reference date used only to rank candidate DATE spans by width in select_date.
_RANKING_ANCHOR = dt.date(2001, 6, 15)
#: The two reference years given to dateparser: a year that changes with the base was not written.
_BASE_A = dt.datetime(2000, 6, 15)
_BASE_B = dt.datetime(2004, 6, 15)
_VERBS = frozenset({"VERB", "AUX"})
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


class _Period(NamedTuple):
    start: dt.date
    end: dt.date
    precision: Precision


# ------------------------------------------------------------------ vocabulary


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    duration_prepositions: frozenset[str]
    frequency_words: frozenset[str]
    frequency: tuple[re.Pattern[str], ...]
    ages: tuple[re.Pattern[str], ...]
    duration_shape: re.Pattern[str]
    unit_adjective: re.Pattern[str]
    vague: re.Pattern[str]
    anaphoric: re.Pattern[str]
    anaphoric_search: re.Pattern[str]
    anaphoric_day_units: frozenset[str]
    anaphoric_day_shifts: dict[str, int]
    leading_fillers: tuple[str, ...]
    trailing_fillers: tuple[str, ...]
    modifier: re.Pattern[str]
    clip_before: str
    clip_after: str
    future_cues: frozenset[str]
    relative_days: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    holidays: dict[str, tuple[int, int]]
    decade_words: dict[str, int]
    future_aux: frozenset[str]
    past_aux: frozenset[str]
    modal_aux: frozenset[str]
    future_heads: frozenset[str]
    future_modifiers: frozenset[str]
    clause_deps: frozenset[str]
    noun_modifier_deps: frozenset[str]
    # compiled grammar
    number_alt: str
    month_alt: str
    weekday_alt: str
    unit_alt: str


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or ())


def is_weekday(word: str) -> bool:
    """True for a weekday name or abbreviation of the time lexicon ("Tuesday", "tue")."""
    return word.lower().rstrip(".") in _lex().weekdays


@cache
def _lex() -> _Lexicon:
    """Load and compile ``time.en.yaml`` once."""
    data: dict[str, Any] = load_yaml(_LEXICON)
    quantifiers = _words(data, "duration_quantifiers")
    numbers = {str(k): int(v) for k, v in data["numbers"].items()}
    units = {str(k): str(v) for k, v in data["units"].items()}
    duration_units = _words(data, "duration_units")
    followers = _words(data, "duration_followers")
    quant_alt = _alt(quantifiers | set(numbers))
    # "about three hours of talks": up to six quantifier words, a unit, an optional tail.
    duration_shape = re.compile(
        rf"(?:(?:{quant_alt}|\d{{1,4}}(?:st|nd|rd|th)?)[ -]){{0,6}}(?:{_alt(duration_units)})"
        rf"(?: (?:{_alt(followers)})\b.{{0,80}})?"
    )
    unit_adjective = re.compile(rf"\b[a-z0-9]{{1,12}}-(?:{_alt(duration_units)})(?:-old|-long)?\b")
    modifiers = [str(m) for m in data["part_modifiers"]]
    clip_before = str(data["clip_before"])
    clip_after = str(data["clip_after"])
    anaphoric = "|".join(f"(?:{p})" for p in data["anaphoric_patterns"])
    modifier = re.compile(rf"(?:the )?(?P<mod>{_alt([*modifiers, clip_before, clip_after])})(?: |-)(?P<rest>.+)")
    return _Lexicon(
        months={str(k): int(v) for k, v in data["months"].items()},
        weekdays={str(k): int(v) for k, v in data["weekdays"].items()},
        numbers=numbers,
        ordinals={str(k): int(v) for k, v in data["ordinals"].items()},
        units=units,
        duration_prepositions=_words(data, "duration_prepositions"),
        frequency_words=_words(data, "frequency_words"),
        frequency=tuple(re.compile(p) for p in data["frequency_patterns"]),
        ages=tuple(re.compile(p) for p in data["age_patterns"]),
        duration_shape=duration_shape,
        unit_adjective=unit_adjective,
        vague=re.compile("|".join(f"(?:{p})" for p in data["vague_patterns"])),
        anaphoric=re.compile(anaphoric),
        anaphoric_search=re.compile(rf"(?<![\w-])(?:{anaphoric})(?![\w-])", re.IGNORECASE),
        anaphoric_day_units=_words(data, "anaphoric_day_units"),
        anaphoric_day_shifts={str(k): int(v) for k, v in (data.get("anaphoric_day_shifts") or {}).items()},
        leading_fillers=tuple(sorted((str(w) for w in data["leading_fillers"]), key=len, reverse=True)),
        trailing_fillers=tuple(str(w) for w in data["trailing_fillers"]),
        modifier=modifier,
        clip_before=clip_before,
        clip_after=clip_after,
        future_cues=_words(data, "future_cues"),
        relative_days={str(k): int(v) for k, v in data["relative_days"].items()},
        seasons={str(k): (int(v[0]), int(v[1])) for k, v in data["seasons"].items()},
        holidays={str(k): (int(v[0]), int(v[1])) for k, v in data["holidays"].items()},
        decade_words={str(k): int(v) for k, v in data["decade_words"].items()},
        future_aux=_words(data, "future_aux"),
        past_aux=_words(data, "past_aux"),
        modal_aux=_words(data, "modal_aux"),
        future_heads=_words(data, "future_heads"),
        future_modifiers=_words(data, "future_modifiers"),
        clause_deps=_words(data, "clause_deps"),
        noun_modifier_deps=_words(data, "noun_modifier_deps"),
        number_alt=rf"\d{{1,3}}|{_alt(numbers)}",
        month_alt=_alt(data["months"]),
        weekday_alt=_alt(data["weekdays"]),
        unit_alt=_alt(units),
    )


# -------------------------------------------------------------- normalisation

_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")
_LETTER_DOT = re.compile(r"(?<=[a-z])\.")
_SPACE_COMMA = re.compile(r" ,")


def _normalize(text: str) -> str:
    """Lower case, straight quotes, ASCII dashes, single spaces, no edge punctuation or possessive."""
    s = " ".join(text.translate(_QUOTES).split()).lower()
    s = _LETTER_DOT.sub("", s)
    s = _SPACE_COMMA.sub(",", s)
    s = s.strip(_EDGE + ".")
    s = _POSSESSIVE.sub("", s)
    return s.strip(_EDGE + ".")


def _strip_fillers(s: str) -> str:
    """Drop leading prepositions and hedges ("on", "just", "as early as") and trailing day parts."""
    lex = _lex()
    for _ in range(4):
        for filler in lex.leading_fillers:
            if s.startswith(filler + " "):
                s = s[len(filler) + 1 :]
                break
        else:
            break
    if s in lex.relative_days:
        return s
    for filler in lex.trailing_fillers:
        if s.endswith(" " + filler) and len(s) > len(filler) + 1:
            s = s[: -len(filler) - 1]
            break
    return s


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


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _lex().numbers.get(word)


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


# ----------------------------------------------------------------- the grammar

_DECADE = re.compile(r"(?:the )?(?:(?:early|mid|late)[ -])?(?:(\d{3})0|'(\d)0|(\d)0)'?s")
_YEAR = re.compile(r"(?:the year )?(\d{4})")
_REL_YEAR = {"this year": 0, "last year": -1, "next year": 1, "the following year": 1, "the previous year": -1}


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


# ---------------------------------------------------------------------- ranges

_RANGE_SPLITS = (
    re.compile(r"(?:from|between) (?P<a>.{1,60}?) ?(?: (?:to|through|thru|until|till|and) | ?- ?)(?P<b>.{1,60})"),
    re.compile(r"(?P<a>.{1,60}?) (?:to|through|thru|until|till|and) (?P<b>.{1,60})"),
    re.compile(r"(?P<a>.{1,60}?) ?- ?(?P<b>.{1,60})"),
)
_BARE_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_HAS_YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b")


def _resolve_range(s: str, anchor: dt.date | None, direction: str) -> _Period | None:
    for pattern in _RANGE_SPLITS:
        m = pattern.fullmatch(s)
        if not m:
            continue
        found = _range(m.group("a").strip(" ,"), m.group("b").strip(" ,"), anchor, direction)
        if found is not None:
            return found
    return None


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


# ---------------------------------------------------------------- public API


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


def find_anaphoric_days(text: str) -> list[tuple[int, int]]:
    """Character ranges of day-level anaphoric expressions in a text ("the next morning", "later that day").

    Only expressions that say how they relate to another day count (a bare
    "that day" or "the day" does not); the tagger often leaves them untagged,
    so they are found on the text.
    """
    shifts = _lex().anaphoric_day_shifts
    out: list[tuple[int, int]] = []
    for m in _lex().anaphoric_search.finditer(text):
        words = re.findall(r"[a-z]+", m.group(0).lower())
        relational = any(w in shifts and (shifts[w] != 0 or w in {"same", "later", "earlier"}) for w in words)
        if relational and is_anaphoric_day(m.group(0)):
            out.append((m.start(), m.end()))
    return out


@lru_cache(maxsize=4096)
def is_anaphoric_day(expression: str) -> bool:
    """True for a day-level anaphoric expression :func:`parse_anaphoric` resolves ("the next morning")."""
    ref = When(text="", start=_RANKING_ANCHOR, end=_RANKING_ANCHOR, precision=Precision.DAY)
    return parse_anaphoric(expression, ref) is not None


def parse_anaphoric(expression: str, reference: When) -> When | None:
    """Resolve a day-level anaphoric expression against an earlier date of the text.

    "the previous day", "the next morning", "later that day", "earlier in the
    day", "the same day" shift a day-precision ``reference`` by -1, +1 or 0
    days (the words and shifts are data in ``time.en.yaml``). Expressions of
    other units, counted ones ("two days later") and references that are not
    a single day give ``None``.

    Args:
        expression: The date expression as written.
        reference: The latest earlier date of the text (day precision).

    Returns:
        The resolved day (``anchor`` is the reference day), or ``None``.
    """
    if not isinstance(expression, str) or reference.precision != Precision.DAY:
        return None
    text = _normalize(expression)
    if not (_lex().anaphoric.fullmatch(text) or _lex().anaphoric.fullmatch(_strip_fillers(text))):
        return None
    units, shifts = _lex().anaphoric_day_units, _lex().anaphoric_day_shifts
    words = re.findall(r"[a-z]+", text)
    if not words or not any(w in units for w in words) or any(w.isdigit() for w in words):
        return None
    if "yesterday" in words or any(w in {"days", "nights", "weeks", "years"} for w in words):
        return None
    moves = {shifts[w] for w in words if w in shifts and shifts[w] != 0}
    if len(moves) > 1:
        return None
    day = reference.start + dt.timedelta(days=moves.pop() if moves else 0)
    return When(text=expression, start=day, end=day, precision=Precision.DAY, anchor=reference.start)


def parse_date(
    expression: str,
    *,
    published: dt.date | dt.datetime | str | None,
    direction: Direction = "auto",
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
    from eventkit.text.published import coerce_published

    anchor = coerce_published(published)
    if direction not in {"past", "future", "auto"}:
        raise ValueError(f"direction must be 'past', 'future' or 'auto', not {direction!r}")
    if not isinstance(expression, str):
        return None
    when = _parse_cached(expression, anchor, direction)
    return when.model_copy() if when is not None else None


@lru_cache(maxsize=8192)
def _parse_cached(expression: str, anchor: dt.date | None, direction: str) -> When | None:
    try:
        period = _parse(expression, anchor, direction)
    except (ValueError, OverflowError, RecursionError):
        return None
    if period is None:
        return None
    return When(text=expression, start=period.start, end=period.end, precision=period.precision, anchor=anchor)


def _parse(expression: str, anchor: dt.date | None, direction: str) -> _Period | None:
    s = _normalize(expression)
    if not s or len(s) > _MAX_LEN or is_duration_or_frequency(s):
        return None
    if direction == "auto":
        future = any(w in _lex().future_cues for w in re.findall(r"[a-z]+", s))
        direction = "future" if future else "past"
    found = _resolve(s, anchor, direction)
    if found is None:
        found = _resolve_range(_strip_fillers(s), anchor, direction)
    return found


# ------------------------------------------------------------------ syntax


def _clause_verb(token: Token) -> Token | None:
    """The token itself if it is a verb, else the nearest verb above it in the sentence."""
    current = token
    for _ in range(len(token.sent) + 1):
        if current.pos_ in _VERBS:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _is_past_tensed(verb: Token) -> bool:
    lex = _lex()
    if verb.tag_ == "VBD":
        return True
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & lex.past_aux:
        return True
    return verb.dep_ in {"acomp", "oprd"} and verb.head.tag_ == "VBD"


def _verb_direction(verb: Token, depth: int) -> Direction:
    lex = _lex()
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & lex.future_aux:
        return "future"
    if aux & lex.modal_aux:
        return "auto"
    infinitive = "to" in aux
    head = verb.head
    if infinitive and verb.dep_ in {"xcomp", "ccomp", "advcl"} and head.i != verb.i:
        names = {head.lemma_.lower(), head.lower_}
        is_future_head = bool(names & lex.future_heads)
        if "go" in names and head.tag_ != "VBG":  # "went to visit" is not "going to visit"
            is_future_head = False
        if is_future_head:
            return "auto" if _is_past_tensed(head) else "future"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in {"VBN", "VBG", "VB"} and aux & lex.past_aux:
        return "past"
    if verb.tag_ in {"VBZ", "VBP"}:
        return "auto"
    if depth < 3 and verb.dep_ in {"conj", "xcomp", "advcl", "acl"} and head.i != verb.i and head.pos_ in _VERBS:
        return _verb_direction(head, depth + 1)
    return "auto"


def clause_direction(token: Token) -> Direction:
    """Read the tense of the clause of an event trigger from the dependency parse.

    ``future``: an auxiliary will/shall/'ll ("will visit"), a to-infinitive
    under a future head in the present ("is going to have", "is to visit",
    "is poised/set/expected/scheduled to sign", "plans to meet"), or a noun
    trigger modified by upcoming/planned/next ("the upcoming visit").
    ``past``: a past-tense verb ("met"), a participle with a past auxiliary
    ("had met", "was held", "has visited", "did not meet"), or a bare verb
    coordinated with or governed by a past one ("met ... and signed").
    ``auto`` otherwise (present tense, modals, a future head itself in the
    past: "planned to meet", "was expected to visit").

    Args:
        token: The trigger of the event (a verb, or a noun such as "riots").

    Returns:
        "past", "future" or "auto".
    """
    lex = _lex()
    if token.pos_ not in _VERBS:
        for child in token.children:
            if child.dep_ in {"amod", "compound", "nmod"} and child.lower_ in lex.future_modifiers:
                return "future"
    verb = _clause_verb(token)
    if verb is None:
        return "auto"
    return _verb_direction(verb, 0)


def _is_duration_span(span: SpacySpan) -> bool:
    """A DATE entity that is a duration or frequency, also judging the word before it ("for", "since")."""
    if is_duration_or_frequency(span.text):
        return True
    doc = span.doc
    lex = _lex()
    for back in (1, 2):
        if span.start - back < 0:
            break
        prev = doc[span.start - back]
        if prev.lower_ in lex.duration_prepositions:
            return True
        if prev.pos_ not in {"ADV", "ADP", "PART"} or prev.lower_ in {"in", "on", "at", "during", "by", "of"}:
            break  # only hedges ("for nearly two years") are looked through
    return False


def _path(span: SpacySpan, targets: set[int], trigger: Token) -> tuple[bool, int] | None:
    """Climb from the DATE root to a target without entering another clause.

    Returns (passes through a noun, number of steps), or None when blocked.
    """
    lex = _lex()
    root = span.root
    inside = set(range(span.start, span.end))
    if root.dep_ in lex.noun_modifier_deps and root.head.i not in targets:
        return None  # "the 2020 elections": modifies another noun
    current = root
    via_noun = False
    for steps in range(len(trigger.sent) + 1):
        if current.i in targets:
            return via_noun, steps
        if current.i not in inside:
            if current.pos_ in _VERBS and not (current.dep_ == "acl" and current.head.i in targets):
                return None
            if current.pos_ in _NOMINALS:
                via_noun = True
        if current.head.i == current.i:
            return None
        if current.i != root.i and current.i not in inside and current.dep_ in lex.clause_deps:
            return None
        current = current.head
    return None


def _width(text: str) -> int | None:
    when = _parse_cached(text, _RANKING_ANCHOR, "past")
    if when is None:
        # "the previous day": a day, once resolved against an earlier date of the text
        return 0 if is_anaphoric_day(text) else None
    return (when.end - when.start).days


def select_date(trigger: Token, date_spans: Sequence[SpacySpan]) -> SpacySpan | None:
    """Choose the DATE entity that governs the trigger's own clause.

    A DATE span qualifies when it is in the trigger's sentence, is not a
    duration or frequency (judged with the word before it: "for two days",
    "since 1994", "every week"), can be read as a date, and its syntactic head
    path reaches the trigger, or the verb of the trigger's clause, without
    entering another clause (ccomp, advcl, relcl, xcomp, ... or another verb;
    climbing through prepositions, objects and noun modifiers is fine). A DATE
    that only modifies another noun ("the 2020 elections") does not qualify
    unless that noun is the trigger ("the 2020 riots").

    Among qualifying spans the one attached directly to the clause (not through
    a noun) wins, then the narrowest period, then the shortest path, then the
    nearest one.

    Args:
        trigger: The event's trigger token.
        date_spans: The document's DATE entities.

    Returns:
        The governing span, or ``None`` (the publication date is never used as
        a fallback).
    """
    sent = trigger.sent
    targets = {trigger.i}
    verb = _clause_verb(trigger)
    if verb is not None:
        targets.add(verb.i)
    best: tuple[tuple[bool, int, int, int], SpacySpan] | None = None
    for span in date_spans:
        if span.doc is not trigger.doc or span.start < sent.start or span.end > sent.end:
            continue
        if _is_duration_span(span):
            continue
        path = _path(span, targets, trigger)
        if path is None:
            continue
        width = _width(span.text)
        if width is None:
            continue
        distance = min(abs(trigger.i - span.start), abs(trigger.i - (span.end - 1)))
        key = (path[0], width, path[1], distance)
        if best is None or key < best[0]:
            best = (key, span)
    return best[1] if best is not None else None
