r"""Money amounts, quantities and donated items.

* :func:`parse_money` reads "around \\$26.8 million", "US$1.2bn",
  "5 billion yuan", "between $5 million and $7 million" into a
  :class:`~eventkit.models.Money` with a Decimal amount and an ISO 4217 code.
* :func:`parse_quantity` reads "450", "about 100", "two hundred", "dozens".
* :func:`parse_item` reads "a shipment of 450 gasoline generators" into an
  :class:`~eventkit.models.Item`.

Currency symbols and words, scale words and approximation qualifiers are data:
``resources/lexicons/currencies.yaml``. No function here raises on bad input;
they return None. Every regular expression is linear-time (no nested
quantifiers; look-behind windows are bounded).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from eventkit.lexicons import load_yaml
from eventkit.models import Item, Money

__all__ = ["currency_of_word", "parse_item", "parse_money", "parse_quantity"]

_LEXICON = "lexicons/currencies.yaml"
_MAX_TEXT = 2000

# English number words: a closed class, kept in code.
_UNITS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    word: 10 * (i + 2)
    for i, word in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
}
_SMALL_SCALES = {"dozen": 12}
#: Vague plural numerals: a conventional lower reading, always approximate.
_VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "tens of thousands": 20000,
    "hundreds of thousands": 200000,
    "millions": 2000000,
}
#: Words that open a container phrase before the real item ("a shipment of").
_CONTAINERS = (
    "shipment|shipments|batch|batches|consignment|consignments|delivery|deliveries|donation|donations|"
    "package|packages|total|tranche|supply|supplies|load|loads|set|sets|lot|lots|number|quantity|"
    "range|array|variety|series|convoy|convoys"
)
_CONTAINER_RE = re.compile(rf"^(?:(?:a|an|the|another)\s+)?(?:{_CONTAINERS})\s+of\s+", re.IGNORECASE)
_WORTH_OF_RE = re.compile(r"\bworth\s+of\s+", re.IGNORECASE)
_TRAILING_VALUE_RE = re.compile(r"\s+(?:worth|valued|valuing|totall?ing|costing)\b", re.IGNORECASE)
_DETERMINERS = frozenset({"a", "an", "the", "some", "its", "their", "his", "her", "of"})
#: Words between the quantity and the item that do not describe it ("100 more generators").
_INCREMENTS = frozenset({"more", "additional", "extra", "further", "other", "of"})
_DASHES = str.maketrans(
    {"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
)
_ESCAPE_RE = re.compile(r"\\(?=[^\w\s])")
_TOKEN_RE = re.compile(r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)|(?P<word>[^\W\d_]+)|(?P<sym>\S)")
_CODE_RE = re.compile(r"(?<![^\W\d_])[A-Z]{3}(?![^\W\d_])")
#: "between" right before an amount, perhaps with its currency symbol: "between US$".
_BETWEEN_RE = re.compile(r"(?<![^\W\d_])between\s{1,3}(?:\S{1,4}\s{0,2})?$", re.IGNORECASE)
_LOOKBACK = 40  # characters searched for a qualifier before an amount

# Ranks of a currency mention: the highest next to an amount wins.
_RANK_DEFAULT_SYMBOL, _RANK_WORD, _RANK_CODE, _RANK_SYMBOL = range(4)


def _valid_currency(code: str) -> str:
    code = code.upper()
    if pycountry.currencies.get(alpha_3=code) is None:
        raise ValueError(f"{code!r} is not an ISO 4217 currency code")
    return code


class CurrencyForms(BaseModel):
    """The symbols and words of one currency."""

    model_config = ConfigDict(extra="forbid")

    symbols: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)


class CurrencyLexicon(BaseModel):
    """Schema of ``currencies.yaml`` (validated when loaded)."""

    model_config = ConfigDict(extra="forbid")

    currencies: dict[str, CurrencyForms]
    default_symbols: dict[str, str] = Field(default_factory=dict)
    scales: dict[str, Decimal] = Field(default_factory=dict)
    qualifiers: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("currencies")
    @classmethod
    def _codes(cls, value: dict[str, CurrencyForms]) -> dict[str, CurrencyForms]:
        return {_valid_currency(code): forms for code, forms in value.items()}

    @field_validator("default_symbols")
    @classmethod
    def _default_codes(cls, value: dict[str, str]) -> dict[str, str]:
        return {symbol: _valid_currency(code) for symbol, code in value.items()}


@dataclass(frozen=True)
class _Lexicon:
    symbol_re: re.Pattern[str]
    symbols: dict[str, tuple[str, int]]
    word_re: re.Pattern[str]
    words: dict[str, str]
    scales: dict[str, Decimal]
    before_re: re.Pattern[str]
    after_re: re.Pattern[str]
    leading_re: re.Pattern[str]
    trailing_re: re.Pattern[str]


def _alternation(forms: Sequence[str], *, flexible_space: bool = False) -> str:
    """Build a regex alternation of literal forms, longest first, not inside a word."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        body = re.escape(form)
        if flexible_space:
            body = body.replace(r"\ ", r"\s{1,3}")
        if form[:1].isalpha():
            body = r"(?<![^\W\d_])" + body
        if form[-1:].isalpha():
            body = body + r"(?![^\W\d_])"
        parts.append(body)
    return "|".join(parts)


