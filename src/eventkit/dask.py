"""Extract events over Dask collections (the ``dask`` extra: dask[dataframe], distributed).

Give a ``dask.bag`` of articles (strings or records) or a ``dask.dataframe``
with a text column; get back a lazy ``dask.dataframe`` with one row per event
and the columns of :data:`eventkit.frames.COLUMNS`. Each partition is one task;
each worker process builds its :class:`~eventkit.Extractor` (loads spaCy)
once and reuses it for every partition it runs.

The module is named after the library it wraps; inside it ``dask`` always
means the real package (absolute imports), never this module.

Example:
    >>> import dask.bag as db  # doctest: +SKIP
    >>> from distributed import Client  # doctest: +SKIP
    >>> client = Client("tcp://scheduler:8786")  # any cluster  # doctest: +SKIP
    >>> bag = db.read_text("s3://bucket/articles/*.jsonl").map(json.loads)  # doctest: +SKIP
    >>> events = eventkit.dask.extract_events(bag, published="2024-05-01")  # doctest: +SKIP
    >>> events.to_parquet("s3://bucket/events/")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from eventkit.errors import EventkitError

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

    from eventkit.api import Extractor

__all__ = ["extract_bag", "extract_dataframe", "extract_events", "get_extractor"]

OnError = Literal["raise", "skip"]

_CACHE: dict[Hashable, Extractor] = {}
_LOCK = threading.Lock()


def _require() -> tuple[Any, Any]:
    try:
        import dask.bag
        import dask.dataframe
    except ImportError as err:
        raise EventkitError("eventkit.dask needs dask, which is not installed: pip install 'eventkit[dask]'") from err
    return dask.bag, dask.dataframe


def get_extractor(
    nlp: str | None = None, types: tuple[str, ...] | None = None, min_confidence: float = 0.0
) -> Extractor:
    """The process-wide :class:`~eventkit.Extractor` for these options (built on first use).

    Workers call this for every partition; only the first call in a process
    loads the spaCy pipeline. Call it on every worker up front to warm them
    (``client.run(eventkit.dask.get_extractor)``).

    Args:
        nlp: A spaCy package name (default: eventkit's default model).
        types: Event types to extract (default: all).
        min_confidence: Drop events below this confidence.

    Returns:
        The cached extractor.
    """
    from eventkit.api import Extractor

    key = (nlp, types, min_confidence)
    with _LOCK:
        extractor = _CACHE.get(key)
        if extractor is None:
            extractor = _CACHE[key] = Extractor(nlp, types=types, min_confidence=min_confidence)
    return extractor


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value))  # NaN, NaT, pd.NA
    except (ImportError, TypeError, ValueError):
        return isinstance(value, float) and math.isnan(value)


def _partition(
    items: Iterable[Any],
    *,
    options: tuple[str | None, tuple[str, ...] | None, float],
    published: str | None,
    on_error: OnError,
) -> pd.DataFrame:
    """Extract one partition (a list of texts or records) into an events frame; runs on a worker."""
    from eventkit.frames import to_frame

    records: list[str | dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            record = {k: v for k, v in item.items() if not _missing(v)}
            if "id" in record:
                record["id"] = str(record["id"])
            if isinstance(record.get("published"), dt.datetime):
                record["published"] = record["published"].date()
            records.append(record)
        else:
            records.append(item)
    extractions = get_extractor(*options).pipe(records, published=published, on_error=on_error)
    return to_frame(extractions)


def _meta() -> pd.DataFrame:
    from eventkit.frames import to_frame

    return to_frame([])


def extract_bag(
    bag: dask.bag.Bag,
    *,
    published: dt.date | str | None = None,
    nlp: str | None = None,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    on_error: OnError = "raise",
) -> dask.dataframe.DataFrame:
    """Extract events from a bag of articles (strings, or records with ``text``, ``id``, ``published``).

    Args:
        bag: The articles.
        published: Default publication date for articles that give none.
        nlp: A spaCy package name, loaded on each worker (default: eventkit's default).
        types: Event types to extract (default: all).
        min_confidence: Drop events below this confidence.
        on_error: ``raise`` fails the task on a bad article; ``skip`` drops it (logged on the worker).

    Returns:
        A lazy dask DataFrame, one row per event, one partition per bag partition.

    Raises:
        EventkitError: If dask is not installed.
    """
    _, dd = _require()
    from dask import delayed

    options = _options(nlp, types, min_confidence)
    iso = _iso(published)
    parts = [delayed(_partition)(part, options=options, published=iso, on_error=on_error) for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=_meta(), verify_meta=False)


def extract_dataframe(
    frame: dask.dataframe.DataFrame | pd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    published: dt.date | str | None = None,
    nlp: str | None = None,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    on_error: OnError = "raise",
    npartitions: int = 1,
) -> dask.dataframe.DataFrame:
    """Extract events from a (dask or pandas) DataFrame with one article per row.

    Args:
        frame: The articles; a pandas frame is split into ``npartitions``.
        text_column: The column with the raw article text.
        id_column: The column with document ids (optional; becomes ``doc_id``).
        published_column: The column with publication dates (optional).
        published: Default publication date for rows that give none.
        nlp: A spaCy package name, loaded on each worker.
        types: Event types to extract (default: all).
        min_confidence: Drop events below this confidence.
        on_error: ``raise`` or ``skip`` (see :func:`extract_bag`).
        npartitions: Partitions for a pandas input.

    Returns:
        A lazy dask DataFrame, one row per event.

    Raises:
        EventkitError: If dask is not installed.
        KeyError: If the text column is missing.
    """
    _, dd = _require()
    if not isinstance(frame, dd.DataFrame):
        frame = dd.from_pandas(frame, npartitions=npartitions)
    if text_column not in frame.columns:
        raise KeyError(f"no column {text_column!r} in the frame (columns: {list(frame.columns)})")
    options = _options(nlp, types, min_confidence)
    iso = _iso(published)
    rename = {text_column: "text"}
    if id_column is not None and id_column in frame.columns:
        rename[id_column] = "id"
    if published_column is not None and published_column in frame.columns:
        rename[published_column] = "published"
    frame = frame[list(rename)].rename(columns=rename)

    def run(part: pd.DataFrame) -> pd.DataFrame:
        return _partition(part.to_dict(orient="records"), options=options, published=iso, on_error=on_error)

    return frame.map_partitions(run, meta=_meta(), enforce_metadata=False)


def extract_events(
    data: dask.bag.Bag | dask.dataframe.DataFrame | pd.DataFrame, **options: Any
) -> dask.dataframe.DataFrame:
    """Extract events from a bag or a data frame of articles (dispatches to the functions above).

    Args:
        data: A ``dask.bag.Bag`` (see :func:`extract_bag`) or a dask or pandas
            DataFrame (see :func:`extract_dataframe`).
        **options: Keyword arguments of the function used.

    Returns:
        A lazy dask DataFrame, one row per event; ``.compute()`` gives pandas.

    Raises:
        TypeError: If ``data`` is neither.
    """
    db, _ = _require()
    if isinstance(data, db.Bag):
        return extract_bag(data, **options)
    if hasattr(data, "columns"):
        return extract_dataframe(data, **options)
    raise TypeError(f"extract_events() expects a dask bag or a data frame, not {type(data).__name__}")


def _options(
    nlp: str | None, types: Iterable[str] | None, min_confidence: float
) -> tuple[str | None, tuple[str, ...] | None, float]:
    from eventkit.event_types import get_event_type

    if nlp is not None and not isinstance(nlp, str):
        raise TypeError("on a cluster `nlp` must be a package name (each worker loads it), not a Language")
    kinds = tuple(get_event_type(t).name for t in types) if types is not None else None
    if not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be in [0, 1], not {min_confidence!r}")
    return nlp, kinds, float(min_confidence)


def _iso(value: dt.date | str | None) -> str | None:
    from eventkit.text.published import coerce_published

    date = coerce_published(value)
    return date.isoformat() if date is not None else None
