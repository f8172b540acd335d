"""Values computed once per parsed Doc: its text, entities and sentences.

spaCy rebuilds ``doc.text`` (a join over every token), ``doc.ents``,
``doc.sents`` and ``span.ents`` (a walk over every entity) at every access. Helpers that are called once per event
candidate and read them would make a long document quadratic, so they read
them through these functions, which compute each value once per Doc and
forget it with the Doc (a :class:`weakref.WeakKeyDictionary`). Extraction
never changes a Doc's tokens or entities, so the cached values stay true.
"""

from __future__ import annotations

import bisect
import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["doc_ents", "doc_sents", "doc_text", "span_ents"]

_CACHE: weakref.WeakKeyDictionary[Doc, dict[str, Any]] = weakref.WeakKeyDictionary()


def _values(doc: Doc) -> dict[str, Any]:
    values = _CACHE.get(doc)
    if values is None or values.get("length") != len(doc):
        values = _CACHE[doc] = {"length": len(doc)}
    return values


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc."""
    values = _values(doc)
    if "text" not in values:
        values["text"] = doc.text
    return values["text"]  # type: ignore[no-any-return]


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
