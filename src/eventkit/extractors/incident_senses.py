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

from eventkit.extractors.base import PLACE_LABELS
from eventkit.extractors.eventhood import abstract_complement
from eventkit.extractors.triggers import TriggerMatch, governing_verb, lexicon_extra, prep_objects
from eventkit.lexicons import per_resources
from eventkit.models import Actor, ActorKind, Casualties, Place, Provenance

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["casualty_verbs", "is_figurative", "is_law_enforcement", "is_rhetorical", "words"]

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


def is_figurative(match: TriggerMatch) -> bool:
    """Generic or figurative uses: "trade war", "riot police", "prevent riots"."""
    tok = match.token
    if tok.ent_type_ in {"DATE", "TIME"}:
        return True  # "in March": a month, not a march
    if tok.lemma_.lower() in words("structural_triggers") and not _structure(tok):
        return True  # "the collapse of some militias", "talks collapsed": no building fell
    if tok.lemma_.lower() in words("fall_triggers") and not _hazard(tok):
        return True  # "prices fell", "the city fell to the rebels": nobody fell into anything
    # "the visit demonstrated its value": a transitive use is another sense
    transitive = any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp"} for c in tok.children)
    if match.rule.intransitive and tok.pos_ == "VERB" and transitive:
        return True
    if tok.pos_ == "VERB":
        if match.rule.transitive and not _has_target(tok):
            return True  # "the film bombed at the box office"
        if any(c.dep_ in {"prt", "advmod"} and c.lower_ in words("figurative_particles") for c in tok.children):
            return True  # "fired back at critics", "fired home the winner"
    if _sport(tok):
        return True  # "the striker shot past the keeper"
    if tok.pos_ in {"NOUN", "PROPN"}:
        named_storm = tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN"  # "Hurricane Milton"
        if tok.dep_ == "compound" and len(match.span) == 1 and not named_storm:
            return True  # "riot police", "war crimes"
        for child in tok.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.lower_ in words("figurative_modifiers"):
                return True
        verb = governing_verb(tok)
        if verb is not None and verb.lemma_.lower() in words("non_event_governors") and tok.dep_ in {"dobj", "pobj"}:
            return True
        if abstract_complement(tok):
            return True  # "an explosion of speculation", "a storm of criticism"
    if tok.pos_ in {"NOUN", "PROPN"} and any(
        o.lemma_.lower() in words("figurative_objects") for o in prep_objects(tok, ("on", "against"))
    ):
        return True  # "an assault on the smartphone market", "a war on inflation"
    contest = tok.lemma_.lower() in words("contest_words")
    if contest and (abstract_complement(tok, ("over",)) or _non_place_goal(tok)):
        return True  # "a battle over ideas", "fighting for his homeland": a cause, not a place fought over
    if tok.pos_ == "VERB":
        # "captured two caucuses", "won the seats": contests, not conquests
        objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
        if any(o.lemma_.lower() in words("figurative_objects") for o in objects):
            return True
    return False


def _structure(tok: Token) -> bool:
    """What collapsed is a structure ("the collapse of a bridge", "a building collapsed")."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        things = [*prep_objects(tok, ("of",)), *(c for c in tok.children if c.dep_ in {"compound", "poss"})]
    else:
        things = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(t.lemma_.lower() in words("structure_words") for t in things)


def _hazard(tok: Token) -> bool:
    """Someone fell into, from, off or down a hazard ("fell down a mine shaft", "fell from a balcony")."""
    if tok.pos_ != "VERB":
        return False
    places = prep_objects(tok, words("fall_preps"))
    return any(p.lemma_.lower() in words("fall_hazards") for p in places)


def _has_target(verb: Token) -> bool:
    """An object, a passive subject, "on/upon X", or "at" people or a named target ("fired at protesters")."""
    for c in verb.children:
        if c.dep_ in {"dobj", "obj", "nsubjpass"}:
            return True
        if c.dep_ == "prep" and c.lower_ in {"on", "upon"}:
            return True
        people = any(o.ent_type_ or o.tag_ in {"NNS", "NNPS"} for o in c.children if o.dep_ == "pobj")
        if c.dep_ == "prep" and c.lower_ == "at" and people:
            return True
    return False


def _sport(tok: Token) -> bool:
    """The trigger's sentence reads as a sports report (two sport words, or one strong one)."""
    seen = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if seen & words("sport_strong"):
        return True
    return len(seen & words("sport_words")) >= 2 and not any(t.lemma_.lower() in casualty_verbs() for t in tok.sent)


def _non_place_goal(tok: Token) -> bool:
    """A "for" goal that names no place ("fighting for recognition", "a fight for her country")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.children:
                if obj.dep_ in {"pobj", "pcomp"} and not any(t.ent_type_ in PLACE_LABELS for t in obj.subtree):
                    return True
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
    the literal reading.
    """
    if place is not None or casualties is not None:
        return False
    if not all(t.lemma_.lower() in words("rhetorical_triggers") for t in tokens):
        return False
    parties = [*actors, *targets]
    if not any(a.kind == ActorKind.PERSON for a in parties):
        return False
    if any(a.kind not in {ActorKind.PERSON, ActorKind.ORGANIZATION} for a in parties):
        return False  # a country or an armed group takes part
    weapons = words("weapon_words") | words("attack_modifiers")
    return not any(t.lemma_.lower() in weapons for tok in tokens for t in tok.sent)


def is_law_enforcement(tok: Token, actors: list[Actor]) -> bool:
    """A raid or operation carried out by police ("a police raid", "police raided a flat")."""
    if tok.lemma_.lower() not in words("law_enforcement_triggers"):
        return False
    forces = words("law_enforcement_forces")
    if any(c.lemma_.lower() in forces for c in tok.children if c.dep_ in {"compound", "amod", "nmod", "poss"}):
        return True
    # the actor's name, or how the text called it ("Kenyan" was "a Kenyan police officer")
    names = (name.lower().split() for a in actors for name in (a.name, *a.aliases))
    return any(words_of and words_of[-1] in forces for words_of in names)
