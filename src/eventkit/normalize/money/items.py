"""Bare quantities ("about 100", "dozens") and donated items ("a shipment of 450 generators")."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pydantic import ValidationError

from eventkit.lexicons import per_resources
from eventkit.models import Item
from eventkit.normalize.money.amounts import MAX_TEXT, range_end
from eventkit.normalize.money.currencies import compiled
from eventkit.normalize.money.mentions import Mentions
from eventkit.normalize.money.numbers import parse_number, prepare, quantity_words, tokenize

__all__ = ["parse_item", "parse_quantity"]


@per_resources
def _container_re() -> re.Pattern[str]:
    """Words that open a container phrase before the real item ("a shipment of")."""
    words = "|".join(re.escape(w) for w in quantity_words().containers)
    return re.compile(rf"^(?:(?:a|an|the|another)\s+)?(?:{words})\s+of\s+", re.IGNORECASE)


_WORTH_OF_RE = re.compile(r"\bworth\s+of\s+", re.IGNORECASE)
_TRAILING_VALUE_RE = re.compile(r"\s+(?:worth|valued|valuing|totall?ing|costing)\b", re.IGNORECASE)


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
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        return None
    lex = compiled()
    work = " ".join(prepare(text).split())
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
    vague = quantity_words().vague_counts.get(work.lower())
    if vague is not None:
        return Decimal(vague), True
    tokens = tokenize(work)
    number = parse_number(tokens, 0, lex.scales)
    if number is None:
        return None
    if number.end < len(tokens):
        high = range_end(work, tokens, Mentions([]), number, lex.scales)
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
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        return None
    work = " ".join(prepare(text).split()).strip(" ,;:.")
    m = _WORTH_OF_RE.search(work)
    if m is not None:
        work = work[m.end() :]
    else:
        m = _TRAILING_VALUE_RE.search(work)
        if m is not None:
            work = work[: m.start()]
    for _ in range(3):
        m = _container_re().match(work)
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
    drop = quantity_words().increments if quantity is not None else quantity_words().item_determiners
    while words and words[0].lower() in drop:
        words = words[1:]
    description = " ".join(words).strip(" ,;:.")
    if not description or not any(ch.isalpha() for ch in description):
        return None
    if quantity is None:
        return Item(description=description)
    return Item(description=description, quantity=quantity[0], approximate=quantity[1])
