"""Meetings: who met whom, where and when ("eventkit.meeting.v1").

Triggers come from ``resources/lexicons/meeting_triggers.en.yaml``; each rule
names a frame that says where the participants are:

* **symmetric** verbs ("X met Y", "X and Y held talks", "X conferred with Y"):
  subjects, objects, "with X", "between X and Y", coordinations.
* **host** verbs ("X hosted Y", "Y was received by X"): subject and object,
  or the passive subject and its "by" agent. The guest must be an actor, and
  a complement clause ("X welcomed Y to join ...") makes the verb a stance.
* **visit** ("X visited China", "X arrived in Amman on a visit"): the visitor
  is a participant; a visited place is the location and its country joins
  as the host; a visited person is a participant.
* **call** ("X telephoned Y"), **mediation** ("X mediated between Y and Z").
* **nominal** triggers ("talks", "summit", "phone call", "visit") take their
  participants from possessives, compounds ("China-Belarus talks"), "with",
  "between", "by", "to", and from the subject of a light verb that governs
  them ("X held talks", "X was on a visit", "X gave a welcome to Y").

Generic mentions are skipped: plural meeting nouns other than "talks"
("two-way visits", "his visits"), nouns with a number or a generic modifier,
and events with fewer than two named participants (one for visits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from eventkit.coreference import same_actor, union_actors
from eventkit.doccache import doc_ents, entity_of, span_ents
from eventkit.event_types.meeting import EARLIER_RULE
from eventkit.extractors.base import OBJECT_DEPS, PLACE_LABELS, DocContext, clip_confidence, conjuncts, modality_of
from eventkit.extractors.eventhood import hypothetical_context, in_question, sports_report
from eventkit.extractors.eventness import judge
from eventkit.extractors.habitual import habitual
from eventkit.extractors.modality import demanded, modality_words, time_adjunct_preps
from eventkit.extractors.syntax import (
    CLAUSE_DEPS,
    SUBJECT_DEPS,
    called_on_in_person,
    called_with_purpose,
    coordinated,
    given_as_surname,
    infinitive_subject,
)
from eventkit.extractors.triggers import (
    TriggerMatch,
    agent_of,
    distributed_actors,
    find_triggers,
    governing_verb,
    holds_trigger,
    is_named,
    lexicon_extra,
    noun_lemmas,
    prep_objects,
    resolve_actor,
    rules,
    subjects_of,
    titled_by_closing_name,
)
from eventkit.lexicons import per_resources
from eventkit.models import Actor, ActorKind, Meeting, MeetingKind, Modality, Place, PlaceKind, Provenance, Span
from eventkit.normalize.countries import abbreviation_code, country_code, country_name, is_country_name
from eventkit.normalize.mentions import (
    artifact_nouns,
    award_nouns,
    first_name_gender,
    is_first_name,
    is_name_hyphen,
    is_person_noun,
    is_person_word,
    is_title,
    is_vehicle_word,
    is_vessel,
    noun_phrase,
)
from eventkit.normalize.money.amounts import parse_money
from eventkit.normalize.places import place_read_as_organisation, resolve_place
from eventkit.normalize.times.durations import is_duration_or_frequency

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["extract_meetings"]

_TYPE = "meeting"
_T = TypeVar("_T")
#: Prepositions of a nominal trigger whose objects take part ("talks with X", "a visit by X").
_PARTY_PREPS = ("with", "by", "of", "between", "among", "alongside")
#: Prepositions of a verb's partner in a meeting ("met with X", "talks between X and Y").
_PARTNER_PREPS = ("with", "between", "among")
#: Prepositions of the medium or day of talking whose object the parse may hang "with" on ("spoke *by* phone
#: with Y", "talked *on* Monday with Y"); not "of", "about", "during", "after" ("spoke of his friendship with Y",
#: "during a march with Y": no meeting with Y).
_MANNER_PREPS = frozenset({"by", "over", "via", "on"})
#: Prepositions of the period of "the first visit ... *in* a decade", "the first *since* the war".
_PERIOD_PREPS = frozenset({"in", "since"})
#: Dependents of a verb that open a clause of their own (its dates are not the verb's).
_NESTED_CLAUSE_DEPS = frozenset({"advcl", "conj", "ccomp", "parataxis", "relcl", "acl"})


@per_resources
def _light_verbs() -> frozenset[str]:
    return frozenset(lexicon_extra(_TYPE, "light_verbs") or ())


@per_resources
def _extra_words(key: str) -> frozenset[str]:
    """A word list of ``meeting_triggers.en.yaml`` besides the rules ("topic_preps", "proxy_nouns")."""
    return frozenset(lexicon_extra(_TYPE, key) or ())


@per_resources
def _to_partner_verbs() -> frozenset[str]:
    return frozenset(lexicon_extra(_TYPE, "to_partner_verbs") or ())


@per_resources
def _call_addressee_verbs() -> frozenset[str]:
    return frozenset(lexicon_extra(_TYPE, "call_addressee_verbs") or ())


@per_resources
def _generic_modifiers() -> frozenset[str]:
    return frozenset(lexicon_extra(_TYPE, "generic_modifiers") or ())


@per_resources
def _guest_participle(tok: Token) -> bool:
    """A participle that describes a meeting's guest, no visit of its own.

    The parse makes the guest the participle's object: "met with visiting
    Zambian Foreign Minister X" (a complement of "with"), "X met visiting
    Chinese Premier Y" (a clause right after a verb with no object). The
    meeting is the verb's or the noun's, with the guest as a party.
    """
    if tok.tag_ != "VBG" or tok.lower_ not in _extra_words("guest_participles") or not _guests(tok):
        return False
    if tok.dep_ == "pcomp":
        return tok.head.lower_ in (*_PARTNER_PREPS, "to") and _takes_guest(tok.head.head)
    head = tok.head
    right_after = tok.dep_ in {"advcl", "xcomp"} and tok.i == head.i + 1
    return right_after and not any(c.dep_ in OBJECT_DEPS for c in head.children) and _takes_guest(head)


@per_resources
def _meeting_verbs() -> frozenset[str]:
    """Verb lemmas of the meeting rules other than visits: "meet", "receive", "host", "talk"."""
    return frozenset(
        w for r in rules(_TYPE) if "VERB" in r.pos and r.frame != "visit" for w in r.lemmas if " " not in w
    )


def _takes_guest(head: Token) -> bool:
    """A meeting word, or the light verb of a meeting noun, that a guest participle's guest meets.

    "met (with) visiting X", "talks with visiting X", "held a meeting on
    Monday with visiting X"; not "was seen visiting X", "signed deals with
    visiting X" (the participle's own visit stands).
    """
    lemma = head.lemma_.lower()
    if head.pos_ not in {"VERB", "AUX"}:
        return lemma in noun_lemmas(_TYPE)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children):
        return False
    if lemma in _meeting_verbs():
        return True
    return lemma in _light_verbs() and any(
        c.dep_ in OBJECT_DEPS and c.lemma_.lower() in noun_lemmas(_TYPE) for c in head.children
    )


def _guests(participle: Token) -> list[Token]:
    """The persons a guest participle's object names ("visiting *Premier Y*", and its conjuncts)."""
    objects = [c for c in participle.children if c.dep_ in {"dobj", "obj"}]
    objects += [c for o in objects for c in o.conjuncts]
    return [o for o in objects if _is_someone(o) and not _is_place(o)]


def _guest_clause(tok: Token) -> Token | None:
    """The guest participle hanging from a trigger or from its preposition ("met with visiting Y"), if any.

    For a light verb, also from its meeting noun: "held talks with visiting Y in Beijing".
    """
    objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS] if tok.pos_ in {"VERB", "AUX"} else []
    for head in (tok, *objects):
        for child in head.children:
            if child.dep_ in {"advcl", "xcomp"} and _guest_participle(child):
                return child
            if child.dep_ == "prep":
                found = next((c for c in child.children if c.dep_ == "pcomp" and _guest_participle(c)), None)
                if found is not None:
                    return found
    return None


