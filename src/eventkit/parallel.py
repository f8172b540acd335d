"""Worker processes for :meth:`eventkit.Extractor.pipe` with ``n_process > 1``.

Where ``fork`` is available, forked workers inherit the loaded pipeline and
run whole batches (clean, parse, extract) with
:meth:`eventkit.Extractor.run_batch`, sending back finished Extractions,
supervised by :mod:`eventkit.supervise`: results come back in input order, a
stream of any length runs in bounded memory, metadata stays in this process,
a worker that dies has its documents retried once and then recorded as
failed, and a per-document ``timeout`` stops a document that stalls. Elsewhere spaCy's own
multiprocessing (``nlp.pipe(docs, n_process=...)``) runs the ``eventkit``
component in its workers, and the Extractions are rebuilt here from
``doc._.event_records``. Either way the output is identical to ``n_process=1``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from eventkit.errors import DocumentWarning, EventkitError
from eventkit.models import parse_event
from eventkit.pipeline import Prepared, parse, prepare, too_long
from eventkit.result import Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventkit.api import Entry, Extractor, OnError

__all__ = ["fork_available", "run"]

logger = logging.getLogger("eventkit")


def fork_available() -> bool:
    """Forked workers inherit the loaded pipeline; elsewhere spaCy's own multiprocessing is used."""
    return os.name == "posix" and "fork" in multiprocessing.get_all_start_methods()


def run(
    extractor: Extractor,
    entries: Iterable[Entry | Extraction | Exception],
    *,
    on_error: OnError,
    n_process: int,
    batch_size: int,
    timeout: float | None = None,
) -> Iterator[Extraction]:
    """Extract a stream of entries in ``n_process`` worker processes, in input order.

    Raises:
        ValueError: For a ``timeout`` where ``fork`` is unavailable (a stalled
            document can only be stopped in a worker of its own).
    """
    if fork_available():
        from eventkit.supervise import run_supervised

        def work(segment: list[Any]) -> Iterator[Extraction]:
            return extractor.run_batch(segment, on_error="collect", batch_size=batch_size)

        yield from run_supervised(
            work, entries, n_process=n_process, batch_size=batch_size, on_error=on_error, timeout=timeout
        )
    elif timeout is not None:
        raise ValueError("timeout needs worker processes started with fork (Linux, macOS)")
    else:
        yield from _run_spacy(extractor, entries, on_error=on_error, n_process=n_process, batch_size=batch_size)


# ------------------------------------------------------ spaCy's processes

_PIPE = "eventkit_pipe"  # the temporary components of parallel runs
_COMPACT = "eventkit_records_only"


def _run_spacy(
    extractor: Extractor,
    entries: Iterable[Any],
    *,
    on_error: OnError,
    n_process: int,
    batch_size: int,
) -> Iterator[Extraction]:
    """The ``eventkit`` component in spaCy's worker processes; Extractions rebuilt from the records."""
    nlp = extractor.nlp
    pending: deque[tuple[Any, Prepared | None]] = deque()

    def failed(entry: Entry, error: str) -> Iterator[Extraction]:
        _, pub, rid, meta = entry
        if on_error == "raise":
            raise EventkitError(f"document {rid!r} failed: {error}")
        logger.warning("eventkit: document %s failed: %s", rid, error)
        if on_error == "collect":
            yield Extraction(id=rid, meta=meta, published=pub, error=error)

    def inputs() -> Iterator[Doc]:
        for entry in entries:
            if not isinstance(entry, tuple):
                pending.append((entry, None))
                if isinstance(entry, Exception):
                    return
                continue
            text, pub, rid, meta = entry
            try:
                prepared = prepare(text, pub, extractor.options.resources)
            except Exception as err:  # a bad document never stops the batch
                if on_error == "raise":
                    pending.append((err, None))
                    return
                pending.append((Extraction(id=rid, meta=meta, error=f"{type(err).__name__}: {err}"), None))
                continue
            pending.append((entry, prepared))
            if too_long(nlp, prepared) or not prepared.readable:
                yield nlp.make_doc("")  # parsed in pieces (or not at all) below; a placeholder keeps the order
                continue
            doc = nlp.make_doc(prepared.clean.text)
            doc._.raw_text = text
            doc._.published = prepared.published.isoformat() if prepared.published is not None else None
            doc._.doc_id = rid
            yield doc

    def passed_through() -> Iterator[Extraction]:
        while pending and pending[0][1] is None:
            entry = pending.popleft()[0]
            if isinstance(entry, Exception):
                raise entry
            if on_error == "collect":
                yield entry

    own = [n for n in nlp.pipe_names if nlp.get_pipe_meta(n).factory == "eventkit"]
    options = extractor.options
    nlp.add_pipe(
        "eventkit", name=_PIPE, config={"types": list(options.types), "min_confidence": options.min_confidence}
    )
    nlp.add_pipe("eventkit_records_only", name=_COMPACT, after=_PIPE)  # workers send back records only
    docs = nlp.pipe(inputs(), batch_size=batch_size, n_process=n_process, disable=own)
    try:
        for doc in docs:
            yield from passed_through()
            entry, prepared = pending.popleft()
            assert prepared is not None
            text, _, rid, meta = entry
            try:
                if too_long(nlp, prepared) or not prepared.readable:
                    yield extractor.finish(prepared, parse(nlp, prepared), doc_id=rid, meta=meta)
                    continue
                if doc._.event_error is not None:
                    yield from failed(entry, doc._.event_error)
                    continue
                events = [parse_event(r, raw_text=text) for r in doc._.event_records or []]
            except Exception as err:  # a bad document never stops the batch
                if on_error == "raise":
                    raise
                yield from failed(entry, f"{type(err).__name__}: {err}")
                continue
            warnings = [DocumentWarning.model_validate(w) for w in doc._.event_warnings or []]
            yield Extraction.of(prepared, events, id=rid, meta=meta, warnings=warnings)
        yield from passed_through()
    finally:
        close = getattr(docs, "close", None)
        if close is not None:
            close()
        for name in (_COMPACT, _PIPE):
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
