"""The built-in ``incident`` type: violence, unrest, maritime confrontations, accidents and disasters."""

from __future__ import annotations

from typing import Any

from eventkit.coreference import (
    better_casualties,
    different_storms,
    overlap,
    recalled_by_year,
    recalled_period,
    represents,
    same_actor,
    same_place,
    short_form,
    union_actors,
)
from eventkit.event_types.spec import OPENS_APART, EventTypeSpec
from eventkit.lexicons import load_yaml, per_resources
from eventkit.models import Actor, ActorKind, Event, Incident, Place, PlaceKind
from eventkit.normalize.names import clean_name
from eventkit.normalize.places import lexicon as place_lexicon

__all__ = ["DISTINCT_OPENING", "DISTINCT_RULE", "INCIDENT"]

#: The rule an incident carries when its text sets it apart from one told before ("in a separate attack").
DISTINCT_RULE = "incident.distinct_mention.v1"
#: The note of its provenance when the marker opens the sentence ("Separately, ...", "In another incident, ...").
DISTINCT_OPENING = OPENS_APART


def _mergeable(a: Event, b: Event, headline: bool) -> bool:
    """Same category, compatible places, the same party (or one without; a country stands for its bodies).

    A mention the text sets apart ("a separate attack", :data:`DISTINCT_RULE`) merges only with a headline.

    Two mentions whose victims are named people, none of them the same, are two incidents.
    """
    assert isinstance(a, Incident) and isinstance(b, Incident)
    if a.category != b.category:
        return False
    distinct = DISTINCT_RULE in a.rule_ids or DISTINCT_RULE in b.rule_ids
    if distinct and not headline:
        return False  # "In a separate attack ...": another occurrence (a headline may still name it)
    if distinct and not _named_alike(a, b):
        return False  # a headline that names neither its place, its party nor its toll tells the lede's attack
    # "a protest at Harbour Tower" and "a protest in Leeds" by the same named
    # party: an unlocated venue may lie in the city; other different places stay apart
    # a headline's unknown capitalised name ("Sinai Crash Probe") does not keep it from the lede's place,
    # nor does a headline's state from the lede's town with the very toll when the lede names the state
    # as the town's ("Gunmen kill seven in Guanajuato" over "... in Salamanca, Guanajuato, killing seven")
    later = _anaphor_of(a, b)
    if (
        a.location
        and b.location
        and not same_place(a.location, b.location)
        and not (later is not None and _scene_told(later))
        and not (overlap(a.actors, b.actors) and _venue_and_area(a.location, b.location))
        and not (headline and (_unknown(a.location) or _unknown(b.location)))
        and not (headline and _country_and_open_place(a.location, b.location))
        and not (headline and (short_form(a.location, b.location) or short_form(b.location, a.location)))
        and not (headline and _same_toll(a, b) and (_container_told(a, b) or _container_told(b, a)))
        and not (headline and (_region_told(a, b) or _region_told(b, a)))
    ):
        return False
    bare = a.date is None and b.date is None and a.location is None and b.location is None
    if bare and not headline and later is None:
        return False  # two bare mentions may be two incidents; a headline names the lede's ("the attack" its own)
    if different_storms(a, b):
        return False  # "Storm Greta is expected ..." and "Storm Fenella battered ...": two storms
    if _flashback(a, b):
        return False  # "An explosion killed three workers ... In 2016, an explosion killed five": two blasts
    if not headline and (_past_year(a, b) or _past_year(b, a)):
        return False  # "A ransomware attack has knocked out X. Last year, a ransomware attack on Y ...": two
    if recalled_period(a, b):
        return False  # "Gunmen opened fire on a convoy on Tuesday ... Last month, gunmen attacked a hospital"
    victims_a = [t for t in a.targets if t.kind == ActorKind.PERSON]
    victims_b = [t for t in b.targets if t.kind == ActorKind.PERSON]
    if victims_a and victims_b and not any(same_actor(x, y) for x in victims_a for y in victims_b):
        return False  # "X was shot dead ... Y, stabbed to death in 2009": two killings
    if headline and _unnamed(a.actors) and _unnamed(b.actors):
        return True  # "Gunmen kill 12 ..." over "Suspected jihadists killed at least 12 ...": one attack
    if headline and any(_kind_of(x, y) or _kind_of(y, x) for x in a.actors for y in b.actors):
        return True  # "Police shoot dead ..." over "French police shot dead ...": the same police
    return not a.actors or not b.actors or any(_same_party(x, y) for x in a.actors for y in b.actors)


