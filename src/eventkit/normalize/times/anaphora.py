"""Anaphoric days: "the next morning", "later that day", resolved against an earlier date of the text."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from eventkit.models import Precision, When
from eventkit.normalize.times.calendar import _RANKING_ANCHOR
from eventkit.normalize.times.lexicon import _lex, _normalize, _strip_fillers


def find_anaphoric_days(text: str) -> list[tuple[int, int]]:
    """Character ranges of day-level anaphoric expressions in a text ("the next morning", "later that day").

    Only expressions that say how they relate to another day count (a bare
    "that day" or "the day" does not); the tagger often leaves them untagged,
    so they are found on the text.
    """
    shifts = _lex().anaphoric_day_shifts
    out: list[tuple[int, int]] = []
    for m in _lex().anaphoric_search.finditer(text):
        words = re.findall(r"[a-z]+", m.group(0).lower())
        relational = any(w in shifts and (shifts[w] != 0 or w in {"same", "later", "earlier"}) for w in words)
        if relational and is_anaphoric_day(m.group(0)):
            out.append((m.start(), m.end()))
    return out


@lru_cache(maxsize=4096)
def is_anaphoric_day(expression: str) -> bool:
    """True for a day-level anaphoric expression :func:`parse_anaphoric` resolves ("the next morning")."""
    ref = When(text="", start=_RANKING_ANCHOR, end=_RANKING_ANCHOR, precision=Precision.DAY)
    return parse_anaphoric(expression, ref) is not None


def parse_anaphoric(expression: str, reference: When) -> When | None:
    """Resolve a day-level anaphoric expression against an earlier date of the text.

    "the previous day", "the next morning", "later that day", "earlier in the
    day", "the same day" shift a day-precision ``reference`` by -1, +1 or 0
    days (the words and shifts are data in ``time.en.yaml``). Expressions of
    other units, counted ones ("two days later") and references that are not
    a single day give ``None``.

    Args:
        expression: The date expression as written.
        reference: The latest earlier date of the text (day precision).

    Returns:
        The resolved day (``anchor`` is the reference day), or ``None``.
    """
    if not isinstance(expression, str) or reference.precision != Precision.DAY:
        return None
    text = _normalize(expression)
    if not (_lex().anaphoric.fullmatch(text) or _lex().anaphoric.fullmatch(_strip_fillers(text))):
        return None
    units, shifts = _lex().anaphoric_day_units, _lex().anaphoric_day_shifts
    words = re.findall(r"[a-z]+", text)
    if not words or not any(w in units for w in words) or any(w.isdigit() for w in words):
        return None
    if "yesterday" in words or any(w in {"days", "nights", "weeks", "years"} for w in words):
        return None
    moves = {shifts[w] for w in words if w in shifts and shifts[w] != 0}
    if len(moves) > 1:
        return None
    day = reference.start + dt.timedelta(days=moves.pop() if moves else 0)
    return When(text=expression, start=day, end=day, precision=Precision.DAY, anchor=reference.start)
