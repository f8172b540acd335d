"""Quotes: pairing the double quotes of each paragraph and linking a quote to its cue."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventkit.extractors.statement.syntax import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Quotes shorter than this (in words) are scare quotes unless a cue governs them.
MIN_QUOTE_WORDS = 4

#: A double quote, or two apostrophes as some newspapers write it. Of a run of three, two are the
#: mark and one a single quote or a possessive ("at 'home.'''", "'''No,' he said", "the voters'''").
_QUOTE_MARK = re.compile(r"\"|'''?")

#: How a quoted title hangs from the words around it ("on *"Face the Nation"*", "his book, *"..."*").
_NAME_DEPS = frozenset({"pobj", "appos", "compound", "poss", "nmod"})

#: Most words between a quote and the cue that follows it (the cue's subject with its appositives).
_MAX_BETWEEN = 30

#: The marks of a quotation in the cleaned text (curly ones are made straight).
QUOTE_MARKS = "\"'"
#: What may separate a quote from the next sentence's cue: its closing mark and white space.
QUOTE_GAP = " \t\n" + QUOTE_MARKS


@dataclass(frozen=True)
class Quote:
    """A double-quoted stretch of the cleaned text.

    Attributes:
        start: Offset of the first character inside the quote marks.
        end: Offset after the last character inside the quote marks.
        open_end: True when no closing mark was found in the paragraph.
        para_start: Start offset of the paragraph.
        para_end: End offset of the paragraph.
    """

    start: int
    end: int
    open_end: bool
    para_start: int
    para_end: int

    def words(self, text: str) -> int:
        """Number of words inside the quote."""
        return len(text[self.start : self.end].split())

    def contains(self, offset: int) -> bool:
        """True when a cleaned offset lies inside the quote."""
        return self.start <= offset < self.end


def find_quotes(text: str) -> list[Quote]:
    """Pair the double quotes of each paragraph (paragraphs are separated by a blank line).

    A quote left open at the end of its paragraph continues into the next one
    when that paragraph opens with a quote mark (the convention for a quote
    running over several paragraphs) or, written loosely, when the next
    paragraph has an odd number of marks and does not open with one (its first
    mark then closes the quote). Such a quote is one :class:`Quote` whose
    ``para_start`` and ``para_end`` are those of its first and last paragraph.

    A paragraph that no open quote runs into and whose first mark can only
    close ('... will rise," she said.', an odd number of marks) lost its
    opening mark, as scraped pages often do: its quote starts the paragraph.

    Args:
        text: Cleaned text (curly quotes already straightened).

    Returns:
        The quotes in order. An unpaired opening quote runs to its paragraph's end.
    """
    quotes: list[Quote] = []
    carry: Quote | None = None  # a quote left open at the end of the previous paragraph
    pos = 0
    for para in text.split("\n\n"):
        p_start, p_end = pos, pos + len(para)
        pos = p_end + 2
        # (offset, width): a double quote, or two apostrophes as some newspapers write it
        marks = [_mark(para, m, p_start) for m in _QUOTE_MARK.finditer(para)]
        k = 0
        if carry is not None:
            opens = bool(marks) and marks[0][0] == p_start + len(para) - len(para.lstrip())
            if opens and len(marks) == 1:
                carry, k = Quote(carry.start, p_end, True, carry.para_start, p_end), 1
            elif opens:
                quotes.append(Quote(carry.start, marks[1][0], False, carry.para_start, p_end))
                carry, k = None, 2
            elif len(marks) % 2 == 1:
                quotes.append(Quote(carry.start, marks[0][0], False, carry.para_start, p_end))
                carry, k = None, 1
            else:
                quotes.append(carry)
                carry = None
        if carry is None and len(marks) % 2 == 1 and _closes_only(text, marks[0]):
            # 'Prices will rise," she said.' with the opening mark lost: the quote opens the paragraph
            lead = p_start + len(para) - len(para.lstrip())
            if len(text[lead : marks[0][0]].split()) >= MIN_QUOTE_WORDS:
                quotes.append(Quote(lead, marks[0][0], False, p_start, p_end))
                k = 1
        j = k
        while j < len(marks):
            open_at, width = marks[j]
            if j + 1 < len(marks) and _reopens(text, marks[j + 1][0]):
                # 'said: "First paragraph. "Second paragraph ...' on a page whose paragraphs were
                # joined: the next mark opens the next paragraph of the quote, it does not close this one
                quotes.append(Quote(open_at + width, marks[j + 1][0] - 1, True, p_start, p_end))
                j += 1
            elif j + 1 < len(marks):
                quotes.append(Quote(open_at + width, marks[j + 1][0], False, p_start, p_end))
                j += 2
            else:
                carry = Quote(open_at + width, p_end, True, p_start, p_end)
                j += 1
    if carry is not None:
        quotes.append(carry)
    return quotes


def _closes_only(text: str, mark: tuple[int, int]) -> bool:
    """A mark that can only close: right after a word's final punctuation, before a space ('rise," she')."""
    at, width = mark
    after = at + width
    return at > 0 and text[at - 1] in ",.!?" and (after >= len(text) or text[after] in " \n")


