"""Publication dates: coerce_published and detect_published, on our own article snippets."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest

from eventkit.text.published import coerce_published, detect_published

# ---------------------------------------------------------------- coerce_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(None, None, id="none"),
        pytest.param(dt.date(2024, 3, 14), dt.date(2024, 3, 14), id="date"),
        pytest.param(dt.datetime(2024, 3, 14, 23, 30), dt.date(2024, 3, 14), id="datetime"),
        pytest.param("2024-03-14", dt.date(2024, 3, 14), id="iso-date"),
        pytest.param(" 2024-03-14 ", dt.date(2024, 3, 14), id="iso-date-with-spaces"),
        pytest.param("2024-03-14T08:15:00", dt.date(2024, 3, 14), id="iso-datetime"),
        pytest.param("2024-03-14T08:15:00+05:30", dt.date(2024, 3, 14), id="iso-datetime-offset"),
        pytest.param("2024-03-14T08:15:00Z", dt.date(2024, 3, 14), id="iso-datetime-zulu"),
        pytest.param("2024-03-14 08:15", dt.date(2024, 3, 14), id="iso-datetime-space"),
    ],
)
def test_coerce_published(value: Any, expected: dt.date | None) -> None:
    assert coerce_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(20240314, id="int"),
        pytest.param(2024.0314, id="float"),
        pytest.param(True, id="bool"),
        pytest.param(b"2024-03-14", id="bytes"),
        pytest.param(["2024-03-14"], id="list"),
    ],
)
def test_coerce_published_wrong_type(value: Any) -> None:
    with pytest.raises(TypeError, match="ISO 8601 string"):
        coerce_published(value)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("yesterday-ish", id="words"),
        pytest.param("", id="empty"),
        pytest.param("2024-13-01", id="month-13"),
        pytest.param("14/03/2024", id="not-iso"),
        pytest.param("March 14, 2024", id="written-out"),
    ],
)
def test_coerce_published_bad_string(value: str) -> None:
    with pytest.raises(ValueError, match="ISO 8601 date"):
        coerce_published(value)


# ---------------------------------------------------------------- detect_published

DETECT_CASES = [
    pytest.param(
        "\n\nWritten by [Maria Lopez](#) on March 14, 2024\n\nPort talks resume\n\nOn Tuesday, the two sides met.",
        dt.date(2024, 3, 14),
        "March 14, 2024",
        id="written-by-markdown-link",
    ),
    pytest.param(
        "By Sam Okafor | June 1, 2022\nThe council voted on Monday.",
        dt.date(2022, 6, 1),
        "June 1, 2022",
        id="by-name-pipe-date",
    ),
    pytest.param(
        "Harbour deal signed\nPublished: 2021-01-04\nThe agreement was signed yesterday.",
        dt.date(2021, 1, 4),
        "2021-01-04",
        id="published-iso",
    ),
    pytest.param(
        "Harbour deal signed\nUpdated Jan. 4, 2021 9:40 a.m. ET\nBody text.",
        dt.date(2021, 1, 4),
        "Jan. 4, 2021",
        id="updated-with-time",
    ),
    pytest.param(
        "Posted on 14 March 2024 by the desk\nBody text.",
        dt.date(2024, 3, 14),
        "14 March 2024",
        id="posted-on-day-month-year",
    ),
    pytest.param(
        "Valparaiso, 12 Feb 91 (Radio Cooperativa) -- Officials reported that ...",
        dt.date(1991, 2, 12),
        "12 Feb 91",
        id="dateline-two-digit-year",
    ),
    pytest.param(
        "HANOI, Vietnam, March 14, 2024 (AP) -- The ministry said ...",
        dt.date(2024, 3, 14),
        "March 14, 2024",
        id="dateline-full-date",
    ),
    pytest.param(
        "Talks resume\n\nThursday, March 14, 2024\n\nThe delegations met again.",
        dt.date(2024, 3, 14),
        "Thursday, March 14, 2024",
        id="date-only-line",
    ),
    pytest.param(
        "Headline\n" + "Body sentence.\n" * 40 + "Last updated: 2022-06-01\n",
        dt.date(2022, 6, 1),
        "2022-06-01",
        id="stamp-at-the-bottom",
    ),
    pytest.param(
        "LIMA, Dec. 4 (Andina) -- Officials said ...\n(c) 2023 Andina",
        dt.date(2023, 12, 4),
        "Dec. 4",
        id="yearless-dateline-with-copyright-year",
    ),
]


@pytest.mark.parametrize(("raw", "expected", "text"), DETECT_CASES)
def test_detect_published(raw: str, expected: dt.date, text: str) -> None:
    found = detect_published(raw)
    assert found is not None
    date, start, end = found
    assert date == expected
    assert raw[start:end] == text


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("LIMA, Dec. 4 (Andina) -- Officials said the port reopened.", id="yearless-dateline"),
        pytest.param("Yesterday, March 13, 2024, officials said the port had reopened.", id="sentence-not-dateline"),
        pytest.param("By the time talks ended on March 14, 2024, nothing was agreed.", id="by-in-a-sentence"),
        pytest.param("The port reopened.\n" * 20 + "It had closed on March 14, 2024.", id="date-deep-in-body"),
        pytest.param("No dates here at all.", id="no-date"),
        pytest.param("", id="empty"),
        pytest.param("Published: 2024-02-30", id="impossible-date"),
    ],
)
def test_detect_published_none(raw: str) -> None:
    assert detect_published(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("a" * 1_000_000, id="one-long-line"),
        pytest.param("LIMA, " * 100_000, id="repeated-dateline-prefix"),
        pytest.param("By " * 100_000, id="repeated-cue"),
        pytest.param("Published " + "12 " * 100_000, id="cue-then-numbers"),
        pytest.param("\n".join(["Updated Dec 4"] * 50_000), id="many-yearless-stamps"),
        pytest.param("March 14, " * 60_000, id="repeated-partial-dates"),
    ],
)
def test_detect_published_is_fast_on_adversarial_input(raw: str) -> None:
    start = time.perf_counter()
    detect_published(raw)
    assert time.perf_counter() - start < 1.0
