"""Money in a whole article: which currency a shared symbol means there, and the money of a spaCy span.

A bare "$" is USD, "¥" JPY, "dollars" USD and so on (``currency_ambiguity.yaml``)
unless the article says otherwise. An article says otherwise when it writes
exactly one currency that shares such a form in a specific way next to a
number ("A$50 million", "AUD 50 million", "50 million Australian dollars")
and writes none of the defaults specifically ("US$", "USD", "US dollars"):
newsrooms spell the currency out once and then write the bare symbol. The
article's country, when the caller knows it, is handled by
:func:`~eventkit.normalize.money.read_money`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from eventkit.models import Money
from eventkit.normalize.money.amounts import MoneyReading, read_money_local
from eventkit.normalize.money.currencies import compiled
from eventkit.normalize.money.mentions import find_mentions

__all__ = ["article_currency", "currency_note", "money_of_span", "money_of_span_text"]

_NUMBER_AFTER = re.compile(r"\s{0,2}\d")
_NUMBER_BEFORE = re.compile(r"(?:\d|[^\W\d_]{1,8})\s{0,2}$")
_MAX_ARTICLE = 200_000  # characters scanned for currency forms


@lru_cache(maxsize=1)
def _shared() -> tuple[frozenset[str], frozenset[str]]:
    """The defaults of shared forms ("$" -> USD) and every currency a shared form can mean."""
    lex = compiled()
    forms = [*lex.symbols.values(), *lex.words.values()]
    shared = [f for f in forms if len(f.candidates) > 1]
    return frozenset(f.code for f in shared), frozenset(c for f in shared for c in f.candidates)


def _next_to_number(text: str, start: int, end: int) -> bool:
    if _NUMBER_AFTER.match(text, end, min(len(text), end + 3)):
        return True
    before = text[max(0, start - 12) : start]
    m = _NUMBER_BEFORE.search(before)
    if m is None:
        return False
    word = m.group().strip()
    return word[:1].isdigit() or word.lower() in compiled().scales


@lru_cache(maxsize=64)
def article_currency(text: str) -> tuple[str, str] | None:
    """The one currency an article writes specifically that a shared symbol or word could also mean.

    Args:
        text: The article.

    Returns:
        ``(code, form)``: the currency ("AUD") and how the article writes it
        ("A$"); None when the article writes no such currency, several, or one
        of the defaults ("US$") specifically.
    """
    if not isinstance(text, str) or not text:
        return None
    text = text[:_MAX_ARTICLE]
    defaults, candidates = _shared()
    found: dict[str, str] = {}
    for mention in find_mentions(text).items:
        if len(mention.candidates) > 1 or mention.code not in candidates:
            continue  # a shared form itself, or a currency no shared form means
        if not _next_to_number(text, mention.start, mention.end):
            continue
        found.setdefault(mention.code, text[mention.start : mention.end])
    if len(found) != 1:
        return None
    ((code, form),) = found.items()
    return None if code in defaults else (code, form)


def money_of_span(span: Span | Doc) -> MoneyReading | None:
    """Parse the money of a span, reading shared symbols with the article's own currency.

    Args:
        span: A span of a parsed document (a MONEY entity with its qualifier).

    Returns:
        The reading (its ``note`` says when a shared symbol was read as the
        article's currency), or None when the span holds no money. Never raises.
    """
    doc = span.doc if isinstance(span, Span) else span
    return money_of_span_text(doc, span.text)


def currency_note(doc: Doc, money: Money) -> str | None:
    """How the currency of ``money`` (read from ``doc`` by :func:`money_of_span`) was chosen, if not by default.

    Args:
        doc: The parsed document.
        money: Money read from a span of it.

    Returns:
        The note of the reading ("'$' read as AUD (not USD): ..."), or None.
    """
    reading = money_of_span_text(doc, money.text)
    return reading.note if reading is not None and reading.money.currency == money.currency else None


def money_of_span_text(doc: Doc, text: str) -> MoneyReading | None:
    """Parse ``text`` (a span of ``doc``) with the article's own currency for shared symbols."""
    local = article_currency(doc.text)
    if local is None:
        return read_money_local(text, None, None)
    code, form = local
    return read_money_local(text, code, f"the article writes {form!r} elsewhere and no default currency")