def _partner_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the partner prepositions, with the guests of a guest participle ("talks with visiting X")."""
    found = prep_objects(tok, preps)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            found += [g for pc in prep.children if pc.dep_ == "pcomp" and _guest_participle(pc) for g in _guests(pc)]
    return [t for t in found if not _guest_participle(t)]


@per_resources
def _plural_ok() -> frozenset[str]:
    return frozenset(lexicon_extra(_TYPE, "plural_ok") or ())


def extract_meetings(ctx: DocContext, *, min_participants: int = 2) -> Iterator[Meeting]:
    """Yield one meeting per trigger mention whose participants are named.

    Args:
        ctx: The document context.
        min_participants: Named participants a meeting needs (visits need one).

    Yields:
        :class:`~eventkit.models.Meeting` events, one per mention (merging
        happens later).

    Matches:
        "On Monday, Xi met Putin in Beijing." -> participants [Xi, Putin],
        location Beijing, kind meeting.

    Notes:
        Frames follow PLOVER's CONSULT category (visits, meetings, talks,
        mediation); see ``docs/events.md``.
    """
    previous: list[Meeting] = []
    by_verb: dict[int, int] = {}  # a verbal trigger's token -> the index of its one meeting in ``previous``
    for match in find_triggers(ctx.doc, _TYPE):
        events = _meeting(ctx, match, min_participants=min_participants, previous=previous)
        host = purpose_host(match.token)
        if len(events) == 1 and host is not None and host.i in by_verb:
            # "visited Washington for talks with Y": the talks are what the visit was for, one meeting
            i = by_verb[host.i]
            previous[i] = _joined(previous[i], events[0])
            continue
        earlier = _referred_meeting(match.token, events, previous)
        if earlier is not None:
            # "X paid a courtesy call on Y. Y was joined at the meeting by Z": "the meeting" is the call
            previous[earlier] = _joined(previous[earlier], events[0])
            continue
        if len(events) == 1:
            by_verb[match.token.i] = len(previous)
        previous.extend(events)
    yield from previous


def _referred_meeting(noun: Token, events: list[Meeting], previous: list[Meeting]) -> int | None:
    """The index of the earlier meeting a definite meeting noun of a later sentence refers back to.

    "X paid a courtesy call on Y on Tuesday. Y was joined at the meeting by
    Z": "the meeting", with no date, place or possessive of its own, that
    shares a party with the latest earlier meeting that took place, is that
    meeting (Z joins its parties). Only a setting, the object of one of
    ``setting_preps`` ("at the meeting", "present at the talks"): never a
    verb's object ("chaired the meeting", "attended the summit alongside Y"),
    (or the passive subject of one of ``attendance_verbs``: "The meeting was
    attended by Z"),
    a noun whose own "with", "between" or "of" phrase names its parties, nor
    one in the sentence of the earlier trigger.
    """
    if len(events) != 1 or noun.pos_ != "NOUN" or not previous:
        return None
    prep = noun.head
    attended = noun.dep_ == "nsubjpass" and prep.lemma_.lower() in _extra_words("attendance_verbs")
    if attended and not _attended_as_told(noun):
        return None  # "The meeting in Lahore on Monday was attended by Z": a day or place of its own
    if not attended and (events[0].date is not None or events[0].location is not None):
        return None  # (an attended meeting's day and place are those of the meeting it tells of)
    if events[0].modality != Modality.ASSERTED:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"between", "with", "of"}) for c in noun.children):
        return None  # "the meeting with Modi", "the talks between X and Z", "the meeting of the Cabinet": its own
    if not attended and (noun.dep_ != "pobj" or prep.lower_ not in _extra_words("setting_preps")):
        return None  # "chaired the meeting", "attended the summit alongside Y": an object, an occasion of its own
    i = len(previous) - 1
    earlier = previous[i]
    if earlier.modality != Modality.ASSERTED or earlier.trigger is None:
        return None
    if earlier.trigger.start >= noun.sent.start_char:
        return None  # the same sentence: "X met Y, and the meeting with Z ..." tells its own
    shared = any(_same_or_titled(a, b) for a in events[0].participants for b in earlier.participants)
    return i if shared else None


def _same_or_titled(a: Actor, b: Actor) -> bool:
    """One party, or a bare title ("the Health Minister") the other was named with ("Health Minister X")."""
    if same_actor(a, b):
        return True
    bare = a.kind == ActorKind.PERSON and a.title is None and is_title(a.name.split()[-1])
    return bare and any(alias.lower().startswith(a.name.lower() + " ") for alias in b.aliases)


def purpose_host(noun: Token) -> Token | None:
    """The verb a meeting noun is the purpose of: "visited Washington *for talks* with Y", "flew in for a summit"."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.pos_ == "VERB" else None


def _joined(visit: Meeting, purpose: Meeting) -> Meeting:
    """The visit with the parties (and any missing date or place) of the meeting it was for."""
    parties = [p.span for p in visit.provenance if p.field == "participants"]
    return visit.model_copy(
        update={
            "participants": union_actors(visit.participants, purpose.participants),
            "date": visit.date or purpose.date,
            "location": visit.location or purpose.location,
            "rule_ids": list(dict.fromkeys([*visit.rule_ids, *purpose.rule_ids])),
            "provenance": [
                *visit.provenance,
                *(p for p in purpose.provenance if p.field == "participants" and p.span not in parties),
            ],
        }
    )


class _Frame:
    """Participants and place found for one trigger while it is read."""

    def __init__(self) -> None:
        self.heads: list[Token] = []
        self.extra: list[Actor] = []
        self.place_tokens: list[Token] = []
        self.sites: list[Token] = []  # what a visit went to that is neither a place nor someone
        self.included: list[Token] = []  # "phoned several leaders, including X and Y": X and Y
        self.visited: list[Token] = []  # whom a visit went to, unless a first name or found in hospital
        self.pronoun_pair: list[Token] = []  # "X and Y met ... They spoke by phone": X and Y, read for "They"
        self.antecedent: Token | None = None  # "X chaired a meeting. The meeting was attended by Y": "a meeting"
        self.attended = False  # parties came from an attendance clause ("a meeting attended by X")
        self.sites_only = False  # a visit verb's objects are all sites: "X and Y toured the new hospital"
        self.negated = False  # the trigger's clause is negated: "X did not meet ..."

    def add(self, tokens: list[Token]) -> None:
        for t in [*tokens, *(f for tok in tokens for f in _fused_coordinate(tok))]:
            if all(t.i != h.i for h in self.heads):
                self.heads.append(t)


def _fused_coordinate(tok: Token) -> list[Token]:
    """A named person the parse hung on a titled name as a modifier: "X and Uganda's President Y".

    The parser reads "[X and Uganda]'s President Y", making X a modifier of
    Y; a person's name is no possessor of a country's title, so X is a party
    beside Y. Only a person before "and" and a country or people with "'s".
    """
    if tok.ent_type_ != "PERSON":
        return []
    return [
        c
        for c in tok.lefts
        if c.dep_ in {"nmod", "compound"}
        and c.ent_type_ == "PERSON"
        and any(
            g.dep_ == "conj"
            and g.ent_type_ in {"GPE", "NORP"}
            and any(k.dep_ == "case" and k.lower_ in {"'s", "'", "’s"} for k in g.children)
            for g in c.children
        )
    ]


def _meeting(
    ctx: DocContext, match: TriggerMatch, *, min_participants: int, previous: list[Meeting] | None = None
) -> list[Meeting]:
    """The meeting a trigger tells, or one per partner of a list met one by one (:func:`_split_partners`)."""
    frame = _Frame()
    event = _read_meeting(ctx, match, frame, min_participants=min_participants, previous=previous)
    if event is None:
        return []
    listed = [t for head in frame.included for t in (head, *conjuncts(head))] or _distributed(match.token)
    split = [m for e in _split_partners(ctx, event, listed) for m in _split_sequence(e, match.token)]
    kept = [judge(ctx, match.token, e, match.rule.strength) for e in split]
    return [e for e in kept if e is not None]


def _received_by(head: Token) -> bool:
    """A named party a visit went to: "paid a courtesy visit *to* Governor X", "paid Governor X a visit".

    Not a companion of the visitor ("X and his wife began a state visit"),
    nor a place ("a visit to Lagos").
    """
    if head.pos_ != "PROPN" or head.ent_type_ in PLACE_LABELS:
        return False
    return head.dep_ == "dative" or (head.dep_ == "pobj" and head.head.lower_ == "to")


def _visited_person(dative: Token) -> bool:
    """The indirect object of a light verb a visit went to: "paid *Governor X* a courtesy visit".

    A person, tagged or titled; not "paid Gwoza a visit" (a town no
    gazetteer knows) nor "paid Makola Market a visit" (a site the
    recogniser tags a body).
    """
    return not _is_place(dative) and (dative.ent_type_ == "PERSON" or any(is_title(c.text) for c in dative.lefts))


def _distributed(trigger: Token) -> list[Token]:
    """The listed parties a distributive adverb (``distributive_adverbs``) makes meet the other side one by one.

    "X met with Y and Z separately", "X and Y met with Z separately": the
    one side of the verb that lists several parties (its subject, its object
    or its "with" partner). Empty when both sides do, or no adverb is there.
    """
    adverbs = frozenset(lexicon_extra(_TYPE, "distributive_adverbs") or ())
    modifiers = _extra_words("distributive_modifiers")
    # "held separate talks with X and Y": the meeting noun, the trigger's or its light verb's object
    nouns = [n for n in (trigger, *(c for c in trigger.children if c.dep_ in OBJECT_DEPS)) if n.pos_ == "NOUN"]
    nouns = [n for n in nouns if n.lemma_.lower() in noun_lemmas(_TYPE) or n.lower_ in noun_lemmas(_TYPE)]
    modified = [n for n in nouns if any(c.dep_ == "amod" and c.lower_ in modifiers for c in n.children)]
    # (not "Separately, X met Y and Z": a sentence's opening adverb set off by a comma turns to other news)
    if not modified and not any(
        c.dep_ == "advmod" and c.lower_ in adverbs and not (c.is_sent_start and c.nbor(1).text == ",")
        for c in trigger.children
    ):
        return []
    sides = [c for c in trigger.children if c.dep_ in {"nsubj", "dobj"}]
    sides += [g for h in (trigger, *modified) for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.children]  # fmt: skip
    # "X and Uganda's President Y met separately with Z": X, fused into Y's phrase, is listed too
    lists = [[h, *conjuncts(h), *_fused_coordinate(h)] for h in sides if h.dep_ in {"nsubj", "dobj", "pobj"}]
    several = [group for group in lists if len(group) >= 2 or _modifiers_listed(group[0])]
    return several[0] if len(several) == 1 else []


def _modifiers_listed(head: Token) -> bool:
    """One noun that coordinated modifiers share: "his Dutch and Norwegian counterparts" (distributed_actors)."""
    return head.pos_ == "NOUN" and any(c.dep_ in {"amod", "nmod", "compound"} and conjuncts(c) for c in head.lefts)


def _split_sequence(event: Meeting, trigger: Token) -> list[Meeting]:
    """Two meetings when a later-time adverb opens a second partner: "X held talks with Y *and later* with Z".

    One adverb of ``sequence_adverbs`` after the trigger, right after "and" or
    a comma and right before "with" or a name, parts the partners named
    between the trigger and it from those named after it: each group met the
    parties named before the trigger (its subjects) at a time of its own. A
    place named on one side of the adverb stays with that side's meeting.
    """
    adverbs = _extra_words("sequence_adverbs")
    doc = trigger.doc
    sent = trigger.sent
    marks = [
        t
        for t in doc[trigger.i + 1 : sent.end]
        if t.lower_ in adverbs
        and doc[t.i - 1].lower_ in {"and", ","}
        and t.i + 1 < sent.end
        and (doc[t.i + 1].lower_ == "with" or doc[t.i + 1].pos_ == "PROPN")
    ]
    if len(marks) != 1 or event.trigger is None:
        return [event]
    start, cut = event.trigger.start, marks[0].idx

    def side(actor: Actor) -> int | None:
        here = [m.start for m in actor.mentions if sent.start_char <= m.start < sent.end_char]
        if not here:
            return None
        if all(m < start for m in here):
            return 0
        if all(start <= m < cut for m in here):
            return 1
        return 2 if all(m >= cut for m in here) else None

    sides = [side(a) for a in event.participants]
    if None in sides or not all(k in sides for k in (0, 1, 2)):
        return [event]
    shared = [a for a, k in zip(event.participants, sides, strict=True) if k == 0]
    first = [a for a, k in zip(event.participants, sides, strict=True) if k == 1]
    later = [a for a, k in zip(event.participants, sides, strict=True) if k == 2]
    place = event.location.span if event.location is not None else None
    later_place = event.location if place is not None and place.start >= cut else None
    first_place = event.location if place is None or place.start < cut else None
    # a day named on one side is that side's ("with Y on Monday and later with Z": Z's day untold); one before
    # the trigger or outside the sentence ("On Tuesday, X held talks with Y and later with Z") is both's
    day = event.date.span if event.date is not None else None
    inside = day is not None and start <= day.start < sent.end_char
    first_date = event.date if not inside or day is None or day.start < cut else None
    later_date = event.date if not inside or (day is not None and day.start >= cut) else None

    def dated(when: object) -> list[Provenance]:
        return [p for p in event.provenance if p.field != "date" or when is not None]

    return [
        event.model_copy(
            update={"participants": [*shared, *half], "location": where, "date": when, "provenance": dated(when)}
        )
        for half, where, when in ((first, first_place, first_date), (later, later_place, later_date))
    ]


def _split_partners(ctx: DocContext, event: Meeting, listed: list[Token]) -> list[Meeting]:
    """One meeting per named partner of a list met one by one.

    "phoned several leaders, including X and Y" (the partners picked out of
    a group), "met with X and Y separately" (:func:`_distributed`): two
    calls or meetings, not one three-way one. Each copy keeps the other
    participants and a single listed partner.
    """
    spans = [ctx.span_of(noun_phrase(t)) for t in listed]
    # "his Dutch and Norwegian counterparts": the groups one noun's listed modifiers make have no mention
    split = {a.name for t in listed if _modifiers_listed(t) for a in distributed_actors(ctx, t)}
    partners = [
        a for a in event.participants if any(m.overlaps(s) for m in a.mentions for s in spans) or a.name in split
    ]
    others = [a for a in event.participants if a not in partners]
    if len(partners) < 2 or not others:
        return [event]
    return [event.model_copy(update={"participants": [*others, partner]}) for partner in partners]


def _read_meeting(
    ctx: DocContext,
    match: TriggerMatch,
    frame: _Frame,
    *,
    min_participants: int,
    previous: list[Meeting] | None = None,
) -> Meeting | None:
    tok = match.token
    rule = match.rule
    if _is_generic(tok):
        return None
    verb = tok if tok.pos_ in {"VERB", "AUX"} else None
    if tok.lemma_.lower() in _extra_words("company_nouns") and not _in_company_of(tok):
        return None  # "the presence of foreign troops": nobody was with anyone
    kind = MeetingKind(rule.kind or "meeting")
    # "X welcomed Y to join": a stance, not a meeting
    clauses = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}] if verb is not None else []
    if rule.frame == "host" and any(not _guest_participle(c) for c in clauses):
        return None
    called_on = called_on_in_person(verb) if rule.needs_purpose and verb is not None else None
    if called_on is not None:
        kind = MeetingKind.VISIT  # "X called on Prime Minister Y": a courtesy call, in person
    elif rule.needs_purpose and (verb is None or not called_with_purpose(verb)):
        return None  # "called the plan a disaster", "called for talks": no telephone call
    if verb is not None and _guest_participle(verb):
        return None  # "met with visiting X": the guest of the meeting "met" is, no visit of its own
    if verb is not None and (_fixture(verb) or habitual(verb)):
        return None  # "met Tottenham in the cup final": a match; "visits Balmoral every summer": a custom
    if _indefinite_past(verb if verb is not None else _light_verb(tok)):
        return None  # "Oman has mediated between X and Y in the past": a record, no one meeting
    if verb is not None:
        _verb_frame(verb, rule.frame, frame)
        if called_on is not None:
            frame.add([called_on])
    else:
        _nominal_frame(tok, frame, call=kind == MeetingKind.CALL)
    frame.negated = _modality(tok) == Modality.NEGATED
    participants = [a for a in _participants(ctx, frame) if not _lone_visited_name(a, frame)]
    trigger_span = ctx.span_of(match.span)
    participants = [a for a in participants if not holds_trigger(a, trigger_span)]
    if frame.antecedent is not None:
        # "The minister chaired a meeting. The meeting was attended by X and Y": a holder the text names
        # nowhere is no party (X and Y met, as before)
        here = tok.sent.start_char
        participants = [a for a in participants if _proper(a) or any(m.start >= here for m in a.mentions)]
    # a visited place is the location, and its country hosts the visit
    location: tuple[Place, Provenance] | None = None
    for ptok in frame.place_tokens:
        ent = _entity_of(ptok)
        place = ctx.place(ent) if ent is not None else None
        if place is not None:
            location = (place, Provenance(field="location", span=place.span, rule="meeting.visit_object"))
            break
    if location is None and verb is not None and rule.frame == "host":
        # "welcomed Y to Canberra": the place the guest was welcomed to
        for obj in prep_objects(verb, ("to",)):
            ent = _entity_of(obj) if _is_place(obj) else None
            place = ctx.place(ent) if ent is not None else None
            if place is not None:
                location = (place, Provenance(field="location", span=place.span, rule="meeting.host_to_place"))
                break
    if location is None:
        # participants the tagger took for places, and what was talked about ("discussed a Black Sea grain deal")
        skip = [*(m for a in participants for m in a.mentions), *_topics(ctx, tok, rule.frame)]
        location = _from_clauses(tok, verb, lambda t: ctx.place_for(t, skip=skip), ctx.framing_place)
        if location is None and frame.antecedent is not None:
            # "X chaired a meeting in Lahore. The meeting was attended by Y": where it was held
            location = _from_clauses(frame.antecedent, None, lambda t: ctx.place_for(t, skip=skip), ctx.framing_place)
        if location is None:
            # "flew to Kigali on Monday and met Y": where the journey of the same subject ended
            location = _journey_place(ctx, verb if verb is not None else governing_verb(tok))
    if location is not None and location[0].span is not None:
        # a participant mistaken for a place ("met Biden in Paris" tagged oddly) is no location
        loc_span = location[0].span
        if any(m.start <= loc_span.start < m.end for a in participants for m in a.mentions):
            location = None
    if kind == MeetingKind.VISIT or rule.frame == "visit":
        kind = MeetingKind.VISIT
        for ptok in frame.place_tokens:
            host = resolve_actor(ctx, ptok)
            if host is not None and host[0].kind == ActorKind.COUNTRY:
                _add_actor(participants, host[0])
        # the country of where a visit took place hosts it, unless a person was called on there
        # ("paid a courtesy visit to Governor X in Ibadan": X hosted it)
        unhosted = called_on is None and not frame.place_tokens and not frame.sites
        unhosted = unhosted and not any(_received_by(h) for h in frame.heads)
        if location is not None and location[0].country and unhosted:
            code = location[0].country
            _add_actor(
                participants,
                Actor(name=country_name(code) or location[0].name, kind=ActorKind.COUNTRY, country=code,
                      aliases=[location[0].name]),
            )  # fmt: skip
    named = [a for a in participants if is_named(a)]
    need = 1 if kind == MeetingKind.VISIT else min_participants
    pair_from: Meeting | None = None
    # (with a party named besides the pair, "X will meet both sides", the pair is the other side, and which
    # of the earlier parties it holds the text does not say: no meeting is made of them)
    if not named and previous and any(_is_pair(h) for h in frame.heads):
        # "The two leaders last met in 2023": the parties of the latest earlier meeting that took place
        # ("... was ready to host talks between X and Y. The two leaders also discussed ...": not X and Y)
        held = [m for m in previous if len(m.participants) >= 2]
        real = [m for m in held if m.modality not in {Modality.HYPOTHETICAL, Modality.NEGATED}]
        pair_from = (real or held)[-1] if held else None
        if pair_from is not None:
            named = list(pair_from.participants)
    if len(named) < need:
        return None
    if sports_report(ctx.doc) and not any(_full_person(a) for a in named):
        return None  # a match report's "Arsenal host Chelsea on Saturday": a fixture, no meeting
    host_country = location[0].country if location is not None else None
    guests = [
        a
        for a in named
        if not (kind == MeetingKind.VISIT and a.kind == ActorKind.COUNTRY and a.country == host_country)
    ]
    if sum(1 for a in guests if _proper(a)) < need:
        return None  # "the minister visited a factory", "the prime minister received the ambassador": nobody named
    if frame.attended and not all(_proper(a) for a in named):
        # "Earlier, the minister chaired a meeting attended by X and Y" with "the minister" named nowhere the
        # text resolves: who held it is unknown, and the attendees alone are no meeting of their own
        return None
    if rule.needs_argument and not any(a.kind in {ActorKind.PERSON, ActorKind.COUNTRY} for a in named[1:]):
        return None  # "spoke with reporters", "held a news conference": no named counterpart
    if rule.needs_argument and frame.pronoun_pair:
        # "X and Y met ... They spoke to reporters": the pair "they" stands for needs a counterpart besides
        pair_spans = [ctx.span_of(noun_phrase(t)) for t in frame.pronoun_pair]
        others = [a for a in named if not any(m.overlaps(s) for m in a.mentions for s in pair_spans)]
        if not any(a.kind in {ActorKind.PERSON, ActorKind.COUNTRY} for a in others):
            return None
    if kind == MeetingKind.VISIT and len(named) == 1 and (location is None or frame.sites):
        return None  # "visited a memorial in Washington", "toured a factory": nobody visited
    if kind == MeetingKind.VISIT and frame.sites_only and _colleagues(named):
        # "Australian Health Minister X and Australian Trade Minister Y toured the new hospital": colleagues
        # visited a site together, nobody was visited. Visitors whose countries the text does not state may
        # be leaders of two ("X and Y toured the new bridge"): they still met
        return None
    if kind == MeetingKind.VISIT and len(named) == 1 and location is not None and not location[0].country:
        return None  # "a trip to the Pacific", "toured the flood-hit town": no country hosts it, nobody was met
    if (
        kind == MeetingKind.VISIT
        and location is not None
        and all(a.kind == ActorKind.COUNTRY and a.country == location[0].country for a in named)
    ):
        return None  # "returned to Bahrain from a trip abroad": a host but no visitor
    if tok.lemma_.lower() in _extra_words("company_nouns") and len({a.country for a in named}) == 1:
        return None  # "Minister X signed it in the presence of Y's president": one government's act, no meeting
    date = _from_clauses(tok, verb, ctx.date_for, ctx.framing_date)
    if date is None and frame.antecedent is not None:
        date = _from_clauses(frame.antecedent, None, ctx.date_for, ctx.framing_date)  # the day the meeting was held
    modality = _modality(tok)
    provenance = [Provenance(field="trigger", span=ctx.span_of(match.span), rule=match.rule_id)]
    for actor in named:
        span = actor.mentions[0] if actor.mentions else None
        provenance.append(Provenance(field="participants", span=span, rule=f"{match.rule_id}:{rule.frame}"))
    if pair_from is not None:
        pair = next(h for h in frame.heads if _is_pair(h))
        provenance.append(
            Provenance(
                field="participants",
                span=ctx.span_of(noun_phrase(pair)),
                rule="meeting.pair_anaphor.v1",
                note=f"the parties of the earlier meeting {pair_from.trigger.text!r} at {pair_from.trigger.start}"
                if pair_from.trigger
                else "the parties of the earlier meeting",
            )
        )
    if date is not None:
        provenance.append(date[1])
    if location is not None:
        provenance.append(location[1])
    confidence = _confidence(rule.strength, named, date is not None, location is not None, modality)
    event = Meeting(
        trigger=ctx.span_of(match.span),
        evidence=[ctx.sentence_span(tok)],
        participants=named,
        kind=kind,
        date=date[0] if date else None,
        location=location[0] if location else None,
        modality=modality,
        confidence=confidence,
        rule_ids=[match.rule_id]
        + (["meeting.pair_anaphor.v1"] if pair_from is not None else [])
        + ([EARLIER_RULE] if verb is not None and _earlier_occasion(verb) else []),
        provenance=provenance,
    )
    return event


