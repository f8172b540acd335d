"""Incident triggers in their own sense: figurative, sporting, rhetorical and law-enforcement uses.

The checks of :mod:`eventkit.extractors.incident` that decide whether a
matched incident word denotes an incident at all. Their word lists are
sections of ``resources/lexicons/incident_triggers.en.yaml`` (``contest_words``,
``figurative_objects``, ``figurative_particles``, ``sport_words``,
``rhetorical_triggers``, ``weapon_words``, ``law_enforcement_*``) and the
WordNet-derived ``abstract_nouns.en.txt`` (see ``docs/events.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import sentence_back
from eventkit.extractors.context import TIME_LABELS
from eventkit.extractors.eventhood import abstract_complement, is_abstract, is_vessel, names_place, phrase_words
from eventkit.extractors.modality import modality_words
from eventkit.extractors.syntax import is_to_infinitive
from eventkit.extractors.triggers import (
    TriggerMatch,
    agent_of,
    counted_group,
    governing_verb,
    is_named,
    lexicon_extra,
    noun_lemmas,
    prep_objects,
    subjects_of,
)
from eventkit.lexicons import load_list, per_resources
from eventkit.models import Actor, ActorKind, Casualties, Place, Provenance
from eventkit.normalize.countries import country_code
from eventkit.normalize.mentions import (
    DEFINITE_DETERMINERS,
    first_name_gender,
    is_person_noun,
    is_person_word,
    is_product_word,
    is_title,
    is_vehicle_word,
    person_nouns,
    vehicle_nouns,
    word_classes,
)
from eventkit.normalize.money import parse_quantity
from eventkit.normalize.places import is_place_feature, resolve_place
from eventkit.normalize.times.clauses import clause_direction
from eventkit.normalize.times.durations import is_duration_or_frequency

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

__all__ = [
    "accidental_blast",
    "armed_sentence",
    "casualty_verbs",
    "compared_with",
    "crowd_violence",
    "gerund_subject",
    "is_aircraft",
    "is_disease",
    "is_figurative",
    "is_law_enforcement",
    "is_rhetorical",
    "is_vehicle",
    "labour_strike",
    "named_storm",
    "near_miss",
    "ordinal_of_told",
    "storm_subjects",
    "vehicle_party",
    "vehicle_struck",
    "vehicle_subject",
    "vessel_parties",
    "vessel_taken",
    "words",
]

_TYPE = "incident"


@per_resources
def words(key: str) -> frozenset[str]:
    """A word list section of the incident lexicon, lower-cased."""
    return frozenset(str(w).lower() for w in lexicon_extra(_TYPE, key) or ())


@per_resources
def casualty_verbs() -> dict[str, str]:
    """Casualty verb lemma -> kind (killed, injured, missing)."""
    table: dict[str, str] = {}
    for kind, lemmas in (lexicon_extra(_TYPE, "casualty_verbs") or {}).items():
        for lemma in lemmas:
            table[str(lemma).lower()] = str(kind)
    return table


#: Entity labels of a time: never a trigger ("in March"), an opponent ("fighting *on Monday*") or a goal.


def _simile(verb: Token) -> bool:
    """A fight a speaker tells by what it was like: "we battled like warriors", "you fought like lionesses".

    Only with a personal pronoun as the subject (a team's or a crowd's own
    words); "Ukrainian troops fought like lions to hold the town" is a war.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(c.pos_ != "PRON" for c in subjects):
        return False
    return any(g.pos_ == "NOUN" for p in verb.children if p.dep_ == "prep" and p.lower_ == "like" for g in p.children)


def is_figurative(match: TriggerMatch) -> bool:
    """Generic or figurative uses: "trade war", "riot police", "prevent riots"."""
    tok = match.token
    if tok.ent_type_ in TIME_LABELS:
        return True  # "in March": a month, not a march
    if tok.lemma_.lower() in words("structural_triggers") and not _structure(tok):
        return True  # "the collapse of some militias", "talks collapsed": no building fell
    # (a protest phrase's verb takes nothing: "took to the streets")
    territorial = tok.lemma_.lower() in words("territorial_triggers") and match.rule.category != "protest"
    if territorial and not (_territory_taken(tok) or vessel_taken(tok)):
        return True  # "seized weapons", "took control of the company": no place and no ship taken
    if tok.lemma_.lower() in words("forceful_triggers") and not match.rule.phrases and not _force_on_people(tok):
        return True  # "Arsenal beat Chelsea", "beat the deadline": no force on anyone
    if tok.lemma_.lower() in words("fall_triggers") and not _hazard(tok):
        return True  # "prices fell", "the city fell to the rebels": nobody fell into anything
    if tok.pos_ == "VERB" and tok.lemma_.lower() in words("forcible_verbs") and _travel(tok):
        return True  # "90 migrants boarded the boat in Sfax": travel, not a boarding
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in words("verb_homographs") and _clause_of_a_noun(tok):
        return True  # "Police fire tear gas at students": the verb read as a noun, no blaze
    # "the visit demonstrated its value": a transitive use is another sense
    transitive = any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp"} for c in tok.children) or _relative_object(tok)
    if match.rule.intransitive and tok.pos_ == "VERB" and transitive and not _crowd_in_a_place(tok):
        return True  # "Japan protested the decision" (a complaint); not "Students protested the fees in Lima"
    if (
        match.rule.needs_arms
        and tok.pos_ == "VERB"
        and not (_armed_parties(tok) or _state_took_vessel(tok) or vehicle_struck(tok))
    ):
        return True  # "struck a deal", "hit the campaign trail": no arms, no strike
    launching = tok.pos_ == "VERB" and not match.rule.phrases and tok.lemma_.lower() in words("launching_verbs")
    if launching and not _weapon_sent(tok):
        return True  # "launched a drone programme": no weapon sent off ("launched a strike" is a phrase rule's)
    firing = tok.pos_ == "VERB" and tok.lemma_.lower() in words("firing_verbs")
    if (launching or firing) and _trial(tok):
        return True  # "test-fired a cruise missile over the Gulf": a trial, nothing struck
    if firing and _fired_at_nothing(tok):
        return True  # "fired three ballistic missiles into the sea": no one struck
    if match.rule.needs_vehicle and tok.pos_ == "VERB" and not vehicle_struck(tok):
        return True  # "critics slammed the plan": no vehicle hit anything
    if match.rule.needs_protesters and tok.pos_ == "VERB" and not _protesters(tok, street=bool(match.rule.phrases)):
        return True  # "supporters gathered to hear the candidate", "clouds gathered": no protest
    if match.rule.needs_protesters and match.rule.phrases and match.span[-1].dep_ == "compound":
        return True  # "took to street art", "took to street stalls": "street" only modifies another noun
    if match.rule.needs_premises and tok.pos_ == "VERB" and not _premises_entered(tok):
        return True  # "broke into the top ten", "broke into tears": no building entered
    if match.rule.needs_property and tok.pos_ == "VERB" and not _property_damaged(match):
        return True  # "the record was smashed", "set alight the tournament": no made thing damaged
    if match.rule.needs_missiles and tok.pos_ == "VERB" and not _pelted(tok):
        return True  # "pelted with questions", "pelted by rain", "got stoned at a party": nothing thrown at anyone
    if match.rule.needs_authority and tok.pos_ == "VERB" and not _state_drove_off_craft(tok):
        return True  # "the club expelled two members", "drove off in a car": no state force sent a craft away
    if match.rule.vehicle_subject and tok.pos_ == "VERB" and not vehicle_subject(tok):
        return True  # "Boeing skidded to a loss", "the talks skidded to a halt": no vehicle left the way
    if match.rule.lone_vehicle_subject and tok.pos_ == "VERB" and not _lone_vehicle(match):
        return True  # "tanks rolled over the border", "they flipped over tables": nothing turned over
    if match.rule.water_subject and tok.pos_ == "VERB" and not _water_subject(tok):
        return True  # "imports flooded the market", "the lines were flooded with calls": no water flooded anything
    if match.rule.vehicle_argument and tok.pos_ == "VERB" and not _vehicle_argument(tok):
        return True  # "overturned the ruling", "derail the talks", "plunged the country into chaos"
    moving = match.rule.vehicle_argument or tok.lemma_.lower() in words("blast_triggers")
    if moving and tok.pos_ == "VERB" and _market_move(tok):
        return True  # "the rupee sank to a record low", "the Nasdaq plunged 2.3%", "sales exploded"
    if match.rule.vehicle_argument and tok.pos_ == "NOUN" and not _vehicle_modified(tok):
        return True  # "a plunge in shares": only "a bus plunge", "the plunge of the coach" are accidents
    if tok.pos_ == "VERB" and _won_contest(tok):
        return True  # "the senator captured Ohio": an election won
    if tok.pos_ == "VERB" and _recorded(tok):
        return True  # "the incident was captured on CCTV": filmed, not taken
    if tok.pos_ == "VERB" and match.rule.category == "armed_conflict" and _simile(tok):
        return True  # "we battled like warriors in Madrid", "fought like lionesses": a manner, no war
    if tok.lemma_.lower() in words("rhetorical_triggers") and _verbal(tok):
        return True  # "ads attacking the senator", "attacked voters for opposing the plan"
    if tok.pos_ == "VERB" and tok.lemma_.lower() in words("rhetorical_triggers") and _criticised_over(tok):
        return True  # "Verma attacked the government over rising prices"
    if (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in words("rhetorical_triggers")
        and _abstract_object(tok)
        and not _armed_parties(tok)
    ):
        return True  # "hit a placard", "attacked the proposal": no one and nothing physical struck
    if tok.pos_ == "VERB" and tok.lemma_.lower() in words("abstract_object_triggers") and _abstract_object(tok):
        return True  # "was fined for abusing its market power": no one abused
    if tok.pos_ in {"NOUN", "PROPN"} and _quoted_label(match):
        return True  # 'called any use of its frozen assets "theft"': a name given, no theft
    if match.rule.category == "disaster" and tok.pos_ == "NOUN" and _filled_with(tok):
        return True  # "a pond filled with floodwater": what fills a thing, no flood told
    if tok.pos_ in {"NOUN", "PROPN"} and _mass_measure(tok):
        return True  # "a flood of money", "an avalanche of lawsuits"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in words("outcry_measures"):
        return True  # "a storm of protest from lawmakers" (``outcry_measures``)
    if _known_person_of(tok):
        return True  # "a vigil for the stabbing victim": the stabbing is told elsewhere
    if match.rule.phrases and match.rule.category == "protest" and tok.pos_ == "VERB" and _names_object(tok):
        return True  # "called the strike a massacre": the verb names the object, calls no strike
    if tok.lemma_.lower() in words("lasting_conflicts") and _since_start(tok):
        return True  # "have fled since Russia's full-scale invasion": a war as the background of a period
    if tok.lemma_.lower() in words("lasting_conflicts") and _background_conflict(tok):
        return True  # "people fleeing the war in Sudan", "coverage of the war in Ukraine": the setting, not news
    if match.rule.needs_past and not _told_as_struck(tok):
        return True  # "Kenya is bracing for new locust swarms", "to respond to any locust invasion": feared
    if tok.lemma_.lower() in words("lasting_conflicts") and _talked_about(tok):
        return True  # "discussed the war in Sudan", "talks on the conflict in Yemen": a topic, not the news
    if tok.pos_ == "VERB":
        if match.rule.transitive and not _has_target(tok) and not gerund_subject(tok):
            return True  # "the film bombed at the box office"
        # ("drove away a patrol boat": the phrase's own particle, when who sent what away is checked by
        # ``needs_authority``; "set off explosives at the quarry" stays a figurative-particle check)
        phrase = {t.i for t in match.span} if match.rule.needs_authority else set()
        if any(
            c.dep_ in {"prt", "advmod"}
            and c.lower_ in words("figurative_particles")
            and not _place_after(c)
            and c.i not in phrase
            for c in tok.children
        ):
            return True  # "fired back at critics", "fired home the winner" (not "capsized off Sulawesi")
    if _sport(tok):
        return True  # "the striker shot past the keeper"
    if match.rule.category == "protest" and tok.pos_ == "VERB" and _state_subject(tok):
        return True  # "Japan protests after Chinese ships enter ...": a government's complaint, not a street protest
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "shoot" and _filmed(tok):
        return True  # "shot the film in Mostar", "shot the wedding in Lisbon": a camera's work
    if _trend(tok):
        return True  # "Attacks on journalists are rising": a count over time, no occurrence
    if _the_casualties(tok):
        return True  # "Seven of the injured remain in hospital": people, the toll of an incident told elsewhere
    if _comparison_class(tok):
        return True  # "one of the biggest fires we have dealt with": the class the fire is set in
    if _storm_named_body(tok):
        return True  # "the Storm Riders gang attacked a bar": a gang's name, no storm
    if tok.pos_ in {"NOUN", "PROPN"}:
        # "Hurricane Milton", a title-case headline's "Harbour Blast Kills ..."; "Storm Elin" (the
        # tagger's common noun before a storm's name)
        named_storm = (tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN") or (
            match.rule.category == "disaster"
            and tok.text[:1].isupper()
            and tok.head.pos_ == "PROPN"
            and tok.head.i == tok.i + 1
        )
        if tok.dep_ == "compound" and len(match.span) == 1 and not named_storm:
            return True  # "riot police", "war crimes"
        if tok.dep_ == "compound" and _inside_organisation_name(tok):
            return True  # "the Flood Relief Fund", "the Earthquake Victims Association": a body's name
        modifiers = words("figurative_modifiers")
        if tok.lemma_.lower() in words("contest_words"):
            modifiers = modifiers | words("contest_modifiers")  # "a gas war", not "a gas explosion"
        for child in tok.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.lower_ in modifiers:
                return True
        verb = governing_verb(tok)
        if (
            verb is not None
            and verb.lemma_.lower() in words("non_event_governors")
            and tok.dep_ in {"dobj", "pobj"}
            and not _told_as_past(tok)
        ):
            return True  # "to prevent attacks"; not "discussed the earthquake that struck X on Saturday"
        if (
            match.rule.category == "protest"
            and tok.dep_ in {"dobj", "obj"}
            and tok.head.lemma_.lower() in words("complaint_verbs")
        ):
            return True  # "lodged a formal protest with Beijing": a diplomatic complaint, no one in the streets
        if abstract_complement(tok):
            return True  # "an explosion of speculation", "a storm of criticism"
    if _crime_as_a_target_of_policy(match):
        return True  # "a campaign against drink-driving", "a crackdown on shoplifting": a kind of crime
    if match.rule.needs_offender and not _offence_charged(tok):
        return True  # "dangerous driving has become a daily problem", "criminal damage rose": a topic
    if tok.pos_ in {"NOUN", "PROPN"}:
        objects = prep_objects(tok, ("on", "against"))
        # (a march against the pension plan is a protest all the same)
        if match.rule.category != "protest" and any(o.lemma_.lower() in words("figurative_objects") for o in objects):
            return True  # "a war on inflation", "an attack on the plan"
        if any(o.lemma_.lower() in words("contest_objects") for o in objects) and not _physical_attack(tok):
            return True  # "an assault on the smartphone market", not "an attack on a market in X killed 12"
    if _criticised(tok):
        return True  # "came under fire over the guidelines", "under fire from critics": criticism, no gunfire
    if tok.lemma_.lower() in words("opponent_words") and _fights_a_hazard(tok):
        return True  # "firefighters battle a blaze", "the fight against the floods": the hazard is the incident
    if tok.lemma_.lower() in words("opponent_words") and not _fights_a_party(tok):
        return True  # "fight terrorism", "the fight against the tax", "fought the senator"
    if tok.lemma_.lower() in words("rivalry_words") and _quarrel(tok) and not armed_sentence(tok):
        return True  # "clashed with a TV host", "Smith and Jones clashed"
    if tok.lemma_.lower() in words("rivalry_words") and _in_a_setting(tok) and not armed_sentence(tok):
        return True  # "clashed ... in their final televised debate", "clash in a Group B match"
    if (
        tok.lemma_.lower() in words("rivalry_words")
        and _among_themselves_over_an_issue(tok)
        and not armed_sentence(tok)
    ):
        return True  # "Councillors clashed over flood defence delays": a dispute among the body's members
    if tok.pos_ == "VERB" and _abstract_agent(tok) and not armed_sentence(tok):
        return True  # "has been hit by budget cuts", "was struck by a wave of resignations"
    if tok.pos_ == "VERB" and _in_a_setting(tok, ("into",)) and not armed_sentence(tok):
        return True  # "storms into the Madrid final", "stormed into the lead": a player's progress
    contest = tok.lemma_.lower() in words("contest_words")
    if contest and (abstract_complement(tok, ("over",)) or _non_place_goal(tok)):
        return True  # "a battle over ideas", "fighting for his homeland": a cause, not a place fought over
    if tok.pos_ == "VERB":
        # "captured two caucuses", "attacked her record": contests, not conquests
        objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
        objects += [a for o in objects if (a := _antecedent_of_it(o)) is not None]
        if any(o.lemma_.lower() in words("figurative_objects") for o in objects):
            return True  # "they had a deal and they blew it up": "it" is the deal
        if _figurative_for_verb(tok, objects):
            return True  # "stole the show", "punched above its weight", "was slapped with a fine"
        # "attacked the market", "occupied an elevated position": a prize, unless arms are about
        # ("rebels attacked a market", "tanks shelled positions of the militia")
        if any(o.lemma_.lower() in words("contest_objects") for o in objects):
            return not _armed_parties(tok)
    return False