def _anaphor_of(a: Incident, b: Incident) -> Incident | None:
    """The later mention when it refers back to the earlier one: a definite noun, no other toll.

    "A shop worker was stabbed in Dunford on Tuesday. The attack happened
    outside the Co-op on Mill Lane": "the attack" (``anaphoric_determiners``,
    no ``anaphora_breakers`` word before the noun: not "the first attack",
    "last year's attack") is the stabbing told again. Killed or injured
    figures that differ make it another incident. The reference back must
    follow the earlier mention's sentence with no other sentence between:
    after "A man was stabbed in Dunford on Tuesday. A woman was stabbed in
    Dunford on Wednesday." "the attack" may be either, and refers to none.
    """
    if a.trigger is None or b.trigger is None or a.trigger.start == b.trigger.start:
        return None
    earlier, later = (a, b) if a.trigger.start < b.trigger.start else (b, a)
    if not _definite_noun(later) or _tolls_differ(earlier, later) or not _next_sentence(earlier, later):
        return None
    return later


def _next_sentence(earlier: Incident, later: Incident) -> bool:
    """The later mention's sentence is the earlier mention's own or the one right after it."""
    trigger = later.trigger
    assert trigger is not None
    span = next((e for e in later.evidence if e.start <= trigger.start and trigger.end <= e.end), None)
    told = [e.end for e in earlier.evidence if e.start <= trigger.start]
    if span is None or not told:
        return False
    return span.start - max(told) <= _SENTENCE_GAP


#: How many characters (spaces, line breaks) may lie between two sentences that follow each other.
_SENTENCE_GAP = 3


def _definite_noun(event: Incident) -> bool:
    """The trigger follows a definite determiner of its sentence, with at most two words between, none a breaker."""
    trigger = event.trigger
    assert trigger is not None
    if _verb_rule(event):
        return False  # "The man stabbed ...": a verb, no noun phrase
    span = next((e for e in event.evidence if e.start <= trigger.start and trigger.end <= e.end), None)
    if span is None:
        return False
    raw = span.text[: trigger.start - span.start].replace("\u2019", "'").split()[-3:]
    before = [w.lower() for w in raw]
    lexicon = load_yaml("lexicons/incident_triggers.en.yaml")
    determiners = {str(w) for w in lexicon.get("anaphoric_determiners") or ()}
    breakers = {str(w) for w in lexicon.get("anaphora_breakers") or ()}
    if _plural(trigger.text) or _new_complement(span.text[trigger.end - span.start :], lexicon):
        return False  # "the two robberies", "the crash of a helicopter": other occurrences
    for i in range(len(before) - 1, -1, -1):
        word = before[i].strip("\"'(")
        if word in determiners and before[i] == word:
            return True
        if word in breakers or word.endswith("'s") or not word.isalpha() or word != before[i]:
            return False  # "the first attack", "last year's", "an attack, the ...": no reference back
        if raw[i][:1].isupper():
            return False  # "the Grenfell Tower fire": a name's fire, another occurrence
    return False


def _plural(text: str) -> bool:
    """The trigger noun is a plural no trigger rule lists ("robberies", "attacks"): several incidents."""
    word = text.lower().split()[-1] if text.split() else ""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return word not in _trigger_nouns()


@per_resources
def _trigger_nouns() -> frozenset[str]:
    """The last words of the trigger rules' lemmas and phrases (once per resource set)."""
    lexicon = load_yaml("lexicons/incident_triggers.en.yaml")
    return frozenset(
        {
            str(w).lower().split()[-1]
            for rule in lexicon.get("triggers") or ()
            for w in (*(rule.get("lemmas") or ()), *(rule.get("phrases") or ()))
            if str(w).split()
        }
    )


def _new_complement(after: str, lexicon: dict[str, Any]) -> bool:
    """The noun's "of"/"on" phrase opens on an indefinite article: "the crash of a helicopter" is a new one."""
    words = after.lower().split()[:2]
    links = {str(w) for w in lexicon.get("noun_place_links") or ()}
    return len(words) == 2 and words[0] in links and words[1] in {"a", "an"}


