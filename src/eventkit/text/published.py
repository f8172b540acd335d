"""The publication date: coercing a caller's value and detecting it in an article.

Relative dates ("last Thursday") are resolved against the publication date, so
eventkit needs one. Callers may pass it (:func:`coerce_published` checks what
they pass); otherwise :func:`find_published` looks for it in the article's
header and says where it found it (:class:`PublishedDate`):

* stamps: "Published: 13 June 2024 09:41 BST", "Updated 6/13/2024 2:15 PM ET",
  "Last modified on Thu 13 Jun 2024 16.30 BST", "Posted on 4 May 2021";
* bylines: "By Jane Doe | June 13, 2024 | 5 min read",
  "Written by Jane Doe on December 5, 2023";
* header lines that hold a date and little else: "Thu 13 Jun 2024 14.02 BST",
  "13.06.2024", "2024-06-13T09:41:00Z", "Jane Doe · June 13, 2024 · 3 min read";
* datelines: "LISBON, June 13, 2024" on its own line, "LISBON, Thursday, June 13,
  2024 (Reuters) --", "Concepcion, 23 Aug 88 (Santiago Domestic Service) --".

The date forms, cues, separators, time zones and dateline shapes are data
(``resources/lexicons/published.en.yaml``); dates written with month names are
read by the project's time normaliser, numeric ones by their field order.

The top of the article (its first 15 non-blank lines within 1,500 characters)
is searched first; below it only stamp lines count ("Last updated: ..."), never
a byline or a date in a sentence. A date must carry its year: a dateline such as
"BEIJING, Dec. 4 (Xinhua) --" gives no publication date (guessing the year
would silently shift every relative date), unless the same header block
states the year on a copyright line ("(c) 2023 Xinhua").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventkit.normalize.times.anchor import coerce_published
from eventkit.text.dateforms import FoundDate, dates_in, header_patterns, is_filler, tail_is_filler

if TYPE_CHECKING:
    from eventkit.models import Span

__all__ = ["PublishedDate", "coerce_published", "detect_published", "find_published"]

_TOP_LINES = 15
_TOP_CHARS = 1500
_MAX_LINE = 300


# ------------------------------------------------------------------ detection


@dataclass(frozen=True)
class PublishedDate:
    """A publication date found in an article, with where and how it was found.

    Attributes:
        date: The publication date.
        start: Offset of the date expression in the raw text.
        end: End offset (exclusive); ``raw[start:end] == text``.
        text: The date expression as written ("June 13, 2024").
        line: The 0-based number of the line it is on.
        rule: How the line was recognised: ``stamp`` ("Published: ..."),
            ``byline`` ("By Jane Doe | ..."), ``header`` (a line that holds a
            date and little else), ``dateline`` ("LISBON, June 13, 2024 --")
            or ``dateline+copyright`` (a dateline without a year and the year
            of a copyright line).
        pattern: The date form (``month-day-year``, ``day-month-year``,
            ``iso``, ``year-first-slash``, ``slash``, ``dotted``, ``dashed``;
            ``month-day`` for ``dateline+copyright``).
        cue: The stamp or byline cue as written ("Published:" without the
            colon, "By"), or ``None``.
    """

    date: dt.date
    start: int
    end: int
    text: str
    line: int
    rule: str
    pattern: str
    cue: str | None = None

    @property
    def span(self) -> Span:
        """The date expression as a grounded :class:`~eventkit.models.Span` (as in ``Extraction.published_span``)."""
        from eventkit.models import Span

        return Span(start=self.start, end=self.end, text=self.text)

    def as_tuple(self) -> tuple[dt.date, int, int]:
        """``(date, start, end)``, what :func:`detect_published` returns."""
        return self.date, self.start, self.end


# ------------------------------------------------------------------ the rules


_LINK_TARGET = re.compile(r"\]\([^()\s]{1,300}\)")


def _mask_links(line: str) -> str:
    """Blank out markdown link targets, keeping offsets: '[June 13, 2024](/archive/2024/06/13)'."""
    return _LINK_TARGET.sub(lambda m: " " * len(m.group(0)), line) if "](" in line else line


def _top_lines(raw: str) -> list[tuple[int, int, str]]:
    """(number, offset, line) of the first non-blank lines of the top, each at most ``_MAX_LINE`` long."""
    out: list[tuple[int, int, str]] = []
    offset = 0
    for number, line in enumerate(raw[: _TOP_CHARS + _MAX_LINE + 2].splitlines(keepends=True)):
        if offset >= _TOP_CHARS or len(out) >= _TOP_LINES:
            break
        text = _mask_links(line.rstrip("\r\n"))
        if text.strip() and len(text) <= _MAX_LINE:
            out.append((number, offset, text))
        offset += len(line)
    return out


def _cue_lines(raw: str, start: int) -> Iterator[tuple[int, int, str]]:
    """(number, offset, line) of the lines from ``start`` on that open with a stamp or author cue."""
    number, counted = raw.count("\n", 0, start), start
    for m in header_patterns().line_cue.finditer(raw, start):
        number += raw.count("\n", counted, m.start())  # counted once: linear in the text
        counted = m.start()
        end = raw.find("\n", m.start())
        line = _mask_links(raw[m.start() : len(raw) if end < 0 else end].rstrip("\r"))
        if len(line) <= _MAX_LINE:
            yield number, m.start(), line


def _stamp(line: str) -> tuple[FoundDate, str] | None:
    """'Published: 13 June 2024 09:41 BST': a stamp cue, fillers, a date, fillers."""
    cue = header_patterns().stamp.match(line)
    if cue is None:
        return None
    for found in dates_in(line, cue.end()):
        if is_filler(line[cue.end() : found.start]) and tail_is_filler(line, found.end):
            return found, cue.group("cue")
        break
    return None


def _byline(line: str, top: bool) -> tuple[FoundDate, str] | None:
    """'By Jane Doe | June 13, 2024 | 5 min read': an author cue, a name, a date on a short line."""
    pats = header_patterns()
    cue = pats.author.match(line)
    if cue is None or (not top and cue.group("cue").lower() in pats.top_only):
        return None
    rest = line[cue.end() :].lstrip(" :")
    if not rest or not (rest[0].isupper() or rest[0] == "[") or pats.name_start.match(rest):
        return None
    if len(line.split()) > pats.max_byline_words:
        return None
    for found in dates_in(line, cue.end()):
        return (found, cue.group("cue")) if tail_is_filler(line, found.end) else None
    return None


def _header(line: str) -> FoundDate | None:
    """A line that holds a date and little else, in short segments: 'Jane Doe · June 13, 2024 · 3 min read'."""
    pats = header_patterns()
    if len(line.split()) > pats.max_byline_words:
        return None
    bounds, start = [], 0
    for sep in pats.separators.finditer(line):
        bounds.append((start, sep.start()))
        start = sep.end()
    bounds.append((start, len(line)))
    if len(bounds) > pats.max_segments:
        return None
    chosen = None
    for s, e in bounds:
        found = dates_in(line, s, e)
        if found and chosen is None:
            first = found[0]
            head = line[s : first.start]
            cue = pats.stamp.match(head)
            if is_filler(head[cue.end() :] if cue else head) and tail_is_filler(line, first.end):
                chosen = first
                continue
        if len(line[s:e].split()) > pats.max_segment_words:
            return None
    return chosen


def _is_place(text: str) -> bool:
    """The start of a dateline: 'LISBON, ', 'Rio de Janeiro, Brazil, ', 'WASHINGTON, D.C. ('."""
    pats = header_patterns()
    if pats.place.fullmatch(text) is None:
        return False
    words = re.findall(r"[^\W\d_][^\s,()]*", text)
    if words and words[0].lower() in pats.relative_words:  # "Yesterday, March 13, 2024"
        return False
    return all(w[0].isupper() or w in pats.place_lowercase for w in words)


def _dateline(line: str) -> FoundDate | None:
    """'LISBON, Portugal, June 13, 2024 (Reuters) --' or 'LISBON, June 13, 2024' alone on its line."""
    pats = header_patterns()
    found = dates_in(line, 0, min(len(line), 120))
    if not found or found[0].start == 0:
        return None
    first = found[0]
    if not _is_place(line[: first.start]):
        return None
    return first if pats.dateline_end.match(line, first.end) else None


def _year_from_copyright(lines: list[tuple[int, int, str]]) -> PublishedDate | None:
    """'BEIJING, Dec. 4 (Xinhua) --' with '(c) 2023 Xinhua' in the same header."""
    pats = header_patterns()
    years = {int(m.group(1)) for _, _, text in lines for m in pats.copyright_year.finditer(text[:_MAX_LINE])}
    if len(years) != 1:
        return None
    year = years.pop()
    for number, off, line in lines:
        day = pats.month_day.search(line, 0, min(len(line), 120))
        if day is None or day.start() == 0 or not _is_place(line[: day.start()]):
            continue
        if not ("--" in line[:120] or "(" in line[day.end() : day.end() + 40]):
            continue
        month_word, number_text = day.group(0).rsplit(" ", 1)
        try:
            date = dt.date(year, pats.months[month_word.rstrip(".").lower()], int(number_text))
        except (KeyError, ValueError):
            return None
        start, end = off + day.start(), off + day.end()
        return PublishedDate(date, start, end, day.group(0), number, "dateline+copyright", "month-day")
    return None


def find_published(raw: str) -> PublishedDate | None:
    """Find the article's publication date in its header, with where and how it was found.

    Order: a stamp or byline at the top; a dateline or header line at the
    top; a stamp (or a byline with a multi-word cue) anywhere below; a
    year-less dateline at the top completed by a copyright year.

    Args:
        raw: The raw article text.

    Returns:
        The :class:`PublishedDate`, or ``None`` when no dated stamp, byline,
        header line or dateline is found. Dates without a year are ignored.
    """
    if not isinstance(raw, str) or not raw:
        return None
    top = _top_lines(raw)

    def result(found: FoundDate, number: int, off: int, rule: str, cue: str | None = None) -> PublishedDate:
        start, end = off + found.start, off + found.end
        return PublishedDate(found.date, start, end, raw[start:end], number, rule, found.form, cue)

    for number, off, line in top:
        stamp = _stamp(line)
        if stamp is not None:
            return result(stamp[0], number, off, "stamp", stamp[1])
        byline = _byline(line, top=True)
        if byline is not None:
            return result(byline[0], number, off, "byline", byline[1])
    for number, off, line in top:
        dateline = _dateline(line)
        if dateline is not None:
            return result(dateline, number, off, "dateline")
        header = _header(line)
        if header is not None:
            return result(header, number, off, "header")
    # below the top: only lines that open with a cue (found in one pass over the text)
    below = raw.find("\n", top[-1][1]) + 1 if top else 0
    if top and below == 0:  # the top reaches the end of the text
        below = len(raw)
    for number, off, line in _cue_lines(raw, below):
        stamp = _stamp(line) or _byline(line, top=False)
        if stamp is not None:
            return result(stamp[0], number, off, "stamp" if header_patterns().stamp.match(line) else "byline", stamp[1])
    return _year_from_copyright(top)


def detect_published(raw: str) -> tuple[dt.date, int, int] | None:
    """Find the article's publication date: ``(date, start, end)`` (see :func:`find_published`).

    Args:
        raw: The raw article text.

    Returns:
        ``(date, start, end)`` where ``raw[start:end]`` is the date expression
        ("December 5, 2023"), or ``None`` when no dated byline, stamp, header
        line or dateline is found. Dates without a year are ignored.
    """
    found = find_published(raw)
    return found.as_tuple() if found is not None else None
