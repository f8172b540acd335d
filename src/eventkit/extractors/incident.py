"""Incidents: violence, unrest, maritime confrontations, accidents, disasters ("eventkit.incident.v1").

Triggers and their categories come from
``resources/lexicons/incident_triggers.en.yaml`` (taxonomy: armed_conflict,
attack, protest, riot, maritime, accident, disaster, crime, cyber, outage,
other). Arguments are read from the parse:

* **verbs** ("rebels shelled the city", "a camp was attacked by militiamen"):
  actors are the subject or the passive "by" agent; targets the object or
  the passive subject, and "on/against X".
* **nouns** ("Russia's invasion", "an attack by X on Y", "clashes between X
  and Y", "Israeli airstrikes"): possessives, "by", "between", nationality
  modifiers; the governing clause supplies the rest: "X launched/started an
  offensive" gives the actor, "X suffered riots" gives the place when X is a
  country, "killed 4 people in an attack" joins the attack to the killing.
* **casualties** from casualty verbs in the same clause ("killing at least 12
  people", "three soldiers were wounded", "dozens injured").

Triggers of one sentence that hang from each other ("killed ... in a
gunbattle") are one incident; the most specific trigger gives the category.
Figurative or generic uses are skipped ("trade war", "price war", "riot
police", "prevent riots"), and weak triggers ("killed", "fire", "conflict")
need a named actor, target or place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventkit.doccache import doc_ents, doc_value, entity_of, sentence_back, span_ents
from eventkit.event_types.incident import DISTINCT_OPENING, DISTINCT_RULE
from eventkit.extractors.anchoring import anchor_incidents, dateline_covers, dateline_place, label_place
from eventkit.extractors.base import PLACE_LABELS, TIME_LABELS, DocContext, clip_confidence, modality_of
from eventkit.extractors.captions import photo_place
from eventkit.extractors.eventhood import (
    hypothetical_context,
    in_question,
    is_vessel,
    mentions_vessel,
    predicted,
    sports_report,
    undergone,
)
from eventkit.extractors.eventness import judge
from eventkit.extractors.habitual import (
    counted_since,
    habitual,
    kept_count,
    running_toll,
    tallied,
    tallied_over_periods,
    tallied_toll,
)
from eventkit.extractors.incident_args import (
    antecedent_of,
    casualties_of,
    governor,
    is_own_modifier,
    linked,
    partitive_whole,
    place_for,
    strike_verbs,
)
from eventkit.extractors.incident_senses import (
    accidental_blast,
    armed_sentence,
    casualty_verbs,
    compared_with,
    crowd_violence,
    demanding_gathering,
    disease_subject,
    gerund_subject,
    is_aircraft,
    is_figurative,
    is_law_enforcement,
    is_rhetorical,
    is_vehicle,
    is_vehicle_head,
    labour_strike,
    named_storm,
    near_miss,
    ordinal_of_told,
    storm_subjects,
    vehicle_party,
    vehicle_struck,
    vehicle_subject,
    vessel_parties,
    vessel_taken,
    words,
)
from eventkit.extractors.modality import demanded, modality_words, time_adjunct_preps
from eventkit.extractors.syntax import framing_verbs, is_to_infinitive, passive, verb_in
from eventkit.extractors.triggers import (
    PLACE_NOUNS,
    SITE_PREPS,
    TriggerMatch,
    agent_of,
    counted_group,
    distributed_actors,
    find_triggers,
    governing_verb,
    holds_trigger,
    is_named,
    noun_lemmas,
    prep_objects,
    subjects_of,
)
from eventkit.models import (
    Actor,
    ActorKind,
    Incident,
    IncidentCategory,
    Modality,
    Place,
    PlaceKind,
    Precision,
    Provenance,
    Span,
    When,
)
from eventkit.normalize.countries import country_code, country_name
from eventkit.normalize.mentions import (
    DEFINITE_DETERMINERS,
    INDEFINITE_DETERMINERS,
    artifact_nouns,
    is_person_noun,
    is_person_word,
    is_vehicle_word,
    location_nouns,
    word_classes,
)
from eventkit.normalize.places import is_city_name, is_street_name, resolve_place
from eventkit.normalize.times import sequence_head
from eventkit.normalize.times.lexicon import is_calendar_word, is_day_part, is_relative_day, is_weekday

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["extract_incidents"]

_TYPE = "incident"
_DESCRIPTION_MAX_TOKENS = 30
#: Prepositions that give what a protest is against ("a protest against the attack", "riots over the killing").
_PROTEST_CAUSE_PREPS = frozenset({"against", "over", "about", "at"})
#: Categories whose governing-clause subject, when a country, is the place, not a party
#: ("South Africa ... causing record power cuts").
_PLACE_CATEGORIES = frozenset({"outage", "disaster", "accident"})
#: The categories whose "on"/"against" object, a place, is where the incident happened ("an attack on Kyiv").
_VIOLENCE = frozenset({IncidentCategory.ATTACK.value, IncidentCategory.ARMED_CONFLICT.value})
#: Places an attack noun's target may name as where it happened (``_attacked_place``).
_AREAS = frozenset({PlaceKind.CITY, PlaceKind.REGION, PlaceKind.COUNTRY})
#: Entities a modifier of an incident noun names its party by ("*Israeli* strikes", "*RSF* shelling").
_PARTY_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


@dataclass
class _Reading:
    """The arguments read for one trigger."""

    match: TriggerMatch
    actors: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    place: tuple[Place, Provenance] | None = None
    date: tuple[When, Provenance] | None = None
    #: Names of unnamed vehicles among the actors ("several coaches derailed"): what crashed, not who did it.
    vehicles: set[str] = field(default_factory=set)


def extract_incidents(ctx: DocContext) -> Iterator[Incident]:
    """Yield one incident per group of connected triggers in a sentence.

    Args:
        ctx: The document context.

    Yields:
        :class:`~eventkit.models.Incident` events.

    Matches:
        "Rebels shelled the town of Kafr on Sunday, killing at least 12 people." ->
        category attack, actors [Rebels], location Kafr, casualties killed 12.

    Notes:
        Categories cover PLOVER's ASSAULT, FIGHT, COERCE and PROTEST classes
        plus accidents, disasters and outages; see ``docs/events.md``.
    """
    found = find_triggers(ctx.doc, _TYPE)
    figurative = [is_figurative(m) for m in found]
    # "the war, which had killed some 100,000 people": a verb whose subject is an incident noun read
    # as background or figurative tells of that non-event, not of an attack by it; "malaria killed
    # 608,000 people in 2022": a disease's toll (an outbreak is the incident, not the disease)
    rejected = {
        t.i for m, f in zip(found, figurative, strict=True) if f and m.token.pos_ in {"NOUN", "PROPN"} for t in m.span
    }
    triggered = {t.i for m in found for t in m.span}
    matches = [
        m
        for m, f in zip(found, figurative, strict=True)
        if not f
        and not (
            m.token.pos_ == "VERB"
            and any(s.i in rejected or (disease_subject(s) and s.i not in triggered) for s in subjects_of(m.token))
        )
    ]
    # "Dockers went on strike in Hamburg, and students took to the streets of Berlin": a street phrase
    # ("took to the streets") in a sentence with another protest trigger gives no event, lest its reading
    # take the place of that protest's; its own purpose ("to protest the cuts") is no other protest
    street = [m for m in matches if m.rule.needs_protesters and m.rule.phrases]
    protest = IncidentCategory.PROTEST.value
    others = [m for m in matches if m.rule.category == protest and m not in street]
    matches = [
        m
        for m in matches
        if m not in street
        or not any(o.token.sent.start == m.token.sent.start and not _purpose_of(o.token, m.token) for o in others)
    ]
    # "Dockers walked off the job ... had joined the strike": the labour strikes a definite "the strike" may be
    labour = [m.token.i for m in matches if m.rule.id == "phrase_labour_strike" or labour_strike(m.token)]
    events: list[Incident] = []
    for group in _groups(matches):
        event = _incident(ctx, group, labour, matches)
        if event is not None and not _counted_again(event, group, matches, events):
            events.append(event)
    yield from anchor_incidents(ctx, events)


def _counted_again(
    event: Incident, group: list[TriggerMatch], matches: list[TriggerMatch], told: list[Incident]
) -> bool:
    """A pronoun's predicate with an ordinal that counts an incident told before: no new one.

    "A bus left the road on Sunday, killing nine. It was the second such crash this month": the
    crash told in the first sentence, counted. Only when an incident of the same category was
    told earlier and the sentence has no other trigger ("It was the first quake in decades, and it
    killed 40 people" tells the quake; a first mention is no repeat).
    """
    if not all(ordinal_of_told(m.token) for m in group):
        return False
    sentence = group[0].token.sent
    if any(m not in group and m.token.sent == sentence for m in matches):
        return False
    return any(e.category == event.category for e in told)


def _purpose_of(tok: Token, verb: Token) -> bool:
    """The token is in a participle or purpose clause of the verb ("took to the streets *to protest* the cuts")."""
    return any(c.dep_ in {"advcl", "xcomp"} and (c.i == tok.i or c.is_ancestor(tok)) for c in verb.children)


def _groups(matches: list[TriggerMatch]) -> list[list[TriggerMatch]]:
    """Triggers of one sentence joined when one dominates the other in the parse."""
    groups: list[list[TriggerMatch]] = []
    by_sentence: dict[int, list[list[TriggerMatch]]] = {}  # the groups of each sentence, in order
    for match in matches:
        sentence = by_sentence.setdefault(match.token.sent.start, [])
        for group in sentence:
            if any(
                (linked(match.token, other.token) or _done_by(match, other) or _done_by(other, match))
                and not _protested(match, other)
                and not _in_comparison(match, other)
                and not _brought_about(match, other)
                for other in group
            ):
                group.append(match)
                break
        else:
            sentence.append([match])
            groups.append(sentence[-1])
    return groups


def _done_by(verb: TriggerMatch, noun: TriggerMatch) -> bool:
    """The verb's subject, inherited from the clause it hangs on, is the other trigger.

    "Flash floods tore through the region, *killing* 200": the killing is
    the floods', one occurrence (not an attack by them).
    """
    if verb.token.pos_ != "VERB" or noun.token.pos_ not in {"NOUN", "PROPN"}:
        return False
    inside = {t.i for t in noun.span}
    return any(s.i in inside for s in subjects_of(verb.token))


def _played(category: IncidentCategory, readings: list[_Reading], actors: list[Actor], targets: list[Actor]) -> bool:
    """In a match report, a fight, attack or crash with no toll that only sport can be (the caller checks both).

    Combat with nobody attacked ("a late barrage of attacks"), or with no
    military or weapon word in its sentence ("the title fight against X",
    "Harlow and Corrington clashed at Bridgend Road"); a crash with no
    vehicle ("Hale crashed out of the Madrid Open", "sent Brandt crashing to
    the canvas"). Crowd trouble is a riot and keeps its own category.
    """
    if any(crowd_violence(r.match.token) for r in readings):
        return False  # "fans attacked the referee", "the linesman was assaulted by fans": crowd violence
    if category in {IncidentCategory.ARMED_CONFLICT, IncidentCategory.ATTACK}:
        return (not actors and not targets) or not any(armed_sentence(r.match.token) for r in readings)
    if category == IncidentCategory.ACCIDENT:
        return not any(vehicle_party(r.match.token) or mentions_vessel(r.match.token) for r in readings)
    return False


def _in_comparison(a: TriggerMatch, b: TriggerMatch) -> bool:
    """One trigger is in the phrase of an occurrence the other is compared with (``comparison_preps``).

    "the deadliest rail accident since the 2009 derailment, which killed 16":
    the derailment and its toll are another incident; "police fired tear gas
    after a demonstration turned violent" is one.
    """
    return compared_with(a.token) != compared_with(b.token)


#: The unrest categories another incident may bring about (``consequence_verbs``).
_UNREST = frozenset({IncidentCategory.PROTEST.value, IncidentCategory.RIOT.value})


def _brought_about(a: TriggerMatch, b: TriggerMatch) -> bool:
    """One trigger is unrest the other's clause caused (``consequence_verbs``): two occurrences.

    "Police shot dead a teenager, sparking riots across France", "prompting
    hundreds to gather outside a precinct".
    """
    for unrest, other in ((a, b), (b, a)):
        if unrest.rule.category not in _UNREST or other.rule.category in _UNREST:
            continue
        cause = _cause_of(unrest.token)
        if cause is not None and cause.i != other.token.i:
            return True
    return False


def _cause_of(tok: Token) -> Token | None:
    """The verb of causing (``consequence_verbs``) whose object or complement the token is, two steps up at most."""
    for _ in range(2):
        if tok.dep_ not in {"dobj", "obj", "xcomp", "ccomp", "nsubjpass"} or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() in words("consequence_verbs"):
            return tok
    return None


def _protested(a: TriggerMatch, b: TriggerMatch) -> bool:
    """One trigger is what the other, a protest, is against: two events.

    "a protest against Sunday's attack"; the object of a verb of protest
    (``protest_acts``) that is the protest or its purpose ("marched to
    protest the shooting").
    """
    for protest, other in ((a, b), (b, a)):
        if protest.rule.category != IncidentCategory.PROTEST.value:
            continue
        tok = other.token
        verb = tok.head if tok.dep_ in {"dobj", "obj"} else None
        purpose = verb is not None and verb.dep_ in {"xcomp", "advcl"} and verb.head.i == protest.token.i
        if verb is not None and verb.lemma_.lower() in words("protest_acts") and (verb.i == protest.token.i or purpose):
            return True  # "marched ... to protest the shooting", "rallied, denouncing the killing": what they protested
        for _ in range(4):
            if tok.dep_ == "pobj" and tok.head.lower_ in _PROTEST_CAUSE_PREPS:
                holder = tok.head.head
                if holder.dep_ == "acl":
                    holder = holder.head  # "a march organised by X against the attack"
                if holder.i == protest.token.i:
                    return True
            if tok.head.i == tok.i or tok.dep_ not in {"pobj", "prep", "compound", "poss", "conj"}:
                break
            tok = tok.head
    return False


def _people_hold(noun: Token) -> bool:
    """People, no armed party, hold a blockade or a stand-off with no ship: "Residents resumed *their* blockade".

    The holders are the noun's possessor (not a pronoun), its "by" phrase,
    or the subject of the verb it is the object of.
    """
    holders = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"] + prep_objects(noun, ("by",))
    if noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB":
        holders += subjects_of(noun.head)
    military = words("military_words")
    return bool(holders) and all(is_person_noun(h) and not {h.lemma_.lower(), h.lower_} & military for h in holders)


def _named_by_onset(primary: _Reading, readings: list[_Reading]) -> _Reading:
    """The trigger an onset noun's "of" phrase holds: "a spate *of bombings*" is bombings."""
    onset = primary.match.token
    if onset.lemma_.lower() not in words("onset_nouns"):
        return primary
    for r in readings:
        tok = r.match.token
        if r is not primary and tok.head.lower_ == "of" and tok.head.head.i == onset.i:
            return r
    return primary


def _incident(
    ctx: DocContext, group: list[TriggerMatch], labour: Sequence[int] = (), matches: Sequence[TriggerMatch] = ()
) -> Incident | None:
    if all(m.rule.companion_only and not demanding_gathering(m.token) for m in group):
        return None  # "a campaign rally": the scene of an incident, never one alone
    readings = [_read(ctx, m) for m in group]
    # the most specific trigger names the category: nouns and phrases before generic verbs
    primary = max(readings, key=_specificity)
    primary = _named_by_onset(primary, readings)
    head = min(readings, key=lambda r: _depth(r.match.token))
    category = IncidentCategory(primary.match.rule.category or "other")
    if category == IncidentCategory.MARITIME and not mentions_vessel(primary.match.token):
        # "boarded a night train", "a disastrous collision" on a race track: no watercraft
        verbs = [r.match.token for r in readings if r.match.rule.category == "maritime"]
        collided = any(v.lemma_.lower() in words("collision_verbs") and vehicle_party(v) for v in verbs)
        others = [r for r in readings if r.match.rule.category != "maritime"]
        if others and not collided:
            # "police fired tear gas and water cannon to disperse demonstrators": no ship; the
            # group's other triggers say what happened
            primary = _named_by_onset(max(others, key=_specificity), others)
            category = IncidentCategory(primary.match.rule.category or "other")
        elif not collided and _crowd_control(primary.match.token):
            category = IncidentCategory.RIOT  # "Police used water cannon to disperse a group": force on a crowd
        elif all(v.pos_ == "VERB" for v in verbs) and not collided:
            return None  # "boarded a night bus": no ship, no collision
        elif not collided and primary.match.rule.phrases and all(v.pos_ != "VERB" for v in verbs):
            return None  # "water cannon", "a laser" with no ship, no crowd and no collision: no incident
        elif collided or primary.match.token.lemma_.lower() in words("collision_verbs"):
            category = IncidentCategory.ACCIDENT  # "two trains collided near Milan": a vehicle, no ship
        elif _people_hold(primary.match.token):
            category = IncidentCategory.PROTEST  # "Residents resumed their blockade of the road": people, no ship
        else:
            return None  # "called a blockade of the port", "a boarding" with no ship and nobody: no incident
    if category == IncidentCategory.ACCIDENT and any(_sunk_by_a_party(r.match.token) for r in readings):
        category = IncidentCategory.ATTACK  # "The Houthis sank two bulk carriers": a party sank them, no mishap
    if category == IncidentCategory.ACCIDENT and _struck_ablaze(primary, readings):
        category = IncidentCategory.ATTACK  # "a tanker caught fire after being struck by a missile": the strike's fire
    if category == IncidentCategory.ATTACK and all(_vehicle_toll(r.match.token) for r in readings):
        category = IncidentCategory.ACCIDENT  # "a pickup truck struck and killed a cyclist": a vehicle killed
    armed = any(_armed(r.match) for r in readings)
    # "killed by falling masonry after a missile hit the block": the sentence's attack, not a mishap
    head_start = sentence_back(head.match.token, 0).start  # by cached sentence starts: Token.sent walks back each time
    assailed = any(
        m not in group and m.rule.category in _ASSAULTS and sentence_back(m.token, 0).start == head_start
        for m in matches
    )
    fallen = [] if assailed else [c for r in readings for c in _inanimate_cause(r.match.token)]
    if (
        category == IncidentCategory.ATTACK
        and not armed
        and not assailed
        and all(_inanimate_cause(r.match.token) for r in readings)
    ):
        category = IncidentCategory.ACCIDENT  # "a hiker was crushed by a falling boulder": a thing, no attacker
    if category == IncidentCategory.ATTACK and not armed and any(vehicle_struck(r.match.token) for r in readings):
        category = IncidentCategory.ACCIDENT  # "killed when a train hit a lorry": a vehicle struck, no weapon
    if (
        category == IncidentCategory.ATTACK
        and not armed
        and all(_occasion(r.match.token) is not None or _shares_occasion(r.match.token) for r in readings)
        and not any(_killed_by_someone(r.match.token) for r in readings)
        and not armed_sentence(primary.match.token)
    ):
        category = IncidentCategory.ACCIDENT  # "killed when a silo collapsed": a toll's occasion, no weapon
    if category == IncidentCategory.ARMED_CONFLICT and (
        vessel_taken(primary.match.token) or vessel_parties(primary.match.token)
    ):
        # "Iranian forces seized a tanker": a ship taken, not a town; "a clash between fishing boats
        # and a patrol vessel": a confrontation at sea
        category = IncidentCategory.MARITIME
    if is_law_enforcement(primary.match.token, [a for r in readings for a in r.actors]):
        category = IncidentCategory.OTHER  # "a police raid in Molenbeek": an arrest operation, not an attack
    elif armed and category not in {IncidentCategory.ARMED_CONFLICT, IncidentCategory.CYBER}:
        # "rocket fire", "opened fire": weapons make it an attack ("launched a ransomware attack" stays cyber)
        category = IncidentCategory.ATTACK
    elif category == IncidentCategory.ATTACK and labour_strike(primary.match.token, labour):
        category = IncidentCategory.PROTEST  # "a strike by cabin crew", "a 24-hour rail strike"
    elif category == IncidentCategory.ATTACK and _cyber_context(primary.match.token):
        category = IncidentCategory.CYBER  # "Ransomware gang claims attack on port operator"
    elif category == IncidentCategory.ATTACK and accidental_blast(primary.match.token, primary.actors):
        category = IncidentCategory.ACCIDENT  # "a gas cylinder exploded in a restaurant": no weapon, no attacker
    actors: list[Actor] = []
    targets: list[Actor] = []
    # an unnamed party that is another of the group's triggers is the event itself
    # ("heavy floods struck ...": the floods are the disaster, not who did it)
    triggers = [ctx.span_of(r.match.span) for r in readings]

    def is_party(x: Actor, own: Span) -> bool:
        return not holds_trigger(x, own) and (is_named(x) or not any(holds_trigger(x, t) for t in triggers))

    for r in readings:
        own = ctx.span_of(r.match.span)
        for a in r.actors:
            if is_party(a, own):
                _add(actors, a)
        for t in r.targets:
            if is_party(t, own):
                _add(targets, t)
    targets = [t for t in targets if not any(_same(t, a) for a in actors)]
    storms = [
        t
        for r in readings
        for v in (r.match.token, r.match.token.head)
        if v.pos_ in {"VERB", "AUX"}
        for s in storm_subjects(v)
        for t in s.subtree
    ]
    if storms or any(named_storm(a) for a in actors):
        # "Typhoon Hagino made landfall, killing five": the storm killed, a disaster with no party
        spans = [ctx.span_of(t.doc[t.i : t.i + 1]) for t in storms]
        actors = [a for a in actors if not named_storm(a) and not any(m.overlaps(x) for m in a.mentions for x in spans)]
        if category in {IncidentCategory.ATTACK, IncidentCategory.OTHER}:
            category = IncidentCategory.DISASTER
    protest = any(
        r.match.rule.category == IncidentCategory.PROTEST.value and not _attacked(r.match.token, readings)
        for r in readings
    )
    # (a crowd only counted among the wounded is no sign of unrest: "an explosion in a lab injured two students";
    # nor students or fans others attacked, ``victim_groups``: "Two students were assaulted by a gang", unless
    # police or soldiers used force on them or the verb is a clash)
    forces = words("law_enforcement_forces") | word_classes().military_words | words("crowd_control_forces")
    policed = any(set(a.name.lower().split()) & forces for a in actors)
    crowds = actors + [
        t
        for r in readings
        if r.match.token.lemma_.lower() not in casualty_verbs()
        for t in r.targets
        if policed
        or r.match.token.lemma_.lower() in words("reciprocal_verbs")
        or not set(t.name.lower().split()) & words("victim_groups")
    ]
    if category in {IncidentCategory.ARMED_CONFLICT, IncidentCategory.ATTACK} and (
        protest or any(_unrest(a) for a in crowds) or any(_dispersing(r.match.token) for r in readings)
    ):
        # "protesters clashed with police", "clashes broke out at a rally", "police fired
        # tear gas at demonstrators": unrest, not war
        category = IncidentCategory.RIOT
    if category == IncidentCategory.ARMED_CONFLICT and any(
        t.lower_ in words("unrest_groups") for r in readings for t in r.match.token.sent
    ):
        category = IncidentCategory.RIOT  # "the clash" in a sentence about marchers and police
    if category == IncidentCategory.ARMED_CONFLICT and any(_civil_clash(r.match.token) for r in readings):
        category = IncidentCategory.RIOT  # "Migrants clashed with police": people and police, not two forces
    if category in {IncidentCategory.ARMED_CONFLICT, IncidentCategory.RIOT} and _sit_in(readings, actors):
        category = IncidentCategory.PROTEST  # "Students occupied the rectorate": a sit-in, no violence
    place = next((r.place for r in (head, primary, *readings) if r.place is not None), None)
    if place is None:
        place = _photo_place(ctx, head.match.token)
    if place is not None and place[1].rule == "incident.setting_nationality" and place[0].span is not None:
        where = place[0].span  # "the Afghan insurgency killed ...": the subject's nationality is no party either
        actors = [a for a in actors if not any(m.overlaps(where) for m in a.mentions)]
    date = next((r.date for r in (head, primary, *readings) if r.date is not None), None)
    period = (date[0].end - date[0].start).days + 1 if date is not None else None
    if date is not None and category == IncidentCategory.ARMED_CONFLICT and _past_conflict(ctx, primary, date[0]):
        return None  # "launched its full-scale invasion in February 2022" in a 2026 article: a named past conflict
    if len(readings) == 1 and kept_count(primary.match.token, period) and not _told_of_a_day(primary, period):
        return None  # "The office has registered 14 active conflicts": a tally of many, not one occurrence
    if len(readings) == 1 and counted_since(primary.match.token):
        return None  # "has verified 2,400 attacks on clinics since the invasion": a running tally
    if date is not None and category not in _EPISODES and period is not None and tallied(primary.match.token, period):
        return None  # "road crashes killed 1,200 people last year": a tally of many, not one occurrence
    if date is None and category not in _EPISODES and len(readings) == 1 and tallied_over_periods(primary.match.token):
        return None  # "Georgia has seen a wave of attacks on local governments in recent years": many, no day
    if (
        (date is None or date[0].precision != Precision.DAY)
        and category not in _EPISODES
        and all(r.match.token.lemma_.lower() in casualty_verbs() and running_toll(r.match.token) for r in readings)
    ):
        return None  # "more than 3,000 villagers have died since the uprising": a running total, no one occurrence
    if (
        date is not None
        and place is None
        and category not in _EPISODES
        and not any(is_named(a) for a in actors)  # "In 2019, Boko Haram fighters killed 65 people": one attack
        and period is not None
        and all(tallied_toll(r.match.token, period) for r in readings)
    ):
        return None  # "Last year, 19 women were killed by their partners": a yearly toll
    if fallen:
        # "crushed by a falling boulder": the thing that fell is no party
        spans = [ctx.span_of(t.doc[t.i : t.i + 1]) for t in fallen]
        actors = [a for a in actors if not any(m.overlaps(x) for m in a.mentions for x in spans)]
    named = [a for a in actors if is_named(a) or _unrest(a)] or actors
    if category in {IncidentCategory.DISASTER, IncidentCategory.ACCIDENT}:
        # "heavy flooding killed 30", "a crash in Peru": nature and places are no parties, nor is
        # the vehicle that crashed ("three carriages derailed")
        vehicles = {name for r in readings for name in r.vehicles}
        named = [
            a
            for a in named
            if a.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.GROUP}
            and a.name not in vehicles
            and not any(holds_trigger(a, t) for t in triggers)  # "Typhoon Kalmaegi": the storm, tagged a person
        ]
    if is_rhetorical(
        [r.match.token for r in readings],
        actors,
        targets,
        place,
        casualties := casualties_of(ctx, [r.match.token for r in readings]),
    ):
        return None  # "the senator attacked the mayor for her remarks", "his battles with the press"
    if casualties is None and (date is None or date[0].precision != Precision.DAY) and all(map(_campaign, readings)):
        return None  # "Russia's relentless bombing of the grid has caused blackouts": many strikes, no day, no toll
    if casualties is None and all(r.match.rule.needs_casualties for r in readings):
        return None  # "heavy rain fell in Leeds": weather, no disaster
    weak = all(r.match.rule.needs_argument for r in readings)
    argued = any(is_named(a) for a in actors) or any(is_named(t) for t in targets) or place is not None
    # "a truck plunged into a ravine, killing three": a vehicle's own crash with its own toll needs no place
    argued = argued or (casualties is not None and any(map(_vehicle_crash, readings)))
    if (
        weak
        and not argued
        and not _under_dateline(ctx, head.match.token)
        and label_place(ctx, head.match.token) is None
    ):
        return None
    if casualties is None and sports_report(ctx.doc) and _played(category, readings, actors, targets):
        return None  # a match report's "late barrage of attacks", "the title fight", "crashed out": play
    tok = head.match.token
    verb = governing_verb(tok)  # the trigger itself when it is a verb
    if verb is not None and habitual(verb, adverbs=False, counts=False):
        return None  # "cholera kills thousands each year", "floods hit the delta every summer": no one occurrence
    modality = _modality(tok)
    mishap = category in {IncidentCategory.ACCIDENT, IncidentCategory.DISASTER}
    if (
        modality == Modality.ASSERTED
        and mishap
        and all(near_miss(r.match.token) and not _casualty(r) for r in readings)
    ):
        # "The ferry nearly capsized": it did not ("nearly capsized after a blast": the blast happened; "a bomb
        # nearly killed the minister": the bombing happened, no one died; "protesters nearly stormed the
        # parliament": an act of unrest or force that fell short still took place)
        modality = Modality.NEGATED
    if modality == Modality.ASSERTED and (hypothetical_context(tok) or in_question(tok)):
        modality = Modality.HYPOTHETICAL  # "a wish to strike the port", "what is his plan to beat them?"
    if modality == Modality.PLANNED and (predicted(tok) or undergone(tok)):
        modality = Modality.HYPOTHETICAL  # "officials fear the rebels will attack", "he will be killed": expected
    rule_ids = list(dict.fromkeys(r.match.rule_id for r in readings))
    provenance = [Provenance(field="category", span=ctx.span_of(primary.match.span), rule=primary.match.rule_id)]
    marker = _distinct_marker(readings)
    if marker is not None:
        # "a separate attack", "another blast": not the occurrence told before (never merged with it)
        rule_ids.append(DISTINCT_RULE)
        # "Separately, ...", "In another incident, ...": the sentence opens on another occurrence, which no
        # headline or summary line above sums up (merging reads the note)
        note = DISTINCT_OPENING if _opens_sentence(marker, readings) else None
        provenance.append(
            Provenance(
                field="trigger", span=ctx.span_of(marker.doc[marker.i : marker.i + 1]), rule=DISTINCT_RULE, note=note
            )
        )
    for actor in named:
        provenance.append(
            Provenance(field="actors", span=actor.mentions[0] if actor.mentions else None, rule=head.match.rule_id)
        )
    if place is not None:
        provenance.append(place[1])
    if date is not None:
        provenance.append(date[1])
    if casualties is not None:
        provenance.append(Provenance(field="casualties", rule="incident.casualty_clause.v1", note=casualties.text))
    score = 0.3 + 0.4 * primary.match.rule.strength
    score += 0.1 * bool(named) + 0.1 * (place is not None) + 0.05 * (date is not None) + 0.05 * (len(readings) > 1)
    score -= 0.1 if modality in {Modality.HYPOTHETICAL, Modality.NEGATED} else 0.0
    event = Incident(
        trigger=ctx.span_of(primary.match.span),
        evidence=[ctx.sentence_span(tok)],
        category=category,
        actors=named,
        targets=targets,
        casualties=casualties,
        description=_description(tok),
        date=date[0] if date else None,
        location=place[0] if place else None,
        modality=modality,
        confidence=clip_confidence(score),
        rule_ids=rule_ids,
        provenance=provenance,
    )
    return judge(ctx, tok, event, primary.match.rule.strength)


#: How long before the article a lasting conflict must have begun to be background (``_past_conflict``).
_BACKGROUND_DAYS = 365


def _past_conflict(ctx: DocContext, primary: _Reading, when: When) -> bool:
    """A lasting conflict dated wholly more than a year before the article: a named past conflict.

    The trigger is a lasting conflict (``lasting_conflicts``: "its
    full-scale invasion of Ukraine in February 2022") or a verb that starts
    one (``conflict_onset_verbs``: "Crimea, which it annexed in 2014"); the
    annotation guide makes such background at most optional. A war's start
    within the year ("invaded the north in March") is still news.
    """
    tok = primary.match.token
    lasting = words("conflict_onset_verbs") if tok.pos_ in {"VERB", "AUX"} else words("lasting_conflicts")
    if tok.lemma_.lower() not in lasting and primary.match.span.text.lower() not in lasting:
        return False
    reference = ctx.issued or ctx.published
    return reference is not None and (reference - when.end).days > _BACKGROUND_DAYS


def _campaign(reading: _Reading) -> bool:
    """A noun a campaign modifier makes many occurrences (``campaign_modifiers``: "relentless bombing")."""
    tok = reading.match.token
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"amod", "advmod", "compound"} and c.lower_ in words("campaign_modifiers") for c in tok.children
    )


