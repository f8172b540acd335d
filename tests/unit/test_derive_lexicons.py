"""scripts/derive_lexicons.py reads the first sense of each noun, whatever key its sense entry opens with."""

from __future__ import annotations

from collections.abc import Callable
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


def test_the_first_sense_counts_when_its_entry_opens_with_its_id(
    tmp_path: Path, load_script: Callable[[str], Any]
) -> None:
    (tmp_path / "entries-j.yaml").write_text(ENTRIES, encoding="utf-8")
    lexfiles = load_script("derive_lexicons").first_sense_lexfiles(tmp_path)
    assert lexfiles == {"juror": "18", "plaintiff": "18", "verdict": "04"}


def test_the_shipped_person_nouns_hold_common_people_words() -> None:
    from eventkit.normalize.mentions import person_nouns

    assert {"teenager", "journalist", "senator"} <= person_nouns()