#: The most words a quoted label holds beside the trigger ('"outright theft"', '"an act of war"').
_LABEL_WORDS = 3
#: Quotation marks as the tagger tags them.
_QUOTE_TAGS = frozenset({"``", "''"})


def _quoted_label(match: TriggerMatch) -> bool:
    """The trigger is a short quotation that a verb of naming (``label_verbs``) above it gives something.

    'The Kremlin has called any use of its frozen assets "theft"',
    'branded the raid "an act of war"'. Not an unquoted object ("called the
    shooting a terrorist act": the shooting happened), a quoted object
    ('denounced the "massacre" of 40 villagers', 'described the "explosion"
    at the plant as deafening') nor a longer quote.
    """
    tok = match.token
    doc = tok.doc
    start, end = match.span.start, match.span.end
    before = next(
        (t for t in reversed(doc[max(tok.sent.start, start - 1 - _LABEL_WORDS) : start]) if t.tag_ in _QUOTE_TAGS), None
    )
    after = next((t for t in doc[end : min(tok.sent.end, end + 1 + _LABEL_WORDS)] if t.tag_ in _QUOTE_TAGS), None)
    if before is None or after is None:
        return False
    inside = doc[before.i + 1 : after.i]
    if any(t.tag_ in _QUOTE_TAGS or t.is_punct for t in inside) or len(inside) > len(match.span) + _LABEL_WORDS:
        return False
    if tok.dep_ in {"dobj", "nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
        return False  # 'denounced the "terrorist attack" on a police station': the thing named, told
    for up in tok.ancestors:
        if up.pos_ in {"VERB", "AUX"}:
            return up.lemma_.lower() in words("label_verbs")
    return False


def _placed_incident(noun: Token) -> bool:
    """One incident named with its own place: "The derailment *in East Palestine*"."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in noun_lemmas("incident"):
        return False
    return any(names_place(o) for o in prep_objects(noun, ("in", "at", "near")))


def _the_casualties(tok: Token) -> bool:
    """A participle of a toll after an article: "the injured", "the wounded", "the dead" are people, no event."""
    if tok.tag_ != "VBN" or tok.i == 0 or tok.lemma_.lower() not in casualty_verbs():
        return False
    return tok.doc[tok.i - 1].lower_ in DEFINITE_DETERMINERS


def _weapon_sent(verb: Token) -> bool:
    """A weapon sent at a target: "launched 87 drones *at Kyiv*", "rockets *at a military base*".

    The verb's object, or one of its conjuncts, is a weapon itself (none a
    product: ``product_modifiers``, "new", "latest", "its"), and either a direction
    (``hostile_preps``) on the verb or the object names a target: a name
    that is no date and no ``launch_non_targets`` word ("at Kyiv", not
    "towards Mars"), or a noun of ``launch_targets`` ("a military base",
    "oil refineries", "police"); or a participle of striking or of a toll
    goes with it ("launched 40 missiles overnight, hitting power plants").
    A rocket into orbit, a drone at a festival and a rifle at its factory
    send nothing at anyone.
    """
    objects = [o for c in verb.children if c.dep_ in {"dobj", "obj"} for o in (c, *c.conjuncts)]
    weapons = words("weapon_words")
    armed = [o for o in objects if o.lemma_.lower() in weapons or o.lower_ in weapons]
    product = words("product_modifiers")
    if not armed or any(c.lower_ in product for o in armed for c in o.children):
        return False
    non_targets, hostile = words("launch_non_targets"), words("launch_targets")
    for target in (t for h in (verb, *objects) for t in prep_objects(h, tuple(words("hostile_preps")))):
        if target.lemma_.lower() in non_targets or target.ent_type_ == "DATE":
            continue
        named = target.ent_type_ in {"GPE", "NORP", "ORG", "FAC", "LOC"} or target.pos_ == "PROPN"
        if named or target.lemma_.lower() in hostile or target.lower_ in hostile:
            return True
    harm = words("strike_verbs") | set(casualty_verbs())
    return any(c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in harm for c in verb.children)


def _trial(verb: Token) -> bool:
    """A trial word joined to the verb by a hyphen ("*test*-fired", "*trial*-launched"; ``trial_words``)."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ in words("trial_words")


def _fired_at_nothing(verb: Token) -> bool:
    """Weapons fired only into a place they hit no one: "fired three missiles *into the sea*" (``fired_non_targets``).

    Its object is a weapon (``weapon_words``), every direction of the verb
    (``hostile_preps``) is a non-target, no clause goes with it ("...,
    hitting a fishing boat", "to disperse the crowd") and no phrase names a
    scene besides the area it fell in (``fall_area_preps``: "off its east
    coast"; not "near a British destroyer", "outside a nightclub").
    """
    weapons = words("weapon_words")
    if not any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in weapons for c in verb.children):
        return False
    hostile = tuple(words("hostile_preps"))
    directions = prep_objects(verb, hostile)
    directions += [t for d in directions for t in prep_objects(d, hostile)]  # "into the air at the protesters"
    directions = [d for d in directions if d.ent_type_ not in TIME_LABELS]  # "at dawn", "at 6 a.m.": when
    if not directions or any(d.lemma_.lower() not in words("fired_non_targets") for d in directions):
        return False
    if any(c.dep_ in {"advcl", "xcomp", "conj"} and c.pos_ == "VERB" for c in verb.children):
        return False  # "..., damaging the vessel", "into the air to disperse protesters": a clause of what it did
    # no scene or party besides where it fell ("near a British destroyer", "outside a nightclub")
    # (on the verb or on where it fell: "into the air outside a nightclub"; "before fleeing" is a clause too)
    scene = [
        o
        for h in (verb, *directions)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ not in hostile and p.lower_ not in words("fall_area_preps")
        for o in p.children
        if (o.dep_ == "pobj" and o.ent_type_ not in TIME_LABELS) or o.dep_ == "pcomp"
    ]
    return not scene


def _comparison_class(tok: Token) -> bool:
    """A plural noun of superlatives an occurrence is counted among: "is one of the worst floods", "was among ...".

    The occurrence is told elsewhere; the class is none ("This is one of the
    biggest fires we have dealt with").
    """
    if tok.tag_ not in {"NNS", "NNPS"} or tok.dep_ != "pobj":
        return False
    prep = tok.head
    # "This is one of ...", "the fire, one of ...", "It was among ...": a pronoun's predicate or an apposition;
    # "One of the worst attacks came Tuesday" and "Fires in Canada were among the worst" tell the occurrence
    holder = prep.head if prep.lower_ == "of" and prep.head.lower_ == "one" else None
    if holder is not None and holder.dep_ == "appos":
        counted = True
    else:
        verb = (
            holder.head
            if holder is not None and holder.dep_ == "attr"
            else prep.head
            if prep.lower_ == "among"
            else None
        )
        # the subject a pronoun, or one incident itself with its own place ("The derailment in X was one of the
        # worst accidents in Ohio"; "The storm was one of the strongest hurricanes to hit Florida" and "Fires in
        # Canada were among the worst wildfires" tell them)
        counted = (
            verb is not None
            and verb.lemma_ == "be"
            and any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or _placed_incident(c)) for c in verb.children)
        )
    return counted and any(c.tag_ in {"JJS", "RBS"} or c.lower_ == "most" for c in tok.subtree if c.i < tok.i)


def ordinal_of_told(tok: Token) -> bool:
    """A pronoun's predicate noun with an ordinal: "This is the second crash on I-80 this winter".

    "It was the third drowning at the lake this summer": the pronoun is the occurrence told before, and the
    ordinal counts it among others. Not "The second crash happened on Monday", "a second blast hit the
    market" (no pronoun's predicate). The caller drops it only when an incident of its kind was told
    earlier and its sentence has no other trigger ("It was the first quake in decades, and it killed
    40 people" tells the quake).
    """
    if tok.pos_ != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in tok.head.children):
        return False
    return any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in tok.children)


