"""Fixtures of the robustness tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventkit.api import Extractor


@pytest.fixture(scope="module")
def ex(extractor: Extractor) -> Extractor:
    """The shared extractor for all four event types."""
    return extractor


@pytest.fixture(autouse=True)
def no_extractor_failure(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """An extractor's exception is caught and logged (the other types' events survive), so a
    crash test must also see that nothing was logged as an extractor failure."""
    with caplog.at_level("ERROR", logger="eventkit"):
        yield
    failures = [r.getMessage() for r in caplog.records if "extractor failed" in r.getMessage()]
    assert not failures, f"an extractor crashed: {failures}"
