"""Checks shared by the robustness tests: every span of a result is grounded in the input."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from eventkit.api import Extraction
from eventkit.models import Span


def spans_of(value: Any) -> Iterator[Span]:
    """Every :class:`Span` inside a model, list or dict, recursively."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from spans_of(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from spans_of(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from spans_of(item)


def assert_grounded(result: Extraction, text: str, *, round_trip: bool = True) -> None:
    """Every span of the result lies inside ``text`` and quotes it exactly; optionally the JSON round-trips."""
    assert result.error is None
    for span in spans_of(result):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span
    if round_trip:
        assert Extraction.model_validate_json(result.to_json()).events == result.events