def _clause_of_a_noun(tok: Token) -> bool:
    """A verb the tagger took for a noun ("Police *fire* tear gas", "terrorists *storm* check post").

    The noun has a subject and an object of its own, or a plural noun of
    people or of a group as its modifier (a headline's subject: "gunmen
    storm", "migrants flood"; "winter storm", "flash flood" are weather).
    """
    deps = {c.dep_ for c in tok.children}
    if bool(deps & {"nsubj", "nsubjpass"}) and bool(deps & {"dobj", "obj"}):
        return True
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in casualty_verbs():
        return False  # "Workers fire kills 20", "the miners flood in Shanxi killed 20": the hazard killed
    # right before it ("students hostel fire" has the hostel between)
    return any(
        c.dep_ == "compound"
        and c.i == tok.i - 1
        and c.tag_ == "NNS"
        and (is_person_word(c) or c.lemma_.lower() in _group_words())
        for c in tok.lefts
    )


#: Dependencies of a noun "it" may take up: a thing the clause before was about.
_ANTECEDENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})


def _antecedent_of_it(pronoun: Token) -> Token | None:
    """The singular common noun an object "it" takes up: the latest one before it in its sentence or the one before.

    "They had a deal and they blew it up", "the committee shelved the bill,
    then killed it": what was blown up or killed is the deal, the bill.
    """
    if pronoun.lower_ != "it":
        return None
    doc = pronoun.doc
    start = pronoun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for t in reversed(doc[start : pronoun.i]):
        if t.tag_ == "NN" and t.dep_ in _ANTECEDENT_DEPS and t.ent_type_ not in TIME_LABELS:
            return t
    return None


def _physical_attack(noun: Token) -> bool:
    """An attack on a site that has victims, or one attack with arms about or on a site in a named place.

    "the attack on the market killed 12", "a rocket attack on a crowd", "an
    attack on a market in Omdurman": a real assault, not a contest for buyers.
    A bare plural ("airstrikes against positions in X") stays a kind of act.
    """
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in casualty_verbs():
        return True
    if not any(c.dep_ in {"det", "poss"} for c in noun.children):
        return False
    if armed_sentence(noun):
        return True
    for obj in prep_objects(noun, ("on", "against")):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"in", "near", "at"}):
            if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children):
                return True
    return False


def _armed_parties(verb: Token) -> bool:
    """A military or weapon word in the verb's subject, object or agent ("*rebels* attacked a market")."""
    parties = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "obj", "agent"}]
    return _armed([t for c in parties for t in c.subtree])


def armed_sentence(tok: Token) -> bool:
    """A military or weapon word in the trigger's sentence ("rebels", "troops", "a grenade")."""
    return _armed(tok.sent)


def _armed(tokens: Iterable[Token]) -> bool:
    """Whether any of the tokens is a military or weapon word (``military_words``, ``weapon_words``).

    A word inside a name is none ("Shell said an explosion at its refinery": the company, no shell).
    """
    armed = words("military_words") | words("weapon_words")
    return any(
        (t.lemma_.lower() in armed or t.lower_ in armed) and t.ent_type_ not in {"ORG", "PERSON", "PRODUCT"}
        for t in tokens
    )


#: Entity types that name someone or something ("Lady Gaga stages ...": a name, not a stagecoach).
_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT"})


@per_resources
def _diseases() -> frozenset[str]:
    return frozenset(load_list("lexicons/disease_nouns.en.txt"))


def is_disease(tok: Token) -> bool:
    """A disease or infection (``disease_nouns.en.txt``): "malaria", "cholera", "measles", "dengue fever".

    A name of several words is read with the compounds before its head
    ("Dengue fever has killed five people": "fever" alone is no entry).
    """
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    compounds = [c.lower_ for c in tok.lefts if c.dep_ == "compound"]
    phrase = " ".join([*compounds, tok.lower_])
    return tok.lemma_.lower() in _diseases() or tok.lower_ in _diseases() or phrase in _diseases()


def disease_subject(tok: Token) -> bool:
    """A disease, or an "it" whose antecedent, the latest noun subject before it, is one.

    '"Cholera is preventable, yet it is killing children in these camps"':
    the disease kills, no attacker. The antecedent is sought in the
    pronoun's sentence and the one before.
    """
    if is_disease(tok):
        return True
    if tok.lower_ != "it":
        return False
    start = sentence_back(tok, 1).start
    subject = next(
        (
            t
            for t in reversed(tok.doc[start : tok.i])
            if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )
    return subject is not None and is_disease(subject)


def is_vehicle(tok: Token) -> bool:
    """An unnamed vehicle (``vehicles.en.txt``): "the coaches derailed", "a bus overturned".

    A phrase with a name in it is no unnamed vehicle ("Lady Gaga stages
    protest", parsed as a noun phrase headed by "stages").
    """
    if not is_vehicle_word(tok):
        return False
    return not any(t.ent_type_ in _NAME_ENTS or t.pos_ == "PROPN" for t in tok.subtree)


def is_vehicle_head(tok: Token) -> bool:
    """An unnamed vehicle by its own words, whatever phrases follow it ("a bus *on Harlan Avenue*").

    A maker and model before it name no owner ("the Boeing 757 freighter"; ``vehicle_makers``).
    """
    if not is_vehicle_word(tok):
        return False
    return not any(
        (t.ent_type_ in _NAME_ENTS or t.pos_ == "PROPN") and not is_product_word(t)
        for c in tok.lefts
        for t in c.subtree
    )


def named_storm(actor: Actor) -> bool:
    """A storm's name ("Typhoon Hagino", "Hurricane Milton"; ``storm_name_words``): nature, never a party."""
    parts = actor.name.lower().split()
    if len(parts) < 2 or parts[-1] in words("storm_named_bodies"):
        return False  # "the Storm Riders gang": a body of people named with a storm word
    return parts[0] in words("storm_name_words")


def storm_subjects(verb: Token) -> list[Token]:
    """The verb's subjects that name a storm ("Typhoon Hagino made landfall, killing five"; ``storm_name_words``)."""
    storms = words("storm_name_words")
    return [
        s
        for s in subjects_of(verb)
        if s.lower_ in storms
        or any(c.dep_ == "compound" and c.lower_ in storms for c in s.children)
        or (s.i > 0 and s.doc[s.i - 1].lower_ in storms)  # the parse may cut "Typhoon" off its name
        if s.lemma_.lower() not in words("storm_named_bodies")  # "the Storm Riders gang attacked a bar"
    ]


#: Dependencies of the words that say what a blast's source is ("a *gas* cylinder", "*chemical* plant").
_SOURCE_WORDS = frozenset({"compound", "nmod", "amod"})


def _source_words(source: Token) -> list[Token]:
    """The words before a blast's source that say what it is: all of them, or a vehicle's own modifiers only."""
    if is_vehicle_word(source):
        return [c for c in source.children if c.dep_ in _SOURCE_WORDS]
    return [c for c in source.subtree if c.i < source.i and c.dep_ in _SOURCE_WORDS]


def accidental_blast(tok: Token, actors: Iterable[Actor]) -> bool:
    """A blast whose source blows up by itself: a fuel, a container or a plant (``blast_sources``).

    "a gas cylinder exploded in a restaurant", "a fuel tanker exploded",
    "an explosion at a chemical plant", "a gas explosion", "an explosion at
    a coal mine" (a work site of ``blast_sites``): an accident when
    no military or weapon word is in the sentence ("a car bomb exploded")
    and no named party did it.
    """
    if tok.lemma_.lower() not in words("blast_triggers") or any(is_named(a) for a in actors):
        return False
    if _armed(tok.sent):
        return False
    if tok.pos_ == "VERB":
        # (also of a conjunct: "a gas line ruptured and exploded"; not a vehicle's: "a fuel truck rammed
        # the gate and exploded" may be a bomb)
        own = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        sources = own or [s for s in subjects_of(tok) if not is_vehicle_word(s)]
        sites = prep_objects(tok, ("at", "in"))  # "exploded at a coal mine"
    else:
        sources = [c for c in tok.children if c.dep_ in _SOURCE_WORDS]
        sources += prep_objects(tok, ("of", "at"))
        sites = prep_objects(tok, ("at", "in"))
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            sites += prep_objects(tok.head, ("at", "in"))  # "the explosion happened ... at the Soma coal mine"
    kinds = words("blast_sources")
    # the source's own words before it ("a natural *gas* transmission *line*"; a vehicle's nearest only:
    # "a fuel delivery truck" may be a bomb)
    parts = [t for s in sources for t in (s, *_source_words(s))]
    if any(t.lemma_.lower() in kinds or t.lower_ in kinds for t in parts):
        return True
    places = words("blast_sites")  # "an explosion at a coal mine" (a mine that explodes is a weapon)
    return any(t.lemma_.lower() in places or t.lower_ in places for t in sites)


def _protesters(verb: Token, *, street: bool = False) -> bool:
    """The verb's subject (or its "of" phrase: "thousands of protesters") is a protest group.

    A gathering that demands something is a protest whoever gathers ("About
    200 residents rallied outside City Hall, demanding that ...":
    ``demand_verbs`` of ``modality.en.yaml`` in a participle of the verb),
    and so is one that protests (``protest_acts`` in a participle or a
    purpose clause: "protesting the cuts", "to oppose the plan") or holds up
    protest props (``protest_props``: "holding signs"). Out in the streets
    (``street``: "took to the streets"), a purpose of demanding is a protest
    too ("to demand his resignation"); a gathering to demand is not
    ("investors gathered to demand a higher dividend"). There only a true
    demand counts (``street_demands``: "to demand", "calling for"; not "to
    seek votes", "to request help", "wanting sweets").
    """
    groups = words("protest_groups")
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for t in (subject, *prep_objects(subject, ("of",))):
            if t.lemma_.lower() in groups or t.lower_ in groups:
                return True
    # out in the streets only a true demand counts ("to demand his resignation", "calling for new
    # elections"; not "to seek votes", "wanting sweets", "to request help")
    demands = words("street_demands") if street else modality_words("demand_verbs")
    acts = words("protest_acts")
    for clause in (c for c in verb.children if c.dep_ in {"advcl", "xcomp"}):
        lemma = clause.lemma_.lower()
        if lemma == "call" and street and not any(c.dep_ == "prep" and c.lower_ == "for" for c in clause.children):
            continue  # "to call for new elections"; not "to call a friend"
        if (clause.tag_ == "VBG" or (street and is_to_infinitive(clause))) and lemma in demands:
            return True  # "demanding his release"; in the streets, "to demand the resignation of the minister"
        if (clause.tag_ == "VBG" or is_to_infinitive(clause)) and lemma in acts:
            return True  # "protesting the cuts", "to oppose the plan"
    # "holding signs", "carrying placards" (the parse may make the participle a modifier of the prop); a
    # crowd of fans or mourners holds signs of support or grief (``non_protest_crowds``)
    crowds = words("non_protest_crowds")
    if any(c.dep_ == "nsubj" and (c.lemma_.lower() in crowds or c.lower_ in crowds) for c in verb.children):
        return False
    props = [t for t in verb.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in words("protest_props")]
    return any(p.head.tag_ == "VBG" or any(c.tag_ == "VBG" for c in p.children) for p in props)


def demanding_gathering(noun: Token) -> bool:
    """A rally or vigil held to demand something: a protest ("held a vigil outside the station demanding answers").

    The noun is a rally or vigil (``demanding_gatherings``) and the verb that
    holds it (its object: "held", "staged") has a participle of demand or
    protest (``gathering_demands``, ``protest_acts``) or a purpose of protest
    ("to oppose the closure"); "supporters held a rally in Leeds", "mourners
    held a vigil for the victims" and a campaign's "held a rally seeking
    votes" or "urging supporters to vote" are none.
    """
    if noun.dep_ not in {"dobj", "obj"} or noun.head.pos_ != "VERB":
        return False
    if noun.lemma_.lower() not in words("demanding_gatherings"):
        return False
    demands = words("gathering_demands") | words("protest_acts")
    for clause in noun.head.children:
        if clause.dep_ not in {"advcl", "xcomp"} or clause.lemma_.lower() not in demands:
            continue
        if clause.tag_ == "VBG" or (is_to_infinitive(clause) and clause.lemma_.lower() in words("protest_acts")):
            return True
    return False


def _told_as_past(noun: Token) -> bool:
    """The noun's relative clause tells it happened: "the earthquake *that struck* X", "the attack which killed 9".

    The clause's verb is one of striking, of a toll or of occurring
    (``strike_verbs``, ``casualty_verbs``, ``occurrence_verbs``); "a fight
    that drew 150 residents to City Hall" tells no incident.
    """
    told = words("strike_verbs") | words("occurrence_verbs") | set(casualty_verbs())
    return any(
        c.dep_ == "relcl"
        and c.tag_ == "VBD"
        and c.lemma_.lower() in told
        and not any(a.dep_ == "aux" for a in c.children)
        and not any(t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 for t in c.subtree)
        for c in noun.children
    )  # (a year in the clause makes it background: "discussed floods that killed thousands in 2022")


#: The least number of people a count makes a street crowd.
_CROWD_SIZE = 100


def _crowd_in_a_place(verb: Token) -> bool:
    """A crowd that protests something somewhere: "Students protested the fee rise in Nairobi".

    The verb is one of ``protest_acts``; the subject is a crowd
    (``unrest_groups``, ``protest_groups``) or persons counted by the
    hundred at least ("thousands of nurses"; not "opposition lawmakers" or
    "dozens of lawmakers protested the ruling in parliament"); and a place
    is named in or at which they acted (``setting_preps``, on the verb or its
    object: "the fee rise in Nairobi").
    """
    if verb.lemma_.lower() not in words("protest_acts"):
        return False  # "engineers demonstrated the robot in Leeds", "marched the prisoners to X"
    crowds = words("unrest_groups") | words("protest_groups")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    counted = [
        g
        for s in subjects
        if (g := counted_group(s)) is not s and g.tag_ == "NNS" and is_person_word(g) and _crowd_count(s)
    ]
    if not counted and not any(s.lower_ in crowds for s in subjects):
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]  # (the parse may hang it there)
    return any(names_place(o) for h in holders for o in prep_objects(h, words("setting_preps")))


