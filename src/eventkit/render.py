"""Human-readable views of events: a plain-text table and HTML (notebooks, reports).

The HTML follows displaCy's idea: the article itself, with each event's
trigger marked in its type's colour and labelled with the event id, and its
arguments (participants, donor, amount, speaker, quote, date, place ...)
underlined in the same colour and labelled with their role; plus a compact
table of the events. :func:`extraction_html` is the notebook fragment
(``Extraction._repr_html_``), :func:`event_html` one event's card
(``Event._repr_html_``) and :func:`render_html` the standalone page that
``eventkit render`` writes.

All article text is HTML-escaped: an article containing ``<script>`` renders
as text. The HTML has no JavaScript and loads nothing from the network; its
CSS is scoped to the ``.eventkit`` element so it does not leak into a notebook.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from eventkit.event_types import get_event_type
from eventkit.models import Event, Span, set_html_renderer

if TYPE_CHECKING:
    from eventkit.result import Extraction

__all__ = ["argument_spans", "describe", "event_html", "events_table", "extraction_html", "render_html"]

_SEP = " \u00b7 "

_CSS = (
    ".eventkit{font-family:system-ui,sans-serif;font-size:14px;color:#222;line-height:1.5}"
    ".eventkit .ek-article{white-space:pre-wrap;line-height:2.4;max-width:60em;padding:.5em 0}"
    ".eventkit mark{padding:.1em .3em;border-radius:.35em;color:#111}"
    ".eventkit .ek-label{font-size:.65em;font-weight:bold;margin-left:.4em;vertical-align:middle;"
    "text-transform:uppercase;white-space:nowrap}"
    ".eventkit .ek-role{font-size:.65em;color:#555;margin-left:.15em}"
    ".eventkit table{border-collapse:collapse;margin:.5em 0}"
    ".eventkit td,.eventkit th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}"
    ".eventkit th{background:#f6f6f6}"
    ".eventkit .ek-chip{padding:0 .4em;border-radius:.3em;font-size:.85em}"
    ".eventkit .ek-legend span{margin-right:.6em}"
    ".eventkit .ek-muted{color:#777}"
    ".eventkit .ek-card{border:1px solid #ddd;border-radius:.4em;padding:.4em .8em;max-width:60em}"
)


def describe(event: Event) -> str:
    """A one-line summary of an event's main arguments (its type's ``summary``)."""
    return get_event_type(event.type).describe(event)


def events_table(events: Sequence[Event]) -> str:
    """A fixed-width text table: id, type, date, place, confidence, summary."""
    rows = [("id", "type", "date", "place", "conf", "summary")]
    for e in events:
        place = e.location.name if e.location else ""
        rows.append((e.id, e.type, _date_text(e), place, f"{e.confidence:.2f}", describe(e)))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r[:5], widths, strict=True)) + "  " + r[5] for r in rows]
    if not events:
        lines.append("(no events)")
    return "\n".join(lines)


def _date_text(event: Event) -> str:
    if event.date is None:
        return ""
    if event.date.start == event.date.end:
        return event.date.start.isoformat()
    return f"{event.date.start}..{event.date.end}"


# ------------------------------------------------------------------- arguments


def argument_spans(event: Event) -> list[tuple[str, Span]]:
    """The ``(role, span)`` pairs of an event's arguments, as highlighted in the HTML.

    Actor mentions are kept only inside the event's evidence (when it has
    any), so a participant mentioned ten times is underlined where this event
    is told.

    Args:
        event: The event.

    Returns:
        Role names ("participant", "donor", "amount", "speaker", "content",
        "date", "place" ...) with their raw-text spans.
    """
    found = get_event_type(event.type).argument_spans(event)
    if event.date is not None and event.date.span is not None:
        found.append(("date", event.date.span))
    if event.location is not None and event.location.span is not None:
        found.append(("place", event.location.span))
    if event.evidence:
        found = [(r, s) for r, s in found if any(e.start <= s.start and s.end <= e.end for e in event.evidence)]
    return found


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str  # event type
    event_id: str
    role: str  # "trigger" or an argument role


def _marks(events: Sequence[Event], text: str, offset: int = 0) -> list[_Mark]:
    """Triggers and arguments of ``events`` that lie in ``text`` (which starts at raw ``offset``)."""
    marks: list[_Mark] = []
    for event in events:
        spans = [("trigger", event.trigger)] if event.trigger is not None else []
        for role, span in [*spans, *argument_spans(event)]:
            start, end = span.start - offset, span.end - offset
            # only spans that are really there (the text may not be the one extracted from)
            if 0 <= start < end <= len(text) and text[start:end] == span.text:
                marks.append(_Mark(start, end, event.type, event.id, role))
    return marks


def _highlight(text: str, marks: Sequence[_Mark], anchor: str | None = None) -> str:
    """``text`` escaped, with triggers as ``<mark>`` and arguments underlined, overlaps allowed."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    parts: list[str] = []
    for a, b in pairwise(cuts):
        piece = html.escape(text[a:b])
        covering = [m for m in marks if m.start <= a and b <= m.end]
        triggers = [m for m in covering if m.role == "trigger"]
        args = sorted((m for m in covering if m.role != "trigger"), key=lambda m: m.end - m.start)
        if args:
            shadows = ",".join(
                f"0 {2 + 3 * i}px 0 {get_event_type(m.kind).line_colour}" for i, m in enumerate(args[:4])
            )
            title = html.escape("; ".join(f"{m.event_id} {m.role}" for m in args))
            roles = "".join(
                f'<sub class="ek-role">{html.escape(m.event_id)}\u00b7{html.escape(m.role)}</sub>'
                for m in args
                if m.end == b
            )
            piece = (
                f'<span class="ek-arg ek-{args[0].kind}" data-roles="{title}" title="{title}" '
                f'style="box-shadow:{shadows}">{piece}</span>{roles}'
            )
        if triggers:
            first = triggers[0]
            title = html.escape("; ".join(f"{m.event_id} {m.kind} trigger" for m in triggers))
            ids = " ".join(m.event_id for m in triggers)
            element_id = f' id="{anchor}-{html.escape(first.event_id)}"' if anchor and first.start == a else ""
            label = (
                f'<span class="ek-label">{html.escape(ids)} {html.escape(first.kind)}</span>'
                if any(m.end == b for m in triggers)
                else ""
            )
            piece = (
                f'<mark class="ek-trigger ek-{first.kind}"{element_id} data-event="{html.escape(ids)}" '
                f'title="{title}" style="background:{get_event_type(first.kind).colour}">{piece}{label}</mark>'
            )
        parts.append(piece)
    return "".join(parts)


