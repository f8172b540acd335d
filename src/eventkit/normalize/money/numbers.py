"""Tokens and numbers: digits, English number words and scale words ("26.8 million", "two hundred and fifty")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from eventkit.lexicons import load_yaml, per_resources

__all__ = [
    "Number",
    "Token",
    "canon",
    "is_grouped",
    "number_value",
    "parse_number",
    "prepare",
    "quantity_words",
    "tokenize",
]


class _Words(NamedTuple):
    """The quantity words of ``resources/lexicons/quantities.en.yaml``."""

    units: dict[str, int]
    tens: dict[str, int]
    small_scales: dict[str, int]
    fractions: dict[str, Decimal]
    vague_counts: dict[str, int]
    containers: tuple[str, ...]
    item_determiners: frozenset[str]
    increments: frozenset[str]


@per_resources
def quantity_words() -> _Words:
    """Number words, fractions, vague counts and item words, from the quantities lexicon."""
    data = load_yaml("lexicons/quantities.en.yaml")
    return _Words(
        units={w: i for i, w in enumerate(data["units"])},
        tens={w: 10 * (i + 2) for i, w in enumerate(data["tens"])},
        small_scales=dict(data["small_scales"]),
        fractions={w: Decimal(1) / Decimal(d) for w, d in data["fractions"].items()},
        vague_counts=dict(data["vague_counts"]),
        containers=tuple(data["containers"]),
        item_determiners=frozenset(data["item_determiners"]),
        increments=frozenset(data["increments"]),
    )


_DASHES = str.maketrans(
    {"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
)
_ESCAPE_RE = re.compile(r"\\(?=[^\w\s])")
_TOKEN_RE = re.compile(
    r"(?P<num>"
    r"\d{1,3}(?:\.\d{3}){2,}(?![\d.])"  # 5.000.000 (dots group thousands)
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"  # 5,00,000 (lakh grouping)
    r"|\d{1,3}(?: \d{3})+(?![\d,.])"  # 5 000 000 (spaces group thousands)
    r"|\d+,\d{1,2}(?![\d,])"  # 1,5 (a decimal comma)
    r"|\d+(?:,\d{3})*(?:\.\d+)?"  # 1,234.5
    r")|(?P<word>[^\W\d_]+)|(?P<sym>\S)"
)
_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")
#: Digits with thousands grouped by commas, or lakhs: "250,000", "5,00,000" (dots: ``_DOT_THOUSANDS_RE``).
_COMMA_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")


@dataclass(frozen=True)
class Token:
    """A number, a word or one other character of the text, with its offsets."""

    kind: str  # "num", "word" or "sym"
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """The text in lower case."""
        return self.text.lower()


@dataclass(frozen=True)
class Number:
    """A parsed number and the tokens it spans."""

    value: Decimal
    first: int  # index of the first token
    end: int  # index after the last token
    last_scale: Decimal | None  # the multiplier of the last scale word ("million")


def prepare(text: str) -> str:
    r"""Undo Markdown escapes ("\\$8.9") and unify dashes and spaces; keeps offsets stable."""
    return _ESCAPE_RE.sub(" ", text.translate(_DASHES))


def tokenize(text: str) -> list[Token]:
    """Split a text into numbers, words and single other characters.

    A hyphen that joins a word or number to a following word ("twenty-five",
    "one-and-a-half", "5.5-million") is dropped; one before a number is kept
    ("5-6 million" is a range).
    """
    tokens = [Token(m.lastgroup or "sym", m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    return [
        tok
        for k, tok in enumerate(tokens)
        if not (
            tok.text == "-"
            and 0 < k < len(tokens) - 1
            and tokens[k - 1].end == tok.start
            and tokens[k + 1].start == tok.end
            and tokens[k - 1].kind in ("num", "word")
            and tokens[k + 1].kind == "word"
        )
    ]


def number_value(text: str) -> Decimal:
    """The value of a digit token: "1,234.5", "5.000.000", "5 000 000", "5,00,000", "1,5" (a decimal comma)."""
    if " " in text:
        return Decimal(text.replace(" ", ""))
    if _DOT_THOUSANDS_RE.fullmatch(text):
        return Decimal(text.replace(".", ""))
    if _DECIMAL_COMMA_RE.fullmatch(text):
        return Decimal(text.replace(",", "."))
    return Decimal(text.replace(",", ""))


def is_grouped(text: str) -> bool:
    """Tell whether a digit token groups its thousands with commas or dots ("250,000", "5.000.000"; not "1,5").

    Spaces do not count here: "N1 500" may be a road and a count.
    """
    return _COMMA_GROUPED_RE.fullmatch(text) is not None or _DOT_THOUSANDS_RE.fullmatch(text) is not None


def canon(value: Decimal) -> Decimal:
    """Drop a spurious exponent or trailing zeros: 26.8 * 10**6 -> 26800000."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _scale_ok(tokens: list[Token], j: int, scale_word: str) -> bool:
    """One- and two-letter scales ("m", "bn") must sit right after the digits (or one space for two letters)."""
    if len(scale_word) > 2:
        return True
    prev = tokens[j - 1]
    gap = tokens[j].start - prev.end
    return prev.kind == "num" and (gap == 0 or (gap == 1 and len(scale_word) == 2))


