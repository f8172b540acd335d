"""Publication dates: coerce_published, find_published and detect_published, on our own article snippets."""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING, Any

import pytest

from eventkit.text.published import PublishedDate, coerce_published, detect_published, find_published

if TYPE_CHECKING:
    from eventkit.api import Extractor

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
    # a guard against backtracking, not a speed target (benchmarks/bench.py has those): the
    # process's own CPU time, so busy neighbours do not decide it; linear work takes well under
    # a second, a quadratic pattern many times the bound
    start = time.process_time()
    detect_published(raw)
    assert time.process_time() - start < 3.0


# ---------------------------------------------------------------- header styles
#
# (raw article top, date as written, rule, date form). Every text is invented;
# the date is 13 June 2024 (a Thursday) unless the style itself says otherwise.

JUNE_13 = dt.date(2024, 6, 13)
T = "Harbour talks resume in Lisbon\n"  # a headline
B = "\nThe two delegations met on Tuesday and will meet again next week.\n"  # a body

HEADER_STYLES = [
    # datelines
    ("LISBON, June 13, 2024\n" + B, "June 13, 2024", "dateline", "month-day-year"),
    ("LISBON, Thursday, June 13, 2024\n" + B, "Thursday, June 13, 2024", "dateline", "month-day-year"),
    ("LISBON, Portugal, June 13, 2024 (Reuters) -- The talks resumed.", "June 13, 2024", "dateline", "month-day-year"),
    (
        "LISBON, Thursday, June 13, 2024 (AP) — The talks resumed.",
        "Thursday, June 13, 2024",
        "dateline",
        "month-day-year",
    ),
    ("Lisbon, 13 June 2024 - The talks resumed on Tuesday.", "13 June 2024", "dateline", "day-month-year"),
    (
        "NEW YORK, NY – June 13, 2024 – Acme Shipping announced a new route.",
        "June 13, 2024",
        "dateline",
        "month-day-year",
    ),
    ("WASHINGTON, D.C. (June 13, 2024) – The agency said on Tuesday.", "June 13, 2024", "dateline", "month-day-year"),
    ("LISBON, June 13, 2024 /PRNewswire/ -- Acme Shipping announced", "June 13, 2024", "dateline", "month-day-year"),
    ("SÃO PAULO, 13 June 2024 — Officials said the port reopened.", "13 June 2024", "dateline", "day-month-year"),
    ("Rio de Janeiro, Brazil, Jun. 13, 2024: The port reopened.", "Jun. 13, 2024", "dateline", "month-day-year"),
    (T + "THE HAGUE, 13 Jun 2024 (ANP) -- The court ruled.", "13 Jun 2024", "dateline", "day-month-year"),
    # bylines
    (T + "By Ana Costa | June 13, 2024 | 5 min read" + B, "June 13, 2024", "byline", "month-day-year"),
    (T + "By ANA COSTA and JOHN ROE, Lisbon Daily News | 13 June 2024" + B, "13 June 2024", "byline", "day-month-year"),
    (T + "Story by Ana Costa • 13 June 2024" + B, "13 June 2024", "byline", "day-month-year"),
    (
        T + "Written by [Ana Costa](/authors/ana) on Thu, 13 Jun 2024" + B,
        "Thu, 13 Jun 2024",
        "byline",
        "day-month-year",
    ),
    (T + "Reported by Ana Costa, 06/13/2024 09:41 AM EDT" + B, "06/13/2024", "byline", "slash"),
    # stamps
    (T + "Published: 13 June 2024 09:41 BST" + B, "13 June 2024", "stamp", "day-month-year"),
    (T + "Updated 6/13/2024 2:15 PM ET" + B, "6/13/2024", "stamp", "slash"),
    (T + "Last modified on Thu 13 Jun 2024 16.30 BST" + B, "Thu 13 Jun 2024", "stamp", "day-month-year"),
    (T + "First published on Thu 13 Jun 2024 09.41 BST" + B, "Thu 13 Jun 2024", "stamp", "day-month-year"),
    (
        "PUBLISHED: 09:41 BST, 13 June 2024 | UPDATED: 14:02 BST, 14 June 2024" + B,
        "13 June 2024",
        "stamp",
        "day-month-year",
    ),
    (T + "Published 9:41 AM EDT, Thu June 13, 2024" + B, "Thu June 13, 2024", "stamp", "month-day-year"),
    (T + "Issued on: 13/06/2024 - 14:02" + B, "13/06/2024", "stamp", "slash"),
    (T + "Updated: 13/06/2024 14:02" + B, "13/06/2024", "stamp", "slash"),
    (T + "Modified: 2024-06-13T09:41:00+01:00" + B, "2024-06-13", "stamp", "iso"),
    (T + "Date: Thu, 13 Jun 2024 14:02:00 +0100" + B, "Thu, 13 Jun 2024", "stamp", "day-month-year"),
    (T + "Posted 13.06.2024, 14:02" + B, "13.06.2024", "stamp", "dotted"),
    (T + "Last Updated: Jun 13, 2024 @ 9:41 am" + B, "Jun 13, 2024", "stamp", "month-day-year"),
    (T + "Originally published June 13, 2024" + B, "June 13, 2024", "stamp", "month-day-year"),
    (T + "Filed at 09:41 on 13/06/2024" + B, "13/06/2024", "stamp", "slash"),
    (T + "Updated on 13 June 2024, 14:02 IST" + B, "13 June 2024", "stamp", "day-month-year"),
    (T + "Posted Thursday, June 13, 2024 9:41AM" + B, "Thursday, June 13, 2024", "stamp", "month-day-year"),
    (T + "**Published** 2024/06/13" + B, "2024/06/13", "stamp", "year-first-slash"),
    (T + "> Posted on June 13th, 2024 by the web desk" + B, "June 13th, 2024", "stamp", "month-day-year"),
    (T + "Publication date: 13th of June 2024" + B, "13th of June 2024", "stamp", "day-month-year"),
    (T + "Published June 13, 2024 Updated June 14, 2024, 8:02 a.m." + B, "June 13, 2024", "stamp", "month-day-year"),
    (
        T + B * 30 + "This article was originally published on June 13, 2024.\n",
        "June 13, 2024",
        "stamp",
        "month-day-year",
    ),
    (T + B * 30 + "Last updated: 2024-06-13\n", "2024-06-13", "stamp", "iso"),
    # header lines holding a date and little else
    (T + "Thu 13 Jun 2024 14.02 BST" + B, "Thu 13 Jun 2024", "header", "day-month-year"),
    (T + "13.06.2024" + B, "13.06.2024", "header", "dotted"),
    (T + "2024-06-13T09:41:00Z" + B, "2024-06-13", "header", "iso"),
    (T + "2024-06-13" + B, "2024-06-13", "header", "iso"),
    (T + "Ana Costa · June 13, 2024 · 3 min read" + B, "June 13, 2024", "header", "month-day-year"),
    ("June 13, 2024 / 9:41 AM / Updated 2 hours ago\n" + T + B, "June 13, 2024", "header", "month-day-year"),
    (T + "By ANA COSTA Lisbon Daily News\nJune 13, 2024, 9:41 AM" + B, "June 13, 2024", "header", "month-day-year"),
    (T + "*June 13th, 2024*" + B, "June 13th, 2024", "header", "month-day-year"),
    (T + "13th June 2024 | 09:41" + B, "13th June 2024", "header", "day-month-year"),
    (T + "JUNE 13, 2024" + B, "JUNE 13, 2024", "header", "month-day-year"),
    (T + "2024/06/13" + B, "2024/06/13", "header", "year-first-slash"),
    (T + "13-06-2024" + B, "13-06-2024", "header", "dashed"),
    (T + "Opinion | Ana Costa | Thursday 13 June 2024" + B, "Thursday 13 June 2024", "header", "day-month-year"),
    (T + "Jun. 13, 2024 09:41 AM ET" + B, "Jun. 13, 2024", "header", "month-day-year"),
    (T + "### Thursday, 13 June, 2024" + B, "Thursday, 13 June, 2024", "header", "day-month-year"),
    (T + "Ana Costa\nLisbon Daily News\n\n13 Jun 2024 at 09:41 (UTC+1)" + B, "13 Jun 2024", "header", "day-month-year"),
    (T + "World | Europe — 13 June 2024" + B, "13 June 2024", "header", "day-month-year"),
    (T + "[June 13, 2024](https://news.example/archive/2024/06/13)" + B, "June 13, 2024", "header", "month-day-year"),
    (T + "June 13, 2024 (Updated: June 14, 2024)" + B, "June 13, 2024", "header", "month-day-year"),
    (T + "Ana Costa\nThu, Jun 13, 2024, 9:41 AM" + B, "Thu, Jun 13, 2024", "header", "month-day-year"),
    (T + "June 13, 2024 | 09:41 AM IST | Source: Lisbon Daily" + B, "June 13, 2024", "header", "month-day-year"),
    (T + "2024-06-13 09:41" + B, "2024-06-13", "header", "iso"),
    (T + "Last update: 13.06.2024 | 09:41" + B, "13.06.2024", "stamp", "dotted"),
    (T + "Last Updated : Jun 13 2024 | 9:41 AM IST" + B, "Jun 13 2024", "stamp", "month-day-year"),
]


