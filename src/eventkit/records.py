"""What makes an input record of ``Extractor.pipe`` bad, and the error record that stands in for it.

A record is bad, and becomes an :class:`~eventkit.result.Extraction` whose
``error`` says why (the stream goes on), when:

* its ``published`` is a missing value: ``pandas.NaT``, ``float("nan")``,
  ``pandas.NA`` (what ``DataFrame.to_dict("records")`` gives for an empty
  cell); pass ``None`` to have the date detected from the article;
* its ``id`` or metadata holds a lone surrogate (U+DC80, say, from
  ``errors="surrogateescape"`` or a JSON escape): not valid Unicode, so it
  could never be written out as JSON or UTF-8;
* a metadata key is not a string.

The error record keeps the id and the metadata, made printable: a lone
surrogate is written as its backslash escape, a key as ``str(key)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventkit.result import Extraction

__all__ = ["check_record", "error_record", "is_missing"]

_RESERVED = frozenset({"text", "published", "id"})


def is_missing(value: object) -> bool:
    """True for a missing value a data frame gives: NaN, NaT, ``pandas.NA`` (None is not: it means "detect")."""
    if value is None or isinstance(value, (str, bytes)):
        return False
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):
        return True  # pandas.NA: its truth value is ambiguous


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _bad_string(value: object, depth: int = 0) -> bool:
    """True when a string inside ``value`` (dicts, lists, tuples; keys too) holds a lone surrogate."""
    if isinstance(value, str):
        return _has_surrogate(value)
    if depth > 50:
        return False
    if isinstance(value, dict):
        return any(_bad_string(k, depth + 1) or _bad_string(v, depth + 1) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_bad_string(v, depth + 1) for v in value)
    return False


def check_record(record: dict[Any, Any]) -> None:
    """Raise ValueError (TypeError for a key) when a record cannot be extracted and written out safely."""
    published = record.get("published")
    if is_missing(published):
        raise ValueError(f"published is a missing value ({published!r}); pass None to detect the date from the article")
    rid = record.get("id")
    if _bad_string(rid) or (rid is not None and not isinstance(rid, str) and _bad_string(str(rid))):
        raise ValueError("the id holds a lone surrogate: it is not valid Unicode")
    for key, value in record.items():
        if not isinstance(key, str):
            raise TypeError(f"metadata keys must be strings, not {type(key).__name__} ({key!r})")
        if key not in _RESERVED and (_has_surrogate(key) or _bad_string(value)):
            raise ValueError(f"metadata {key.encode('utf-8', 'backslashreplace').decode()!r} holds a lone surrogate")


def _printable(value: Any, depth: int = 0) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8") if _has_surrogate(value) else value
    if depth > 50:
        return value
    if isinstance(value, dict):
        return {_printable(str(k), depth + 1): _printable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_printable(v, depth + 1) for v in value]
    if isinstance(value, tuple):
        return tuple(_printable(v, depth + 1) for v in value)
    return value


def error_record(item: object, err: BaseException) -> Extraction:
    """The Extraction that stands in for a bad item: its id and metadata (made printable) and the error."""
    from eventkit.result import Extraction

    record: dict[Any, Any] = item if isinstance(item, dict) else {}
    rid = record.get("id")
    meta = {k: v for k, v in record.items() if k not in _RESERVED}
    error = f"{type(err).__name__}: {err}"
    try:
        return Extraction(
            id=_printable(str(rid)) if rid is not None else None, meta=_printable(meta), error=_printable(error)
        )
    except Exception:  # metadata pydantic cannot hold: the error still stands in for the item
        return Extraction(id=_printable(str(rid)) if rid is not None else None, error=_printable(error))
