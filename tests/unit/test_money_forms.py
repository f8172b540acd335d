"""Money as a finance desk writes it (issue 17): a table of our own expressions, grouped by kind.

Each case is (text, amount, currency) or, for ranges and bounds, (text, amount,
currency, qualifier, min_amount, max_amount). Every text here is invented for
the test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from eventkit.models import MoneyQualifier
from eventkit.normalize.money import parse_money
from eventkit.normalize.money.amounts import read_money
from eventkit.normalize.money.currencies import ambiguity, cldr, currency_of_country

D = Decimal
M = 1_000_000
B = 1_000_000_000

DOLLAR_VARIANTS = [
    ("C$2.3 billion", D("2.3") * B, "CAD"),
    ("c$2.3 billion", D("2.3") * B, "CAD"),
    ("C$ 40 million", 40 * M, "CAD"),
    ("CA$15m", 15 * M, "CAD"),
    ("HK$3.5bn", D("3.5") * B, "HKD"),
    ("hk$ 120,000", D(120_000), "HKD"),
    ("A$900 million", 900 * M, "AUD"),
    ("a$ 12", D(12), "AUD"),
    ("AU$4.5m", D("4.5") * M, "AUD"),
    ("AUD$ 75,000", D(75_000), "AUD"),
    ("aud$300", D(300), "AUD"),
    ("NZ$1.1 billion", D("1.1") * B, "NZD"),
    ("nz$ 60 million", 60 * M, "NZD"),
    ("S$2 million", 2 * M, "SGD"),
    ("s$ 850", D(850), "SGD"),
    ("R$ 30,000", D(30_000), "BRL"),
    ("R$ 1.2 billion", D("1.2") * B, "BRL"),
    ("r$700 million", 700 * M, "BRL"),
    ("MXN$ 2,500", D(2500), "MXN"),
    ("mxn$40 million", 40 * M, "MXN"),
    ("MX$ 10 million", 10 * M, "MXN"),
    ("US$ 3.2 trillion", D("3.2") * 1000 * B, "USD"),
    ("us$ 48 million", 48 * M, "USD"),
    ("U.S.$ 9 million", 9 * M, "USD"),
    ("NT$ 6 billion", 6 * B, "TWD"),
    ("nt$250", D(250), "TWD"),
    ("USD$ 400", D(400), "USD"),
    ("HKD$ 88 million", 88 * M, "HKD"),
]

CODES = [
    ("USD 40 million", 40 * M, "USD"),
    ("40 million USD", 40 * M, "USD"),
    ("40 USD million", 40 * M, "USD"),
    ("EUR 5m", 5 * M, "EUR"),
    ("EUR5m", 5 * M, "EUR"),
    ("45 MUSD", 45 * M, "USD"),
    ("MGBP 9", 9 * M, "GBP"),
    ("MEUR 2.5", D("2.5") * M, "EUR"),
    ("MMUSD 30", 30 * M, "USD"),
    ("750 kEUR", D(750_000), "EUR"),
    ("12 USD 50", D("12.50"), "USD"),
    ("99 EUR 95", D("99.95"), "EUR"),
    ("100 EUR", D(100), "EUR"),
    ("CHF 1.4 billion", D("1.4") * B, "CHF"),
    ("3 billion JPY", 3 * B, "JPY"),
    ("INR 500 crore", 500 * 10_000_000, "INR"),
    ("NGN 2.1bn", D("2.1") * B, "NGN"),
    ("ZAR 15 million", 15 * M, "ZAR"),
    ("SEK 300,000", D(300_000), "SEK"),
    ("8 GBP billion", 8 * B, "GBP"),
    ("KRW 1.2 trillion", D("1.2") * 1000 * B, "KRW"),
    ("BRL 600 million", 600 * M, "BRL"),
]

SIGNS_AND_NAMES = [
    ("GH\u00a2500,000", D(500_000), "GHS"),  # the cedi as Ghanaian papers write it
    ("GH\u00a2 1.5 million", D(1_500_000), "GHS"),
    ("¥500 million", 500 * M, "JPY"),
    ("500 million yen", 500 * M, "JPY"),
    ("3 trillion yen", 3 * 1000 * B, "JPY"),
    ("12 billion yuan", 12 * B, "CNY"),
    ("CN¥ 80 million", 80 * M, "CNY"),
    ("2 billion renminbi", 2 * B, "CNY"),
    ("Rs 10 crore", 10 * 10_000_000, "INR"),
    ("Rs. 45,000", D(45_000), "INR"),
    ("₹2,000 crore", 2000 * 10_000_000, "INR"),
    ("one rupee", D(1), "INR"),
    ("50 rupees", D(50), "INR"),
    ("300 Pakistani rupees", D(300), "PKR"),
    ("2 billion Sri Lankan rupees", 2 * B, "LKR"),
    ("₩30 billion", 30 * B, "KRW"),
    ("40 billion won", 40 * B, "KRW"),
    ("2 million North Korean won", 2 * M, "KPW"),
    ("₽1.5 billion", D("1.5") * B, "RUB"),
    ("10 billion roubles", 10 * B, "RUB"),
    ("10 billion rubles", 10 * B, "RUB"),
    ("600 million lira", 600 * M, "TRY"),
    ("₺75 million", 75 * M, "TRY"),
    ("200 million hryvnias", 200 * M, "UAH"),
    # the crowns of Nordic and Czech currencies, as English news writes them
    ("1.5 billion Norwegian crowns", 1500 * M, "NOK"),
    ("500 million Swedish crowns", 500 * M, "SEK"),
    ("40 million Danish crowns", 40 * M, "DKK"),
    ("2 million Czech crowns", 2 * M, "CZK"),
    ("₴3 billion", 3 * B, "UAH"),
    ("15 million hryvnia", 15 * M, "UAH"),
    ("5 billion naira", 5 * B, "NGN"),
    ("₦250,000", D(250_000), "NGN"),
    ("20 million colones", 20 * M, "CRC"),
    ("₡15,000", D(15_000), "CRC"),
    ("500 colón", D(500), "CRC"),
    ("3 million lari", 3 * M, "GEL"),
    ("₾40", D(40), "GEL"),
    ("40,000 kip", D(40_000), "LAK"),
    ("₭2 billion", 2 * B, "LAK"),
    ("600 million baht", 600 * M, "THB"),
    ("฿1,200", D(1200), "THB"),
    ("15 billion dong", 15 * B, "VND"),
    ("₫900,000", D(900_000), "VND"),
    ("VNĐ5 billion", 5 * B, "VND"),  # Vietnamese papers write the code with its stroked D
    ("100 kr", D(100), "SEK"),
    ("2,500 kr", D(2500), "SEK"),
    ("4 million Norwegian kroner", 4 * M, "NOK"),
    ("12 million Danish kroner", 12 * M, "DKK"),
    ("€40 million", 40 * M, "EUR"),
    ("£3.5m", D("3.5") * M, "GBP"),
    ("2 million pounds sterling", 2 * M, "GBP"),
    ("30 million Swiss francs", 30 * M, "CHF"),
    ("₱5 billion", 5 * B, "PHP"),
    ("8 billion rupiah", 8 * B, "IDR"),
    ("Rp 20 billion", 20 * B, "IDR"),
    ("RM 300 million", 300 * M, "MYR"),
    ("zł 40 million", 40 * M, "PLN"),
    ("400 million zlotys", 400 * M, "PLN"),
    ("₪50 million", 50 * M, "ILS"),
    ("1.2 billion shekels", D("1.2") * B, "ILS"),
    ("3 billion Kenyan shillings", 3 * B, "KES"),
    ("KSh 500 million", 500 * M, "KES"),
    ("20 billion Ugandan shillings", 20 * B, "UGX"),
    ("5 million cedis", 5 * M, "GHS"),
    ("800 million tenge", 800 * M, "KZT"),
    ("60 million Egyptian pounds", 60 * M, "EGP"),
    ("2 billion Argentine pesos", 2 * B, "ARS"),
    ("R10 million", 10 * M, "ZAR"),
    ("15 million rand", 15 * M, "ZAR"),
    ("৳ 200 crore", 200 * 10_000_000, "BDT"),
    ("70 million taka", 70 * M, "BDT"),
    ("2 billion CFA francs", 2 * B, "XOF"),
    ("Ft 10 billion", 10 * B, "HUF"),
    ("4 billion forints", 4 * B, "HUF"),
    ("Kč 2 billion", 2 * B, "CZK"),
]

NUMBER_WORDS = [
    ("half a billion rupees", 500 * M, "INR"),
    ("half a million euros", 500_000, "EUR"),
    ("a quarter of a million euros", D(250_000), "EUR"),
    ("a quarter million dollars", D(250_000), "USD"),
    ("three quarters of a million pounds", D(750_000), "GBP"),
    ("three-quarters of a billion dollars", 750 * M, "USD"),
    ("one and a half million dollars", D(1_500_000), "USD"),
    ("two and a half billion euros", D(2_500_000_000), "EUR"),
    ("a half million dollars", D(500_000), "USD"),
    ("forty million euros", 40 * M, "EUR"),
    ("one rupee", D(1), "INR"),
    ("twenty-five thousand pounds", D(25_000), "GBP"),
    ("ninety-nine dollars", D(99), "USD"),
    ("a hundred million yuan", 100 * M, "CNY"),
    ("two hundred thousand naira", D(200_000), "NGN"),
    ("three billion yen", 3 * B, "JPY"),
    ("a million Canadian dollars", D(1_000_000), "CAD"),
    ("seventy thousand baht", D(70_000), "THB"),
    ("one hundred and twenty million won", 120 * M, "KRW"),
    ("eleven million roubles", 11 * M, "RUB"),
]

SCALES = [
    ("5 lakh rupees", D(500_000), "INR"),
    ("Rs 2.5 lakh", D(250_000), "INR"),
    ("₹40 lakh", D(4_000_000), "INR"),
    ("3 crore rupees", D(30_000_000), "INR"),
    ("Rs 1,200 crore", D(12_000_000_000), "INR"),
    ("$1.2bn", D("1.2") * B, "USD"),
    ("€3 bn", 3 * B, "EUR"),
    ("$40mn", 40 * M, "USD"),
    ("£2 mn", 2 * M, "GBP"),
    ("$5m", 5 * M, "USD"),
    ("€750k", D(750_000), "EUR"),
    ("$12K", D(12_000), "USD"),
    ("a thousand million dollars", 1 * B, "USD"),
    ("5 thousand million pounds", 5 * B, "GBP"),
    ("$2.4tn", D("2.4") * 1000 * B, "USD"),
    ("$300 mln", 300 * M, "USD"),
    ("$1.1 bln", D("1.1") * B, "USD"),
    ("$3 trillion", 3 * 1000 * B, "USD"),
]

NUMBER_FORMATS = [
    ("$5.5-million", D("5.5") * M, "USD"),
    ("a $10-billion package", 10 * B, "USD"),
    ("US$5,5 million", D("5.5") * M, "USD"),
    ("EUR 1,5 Mio", D("1.5") * M, "EUR"),
    ("5.000.000 €", 5 * M, "EUR"),
    ("€ 12,50", D("12.5"), "EUR"),
    ("Rs 5,00,000", D(500_000), "INR"),
    ("₹1,25,00,000", D(12_500_000), "INR"),
    ("1 crore 20 lakh rupees", D(12_000_000), "INR"),
    ("2 million 500 thousand dollars", D(2_500_000), "USD"),
    ("one-and-a-half million dollars", D(1_500_000), "USD"),
    ("$1,234,567.89", D("1234567.89"), "USD"),
    ("5 000 000 €", 5 * M, "EUR"),
    ("1 000 kr", D(1000), "SEK"),
    ("100 €", D(100), "EUR"),
    ("100 zł", D(100), "PLN"),
]

RANGES_AND_BOUNDS = [
    ("$5-10 million", 5 * M, "USD", None, 5 * M, 10 * M),
    ("$5 million-$10 million", 5 * M, "USD", None, 5 * M, 10 * M),
    ("between $2 million and $3 million", 2 * M, "USD", None, 2 * M, 3 * M),
    ("between 2 and 3 billion euros", 2 * B, "EUR", None, 2 * B, 3 * B),
    ("from $2 million to $3 million", 2 * M, "USD", None, 2 * M, 3 * M),
    ("€20-25 million", 20 * M, "EUR", None, 20 * M, 25 * M),
    ("5 to 10 million rupees", 5 * M, "INR", None, 5 * M, 10 * M),
    ("Rs 5-7 crore", 50 * M, "INR", None, 50 * M, 70 * M),
    ("nearly $1 billion", 1 * B, "USD", "approximately", None, None),
    ("almost €2 million", 2 * M, "EUR", "approximately", None, None),
    ("around $26.8 million", D("26.8") * M, "USD", "approximately", None, None),
    ("about 300 million yen", 300 * M, "JPY", "approximately", None, None),
    ("roughly £1bn", 1 * B, "GBP", "approximately", None, None),
    ("some 4 billion naira", 4 * B, "NGN", "approximately", None, None),
    ("an estimated $3 billion", 3 * B, "USD", "approximately", None, None),
    ("$40 million or so", 40 * M, "USD", "approximately", None, None),
    ("more than 500,000 euros", D(500_000), "EUR", "at_least", D(500_000), None),
    ("over $700 million", 700 * M, "USD", "at_least", 700 * M, None),
    ("at least $5 million", 5 * M, "USD", "at_least", 5 * M, None),
    ("in excess of £2m", 2 * M, "GBP", "at_least", 2 * M, None),
    ("upwards of $10 million", 10 * M, "USD", "at_least", 10 * M, None),
    ("$5 million or more", 5 * M, "USD", "at_least", 5 * M, None),
    ("$100 million-plus", 100 * M, "USD", "at_least", 100 * M, None),
    ("up to $3 million", 3 * M, "USD", "at_most", None, 3 * M),
    ("as much as €9 billion", 9 * B, "EUR", "at_most", None, 9 * B),
    ("less than $1 million", 1 * M, "USD", "at_most", None, 1 * M),
    ("under 50,000 rupees", D(50_000), "INR", "at_most", None, D(50_000)),
    ("no more than $2 million", 2 * M, "USD", "at_most", None, 2 * M),
    ("just under $4 billion", 4 * B, "USD", "at_most", None, 4 * B),
    ("$20,000 or less", D(20_000), "USD", "at_most", None, D(20_000)),
    ("around $5-6 million", 5 * M, "USD", "approximately", 5 * M, 6 * M),
]

NOT_MONEY = [
    "5 million",
    "the 100,000 mark",
    "a 5 real increase",
    "Q3 2024",
    "a 5K run",
    "they won 5 seats",
    "K 5",
    "Le 12 juin",
    "5 m dollars",
    "$",
    "25 percent",
    "3 units",
    "a billion-dollar fund",
    "5 million pesos",
    "100 dinars",
]


def _check(text: str, amount: Decimal, currency: str) -> None:
    money = parse_money(text)
    assert money is not None, text
    assert (money.amount, money.currency) == (amount, currency)


@pytest.mark.parametrize(("text", "amount", "currency"), DOLLAR_VARIANTS)
def test_dollar_variants(text: str, amount: Decimal, currency: str) -> None:
    _check(text, amount, currency)


@pytest.mark.parametrize(("text", "amount", "currency"), CODES)
def test_codes_around_numbers(text: str, amount: Decimal, currency: str) -> None:
    _check(text, amount, currency)


@pytest.mark.parametrize(("text", "amount", "currency"), SIGNS_AND_NAMES)
def test_signs_and_names(text: str, amount: Decimal, currency: str) -> None:
    _check(text, amount, currency)


@pytest.mark.parametrize(("text", "amount", "currency"), NUMBER_WORDS)
def test_number_words_and_fractions(text: str, amount: Decimal, currency: str) -> None:
    _check(text, amount, currency)


@pytest.mark.parametrize(("text", "amount", "currency"), SCALES)
def test_scales(text: str, amount: Decimal, currency: str) -> None:
    _check(text, amount, currency)


@pytest.mark.parametrize(("text", "amount", "currency"), NUMBER_FORMATS)
def test_number_formats(text: str, amount: Decimal, currency: str) -> None:
    _check(text, amount, currency)


@pytest.mark.parametrize(("text", "amount", "currency", "qualifier", "low", "high"), RANGES_AND_BOUNDS)
def test_ranges_and_bounds(
    text: str, amount: Decimal, currency: str, qualifier: str | None, low: Decimal | None, high: Decimal | None
) -> None:
    money = parse_money(text)
    assert money is not None, text
    expected = MoneyQualifier(qualifier) if qualifier is not None else None
    assert (money.amount, money.currency, money.qualifier, money.min_amount, money.max_amount) == (
        amount,
        currency,
        expected,
        low,
        high,
    )
    assert money.approximate is (qualifier is not None)


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert parse_money(text) is None


def test_table_holds_at_least_150_cases() -> None:
    groups = [
        DOLLAR_VARIANTS,
        CODES,
        SIGNS_AND_NAMES,
        NUMBER_WORDS,
        SCALES,
        NUMBER_FORMATS,
        RANGES_AND_BOUNDS,
        NOT_MONEY,
    ]
    assert sum(len(g) for g in groups) >= 150


# ------------------------------------------------------------- the article's country

COUNTRY_CASES = [
    ("$5 million", "AUS", "AUD"),
    ("$5 million", "AU", "AUD"),
    ("$5 million", "CAN", "CAD"),
    ("$5 million", "MEX", "MXN"),
    ("$5 million", "FRA", "USD"),
    ("$5 million", "USA", "USD"),
    ("US$5 million", "AUS", "USD"),
    ("A$5 million", "CAN", "AUD"),
    ("¥3 billion", "CHN", "CNY"),
    ("¥3 billion", "JPN", "JPY"),
    ("Rs 5 crore", "PAK", "PKR"),
    ("Rs 5 crore", "IND", "INR"),
    ("500 million dollars", "NZL", "NZD"),
    ("400 million rupees", "LKA", "LKR"),
    ("5 billion won", "PRK", "KPW"),
    ("100 kr", "NOR", "NOK"),
    ("100 kr", "DNK", "DKK"),
    ("£40 million", "GBR", "GBP"),
    ("5 million pesos", "MEX", "MXN"),
    ("5 million pesos", "PHL", "PHP"),
    ("100 dinars", "JOR", "JOD"),
    ("200 million shillings", "KEN", "KES"),
    ("3 million krone", "DNK", "DKK"),
]


@pytest.mark.parametrize(("text", "country", "currency"), COUNTRY_CASES)
def test_the_articles_country_resolves_shared_symbols(text: str, country: str, currency: str) -> None:
    money = parse_money(text, country=country)
    assert money is not None
    assert money.currency == currency


def test_a_country_choice_is_noted_and_a_default_is_not() -> None:
    reading = read_money("$5 million", country="AUS")
    assert reading is not None
    assert reading.money.currency == "AUD"
    assert reading.note is not None and "AUD" in reading.note and "AUS" in reading.note
    plain = read_money("$5 million")
    assert plain is not None and plain.note is None and plain.money.currency == "USD"
    unknown = read_money("$5 million", country="XYZ")
    assert unknown is not None and unknown.money.currency == "USD" and unknown.note is None


# ------------------------------------------------------------------------------ data


def test_cldr_data_is_loaded_and_consistent() -> None:
    data = cldr()
    assert data.territories["AUS"] == "AUD"
    assert currency_of_country("DE") == "EUR"
    assert "costa rican colón" in data.currencies["CRC"].names
    for symbol, code in ambiguity().symbols.items():
        assert code in {c for c, cur in data.currencies.items()}, symbol


def test_cldr_file_matches_the_installed_babel() -> None:
    """The generated file is what `python -m eventkit.normalize.money.cldr` writes from the same CLDR release."""
    pytest.importorskip("babel")
    from babel.core import get_global

    from eventkit.lexicons import resource_text
    from eventkit.normalize.money.cldr import build, render

    if str(get_global("cldr")["version"]) != cldr().cldr:
        pytest.skip("the installed Babel carries another CLDR release: regenerate the file to update it")
    assert render(build()) == resource_text("lexicons/currencies.cldr.yaml")


# ------------------------------------------------------------ the article's currency

ARTICLE_CASES = [
    ("Canberra pledged A$50 million to the fund. The $50 million is due in June.", ("AUD", "A$")),
    ("Ottawa gave 40 million Canadian dollars; the $40 million goes to schools.", ("CAD", "Canadian dollars")),
    ("Beijing lent 5 billion yuan; the ¥5 billion loan is cheap.", ("CNY", "yuan")),
    ("Islamabad set aside 3 crore Pakistani rupees, or Rs 3 crore.", ("PKR", "Pakistani rupees")),
    ("Canberra pledged A$50 million (US$33 million) to the fund.", None),
    ("The pledge of NZ$10 million and A$5 million was welcomed.", None),
    ("The CAD unit met on Monday. Donors gave $5 million.", None),
    ("Tokyo gave ¥5 billion, or 5 billion yen.", None),
    ("Washington gave $5 million.", None),
    ("Delegates at COP 26 pledged $100 billion a year.", None),
    ("The fund holds AUD 20 million; the $20 million is spent.", ("AUD", "AUD")),
    ("Mexico gave 5 million Mexican pesos; the 5 million pesos help.", ("MXN", "Mexican pesos")),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_CASES)
def test_article_currency(text: str, expected: tuple[str, str] | None) -> None:
    from eventkit.normalize.money.document import article_currency

    assert article_currency(text) == expected


@pytest.mark.model
def test_a_donation_reads_a_bare_dollar_as_the_articles_currency(nlp: object) -> None:
    from eventkit.api import Extractor

    text = (
        "Canberra said on Tuesday it would donate A$20 million to Fiji to rebuild schools. "
        "The Australian government also gave $5 million in emergency aid to the Fiji Red Cross."
    )
    donations = Extractor(nlp, types=["donation"]).extract(text, published="2024-03-05").donations  # type: ignore[arg-type]
    amounts = {(d.amount.amount, d.amount.currency) for d in donations if d.amount is not None}
    assert (D(5_000_000), "AUD") in amounts
    notes = [p.note for d in donations for p in d.provenance if p.field == "amount" and p.note]
    assert any("'$' read as AUD" in note for note in notes)


def test_money_doc_examples_hold() -> None:
    """The examples in docs/money.md are run as doctests."""
    import doctest
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "money.md"
    if not doc.is_file():
        pytest.skip("docs/money.md not found")
    result = doctest.testfile(str(doc), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


WIDENED = [
    ("Australia donated $5-10 million to Fiji.", D(5_000_000), "USD", D(10_000_000)),
    ("India gave Rs 10 crore to Nepal.", D(100_000_000), "INR", None),
    ("The Japanese government donated 40 USD million to Chad.", D(40_000_000), "USD", None),
    ("The Asian Development Bank donated 45 MUSD to the Red Cross.", D(45_000_000), "USD", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "amount", "currency", "high"), WIDENED)
def test_the_donation_amount_reads_past_a_short_money_entity(
    nlp: object, text: str, amount: Decimal, currency: str, high: Decimal | None
) -> None:
    from eventkit.api import Extractor

    donations = Extractor(nlp, types=["donation"]).extract(text).donations  # type: ignore[arg-type]
    money = [d.amount for d in donations if d.amount is not None]
    assert money, text
    assert (money[0].amount, money[0].currency, money[0].max_amount) == (amount, currency, high)
    assert money[0].span is not None and money[0].span.text == money[0].text
