"""Dates and periods: resolving news date expressions to :class:`~eventkit.models.When`.

Three public functions work on text and one pair on a spaCy parse:

* :func:`parse_date` resolves an expression ("last Thursday", "Feb. 28-March 2",
  "the first quarter of 2023") against the publication date.
* :func:`is_duration_or_frequency` recognises expressions that are never the
  date of an event ("for two days", "since 1994", "weekly", "a decade after").
* :func:`clause_direction` reads the tense of an event's clause (past, future
  or unknown) from the dependency parse.
* :func:`select_date` picks the DATE entity that belongs to an event's own
  clause.

Conventions (see ``docs/time.md``):

* The publication date is the only anchor; the current date is never used.
  Without a publication date, relative expressions give ``None`` and only
  expressions with an explicit year resolve.
* ``end`` is inclusive. Weeks run Monday to Sunday.
* A bare weekday ("on Monday") in a past reading is the most recent such day
  on or before publication (the publication day itself when the weekdays
  agree); "last Monday" is the most recent Monday strictly before it and
  "next Monday" the first one strictly after it.
* A date without a year ("December 4", "in October") is the nearest such date
  on or before publication (past reading) or on or after it (future reading).
* "early/mid/late X", "the end of X" keep the whole of X; "earlier X" ends X
  at the publication day and "later X" starts it there.

Expressions are matched with a small grammar over the vocabulary in
``resources/lexicons/time.en.yaml``; absolute dates written with month names
or numbers are read by ``dateparser`` (imported lazily, configured once).
"""

from __future__ import annotations

from eventkit.normalize.times.anaphora import find_anaphoric_days, is_anaphoric_day, parse_anaphoric
from eventkit.normalize.times.clauses import (
    clause_direction,
    scheduled_present,
    sequence_head,
    simultaneous_head,
)
from eventkit.normalize.times.durations import is_duration_or_frequency
from eventkit.normalize.times.lexicon import Direction, is_bare_weekday, is_relative_day, is_weekday, is_year_unit
from eventkit.normalize.times.parse import parse_date
from eventkit.normalize.times.spans import select_date

__all__ = [
    "Direction",
    "clause_direction",
    "find_anaphoric_days",
    "is_anaphoric_day",
    "is_bare_weekday",
    "is_duration_or_frequency",
    "is_relative_day",
    "is_weekday",
    "is_year_unit",
    "parse_anaphoric",
    "parse_date",
    "scheduled_present",
    "select_date",
    "sequence_head",
    "simultaneous_head",
]
