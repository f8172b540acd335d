"""The anchor of relative dates: a caller's publication date coerced to a :class:`datetime.date`.

Also importable as ``eventkit.text.published.coerce_published``.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["coerce_published"]


def coerce_published(value: object) -> dt.date | None:
    """Turn a caller's publication date into a :class:`datetime.date`.

    Args:
        value: ``None``, a ``date``, a ``datetime`` (its date is used) or an
            ISO 8601 string ("2023-12-05", "2023-12-05T10:15:00+08:00",
            "2023-12-05T10:15:00Z").

    Returns:
        The date, or ``None`` when ``value`` is ``None``.

    Raises:
        TypeError: If ``value`` is of any other type (int, float, bytes ...).
        ValueError: If ``value`` is a string that is not an ISO 8601 date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text[-1:] in {"Z", "z"}:
            text = text[:-1] + "+00:00"  # Python 3.10's fromisoformat does not read "Z"
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(
                f"published must be an ISO 8601 date such as '2023-12-05' or '2023-12-05T10:15:00', not {value!r}"
            ) from None
    raise TypeError(
        f"published must be None, a datetime.date, a datetime.datetime or an ISO 8601 string, "
        f"not {type(value).__name__}"
    )