def _topics(ctx: DocContext, tok: Token, frame_name: str | None) -> list[Span]:
    """What a meeting was about: a discussion verb's object, a meeting noun's ``topic_preps`` phrase.

    A place named there is a topic ("discussed the situation in Syria",
    "talks about the Gaza ceasefire"), not where the parties met; nor is
    whom one met for ("on behalf of": ``proxy_nouns``).
    """
    heads: list[Token] = []
    if frame_name == "topic":
        heads += [c for c in tok.children if c.dep_ == "dobj"]
    if tok.pos_ in {"NOUN", "PROPN"}:
        heads += prep_objects(tok, tuple(_extra_words("topic_preps")))
    heads += [o for o in prep_objects(tok, ("on",)) if o.lower_ in _extra_words("proxy_nouns")]
    return [ctx.span_of(tok.doc[h.left_edge.i : h.right_edge.i + 1]) for h in heads]


def _from_clauses(
    tok: Token, verb: Token | None, own: Callable[[Token], _T | None], framing: Callable[[Token | None], _T | None]
) -> _T | None:
    """A date or place from the trigger's own clause, else a light verb's, a framing clause's or a first conjunct's.

    "held talks on Monday" (light verb), "will travel to Washington next month
    to meet Y" (the clause an infinitive of purpose hangs from), "arrived in
    Male on Friday ... and held talks with Y" (the verb it is conjoined to).
    """
    found = own(tok)
    if found is None and (guest := _guest_clause(tok)) is not None:
        found = own(guest)  # "received visiting Premier Y in Hanoi on Monday": the parse hangs both on the participle
    if found is None and verb is None:
        gov = governing_verb(tok)
        if gov is not None and gov.lemma_ in _light_verbs():
            found = own(gov)
            if found is None and (guest := _guest_clause(gov)) is not None:
                found = own(guest)  # "held a meeting on Monday with visiting Y in Jerusalem"
            verb = gov
        elif (host := purpose_host(tok) or _sequel_host(tok)) is not None:
            # "travelled to Beijing on Thursday for talks with Y": the journey's place and day; "spoke in Kyiv
            # on Friday after talks with Y": the talks' too
            found = own(host)
            verb = host
    if found is None and verb is not None:
        found = framing(verb)
    if found is None and verb is not None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        found = own(verb.head)  # "arrived in Male on Friday ... and held talks with Y": the first verb's day and place
    return found


def _journey_place(ctx: DocContext, verb: Token | None) -> tuple[Place, Provenance] | None:
    """The destination of a journey the meeting verb is coordinated after: "flew to Kigali and met Y".

    Only a verb of a journey (``journey_verbs``) the meeting verb is a conjunct
    of, written before it, sharing its subject (the meeting verb has none of its
    own: "flew to Rome and the pope met him" is not read), and only a proper
    name after "to"/"in" ("travelled to the region" names none). A name the
    recogniser read as something else ("Bendigo" as an organisation) counts
    when the gazetteer knows the place ("went to Microsoft" is no place). A
    possessive ("went to Ana's house") or a known first name is no place.
    """
    if verb is None or verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    journey = verb.head
    if journey.pos_ != "VERB" or journey.i > verb.i or journey.lemma_.lower() not in _extra_words("journey_verbs"):
        return None
    if any(c.dep_ == "neg" for c in (*journey.children, *verb.children)) or _remote(verb):
        return None  # "did not go to X and instead met Y", "went to X and met Y by video": not met there
    if _sequence_clause(verb) or (_own_time(verb, skip=None) and _own_time(journey, skip=verb)):
        return None  # "went to X in 1985 and met Y in 2001", "met Y after returning to Z": another time
    for obj in prep_objects(journey, tuple(_extra_words("journey_preps"))):
        if obj.tag_ != "NNP":
            continue
        ent = entity_of(obj)
        name = ent if ent is not None and ent.root.i == obj.i else obj.doc[obj.left_edge.i : obj.i + 1]
        if not all(t.pos_ == "PROPN" for t in name):
            continue
        after = name.doc[name.end] if name.end < len(name.doc) else None
        if (after is not None and after.tag_ == "POS") or first_name_gender(name.text) is not None:
            continue
        if (ent is None or ent.label_ not in PLACE_LABELS) and resolve_place(name.text, ctx.countries) is None:
            continue  # "went to Microsoft and met its chief": a name read otherwise must be a known place
        place = ctx.place(name)
        if place is not None:
            return place, Provenance(field="location", span=place.span, rule="meeting.journey_destination")
    return None


