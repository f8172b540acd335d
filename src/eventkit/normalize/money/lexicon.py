"""The currency lexicon: ``currencies.yaml`` validated, and compiled into regular expressions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventkit.lexicons import load_yaml

__all__ = [
    "RANK_CODE",
    "RANK_DEFAULT_SYMBOL",
    "RANK_SYMBOL",
    "RANK_WORD",
    "CompiledLexicon",
    "CurrencyForms",
    "CurrencyLexicon",
    "compiled",
    "currency_of_word",
    "lexicon",
]

_LEXICON = "lexicons/currencies.yaml"

# Ranks of a currency mention: the highest next to an amount wins.
RANK_DEFAULT_SYMBOL, RANK_WORD, RANK_CODE, RANK_SYMBOL = range(4)


def _valid_currency(code: str) -> str:
    code = code.upper()
    if pycountry.currencies.get(alpha_3=code) is None:
        raise ValueError(f"{code!r} is not an ISO 4217 currency code")
    return code


class CurrencyForms(BaseModel):
    """The symbols and words of one currency."""

    model_config = ConfigDict(extra="forbid")

    symbols: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)


class CurrencyLexicon(BaseModel):
    """Schema of ``currencies.yaml`` (validated when loaded)."""

    model_config = ConfigDict(extra="forbid")

    currencies: dict[str, CurrencyForms]
    default_symbols: dict[str, str] = Field(default_factory=dict)
    scales: dict[str, Decimal] = Field(default_factory=dict)
    qualifiers: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("currencies")
    @classmethod
    def _codes(cls, value: dict[str, CurrencyForms]) -> dict[str, CurrencyForms]:
        return {_valid_currency(code): forms for code, forms in value.items()}

    @field_validator("default_symbols")
    @classmethod
    def _default_codes(cls, value: dict[str, str]) -> dict[str, str]:
        return {symbol: _valid_currency(code) for symbol, code in value.items()}


@dataclass(frozen=True)
class CompiledLexicon:
    """The lexicon as lookup tables and regular expressions."""

    symbol_re: re.Pattern[str]
    symbols: dict[str, tuple[str, int]]
    word_re: re.Pattern[str]
    words: dict[str, str]
    scales: dict[str, Decimal]
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
    return "|".join(parts)


@cache
def lexicon() -> CurrencyLexicon:
    """Return the validated contents of ``currencies.yaml`` (loaded once)."""
    return CurrencyLexicon.model_validate(load_yaml(_LEXICON))


def currency_of_word(word: str) -> str | None:
    """The ISO 4217 code a currency word names ("euros" -> "EUR"), or None."""
    return compiled().words.get(" ".join(word.lower().split()))


@cache
def compiled() -> CompiledLexicon:
    """Return the lexicon compiled into lookup tables and regular expressions (built once)."""
    lex = lexicon()
    symbols: dict[str, tuple[str, int]] = {s: (c, RANK_DEFAULT_SYMBOL) for s, c in lex.default_symbols.items()}
    words: dict[str, str] = {}
    for code, forms in lex.currencies.items():
        for symbol in forms.symbols:
            symbols[symbol] = (code, RANK_SYMBOL)
        for word in forms.words:
            key = " ".join(word.lower().split())
            words[key] = code
            if not key.endswith("s"):
                words[key + "s"] = code
    before = lex.qualifiers.get("before", [])
    after = lex.qualifiers.get("after", [])
    return CompiledLexicon(
        symbol_re=re.compile(_alternation(list(symbols))),
        symbols=symbols,
        word_re=re.compile(_alternation(list(words), flexible_space=True), re.IGNORECASE),
        words=words,
        scales={k.lower(): v for k, v in lex.scales.items()},
        before_re=re.compile(rf"(?:{_alternation(before, flexible_space=True)})\s{{0,3}}$", re.IGNORECASE),
        after_re=re.compile(rf"^\s{{0,3}}(?:{_alternation(after, flexible_space=True)})", re.IGNORECASE),
        leading_re=re.compile(rf"^(?:{_alternation(before, flexible_space=True)})\s{{0,3}}", re.IGNORECASE),
        trailing_re=re.compile(rf"\s{{0,3}}(?:{_alternation(after, flexible_space=True)})$", re.IGNORECASE),
    )