@cache
def lexicon() -> CurrencyLexicon:
    """Return the validated contents of ``currencies.yaml`` (loaded once)."""
    return CurrencyLexicon.model_validate(load_yaml(_LEXICON))


def currency_of_word(word: str) -> str | None:
    """The ISO 4217 code a currency word names ("euros" -> "EUR"), or None."""
    return _compiled().words.get(" ".join(word.lower().split()))


@cache
def _compiled() -> _Lexicon:
    lex = lexicon()
    symbols: dict[str, tuple[str, int]] = {s: (c, _RANK_DEFAULT_SYMBOL) for s, c in lex.default_symbols.items()}
    words: dict[str, str] = {}
    for code, forms in lex.currencies.items():
        for symbol in forms.symbols:
            symbols[symbol] = (code, _RANK_SYMBOL)
        for word in forms.words:
            key = " ".join(word.lower().split())
            words[key] = code
            if not key.endswith("s"):
                words[key + "s"] = code
    before = lex.qualifiers.get("before", [])
    after = lex.qualifiers.get("after", [])
    return _Lexicon(
        symbol_re=re.compile(_alternation(list(symbols))),
        symbols=symbols,
        word_re=re.compile(_alternation(list(words), flexible_space=True), re.IGNORECASE),
        words=words,
        scales={k.lower(): v for k, v in lex.scales.items()},
        before_re=re.compile(rf"(?:{_alternation(before, flexible_space=True)})\s{{0,3}}$", re.IGNORECASE),
        after_re=re.compile(rf"^\s{{0,3}}(?:{_alternation(after, flexible_space=True)})", re.IGNORECASE),
        leading_re=re.compile(rf"^(?:{_alternation(before, flexible_space=True)})\s{{0,3}}", re.IGNORECASE),
        trailing_re=re.compile(rf"\s{{0,3}}(?:{_alternation(after, flexible_space=True)})$", re.IGNORECASE),
    )


# ----------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class _Token:
    kind: str  # "num", "word" or "sym"
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    code: str
    rank: int


@dataclass(frozen=True)
class _Number:
    value: Decimal
    first: int  # index of the first token
    end: int  # index after the last token
    last_scale: Decimal | None  # the multiplier of the last scale word ("million")


