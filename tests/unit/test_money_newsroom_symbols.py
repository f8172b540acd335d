"""Two newsroom currency forms: the naira's "N" fused to a sum, and East Africa's shared "Sh" / "Shs".

"N10m" is NGN only in the form of a sum (fused to digits with a scale word or
thousands grouping: ``scaled_or_grouped_symbols`` of
``currency_ambiguity.yaml``); "Sh2 million" is shared by four shillings and
has no default, so only the article's currency or country (for events, the
country of the dateline) reads it. Every text here is invented for the test.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from eventkit.models import MoneyQualifier
from eventkit.normalize.money import parse_money, read_money
from eventkit.normalize.money.amounts import read_money_local
from eventkit.normalize.money.currencies import ambiguity, compiled
from eventkit.normalize.money.numbers import is_grouped

if TYPE_CHECKING:
    from eventkit.models import Donation

D = Decimal
M = 1_000_000
B = 1_000_000_000

# ------------------------------------------------------------------ the naira's "N"

NAIRA = [
    ("N10 million", 10 * M),
    ("N10m", 10 * M),
    ("N5bn", 5 * B),
    ("N2.5 billion", D("2.5") * B),
    ("N250,000", D(250_000)),
    ("N1,200,000", D(1_200_000)),
    ("N750k", D(750_000)),
    ("N1.2 trillion", D("1.2") * 1000 * B),
    ("N3.000.000", D(3_000_000)),
    ("N5,00,000", D(500_000)),
    ("a grant of N40m to the clinic", 40 * M),
]


@pytest.mark.parametrize(("text", "amount"), NAIRA)
def test_the_naira_n_fused_to_a_sum_is_ngn(text: str, amount: Decimal) -> None:
    money = parse_money(text)
    assert money is not None, text
    assert (money.amount, money.currency) == (amount, "NGN")


def test_a_naira_range_and_qualifier() -> None:
    money = parse_money("about N5-6 million")
    assert money is not None
    assert (money.amount, money.max_amount, money.currency) == (5 * M, 6 * M, "NGN")
    assert money.qualifier is MoneyQualifier.APPROXIMATELY


NOT_NAIRA = [
    "N95 masks",
    "the N1 highway",
    "N2O emissions",
    "N95",
    "N 10 million",  # a space: not fused
    "N 250,000",
    "10m N",  # after the number
    "the N7 500 metres on",  # spaces are no thousands grouping here
    "N1,5",  # a decimal comma is no grouping
    "Route N4 and N12",
]


@pytest.mark.parametrize("text", NOT_NAIRA)
def test_an_n_before_bare_digits_is_no_money(text: str) -> None:
    assert parse_money(text) is None
    assert parse_money(text, country="NGA") is None


def test_another_currency_next_to_an_n_is_still_read() -> None:
    money = parse_money("N95 masks worth $2 million")
    assert money is not None
    assert (money.amount, money.currency) == (2 * M, "USD")


@pytest.mark.parametrize(
    ("text", "grouped"),
    [("250,000", True), ("5,00,000", True), ("5.000.000", True), ("1,234.5", True), ("250", False),
     ("1,5", False), ("5.000", False), ("2.5", False), ("5 000", False)],
)  # fmt: skip
def test_thousands_grouping(text: str, grouped: bool) -> None:
    assert is_grouped(text) is grouped


# ------------------------------------------------------------------ the shared "Sh"

SHILLINGS = [
    ("Sh2 million", "KEN", 2 * M, "KES", "Sh"),
    ("Sh 2 million", "KEN", 2 * M, "KES", "Sh"),
    ("Sh200,000", "KEN", D(200_000), "KES", "Sh"),
    ("Shs5 billion", "UGA", 5 * B, "UGX", "Shs"),
    ("Shs 750,000", "UGA", D(750_000), "UGX", "Shs"),
    ("Sh3.4bn", "TZA", D("3.4") * B, "TZS", "Sh"),
    ("Sh12 million", "SOM", 12 * M, "SOS", "Sh"),
    ("Sh500", "KEN", D(500), "KES", "Sh"),
]


@pytest.mark.parametrize(("text", "country", "amount", "currency", "form"), SHILLINGS)
def test_sh_is_read_through_the_articles_country(
    text: str, country: str, amount: Decimal, currency: str, form: str
) -> None:
    assert parse_money(text) is None  # no default: alone it is no money
    reading = read_money(text, country=country)
    assert reading is not None, text
    assert (reading.money.amount, reading.money.currency) == (amount, currency)
    expected = f"'{form}' read as {currency} (no default): the article's country {country} writes it"
    assert reading.note == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sh2 million", "GBR"),  # a London story: the pound does not write "Sh"
        ("Sh2 million", "NGA"),
        ("Shs5 billion", "USA"),
        ("The Shs were founded in 1990.", "KEN"),  # a word, no sum next to it
        ("Shs", "UGA"),
    ],
)
def test_sh_elsewhere_or_as_a_word_is_no_money(text: str, country: str) -> None:
    assert read_money(text, country=country) is None


def test_the_country_of_the_dateline_decides_only_a_form_without_a_default() -> None:
    reason = "the dateline's country KEN writes it"
    reading = read_money_local("Sh2 million", None, None, home="KES", home_reason=reason)
    assert reading is not None
    assert (reading.money.amount, reading.money.currency) == (2 * M, "KES")
    assert reading.note == "'Sh' read as KES (no default): the dateline's country KEN writes it"
    # a form with a default keeps it: the dateline's country is weaker than the default
    dollar = read_money_local("$5 million", None, None, home="AUD", home_reason="the dateline's country AUS writes it")
    assert dollar is not None and dollar.money.currency == "USD" and dollar.note is None
    # the article's own currency (written specifically elsewhere) wins over the dateline's country
    local = read_money_local("Sh2 million", "TZS", "the article writes 'TSh' elsewhere", home="KES", home_reason=reason)
    assert local is not None and local.money.currency == "TZS"
    assert local.note is not None and "TSh" in local.note
    # a home currency that does not write the form changes nothing
    assert read_money_local("Sh2 million", None, None, home="GBP", home_reason="the dateline's country GBR") is None


def test_the_policy_data_compiles_into_the_forms() -> None:
    lex = compiled()
    for symbol in ambiguity().scaled_or_grouped_symbols:
        assert symbol in lex.symbols, symbol
        assert lex.symbols[symbol].scaled_or_grouped
    assert lex.symbols["N"].code == "NGN"
    for symbol in ("Sh", "Shs"):
        form = lex.symbols[symbol]
        assert form.code == ""  # shared, without a default
        assert form.candidates == {"KES", "TZS", "UGX", "SOS"}
        assert not form.scaled_or_grouped
    assert lex.symbols["KSh"].code == "KES"  # a form only Kenya writes stays Kenyan
    assert not lex.symbols["$"].scaled_or_grouped


def test_a_wrong_policy_value_is_an_error() -> None:
    from eventkit.resource_schemas import validate

    with pytest.raises(ValueError, match="scaled_or_grouped_symbols"):
        validate("lexicons/currency_ambiguity.yaml", {"scaled_or_grouped_symbols": "N"})


# ------------------------------------------------------------------ donations


def _donations(nlp: object, text: str) -> list[Donation]:
    from eventkit.api import Extractor

    return Extractor(nlp, types=["donation"]).extract(text, published="2024-03-05").donations  # type: ignore[arg-type]


def _amounts(donations: list[Donation]) -> list[tuple[Decimal, str, str]]:
    return [(d.amount.amount, d.amount.currency, d.amount.text) for d in donations if d.amount is not None]


def _notes(donations: list[Donation]) -> list[str]:
    return [p.note for d in donations for p in d.provenance if p.field == "amount" and p.note]


@pytest.mark.model
def test_a_naira_donation_has_its_amount(nlp: object) -> None:
    donations = _donations(nlp, "Dangote Foundation donated N10m to flood victims in Maiduguri.")
    assert _amounts(donations) == [(10 * M, "NGN", "N10m")]


@pytest.mark.model
def test_an_n95_gift_has_no_amount(nlp: object) -> None:
    donations = _donations(nlp, "The Tinubu Trust donated 5,000 N95 masks to Aminu Kano Teaching Hospital.")
    assert donations
    assert _amounts(donations) == []


@pytest.mark.model
@pytest.mark.parametrize("verb", ["donated", "gave"])
def test_sh_under_a_kenyan_dateline_is_kes(nlp: object, verb: str) -> None:
    text = f"Safaricom backs girls' school\n\nNAIROBI, Kenya — Safaricom {verb} Sh2 million to Moi Girls School."
    donations = _donations(nlp, text)
    assert _amounts(donations) == [(2 * M, "KES", "Sh2 million")]
    assert _notes(donations) == ["'Sh' read as KES (no default): the dateline's country KEN writes it"]


@pytest.mark.model
def test_shs_under_a_ugandan_dateline_is_ugx(nlp: object) -> None:
    text = "Hospital gets new ward\n\nKAMPALA, Uganda — MTN donated Shs5 billion to Mulago Hospital."
    assert _amounts(_donations(nlp, text)) == [(5 * B, "UGX", "Shs5 billion")]


@pytest.mark.model
def test_a_grouped_sh_sum_is_only_its_own_words(nlp: object) -> None:
    text = "Clinic gets help\n\nDAR ES SALAAM, Tanzania — Vodacom donated Sh200,000 to a local clinic."
    assert _amounts(_donations(nlp, text)) == [(D(200_000), "TZS", "Sh200,000")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Safaricom donated Sh2 million to Moi Girls School in Nakuru.",  # no dateline: no country
        "Bank backs school\n\nLONDON — Barclays donated Sh2 million to Moi Girls School.",  # a London story
    ],
)
def test_sh_without_an_east_african_dateline_is_no_amount(nlp: object, text: str) -> None:
    donations = _donations(nlp, text)
    assert donations
    assert _amounts(donations) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Equity Bank donated Sh3 million to the Kenya Red Cross for drought relief.", "KES"),
        ("A Ugandan telecoms firm, MTN, gave 40 million shillings to Mulago Hospital.", "UGX"),
    ],
)
def test_a_shared_form_is_read_through_the_one_country_the_story_names(nlp: object, text: str, currency: str) -> None:
    """No dateline: the one country among the shilling countries the story names (a place, a nationality, or
    the first word of an organisation's name) decides, and the note says so."""
    donations = _donations(nlp, text)
    assert [c for _, c, _ in _amounts(donations)] == [currency]
    reason = f"read as {currency} (no default): the article names the country of {currency} and of no other"
    assert [note.split(" ", 1)[1] for note in _notes(donations)] == [f"{reason} currency that writes it"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan bank gave 40 million shillings to a hospital in Uganda.",  # two shilling countries
        "Barclays gave 40 million shillings to a school, the British bank said.",  # no shilling country
    ],
)
def test_a_shared_form_is_no_money_when_the_story_names_no_single_country_of_it(nlp: object, text: str) -> None:
    assert _amounts(_donations(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("TT$200,000", "TTD"),
        ("BDS$1.2 million", "BBD"),
        ("Bds$500,000", "BBD"),
        ("J$5 million", "JMD"),
        ("BZ$40,000", "BZD"),
        ("G$10 million", "GYD"),
        ("CI$2 million", "KYD"),
        ("FJ$300,000", "FJD"),
        ("N$4 million", "NAD"),
    ],
)
def test_caribbean_and_pacific_dollars_written_with_their_letters(text: str, currency: str) -> None:
    reading = parse_money(text)
    assert reading is not None and reading.currency == currency


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "gift"),
    [
        ("Airtel donated Sh5 million to the Tanzania Red Cross. The Kenya branch of Airtel was not involved.", "Sh5"),
        ("Bidco Foundation donated Sh4 million to the Nakuru Red Cross branch on Monday.", "Sh4"),
    ],
)
def test_a_sum_in_an_open_currency_stays_the_gift(nlp: object, text: str, gift: str) -> None:
    """A shared form nothing decides is no amount, but the gift keeps its words as an item (not nothing at all)."""
    (donation,) = _donations(nlp, text)
    assert donation.recipient is not None and "Red Cross" in donation.recipient.name
    assert donation.amount is None and [i.description for i in donation.items] == [f"{gift} million"]


