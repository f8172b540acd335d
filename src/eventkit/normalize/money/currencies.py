"""The currency lexicon: CLDR names and symbols, newsroom forms and the ambiguity policy, compiled.

Three data files under ``resources/lexicons/`` are merged, each validated on load:

* ``currencies.cldr.yaml``: the English names and symbols of every current ISO
  4217 currency, the symbols territories write for their own currency, and
  each country's currency (generated from the CLDR, see :mod:`.cldr`);
* ``currencies.yaml``: newsroom forms CLDR lacks, scales, code prefixes and
  qualifiers;
* ``currency_ambiguity.yaml``: the default of each shared symbol or word,
  the letter symbols allowed, and the symbols read only fused to a sum
  (``scaled_or_grouped_symbols``: "N10m", "N250,000").

A symbol is shared when several currencies write it: in the CLDR, or listed
under several currencies in ``currencies.yaml`` ("Sh": KES, TZS, UGX, SOS).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventkit.lexicons import load_yaml, per_resources
from eventkit.normalize.names import fold_accents

__all__ = [
    "QUALIFIER_KINDS",
    "RANK_CODE",
    "RANK_DEFAULT_SYMBOL",
    "RANK_SYMBOL",
    "RANK_WORD",
    "AmbiguityPolicy",
    "CldrCurrencies",
    "CompiledLexicon",
    "CurrencyForms",
    "CurrencyLexicon",
    "Form",
    "ambiguity",
    "cldr",
    "compiled",
    "currency_of_country",
    "currency_of_word",
    "lexicon",
    "word_key_of",
]

_LEXICON = "lexicons/currencies.yaml"
_CLDR = "lexicons/currencies.cldr.yaml"
_AMBIGUITY = "lexicons/currency_ambiguity.yaml"

# Ranks of a currency mention: the highest next to an amount wins.
RANK_DEFAULT_SYMBOL, RANK_WORD, RANK_CODE, RANK_SYMBOL = range(4)

#: The qualifier kinds of ``currencies.yaml``, as :class:`~eventkit.models.MoneyQualifier` values.
QUALIFIER_KINDS = ("approximately", "at_least", "at_most")


def _valid_currency(code: str) -> str:
    code = code.upper()
    if pycountry.currencies.get(alpha_3=code) is None:
        raise ValueError(f"{code!r} is not an ISO 4217 currency code")
    return code


def _valid_codes(value: dict[str, str]) -> dict[str, str]:
    return {form: _valid_currency(code) for form, code in value.items()}


class CurrencyForms(BaseModel):
    """The symbols and words of one currency."""

    model_config = ConfigDict(extra="forbid")

    symbols: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)


class QualifierForms(BaseModel):
    """The words of one qualifier kind, before and after the amount."""

    model_config = ConfigDict(extra="forbid")

    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


class CurrencyLexicon(BaseModel):
    """Schema of ``currencies.yaml`` (validated when loaded)."""

    model_config = ConfigDict(extra="forbid")

    currencies: dict[str, CurrencyForms]
    code_prefixes: dict[str, Decimal] = Field(default_factory=dict)
    scales: dict[str, Decimal] = Field(default_factory=dict)
    qualifiers: dict[str, QualifierForms] = Field(default_factory=dict)

    @field_validator("currencies")
    @classmethod
    def _codes(cls, value: dict[str, CurrencyForms]) -> dict[str, CurrencyForms]:
        return {_valid_currency(code): forms for code, forms in value.items()}

    @field_validator("qualifiers")
    @classmethod
    def _kinds(cls, value: dict[str, QualifierForms]) -> dict[str, QualifierForms]:
        unknown = set(value) - set(QUALIFIER_KINDS)
        if unknown:
            raise ValueError(f"unknown qualifier kinds {sorted(unknown)}; expected {QUALIFIER_KINDS}")
        return value


class CldrCurrency(BaseModel):
    """One currency in ``currencies.cldr.yaml``."""

    model_config = ConfigDict(extra="forbid")

    names: list[str]
    symbols: list[str]
    local_symbols: list[str]


class CldrCurrencies(BaseModel):
    """Schema of the generated ``currencies.cldr.yaml``."""

    model_config = ConfigDict(extra="forbid")

    cldr: str
    currencies: dict[str, CldrCurrency]
    territories: dict[str, str]

    @field_validator("territories")
    @classmethod
    def _territory_codes(cls, value: dict[str, str]) -> dict[str, str]:
        for country in value:
            if pycountry.countries.get(alpha_3=country) is None:
                raise ValueError(f"{country!r} is not an ISO 3166 alpha-3 code")
        return _valid_codes(value)


class AmbiguityPolicy(BaseModel):
    """Schema of ``currency_ambiguity.yaml``."""

    model_config = ConfigDict(extra="forbid")

    symbols: dict[str, str]
    words: dict[str, str]
    letter_symbols: list[str]
    not_words: list[str]
    ignore_codes: list[str]
    weight_words: list[str] = []
    #: Symbols read only fused to digits with a scale word or thousands grouping ("N10m", "N250,000").
    scaled_or_grouped_symbols: list[str] = []
    #: Country-code top-level domains of outlets whose address in the text tells the article's country (".com.au").
    outlet_domains: list[str] = []

    @field_validator("symbols", "words")
    @classmethod
    def _defaults(cls, value: dict[str, str]) -> dict[str, str]:
        return _valid_codes(value)


@dataclass(frozen=True)
class Form:
    """What a written currency form means: its default code, rank and every currency that writes it.

    The code is empty for a shared word or symbol without a default ("pesos", "Sh"): it is money
    only when the article's currency or country is one of the candidates. ``scaled_or_grouped``
    marks a symbol read only before digits it is fused to, with a scale word or thousands
    grouping (``scaled_or_grouped_symbols`` of ``currency_ambiguity.yaml``: "N10m", "N250,000").
    """

    code: str
    rank: int
    candidates: frozenset[str]
    scaled_or_grouped: bool = False


@dataclass(frozen=True)
class CompiledLexicon:
    """The lexicon as lookup tables and regular expressions."""

    symbol_re: re.Pattern[str]
    symbols: dict[str, Form]
    dollar_re: re.Pattern[str]  # symbols with "$", matched in any case ("c$", "hk$")
    dollars: dict[str, Form]  # keyed by the upper-cased symbol
    word_keys: dict[str, Form]  # words keyed by their tokens without final dots, joined by one space
    word_length: int  # the most tokens in a currency word ("new israeli shekel": 3)
    word_starts: frozenset[str]  # the first token of every currency word
    words: dict[str, Form]
    prefixed_code_re: re.Pattern[str]  # "MUSD", "kEUR"
    code_prefixes: dict[str, Decimal]
    scales: dict[str, Decimal]
    qualifiers: dict[str, tuple[re.Pattern[str], re.Pattern[str]]]  # kind -> (before, after)
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
    return "|".join(parts) or r"(?!x)x"


def _guarded(forms: Sequence[str], *, ignore_case: bool = False, holding: str = "") -> str:
    """An alternation of literal forms behind a look-ahead on their first characters (fast on long texts).

    ``holding`` is a character every form holds ("$" of "US$", "C$"): a second
    look-ahead then wants it within a form's length, so the alternatives are
    tried only there, not at every word that starts with a form's first letter.
    """
    firsts = {f[0] for f in forms if f}
    if ignore_case:
        firsts |= {c.swapcase() for c in firsts}
    if not firsts:
        return r"(?!x)x"
    guard = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    if holding and all(holding in f for f in forms):
        mark = re.escape(holding)
        guard += f"(?=[^{mark}]{{0,{max(len(f) for f in forms) - 1}}}{mark})"
    return guard + "(?:" + _alternation(forms) + ")"


@per_resources
def lexicon() -> CurrencyLexicon:
    """Return the validated contents of ``currencies.yaml`` (loaded once)."""
    return CurrencyLexicon.model_validate(load_yaml(_LEXICON))


@per_resources
def cldr() -> CldrCurrencies:
    """Return the validated contents of the generated ``currencies.cldr.yaml`` (loaded once)."""
    return CldrCurrencies.model_validate(load_yaml(_CLDR))


@per_resources
def ambiguity() -> AmbiguityPolicy:
    """Return the validated contents of ``currency_ambiguity.yaml`` (loaded once)."""
    return AmbiguityPolicy.model_validate(load_yaml(_AMBIGUITY))


def currency_of_word(word: str) -> str | None:
    """The ISO 4217 code a currency word names ("euros" -> "EUR"), or None."""
    form = compiled().words.get(_word_key(word))
    return form.code if form is not None and form.code else None


def currency_of_country(country: str) -> str | None:
    """The legal tender of a country given by its ISO 3166 alpha-3 or alpha-2 code ("AUS" -> "AUD")."""
    if not isinstance(country, str):
        return None
    code = country.upper()
    if len(code) == 2:
        found = pycountry.countries.get(alpha_2=code)
        code = found.alpha_3 if found is not None else code
    return cldr().territories.get(code)


def word_key_of(tokens: Sequence[str]) -> str:
    """The lookup key of a currency word written as tokens: lower case, final dots dropped ("U.S." -> "u.s")."""
    return " ".join(t.lower().rstrip(".") for t in tokens)


def _word_key(word: str) -> str:
    return " ".join(word.lower().split())


def _letters_only(symbol: str) -> bool:
    return all(c.isalpha() or c == "." for c in symbol)


def _symbol_forms() -> dict[str, Form]:
    """Every symbol with its meaning: unique symbols, shared ones with their default, shared ones without.

    The writers of a symbol are the currencies the CLDR gives it (a letter-only
    symbol only when ``letter_symbols`` allows it) or, when ``currencies.yaml``
    lists it, the currencies listed there. One writer: that currency. Several:
    the default of ``currency_ambiguity.yaml`` when it has one, else no code
    (the article's currency or country decides among them: "Sh").
    """
    policy = ambiguity()
    writers: dict[str, set[str]] = defaultdict(set)
    for code, cur in cldr().currencies.items():
        if code in policy.ignore_codes:
            continue
        for symbol in (*cur.symbols, *cur.local_symbols):
            if not _letters_only(symbol) or symbol in policy.letter_symbols:
                writers[symbol].add(code)
    newsroom: dict[str, set[str]] = defaultdict(set)
    for code, own in lexicon().currencies.items():
        for symbol in own.symbols:
            newsroom[symbol].add(code)
    writers.update(newsroom)  # the newsroom file says who writes its forms
    strict = frozenset(policy.scaled_or_grouped_symbols)
    forms: dict[str, Form] = {}
    for symbol, codes in writers.items():
        if len(codes) == 1:
            (code,) = codes
            forms[symbol] = Form(code, RANK_SYMBOL, frozenset(codes), symbol in strict)
        else:
            forms[symbol] = Form("", RANK_DEFAULT_SYMBOL, frozenset(codes), symbol in strict)
    for symbol, code in policy.symbols.items():
        candidates = frozenset(writers.get(symbol, set()) | {code})
        forms[symbol] = Form(code, RANK_DEFAULT_SYMBOL, candidates, symbol in strict)
    return forms


def _word_forms() -> dict[str, Form]:
    """Every currency word: CLDR names, their last word when unique (or with a default), newsroom words."""
    policy = ambiguity()
    words: dict[str, Form] = {}
    bare: dict[str, set[str]] = defaultdict(set)

    def put(key: str, form: Form) -> None:
        for variant in {key, fold_accents(key)}:
            words[variant] = form
            if not variant.endswith("s"):
                words.setdefault(variant + "s", form)

    for code, cur in cldr().currencies.items():
        if code in policy.ignore_codes:
            continue
        for name in cur.names:
            if "(" in name:
                continue
            put(_word_key(name), Form(code, RANK_WORD, frozenset({code})))
            last = name.split()[-1]
            if last not in policy.not_words:
                bare[last].add(code)
    defaults = {_word_key(w) for w in policy.words}
    for word, codes in bare.items():
        if len(codes) == 1:
            put(word, Form(next(iter(codes)), RANK_WORD, frozenset(codes)))
        elif word not in defaults:
            put(word, Form("", RANK_WORD, frozenset(codes)))  # "pesos": only the article's currency decides
    for code, own in lexicon().currencies.items():
        for word in own.words:
            put(_word_key(word), Form(code, RANK_WORD, frozenset({code})))
    for word, code in policy.words.items():
        key = _word_key(word)
        codes = bare.get(key, set()) | bare.get(key[:-1] if key.endswith("s") else key + "s", set())
        put(key, Form(code, RANK_WORD, frozenset(codes | {code})))
    return words


@per_resources
def compiled() -> CompiledLexicon:
    """Return the lexicon compiled into lookup tables and regular expressions (built once)."""
    lex = lexicon()
    symbols = _symbol_forms()
    dollars = {s.upper(): f for s, f in symbols.items() if "$" in s and len(s) > 1}
    words = _word_forms()
    kinds = {
        kind: (
            re.compile(rf"(?:{_alternation(forms.before, flexible_space=True)})\s{{0,3}}$", re.IGNORECASE),
            re.compile(rf"^\s{{0,3}}(?:{_alternation(forms.after, flexible_space=True)})", re.IGNORECASE),
        )
        for kind, forms in lex.qualifiers.items()
    }
    before = [w for forms in lex.qualifiers.values() for w in forms.before]
    after = [w for forms in lex.qualifiers.values() for w in forms.after]
    prefixes = "|".join(re.escape(p) for p in sorted(lex.code_prefixes, key=len, reverse=True)) or r"(?!x)x"
    return CompiledLexicon(
        symbol_re=re.compile(_guarded([s for s in symbols if s.upper() not in dollars])),
        symbols=symbols,
        dollar_re=re.compile(_guarded(list(dollars), ignore_case=True, holding="$"), re.IGNORECASE),
        dollars=dollars,
        word_keys={word_key_of(w.split()): f for w, f in words.items()},
        word_length=max((len(w.split()) for w in words), default=1),
        word_starts=frozenset(word_key_of(w.split()[:1]) for w in words),
        words=words,
        prefixed_code_re=re.compile(rf"(?<![^\W\d_])(?P<prefix>{prefixes})(?P<code>[A-Z]{{3}})(?![^\W\d_])"),
        code_prefixes=dict(lex.code_prefixes),
        scales={k.lower(): v for k, v in lex.scales.items()},
        qualifiers=kinds,
        before_re=re.compile(rf"(?:{_alternation(before, flexible_space=True)})\s{{0,3}}$", re.IGNORECASE),
        after_re=re.compile(rf"^\s{{0,3}}(?:{_alternation(after, flexible_space=True)})", re.IGNORECASE),
        leading_re=re.compile(rf"^(?:{_alternation(before, flexible_space=True)})\s{{0,3}}", re.IGNORECASE),
        trailing_re=re.compile(rf"\s{{0,3}}(?:{_alternation(after, flexible_space=True)})$", re.IGNORECASE),
    )
