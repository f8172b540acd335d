"""Events as data frames and Parquet files (the ``frames`` extra: pandas, pyarrow).

One row per event, flat typed columns plus the full event JSON, so that a
data pipeline can filter and join without parsing nested structures.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventkit.errors import EventkitError
from eventkit.models import Donation, Event, Incident, Meeting, Statement

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "event_row", "to_frame", "to_parquet"]

#: Column names and pandas dtypes of :func:`to_frame`.
COLUMNS: dict[str, str] = {
    "doc_id": "string",
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
    "fingerprint": "string",
    "json": "string",
}


def _need(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise EventkitError(f"{module} is needed for data frames and Parquet: pip install 'eventkit[frames]'") from err


def event_row(event: Event, doc_id: str | None = None) -> dict[str, Any]:
    """Flatten one event into the columns of :data:`COLUMNS`."""
    actors: list[str] = []
    countries: list[str] = []
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    if isinstance(event, Meeting):
        people = event.participants
    elif isinstance(event, Incident):
        people = event.actors
        row["category"] = event.category.value
    elif isinstance(event, Donation):
        people = [a for a in (event.donor, event.recipient) if a is not None]
        row["donor"] = event.donor.name if event.donor else None
        row["recipient"] = event.recipient.name if event.recipient else None
        if event.amount is not None:
            row["amount"] = float(event.amount.amount)
            row["currency"] = event.amount.currency
    elif isinstance(event, Statement):
        people = [event.speaker] if event.speaker else []
        row["speaker"] = event.speaker.name if event.speaker else None
        row["content"] = event.content
        row["direct"] = event.direct
    else:  # pragma: no cover
        people = []
    for actor in people:
        actors.append(actor.name)
        if actor.country:
            countries.append(actor.country)
    row.update(
        doc_id=doc_id,
        id=event.id,
        type=event.type.value,
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
        fingerprint=event.fingerprint,
        json=event.model_dump_json(),
    )
    return row


def to_frame(events: Iterable[Event], *, doc_id: str | None = None) -> pd.DataFrame:
    """A pandas DataFrame with one row per event and typed columns.

    Args:
        events: Events (e.g. ``Extraction.events``).
        doc_id: Value of the ``doc_id`` column (default: the event's first source).

    Returns:
        The DataFrame with the columns of :data:`COLUMNS`.

    Raises:
        EventkitError: If pandas is not installed.
    """
    pd = _need("pandas")
    rows = [event_row(e, doc_id if doc_id is not None else (e.sources[0] if e.sources else None)) for e in events]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype(COLUMNS)


def to_parquet(events: Iterable[Event], path: str | Path, *, doc_id: str | None = None) -> Path:
    """Write events to a Parquet file through pyarrow.

    Raises:
        EventkitError: If pandas or pyarrow is not installed.
    """
    _need("pyarrow")
    path = Path(path)
    to_frame(events, doc_id=doc_id).to_parquet(path, engine="pyarrow", index=False)
    return path
