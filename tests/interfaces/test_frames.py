"""Events as pandas DataFrames and Parquet files."""

from __future__ import annotations

import builtins
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import eventkit
from eventkit.api import Extraction, Extractor
from eventkit.errors import EventkitError
from eventkit.frames import COLUMNS, from_frame, to_frame, to_parquet

pytestmark = pytest.mark.model

ARTICLE = (
    "By Clara Voss | Published 4 April 2024\n\n"
    "Germany pledged EUR 12 million in flood relief to Slovenia on Wednesday, the Foreign Office said.\n\n"
    "German Chancellor Olaf Scholz met Slovenian Prime Minister Robert Golob in Ljubljana on Thursday.\n\n"
    '"Europe stands with the people of Slovenia," Scholz told reporters.\n'
)


@pytest.fixture(scope="module")
def result(extractor: Extractor) -> Extraction:
    out = extractor.extract(ARTICLE)
    assert out.events
    return out


def test_to_frame_has_one_typed_row_per_event(result: Extraction) -> None:
    frame = eventkit.to_frame(result)
    assert len(frame) == len(result.events)
    assert list(frame.columns) == list(COLUMNS)
    assert {c: str(t) for c, t in frame.dtypes.items()} == {
        c: str(frame[c].astype(t).dtype) for c, t in COLUMNS.items()
    }
    assert list(frame["id"]) == [e.id for e in result.events]
    assert set(frame["published"].dt.date.astype(str)) == {"2024-04-04"}
    assert [json.loads(v) for v in frame["json"]] == result.to_dicts()


def test_extraction_to_pandas_and_from_frame_round_trip(result: Extraction) -> None:
    frame = result.to_pandas()
    assert list(frame["type"]) == [e.type for e in result.events]
    assert from_frame(frame) == result.events


def test_to_frame_over_many_extractions_keeps_doc_ids(extractor: Extractor) -> None:
    items = [{"id": "de-si", "text": ARTICLE}, {"id": "empty", "text": "No news today."}, {"id": "x", "text": 1}]
    frame = to_frame(extractor.pipe(items))
    assert set(frame["doc_id"]) <= {"de-si"} and len(frame) > 0


def test_to_frame_of_no_events_is_empty_but_typed() -> None:
    frame = to_frame([])
    assert frame.empty and list(frame.columns) == list(COLUMNS)
    assert str(frame["confidence"].dtype) == "float64"


def test_to_frame_rejects_other_things() -> None:
    with pytest.raises(TypeError, match="events or Extractions"):
        to_frame(["not an event"])  # type: ignore[list-item]


def test_parquet_round_trip(result: Extraction, tmp_path: Path) -> None:
    import pandas as pd

    path = to_parquet(result, tmp_path / "events.parquet")
    back = pd.read_parquet(path)
    assert list(back.columns) == list(COLUMNS)
    assert from_frame(back) == result.events
    assert back["trigger_start"].tolist() == [e.trigger.start if e.trigger else None for e in result.events]


def _hide(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make ``import name`` fail, as when the package is not installed."""
    real_import = builtins.__import__

    def fake_import(module: str, *args: Any, **kwargs: Any) -> Any:
        if module == name or module.startswith(name + "."):
            raise ImportError(f"No module named {name!r}")
        return real_import(module, *args, **kwargs)

    for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        monkeypatch.delitem(sys.modules, loaded)
    monkeypatch.setattr(builtins, "__import__", fake_import)


def test_missing_pandas_gives_a_clear_error(result: Extraction, monkeypatch: pytest.MonkeyPatch) -> None:
    _hide(monkeypatch, "pandas")
    with pytest.raises(EventkitError, match=r"needs pandas.*pip install 'eventkit\[frames\]'"):
        result.to_pandas()


def test_missing_pyarrow_gives_a_clear_error(
    result: Extraction, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _hide(monkeypatch, "pyarrow")
    with pytest.raises(EventkitError, match=r"needs pyarrow.*pip install"):
        to_parquet(result, tmp_path / "x.parquet")
    assert not (tmp_path / "x.parquet").exists()
