"""Streams that survive (issue 18): ``Extractor.pipe`` under bad records, broken inputs, dead and stuck workers."""

from __future__ import annotations

import datetime as dt
import math
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventkit.api import Extraction, Extractor
from eventkit.records import error_record, is_missing

pytestmark = pytest.mark.model

ARTICLE = "Kenyan President William Ruto met Japanese Prime Minister Fumio Kishida in Nairobi on Monday."


def _good(rid: str) -> dict[str, Any]:
    return {"id": rid, "text": ARTICLE, "published": "2024-03-14"}


def test_missing_values_are_recognised() -> None:
    pd = pytest.importorskip("pandas")
    assert all(is_missing(v) for v in (pd.NaT, float("nan"), pd.NA, math.nan))
    assert not any(is_missing(v) for v in (None, "2024-01-01", dt.date(2024, 1, 1), pd.Timestamp("2024-01-01")))


@pytest.mark.parametrize("n_process", [1, 2])
def test_bad_records_are_errors_of_their_own_document(ex: Extractor, n_process: int) -> None:
    pd = pytest.importorskip("pandas")
    bad = [
        {"id": "nat", "text": ARTICLE, "published": pd.NaT},
        {"id": "nan", "text": ARTICLE, "published": float("nan")},
        {"id": "na", "text": ARTICLE, "published": pd.NA},
        {"id": "bad\ud800id", "text": ARTICLE},
        {"id": "meta", "text": ARTICLE, "desk": {"tags": ["x", "\udfff"]}},
        {"id": "key", "text": ARTICLE, 1: "not a string key"},
    ]
    items = [_good("first")] + [x for b in bad for x in (b, _good(f"after-{b['id']!r}"))]
    results = list(ex.pipe(items, n_process=n_process, batch_size=2))
    assert len(results) == len(items)
    errors = {r.id: r.error for r in results if r.error}
    assert set(errors) == {"nat", "nan", "na", "bad\\ud800id", "meta", "key"}
    assert "missing value" in (errors["nat"] or "") and "lone surrogate" in (errors["meta"] or "")
    assert all(r.events for r in results if not r.error)
    for result in results:
        result.model_dump_json()  # every result, error or not, can be written out
    assert results[9].meta == {"desk": {"tags": ["x", "\\udfff"]}}  # kept, made printable


def test_an_error_record_survives_metadata_pydantic_cannot_hold() -> None:
    record = error_record({"id": 7, "text": "x", ("a", 1): object()}, ValueError("bad"))
    assert record.id == "7" and record.error == "ValueError: bad"


def test_unpicklable_metadata_stays_in_this_process(ex: Extractor) -> None:
    lock, handle = threading.Lock(), open(os.devnull)  # noqa: SIM115 - closed below
    try:
        items = [{**_good(f"d{i}"), "lock": lock, "handle": handle} for i in range(4)]
        results = list(ex.pipe(items, n_process=2, batch_size=1))
    finally:
        handle.close()
    assert [r.error for r in results] == [None] * 4
    assert all(r.meta["lock"] is lock and r.meta["handle"] is handle for r in results)
    assert all(r.text == ARTICLE and r.events for r in results)


@pytest.mark.parametrize("n_process", [1, 2])
def test_results_before_a_failing_input_are_yielded_first(ex: Extractor, n_process: int) -> None:
    def source() -> Iterator[dict[str, Any]]:
        for i in range(10):
            yield _good(str(i))
        raise RuntimeError("the feed broke")

    seen: list[str | None] = []
    with pytest.raises(RuntimeError, match="the feed broke"):
        for result in ex.pipe(source(), n_process=n_process, batch_size=4):
            seen.append(result.id)
    assert seen == [str(i) for i in range(10)]


# ------------------------------------------------------------ dead and stuck workers


def _patch_run(monkeypatch: pytest.MonkeyPatch, act: dict[str, Any]) -> None:
    """Workers (forked, so they inherit the patch) call ``act[marker](entry)`` on a document holding a marker."""
    original = Extractor.run_batch

    def run(self: Extractor, batch: Any, **kwargs: Any) -> Iterator[Extraction]:
        for entry in batch if isinstance(batch, list) else []:
            for marker, fn in act.items():
                if isinstance(entry, tuple) and marker in entry[0]:
                    fn(entry)
        return original(self, batch, **kwargs)

    monkeypatch.setattr(Extractor, "run_batch", run)