def _vehicle_crash(reading: _Reading) -> bool:
    """A vehicle's own crash with its own toll: "the train derailed, killing 11 passengers".

    An accident verb told of a vehicle (``vehicle_argument``) with a vehicle
    or its driver as its subject, and a toll of people in a participle or
    conjunct of its own.
    """
    tok = reading.match.token
    return (
        reading.match.rule.vehicle_argument
        and tok.pos_ == "VERB"
        and vehicle_subject(tok)
        and any(_toll_of_people(c) for c in tok.children if c.dep_ in {"advcl", "conj"})
    )


def _toll_of_people(verb: Token) -> bool:
    """A casualty verb with no subject of its own whose object counts people: "killing three".

    Also "injuring 11 passengers", "leaving 12 people dead", "claiming 12
    lives"; not "killing 300 jobs", "after gunmen killed three".
    """
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False  # "the bus crashed after gunmen killed three": another's act, told in its own clause
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if lemma in words("life_taking_verbs"):
        return any(o.lemma_.lower() == "life" for o in objects)
    if lemma not in casualty_verbs() and not (
        lemma == "leave" and any(c.lemma_.lower() in casualty_verbs() for c in verb.children)
    ):
        return False
    for obj in objects:
        noun = counted_group(obj)
        if noun is obj and (obj.like_num or obj.ent_type_ == "CARDINAL"):
            return True  # "killing three"
        if is_person_noun(noun) or is_person_word(noun) or noun.lemma_.lower() in {"people", "person"}:
            return True
    return False