def _crowd_count(count: Token) -> bool:
    """A count of a crowd: a hundred or more ("thousands of", "about 500 of"; not "dozens of")."""
    found = parse_quantity(count.doc[count.left_edge.i : count.i + 1].text)
    return found is not None and found[0] >= _CROWD_SIZE


def _relative_object(verb: Token) -> bool:
    """A relative clause whose head noun is the verb's object ("the humor *he demonstrated*")."""
    if verb.dep_ != "relcl" or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.tag_ not in {"WDT", "WP"} and c.lower_ != "that" for c in subjects)


def _market_move(verb: Token) -> bool:
    """A rise or fall of an amount, not of a vehicle or a bomb: "the Nasdaq plunged 2.3%", "sales exploded".

    The verb has no vehicle or structure for subject, and its subject is an
    amount or market word (``quantity_subjects``), or the clause measures
    the move (a percentage or a sum after the verb: "crashed below
    $60,000") or names a level (``market_levels``: "sank to a record low",
    "toppled from its record high").
    """
    kinds = vehicle_nouns() | words("structure_words")
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(s.lemma_.lower() in kinds or s.lower_ in kinds for s in subjects):
        return False
    if any(s.lemma_.lower() in words("quantity_subjects") for s in subjects):
        return True
    for child in verb.children:
        if child.i < verb.i or child.dep_ in {"nsubj", "nsubjpass", "punct", "cc", "conj"}:
            continue
        if any(t.ent_type_ in {"PERCENT", "MONEY"} for t in child.subtree):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(
                p.dep_ == "pobj"
                and p.lemma_.lower() in words("quantity_subjects")
                and not any(c.dep_ in {"det", "poss", "amod"} for c in p.children)
                for p in child.children
            )
        ):
            return True  # "has exploded in value"; not "a bomb exploded in a (crowded) market": a place
        if child.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in words("market_levels") for p in child.children
        ):
            return True
    return False


def _people_words() -> frozenset[str]:
    """Words of a crowd or of civilians (``unrest_groups``, ``victim_groups``, ``civilian_groups``)."""
    return words("unrest_groups") | words("victim_groups") | words("civilian_groups")


def _state_subject(verb: Token) -> bool:
    """The verb's subject is a country or a body of its government: a diplomatic protest, no unrest.

    "Japan protests", "China protested the visit"; also the subject of the
    verb it completes ("The Philippines summoned the ambassador to protest",
    "the Department of Foreign Affairs ... to protest") and a body headed by
    a state or portfolio word (``state_words``, ``portfolio_words``). Not
    when that verb's object is a crowd, who protest ("The regime forced
    thousands of civil servants to protest").
    """
    classes = word_classes()
    bodies = classes.state_words | classes.portfolio_words
    crowds = _people_words()
    if verb.dep_ in {"xcomp", "advcl"} and any(
        o.dep_ in {"dobj", "obj"} and (_crowd_count(o) or o.lemma_.lower() in crowds) for o in verb.head.children
    ):
        # "forced thousands of civil servants to protest", "bused supporters in to protest": they did ("summoned
        # Japanese diplomats to protest": the state did)
        return False
    for subject in (s for s in subjects_of(verb) if s.dep_ == "nsubj"):
        if subject.ent_type_ == "GPE" and country_code(subject.text) is not None:
            return True
        if subject.lower_ in bodies and subject.i < verb.i and not is_person_word(subject):
            return True
    return False


def _inside_organisation_name(tok: Token) -> bool:
    """A word of an organisation's name before its organisation word ("*Flood* Relief Fund", "*War* Child Trust").

    The name is one entity whose head is an ``organisation_words`` noun; "Hurricane Milton" (tagged an
    organisation too) ends in a name, not in such a word.
    """
    if tok.ent_type_ not in {"ORG", "FAC"} or tok.ent_iob_ not in {"B", "I"}:
        return False
    head = tok.head
    if head.i <= tok.i or head.ent_type_ != tok.ent_type_ or head.lower_ not in word_classes().organisation_words:
        return False
    return all(t.ent_iob_ == "I" for t in tok.doc[tok.i + 1 : head.i + 1])


def _vehicle_argument(verb: Token) -> bool:
    """No object and no passive subject, or one that is a vehicle or a structure ("the bus overturned").

    A vehicle subject makes the verb literal whatever the parse took for its object.
    """
    things = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    if not things:
        return True
    kinds = vehicle_nouns() | words("structure_words")
    if any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in kinds or c.lower_ in kinds or is_product_word(c))
        for c in verb.children
    ):
        # "their boat sank off X province" (the place misread as an object): the vehicle went down; "a Boeing
        # 737 slid off the end of the runway": a maker and model are an aircraft (``vehicle_makers``)
        return True
    return any(t.lemma_.lower() in kinds or t.lower_ in kinds for t in things)


def _vehicle_modified(noun: Token) -> bool:
    """A vehicle modifies the noun or is its "of" object: "a bus plunge", "the plunge of a minibus"."""
    mods = [c for c in noun.children if c.dep_ in {"compound", "nmod", "poss", "amod"}] + prep_objects(noun, ("of",))
    return any(is_vehicle_word(m) for m in mods)


def vehicle_subject(verb: Token) -> bool:
    """A vehicle, its driver or pilot, or a pronoun for one is the verb's subject ("a Boeing 737 slid off ...").

    A vehicle word, a maker and model, a word of ``driver_words``, or "it"
    or "they" (a vehicle told before: "The bus left at dawn. It skidded off
    the road").
    """
    kinds = vehicle_nouns() | words("driver_words")
    return any(
        s.lemma_.lower() in kinds or s.lower_ in kinds or is_product_word(s) or s.lower_ in {"it", "they"}
        for c in subjects_of(verb)  # (also the noun a participle modifies: "a turboprop skidded off ...")
        for s in (c, *c.conjuncts)
    )


def _lone_vehicle(match: TriggerMatch) -> bool:
    """A vehicle word heads the subject and nothing is the object of the verb or its particle ("a bus rolled over").

    Not "Russian tanks rolled over the border" (the particle's object), "they
    flipped over tables" (a pronoun, an object), "the cyclist rolled over the
    finish line" (a rider).
    """
    verb = match.token
    if any(c.dep_ in {"dobj", "obj", "nsubjpass"} for c in verb.children):
        return False
    last_words = {p.split()[-1].lower() for p in match.rule.phrases}
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    particles = [c for c in verb.children if c.lower_ in last_words]
    if nxt is not None and nxt.lower_ in last_words:
        particles.append(nxt)
    if any(c.dep_ in {"pobj", "dobj", "obj", "pcomp"} for p in particles for c in p.children):
        return False
    vehicles = vehicle_nouns()
    subjects = [s for c in subjects_of(verb) for s in (c, *c.conjuncts)]
    return bool(subjects) and all(s.lemma_.lower() in vehicles or s.lower_ in vehicles for s in subjects)


def _filled_with(noun: Token) -> bool:
    """The noun is what a participle describing another noun is filled or covered "with".

    "a pond *filled with floodwater*", "streets covered with floodwater": the
    state of a thing, not an occurrence ("homes were flooded with water" and
    "floodwaters swept through the town" keep theirs).
    """
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "with" and prep.head.tag_ == "VBN" and prep.head.dep_ == "acl"


def _water_subject(verb: Token) -> bool:
    """Water, weather or a storm floods: the subject, or a passive's "by" agent (``flood_sources``).

    "The Burdekin River flooded", "the River Taff burst its banks, flooding
    400 homes" (a word of the name), "Storm Rosal flooded parts of Cebu". A
    water word measuring a crowd is none ("a river of refugees", "a sea of
    supporters flooded the square").
    """
    if _flooded_place(verb):
        return True
    sources = words("flood_sources")
    causes = [
        s
        for s in [*(s for s in subjects_of(verb) if s.dep_ != "nsubjpass"), *agent_of(verb)]
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in s.children)
    ]
    return bool(storm_subjects(verb)) or any(
        s.lemma_.lower() in sources
        or s.lower_ in sources
        or any(c.dep_ == "compound" and c.lower_ in sources for c in s.children)
        for s in causes
    )


#: Past forms of the passive auxiliary: "was flooded", "have been flooded" (not "will be", "could be": a forecast).
_PAST_PASSIVE = frozenset({"was", "were", "been"})


def _flooded_place(verb: Token) -> bool:
    """A place or a building was flooded, no cause named: "the school was flooded on Tuesday night".

    A passive in the past with no "by" agent, whose subject (or the "of"
    phrase of a portion word, "parts of the town") is a named place or one
    of ``flooded_things`` (homes, streets, fields; not a market, flooded
    with goods as often as with water). A "with" phrase must be water or
    mud (``natural_masses``: "flooded with calls", "flooded with
    applications" are none), and a forecast ("could be flooded") has no
    past auxiliary.
    """
    auxes = [c for c in verb.children if c.dep_ == "auxpass"]
    if not auxes or any(a.lower_ not in _PAST_PASSIVE for a in auxes) or agent_of(verb):
        return False
    if _unhappened_flooding(verb):
        return False
    masses = words("natural_masses")
    if any(o.lemma_.lower() not in masses for o in prep_objects(verb, ("with",))):
        return False  # "the lines were flooded with calls"
    things = words("flooded_things")
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        for s in (subject, *subject.conjuncts, *prep_objects(subject, ("of",))):
            named = s.ent_type_ in {"GPE", "LOC", "FAC"} or (s.pos_ == "PROPN" and resolve_place(s.text) is not None)
            if named or s.lemma_.lower() in things or s.lower_ in things:
                return True
    return False


def _unhappened_flooding(verb: Token) -> bool:
    """A flooding the clause denies, supposes, intends or tells as a yearly practice.

    "None of the homes were flooded", "no homes were flooded" (a denying
    subject); "could have been flooded", "if the station had been flooded"
    (a modal or a condition: ``hypothetical_aux``, ``conditional_marks``);
    "was flooded deliberately", "was flooded to create a rink" (a purpose or
    ``deliberate_adverbs``: a work, no disaster); "were flooded in October as
    they are every year" (an elliptical "as" clause in the present: a practice).
    """
    hypothetical = modality_words("hypothetical_aux")
    conditional = modality_words("conditional_marks")
    if any(c.dep_ == "aux" and (c.lower_ in hypothetical or c.tag_ == "MD") for c in verb.children):
        return True
    if any(t.dep_ == "mark" and t.lower_ in conditional for t in (verb, *verb.ancestors) for t in t.children):
        return True
    denying = modality_words("negative_subjects")
    negative = modality_words("negative_determiners")
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        if subject.lower_ in denying or any(c.dep_ == "det" and c.lower_ in negative for c in subject.children):
            return True
    deliberate = words("deliberate_adverbs")
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in deliberate:
            return True
        if is_to_infinitive(child):
            return True  # "flooded to create new wetlands"
        if (
            child.dep_ == "advcl"
            and child.pos_ == "AUX"
            and child.tag_ in {"VBP", "VBZ"}
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children)
        ):
            return True  # "as they are every year", "as they usually are": an elliptical present, a practice
    return False


def vehicle_party(verb: Token) -> bool:
    """A vehicle is the verb's subject, object or partner ("two trains collided", "a bus hit a truck").

    For a noun, a vehicle among its modifiers or its "between"/"with"/"of"/"involving"
    objects: "a collision between two trains", "a bus collision"; or a way
    vehicles travel or meet among its modifiers (``traffic_ways``: "the runway
    collision", "a head-on collision").
    """
    if verb.pos_ in {"NOUN", "PROPN"}:
        parties = [c for c in verb.children if c.dep_ in {"compound", "nmod", "poss"}]
        ways = words("traffic_ways")
        if any(c.lower_ in ways for c in verb.children if c.dep_ in {"compound", "nmod", "amod", "advmod"}):
            return True
        parties += prep_objects(verb, ("between", "with", "of", "involving"))
    else:
        parties = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"}]
        parties += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return any(is_vehicle_word(p) for t in parties for p in (t, *t.conjuncts))


