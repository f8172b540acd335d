"""One pipeline per process: concurrent first calls of ``eventkit.extract`` share one (issue 18)."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

import pytest

import eventkit.api as api
import eventkit.nlp.loading as loading

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

TEXT = "Kenyan President William Ruto met Japanese Prime Minister Fumio Kishida in Nairobi on Monday."


def test_concurrent_first_calls_share_one_pipeline(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[int] = []

    def slow_load(name: object = None) -> Language:
        loads.append(threading.get_ident())
        time.sleep(0.3)  # loading takes a while: every thread arrives before the first load ends
        return nlp

    monkeypatch.setattr(loading, "load_pipeline", slow_load)
    monkeypatch.setattr(api, "_DEFAULT", None)
    start = threading.Barrier(4)
    results: list[object] = []
    errors: list[BaseException] = []

    def call() -> None:
        start.wait()
        try:
            results.append(api.extract(TEXT, published="2024-03-14"))
        except BaseException as err:  # reported below
            errors.append(err)

    threads = [threading.Thread(target=call) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert len(loads) == 1, f"{len(loads)} pipelines were loaded"
    assert len(results) == 4 and all(r.meetings for r in results)  # type: ignore[attr-defined]
    assert api._DEFAULT is not None and api._DEFAULT.nlp is nlp