def _verb_rule(event: Incident) -> bool:
    """The trigger lexicon's rule that gave the category takes verbs only."""
    trigger = event.trigger
    rules = {
        p.rule
        for p in event.provenance
        if p.field == "category" and p.span is not None and trigger is not None and p.span.start == trigger.start
    }
    for rule in load_yaml("lexicons/incident_triggers.en.yaml").get("triggers") or ():
        if f"incident.{rule.get('id')}.v1" in rules and list(rule.get("pos") or ()) == ["VERB"]:
            return True
    return False


def _tolls_differ(a: Incident, b: Incident) -> bool:
    """Both mentions count the killed (or the injured) and the counts differ."""
    if a.casualties is None or b.casualties is None:
        return False
    pairs = ((a.casualties.killed, b.casualties.killed), (a.casualties.injured, b.casualties.injured))
    return any(x is not None and y is not None and x != y for x, y in pairs)


def _open_place(place: Place | None) -> bool:
    """A venue or a street no gazetteer places in a country: it may lie in the town the text told before.

    A facility, or a name whose last word is a street's or a route's
    (``street_words``, ``route_words`` of the place lexicon) or a scene's
    (``scene_words``: "Market Square", "Fenton Park"); not another town.
    """
    if place is None or place.country is not None:
        return False
    if place.kind == PlaceKind.FACILITY:
        return True
    words = place.name.lower().split()
    if place.kind != PlaceKind.OTHER or not words:
        return False
    places = place_lexicon()
    scenes = {str(w) for w in load_yaml("lexicons/incident_triggers.en.yaml").get("scene_words") or ()}
    return words[-1] in {w.lower() for w in (*places.street_words, *places.route_words)} | scenes


def _scene_told(later: Incident) -> bool:
    """A reference back placed in a venue or a street of its own sentence, not the noun's own, not hedged."""
    if not _open_place(later.location) or _own_place(later):
        return False
    return not _hedged(later) and not _names_another(later)


def _names_another(event: Incident) -> bool:
    """An incident noun follows the place: "memories of the Bellmoor Mill fire" names another fire by its place."""
    place = event.location
    if place is None or place.span is None:
        return False
    span = next((e for e in event.evidence if e.start <= place.span.start and place.span.end <= e.end), None)
    if span is None:
        return False
    after = span.text[place.span.end - span.start :].lower().split()[:1]
    return bool(after) and after[0].strip(".,;:!?\"')") in _trigger_nouns()


def _after_trigger_before_place(event: Incident) -> str | None:
    """The lower-cased words between the trigger and a place after it in one evidence span, or None."""
    trigger, place = event.trigger, event.location
    if trigger is None or place is None or place.span is None or place.span.start < trigger.end:
        return None
    span = next((e for e in event.evidence if e.start <= trigger.start and place.span.end <= e.end), None)
    if span is None:
        return None
    return span.text[trigger.end - span.start : place.span.start - span.start].lower()


def _hedged(event: Incident) -> bool:
    """A hypothetical auxiliary lies between the trigger and the place: "the attack could have happened in X".

    The auxiliaries are ``hypothetical_aux`` of the modality lexicon.
    """
    between = _after_trigger_before_place(event)
    if between is None:
        return False
    between = between.replace("\u2019", "'")
    auxiliaries = {str(w) for w in load_yaml("lexicons/modality.en.yaml").get("hypothetical_aux") or ()}
    return any(w.strip(",;") in auxiliaries for w in between.split())


def _own_place(event: Incident) -> bool:
    """The place follows the trigger noun with at most a preposition and a determiner between: the noun's own.

    "the attack on the Twin Towers" names another incident by its place;
    "The attack happened outside the Co-op on Mill Lane" places the one told.
    """
    text = _after_trigger_before_place(event)
    if text is None:
        return False
    between = text.split()
    lexicon = load_yaml("lexicons/incident_triggers.en.yaml")
    links = {str(w) for w in (*(lexicon.get("noun_place_links") or ()), *(lexicon.get("anaphoric_determiners") or ()))}
    return len(between) <= 2 and all(w in links | {"a", "an"} for w in between)