def _fraction(tokens: list[Token], i: int, scales: dict[str, Decimal]) -> tuple[Decimal, int] | None:
    """Read "a quarter of a", "three-quarters of a", "one third of a" before a scale word.

    Returns:
        The fraction and the index of the scale word, or None.
    """
    n = len(tokens)
    j = i
    count = Decimal(1)
    low = tokens[j].low
    if low in quantity_words().units and low != "zero":
        count = Decimal(quantity_words().units[low])
        j += 1
    elif low in ("a", "an"):
        j += 1
    if j < n and tokens[j].text == "-" and j > i:
        j += 1
    if j >= n or tokens[j].low not in quantity_words().fractions or (j == i and tokens[j].low == "half"):
        return None
    value = count * quantity_words().fractions[tokens[j].low]
    j += 1
    if j < n and j - 1 > i and scales.get(tokens[j].low, Decimal(0)) >= 1000:
        return value, j  # "a quarter million"
    if j < n and tokens[j].low == "of":
        j += 1
    if j + 1 < n and tokens[j].low in ("a", "an") and scales.get(tokens[j + 1].low, Decimal(0)) >= 1000:
        return value, j + 1
    return None


def parse_number(tokens: list[Token], i: int, scales: dict[str, Decimal]) -> Number | None:
    """Parse digits and/or number words starting at token ``i``."""
    total = Decimal(0)
    current: Decimal | None = None
    last: str | None = None  # kind of the last consumed piece
    last_scale: Decimal | None = None
    end = i
    j = i
    n = len(tokens)
    fraction = _fraction(tokens, i, scales) if tokens[i].kind == "word" else None
    if fraction is not None:
        current, j = fraction  # "three quarters of a" million: the scale word follows
        last = "a"
    while j < n:
        tok = tokens[j]
        low = tok.low
        nxt = tokens[j + 1].low if j + 1 < n else ""
        if tok.kind == "num":
            smaller_scale = scales.get(nxt) or Decimal(0)
            if last is not None and not (last == "scale" and last_scale and 1000 <= smaller_scale < last_scale):
                break  # "1 crore 20 lakh" and "2 million 500 thousand" go on
            current = number_value(tok.text)
            last = "num"
        elif tok.kind == "word" and low in quantity_words().units and last in (None, "ten", "hundred", "scale", "and"):
            current = (current or Decimal(0)) + quantity_words().units[low]
            last = "unit"
        elif tok.kind == "word" and low in quantity_words().tens and last in (None, "hundred", "scale", "and"):
            current = (current or Decimal(0)) + quantity_words().tens[low]
            last = "ten"
        elif (
            tok.kind == "word"
            and low in ("a", "an")
            and last is None
            and (nxt in scales or nxt in quantity_words().small_scales)
        ):
            current = Decimal(1)
            last = "a"
            j += 1
            continue  # "a" alone is no number: do not move ``end``
        elif tok.kind == "word" and low == "half" and last is None and nxt in ("a", "an"):
            if j + 2 < n and tokens[j + 2].low in scales:
                current = Decimal("0.5")
                last = "a"
                j += 2
                continue
            break
        elif (
            tok.kind == "word"
            and (low in scales or low in quantity_words().small_scales)
            and last in ("num", "unit", "ten", "a", "hundred", "scale")
        ):
            factor = scales.get(low) or Decimal(quantity_words().small_scales[low])
            if not _scale_ok(tokens, j, low):
                break
            if factor < 1000:
                if last == "scale" or current is None:
                    break
                current *= factor
                last = "hundred"
            else:
                if current is None:
                    if total == 0:
                        break
                    total *= factor  # "a thousand million"
                else:
                    total += current * factor
                current = None
                last = "scale"
                last_scale = factor
        elif (
            tok.kind == "word"
            and low == "and"
            and last in ("num", "unit", "ten")
            and nxt in ("a", "an")
            and j + 3 < n
            and tokens[j + 2].low == "half"
            and tokens[j + 3].low in scales
        ):
            current = (current or Decimal(0)) + Decimal("0.5")  # "one and a half million"
            j += 3
            continue
        elif (
            tok.kind == "word"
            and low == "and"
            and last == "hundred"
            and (nxt in quantity_words().units or nxt in quantity_words().tens)
        ):
            last = "and"
            j += 1
            continue
        else:
            break
        j += 1
        end = j
    if end == i:
        return None
    return Number(canon(total + (current or Decimal(0))), i, end, last_scale)