def _reopens(text: str, at: int) -> bool:
    """A mark that can only open: after the end of a sentence and a space, before a capital ('said. "We').

    A closing mark follows its last word or punctuation directly; a mark with
    a space before it and a sentence end before that starts a new quoted
    paragraph, so the quote before it was left open.
    """
    return at >= 2 and at + 1 < len(text) and text[at - 1] == " " and text[at - 2] in ".!?" and text[at + 1].isupper()


def _mark(para: str, m: re.Match[str], p_start: int) -> tuple[int, int]:
    """(offset, width) of a quote mark; of three apostrophes, the two on the outside of the word."""
    at = m.start()
    if len(m.group()) == 3 and at > 0 and not para[at - 1].isspace():
        at += 1  # closing: "at 'home.'''" or "the voters'''": the last two
    return p_start + at, 1 if m.group() == '"' else 2


def quote_at(quotes: list[Quote], offset: int) -> Quote | None:
    """The quote holding a cleaned offset, if any (binary search: quotes are in order and disjoint)."""
    i = bisect.bisect_right(quotes, offset, key=_start) - 1
    if i >= 0 and quotes[i].contains(offset):
        return quotes[i]
    return None


def quote_close(text: str, q: Quote) -> int:
    """The offset after a quote's closing mark (its end when the quote is left open)."""
    if q.open_end:
        return q.end
    return q.end + (2 if text.startswith("''", q.end) else 1 if text.startswith('"', q.end) else 0)


def through_quotes(
    text: str, quotes: list[Quote], span: tuple[int, int], introduced: Callable[[Quote], bool] | None = None
) -> tuple[int, int]:
    """Extend a reported clause over the quotes it opens: the clause runs to the closing mark.

    The parse often ends a clause at a quote mark or splits a quote of
    several sentences ("said he would "fix it. It will take a year.""). A
    quote left open runs to the end of the clause's paragraph at most. The
    extension stops at a quote ``introduced`` tells apart: the statement's own
    quote, or one that another cue inside the clause introduces ("said X,
    saying: "..."").
    """
    start, end = span
    i = bisect.bisect_left(quotes, start, key=_start)
    for q in quotes[i:]:
        if q.start > end:
            break
        if q.end <= end:
            continue
        if introduced is not None and introduced(q):
            break  # the statement's own quote, or "said X, saying, "..."": the inner cue's statement
        if q.open_end:
            para_end = text.find("\n\n", start)
            end = max(end, min(q.end, para_end if para_end >= 0 else len(text)))
        else:
            end = quote_close(text, q)
    return start, end


def _start(q: Quote) -> int:
    return q.start


def _end(q: Quote) -> int:
    return q.end


def opening(text: str, q: Quote) -> int:
    """The offset of a quote's opening mark."""
    return q.start - 2 if text[max(0, q.start - 2) : q.start] == "''" else q.start - 1


def linked_quotes(
    doc: Doc, text: str, quotes: list[Quote], claimed: set[int], anchor: Token
) -> tuple[Quote | None, Quote | None]:
    """The quotes a cue follows and introduces: ``("...," X said, "...")``.

    Quotes whose start offset is in ``claimed`` are already some statement's content.
    """
    sent = anchor.sent
    before: tuple[int, Quote] | None = None
    after: tuple[int, Quote] | None = None
    colon = sent.text.rstrip().endswith(":")
    # only quotes ending at most 8 characters before the sentence can be linked (_own_sentences)
    first = bisect.bisect_left(quotes, sent.start_char - 8, key=_end)
    for q in quotes[first:]:
        if q.start > sent.end_char + 5:
            break  # quotes are in order: none after this one is near
        if q.start in claimed or q.contains(anchor.idx):
            continue
        if q.start > sent.end_char + (5 if colon else 2):
            continue
        if q.end < sent.start_char - 1 and not _own_sentences(doc, text, q, sent.start_char):
            continue
        if not colon and not q.para_start <= anchor.idx <= q.para_end:
            continue  # a quote never takes its attribution from another paragraph
        if q.end <= anchor.idx:
            score = _before_score(doc, anchor, q)
            if score is not None and (before is None or score < before[0]):
                before = (score, q)
        else:
            score = _after_score(doc, anchor, q)
            if score is not None and (after is None or score < after[0]):
                after = (score, q)
    return (before[1] if before else None), (after[1] if after else None)


