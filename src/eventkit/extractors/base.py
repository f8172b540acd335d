"""What every extractor shares: the per-document context and slot helpers.

An extractor is a pure generator ``extract_<type>s(ctx) -> Iterator[Event]``
over a :class:`DocContext`. The context owns the parsed Doc, the cleaned text
and its offset map, the publication date and the document's actor index, and
turns spaCy tokens and spans into grounded pydantic values (spans with raw
offsets, resolved dates, places and actors).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Protocol

from eventkit.lexicons import load_yaml
from eventkit.models import Actor, Event, Modality, Place, PlaceKind, Precision, Provenance, Span, When
from eventkit.normalize.actors import ActorIndex, is_title, noun_phrase
from eventkit.normalize.places import is_admin_word, resolve_place
from eventkit.normalize.times import (
    clause_direction,
    find_anaphoric_days,
    is_anaphoric_day,
    is_weekday,
    parse_anaphoric,
    parse_date,
    select_date,
)
from eventkit.text.clean import BlockKind, CleanText

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "OBJECT_DEPS",
    "PLACE_LABELS",
    "SUBJECT_DEPS",
    "DocContext",
    "EventExtractor",
    "clip_confidence",
    "conjuncts",
    "governing_verb",
    "modality_of",
    "noun_phrase",
]

#: Dependency labels of grammatical subjects.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Dependency labels of objects.
OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "attr", "oprd"})
#: spaCy entity labels that name places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions through which a place can locate an event ("of"/"from" only pass through: "the city of X").
_PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "off",
        "outside",
        "inside",
        "around",
        "across",
        "to",
        "into",
        "on",
        "of",
        "from",
        "along",
        "over",
        "within",
        "throughout",
        "beyond",
    }
)
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis", "acl", "csubj", "pcomp"})


class EventExtractor(Protocol):
    """The shape of an extractor: a generator of events over a document context."""

    def __call__(self, ctx: DocContext) -> Iterator[Event]:  # pragma: no cover - protocol
        """Yield the events found in ``ctx``."""
        ...


@dataclass
class DocContext:
    """One document as the extractors see it.

    Attributes:
        doc: The parsed spaCy Doc of the cleaned text.
        clean: The cleaned text and its offset map to the raw input.
        published: The publication date used to resolve relative dates.
    """

    doc: Doc
    clean: CleanText
    published: dt.date | None
    _dates: dict[int, When | None] = field(default_factory=dict, repr=False)

    @property
    def raw(self) -> str:
        """The raw input text."""
        return self.clean.raw

    @cached_property
    def actors(self) -> ActorIndex:
        """The document's actor index (built on first use)."""
        headline_end = max((b.end for b in self.clean.blocks if b.kind == BlockKind.HEADLINE), default=0)
        return ActorIndex(self.doc, headline_end=headline_end)

    @cached_property
    def date_ents(self) -> list[SpacySpan]:
        """DATE entities of the document, joined with a TIME right after them ("Tuesday night").

        A TIME entity that names a weekday ("Saturday morning") counts as a date too.
        """
        ents = list(self.doc.ents)
        out: list[SpacySpan] = []
        for i, ent in enumerate(ents):
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if ent.label_ == "DATE":
                if nxt is not None and nxt.label_ == "TIME" and nxt.start == ent.end:
                    out.append(self.doc[ent.start : nxt.end])
                else:
                    out.append(ent)
            elif (
                ent.label_ == "TIME"
                and (any(is_weekday(t.text) for t in ent) or is_anaphoric_day(ent.text))
                and (not out or out[-1].end != ent.end)
            ):
                out.append(ent)  # "Saturday morning", "the next morning"
        # "the next morning", "later that day" the tagger left untagged
        taken = [(e.start_char, e.end_char) for e in ents]
        for start, end in find_anaphoric_days(self.doc.text):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not any(s < end and start < e for s, e in taken):
                out.append(span)
        return sorted(out, key=lambda e: e.start)

    # ---------------------------------------------------------------- grounding
    def span(self, start_char: int, end_char: int) -> Span:
        """A raw-grounded :class:`Span` for cleaned offsets ``[start_char, end_char)``."""
        start, end = self.clean.offsets.raw_span(start_char, end_char)
        return Span(start=start, end=end, text=self.raw[start:end])

    def span_of(self, obj: Token | SpacySpan) -> Span:
        """A raw-grounded :class:`Span` for a spaCy token or span."""
        if hasattr(obj, "start_char"):
            return self.span(obj.start_char, obj.end_char)  # type: ignore[union-attr]
        return self.span(obj.idx, obj.idx + len(obj))  # type: ignore[union-attr]

    def sentence_span(self, token: Token) -> Span:
        """The raw-grounded sentence containing ``token``."""
        sent = token.sent
        return self.span(sent.start_char, sent.end_char)

    def in_headline(self, token: Token) -> bool:
        """True when the token is in the article's headline."""
        block = self.clean.block_at(token.idx)
        return block is not None and block.kind == BlockKind.HEADLINE

    # ---------------------------------------------------------------- arguments
    def actor(self, token: Token) -> tuple[Actor, float] | None:
        """Resolve the noun phrase headed by ``token`` to a grounded actor."""
        resolved = self.actors.resolve(token)
        if resolved is None:
            return None
        actor, mention, confidence = resolved
        actor = actor.model_copy(update={"mentions": [self.span_of(mention)]})
        return actor, confidence

    def actors_of(self, tokens: Iterable[Token]) -> list[Actor]:
        """Resolve several heads, expanding coordinations ("X and Y"), without duplicates."""
        out: list[Actor] = []
        seen: set[str] = set()
        for token in tokens:
            for head in [token, *conjuncts(token)]:
                resolved = self.actor(head)
                if resolved is None:
                    continue
                actor = resolved[0]
                if actor.name.lower() in seen:
                    continue
                seen.add(actor.name.lower())
                out.append(actor)
        return out

    def date_for(self, trigger: Token) -> tuple[When, Provenance] | None:
        """The date governing the trigger's own clause, resolved, with its provenance."""
        chosen = select_date(trigger, self.date_ents)
        if chosen is None:
            return None
        direction = clause_direction(trigger)
        when = parse_date(chosen.text, published=self.published, direction=direction)
        span = self.span_of(chosen)
        if when is None:
            return self._anaphoric_date(chosen, span)
        when = when.model_copy(update={"span": span})
        anchor = f" resolved against {self.published.isoformat()}" if self.published else ""
        note = f"{chosen.text!r} ({direction} reading){anchor}"
        return when, Provenance(field="date", span=span, rule="time.select_date+parse_date", note=note)

    def _anaphoric_date(self, chosen: SpacySpan, span: Span) -> tuple[When, Provenance] | None:
        """An anaphoric date ("the previous day") resolved against the latest earlier day of the text."""
        if not is_anaphoric_day(chosen.text):
            return None
        for earlier in reversed([e for e in self.date_ents if e.end <= chosen.start]):
            ref = parse_date(earlier.text, published=self.published, direction=clause_direction(earlier.root))
            if ref is None or ref.precision != Precision.DAY:
                continue
            when = parse_anaphoric(chosen.text, ref)
            if when is None:
                return None
            note = f"{chosen.text!r} resolved against the earlier date {earlier.text!r} ({ref.start.isoformat()})"
            provenance = Provenance(field="date", span=span, rule="time.select_date+parse_anaphoric", note=note)
            return when.model_copy(update={"span": span}), provenance
        return None

    def framing_date(self, verb: Token | None) -> tuple[When, Provenance] | None:
        """The date of the clause that frames an infinitive event verb.

        "X signed an agreement on Tuesday to provide ...", "X will travel to
        Washington next month to meet Y": climbs from the verb through a
        to-infinitive attached to a noun or a verb (acl, xcomp, advcl), at most
        two steps, and returns the first date found there.
        """
        for frame in _frames(verb):
            found = self.date_for(frame)
            if found is not None:
                return found
        return None

    def framing_place(self, verb: Token | None) -> tuple[Place, Provenance] | None:
        """The place of the clause that frames an infinitive event verb (see :meth:`framing_date`)."""
        for frame in _frames(verb):
            found = self.place_for(frame)
            if found is not None:
                return found
        return None

    @cached_property
    def _ents_by_sentence(self) -> dict[int, list[SpacySpan]]:
        out: dict[int, list[SpacySpan]] = {}
        for ent in self.doc.ents:
            out.setdefault(ent.sent.start, []).append(ent)
        return out

    def sentence_ents(self, token: Token) -> list[SpacySpan]:
        """The named entities of the token's sentence (computed once per document)."""
        return self._ents_by_sentence.get(token.sent.start, [])

    def place_for(self, trigger: Token) -> tuple[Place, Provenance] | None:
        """The place of the trigger's clause: "in/at/near X" attached to it or its arguments."""
        candidates: list[SpacySpan] = []
        for ent in self.sentence_ents(trigger):
            if ent.label_ not in PLACE_LABELS:
                continue
            if _governs(ent.root, trigger):
                candidates.append(ent)
        if not candidates:
            return None
        # the nearest after the trigger first, then the nearest before
        candidates.sort(key=lambda e: (e.start < trigger.i, abs(e.start - trigger.i)))
        for ent in candidates:
            if _of_a_person(ent):
                continue  # "New Zealand's Christopher Luxon", "the President of Argentina": not where
            if resolve_place(ent.text) is None and (ent.root.dep_ in _MODIFIER_DEPS or self.in_headline(ent.root)):
                # "Sri Lankan officials": an unknown name used as a modifier is no place; nor is
                # an unknown capitalised phrase of a title-case headline ("... at Supply Boat")
                continue
            place = self.place(ent)
            if place is not None:
                return place, Provenance(field="location", span=place.span, rule="place.governed_prep")
        return None

    def place(self, ent: SpacySpan) -> Place | None:
        """A grounded place for an entity span; venues keep the city named with them."""
        text = ent.text
        if text.lower().startswith("the "):
            ent = ent[1:]
        nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if nxt is not None and ent.root.dep_ == "compound" and ent.root.head.i == nxt.i and is_admin_word(nxt.text):
            ent = ent.doc[ent.start : nxt.i + 1]  # "Kaduna state": the region, not the city
        place = resolve_place(ent.text)
        if place is None:
            place = Place(name=ent.text, kind=PlaceKind.OTHER)
        update: dict[str, object] = {"span": self.span_of(ent)}
        if place.kind == PlaceKind.FACILITY and place.city is None:
            city = _city_near(ent)
            if city is not None:
                update["city"] = city
        return place.model_copy(update=update)