def _vehicle_toll(tok: Token) -> bool:
    """A casualty verb whose subject is a vehicle or a driver (``driver_words``): "a truck killed a cyclist".

    "struck and killed by a bus", "a drunk driver killed a pedestrian"; a driver with a weapon in the
    sentence ("a motorist killed his wife with a knife") is no road toll.

    Not with a ramming verb in the sentence (``ramming_verbs``): "a truck ploughed into a crowd, killing 86"
    may be an attack.
    """
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in casualty_verbs():
        return False
    if any(t.lemma_.lower() in words("ramming_verbs") for t in tok.sent):
        return False
    parties = agent_of(tok) or subjects_of(tok)  # "was struck and killed by a bus on Harlan Avenue": the agent
    drivers = words("driver_words") if not armed_sentence(tok) else frozenset()  # no knife in a road toll
    if tok.tag_ != "VBG" and any(is_aircraft(p) and _armed_aircraft(p, tok) for p in parties):
        return False  # "Russian Sukhoi jets killed 12 people": a strike; "... came down, killing all three crew" a toll
    return bool(parties) and all(
        is_vehicle_head(p) or p.lemma_.lower() in drivers or _company_vehicle(p) for p in parties
    )


def _company_vehicle(tok: Token) -> bool:
    """A vehicle a company owns: "a Kestrel Airways jet", "a Delta Air Lines plane" (``company_name_words``)."""
    owners = _owners(tok)
    if not is_vehicle_word(tok) or any(c.lower_ in words("seized_vehicle_words") for c in tok.children):
        return False  # "a hijacked Kestrel Airways jet killed 40 people": a weapon in its takers' hands
    return bool(owners) and all(t.ent_type_ == "ORG" and _company_owner(t) for t in owners)


def _owners(vehicle: Token) -> list[Token]:
    """The named words before a vehicle: its country, force or company ("*Russian* jets", "a *Delta* plane")."""
    return [t for c in vehicle.lefts for t in c.subtree if t.ent_type_ in {"NORP", "GPE", "ORG"}]


def _armed_aircraft(aircraft: Token, verb: Token) -> bool:
    """An aircraft of a country or an armed force, or in a sentence of arms ("Russian jets", "an army drone").

    A company's aircraft is no armed one: "a Delta Air Lines plane killed a ground worker" is a toll
    (the owner's name ends as companies' names do, ``company_name_words``).
    """
    if armed_sentence(verb):
        return True
    return any(t.ent_type_ != "ORG" or not _company_owner(t) for t in _owners(aircraft))


def _company_owner(tok: Token) -> bool:
    """The organisation name holding ``tok`` ends as a company's does ("Delta Air *Lines*", "Kestrel *Airways*")."""
    name = entity_of(tok) or tok.doc[tok.i : tok.i + 1]
    last = name[-1].lower_
    classes = word_classes()
    if any(t.lower_ in words("armed_name_words") for t in name):
        return False  # "Blackstone Security Solutions": a firm of armed men
    # "Wagner Group": a word any body's name may end in names no company
    return last in classes.company_name_words and last not in classes.generic_company_words


def _attacked(gathering: Token, readings: list[_Reading]) -> bool:
    """The gathering is what an attack struck: "Gunmen attacked an opposition rally", "an attack on a march".

    A rally or march that is the object of the attack (or the subject of its
    passive, or after "on") is the target of violence, no unrest of its own.
    """
    attacks = {r.match.token.i for r in readings if r.match.rule.category == IncidentCategory.ATTACK.value}
    head = gathering.head
    if gathering.dep_ in {"dobj", "obj", "nsubjpass"} and head.i in attacks:
        return True
    return gathering.dep_ == "pobj" and head.lower_ == "on" and head.head.i in attacks


