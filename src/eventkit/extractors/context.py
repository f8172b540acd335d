"""The per-document context every extractor reads: :class:`DocContext`.

The context owns the parsed Doc, the cleaned text and its offset map, the
publication date and the document's actor index, and turns spaCy tokens and
spans into grounded pydantic values (spans with raw offsets, resolved dates,
places and actors).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from eventkit.doccache import doc_ents, doc_text, sentence_back, span_ents
from eventkit.extractors.captions import photo_date
from eventkit.extractors.syntax import (
    coordinated,
    framing_verbs,
    given_as_surname,
    governs,
    when_antecedent,
    where_antecedent,
)
from eventkit.models import Actor, ActorKind, Place, PlaceKind, Precision, Provenance, Span, When
from eventkit.normalize.actors import ActorIndex
from eventkit.normalize.countries import capital_city, country_from_adjective_phrase, country_name
from eventkit.normalize.mentions import first_name_gender, is_title, is_vessel
from eventkit.normalize.names import clean_name
from eventkit.normalize.places import (
    is_admin_word,
    is_reference_point,
    is_reference_preposition,
    modifies_named_settlement,
    names_division,
    names_settlement,
    place_read_as_organisation,
    resolve_place,
)
from eventkit.normalize.times import (
    clause_direction,
    find_anaphoric_days,
    is_anaphoric_day,
    is_bare_weekday,
    is_relative_day,
    is_weekday,
    is_year_unit,
    parse_anaphoric,
    parse_date,
    scheduled_present,
    select_date,
    simultaneous_head,
)
from eventkit.text.clean import Block, BlockKind, CleanText, agency_dated_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["PLACE_LABELS", "DocContext"]

#: A day in a dateline: "19 November 2026", "Nov. 19, 2026", "Nov 20".
_DATELINE_DAY = re.compile(r"\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?")
#: spaCy entity labels that name places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels of a time phrase ("on Monday", "overnight", "at 6 a.m.").
TIME_LABELS = frozenset({"DATE", "TIME"})


#: How many days before the publication a dateline's day without a year may lie (a reprint names its year).
_YEARLESS_ISSUE_DAYS = 31


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
    _photo_days: dict[int, dt.date | None] = field(default_factory=dict, repr=False)

    @property
    def raw(self) -> str:
        """The raw input text."""
        return self.clean.raw

    @cached_property
    def actors(self) -> ActorIndex:
        """The document's actor index (built on first use)."""
        headline_end = max((b.end for b in self.clean.blocks if b.kind == BlockKind.HEADLINE), default=0)
        return ActorIndex(self.doc, headline_end=headline_end, dateline=self.clean.dateline, text=self.clean.text)

    @cached_property
    def issued(self) -> dt.date | None:
        """The day a dated dateline gives ("Geneva, 19 November 2026 -", "KABUL, Nov. 20 (Wire) -"), if any.

        A press release or wire story is written on that day: "today" and
        "on Monday" count from it when it comes before the publication date
        (a text published again later). None without such a day, and for a
        day without a year that would lie more than a month before the
        publication (a dateline after the page's date, read a year back).
        """
        span = self.clean.dateline
        found = _DATELINE_DAY.search(self.clean.text, span[0], span[1]) if span is not None else None
        if found is None:
            return None
        when = parse_date(found.group(), published=self.published, direction="past")
        if when is None or when.precision != Precision.DAY:
            return None
        if self.published is not None and when.start > self.published:
            return None
        yearless = re.search(r"\b\d{4}\b", found.group()) is None
        if self.published is not None and yearless and (self.published - when.start).days > _YEARLESS_ISSUE_DAYS:
            return None  # "May 12" read a year back from a May 4 publication: a day after it, not a reprint's
        return when.start

    @cached_property
    def countries(self) -> frozenset[str]:
        """ISO alpha-3 codes of the countries the text names: where a shared city name is meant."""
        return frozenset(r.country for r in self.actors.records if r.kind == ActorKind.COUNTRY and r.country)

    @cached_property
    def date_ents(self) -> list[SpacySpan]:
        """DATE entities of the document, joined with a TIME right after them ("Tuesday night").

        A TIME entity that names a weekday ("Saturday morning") or a day relative
        to the publication day ("this morning", "last night": ``relative_days``)
        counts as a date too.
        """
        ents = list(doc_ents(self.doc))
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
                and (any(is_weekday(t.text) for t in ent) or is_anaphoric_day(ent.text) or is_relative_day(ent.text))
                and (not out or out[-1].end != ent.end)
            ):
                # "Saturday morning", "the next morning", "this morning", "last night"
                if nxt is not None and nxt.label_ == "TIME" and nxt.start == ent.end:
                    # "late Thursday" + "night" the tagger cut in two: whole, as its first part only modifies a noun
                    ent = self.doc[ent.start : nxt.end]
                out.append(ent)
        # "the next morning", "later that day" the tagger left untagged
        taken = [(e.start_char, e.end_char) for e in ents]
        for start, end in find_anaphoric_days(self.clean.text):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not any(s < end and start < e for s, e in taken):
                out.append(span)
        return sorted(out, key=lambda e: e.start)

    @cached_property
    def _date_starts(self) -> list[int]:
        return [e.start for e in self.date_ents]

    def sentence_dates(self, token: Token) -> list[SpacySpan]:
        """The :attr:`date_ents` inside the token's sentence (binary search, not a walk over the document)."""
        sent = token.sent
        i = bisect.bisect_left(self._date_starts, sent.start)
        out: list[SpacySpan] = []
        while i < len(self.date_ents) and self.date_ents[i].start < sent.end:
            if self.date_ents[i].end <= sent.end:
                out.append(self.date_ents[i])
            i += 1
        return out

    @cached_property
    def body_blocks(self) -> tuple[Block, ...]:
        """The body paragraphs of the cleaned text (not the headline), in order."""
        return tuple(b for b in self.clean.blocks if b.kind == BlockKind.BODY)

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
        """The raw-grounded sentence containing ``token``, without the white space after it.

        (Paragraph breaks the cleaner inserted, as between a headline and
        the lede it was glued to, map to the raw character they replace.)
        """
        sent = sentence_back(token, 0)  # token.sent, from the Doc's cached sentences
        text = self.clean.text
        end = sent.end_char
        while end > sent.start_char + 1 and text[end - 1].isspace():
            end -= 1
        return self.span(sent.start_char, end)

    def in_headline(self, token: Token) -> bool:
        """True when the token is in the article's headline."""
        block = self.clean.block_at(token.idx)
        return block is not None and block.kind == BlockKind.HEADLINE

    def in_heading(self, token: Token) -> bool:
        """True when the token is in a body line that heads a paragraph ("AP calls Arizona's 6th for Whitcomb").

        A live entry's heading under its time stamp, or a subheading
        between two paragraphs (:attr:`eventkit.text.clean.CleanText.summaries`).
        """
        return self.clean.summary_at(token.idx) == "heading"

    def in_label(self, token: Token) -> bool:
        """True when the token is in a key event's label ("2.15am Recount ruled out"): no sentence, as the headline."""
        return self.clean.summary_at(token.idx) == "label"

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
            for head in coordinated(token):
                resolved = self.actor(head)
                if resolved is None:
                    continue
                actor = resolved[0]
                if actor.name.lower() in seen:
                    continue
                seen.add(actor.name.lower())
                out.append(actor)
        return out

    def date_for(self, trigger: Token, *, own: bool = False) -> tuple[When, Provenance] | None:
        """The date governing the trigger's own clause, resolved, with its provenance.

        With ``own``, only a date of the trigger itself counts, not one of the
        verb of its clause (:func:`~eventkit.normalize.times.spans.select_date`).
        """
        chosen = self._select_own_date(trigger, own=own)
        if chosen is None and own:
            return None
        if chosen is None:
            # "the worst clash since 2020, when 20 soldiers were killed in fighting": the day the clause
            # describes; "flew to Geneva on Sunday, where she met X": the parse hangs the clause on the day
            then = when_antecedent(trigger) or where_antecedent(trigger)
            days = self.sentence_dates(trigger) if then is not None else ()
            chosen = next((e for e in days if then is not None and e.start <= then.i < e.end), None)
        shared = ""
        if chosen is None and (head := simultaneous_head(trigger)) is not None:
            # "flights were cancelled on Thursday as controllers walked off the job": the same day
            chosen = select_date(head, self.sentence_dates(head))
            shared = f", the day of {head.text!r}, which it happens with"
        if chosen is None:
            return None
        direction = clause_direction(trigger)
        if direction == "auto" and self._scheduled(trigger, chosen):
            direction = "future"  # "Rovers meet the leaders on Tuesday": a fixture, the coming Tuesday
        if direction == "past" and photo_date(chosen):
            return None  # "the wreck of a ferry that sank ..., March 11, 2024.": the photo's day, not the sinking's
        photo = self._photo_day(chosen)
        reference = photo or self.issued or self.published
        around = not self._other_year(chosen)
        when = parse_date(chosen.text, published=reference, direction=direction, around=around)
        span = self.span_of(chosen)
        if when is None:
            return self._anaphoric_date(chosen, span)
        when = when.model_copy(update={"span": span})
        anchor = f" resolved against {reference.isoformat()}" if reference else ""
        if photo is not None:
            anchor += ", the day of the photo its caption describes"
        elif reference is not None and reference != self.published:
            anchor += ", the day its dateline gives"
        note = f"{chosen.text!r} ({direction} reading){shared}{anchor}"
        return when, Provenance(field="date", span=span, rule="time.select_date+parse_date", note=note)

    def _other_year(self, chosen: SpacySpan) -> bool:
        """True when another date of the sentence names a year ("In 2019", "last year's summit", "next year").

        Such a sentence places a year-less range ("from 15 to 25 November") in
        that year, not around the publication day (``parse_date(around=False)``).
        """
        for ent in self.sentence_dates(chosen.root):
            if ent.start == chosen.start and ent.end == chosen.end:
                continue
            for tok in ent:
                if is_year_unit(tok.text) or (tok.shape_ == "dddd" and tok.like_num):
                    return True
        return False

    def _scheduled(self, trigger: Token, chosen: SpacySpan) -> bool:
        """A bare weekday on a relative clause in the simple present, in a body sentence told in the present.

        "Town, who meet Rovers on Tuesday, are now sixth": a fixture, the
        coming Tuesday (:func:`scheduled_present`). Headlines and captions,
        whose present tells a past act, and sentences with a verb in the past
        ("..., who meets Y on Tuesday, said") keep the past reading.
        """
        if not is_bare_weekday(chosen.text):
            return False
        if self.in_headline(trigger) or self.in_heading(trigger) or self.in_label(trigger):
            return False
        if self.clean.closed_by_credit(trigger.idx) or any(photo_date(e) for e in self.sentence_dates(trigger)):
            return False  # a caption's present is the photo's moment
        if any(t.tag_ == "VBD" or (t.tag_ == "VBN" and t.dep_ != "amod") for t in sentence_back(trigger, 0)):
            return False
        return scheduled_present(trigger)

    def _select_own_date(self, trigger: Token, *, own: bool) -> SpacySpan | None:
        """:func:`select_date` over the trigger's sentence; in the lead under an agency's dated dateline, its day.

        "Dakar, Friday 18 October 2026 (Agency) - The minister met X": the
        lead tells what happened on the day the story was filed, as it did
        when such a line was read as part of the sentence; a date of the
        sentence's own ("held talks on Thursday") wins. Only the main clause
        of the first sentence and what it reports take it ("X, who met Y,
        said ..." dates the saying), and with ``own`` only a verb trigger.
        """
        chosen = select_date(trigger, self.sentence_dates(trigger), own=own)
        if chosen is not None:
            return chosen
        day = self._filing_day_ent
        if day is None or self.clean.dateline is None:
            return None
        sent = trigger.sent
        line_end = self.clean.dateline[1]
        first = next((s for s in self.doc.sents if s.start_char >= line_end - 1), None)
        if first is None or first.start != sent.start or sent.root.pos_ not in {"VERB", "AUX"}:
            return None
        verb = trigger
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if own and trigger.i != verb.i:
            return None
        if trigger.i != verb.i and self.sentence_dates(trigger):
            return None  # "... announced on Monday that ... clashes that took place on Sunday": not the filing day
        block = self.clean.block_at(sent.start_char)
        if block is not None and any(
            sent.end_char <= e.start_char < block.end and self._a_day(e) for e in self.date_ents
        ):
            return None  # "... received a delegation. The talks took place on Wednesday.": the paragraph dates it
        while verb.dep_ in {"ccomp", "conj"} and verb.head.i != verb.i:
            verb = verb.head  # "Floods swept through villages, officials said": what is reported
        return day if verb.i == sent.root.i else None

    def _a_day(self, date: SpacySpan) -> bool:
        """The date names a day ("on Wednesday", "on 16 October"), not a longer period ("in 2025", "last year")."""
        when = parse_date(date.text, published=self.issued or self.published, direction="past")
        return when is not None and when.precision == Precision.DAY

    @cached_property
    def _filing_day_ent(self) -> SpacySpan | None:
        """The DATE entity of a dateline that gives its day and then its agencies ("Dakar, 18 October 2026 (APS) -")."""
        line = self.clean.dateline
        if line is None or not agency_dated_dateline(self.clean.text[line[0] : line[1]]):
            return None
        return next((e for e in self.date_ents if line[0] <= e.start_char and e.end_char <= line[1]), None)

    def _photo_day(self, chosen: SpacySpan) -> dt.date | None:
        """The day of the photo when ``chosen`` is another date of its caption ("Sunday's bombing ..., Feb. 7, 2024.").

        A caption is written on the day the photo was taken: its relative
        dates count from that day, not from the publication date.
        """
        dates = self.sentence_dates(chosen.root)
        if not dates or dates[-1].start == chosen.start:
            return None
        last = dates[-1]
        if last.start not in self._photo_days:
            day = parse_date(last.text, published=self.published, direction="past") if photo_date(last) else None
            self._photo_days[last.start] = day.start if day is not None and day.precision == Precision.DAY else None
        return self._photo_days[last.start]

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
        for frame in framing_verbs(verb):
            found = self.date_for(frame)
            if found is not None:
                return found
        return None

    def framing_place(self, verb: Token | None) -> tuple[Place, Provenance] | None:
        """The place of the clause that frames an infinitive event verb (see :meth:`framing_date`)."""
        for frame in framing_verbs(verb):
            found = self.place_for(frame)
            if found is not None:
                return found
        return None

    @cached_property
    def _ents_by_sentence(self) -> dict[int, list[SpacySpan]]:
        out: dict[int, list[SpacySpan]] = {}
        for ent in doc_ents(self.doc):
            out.setdefault(ent.sent.start, []).append(ent)
        return out

    def sentence_ents(self, token: Token) -> list[SpacySpan]:
        """The named entities of the token's sentence (computed once per document)."""
        return self._ents_by_sentence.get(sentence_back(token, 0).start, [])

    def place_for(self, trigger: Token, *, skip: Sequence[Span] = ()) -> tuple[Place, Provenance] | None:
        """The place of the trigger's clause: "in/at/near X" attached to it or its arguments.

        ``skip``: raw spans that are no place here (a meeting's participants the
        tagger took for places: "shook hands with Magufuli in Nairobi").
        """
        candidates: list[SpacySpan] = []
        capitals: dict[int, Place] = {}
        for ent in self.sentence_ents(trigger):
            capital = self._capital_described(ent)
            if capital is not None:
                capitals[ent.start] = capital  # "marched through the Georgian capital": Tbilisi
            elif (
                ent.label_ not in PLACE_LABELS
                and not place_read_as_organisation(ent)
                and not names_division(ent)
                and not names_settlement(ent)
                and not _named_after_place_preposition(ent)
                and not _town_read_as_person(ent, trigger)
            ):
                continue
            if skip and any(s.overlaps(self.span_of(ent)) for s in skip):
                continue
            if governs(ent.root, trigger):
                candidates.append(ent)
        # "sank off Zanzibar" with the name in no entity: a name after "near" or "off" is where
        candidates += [name for name in _untagged_after_place_preposition(trigger) if governs(name.root, trigger)]
        if not candidates:
            return self._where_place(trigger)
        # the nearest after the trigger first, then the nearest before
        candidates.sort(key=lambda e: (e.start < trigger.i, abs(e.start - trigger.i)))
        reference: tuple[Place, Provenance] | None = None
        owning: SpacySpan | None = None  # a place that owns a titled person's body, where if nothing else is
        for ent in candidates:
            if _of_a_titled_body(ent):
                owning = owning or ent
                continue
            if ent.start in capitals:
                capital = capitals[ent.start]
                return capital, Provenance(field="location", span=capital.span, rule="place.capital_described")
            if reference is None and is_reference_point(ent.root):
                reference = self._country_of_reference(ent)
            if _of_a_person(ent) or is_reference_point(ent.root) or modifies_named_settlement(ent):
                continue  # "New Zealand's Christopher Luxon", "80 km north of Kabul", "the Dallas suburb of X"
            division = ent.root.dep_ == "compound" and is_admin_word(ent.root.head.text)  # "the Lower Shabelle region"
            if resolve_place(ent.text) is None and (
                (ent.root.dep_ in _MODIFIER_DEPS and not division) or self.in_headline(ent.root)
            ):
                # "Sri Lankan officials": an unknown name used as a modifier is no place; nor is
                # an unknown capitalised phrase of a title-case headline ("... at Supply Boat")
                continue
            place = self.place(ent)
            if place is not None:
                return place, Provenance(field="location", span=place.span, rule="place.governed_prep")
        owned = self.place(owning) if owning is not None and reference is None else None
        if owned is not None:
            return owned, Provenance(field="location", span=owned.span, rule="place.governed_prep")
        return reference

    def _country_of_reference(self, ent: SpacySpan) -> tuple[Place, Provenance] | None:
        """The country of a point of reference: "hills north of Santa Barbara" happened in the United States.

        The point itself is not where it happened ("60 km north of Quito"),
        but its country is, when the sentence names no place of its own.
        """
        point = self.place(ent)
        name = country_name(point.country) if point is not None and point.country else None
        if point is None or name is None:
            return None
        place = Place(name=name, kind=PlaceKind.COUNTRY, country=point.country, span=point.span)
        return place, Provenance(field="location", span=point.span, rule="place.reference_country")

    def _where_place(self, trigger: Token) -> tuple[Place, Provenance] | None:
        """The place a "where" clause holding the trigger describes ("in Geneva, where the two sides met")."""
        antecedent = where_antecedent(trigger)
        if antecedent is None:
            return None
        if antecedent.ent_type_ == "DATE":
            # "flew to Geneva on Sunday, where she met ...": the clause hangs from the day after the place
            day = next((e for e in self.sentence_ents(antecedent) if e.start <= antecedent.i < e.end), None)
            before = [e for e in self.sentence_ents(antecedent) if day is not None and 0 <= day.start - e.end <= 2]
            if not before:
                return None
            antecedent = before[-1].root
        return self.place_named_at(antecedent, rule="place.where_clause")

    def place_named_at(self, token: Token, *, rule: str) -> tuple[Place, Provenance] | None:
        """The place entity ``token`` belongs to, grounded, with a provenance naming ``rule``."""
        ent = next((e for e in self.sentence_ents(token) if e.start <= token.i < e.end), None)
        if ent is None or (ent.label_ not in PLACE_LABELS and resolve_place(ent.text) is None):
            return None  # a place, or a gazetteer name the recogniser tagged otherwise ("Derna" as an organisation)
        place = self.place(ent)
        if place is None:
            return None
        return place, Provenance(field="location", span=place.span, rule=rule)

    def _capital_described(self, ent: SpacySpan) -> Place | None:
        """The city of "the Georgian capital", "the Afghan capital": a nationality before "capital".

        Not when a name follows ("the Ukrainian capital Kyiv": the name is the
        place itself) or the nationality is ambiguous.
        """
        head = ent.root.head
        if ent.label_ != "NORP" or ent.root.dep_ not in {"amod", "compound"} or head.lower_ != "capital":
            return None
        if any(c.dep_ in {"appos", "compound"} and c.ent_type_ in PLACE_LABELS for c in head.children):
            return None
        code = country_from_adjective_phrase(ent.text)
        city = capital_city(code) if code is not None else None
        place = resolve_place(city) if city is not None else None
        if place is None or place.country != code:
            return None
        span = self.span_of(ent.doc[ent.start : head.i + 1])
        return place.model_copy(update={"span": span})

    def place(self, ent: SpacySpan) -> Place | None:
        """A grounded place for an entity span; venues keep the city named with them."""
        text = ent.text
        if text.lower().startswith("the "):
            ent = ent[1:]
        if _ships_name(ent):
            return None  # "struck the bulk carrier Eastern Pearl": a ship's name, no place
        nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if nxt is not None and ent.root.dep_ == "compound" and ent.root.head.i == nxt.i and is_admin_word(nxt.text):
            ent = ent.doc[ent.start : nxt.i + 1]  # "Kaduna state": the region, not the city
        place = resolve_place(ent.text, self.countries)  # "Valencia" in a story about Spain is Spain's
        container = _container_of(ent)
        if place is not None and container is not None and container.country not in {None, place.country}:
            # "Bali, Indonesia", "Ontario, California": the larger place written with it says whose it is
            within_container = resolve_place(ent.text, frozenset({container.country or ""}))
            if within_container is not None and within_container.country == container.country:
                place = within_container
            else:
                place = Place(name=clean_name(ent.text), kind=PlaceKind.OTHER, country=container.country)
        if place is None:
            place = Place(name=clean_name(ent.text), kind=PlaceKind.OTHER)
        if place.kind in {PlaceKind.FACILITY, PlaceKind.OTHER} and self._common_in_headline(ent):
            return None
        update: dict[str, object] = {"span": self.span_of(ent)}
        if place.country is None and place.kind != PlaceKind.SEA:
            country = _country_near(ent)
            if country is not None:
                update["country"] = country  # "the town of Sivrice in Elazig province": in Turkey
        if place.kind == PlaceKind.FACILITY and place.city is None:
            city = _city_near(ent)
            if city is not None:
                update["city"] = city
        return place.model_copy(update=update)

    def _common_in_headline(self, ent: SpacySpan) -> bool:
        """A title-case headline phrase the text also writes in lower case ("... at Shopping Centre")."""
        if not self.in_headline(ent[0]) or not any(t.is_title for t in ent):
            return False
        return re.search(rf"\b{re.escape(ent.text.lower())}\b", doc_text(self.doc)) is not None