#: Dependencies of a word that modifies a noun rather than naming a place.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _of_a_person(ent: SpacySpan) -> bool:
    """A place that only says whose a person is: "New Zealand's Luxon", "the President of Argentina"."""
    root = ent.root
    if root.dep_ == "poss":
        owner = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        owner = root.head.head
    else:
        return False
    return owner.ent_type_ == "PERSON" or is_title(owner.text)


def _frames(verb: Token | None, steps: int = 2) -> list[Token]:
    """The verbs that frame a to-infinitive: "signed an agreement to provide" -> [signed]."""
    out: list[Token] = []
    current = verb
    for _ in range(steps):
        if current is None or current.dep_ not in {"acl", "xcomp", "advcl"}:
            break
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            break
        head = current.head
        frame = head if head.pos_ in {"VERB", "AUX"} else governing_verb(head)
        if frame is None:
            break
        out.append(frame)
        current = frame
    return out


def clip_confidence(score: float) -> float:
    """A rule-based confidence score clipped to [0.05, 0.95] and rounded to 3 decimals."""
    return round(max(0.05, min(0.95, score)), 3)


def conjuncts(token: Token) -> list[Token]:
    """Tokens coordinated with ``token`` ("Xi and Putin" -> [Putin])."""
    return [t for t in token.conjuncts if t.i != token.i]