#: Categories whose plural names one episode ("riots in 2019", "floods last year", "clashes in
#: 2019", "record power cuts this year"), not a tally of many occurrences.
#: Categories of a trigger that tells someone's attack ("a missile *hit* the block", "a *bombing*").
_ASSAULTS = frozenset({IncidentCategory.ATTACK.value, IncidentCategory.ARMED_CONFLICT.value})

_EPISODES = frozenset(
    {
        IncidentCategory.RIOT,
        IncidentCategory.PROTEST,
        IncidentCategory.ARMED_CONFLICT,
        IncidentCategory.DISASTER,
        IncidentCategory.OUTAGE,
    }
)


def _under_dateline(ctx: DocContext, tok: Token) -> bool:
    """A lead that names its place in the dateline: "KABUL, May 4 (Reuters) - A bomb exploded at a market ..."."""
    return ctx.clean.dateline is not None and dateline_covers(ctx, tok) and dateline_place(ctx) is not None


def _civil_clash(tok: Token) -> bool:
    """A clash of police (``law_enforcement_forces``) with unarmed people: "Migrants clashed with police".

    The parties are the clash verb's subjects and "with" objects, or a
    clash noun's "between" and "with" objects, with their conjuncts; one is
    a police force, another people of ``civilian_groups`` ("drug traffickers
    clashed with police" is a gunfight).
    """
    heads = prep_objects(tok, ("with", "between"))
    if tok.pos_ == "VERB":
        heads += subjects_of(tok)
    named = [{p.lemma_.lower(), p.lower_} for h in heads for p in (h, *h.conjuncts)]
    return any(n & words("law_enforcement_forces") for n in named) and any(n & words("civilian_groups") for n in named)


def _sit_in(readings: Sequence[_Reading], actors: list[Actor]) -> bool:
    """Crowds taking over a place and nothing more: "Students occupied the Faculty of Letters" (``sit_in_verbs``).

    Every trigger is a verb of ``sit_in_verbs`` or its noun (``sit_in_nouns``:
    "students began an occupation of the library"), or a protest word told
    with it ("... in protest at fee rises"), and every party a crowd
    (``unrest_groups``) or civilians (``civilian_groups``), not rioters,
    looters or a mob (``violent_crowds``); a clash or an attack told with it,
    or a violent act in a clause of its own ("smashing windows":
    ``violent_acts``), keeps the riot.
    """
    if not readings or not actors:
        return False
    taking = words("sit_in_verbs") | words("sit_in_nouns")
    protest = IncidentCategory.PROTEST.value  # "an occupation ... in protest at fee rises": the same sit-in
    if any(r.match.token.lemma_.lower() not in taking and r.match.rule.category != protest for r in readings):
        return False
    if not any(r.match.token.lemma_.lower() in taking for r in readings):
        return False
    if any(
        c.dep_ in {"advcl", "conj"} and c.lemma_.lower() in words("violent_acts")
        for r in readings
        for c in r.match.token.children
    ):
        return False  # "occupied a building, smashing windows": more than a sit-in (``violent_acts``)
    people = (words("unrest_groups") | words("civilian_groups")) - words("violent_crowds")
    return all(a.name.lower().split()[-1] in people for a in actors if a.name)


def _afflicted(gov: Token, tok: Token) -> bool:
    """The verb governing the incident noun is passive, so its subject underwent it (``afflicting_verbs``).

    "Kenya was hit by riots", "the region, long gripped by unrest"; a
    headline's passive has no auxiliary ("Kenya rocked by deadly protests",
    with its "by" agent), or is a bare participle with no object and the
    incident after "in" with no article ("Kyiv hit in massive Russian missile
    attack"). Not "Russia hits Kyiv in an overnight attack" nor "Russia
    struck again in an attack on the port".
    """
    if any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in gov.children):
        return True
    if gov.dep_ == "acl" and gov.tag_ == "VBN":
        return True
    return (
        gov.tag_ in {"VBN", "VBD"}
        and not any(c.dep_ in {"dobj", "obj", "aux"} for c in gov.children)
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and not any(c.dep_ in {"det", "poss"} for c in tok.children)
    )


def _place_named_of(ctx: DocContext, noun: Token) -> tuple[Place, Provenance] | None:
    """The proper name after "of" of a place noun ("the town *of Belvik*"), as the incident's place."""
    for name in prep_objects(noun, ("of",)):
        if name.pos_ != "PROPN":
            continue
        ent = next((e for e in span_ents(name.sent) if e.start <= name.i < e.end), None)
        place = ctx.place(ent if ent is not None else name.doc[name.left_edge.i : name.i + 1])
        if place is not None:
            return place, Provenance(field="location", span=place.span, rule="incident.experiencer")
    return None


def _unrest(actor: Actor) -> bool:
    """An actor named by a crowd noun ("protesters", "angry students")."""
    parts = actor.name.lower().split()
    return bool(parts) and parts[-1] in words("unrest_groups")


def _specificity(reading: _Reading) -> float:
    """Nouns and phrases name the incident better than verbs; bare casualty verbs and consequences least."""
    tok = reading.match.token
    score = reading.match.rule.strength + (0.2 if tok.pos_ != "VERB" else 0.0)
    if tok.lemma_.lower() in casualty_verbs():
        score -= 0.3  # "killed" says what it cost, not what happened
    if _cause_of(tok) is not None:
        score -= 0.5  # "drones struck a substation, causing a fire": the fire is what the strike caused
    return score


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def _same(a: Actor, b: Actor) -> bool:
    from eventkit.coreference import same_actor

    return same_actor(a, b) or a.name.lower() == b.name.lower()


def _add(actors: list[Actor], actor: Actor) -> None:
    if not any(_same(actor, a) for a in actors):
        actors.append(actor)


def _rating(modifier: Token, match: TriggerMatch) -> bool:
    """A disaster noun's modifier that is no place and no proper name's word: a scale's grade, not a party.

    "an EF-3 tornado", "a Category 4 hurricane": nature has no party, and the grade is no place ("the
    Nepal earthquake" is a place, read by the caller).
    """
    if match.rule.category != IncidentCategory.DISASTER.value or modifier.ent_type_ in {"GPE", "LOC", "NORP"}:
        return False
    return any(ch.isdigit() for ch in modifier.text)


def _resolve_all(ctx: DocContext, heads: list[Token]) -> list[Actor]:
    out: list[Actor] = []
    arms = words("weapon_words")
    for head in heads:
        head = counted_group(head)  # "Thousands of BNP supporters clashed with police"
        head = _group_of(head) or head  # "Gunmen from al-Shabaab stormed ...": the group they belong to
        for tok in [head, *[c for c in head.conjuncts if c.i != head.i]]:
            if tok.pos_ not in {"NOUN", "PROPN", "PRON", "ADJ"} or tok.ent_type_ in PLACE_LABELS - {"GPE"}:
                continue
            if tok.i != head.i and _a_thing(tok):
                continue  # "masked men armed with a shotgun and sledgehammers": the parse's conjunct is a tool
            for actor in distributed_actors(ctx, tok):  # "Indian and Chinese troops": two parties
                if actor.kind == ActorKind.UNKNOWN and not is_named(actor):
                    continue  # "a roadside bombing", "the area": not a party
                if _instrument_only(actor, tok, arms):
                    continue  # "drones struck a market", "two missiles hit": the weapon, not who fired it
                if tok.pos_ == "PRON" and _named_as_a_site(ctx, actor, tok):
                    continue  # "Speaking outside X Court, she said: 'We will ...'": the building is nobody's "we"
                _add(out, _without_event_adjective(actor))
    return out


def _named_as_a_site(ctx: DocContext, actor: Actor, pronoun: Token) -> bool:
    """The pronoun's antecedent is a named building, met before it only as where something happened.

    "Speaking outside Ardley Magistrates' Court, her father said: 'We will not stop'": the court's
    name ends in a word of a building (``building_name_words``: "Court", "Station", "Hall") and is
    only the object of a preposition of place (``SITE_PREPS``: "outside", "at", "in" ...), so a
    pronoun read back to it names a building, not a party. A country, a people or a capital is a
    party wherever it was named before ("explosions in Tarvia came days after it fired missiles"),
    and so is an organisation whose name is no building's ("inside the Kremlin ... it ordered").
    """
    if actor.kind == ActorKind.COUNTRY or country_code(actor.name) is not None:
        return False
    names = {actor.name.lower(), *(a.lower() for a in actor.aliases)}
    seen = False
    for ent in doc_ents(pronoun.doc):
        if ent.start >= pronoun.i:
            break
        if ent.text.lower() not in names and not any(ent.text.lower().endswith(" " + n) for n in names):
            continue
        if ent.label_ in {"GPE", "NORP"} or len(ent) < 2 or ent[-1].lower_ not in words("building_name_words"):
            return False
        seen = True
        root = ent.root
        if not (root.dep_ == "pobj" and root.head.lower_ in SITE_PREPS):
            return False
    return seen


def _a_thing(tok: Token) -> bool:
    """A common noun of a made thing, no entity and no person ("sledgehammers", "crowbars", "a van").

    A thing joined to a party by the parse ("men armed with a shotgun and sledgehammers" read
    as "men and sledgehammers") is never a party itself (``artifact_nouns.en.txt``: its first
    WordNet sense an artifact).
    """
    return (
        tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lemma_.lower() in artifact_nouns() and not is_person_noun(tok)
    )


def _site_named(modifier: Token, trigger: Token) -> bool:
    """A street's name that modifies the trigger through a site noun after it: the site's address, no party.

    "the Quarry Lane pub shooting", "an Elm Street cafe attack": the name (``street_words``:
    "Lane", "Street", "Road") says which pub or cafe (a noun of a building or place between the
    name and the trigger: ``site_nouns``, ``premises_nouns`` or a WordNet artifact that is no
    weapon and no vehicle). Any other name before a site noun may be the party: "a Taliban
    checkpoint attack", "the Unison hospital strike", "a Russian power station strike".
    """
    ent = entity_of(modifier)
    if ent is None or not ent.end <= trigger.i or not is_street_name(ent):
        return False
    between = [
        t
        for t in trigger.doc[modifier.i + 1 : trigger.i]
        if t.pos_ == "NOUN" and not t.ent_type_ and t.head.i == trigger.i and t.dep_ in {"compound", "nmod"}
    ]
    if not between or modifier.i > trigger.i:
        return False
    weapons = words("weapon_words") | words("attack_modifiers")
    for noun in between:
        lemma = noun.lemma_.lower()
        if lemma in weapons or noun.lower_ in weapons or is_vehicle_word(noun) or is_person_noun(noun):
            continue
        if lemma in words("site_nouns") or lemma in words("premises_nouns") or lemma in artifact_nouns():
            return True
    return False


def _without_event_adjective(actor: Actor) -> Actor:
    """The party's name without an opening adjective of the event (``event_adjectives``).

    "a deadly police raid": the tagger's name "deadly police" is the police.
    """
    first, _, rest = actor.name.partition(" ")
    if not rest or first.lower() not in words("event_adjectives"):
        return actor
    cut = len(first) + 1
    mentions = [
        m.model_copy(update={"start": m.start + cut, "text": m.text[cut:]}) if m.text.startswith(first + " ") else m
        for m in actor.mentions
    ]
    return actor.model_copy(update={"name": rest, "mentions": mentions})


def _group_of(head: Token) -> Token | None:
    """The named organisation a generic party belongs to: "gunmen *from al-Shabaab*", "fighters *of* the RSF"."""
    if head.lower_ not in words("generic_parties"):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}:
            org = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"), None)
            if org is not None:
                return org
    return None


def _struck_object(ctx: DocContext, verb: Token) -> tuple[Place, Provenance] | None:
    """A known place that is the object of a strike verb (``strike_verbs``): "struck Turkey", "hit Kyiv"."""
    return _known_place_among(ctx, [c for c in verb.children if c.dep_ in {"dobj", "obj"}])