def _own_sentences(doc: Doc, text: str, q: Quote, cue_sent_start: int) -> bool:
    """A quote of whole sentences right before the cue's: '"Why?" she asked.'."""
    if cue_sent_start - q.end > 8 or text[q.end : cue_sent_start].strip(QUOTE_GAP):
        return False
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or not len(first):
        return False
    return not text[first[0].sent.start_char : q.start].strip(QUOTE_GAP)


def _hangs_from(token: Token, quotes: tuple[Quote, ...], anchor: Token) -> bool:
    """True when ``token``'s heads reach a word inside one of ``quotes`` before the cue's clause.

    A word whose heads pass through the cue ``anchor`` or a word above it
    (outside the quotes) belongs to the cue's clause, not to the quote.
    """
    above = {a.i for a in anchor.ancestors}
    for head in token.ancestors:
        if any(q.contains(head.idx) for q in quotes):
            return True
        if head.i == anchor.i or head.i in above:
            return False
    return False


def quote_tail(doc: Doc, anchor: Token, q: Quote) -> Token | None:
    r"""The last word of a fragment that continues a quote before its cue.

    "\"I admire the design\" *of the plan*, Roe said": the words right after
    the closing mark that hang from a word inside the quote (not from the
    cue) finish the quoted clause and belong to the content.
    """
    last: Token | None = None
    span = doc.char_span(q.end, anchor.idx, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if tok.i >= anchor.i or tok.idx < q.end:
            continue
        if tok.is_punct or tok.is_space:
            continue
        if not _hangs_from(tok, (q,), anchor) or tok.i - span[0].i > 12:
            break
        last = tok
    return last


def quote_lead(doc: Doc, anchor: Token, q: Quote, also: Quote | None = None) -> Token | None:
    r"""The first word of a lead-in that opens a quote's sentence: "*But* \"the real issue,\" X said, \"is ...\"".

    The words between the start of the quote's sentence and its opening mark
    belong to the content when every one hangs from a word inside the quote
    (or inside the quote the cue introduces, ``also``), not from the cue.
    """
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    sent_start = first[0].sent.start
    lead = [t for t in doc[sent_start : first[0].i] if t.idx < q.start - 1 and not (t.is_punct or t.is_space)]
    if not lead or len(lead) > 8:
        return None
    quotes = (q,) if also is None else (q, also)
    if any(t.i >= anchor.i or not _hangs_from(t, quotes, anchor) for t in lead):
        return None
    return lead[0]


def _names_something(doc: Doc, q: Quote) -> bool:
    """A quote that is a title or a name in its sentence: 'In an interview on "Face the Nation," X said'.

    Its words hang as a noun phrase from a preposition or a noun outside the quote.
    """
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    tops = [t for t in span if not (t.is_punct or t.is_space) and not q.contains(t.head.idx)]
    return bool(tops) and all(t.dep_ in _NAME_DEPS and t.head.i != t.i for t in tops)


def _before_score(doc: Doc, anchor: Token, q: Quote) -> int | None:
    """'"...," said X.' / '"...," X told reporters.': only the subject and punctuation between.

    A fragment finishing the quote's clause may come first ('"..." of the plan, X said').
    """
    if _names_something(doc, q):
        return None
    tail = quote_tail(doc, anchor, q)
    tail_end = tail.idx + len(tail) if tail is not None else q.end
    allowed = {anchor.i}
    for child in anchor.children:
        if child.dep_ in SUBJECTS | {"aux", "advmod", "neg", "npadvmod"}:
            allowed.update(t.i for t in child.subtree)
    # the subject may be long ('"...," X, a fellow at Y and a former envoy to Z, said'); at most
    # _MAX_BETWEEN words of it, and nothing that is not the cue's subject or modifiers
    between = 0
    i = anchor.i - 1
    while i >= 0 and doc[i].idx >= tail_end:
        tok = doc[i]
        if not (tok.is_punct or tok.is_space or tok.i in allowed):
            return None
        between += 1
        if between > _MAX_BETWEEN:
            return None
        i -= 1
    return between


def _after_score(doc: Doc, anchor: Token, q: Quote) -> int | None:
    """'X said: "..."' / 'X told reporters, "..."': the cue's own arguments between."""
    between = []
    i = anchor.i + 1
    while i < len(doc) and doc[i].idx < q.start - 1:
        between.append(doc[i])
        if len(between) > 12:
            return None
        i += 1
    allowed: set[int] = set()
    for child in anchor.children:
        if child.i > anchor.i and child.dep_ in SUBJECTS | {
            "dobj",
            "dative",
            "prep",
            "advmod",
            "npadvmod",
            "mark",
        }:
            allowed.update(t.i for t in child.subtree)
    if any(not (t.is_punct or t.is_space or t.i in allowed or t.lower_ == "that") for t in between):
        return None
    # a quote in the next sentence only after a colon ('X said:' then the quote)
    if q.start > anchor.sent.end_char + 1 and not anchor.sent.text.rstrip().endswith(":"):
        return None
    return len(between)
