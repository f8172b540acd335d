"""spaCy components that eventkit adds to the pipeline.

* ``eventkit_paragraphs`` starts a sentence after every blank line.
* ``eventkit`` runs eventkit's extractors over each parsed Doc and stores the
  events as JSON-shaped records in ``doc._.event_records``.

Both factories are registered when this module is imported and, through the
``spacy_factories`` entry points in ``pyproject.toml``, whenever
``spacy.load`` meets them in a saved pipeline's config.

Doc extensions (all values JSON-shaped, so Docs survive ``Doc.to_bytes`` and
``nlp.pipe(n_process=2)``):

* ``doc._.event_records``: ``list[dict]`` written by the component;
* ``doc._.events``: getter, the records validated into event models;
* ``doc._.published``: ISO publication date, read by the component;
* ``doc._.raw_text``: the raw article when ``doc.text`` is its cleaned form;
* ``doc._.doc_id``: a document id, copied to ``Event.sources``;
* ``doc._.event_error``: the error message when extraction failed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    import datetime as dt

    from eventkit.text.clean import CleanText

__all__ = ["EXTENSIONS", "EventkitComponent", "make_eventkit", "records_only", "set_paragraph_boundaries"]

logger = logging.getLogger("eventkit")

#: The Doc extensions eventkit declares, with their defaults (``events`` is a getter).
EXTENSIONS: tuple[str, ...] = ("event_records", "published", "raw_text", "doc_id", "event_error")


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
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("events"):
        Doc.set_extension("events", getter=_events_getter)


def _events_getter(doc: Doc) -> list[Any]:
    """Validate ``doc._.event_records`` into event models, grounded in the raw text."""
    from eventkit.models import parse_event

    raw = doc._.raw_text if doc._.raw_text is not None else doc.text
    return [parse_event(record, raw_text=raw) for record in doc._.event_records or []]


# Registered on import, so that unpickled components (spawned worker processes)
# and Docs read back with ``Doc.from_bytes`` see the extensions too.
_register_extensions()


class EventkitComponent:
    """The ``eventkit`` pipeline component: ``nlp.add_pipe("eventkit")``.

    Two ways to feed it:

    * **Plain text** (``nlp(article)``): offsets refer to ``doc.text``; the
      publication date is ``doc._.published`` (ISO string), else the
      ``published`` config, else detected from the article's byline or
      dateline, as :func:`eventkit.extract` does.
    * **Cleaned text** (what :meth:`eventkit.Extractor.pipe` sends to worker
      processes): ``doc = nlp.make_doc(clean(raw).text)`` with
      ``doc._.raw_text = raw``. The component recomputes ``clean(raw)``, checks
      that it equals ``doc.text`` and grounds every offset in the *raw* text,
      exactly as :meth:`eventkit.Extractor.extract` does. ``doc._.published``
      is used as given (no detection) and ``doc._.doc_id`` goes to
      ``Event.sources``.

    A document that fails is logged, gets ``doc._.event_records == []`` and
    the message in ``doc._.event_error``; it never stops the pipeline.

    Args:
        nlp: The pipeline (it needs a parser and NER before this component).
        name: The component name.
        published: Default publication date (ISO string) or None.
        types: Event types to extract; empty means every registered type.
        min_confidence: Drop events below this confidence.
        lexicons: Lexicon name -> file path of user lexicons that extend the packaged ones.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        published: str | None,
        types: list[str],
        min_confidence: float,
        lexicons: dict[str, str] | None = None,
    ) -> None:
        from eventkit.lexicons import Resources
        from eventkit.pipeline import Options
        from eventkit.text.published import coerce_published

        self.name = name
        self.published = coerce_published(published)
        self.options = Options.create(types or None, min_confidence, Resources(lexicons) if lexicons else None)

    def __call__(self, doc: Doc) -> Doc:
        """Extract the events of one Doc into ``doc._.event_records``."""
        from eventkit.pipeline import extract_events

        try:
            cleaned, published = self._context(doc)
            events = extract_events(doc, cleaned, published, self.options, source=doc._.doc_id)
            doc._.event_records = [e.model_dump(mode="json") for e in events]
            doc._.event_error = None
        except Exception as err:  # a bad document never stops the pipeline
            logger.exception("eventkit: the eventkit component failed on document %s", doc._.doc_id)
            doc._.event_records = []
            doc._.event_error = f"{type(err).__name__}: {err}"
        return doc

    def _context(self, doc: Doc) -> tuple[CleanText, dt.date | None]:
        """The cleaned text (with its map to the raw text) and the publication date of a Doc."""
        from eventkit.text.clean import clean, identity_clean
        from eventkit.text.published import coerce_published, detect_published

        given = coerce_published(doc._.published)
        if doc._.raw_text is not None:
            cleaned = clean(doc._.raw_text)
            if cleaned.text != doc.text:
                raise ValueError("doc.text is not clean(doc._.raw_text): make the Doc from the cleaned text")
            return cleaned, given
        if given is None:
            given = self.published
        if given is None:
            found = detect_published(doc.text)
            given = found[0] if found is not None else None
        return identity_clean(doc.text), given


@Language.factory(
    "eventkit",
    default_config={"published": None, "types": [], "min_confidence": 0.0, "lexicons": {}},
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.event_records", "doc._.event_error"],
)
def make_eventkit(
    nlp: Language, name: str, published: str | None, types: list[str], min_confidence: float, lexicons: dict[str, str]
) -> EventkitComponent:
    """Create the ``eventkit`` component (see :class:`EventkitComponent`).

    Args:
        nlp: The pipeline.
        name: The component name.
        published: Default publication date (ISO string) or None.
        types: Event types to extract; empty means all four.
        min_confidence: Drop events below this confidence.
        lexicons: Lexicon name -> file path of user lexicons that extend the packaged ones.

    Returns:
        The component.
    """
    return EventkitComponent(nlp, name, published, types, min_confidence, lexicons)


@Language.component("eventkit_records_only")
def records_only(doc: Doc) -> Doc:
    """Replace a Doc by an empty one that keeps only eventkit's extension values.

    The last component of :meth:`eventkit.Extractor.pipe` runs with
    ``n_process > 1``: worker processes then send back a few hundred bytes
    of event records per article instead of the whole parsed Doc, which the
    main process would only deserialize to throw away.
    """
    out = Doc(doc.vocab, words=[])
    for name in EXTENSIONS:
        out._.set(name, doc._.get(name))
    return out