# ------------------------------------------------------------------------ HTML


def _chip(kind: str) -> str:
    return f'<span class="ek-chip ek-{kind}" style="background:{get_event_type(kind).colour}">{kind}</span>'


def _table(events: Sequence[Event], anchor: str | None) -> str:
    head = (
        "<tr><th>id</th><th>type</th><th>date</th><th>place</th><th>confidence</th>"
        "<th>modality</th><th>summary</th></tr>"
    )
    rows = []
    for e in events:
        eid = html.escape(e.id)
        link = f'<a href="#{anchor}-{eid}">{eid}</a>' if anchor and e.trigger is not None else eid
        rows.append(
            f'<tr class="ek-row" data-event="{eid}" title="{html.escape(", ".join(e.rule_ids))}">'
            f"<td>{link}</td><td>{_chip(e.type)}</td><td>{html.escape(_date_text(e))}</td>"
            f"<td>{html.escape(e.location.name if e.location else '')}</td><td>{e.confidence:.2f}</td>"
            f"<td>{e.modality.value}</td><td>{html.escape(describe(e))}</td></tr>"
        )
    if not rows:
        rows.append('<tr><td colspan="7" class="ek-muted">(no events)</td></tr>')
    return f'<table class="ek-events">{head}{"".join(rows)}</table>'