def _remote(verb: Token) -> bool:
    """The meeting was held at a distance: "met Y by video link", "via Zoom", "online", "on a call"."""
    words = _extra_words("remote_medium_words") | _extra_words("call_medium_nouns")
    preps = _extra_words("remote_preps")
    for tok in verb.subtree:
        if tok.lower_ not in words:
            continue
        if tok.lower_ == "online" and tok.head.i == verb.i:
            return True
        for anc in tok.ancestors:
            if anc.i == verb.i:
                break
            if anc.dep_ == "prep" and anc.lower_ in preps:
                return True
    return False


def _sequence_clause(verb: Token) -> bool:
    """The meeting verb has a clause of its own time: "met Y before she left Z", "after returning to Z, met Y"."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"before", "after"} for m in child.children):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in {"before", "after"}
            and any(c.dep_ == "pcomp" for c in child.children)
        ):
            return True
    return False


def _own_time(verb: Token, skip: Token | None) -> bool:
    """A date or time said of the verb itself, not of its subject, object or (``skip``) a conjunct."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in OBJECT_DEPS or child.dep_ in {"conj", "cc"}:
            continue
        if skip is not None and child.i == skip.i:
            continue
        if any(t.ent_type_ in {"DATE", "TIME"} for t in child.subtree):
            return True
    return False


def _is_pair(tok: Token) -> bool:
    """A pair description: "the two leaders", "both sides", "both"."""
    if tok.lower_ == "both" and tok.pos_ in {"PRON", "DET"}:
        return True
    if tok.lemma_.lower() not in _pair_nouns() and tok.lower_ not in _pair_nouns():
        return False
    return any(c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet"} for c in tok.children)


@per_resources
def _pair_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon_extra(_TYPE, "pair_nouns") or ())