@pytest.mark.parametrize(
    ("raw", "text", "rule", "pattern"),
    [pytest.param(*case, id=f"{i:02d}-{case[2]}-{case[3]}") for i, case in enumerate(HEADER_STYLES)],
)
def test_header_styles(raw: str, text: str, rule: str, pattern: str) -> None:
    found = find_published(raw)
    assert found is not None
    assert (found.date, found.text, found.rule, found.pattern) == (JUNE_13, text, rule, pattern)
    assert raw[found.start : found.end] == found.text
    assert raw.splitlines()[found.line].find(found.text) >= 0
    assert detect_published(raw) == (found.date, found.start, found.end)


def test_at_least_forty_header_styles() -> None:
    assert len(HEADER_STYLES) >= 40


def test_provenance_names_the_line_the_cue_and_the_form() -> None:
    raw = "Harbour talks resume\n\nBy Ana Costa | Published: 13 June 2024\n\nBody."
    found = find_published(raw)
    assert found == PublishedDate(JUNE_13, 48, 60, "13 June 2024", 2, "byline", "day-month-year", "By")
    assert found.as_tuple() == (JUNE_13, 48, 60)
    assert (found.span.start, found.span.end, found.span.text) == (48, 60, "13 June 2024")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Updated 06/07/2024 2:15 PM ET\nBody.", dt.date(2024, 6, 7), id="us-zone-month-first"),
        pytest.param("Updated 06/07/2024 14:02 BST\nBody.", dt.date(2024, 7, 6), id="uk-zone-day-first"),
        pytest.param("Updated 06/07/2024\nBody.", dt.date(2024, 6, 7), id="no-hint-month-first"),
        pytest.param("Updated 13/06/2024 2:15 PM ET\nBody.", dt.date(2024, 6, 13), id="impossible-month-falls-back"),
        pytest.param("Posted 6/13/24\nBody.", dt.date(2024, 6, 13), id="two-digit-year"),
        pytest.param("06.07.2024\nBody.", dt.date(2024, 7, 6), id="dotted-is-day-first"),
        pytest.param("Est. read 3 min | 06/07/2024 14:02 BST\nBody.", dt.date(2024, 7, 6), id="zones-in-capitals"),
    ],
)
def test_numeric_field_order(raw: str, expected: dt.date) -> None:
    found = find_published(raw)
    assert found is not None and found.date == expected


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("On June 13, 2024, the council voted to close the port.\n" + B, id="date-in-first-sentence"),
        pytest.param("By June 13, 2024, the port must reopen, the minister said.", id="by-a-deadline"),
        pytest.param("By Friday, June 14, 2024, the port must reopen.", id="by-a-weekday-deadline"),
        pytest.param(T + "The council met on June 13, 2024 and voted.\n", id="event-date-in-body"),
        pytest.param(T + "Body sentence.\n" * 30 + "By Ana Costa | June 13, 2024\n", id="byline-far-in-body"),
        pytest.param(T + "Body sentence.\n" * 30 + "Thursday, June 13, 2024\n", id="date-line-far-in-body"),
        pytest.param(T + "Body sentence.\n" * 30 + "LISBON, June 13, 2024 --\n", id="dateline-far-in-body"),
        pytest.param(T + "Released on June 13, 2024, the report found that prices rose.\n", id="cue-word-in-sentence"),
        pytest.param(T + "Updated guidance issued June 13, 2024 says schools reopen.\n", id="cue-then-words"),
        pytest.param("In Lisbon, June 13, 2024 was the hottest day on record.\n", id="place-in-sentence"),
        pytest.param("Protesters in Lisbon, June 13, 2024\n" + B, id="photo-caption"),
        pytest.param("Yesterday, June 13, 2024\n" + B, id="relative-day-not-a-place"),
        pytest.param(T + "June 13, 2024-The ministers met again in Lisbon.\n", id="timeline-item"),
        pytest.param(T + "The vote | held on June 13, 2024 | was close\n", id="segments-with-a-sentence"),
        pytest.param(T + "Published: June 2024\n", id="month-without-day"),
        pytest.param(T + "Updated 13/13/2024\n", id="impossible-numeric-date"),
        pytest.param(T + "Version 1.2.2024 released\n", id="version-number"),
    ],
)
def test_dates_that_are_not_publication_dates(raw: str) -> None:
    assert find_published(raw) is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"date_form": []}, "unknown keys", id="misspelt-key"),
        pytest.param({"max_segments": None}, "missing keys", id="missing-key"),
        pytest.param({"date_forms": [{"name": "x", "kind": "words"}]}, "needs name, kind, regex", id="form-no-regex"),
        pytest.param({"date_forms": [{"name": "x", "kind": "guess", "regex": "x"}]}, "kind", id="form-bad-kind"),
        pytest.param({"date_forms": [{"name": "x", "kind": "numeric", "regex": "x"}]}, "orders", id="numeric-no-order"),
        pytest.param({"stamp_cues": ["published", True]}, "non-empty strings", id="yaml-boolean-word"),
    ],
)
def test_header_patterns_are_validated_on_load(change: dict[str, Any], message: str) -> None:
    from eventkit.lexicons import load_yaml
    from eventkit.text import dateforms

    data = dict(load_yaml("lexicons/published.en.yaml"))
    for key, value in change.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    with pytest.raises(ValueError, match=message):
        dateforms._validate(data)


@pytest.mark.model
def test_a_dateline_on_its_own_line_anchors_relative_dates(extractor: Extractor) -> None:
    raw = (
        "LISBON, June 13, 2024\n\n"
        "Portuguese Prime Minister Ana Ribeiro met Spanish Prime Minister Luis Ortega in Lisbon on Tuesday "
        "to discuss a new rail link.\n"
    )
    result = extractor.extract(raw)
    assert result.published == JUNE_13 and result.published_source == "detected"
    assert result.published_span is not None and result.published_span.text == "June 13, 2024"
    meeting = result.meetings[0]
    assert meeting.date is not None and meeting.date.start == dt.date(2024, 6, 11)
