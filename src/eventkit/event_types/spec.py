"""What eventkit knows about one event type: :class:`EventTypeSpec`.

A spec gathers everything the pipeline and the interfaces need to handle a
type, so that adding a type is one spec and nothing else: the pydantic model,
the extractor, the id prefix, how two mentions are merged, the fingerprint,
the data-frame columns, the one-line summary and the colours of the HTML
view, and how ``eventkit evaluate`` matches it against gold.

Every callable has a generic default that reads the model's fields (actor
fields, lists of actors, free text), so a user type needs no more than a
model and an extractor.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from eventkit.models import Actor, Event, Item, Money, Span

if TYPE_CHECKING:
    from eventkit.extractors.base import DocContext

__all__ = ["OPENS_APART", "EventTypeSpec", "Extract", "FieldKind", "actor_fields"]

#: An extractor: the events of one type in a document.
Extract = Callable[["DocContext"], Iterable[Event]]
#: How the evaluator compares a gold field with a predicted one (see docs/evaluation.md).
FieldKind = Literal["name", "names", "date", "amount", "phrase", "items", "quantity", "category", "bool"]

#: A provenance note: the mention's sentence opens on another occurrence ("Separately, ...", "In another
#: incident, ..."), which no summary line above sums up (merging joins no summary line's mention with it).
OPENS_APART = "opens on another occurrence"

#: Fields every event has; the rest are the type's own.
BASE_FIELDS = frozenset(Event.model_fields)


def actor_fields(model: type[Event]) -> list[tuple[str, bool]]:
    """The type's own actor fields as ``(name, is_list)``, in declaration order."""
    out: list[tuple[str, bool]] = []
    for name, info in model.model_fields.items():
        if name in BASE_FIELDS:
            continue
        text = str(info.annotation)
        if "Actor" in text:
            out.append((name, "list" in text))
    return out


def _actors(event: Event, names: Sequence[tuple[str, bool]]) -> list[Actor]:
    found: list[Actor] = []
    for name, is_list in names:
        value = getattr(event, name)
        if is_list:
            found.extend(value)
        elif value is not None:
            found.append(value)
    return found