def _flooded_subject(ctx: DocContext, verb: Token) -> tuple[Place, Provenance] | None:
    """The place a passive flood verb's subject is or is in: "Tewkesbury was flooded", "homes in Tewkesbury were".

    The passive subject is the place hit, as the object of an active flood
    verb is; a portion word's "of" phrase counts ("hundreds of homes in X",
    "parts of X"). The same holds for property damaged (``needs_property``:
    "the panes of a phone box on X Road were smashed").
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    for subject in subjects:
        for s in (subject, *prep_objects(subject, ("of",))):
            found = _known_place_among(ctx, [s]) or place_for(ctx, s, shallow=True)
            if found is not None:
                return found
    return None


def _attacked_place(ctx: DocContext, noun: Token) -> tuple[Place, Provenance] | None:
    """A known town, region or country an attack noun is "on" or "against": "A drone attack on Kyiv killed three".

    A building or a site ("the attack on the Sahafi Hotel") is what was hit, told with the town elsewhere.
    """
    found = _known_place_among(ctx, prep_objects(noun, ("on", "against")))
    return found if found is not None and found[0].kind in _AREAS else None


def _known_place_among(ctx: DocContext, objects: list[Token]) -> tuple[Place, Provenance] | None:
    """The first of the objects that is a known place (a place entity, or a name the gazetteer knows)."""
    for obj in objects:
        ent = next((e for e in span_ents(obj.sent) if e.start <= obj.i < e.end), None)
        if ent is None and obj.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in obj.subtree):
            ent = obj.doc[obj.left_edge.i : obj.i + 1]  # "hit Kyiv" with no entity: a known place name still
        known = ent is not None and (ent.label_ in PLACE_LABELS or resolve_place(ent.text) is not None)
        place = ctx.place(ent) if ent is not None and known else None
        if place is not None:
            return place, Provenance(field="location", span=place.span, rule="incident.struck_place")
    return None


def _instrument_only(actor: Actor, tok: Token, arms: frozenset[str]) -> bool:
    """A weapon word (``weapon_words``) standing alone as a party: "drones struck", "Two missiles hit".

    The weapon is not who fired it, nor a thing a weapon word modifies ("tear
    gas canisters"); "Israeli drones" still names Israel.
    """
    if actor.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.COUNTRY} or actor.country is not None:
        return False
    if tok.lemma_.lower() in arms or tok.lower_ in arms:
        return True
    if tok.lemma_.lower() in words("falling_things") or tok.lower_ in words("falling_things"):
        return True  # "a tree fell on a car", "boulders fell onto cars": what fell, not who did it
    # "hit by rubber bullets and tear gas canisters": a weapon that modifies the head
    modifiers = [t for t in tok.children if t.dep_ in {"compound", "amod"} and t.i < tok.i]
    phrase = sorted([*modifiers, *(g for m in modifiers for g in m.children)], key=lambda t: t.i)
    words_before = " ".join(t.lower_ for t in phrase)
    return any(m.lemma_.lower() in arms for m in modifiers) or words_before in arms


def _cyber_context(tok: Token) -> bool:
    """An attack noun in a sentence of computer crime (``cyber_words``) and with no weapon word."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    cyber, arms = words("cyber_words"), words("weapon_words")
    lower = {t.lower_ for t in tok.sent}
    return bool(lower & cyber) and not lower & arms


def _dispersing(verb: Token) -> bool:
    """A weapon verb whose purpose clause disperses a crowd: "fired tear gas to disperse protesters"."""
    return any(
        c.dep_ in {"xcomp", "advcl"}
        and c.lemma_.lower() in words("dispersal_verbs")
        and any(o.lower_ in words("unrest_groups") for o in c.subtree if o.i > c.i)
        for c in verb.children
    )


def _crowd_control(tok: Token) -> bool:
    """A sentence of force against a crowd: a crowd word (``unrest_groups``, ``crowd_lemmas``: "disperse") in it."""
    crowd, lemmas = words("unrest_groups"), words("crowd_lemmas")
    return any(t.lower_ in crowd or t.lemma_.lower() in lemmas for t in tok.sent)


def _helped(verb: Token) -> bool:
    """The verb or a verb it is the infinitive of is one of help from outside (``aid_verbs``).

    "sends firefighters to help battle the wildfires": the subject of the
    whole chain is a helper, not where the wildfires burn.
    """
    aid = words("aid_verbs")
    current = verb
    for _ in range(4):
        if current.lemma_.lower() in aid:
            return True
        if current.dep_ not in {"xcomp", "advcl"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _bare_participle(verb: Token) -> bool:
    """A past participle without auxiliary hung on another verb or a noun: passive in meaning.

    "police arrested a man after a stabbing that left a student *injured*",
    "a fisherman *wounded* by the coast guard": whoever the participle
    inherits as subject is who it happened to, not who did it.
    """
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl", "xcomp"}
        and not any(c.dep_ in {"aux", "nsubj"} for c in verb.children)
    )


def _headline_participle(verb: Token) -> bool:
    """A main verb that is a bare past participle after its subject, with no object: a headline's passive.

    "At least six people killed as storm tears across islands", "Two
    soldiers wounded in ambush": "were" left out, so the subject suffered
    it ("Gunmen killed six people" has an object and is active).
    """
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass", "dobj", "obj"} for c in verb.children)
    )


def _read(ctx: DocContext, match: TriggerMatch) -> _Reading:
    reading = _read_parts(ctx, match)
    cause = _cause_of(match.token) if match.rule.category in _UNREST else None
    if cause is not None:
        # "Police shot dead a teenager, sparking riots": the police caused the riots, they did not riot
        before = ctx.span_of(cause).start
        reading.actors = [a for a in reading.actors if any(m.start > before for m in a.mentions)]
    return reading