#: Dependencies of a word that modifies a noun rather than naming a place.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _ships_name(ent: SpacySpan) -> bool:
    """A name right after a vessel noun that names the ship: "the bulk carrier *Eastern Pearl*".

    The noun and the name are one phrase (the noun a compound of the name,
    or the name in apposition to it); a name that is a clause's subject
    after the noun is a place ("blocked the cruise ship Venice banned ...").
    """
    if ent.start == 0:
        return False
    noun, root = ent.doc[ent.start - 1], ent.root
    if not is_vessel(noun) or noun.pos_ != "NOUN" or root.dep_ in {"nsubj", "nsubjpass"}:
        return False
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is not None and following.tag_ == "VBD" and following.dep_ in {"acl", "relcl"}:
        return False  # "the cruise ship Venice banned from the lagoon": the city is the clause's subject
    joined = noun.head.i == root.i and noun.dep_ == "compound"
    return joined or (root.head.i == noun.i and root.dep_ in {"appos", "compound"})


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


def _of_a_titled_body(ent: SpacySpan) -> bool:
    """A place that owns the body in a person's title: "chairman of *South Korea's* Daesan Group".

    It says whose the body is; it is where only when the clause names no other place
    ("the director of Gaza's Indonesian Hospital was killed": in Gaza).
    """
    root = ent.root
    if root.dep_ != "poss":
        return False
    owner = root.head
    return (
        owner.ent_type_ == "ORG"
        and owner.dep_ == "pobj"
        and owner.head.lower_ == "of"
        and is_title(owner.head.head.text)
    )


