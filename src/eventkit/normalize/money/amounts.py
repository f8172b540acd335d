"""Money amounts: a number or a range of two, its currency and its qualifiers (:func:`parse_money`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pydantic import ValidationError

from eventkit.models import Money
from eventkit.normalize.money.lexicon import compiled
from eventkit.normalize.money.mentions import Mentions, currency_for, find_mentions
from eventkit.normalize.money.numbers import Number, Token, canon, parse_number, prepare, tokenize

__all__ = ["MAX_TEXT", "parse_money", "range_end"]

MAX_TEXT = 2000
#: "between" right before an amount, perhaps with its currency symbol: "between US$".
_BETWEEN_RE = re.compile(r"(?<![^\W\d_])between\s{1,3}(?:\S{1,4}\s{0,2})?$", re.IGNORECASE)
_LOOKBACK = 40  # characters searched for a qualifier before an amount


@dataclass(frozen=True)
class _Amount:
    low: Number
    high: Number | None
    start: int  # character offsets of the numbers (without currency)
    end: int


def _amounts(text: str, tokens: list[Token], mentions: Mentions) -> list[_Amount]:
    """Every amount (a number, or a range of two) in reading order."""
    scales = compiled().scales
    found: list[_Amount] = []
    i = 0
    while i < len(tokens):
        if mentions.covers(tokens[i]) and tokens[i].kind != "num":
            i += 1
            continue
        low = parse_number(tokens, i, scales)
        if low is None:
            i += 1
            continue
        high = range_end(text, tokens, mentions, low, scales)
        last = high or low
        found.append(_Amount(low, high, tokens[low.first].start, tokens[last.end - 1].end))
        i = last.end
    return found


def range_end(
    text: str, tokens: list[Token], mentions: Mentions, low: Number, scales: dict[str, Decimal]
) -> Number | None:
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
    return parse_number(tokens, j, scales)


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
    if not stripped or len(stripped) > MAX_TEXT:
        return None
    work = prepare(stripped)
    lex = compiled()
    tokens = tokenize(work)
    mentions = find_mentions(work)
    if not mentions.items:
        return None
    for amount in _amounts(work, tokens, mentions):
        currency = currency_for(work, mentions, amount.start, amount.end)
        if currency is None:
            continue
        value = amount.low.value
        upper: Decimal | None = None
        if amount.high is not None:
            upper = amount.high.value
            scale = amount.high.last_scale
            if amount.low.last_scale is None and scale is not None and value < 1000 and value * scale <= upper:
                value = canon(value * scale)  # "$5-6 million": the scale is shared
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
