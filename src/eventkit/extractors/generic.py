"""A lexicon-driven extractor for user-defined event types.

:func:`trigger_extractor` turns a trigger lexicon (the same format as the
built-in ``<type>_triggers.en.yaml`` files, with the frames ``transitive``
and ``nominal``) and a map of argument roles to model fields into an
extractor, so a user type needs no extraction code:

* **transitive** verbs: the subject is the ``agent`` (for a passive, the
  "by" phrase), the direct object the ``patient`` (for a passive, the subject);
* **nominal** nouns: the possessor or a named modifier is the ``agent``
  ("the EU's sanctions", "US sanctions"), as is the subject of a light verb
  the noun is the object of ("the EU imposed sanctions"); the objects of the
  lexicon's ``patient_preps`` ("sanctions on Iran") are the ``patient``;
* the ``trigger`` role receives a noun trigger's phrase ("new sanctions");
* date, place, modality and the evidence sentence come from the shared
  :class:`~eventkit.extractors.base.DocContext` helpers, as for the built-in types.

A mention is kept only when every field of ``requires`` is filled, and a
negated or hypothetical one keeps its modality (the evaluator sets those aside).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventkit.extractors.base import DocContext, clip_confidence, modality_of
from eventkit.extractors.triggers import agent_of, find_triggers, prep_objects, resolve_actors, subjects_of
from eventkit.lexicons import register_resource
from eventkit.models import Event, Provenance

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventkit.event_types.spec import Extract

__all__ = ["trigger_extractor"]

#: Roles a lexicon-driven extractor fills.
ROLES = frozenset({"agent", "patient", "trigger"})
_OBJECTS = frozenset({"dobj", "obj"})
_DETERMINERS = frozenset({"DET", "PRON", "PUNCT"})


def trigger_extractor(
    type_name: str,
    model: type[Event],
    *,
    lexicon: str | Path | Mapping[str, Any],
    roles: Mapping[str, str],
    requires: Sequence[str] = (),
    patient_preps: Sequence[str] = ("on", "against", "of", "to"),
) -> Extract:
    """An extractor for a user type, driven by its trigger lexicon.

    Args:
        type_name: The type's name; the lexicon is registered as
            ``lexicons/<type_name>_triggers.en.yaml`` (so ``Resources`` can
            extend it per Extractor, like the built-in lexicons).
        model: The type's pydantic model.
        lexicon: The trigger lexicon: a YAML file path or its data.
        roles: Role (``agent``, ``patient``, ``trigger``) -> model field.
        requires: Fields that must be filled for a mention to be kept.
        patient_preps: Prepositions whose objects are the patient of a noun trigger.

    Returns:
        The extractor, to put in the type's :class:`~eventkit.event_types.EventTypeSpec`.

    Raises:
        ValueError: For an unknown role or field, or a lexicon that does not validate.
    """
    unknown = set(roles) - ROLES
    if unknown:
        raise ValueError(f"unknown role(s) {sorted(unknown)}; expected some of {sorted(ROLES)}")
    missing = [f for f in [*roles.values(), *requires] if f not in model.model_fields]
    if missing:
        raise ValueError(f"{model.__name__} has no field(s) {missing}")
    register_resource(
        f"lexicons/{type_name}_triggers.en.yaml", dict(lexicon) if isinstance(lexicon, Mapping) else lexicon
    )
    preps = tuple(patient_preps)

    def extract(ctx: DocContext) -> Iterator[Event]:
        for match in find_triggers(ctx.doc, type_name):
            event = _event(ctx, match.token, match.span, match.rule_id, match.rule.strength, match.rule.frame)
            if event is not None:
                yield event

    def _event(ctx: DocContext, tok: Token, span: Any, rule_id: str, strength: float, frame: str) -> Event | None:
        agents, patients = _arguments(tok, frame, preps)
        values: dict[str, Any] = {}
        provenance = [Provenance(field="trigger", span=ctx.span_of(span), rule=rule_id)]
        for role, heads in (("agent", agents), ("patient", patients)):
            name = roles.get(role)
            if name is None:
                continue
            actors = resolve_actors(ctx, heads)
            if not actors:
                continue
            values[name] = actors if _is_list(model, name) else actors[0]
            for actor in actors:
                span_of = actor.mentions[0] if actor.mentions else None
                provenance.append(Provenance(field=name, span=span_of, rule=f"{rule_id}:{frame}:{role}"))
        if "trigger" in roles and frame == "nominal":
            phrase = _noun_phrase(tok)
            values[roles["trigger"]] = [phrase] if _is_list(model, roles["trigger"]) else phrase
        if any(not values.get(f) for f in requires):
            return None
        date = ctx.date_for(tok)
        place = ctx.place_for(tok)
        if date is not None:
            provenance.append(date[1])
        if place is not None:
            provenance.append(place[1])
        filled = sum(1 for v in values.values() if v)
        confidence = clip_confidence(strength * (0.7 + 0.1 * filled) + (0.05 if date else 0.0))
        return model(
            trigger=ctx.span_of(span),
            evidence=[ctx.sentence_span(tok)],
            date=date[0] if date else None,
            location=place[0] if place else None,
            modality=modality_of(tok),
            confidence=confidence,
            rule_ids=[rule_id],
            provenance=provenance,
            **values,
        )

    extract.__name__ = f"extract_{type_name}"
    extract.__doc__ = f"The {type_name!r} events of a document (lexicon-driven, eventkit.extractors.generic)."
    return extract


def _is_list(model: type[Event], name: str) -> bool:
    return "list" in str(model.model_fields[name].annotation)


def _arguments(tok: Token, frame: str, preps: tuple[str, ...]) -> tuple[list[Token], list[Token]]:
    """Agent and patient heads of a trigger."""
    if frame == "transitive" and tok.pos_ in ("VERB", "AUX"):
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive:
            return agent_of(tok), passive
        return subjects_of(tok), [c for c in tok.children if c.dep_ in _OBJECTS] + prep_objects(tok, preps)
    agents = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.ent_type_)]
    patients = prep_objects(tok, preps)
    head = tok.head
    if tok.dep_ in _OBJECTS and head.pos_ in ("VERB", "AUX"):  # "the EU imposed sanctions on Iran"
        if not agents:
            agents = subjects_of(head) if not any(c.dep_ == "nsubjpass" for c in head.children) else agent_of(head)
        if not patients:
            patients = prep_objects(head, preps) + [c for c in head.children if c.dep_ == "dative"]
    return agents, patients


def _noun_phrase(tok: Token) -> str:
    """The trigger with its modifiers, without determiners ("new sanctions", "an arms embargo" -> "arms embargo")."""
    left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nummod")]
    words = [t for t in tok.doc[min([t.i for t in left], default=tok.i) : tok.i + 1] if t.pos_ not in _DETERMINERS]
    return " ".join(t.text for t in words)
