"""Anchoring incidents: a specific occurrence has a place, a named party or casualties.

An incident mention with none of a place, a named party or a casualty count
("the explosion", "the protests", "the war") is not an event on its own. Within one article it is either

* a **later mention of an anchored incident**: it joins the first anchored
  incident of the same category (its sentence becomes evidence of that
  event), as "the explosion went off around 8:30 p.m." joins "an explosion
  in Chelsea";
* an incident of the **lead** in a wire story with a dateline ("GAZA CITY,
  Gaza --"): the dateline city is its place;
* or **background** ("the war", "the unrest") with nothing to anchor it:
  dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.extractors.triggers import is_named
from eventkit.models import Incident, Place, Provenance
from eventkit.text.clean import BlockKind

if TYPE_CHECKING:
    from eventkit.extractors.base import DocContext

__all__ = ["anchor_incidents", "dateline_place", "is_anchored"]

#: How many body paragraphs count as the lead for the dateline fallback.
_LEAD_BLOCKS = 2


def is_anchored(event: Incident) -> bool:
    """A place, a named actor or target, or a casualty count ("killed more than 300 people")."""
    if event.location is not None or event.casualties is not None:
        return True
    return any(is_named(a) for a in [*event.actors, *event.targets])


def dateline_place(ctx: DocContext) -> Place | None:
    """The place of the article's dateline ("GAZA CITY, Gaza --" -> Gaza City), if any."""
    span = ctx.clean.dateline
    if span is None:
        return None
    start, end = span
    for ent in ctx.doc.ents:
        if ent.start_char >= start and ent.end_char <= end and ent.label_ in {"GPE", "LOC", "FAC"}:
            return ctx.place(ent)
    return None


def _in_lead(ctx: DocContext, offset: int) -> bool:
    body = [b for b in ctx.clean.blocks if b.kind == BlockKind.BODY][:_LEAD_BLOCKS]
    return any(b.start <= offset < b.end for b in body)


def _clean_offset(ctx: DocContext, event: Incident) -> int | None:
    if event.trigger is None:
        return None
    for tok in ctx.doc:
        if ctx.span_of(tok).start == event.trigger.start:
            return tok.idx
    return None


def anchor_incidents(ctx: DocContext, events: list[Incident]) -> list[Incident]:
    """Keep anchored incidents; attach or drop the others (see the module docstring).

    Args:
        ctx: The document context.
        events: The incidents of one document in text order.

    Returns:
        The anchored incidents, with the evidence of the mentions they absorbed.
    """
    dateline = dateline_place(ctx)
    out: list[Incident] = []
    loose: list[Incident] = []
    for event in events:
        if is_anchored(event):
            out.append(event)
            continue
        offset = _clean_offset(ctx, event) if dateline is not None else None
        if dateline is not None and offset is not None and _in_lead(ctx, offset):
            prov = Provenance(field="location", span=dateline.span, rule="incident.dateline", note="dateline city")
            out.append(event.model_copy(update={"location": dateline, "provenance": [*event.provenance, prov]}))
            continue
        loose.append(event)
    for event in loose:
        same = (i for i, e in enumerate(out) if e.category == event.category and e.modality == event.modality)
        host = next(same, None)
        if host is None:
            continue  # background: "the war", "the unrest"
        kept = out[host]
        seen = {(s.start, s.end) for s in kept.evidence}
        spans = [*event.evidence, *([event.trigger] if event.trigger else [])]
        extra = [s for s in spans if (s.start, s.end) not in seen]
        out[host] = kept.model_copy(update={"evidence": sorted([*kept.evidence, *extra], key=lambda s: s.start)})
    return out
