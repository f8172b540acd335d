"""The example article bundled with eventkit (original text written for the project)."""

from __future__ import annotations

import datetime as dt

from eventkit.lexicons import resource_text

__all__ = ["example_article"]


def example_article() -> tuple[str, dt.date]:
    """Return the bundled example article and its publication date.

    The article is fictional, written for eventkit's documentation and tests:
    it has a meeting, a donation, an incident and quotes, plus a byline,
    markdown link, escaped dollar sign and newsletter block, as real input does.
    """
    return resource_text("examples/harbour_summit.txt"), dt.date(2024, 3, 14)
