"""scripts/derive_lexicons.py reads the first sense of each noun, whatever key its sense entry opens with."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

ENTRIES = """\
juror:
  n:
    sense:
    - id: 'juror%1:18:00::'
      synset: 10234567-n
plaintiff:
  n:
    pronunciation:
    - value: ˈpleɪn.tɪf
    sense:
    - id: 'plaintiff%1:18:00::'
      synset: 10234568-n
    - id: 'plaintiff%1:04:00::'
      synset: 10234569-n
verdict:
  n:
    sense:
    - derivation:
      - 'verdict%1:10:00::'
      id: 'verdict%1:04:00::'
      synset: 10234570-n
"""


def _script() -> Any:
    path = Path(__file__).resolve().parents[2] / "scripts" / "derive_lexicons.py"
    spec = importlib.util.spec_from_file_location("derive_lexicons", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["derive_lexicons"] = module
    spec.loader.exec_module(module)
    return module


def test_the_first_sense_counts_when_its_entry_opens_with_its_id(tmp_path: Path) -> None:
    (tmp_path / "entries-j.yaml").write_text(ENTRIES, encoding="utf-8")
    lexfiles = _script().first_sense_lexfiles(tmp_path)
    assert lexfiles == {"juror": "18", "plaintiff": "18", "verdict": "04"}


def test_the_shipped_person_nouns_hold_common_people_words() -> None:
    from eventkit.normalize.mentions import person_nouns

    assert {"teenager", "journalist", "senator"} <= person_nouns()
