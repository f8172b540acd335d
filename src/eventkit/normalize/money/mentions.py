"""Currency mentions in a text (symbols, ISO codes, words) and the one that belongs to an amount."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

import pycountry

from eventkit.normalize.money.currencies import RANK_CODE, RANK_SYMBOL, RANK_WORD, compiled, word_key_of
from eventkit.normalize.money.numbers import Token

__all__ = ["Mention", "Mentions", "currency_for", "find_mentions", "is_code"]

_CODE_RE = re.compile(r"(?<![^\W\d_])[A-Z]{3}(?![^\W\d_])")
#: A word for currency-word lookup: letters, with inner dots, hyphens and apostrophes ("U.S.", "colón").
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-.'\u2019][^\W\d_]+)*\.?")
_MAX_SPACE = 3  # spaces allowed between the words of a currency name

#: An ISO code written with a dollar sign, in any case: "MXN$", "aud$".
_CODE_DOLLAR_RE = re.compile(r"(?<![^\W\d_])[A-Za-z]{3}\$")


@dataclass(frozen=True)
class Mention:
    """A currency written in the text: its offsets, ISO code and rank."""

    start: int
    end: int
    code: str
    rank: int
    #: Every currency that writes this form ("$": USD, AUD, CAD ...); empty when unique.
    candidates: frozenset[str] = field(default=frozenset())
    #: A scale written into the form: "MUSD" is a million US dollars.
    scale: Decimal | None = None
    #: Read only fused before digits with a scale word or thousands grouping ("N10m", "N250,000").
    scaled_or_grouped: bool = False


class Mentions:
    """The currency mentions of a text, indexed by their start and end offsets."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = mentions
        self.by_start = {m.start: m for m in mentions}
        self.by_end = {m.end: m for m in mentions}
        self._covered: set[int] = set()
        for m in mentions:
            self._covered.update(range(m.start, m.end))

    def covers(self, tok: Token) -> bool:
        """Tell whether a token lies inside a currency mention ("US" of "US$")."""
        return tok.start in self._covered and (tok.end - 1) in self._covered


def is_code(code: str) -> bool:
    """Tell whether ``code`` is an ISO 4217 currency code ("USD")."""
    return pycountry.currencies.get(alpha_3=code) is not None


def _word_mentions(text: str) -> list[Mention]:
    """Currency words and names ("yuan", "Canadian dollars"), longest first, by token look-up."""
    lex = compiled()
    words = list(_WORD_RE.finditer(text))
    found: list[Mention] = []
    i = 0
    while i < len(words):
        hit: Mention | None = None
        if word_key_of([words[i].group()]) not in lex.word_starts:
            i += 1
            continue
        for n in range(min(lex.word_length, len(words) - i), 0, -1):
            run = words[i : i + n]
            gaps = (text[a.end() : b.start()] for a, b in itertools.pairwise(run))
            if any(not gap or len(gap) > _MAX_SPACE or gap.strip() for gap in gaps):
                continue
            form = lex.word_keys.get(word_key_of([m.group() for m in run]))
            if form is not None:
                end = run[-1].end() - run[-1].group().endswith(".")  # "dollars." ends a sentence
                hit = Mention(run[0].start(), end, form.code, RANK_WORD, form.candidates)
                i += n
                break
        if hit is None:
            i += 1
        else:
            found.append(hit)
    return found


def find_mentions(text: str) -> Mentions:
    """Find every currency symbol, ISO code and word in ``text``, without overlaps (longest wins)."""
    lex = compiled()
    found: list[Mention] = []
    for m in lex.symbol_re.finditer(text):
        form = lex.symbols[m.group()]
        found.append(
            Mention(m.start(), m.end(), form.code, form.rank, form.candidates, scaled_or_grouped=form.scaled_or_grouped)
        )
    for m in lex.dollar_re.finditer(text):
        form = lex.dollars[m.group().upper()]
        found.append(
            Mention(m.start(), m.end(), form.code, form.rank, form.candidates, scaled_or_grouped=form.scaled_or_grouped)
        )
    for m in _CODE_DOLLAR_RE.finditer(text):
        code = m.group()[:3].upper()
        if is_code(code):
            found.append(Mention(m.start(), m.end(), code, RANK_SYMBOL))
    for m in _CODE_RE.finditer(text):
        if is_code(m.group()):
            found.append(Mention(m.start(), m.end(), m.group(), RANK_CODE))
    for m in lex.prefixed_code_re.finditer(text):
        if is_code(m.group("code")):
            scale = lex.code_prefixes[m.group("prefix")]
            found.append(Mention(m.start(), m.end(), m.group("code"), RANK_CODE, scale=scale))
    found.extend(_word_mentions(text))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return Mentions(kept)


_MAX_GAP = 2  # spaces allowed between a currency and its number ("US$ 5", "5 million  euros")


def currency_for(text: str, mentions: Mentions, start: int, end: int, *, sum_form: bool = False) -> Mention | None:
    """Pick the best currency written right before ``start`` or right after ``end``.

    Args:
        text: The text.
        mentions: Its currency mentions.
        start: Where the amount starts.
        end: Where it ends.
        sum_form: The amount is money by its form: digits with a scale word
            or thousands grouping ("10m", "250,000"). Only then is a
            ``scaled_or_grouped`` symbol read, fused before the digits
            ("N10m"; not "N 10m", "N95", "10m N").
    """
    candidates: list[Mention] = []
    for gap in range(_MAX_GAP + 1):
        if gap == 0 or not text[start - gap : start].strip():
            before = mentions.by_end.get(start - gap)
            fused_sum = sum_form and gap == 0  # a scaled_or_grouped symbol only right before a sum ("N10m")
            # words only follow the number
            if before is not None and before.rank != RANK_WORD and (fused_sum or not before.scaled_or_grouped):
                candidates.append(before)
        if gap == 0 or not text[end : end + gap].strip():
            after = mentions.by_start.get(end + gap)
            if after is not None and not after.scaled_or_grouped:
                candidates.append(after)
    return max(candidates, key=lambda m: m.rank, default=None)
