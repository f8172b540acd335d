"""Extraction over Dask bags and data frames on a local two-process cluster."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from eventkit.api import Extractor
from eventkit.frames import COLUMNS, to_frame

pytestmark = pytest.mark.model

ARTICLES = [
    {
        "id": f"a{i}",
        "text": (
            f"Foreign ministers from {a} and {b} met in Geneva on Tuesday to discuss grain exports.\n\n"
            f'"The corridor must stay open," the {a} minister told reporters.\n'
        ),
        "published": "2024-02-0" + str(1 + i % 9),
    }
    for i, (a, b) in enumerate(
        [("Turkey", "Ukraine"), ("Egypt", "Sudan"), ("Chile", "Peru"), ("Japan", "Korea"), ("Kenya", "Uganda")] * 2
    )
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _key(frame: Any) -> list[tuple[str, str]]:
    return sorted(zip(frame["doc_id"], frame["json"], strict=True))


def test_bag_on_a_two_process_cluster_matches_pipe(client: Any, extractor: Extractor) -> None:
    import dask.bag as db

    from eventkit.dask import extract_events

    bag = db.from_sequence(ARTICLES, npartitions=4)
    lazy = extract_events(bag)
    assert list(lazy.columns) == list(COLUMNS)
    frame = lazy.compute()
    expected = to_frame(extractor.pipe(ARTICLES))
    assert len(frame) == len(expected) > 0
    assert _key(frame) == _key(expected)
    # each worker process built its extractor once, however many partitions it ran
    cached = client.run(lambda: __import__("eventkit.dask", fromlist=["_CACHE"])._CACHE.__len__())
    assert set(cached.values()) <= {0, 1} and sum(cached.values()) >= 1


def test_pandas_and_dask_frames_with_other_column_names(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    from eventkit.dask import extract_dataframe

    source = pd.DataFrame(ARTICLES).rename(columns={"text": "body", "id": "url", "published": "date"})
    source["date"] = pd.to_datetime(source["date"])
    source.loc[0, "date"] = pd.NaT  # falls back to the default
    events = extract_dataframe(
        dd.from_pandas(source, npartitions=3),
        text_column="body",
        id_column="url",
        published_column="date",
        published="2024-01-15",
        types=["meeting"],
    ).compute()
    assert set(events["type"]) == {"meeting"}
    assert set(events["doc_id"]) <= set(source["url"])
    first = events[events["doc_id"] == "a0"]
    assert set(first["published"].dt.strftime("%Y-%m-%d")) <= {"2024-01-15"}


def test_bad_input_types_are_rejected() -> None:
    pytest.importorskip("dask.dataframe")
    from eventkit.dask import extract_events

    with pytest.raises(TypeError, match="dask bag or a data frame"):
        extract_events(["not", "a", "bag"])  # type: ignore[arg-type]
