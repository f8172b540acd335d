"""Matching one predicted field against one gold field, as the gold format prescribes.

String normalisation, and name, date, amount, phrase, items, quantity,
category and boolean matching; the key fields of each type (from its
:class:`~eventkit.event_types.EventTypeSpec`) decide whether a prediction can
be a gold event at all. Pure functions over JSON-shaped dicts.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from eventkit.event_types import FieldKind, get_event_type

__all__ = [
    "FIELD_KINDS",
    "SCORED_FIELDS",
    "actors_match_all",
    "actors_match_any",
    "amount_matches",
    "argument_fields",
    "category_matches",
    "date_matches",
    "field_matches",
    "items_match",
    "key_matches",
    "name_matches",
    "normalize_text",
    "phrase_matches",
    "quantity_matches",
]

#: How each field the format names is matched; a type's spec may add its own (``field_kinds``).
FIELD_KINDS: dict[str, FieldKind] = {
    "participants": "names", "actors": "names", "donor": "name", "recipient": "name", "speaker": "name",
    "reported_by": "name", "location": "name", "date": "date", "amount": "amount", "content": "phrase",
    "purpose": "phrase", "items": "items", "quantity": "quantity", "category": "category", "direct": "bool",
}  # fmt: skip
#: Fields the format scores; anything else in a gold event is a note.
SCORED_FIELDS: frozenset[str] = frozenset(FIELD_KINDS)

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})  # fmt: skip
_SPACES = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Normalise a string as the format prescribes.

    Unicode NFKD without accents, lower case, curly quotes to straight ones,
    hyphens to spaces, punctuation other than apostrophes removed, a leading
    "the " dropped, white space collapsed.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().translate(_QUOTES)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Pd":
            out.append(" ")
        elif cat.startswith("P") and ch != "'":
            continue
        else:
            out.append(ch)
    text = _SPACES.sub(" ", "".join(out)).strip()
    if text.startswith("the "):
        text = text[4:].strip()
    return text


# ------------------------------------------------------------------- matchers


def _alternatives(value: Any) -> list[Any]:
    """A gold field as a list of alternatives."""
    return list(value) if isinstance(value, list) else [value]


def _names_of(pred: Any) -> list[str]:
    """Predicted strings of an actor or place: name, aliases, country."""
    if not isinstance(pred, dict):
        return []
    names = [pred.get("name")]
    names.extend(pred.get("aliases") or [])
    names.append(pred.get("country"))
    return [n for n in names if isinstance(n, str) and n]


def _tokens_match(a: str, b: str) -> bool:
    ta, tb = set(normalize_text(a).split()), set(normalize_text(b).split())
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta


def name_matches(gold: Any, pred: Any) -> bool:
    """Does a predicted actor/place match a gold name field (alternatives, maybe null)?"""
    alts = _alternatives(gold)
    if pred is None:
        return None in alts
    strings = _names_of(pred)
    return any(isinstance(g, str) and any(_tokens_match(s, g) for s in strings) for g in alts)


def date_matches(gold: Any, pred: Any) -> bool:
    """Does a predicted When match a gold date (string, range, alternatives, maybe null)?"""
    alts = _alternatives(gold)
    if pred is None:
        return None in alts
    if not isinstance(pred, dict):
        return False
    start, end = str(pred.get("start") or ""), str(pred.get("end") or "")
    for g in alts:
        if isinstance(g, str) and start.startswith(g) and end.startswith(g):
            return True
        if isinstance(g, dict) and start.startswith(str(g.get("start"))) and end.startswith(str(g.get("end"))):
            return True
    return False


def amount_matches(gold: Any, pred: Any) -> bool:
    """Same currency and value within 1%."""
    alts = _alternatives(gold)
    if pred is None:
        return None in alts
    if not isinstance(pred, dict):
        return False
    try:
        value = float(pred.get("amount"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    currency = str(pred.get("currency") or "").upper()
    for g in alts:
        if isinstance(g, dict) and str(g.get("currency", "")).upper() == currency:
            gv = float(g["value"])
            if abs(value - gv) <= abs(gv) * 0.01:
                return True
    return False


def phrase_matches(gold: Any, pred: Any) -> bool:
    """The normalised gold phrase is a substring of the normalised predicted text."""
    alts = _alternatives(gold)
    if pred is None or pred == "":
        return None in alts
    text = normalize_text(str(pred))
    return any(isinstance(g, str) and normalize_text(g) in text for g in alts)


def items_match(gold: Any, pred_items: Any) -> bool:
    """Every gold phrase is in some predicted item's description."""
    phrases = _alternatives(gold)
    if phrases == [None] or phrases == []:
        return not pred_items
    descriptions = [normalize_text(str(i.get("description", ""))) for i in (pred_items or []) if isinstance(i, dict)]
    return all(isinstance(p, str) and any(normalize_text(p) in d for d in descriptions) for p in phrases)