@dataclass(frozen=True)
class EventTypeSpec:
    """One event type, as the registry holds it.

    Attributes:
        name: The type name, equal to the model's ``type`` ("meeting", "sanction").
        model: The pydantic model (a subclass of :class:`eventkit.Event`).
        extractor: The extractor, or its import path ``"package.module:function"``
            (loaded on first use, so registering a type imports nothing heavy).
        id_prefix: Prefix of event ids in an extraction ("M" gives M1, M2 ...).
        mergeable: ``(a, b, headline) -> bool``: are two mentions of this type one
            occurrence? ``headline`` is true when one of them is in the headline.
            By default: every actor field both fill shares an actor, at least
            one does, and one of them is dated (or in the headline).
        combine: ``(a, b) -> updates``: the type's own fields of the merged event
            (the shared fields, evidence, date, place, rule ids, are merged by
            :mod:`eventkit.merge`).
        key_parts: ``event -> strings`` identifying the occurrence across
            documents; the fingerprint hashes them with the type and date.
        participants: ``event -> actors`` shown as the event's actors (data frames, summaries).
        columns: ``event -> {column: value}``: the type's own data-frame columns.
        summary: ``event -> str``: the one-line summary of tables and the HTML view.
        roles: Argument roles for the HTML view: field name -> role label.
        colour: Background colour of the type's triggers in the HTML view.
        line_colour: Underline colour of its arguments.
        key_fields: Gold fields that decide whether a prediction can be a gold event.
        key_any: Gold fields of which one must match where the gold gives any
            (an incident's place or one of its actors).
        field_kinds: How the evaluator matches each of the type's own fields.
        calibration: Resource path of the type's fitted confidence model, if any.
        merge_keys: ``event -> keys``, a blocking key for merging: two mentions
            that share no key are never ``mergeable``, so a long document's
            mentions are compared only with those that share one (None:
            every pair of the type is compared).
        headline_joins: ``(headline, body) -> bool``: may a headline mention
            that no body mention has joined yet take this body mention,
            although ``mergeable`` says no? A headline names an occurrence in
            its own words ("Taliban officials meet Chinese envoy" over
            "Muttaqi met envoy Yue Xiaoyong"). Asked whatever the keys
            (None: never).
        summary_joins: ``(summary, body) -> bool``: may the mention of a
            line that only sums up a later paragraph (a summary list's
            bullet, a live entry's heading: ``CleanText.summaries``), that
            no body mention has joined yet, take this body mention although
            ``mergeable`` says no? Stricter than ``headline_joins``: a list
            sums up many occurrences, so each of its parties must name one
            of the body mention's (None: never).
        complete: ``event -> bool``: does a merged occurrence hold enough to
            be reported? A mention short of it (a visit with its visitor
            alone) still lends its date and place to the other mentions of
            its occurrence, so the test runs after merging (None: every
            merged event is kept).
    """

    name: str
    model: type[Event]
    extractor: Extract | str
    id_prefix: str
    mergeable: Callable[[Event, Event, bool], bool] | None = None
    combine: Callable[[Event, Event], dict[str, Any]] | None = None
    key_parts: Callable[[Event], list[str]] | None = None
    participants: Callable[[Event], list[Actor]] | None = None
    columns: Callable[[Event], dict[str, Any]] | None = None
    summary: Callable[[Event], str] | None = None
    roles: Mapping[str, str] = field(default_factory=dict)
    colour: str = "#e4e7d2"
    line_colour: str = "#7a7f5a"
    key_fields: tuple[str, ...] = ()
    key_any: tuple[str, ...] = ()
    field_kinds: Mapping[str, FieldKind] = field(default_factory=dict)
    calibration: str | None = None
    merge_keys: Callable[[Event], Collection[str]] | None = None
    headline_joins: Callable[[Event, Event], bool] | None = None
    summary_joins: Callable[[Event, Event], bool] | None = None
    complete: Callable[[Event], bool] | None = None

    def __post_init__(self) -> None:
        default = self.model.model_fields["type"].default
        if str(getattr(default, "value", default)) != self.name:
            raise ValueError(
                f"event type {self.name!r}: its model {self.model.__name__} must declare "
                f'`type: Literal["{self.name}"] = "{self.name}"`'
            )
        if not self.id_prefix or not self.id_prefix.isalpha():
            raise ValueError(f"event type {self.name!r}: id_prefix must be letters, not {self.id_prefix!r}")

    # ------------------------------------------------------------- behaviour
    def load_extractor(self) -> Extract:
        """The extractor function (imported on first use when given as a path)."""
        if not isinstance(self.extractor, str):
            return self.extractor
        module, _, attr = self.extractor.partition(":")
        fn: Extract = getattr(importlib.import_module(module), attr)
        return fn

    def actors_of(self, event: Event) -> list[Actor]:
        """The event's actors (the spec's ``participants``, else every actor field)."""
        if self.participants is not None:
            return self.participants(event)
        return _actors(event, actor_fields(self.model))

    def is_complete(self, event: Event) -> bool:
        """Does the merged ``event`` hold enough to be reported (the spec's ``complete``; by default yes)?"""
        return self.complete is None or self.complete(event)

    def is_mergeable(self, a: Event, b: Event, headline: bool) -> bool:
        """Are ``a`` and ``b`` mentions of one occurrence?"""
        if self.mergeable is not None:
            return self.mergeable(a, b, headline)
        from eventkit.coreference import compatible_places, overlap

        if not compatible_places(a.location, b.location):
            return False
        shared = False
        for name, is_list in actor_fields(self.model):
            xs, ys = _actors(a, [(name, is_list)]), _actors(b, [(name, is_list)])
            if xs and ys:
                if not overlap(xs, ys):
                    return False  # the same role filled by others: another occurrence
                shared = True
        return shared and (a.date is not None or b.date is not None or headline)

    def combined(self, a: Event, b: Event) -> dict[str, Any]:
        """The type's own fields of ``a`` merged with ``b``."""
        if self.combine is not None:
            return self.combine(a, b)
        from eventkit.coreference import union_actors

        update: dict[str, Any] = {}
        for name in self.model.model_fields:
            if name in BASE_FIELDS:
                continue
            mine, theirs = getattr(a, name), getattr(b, name)
            if isinstance(mine, list):
                if all(isinstance(x, Actor) for x in [*mine, *theirs]):
                    update[name] = union_actors(mine, theirs)
                else:
                    update[name] = mine if len(mine) >= len(theirs) else theirs
            elif mine is None or mine == "":
                update[name] = theirs
        return update

    def fingerprint_parts(self, event: Event) -> list[str]:
        """The strings that identify the occurrence across documents."""
        if self.key_parts is not None:
            return self.key_parts(event)
        from eventkit.coreference import actor_key

        return [",".join(sorted(actor_key(a) for a in self.actors_of(event)))]

    def own_columns(self, event: Event) -> dict[str, Any]:
        """The type's own data-frame columns."""
        return self.columns(event) if self.columns is not None else {}

    def describe(self, event: Event) -> str:
        """A one-line summary of the event's main arguments."""
        if self.summary is not None:
            return self.summary(event)
        parts = []
        for name, info in self.model.model_fields.items():
            if name in BASE_FIELDS:
                continue
            value = getattr(event, name)
            text = _short(value)
            if text and info.annotation is not bool:
                parts.append(f"{name}={text}")
        return "; ".join(parts) or "?"

    def argument_spans(self, event: Event) -> list[tuple[str, Span]]:
        """``(role, span)`` of the type's own arguments (actor mentions, items, money, spans)."""
        found: list[tuple[str, Span]] = []
        for name in self.model.model_fields:
            if name in BASE_FIELDS:
                continue
            role = self.roles.get(name, name.replace("_", " "))
            value = getattr(event, name)
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, Actor):
                    found += [(role, m) for m in v.mentions]
                elif isinstance(v, Item | Money) and v.span is not None:
                    found.append((role, v.span))
                elif isinstance(v, Span):
                    found.append((role, v))
        return found


def _short(value: Any) -> str:
    if value is None or value == [] or value == "":
        return ""
    if isinstance(value, list):
        return ", ".join(filter(None, (_short(v) for v in value)))
    if isinstance(value, Actor):
        return value.name
    if isinstance(value, Item):
        return f"{value.quantity} {value.description}" if value.quantity is not None else value.description
    if isinstance(value, Money):
        return f"{value.amount:,} {value.currency}"
    if isinstance(value, Span):
        return ""
    return str(getattr(value, "value", value))
