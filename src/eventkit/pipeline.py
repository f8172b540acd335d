"""The one-way flow of one document, as pure stages.

raw text -> :func:`prepare` (``text.clean``: cleaned text + offset map; the
publication date, given or found by ``text.published``) -> :func:`parse`
(the spaCy Doc, in pieces when the text is longer than one parse holds) ->
:func:`extract_events` (one extractor per registered event type, using the
``normalize`` layer, then ``merge``, then validation of every event against
the raw text).

:class:`eventkit.Extractor` (one document, or batches and worker processes)
and the ``eventkit`` spaCy component both call these stages, so they give the
same events for the same input. This module knows nothing of the interfaces
(result objects, frames, HTML, CLI).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pydantic import ValidationError

from eventkit.errors import DocumentWarning
from eventkit.event_types import EventTypeSpec, get_event_type
from eventkit.lexicons import Resources, using
from eventkit.models import Event, Span, parse_event

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from eventkit.text.clean import CleanText

__all__ = ["Options", "Prepared", "document_warnings", "extract_events", "parse", "prepare"]

logger = logging.getLogger("eventkit")

PublishedSource = Literal["given", "detected", "none"]


@dataclass(frozen=True)
class Options:
    """What to extract: the settings an :class:`eventkit.Extractor` and the spaCy component share.

    Attributes:
        types: Names of the event types to extract (registered types).
        min_confidence: Events below this confidence are dropped.
        resources: Lexicons that extend or replace the packaged ones, or None.
    """

    types: tuple[str, ...]
    min_confidence: float = 0.0
    resources: Resources | None = field(default=None, compare=False)

    @classmethod
    def create(
        cls, types: Iterable[object] | None = None, min_confidence: float = 0.0, resources: Resources | None = None
    ) -> Options:
        """Validated options; ``types=None`` (or empty) means every registered type.

        Raises:
            ValueError: For an unknown type or a confidence outside [0, 1].
        """
        from eventkit.event_types import event_type_names

        names = tuple(get_event_type(t).name for t in types) if types else event_type_names()
        if isinstance(min_confidence, bool) or not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be in [0, 1], not {min_confidence!r}")
        return cls(types=names, min_confidence=float(min_confidence), resources=resources)

    def specs(self) -> list[EventTypeSpec]:
        """The specs of the selected types."""
        return [get_event_type(t) for t in self.types]


@dataclass(frozen=True)
class Prepared:
    """A raw document made ready for parsing.

    Attributes:
        raw: The raw input.
        clean: The cleaned text and its map back to the raw text.
        published: The publication date relative dates resolve against.
        published_source: ``given``, ``detected`` or ``none``.
        published_span: Where a detected date is in the raw text.
        warnings: What :func:`eventkit.text.inspect.inspect_text` found wrong with the text.
    """

    raw: str
    clean: CleanText
    published: dt.date | None
    published_source: PublishedSource
    published_span: Span | None
    warnings: tuple[DocumentWarning, ...] = ()

    @property
    def readable(self) -> bool:
        """False for binary or compressed data, a file path or a text without words: it is not parsed."""
        from eventkit.text.inspect import readable

        return readable(self.warnings)


def prepare(raw: str, published: dt.date | None, resources: Resources | None = None) -> Prepared:
    """Inspect and clean the raw text and settle the publication date (given, else detected).

    ``resources`` are the extractor's lexicons (boilerplate, date forms ...), if it has its own.
    """
    from eventkit.text.clean import clean
    from eventkit.text.inspect import inspect_text
    from eventkit.text.published import detect_published

    with using(resources):
        warnings = tuple(inspect_text(raw))
        cleaned = clean(raw)
        found = detect_published(raw) if published is None else None
    if published is not None:
        return Prepared(raw, cleaned, published, "given", None, warnings)
    if found is None:
        return Prepared(raw, cleaned, None, "none", None, warnings)
    date, start, end = found
    return Prepared(raw, cleaned, date, "detected", Span(start=start, end=end, text=raw[start:end]), warnings)


def document_warnings(prepared: Prepared, doc: Doc | None, limit: int) -> list[DocumentWarning]:
    """Every warning about a document: those of :func:`prepare`, then parsed in pieces (W007), no date (W001).

    Args:
        prepared: The prepared document.
        doc: Its parsed Doc (None when it was not parsed: not readable).
        limit: The longest text parsed in one piece (:func:`eventkit.text.chunks.piece_limit`).
    """
    from eventkit.text.inspect import date_warning, pieces_warning

    out = list(prepared.warnings)
    if doc is None or not prepared.readable:
        return out
    pieces = pieces_warning(prepared.clean.text, limit)
    if pieces is not None:
        out.append(pieces)
    if prepared.published is None:
        out.append(date_warning(doc))
    return out


def too_long(nlp: Language, prepared: Prepared) -> bool:
    """True when the cleaned text is parsed in pieces: longer than ``nlp.max_length`` or than one piece."""
    from eventkit.text.chunks import piece_limit

    return len(prepared.clean.text) > piece_limit(nlp)


def parse(nlp: Language, prepared: Prepared) -> Doc:
    """The parsed Doc of the cleaned text (in pieces when :func:`too_long`; empty when not readable)."""
    if not prepared.readable:
        return nlp.make_doc("")
    if too_long(nlp, prepared):
        from eventkit.text.chunks import parse_in_chunks

        return parse_in_chunks(nlp, prepared.clean.text)
    return nlp(prepared.clean.text)


def extract_events(
    doc: Doc, cleaned: CleanText, published: dt.date | None, options: Options, *, source: str | None = None
) -> list[Event]:
    """Run the extractors of the selected types, merge, and validate against the raw text.

    Args:
        doc: The parsed Doc of ``cleaned.text``.
        cleaned: The cleaned text with its offset map.
        published: The publication date.
        options: Which types, the confidence floor, the lexicons.
        source: The document id, recorded in each event's ``sources``.

    Returns:
        The events in document order, with ids ("M1", "S2" ...) and fingerprints.
    """
    from eventkit.doccache import forget, know_text
    from eventkit.extractors.base import DocContext
    from eventkit.merge import fingerprint, merge_events

    with using(options.resources):
        know_text(doc, cleaned.text)  # the Doc was parsed from the cleaned text
        ctx = DocContext(doc=doc, clean=cleaned, published=published)
        found: list[Event] = []
        for spec in options.specs():
            try:
                found.extend(spec.load_extractor()(ctx))
            except Exception:  # one extractor's bug must not lose the others' events
                logger.exception("eventkit: the %s extractor failed on a document", spec.name)
        forget(doc)  # the per-Doc values would keep the Doc alive
        merged = [
            e.model_copy(update={"fingerprint": fingerprint(e), "sources": [source] if source else []})
            for e in merge_events(
                found,
                headline_end=_headline_end(cleaned),
                archive=_archive_captions(cleaned),
                summaries=[cleaned.offsets.raw_span(s, e) for s, e, _ in cleaned.summaries],
            )
            if get_event_type(e.type).is_complete(e)
        ]
    return [e for e in _validated(merged, cleaned.raw) if e.confidence >= options.min_confidence]


def _headline_end(cleaned: CleanText) -> int:
    """Raw offset where the headline ends (0 when the article has none)."""
    from eventkit.text.clean import BlockKind

    ends = [b.end for b in cleaned.blocks if b.kind == BlockKind.HEADLINE]
    if not ends:
        return 0
    return cleaned.offsets.raw_span(max(ends) - 1, max(ends))[1]


def _archive_captions(cleaned: CleanText) -> list[tuple[int, int]]:
    """Raw ``(start, end)`` of the paragraphs that caption an archive photo ("FILE - ...")."""
    from eventkit.extractors.captions import archive_caption

    return [
        cleaned.offsets.raw_span(b.start, b.end)
        for b in cleaned.blocks
        if b.end > b.start and archive_caption(cleaned.text[b.start : b.end])
    ]


def _validated(events: Sequence[Event], raw: str) -> list[Event]:
    """Number the events per type and re-validate each against the raw text; drop (and log) invalid ones."""
    out: list[Event] = []
    counters: dict[str, int] = {}
    for event in sorted(events, key=lambda e: e.trigger.start if e.trigger else 0):
        data = event.model_dump(mode="json")
        kind = data["type"]
        counters[kind] = counters.get(kind, 0) + 1
        data["id"] = f"{get_event_type(kind).id_prefix}{counters[kind]}"
        try:
            out.append(parse_event(data, raw_text=raw))
        except ValidationError as err:
            counters[kind] -= 1
            logger.warning("eventkit: dropped an invalid %s event: %s", kind, err)
    return out
