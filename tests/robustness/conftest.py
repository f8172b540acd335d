"""Fixtures of the robustness tests."""

from __future__ import annotations

import pytest

from eventkit.api import Extractor


@pytest.fixture(scope="module")
def ex(extractor: Extractor) -> Extractor:
    """The shared extractor for all four event types."""
    return extractor
