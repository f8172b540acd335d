"""Money amounts: a number or a range of two, its currency and its qualifiers (:func:`parse_money`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from pydantic import ValidationError

from eventkit.models import Money, MoneyQualifier
from eventkit.normalize.money.currencies import RANK_CODE, compiled, currency_of_country
from eventkit.normalize.money.mentions import Mention, Mentions, currency_for, find_mentions
from eventkit.normalize.money.numbers import Number, Token, canon, is_grouped, parse_number, prepare, tokenize

__all__ = ["MAX_TEXT", "MoneyReading", "parse_money", "range_end", "read_money", "read_money_local"]

MAX_TEXT = 2000
_BETWEEN_RE = re.compile(r"(?<![^\W\d_])between\s{1,3}(?:\S{1,4}\s{0,2})?$", re.IGNORECASE)
_LOOKBACK = 40  # characters searched for a qualifier before an amount
_CENTS_RE = re.compile(r"\d{2}")


@dataclass(frozen=True)
class MoneyReading:
    """A parsed money expression and how its currency was chosen.

    Attributes:
        money: The money.
        note: Set when an ambiguous symbol or word ("$", "¥", "dollars",
            "rupees", "Sh") was read as the currency of the article or its
            country rather than its default, or without one: "'$' read as AUD
            (not USD): the article's country AUS writes it", "'Sh' read as KES
            (no default): the dateline's country KEN writes it"; None otherwise.
    """

    money: Money
    note: str | None = None


@dataclass(frozen=True)
class _Amount:
    low: Number
    high: Number | None
    start: int  # character offsets of the numbers (without currency)
    end: int
    inner: Mention | None = None  # a code inside the amount: "40 USD million", "12 USD 50"

    def sum_form(self, tokens: list[Token]) -> bool:
        """Digits with a scale word or thousands grouping ("10m", "2.5 billion", "250,000"): money by its form."""
        first = tokens[self.low.first]
        if first.kind != "num":
            return False
        scaled = self.low.last_scale is not None or (self.high is not None and self.high.last_scale is not None)
        return scaled or is_grouped(first.text)


def _inner_code(text: str, tokens: list[Token], mentions: Mentions, low: Number) -> tuple[Number, Mention] | None:
    """A code between a number and its scale ("40 USD million") or its cents ("12 USD 50")."""
    j = low.end
    if low.last_scale is not None or j + 1 >= len(tokens):
        return None
    code, nxt = tokens[j], tokens[j + 1]
    mention = mentions.by_start.get(code.start)
    if mention is None or mention.rank != RANK_CODE or mention.end != code.end or mention.scale is not None:
        return None
    if text[tokens[j - 1].end : code.start] != " " or text[code.end : nxt.start] != " ":
        return None
    scales = compiled().scales
    factor = scales.get(nxt.low) if nxt.kind == "word" and len(nxt.low) > 2 else None
    if factor is not None and factor >= 1000:
        return Number(canon(low.value * factor), low.first, j + 2, factor), mention
    if (
        nxt.kind == "num"
        and _CENTS_RE.fullmatch(nxt.text)
        and low.end - low.first == 1
        and "." not in tokens[j - 1].text
    ):
        after = tokens[j + 2] if j + 2 < len(tokens) else None
        if after is None or not (after.kind == "num" or after.low in scales):
            return Number(canon(low.value + Decimal(nxt.text) / 100), low.first, j + 2, None), mention
    return None


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
        inner = _inner_code(text, tokens, mentions, low)
        if inner is not None:
            number, mention = inner
            found.append(_Amount(number, None, tokens[low.first].start, tokens[number.end - 1].end, mention))
            i = number.end
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


def parse_money(text: str, *, country: str | None = None) -> Money | None:
    r"""Parse a money expression into :class:`~eventkit.models.Money`.

    Reads digits ("$50,000", "26.8", "\\$8.9 million" with a Markdown escape),
    number words and fractions ("five million dollars", "a million dollars",
    "three quarters of a million pounds"), scale words (thousand, million,
    billion, trillion, bn, mn, m, k, crore, lakh), currency symbols, ISO codes
    and words (from the CLDR and ``currencies.yaml``), codes around numbers
    ("40 USD million", "45 MUSD", "12 USD 50"), qualifiers ("around" ->
    ``qualifier="approximately"``, "more than" -> ``"at_least"`` and
    ``min_amount``, "up to" -> ``"at_most"`` and ``max_amount``; all set
    ``approximate=True``) and ranges ("$5-6 million", "between $5 million and
    $7 million" -> ``amount`` and ``min_amount`` are the lower bound,
    ``max_amount`` the upper).

    The first amount that has a currency next to it is returned. A currency
    next to the amount wins over one elsewhere; when both sides have one, a
    specific symbol (US$, HK$, R) beats an ISO code, which beats a word
    ("yuan"), which beats a bare shared symbol ("$" -> USD, "¥" -> JPY).
    A symbol of ``scaled_or_grouped_symbols`` (``currency_ambiguity.yaml``)
    is read only fused before digits with a scale word or thousands grouping
    ("N10m", "N250,000" -> NGN; "N95 masks" is no money). A shared form
    without a default ("Sh", "Shs", "pesos") needs ``country``: "Sh2 million"
    alone is None, with ``country="KEN"`` KES.

    Args:
        text: The expression, e.g. "around $26.8 million" or "5 billion rand".
        country: The article's country (ISO 3166 alpha-3 or alpha-2), if known.
            A shared symbol or word that this country's own currency writes is
            read as that currency: "$5 million" with ``country="AUS"`` is AUD.
            See :func:`read_money` for the record of that choice.

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
    reading = read_money(text, country=country)
    return reading.money if reading is not None else None


