"""The result of extracting one document: :class:`Extraction`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from eventkit import render
from eventkit.errors import DocumentWarning
from eventkit.event_types import get_event_type
from eventkit.models import AnyEvent, Donation, Event, Incident, Meeting, Span, Statement

if TYPE_CHECKING:
    from eventkit.pipeline import Prepared

__all__ = ["Extraction", "PublishedSource"]

PublishedSource = Literal["given", "detected", "none"]


class Extraction(BaseModel):
    """The events of one document and how they were obtained.

    Attributes:
        events: The extracted events, in document order.
        published: The publication date relative dates were resolved against.
        published_source: ``given`` (by the caller), ``detected`` (from the
            article's byline or dateline) or ``none``.
        published_span: Where a detected publication date is in the raw text.
        id: The document id, when one was given.
        meta: Metadata carried through from the input record.
        error: The error message if the document could not be processed.
        warnings: Coded warnings about the document (``W001`` ...: no
            publication date, not English, binary, markup, a file path,
            parsed in pieces; see docs/warnings.md). A clean English
            article with a date has none.
        text: The raw input (kept for rendering; not serialised).
    """

    model_config = ConfigDict(extra="forbid")

    events: list[AnyEvent] = Field(default_factory=list)
    published: dt.date | None = None
    published_source: PublishedSource = "none"
    published_span: Span | None = None
    id: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None
    warnings: list[DocumentWarning] = Field(default_factory=list)
    text: str | None = Field(default=None, exclude=True, repr=False)

    @classmethod
    def of(
        cls,
        prepared: Prepared,
        events: list[Event],
        *,
        id: str | None = None,
        meta: dict[str, Any] | None = None,
        warnings: list[DocumentWarning] | None = None,
    ) -> Extraction:
        """The result of a prepared document: its events, publication date and where it came from."""
        return cls(
            events=events,
            published=prepared.published,
            published_source=prepared.published_source,
            published_span=prepared.published_span,
            id=id,
            meta=meta or {},
            warnings=warnings or [],
            text=prepared.raw,
        )

    def by_type(self, kind: object) -> list[Event]:
        """Events of one type (``"meeting"``, ``EventType.DONATION``, a user type's name ...).

        Raises:
            ValueError: If no such event type is registered.
        """
        name = get_event_type(kind).name
        return [e for e in self.events if e.type == name]

    @property
    def meetings(self) -> list[Meeting]:
        """The Meeting events."""
        return [e for e in self.events if isinstance(e, Meeting)]

    @property
    def donations(self) -> list[Donation]:
        """The Donation events."""
        return [e for e in self.events if isinstance(e, Donation)]

    @property
    def incidents(self) -> list[Incident]:
        """The Incident events."""
        return [e for e in self.events if isinstance(e, Incident)]

    @property
    def statements(self) -> list[Statement]:
        """The Statement events."""
        return [e for e in self.events if isinstance(e, Statement)]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The whole extraction as JSON."""
        return self.model_dump_json(indent=indent)

    def to_dicts(self) -> list[dict[str, Any]]:
        """The events as JSON-shaped dicts (``model_dump(mode="json")``)."""
        return [e.model_dump(mode="json") for e in self.events]

    def to_pandas(self) -> Any:
        """One row per event as a pandas DataFrame (needs the ``frames`` extra)."""
        from eventkit.frames import to_frame

        return to_frame(self.events, doc_id=self.id)

    def _repr_html_(self) -> str:
        """The notebook view: an HTML fragment (no ``<html>``/``<head>``); ``render_html`` makes a whole page."""
        return render.extraction_html(self)

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[Event]:  # type: ignore[override]
        return iter(self.events)
