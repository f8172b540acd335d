"""Every resource file parses and validates against its strict schema; user lexicons are checked the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventkit.lexicons import Resources, load_list, load_yaml, per_resources, resource_names, using
from eventkit.resource_schemas import validate

RESOURCES = Path(__file__).resolve().parents[2] / "src" / "eventkit" / "resources"


@pytest.mark.parametrize("name", sorted(resource_names()))
def test_every_packaged_lexicon_validates(name: str) -> None:
    path = resource_names()[name]
    data = load_list(path) if path.endswith(".txt") else load_yaml(path)
    assert data


def test_every_yaml_file_has_a_schema() -> None:
    from eventkit.resource_schemas import schema_of

    for file in RESOURCES.rglob("*.yaml"):
        path = file.relative_to(RESOURCES).as_posix()
        assert schema_of(path) is not None, f"{path} has no schema"


def test_list_files_hold_no_duplicates() -> None:
    for file in RESOURCES.rglob("*.txt"):
        entries = [line.split("#", 1)[0].strip() for line in file.read_text(encoding="utf-8").splitlines()]
        entries = [e for e in entries if e]
        assert len(entries) == len(set(entries)), f"duplicates in {file.name}"


def test_an_unknown_key_is_an_error() -> None:
    with pytest.raises(ValueError, match="light_verb"):
        validate("lexicons/meeting_triggers.en.yaml", {"triggers": [], "light_verb": ["hold"]})


def test_a_misspelt_frame_is_an_error() -> None:
    rule = {"id": "verb_huddle", "lemmas": ["huddle"], "frame": "symetric"}
    with pytest.raises(ValueError, match="symetric"):
        Resources().extend("meeting_triggers", {"triggers": [rule]})


def test_an_unknown_rule_field_is_an_error() -> None:
    rule = {"id": "verb_huddle", "lemmas": ["huddle"], "strenght": 0.5}
    with pytest.raises(ValueError, match="strenght"):
        Resources().extend("meeting_triggers", {"triggers": [rule]})


def test_duplicate_trigger_ids_are_an_error() -> None:
    rule = {"id": "verb_meet", "lemmas": ["huddle"]}
    with pytest.raises(ValueError, match="duplicate"):
        Resources().replace("meeting_triggers", {"triggers": [rule, rule]})


def test_an_unknown_lexicon_name_is_an_error() -> None:
    with pytest.raises(KeyError, match="meeting_trigger"):
        Resources().extend("meeting_trigger", {"triggers": []})


def test_extend_adds_and_replaces_by_id() -> None:
    rules = [{"id": "verb_meet", "lemmas": ["meet", "huddle"], "frame": "symmetric"}, {"id": "new", "lemmas": ["x"]}]
    res = Resources().extend("meeting_triggers", {"triggers": rules})
    with using(res):
        data = load_yaml("lexicons/meeting_triggers.en.yaml")
    ids = [r["id"] for r in data["triggers"]]
    assert ids.count("verb_meet") == 1 and "new" in ids
    assert next(r for r in data["triggers"] if r["id"] == "verb_meet")["lemmas"] == ["meet", "huddle"]
    assert "light_verbs" in data  # the rest of the packaged file is kept
    # outside the block, and for every other extractor, the packaged file
    assert "new" not in [r["id"] for r in load_yaml("lexicons/meeting_triggers.en.yaml")["triggers"]]


def test_a_list_lexicon_from_a_file(tmp_path: Path) -> None:
    file = tmp_path / "titles.txt"
    file.write_text("# my titles\nArchdeacon\n", encoding="utf-8")
    res = Resources({"titles": file})
    with using(res):
        assert "Archdeacon" in load_list("lexicons/titles.en.txt")
    assert "Archdeacon" not in load_list("lexicons/titles.en.txt")


def test_derived_tables_are_cached_per_resource_set() -> None:
    calls: list[int] = []

    @per_resources
    def trigger_count() -> int:
        calls.append(1)
        return len(load_yaml("lexicons/meeting_triggers.en.yaml")["triggers"])

    base = trigger_count()
    res = Resources().extend("meeting_triggers", {"triggers": [{"id": "zz", "lemmas": ["zz"]}]})
    with using(res):
        assert trigger_count() == base + 1
        assert trigger_count() == base + 1
    assert trigger_count() == base
    assert len(calls) == 2