def vehicle_struck(verb: Token) -> bool:
    """A road, rail or water vehicle struck (``impact_verbs``) a vehicle or a structure, with no weapon: an accident.

    "a truck struck a school bus", "a train slammed into a lorry", "a coach
    ploughed into a wall", "his car struck a guardrail" (``roadside_objects``),
    "a car struck a pedestrian" (``road_users``, by an impact verb that is no
    ramming verb); not "a truck bomb struck the base" (a weapon),
    "helicopters hit positions" (aircraft) or "a truck ploughed into the
    crowd" (people struck: it may be an attack).
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("impact_verbs") or _armed_parties(verb):
        return False
    movers = [c for c in verb.children if c.dep_ == "nsubj"] + agent_of(verb)
    struck = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}] + prep_objects(verb, ("into", "onto"))
    if not struck and any(c.dep_ == "auxpass" for c in verb.children):
        struck = _passive_sufferers(verb)  # "a woman died after being hit by a van": the woman was hit
    vehicles, aircraft = vehicle_nouns(), words("aircraft_words")
    things = vehicles | words("structure_words") | words("roadside_objects")
    if verb.lemma_.lower() not in words("ramming_verbs"):
        things = things | words("road_users")  # "a car struck a pedestrian"; "ploughed into a crowd" may be no accident
    return any(
        (p.lemma_.lower() in vehicles or p.lower_ in vehicles) and p.lemma_.lower() not in aircraft
        for t in movers
        for p in (t, *t.conjuncts)
    ) and any(p.lemma_.lower() in things or p.lower_ in things for t in struck for p in (t, *t.conjuncts))


def _storm_named_body(tok: Token) -> bool:
    """A storm word opening the name of a body of people (``storm_named_bodies``): "the Storm Riders gang".

    The compounds from the storm word end in a group noun, with a proper noun between ("the Hurricanes
    Boys club"); "Storm Elin", "Cyclone Mora" end in the storm's own name.
    """
    if tok.lemma_.lower() not in words("storm_name_words") and tok.lower_ not in words("storm_name_words"):
        return False
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    between = tok.doc[tok.i + 1 : head.i]
    return head.lemma_.lower() in words("storm_named_bodies") and any(t.pos_ == "PROPN" for t in between)


def _passive_sufferers(verb: Token) -> list[Token]:
    """Who underwent a passive with no subject of its own: the subject of the clause it hangs from.

    "a woman died after being hit by a van" (the participle after a preposition), "was taken to hospital
    after being struck by a car": the clause's subject.
    """
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return subjects_of(verb.head.head)
    return subjects_of(verb)


def _won_contest(verb: Token) -> bool:
    """A conquest verb with a person as subject and no military word in the sentence: an election won."""
    if verb.lemma_.lower() not in words("conquest_verbs"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.tag_ in {"WP", "WDT"} or c.lower_ == "that" for c in subjects):
        subjects = [verb.head]  # "Ted Cruz, who captured Texas": the relative pronoun's noun
    if not any(_person(s) for s in subjects):
        return False
    return not armed_sentence(verb)


def _recorded(verb: Token) -> bool:
    """A conquest verb whose "on" or "by" phrase is a recording medium (``recording_media``): filmed.

    "the incident was captured on CCTV", "the attack was caught on camera":
    a recording, not a place taken.
    """
    if verb.lemma_.lower() not in words("conquest_verbs"):
        return False
    media = words("recording_media")
    return any(
        o.lemma_.lower() in media or o.lower_ in media
        for p in verb.children
        if p.dep_ in {"prep", "agent"} and p.lower_ in {"on", "by"}
        for o in p.children
        if o.dep_ == "pobj"
    )


def _pelted(verb: Token) -> bool:
    """Things were thrown at someone or something (``thrown_missiles``): "pelted with stones", "stoned by youths".

    A "with" object must be a thrown thing ("pelted with bottles"; not
    "pelted with questions"). Without one, only "stone" with a thrower (an
    active subject or a passive's "by" agent) or "to death" is an attack:
    "youths stoned the convoy", "was stoned by a mob", "was stoned to death";
    a bare passive is another sense ("he got stoned at a party").
    """
    if any(c.dep_ in {"dobj", "obj"} and c.lower_ == "other" for c in verb.children):
        return False  # "revellers pelted each other with snowballs": play, no one attacked
    if _told_by_scripture(verb):
        return False  # "was stoned by a crowd, according to the Acts of the Apostles": a story of old
    thrown = prep_objects(verb, ("with",))
    thrown += [c for t in thrown for c in t.children if c.dep_ == "conj"]
    if thrown:
        if any(_hostile_missile(o) for o in thrown):
            return True
        # eggs and tomatoes are thrown in protest only by protesters ("pelted with eggs by protesters"; not
        # "critics pelted the musical with rotten tomatoes", "a busker pelted with coins by a crowd")
        soft = words("protest_missiles")
        throwers = [c for c in verb.children if c.dep_ == "nsubj"]
        throwers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        groups = words("protest_groups")
        return any(o.lemma_.lower() in soft or o.lower_ in soft for o in thrown) and any(
            t.lemma_.lower() in groups or t.lower_ in groups for t in throwers
        )
    if verb.lemma_.lower() != "stone":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_human(c) for c in subjects) and any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return True  # "youths stoned the convoy"
    if any(_human(o) for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
        return True  # "was stoned by a mob"; not "was stoned by lunchtime"
    return any(o.lower_ == "death" for o in prep_objects(verb, ("to",)))


def _hostile_missile(thing: Token) -> bool:
    """A thrown thing of ``thrown_missiles`` ("stones", "bottles"), not a compound of play or weather.

    A compound's modifier must itself be hostile (``hostile_missile_modifiers``:
    "petrol bombs", "paving stones"); "hail stones", "glow sticks" and "water
    bombs" are no missiles of an attack.
    """
    missiles = words("thrown_missiles")
    if thing.lemma_.lower() not in missiles and thing.lower_ not in missiles:
        return False
    hostile = words("hostile_missile_modifiers")
    return all(c.lemma_.lower() in hostile or c.lower_ in hostile for c in thing.children if c.dep_ == "compound")


def _human(tok: Token) -> bool:
    """A person or a group of people: a person noun, a group word, a person or group name ("youths", "a mob")."""
    tokens = [tok, *prep_objects(tok, ("of",))]  # "a group of men"
    return any(
        t.ent_type_ in {"PERSON", "NORP", "ORG"}
        or is_person_noun(t)
        or is_person_word(t)
        or t.lemma_.lower() in _group_words()
        or t.lower_ in _group_words()
        or t.lower_ in words("spectator_crowds")
        for t in tokens
    )


def _told_by_scripture(verb: Token) -> bool:
    """The sentence cites a scripture or legend as its source ("according to the Acts of the Apostles")."""
    sources = words("scriptural_sources")
    for tok in verb.sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            heads = [t for t in tok.doc[tok.i + 1].subtree if t.pos_ in {"NOUN", "PROPN"}]
            if heads and heads[0].lower_ in sources:
                return True
    return False


def _person(tok: Token) -> bool:
    """A person: a PERSON entity, a person pronoun, or a name that opens with a known first name."""
    if tok.ent_type_ == "PERSON" or tok.lower_ in word_classes().person_pronouns:
        return True
    name = " ".join(t.text for t in tok.subtree if t.pos_ == "PROPN")
    return tok.pos_ == "PROPN" and first_name_gender(name) is not None


def _verbal(tok: Token) -> bool:
    """An attack made by or through a means of communication, or for what someone did or said.

    "ads attacking the senator", "targeted voters via mail and phone calls",
    "a disinformation network targeting voters", "attacked
    voters for opposing the plan", "attacked the mayor for his remarks".
    """
    means = words("verbal_instruments")
    by = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "acl":
        by.append(tok.head)  # "ads attacking the senator"
    by += [c for b in by for c in b.children if c.dep_ in {"compound", "amod"}]  # "a *disinformation* network"
    if any(b.lemma_.lower() in means for b in by):
        return True
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if prep.lower_ in {"with", "via", "through", "in"} and any(o.lemma_.lower() in means for o in objects):
            return True
        if prep.lower_ == "for" and any(
            (o.dep_ == "pcomp" and o.tag_ == "VBG") or o.lemma_.lower() in means for o in objects
        ):
            return True
    return False


@per_resources
def _verb_objects() -> dict[str, frozenset[str]]:
    """``figurative_verb_objects``: verb lemma -> the objects that make it figurative."""
    table = lexicon_extra(_TYPE, "figurative_verb_objects") or {}
    return {str(verb).lower(): frozenset(str(w).lower() for w in objs) for verb, objs in table.items()}


def _figurative_for_verb(verb: Token, objects: list[Token]) -> bool:
    """An object (or a "with"/"above" phrase) that makes this verb figurative (``figurative_verb_objects``).

    "stole the show", "stole a late winner", "punched above its weight",
    "slapped tariffs on", "was slapped with a fine"; another verb keeps the
    same noun literal ("Gunmen attacked a fashion show").
    """
    wanted = _verb_objects().get(verb.lemma_.lower())
    if not wanted:
        return False
    phrases = [*objects, *prep_objects(verb, ("with", "above"))]
    return any(o.lemma_.lower() in wanted or o.lower_ in wanted for o in phrases)


def _criticised_over(verb: Token) -> bool:
    """A named person attacked someone over or for a matter: "Verma attacked the government over rising prices".

    The verb's "over"/"for" phrase (``blame_preps``) is a bare abstract noun
    or a matter of ``figurative_agents`` (prices, costs, cuts), its subject
    a person's name, its object no place or country and nothing armed in
    the sentence: criticism, not violence. A country attacking another
    over a programme, or villagers a family over a dispute, keep the attack.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(_person(s) for s in subjects) or armed_sentence(verb):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if any(o.ent_type_ in {"GPE", "LOC", "FAC", "NORP"} for o in objects):
        return False
    matters = [o for o in prep_objects(verb, tuple(words("blame_preps"))) if o.pos_ == "NOUN"]
    return any(is_abstract(o) or o.lemma_.lower() in words("figurative_agents") for o in matters)


def _abstract_agent(verb: Token) -> bool:
    """A passive verb whose "by" agent is no force: "hit by budget cuts", "hit by a wave of resignations".

    The agent (or what its measure counts: "a wave *of resignations*") is
    a bare abstract noun or one of ``figurative_agents`` (costs, cuts,
    sanctions, inflation ...), and no place, body or people name it.
    """
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    measures = words("mass_nouns") | words("onset_nouns")  # "a wave of", "a flood of"
    agents = [next(iter(prep_objects(a, ("of",))), a) if a.lemma_.lower() in measures else a for a in agents]
    figures = words("figurative_agents")
    return bool(agents) and all(
        (is_abstract(a) or a.lemma_.lower() in figures)
        and not any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"} for t in a.subtree)
        for a in agents
    )


def _abstract_object(verb: Token) -> bool:
    """Every direct object is a bare abstract noun (first WordNet sense) or a measure, none a place or a vehicle.

    "hit a placard", "attacked four provisions of the tax code": what was
    struck is no one and nothing physical; "is targeting annual output",
    "hit record sales" (``quantity_subjects``) aim at a figure.
    """
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not objects:
        return False
    for obj in objects:
        # "is targeting annual output of 3m tonnes" (a bare measure; "targeted the market in Goma" is a place)
        measure = obj.lemma_.lower() in words("quantity_subjects") and not any(c.dep_ == "det" for c in obj.children)
        if not (is_abstract(obj) or measure) or obj.lemma_.lower() in vehicle_nouns():
            return False
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in obj.children):
            return False  # "targeted data systems": a thing named by what it holds may be physical
        if any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG"} for t in obj.subtree):
            return False
    return True


def _known_person_of(tok: Token) -> bool:
    """The trigger only says which known person is meant: "the stabbing victim", "the shooting suspect".

    A trigger modifying a person noun with a definite determiner or a
    possessor refers back to an event the article tells elsewhere; "a
    shooting victim was found" still tells of one.
    """
    person = tok.head
    if tok.dep_ not in {"compound", "amod"} or person.i == tok.i or not is_person_word(person):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in person.children)


def _mass_measure(tok: Token) -> bool:
    """A disaster noun measuring a mass that is no natural one ("a flood of money", not "a flood of water")."""
    if tok.lemma_.lower() not in words("mass_nouns"):
        return False
    masses = words("natural_masses")
    objects = prep_objects(tok, ("of",))
    return bool(objects) and not any(o.lemma_.lower() in masses for o in objects)


