"""spaCy components that eventkit adds to the pipeline."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["EventkitComponent", "make_eventkit", "set_paragraph_boundaries"]


@Language.component("eventkit_paragraphs")
def set_paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so no sentence spans two paragraphs.

    Runs before the parser, which keeps the boundaries it is given.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def _register_extensions() -> None:
    from spacy.tokens import Doc as _Doc

    if not _Doc.has_extension("event_records"):
        _Doc.set_extension("event_records", default=None)
    if not _Doc.has_extension("published"):
        _Doc.set_extension("published", default=None)
    if not _Doc.has_extension("events"):
        _Doc.set_extension("events", getter=_events_getter)


def _events_getter(doc: Doc) -> list[Any]:
    from eventkit.models import parse_event

    records = doc._.event_records or []
    return [parse_event(r, raw_text=doc.text) for r in records]


class EventkitComponent:
    """The ``eventkit`` pipeline component: ``nlp.add_pipe("eventkit")``.

    It runs eventkit's extractors over each parsed Doc and stores the events as
    JSON-shaped records in ``doc._.event_records`` (so Docs survive
    ``Doc.to_bytes`` and ``nlp.pipe(n_process=2)``); ``doc._.events`` rebuilds
    the validated pydantic models. Offsets refer to ``doc.text``. A
    publication date can be set per Doc in ``doc._.published`` (ISO string)
    before the component runs, or for all Docs with the ``published`` config.

    Args:
        nlp: The pipeline (it must have a parser and NER before this component).
        name: The component name.
        published: Default publication date (ISO string) or None.
        types: Event types to extract; empty means all four.
        min_confidence: Drop events below this confidence.
    """

    def __init__(
        self, nlp: Language, name: str, published: str | None, types: list[str], min_confidence: float
    ) -> None:
        from eventkit.api import Extractor

        _register_extensions()
        self.name = name
        self.published = published
        self._extractor = Extractor.__new__(Extractor)
        Extractor._configure(self._extractor, nlp, types=types or None, min_confidence=min_confidence)

    def __call__(self, doc: Doc) -> Doc:
        """Extract the events of one Doc into ``doc._.event_records``."""
        import logging

        from eventkit.text.clean import identity_clean
        from eventkit.text.published import coerce_published

        try:
            published = coerce_published(doc._.published or self.published)
            events = self._extractor.events_from_doc(doc, identity_clean(doc.text), published)
            doc._.event_records = [e.model_dump(mode="json") for e in events]
        except Exception:  # a bad document never stops the pipeline
            logging.getLogger("eventkit").exception("eventkit component failed on a document")
            doc._.event_records = []
        return doc


@Language.factory(
    "eventkit",
    default_config={"published": None, "types": [], "min_confidence": 0.0},
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.event_records", "doc._.events"],
)
def make_eventkit(
    nlp: Language, name: str, published: str | None, types: list[str], min_confidence: float
) -> EventkitComponent:
    """Create the ``eventkit`` component (see :class:`EventkitComponent`)."""
    return EventkitComponent(nlp, name, published, types, min_confidence)
