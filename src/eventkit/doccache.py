"""Values computed once per parsed Doc: its text, entities, sentences and token columns.

spaCy rebuilds ``doc.text`` (a join over every token), ``doc.ents``,
``doc.sents`` and ``span.ents`` (a walk over every entity) at every access. Helpers that are called once per event
candidate and read them would make a long document quadratic, so they read
them through these functions, which compute each value once per Doc and
forget it with the Doc (a :class:`weakref.WeakKeyDictionary`). Extraction
never changes a Doc's tokens or entities, so the cached values stay true.

A rule that reads a few kinds of token ("the prepositions", "the common nouns
of claiming") finds them with :func:`token_mask` over the Doc's attribute
columns instead of walking every token: iterating a Doc builds a Python
:class:`~spacy.tokens.Token` for each word, which costs more than the rule.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "doc_column",
    "doc_ents",
    "doc_sents",
    "doc_text",
    "doc_value",
    "entity_of",
    "forget",
    "know_text",
    "sentence_back",
    "span_ents",
    "token_mask",
    "token_positions",
]

_CACHE: weakref.WeakKeyDictionary[Doc, dict[str, Any]] = weakref.WeakKeyDictionary()
#: The Doc asked about last (a weak reference) and its values. Nearly every call in a row is about one
#: Doc, and a look-up in the WeakKeyDictionary makes a new weak reference each time (a tenth of a million
#: look-ups per hundred articles); :func:`forget` clears it with the Doc's entry.
_last: tuple[weakref.ref[Doc], dict[str, Any]] | None = None


def _values(doc: Doc) -> dict[str, Any]:
    global _last
    last = _last  # read once: another thread may replace it
    if last is not None and last[0]() is doc and last[1]["length"] == len(doc):
        return last[1]
    values = _CACHE.get(doc)
    if values is None or values.get("length") != len(doc):
        values = _CACHE[doc] = {"length": len(doc)}
    _last = (weakref.ref(doc), values)
    return values


def forget(doc: Doc) -> None:
    """Drop every value cached for ``doc``: call it when the Doc's extraction is done.

    The cached spans and tokens refer to their Doc, so an entry would keep
    its Doc (and its key) alive for ever: the cache would grow with every
    document a process reads.
    """
    global _last
    _CACHE.pop(doc, None)
    last = _last
    if last is not None and last[0]() is doc:
        _last = None


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc."""
    values = _values(doc)
    if "text" not in values:
        values["text"] = doc.text
    return values["text"]  # type: ignore[no-any-return]