@pytest.mark.model
def test_a_sum_read_as_an_indirect_object_is_no_recipient(nlp: object) -> None:
    """ "gave Sh3 million and 40 laptops to X": the parse makes "Sh3" the indirect object; X receives."""
    text = "Bank backs school\n\nLONDON — Barclays gave Sh3 million and 40 laptops to Moi Girls School."
    (donation,) = _donations(nlp, text)
    assert donation.recipient is not None and donation.recipient.name == "Moi Girls School"
    assert [i.description for i in donation.items] == ["laptops"]


def test_undecided_sum() -> None:
    from eventkit.normalize.money.document import undecided_sum

    assert undecided_sum("Sh2 million") and undecided_sum("5 million pesos")
    assert not undecided_sum("$5 million") and not undecided_sum("12,000 pounds of rice")
    assert not undecided_sum("N95 masks") and not undecided_sum("20 tonnes of rice")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A Queensland mining firm donated $50,000 to the Dalgetty Hospital Foundation.",  # a state
        # an outlet address with a town of the same country
        "The Rotary Club donated $8,000 to a school in Ballarat. Write to news@hillvalegazette.com.au.",
        "The Rotary Club donated $8,000 to a school in Ballarat. Its members met in Bendigo.",  # two towns
    ],
)
def test_a_bare_dollar_in_a_story_placed_in_australia_is_aud(nlp: object, text: str) -> None:
    donations = _donations(nlp, text)
    assert [c for _, c, _ in _amounts(donations)] == ["AUD"]
    assert any("'$' read as AUD (not USD): the article's places" in n for n in _notes(donations))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Victoria Rotary Club donated $5,000 to a food bank in Victoria, Texas.",  # a US state too
        "The Lions Club donated $5,000 to a school in Perth Amboy.",  # a US town
        "The Lions Club donated $5,000 to a school in Hamilton.",  # one town many countries share
        "Australia donated $5 million to Fiji for cyclone recovery.",  # countries named: parties, not the home
        "An Australian mining firm donated $50,000 to a hospital in Texas.",
        "A Queensland firm donated $50,000 to the hospital and its partner gave US$20,000 to Dalgetty schools.",
        # an outlet address alone decides nothing: outlets run wire stories from anywhere
        "Tom Arlen donated $100 million to the Clearwater Foundation, the foundation said. "
        "Read more at www.example.com.au/news",
        "A drug maker donated $5 million to the World Health Organization on Tuesday, the company said. "
        "Contact: newsdesk@example.net.au",
        "The Hillvale Men's Shed received a $5,000 donation from a local bank. Write to news@hillvalegazette.com.au.",
    ],
)
def test_a_bare_dollar_without_one_clear_country_stays_usd(nlp: object, text: str) -> None:
    amounts = _amounts(_donations(nlp, text))
    assert amounts
    bare = [c for _, c, t in amounts if t.startswith("$")]
    assert bare == ["USD"] * len(bare)