def _named_alike(a: Incident, b: Incident) -> bool:
    """The same place, a shared party or the same toll: what lets a headline name a mention set apart.

    "Russian drones hit Kyiv apartment blocks, killing three" (no place of its
    own) is the lede's attack, not "a separate attack" on a pipeline in
    another village that the body tells later.
    """
    if a.location is not None and b.location is not None and same_place(a.location, b.location):
        return True
    if a.actors and b.actors and any(_same_party(x, y) for x in a.actors for y in b.actors):
        return True
    return _same_toll(a, b)


def _container_told(wider: Incident, narrower: Incident) -> bool:
    """The narrower mention's own sentence names the wider one's place, in the same country.

    "... in the city of Salamanca, Guanajuato, ...": the lede says its town
    lies in the headline's state.
    """
    outer, inner = wider.location, narrower.location
    if outer is None or inner is None or outer.country is None or outer.country != inner.country:
        return False
    return any(outer.name in span.text for span in narrower.evidence)


def _region_told(wider: Incident, narrower: Incident) -> bool:
    """A region the narrower mention's own sentence names, around its town or venue (:func:`_container_told`).

    "Protesters gather outside Maricopa County election center" over "...
    rallied outside the Maricopa County Tabulation and Election Center in
    Phoenix": the lede places the headline's county's centre in its city.
    """
    outer, inner = wider.location, narrower.location
    if outer is None or inner is None or outer.kind != PlaceKind.REGION:
        return False
    return inner.kind in {PlaceKind.CITY, PlaceKind.FACILITY} and _container_told(wider, narrower)


def _flashback(a: Incident, b: Incident) -> bool:
    """Two death tolls that differ, one mention dated by its year and the other not: a past incident recalled.

    "An explosion in X killed three workers. In 2016, an explosion in X killed
    five people": the dated mention is the earlier one, and merging would give
    today's blast its date and toll.
    """
    killed_a = a.casualties.killed if a.casualties else None
    killed_b = b.casualties.killed if b.casualties else None
    if killed_a is None or killed_b is None or killed_a == killed_b:
        return False
    dated = a.date if b.date is None else b.date if a.date is None else None
    return recalled_by_year(dated)  # "In 2016, ...", "Last year's floods ..."


def _past_year(undated: Incident, dated: Incident) -> bool:
    """One mention undated (today's news), the other dated by a year wholly before the publication's.

    "Last year, a ransomware attack on Y exposed ...", "In 2016, ...": a past
    incident recalled; "this year" may still be today's.
    """
    when = dated.date
    if undated.date is not None or not recalled_by_year(when) or when is None or when.anchor is None:
        return False
    return when.end < when.anchor


def _headline_joins(headline: Event, body: Event) -> bool:
    """A headline's incident told by the lede as another category of its family: "attack" over a maritime one.

    ``headline_category_families`` groups the categories one occurrence may
    be told as; a headline with the lede's very toll may be of any category
    ("police clash" over a riot). The pair must be mergeable once the
    headline takes the body's category.
    """
    assert isinstance(headline, Incident) and isinstance(body, Incident)
    if headline.category == body.category or DISTINCT_RULE in body.rule_ids:
        return False  # (a "separate robbery" is not the headline's attack told as a crime)
    if not _one_family(headline.category, body.category) and not _same_toll(headline, body):
        return False
    return _mergeable(headline.model_copy(update={"category": body.category}), body, True)


def _same_toll(a: Incident, b: Incident) -> bool:
    """The same casualty figures, one of them at least two: "One dead, 19 injured as police clash ..." and the lede."""
    if a.casualties is None or b.casualties is None:
        return False
    counts = (a.casualties.killed, a.casualties.injured, a.casualties.missing)
    same = counts == (b.casualties.killed, b.casualties.injured, b.casualties.missing)
    return same and any(c is not None and c >= 2 for c in counts)


def _one_family(a: str, b: str) -> bool:
    """Two categories of one family of ``headline_category_families`` (attack and maritime, protest and riot)."""
    families = load_yaml("lexicons/incident_triggers.en.yaml").get("headline_category_families") or {}
    return any(a in members and b in members for members in families.values())


def _kind_of(bare: Actor, named: Actor) -> bool:
    """A one-word description heading the other's name: "police" and "French police", "troops" and "Kenyan troops"."""
    words = named.name.lower().split()
    return " " not in bare.name.strip() and len(words) > 1 and words[-1] == bare.name.lower()


