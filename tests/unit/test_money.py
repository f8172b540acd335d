"""Money, quantities and items: table-driven tests with our own phrases."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from eventkit.models import Money
from eventkit.normalize.money import lexicon, parse_item, parse_money, parse_quantity
from eventkit.normalize.money.currencies import ambiguity

D = Decimal

# (text, amount, currency, approximate, max_amount)
MONEY_CASES = [
    # symbols
    pytest.param("$5 million", D(5_000_000), "USD", False, None, id="dollar-symbol-million"),
    pytest.param("$50,000", D(50_000), "USD", False, None, id="commas"),
    pytest.param("$1,234.56", D("1234.56"), "USD", False, None, id="commas-and-decimals"),
    pytest.param("$0.5 million", D(500_000), "USD", False, None, id="fraction-of-million"),
    pytest.param("€3 billion", D(3_000_000_000), "EUR", False, None, id="euro-symbol"),
    pytest.param("£250,000", D(250_000), "GBP", False, None, id="pound-symbol"),
    pytest.param("¥100 million", D(100_000_000), "JPY", False, None, id="yen-symbol-defaults-to-jpy"),
    pytest.param("₹10 lakh", D(1_000_000), "INR", False, None, id="rupee-symbol-lakh"),
    pytest.param("R5 billion", D(5_000_000_000), "ZAR", False, None, id="rand-symbol"),
    pytest.param("Rs 5 crore", D(50_000_000), "INR", False, None, id="rs-crore"),
    pytest.param("\\$8.9 million", D(8_900_000), "USD", False, None, id="markdown-escaped-dollar"),
    # prefixed dollar symbols
    pytest.param("US$1.2bn", D(1_200_000_000), "USD", False, None, id="us-dollar-bn"),
    pytest.param("C$5 million", D(5_000_000), "CAD", False, None, id="canadian-symbol"),
    pytest.param("HK$ 10 million", D(10_000_000), "HKD", False, None, id="hk-dollar-with-space"),
    pytest.param("A$2.5bn", D(2_500_000_000), "AUD", False, None, id="australian-symbol"),
    pytest.param("NT$300 million", D(300_000_000), "TWD", False, None, id="new-taiwan-dollar"),
    # ISO codes written out
    pytest.param("USD 5 million", D(5_000_000), "USD", False, None, id="code-before"),
    pytest.param("5 million USD", D(5_000_000), "USD", False, None, id="code-after"),
    pytest.param("EUR5m", D(5_000_000), "EUR", False, None, id="code-attached-m"),
    pytest.param("RMB 5 billion", D(5_000_000_000), "CNY", False, None, id="rmb"),
    # currency words
    pytest.param("100 million yuan", D(100_000_000), "CNY", False, None, id="yuan-word"),
    pytest.param("¥100 million yuan", D(100_000_000), "CNY", False, None, id="yuan-word-beats-yen-symbol"),
    pytest.param("5 billion rand", D(5_000_000_000), "ZAR", False, None, id="rand-word"),
    pytest.param("3 billion roubles", D(3_000_000_000), "RUB", False, None, id="roubles"),
    pytest.param("12 billion Belarusian rubles", D(12_000_000_000), "BYN", False, None, id="belarusian-rubles"),
    pytest.param("1.5 trillion won", D(1_500_000_000_000), "KRW", False, None, id="won-trillion"),
    pytest.param("10 million Canadian dollars", D(10_000_000), "CAD", False, None, id="canadian-dollars-word"),
    pytest.param("5 million Hong Kong dollars", D(5_000_000), "HKD", False, None, id="hong-kong-dollars-word"),
    pytest.param("5 billion Philippine pesos", D(5_000_000_000), "PHP", False, None, id="philippine-pesos"),
    pytest.param("40 million euros", D(40_000_000), "EUR", False, None, id="euros-word"),
    # number words
    pytest.param("five million dollars", D(5_000_000), "USD", False, None, id="number-words"),
    pytest.param("a million dollars", D(1_000_000), "USD", False, None, id="a-million"),
    pytest.param("half a million euros", D(500_000), "EUR", False, None, id="half-a-million"),
    pytest.param("twenty-five million euros", D(25_000_000), "EUR", False, None, id="hyphenated-number-words"),
    pytest.param(
        "two hundred and fifty thousand dollars", D(250_000), "USD", False, None, id="hundred-and-fifty-thousand"
    ),
    pytest.param("a thousand million dollars", D(1_000_000_000), "USD", False, None, id="thousand-million"),
    # scale abbreviations
    pytest.param("$5M", D(5_000_000), "USD", False, None, id="capital-m"),
    pytest.param("$2B", D(2_000_000_000), "USD", False, None, id="capital-b"),
    pytest.param("$300k", D(300_000), "USD", False, None, id="k-thousand"),
    pytest.param("$1.2 bn", D(1_200_000_000), "USD", False, None, id="bn-after-space"),
    # qualifiers
    pytest.param("around $26.8 million", D(26_800_000), "USD", True, None, id="around"),
    pytest.param("about €4 million", D(4_000_000), "EUR", True, None, id="about"),
    pytest.param("approximately USD 12 million", D(12_000_000), "USD", True, None, id="approximately-code"),
    pytest.param("roughly $3bn", D(3_000_000_000), "USD", True, None, id="roughly"),
    pytest.param("nearly 20 billion naira", D(20_000_000_000), "NGN", True, None, id="nearly-naira"),
    pytest.param("almost £1m", D(1_000_000), "GBP", True, None, id="almost"),
    pytest.param("some 300 million rupees", D(300_000_000), "INR", True, None, id="some-rupees"),
    pytest.param("more than $5 million", D(5_000_000), "USD", True, None, id="more-than"),
    pytest.param("over $700,000", D(700_000), "USD", True, None, id="over"),
    pytest.param("up to R5bn", D(5_000_000_000), "ZAR", True, D(5_000_000_000), id="up-to"),
    pytest.param("at least 2 million euros", D(2_000_000), "EUR", True, None, id="at-least"),
    pytest.param("as much as $40 million", D(40_000_000), "USD", True, D(40_000_000), id="as-much-as"),
    pytest.param("an estimated $1.2 billion", D(1_200_000_000), "USD", True, None, id="an-estimated"),
    pytest.param("$5 million or more", D(5_000_000), "USD", True, None, id="or-more-after"),
    pytest.param("~$5m", D(5_000_000), "USD", True, None, id="tilde"),
    # ranges
    pytest.param("$5-6 million", D(5_000_000), "USD", False, D(6_000_000), id="range-shared-scale"),
    pytest.param("$5\u20136 million", D(5_000_000), "USD", False, D(6_000_000), id="range-en-dash"),
    pytest.param("$5 million-$6 million", D(5_000_000), "USD", False, D(6_000_000), id="range-both-scaled"),
    pytest.param("between $5 million and $7 million", D(5_000_000), "USD", False, D(7_000_000), id="range-between-and"),
    pytest.param("between 5 and 7 million dollars", D(5_000_000), "USD", False, D(7_000_000), id="range-between-words"),
    pytest.param("$5 million to $7 million", D(5_000_000), "USD", False, D(7_000_000), id="range-to"),
    pytest.param("5 to 6 million euros", D(5_000_000), "EUR", False, D(6_000_000), id="range-word-currency-after"),
    pytest.param("$500,000 to $1 million", D(500_000), "USD", False, D(1_000_000), id="range-scale-not-shared"),
    pytest.param("up to $5-6 million", D(5_000_000), "USD", True, D(6_000_000), id="range-with-qualifier"),
    # the first amount that has a currency
    pytest.param("5 billion yuan ($700 million)", D(5_000_000_000), "CNY", False, None, id="first-amount-wins"),
    pytest.param("35 million dollars' worth", D(35_000_000), "USD", False, None, id="worth-possessive"),
]


@pytest.mark.parametrize(("text", "amount", "currency", "approximate", "max_amount"), MONEY_CASES)
def test_parse_money(text: str, amount: Decimal, currency: str, approximate: bool, max_amount: Decimal | None) -> None:
    money = parse_money(text)
    assert money is not None
    assert (money.amount, money.currency, money.approximate, money.max_amount) == (
        amount,
        currency,
        approximate,
        max_amount,
    )
    assert money.text == text.strip()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("5 million", id="no-currency"),
        pytest.param("garbage", id="garbage"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("$", id="symbol-only"),
        pytest.param("dollars", id="word-only"),
        pytest.param("they won 5 seats", id="won-before-number-is-not-money"),
        pytest.param("5 m dollars", id="spaced-single-letter-scale-not-read"),
        pytest.param("a loan of 3 percent", id="percent"),
        pytest.param("$$$$" * 500, id="long-symbol-run"),
    ],
)
def test_parse_money_none(text: str) -> None:
    assert parse_money(text) is None


def test_money_text_is_stripped_input() -> None:
    money = parse_money("  \\$8.9 million \n")
    assert money is not None
    assert money.text == "\\$8.9 million"


def test_money_serialises_as_json_number() -> None:
    money = parse_money("$26.8 million")
    assert isinstance(money, Money)
    assert money.model_dump(mode="json")["amount"] == 26_800_000


def test_parse_money_never_raises_on_garbage() -> None:
    rng = random.Random(7)
    alphabet = [*"0123456789$€£¥,.-\\ abkmR", "million", "between", "and", "to", "US$", "about", "a", "hundred"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        result = parse_money(text)
        assert result is None or isinstance(result, Money)
        parse_quantity(text)
        parse_item(text)


def test_parse_money_rejects_non_strings() -> None:
    assert parse_money(None) is None  # type: ignore[arg-type]


def test_currency_lexicon_codes_are_iso4217() -> None:
    lex = lexicon()
    assert "USD" in lex.currencies
    assert ambiguity().symbols["$"] == "USD"


# (text, quantity, approximate)
QUANTITY_CASES = [
    pytest.param("450", D(450), False, id="digits"),
    pytest.param("1,200", D(1200), False, id="commas"),
    pytest.param("two", D(2), False, id="word"),
    pytest.param("two hundred and fifty", D(250), False, id="hundred-and"),
    pytest.param("1.5 million", D(1_500_000), False, id="decimal-million"),
    pytest.param("a dozen", D(12), False, id="a-dozen"),
    pytest.param("about 100", D(100), True, id="about"),
    pytest.param("more than 135", D(135), True, id="more-than"),
    pytest.param("over 1,000", D(1000), True, id="over"),
    pytest.param("at least 12", D(12), True, id="at-least"),
    pytest.param("dozens", D(24), True, id="dozens"),
    pytest.param("hundreds", D(200), True, id="hundreds"),
    pytest.param("tens of thousands", D(20_000), True, id="tens-of-thousands"),
    pytest.param("100-200", D(100), True, id="range-gives-lower"),
    pytest.param("5,000 or more", D(5000), True, id="or-more"),
]


@pytest.mark.parametrize(("text", "quantity", "approximate"), QUANTITY_CASES)
def test_parse_quantity(text: str, quantity: Decimal, approximate: bool) -> None:
    assert parse_quantity(text) == (quantity, approximate)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("three-quarters", id="fraction"),
        pytest.param("several", id="several"),
        pytest.param("a few", id="a-few"),
        pytest.param("450 people", id="trailing-noun"),
        pytest.param("", id="empty"),
        pytest.param("a", id="article-alone"),
    ],
)
def test_parse_quantity_none(text: str) -> None:
    assert parse_quantity(text) is None


# (text, description, quantity, approximate)
ITEM_CASES = [
    pytest.param("450 gasoline generators", "gasoline generators", D(450), False, id="number-noun"),
    pytest.param("about 100 more generators", "generators", D(100), True, id="approximate-more-dropped"),
    pytest.param("a shipment of 450 gasoline generators", "gasoline generators", D(450), False, id="shipment-of"),
    pytest.param("a total of 1.2 million doses", "doses", D(1_200_000), False, id="total-of"),
    pytest.param("medical supplies", "medical supplies", None, False, id="no-quantity"),
    pytest.param("some medical supplies", "medical supplies", None, False, id="some-without-number"),
    pytest.param("$50,000 worth of goods", "goods", None, False, id="money-worth-of"),
    pytest.param("goods worth $50,000", "goods", None, False, id="worth-after"),
    pytest.param("dozens of ambulances", "ambulances", D(24), True, id="dozens-of"),
    pytest.param("two hundred tents", "tents", D(200), False, id="number-words"),
    pytest.param("5,000 tons of rice", "tons of rice", D(5000), False, id="unit-kept"),
    pytest.param("10 additional ambulances", "ambulances", D(10), False, id="additional-dropped"),
    pytest.param("a generator", "generator", None, False, id="article-is-no-quantity"),
]


@pytest.mark.parametrize(("text", "description", "quantity", "approximate"), ITEM_CASES)
def test_parse_item(text: str, description: str, quantity: Decimal | None, approximate: bool) -> None:
    item = parse_item(text)
    assert item is not None
    assert (item.description, item.quantity, item.approximate) == (description, quantity, approximate)


@pytest.mark.parametrize("text", [pytest.param("", id="empty"), pytest.param("450", id="number-only")])
def test_parse_item_none(text: str) -> None:
    assert parse_item(text) is None
