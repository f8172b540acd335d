"""What every extractor shares: the shape of an extractor and re-exports of its helpers.

An extractor is a pure generator ``extract_<type>s(ctx) -> Iterator[Event]``
over a :class:`~eventkit.extractors.context.DocContext` (the document as the
extractors see it). The helpers live in their own modules: ``context``
(DocContext), ``syntax`` (subjects, objects, coordination, governing verbs)
and ``modality`` (negated, planned, hypothetical, alleged).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from eventkit.extractors.context import PLACE_LABELS, TIME_LABELS, DocContext
from eventkit.extractors.modality import modality_of
from eventkit.extractors.syntax import OBJECT_DEPS, SUBJECT_DEPS, conjuncts, governing_verb
from eventkit.models import Event
from eventkit.normalize.mentions import noun_phrase

__all__ = [
    "OBJECT_DEPS",
    "PLACE_LABELS",
    "SUBJECT_DEPS",
    "TIME_LABELS",
    "DocContext",
    "EventExtractor",
    "clip_confidence",
    "conjuncts",
    "governing_verb",
    "modality_of",
    "noun_phrase",
]


class EventExtractor(Protocol):
    """The shape of an extractor: a generator of events over a document context."""

    def __call__(self, ctx: DocContext) -> Iterator[Event]:  # pragma: no cover - protocol
        """Yield the events found in ``ctx``."""
        ...


def clip_confidence(score: float) -> float:
    """A rule-based confidence score clipped to [0.05, 0.95] and rounded to 3 decimals."""
    return round(max(0.05, min(0.95, score)), 3)