#: Words that may stand between a place and the larger place that holds it ("X, in the Y region of Z").
_CONTAINER_GLUE = frozenset({",", "in", "of", "the", "near"})


def _country_near(ent: SpacySpan) -> str | None:
    """The country of a larger place named right after an unknown one ("Sivrice in Elazig province", "Kafr, Syria")."""
    for other in span_ents(ent.sent):
        if other.start < ent.end or other.label_ not in {"GPE", "LOC"}:
            continue
        between = ent.doc[ent.end : other.start]
        if len(between) > 4 or not all(t.lower_ in _CONTAINER_GLUE or is_admin_word(t.text) for t in between):
            return None
        place = resolve_place(other.text)
        return place.country if place is not None else None
    return None


def _container_of(ent: SpacySpan) -> Place | None:
    """The larger place the parse writes with a place: its apposition ("Bali, Indonesia") or "in" phrase.

    Only a name attached to the place itself counts: in "fighting in Aleppo,
    Russia said" Russia is a subject, not Aleppo's country.
    """
    root = ent.root
    heads = [c for c in root.children if c.dep_ == "appos"]
    heads += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        other = next((e for e in span_ents(ent.sent) if e.start <= head.i < e.end), None)
        if other is None or other.label_ not in {"GPE", "LOC"} or other.start < ent.end:
            continue
        place = resolve_place(other.text)
        if place is not None and place.kind in {PlaceKind.COUNTRY, PlaceKind.REGION}:
            return place
    return None


