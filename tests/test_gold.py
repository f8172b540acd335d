"""Quality floors over the development gold (../shared/eval), skipped when it is absent.

The floors are set a little below the figures measured when each corpus was
last improved (see docs/evaluation.md), so that a change that makes eventkit
worse fails CI instead of passing silently. Raise them when quality improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventkit.api import Extractor
from eventkit.evaluation.scorer import evaluate_corpus

pytestmark = [pytest.mark.model, pytest.mark.gold]

#: corpus -> minimum overall F1
FLOORS: dict[str, float] = {
    "news-dev": 0.87,
    "seed": 0.88,
    "plover": 0.90,
    "polnear-dev": 0.71,
}


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_corpus_f1_does_not_regress(corpus: str, shared_eval: Path, extractor: Extractor) -> None:
    folder = shared_eval / corpus
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    report = evaluate_corpus(folder, extractor=extractor)
    assert not report.errors, report.errors
    overall = report.counts()["overall"]
    assert overall.f1 >= FLOORS[corpus], f"{corpus}: overall F1 {overall.f1:.3f} < floor {FLOORS[corpus]}"