def extraction_html(extraction: Extraction, raw_text: str | None = None) -> str:
    """An HTML fragment for notebooks: the events table and the highlighted article.

    Args:
        extraction: The result of :func:`eventkit.extract` or ``Extractor.pipe``.
        raw_text: The raw article (default: ``extraction.text``; without it
            only the table is shown).

    Returns:
        A ``<div class="eventkit">`` element with its scoped ``<style>``.
    """
    raw_text = raw_text if raw_text is not None else extraction.text
    events = extraction.events
    digest = hashlib.sha1(((raw_text or "") + extraction.model_dump_json()).encode("utf-8")).hexdigest()[:8]
    anchor = f"ek-{digest}"
    kinds = list(dict.fromkeys(e.type for e in events))
    info = [f"{len(events)} event{'s' if len(events) != 1 else ''}"]
    if extraction.id:
        info.insert(0, f"<b>{html.escape(extraction.id)}</b>")
    if extraction.published:
        info.append(f"published {extraction.published.isoformat()} ({extraction.published_source})")
    if extraction.error:
        info.append(f'<span class="ek-error">error: {html.escape(extraction.error)}</span>')
    legend = "".join(f"<span>{_chip(k)}</span>" for k in kinds)
    if raw_text is None:
        article = '<p class="ek-muted">(the article text is not available)</p>'
    else:
        article = f'<div class="ek-article">{_highlight(raw_text, _marks(events, raw_text), anchor)}</div>'
    return (
        f'<div class="eventkit" id="{anchor}"><style>{_CSS}</style>'
        f'<div class="ek-info">{_SEP.join(info)}</div>'
        f'<div class="ek-legend">{legend}</div>{_table(events, anchor)}{article}</div>'
    )


def event_html(event: Event) -> str:
    """An HTML card of one event: its fields and its evidence with trigger and arguments marked.

    Args:
        event: The event.

    Returns:
        A ``<div class="eventkit">`` element with its scoped ``<style>``.
    """
    rows = [
        ("summary", html.escape(describe(event))),
        ("trigger", html.escape(event.trigger.text) if event.trigger else ""),
        ("date", html.escape(_date_text(event) + (f' ("{event.date.text}")' if event.date else ""))),
        ("place", html.escape(event.location.name if event.location else "")),
        ("confidence", f"{event.confidence:.2f}"),
        ("modality", event.modality.value),
    ]
    for role, span in argument_spans(event):
        if role not in {"date", "place"}:
            rows.append((role, html.escape(span.text)))
    rows.append(("rules", html.escape(", ".join(event.rule_ids))))
    evidence = "".join(
        f'<blockquote class="ek-evidence">{_highlight(span.text, _marks([event], span.text, span.start))}</blockquote>'
        for span in event.evidence
    )
    fields = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows if value)
    return (
        f'<div class="eventkit"><style>{_CSS}</style><div class="ek-card">'
        f"<p>{_chip(event.type)} <b>{html.escape(event.id or '')}</b></p>"
        f'<table class="ek-fields">{fields}</table>{evidence}</div></div>'
    )


def render_html(extraction: Extraction, raw_text: str | None = None, *, title: str = "eventkit") -> str:
    """A standalone HTML page: the events table and the article with triggers and arguments marked.

    Args:
        extraction: The result of :func:`eventkit.extract`.
        raw_text: The raw article the extraction came from (default: ``extraction.text``).
        title: The page title.

    Returns:
        The HTML document as a string (UTF-8, no scripts, no external resources).
    """
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title></head>"
        f'<body style="margin:2em auto;max-width:64em"><h1 style="font-family:system-ui,sans-serif">'
        f"{html.escape(title)}</h1>{extraction_html(extraction, raw_text)}</body></html>"
    )


set_html_renderer(event_html)  # Event._repr_html_ shows the card in notebooks
