"""Anchoring incidents: a specific occurrence has a place or a named party.

An incident mention with neither a place nor a named party ("the
explosion", "the protests", "the war") is not an event on its own. Within
one article it is either

* a **later mention of an anchored incident**: it joins the nearest earlier
  anchored incident of the same category (else the next one) (its sentence becomes evidence of that
  event), as "the blast went off shortly before noon" joins "a blast
  in Harbour Street";
* an incident of the **lead** in a wire story with a dateline ("GAZA CITY,
  Gaza --"): the dateline city is its place;
* or **background** ("the war", "the unrest") with nothing to anchor it:
  dropped.

A mention with only a casualty count ("29 people were injured by an
explosion") joins an anchored incident of its kind the same way, and stands
on its own when there is none ("a quake killed 300 people").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import doc_ents, span_ents
from eventkit.lexicons import per_resources
from eventkit.models import Actor, ActorKind, Incident, Place, Provenance, Span

if TYPE_CHECKING:
    from eventkit.extractors.base import DocContext

__all__ = ["anchor_incidents", "dateline_place", "is_anchored"]

#: How many body paragraphs count as the lead for the dateline fallback.
_LEAD_BLOCKS = 2


def is_anchored(event: Incident) -> bool:
    """A place or a named actor or target (a casualty count alone is a weak anchor).

    A party is named when it has a country ("Israeli troops") or is a
    person or organisation with a capitalised name ("Hamas"); "police",
    "gunmen" and "Onlookers" at the start of a sentence name nobody.
    """
    if event.location is not None:
        return True
    return any(_proper(a) for a in [*event.actors, *event.targets])


def _proper(actor: Actor) -> bool:
    if actor.country is not None:
        return True
    if actor.name.lower() in _generic_parties():
        return False  # "Police fired tear gas": capitalised only because it opens the sentence
    named_kind = actor.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.COUNTRY}
    return named_kind and any(w[:1].isupper() for w in actor.name.split())


@per_resources
def _generic_parties() -> frozenset[str]:
    from eventkit.extractors.incident_senses import words

    return words("generic_parties")


def _conflicting_casualties(a: Incident, b: Incident) -> bool:
    if a.casualties is None or b.casualties is None:
        return False
    ka, kb = a.casualties, b.casualties
    return (ka.killed is not None and kb.killed is not None and ka.killed != kb.killed) or (
        ka.injured is not None and kb.injured is not None and ka.injured != kb.injured
    )


def _start(event: Incident) -> int:
    return event.trigger.start if event.trigger is not None else 0


def _host(out: list[Incident], event: Incident) -> int | None:
    """The anchored incident a loose mention belongs to: the nearest earlier one of its kind, else the next."""
    start = _start(event)
    candidates = [
        i
        for i, e in enumerate(out)
        if e.category == event.category and e.modality == event.modality and not _conflicting_casualties(e, event)
    ]
    before = [i for i in candidates if _start(out[i]) <= start]
    if before:
        return max(before, key=lambda i: _start(out[i]))
    return candidates[0] if candidates else None


def _parties(event: Incident) -> list[Actor]:
    return [a for a in [*event.actors, *event.targets] if _proper(a)]


def _join_by_party(events: list[Incident]) -> list[Incident]:
    """Unplaced mentions that share a named party with a placed incident of their kind are that incident.

    "Kem Ley was shot dead in a cafe in Phnom Penh" ... "his killing" ...
    "the suspect said he had shot Ley": one killing.
    """
    from eventkit.merge import same_actor

    placed = [i for i, e in enumerate(events) if e.location is not None]
    out = list(events)
    absorbed: set[int] = set()
    for i, event in enumerate(events):
        if event.location is not None:
            continue
        mine = _parties(event)
        host = next(
            (
                j
                for j in placed
                if events[j].category == event.category
                and events[j].modality == event.modality
                and not _conflicting_casualties(events[j], event)
                and any(same_actor(a, b) for a in mine for b in _parties(events[j]))
            ),
            None,
        )
        if host is None:
            continue
        kept = out[host]
        seen = {(s.start, s.end) for s in kept.evidence}
        spans = [*event.evidence, *([event.trigger] if event.trigger else [])]
        update: dict[str, object] = {
            "evidence": sorted([*kept.evidence, *(s for s in spans if (s.start, s.end) not in seen)], key=_start_of),
            "casualties": kept.casualties or event.casualties,
        }
        out[host] = kept.model_copy(update=update)
        absorbed.add(i)
    return [e for i, e in enumerate(out) if i not in absorbed]


def _start_of(span: Span) -> int:
    return span.start


def dateline_place(ctx: DocContext) -> Place | None:
    """The place of the article's dateline ("GAZA CITY, Gaza --" -> Gaza City), if any."""
    span = ctx.clean.dateline
    if span is None:
        return None
    start, end = span
    for ent in doc_ents(ctx.doc):
        if ent.start_char >= start and ent.end_char <= end and ent.label_ in {"GPE", "LOC", "FAC"}:
            return ctx.place(ent)
    return None


def _in_lead(ctx: DocContext, offset: int) -> bool:
    body = ctx.body_blocks[:_LEAD_BLOCKS]
    return any(b.start <= offset < b.end for b in body)


def _dateline_applies(ctx: DocContext, event: Incident) -> bool:
    """The event is in the lead and its sentence names no other place ("the Brussels attacks" under WASHINGTON)."""
    if event.trigger is None:
        return False
    for tok in ctx.doc:
        if ctx.span_of(tok).start == event.trigger.start:
            return _in_lead(ctx, tok.idx) and not any(e.label_ in {"GPE", "LOC", "FAC"} for e in span_ents(tok.sent))
    return False


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
    weak: list[Incident] = []
    for event in events:
        if is_anchored(event):
            out.append(event)
            continue
        if dateline is not None and _dateline_applies(ctx, event):
            prov = Provenance(field="location", span=dateline.span, rule="incident.dateline", note="dateline city")
            out.append(event.model_copy(update={"location": dateline, "provenance": [*event.provenance, prov]}))
            continue
        (weak if event.casualties is not None else loose).append(event)
    out = _join_by_party(out)
    for event in [*weak, *loose]:
        host = _host(out, event)
        if host is None:
            if event.casualties is not None:
                out.append(event)  # "a quake killed 300 people": specific enough on its own
            continue  # background: "the war", "the unrest"
        kept = out[host]
        seen = {(s.start, s.end) for s in kept.evidence}
        spans = [*event.evidence, *([event.trigger] if event.trigger else [])]
        extra = [s for s in spans if (s.start, s.end) not in seen]
        update: dict[str, object] = {"evidence": sorted([*kept.evidence, *extra], key=lambda s: s.start)}
        if kept.casualties is None and event.casualties is not None:
            update["casualties"] = event.casualties
        out[host] = kept.model_copy(update=update)
    return sorted(out, key=_start)
