r"""Raw article text -> cleaned text plus an offset map back to the raw input.

What cleaning does, line by line:

1. Drops boilerplate lines: bylines, photo credits and captions, newsletter and
   subscription blocks, share bars (patterns in
   ``resources/lexicons/boilerplate.en.yaml``).
2. Marks the headline (the first content line when it has no sentence
   punctuation or is in title case) so that no statement is read from it;
   a title-case headline run into the first sentence by a hyphen (with or
   without a dateline between them) is split from it.
3. Inside kept lines: markdown links and images, HTML tags and entities,
   backslash escapes (``\\$``), bullet markers, control and zero-width
   characters, odd spaces and curly quotes are rewritten; inline photo
   credits ("(J. Doe/Agency)") and a photo caption's positions ("Ana Ruiz,
   left, greets ...") are dropped.
4. Paragraphs are joined with a blank line; hard-wrapped lines of one
   paragraph are joined with a space.

No word of an article sentence is dropped: only whole boilerplate lines,
markup, credits and photo positions disappear. Every cleaned character maps
back to the raw character it came from (:class:`eventkit.offsets.OffsetMap`).
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property

from eventkit.lexicons import load_yaml, per_resources
from eventkit.normalize.times.lexicon import is_weekday
from eventkit.offsets import OffsetMap, TextBuilder
from eventkit.text.single_quotes import double_single_quotes

__all__ = ["BULLET", "Block", "BlockKind", "CleanText", "agency_dated_dateline", "clean", "identity_clean"]


class BlockKind(str, Enum):
    """What a paragraph of the cleaned text is."""

    HEADLINE = "headline"
    BODY = "body"


@dataclass(frozen=True)
class Block:
    """One paragraph of the cleaned text.

    Attributes:
        kind: headline or body.
        start: Start offset in the cleaned text.
        end: End offset in the cleaned text.
    """

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True)
class CleanText:
    """The result of cleaning.

    Attributes:
        text: The cleaned text that spaCy parses.
        offsets: Map from cleaned offsets back to the raw input.
        blocks: The paragraphs of ``text``, in order.
        dropped: Raw ``(start, end, reason)`` of every dropped line.
        shown: ``text`` with the article's own quotation marks: ``text``
            rewrites single-mark quotations as double marks for the
            parser (one character for one, so both have the same offsets);
            what is shown to a user (a statement's content) is cut from
            this one. Empty means the same as ``text``.
        summaries: Cleaned ``(start, end, kind)`` of the body lines that only
            sum up what a later paragraph tells (:func:`_summary_kinds`):
            "bullet" (an item of a summary list), "heading" (a short line
            without sentence punctuation over a paragraph, a live entry's
            heading under its time stamp) or "label" (a time stamp and a few
            words, an entry of a list of key events).
    """

    text: str
    offsets: OffsetMap
    blocks: tuple[Block, ...]
    dropped: tuple[tuple[int, int, str], ...]
    shown: str = ""
    summaries: tuple[tuple[int, int, str], ...] = ()

    def summary_at(self, offset: int) -> str | None:
        """The kind of summary line (:data:`SUMMARY_KINDS`) holding a cleaned offset, if any."""
        for start, end, kind in self.summaries:
            if start <= offset < end:
                return kind
        return None

    def shown_text(self, start: int, end: int) -> str:
        """The cleaned text from ``start`` to ``end`` as the article marks its quotations."""
        return (self.shown or self.text)[start:end]

    @property
    def raw(self) -> str:
        """The raw input text."""
        return self.offsets.raw

    def block_at(self, offset: int) -> Block | None:
        """Return the block containing a cleaned offset, if any (binary search: blocks are in order)."""
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def closed_by_credit(self, offset: int) -> bool:
        """Whether the paragraph at a cleaned offset ended with an inline photo credit the cleaner dropped.

        "Cyclists ride along the quay. (AP Photo/Ana Ruiz)": the credit is
        gone from ``text``, but it makes the paragraph a photo caption.
        """
        block = self.block_at(offset)
        return block is not None and block.start in self._credit_closed

    @cached_property
    def _credit_closed(self) -> frozenset[int]:
        raw = self.raw
        credits = [(s, e) for s, e, reason in self.dropped if reason == "credit"]
        closed: set[int] = set()
        for block in self.blocks if credits else ():
            _, raw_end = self.offsets.raw_span(block.start, block.end)
            for s, e in credits:
                line_end = raw.find("\n", e)
                after = raw[e : len(raw) if line_end < 0 else line_end]
                if raw_end <= s and not raw[raw_end:s].strip(" \t*_") and not after.strip(" \t*_"):
                    closed.add(block.start)  # the credit closes the block's last line ("*...(AP Photo/X)*")
        return frozenset(closed)

    def _front_matter(self, block: Block) -> bool:
        """A date or byline line with no sentence, or a photo caption closed by its credit ("(Photo: ...)")."""
        text = self.text[block.start : block.end].strip()
        if "\n" not in text and not _has_sentence_end(text) and len(text.split()) <= _FRONT_MATTER_WORDS:
            return True  # "May 3, 2026", "By Carlo Bassi"
        return PHOTO_CREDIT_END.search(text) is not None or block.start in self._credit_closed

    @cached_property
    def dateline(self) -> tuple[int, int] | None:
        """Cleaned ``(start, end)`` of the article's dateline ("GAZA CITY, Gaza --"), if any.

        The dateline opens the first (or second) body block and sits on its
        own line (the cleaner breaks it off the first sentence).
        """
        # the first body block, or the second when the first is a headline read as body
        # (a press release's "FOR IMMEDIATE RELEASE" taken for the headline); a web page's date
        # line or photo caption before the story's first paragraph counts as neither
        bodies = [b for b in self.blocks if b.kind == BlockKind.BODY and not self._front_matter(b)]
        for n, body in enumerate(bodies[:2]):
            line_end = self.text.find("\n", body.start, body.end)
            if line_end < 0:
                continue
            m = _DATELINE.match(self.text, body.start, line_end + 1)
            if m is None and n == 0 and line_end - body.start <= _TITLE_DATELINE_CHARS:
                m = _opening_dateline(self.text, body.start, line_end + 1)
                m = m if m is not None and m.end() == line_end + 1 else None
            if m:
                return body.start, m.end()
        return None

    @cached_property
    def dateline_opens_body(self) -> bool:
        """Whether the dateline comes before any sentence of the body (after only lines such as a byline).

        A body block before it that ends like a sentence ("The debate aired
        on Sunday.") makes the "dateline" a later paragraph's label.
        """
        if self.dateline is None:
            return False
        before = [b for b in self.blocks if b.kind == BlockKind.BODY and b.end <= self.dateline[0]]
        return not any(self.text[b.start : b.end].rstrip()[-1:] in {".", "!", "?", '"', "\u201d"} for b in before)


# Inline rewrites, tried left to right at each position. Each regex is linear.
_INLINE = re.compile(
    r"(?P<image>!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\))"
    r"|(?P<link>\[(?P<link_text>[^\]\n]{1,300})\]\([^)\n]{0,500}\))"
    r"|(?P<tag><(?:/?[a-zA-Z][a-zA-Z0-9]{0,15}|!--)[^<>]{0,1000}>)"
    r"|(?P<entity>&(?:[a-zA-Z]{2,10}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)"
    r"|(?P<escape>\\(?P<escaped>[\\`*_{}\[\]()#+\-.!$%&\"'<>|~]))"
    r"|(?P<emphasis>\*\*|__|(?<!\S)\*(?=[^\s*])|(?<=[^\s*])\*(?![^\s.,;:!?)\]\"']))"
    r"|(?P<glued_quote>(?<=[,.!?])[\"\u201d](?=[^\W\d_]))"  # ',"said X': a space after the closing mark
    r"|(?P<char>[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
    r"\u00a0\u2000-\u200a\u202f\u205f\u3000\t\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
    r"\u061c\u180e\x00-\x08\x0b\x0c\x0e-\x1f\x7f])"
    r"|(?P<compose>[^\W\d_][\u0300-\u036f]{1,8})"  # a letter written with combining accents
)

_CHAR_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
}  # fmt: skip
_SPACE_CHARS = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"

#: What opens a list item on its line: a dash, star or bullet, or a number with a stop ("- ", "2. ").
#: A photo credit closing a paragraph makes it a caption: "... (Photo: Ana Ruiz/Staff)", "(Reuters Photo)".
PHOTO_CREDIT_END = re.compile(r"\((?:[A-Z][\w.]*\s+){0,2}(?:Photo|Image|Picture)s?\b[^()\n]{0,80}\)\W*$")
#: Most words of a front-matter line before the dateline's paragraph (a byline, a date line).
_FRONT_MATTER_WORDS = 8
#: A line that only signs what comes before it: "— Jane Roe (@janeroe) May 3, 2026", "-- economist Jonas
#: Berg", "― Ana Ruiz, mayor of Tarrow" (a pull quote's or an embedded post's signature on its own line).
_SIGNATURE_LINE = re.compile(
    r"[ \t]{0,8}(?:[\u2015\u2014\u2013]|--)[ \t]*(?:[a-z][\w-]* ){0,3}[A-Z][^\n.!?]{0,80}"
    r"(?:\(@\w{1,30}\)[^\n]{0,40})?[ \t]*$"
)
BULLET = re.compile(r"^[ \t]{0,8}(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,3}[.)])[ \t]+")
# a live blog's time stamp opening an entry ("14:05 \u2014 ", "9.30am GMT - ", "11:20 ET: "), bold or
# italic on a web page ("**13:10 GMT** \u2014 ", "*18:10* A man ...")
_STAMP_EMPHASIS = r"(?:\*{1,2}|_{1,2})?"
_TIME_STAMP = re.compile(
    rf"[ \t]{{0,8}}{_STAMP_EMPHASIS}"
    r"\d{1,2}[:.]\d{2}(?:[ \t]?(?:[ap]\.?m\.?|[AP]M))?(?:[ \t]?[A-Z]{2,4})?"  # 14:05, 9.30am GMT
    rf"{_STAMP_EMPHASIS}[ \t]*(?:--|\u2014|\u2013|-|:){_STAMP_EMPHASIS}[ \t]+"  # then a dash or a colon
    rf"|[ \t]{{0,8}}{_STAMP_EMPHASIS}(?:[01]?\d|2[0-3]):[0-5]\d{_STAMP_EMPHASIS}"  # or a clock time and a
    r"[ \t]+(?=[A-Z])"  # sentence: "18:10 A man ..."
)
# a Markdown heading or block-quote marker at the start of a line ("## ", "> ", "&gt; "), also a nested
# quote's or a link arrow's (">> ", "> > ": ">> Also read: ..." on francophone pages)
_LINE_MARK = re.compile(r"[ \t]{0,3}(?:#{1,6}|(?:>|&gt;)(?:[ \t]?(?:>|&gt;)){0,2})[ \t]+")  # with .match: anchored
#: Capital and small letters of place names, with Latin-1's accented ones ("BOGOTÁ", "TROMSØ", "São Paulo").
_CAP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_SMALL = "a-z\u00df-\u00f6\u00f8-\u00ff"
_CAPS_WORD = rf"[{_CAP}][{_CAP}.'\-]{{1,25}}"  # NAIROBI, TROMSØ
_TITLE_WORD = rf"[{_CAP}][{_SMALL}.'\-]{{1,25}}"  # Port, Bogotá
_LONG_TITLE_WORD = rf"[{_CAP}][{_SMALL}'\-]{{2,25}}"  # Maputo (three letters or more, no period)
_MIXED_WORD = rf"[{_CAP}][{_CAP}{_SMALL}.'\-]{{1,25}}"  # New, ANKARA
_PLACE_WORD = rf"[{_CAP}][\w.'\-]{{1,25}}"  # Kenya, after a comma
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATELINE = re.compile(
    r"(?:\*{1,2}|_{1,2})?"  # a web page's bold or italic dateline: "**NAIROBI** — ..."
    rf"(?:{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"  # NAIROBI, NEW YORK
    rf"(?:/{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}){{0,2}}"  # a wire story filed from two cities: MUSCAT/VIENNA
    rf"(?:, {_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})?"  # , Kenya
    r"(?:,? \w{3,9}\.? \d{1,2}(?:, \d{4})?)?"  # , Dec. 4 / , June 12, 2026
    r"(?: \([^()\n]{1,40}\)| /[A-Za-z][\w .-]{1,30}/)?"  # (Xinhua) / /PRNewswire/
    # or a place in title case with its agency: "Port Louis (AFP) -", "Windhoek, Namibia (Reuters) -",
    # its country in brackets first: "Banja Luka (Bosnia and Herzegovina) (AFP) -"
    rf"|{_TITLE_WORD}(?: {_TITLE_WORD}){{0,3}}(?:, {_TITLE_WORD}(?: {_TITLE_WORD}){{0,2}})?"
    r"(?: \([A-Z][A-Za-z. ]{1,40}\))? \([A-Z][A-Za-z. ]{1,24}\))"
    r"(?:\*{1,2}|_{1,2})?"
    r"(?:\s{0,3}(?:--|\u2014|\u2013|\\?-)\s{1,3}|:\s{1,3})"  # " - ", " \- " (escaped), ": "
)
#: A dateline in title case with a dash and no agency, read only where the first body paragraph opens:
#: "Maputo — The government ...", "San Jose, Costa Rica – ...".
_TITLE_DATELINE = re.compile(
    rf"{_LONG_TITLE_WORD}(?: {_LONG_TITLE_WORD}){{0,2}}(?:, {_LONG_TITLE_WORD}(?: {_LONG_TITLE_WORD}){{0,2}})?"
    r" [\u2014\u2013]\s{1,3}(?![^\n]*[\u2014\u2013])"  # not a dash pair around an aside
)
#: A title-case dateline with the day of issue, as press releases write it: "Geneva, 19 November 2026 - ",
#: "Juba, South Sudan, Nov. 19, 2026 -- " (a plain hyphen will do: the date makes it a dateline), or
#: with the agency after the day, as the Ghana News Agency writes it: "Tamale, Feb. 15, GNA - "; the year
#: after a slash, as Ethiopian papers write it: "Addis Ababa, November 20/2026 - ".
_DATED_DATELINE = re.compile(
    rf"{_LONG_TITLE_WORD}(?: {_LONG_TITLE_WORD}){{0,2}}(?:, {_LONG_TITLE_WORD}(?: {_LONG_TITLE_WORD}){{0,2}})?,? "
    rf"(?:{_WEEKDAY},? )?"  # the day's name first, as francophone agencies write it: "Dakar, Friday 18 October 2026"
    r"(?:\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
    rf"|{_MONTH}\.? \d{{1,2}}/\d{{4}}"  # a month's name before a slash ("Decree 12/2024" is a law's number)
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}, [A-Z]{2,6})"
    r"(?: \([A-Z][\w .\-/]{1,30}\))?"  # its agencies after the year: "18 October 2026 (Agency/Wire) -"
    r"\s{0,3}(?:--|\u2014|\u2013|-)\s{1,3}"
)
#: A word of a town in a dated dateline with its agencies: title case, capitals or joined by hyphens
#: ("Dakar", "DAKAR", "Saint-Louis", "SAINT-LOUIS").
_FILED_PART = rf"(?:[{_CAP}][{_SMALL}'\u2019]{{1,25}}|[{_CAP}]{{2,25}})"
_FILED_TOWN = rf"{_FILED_PART}(?:-{_FILED_PART})*"
#: A dated dateline with its agencies after the year, in any case of the town, as francophone agencies write it:
#: "DAKAR, Friday 18 October 2026 (APS) - ", "Saint-Louis, 18 October 2026 (APS) - ".
_FILED_DATELINE = re.compile(
    rf"{_FILED_TOWN}(?: {_FILED_TOWN}){{0,2}}(?:, {_FILED_TOWN}(?: {_FILED_TOWN}){{0,2}})?,? "
    rf"(?:{_WEEKDAY},? )?(?:\d{{1,2}} {_MONTH} \d{{4}}|{_MONTH}\.? \d{{1,2}},? \d{{4}})"
    r" \([A-Z][\w .\-/]{1,30}\)\s{0,3}(?:--|\u2014|\u2013|-)\s{1,3}"
)
#: The year and agencies that end such a dateline.
_FILED_AGENCIES = re.compile(r"\d{4} \([A-Z][\w .\-/]{1,30}\)\s{0,3}(?:--|\u2014|\u2013|-)\s{0,3}$")


def agency_dated_dateline(line: str) -> bool:
    """True for a dateline that gives its day with the year and then its agencies ("Dakar, 18 October 2026 (APS) -").

    The first sentence after it tells what happened on the day it gives.
    A wire dateline in capitals with its day ahead of the agency ("ABUJA,
    May 12, 2026 (NAN) -") is another form and does not count.
    """
    return _FILED_AGENCIES.search(line) is not None and _DATELINE.match(line) is None


#: A dateline with its day and agency but no dash, as national agencies write it: "New Delhi, May 12 (PTI)
#: External Affairs Minister ...", "ANKARA, May 12 (AA) ...", "Abuja, May 12, 2026 (NAN) ...".
_AGENCY_DATELINE = re.compile(
    rf"{_MIXED_WORD}(?: {_MIXED_WORD}){{0,3}}(?:, {_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})?"
    r",? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([A-Z][A-Za-z]{1,15}\)\s{0,3}(?::\s{0,3})?"
)


def _opening_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """A dateline only the first body paragraph opens with: a title-case place and a dash, or its day (and agency)."""
    return (
        _TITLE_DATELINE.match(text, start, end)
        or _DATED_DATELINE.match(text, start, end)
        or _FILED_DATELINE.match(text, start, end)
        or _AGENCY_DATELINE.match(text, start, end)
    )


#: An inline photo credit "(Name/Agency)", with a dash that glues it to the next text.
_INLINE_CREDIT = re.compile(
    r"\((?:[A-Z][\w.'\- ]{0,40})/(?:[A-Z][\w.'\- ]{0,40})\)[ \t]{0,2}(?:[-\u2013\u2014][ \t]{0,2})?"
)
#: Where a person stands in a photo, set off by commas after the name: "Ana Ruiz, left, greets ...".
_PHOTO_POSITION = re.compile(
    r"(?<=[A-Z][a-z])[a-z'\u2019\-]*(?P<position>, (?:left|right|center|centre|top|bottom|front|rear"
    r"|foreground|background|(?:second |third )?from (?:left|right))(?:, (?:left|right|front|rear))?,)(?= [a-z])"
)
#: Inline text dropped from the cleaned text: photo credits and photo positions.
_INLINE_DROPS = re.compile(f"(?P<credit>{_INLINE_CREDIT.pattern})|{_PHOTO_POSITION.pattern}")
#: A headline glued to a dateline and the first sentence: "Title Words-CITY NAME — -First sentence".
_GLUED_HEADLINE = re.compile(
    r"(?P<head>[^\n]{8,200}?)[ \t]?-(?P<dateline>[A-Z][A-Z.'\u2019]{1,25}(?: [A-Z][A-Z.'\u2019]{1,25}){0,3})"
    r"[ \t\u00a0]{0,2}[\u2014\u2013][ \t\u00a0]{0,2}-?[ \t\u00a0]?"
)
#: Where a headline may be glued to the first sentence with no dateline: "Title Words-First sentence".
_HEAD_JOIN = re.compile(r"(?<=[\w'\u2019\")\]]) ?-(?=[A-Z0-9\"\u201c])")
#: How many words of the first sentence show that it is in sentence case, not a title.
_LEDE_WORDS = 12
#: The longest headline glued to a lede.
_HEAD_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to up with vs via is are was be".split()
)


@dataclass(frozen=True)
class _Patterns:
    byline: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    kicker: tuple[re.Pattern[str], ...]
    promo_start: tuple[re.Pattern[str], ...]
    link_list_start: tuple[re.Pattern[str], ...]
    promo_continue: tuple[re.Pattern[str], ...]
    promo_continue_short: tuple[re.Pattern[str], ...]
    drop_line: tuple[re.Pattern[str], ...]


@per_resources
def _patterns() -> _Patterns:
    data = load_yaml("lexicons/boilerplate.en.yaml")

    def compile_all(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in data[key])

    return _Patterns(*(compile_all(k) for k in _Patterns.__dataclass_fields__))


def _any(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(p.search(line) for p in patterns)


def _visible(line: str) -> str:
    """The line as a reader sees it: markup removed, for classification only."""
    line = re.sub(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)", "", line)
    line = re.sub(r"\[([^\]\n]{1,300})\]\([^)\n]{0,500}\)", r"\1", line)
    line = re.sub(r"<[^<>]{0,1000}>", "", line)
    mark = _LINE_MARK.match(line)
    if mark:
        line = line[mark.end() :]
    line = re.sub(r"\*\*|__|(?<!\S)\*(?=[^\s*])|(?<=[^\s*])\*(?![^\s.,;:!?)\]\"'])", "", line)
    return html.unescape(line).replace("\\", "").strip()


def _is_title_case(line: str, share: float = 0.75) -> bool:
    """At least ``share`` of the line's words but the small ones are capitalised (three such words at least)."""
    words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= share


def _glued_lede(raw: str, start: int, end: int) -> tuple[int, int] | None:
    """A headline glued to the first sentence by a hyphen, with no dateline: "Port Strike May Spread-Union leaders ...".

    Returns where the headline ends and the sentence starts, or None. The
    headline before the hyphen is in title case (every word but the small
    ones capitalised) and has no sentence end; the
    text after it begins with a capital and is in sentence case ("Retired
    Ex-Navy Chief Questions Harbour Contract-A former navy chief says": the
    first hyphen is inside the title, the second one ends it).
    """
    if not _has_sentence_end(raw[start:end].rstrip()):
        return None
    line = raw[start : min(end, start + _HEAD_CHARS + 400)]  # a headline and the first words after it
    for join in _HEAD_JOIN.finditer(line, 0, _HEAD_CHARS + 2):
        head, tail = line[: join.start()], line[join.end() :]
        ended = _has_sentence_end(head.rstrip("\"'\u201d\u2019"))  # "... to 'Give Harbour a Chance'" has none
        if len(head) < 8 or ended or not _is_title_case(head, share=1.0):
            continue  # every word of a glued headline is capitalised: "Militants loyal to Iraq's Al-Qaeda" is no head
        lede = " ".join(tail.split()[:_LEDE_WORDS])
        if len(lede.split()) < 4 or _is_title_case(lede):
            continue
        return start + join.start(), start + join.end()
    return None


def _has_sentence_end(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


#: Most words of a sentence-case headline ("Mayor says the pier will reopen.").
_HEAD_WORDS = 20
#: The longest title-case dateline line ("San Jose, Costa Rica –").
_TITLE_DATELINE_CHARS = 60
#: A photo credit line of at most this many words is bare ("Photo: Ana Ruiz/AP"): the line under it is its caption.
_BARE_CREDIT_WORDS = 6


def _short_head(lines: list[tuple[int, int, str]], i: int, bare: str) -> bool:
    """A first line in sentence case that is still a headline.

    Some feeds end every headline with a period ("Mayor says the pier will
    reopen."). Such a line is short, stands alone (a blank line after it)
    and is followed by a longer paragraph, the lede. A line that names a
    weekday ("... spoke on Tuesday.") dates what it reports, as a lede does.
    """
    if len(bare.split()) > _HEAD_WORDS or i + 2 >= len(lines) or lines[i + 1][2].strip():
        return False
    if any(is_weekday(w) for w in _WORD.findall(bare)):
        return False
    lede = next((_visible(text) for _, _, text in lines[i + 2 :] if text.strip()), "")
    return len(lede.split()) > len(bare.split())


#: The longest line a sales word alone keeps in a promotional block (`promo_start` has the same bound).
_PROMO_LINE_WORDS = 25
#: The longest headline without sentence punctuation a list of links (`link_list_start`) goes on over.
_LINK_HEADLINE_WORDS = 20
#: A quoted span, whose words are a source's, not the page's.
_QUOTED = re.compile(r'["\u201c][^"\u201c\u201d\n]{0,1000}["\u201d]')


#: A line that is one link and nothing else, a list item bullet aside: "[Floods cut roads in the north](url)".
_LINK_LINE = re.compile(r"[ \t]{0,8}(?:[-*\u2022][ \t]+)?(?:\*\*)?\[[^\]\n]{1,300}\]\([^)\n]{0,500}\)(?:\*\*)?[ \t]*")


def _continues_promo(pats: _Patterns, bare: str, raw_line: str, *, links: bool = False) -> bool:
    """Whether a line inside a promotional block still belongs to it.

    A short line without sentence punctuation ("Optional print edition"),
    a line that is only a link (the headlines of a "Related stories" list),
    a line addressing the reader or naming the subscription, or a sales
    line of at most `_PROMO_LINE_WORDS` words with a sales word ("Get
    exclusive access ...") does; an article paragraph does not, even when
    it says aid was "delivered" or a source says "you". Under the heading
    of a list of links (``links``), so does a headline without its link:
    a line without sentence punctuation of at most `_LINK_HEADLINE_WORDS`
    words ("ALSO READ:" then "UAE: New rules for riders come into force").
    """
    if _LINK_LINE.fullmatch(raw_line):
        return True
    words = len(bare.split())
    if words <= (_LINK_HEADLINE_WORDS if links else 8) and not _has_sentence_end(bare.rstrip("!?")):
        return True
    unquoted = _QUOTED.sub(" ", bare)
    if _any(pats.promo_continue, unquoted):
        return True
    return words <= _PROMO_LINE_WORDS and _any(pats.promo_continue_short, unquoted)


def _classify(lines: list[tuple[int, int, str]]) -> list[str]:
    """Label each line: blank, drop:<reason>, headline, body."""
    pats = _patterns()
    labels: list[str] = []
    in_promo = False
    in_links = False  # the block is a list of links under its heading
    seen_content = False
    for i, (_, _, text) in enumerate(lines):
        visible = _visible(text)
        bare = BULLET.sub("", visible).strip()
        if not bare:
            labels.append("blank")
            continue
        if in_promo:
            if _continues_promo(pats, bare, text, links=in_links) or BULLET.match(visible):
                labels.append("drop:promo")
                continue
            in_promo = in_links = False
        if _any(pats.drop_line, bare):
            labels.append("drop:boilerplate")
            continue
        if _any(pats.byline, bare):
            labels.append("drop:byline")
            continue
        if _any(pats.credit, bare):
            labels.append("drop:credit")
            continue
        links = _any(pats.link_list_start, bare)
        if (links or _any(pats.promo_start, bare)) and len(bare.split()) <= _PROMO_LINE_WORDS:
            labels.append("drop:promo")
            in_promo, in_links = True, links and seen_content  # (a page's "Top stories" before its headline)
            continue
        # the caption under a bare photo credit ("AP Images"; "Photo: Ships at anchor off Aden. (Ana Ruiz/AP)"
        # holds its caption, and the line after it is the headline)
        if (
            _prev_label(labels) == "drop:credit"
            and len(_prev_text(lines, i).split()) <= _BARE_CREDIT_WORDS
            and not _has_sentence_end(bare)
            and len(bare.split()) <= 15
        ):
            labels.append("drop:caption")
            continue
        if not seen_content:
            seen_content = True
            wrapped = i + 1 < len(lines) and _visible(lines[i + 1][2])[:1].islower()  # hard-wrapped sentence
            # a sentence after a dateline is the lede, however many capitals it holds ("LISBON, Nov 20 - Anna
            # Berg met Economy Minister Rui Carvalho ... on Thursday.")
            lede = _has_sentence_end(bare) and _DATELINE.match(bare) is not None
            if (
                not wrapped
                and not lede
                and (not _has_sentence_end(bare) or _is_title_case(bare) or _short_head(lines, i, bare))
            ):
                labels.append("headline")
                continue
        standalone = (i == 0 or not lines[i - 1][2].strip()) and (i + 1 == len(lines) or not lines[i + 1][2].strip())
        if standalone and not _has_sentence_end(bare) and len(bare.split()) <= 6 and not BULLET.match(visible):
            # a short label line ("Related", "Photo gallery") between paragraphs
            labels.append("drop:label")
            continue
        labels.append("body")
    return labels


#: The kinds of summary lines (:attr:`CleanText.summaries`).
SUMMARY_KINDS = ("bullet", "heading", "label")
#: A line that is only a live entry's time stamp: "9:52 p.m. ET", "01:40", "**13:10 GMT**", "Nov 20, 2026 13:25 IST".
_STAMP_ONLY = re.compile(
    rf"[ \t]{{0,8}}{_STAMP_EMPHASIS}(?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}},? \d{{4}},? )?"  # a day before the time
    r"\d{1,2}[:.]\d{2}(?:[ \t]?(?:[ap]\.?m\.?|[AP]\.?M\.?))?(?:[ \t]?[A-Z]{2,4})?"
    rf"{_STAMP_EMPHASIS}[ \t]*"
)
#: A time stamp and the few words of an entry of a list of key events: "4.32am Result declared".
_STAMP_LABEL = re.compile(
    r"[ \t]{0,8}\d{1,2}[:.]\d{2}(?:[ \t]?(?:[ap]\.?m\.?|[AP]\.?M\.?))?(?:[ \t]?[A-Z]{2,4})?[ \t]+(?P<words>\S.*)"
)
#: The most words of a label line after its time stamp, and of a heading line.
_LABEL_WORDS = 8
_HEADING_WORDS = 20
#: The most words of the line that heads a summary list ("Key events", "What we're covering").
_LIST_HEAD_WORDS = 6


def _summary_kinds(lines: list[tuple[int, int, str]], labels: list[str]) -> list[str | None]:
    """Which body lines only sum up what a later paragraph tells (:data:`SUMMARY_KINDS`), None for the others.

    * label: a time stamp and a few words without sentence punctuation,
      an entry of a list of key events ("4.32am Result declared");
    * heading: a line of three to ``_HEADING_WORDS`` words without
      sentence punctuation, standing apart after a sentence of the body (or
      under a line that is only a time stamp), over a body paragraph ("AP
      calls Arizona's 6th for Whitcomb" under "9:52 p.m. ET"; a deck under
      the headline, before any sentence, is body);
    * bullet: an item of a list that opens the body or stands under a
      short heading line ("Key highlights", "AT A GLANCE"), when a body
      paragraph follows the list.
    """
    n = len(lines)
    kinds: list[str | None] = [None] * n
    body = [label == "body" for label in labels]
    visible = [_visible(text) if body[i] else "" for i, (_, _, text) in enumerate(lines)]
    bare = [BULLET.sub("", v).strip() for v in visible]
    bullet = [body[i] and BULLET.match(visible[i]) is not None for i in range(n)]
    ended = [body[i] and _has_sentence_end(bare[i]) for i in range(n)]
    paragraph = [body[i] and not bullet[i] and ended[i] for i in range(n)]  # ends like a sentence, no list item
    following: list[int | None] = [None] * n  # the next line that is not blank (linear, not a scan per line)
    after: list[bool] = [False] * (n + 1)  # a paragraph comes after line i
    upcoming: int | None = None
    for i in range(n - 1, -1, -1):
        following[i] = upcoming
        after[i] = after[i + 1] or (i + 1 < n and paragraph[i + 1])
        if labels[i] != "blank":
            upcoming = i

    told = False  # a body line that ends like a sentence came before (a deck under the headline is no heading)
    previous: int | None = None  # the last line before i that is not blank
    for i in range(n):
        was_told, told = told, told or ended[i]
        before, previous = previous, (i if labels[i] != "blank" else previous)
        if not body[i] or bullet[i]:
            continue
        label = _STAMP_LABEL.fullmatch(bare[i])
        if label is not None and not ended[i]:
            if len(label.group("words").split()) <= _LABEL_WORDS and _STAMP_ONLY.fullmatch(bare[i]) is None:
                kinds[i] = "label"
            continue
        words = len(bare[i].split())
        if ended[i] or not 3 <= words <= _HEADING_WORDS:
            continue
        after_stamp = i > 0 and _STAMP_ONLY.fullmatch(BULLET.sub("", _visible(lines[i - 1][2])).strip()) is not None
        apart = after_stamp or (was_told and before is not None and before < i - 1)
        nxt = following[i]
        if apart and i + 1 < n and labels[i + 1] == "blank" and nxt is not None and paragraph[nxt]:
            kinds[i] = "heading"
    seen_paragraph = False
    previous = None
    i = 0
    while i < n:
        if not bullet[i]:
            seen_paragraph = seen_paragraph or paragraph[i]
            previous = i if labels[i] != "blank" else previous
            i += 1
            continue
        run = [i]
        j = following[i]
        while j is not None and bullet[j]:
            run.append(j)
            j = following[j]
        head = BULLET.sub("", _visible(lines[previous][2])).strip() if previous is not None else ""
        headed = (
            previous is not None
            and (not _has_sentence_end(head) or head.endswith(":"))
            and len(head.split()) <= _LIST_HEAD_WORDS
        )
        if after[run[-1]] and (headed or not seen_paragraph):
            for k in run:
                kinds[k] = "bullet"
        previous = run[-1]
        i = run[-1] + 1
    return kinds


def _prev_text(lines: list[tuple[int, int, str]], i: int) -> str:
    """The visible text of the last non-blank line before line ``i``."""
    for _, _, text in reversed(lines[:i]):
        if text.strip():
            return _visible(text)
    return ""


def _prev_label(labels: list[str]) -> str:
    for label in reversed(labels):
        if label != "blank":
            return label
    return ""


def _rewrite_line(builder: TextBuilder, raw: str, start: int, end: int) -> None:
    """Append ``raw[start:end]`` with inline markup rewritten."""
    # "^" does not anchor at a ``pos`` argument, so the line is matched on its own
    mark = _LINE_MARK.match(raw[start:end])
    if mark:
        start += mark.end()
    bullet = BULLET.match(raw[start:end])
    if bullet:
        start += bullet.end()
    stamp = _TIME_STAMP.match(raw[start:end])
    if stamp and stamp.end() < end - start and not raw[start + stamp.end()].isdigit():
        start += stamp.end()  # "14:05 \u2014 The death toll has risen ...": the entry, not its time
    _rewrite_inline(builder, raw, start, end)


def _rewrite_inline(builder: TextBuilder, raw: str, start: int, end: int) -> None:
    """Append ``raw[start:end]`` with links, tags, entities, escapes and special characters rewritten."""
    pos = start
    for m in _INLINE.finditer(raw, start, end):
        if m.start() > pos:
            builder.copy(pos, m.start())
        kind = m.lastgroup
        if m.group("link") is not None:
            # a link's words are rewritten like any others ("[\u200bX](url)" keeps no zero-width space)
            _rewrite_inline(builder, raw, m.start("link_text"), m.end("link_text"))
        elif m.group("image") is not None or m.group("tag") is not None:
            pass
        elif m.group("entity") is not None:
            value = html.unescape(m.group("entity"))
            value = _CHAR_MAP.get(value, value)
            if value in _SPACE_CHARS:
                value = " "
            builder.replace(value, m.start(), m.end())
        elif m.group("escape") is not None:
            builder.replace(m.group("escaped"), m.start(), m.end())
        elif m.group("emphasis") is not None:
            pass  # "**bold**", "*italic*": the words stay, the markers go
        elif kind == "glued_quote":
            builder.replace('"', m.start(), m.end())
            builder.insert(" ", m.end())
        elif kind == "char":
            ch = m.group("char")
            if ch in _CHAR_MAP:
                builder.replace(_CHAR_MAP[ch], m.start(), m.end())
            elif ch in _SPACE_CHARS:
                builder.replace(" ", m.start(), m.end())
            # zero-width, direction and control characters are dropped
        elif kind == "compose":
            # NFC: "e" + U+0301 is parsed as the "\u00e9" the model was trained on
            builder.replace(unicodedata.normalize("NFC", m.group("compose")), m.start(), m.end())
        pos = m.end()
    if pos < end:
        builder.copy(pos, end)


def _split_lines(raw: str) -> list[tuple[int, int, str]]:
    lines = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")
        lines.append((pos, pos + len(body), body))
        pos += len(line)
    return lines


def clean(raw: str) -> CleanText:
    """Clean a raw article, keeping an exact map back to the raw offsets.

    Args:
        raw: The article as the user has it.

    Returns:
        The cleaned text, its offset map, its paragraphs and the dropped lines.

    Raises:
        TypeError: If ``raw`` is not a string.
    """
    if not isinstance(raw, str):
        raise TypeError(f"clean() expects str, not {type(raw).__name__}")
    lines = _split_lines(raw)
    labels = _classify(lines)
    summary = _summary_kinds(lines, labels)
    summaries: list[tuple[int, int, str]] = []
    builder = TextBuilder(raw)
    blocks: list[Block] = []
    dropped: list[tuple[int, int, str]] = []
    block_start: int | None = None
    block_kind = BlockKind.BODY
    prev_end_raw = 0

    def close_block() -> None:
        nonlocal block_start
        if block_start is not None:
            # trim trailing spaces of the block
            blocks.append(Block(block_kind, block_start, len(builder)))
            block_start = None

    seen_headline = False
    body_seen = False  # a body paragraph has opened (a title-case dateline opens only the first)
    for n, ((start, end, text), label) in enumerate(zip(lines, labels, strict=True)):
        if label == "blank":
            close_block()
            continue
        if label.startswith("drop:"):
            close_block()
            dropped.append((start, end, label[5:]))
            continue
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        s, e = start + lead, end - trail
        kind = BlockKind.HEADLINE if label == "headline" else BlockKind.BODY
        first = not seen_headline and not blocks and block_start is None
        glued = _GLUED_HEADLINE.match(raw, s, e) if first else None
        split = (glued.end("head"), glued.end()) if glued else None
        if first and split is None and label == "body":
            split = _glued_lede(raw, s, e)
        if split is not None:
            # "Activist Shot Dead in Lima-LIMA — -A prominent activist ...": headline, dateline, body;
            # "Port Strike May Spread-Union leaders are warning ...": headline, body
            head_end, body_start = split
            if len(builder):
                builder.insert("\n\n", prev_end_raw)
            block_start, block_kind = len(builder), BlockKind.HEADLINE
            _rewrite_line(builder, raw, s, head_end)
            close_block()
            builder.insert("\n\n", head_end)
            block_start, block_kind = len(builder), BlockKind.BODY
            if glued:
                _rewrite_line(builder, raw, glued.start("dateline"), glued.end())
                builder.insert("\n", glued.end() - 1)
            s = body_start
            label, kind = "body", BlockKind.BODY
        seen_headline = True
        visible = _visible(text)
        continues = (
            split is not None
            or (
                block_start is not None
                and block_kind == kind == BlockKind.BODY
                and not BULLET.match(visible)
                and summary[n] is None  # a label line of a list of key events is not run into the one before
                and not (n > 0 and summary[n - 1] is not None)
                and (
                    visible[:1].islower()
                    or not _has_sentence_end(_last_visible(builder))
                    or _SIGNATURE_LINE.match(visible) is not None  # a quote's or a post's signature line
                )
            )
        )
        if split is not None:
            pass
        elif continues:
            builder.insert(" ", prev_end_raw)
        else:
            close_block()
            if len(builder):
                builder.insert("\n\n", prev_end_raw)
            block_start = len(builder)
            block_kind = kind
        dateline = _DATELINE.match(raw, s, e) if kind == BlockKind.BODY and not continues else None
        if dateline is None and kind == BlockKind.BODY and not continues and not body_seen:
            # "Maputo — The government ...": the first paragraph only, a sentence after it
            dateline = _opening_dateline(raw, s, e)
            dateline = dateline if dateline is not None and raw[dateline.end() : dateline.end() + 1].isupper() else None
        body_seen = body_seen or kind == BlockKind.BODY
        if dateline:
            # "NAIROBI, Kenya -- Officials met ...": the dateline is not part of the first sentence
            _rewrite_line(builder, raw, s, dateline.end())
            builder.insert("\n", dateline.end() - 1)
            s = dateline.end()
        if kind == BlockKind.HEADLINE:
            kicker = _kicker(raw, s, e)
            if kicker is not None:
                dropped.append((s, kicker, "kicker"))  # "Live: Wildfire forces ...": the section, not the headline
                s = kicker
        for credit in _INLINE_DROPS.finditer(raw, s, e):
            # "(J. Doe/Agency)-Onlookers ...": a photo credit glued between a caption and the body;
            # "Ana Ruiz, left, greets ...": where a person stands in the photo, not a verb
            kind_of = credit.lastgroup or "credit"
            start, end = credit.span(kind_of)
            if start > s:
                _rewrite_line(builder, raw, s, start)
            dropped.append((start, end, kind_of))
            s = end
        line_start = len(builder)
        _rewrite_line(builder, raw, s, e)
        sums = summary[n]
        if sums is not None:
            summaries.append((line_start, len(builder), sums))
        prev_end_raw = max(e - 1, s)
        if kind == BlockKind.HEADLINE:
            close_block()
    close_block()
    offsets = builder.build()
    shown = offsets.clean
    offsets = replace(offsets, clean=double_single_quotes(shown))  # one character for one
    blocks_kept = tuple(b for b in blocks if b.end > b.start)
    return CleanText(
        offsets.clean,
        offsets,
        blocks_kept,
        tuple(dropped),
        shown if shown != offsets.clean else "",
        tuple(summaries),
    )


def _kicker(raw: str, start: int, end: int) -> int | None:
    """The raw offset after a headline's section label ("Live: ", "WATCH: "), if the headline opens with one."""
    line = raw[start:end]
    mark = _LINE_MARK.match(line)
    pos = mark.end() if mark else 0
    label = next((m for p in _patterns().kicker if (m := p.match(line[pos:])) is not None), None)
    if label is None or len(_WORD.findall(line[pos + label.end() :])) < 2:
        return None
    return start + pos + label.end()


def _last_visible(builder: TextBuilder) -> str:
    text = "".join(builder._parts[-3:]).rstrip()
    return text[-1:] if text else "."


def identity_clean(text: str) -> CleanText:
    """A :class:`CleanText` that leaves ``text`` unchanged (paragraphs at blank lines).

    Used when spaCy has already parsed the text as it is (the ``eventkit``
    pipeline component): offsets are the identity.
    """
    blocks = []
    for m in re.finditer(r"[^\n](?:[^\n]|\n(?!\s*\n))*", text):
        blocks.append(Block(BlockKind.BODY, m.start(), m.end()))
    return CleanText(text, OffsetMap.identity(text), tuple(blocks), ())