def _read_parts(ctx: DocContext, match: TriggerMatch) -> _Reading:
    tok = match.token
    reading = _Reading(match=match)
    verb = tok if tok.pos_ in {"VERB", "AUX"} else None
    if verb is not None:
        subjects = subjects_of(verb)
        if _toll_of_a_topic(verb):
            subjects = []  # "discussed the earthquake that struck X, killing 9": the discussants killed nobody
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        if (
            passive(verb)
            or _bare_participle(verb)
            or _headline_participle(verb)
            or verb.lemma_.lower() in words("subject_casualty_words")
        ):
            # "three fishermen drowned": the subject of a victim's verb suffered it, as a passive's does
            reading.actors = _resolve_all(ctx, agent_of(verb))
            reading.targets = _resolve_all(ctx, subjects + objects)
        else:
            if gerund_subject(verb):
                # "RSF shelling killed 15": the act named as a noun, its named modifiers the party
                subjects = subjects + [
                    c
                    for c in verb.children
                    if c.dep_ in {"compound", "amod"} and (c.ent_type_ in _PARTY_ENTS or c.pos_ == "PROPN")
                ]
            # ("the River Taff burst its banks, flooding 400 homes": the water that flooded is no party)
            reading.actors = [] if match.rule.water_subject else _resolve_all(ctx, subjects)
            reading.vehicles = {a.name for a in _resolve_all(ctx, [s for s in subjects if is_vehicle(s)])}
            reading.targets = _resolve_all(ctx, objects)
        reading.targets += _resolve_all(ctx, prep_objects(verb, ("on", "against", "at")))
        if verb.lemma_.lower() in words("reciprocal_verbs"):
            for actor in _resolve_all(ctx, prep_objects(verb, ("with",))):
                _add(reading.actors, actor)
        reading.place = place_for(ctx, verb)
        if reading.place is None and verb.lemma_.lower() in strike_verbs() and not passive(verb):
            reading.place = _struck_object(ctx, verb)  # "missiles hit Kyiv": the stricken place
        if reading.place is None and match.rule.water_subject and passive(verb):
            reading.place = _flooded_subject(ctx, verb)  # "hundreds of homes in Tewkesbury were flooded"
        if reading.place is None and match.rule.needs_property and passive(verb):
            reading.place = _flooded_subject(ctx, verb)  # "the windows of a shop in Leeds were smashed"
        # "shelling hit a camp near El Fasher, killing nine": the toll's place is the clause's it ends; "in
        # Lyon, farmers blocked the ring road on Monday, protesting ...": the act the participle goes with
        in_setting = _toll_participle(verb) or _accompanying_participle(verb)
        if reading.place is None and in_setting:
            reading.place = place_for(ctx, verb.head)
        if reading.place is None:
            # "the river flooded on Thursday, forcing hundreds from their homes in Ayr": where people were driven out
            for outcome in _displacement_participles(verb):
                reading.place = reading.place or place_for(ctx, outcome)
        reading.date = ctx.date_for(verb)
        if reading.date is None and in_setting:
            reading.date = ctx.date_for(verb.head)  # "On 11 November, shelling hit ..., killing nine": that day
        sharer = _sharing_conjunct(verb)
        if sharer is not None:
            # "Security forces beat and detained dozens of protesters in Minsk on Sunday": the verbs share
            # the object and the phrases after it
            reading.place = reading.place or place_for(ctx, sharer)
            reading.date = reading.date or ctx.date_for(sharer, own=True)
            if not passive(verb):
                reading.targets += _resolve_all(ctx, [c for c in sharer.children if c.dep_ in {"dobj", "obj"}])
        first = _first_conjunct(verb)
        if first is not None:
            # "Gunmen stopped a car near Kabo on 2 November and robbed the passengers": the first verb's place
            # (a weak trigger's whatever it is, another's only a town: "burst into a party in the capital of
            # Sinaloa and opened fire" is read as the state, wider than the lede's city it would not join)
            # (its day is ``sequence_head``'s to give: "bought a rifle on 2 January and shot dead four people")
            shared = place_for(ctx, first) if reading.place is None else None
            if shared is not None and (match.rule.needs_argument or shared[0].kind == PlaceKind.CITY):
                reading.place = shared
        if reading.date is None and (preceding := sequence_head(verb)) is not None:
            reading.date = _day_of_the_act_before(ctx, preceding)
        occasion = _occasion(verb)
        partner = _partner_with_occasion(verb) if occasion is None else None
        if partner is not None:
            # "two were killed and five others hurt Sunday night when a driver crashed on I-40": the pair's
            occasion = _occasion(partner)
            reading.date = reading.date or ctx.date_for(partner)
        if occasion is not None:
            # "two workers were killed when a silo collapsed at X on Sunday": where and when it came about
            reading.place = reading.place or place_for(ctx, occasion)
            reading.date = reading.date or ctx.date_for(occasion)
        toll = verb.head if verb.dep_ == "advcl" else None
        if toll is not None and (occasion_of_toll := _occasion(toll)) is not None and occasion_of_toll.i == verb.i:
            # "a fan died in Kelby when a barrier gave way": the toll's clause, whose verb may be
            # no trigger ("died"), tells where and when the mishap of its occasion clause happened
            reading.place = reading.place or place_for(ctx, toll)
            reading.date = reading.date or ctx.date_for(toll)
        crowd = verb.head if verb.dep_ == "relcl" else None
        if crowd is not None and crowd.dep_ == "pobj" and crowd.head.lower_ == "of":
            crowd = crowd.head.head  # "hundreds of traders who were protesting"
        if crowd is not None and crowd.dep_ in {"dobj", "obj"}:
            # "police in X used tear gas to disperse traders who were protesting": the dispersal's place and day
            force = crowd.head
            if force.lemma_.lower() in words("dispersal_verbs"):
                for frame in (force, *framing_verbs(force)):
                    reading.place = reading.place or place_for(ctx, frame)
                reading.date = reading.date or ctx.date_for(force) or ctx.framing_date(force)
        return reading
    # nominal trigger: its own dependents first
    possessors = [c for c in tok.children if c.dep_ == "poss"]
    victim_noun = tok.lemma_.lower() in words("victim_possessive_nouns")
    actor_heads = ([] if victim_noun else possessors) + prep_objects(tok, ("by", "between", "from"))
    # "a march organised by the union", "an attack carried out by militants"
    actor_heads += [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in agent_of(c)]
    actor_heads += [
        c
        for c in tok.children
        if c.dep_ in {"amod", "compound", "nmod"}
        and c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}
        and not _stance_modifier(c)
        and not _rating(c, match)
        and not _site_named(c, tok)  # "the Quarry Lane pub shooting": which pub, not who shot
    ]
    if len(match.span) > 1:
        # "Israeli military operation": modifiers of the phrase's first word too
        inside = {x.i for x in match.span}
        actor_heads += [
            c
            for t in match.span
            for c in t.children
            if c.dep_ in {"amod", "compound"}
            and c.ent_type_ in {"NORP", "GPE", "ORG"}
            and c.i not in inside
            and not _stance_modifier(c)
        ]
    site: tuple[Place, Provenance] | None = None
    # "the Nepal earthquake": a country before a disaster or an accident is where, never a party; a known
    # region or city the tagger read as a person is where too ("fresh Zamfara attack")
    natural = match.rule.category in {IncidentCategory.DISASTER.value, IncidentCategory.ACCIDENT.value}
    for head in list(actor_heads):
        if head.dep_ in {"compound", "nmod", "amod"} and head.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "PERSON"}:
            # "the Brussels attacks", "a Chelsea explosion": a city or site names the place
            # (also a known city the tagger took for an organisation: "the Kunduz attacks")
            ent = next((e for e in span_ents(head.sent) if e.start <= head.i < e.end), None)
            if ent is not None and ent.start <= tok.i < ent.end:
                ent = ent.doc[ent.start : tok.i]  # a title-case "Harbour Blast" read as one name: the site is before it
            resolved = resolve_place(ent.text) if ent is not None else None
            if head.ent_type_ == "ORG" and (ent is None or not is_city_name(ent.text) or _a_persons_name(ent)):
                continue  # "the Berg shooting" in an article about Jonas Berg: a person, no city
            if head.ent_type_ == "PERSON":
                # "the Berg crash": a person's name; "the Zamfara attack" tagged a person is the state's, and
                # "the Jordan attack" names a country that may be the attacker (as when tagged a place)
                if ent is None or resolved is None:
                    continue
                if not natural and (_a_persons_name(ent, other=True) or resolved.kind == PlaceKind.COUNTRY):
                    continue
            if ent is not None and (resolved is None or resolved.kind != PlaceKind.COUNTRY or natural):
                actor_heads.remove(head)
                place = ctx.place(ent) if site is None else None
                if place is not None:
                    site = (place, Provenance(field="location", span=place.span, rule="incident.site_modifier"))
    reading.actors = _resolve_all(ctx, actor_heads)
    reading.targets = _resolve_all(ctx, prep_objects(tok, ("on", "against")) + (possessors if victim_noun else []))
    # "asked about the killings during a press conference at X": a topic's own words only, not the talk's
    subject_matter = _subject_matter(tok)
    reading.place = place_for(ctx, tok, shallow=subject_matter)
    if reading.place is not None and is_own_modifier(ctx, tok, reading.place[0]):
        reading.place = None  # "the Russia-Ukraine conflict": the parties, not the place
    flight: Token | None = None  # "forced thousands to flee near X": the flight the event caused
    if reading.place is None:
        # "an explosion that went off in X", "the explosion went off in front of X": the clause it heads
        clause = [c for c in tok.children if c.dep_ in {"relcl", "acl"}]
        # "one of the bombings came ... in X": the bombings are the subject; "Storm Elin swept across X":
        # the storm's name is
        named = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else tok
        whole = partitive_whole(named)
        if whole.dep_ == "nsubj" and whole.head.pos_ == "VERB" and whole.head.lemma_.lower() not in casualty_verbs():
            clause.append(whole.head)
        for verb in clause:
            plain = verb.i == whole.head.i and whole.dep_ == "nsubj" and verb.lemma_.lower() not in strike_verbs()
            reading.place = place_for(ctx, verb, shallow=plain)  # "came a week after protests in X": not its place
            if reading.place is None and verb.dep_ == "relcl" and verb.lemma_.lower() in strike_verbs():
                reading.place = _struck_object(ctx, verb)  # "the earthquake that struck Azerbaijan"
            if reading.place is None and plain:
                # "a wildfire forced thousands to flee near X": the flight is from where it burns
                fled = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in words("flight_verbs")]
                flight = fled[0] if fled else None
                reading.place = place_for(ctx, flight, shallow=True) if flight is not None else None
            if reading.place is not None:
                break
    reading.place = reading.place or site
    if reading.place is None and match.rule.category in _VIOLENCE:
        reading.place = _attacked_place(ctx, tok)  # "A drone attack on Kyiv killed three people": Kyiv
    if reading.place is None:
        setting = _setting_place(ctx, match, actor_heads)
        if setting is not None:  # "the Afghan insurgency": where, not who
            nationality, reading.place = setting
            reading.actors = _resolve_all(ctx, [h for h in actor_heads if h.i != nationality.i])
    # "was hit by Cyclone Mora": the storm's name governed by the verb, not its opening word
    storm_name = tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.lower_ in words("storm_name_words")
    gov = governor(tok.head if storm_name else tok)
    sequenced = _sequenced(tok)
    reacted = (gov is not None and _reacted_to(tok, gov)) or sequenced or subject_matter
    blamed_on = _attributed_to(tok, gov) if gov is not None else None
    if blamed_on is not None:
        # "blamed the attack on Ukraine", "sought to link the attack to Ukraine": who is blamed, not where or whom
        blamed = ctx.span_of(blamed_on.doc[blamed_on.left_edge.i : blamed_on.right_edge.i + 1])
        reading.targets = [t for t in reading.targets if not any(m.overlaps(blamed) for m in t.mentions)]
        placed = reading.place[0].span if reading.place is not None else None
        if placed is not None and placed.overlaps(blamed):
            reading.place = None
        reading.actors = [a for a in reading.actors if not any(m.overlaps(blamed) for m in a.mentions)]
    # "the death toll from the earthquake rose to 214 on Monday": the day the count rose, not the quake's
    tolled = tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in words("toll_nouns")
    if sequenced or tolled:
        reading.date = ctx.date_for(tok, own=True)  # "fell sharply after the bombing Oct. 2 in Lyon": its own day
    elif reacted:
        # "claimed responsibility for the shooting on Tuesday", "condemned the attack on Monday": the
        # day after the noun may be the reaction's, however the parse hangs it; "Monday's shooting" is its own
        own = ctx.date_for(tok, own=True)
        before = own is not None and own[0].span is not None and own[0].span.end <= ctx.span_of(tok).start
        reading.date = own if before else None
    else:
        reading.date = ctx.date_for(tok) or (ctx.date_for(flight) if flight is not None else None)
        told = [c for c in tok.children if c.dep_ == "relcl" and c.tag_ == "VBD"]
        if reading.date is None and told:
            reading.date = ctx.date_for(told[0])  # "the earthquake that struck X on Saturday"
    subj = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else tok  # "Hurricane Milton struck"
    if subj.dep_ == "nsubj" and subj.head.lemma_.lower() in strike_verbs() and reading.place is None:
        reading.place = _struck_object(ctx, subj.head)  # "an earthquake struck Turkey": the stricken place
        if reading.place is None:
            # "a ransomware attack hit the Northgate Health Trust": a body struck, not a place
            struck = [o for o in subj.head.children if o.dep_ in {"dobj", "obj"} and o.ent_type_ in {"ORG", "PERSON"}]
            reading.targets += _resolve_all(ctx, struck)
    if gov is not None:
        subjects = subjects_of(gov)
        # "Japan will send aid to Nepal *after the earthquake*": a time adjunct's subject suffered nothing
        adjunct = tok.dep_ == "pobj" and tok.head.lower_ in time_adjunct_preps()
        experienced = gov.lemma_.lower() in words("experiencer_verbs") or (
            gov.lemma_.lower() in words("afflicting_verbs") and _afflicted(gov, tok)
        )
        helper = _helped(gov)  # "Canada will send firefighters to help battle the wildfires"
        where = experienced or (reading.match.rule.category in _PLACE_CATEGORIES and not adjunct and not helper)
        if where:
            # "Belarus, which suffered riots": the sufferer is where it happened
            for s in subjects:
                target = antecedent_of(s)
                if reading.place is None and target.lower_ in PLACE_NOUNS:
                    # "the coastal town of Belvik was hit by floods": the town named after "of"
                    reading.place = _place_named_of(ctx, target)
                if reading.place is None and target.ent_type_ in {"GPE", "LOC"}:
                    ent = next((e for e in span_ents(target.sent) if e.start <= target.i < e.end), None)
                    place = ctx.place(ent) if ent is not None else None
                    if place is not None:
                        reading.place = (
                            place,
                            Provenance(field="location", span=place.span, rule="incident.experiencer"),
                        )
        elif _agentive(tok, gov) and not sequenced:  # "X launched a strike since the coup": not the coup's
            for actor in _resolve_all(ctx, subjects):
                _add(reading.actors, actor)
        else:
            for actor in _resolve_all(ctx, _blamed(tok, gov)):
                _add(reading.actors, actor)  # "blamed the RSF for the attack": who is said to have done it
        if reading.place is None and blamed_on is None and not subject_matter:
            # a clause the incident only dates gives the setting it names itself ("In Porto, police arrested
            # a man after a stabbing"), not a place deep in its object ("a strike on bases in Iraq since the coup")
            reading.place = place_for(ctx, gov, shallow=sequenced)
        if reading.date is None and not reacted and not tolled:
            reading.date = ctx.date_for(gov)
    return reading


def _attributed_to(tok: Token, gov: Token) -> Token | None:
    """The "on"/"to" phrase naming whom a verb of blame holds responsible ("blamed the attack *on Ukraine*").

    ``attribution_phrases`` pairs a verb with its preposition ("blame on",
    "link to"); the parse may hang the phrase on the verb or on the noun.
    """
    lemma = gov.lemma_.lower()
    for head in (tok, gov):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.i > tok.i and f"{lemma} {prep.lower_}" in words("attribution_phrases"):
                return prep
    return None


def _subject_matter(tok: Token) -> bool:
    """The incident noun is what was said or asked about: "was asked *about the attack*", "regarding the blast".

    A definite noun with nothing of its own (no clause, no "of/on/in"
    phrase; a time adjunct the parse hung on it, "during her press
    conference", is the talk's) after a ``subject_matter_preps`` word refers
    to an incident told before: where and when the talk took place ("while
    visiting X", "at a press conference on Thursday") are not the
    incident's. "protested about the killing of a teenager by police",
    "about the fire that destroyed a warehouse on Sunday" tell their own.
    """
    if tok.dep_ != "pobj" or tok.head.lower_ not in words("subject_matter_preps"):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children)
    own = [
        c
        for c in tok.children
        if c.dep_ not in {"det", "amod", "compound", "punct"}
        and not (c.dep_ == "prep" and c.lower_ in time_adjunct_preps())
    ]
    return definite and not own


def _reaction_verb(verb: Token) -> bool:
    """A ``reaction_verbs`` verb, alone or with its particle ("condemned", "put down")."""
    return verb_in(verb, words("reaction_verbs"))


def _reacted_to(tok: Token, gov: Token) -> bool:
    """The incident noun is what a later act reacts to: "condemned the attack", "claimed responsibility for it".

    The governing verb is a ``reaction_verbs`` verb, or the noun is the "for"
    phrase of a ``claim_objects`` noun ("claimed responsibility for the
    shooting", "took credit for the bombing") or the "into" phrase of an
    ``inquiry_nouns`` noun ("launched a probe into the shooting").
    """
    if _reaction_verb(gov) or _inquired_into(tok):
        return True
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in words("claim_objects")


def _inquired_into(tok: Token) -> bool:
    """The incident noun is what an inquiry looks into: "launched a probe *into the shooting*" (``inquiry_nouns``).

    The parse may hang "into" on the verb whose object the inquiry is
    ("opened an investigation into the bombing").
    """
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "into":
        return False
    inquiries = words("inquiry_nouns")
    host = head.head
    if host.lemma_.lower() in inquiries:
        return True
    return host.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in inquiries for c in host.children)


def _occasion(verb: Token) -> Token | None:
    """The clause that tells how a casualty verb's toll came about (``occasion_marks``).

    "Two workers were killed *when a silo collapsed at X*", "three died *as
    the roof caved in*": a finite clause with a subject.
    """
    if verb.lemma_.lower() not in casualty_verbs():
        return None
    for clause in verb.children:
        if (
            clause.dep_ != "advcl"
            or clause.i < verb.i
            or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        ):
            continue
        if any(
            t.lower_ == "into" and any(o.lemma_.lower() in words("crowd_targets") for o in t.children)
            for t in clause.subtree
        ):
            continue  # "when a man drove his car into a crowd": maybe an attack, no accident's occasion
        if any(c.dep_ in {"mark", "advmod"} and c.lower_ in words("occasion_marks") for c in clause.children):
            return clause
    return None


def _told_of_a_day(reading: _Reading, period: int | None) -> bool:
    """A count's sentence tells a toll, or (undated) names a day: the occurrences told, no tally.

    "recorded two explosions, one of which killed three soldiers", "documented two clashes ... on Sunday".
    """
    sent = reading.match.token.sent
    if any(t.lemma_.lower() in casualty_verbs() for t in sent):
        return True
    # any day in the sentence: a count dropped wrongly loses events, one kept wrongly is one spurious event
    return period is None and any(_names_a_day(e) for e in span_ents(sent) if e.label_ in TIME_LABELS)