def quantity_matches(gold: Any, pred_items: Any) -> bool:
    """Some predicted item has that quantity."""
    alts = _alternatives(gold)
    quantities = []
    for item in pred_items or []:
        if isinstance(item, dict) and item.get("quantity") is not None:
            try:
                quantities.append(float(item["quantity"]))
            except (TypeError, ValueError):
                continue
    if not quantities and None in alts:
        return True
    return any(g is not None and float(g) in quantities for g in alts)


def category_matches(gold: Any, pred: Any) -> bool:
    """The predicted category is one of the gold alternatives."""
    return pred in _alternatives(gold)


def actors_match_all(gold: Any, pred_actors: Any) -> bool:
    """Every inner gold list is matched by a different predicted actor."""
    groups = [g for g in (gold or []) if g is not None]
    preds = [p for p in (pred_actors or []) if isinstance(p, dict)]
    if not groups:
        return True
    if len(preds) < len(groups):
        return False
    from scipy.optimize import linear_sum_assignment

    matrix = [[1 if name_matches(g, p) else 0 for p in preds] for g in groups]
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return sum(matrix[r][c] for r, c in zip(rows, cols, strict=True)) == len(groups)


def actors_match_any(gold: Any, pred_actors: Any) -> bool:
    """Any one inner gold list is matched by some predicted actor."""
    preds = [p for p in (pred_actors or []) if isinstance(p, dict)]
    return any(name_matches(g, p) for g in (gold or []) if g is not None for p in preds)


def _kind_of(name: str, event_type: str | None) -> FieldKind | None:
    if event_type is not None:
        kind = get_event_type(event_type).field_kinds.get(name)
        if kind is not None:
            return kind
    return FIELD_KINDS.get(name)


def field_matches(name: str, gold: Any, pred: dict[str, Any]) -> bool:
    """Does the prediction match the gold value of one field?"""
    kind = _kind_of(name, pred.get("type"))
    if kind == "names":
        return actors_match_all(gold, pred.get(name))
    if kind == "name":
        return name_matches(gold, pred.get(name))
    if kind == "date":
        return date_matches(gold, pred.get(name))
    if kind == "amount":
        return amount_matches(gold, pred.get(name))
    if kind == "phrase":
        return phrase_matches(gold, pred.get(name))
    if kind == "items":
        return items_match(gold, pred.get(name))
    if kind == "quantity":
        return quantity_matches(gold, pred.get("items"))
    if kind == "category":
        return category_matches(gold, pred.get(name))
    if kind == "bool":
        return any(pred.get(name) == g for g in _alternatives(gold))
    return False


def key_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Can this prediction be this gold event at all?"""
    kind = gold["type"]
    if pred.get("type") != kind:
        return False
    spec = get_event_type(kind)
    for name in spec.key_fields:
        if name in gold and not field_matches(name, gold[name], pred):
            return False
    # where the gold gives them: a list of actors when not empty, any other field when present (even null)
    given = [f for f in spec.key_any if f in gold and (gold[f] or _kind_of(f, kind) != "names")]
    if given:
        return any(_any_matches(f, gold[f], pred) for f in given)
    return True


def _any_matches(name: str, gold: Any, pred: dict[str, Any]) -> bool:
    """One alternative of a ``key_any`` field matches (for actor lists: any one gold actor)."""
    if _kind_of(name, pred.get("type")) == "names":
        return actors_match_any(gold, pred.get(name))
    return field_matches(name, gold, pred)


def argument_fields(gold: dict[str, Any]) -> list[str]:
    """The non-key fields of a gold event that are scored as arguments."""
    spec = get_event_type(gold["type"])
    keys = set(spec.key_fields)
    scored = SCORED_FIELDS | set(spec.field_kinds)
    return [f for f in gold if f in scored and f not in keys]