def read_money(text: str, *, country: str | None = None) -> MoneyReading | None:
    """Parse a money expression like :func:`parse_money`, with a note on how an ambiguous currency was chosen.

    Args:
        text: The expression.
        country: The article's country (ISO 3166 alpha-3 or alpha-2), if known.

    Returns:
        The reading, or None when there is no money. Never raises.
    """
    local = currency_of_country(country) if isinstance(country, str) else None
    reason = f"the article's country {country.upper()} writes it" if local is not None and country else None
    return read_money_local(text, local, reason)


def read_money_local(
    text: str,
    local: str | None,
    reason: str | None,
    *,
    home: str | None = None,
    home_reason: str | None = None,
) -> MoneyReading | None:
    """Parse a money expression, reading a shared symbol or word as ``local`` when that currency writes it.

    Args:
        text: The expression.
        local: The currency the article uses (ISO 4217), or None.
        reason: Why ``local`` is the article's currency, for the reading's note.
        home: The currency of the country the article is from (ISO 4217), or
            None. Weaker than ``local``: it decides only a shared form
            without a default ("Sh", "shillings") that ``local`` does not.
        home_reason: Why ``home`` is the article's, for the reading's note.

    Returns:
        The reading, or None when there is no money. Never raises.
    """
    try:
        return _read_money(text, local, reason, home, home_reason)
    except (ArithmeticError, ValueError, TypeError, IndexError, ValidationError):
        return None


def _qualifier(work: str, left: int, right: int) -> MoneyQualifier | None:
    """The qualifier written before ``left`` (outside a "between") or after ``right``; the longest match wins."""
    window = work[max(0, left - _LOOKBACK) : left]
    between = _BETWEEN_RE.search(window)
    if between is not None:
        window = window[: between.start()]
    following = work[right : right + _LOOKBACK]
    best: tuple[int, str] | None = None
    for kind, (before_re, after_re) in compiled().qualifiers.items():
        for m in (before_re.search(window), after_re.match(following)):
            if m is not None and (best is None or len(m.group().strip()) > best[0]):
                best = (len(m.group().strip()), kind)
    return MoneyQualifier(best[1]) if best is not None else None


def _currency_code(
    mention: Mention, work: str, local: str | None, reason: str | None, home: str | None, home_reason: str | None
) -> tuple[str, str | None]:
    """The mention's code, or the article's own currency when the mention is shared and that currency writes it.

    ``local`` (the article's currency) decides any shared form; ``home`` (its
    country's) only one without a default.
    """
    form = work[mention.start : mention.end]
    default = f"not {mention.code}" if mention.code else "no default"
    if local is not None and local != mention.code and local in mention.candidates:
        return local, f"{form!r} read as {local} ({default}): {reason or 'the article uses it'}"
    if not mention.code and home is not None and home in mention.candidates:
        return home, f"{form!r} read as {home} ({default}): {home_reason or 'the article uses it'}"
    return mention.code, None


@lru_cache(maxsize=4096)
def _read_money(
    text: str, local: str | None, reason: str | None, home: str | None = None, home_reason: str | None = None
) -> MoneyReading | None:
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_TEXT:
        return None
    work = prepare(stripped)
    tokens = tokenize(work)
    mentions = find_mentions(work)
    if not mentions.items:
        return None
    for amount in _amounts(work, tokens, mentions):
        currency = amount.inner or currency_for(
            work, mentions, amount.start, amount.end, sum_form=amount.sum_form(tokens)
        )
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
        if currency.scale is not None:  # "45 MUSD"
            if amount.low.last_scale is None:
                value = canon(value * currency.scale)
            if upper is not None and amount.high is not None and amount.high.last_scale is None:
                upper = canon(upper * currency.scale)
        code, note = _currency_code(currency, work, local, reason, home, home_reason)
        if not code:
            continue  # "5 million pesos" without the article's currency
        # qualifiers: before the currency symbol (or the number), or after the amount
        qualifier = _qualifier(work, min(amount.start, currency.start), max(amount.end, currency.end))
        lower = value if upper is not None or qualifier is MoneyQualifier.AT_LEAST else None
        if upper is None and qualifier is MoneyQualifier.AT_MOST:
            upper = value
        money = Money(
            amount=value,
            currency=code,
            text=stripped,
            approximate=qualifier is not None,
            max_amount=upper,
            min_amount=lower,
            qualifier=qualifier,
        )
        return MoneyReading(money, note)
    return None