def _names_a_day(ent: SpacySpan) -> bool:
    """A date naming a day or part of one.

    A weekday, a day relative to today, a part of a day ("overnight", "on the night of", "the past 24
    hours"), or a month with its day.
    """
    if is_relative_day(ent.text) or any(is_weekday(t.text) or is_day_part(t.text) for t in ent):
        return True
    return any(is_calendar_word(t.text) for t in ent) and any(t.like_num and len(t.text) <= 2 for t in ent)


def _killed_by_someone(verb: Token) -> bool:
    """A casualty verb whose "by" agent is several people, no road users: "was killed by two men ... as he left".

    The clause after it tells when, not how the toll came about. Road or water users' toll is a mishap's
    ("killed by two cyclists as they raced downhill": ``driver_words``; "by scooter riders": people of a
    vehicle).
    """
    if verb.lemma_.lower() not in casualty_verbs():
        return False
    if not any(is_person_noun(a) and _several(a) and not _road_user(a) for a in agent_of(verb)):
        return False
    # the clause is about the victim ("as he left his house"), not the doers or a machine ("when they lost
    # control on a bend", "when the forklift they were driving reversed into him")
    clause = _occasion(verb)
    return clause is not None and any(s.lower_ in {"he", "she"} for s in subjects_of(clause))


def _inanimate_cause(verb: Token) -> list[Token]:
    """The "by" agents of a casualty verb when every one is a thing that fell or struck (``inanimate_causes``).

    "died under a fallen branch", "was crushed by a collapsing wall", "struck by lightning". Not "killed by
    gunmen", "killed by a rock thrown by protesters" or "by stones thrown at his car" (someone threw
    it), "by a hail of bullets", "by a wave of airstrikes" (a measure of something else), "by debris
    from a downed drone" (a weapon or a force in the sentence). The caller checks for another attack
    trigger in the sentence.
    """
    if verb.lemma_.lower() not in casualty_verbs():
        return []
    agents = agent_of(verb)
    things = words("inanimate_causes")
    if not agents or not all(a.lemma_.lower() in things and a.ent_type_ == "" for a in agents):
        return []
    for a in agents:
        for c in a.children:
            passive = c.tag_ == "VBN" and (c.dep_ == "acl" or any(x.dep_ == "auxpass" for x in c.children))
            if c.dep_ in {"acl", "relcl"} and (passive or agent_of(c)):
                return []  # "a rock thrown by protesters", "stones thrown at his car": someone's act
            if c.dep_ == "prep" and c.lower_ == "of":
                return []  # "a hail of bullets", "a wave of airstrikes": the thing is what follows
    own = {t.i for a in agents for t in (a, *(c for c in a.children if c.dep_ in {"amod", "compound"}))}
    armed = words("weapon_words") | words("military_words")
    if any(
        (t.lemma_.lower() in armed or t.lower_ in armed) and t.ent_type_ not in {"ORG", "PERSON", "PRODUCT"}
        for t in verb.sent
        if t.i not in own
    ):
        return []  # "injured by debris from a downed drone": a weapon in the sentence
    return agents


def _several(person: Token) -> bool:
    """A plural of people ("two men", "robbers", "classmates").

    People who kill together do violence; one person's toll with a clause of time may be a road toll by
    anyone ("killed by an elderly woman as he rode along the A38").
    """
    return person.tag_ in {"NNS", "NNPS"}


def _road_user(person: Token) -> bool:
    """A person at the wheel or on a vehicle: ``driver_words``, or a vehicle word before it or "on" one after it."""
    if person.lemma_.lower() in words("driver_words"):
        return True
    if any(c.dep_ in {"compound", "nmod"} and is_vehicle_word(c) for c in person.children):
        return True  # "a motorbike rider", "a scooter rider"
    return any(is_vehicle_word(v) for v in prep_objects(person, ("on",)))  # "a rider on an electric scooter"


def _shares_occasion(verb: Token) -> bool:
    """A casualty verb coordinated with one whose occasion is told: "two were killed and five injured *when* ..."."""
    return _partner_with_occasion(verb) is not None


def _partner_with_occasion(verb: Token) -> Token | None:
    """The coordinated casualty verb whose occasion is told ("two were killed and five *hurt* Sunday *when* ...")."""
    if verb.lemma_.lower() not in casualty_verbs():
        return None
    partners = [verb.head] if verb.dep_ == "conj" else []
    partners += [c for c in verb.children if c.dep_ == "conj"]
    return next((p for p in partners if _occasion(p) is not None), None)


def _casualty(reading: _Reading) -> bool:
    """The reading's trigger is a casualty verb ("killed", "injured"): the toll of an act, not the act."""
    return reading.match.token.lemma_.lower() in casualty_verbs()


def _sharing_conjunct(verb: Token) -> Token | None:
    """The verb coordinated right after an object-less verb that shares its object and what follows.

    "beat and detained dozens of protesters in Minsk on Sunday": "beat" has
    no object of its own and "and detained" follows it at once, so the
    object, place and day after "detained" are both verbs'. Not a conjunct
    with a subject of its own ("X attacked and police arrested ..."), one
    after a verb with its own object ("killed three villagers and fled to
    the hills"), a passive ("was attacked in Minsk and left the country in
    March") or words between ("marched in Caracas and renewed their call
    for elections next month").
    """
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children) or passive(verb):
        return None
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < verb.i:
            continue
        between = doc[verb.i + 2 : conj.i]
        if doc[verb.i + 1].dep_ != "cc" or any(t.dep_ != "advmod" or t.head.i != conj.i for t in between):
            continue  # only "beat and (then) detained X": "marched in X and renewed their call ..." shares nothing
        own = {c.dep_ for c in conj.children}
        if "dobj" in own and not own & {"nsubj", "nsubjpass"}:
            return conj
    return None


def _first_conjunct(verb: Token) -> Token | None:
    """The active verb before this one, whose subject it shares: "Gunmen stopped a car near Kabo and *robbed* ...".

    Not a conjunct with a subject of its own ("X attacked and police
    arrested ..."), nor after a passive ("was attacked in Minsk and ...").
    """
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or head.i > verb.i or passive(head):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    return head


def _toll_participle(verb: Token) -> bool:
    """A casualty participle closing a clause of striking: "shelling hit a camp ..., killing nine civilians".

    Only a ``strike_verbs`` head, or a named storm's verb: after another verb ("a fault sent the lift into
    the shaft at X, killing two") the toll is of whatever that clause tells, read on its own.
    """
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in casualty_verbs()
        and (verb.head.lemma_.lower() in strike_verbs() or bool(storm_subjects(verb.head)))
    )


def _displacement_participles(verb: Token) -> list[Token]:
    """Participles after the verb that tell whom it drove from their homes (``displacement_verbs``).

    "The river flooded on Thursday, *forcing* hundreds from their homes in
    Ayr": the homes left are where the flood struck. A participle with a
    subject or a subordinator of its own is another clause.
    """
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.i > verb.i
        and c.lemma_.lower() in words("displacement_verbs")
        and not any(g.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for g in c.children)
    ]


def _toll_of_a_topic(verb: Token) -> bool:
    """A casualty participle the parse hangs on a verb of talk or reaction, with no subject of its own.

    "X and Y discussed the earthquake that struck Z, killing 9": the toll is
    the earthquake's (``non_event_governors``, ``reaction_verbs``); the
    subject of "discussed" did no killing.
    """
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in casualty_verbs()
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and (head.lemma_.lower() in words("non_event_governors") or _reaction_verb(head))
    )


def _accompanying_participle(verb: Token) -> bool:
    """A participle after its clause that tells how the clause's act was done, by its subject.

    "Farmers blocked the ring road in Lyon on Monday, *protesting* against
    fuel taxes": one act, with the clause's place and day. A casualty verb is
    left to :func:`_toll_participle` (a toll may be another occurrence's).
    """
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and verb.head.pos_ == "VERB"
        and verb.lemma_.lower() not in casualty_verbs()
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in verb.children)
    )


def _sequenced(tok: Token) -> bool:
    """The incident noun is what the clause's act came before or after (``sequence_preps``, ``sequence_nouns``).

    "traded barbs on Wednesday *after the bombing*", "*in the aftermath of*
    the riots", "*on the eve of* the attack": the clause's day is its own.
    """
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in words("sequence_preps"):
        return True
    return prep.lower_ in {"of", "to"} and prep.head.lemma_.lower() in words("sequence_nouns")


def _blamed(tok: Token, gov: Token) -> list[Token]:
    """The party a verb of blame holds to account for the incident noun (``blame_phrases``).

    "blamed the Rapid Support Forces *for* the attack", "accused the army *of*
    the massacre": the object, when the incident is the verb's "for"/"of"
    phrase; the blamer itself is never the actor.
    """
    if tok.dep_ != "pobj" or tok.head.head.i != gov.i:
        return []
    if f"{gov.lemma_.lower()} {tok.head.lower_}" not in words("blame_phrases"):
        return []
    return [c for c in gov.children if c.dep_ in {"dobj", "obj"}]


def _a_persons_name(ent: SpacySpan, *, other: bool = False) -> bool:
    """A word of a person's name in the document ("Berg" where "Jonas Berg" is a person).

    With ``other``, a name of more words than the entity's own ("Jonas
    Berg" for "Berg"): the same words tagged a person again elsewhere ("the
    Zamfara attack" in the headline and the body) are no one else.
    """
    words = {t.lower_ for t in ent}
    return any(
        e.label_ == "PERSON" and words & {t.lower_ for t in e} and not (other and {t.lower_ for t in e} <= words)
        for e in doc_ents(ent.doc)
    )


def _stance_modifier(tok: Token) -> bool:
    """A word of an "anti-X" or "pro-X" modifier ("anti-Tunisia protests"): what it opposes, not who or where."""
    prefixes = word_classes().stance_prefixes
    if tok.lower_ in prefixes or tok.text == "-":
        return True
    before = tok.doc[max(tok.i - 2, 0) : tok.i]
    return len(before) == 2 and before[1].text == "-" and before[0].lower_ in prefixes


def _photo_place(ctx: DocContext, tok: Token) -> tuple[Place, Provenance] | None:
    """Where the photo a caption describes was taken: the place of what it shows ("..., in Tonbridge, Feb. 3.")."""
    ent = photo_place(tok.sent)
    place = ctx.place(ent) if ent is not None else None
    if place is None:
        return None
    return place, Provenance(field="location", span=place.span, rule="incident.photo_place", note="the photo's place")


def _setting_place(
    ctx: DocContext, match: TriggerMatch, heads: list[Token]
) -> tuple[Token, tuple[Place, Provenance]] | None:
    """The country of the one nationality before a setting noun ("Egyptian protests", "the Afghan insurgency").

    A noun of a state of conflict or unrest (``setting_nouns``) has no agent
    in it: its nationality says where, not who. Two nationalities ("the
    Russia-Ukraine conflict") are its parties and stay so.
    """
    setting = words("setting_nouns")
    if match.token.lemma_.lower() not in setting and match.span.text.lower() not in setting:
        return None
    inside = {t.i for t in match.span}
    nationals = [
        h
        for h in heads
        if h.dep_ in {"amod", "compound", "nmod"} and h.head.i in inside and h.ent_type_ in {"NORP", "GPE"}
    ]
    if len(nationals) != 1:
        return None
    ent = next((e for e in span_ents(nationals[0].sent) if e.start <= nationals[0].i < e.end), None)
    code = country_code(ent.text) if ent is not None else None
    name = country_name(code) if code is not None else None
    if ent is None or code is None or name is None:
        return None
    base = resolve_place(name) or Place(name=name, country=code, kind=PlaceKind.COUNTRY)
    place = base.model_copy(update={"span": ctx.span_of(ent)})
    return nationals[0], (place, Provenance(field="location", span=place.span, rule="incident.setting_nationality"))


def _opens_sentence(marker: Token, readings: list[_Reading]) -> bool:
    """A distinct marker in its sentence's opening phrase ("Separately,", "In another incident,", "Elsewhere,").

    "a separate attack", "another blast hit ..." inside the clause count the
    occurrence, they do not open the sentence on another one.
    """
    first = marker.sent[0]
    if marker.lower_ in words("distinct_adverbs"):
        return marker.i == first.i
    return first.lower_ == "in" and marker.head.head.i == first.i and all(r.match.token.i > marker.i for r in readings)