def know_text(doc: Doc, text: str) -> None:
    """Record ``text`` as ``doc.text`` when the Doc was parsed from it (spares the join over every token).

    The caller that parsed the Doc has its text; the record is kept only
    when the last token ends where ``text`` ends and the first token opens
    it, so a Doc made from another text is left to :func:`doc_text`.
    """
    if not len(doc):
        return
    first, last = doc[0], doc[-1]
    if last.idx + len(last.text_with_ws) == len(text) and text.startswith(first.text, first.idx):
        _values(doc).setdefault("text", text)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc."""
    values = _values(doc)
    if "ents" not in values:
        values["ents"] = tuple(doc.ents)
    return values["ents"]  # type: ignore[no-any-return]


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """``tuple(doc.sents)``, built once per Doc."""
    values = _values(doc)
    if "sents" not in values:
        values["sents"] = tuple(doc.sents)
    return values["sents"]  # type: ignore[no-any-return]


def sentence_back(token: Token, back: int) -> Span:
    """The sentence ``back`` sentences before ``token``'s own (the first sentence at most), by cached starts."""
    values = _values(token.doc)
    sents = doc_sents(token.doc)
    if "sent_starts" not in values:
        values["sent_starts"] = [s.start for s in sents]
    at = max(0, bisect.bisect_right(values["sent_starts"], token.i) - 1)
    return sents[max(0, at - back)]


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside a span, e.g. a sentence) by binary search in the cached entities.

    spaCy's ``Span.ents`` walks every entity of the document at each call.
    """
    doc = span.doc
    values = _values(doc)
    ents = doc_ents(doc)
    if "ent_starts" not in values:
        values["ent_starts"] = [e.start for e in ents]
    i = bisect.bisect_left(values["ent_starts"], span.start)
    out: list[Span] = []
    while i < len(ents) and ents[i].end <= span.end:
        out.append(ents[i])
        i += 1
    return out


def entity_of(token: Token) -> Span | None:
    """The entity holding ``token`` ("Delta Air Lines" for "Air"), by binary search in the cached entities."""
    doc = token.doc
    values = _values(doc)
    ents = doc_ents(doc)
    if "ent_starts" not in values:
        values["ent_starts"] = [e.start for e in ents]
    i = bisect.bisect_right(values["ent_starts"], token.i) - 1
    return ents[i] if i >= 0 and ents[i].start <= token.i < ents[i].end else None


def doc_value(doc: Doc, key: str, compute: Callable[[Doc], Any]) -> Any:
    """``compute(doc)``, computed once per Doc and remembered under ``key`` (a judgement about the whole Doc)."""
    values = _values(doc)
    name = f"value:{key}"
    if name not in values:
        values[name] = compute(doc)
    return values[name]


def doc_column(doc: Doc, attr: str) -> np.ndarray:
    """``doc.to_array(attr)``: one spaCy attribute ("POS", "TAG", "LOWER", "ENT_IOB" ...) of every token.

    Built once per Doc. String attributes hold string-store hashes, ``ENT_IOB``
    holds 0 (unset), 1 (I), 2 (O) or 3 (B).
    """
    values = _values(doc)
    key = f"column:{attr}"
    if key not in values:
        values[key] = doc.to_array(attr) if len(doc) else np.zeros(0, dtype=np.uint64)
    return values[key]  # type: ignore[no-any-return]


def token_mask(doc: Doc, attr: str, keep: Collection[str] | Callable[[str], bool]) -> np.ndarray:
    """A boolean mask of the tokens whose string attribute ``attr`` is in ``keep`` (or passes it, a predicate).

    A collection of strings is compared by string id, a predicate is called
    once per distinct value of the column: the test costs no Token per word.
    ``token_mask(doc, "POS", {"VERB", "AUX"})``, ``token_mask(doc, "LEMMA",
    lambda lemma: lemma.lower() in nouns)``.
    """
    distinct, inverse = _distinct(doc, attr)
    if callable(keep):
        words = _distinct_strings(doc, attr)
        kept = np.fromiter(map(keep, words), dtype=bool, count=len(words))
    else:
        ids = _string_ids(frozenset(keep))
        at = np.minimum(np.searchsorted(distinct, ids), max(len(distinct) - 1, 0))
        kept = np.zeros(len(distinct), dtype=bool)
        if len(distinct):
            kept[at[distinct[at] == ids]] = True
    return kept[inverse]


def _distinct(doc: Doc, attr: str) -> tuple[np.ndarray, np.ndarray]:
    """A column's distinct values (sorted) and, for every token, the index of its value among them.

    Built once per Doc and attribute: a mask is then a test of the distinct
    values and one look-up per token, not a search of the whole column.
    """
    values = _values(doc)
    key = f"distinct:{attr}"
    if key not in values:
        distinct, inverse = np.unique(doc_column(doc, attr), return_inverse=True)
        values[key] = (distinct, inverse.reshape(-1))
    return values[key]  # type: ignore[no-any-return]


def _distinct_strings(doc: Doc, attr: str) -> list[str]:
    """The strings of a column's distinct values (as :func:`_distinct` orders them), read once per Doc and attribute."""
    values = _values(doc)
    key = f"distinct_strings:{attr}"
    if key not in values:
        strings = doc.vocab.strings
        values[key] = [strings[value] for value in _distinct(doc, attr)[0].tolist()]
    return values[key]  # type: ignore[no-any-return]


@lru_cache(maxsize=256)
def _string_ids(words: frozenset[str]) -> np.ndarray:
    """The string-store ids of ``words``, sorted (symbols such as "VERB" or "prep" have ids of their own)."""
    from spacy.strings import get_string_id

    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)


def token_positions(mask: np.ndarray) -> list[int]:
    """The token indices where ``mask`` is true, in text order."""
    return np.flatnonzero(mask).tolist()  # type: ignore[no-any-return]
