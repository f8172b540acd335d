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

The package is split along its seams: :mod:`.currencies` (the currency data),
:mod:`.numbers` (tokens, digits, number and scale words), :mod:`.mentions`
(currency mentions next to an amount), :mod:`.amounts` (:func:`parse_money`)
and :mod:`.items` (:func:`parse_quantity`, :func:`parse_item`).
"""

from __future__ import annotations

from eventkit.normalize.money.amounts import MoneyReading, parse_money, read_money
from eventkit.normalize.money.currencies import currency_of_country, currency_of_word, lexicon
from eventkit.normalize.money.items import parse_item, parse_quantity

__all__ = [
    "MoneyReading",
    "currency_of_country",
    "currency_of_word",
    "lexicon",
    "parse_item",
    "parse_money",
    "parse_quantity",
    "read_money",
]