def _city_near(ent: SpacySpan) -> str | None:
    for other in span_ents(ent.sent):
        if other.label_ == "GPE" and other.start != ent.start:
            place = resolve_place(other.text)
            if place is not None and place.kind == PlaceKind.CITY:
                return place.name
    return None


#: Prepositions that only ever locate: a name after one is a place, whatever the recogniser tagged it.
_PLACE_ONLY_PREPS = frozenset({"near", "off"})


def _named_after_place_preposition(ent: SpacySpan) -> bool:
    """A name the recogniser tagged a person or an organisation where only a place is written.

    "capsized off Lampedusa" (tagged a person), "attacked an aid convoy near
    Kalemba" (an organisation): "near" and "off" take places, and so does
    "of" or "from" after a compass or distance word ("killed three people
    south of Amarillo", :func:`is_reference_point`). A plural is no place
    name, nor is what :func:`_place_name` rules out.
    """
    if ent.label_ not in {"PERSON", "ORG", "NORP"} or ent.start == 0 or not all(t.pos_ == "PROPN" for t in ent):
        return False
    if is_reference_point(ent.root, spatial=True):
        return ent.root.tag_ == "NNP" and _place_name(ent)
    prep = ent.doc[ent.start - 1]
    # the object of the preposition, or of the verb the parse gave it to as a particle ("capsized off X")
    if prep.lower_ not in _PLACE_ONLY_PREPS or not (ent.root.head.i == prep.i or prep.dep_ == "prt"):
        return False
    return ent.root.tag_ == "NNP" and _place_name(ent)


