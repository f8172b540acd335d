"""Supervised worker processes for ``Extractor.pipe``: nothing lost when a worker dies or a document stalls.

Workers are forked from this process (they inherit the loaded pipeline) and
each holds one task at a time: a batch of documents, or a single document
being retried. Only ``(text, published, id)`` goes to a worker; a record's
metadata stays in this process and is put back on its result, so metadata
that cannot be pickled (a lock, an open file, a client object) never matters.
Results stream back one document at a time and are yielded in input order.

Faults and what happens:

* **a worker dies** (the out-of-memory killer, ``kill -9``, a crash in C
  code): its unfinished documents are retried once, each on its own, in a
  fresh worker; a document whose retry dies too is recorded as failed
  (``WorkerDied``); the stream goes on and finishes;
* **a document takes longer than** ``timeout`` seconds: its worker is
  killed, the document is recorded as failed (``TimeoutError``), the rest of
  its batch is sent to a fresh worker. With a timeout, workers extract one
  document at a time (so that the time of each is known);
* **the input iterator raises**: every result before it is yielded, then
  the exception is raised (it never goes through a worker).

Memory stays bounded: the input is read at most ``4 * n_process`` batches
ahead of the oldest unfinished document.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, Literal

from eventkit.errors import EventkitError

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from eventkit.result import Extraction

__all__ = ["run_supervised"]

logger = logging.getLogger("eventkit")

OnError = Literal["raise", "skip", "collect"]
#: ``(text, published, id, meta)``: a valid document (the entry type of ``Extractor.pipe``).
Entry = tuple[str, Any, "str | None", "dict[str, Any]"]
Work = Callable[[list[Any]], Iterable["Extraction"]]
#: How long a worker may take to exit when asked to.
_SHUTDOWN = 2.0


@dataclass
class _Task:
    """Documents sent to one worker: their input positions and entries (without metadata)."""

    indexes: list[int]
    entries: list[Any]
    attempt: int = 1  # 2 when the documents are retried after a worker died
    done: int = 0  # how many results came back


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    task: _Task | None = None
    since: float = field(default_factory=time.monotonic)  # the last result or the task's start
    timed_out: bool = False


def _worker_main(conn: Connection, work: Work, one_at_a_time: bool, siblings: list[Connection]) -> None:
    """A worker's loop: receive a task, send back one ``(index, Extraction)`` per document."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, if it has one
    for other in siblings:  # the parent's ends of the other workers' pipes, inherited by the fork
        with contextlib.suppress(OSError):
            other.close()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        indexes, entries = message
        sent = 0
        try:
            groups = [[e] for e in entries] if one_at_a_time else [entries]
            for group in groups:
                for result in work(group):
                    conn.send((indexes[sent], result.model_copy(update={"text": None})))
                    sent += 1
        except Exception as err:  # a bug must not kill the worker silently: the documents fail
            from eventkit.result import Extraction

            for index, entry in list(zip(indexes, entries, strict=True))[sent:]:
                conn.send((index, Extraction(id=entry[2], error=f"{type(err).__name__}: {err}")))


