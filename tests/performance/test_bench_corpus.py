"""The benchmark's text sets: which folders of ../shared/eval the full and the quick run read.

Nothing here runs the benchmark: the checks build a small fake ``shared/eval``
tree of invented texts and read it through ``benchmarks/bench.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import bench

FOLDERS = ("news-dev", "news-train", "polnear-dev", "polnear-train", "plover", "seed")


def _fake_shared(root: Path) -> Path:
    shared = root / "eval"
    for folder in FOLDERS:
        (shared / folder).mkdir(parents=True)
        for i in range(2):
            (shared / folder / f"{i:02d}.txt").write_text(f"{folder} text {i}", encoding="utf-8")
            (shared / folder / f"{i:02d}.gold.json").write_text("{}", encoding="utf-8")
    return shared


def test_quick_run_reads_the_news_sets_without_polnear_train() -> None:
    assert bench.DEFAULT_CORPUS == {"full": "all", "quick": "news"}
    assert bench.CORPORA["news"] == ("news-dev", "news-train", "polnear-dev")


def test_news_set_reads_only_its_folders(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path)
    texts = bench.corpus("news", shared)
    assert texts == [f"{folder} text {i}" for folder in ("news-dev", "news-train", "polnear-dev") for i in range(2)]


def test_full_set_reads_every_folder_and_no_gold(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path)
    files = bench.corpus_files("all", shared)
    assert len(files) == 2 * len(FOLDERS)
    assert {p.parent.name for p in files} == set(FOLDERS)
    assert all(p.suffix == ".txt" for p in files)


def test_absent_shared_falls_back_to_the_example(tmp_path: Path) -> None:
    from eventkit.examples import example_article

    assert bench.corpus_files("news", tmp_path / "missing") == []
    assert bench.corpus("news", tmp_path / "missing") == [example_article()[0]]