def _town_read_as_person(ent: SpacySpan, trigger: Token) -> bool:
    """One name "in" which the trigger itself happened, tagged a person: "a protest *in Anakapalli*".

    Nobody happens in a person: a one-word name right after an "in" that
    hangs on the trigger is a town the recogniser did not know, unless it is
    a first name or the document gives a person that surname ("Ana
    Kimani ... a protest in Kimani's honour" is a person's).
    """
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0 or ent.root.tag_ != "NNP":
        return False
    prep = ent.doc[ent.start - 1]
    if prep.lower_ != "in" or ent.root.head.i != prep.i or prep.head.i != trigger.i or not _place_name(ent):
        return False
    return not given_as_surname(ent.root)


def _untagged_after_place_preposition(trigger: Token) -> list[SpacySpan]:
    """Runs of capitalised proper nouns in no entity right after "near" or "off" in the trigger's sentence.

    Also after "of" or "from" after a compass or distance word ("30 km east
    of Gwoza"): a point of reference is a place.
    """
    doc = trigger.doc
    out: list[SpacySpan] = []
    sent = trigger.sent
    for t in sent:
        reference = is_reference_preposition(t, spatial=True)
        if (t.lower_ not in _PLACE_ONLY_PREPS and not reference) or t.i + 1 >= sent.end:
            continue
        end = t.i + 1
        while end < sent.end and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O" and doc[end].is_title:
            end += 1
        name = doc[t.i + 1 : end]
        if len(name) and (not reference or is_reference_point(name.root)) and _place_name(name):
            out.append(name)
    return out


def _place_name(name: SpacySpan) -> bool:
    """A name after "near" or "off" that can be the place.

    No known first name opens it ("stood near Ana Ruiz"), and no possessive
    ends it ("near Tesco's car park" names the car park).
    """
    after = name.doc[name.end] if name.end < len(name.doc) else None
    return (after is None or after.tag_ != "POS") and first_name_gender(name.text) is None