class _Supervisor:
    """The parent's side: dispatch, collect in order, replace dead workers."""

    def __init__(self, work: Work, *, n_process: int, timeout: float | None) -> None:
        self.work = work
        self.n_process = n_process
        self.timeout = timeout
        self.context = multiprocessing.get_context("fork")
        self.workers: list[_Worker] = []
        self.ready: deque[_Task] = deque()
        self.results: dict[int, Any] = {}  # input position -> Extraction, or the input's exception

    def start_worker(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main,
            args=(child, self.work, self.timeout is not None, [w.conn for w in self.workers]),
            daemon=True,
        )
        process.start()
        child.close()
        worker = _Worker(process=process, conn=parent)
        self.workers.append(worker)
        return worker

    def dispatch(self) -> None:
        """Give each idle worker a task (starting workers as needed)."""
        while self.ready:
            idle = next((w for w in self.workers if w.task is None), None)
            if idle is None:
                if len(self.workers) >= self.n_process:
                    return
                idle = self.start_worker()
            task = self.ready.popleft()
            idle.task, idle.since, idle.timed_out = task, time.monotonic(), False
            try:
                idle.conn.send((task.indexes[task.done :], task.entries[task.done :]))
            except (OSError, ValueError):
                self.lost(idle)  # it died before it could take the task

    def busy(self) -> bool:
        return any(w.task is not None for w in self.workers) or bool(self.ready)

    def receive(self, worker: _Worker) -> bool:
        """Read what a worker sent; False when its connection is closed."""
        try:
            while worker.conn.poll():
                index, result = worker.conn.recv()
                self.results[index] = result
                worker.since = time.monotonic()
                task = worker.task
                if task is not None:
                    task.done += 1
                    if task.done >= len(task.indexes):
                        worker.task = None
        except (EOFError, OSError):
            return False
        return True

    def lost(self, worker: _Worker) -> None:
        """A worker died (or was killed for a timeout): decide what becomes of its documents."""
        with contextlib.suppress(OSError):
            worker.conn.close()
        worker.process.join(timeout=_SHUTDOWN)
        self.workers.remove(worker)
        task = worker.task
        if task is None:
            return
        indexes, entries = task.indexes[task.done :], task.entries[task.done :]
        if worker.timed_out:
            self.fail(indexes[0], entries[0], f"TimeoutError: extraction took longer than {self.timeout:g} s")
            if len(indexes) > 1:
                self.ready.appendleft(_Task(indexes[1:], entries[1:], attempt=task.attempt))
            return
        code = worker.process.exitcode
        how = f"was killed by signal {-code}" if code is not None and code < 0 else f"exited with status {code}"
        if task.attempt == 1:
            logger.warning("eventkit: a worker process %s; retrying its %d document(s)", how, len(indexes))
            for index, entry in reversed(list(zip(indexes, entries, strict=True))):  # each on its own, in input order
                self.ready.appendleft(_Task([index], [entry], attempt=2))
            return
        for index, entry in zip(indexes, entries, strict=True):
            self.fail(index, entry, f"WorkerDied: the worker process {how} on this document, also when retried")

    def fail(self, index: int, entry: Any, error: str) -> None:
        from eventkit.result import Extraction

        self.results[index] = Extraction(id=entry[2], published=entry[1], error=error)

    def expire(self) -> None:
        """Kill the workers whose current document has run out of time."""
        if self.timeout is None:
            return
        now = time.monotonic()
        for worker in self.workers:
            if worker.task is not None and not worker.timed_out and now - worker.since > self.timeout:
                worker.timed_out = True
                with contextlib.suppress(OSError):
                    os.kill(worker.process.pid or 0, signal.SIGKILL)

    def poll(self) -> None:
        """Wait for results, deaths or the next deadline, and handle them."""
        conns = {w.conn: w for w in self.workers}
        sentinels = {w.process.sentinel: w for w in self.workers}
        wait_for: float | None = None
        if self.timeout is not None:
            deadlines = [w.since + self.timeout for w in self.workers if w.task is not None]
            wait_for = max(0.0, min(deadlines) - time.monotonic()) + 0.01 if deadlines else None
        ready = wait([*conns, *sentinels], timeout=wait_for)
        dead: list[_Worker] = []
        for item in ready:
            worker = conns.get(item) if isinstance(item, Connection) else None
            if worker is not None and not self.receive(worker):
                dead.append(worker)
        for item in ready:
            worker = sentinels.get(item) if isinstance(item, int) else None
            if worker is not None and worker not in dead:
                self.receive(worker)  # what it sent before it died is kept
                dead.append(worker)
        for worker in dead:
            self.lost(worker)
        self.expire()

    def close(self) -> None:
        """Stop every worker: an idle one is asked to exit, a busy one (the stream was abandoned) is killed."""
        for worker in self.workers:
            if worker.task is not None:
                worker.process.kill()
                continue
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        deadline = time.monotonic() + _SHUTDOWN
        for worker in self.workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            with contextlib.suppress(OSError):
                worker.conn.close()
        self.workers.clear()


def run_supervised(
    work: Work,
    entries: Iterable[Any],
    *,
    n_process: int,
    batch_size: int,
    on_error: OnError,
    timeout: float | None = None,
) -> Iterator[Extraction]:
    """Extract a stream of entries in supervised forked workers, in input order.

    Args:
        work: Extracts a list of entries (in a worker): one Extraction per entry, in order.
        entries: ``(text, published, id, meta)`` tuples; ready Extractions (invalid items)
            and an exception (from the input) pass through in their turn, never through a worker.
        n_process: Worker processes.
        batch_size: Documents per task.
        on_error: ``raise``, ``skip`` or ``collect`` for documents that failed.
        timeout: Seconds a document may take (None: no limit).

    Yields:
        The Extractions, in input order, metadata restored.
    """
    supervisor = _Supervisor(work, n_process=n_process, timeout=timeout)
    source = iter(entries)
    meta: dict[int, tuple[str, dict[str, Any]]] = {}  # position -> (text, metadata), kept here
    position = 0  # the next input position to read
    emitted = 0  # the next position to yield
    exhausted = False
    window = 4 * n_process * batch_size
    chunk: _Task = _Task([], [])
    try:
        while True:
            # read ahead while there is room, cutting tasks of batch_size documents
            while not exhausted and len(supervisor.ready) < n_process and position - emitted < window:
                entry = next(source, None)
                if entry is None:
                    exhausted = True
                elif isinstance(entry, tuple):
                    text, published, rid, data = entry
                    meta[position] = (text, data)
                    chunk.indexes.append(position)
                    chunk.entries.append((text, published, rid, {}))
                    if len(chunk.indexes) >= batch_size:
                        supervisor.ready.append(chunk)
                        chunk = _Task([], [])
                else:
                    supervisor.results[position] = entry
                    exhausted = isinstance(entry, BaseException)
                position += 1 if entry is not None else 0
            if chunk.indexes and (exhausted or len(supervisor.ready) < n_process):
                supervisor.ready.append(chunk)
                chunk = _Task([], [])
            supervisor.dispatch()
            # yield what is finished, in order
            while emitted in supervisor.results:
                result = supervisor.results.pop(emitted)
                kept = meta.pop(emitted, None)
                emitted += 1
                if isinstance(result, BaseException):
                    raise result
                if kept is not None:
                    result = result.model_copy(update={"meta": kept[1], "text": None if result.error else kept[0]})
                yield from _apply(result, on_error)
            if exhausted and emitted >= position and not supervisor.busy():
                return
            if supervisor.busy():
                supervisor.poll()
    finally:
        supervisor.close()


def _apply(result: Extraction, on_error: OnError) -> Iterator[Extraction]:
    if result.error is not None and on_error == "raise":
        raise EventkitError(f"document {result.id!r} failed: {result.error}")
    if result.error is not None and on_error == "skip":
        logger.warning("eventkit: document %s failed: %s", result.id, result.error)
        return
    yield result
