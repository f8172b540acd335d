"""Events as data frames and Parquet files (the ``frames`` extra: pandas, pyarrow).

One row per event, flat typed columns plus the full event JSON, so that a
data pipeline can filter and join without parsing nested structures.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventkit.errors import EventkitError
from eventkit.event_types import get_event_type
from eventkit.models import Event, parse_event

if TYPE_CHECKING:
    import pandas as pd

    from eventkit.result import Extraction

__all__ = ["COLUMNS", "event_row", "from_frame", "require", "to_frame", "to_parquet"]

#: Column names and pandas dtypes of :func:`to_frame`.
COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "published": "datetime64[ns]",
    "id": "string",
    "type": "string",
    "date_start": "datetime64[ns]",
    "date_end": "datetime64[ns]",
    "date_precision": "string",
    "date_text": "string",
    "location": "string",
    "country": "string",
    "actors": "string",
    "actor_countries": "string",
    "category": "string",
    "donor": "string",
    "recipient": "string",
    "amount": "float64",
    "amount_min": "float64",
    "amount_max": "float64",
    "amount_qualifier": "string",
    "currency": "string",
    "speaker": "string",
    "content": "string",
    "direct": "boolean",
    "modality": "string",
    "confidence": "float64",
    "trigger_start": "Int64",
    "trigger_end": "Int64",
    "trigger_text": "string",
    "evidence": "string",
    "rule_ids": "string",
    "fingerprint": "string",
    "json": "string",
}


def require(module: str, what: str) -> Any:
    """Import an optional dependency of the ``frames`` extra, or explain how to install it.

    Args:
        module: The module to import ("pandas", "pyarrow").
        what: What needs it, for the message ("to_frame()").

    Returns:
        The imported module.

    Raises:
        EventkitError: If the module is not installed.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise EventkitError(
            f"{what} needs {module}, which is not installed: pip install 'eventkit[frames]' (pandas and pyarrow)"
        ) from err


def event_row(event: Event, doc_id: str | None = None, *, published: str | None = None) -> dict[str, Any]:
    """Flatten one event into the columns of :data:`COLUMNS` (plain Python values, no pandas needed).

    Args:
        event: The event.
        doc_id: The ``doc_id`` column.
        published: The ``published`` column (ISO date of the article).

    Returns:
        A dict with every key of :data:`COLUMNS`.
    """
    actors: list[str] = []
    countries: list[str] = []
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    spec = get_event_type(event.type)
    people = spec.actors_of(event)
    row.update(spec.own_columns(event))
    for actor in people:
        actors.append(actor.name)
        if actor.country:
            countries.append(actor.country)
    row.update(
        doc_id=doc_id,
        published=published,
        id=event.id,
        type=event.type,
        date_start=event.date.start.isoformat() if event.date else None,
        date_end=event.date.end.isoformat() if event.date else None,
        date_precision=event.date.precision.value if event.date else None,
        date_text=event.date.text if event.date else None,
        location=event.location.name if event.location else None,
        country=event.location.country if event.location else None,
        actors="; ".join(actors) or None,
        actor_countries="; ".join(dict.fromkeys(countries)) or None,
        modality=event.modality.value,
        confidence=event.confidence,
        trigger_start=event.trigger.start if event.trigger else None,
        trigger_end=event.trigger.end if event.trigger else None,
        trigger_text=event.trigger.text if event.trigger else None,
        evidence=json.dumps([[s.start, s.end] for s in event.evidence]),
        rule_ids="; ".join(event.rule_ids) or None,
        fingerprint=event.fingerprint,
        json=event.model_dump_json(),
    )
    return row


def _rows(data: Extraction | Iterable[Event | Extraction], doc_id: str | None) -> Iterator[dict[str, Any]]:
    items: Iterable[Any] = [data] if _is_extraction(data) else data  # type: ignore[list-item]
    for item in items:
        if _is_extraction(item):
            rid = doc_id if doc_id is not None else item.id
            published = item.published.isoformat() if item.published else None
            for event in item.events:
                yield event_row(event, rid, published=published)
        elif isinstance(item, Event):
            yield event_row(item, doc_id if doc_id is not None else (item.sources[0] if item.sources else None))
        else:
            raise TypeError(f"to_frame() expects events or Extractions, not {type(item).__name__}")


def _is_extraction(value: object) -> bool:
    """An :class:`eventkit.Extraction` (told by its fields, so this module need not import the result type)."""
    return all(hasattr(value, a) for a in ("events", "published", "id", "meta", "error"))


def to_frame(data: Extraction | Iterable[Event | Extraction], *, doc_id: str | None = None) -> pd.DataFrame:
    """A pandas DataFrame with one row per event and typed columns.

    Args:
        data: Events (``Extraction.events``), one :class:`~eventkit.Extraction`,
            or many (e.g. ``Extractor.pipe(...)``, consumed here). Rows of an
            Extraction get its ``id`` and ``published`` date.
        doc_id: Value of the ``doc_id`` column for every row (default: the
            Extraction's id, else the event's first source).

    Returns:
        The DataFrame with the columns and dtypes of :data:`COLUMNS`; the
        ``json`` column holds each full event (:func:`from_frame` reads it back).

    Raises:
        EventkitError: If pandas is not installed.
        TypeError: If an item is neither an event nor an Extraction.

    Example:
        >>> frame = eventkit.to_frame(eventkit.extract(text))  # doctest: +SKIP
        >>> frame.loc[frame.type == "meeting", ["date_start", "actors"]]  # doctest: +SKIP
    """
    pd = require("pandas", "to_frame()")
    rows = list(_rows(data, doc_id))
    extra = [c for c in dict.fromkeys(k for r in rows for k in r) if c not in COLUMNS]  # user types' own columns
    frame = pd.DataFrame(rows, columns=[*COLUMNS, *extra])
    return frame.astype({**COLUMNS, **dict.fromkeys(extra, "object")})


def from_frame(frame: pd.DataFrame) -> list[Event]:
    """Rebuild the validated events from a frame's ``json`` column (e.g. read back from Parquet).

    Args:
        frame: A frame made by :func:`to_frame` (or read from :func:`to_parquet`'s file).

    Returns:
        The events, in row order.
    """
    return [parse_event(json.loads(value)) for value in frame["json"]]


def to_parquet(data: Extraction | Iterable[Event | Extraction], path: str | Path, *, doc_id: str | None = None) -> Path:
    """Write events to a Parquet file through pyarrow (one row per event, as :func:`to_frame`).

    Args:
        data: Events, one Extraction or many (see :func:`to_frame`).
        path: The file to write.
        doc_id: Value of the ``doc_id`` column for every row.

    Returns:
        The path written.

    Raises:
        EventkitError: If pandas or pyarrow is not installed.
    """
    require("pandas", "to_parquet()")
    require("pyarrow", "to_parquet()")
    path = Path(path)
    to_frame(data, doc_id=doc_id).to_parquet(path, engine="pyarrow", index=False)
    return path
