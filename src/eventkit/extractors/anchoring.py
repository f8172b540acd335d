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

An incident kept without a place of its own lies in the country the article
is about, when the body names one country far more often than any other
(rule ``incident.document_country``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventkit.coreference import different_storms, recalled_by_year, recalled_period
from eventkit.doccache import doc_ents, doc_text, doc_value, span_ents
from eventkit.event_types.incident import DISTINCT_RULE
from eventkit.lexicons import per_resources
from eventkit.models import Actor, ActorKind, Incident, Place, PlaceKind, Provenance, Span
from eventkit.normalize.countries import country_code, country_name
from eventkit.normalize.mentions import DEFINITE_DETERMINERS, is_body_word, is_person_noun
from eventkit.normalize.places import resolve_place, subdivision_country

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from eventkit.extractors.base import DocContext

__all__ = ["anchor_incidents", "dateline_country", "dateline_place", "is_anchored", "label_place"]

#: Where the city of a dateline ends: a comma, an agency's parenthesis, a dash or a colon.
_DATELINE_PLACE_END = re.compile(r"[,(:\u2014\u2013\u2015]|\s-|--")
#: How many body paragraphs count as the lead for the dateline fallback.
_LEAD_BLOCKS = 2
#: Words (with its colon) a paragraph's opening label may have ("Democratic Republic of Congo:").
_MAX_LABEL_WORDS = 8


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


def _apart_in_time(a: Incident, b: Incident) -> bool:
    """Both dated, in periods that do not meet ("last week" and "in 2020, when ..."): two occurrences."""
    if a.date is None or b.date is None:
        return False
    return a.date.end < b.date.start or b.date.end < a.date.start


def _start(event: Incident) -> int:
    return event.trigger.start if event.trigger is not None else 0


def _host(out: list[Incident], event: Incident, *, toll: bool = False) -> int | None:
    """The anchored incident a loose mention belongs to: the nearest earlier one of its kind, else the next.

    A bare toll (``toll``) counts the cost of the nearest earlier incident
    of any category, and of none after it. A loose mention dated by a year
    alone ("Last year's floods killed 52", "In 2016, an explosion ...")
    recalls a past incident: it joins no undated one.
    """
    start = _start(event)
    recalled = recalled_by_year(event.date)
    apart = DISTINCT_RULE in event.rule_ids
    candidates = [
        i
        for i, e in enumerate(out)
        # "In another incident, a guard was wounded in Saddar": neither it nor what came before is the other
        if not (DISTINCT_RULE in e.rule_ids and _start(e) > start)
        and not (apart and _start(e) < start)
        and (toll or e.category == event.category)
        and e.modality == event.modality
        and not _conflicting_casualties(e, event)
        and not _apart_in_time(e, event)
        and not different_storms(e, event)
        and not (recalled and e.date is None)
        and not recalled_period(e, event)  # "... on Tuesday. Last month, gunmen attacked a hospital"
    ]
    before = [i for i in candidates if _start(out[i]) <= start]
    if before:
        return max(before, key=lambda i: _start(out[i]))
    return candidates[0] if candidates and not toll else None


def _parties(event: Incident) -> list[Actor]:
    return [a for a in [*event.actors, *event.targets] if _proper(a)]


def _join_by_party(events: list[Incident]) -> list[Incident]:
    """Unplaced mentions that share a named party with a placed incident of their kind are that incident.

    "Ana Ruiz was stabbed outside a bakery in Lima" ... "her killing" ...
    "the suspect said he had attacked Ruiz": one killing.
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
    # the city opens the dateline ("LUSAKA, Zambia (AP) --"), where the recogniser often misses it in capitals
    words = _DATELINE_PLACE_END.split(ctx.clean.text[start:end])[0].rstrip()  # "HANOI — -": the city
    first = ctx.doc.char_span(start, start + len(words), alignment_mode="contract") if words else None
    if first is not None and len(first) and resolve_place(first.text) is not None:
        return ctx.place(first)
    country = _dateline_country(ctx.clean.text[start + len(words) : end])
    if first is not None and len(first) and country is not None and (place := ctx.place(first)) is not None:
        # "MARVELLE, Ecuador --": a town no gazetteer knows, in the country the dateline names
        name = place.name.title() if place.name.isupper() else place.name
        return place.model_copy(update={"name": name, "kind": PlaceKind.CITY, "country": country})
    for ent in doc_ents(ctx.doc):
        if ent.start_char >= start and ent.end_char <= end and ent.label_ in {"GPE", "LOC", "FAC"}:
            return ctx.place(ent)
    return None


def dateline_country(ctx: DocContext) -> str | None:
    """The country of the article's dateline ("NAIROBI, Kenya --", "NAIROBI --" -> "KEN"), if any (once per Doc).

    The country of :func:`dateline_place`: the place it names, or the country
    named after an unknown town. Money reads a shared currency form without a
    default through it ("Sh2 million" in a Nairobi story is KES).
    """
    country = doc_value(ctx.doc, "dateline_country", lambda _doc: _place_country(dateline_place(ctx)))
    return country if isinstance(country, str) else None


def _place_country(place: Place | None) -> str | None:
    return place.country if place is not None and place.country else None


def _dateline_country(rest: str) -> str | None:
    """The country a dateline names after its city: ", Ecuador --", ", Norway (AP) -", ", Ala. (AP) --" -> ISO code.

    A state or province ("Ala.", "B.C.") names its country.
    """
    if not rest.startswith(","):
        return None
    name = _DATELINE_PLACE_END.split(rest[1:])[0].strip()
    return (country_code(name) or subdivision_country(name)) if name else None


def label_place(ctx: DocContext, tok: Token) -> Place | None:
    """The place a label opening the token's paragraph names ("Red Sea: On Saturday, a drone struck ...").

    A roundup files each item under its place as a wire story under its
    dateline: a first sentence of the paragraph that is only a name and a
    colon (made a sentence of its own by the pipeline) names where what the
    paragraph tells happened, when the token's sentence names no known place itself.
    """
    if any(e.label_ in {"GPE", "LOC", "FAC"} and _known(ctx.place(e)) for e in span_ents(tok.sent)):
        return None
    doc = ctx.doc
    start = tok.sent.start
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start = doc[start - 1].sent.start
    label = doc[start].sent
    words = [t for t in label if not t.is_space]
    if label.start == tok.sent.start or not words or words[-1].text != ":" or len(words) > _MAX_LABEL_WORDS:
        return None
    ents = [e for e in span_ents(label) if e.label_ in {"GPE", "LOC"}]
    return ctx.place(ents[0]) if len(ents) == 1 else None


def _known(place: Place | None) -> bool:
    """A place the gazetteer knows (it has a country), not just a name read as one ("Kamituga")."""
    return place is not None and place.country is not None


def _in_lead(ctx: DocContext, offset: int) -> bool:
    """In the first body paragraphs, counted from the dateline's (not a date line or caption before it)."""
    body = ctx.body_blocks
    dateline = ctx.clean.dateline
    first = next((n for n, b in enumerate(body) if dateline is not None and b.start <= dateline[0] < b.end), 0)
    return any(b.start <= offset < b.end for b in body[first : first + _LEAD_BLOCKS])


def _dateline_applies(ctx: DocContext, event: Incident) -> bool:
    """The event is in the lead and its sentence names no other place ("the Brussels attacks" under WASHINGTON)."""
    tok = _trigger_token(ctx, event)
    return tok is not None and dateline_covers(ctx, tok)


def dateline_covers(ctx: DocContext, tok: Token) -> bool:
    """A token of the lead whose sentence names no place: what it tells happened where the dateline says.

    The dateline's own city saying whose police it is ("COLUMBUS, Ohio --
    ..., according to *Columbus* police") names no other place; another
    place of a body ("Hunan officials said") may be where it happened.
    """
    if not _in_lead(ctx, tok.idx):
        return False
    places = [e for e in span_ents(tok.sent) if e.label_ in {"GPE", "LOC", "FAC"}]
    if not places:
        return True
    city = dateline_place(ctx)
    return city is not None and all(_of_a_body(e) and e.text.lower() == city.name.lower() for e in places)


def _of_a_body(ent: SpacySpan) -> bool:
    """A place name modifying a body or a person: "Columbus police", "Clayton County sheriff's deputies"."""
    head = ent.root.head
    if ent.root.dep_ != "compound" or head.pos_ != "NOUN":
        return False
    return is_body_word(head.lower_) or is_person_noun(head)


#: Words that name the dateline's city again when it is a capital.
_CAPITAL_WORDS = frozenset({"capital"})
#: The categories of an attack whose fire or blast a later mention may tell (``attack_consequences``).
_VIOLENT = frozenset({"attack", "armed_conflict"})


def _attack_consequence(ctx: DocContext, out: list[Incident], event: Incident) -> int | None:
    """The attack told before whose fire or blast the event is, with no place or party of its own.

    "Russian drones struck an oil depot in Ukraine overnight. A fire broke
    out in a warehouse": an accident of its own only by the word's default
    category. The nearest earlier attack or war (``attack_consequences``
    names the words) of the same modality and day; not a fire with a toll of
    its own.
    """
    from eventkit.extractors.incident_senses import words

    tok = _trigger_token(ctx, event)
    if tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in words("attack_consequences"):
        return None  # ("police fired tear gas": a verb, no fire)
    if event.category.value in _VIOLENT:
        return None
    if event.casualties is not None:
        return None  # "A fire broke out at a residential building after debris fell, injuring five": its own toll
    start = _start(event)
    hosts = [
        i
        for i, e in enumerate(out)
        if e.category.value in _VIOLENT
        and _start(e) < start
        and e.modality == event.modality
        and not _apart_in_time(e, event)
    ]
    return max(hosts, key=lambda i: _start(out[i])) if hosts else None


def _told_elsewhere(ctx: DocContext, out: list[Incident], dateline: Place, event: Incident) -> bool:
    """An incident told before the undated event is placed away from the dateline: the story is filed from elsewhere.

    "KYIV (AP) - A Russian missile attack on the port of Pivdennyi killed two
    port workers. Officials said a fire broke out in a grain terminal": the
    fire, with no place or party of its own, is not one in the city the
    story was filed from. Not away: the dateline's country as the country
    alone or a region of it (it may hold the city: "MUMBAI - Floods killed 12
    in Maharashtra"), nor an incident after which the text names the city
    again or "the capital" ("... over Kyiv. A fire broke out"); a dated
    sentence ("On Tuesday police fired tear gas") is an occasion of its own.
    """
    tok = _trigger_token(ctx, event)
    if event.date is not None or tok is None:
        return False
    city = dateline.name.lower()
    for earlier in out:
        place = earlier.location
        if place is None or place.name.lower() == city or (place.city or "").lower() == city:
            continue
        if place.kind in {PlaceKind.COUNTRY, PlaceKind.REGION} and place.country == dateline.country:
            continue
        before = _trigger_token(ctx, earlier)
        if before is None:
            continue
        stretch = ctx.doc[before.i : tok.sent.end]
        if city in stretch.text.lower() or any(t.lower_ in _CAPITAL_WORDS for t in stretch):
            continue  # "... over Kyiv. A fire broke out", "a bomb exploded at a checkpoint in the capital"
        return True
    return False


def _local(event: Incident, place: Place) -> bool:
    """The incident's parties are of the dateline's country ("Kenyan police" under NAIROBI).

    "WASHINGTON -- Houthi rebels attacked a cargo ship ...": a story filed
    in one country about a deed of a party of another, or of no known
    country, happened nowhere the dateline says.
    """
    countries = {a.country for a in [*event.actors, *event.targets] if a.country is not None}
    return place.country is not None and countries == {place.country}


def _trigger_token(ctx: DocContext, event: Incident) -> Token | None:
    """The token the trigger (raw offsets) starts at (a binary search: raw offsets grow with the tokens)."""
    if event.trigger is None:
        return None
    doc, target = ctx.doc, event.trigger.start
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if ctx.span_of(doc[mid]).start < target:
            lo = mid + 1
        else:
            hi = mid
    return doc[lo] if lo < len(doc) and ctx.span_of(doc[lo]).start == target else None


def anchor_incidents(ctx: DocContext, events: list[Incident]) -> list[Incident]:
    """Keep anchored incidents; attach or drop the others (see the module docstring).

    Args:
        ctx: The document context.
        events: The incidents of one document in text order.

    Returns:
        The anchored incidents, with the evidence of the mentions they absorbed.
    """
    dateline = dateline_place(ctx)
    events = _headline_tolls(ctx, events)
    out: list[Incident] = []
    loose: list[Incident] = []
    weak: list[Incident] = []
    for event in events:
        anchored = is_anchored(event)
        if anchored and event.location is not None:
            out.append(event)
            continue
        if not anchored and _bare_toll(ctx, event) and (host := _host(out, event, toll=True)) is not None:
            out[host] = _absorb(out[host], event)  # "... dispersed the protesters. At least 14 were injured"
            continue
        labelled = _labelled(ctx, event) if event.location is None else None
        if labelled is not None:
            out.append(labelled)  # "Red Sea: On Saturday, a drone struck ...": where the roundup files it
            continue
        if not anchored and (host := _attack_consequence(ctx, out, event)) is not None:
            out[host] = _absorb(out[host], event)  # "Drones struck a depot. A fire broke out in a warehouse"
            continue
        told = bool(out) and _definite(ctx, event)  # "the blast", "the clashes": the incident told before
        filed = dateline is not None and not told and _dateline_applies(ctx, event)
        if filed and dateline is not None and not anchored and _told_elsewhere(ctx, out, dateline, event):
            filed = False  # "KYIV - A missile attack on the port of X killed two. ... a fire broke out": not in Kyiv
        if filed and dateline is not None and (not anchored or _local(event, dateline)):
            # the lead of a wire story happened where it was filed, unless its sentence names a place
            prov = Provenance(field="location", span=dateline.span, rule="incident.dateline", note="dateline city")
            out.append(event.model_copy(update={"location": dateline, "provenance": [*event.provenance, prov]}))
            continue
        if anchored:
            out.append(event)
            continue
        (weak if event.casualties is not None else loose).append(event)
    out = _join_by_party(out)
    out = _join_definite(ctx, out)
    for event in [*weak, *loose]:
        host = _host(out, event)
        if host is None:
            if event.casualties is not None:
                out.append(event)  # "a quake killed 300 people": specific enough on its own
            continue  # background: "the war", "the unrest"
        out[host] = _absorb(out[host], event)
    return sorted(_in_document_country(ctx, out, dateline), key=_start)


def _labelled(ctx: DocContext, event: Incident) -> Incident | None:
    """The event placed where the label opening its paragraph says (:func:`label_place`), if there is one."""
    tok = _trigger_token(ctx, event)
    place = label_place(ctx, tok) if tok is not None else None
    if place is None:
        return None
    prov = Provenance(field="location", span=place.span, rule="incident.paragraph_label", note="its paragraph's label")
    return event.model_copy(update={"location": place, "provenance": [*event.provenance, prov]})


def _in_document_country(ctx: DocContext, events: list[Incident], dateline: Place | None) -> list[Incident]:
    """Kept incidents without a place lie in the article's country, when it has one (:func:`_main_country`).

    "..., a lawyer who was stabbed to death in 2009" in a story filed from
    Hanoi about Vietnam: Vietnam.
    """
    if all(e.location is not None for e in events):
        return events
    main = _main_country(ctx, dateline)
    if main is None:
        return events
    code, name = main
    place = Place(name=name, kind=PlaceKind.COUNTRY, country=code)
    prov = Provenance(field="location", rule="incident.document_country", note="the country the article is about")
    return [
        e if e.location is not None else e.model_copy(update={"location": place, "provenance": [*e.provenance, prov]})
        for e in events
    ]


def _headline_tolls(ctx: DocContext, events: list[Incident]) -> list[Incident]:
    """A headline's bare toll takes the category of the body incident with the same toll.

    "Cholera outbreak kills 40 in eastern Congo" (the parse reads "outbreak"
    as a verb, leaving "kills" alone: an attack by its guess) is the
    disaster of "A cholera outbreak has killed at least 40 people": the
    same count of the same kind of casualty in the body names the category,
    and the two then merge as one occurrence.
    """
    end = ctx.actors.headline_end
    body = [e for e in events if _start(e) >= end and e.casualties is not None]
    out = []
    for event in events:
        if _start(event) < end and body and _bare_toll(ctx, event):
            same = next((b for b in body if _same_toll(event, b)), None)
            if same is not None and same.category != event.category:
                event = event.model_copy(update={"category": same.category})
        out.append(event)
    return out


def _same_toll(a: Incident, b: Incident) -> bool:
    """Both count the same number of the same kind of casualty (at least one kind, none differing)."""
    if a.casualties is None or b.casualties is None:
        return False
    kinds = [(getattr(a.casualties, k), getattr(b.casualties, k)) for k in ("killed", "injured", "missing")]
    shared = [(x, y) for x, y in kinds if x is not None and y is not None]
    return bool(shared) and all(x == y for x, y in shared)


def _join_definite(ctx: DocContext, events: list[Incident]) -> list[Incident]:
    """A definite later mention at a place the gazetteer does not know is the incident before it.

    "A fire tore through a garment factory on the outskirts of Dhaka ...
    The blaze broke out on the third floor of the building in Ashulia":
    "the blaze" refers back to the fire (same category, no party of its
    own, compatible dates), its unknown place a part of the known one.
    """
    from eventkit.coreference import compatible_dates

    ordered = sorted(events, key=_start)
    out: list[Incident] = []
    for event in ordered:
        place = event.location
        vague = place is not None and place.kind == PlaceKind.OTHER and place.country is None
        host = None
        if vague and not event.actors and _definite(ctx, event):
            host = next(
                (
                    i
                    for i in range(len(out) - 1, -1, -1)
                    if out[i].category == event.category
                    and _area(out[i].location)
                    and out[i].modality == event.modality
                    and compatible_dates(out[i].date, event.date)
                    and not _conflicting_casualties(out[i], event)
                ),
                None,
            )
        if host is None:
            out.append(event)
        else:
            out[host] = _absorb(out[host], event)
    return out


def _main_country(ctx: DocContext, dateline: Place | None) -> tuple[str, str] | None:
    """The country the article is about, as the body names it: at least twice, twice as often as any other.

    The dateline's country counts once more ("DUBAI — ... on trial in
    Bahrain ... Bahrain ... Bahrain": Bahrain, not the city it was filed from).
    Returns its code and the name the body gives it ("Turkey").
    """
    counts = {code: n for code, (n, _) in ctx.actors.country_mentions().items()}
    if dateline is not None and dateline.country:
        counts[dateline.country] = counts.get(dateline.country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    code = next(code for code, n in counts.items() if n == ranked[0])
    # "Turkey" as the text has it, not "Türkiye"
    mentions = (m for r in ctx.actors.records if r.kind == ActorKind.COUNTRY and r.country == code for m in r.mentions)
    written = (_country_as_written(doc_text(ctx.doc)[start:end]) for start, end in mentions)
    return code, next((w for w in written if w is not None), None) or country_name(code) or code


def _country_as_written(surface: str) -> str | None:
    """A mention's words as a country's name ("Turkey's" -> "Turkey", "IRAQ" -> "Iraq"); None for a capital."""
    text = re.sub(r"['\u2019]s?$", "", surface.strip())
    place = resolve_place(text.title() if text.isupper() else text)
    return place.name if place is not None and place.kind == PlaceKind.COUNTRY else None


def _area(place: Place | None) -> bool:
    """A city or region the gazetteer knows."""
    return place is not None and place.kind in {PlaceKind.CITY, PlaceKind.REGION}


def _definite(ctx: DocContext, event: Incident) -> bool:
    """The trigger is a noun with a definite article or demonstrative ("*The* blaze broke out")."""
    tok = _trigger_token(ctx, event)
    return (
        tok is not None
        and tok.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children)
    )


def _absorb(kept: Incident, event: Incident) -> Incident:
    """``kept`` with the evidence (and, when it has none, the casualties or date) of a later mention of it.

    "A quake killed 1,400 people ... The quake struck at 11:47 p.m. on Sunday": the day is the later mention's.
    """
    seen = {(s.start, s.end) for s in kept.evidence}
    spans = [*event.evidence, *([event.trigger] if event.trigger else [])]
    extra = [s for s in spans if (s.start, s.end) not in seen]
    update: dict[str, object] = {"evidence": sorted([*kept.evidence, *extra], key=lambda s: s.start)}
    if kept.casualties is None and event.casualties is not None:
        update["casualties"] = event.casualties
    if kept.date is None and event.date is not None:
        update["date"] = event.date
        update["provenance"] = [*kept.provenance, *(p for p in event.provenance if p.field == "date")]
    return kept.model_copy(update=update)


def _bare_toll(ctx: DocContext, event: Incident) -> bool:
    """A casualty count told by a casualty verb alone ("At least 14 people were injured"): its category is a guess."""
    from eventkit.extractors.incident_senses import casualty_verbs

    if event.casualties is None or event.actors or any(_proper(t) for t in event.targets):
        return False  # the victims may be counted ("At least 14 people"), not named
    tok = _trigger_token(ctx, event)
    return tok is not None and tok.pos_ == "VERB" and tok.lemma_.lower() in casualty_verbs()