def _prepare(text: str) -> str:
    r"""Undo Markdown escapes ("\\$8.9") and unify dashes and spaces; keeps offsets stable."""
    return _ESCAPE_RE.sub(" ", text.translate(_DASHES))


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.lastgroup or "sym", m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _canon(value: Decimal) -> Decimal:
    """Drop a spurious exponent or trailing zeros: 26.8 * 10**6 -> 26800000."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _scale_ok(tokens: list[_Token], j: int, scale_word: str) -> bool:
    """One- and two-letter scales ("m", "bn") must sit right after the digits (or one space for two letters)."""
    if len(scale_word) > 2:
        return True
    prev = tokens[j - 1]
    gap = tokens[j].start - prev.end
    return prev.kind == "num" and (gap == 0 or (gap == 1 and len(scale_word) == 2))


def _parse_number(tokens: list[_Token], i: int, scales: dict[str, Decimal]) -> _Number | None:
    """Parse digits and/or number words starting at token ``i``."""
    total = Decimal(0)
    current: Decimal | None = None
    last: str | None = None  # kind of the last consumed piece
    last_scale: Decimal | None = None
    end = i
    j = i
    n = len(tokens)
    while j < n:
        tok = tokens[j]
        low = tok.low
        nxt = tokens[j + 1].low if j + 1 < n else ""
        if tok.kind == "num":
            if last is not None:
                break
            current = Decimal(tok.text.replace(",", ""))
            last = "num"
        elif tok.kind == "word" and low in _UNITS and last in (None, "ten", "hundred", "scale", "and"):
            current = (current or Decimal(0)) + _UNITS[low]
            last = "unit"
        elif tok.kind == "word" and low in _TENS and last in (None, "hundred", "scale", "and"):
            current = (current or Decimal(0)) + _TENS[low]
            last = "ten"
        elif tok.kind == "word" and low in ("a", "an") and last is None and (nxt in scales or nxt in _SMALL_SCALES):
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
            and (low in scales or low in _SMALL_SCALES)
            and last in ("num", "unit", "ten", "a", "hundred", "scale")
        ):
            factor = scales.get(low) or Decimal(_SMALL_SCALES[low])
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
        elif tok.kind == "word" and low == "and" and last == "hundred" and (nxt in _UNITS or nxt in _TENS):
            last = "and"
            j += 1
            continue
        elif (
            tok.kind == "sym"
            and tok.text == "-"
            and last == "ten"
            and nxt in _UNITS
            and tokens[j - 1].end == tok.start == tokens[j + 1].start - 1
        ):
            j += 1
            continue
        else:
            break
        j += 1
        end = j
    if end == i:
        return None
    return _Number(_canon(total + (current or Decimal(0))), i, end, last_scale)


# --------------------------------------------------------------------- currency


class _Mentions:
    """The currency mentions of a text, indexed by their start and end offsets."""

    def __init__(self, mentions: list[_Mention]) -> None:
        self.items = mentions
        self.by_start = {m.start: m for m in mentions}
        self.by_end = {m.end: m for m in mentions}
        self._covered: set[int] = set()
        for m in mentions:
            self._covered.update(range(m.start, m.end))

    def covers(self, tok: _Token) -> bool:
        """Tell whether a token lies inside a currency mention ("US" of "US$")."""
        return tok.start in self._covered and (tok.end - 1) in self._covered


def _mentions(text: str) -> _Mentions:
    """Find every currency symbol, ISO code and word in ``text``, without overlaps (longest wins)."""
    lex = _compiled()
    found: list[_Mention] = []
    for m in lex.symbol_re.finditer(text):
        code, rank = lex.symbols[m.group()]
        found.append(_Mention(m.start(), m.end(), code, rank))
    for m in _CODE_RE.finditer(text):
        if pycountry.currencies.get(alpha_3=m.group()) is not None:
            found.append(_Mention(m.start(), m.end(), m.group(), _RANK_CODE))
    for m in lex.word_re.finditer(text):
        code = lex.words[" ".join(m.group().lower().split())]
        found.append(_Mention(m.start(), m.end(), code, _RANK_WORD))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[_Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return _Mentions(kept)


_MAX_GAP = 2  # spaces allowed between a currency and its number ("US$ 5", "5 million  euros")


def _currency_for(text: str, mentions: _Mentions, start: int, end: int) -> _Mention | None:
    """Pick the best currency written right before ``start`` or right after ``end``."""
    candidates: list[_Mention] = []
    for gap in range(_MAX_GAP + 1):
        if gap == 0 or not text[start - gap : start].strip():
            before = mentions.by_end.get(start - gap)
            if before is not None and before.rank != _RANK_WORD:  # words only follow the number
                candidates.append(before)
        if gap == 0 or not text[end : end + gap].strip():
            after = mentions.by_start.get(end + gap)
            if after is not None:
                candidates.append(after)
    return max(candidates, key=lambda m: m.rank, default=None)


# ------------------------------------------------------------------------ money


@dataclass(frozen=True)
class _Amount:
    low: _Number
    high: _Number | None
    start: int  # character offsets of the numbers (without currency)
    end: int


def _amounts(text: str, tokens: list[_Token], mentions: _Mentions) -> list[_Amount]:
    """Every amount (a number, or a range of two) in reading order."""
    scales = _compiled().scales
    found: list[_Amount] = []
    i = 0
    while i < len(tokens):
        if mentions.covers(tokens[i]) and tokens[i].kind != "num":
            i += 1
            continue
        low = _parse_number(tokens, i, scales)
        if low is None:
            i += 1
            continue
        high = _range_end(text, tokens, mentions, low, scales)
        last = high or low
        found.append(_Amount(low, high, tokens[low.first].start, tokens[last.end - 1].end))
        i = last.end
    return found


def _range_end(
    text: str, tokens: list[_Token], mentions: _Mentions, low: _Number, scales: dict[str, Decimal]
) -> _Number | None:
    """Parse the upper bound of "5-6 million", "$5 million to $7 million", "between 5 and 7 million"."""
    j = low.end
    if j >= len(tokens):
        return None
    link = tokens[j].low
    if link == "and":
        # only after "between": "between $5 million and $7 million"
        start = tokens[low.first].start
        if not _BETWEEN_RE.search(text[max(0, start - _LOOKBACK) : start]):
            return None
    elif link not in ("-", "to", "or"):
        return None
    j += 1
    while j < len(tokens) and mentions.covers(tokens[j]) and tokens[j].kind != "num":
        j += 1
    if j >= len(tokens):
        return None
    return _parse_number(tokens, j, scales)


def parse_money(text: str) -> Money | None:
    r"""Parse a money expression into :class:`~eventkit.models.Money`.

    Reads digits ("$50,000", "26.8", "\\$8.9 million" with a Markdown escape),
    number words ("five million dollars", "a million dollars"), scale words
    (thousand, million, billion, trillion, bn, mn, m, k, crore, lakh), currency
    symbols, ISO codes and words (see ``currencies.yaml``), qualifiers
    ("around", "more than", "up to" ... -> ``approximate=True``) and ranges
    ("$5-6 million", "between $5 million and $7 million" -> ``amount`` is the
    lower bound, ``max_amount`` the upper).

    The first amount that has a currency next to it is returned. A currency
    next to the amount wins over one elsewhere; when both sides have one, a
    specific symbol (US$, HK$, R) beats an ISO code, which beats a word
    ("yuan"), which beats a bare shared symbol ("$" -> USD, "¥" -> JPY).

    Args:
        text: The expression, e.g. "around $26.8 million" or "5 billion rand".

    Returns:
        The money, with ``text`` the stripped input; None when no amount with a
        currency is found. Never raises.

    Examples:
        >>> parse_money("around $26.8 million").amount
        Decimal('26800000')
        >>> parse_money("¥100 million yuan").currency
        'CNY'
        >>> parse_money("5 million") is None
        True

    """
    try:
        return _parse_money(text)
    except (ArithmeticError, ValueError, TypeError, IndexError, ValidationError):
        return None


def _parse_money(text: str) -> Money | None:
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_TEXT:
        return None
    work = _prepare(stripped)
    lex = _compiled()
    tokens = _tokens(work)
    mentions = _mentions(work)
    if not mentions.items:
        return None
    for amount in _amounts(work, tokens, mentions):
        currency = _currency_for(work, mentions, amount.start, amount.end)
        if currency is None:
            continue
        value = amount.low.value
        upper: Decimal | None = None
        if amount.high is not None:
            upper = amount.high.value
            scale = amount.high.last_scale
            if amount.low.last_scale is None and scale is not None and value < 1000 and value * scale <= upper:
                value = _canon(value * scale)  # "$5-6 million": the scale is shared
            if upper <= value:
                upper = None
        # qualifiers: before the currency symbol (or the number), or after the amount
        left = min(amount.start, currency.start)
        right = max(amount.end, currency.end)
        window = work[max(0, left - _LOOKBACK) : left]
        between = _BETWEEN_RE.search(window)
        if between is not None:
            window = window[: between.start()]
        approximate = bool(lex.before_re.search(window)) or bool(lex.after_re.match(work[right : right + _LOOKBACK]))
        return Money(amount=value, currency=currency.code, text=stripped, approximate=approximate, max_amount=upper)
    return None


# ------------------------------------------------------------------- quantities


def parse_quantity(text: str) -> tuple[Decimal, bool] | None:
    """Parse a bare quantity: digits or number words, with qualifiers.

    The whole text must be the quantity: "450" -> ``(450, False)``, "about 100"
    -> ``(100, True)``, "more than 135" -> ``(135, True)``, "1,200" -> 1200,
    "two hundred and fifty" -> 250, "1.5 million" -> 1500000, "a dozen" -> 12.
    Vague plurals give a conventional lower reading, approximate: "dozens" ->
    24, "scores" -> 40, "hundreds" -> 200, "thousands" -> 2000, "tens of
    thousands" -> 20000. A range ("100-200") gives its lower bound, approximate.
    Fractions ("three-quarters"), "several" and "a few" give None.

    Args:
        text: The quantity expression.

    Returns:
        ``(quantity, approximate)`` or None. Never raises.

    """
    try:
        return _parse_quantity(text)
    except (ArithmeticError, ValueError, TypeError, IndexError):
        return None


def _parse_quantity(text: str) -> tuple[Decimal, bool] | None:
    if not isinstance(text, str) or len(text) > _MAX_TEXT:
        return None
    lex = _compiled()
    work = " ".join(_prepare(text).split())
    approximate = False
    for _ in range(2):
        m = lex.leading_re.match(work)
        if m is None:
            break
        approximate = True
        work = work[m.end() :].strip()
    m = lex.trailing_re.search(work)
    if m is not None:
        approximate = True
        work = work[: m.start()].strip()
    if not work:
        return None
    vague = _VAGUE.get(work.lower())
    if vague is not None:
        return Decimal(vague), True
    tokens = _tokens(work)
    number = _parse_number(tokens, 0, lex.scales)
    if number is None:
        return None
    if number.end < len(tokens):
        high = _range_end(work, tokens, _Mentions([]), number, lex.scales)
        if high is None or high.end != len(tokens) or tokens[number.end].low == "and":
            return None
        approximate = True
    return number.value, approximate


def parse_item(text: str) -> Item | None:
    """Parse a donated item with its quantity.

    * "450 gasoline generators" -> description "gasoline generators", quantity 450;
    * "about 100 more generators" -> "generators", 100, approximate ("more",
      "additional", "extra", "further", "other" after the number are dropped);
    * "a shipment of 450 gasoline generators" -> as "450 gasoline generators"
      (also "a batch of", "a consignment of", "a total of" ...);
    * "medical supplies" -> "medical supplies", no quantity;
    * "$50,000 worth of goods" / "goods worth $50,000" -> "goods", no quantity
      (the value is money: see :func:`parse_money`);
    * "dozens of ambulances" -> "ambulances", 24, approximate.

    Args:
        text: The item phrase.

    Returns:
        The item (without a span), or None when nothing is left to describe.
        Never raises.

    """
    try:
        return _parse_item(text)
    except (ArithmeticError, ValueError, TypeError, IndexError, ValidationError, InvalidOperation):
        return None


def _parse_item(text: str) -> Item | None:
    if not isinstance(text, str) or len(text) > _MAX_TEXT:
        return None
    work = " ".join(_prepare(text).split()).strip(" ,;:.")
    m = _WORTH_OF_RE.search(work)
    if m is not None:
        work = work[m.end() :]
    else:
        m = _TRAILING_VALUE_RE.search(work)
        if m is not None:
            work = work[: m.start()]
    for _ in range(3):
        m = _CONTAINER_RE.match(work)
        if m is None:
            break
        work = work[m.end() :]
    words = work.split()
    quantity: tuple[Decimal, bool] | None = None
    for n in range(min(len(words) - 1, 8), 0, -1):
        quantity = parse_quantity(" ".join(words[:n]))
        if quantity is not None:
            words = words[n:]
            break
    drop = _INCREMENTS if quantity is not None else _DETERMINERS
    while words and words[0].lower() in drop:
        words = words[1:]
    description = " ".join(words).strip(" ,;:.")
    if not description or not any(ch.isalpha() for ch in description):
        return None
    if quantity is None:
        return Item(description=description)
    return Item(description=description, quantity=quantity[0], approximate=quantity[1])