def test_a_worker_killed_from_outside_has_its_documents_retried(
    ex: Extractor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    flag = tmp_path / "pid"

    def slow(entry: Any) -> None:
        if not flag.exists():  # the first time only: the retry runs normally
            flag.write_text(str(os.getpid()))
            time.sleep(30)

    def killer() -> None:
        deadline = time.monotonic() + 60
        while not flag.exists() or not flag.read_text():
            if time.monotonic() > deadline:
                return
            time.sleep(0.02)
        os.kill(int(flag.read_text()), signal.SIGKILL)  # the out-of-memory killer's way

    _patch_run(monkeypatch, {"SLOW": slow})
    items = [_good(f"d{i}") for i in range(8)]
    items[3]["text"] = ARTICLE + " SLOW"
    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    start = time.monotonic()
    results = list(ex.pipe(items, n_process=2, batch_size=2))
    thread.join(timeout=5)
    assert time.monotonic() - start < 25  # no waiting for the sleeping worker, no hang
    assert [r.id for r in results] == [f"d{i}" for i in range(8)]
    assert [r.error for r in results] == [None] * 8  # retried once, in a fresh worker: nothing lost
    assert all(r.events for r in results)


def test_a_document_that_kills_every_worker_is_recorded_as_failed(
    ex: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _patch_run(monkeypatch, {"POISON": lambda entry: os.kill(os.getpid(), signal.SIGKILL)})
    items = [_good(f"d{i}") for i in range(6)]
    items[2]["text"] = ARTICLE + " POISON"
    results = list(ex.pipe(items, n_process=2, batch_size=3))
    assert [r.id for r in results] == [f"d{i}" for i in range(6)]
    assert results[2].error is not None and "WorkerDied" in results[2].error and "signal 9" in results[2].error
    assert [r.error for i, r in enumerate(results) if i != 2] == [None] * 5  # its batch-mates were retried
    with pytest.raises(Exception, match="WorkerDied"):
        list(ex.pipe(items, n_process=2, batch_size=3, on_error="raise"))
    assert [r.id for r in ex.pipe(items, n_process=2, batch_size=3, on_error="skip")] == [
        f"d{i}" for i in range(6) if i != 2
    ]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_stuck_document_is_stopped_by_the_time_budget(
    ex: Extractor, monkeypatch: pytest.MonkeyPatch, n_process: int
) -> None:
    ex.extract(ARTICLE)  # gazetteers and lexicons loaded here, so a fresh worker's first document is quick
    _patch_run(monkeypatch, {"STUCK": lambda entry: time.sleep(60)})
    items = [_good(f"d{i}") for i in range(5)]
    items[1]["text"] = ARTICLE + " STUCK"
    start = time.monotonic()
    results = list(ex.pipe(items, n_process=n_process, batch_size=4, timeout=3))
    assert time.monotonic() - start < 30
    assert [r.id for r in results] == [f"d{i}" for i in range(5)]
    assert results[1].error is not None and results[1].error.startswith("TimeoutError")
    assert [r.error for i, r in enumerate(results) if i != 1] == [None] * 4


@pytest.mark.parametrize("bad", [0, -1, "5", True, float("nan")])
def test_timeout_must_be_a_positive_number(ex: Extractor, bad: object) -> None:
    with pytest.raises(ValueError, match="timeout must be"):
        list(ex.pipe([ARTICLE], timeout=bad))  # type: ignore[arg-type]


def test_supervised_workers_give_the_serial_output(ex: Extractor) -> None:
    items = [_good(f"d{i}") for i in range(7)] + ["Officials said nothing.", {"id": "x", "text": None}]
    serial = [r.model_dump_json() for r in ex.pipe(items)]
    assert [r.model_dump_json() for r in ex.pipe(items, n_process=2, batch_size=3)] == serial
    assert [r.model_dump_json() for r in ex.pipe(items, timeout=30)] == serial


def test_timeout_needs_fork(ex: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventkit import parallel

    monkeypatch.setattr(parallel, "fork_available", lambda: False)
    with pytest.raises(ValueError, match="timeout needs worker processes started with fork"):
        list(ex.pipe([ARTICLE], timeout=5))


def test_deaths_stalls_and_bad_records_together_keep_order(ex: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_run(
        monkeypatch,
        {"POISON": lambda entry: os.kill(os.getpid(), signal.SIGKILL), "STUCK": lambda entry: time.sleep(60)},
    )
    items: list[Any] = [_good(f"d{i}") for i in range(14)]
    for i in (2, 3, 9):  # two poisoned neighbours in one batch, one more later
        items[i]["text"] = ARTICLE + " POISON"
    items[6]["text"] = ARTICLE + " STUCK"
    items[11] = {"id": "d11", "text": None}
    ex.extract(ARTICLE)  # loaded before the workers fork: a slow machine stays under the budget
    results = list(ex.pipe(items, n_process=2, batch_size=3, timeout=4))
    assert [r.id for r in results] == [f"d{i}" for i in range(14)]
    kinds = {i: (r.error or "ok").split(":")[0] for i, r in enumerate(results)}
    assert {i for i, k in kinds.items() if k == "WorkerDied"} == {2, 3, 9}
    assert {i for i, k in kinds.items() if k == "TimeoutError"} == {6}
    assert kinds[11] == "TypeError"
    assert all(results[i].events for i, k in kinds.items() if k == "ok")
