"""Long documents for the benchmark and the linear-growth test: own invented text, any size.

Every shape is built from the paragraphs below (written for eventkit, not
taken from any corpus) by repeating them with varied names, places, numbers
and dates, so that no two paragraphs are identical and no cache can help:

* ``article``: news-like paragraphs mixing meetings, donations, incidents and statements;
* ``said``: many short "X said ..." sentences;
* ``quotes``: many quotations with their speakers;
* ``dates``: many date expressions;
* ``money``: many money amounts;
* ``entities``: many named people, organisations and places;
* ``json``: a JSON document pasted as text;
* ``glued``: one line of hyphen joins, each a possible end of a headline glued to its lede.
"""

from __future__ import annotations

import json
from collections.abc import Callable

__all__ = ["SHAPES", "make"]

_FIRST = ["Amara", "Bogdan", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Kofi", "Lena"]
_LAST = ["Mensah", "Novak", "Ortiz", "Petrov", "Quist", "Rahman", "Sato", "Tamm", "Ueda", "Varga", "Weller", "Yilmaz"]
_CITIES = ["Lisbon", "Nairobi", "Hanoi", "Quito", "Tbilisi", "Accra", "Oslo", "Lima", "Dhaka", "Riga", "Tunis", "Porto"]
_COUNTRIES = ["Portugal", "Kenya", "Vietnam", "Ecuador", "Georgia", "Ghana", "Norway", "Peru", "Bangladesh", "Latvia"]
_ORGS = ["Red Cross", "World Bank", "Harbour Authority", "Farmers Union", "City Council", "Water Board"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_MONTHS = ["January", "March", "April", "June", "July", "September", "October", "November"]


def _pick(items: list[str], i: int, k: int = 1) -> str:
    return items[(i * k + i // len(items)) % len(items)]


def _person(i: int) -> str:
    return f"{_pick(_FIRST, i)} {_pick(_LAST, i, 5)}"


def _article(i: int) -> str:
    a, b, c = _person(i), _person(i + 3), _person(i + 7)
    city, country, org = _pick(_CITIES, i), _pick(_COUNTRIES, i, 3), _pick(_ORGS, i)
    day = _pick(_WEEKDAYS, i)
    return (
        f"Foreign minister {a} met her counterpart {b} in {city} on {day} to discuss trade and the "
        f"new ferry line between the two ports. {c}, a spokesperson for the ministry, said the talks "
        f"had been constructive and that a second round would follow in {_pick(_MONTHS, i)}.\n\n"
        f"The government of {country} donated {i % 90 + 10} tonnes of rice and ${i % 40 + 2}.5 million "
        f"to the {org}, according to a statement released on {day}.\n\n"
        f"Heavy flooding struck the outskirts of {city} on {day}, killing at least {i % 17 + 2} people, "
        f'officials said. "We are still searching the river banks," said {c}, who leads the rescue team.'
    )


def _said(i: int) -> str:
    return f"{_person(i)} said the {_pick(_ORGS, i)} would publish its report soon."


def _quotes(i: int) -> str:
    return (
        f'"The bridge in {_pick(_CITIES, i)} will reopen before the winter," {_person(i)} told reporters. '
        f'"We have waited long enough," added {_person(i + 1)}.'
    )


def _dates(i: int) -> str:
    return (
        f"The hearing moved from {_pick(_MONTHS, i)} {i % 28 + 1}, {2000 + i % 25} to "
        f"{_pick(_WEEKDAYS, i)}, then to {i % 28 + 1} {_pick(_MONTHS, i + 1)} {2001 + i % 24} and "
        f"finally to last {_pick(_WEEKDAYS, i + 2)}."
    )


def _money(i: int) -> str:
    return (
        f"The budget line rose from ${i % 900 + 100} million to EUR {i % 50 + 1}.{i % 10} billion, "
        f"while fees of {i % 70 + 5},000 pounds and Rs {i % 30 + 2} crore were waived."
    )


def _entities(i: int) -> str:
    return (
        f"{_person(i)} of the {_pick(_ORGS, i)}, {_person(i + 1)} of {_pick(_COUNTRIES, i)}, "
        f"{_person(i + 2)} from {_pick(_CITIES, i)} and {_person(i + 4)} of the "
        f"{_pick(_ORGS, i + 2)} in {_pick(_CITIES, i + 5)} signed the letter."
    )


def _json(size: int) -> str:
    records = []
    i = 0
    text = "[]"
    while len(text) < size:
        for _ in range(64):
            records.append(
                {
                    "id": i,
                    "title": f"{_person(i)} visits {_pick(_CITIES, i)}",
                    "body": _article(i)[:160],
                    "tags": [_pick(_COUNTRIES, i), _pick(_ORGS, i)],
                    "score": i % 97 / 7,
                }
            )
            i += 1
        text = json.dumps(records, indent=2)
    return text[:size]


def _paragraphs(unit: Callable[[int], str], size: int, per_paragraph: int = 1) -> str:
    head = "Officials Meet as Floods Hit the Coast\n\nLISBON, June 13, 2024\n\n"
    parts: list[str] = [head]
    total, i = len(head), 0
    while total < size:
        paragraph = " ".join(unit(i + k) for k in range(per_paragraph))
        parts.append(paragraph + "\n\n")
        total += len(paragraph) + 2
        i += per_paragraph
    return "".join(parts)[:size]


def _glued(size: int) -> str:
    """One line of hyphen joins ("harbour-Pier harbour-Pier ..."): each could end a headline glued to its lede."""
    unit = "harbour-Pier "
    return (unit * (size // len(unit) + 1))[: max(size - 1, 0)] + "."


#: Shape name -> a function of the size in characters.
SHAPES: dict[str, Callable[[int], str]] = {
    "article": lambda n: _paragraphs(_article, n),
    "said": lambda n: _paragraphs(_said, n, 4),
    "quotes": lambda n: _paragraphs(_quotes, n, 2),
    "dates": lambda n: _paragraphs(_dates, n, 2),
    "money": lambda n: _paragraphs(_money, n, 2),
    "entities": lambda n: _paragraphs(_entities, n, 2),
    "json": _json,
    "glued": _glued,
}


def make(shape: str, size: int) -> str:
    """A document of ``shape`` about ``size`` characters long (exactly ``size`` or less)."""
    return SHAPES[shape](size)