def _unnamed(actors: list[Actor]) -> bool:
    """Only descriptions of groups with no country ("gunmen", "suspected militants"), or nobody."""
    return all(a.kind in {ActorKind.GROUP, ActorKind.UNKNOWN} and a.country is None for a in actors)


def _same_party(a: Actor, b: Actor) -> bool:
    """The same actor, or a country and one of its organisations.

    "China fired water cannon" and "the Chinese coast guard fired water
    cannon" name one party; a person of the country does not stand for it
    ("Navalny's demonstrations" are not those of "Russians").
    """
    if same_actor(a, b):
        return True
    return ActorKind.ORGANIZATION in (a.kind, b.kind) and represents(a, b)


def _merge_keys(event: Event) -> set[str]:
    """The category: incidents of different categories never merge."""
    assert isinstance(event, Incident)
    return {str(event.category)}


def _unknown(place: Place) -> bool:
    """A name the gazetteer does not know and no country places."""
    return place.kind == PlaceKind.OTHER and place.country is None


def _country_and_open_place(a: Place, b: Place) -> bool:
    """One place is a country, the other a place no country holds (a sea, a shoal): a headline's and its lede's.

    "... attack Philippine supply boat" (the Philippines) over "... near the
    Second Thomas Shoal": the headline names the country of a party, the lede
    the disputed water.
    """
    return any(x.kind == PlaceKind.COUNTRY and y.country is None for x, y in ((a, b), (b, a)))


def _venue_and_area(a: Place, b: Place) -> bool:
    """One place is a venue or unknown name without a country, the other a city or region."""
    vague = {PlaceKind.FACILITY, PlaceKind.OTHER}
    area = {PlaceKind.CITY, PlaceKind.REGION}
    return any(x.kind in vague and x.country is None and y.kind in area for x, y in ((a, b), (b, a)))


def _combine(a: Event, b: Event) -> dict[str, Any]:
    assert isinstance(a, Incident) and isinstance(b, Incident)
    return {
        "category": b.category,  # the same, or the body's over its headline's (see ``_mergeable``)
        "actors": union_actors(a.actors, b.actors),
        "targets": union_actors(a.targets, b.targets),
        "casualties": better_casualties(a.casualties, b.casualties),
        "description": a.description or b.description,
        **_scene(a, b),
    }


def _scene(a: Incident, b: Incident) -> dict[str, Any]:
    """A reference back's own venue or street over the earlier mention's town: where it happened, told later.

    "A shop worker was stabbed in Dunford ... The attack happened outside the
    Co-op on Mill Lane": the place of the merged incident is Mill Lane (a
    facility the earlier mention names stays).
    """
    later = _anaphor_of(a, b)
    if later is None or a.location is None or b.location is None or not _scene_told(later):
        return {}
    earlier = a if later is b else b
    assert earlier.location is not None and later.location is not None
    if earlier.location.kind == PlaceKind.FACILITY or same_place(earlier.location, later.location):
        return {}
    return {"location": later.location}


def _key_parts(event: Event) -> list[str]:
    assert isinstance(event, Incident)
    parts = [event.category.value]
    if event.location is not None:
        parts.append(event.location.country or clean_name(event.location.name).lower())
    return parts


def _participants(event: Event) -> list[Actor]:
    assert isinstance(event, Incident)
    return list(event.actors)


def _columns(event: Event) -> dict[str, Any]:
    assert isinstance(event, Incident)
    return {"category": event.category.value}


def _summary(event: Event) -> str:
    assert isinstance(event, Incident)
    actors = ", ".join(a.name for a in event.actors)
    text = event.category.value + (f" by {actors}" if actors else "")
    if event.casualties and event.casualties.killed is not None:
        text += f", {event.casualties.killed} killed"
    return text


INCIDENT = EventTypeSpec(
    name="incident",
    model=Incident,
    extractor="eventkit.extractors.incident:extract_incidents",
    id_prefix="I",
    mergeable=_mergeable,
    merge_keys=_merge_keys,
    combine=_combine,
    key_parts=_key_parts,
    participants=_participants,
    columns=_columns,
    summary=_summary,
    roles={"actors": "actor", "targets": "target"},
    colour="#feca74",
    line_colour="#d48806",
    key_fields=("category",),
    key_any=("location", "actors"),
    headline_joins=_headline_joins,
    summary_joins=_headline_joins,
)