def _is_generic(tok: Token) -> bool:
    """Plural, counted or generically modified meeting nouns ("two-way visits", "two visits")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() not in _plural_ok() and tok.lower_ not in _plural_ok():
        return True
    for child in tok.children:
        if child.dep_ == "nummod" or (child.dep_ in {"amod", "compound"} and child.lower_ in _generic_modifiers()):
            return True
    return False


def _person_before(token: Token) -> bool:
    """A person is named before the token, for a pronoun to refer to."""
    return any(e.label_ == "PERSON" and e.end <= token.i for e in doc_ents(token.doc))


def _subject_on_adverb(verb: Token) -> list[Token]:
    """A subject the parse hung on an adverb before the verb: "Putin and Trump *last* met in person in Alaska"."""
    return [s for a in verb.lefts if a.dep_ == "advmod" for s in a.children if s.dep_ == "nsubj" and s.i < a.i]


def _verb_frame(verb: Token, frame_name: str, frame: _Frame) -> None:
    """Participants of a verbal trigger, by frame."""
    subjects = subjects_of(verb) or _subject_on_adverb(verb)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    # "X met visiting Chinese Premier Y": the parse hangs the guest on the participle
    objects += [g for c in verb.children if c.dep_ in {"advcl", "xcomp"} and _guest_participle(c) for g in _guests(c)]
    pronouns = [s for s in subjects if s.lower_ in {"he", "she"}]
    if verb.dep_ == "ccomp" and pronouns and (verb.head.i < verb.i or not _person_before(pronouns[0])):
        # "X said he had spoken with Y": the reporting clause's subject is "he" (not in "He met Y on
        # Monday, his office said": a closing cue's "he" is whoever the narration was about, if anyone)
        subjects = [s for s in subjects if s.lower_ not in {"he", "she"}] + subjects_of(verb.head)
    partner_preps: tuple[str, ...] = _PARTNER_PREPS
    if verb.lemma_.lower() in _to_partner_verbs():
        partner_preps = (*partner_preps, "to")  # "spoke to Y"
    partners = _partner_objects(verb, partner_preps)
    if not partners:
        # "spoke by phone with Y", "talked on Monday with Y": the parse hangs "with" on the object
        # of the verb's medium or day
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in _MANNER_PREPS:
                partners += [x for obj in prep.children if obj.dep_ == "pobj" for x in prep_objects(obj, ("with",))]
    if frame_name == "partner" and not partners:
        return  # "Calder and Berg spoke about the bridge": together to an audience, not with each other
    if frame_name == "host" and verb.dep_ == "acl":
        # "the debate hosted by CNN": an event, no guest; "the talks at Ciragan Palace, hosted by X": a building
        subjects = [s for s in subjects if _is_someone(s) and s.ent_type_ != "FAC"]
    if frame_name == "mediation" and passive:
        subjects = []  # "It was mediated by the UAE", "a truce mediated by Qatar": what was mediated, no party
    reciprocal = any(o.lower_ in {"other", "another"} for o in objects)  # "greeted each other"
    if frame_name == "host" and not passive and objects and not reciprocal and not any(_is_someone(o) for o in objects):
        return  # "X, Y and Z will each receive $10 million", "X and Y welcomed the ruling": no guest, no meeting
    frame.add(subjects)
    frame.add(agent_of(verb))  # "was received by Xi"
    if frame_name == "visit":
        for obj in objects:
            if _is_place(obj):
                frame.place_tokens.append(obj)  # "visited China": the place visited
            elif _is_someone(obj):
                frame.add([obj])  # "visited the pope": the person visited
                if not is_first_name(obj.text) and not _found_where_persons_are(obj):
                    frame.visited.append(obj)  # (whether a lone word is a town: see _lone_visited_name)
            else:
                frame.sites.append(obj)  # "visited a memorial in Washington": a site, no host
        frame.sites_only = bool(frame.sites) and not frame.place_tokens and not any(_is_someone(o) for o in objects)
        return
    if frame_name == "host":
        # "welcomed the court ruling", "received a letter": the guest must be someone
        objects = [o for o in objects if _is_someone(o)]
    if frame_name == "topic":
        objects = []  # "discussed the wall": the object is what was talked about
    if not passive or frame_name != "host":
        frame.add(objects)
    callee = infinitive_subject(verb) if frame_name == "call" and not objects else None
    if callee is not None and _is_someone(callee):
        frame.add([callee])  # "rang Senator X to concede", parsed as "rang [X to concede]": X was called
    frame.add(partners)
    # "held talks with X": the noun of a light-verb phrase carries the partners
    for obj in objects:
        frame.add(_partner_objects(obj, _PARTNER_PREPS))
    # "met several leaders, including X and Y": the named ones of an unnamed group
    groups = [h for h in (*objects, *partners) if h.pos_ == "NOUN" and h.tag_ == "NNS"]
    if groups:
        included = prep_objects(verb, ("including",))
        for group in groups:
            included += prep_objects(group, ("including",))
        frame.add(included)
        frame.included.extend(included)


def _colleagues(visitors: list[Actor]) -> bool:
    """Visitors the text shows to be of one government: every one has a known country and it is the same one.

    "Australian Health Minister X and Australian Minister Y": colleagues. Only
    positive evidence counts: "X and Y", whose countries the text does not
    state, may be leaders of two.
    """
    countries = {a.country for a in visitors}
    return len(visitors) >= 2 and None not in countries and len(countries) == 1


def _proper(actor: Actor) -> bool:
    """A participant with a country or a capitalised name ("Lee", "Japan", "Indian diplomats").

    An audience (``audience_nouns``: "Iowa reporters", "Ohio voters") is none.
    """
    words = actor.name.split()
    if actor.kind == ActorKind.GROUP and words and words[-1].lower() in _audience_nouns():
        return False
    return actor.country is not None or any(w[:1].isupper() for w in words)


@per_resources
def _audience_nouns() -> frozenset[str]:
    return frozenset(lexicon_extra(_TYPE, "audience_nouns") or ())


def _country_pair(tok: Token) -> list[Actor]:
    """The countries of a hyphenated pair token ("U.S.-Turkey"), when every part names one."""
    codes = [country_code(part) for part in tok.text.split("-")]
    if len(codes) < 2 or any(c is None for c in codes):
        return []
    return [
        Actor(name=country_name(c) or c, kind=ActorKind.COUNTRY, country=c, aliases=[p])
        for c, p in zip(codes, tok.text.split("-"), strict=True)
        if c is not None
    ]


def _is_someone(tok: Token) -> bool:
    """A noun phrase that can be a guest: a name, a person or group word, a title, a counterpart or envoy.

    A named award is none ("received the Nobel Prize", "the Legion of Honour"), nor a sum.
    """
    if _is_award(tok) or _is_amount(tok):
        return False  # (a sum: "received KSh 50 million")
    if tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or tok.pos_ in {"PROPN", "PRON"}:
        return True
    return tok.lower_ in _extra_words("collective_heads") or is_title(tok.lemma_) or tok.lemma_.lower() in _pair_nouns()


def _is_award(tok: Token) -> bool:
    """A phrase headed by an award word (``award_nouns``), or by a noun "of" one ("the Order of Honour")."""
    heads = [tok, *(o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]
    return any(h.lemma_.lower() in award_nouns() for h in heads)


def _nominal_frame(noun: Token, frame: _Frame, *, call: bool = False) -> None:
    """Participants of a nominal trigger and of the light verb that governs it.

    A call a verb's act happened in has the verb's subject as a party
    ("conceded the race in a phone call with Y"), and, for an addressing
    verb (``call_addressee_verbs``: "thanked Y in a phone call", "told Y
    during a call"), its named or titled object.
    """
    # "mediation mission between X and Y": a compound trigger shares its head's arguments
    hosts = [noun]
    if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"}:
        hosts.append(noun.head)
    held_by_modifier = _speech_setting(noun)
    for host in hosts:
        for child in host.children:
            if held_by_modifier and child.dep_ in {"poss", "compound", "nmod"}:
                continue  # "at a People's Party press conference": who held it, no second party
            if child.dep_ == "poss":
                frame.add([child])  # "Lukashenko's visit"
            elif child.dep_ in {"compound", "nmod", "amod"} and child.ent_type_ in {"GPE", "NORP", "PERSON", "ORG"}:
                frame.add([child])  # "China-Belarus talks", "Sino-Russian summit"
            elif child.dep_ in {"compound", "nmod", "amod"} and "-" in child.text:
                frame.extra.extend(_country_pair(child))  # "the U.S.-Turkey meeting" (one untagged token)
        for obj in prep_objects(host, ("to",)):
            if _is_place(obj):
                frame.place_tokens.append(obj)  # "a visit to the Chinese capital"
            elif _is_someone(obj):
                frame.add([obj])  # "a visit to the pope"
            else:
                frame.sites.append(obj)  # "during a visit to a farm in Iowa": a site, no host
        # "talks with X", "a visit by X", "mediation between X and Y": countries take part
        kinds = {o.i for o in prep_objects(host, ("by",)) if _office_in_general(o)} if _told_in_general(noun) else set()
        frame.add([o for o in _partner_objects(host, _PARTY_PREPS) if o.i not in kinds])
        if call:
            frame.add([o for o in prep_objects(host, ("from",)) if _is_someone(o)])  # "a phone call from X"
        if any(c.lower_ in _extra_words("on_host_modifiers") for c in host.lefts):
            frame.add([o for o in prep_objects(host, ("on",)) if _is_someone(o)])  # "a courtesy call on X"
    attendees = _attendees(noun)
    if attendees:
        # "an African Union summit, which was attended by X": the body the gathering is named after organised
        # it and is no party beside those who attended it (X alone made no meeting)
        organiser = _organiser(noun)
        frame.heads = [h for h in frame.heads if organiser is None or h.i != organiser.i]
    frame.add(attendees)  # "chaired a meeting attended by X and Y": X and Y
    frame.attended = bool(attendees)
    earlier = _attended_antecedent(noun)
    if earlier is not None and (held_by := earlier if earlier.pos_ == "VERB" else _light_verb(earlier)) is not None:
        frame.add(subjects_of(held_by))  # "X chaired a meeting. The meeting was attended by Y": X
        frame.antecedent = earlier
    verb = _light_verb(noun)
    if verb is None and call and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"}:
        # "X conceded the race in a phone call with Y": the verb's subject is on the call
        verb = noun.head.head if noun.head.head.pos_ == "VERB" else None
        if verb is not None and verb.lemma_.lower() in _call_addressee_verbs():
            frame.add([o for o in verb.children if o.dep_ in {"dobj", "dative"} and _named_or_titled(o)])
    if verb is None:
        frame.add(_after_talks_subjects(noun))
        return
    frame.add(subjects_of(verb))
    frame.add(agent_of(verb))
    frame.add([o for o in verb.children if o.dep_ == "dative" and _visited_person(o)])  # "paid Governor X a visit"
    if call:
        frame.add(_caller_on_verb(noun, verb))  # "received a phone call on Monday from X"
    for obj in _partner_objects(verb, ("with", "between", "to")):
        if _is_place(obj):
            continue
        frame.add([obj])


def _caller_on_verb(noun: Token, verb: Token) -> list[Token]:
    """The named caller of "X received a phone call on Monday from Y", hung on the verb past an adjunct.

    Only a telephone call taken (``call_receiving_verbs``): the call noun the
    verb's object, bare or with a medium word (``call_medium_nouns``), with
    no owner, hyphen ("call-up"), "to"/"for" phrase ("her call to the bar",
    "a call for tenders") or infinitive of purpose ("took the call ... to
    award a penalty": a decision); one "from" phrase, not coordinated, whose
    object is a person by name (a person entity, a title before a name or a
    person word with a name in apposition),
    no place, body or building ("took the call from the palace": where it
    was taken).
    """
    if verb.lemma_.lower() not in _extra_words("call_receiving_verbs") or noun.dep_ != "dobj" or noun.head != verb:
        return []
    if noun.lower_ not in {"call", "calls"} or (noun.i + 1 < len(noun.doc) and noun.nbor(1).text in {"-", "–"}):
        return []
    mediums = _extra_words("call_medium_nouns")
    if verb.lemma_.lower() == "take" and not any(c.lower_ in mediums or c.lower_ in {"a", "an"} for c in noun.lefts):
        return []  # "the umpire took the call from X": a decision, unless "a call" or a medium word says otherwise
    for c in noun.children:
        if c.dep_ in {"poss", "nmod"} or (c.dep_ == "compound" and c.lower_ not in mediums) or "-" in c.text:
            return []
        if (c.dep_ == "prep" and c.lower_ in {"to", "for"}) or c.dep_ in {"acl", "relcl"}:
            return []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            return []
        if c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return []
    froms = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"]
    if len(froms) != 1 or any(c.dep_ in {"conj", "cc"} for c in froms[0].children):
        return []
    objs = [o for o in froms[0].children if o.dep_ == "pobj"]
    if len(objs) != 1 or any(c.dep_ in {"conj", "cc"} for c in objs[0].children):
        return []
    obj = objs[0]
    # a person's country in the possessive is no building ("from Jordan's Foreign Minister X")
    owners = {"compound"} if obj.ent_type_ == "PERSON" or is_title(obj.text) else {"compound", "poss"}
    words = [obj, *(c for c in obj.lefts if c.dep_ in owners)]
    if any(w.ent_type_ in {"ORG", "FAC", "GPE", "LOC"} and not is_title(w.text) for w in words):
        return []  # "from Nairobi's State House"
    if _is_place(obj) or obj.lower_ in artifact_nouns():
        return []  # "from Dolmabahce Palace" (tagged a person): a building
    titled = obj.pos_ == "PROPN" and any(c.dep_ == "compound" and is_title(c.text) for c in obj.lefts)
    # "from her counterpart Lukas Brenner": a person word the name stands beside
    named = _is_someone(obj) and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)
    return [obj] if obj.ent_type_ == "PERSON" or titled or named else []


def _office_in_general(tok: Token) -> bool:
    """A title after "a" or "an" with no name: any holder of the office, nobody in particular.

    "the first visit to X by *a Chilean president* in a decade", "a visit by
    *an American secretary of state* is rare": the kind of visitor, no party.
    Only as the "by" agent of a meeting noun whose clause speaks in general
    (:func:`_told_in_general`); "a visit by a delegation" (a group, no title)
    and "a visit by a minister, X," (named) stay as before.
    """
    if not is_title(tok.text) or _named_after_title(tok) is not None:
        return False
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)


@per_resources
def _host_verbs() -> frozenset[str]:
    return frozenset(w for r in rules(_TYPE) if r.frame == "host" for w in r.lemmas)


def _told_in_general(noun: Token) -> bool:
    """The clause of a meeting noun speaks of any visit of its kind, no one that took place.

    It has a marker of ``generic_visit_markers`` ("a visit by a X *would*
    anger Y", "is *rare*", "was *unthinkable*") or an ordinal of
    ``generic_ordinals`` with a period after "in" or "since" ("the *first*
    visit to X by a Y *in a decade*", "was the first *since* the war"). Never
    with a day or date of its own outside that period ("the visit by a X *on
    Saturday*", "protested *on Tuesday* against a visit by a X") nor under a
    verb of hosting ("hosted a courtesy call by a X", "received a visit by a
    X"): a real visit by someone the text leaves unnamed.
    """
    verb = noun
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ != "ROOT":
        verb = verb.head
    if verb.lemma_.lower() in _host_verbs():
        return False
    nested = {t.i for c in verb.children if c.dep_ in _NESTED_CLAUSE_DEPS for t in c.subtree}
    clause = [t for t in verb.subtree if t.i not in nested]
    period: set[int] = set()
    ordinal = False
    for t in clause:
        if t.lower_ in _extra_words("generic_ordinals"):
            phrases = [p for h in (t, noun) for p in h.children if p.dep_ == "prep" and p.lower_ in _PERIOD_PREPS]
            ordinal = ordinal or bool(phrases)
            period.update(x.i for p in phrases for x in p.subtree)
    marked = ordinal or any(t.lower_ in _extra_words("generic_visit_markers") for t in clause)
    dated = any(t.ent_type_ in {"DATE", "TIME"} and t.i not in period for t in clause)
    return marked and not dated


def _attendees(noun: Token) -> list[Token]:
    """Who a participle or a passive relative clause says was at a meeting: "a meeting *attended by* X and Y".

    The verb is one of ``attendance_verbs`` and its "by" agent takes part:
    a participle on the noun ("a meeting attended by X", "a summit convened
    by X"), a relative clause whose subject is "which" or "that", on the noun
    or on the object of the noun's own preposition where the parse hangs it
    ("a meeting on flood relief, which was attended by X") when that object
    is nothing one attends itself (not "a meeting on the Independence Day
    parade, which was attended by X": :func:`_attendable`), or a participle
    with no subject of its own that the parse hung on the light verb whose
    object the noun is ("chaired a meeting on Friday attended by X").
    """
    verbs = _extra_words("attendance_verbs")
    clauses = [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    clauses += [
        c
        for p in noun.children
        if p.dep_ == "prep" and p.i > noun.i
        for o in p.children
        if o.dep_ == "pobj" and not _attendable(o)
        for c in o.children
        if c.dep_ == "relcl"
    ]
    light = _light_verb(noun)
    if light is not None and noun.dep_ in OBJECT_DEPS:
        clauses += [c for c in light.children if c.dep_ == "advcl" and c.i > noun.i and c.tag_ == "VBN"]
    found: list[Token] = []
    for clause in clauses:
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if clause.dep_ == "relcl" and not (len(subjects) == 1 and subjects[0].lower_ in {"which", "that"}):
            continue  # "a meeting, which was attended by X"; not "a meeting X said was attended by Y"
        if clause.dep_ != "relcl" and subjects:
            continue  # "chaired a meeting after the minister attended ...": a clause of its own
        # "a meeting chaired by X and attended by Y": the participles joined to it, with no subject of their own
        joined = [c for c in clause.conjuncts if not any(g.dep_ in SUBJECT_DEPS for g in c.children)]
        found += [a for v in (clause, *joined) if v.lemma_.lower() in verbs for a in agent_of(v)]
    return found


def _organiser(noun: Token) -> Token | None:
    """The one organisation a meeting noun is named after: "an *African Union* summit", "the *G20* summit".

    A single modifier tagged an organisation, with no second name beside it
    ("a China-ASEAN summit", "the EU-China talks" name two parties).
    """
    names = [
        c
        for c in noun.children
        if c.dep_ in {"compound", "nmod", "amod"} and (c.ent_type_ in {"GPE", "NORP", "PERSON", "ORG"} or "-" in c.text)
    ]
    return names[0] if len(names) == 1 and names[0].ent_type_ == "ORG" and "-" not in names[0].text else None


def _attendable(obj: Token) -> bool:
    """A noun a "which was attended by X" could tell of itself rather than of the meeting it follows.

    An occasion (``attended_occasions``: "the parade", "the ceremony"), a
    meeting noun ("the summit") or a named event ("the Independence Day
    parade"); not a topic ("flood relief"), a day ("Friday") nor a place
    ("the summit in Rio, which was attended by X"), which nobody attends.
    """
    if obj.ent_type_ == "EVENT":
        return True
    lemma = obj.lemma_.lower()
    return lemma in _extra_words("attended_occasions") or lemma in noun_lemmas(_TYPE)


def _attended_antecedent(noun: Token) -> Token | None:
    """The meeting noun of the sentence before that a later "The meeting was attended by Y" tells of.

    A definite meeting noun that is the passive subject of one of
    ``attendance_verbs`` ("The meeting was attended by Y and Z"), with no
    possessive, "with", "between" or "of" of its own, is the meeting the
    last meeting verb of the sentence before told, with its partner ("X met
    Y on Wednesday"): that verb's subjects held it and take part, and its
    clause gives the day and place. Not a meeting noun a light verb takes
    ("X chaired a meeting"), whose own holders may be another meeting's.
    """
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in _extra_words("attendance_verbs"):
        return None
    if not _attended_as_told(noun):
        return None  # "The talks in Nairobi last year had been attended by Z": another meeting
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"between", "with", "of"}) for c in noun.children):
        return None
    sent = noun.sent
    if sent.start == 0:
        return None
    before = noun.doc[sent.start - 1].sent
    told = [
        t
        for t in before
        if (t.pos_ == "NOUN" and t.lemma_.lower() in noun_lemmas(_TYPE) and not _is_generic(t))
        or (t.pos_ == "VERB" and t.lemma_.lower() in _meeting_verbs())
    ]
    if not told:
        return None
    last = told[-1]
    if last.pos_ == "VERB":
        partnered = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in last.children)
        return last if partnered else None  # "X met Y on Wednesday": X met; not "X spoke at a rally"
    light = _light_verb(last) if last.dep_ in OBJECT_DEPS else None
    if light is None:
        return None
    # "X held talks with Y": the talks; not a meeting X only chaired ("On Monday he chaired a cabinet
    # meeting. The meeting was attended by Z" joined Z to another meeting of his)
    return last if any(c.dep_ == "prep" and c.lower_ == "with" for h in (last, light) for c in h.children) else None


def _attended_as_told(noun: Token) -> bool:
    """Whether "The meeting was attended by Z" tells of a meeting just told: no day, place or tense of its own.

    The meeting noun is the passive subject of an attendance verb in the
    simple past ("was attended", "were attended"), neither future nor past
    perfect ("will be attended", "had been attended": another occasion), and
    neither it nor the verb has a date, time or place of its own ("The
    meeting in Lahore on Friday was attended by Z": another meeting).
    """
    verb = noun.head
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "will be attended", "had been attended", "is to be attended"
    if not any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in verb.children):
        return False
    own = [c for h in (verb, noun) for c in h.children if c.dep_ not in {"nsubjpass", "agent", "relcl"}]
    tokens = {t.i for c in own for t in c.subtree}
    spans = [e for e in span_ents(noun.sent) if any(i in tokens for i in range(e.start, e.end))]
    # (a length is no day of its own: "The one-day meeting was attended by Z")
    return not any(
        e.label_ in PLACE_LABELS or (e.label_ in {"DATE", "TIME"} and not is_duration_or_frequency(e.text))
        for e in spans
    )


def _speech_setting(noun: Token) -> bool:
    """A place of speech ("a press conference", ``speech_setting_words``), not told as a joint one.

    Its possessive and compound names say who held it, not who met there:
    "said at a People's Party press conference" is no meeting with the party.
    """
    words = _extra_words("speech_setting_words")
    lefts = list(noun.lefts)
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return False  # "Putin's news conference with Erdogan": a partner, the holder is a party
    return any(c.dep_ == "compound" and c.lower_ in words for c in lefts) and not any(
        c.lower_ == "joint" for c in lefts
    )


def _in_company_of(noun: Token) -> bool:
    """A company noun (``company_nouns``) as "in the presence of X" on a verb, X one named or titled person.

    Only on a verb of an agreement or a handover (``company_verbs``: "signed
    the agreement in the presence of Y"): a trophy lifted or a concert given
    in someone's presence is a ceremony or a performance, no meeting.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    if prep.head.lemma_.lower() not in _extra_words("company_verbs"):
        return False  # "lifted the trophy in the presence of X", "performed in the presence of King Y"
    others = prep_objects(noun, ("of",))
    return (
        len(others) == 1
        and not conjuncts(others[0])
        and (others[0].ent_type_ == "PERSON" or any(is_title(t.text) for t in others[0].lefts))
    )


def _sequel_host(noun: Token) -> Token | None:
    """The verb a meeting noun's ``sequel_preps`` phrase hangs from: "spoke *after talks* with Y".

    None when the noun names its own parties apart from that verb's subject,
    by a possessive name or a "between" phrase ("Zelensky said after Trump's
    talks with Putin", "X told reporters after talks between Y and Z"): the
    talks are others', what the verb tells came after them.
    """
    prep = noun.head
    company = noun.lemma_.lower() in _extra_words("company_nouns")  # "signed it in the presence of X"
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or (prep.lower_ not in _extra_words("sequel_preps") and not company):
        return None
    if not company and any(
        (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "between") for c in noun.children
    ):
        return None  # "after Trump's talks with Putin", "after talks between Putin and Xi": others' talks
    verb = prep.head
    if any(c.dep_ == "poss" for c in noun.children) and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "Trump praised Witkoff after his talks with Putin": "his" may be the object's
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _after_talks_subjects(noun: Token) -> list[Token]:
    """Who spoke or acted after a meeting they held: "He spoke *after talks with* X" (``sequel_preps``).

    The subject of the verb a "after"/"following" phrase of the meeting noun
    hangs from took part, when it is someone ("He", "the minister", a name),
    not a thing that moved after it ("the currency fell after talks with X").
    """
    verb = _sequel_host(noun)
    if verb is None:
        return []
    return [s for s in subjects_of(verb) if s.dep_ == "nsubj" and _is_someone(s) and not _is_place(s)]


def _named_or_titled(tok: Token) -> bool:
    """A name or one titled person ("the UAE's president"), not an audience ("Iowa reporters")."""
    if tok.tag_ in {"NNS", "NNPS"}:
        return False
    return tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or tok.pos_ == "PROPN" or is_title(tok.lemma_)


def _light_verb(noun: Token) -> Token | None:
    """The light verb whose object or prepositional phrase is the trigger ("held talks", "on a visit")."""
    head = noun.head
    if noun.dep_ == "compound":
        noun, head = head, head.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _extra_words("measure_nouns"):
        noun, head = head.head, head.head.head  # "held five hours of talks", "a second round of talks"
    if noun.dep_ in OBJECT_DEPS | {"nsubjpass"} and head.lemma_ in _light_verbs():
        return head
    sequence = head.lower_ in time_adjunct_preps() - {"during", "throughout"}
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_ in _light_verbs() and not sequence:
        return head.head  # "took part in the summit"; not "hosted a dinner a day before the summit"
    if (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.pos_ in {"VERB", "AUX"}
        and head.lower_ in {"for", "on", "during", "at"}
    ):
        return head.head  # "arrived in Amman on a visit", "met in Geneva for talks"
    return None


def _is_place(tok: Token) -> bool:
    if tok.ent_type_ in PLACE_LABELS or _misread_place(tok):
        return True
    return tok.lower_ in _extra_words("place_nouns") and tok.ent_type_ == ""


def _misread_place(tok: Token) -> bool:
    """A one-word name the recogniser took for a person or a body that is a known city, region or country.

    "Shipping Minister X visited *Chandpur*" (tagged a person): the
    gazetteer's place (any name a "where" clause describes: "visited
    Yelwata, where he met ..."), unless the word is a first name ("visited Gary"), the
    name has more words, the one visited is found where persons are
    ("visited Mandela in hospital", ``whereabouts_nouns``), or the article
    gives a person that surname.
    """
    if tok.pos_ != "PROPN" or tok.ent_type_ not in {"PERSON", "ORG"} or is_first_name(tok.text):
        return False
    if _found_where_persons_are(tok):
        return False
    if _where_described(tok):
        return True  # "visited Yelwata, where he met ...": a place, whatever the recogniser says
    if any(c.dep_ in {"compound", "flat"} for c in tok.children) or tok.dep_ in {"compound", "flat"}:
        return False
    place = resolve_place(tok.text)
    if place is None or place.kind not in {PlaceKind.CITY, PlaceKind.REGION, PlaceKind.COUNTRY}:
        return False
    # "Nelson Mandela ... Zuma visited Mandela": a surname the article gave a person (the whole document is
    # read only for a gazetteer name)
    return not given_as_surname(tok)


def _found_where_persons_are(tok: Token) -> bool:
    """One visited where persons are found ("visited X in hospital", "at his home": ``whereabouts_nouns``)."""
    whereabouts = _extra_words("whereabouts_nouns")
    holders = [tok, tok.head] if tok.dep_ in OBJECT_DEPS else [tok]  # "visited X in hospital": on the verb
    return any(o.lemma_.lower() in whereabouts for h in holders for o in prep_objects(h, ("in", "at")))


def _where_described(tok: Token) -> bool:
    """A name a relative clause of "where" describes: "visited Yelwata, *where* he met ...": a place.

    The parse may hang the clause on a day after the name ("visited Yelwata
    on Monday, where ...").
    """
    holders = [tok]
    if tok.dep_ in OBJECT_DEPS and tok.ent_type_ != "PERSON":
        # (not for a person: "Xi visited Putin on Tuesday, where ..." means the visit's place)
        holders += [o for o in prep_objects(tok.head, ("on", "at")) if o.ent_type_ in {"DATE", "TIME"}]
    return any(
        c.dep_ == "relcl" and any(a.dep_ == "advmod" and a.lower_ == "where" for a in c.children)
        for h in holders
        for c in h.children
    )


def _entity_of(tok: Token):  # type: ignore[no-untyped-def]
    """The place entity headed by ``tok``, or the noun phrase of a place noun."""
    for ent in span_ents(tok.sent):
        if ent.start <= tok.i < ent.end and ent.label_ in PLACE_LABELS:
            return ent
    if _misread_place(tok):
        return tok.doc[tok.i : tok.i + 1]  # "visited Chandpur", read as a person
    if tok.lower_ in _extra_words("place_nouns"):
        bare = all(c.dep_ == "det" for c in tok.lefts) and not any(c.dep_ == "prep" for c in tok.rights)
        if bare and tok.lower_ != "capital":
            return _antecedent_place(tok)  # "visited the town": the town named before, or none
        start = min((c.left_edge.i for c in tok.lefts), default=tok.i)
        return tok.doc[start : tok.i + 1]
    return None


def _antecedent_place(tok: Token):  # type: ignore[no-untyped-def]
    """The place a bare "the town" or "the country" refers back to: the nearest place named before it of that kind."""
    country = tok.lower_ == "country"
    named = [e for e in span_ents(tok.doc[: tok.i]) if e.label_ in PLACE_LABELS or place_read_as_organisation(e)]
    for ent in reversed(named):
        place = resolve_place(ent.text)
        if place is not None and (place.kind == PlaceKind.COUNTRY) == country:
            return ent
    return None


#: Entity labels of sums and counts, never a party ("received $5,000", "received 300 tonnes").
_AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _is_amount(tok: Token) -> bool:
    """A sum or a count: an amount entity, or a currency left untagged, glued to its number or before it.

    "received RM5,000", "received KSh 50 million" (the code read as a name,
    its number beside it): a sum, never a party or a guest.
    """
    if tok.ent_type_ in _AMOUNT_LABELS:
        return True
    if any(ch.isdigit() for ch in tok.text) and parse_money(tok.text) is not None:
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is None or not after.like_num or any(ch.isdigit() for ch in tok.text):
        return False
    found = parse_money(f"{tok.text} {after.text}")
    return found is not None and found.currency is not None


def _is_craft(tok: Token) -> bool:
    """An unnamed vehicle, vessel or aircraft (``vehicles.en.txt``, ``vessels.en.txt``): no party to a meeting.

    "a Chinese fighter jet", "an Australian navy helicopter": the country
    a modifier names owns the craft, it met nobody. Not a word that also
    names a person ("the England coach"), nor a name ("Air Force One").
    """
    if tok.pos_ != "NOUN" or is_person_word(tok):
        return False
    return is_vehicle_word(tok) or is_vessel(tok)


def _participants(ctx: DocContext, frame: _Frame) -> list[Actor]:
    out: list[Actor] = []
    for head in frame.heads:
        for tok in coordinated(head):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in noun_lemmas(_TYPE):
                continue  # "talks ... mediated by Egypt": the meeting itself is no participant
            if _is_amount(tok):
                continue  # "each family received RM5,000": a sum or a count is nobody
            if _is_craft(tok):
                continue  # "an encounter between a Chinese fighter jet and an Australian helicopter": craft meet no one
            if tok.dep_ == "conj" and any(f.i == tok.head.i for f in _fused_coordinate(tok.head.head)):
                continue  # "X and Uganda's President Y": Uganda is Y's country, told in Y's title
            if _title_tail(tok):
                continue  # "the Minister of Trade and Industry, X,": the rest of the title, whose name X is
            if _title_of_next_name(tok) or _title_set_off_before_name(tok):
                # "between X and Danish leader Y" parsed as three conjuncts, "met the parish priest, Fr. Y,
                # and elders": the title is Y's
                continue
            if tok.lower_ == "they" and (group := _collective_antecedent(ctx, tok)) is not None:
                tok = group  # "The leaders of X, Y and Z ... As they met in Tromso": the leaders
            elif tok.lower_ == "they" and (pair := _coordinated_antecedent(ctx, tok)):
                frame.pronoun_pair.extend(pair)
                for named in pair:  # "X and Y met in Alaska. They spoke by phone on Tuesday": X and Y
                    resolved = resolve_actor(ctx, named)
                    if resolved is not None:
                        _add_actor(out, resolved[0])
                continue
            tok = _named_after_title(tok) or tok
            if (titled := titled_by_closing_name(ctx, tok)) is not None:
                _add_actor(out, titled)  # "Minister of Foreign Affairs of Uganda Jeje Odongo": the minister
                continue
            if not frame.negated and tok.lower_ in _extra_words("kin_heads"):
                # "the parents of X": X's household, named by X; only a named person ("the parents of
                # British tourists" names no one), and not in a denial ("did not meet the family of X")
                kin = _kin_persons(ctx, tok)
                for actor in kin:
                    _add_actor(out, actor)
                if kin:
                    continue
            elif (collective := tok.lower_ in _extra_words("collective_heads") or _title_noun(tok)) or _member_noun(
                tok
            ):
                # "a group of Moroccan diplomats", "leaders of Romania's new government"
                # "foreign ministers from Turkey and Ukraine": the countries they stand for
                inner = prep_objects(tok, ("of", "from")) if collective else []
                if not inner and not frame.negated:
                    inner = _member_bodies(tok)  # "met with senior officers from X": X (not in a denial)
                for i in [x for o in inner for x in (o, *conjuncts(o))]:
                    resolved = resolve_actor(ctx, i)
                    if resolved is not None:
                        _add_actor(out, resolved[0])
                if inner and any(resolve_actor(ctx, o) is not None for o in inner):
                    continue  # "the president of Chile" is Australia's part, not another party
            for actor in distributed_actors(ctx, tok):
                _add_actor(out, actor)
            for leader in _leaders(tok):
                resolved = resolve_actor(ctx, leader)  # "a delegation led by X": X too
                if resolved is not None:
                    _add_actor(out, resolved[0])
    for actor in frame.extra:
        _add_actor(out, actor)
    return out


def _lone_visited_name(actor: Actor, frame: _Frame) -> bool:
    """A visited "name" of one word that is a place toured: "visited flood-hit *Lismore*".

    A lone word the text never gives a first name or a title, which the
    recogniser tags no person ("Lismore" read as a work of art) or which a
    modifier describes as a place ("flood-hit"), is the town toured and no
    party of a meeting. A word tagged a person stays one: "Erdogan visited
    Zelensky" (surnames alone are common; so a town tagged a person stays a
    host, as before). Not a first name ("visited Gary"), nor one found
    where persons are ("visited X in hospital"). A gazetteer's place is
    read as a place before (:func:`_misread_place`).
    """
    if (
        actor.kind not in {ActorKind.PERSON, ActorKind.UNKNOWN}
        or _full_person(actor)
        or sum(w[:1].isupper() for w in actor.name.split()) > 1
    ):
        return False  # ("flood-hit Lismore" is one name)
    visited = [t for t in frame.visited if any(m.start <= t.idx < m.end for m in actor.mentions)]
    # a name the recogniser tags a person stays one ("Erdogan visited Zelensky"), unless a modifier says where
    # it is ("flood-hit Lismore"); a name it gives no person's tag is the place toured
    return any(
        t.ent_type_ != "PERSON" or any(c.dep_ in {"amod", "compound"} and c.pos_ != "PROPN" for c in t.lefts)
        for t in visited
    )


def _named_after_title(tok: Token) -> Token | None:
    """The person a title phrase names in apposition: "the Minister of Foreign Affairs of X, *Ana Ruiz*,".

    The parse may hang the name on the title's "of" object ("The mayor of
    Ashcombe, *Gerald Nwosu*, met ..."). A name the recogniser missed counts
    when it stands in apposition to the title itself ("Egypt's Minister of
    Foreign Affairs *Badr Abdelatty* met ..."), or right after the comma that
    closes the title's phrase, wherever the parse hung it
    (:func:`_name_after_comma`).
    """
    if not is_person_word(tok):
        return None
    heads = [tok, *prep_objects(tok, ("of",))]
    tagged = next((c for h in heads for c in h.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if tagged is not None:
        return tagged
    tail = next((c for c in tok.conjuncts if _title_tail(c)), None)
    if tail is not None:
        return _tail_name(tail)  # "the Minister of Trade and Industry, *X*,"
    untagged = next(
        (c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_iob_ == "O" and c.is_title), None
    )
    return untagged or _name_after_comma(tok) or _name_as_second_object(tok)


def _title_tail(tok: Token) -> bool:
    """The last portfolio of a title the parse made a conjunct of the title: "the Minister of Trade *and Industry*, X,".

    A capitalised conjunct after a title that has an "of" phrase and no name
    of its own, with a person's name set off after it, is the rest of the
    ministry's name ("the Minister of Foreign Affairs and Cooperation, Ana
    Ruiz, received ..."): one party, the name's holder. The conjunct is a
    portfolio: never a person ("the Minister of Water, *X*, and ..."), never a
    second title ("the Emir of X and Y's *President*, Z,", "the Mayor of X and
    Y's *Mayor*, Z,"), and no name of the first title stands before it, even
    one the parse made a conjunct ("the Minister of Health, X, and the
    Minister of Trade and Industry, Y": two titles each with its own name).
    """
    title = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.i < title.i or not is_person_word(title):
        return False
    if tok.ent_type_ == "PERSON" or is_title(tok.text) or is_person_word(tok):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "compound" and is_title(c.text)) for c in tok.children):
        return False
    if any(t.ent_type_ == "PERSON" for t in tok.doc[title.i + 1 : tok.i]):
        return False
    if not prep_objects(title, ("of",)) or any(c.dep_ == "appos" for c in title.children):
        return False
    return _tail_name(tok) is not None


def _tail_name(tok: Token) -> Token | None:
    """A person's name in apposition inside a title's last conjunct ("... and the Fight against Poverty, *X*,").

    Only in the conjunct's own phrase: a name in apposition to a further
    conjunct ("the Minister of Finance and Planning, X, and the Governor of
    the Bank, *Y*,") is that title's.
    """
    own = [tok]
    stack = [c for c in tok.children if c.dep_ not in {"conj", "cc"}]
    while stack:
        t = stack.pop()
        own.append(t)
        stack.extend(c for c in t.children if c.dep_ not in {"conj", "cc"})
    for t in sorted(own, key=lambda t: t.i):
        if t.dep_ != "appos" or t.i <= tok.i or t.pos_ != "PROPN" or t.head.pos_ != "PROPN":
            continue
        if t.ent_type_ == "PERSON" or (t.ent_iob_ == "O" and t.is_title):
            return t
    return None


def _name_as_second_object(tok: Token) -> Token | None:
    """A person's name after the place of the title's phrase and a comma, which the parse hung on the place.

    "UNHCR's representative in Kenya, *Jean-Marc Ferrand*, met ...": the name
    a second object of "in", or an apposition of "Kenya" (a place has no
    such apposition); the name is the title's holder. Not after "of",
    whose object may be a person the name describes ("the wife of the
    critic, X,").
    """
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ != "of"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        names = objects[1:]
        if objects and objects[0].ent_type_ in {"GPE", "LOC"}:
            names += [c for c in objects[0].children if c.dep_ == "appos"]
        for name in names:
            if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" and tok.doc[name.left_edge.i - 1].text == ",":
                return name
    return None


def _name_after_comma(tok: Token) -> Token | None:
    """A name in apposition right after the comma that closes the title's phrase, wherever the parse hung it.

    "held talks with the Minister of Foreign Affairs, *Kwabena Ofori-Asante*,
    in Abidjan" (the name made an apposition of "talks"). A tagged name set
    off by both commas that the parse made the subject of a to-infinitive
    after it is in apposition too: "rang his rival, *Senator Ana Ruiz*, to
    concede".
    """
    doc = tok.doc
    first = tok.right_edge.i + 2  # the word after the comma
    if first >= len(doc) or doc[first - 1].text != ",":
        return None
    name = doc[first]
    while name.dep_ in {"compound", "flat"} or is_name_hyphen(name):
        name = name.head
        if name.i < first:
            return None
    set_off = (
        name.dep_ == "nsubj"
        and name.ent_type_ == "PERSON"
        and name.i + 1 < len(doc)
        and doc[name.i + 1].text == ","
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in name.head.lefts)
    )
    if (name.dep_ != "appos" and not set_off) or name.pos_ != "PROPN" or name.left_edge.i != first:
        return None
    return name if name.ent_type_ == "PERSON" or (name.ent_iob_ == "O" and name.is_title) else None


def _leaders(tok: Token) -> list[Token]:
    """Who leads a group participant: "a delegation *led by* X", "a team headed by X" (``leading_verbs``)."""
    if tok.lower_ not in _extra_words("collective_heads"):
        return []
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _extra_words("leading_verbs")]
    return [a for v in verbs for a in agent_of(v)]


def _kin_persons(ctx: DocContext, tok: Token) -> list[Actor]:
    """The named persons a kin noun's "of" phrase gives: "the parents of *X*", "relatives of X and Y".

    Only an object that is itself a person's name (a proper noun read as a
    person, with each name it lists); nothing from its modifiers: "the
    parents of the two British tourists", "relatives of Venezuela's
    prisoners", "the family of a Google engineer" or "the families of the
    Kentmoor victims" name no one, and "the family of the late X's
    bodyguard" is not X's.
    """
    out: list[Actor] = []
    for obj in prep_objects(tok, ("of",)):
        names = [obj, *conjuncts(obj)]
        if not all(n.pos_ == "PROPN" and n.ent_type_ not in PLACE_LABELS for n in names):
            continue
        resolved = [(n, resolve_actor(ctx, n)) for n in names]
        persons = [
            r[0] if r[0].kind == ActorKind.PERSON else r[0].model_copy(update={"kind": ActorKind.PERSON})
            for n, r in resolved
            if r is not None and (r[0].kind == ActorKind.PERSON or _first_named(n))
        ]
        if len(persons) == len(names):
            out.extend(persons)  # ("the parents of X and Y" with Y read as a place: none is taken)
    return out


def _first_named(name: Token) -> bool:
    """A name the recogniser took for a body that opens with a known first name: "the family of *Ana Ruiz*"."""
    words = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return len(words) == 1 and words[0].i == name.i - 1 and is_first_name(words[0].text)


def _member_noun(tok: Token) -> bool:
    """A plural noun of people serving a body (``member_nouns``): "senior *officers* from X"."""
    return tok.pos_ == "NOUN" and tok.lower_ in _extra_words("member_nouns")


def _member_bodies(tok: Token) -> list[Token]:
    """The named body a ``member_nouns`` party serves, by the "of" or "from" phrase right after it.

    "officers of X", "met with senior officers from X", "met staff from X on
    Monday" (the parse may hang "from X" on the verb: it counts when it opens
    right after the party's phrase). Only a body, a people or a country: a
    town is where they come from ("officials from Leeds"); not when the noun
    names its own body ("union officers from X", "police officers from X"),
    nor a body phrase that runs on into a place ("from the X at Dover": the
    meeting's place, not part of the party). "met officers from across the
    region" names nobody.
    """
    if not _member_noun(tok) or any(
        c.dep_ in {"compound", "nmod", "poss"} or (c.dep_ == "amod" and c.ent_type_) for c in tok.children
    ):
        return []
    objects = prep_objects(tok, ("of", "from"))
    if not objects:
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"with", "to"} else tok.head
        if verb.pos_ != "VERB":
            return []
        after = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == tok.right_edge.i + 1]
        objects = [o for o in prep_objects(verb, ("from",)) if any(o.head.i == c.i for c in after)]
    return [o for o in objects if all(_serving_body(x) for x in (o, *conjuncts(o)))]


def _serving_body(tok: Token) -> bool:
    """A body, a people or a country (not a town) that a member noun's phrase can name, with no place after it."""
    entity = entity_of(tok)
    if tok.ent_type_ == "GPE":
        named = entity is not None and is_country_name(entity.text)
    else:
        named = tok.ent_type_ in {"ORG", "NORP"}
    return named and not any(c.dep_ == "prep" for c in tok.children)


def _title_noun(tok: Token) -> bool:
    """A lower-case title ("the *chairman* of X", "the chief *executive* of X"): it stands for its body.

    A title opening the sentence is capitalised ("*Mayors* from X and Y met").
    """
    lower = tok.is_lower or (tok.is_sent_start and tok.text[1:].islower())
    if tok.pos_ != "NOUN" or not lower:
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    two = f"{before.lower_} {tok.lower_}" if before is not None and before.dep_ in {"compound", "amod"} else ""
    return is_title(tok.lemma_) or (bool(two) and is_title(two))


def _title_of_next_name(tok: Token) -> bool:
    """A title noun the parse made a conjunct of its own, right before the name it belongs to."""
    if tok.pos_ != "NOUN" or not is_title(tok.lemma_) or tok.dep_ != "conj" or tok.i + 1 >= len(tok.doc):
        return False
    following = tok.doc[tok.i + 1]
    return following.ent_type_ == "PERSON" and following.ent_iob_ == "B"


def _title_set_off_before_name(tok: Token) -> bool:
    """A title the parse made the first of a list whose next item, after a comma, is a person's name.

    "met the parish priest, Rev. Fr. Linus Ikyaa, and community leaders":
    the name is the priest's, set off like an apposition.
    """
    if tok.pos_ not in {"NOUN", "PROPN"} or not (is_title(tok.text) or is_person_word(tok)) or tok.ent_type_:
        return False
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    name = next(iter(tok.conjuncts), None)
    return name is not None and name.ent_type_ == "PERSON" and name.left_edge.i == tok.i + 2


def _collective_antecedent(ctx: DocContext, they: Token) -> Token | None:
    """The group "they" refers to, if any.

    The last plural subject of this or the previous sentence that stands for
    two or more named parties ("The leaders of Norway, Sweden and
    Finland").
    """
    sent = they.sent
    start = sent.start
    if start > 0:
        start = ctx.doc[start - 1].sent.start
    found = None
    for tok in ctx.doc[start : they.i]:
        if (
            tok.dep_ not in {"nsubj", "nsubjpass"}
            or tok.tag_ != "NNS"
            or tok.lower_ not in _extra_words("collective_heads")
        ):
            continue
        inner = prep_objects(tok, ("of", "from"))
        named = [x for o in inner for x in (o, *conjuncts(o)) if resolve_actor(ctx, x) is not None]
        if len(named) >= 2:
            found = tok
    return found


def _coordinated_antecedent(ctx: DocContext, they: Token) -> list[Token]:
    """The named persons "they" refers to: the coordinated subject of the sentence before ("X and Y met ...").

    Or of the clause a joined clause of "they" follows ("X and Y have met
    before, and on Thursday they held talks").

    Only a subject of "they", only when the sentence before has one subject
    that joins two names or more, each a person ("Putin and Trump met in
    Alaska. They spoke by phone on Tuesday"). Not countries, whose "they"
    is as often their people or their teams ("Russia and Ukraine exchanged
    300 prisoners. They met with their families"; "Argentina and Brazil
    drew 1-1. They meet again in March"), and not when that sentence names
    people in the plural besides its subject, whom "they" may stand for
    ("X and Y freed dozens of fishermen. They met with officials"), nor
    when the clause of "they" names a counterpart ("They met with voters",
    "They spoke with the commander by phone": the pair met others).
    """
    verb = they.head
    # "X and Y have met before, and on Thursday they held talks": the clause "they" is joined to
    joined = verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in {"VERB", "AUX"}
    if joined and not _meets(verb.head):
        return []  # ("have clashed in the past, and on Saturday they met": a contest first, a fixture after)
    if they.dep_ not in {"nsubj", "nsubjpass"} or (they.sent.start == 0 and not joined):
        return []
    counterpart = any(c.dep_ == "dobj" and c.lemma_.lower() not in noun_lemmas(_TYPE) for c in verb.children)
    if counterpart or any(c.dep_ in {"prep", "dative"} and c.lower_ in {"with", "to"} for c in verb.children):
        return []  # "They met with voters", "They spoke with the commander": whom the pair met, not each other
    if joined:
        inner = {t.i for t in verb.subtree}
        before = [t for t in verb.head.subtree if t.i not in inner]
        subjects = subjects_of(verb.head)
    else:
        sent = ctx.doc[they.sent.start - 1].sent
        before = list(sent)
        subjects = subjects_of(sent.root) or _subject_on_adverb(sent.root)
    if len(subjects) != 1:
        return []
    heads = [subjects[0], *conjuncts(subjects[0])]
    if len(heads) < 2 or not all(h.ent_type_ in {"PERSON", "GPE"} or h.pos_ == "PROPN" for h in heads):
        return []
    resolved = [resolve_actor(ctx, h) for h in heads]
    if any(r is None or r[0].kind not in {ActorKind.PERSON, ActorKind.UNKNOWN} for r in resolved):
        return []  # (a country, a company, a club)
    if not any(r is not None and r[0].kind == ActorKind.PERSON for r in resolved):
        return []  # ("Scholz" read as a place is unknown, beside a person: two unknown names may be clubs)
    own = {t.i for s in subjects for t in s.subtree}
    if any(t.i not in own and t.tag_ in {"NNS", "NNPS"} and is_person_noun(t) for t in before):
        return []  # "exchanged 300 prisoners of war", "the bodies of soldiers": "they" may be those
    return heads


def _full_person(actor: Actor) -> bool:
    """A person known by a title or a first name and a surname ("Mayor Ruiz", "Ana Ruiz").

    Not a club the recogniser read as a person ("Chelsea", "Rovers Edge Past Albion").
    """
    if actor.kind != ActorKind.PERSON:
        return False
    titled = actor.title is not None and any(is_title(w) for w in actor.title.split())
    return titled or first_name_gender(actor.name) is not None


def _add_actor(actors: list[Actor], actor: Actor) -> None:
    """Add a party unless it is one already (a visit's host country also when named by its abbreviation)."""
    from eventkit.coreference import same_actor

    if any(same_actor(actor, a) or a.name.lower() == actor.name.lower() or _abbreviates(actor, a) for a in actors):
        return  # ("as part of the latter's working visit to the UAE": "the UAE" is the host United Arab Emirates)
    actors.append(actor)


def _abbreviates(a: Actor, b: Actor) -> bool:
    """One actor is a host country known by a place in it, the other that country's abbreviation ("the UAE").

    "received X in Abu Dhabi ... the latter's visit to the UAE": the United
    Arab Emirates of Abu Dhabi and "the UAE" read as an organisation are one
    host. A country the text names stays a party of its own ("the DRC and
    Congo", however the data codes them).
    """
    return any(
        x.kind == ActorKind.COUNTRY
        and not any(is_country_name(m.text) for m in x.mentions)
        and y.kind != ActorKind.COUNTRY
        and x.country is not None
        and abbreviation_code(y.name) == x.country
        for x, y in ((a, b), (b, a))
    )


def _modality(tok: Token) -> Modality:
    # a noun takes its governing verb's modality inside modality_of, except
    # through a time adjunct ("did not meet X during his visit")
    modality = modality_of(tok)
    if modality == Modality.ASSERTED and tok.pos_ in {"NOUN", "PROPN"} and demanded(tok):
        return Modality.HYPOTHETICAL  # "called for talks with X": asked for, not held
    if (
        modality == Modality.ASSERTED
        and tok.dep_ == "nsubjpass"
        and tok.head.lemma_.lower() in modality_words("demand_verbs")
        and not any(
            c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
            for c in tok.head.children
        )
    ):  # ("... were proposed by Paris and held in Berlin": held; "..., but no date had been agreed" is not)
        return Modality.HYPOTHETICAL  # "a new meeting between X and Y has been proposed": asked for, not held
    if modality == Modality.ASSERTED and _gerund_topic(tok):
        return Modality.HYPOTHETICAL  # "carried ideas on resuming talks with X": talked about, not held
    if modality == Modality.ASSERTED and _arranged_for_by_nothing(tok):
        return Modality.HYPOTHETICAL  # "no date had been agreed for a new meeting between X and Y": not held
    if modality == Modality.ASSERTED and tok.pos_ in {"NOUN", "PROPN"}:
        planned = modality_words("planned_heads")
        if any(c.dep_ in {"acl", "amod"} and c.lemma_.lower() in planned for c in tok.children):
            return Modality.PLANNED  # "a meeting scheduled for next week", "the planned visit"
        gov = tok.head
        if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and gov.pos_ == "VERB" and gov.lemma_.lower() in planned:
            return Modality.PLANNED  # "Unity Meeting Scheduled For Next Week", "they planned a visit"
    # "the speaker has invited the governor to meet with ...", "accepted an invitation to visit Germany"
    invited = tok.pos_ in {"VERB", "AUX"} and tok.dep_ in {"xcomp", "ccomp", "acl"}
    if modality == Modality.ASSERTED and invited and tok.head.lemma_.lower() in modality_words("meeting_planned_heads"):
        return Modality.PLANNED
    if modality == Modality.ASSERTED and (hypothetical_context(tok) or in_question(tok)):
        return Modality.HYPOTHETICAL
    return modality


def _meets(verb: Token) -> bool:
    """A verb of meeting itself ("met") or a light verb of a meeting noun ("held talks", "spoke by phone")."""
    nouns = noun_lemmas(_TYPE)
    return any(r.lemmas and verb.lemma_.lower() in r.lemmas for r in rules(_TYPE) if "VERB" in r.pos) or any(
        c.dep_ in OBJECT_DEPS and c.lemma_.lower() in nouns for c in verb.children
    )


def _gerund_topic(tok: Token) -> bool:
    """A meeting noun a gerund takes in a topic phrase (``topic_gerund_preps``): "ideas on resuming talks with X".

    Only a phrase on a noun (or right after a verb's object, where the parse may
    hang it on the verb): "On concluding his talks with Xi, Modi flew back" tells talks held.
    """
    gerund = tok.head
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ not in OBJECT_DEPS or gerund.tag_ != "VBG":
        return False
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.lower_ not in _extra_words("topic_gerund_preps"):
        return False
    if prep.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "ideas on resuming talks", not "On concluding his talks, X flew"
    # "carried "fresh ideas" on resuming talks": the parse may hang the object's phrase on the verb
    ends = [max(t.i for t in c.subtree) for c in prep.head.children if c.dep_ in {"dobj", "obj"} and c.i < prep.i]
    return any(all(t.is_punct for t in tok.doc[end + 1 : prep.i]) for end in ends)


def _arranged_for_by_nothing(tok: Token) -> bool:
    """A meeting noun in the "for" phrase of a "no" arrangement: "no date had been agreed for a meeting".

    The "for" phrase hangs on that noun or on the verb it is the subject of;
    the noun is an arrangement (``unarranged_nouns``: date, time, plans):
    "no journalists were allowed in for the talks" were held.
    """
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    head = tok.head.head
    nouns = [head] if head.pos_ in {"NOUN", "PROPN"} else [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    arrangements = modality_words("unarranged_nouns")
    return any(
        c.dep_ == "det" and c.lower_ == "no" and n.lemma_.lower() in arrangements for n in nouns for c in n.children
    )


def _fixture(verb: Token) -> bool:
    """A meeting verb whose own clause names a sporting fixture after it ("met Tottenham in the FA Cup semi-final").

    The parse may hang a split "semi-final" anywhere in the clause, so any
    word after the verb counts whose path up to it enters no other clause,
    except one in a person's title ("met match referee X").
    """
    nouns = _extra_words("fixture_nouns")
    for t in verb.subtree:
        if t.i <= verb.i or t.lower_ not in nouns:
            continue
        person = is_person_word(t.head) and t.head.lower_ not in _extra_words("fixture_opponents")
        if t.dep_ in {"compound", "amod", "nmod"} and person:
            continue  # "met match referee X", "tournament director Y": a title, no fixture ("derby rivals" is one)
        node = t
        while node.i != verb.i and node.dep_ not in CLAUSE_DEPS:
            node = node.head
        if node.i == verb.i:
            return True
    return False


def _indefinite_past(verb: Token | None) -> bool:
    """A verb with a time phrase of no one occasion (``indefinite_past_phrases``: "in the past", "over the years").

    Only the verb that holds the phrase, and not when its clause names a time
    of its own ("most recently in 2010", "but the two held talks again on Thursday").
    """
    if verb is None:
        return False
    phrases = _extra_words("indefinite_past_phrases")
    found = [c for c in verb.children if c.dep_ == "prep" and " ".join(t.lower_ for t in c.subtree) in phrases]
    if not found:
        return False
    # "met in the past, but the two held talks again on Thursday", "most recently in Washington in 2010": a
    # time of its own tells one occasion (not a joined clause's with its own subject, which is its own event)
    skip = {t.i for c in found for t in c.subtree}
    own_subject = {"nsubj", "nsubjpass", "expl"}
    joined = [c for c in verb.children if c.dep_ == "conj" and any(g.dep_ in own_subject for g in c.children)]
    skip |= {t.i for c in joined for t in c.subtree}
    return not any(t.ent_type_ in {"DATE", "TIME"} and t.i not in skip for t in verb.subtree)


def _earlier_occasion(verb: Token) -> bool:
    """A meeting told as an earlier occasion (``earlier_markers``: "last met", "first met", "had once met")."""
    markers = _extra_words("earlier_markers")
    return any(c.dep_ in {"advmod", "amod"} and c.lower_ in markers for c in verb.children)


def _confidence(strength: float, participants: list[Actor], dated: bool, placed: bool, modality: Modality) -> float:
    score = 0.35 + 0.35 * strength
    score += 0.1 if len(participants) >= 2 else 0.0
    score += 0.05 if dated else 0.0
    score += 0.05 if placed else 0.0
    score += 0.05 if all(a.kind != ActorKind.UNKNOWN for a in participants) else 0.0
    if modality in {Modality.HYPOTHETICAL, Modality.NEGATED}:
        score -= 0.1
    return clip_confidence(score)
