"""Long documents in linear time: the steps before and after spaCy's parse grow linearly with the text.

Each check times a step on a cheap synthetic series (one size and four times
that size, the fastest of a few runs) and pins the *ratio*, never absolute
times: linear growth gives about 4x, a quadratic step 16x. The bound (8x)
leaves room for a noisy shared machine. The full series with the parse and
peak memory (64 KB to 4 MB) is ``python benchmarks/bench.py --only long``.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from eventkit.merge import merge_events
from eventkit.models import Actor, ActorKind, Meeting, Span, Statement

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import longdocs

#: Time ratio allowed for four times the input (linear: 4, quadratic: 16).
MAX_RATIO = 8.0


def _best(fn: Callable[[], object], runs: int = 5) -> float:
    """The fastest of a few runs, without the garbage collector (whose passes land at random)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def _ratio(make: Callable[[int], Callable[[], object]], n: int, attempts: int = 3) -> float:
    """The time ratio of four times the input, the lowest of a few measurements.

    A busy machine can slow one measurement at random; a super-linear step is
    slow in every one of them.
    """
    small, large = make(n), make(4 * n)
    small()  # warm caches and lazy imports
    ratio = float("inf")
    for _ in range(attempts):
        ratio = min(ratio, _best(large) / max(_best(small), 1e-4))
        if ratio < MAX_RATIO:
            break
    return ratio


@pytest.mark.parametrize("shape", sorted(longdocs.SHAPES))
def test_preparing_a_document_is_linear(shape: str) -> None:
    from eventkit.pipeline import prepare

    def make(n: int) -> Callable[[], object]:
        text = longdocs.make(shape, n)
        return lambda: prepare(text, None)

    assert _ratio(make, 60_000) < MAX_RATIO


def _word(i: int) -> str:
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
        if not i:
            return letters.capitalize()


def _person(i: int) -> Actor:
    """A person of their own: merging compares mentions that share a name word, so these share none."""
    return Actor(name=f"Ana{_word(i)} Silva{_word(i)}", kind=ActorKind.PERSON)


def _statements(n: int) -> list[Statement]:
    out = []
    for i in range(n):
        text = f"said the plan number {i} would work"
        start = i * 50
        span = Span(start=start, end=start + len(text), text=text)
        out.append(Statement(id="S1", trigger=span, evidence=[span], speaker=_person(i), content=text, confidence=0.6))
    return out


def _meetings(n: int) -> list[Meeting]:
    out = []
    for i in range(n):
        text = f"met number {i}"
        start = i * 50
        span = Span(start=start, end=start + len(text), text=text)
        out.append(
            Meeting(id="M1", trigger=span, evidence=[span], participants=[_person(i), _person(i + 1)], confidence=0.6)
        )
    return out


@pytest.mark.parametrize("events", [_statements, _meetings])
def test_merging_many_distinct_mentions_is_linear(events: Callable[[int], list[object]]) -> None:
    def make(n: int) -> Callable[[], object]:
        found = events(n)
        return lambda: merge_events(found)  # type: ignore[arg-type]

    assert _ratio(make, 300) < MAX_RATIO


def test_merging_still_merges_the_same_mentions() -> None:
    twice = _statements(50) + _statements(50)
    assert len(merge_events(twice)) == 50
    chained = _meetings(40)  # each shares a participant with the next, but none is dated: stays apart
    assert len(merge_events(chained)) == 40


def test_finding_quotes_is_linear() -> None:
    from eventkit.extractors.statement.quotes import find_quotes, quote_at

    def make(n: int) -> Callable[[], object]:
        text = longdocs.make("quotes", n)

        def run() -> None:
            quotes = find_quotes(text)
            for offset in range(0, len(text), 7):
                quote_at(quotes, offset)

        return run

    assert _ratio(make, 40_000) < MAX_RATIO