def _governs(token: Token, trigger: Token) -> bool:
    """True when ``token`` attaches to ``trigger`` through prepositions/objects, not another clause."""
    seen = 0
    current = token
    while current.i != current.head.i and seen < 8:
        if current.head.i == trigger.i:
            return current.dep_ in {"pobj", "prep", "npadvmod", "advmod", "dobj", "nmod", "appos", "compound"}
        # a place inside a subordinate clause does not locate the main event
        if current.dep_ in _CLAUSE_DEPS and current.pos_ in {"VERB", "AUX"}:
            return False
        if current.dep_ == "pobj" and current.head.lower_ not in _PLACE_PREPS:
            return False
        current = current.head
        seen += 1
    return False


def _city_near(ent: SpacySpan) -> str | None:
    for other in ent.sent.ents:
        if other.label_ == "GPE" and other.start != ent.start:
            place = resolve_place(other.text)
            if place is not None and place.kind == PlaceKind.CITY:
                return place.name
    return None


@cache
def _modality_cues() -> dict[str, frozenset[str]]:
    data = load_yaml("lexicons/modality.en.yaml")
    return {key: frozenset(str(v) for v in values) for key, values in data.items()}


def modality_of(trigger: Token) -> Modality:
    """Modality of the trigger's clause: negated, planned, hypothetical, alleged or asserted.

    The cue words are data: ``resources/lexicons/modality.en.yaml``.
    """
    cues = _modality_cues()
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
    if verb is None:
        return Modality.ASSERTED
    children = list(verb.children)
    adjunct = trigger.i != verb.i and trigger.dep_ == "pobj" and trigger.head.lower_ in cues["adjunct_preps"]
    if any(c.dep_ == "neg" for c in children) and not adjunct:
        return Modality.NEGATED
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass", "advmod"}}
    marks = {c.lower_ for c in children if c.dep_ == "mark"}
    if aux & cues["hypothetical_aux"] or marks & cues["hypothetical_mark"]:
        return Modality.HYPOTHETICAL
    if aux & cues["planned_aux"] or clause_direction(verb) == "future":
        return Modality.PLANNED
    head = verb.head
    if verb.dep_ in {"xcomp", "ccomp"} and head.lemma_ in cues["planned_heads"]:
        return Modality.PLANNED
    if verb.dep_ in {"ccomp", "relcl", "xcomp"} and head.lemma_ in cues["alleged_heads"]:
        return Modality.ALLEGED
    if verb.dep_ in {"relcl", "ccomp"}:
        # "boats that it claimed were swarming": the claim verb governs the relative clause
        grand = head.head if head.dep_ == "relcl" else head
        claimed = cues["alleged_relative_heads"]
        if grand.lemma_ in claimed or any(c.dep_ == "relcl" and c.lemma_ in claimed for c in head.children):
            return Modality.ALLEGED
    return Modality.ASSERTED


def governing_verb(token: Token, *, max_steps: int = 6) -> Token | None:
    """The nearest verb at or above ``token`` in the parse."""
    current = token
    for _ in range(max_steps):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None