def _structure(tok: Token) -> bool:
    """What collapsed is a structure ("the collapse of a bridge", "a building collapsed")."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        things = [*prep_objects(tok, ("of",)), *(c for c in tok.children if c.dep_ in {"compound", "poss"})]
    else:
        things = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(t.lemma_.lower() in words("structure_words") for t in things)


#: Entity labels of the parties a war is fought against.
_PARTY_LABELS = frozenset({"ORG", "NORP", "GPE"})


def _names_object(verb: Token) -> bool:
    """The verb calls its object something: an object and a noun predicated of it ("called the strike a massacre").

    "shot him dead" predicates an adjective: a result, no name.
    """
    has_object = any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    return has_object and any(c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def compared_with(tok: Token) -> int | None:
    """The index of the "since" object whose phrase holds the token (``comparison_preps``), if any."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "pobj" and t.head.lower_ in words("comparison_preps"):
            return t.i
    return None


def _since_start(tok: Token) -> bool:
    """The noun is where a period of the clause starts ("since the invasion", ``comparison_preps``).

    The caller asks it of a lasting conflict (``lasting_conflicts``): one the
    clause counts from is background (the annotation guide's "ongoing wars
    ... mentioned only as background"), not the news.
    """
    return tok.pos_ == "NOUN" and compared_with(tok) == tok.i


def _background_conflict(tok: Token) -> bool:
    """A lasting conflict told as the setting of something else, not as what happened.

    What people flee (``flight_verbs``: "refugees fleeing the war in
    Sudan"), the "of" phrase of a noun of its span or its reporting
    (``background_heads``: "years of conflict", "coverage of the war in
    Ukraine"), or an "amid" or "into" phrase (``background_preps``: "prices
    rose amid the war", "drags Europe deeper into the war"), or the object
    of a to-infinitive ("the ability to finance its war"). Its own
    clause ("the war that killed ...") still tells it.
    """
    if tok.pos_ != "NOUN" or any(c.dep_ in {"relcl", "acl"} for c in tok.children):
        return False
    if any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in _PARTY_LABELS for c in tok.children):
        return False  # "fled the Russian invasion of X": a party's act
    head = tok.head
    if (
        tok.dep_ in {"dobj", "obj"}
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    ):
        return True  # "to reduce the enemy's ability to finance its war": the war what an act would serve
    if tok.dep_ in {"dobj", "obj"}:
        # what people flee, unless the flight is told as a dated occurrence of its own ("fled the insurgency
        # in X on Thursday when rebels captured the town")
        told = any(t.ent_type_ in TIME_LABELS for t in head.subtree) or any(c.dep_ == "advcl" for c in head.children)
        return head.pos_ == "VERB" and head.lemma_.lower() in words("flight_verbs") and not told
    if tok.dep_ != "pobj":
        return False
    if head.lower_ in words("background_preps"):
        return True  # "prices rose amid the war", "drags Europe deeper into the war"
    return head.lower_ == "of" and head.head.lemma_.lower() in words("background_heads")


def _told_as_struck(tok: Token) -> bool:
    """The clause tells the trigger as past or going on, and no "any" or "every" makes it any such event.

    For ``needs_past``: "locust swarms devastated crops", "an armyworm
    outbreak *is ravaging* maize fields" (the trigger the subject of a
    progressive with an object); not "Kenya is bracing for new locust
    swarms", "swarms are heading towards X", "experts fear swarms are forming".
    """
    if any(c.dep_ == "det" and c.lower_ in {"any", "every"} for c in tok.children):
        return False
    verb = tok.head
    ongoing = (
        tok.dep_ == "nsubj"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "has", "have"} for c in verb.children)
        and any(c.dep_ in {"dobj", "obj"} for c in verb.children)  # doing damage, not "are heading towards X"
    )
    return ongoing or clause_direction(tok) == "past"


def _talked_about(tok: Token) -> bool:
    """The noun is what talk is about (``topic_verbs``, ``topic_nouns``, ``topic_preps``).

    The noun phrase it is in (it, the noun it is listed with or set beside,
    or the noun whose phrase it completes: "discussed the plight of refugees
    in Chad, the war in Sudan and ...") is the object of a verb of talk, or
    the object of a topic preposition of such a verb or noun ("talked about
    the war", "talks on the conflict in Yemen"), and no clause of its own
    tells what it did.
    """
    if tok.pos_ != "NOUN":
        return False
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBG" for t in tok.subtree if t.i > tok.i):
        return False  # "the uprising at X prison, in which 12 inmates were killed": its own clause tells it
    head = tok
    while True:
        if head.dep_ in {"conj", "appos"} and head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head
        elif (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and head.head.lower_ not in words("topic_preps")
            and head.head.head.pos_ in {"NOUN", "PROPN"}
        ):
            head = head.head.head
        else:
            break
    if head.dep_ in {"dobj", "obj", "nsubjpass"}:
        return head.head.pos_ == "VERB" and head.head.lemma_.lower() in words("topic_verbs")
    if head.dep_ != "pobj" or head.head.lower_ not in words("topic_preps"):
        return False
    talk = head.head.head
    if talk.pos_ == "VERB":
        return talk.lemma_.lower() in words("topic_verbs")
    nouns = words("topic_nouns")
    return talk.pos_ in {"NOUN", "PROPN"} and (talk.lower_ in nouns or talk.lemma_.lower() in nouns)


def _fights_a_hazard(tok: Token) -> bool:
    """The opponent of a contest word is a hazard (``hazard_opponents``): "battle a blaze", "fight against floods".

    The opponent is an object of the word (a verb's, or a noun's the parse
    gave one, as an object or an apposition: "Firefighters battle a blaze"
    read as a noun) or its "against" object.
    """
    # a noun's object may come as an apposition ("Firefighters battle, a blaze ...": the verb read as a noun)
    opponents = [c for c in tok.children if c.dep_ in {"dobj", "obj", "appos"}] + prep_objects(tok, ("against",))
    if tok.dep_ == "amod" and tok.tag_ == "VBG":
        opponents.append(tok.head)  # "showed firefighters battling flames": the participle read as a modifier
    hazards = words("hazard_opponents")
    return any(o.lemma_.lower() in hazards or o.lower_ in hazards for o in opponents)


def _fights_a_party(tok: Token) -> bool:
    """The opponent of a contest word is a party, or none is named ("fighting raged").

    The opponent is a verb's object or a noun's "against"/"on" object. A party
    is an organisation, nationality or country entity, or a military, unrest or
    generic group word; with arms among a verb's parties any opponent is one
    ("soldiers fought the gunman").
    """
    if tok.pos_ == "VERB":
        opponents = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    else:
        opponents = prep_objects(tok, ("against", "on"))
    opponents = [o for o in opponents if o.ent_type_ not in TIME_LABELS]  # "fighting on Monday": when, not whom
    if not opponents:
        return True
    groups = _group_words()
    for opponent in opponents:
        for x in (opponent, *opponent.conjuncts):
            if x.lower_ in groups or x.lemma_.lower() in groups:
                return True
            if any(w.ent_type_ in _PARTY_LABELS for w in phrase_words(x)):
                return True
    return tok.pos_ == "VERB" and _armed_parties(tok)


@per_resources
def _group_words() -> frozenset[str]:
    """Words of an armed, unrest or generic party ("troops", "protesters", "police")."""
    return words("military_words") | words("unrest_groups") | words("generic_parties")


def _quarrel(tok: Token) -> bool:
    """Every named party of a clash is one person ("clashed with a TV host", "the senator's clash with Jones").

    The parties are a verb's subject and object or a noun's possessor, and the
    "with"/"between" objects, each with its conjuncts.
    """
    deps = {"nsubj", "dobj", "obj"} if tok.pos_ == "VERB" else {"poss"}
    parties = [c for c in tok.children if c.dep_ in deps] + prep_objects(tok, ("with", "between"))
    members = [x for p in parties for x in (p, *p.conjuncts)]
    return bool(members) and all(_individual(x) for x in members)


def _among_themselves_over_an_issue(tok: Token) -> bool:
    """Holders of an office clashing among themselves over what is no place: "Councillors clashed over delays".

    The subject is a title ("councillors", "ministers", "senators": office
    holders argue; residents or gangs who "clashed over land" may come to
    blows), with no "with"/"between" party, and what the clash is over
    names no place ("clashed over the disputed border town of X").
    """
    if tok.pos_ != "VERB" or prep_objects(tok, ("with", "between")):
        return False
    # (a capitalised plural may keep its "s" in the lemma: "Ministers clashed")
    if not any(
        c.dep_ == "nsubj" and (is_title(c.lemma_) or is_title(c.lower_.removesuffix("s"))) for c in tok.children
    ):
        return False
    issues = prep_objects(tok, ("over", "about"))
    return bool(issues) and not any(names_place(o) or is_vessel(o) for o in issues)


def _in_a_setting(tok: Token, preps: tuple[str, ...] = ("in", "at", "during")) -> bool:
    """A clash held in a debate, a meeting or a match (``verbal_settings``): words or play, no fight.

    With ``preps=("into",)``: a move into one ("stormed into the final").
    """
    settings = words("verbal_settings")
    return any(
        w.lemma_.lower() in settings or w.lower_ in settings
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for o in prep.children
        if o.dep_ == "pobj"
        for w in (o, *(c for c in o.children if c.dep_ == "amod" and c.i > o.i))  # "Madrid final" read "Madrid"
    )


def _individual(tok: Token) -> bool:
    """A named person, or a singular noun of a person that no party word or entity qualifies."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.tag_ != "NN" or tok.lemma_.lower() not in person_nouns():
        return False
    groups = _group_words()
    return tok.lower_ not in groups and not any(w.ent_type_ in _PARTY_LABELS for w in phrase_words(tok))


def _territory_taken(verb: Token) -> bool:
    """What the verb took is a place ("seized the airport", "took control *of the crossing*", "took over Kamina")."""
    if verb.pos_ != "VERB":
        return False
    taken = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    taken += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"over", "of"} for o in c.children]
    taken += [o for t in taken if t.lemma_.lower() == "control" for o in prep_objects(t, ("of", "over"))]
    places = words("territory_words") | words("structure_words")
    return any(x.lemma_.lower() in places or names_place(x) for t in taken for x in (t, *t.conjuncts))


def vessel_taken(verb: Token) -> bool:
    """What a verb of taking took is a ship ("seized a tanker", "the trawler was seized"): a maritime incident."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("territorial_triggers"):
        return False
    taken = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    return any(is_vessel(x) for t in taken for x in (t, *t.conjuncts))


