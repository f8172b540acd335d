"""Doc-level date spans: which DATE entity of a sentence dates an event."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventkit.normalize.times.anaphora import is_anaphoric_day
from eventkit.normalize.times.calendar import _RANKING_ANCHOR
from eventkit.normalize.times.clauses import _VERBS, _clause_verb
from eventkit.normalize.times.durations import is_duration_or_frequency
from eventkit.normalize.times.lexicon import _lex
from eventkit.normalize.times.parse import _parse_cached

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _is_duration_span(span: SpacySpan) -> bool:
    """A DATE entity that is a duration or frequency, also judging the word before it ("for", "since")."""
    if is_duration_or_frequency(span.text):
        return True
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False  # "for Monday's attack": the preposition governs the noun the date owns
    lex = _lex()
    for back in (1, 2):
        if span.start - back < 0:
            break
        prev = doc[span.start - back]
        if prev.lower_ in lex.duration_prepositions:
            return True
        if prev.pos_ not in {"ADV", "ADP", "PART"} or prev.lower_ in {"in", "on", "at", "during", "by", "of"}:
            break  # only hedges ("for nearly two years") are looked through
    return False


def _path(span: SpacySpan, targets: set[int], trigger: Token) -> tuple[bool, int, int] | None:
    """Climb from the DATE root to a target without entering another clause.

    Returns (passes through a noun, number of steps, the target reached), or None when blocked.
    """
    lex = _lex()
    root = span.root
    inside = set(range(span.start, span.end))
    if root.dep_ in lex.noun_modifier_deps and root.head.i not in targets:
        return None  # "the 2020 elections": modifies another noun
    current = root
    via_noun = False
    for steps in range(len(trigger.sent) + 1):
        if current.i in targets:
            return via_noun, steps, current.i
        if current.i not in inside:
            if current.pos_ in _VERBS and not (current.dep_ == "acl" and current.head.i in targets):
                return None
            if current.pos_ in _NOMINALS:
                via_noun = True
        if current.head.i == current.i:
            return None
        if current.i != root.i and current.i not in inside and current.dep_ in lex.clause_deps:
            return None
        current = current.head
    return None


def _width(text: str) -> int | None:
    when = _parse_cached(text, _RANKING_ANCHOR, "past")
    if when is None:
        # "the previous day": a day, once resolved against an earlier date of the text
        return 0 if is_anaphoric_day(text) else None
    return (when.end - when.start).days


def select_date(trigger: Token, date_spans: Sequence[SpacySpan], *, own: bool = False) -> SpacySpan | None:
    """Choose the DATE entity that governs the trigger's own clause.

    A DATE span qualifies when it is in the trigger's sentence, is not a
    duration or frequency (judged with the word before it: "for two days",
    "since 1994", "every week"), can be read as a date, and its syntactic head
    path reaches the trigger, or the verb of the trigger's clause, without
    entering another clause (ccomp, advcl, relcl, xcomp, ... or another verb;
    climbing through prepositions, objects and noun modifiers is fine). A DATE
    that only modifies another noun ("the 2020 elections") does not qualify
    unless that noun is the trigger ("the 2020 riots").

    Among qualifying spans a noun trigger's own date wins ("sentenced a man
    on Friday for the shooting *in 2022*", "survivors of *the 2024* bombing
    testified on Thursday": the clause's day is another act's), then the one
    attached directly to the clause (not through a noun), then the narrowest
    period, then the shortest path, then the nearest one.

    Args:
        trigger: The event's trigger token.
        date_spans: The document's DATE entities.
        own: Only a date reaching the trigger itself counts, not one of the
            verb of its clause ("claimed responsibility for the shooting *on
            Tuesday*" dates the claim; "Monday's shooting" dates the shooting).

    Returns:
        The governing span, or ``None`` (the publication date is never used as
        a fallback).
    """
    sent = trigger.sent
    targets = {trigger.i}
    verb = None if own else _clause_verb(trigger)
    if verb is not None:
        targets.add(verb.i)
    best: tuple[tuple[bool, bool, int, int, int], SpacySpan] | None = None
    for span in date_spans:
        if span.doc is not trigger.doc or span.start < sent.start or span.end > sent.end:
            continue
        if _is_duration_span(span):
            continue
        path = _path(span, targets, trigger)
        if path is None:
            continue
        width = _width(span.text)
        if width is None:
            continue
        distance = min(abs(trigger.i - span.start), abs(trigger.i - (span.end - 1)))
        not_own = verb is not None and verb.i != trigger.i and path[2] != trigger.i
        key = (not_own, path[0], width, path[1], distance)
        if best is None or key < best[0]:
            best = (key, span)
    return best[1] if best is not None else None
