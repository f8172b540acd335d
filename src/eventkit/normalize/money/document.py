"""Money in a whole article: which currency a shared symbol means there, and the money of a spaCy span.

A bare "$" is USD, "¥" JPY, "dollars" USD and so on (``currency_ambiguity.yaml``)
unless the article says otherwise. An article says otherwise when it writes
exactly one currency that shares such a form in a specific way next to a
number ("A$50 million", "AUD 50 million", "50 million Australian dollars")
and writes none of the defaults specifically ("US$", "USD", "US dollars"):
newsrooms spell the currency out once and then write the bare symbol. The
article's country, when the caller knows it, is handled by
:func:`~eventkit.normalize.money.read_money`.

A shared form without a default ("Sh", "shillings", "pesos") that the
article's own currency does not decide is read through the country of the
article's dateline, when the caller (an extractor, which knows the dateline)
passes it: "Sh2 million" under "NAIROBI, Kenya --" is KES. Without a
dateline, it is read through the one country among those whose currency
writes such a form that the article names ("45 million shillings" in a story
naming Kenya, or "the Kenya Red Cross", and no other shilling country is
KES); in a story from London, or one naming Kenya and Uganda, it is no money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventkit.models import Money, PlaceKind
from eventkit.normalize.mentions import artifact_nouns, matter_nouns
from eventkit.normalize.money.amounts import MoneyReading, read_money_local
from eventkit.normalize.money.currencies import RANK_CODE, ambiguity, compiled, currency_of_country
from eventkit.normalize.money.mentions import find_mentions, is_code

__all__ = [
    "MAX_SUM_WORDS",
    "SpanMoney",
    "article_currency",
    "currency_note",
    "money_of_span",
    "money_of_span_text",
    "phrase_money",
    "undecided_sum",
    "weighs",
]

_NUMBER_AFTER = re.compile(r"\s{0,2}\d")
_NUMBER_BEFORE = re.compile(r"(?:\d|[^\W\d_]{1,8})\s{0,2}$")
_MAX_ARTICLE = 200_000  # characters scanned for currency forms


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str]:
    tlds = "|".join(re.escape(d) for d in ambiguity().outlet_domains) or "(?!)"
    return re.compile(rf"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.({tlds})\b(?![.@-]?\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _shared() -> tuple[frozenset[str], frozenset[str]]:
    """The defaults of shared forms ("$" -> USD) and every currency a shared form can mean."""
    lex = compiled()
    forms = [*lex.symbols.values(), *lex.words.values()]
    shared = [f for f in forms if len(f.candidates) > 1]
    return frozenset(f.code for f in shared), frozenset(c for f in shared for c in f.candidates)


@lru_cache(maxsize=1)
def _undecided() -> frozenset[str]:
    """Every currency a shared form without a default can mean ("Sh": KES, TZS, UGX, SOS)."""
    lex = compiled()
    forms = [*lex.symbols.values(), *lex.words.values()]
    return frozenset(c for f in forms if len(f.candidates) > 1 and not f.code for c in f.candidates)


def undecided_sum(text: str) -> bool:
    """True when ``text`` is a sum in a shared form without a default that nothing decided ("Sh2 million").

    It reads as no money alone but as money with one of the currencies the
    form may mean ("5 million pesos", "Sh2 million"), so it is a sum, never
    goods, even when the article leaves its currency open. "$5 million" and
    "12,000 pounds of rice" read alone: False.
    """
    if read_money_local(text, None, None) is not None:
        return False
    return any(read_money_local(text, None, None, home=code, home_reason="") is not None for code in _undecided())


def _named_home(doc: Doc) -> str | None:
    """The one currency of :func:`_undecided` whose country the article names (once per Doc), if only one.

    A country is named by a place or nationality entity ("Kenya", "Kenyan") or
    by the first word of an organisation's name ("the Kenya Red Cross").
    """
    from eventkit.doccache import doc_ents, doc_value
    from eventkit.normalize.countries import country_code

    def compute(_doc: Doc) -> str:
        found: set[str] = set()
        for ent in doc_ents(doc):
            if ent.label_ in {"GPE", "NORP"}:
                code = country_code(ent.text)
            elif ent.label_ == "ORG" and len(words := [t for t in ent if t.pos_ != "DET"]) > 1:
                code = country_code(words[0].text)
            else:
                continue
            currency = currency_of_country(code) if code else None
            if currency is not None and currency in _undecided():
                found.add(currency)
        return next(iter(found)) if len(found) == 1 else ""

    home = doc_value(doc, "named_home_currency", compute)
    return home if isinstance(home, str) and home else None


def _text_country(doc: Doc) -> str | None:
    """The one country the article's text places it in, by its places and outlet addresses (once per Doc).

    None when the article writes a default currency specifically ("US$", "USD").

    Evidence: the country of each place or nationality entity (a town the
    gazetteer knows: "Wangaratta"; a state: "Queensland"; "Australian") and
    of an outlet address with a country domain (``outlet_domains``:
    "news@example.com.au"), which counts only with a place of the same
    country named. Only countries whose currency shares a written
    form with another's count ("$": Australia, Canada, New Zealand ...; the
    United States among them); the answer is the one such country when the
    text names exactly one and it is not the default's (a story naming
    "Victoria, Texas" names the United States too and decides nothing).
    """
    from eventkit.doccache import doc_ents, doc_text, doc_value
    from eventkit.normalize.countries import country_code
    from eventkit.normalize.places import resolve_place

    def compute(_doc: Doc) -> str:
        defaults, candidates = _shared()
        local: set[str] = set()  # currencies of a state or province ("Queensland")
        towns: dict[str, set[str]] = {}  # currency -> the distinct town names placed in its country
        seen: set[str] = set()  # every currency the text points to, a country named outright included
        for ent in doc_ents(doc):
            if ent.label_ not in {"GPE", "NORP"}:
                continue
            if (code := country_code(ent.text)) is not None:
                # "Australia donated $5 million to Fiji": a country named is often a party, not the article's home
                seen.add(currency_of_country(code) or "")
            elif ent.label_ == "GPE" and (place := resolve_place(ent.text)) is not None and place.country:
                currency = currency_of_country(place.country) or ""
                seen.add(currency)
                if place.kind == PlaceKind.REGION:
                    local.add(currency)
                else:
                    towns.setdefault(currency, set()).add(ent.text.lower())
        text = doc_text(doc)[:_MAX_ARTICLE]
        domains = {currency_of_country(tld.upper()) or "" for tld in _outlet_pattern().findall(text)}  # alpha-2
        seen |= domains
        currencies = seen & candidates
        if len(currencies) != 1 or currencies & defaults:
            return ""
        (only,) = currencies
        # a town's name is shared by many countries ("Hamilton", "Victoria"): one alone is no evidence,
        # nor is an outlet's address alone (a wire story about the United States read on a .com.au site);
        # together they agree
        named = len(towns.get(only, ()))
        if not (only in local or named >= 2 or (named and only in domains)):
            return ""
        return "" if _writes_default(text) else only  # "US$" anywhere: the default stands

    found = doc_value(doc, "text_country_currency", compute)
    return found if isinstance(found, str) and found else None


def _writes_default(text: str) -> bool:
    """True when the article writes a default currency of a shared form specifically ("US$", "USD", "US dollars")."""
    defaults, _ = _shared()
    return any(len(m.candidates) <= 1 and m.code in defaults for m in find_mentions(text[:_MAX_ARTICLE]).items)


def _next_to_number(text: str, start: int, end: int) -> bool:
    if _NUMBER_AFTER.match(text, end, min(len(text), end + 3)):
        return True
    before = text[max(0, start - 12) : start]
    m = _NUMBER_BEFORE.search(before)
    if m is None:
        return False
    word = m.group().strip()
    return word[:1].isdigit() or word.lower() in compiled().scales


def _sizeable(text: str, start: int, end: int, code: str) -> bool:
    """Tell whether the code at ``start:end`` writes an amount of at least a thousand."""
    reading = read_money_local(text[max(0, start - 25) : end + 25], None, None)
    return reading is not None and reading.money.currency == code and reading.money.amount >= 1000


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
        if mention.rank == RANK_CODE and not _sizeable(text, mention.start, mention.end, mention.code):
            continue  # "COP 26" is a conference, "AUD 20 million" money
        found.setdefault(mention.code, text[mention.start : mention.end])
    if len(found) != 1:
        return None
    ((code, form),) = found.items()
    return None if code in defaults else (code, form)


@dataclass(frozen=True)
class SpanMoney:
    """Money read from a document: the money, how its currency was chosen, and the tokens read.

    Attributes:
        money: The money (without a span).
        note: Set when a shared symbol was read as the article's currency.
        span: The tokens read: the given span, widened over a currency or the
            rest of a range the tagger left outside it ("3 billion" + "won",
            "$5" + "-10 million").
    """

    money: Money
    note: str | None
    span: Span


def _is_currency(token: Token) -> bool:
    lex = compiled()
    text = token.text
    return (
        text in lex.symbols
        or text.upper() in lex.dollars
        or token.lower_ in lex.words
        or (len(text) == 3 and text.isupper() and is_code(text))
    )


def _widen(span: Span) -> Span:
    """Extend a span over a currency next to it (when it has none) and over the rest of a range after it."""
    doc = span.doc
    sent_end = span.sent.end if doc.has_annotation("SENT_START") else len(doc)
    scales = compiled().scales
    bare = not find_mentions(span.text).items  # no currency inside: one next to it may be taken
    start, end = span.start, span.end
    if bare and start > 0 and _is_currency(doc[start - 1]):
        start -= 1  # "Rs" + "10 crore"
        bare = False
    k = end
    if k + 1 < sent_end and doc[k].text in ("-", "\u2013", "to"):
        j = k + 1
        if j + 1 < sent_end and _is_currency(doc[j]):
            j += 1
        if doc[j].like_num:
            k = j + 1  # "$5" + "-10 million", "$5 million" + "to $7 million"
    while k < sent_end and k - end < 4:
        if doc[k].lower_ in scales:
            k += 1
        elif bare and _is_currency(doc[k]):
            k += 1  # "3 billion" + "won"
            bare = False
        else:
            break
    return doc[start:k]


def money_of_span(span: Span, *, dateline_country: str | None = None) -> SpanMoney | None:
    """Parse the money of a span, reading shared symbols with the article's own currency.

    The span (a MONEY entity, perhaps with its qualifier) is widened over a
    currency or the end of a range next to it when the tagger left them
    outside; the wider reading is kept when it finds money.

    Args:
        span: A span of a parsed document.
        dateline_country: The country of the article's dateline (ISO 3166
            alpha-3), if any: it decides a shared form without a default
            that the article's own currency does not ("Sh2 million" under
            "NAIROBI, Kenya --" is KES).

    Returns:
        The money with the tokens read, or None when the span holds no money. Never raises.
    """
    try:
        wide = _widen(span)
    except (IndexError, ValueError):
        wide = span
    for candidate in (wide, span) if wide is not span and wide.text != span.text else (span,):
        if _a_weight(candidate):
            return None  # "12,000 [pounds] of groceries", widened over the unit or not
        reading = money_of_span_text(span.doc, candidate.text, dateline_country=dateline_country)
        if reading is not None:
            return SpanMoney(reading.money, reading.note, candidate)
    return None


def _a_weight(span: Span) -> bool:
    """A number of pounds of a thing, written out, no "£": "12,000 pounds of groceries" (see :func:`weighs`)."""
    return "£" not in span.text and any(weighs(unit) for unit in span)


def weighs(unit: Token) -> bool:
    """A currency word that is a unit of weight here (``weight_words``): "pounds" of "12,000 pounds of rice".

    The noun after "of" must be a thing weighed: a food, a substance or a
    plant (``matter_nouns``: "rice", "fuel"), or an artifact
    (``artifact_nouns``: "groceries") counted without a scale word. "5
    million pounds of support", "2 million pounds of equipment" are money.
    """
    doc = unit.doc
    if unit.lower_ not in ambiguity().weight_words or unit.i + 1 >= len(doc) or doc[unit.i + 1].lower_ != "of":
        return False
    things = [t for t in doc[unit.i + 1].children if t.dep_ == "pobj" and t.pos_ == "NOUN"]
    if not things:
        return False
    thing = things[0].lemma_.lower()
    scaled = unit.i > 0 and doc[unit.i - 1].lower_ in compiled().scales
    return thing in matter_nouns() or (thing in artifact_nouns() and not scaled)


#: Words of a sum the recogniser missed ("Rs 2.5 lakh crore", "US$ 1.5 billion").
MAX_SUM_WORDS = 5


def phrase_money(token: Token, *, dateline_country: str | None = None) -> SpanMoney | None:
    """The money of the short phrase a token heads, when the recogniser tagged none there.

    "Rs 25 crore" parsed as "Rs" with the number beside it (the whole
    phrase), "EUR 10 million" tagged an organisation (the words up to the
    head): at most :data:`MAX_SUM_WORDS` words. None when they read as no sum.
    ``dateline_country`` is as for :func:`money_of_span`. When the words up
    to the head read as the same sum as the whole phrase, they are the tokens
    read: "Sh200,000" of "Sh200,000 to a local clinic".
    """
    doc = token.doc
    left = token.left_edge.i
    whole = _short_money(doc[left : token.right_edge.i + 1], dateline_country)
    if whole is not None and token.right_edge.i <= token.i:
        return whole
    own = _short_money(doc[left : token.i + 1], dateline_country)
    if whole is None or (own is not None and _same_sum(own.money, whole.money)):
        return own
    return whole


def _short_money(span: Span, dateline_country: str | None) -> SpanMoney | None:
    """The money of a span of at most :data:`MAX_SUM_WORDS` words, else None."""
    return money_of_span(span, dateline_country=dateline_country) if len(span) <= MAX_SUM_WORDS else None


def _same_sum(a: Money, b: Money) -> bool:
    """The same amount, currency, bounds and qualifier, whatever the words read."""
    return a.model_dump(exclude={"text", "span"}) == b.model_dump(exclude={"text", "span"})


def currency_note(doc: Doc, money: Money, *, dateline_country: str | None = None) -> str | None:
    """How the currency of ``money`` (read from ``doc`` by :func:`money_of_span`) was chosen, if not by default.

    Args:
        doc: The parsed document.
        money: Money read from a span of it.
        dateline_country: The country of the article's dateline, as given to :func:`money_of_span`.

    Returns:
        The note of the reading ("'$' read as AUD (not USD): ...", "'Sh' read
        as KES (no default): the dateline's country KEN writes it"), or None.
    """
    reading = money_of_span_text(doc, money.text, dateline_country=dateline_country)
    return reading.note if reading is not None and reading.money.currency == money.currency else None


def money_of_span_text(doc: Doc, text: str, *, dateline_country: str | None = None) -> MoneyReading | None:
    """Parse ``text`` (a span of ``doc``) with the article's own currency for shared symbols.

    A shared form without a default that the article's own currency does not
    decide is read as the currency of ``dateline_country`` (ISO 3166 alpha-3)
    when that currency writes it; without a dateline country, as the currency
    of the one country among its candidates the article names.
    """
    from eventkit.doccache import doc_text

    home = currency_of_country(dateline_country) if dateline_country else None
    home_reason = f"the dateline's country {dateline_country.upper()} writes it" if home and dateline_country else None
    if home is None and (home := _named_home(doc)) is not None:
        home_reason = f"the article names the country of {home} and of no other currency that writes it"
    local = article_currency(doc_text(doc))
    code, reason = (
        (None, None)
        if local is None
        else (local[0], f"the article writes {local[1]!r} elsewhere and no default currency")
    )
    if code is None and (placed := _text_country(doc)) is not None:
        # "a $5,000 grant" in a story from a Queensland town: the places it names are all Australian
        code, reason = placed, f"the article's places and addresses lie in the country of {placed} alone"
    return read_money_local(text, code, reason, home=home, home_reason=home_reason)