def _distinct_marker(readings: list[_Reading]) -> Token | None:
    """A word that sets the trigger's occurrence apart from one told before (``distinct_markers``).

    "In a separate attack", "another blast hit ...", "a second explosion". A
    noun in apposition or predicated of the event counts it, it is no other
    one: "a fire tore through the school, the second blaze there in four
    years", "it was the third attack this month".
    """
    markers = words("distinct_markers")
    marked = next(
        (
            c
            for r in readings
            if r.match.token.dep_ not in {"appos", "attr"}
            for c in r.match.token.children
            if c.dep_ in {"amod", "det"} and c.lower_ in markers
        ),
        None,
    )
    if marked is not None:
        return marked
    later = next((m for r in readings if (m := _dated_against_an_incident(r.match.token)) is not None), None)
    if later is not None and _told_before(later):
        return later
    # "Separately, a bus overturned ...", "Elsewhere, gunmen attacked ...": the clause is set apart
    adverbs = words("distinct_adverbs")
    clauses = {governing_verb(r.match.token) for r in readings}  # a verb trigger is its own clause's verb
    opening = [r.match.token.sent[0] for r in readings]  # the parse may hang it on "police said"
    # "In another incident, a guard was wounded ...", "In a related incident, robbers attacked ...": the
    # sentence opens on another occurrence
    occasions = markers | words("distinct_occasion_markers")
    # only an incident noun opens on another occurrence: "In a related development, police said the toll had
    # risen" goes on with the same one
    occurrences = words("occurrence_nouns") | noun_lemmas(_TYPE)
    marked = next(
        (
            m
            for o in opening
            if o.lower_ == "in"
            and o.dep_ == "prep"
            and (o.head.dep_ == "ROOT" or o.head.i in {v.i for v in clauses if v is not None})
            for n in o.children
            if n.dep_ == "pobj" and n.lemma_.lower() in occurrences
            for m in n.children
            if m.dep_ in {"amod", "det"} and m.lower_ in occasions
        ),
        None,
    )
    if marked is not None:
        return marked
    return next(
        (
            c
            for c in [*opening, *(c for v in clauses if v is not None for c in v.children)]
            if c.dep_ == "advmod" and c.lower_ in adverbs
        ),
        None,
    )


def _dated_against_an_incident(tok: Token, *, max_steps: int = 4) -> Token | None:
    """The "after"/"before"/"since" (``sequence_preps``) of a clause whose subject is an incident noun.

    "The collapse comes eight months after a steward died in Kelby when
    a barrier gave way": the occurrence the subject's incident is
    dated against is another one. Returns the preposition or subordinator.
    """
    preps = words("sequence_preps")
    nouns = noun_lemmas(_TYPE) | words("occurrence_nouns")
    current = tok
    for _ in range(max_steps):
        if current.head.i == current.i or current.dep_ not in {"advcl", "pobj", "pcomp", "prep", "conj"}:
            return None
        mark = next((c for c in current.children if c.dep_ == "mark" and c.lower_ in preps), None)
        if current.dep_ == "prep" and current.lower_ in preps:
            mark = current
        head = current.head
        if mark is not None and head.pos_ in {"VERB", "AUX"}:
            if head.lemma_.lower() in words("onset_verbs"):
                return None  # "the attack began after gunmen stormed a hotel": the attack's own start
            subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return mark if any(s.lemma_.lower() in nouns for s in subjects) else None
        current = head
    return None


def _told_before(marker: Token) -> bool:
    """An incident trigger in a sentence before the marker's: what the dated clause's subject noun refers back to.

    "A wall collapsed in Leeds. The collapse comes eight months after a
    steward died in Kelby": the subject is the Leeds collapse, the
    occurrence after "after" another. Opening the text ("The attack came two
    weeks after gunmen killed five people in Bamako"), the subject noun has
    nothing to refer to but the occurrence itself: no split.
    """
    first = doc_value(
        marker.doc,
        "incident:first_trigger",
        lambda d: min((m.token.i for m in find_triggers(d, _TYPE)), default=len(d)),
    )
    return first < marker.sent.start  # the matcher runs once per Doc, not once per marker


def _struck_ablaze(primary: _Reading, readings: list[_Reading]) -> bool:
    """A fire or blast (``attack_consequences``) whose group holds an armed strike: the strike's, no mishap.

    "A tanker caught fire after being struck by a missile", "a depot went up in flames when it was hit by
    drones": a striking verb that needs arms (``needs_arms``) and kept them; "a warehouse caught fire after
    being struck by lightning" has no such strike (no arms), and "a fuel truck exploded after being hit by a
    train" is a vehicle's impact.
    """
    if primary.match.token.lemma_.lower() not in words("attack_consequences"):
        return False
    return any(
        r.match.rule.needs_arms
        and r.match.rule.category == IncidentCategory.ATTACK.value
        and r.match.token.pos_ == "VERB"
        and not vehicle_struck(r.match.token)
        for r in readings
    )


def _sunk_by_a_party(verb: Token) -> bool:
    """A ship a party sank: "The Houthis sank two bulk carriers", "the navy sank a smuggling boat".

    A verb of sinking (``sinking_verbs``) with a vessel for its object and a
    named party or a military word for its subject; "the ferry sank" and
    "the storm sank two boats" are no one's attack.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("sinking_verbs"):
        return False
    ships = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and is_vessel(c)]
    if not ships or any(d.dep_ == "poss" for s in ships for d in s.children):
        return False  # ("sank his own yacht to claim the insurance": no attack on anyone)
    military = words("military_words")
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or c.lemma_.lower() in military)
        for c in verb.children
    )


def _armed(match: TriggerMatch) -> bool:
    """A weapon makes the trigger: "rocket fire", "came under fire", "opened fire", "fire from a tank", arson."""
    tok = match.token
    # the weapon right before the trigger ("rifle fire"; not "a grenade factory fire"), and not an accident's
    # own noun ("a gun accident", "a grenade accident": the weapon went off by mishap)
    mishap = match.rule.id == "noun_accident"
    if not mishap and any(
        c.dep_ in {"compound", "amod", "nmod", "conj"}
        and c.lemma_.lower() in words("attack_modifiers")
        and (c.dep_ == "conj" or c.i == tok.i - 1)
        for c in tok.children
    ):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in words("exposure_preps"):
        return True  # "came under fire": gunfire
    armed = words("attack_modifiers") | words("weapon_words") | words("military_words")
    sources = prep_objects(tok, ("from",))
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        sources += prep_objects(tok.head.head, ("from",))  # the parse may hang "from" on "hit"
    sources = [o for o in sources if not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in o.children)]
    if any(o.lemma_.lower() in armed or o.lower_ in armed for o in sources):
        return True  # "hit by fire from an Israeli tank" (not "fire from a leaking fuel tank")
    if _set_alight(tok):
        return True  # "setting classrooms on fire", "set fire to the church": arson
    of_head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if of_head is not None and of_head.lemma_.lower() in words("gunfire_heads"):
        return True  # "an exchange of fire with police", "a hail of fire"
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in words("armed_light_verbs")


def _set_alight(tok: Token) -> bool:
    """A fire someone set (``arson_verbs``): "set fire to X" (its object), "set X on fire" (two steps up).

    Only people set fires: a person or group word, a name or an armed force
    as the subject ("a faulty heater set the house on fire" is an accident).
    """
    if tok.lemma_.lower() != "fire":
        return False
    for _ in range(3):
        if tok.dep_ not in {"dobj", "pobj", "prep"} or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in words("arson_verbs"):
            setters = subjects_of(tok) or subjects_of(tok.head)  # "attacked a school, setting classrooms on fire"
            return any(_someone(s) for s in setters)
    return False


def _someone(tok: Token) -> bool:
    """A person, a group of people, a name or an armed force: who can act on purpose."""
    if tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or is_person_word(tok):
        return True  # (a person noun by its lemma: "protesters", "gang members")
    return bool({tok.lemma_.lower(), tok.lower_} & words("military_words"))


def _agentive(tok: Token, gov: Token) -> bool:
    """True when the governing verb's subject carried out the incident ("X launched an attack")."""
    lemma = gov.lemma_.lower()
    if _reaction_verb(gov) or _inquired_into(tok):
        return False  # "X condemned the attack", "X launched a probe into the attack": X reacted to it
    if tok.dep_ == "pobj" and f"{lemma} {tok.head.lower_}" in words("reaction_verbs"):
        return False  # "agents were looking into the blast": a verb with its preposition
    if any(c.dep_ == "oprd" for c in gov.children):
        return False  # "calling attacks on clinics a violation", "declared the protest illegal": a judgement
    if passive(gov) and lemma not in {"engage", "involve"}:
        return False  # "X was hit in an attack": X suffered it
    if lemma in words("agentive_verbs") or (tok.dep_ in {"dobj", "obj"} and lemma in words("agentive_object_verbs")):
        return True  # "X launched an attack", "X staged a protest"; not "X raised the clash", "X attended a protest"
    # "took part in the fighting": yes; "spoke about the war", "died in the attack": no
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "into"} and lemma not in casualty_verbs()


def _modality(tok: Token) -> Modality:
    """The trigger's modality; a noun takes its governing verb's inside ``modality_of``.

    An incident verb in the to-infinitive of a directive verb (``directive_heads``:
    "told supporters to fight", "urged them to attack") is an order, not an act;
    one in a purpose clause ("a militia formed in 2014 to fight the group",
    "sent troops to fight the rebels") an aim; a noun asked for
    (``demand_phrases``: "called for a general strike") is no act either.
    """
    modality = modality_of(tok, denial_negates=False)  # "denied firing the rocket": the strike is only blamed
    purpose = tok.dep_ == "advcl" and is_to_infinitive(tok) and not any(c.dep_ == "nsubj" for c in tok.children)
    directed = tok.pos_ == "VERB" and (
        (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in modality_words("directive_heads"))
        or (purpose and not _outcome_told(tok))
    )
    # "called for a general strike", "calls for a boycott": asked for, not held ("called for the
    # demonstrations" names ones told before, that took place)
    indefinite = INDEFINITE_DETERMINERS | {"no"}
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ not in indefinite for c in tok.children)
    demand = tok.pos_ in {"NOUN", "PROPN"} and demanded(tok) and not definite
    if modality == Modality.ASSERTED and (directed or demand):
        return Modality.HYPOTHETICAL
    return modality


def _outcome_told(verb: Token) -> bool:
    """A participle of a toll or a consequence tells what the act of purpose did ("to attack X, *killing* 12").

    On the purpose verb or the verb it serves (``casualty_verbs``,
    ``consequence_verbs``: "killing", "sparking clashes").
    """
    outcomes = set(casualty_verbs()) | words("consequence_verbs")
    return any(
        c.tag_ == "VBG" and c.dep_ in {"advcl", "xcomp", "conj"} and c.lemma_.lower() in outcomes
        for v in (verb, verb.head)
        for c in v.children
    )


def _day_of_the_act_before(ctx: DocContext, before: Token) -> tuple[When, Provenance] | None:
    """The day of the act that brought the actor to the scene ("went to the store on Oct. 29 and stabbed him").

    The act before goes somewhere ("into", "to", "at" a place, or a place
    as its object: "left Kumasi on Saturday and crashed"); "bought a rifle
    on 2 January and shot four people", "joined the army on 1 May and shot"
    are other days' errands. A year or month is no day both acts share
    ("moved to the town in 2019 and stabbed a man").
    """
    went = any(c.dep_ == "prep" and c.lower_ in words("scene_preps") for c in before.children) or any(
        c.dep_ in {"dobj", "obj"} and (c.ent_type_ in PLACE_LABELS or c.lemma_.lower() in location_nouns())
        for c in before.children
    )
    if not went:
        return None
    dated = ctx.date_for(before, own=True)
    if dated is None or dated[0].precision != Precision.DAY:
        return None
    when, prov = dated
    note = f"{prov.note}, the day of {before.text!r}, the act it follows" if prov.note else None
    return when, prov.model_copy(update={"note": note})


def _description(tok: Token) -> str:
    """The trigger's clause, trimmed: the subtree of its verb, at most a few dozen tokens."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else governing_verb(tok) or tok
    words = [t for t in verb.subtree if t.dep_ not in {"ccomp", "parataxis"} or t.i == verb.i]
    start, end = words[0].i, words[-1].i + 1
    if end - start > _DESCRIPTION_MAX_TOKENS:
        start = max(start, tok.i - _DESCRIPTION_MAX_TOKENS // 2)
        end = min(end, start + _DESCRIPTION_MAX_TOKENS)
    return tok.doc[start:end].text.strip(" ,;")