def vessel_parties(tok: Token) -> bool:
    """The clash's parties are ships: "a clash between fishing boats and a patrol vessel", "two cutters clashed"."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        parties = [c for c in tok.children if c.dep_ in {"compound", "nmod", "poss"}]
        parties += prep_objects(tok, ("between", "with", "involving"))
    else:
        parties = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}] + prep_objects(tok, ("with",))
    return any(is_vessel(p) for t in parties for p in (t, *t.conjuncts))


def _state_took_vessel(verb: Token) -> bool:
    """A state's force took a ship ("Iran seized a tanker", "a tanker seized by Iran"), no arms named.

    The taker is a country, an armed force ("the navy ... seized their
    trawler", a subject shared with a coordinated verb) or a maritime
    authority (``maritime_authorities``: "the Philippine coast guard seized a
    fishing vessel").
    """
    if not vessel_taken(verb):
        return False
    takers = [s for s in subjects_of(verb) if s.dep_ != "nsubjpass"] + prep_objects(verb, ("by",))  # the agent too
    return any(_state_force(taker) for taker in takers)


def _state_force(taker: Token) -> bool:
    """A country, an armed force or a maritime authority (``maritime_authorities``: "the coast guard")."""
    if taker.ent_type_ == "GPE" and country_code(taker.text) is not None:
        return True
    authorities = words("maritime_authorities")
    phrase = (" ".join(t.lower_ for t in taker.lefts if t.dep_ == "compound") + " " + taker.lower_).strip()
    # ("the China Coast Guard": the authority closes the body's name)
    return _armed([taker]) or taker.lower_ in authorities or any(phrase.endswith(a) for a in authorities)


def is_aircraft(tok: Token) -> bool:
    """An aircraft by its word (``aircraft_words``) or by its maker and model ("the Boeing 757 freighter")."""
    aircraft = words("aircraft_words")
    return tok.lemma_.lower() in aircraft or tok.lower_ in aircraft or any(is_product_word(t) for t in tok.lefts)


def _state_drove_off_craft(verb: Token) -> bool:
    """A state's force sent a ship or an aircraft away: "the China Coast Guard drove away a Philippine aircraft".

    The subject is a state force (:func:`_state_force`; a coast guard the
    recogniser tagged a body counts by its last words), the object (or one
    of its conjuncts) a vessel or an aircraft (``aircraft_words``).
    """
    objects = [o for c in verb.children if c.dep_ in {"dobj", "obj"} for o in (c, *c.conjuncts)]
    if not any(is_vessel(o) or is_aircraft(o) for o in objects):
        return False
    takers = [s for s in subjects_of(verb) if s.dep_ != "nsubjpass"]
    return any(_state_force(taker) for taker in takers)


def _travel(verb: Token) -> bool:
    """A journey, not a boarding: every doer is a traveller (``travellers``: "90 migrants boarded the boat").

    Or the boarding is for a journey (:func:`_journey_boarding`: "boarded a ferry for a day trip").

    "Hundreds of migrants", "passengers", "pilgrims"; not "five men", "robbers" or "marines".
    """
    if _journey_boarding(verb):
        return True  # "the ministers boarded a ferry for a day trip to the island": a journey whoever boards
    doers = [s for s in subjects_of(verb) if s.dep_ != "nsubjpass"] + agent_of(verb)
    doers = [counted_group(d) for d in doers]
    travellers = words("travellers")
    return bool(doers) and all({d.lemma_.lower(), d.lower_} & travellers for d in doers)


def _journey_boarding(verb: Token) -> bool:
    """The boarding verb's own phrase names a journey (``journey_nouns``): "boarded a ferry for a day trip".

    A purpose ("for a day trip") may hang on the verb or on the craft; an "on" phrase only on the verb,
    and no possessor's ("boarded a cargo ship on its voyage" tells the ship's journey, not the
    boarders'). No doer may be armed or a raider (``military_words``, ``weapon_words``: "pirates",
    "gunmen") and no act may follow ("boarded the boat on a tour and abducted four tourists", "...
    and took the crew hostage").
    """
    crafts = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    journeys = prep_objects(verb, ("for", "on")) + [o for c in crafts for o in prep_objects(c, ("for",))]
    if not any(
        o.lemma_.lower() in words("journey_nouns") and not any(c.dep_ == "poss" for c in o.children) for o in journeys
    ):
        return False
    if _armed_parties(verb):
        return False
    return not any(c.dep_ in {"conj", "advcl", "xcomp"} and c.pos_ in {"VERB", "AUX"} for c in verb.children)


def _force_on_people(verb: Token) -> bool:
    """Police, soldiers or guards used the verb's force on people (``forceful_triggers``).

    "Riot police beat protesters", "students were beaten by soldiers": the
    doer a force (``forceful_doers``), the done-to a crowd
    or civilians (``unrest_groups``, ``victim_groups``, ``civilian_groups``;
    an object shared with a coordinated verb counts: "beat and detained
    dozens of demonstrators"). Anyone beaten "to death" suffered violence,
    whoever did it ("A mob beat a man to death"); a goal reached first
    ("beat the commuters to the last train") or a contest (:func:`_contest`)
    is a win.
    """
    if verb.pos_ != "VERB":
        return False
    goals = prep_objects(verb, ("to",))
    if any(g.lower_ == "death" for g in goals):
        return True
    if goals or _contest(verb):
        return False
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    doers = agent_of(verb) if passive else [s for s in subjects_of(verb) if s.dep_ != "nsubjpass"]
    done_to = [c for c in verb.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj", "obj"})]
    if not done_to and not passive:
        done_to = [c for v in verb.conjuncts if v.i > verb.i for c in v.children if c.dep_ in {"dobj", "obj"}]
    done_to += [g for d in done_to if d.pos_ == "NOUN" for g in prep_objects(d, ("of",))]  # "dozens of X"
    people = _people_words()

    def named(toks: list[Token], wanted: frozenset[str]) -> bool:
        return any({t.lemma_.lower(), t.lower_} & wanted for tok in toks for t in (tok, *tok.conjuncts))

    return named(doers, words("forceful_doers")) and named(done_to, people)


def _contest(verb: Token) -> bool:
    """A win: a score ("28-14") or a setting of play or words after "in", "at" or "during".

    ``verbal_settings`` and ``sport_words``: "beat the fans in the final",
    "beat the opposition in Sunday's election", "in a cricket match".
    """
    if any(t.like_num and "-" in t.text.strip("-") for t in verb.subtree):
        return True  # "28-14" as one token
    if any(t.text in {"-", "–"} and t.i > 0 and t.nbor(-1).like_num for t in verb.subtree):
        return True  # "28 - 14" split
    settings = words("verbal_settings") | words("sport_words")
    return any(
        t.lower_ in settings or t.lemma_.lower() in settings
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"in", "at", "during"}
        for t in p.subtree
    )


def near_miss(tok: Token) -> bool:
    """A verb that nearly happened (``near_miss_adverbs``): "The ferry nearly capsized"."""
    adverbs = words("near_miss_adverbs")
    return tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in adverbs for c in tok.children)


def _hazard(tok: Token) -> bool:
    """Someone fell into, from, off or down a hazard ("fell down a mine shaft", "fell from a balcony").

    A fall that nearly happened is none (``near_miss_adverbs``: "She almost
    fell down the stairs"); the check sits here because only falls read a
    hazard as the whole event.
    """
    if tok.pos_ != "VERB":
        return False
    if near_miss(tok):
        return False  # "She almost fell down the stairs": no fall
    places = prep_objects(tok, words("fall_preps"))
    if any({p.lemma_.lower(), p.lower_} & words("fall_hazards") for p in places):  # "stairs" (lemma "stair")
        return True
    return _fell_onto(tok)


def _fell_onto(verb: Token) -> bool:
    """A structure or a heavy thing fell onto people, a vehicle or a building: "a concrete wall fell onto the fans".

    The subject is one of ``structure_words`` or ``falling_things`` (a
    tree, a boulder, a crane's load), and the "on"/"onto" object
    (``fall_onto_preps``) someone or something it can crush: a person, a
    crowd, a vehicle or a structure. "Snow fell on the town", "the house
    fell on hard times", "the cost fell on taxpayers" and "the market fell
    on Monday" are none (no such subject, or nothing crushed).
    """
    if any(
        c.dep_ == "aux" and (c.lower_ in modality_words("hypothetical_aux") or c.tag_ == "MD") for c in verb.children
    ):
        return False  # "trees could fall on cars", "fear the chimney could fall on the school": not (yet) a fall
    fallers = words("structure_words") | words("falling_things")
    if not any(s.lemma_.lower() in fallers for s in verb.children if s.dep_ == "nsubj"):
        return False
    crushed = words("crowd_targets") | words("road_users") | words("structure_words") | vehicle_nouns()
    return any(
        o.lemma_.lower() in crushed or o.lower_ in crushed or is_person_noun(o) or is_vehicle_word(o)
        for o in prep_objects(verb, words("fall_onto_preps"))
        if o.ent_type_ not in TIME_LABELS
    )


def gerund_subject(verb: Token) -> bool:
    """A bare gerund the parse hung before a subjectless verb: "*Shelling* near the town killed five".

    The gerund is the clause's subject, the act named as a noun ("the
    shelling"), with no object to have.
    """
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "csubj", "nsubj"}
        and verb.i < head.i
        and head.pos_ == "VERB"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != verb.i for c in head.children)
    )


def _has_target(verb: Token) -> bool:
    """An object, a passive subject, "on/upon X", or "at" people or a named target ("fired at protesters")."""
    for c in verb.children:
        if c.dep_ in {"dobj", "obj", "nsubjpass", "auxpass"}:
            return True  # ("after being struck by a missile": a passive's subject is the clause's it hangs on)
        if c.dep_ == "prep" and c.lower_ in {"on", "upon"}:
            return True
        people = any(o.ent_type_ or o.tag_ in {"NNS", "NNPS"} for o in c.children if o.dep_ == "pobj")
        if c.dep_ == "prep" and c.lower_ == "at" and people:
            return True
    return False


def _filmed(verb: Token) -> bool:
    """A "shoot" whose object a camera takes (``filmed_objects``: a film, a wedding, a video)."""
    filmed = words("filmed_objects")
    return any(c.lemma_.lower() in filmed or c.lower_ in filmed for c in verb.children if c.dep_ in {"dobj", "obj"})


def _trend(tok: Token) -> bool:
    """A bare plural incident noun that rises or falls (``trend_verbs``): "Attacks on journalists are rising".

    Also a bare incident noun after the noun of such a change: "a drop in piracy", "a rise in attacks".

    With no article, number or possessor, the noun names a kind of incident
    counted over time, not one that happened.
    """
    if any(c.dep_ in {"det", "nummod", "poss"} for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "NOUN":
        # "a drop in piracy", "a rise in attacks on aid workers": the noun of a change counts them
        return head.head.lemma_.lower() in words("trend_verbs") and tok.tag_ in {"NN", "NNS"}
    if tok.tag_ != "NNS" or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return head.lemma_.lower() in words("trend_verbs")


def _place_after(particle: Token) -> bool:
    """The "particle" opens a named place or a way: "capsized *off* Sulawesi", "slid off the end of the runway".

    A way is one of ``traffic_ways`` among the next few words, after a
    vehicle subject ("a car skidded off an icy road"; not "the campaign slid
    off the rails").
    """
    doc = particle.doc
    ways = words("traffic_ways")
    if (
        particle.lower_ == "off"
        and vehicle_subject(particle.head)
        and any(t.lemma_.lower() in ways for t in doc[particle.i + 1 : min(particle.i + 6, particle.sent.end)])
    ):
        return True
    nxt = doc[particle.i + 1] if particle.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "the" and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]
    if nxt is None:
        return False
    if nxt.ent_type_ in {"GPE", "LOC", "FAC"} or is_place_feature(nxt.lower_):
        return True
    # a one-word name the recogniser tagged otherwise ("capsized off Lampedusa", tagged a person)
    alone = nxt.i + 1 >= len(doc) or doc[nxt.i + 1].ent_iob_ != "I"
    return particle.lower_ == "off" and nxt.pos_ == "PROPN" and nxt.ent_iob_ in {"B", "O"} and alone


def _sport(tok: Token) -> bool:
    """The trigger's sentence reads as a sports report (two sport words, or one strong one).

    Not when it names an unrest group and a police force ("fans clashed with
    police outside the stadium after the match"): crowd trouble is unrest.
    """
    seen = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if seen & words("unrest_groups") and seen & words("law_enforcement_forces"):
        return False
    if crowd_violence(tok):
        return False
    if seen & words("sport_strong"):
        return True
    return len(seen & words("sport_words")) >= 2 and not any(t.lemma_.lower() in casualty_verbs() for t in tok.sent)


def crowd_violence(tok: Token) -> bool:
    """Force that a crowd used or suffered, or that struck a vehicle, whatever sport words are about.

    The trigger's parties (a verb's subject, object, passive subject and "by"
    agent; a noun's "between", "by" and "among" objects) include a crowd of
    spectators (``spectator_crowds``) or a vehicle: "fans attacked the
    linesman after the game", "the referee was assaulted by fans who
    invaded the pitch". A verb must be one of physical force
    (``crowd_violence_verbs``) with a person or group as its doer: "fans
    bombarded the referee with abuse", "a tee shot struck a spectator" are
    none. Play names players and teams, never a crowd or a
    vehicle, as its parties ("the attack scored", "Rovers hammered City", "a
    brutal tackle on the striker"). This only lifts the sport readings
    (``_sport``, ``incident._played``): other checks may still drop such a
    sentence, and today fights "between rival supporters after the derby"
    or hooligans attacking "coaches carrying fans" give no event.
    """
    crowds = words("spectator_crowds")
    if tok.pos_ == "VERB":
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        doers += [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if tok.lemma_.lower() not in words("crowd_violence_verbs") or not any(_human(d) for d in doers):
            return False  # "fans bombarded the referee with abuse", "a tee shot struck a spectator": no blows
        parties = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"}]
        parties += [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        parties = prep_objects(tok, ("between", "by", "among", "involving"))
    parties += [c for p in parties for c in p.children if c.dep_ == "conj"]
    parties += [o for p in parties for o in prep_objects(p, ("of",))]  # "a group of fans"
    for p in parties:
        if p.lemma_.lower() in crowds or p.lower_ in crowds:
            return True
        if tok.pos_ == "VERB" and p.dep_ in {"dobj", "obj", "nsubjpass"} and is_vehicle(p):
            return True  # "attacked two coaches carrying fans", "the team bus was pelted with stones"
    return False


def _criticised(tok: Token) -> bool:
    """A fire someone is under (``exposure_preps``) for a reason or from critics: criticism, not gunfire.

    "The minister came under fire over the guidelines", "has come under fire
    for dropping the case", "under fire from campaigners": a reason
    (``blame_preps``, not a duration: "came under fire for two hours") or an
    unarmed person as the source. A military or weapon word in the sentence
    keeps the gunfire ("troops came under fire from militants").
    """
    if tok.dep_ != "pobj" or tok.head.lower_ not in words("exposure_preps") or armed_sentence(tok):
        return False
    holders = (tok, tok.head, tok.head.head)
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"} and c.ent_type_ not in TIME_LABELS]
        objects = [o for o in objects if not is_duration_or_frequency(o.doc[o.left_edge.i : o.i + 1].text)]
        if prep.lower_ in words("blame_preps") and objects:
            return True
        if prep.lower_ == "from" and any(o.ent_type_ == "" and is_person_word(o) for o in objects):
            return True
    return False


def _non_place_goal(tok: Token) -> bool:
    """A "for" goal that names no place ("fighting for recognition", "a fight for her country").

    A duration is no goal ("fought for an hour", "fighting for three days").
    """
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.children:
                if obj.dep_ not in {"pobj", "pcomp"} or obj.ent_type_ in TIME_LABELS:
                    continue
                if not names_place(obj):
                    return True  # "for recognition in Lagos": the place is where, not what for
    return False


def is_rhetorical(
    tokens: list[Token],
    actors: list[Actor],
    targets: list[Actor],
    place: tuple[Place, Provenance] | None,
    casualties: Casualties | None,
) -> bool:
    """A verbal fight between people: contest words, persons and organisations only, no place, weapon or victim.

    "the senator attacked the mayor for her remarks", "his battles with the council",
    "the minister fired back", "clashing with a well-known radio host". An armed
    group or a country as a party, a place, a casualty or a weapon word keeps
    the literal reading, except that a place does not make two named persons'
    fight physical ("the senator attacked his rival in Iowa"; "a man attacked
    a woman in Lyon" stays an attack).
    """
    if casualties is not None:
        return False
    if not all(t.lemma_.lower() in words("rhetorical_triggers") for t in tokens):
        return False
    parties = [*actors, *targets]
    if place is not None and not (
        len(parties) >= 2 and all(a.kind == ActorKind.PERSON and is_named(a) for a in parties)
    ):
        return False
    if not any(a.kind == ActorKind.PERSON for a in parties):
        return False
    if any(a.kind not in {ActorKind.PERSON, ActorKind.ORGANIZATION} for a in parties):
        return False  # a country or an armed group takes part
    if any(_instrument(tok) for tok in tokens):
        return False  # "attacked her with a hammer"
    blows = [g for tok in tokens for g in prep_objects(tok, ("in", "on"))]
    if any(g.lemma_.lower() in words("body_parts") and not prep_objects(g, ("of",)) for g in blows):
        return False  # "punched the constable in the face": a blow landed (``body_parts``; not "on the back of")
    weapons = words("weapon_words") | words("attack_modifiers")
    return not any(t.lemma_.lower() in weapons for tok in tokens for t in tok.sent)


def _instrument(verb: Token) -> bool:
    """A physical thing the verb acts "with" ("attacked her with a hammer").

    Not a person or a name ("with Y"), an abstract noun ("with insults"), a
    means of communication ("with ads") or a noun of a thing's part or
    measure ("with the help of", "with a barrage of insults").
    """
    if verb.pos_ != "VERB":
        return False
    for obj in prep_objects(verb, ("with",)):
        if obj.ent_type_ or obj.pos_ in {"PROPN", "PRON"} or _person(obj) or is_abstract(obj):
            continue
        if prep_objects(obj, ("of",)):
            continue
        if obj.lemma_.lower() not in words("verbal_instruments"):
            return True
    return False


def is_law_enforcement(tok: Token, actors: list[Actor]) -> bool:
    """A raid or operation carried out by police ("a police raid", "police raided a flat")."""
    if tok.lemma_.lower() not in words("law_enforcement_triggers"):
        return False
    forces = words("law_enforcement_forces")
    if any(c.lemma_.lower() in forces for c in tok.children if c.dep_ in {"compound", "amod", "nmod", "poss"}):
        return True
    # the actor's name, or how the text called it ("Kenyan" was "a Kenyan police officer"), by its head or
    # the head's modifier ("EU antitrust officials")
    names = (name.lower().split() for a in actors for name in (a.name, *a.aliases))
    return any(set(words_of[-2:]) & forces for words_of in names)


def labour_strike(tok: Token, earlier: Iterable[int] = ()) -> bool:
    """A "strike" noun of workers, not of weapons (``labour_parties``, ``labour_goals``, ``strike_durations``).

    "a strike by cabin crew", "the nurses' strike", "a rail strike", "a
    strike over pay", "a 24-hour strike", "a strike at the X mine"
    (``labour_sites``, no weapon in the sentence); not "a drone strike" or
    "a strike on a convoy". "The strike" is the labour strike the document told of
    before it (``earlier``: token indices of labour-strike triggers, "walked
    off the job").
    """
    if tok.lemma_.lower() != "strike" or tok.pos_ != "NOUN":
        return False
    if any(i < tok.i for i in earlier) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return True  # "Dockers walked off the job ... 4,000 members had joined the strike"
    if tok.dep_ == "nsubj" and casualty_verbs().get(tok.head.lemma_.lower()) == "killed":
        return False  # "Israel school strike kills 20": a strike that kills is a weapon's ("hurt retailers" is not)
    parties = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod", "nummod"}]
    parties += prep_objects(tok, ("by", "of"))
    named = {t.lower_ for p in parties for t in p.subtree} | {t.lemma_.lower() for p in parties for t in p.subtree}
    if named & (words("labour_parties") | words("strike_durations")):
        return True
    goals = prep_objects(tok, ("over", "for"))
    if any(g.lemma_.lower() in words("labour_goals") or g.lower_ in words("labour_goals") for g in goals):
        return True
    # "nurses began a strike", "Samsung workers walk out in their first strike", "went on strike": the
    # strike is the workers' verb's object or "on"/"in" phrase (not "victims of the strike", "after the strike")
    if tok.dep_ in {"dobj", "obj"}:
        verb: Token | None = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in {"on", "in"}:
        verb = tok.head.head
    else:
        verb = None
    # ("two workers were killed in a strike on the plant": the victims, not strikers)
    own = verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() not in casualty_verbs()
    strikers = [s for s in subjects_of(verb) if s.dep_ == "nsubj"] if own and verb is not None else []
    # (people of any trade, not only the listed parties, by a verb of holding a strike that strikes nothing:
    # "Dockworkers in Antwerp extended a strike", not "commanders ordered a strike on the village")
    targets = [o for o in prep_objects(tok, ("on",)) if o.ent_type_ not in TIME_LABELS]  # not "on Monday"
    armed_kind = any(c.lemma_.lower() in words("armed_strike_modifiers") for c in tok.lefts)  # "an air strike"
    holding = verb is not None and verb.lemma_.lower() in words("strike_holding_verbs") and not (targets or armed_kind)
    trade = any(
        {s.lemma_.lower(), s.lower_} & words("labour_parties") or (holding and is_person_noun(s)) for s in strikers
    )
    if trade and verb is not None and not (armed_sentence(tok) or _armed_parties(verb)):
        return True
    # "a strike at the Punta Grande mine", "the strike at the Oberfeld plant": a workplace, no weapon about
    # ("a Russian strike at a factory in Kharkiv" has a country's force behind it)
    sites = prep_objects(tok, ("at",))
    if not any(s.lemma_.lower() in words("labour_sites") for s in sites) or armed_sentence(tok):
        return False
    gov = governing_verb(tok)
    if gov is not None and gov.lemma_.lower() in casualty_verbs():
        return False  # "a strike at a hospital killed 12 people", "were killed in a strike at a school"
    owners = [c for c in tok.children if c.dep_ in {"amod", "compound", "poss"}]
    return not any(c.ent_type_ in {"NORP", "GPE", "ORG"} for c in owners)


def _crime_as_a_target_of_policy(match: TriggerMatch) -> bool:
    """A kind of crime that a campaign or a law is against (``policy_nouns``), no one occurrence of it.

    "a campaign against drink-driving", "a crackdown on shoplifting in the
    city centre", "new laws on knife crime"; only a bare crime noun, the kind:
    one with a determiner, an "of" complement or a date is an occurrence ("the
    crackdown on the robbery of a jeweller last month"), and "a protest
    against the war" is a protest all the same.
    """
    tok = match.token
    if match.rule.category != "crime" or tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "pobj":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return False  # "the robbery of a jeweller": one occurrence
    if any(t.ent_type_ in {"DATE", "TIME"} for t in tok.subtree):
        return False  # "the robbery last month"
    prep = tok.head
    if prep.lower_ not in {"against", "on", "targeting"}:
        return False
    return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in words("policy_nouns")


def _offence_charged(tok: Token) -> bool:
    """Someone is charged with, convicted of, fined for or admits the offence noun (``offence_verbs``).

    The noun is the verb's object or complement ("two men admitted affray"),
    or the object of its "for", "of", "with" or "to" ("was fined for
    drink-driving", "pleaded guilty to dangerous driving"); "dangerous
    driving on the A40 has become a daily problem" and "criminal damage rose
    by 12 per cent" are topics, no one occurrence.
    """
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in {"for", "of", "with", "to"}:
        head = head.head
        if head.pos_ == "ADJ" and head.dep_ in {"acomp", "oprd", "advmod"}:
            head = head.head  # "pleaded guilty to affray"
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in words("offence_verbs")


def _property_damaged(match: TriggerMatch) -> bool:
    """Property was damaged by offenders: a passive subject, else the object, that is property (``needs_property``).

    Property is a vehicle, premises or a structure (``premises_nouns``,
    ``structure_words``) or a word of ``damaged_property``; a part names its
    whole by "of" ("the windows of a shop"). The doer (the "by" agent, else
    the subject) is absent or an offender (``break_in_offenders``): "a bus
    shelter was smashed", "a man set a van alight"; not "the record was
    smashed", "set alight the tournament", "the ball was smashed into the
    net", nor windows smashed by hailstones, a barn set alight by a spark,
    homes set ablaze by shelling or a police car set alight by rioters (the
    riot, the shelling or the weather is the event).
    """
    verb = match.token
    if any(c.dep_ == "prep" and c.lower_ in words("motion_preps") for c in verb.children):
        return False
    phrase = {t.i for t in match.span}
    things = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj:pass"}]
    doers = agent_of(verb) if things else [s for s in subjects_of(verb) if s.dep_ not in {"nsubjpass", "nsubj:pass"}]
    offenders = words("break_in_offenders")
    if any(not ({d.lemma_.lower(), d.lower_} & offenders) for d in doers):
        return False  # "by hailstones", "by a spark", "by shelling", "Rioters set alight": not a crime of its own
    if not things:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        # "set the car alight": the tagger may read the phrase's own word as the object
        things = [t for o in objects for t in ((o,) if o.i not in phrase else o.children) if t.i not in phrase]
    things += [g for t in things for g in prep_objects(t, ("of",))]
    owned = words("premises_nouns") | words("structure_words") | words("damaged_property")
    for thing in things:
        lemma = thing.lemma_.lower()
        if lemma in words("play_objects") or thing.lower_ in words("play_objects"):
            return False
        if thing.pos_ == "NOUN" and (lemma in owned or is_vehicle_word(thing)):
            return True
    return False


def _premises_entered(verb: Token) -> bool:
    """Premises (``premises_nouns``) broken into by offenders: a burglary.

    Active, the subject is an offender (``break_in_offenders``: "thieves
    broke into a primary school"; not a bear, flames, a passer-by, relatives,
    firefighters or hackers) and what was entered, "into"'s object, is
    premises. Passive, the subject is premises and "into" has no object ("the
    shop was broken into"; "the mill was broken into 40 apartments" is a
    division), and a "by" agent, if any, is an offender. Never a crime: a
    rescue purpose (``rescue_purposes``: "broke into the car to rescue a
    toddler"), one's own premises ("broke into his own house"), or an entry
    that opens a violent act (``break_in_violence_verbs`` conjoined or in a
    participle: "broke into a church and killed three worshippers"), where the
    attack decides the kind.
    """
    offenders = words("break_in_offenders")
    premises = words("premises_nouns")

    def among(tok: Token, lexicon: frozenset[str]) -> bool:
        return tok.lemma_.lower() in lexicon or tok.lower_ in lexicon

    clauses = [c for c in verb.children if c.dep_ in {"conj", "advcl", "xcomp"} and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        clauses.append(verb.head)
    if any(among(c, words("break_in_violence_verbs")) for c in clauses):
        return False  # "gunmen broke into a house and killed a family": the attack decides
    if any(is_to_infinitive(c) and among(c, words("rescue_purposes")) for c in clauses):
        return False  # "broke into the car to rescue a toddler"
    intos = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "into"]
    objects = [g for p in intos for g in p.children if g.dep_ == "pobj"]
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    passive = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj:pass"}]
    if passive:
        if objects or any(not among(a, offenders) for a in agents):
            return False  # "the house was broken into three flats"; "broken into by firefighters"
        return any(among(h, premises) for h in passive)
    if any(c.lower_ == "own" for o in objects for c in o.children):
        return False  # "had to break into his own house"
    doers = [t for s in subjects_of(verb) for t in (s, *prep_objects(s, ("of",)))]  # "a gang of burglars"
    if not any(among(s, offenders) for s in doers):
        return False  # "a fox broke into the chicken shed", "relatives broke into the house"
    return any(among(h, premises) for h in objects)
