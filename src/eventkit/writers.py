"""Output formats: streams of extractions written as a table, JSON, JSONL, CSV or Parquet.

Each writer takes an iterable of :class:`~eventkit.result.Extraction` and
consumes it once, so a stream of millions of documents is written as it is
extracted. The text formats write to an open text stream; Parquet writes to a
path in chunks of documents, so a large corpus is never held in memory at
once. CSV cells a spreadsheet would run as a formula are neutralised
(:func:`neutralise_cell`).

    >>> import sys
    >>> from eventkit import Extractor
    >>> from eventkit.writers import write_jsonl
    >>> write_jsonl(Extractor().pipe(texts), sys.stdout)  # doctest: +SKIP
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from pathlib import Path

    from eventkit.result import Extraction

__all__ = [
    "FORMULA_STARTS",
    "TEXT_WRITERS",
    "neutralise_cell",
    "write_csv",
    "write_json",
    "write_jsonl",
    "write_parquet",
    "write_table",
]

#: Characters that make a spreadsheet read a cell as a formula (OWASP's list: these four, tab and CR).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe (``=1+1`` -> ``'=1+1``)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_table(results: Iterable[Extraction], out: TextIO) -> None:
    """Write each document's events as a plain-text table, under a header naming the document."""
    from eventkit.render import events_table

    for result in results:
        if result.id:
            out.write(f"# {result.id}  (published {result.published or 'unknown'}, {result.published_source})\n")
        if result.error:
            out.write(f"(error: {result.error})\n\n")
            continue
        out.write(events_table(result.events) + "\n\n")


def write_json(results: Iterable[Extraction], out: TextIO) -> None:
    """Write one JSON array of extractions, each written as soon as it arrives."""
    out.write("[")
    for i, result in enumerate(results):
        out.write(("," if i else "") + "\n" + result.model_dump_json(indent=2))
    out.write("\n]\n")


def write_jsonl(results: Iterable[Extraction], out: TextIO) -> None:
    """Write one extraction per line."""
    for result in results:
        out.write(result.model_dump_json() + "\n")


def write_csv(results: Iterable[Extraction], out: TextIO) -> None:
    """Write one row per event (the columns of :data:`eventkit.frames.COLUMNS`)."""
    from eventkit.frames import COLUMNS, event_row

    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for result in results:
        published = result.published.isoformat() if result.published else None
        for event in result.events:
            row = event_row(event, result.id, published=published)
            writer.writerow({key: neutralise_cell(value) for key, value in row.items()})


def write_parquet(results: Iterable[Extraction], path: Path, *, chunk: int = 500) -> None:
    """Write a Parquet file of events (the rows of :func:`eventkit.frames.to_frame`), ``chunk`` documents at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventkit.frames import to_frame

    writer: Any = None
    batch: list[Extraction] = []

    def flush() -> None:
        nonlocal writer
        table = pa.Table.from_pandas(to_frame(batch), preserve_index=False)
        if writer is None:
            writer = pq.ParquetWriter(str(path), table.schema)
        writer.write_table(table)
        batch.clear()

    try:
        for result in results:
            batch.append(result)
            if len(batch) >= chunk:
                flush()
        if batch or writer is None:
            flush()
    finally:
        if writer is not None:
            writer.close()


#: The text formats by name, as the command line's ``--format`` names them.
TEXT_WRITERS: dict[str, Callable[[Iterable[Extraction], TextIO], None]] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "table": write_table,
}
