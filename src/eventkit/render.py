"""Human-readable views of events: a plain-text table and an HTML page.

All article text is HTML-escaped: an article containing ``<script>`` renders
as text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventkit.models import Donation, Event, Incident, Meeting, Statement

if TYPE_CHECKING:
    from eventkit.api import Extraction

__all__ = ["describe", "events_table", "render_html"]

_COLOURS = {"meeting": "#7aecec", "donation": "#bfeeb7", "incident": "#feca74", "statement": "#c887fb"}


def describe(event: Event) -> str:
    """A one-line summary of an event's main arguments."""
    if isinstance(event, Meeting):
        text = " + ".join(a.name for a in event.participants) or "?"
    elif isinstance(event, Donation):
        donor = event.donor.name if event.donor else "?"
        recipient = event.recipient.name if event.recipient else "?"
        what = ", ".join(
            f"{i.quantity} {i.description}" if i.quantity is not None else i.description for i in event.items
        )
        money = f"{event.amount.amount:,} {event.amount.currency}" if event.amount else ""
        text = f"{donor} -> {recipient}" + (f": {what}" if what else "") + (f" [{money}]" if money else "")
    elif isinstance(event, Incident):
        actors = ", ".join(a.name for a in event.actors)
        text = event.category.value + (f" by {actors}" if actors else "")
        if event.casualties and event.casualties.killed is not None:
            text += f", {event.casualties.killed} killed"
    elif isinstance(event, Statement):
        speaker = event.speaker.name if event.speaker else "?"
        content = event.content if len(event.content) <= 70 else event.content[:67] + "..."
        quote = '"' if event.direct else ""
        text = f"{speaker}: {quote}{content}{quote}"
    else:  # pragma: no cover - every event type is handled above
        text = ""
    return text


def events_table(events: Sequence[Event]) -> str:
    """A fixed-width text table: id, type, date, place, confidence, summary."""
    rows = [("id", "type", "date", "place", "conf", "summary")]
    for e in events:
        date = ""
        if e.date is not None:
            date = e.date.start.isoformat() if e.date.start == e.date.end else f"{e.date.start}..{e.date.end}"
        place = e.location.name if e.location else ""
        rows.append((e.id, e.type.value, date, place, f"{e.confidence:.2f}", describe(e)))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r[:5], widths, strict=True)) + "  " + r[5] for r in rows]
    if not events:
        lines.append("(no events)")
    return "\n".join(lines)


def render_html(extraction: Extraction, raw_text: str | None = None, *, title: str = "eventkit") -> str:
    """A standalone HTML page: the article with triggers highlighted, and a table of events.

    Args:
        extraction: The result of :func:`eventkit.extract`.
        raw_text: The raw article the extraction came from (default: ``extraction.text``).
        title: The page title.

    Returns:
        The HTML document as a string.
    """
    raw_text = raw_text if raw_text is not None else (extraction.text or "")
    marks: list[tuple[int, int, str, str]] = []
    for e in extraction.events:
        if e.trigger is not None:
            marks.append((e.trigger.start, e.trigger.end, e.type.value, e.id))
    marks.sort()
    parts: list[str] = []
    pos = 0
    for start, end, kind, eid in marks:
        if start < pos:
            continue
        parts.append(html.escape(raw_text[pos:start]))
        parts.append(
            f'<mark class="ek-{kind}" title="{html.escape(eid)} ({kind})" '
            f'style="background:{_COLOURS[kind]}">{html.escape(raw_text[start:end])}'
            f"<sup>{html.escape(eid)}</sup></mark>"
        )
        pos = end
    parts.append(html.escape(raw_text[pos:]))
    rows = "".join(
        f"<tr><td>{html.escape(e.id)}</td><td>{e.type.value}</td>"
        f"<td>{html.escape(e.date.start.isoformat() if e.date else '')}</td>"
        f"<td>{html.escape(e.location.name if e.location else '')}</td>"
        f"<td>{e.confidence:.2f}</td><td>{html.escape(describe(e))}</td></tr>"
        for e in extraction.events
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        ".ek-article{white-space:pre-wrap;line-height:1.6}mark{padding:0 .2em;border-radius:.3em}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style>"
        "</head><body>"
        f"<h1>{html.escape(title)}</h1>"
        "<table class='ek-events'><tr><th>id</th><th>type</th><th>date</th><th>place</th>"
        f"<th>confidence</th><th>summary</th></tr>{rows}</table>"
        f"<div class='ek-article'>{''.join(parts)}</div></body></html>"
    )
