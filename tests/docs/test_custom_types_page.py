"""docs/custom-types.md runs as written, top to bottom, and ends with Sanction events."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

PAGE = Path(__file__).resolve().parents[2] / "docs" / "custom-types.md"


@pytest.fixture
def clean_registry() -> Iterator[None]:
    from eventkit.event_types import unregister_event_type

    yield
    unregister_event_type("sanction")


def test_the_custom_types_page_runs_and_yields_sanctions(clean_registry: None) -> None:
    blocks = re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 6
    module = types.ModuleType("custom_types_page")  # a real module, as a user's script would be
    sys.modules[module.__name__] = module
    namespace = module.__dict__
    try:
        for number, block in enumerate(blocks, 1):
            exec(compile(block, f"{PAGE.name}[block {number}]", "exec"), namespace)
    finally:
        del sys.modules[module.__name__]
    sanctions = namespace["sanctions"]
    assert isinstance(sanctions, list) and sanctions
    assert all(type(e).__name__ == "Sanction" and e.type == "sanction" for e in sanctions)
    assert [e.id for e in sanctions] == [f"X{i}" for i in range(1, len(sanctions) + 1)]
    # grounded like every event: the trigger's offsets point at its words in the raw text
    article = namespace["article"]
    assert isinstance(article, str)
    for event in sanctions:
        assert article[event.trigger.start : event.trigger.end] == event.trigger.text
