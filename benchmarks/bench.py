"""eventkit benchmark: throughput against bare spaCy, scaling, cold start, memory.

Run from the repository root::

    python benchmarks/bench.py            # full run (10,000 articles streamed for memory)
    python benchmarks/bench.py --quick    # a smaller run for a quick look

It reports, on the same texts:

* words per second of ``Extractor.pipe`` and of bare ``nlp.pipe`` with the same
  spaCy pipeline, and their ratio (the headline; target >= 0.85);
* ``Extractor.pipe`` with n_process 1 and 2 (target: 2 >= 1.7x of 1 on two cores);
* cold start: ``import eventkit`` (target <= 0.5 s) and the first ``extract``
  including the model load (target <= 2.5 s), each in a fresh interpreter;
* peak resident memory while streaming N articles, sampled along the way
  (target: flat, no growth with corpus size);
* the time of the cleaning and date regexes on adversarial inputs.

Texts: the articles of ../shared/eval when present (read at run time, never
copied), else variations of the bundled example article.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


def corpus() -> list[str]:
    """Benchmark texts: the shared development articles if present, else the example."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*/*.txt"))] if SHARED.is_dir() else []
    if not texts:
        from eventkit.examples import example_article

        texts = [example_article()[0]]
    return texts


def stream(texts: list[str], n: int) -> Iterator[str]:
    """n texts cycling over the corpus, each made unique so no cache can help."""
    for i in range(n):
        yield texts[i % len(texts)] + f"\n\nReference {i}."


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def throughput(texts: list[str], repeat: int, n_process: int = 1) -> dict[str, float]:
    from eventkit.api import Extractor

    ex = Extractor()
    batch = list(stream(texts, len(texts) * repeat))
    n_words = words(batch)
    # warm-up
    list(ex.pipe(batch[:5]))
    list(ex.nlp.pipe(batch[:5]))

    start = time.perf_counter()
    for _ in ex.nlp.pipe(batch, batch_size=32, n_process=n_process):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    if n_process == 1:
        for _ in ex.pipe(batch, batch_size=32):
            pass
    else:
        _parallel_extract(batch, n_process)
    full = time.perf_counter() - start
    return {
        "documents": len(batch),
        "words": n_words,
        "bare_spacy_wps": round(n_words / bare),
        "eventkit_wps": round(n_words / full),
        "ratio": round(bare / full, 3),
    }


def _parallel_extract(batch: list[str], n_process: int) -> None:
    """n_process workers, each with its own Extractor (loaded once per worker)."""
    from concurrent.futures import ProcessPoolExecutor

    chunks = [batch[i::n_process] for i in range(n_process)]
    with ProcessPoolExecutor(n_process) as pool:
        list(pool.map(_extract_chunk, chunks))


def _extract_chunk(chunk: list[str]) -> int:
    from eventkit.api import Extractor

    ex = Extractor()
    return sum(len(r.events) for r in ex.pipe(chunk, batch_size=32))


def cold_start() -> dict[str, float]:
    code_import = "import time; t=time.perf_counter(); import eventkit; print(time.perf_counter()-t)"
    code_first = (
        "import time; t=time.perf_counter(); import eventkit; "
        "eventkit.extract('Officials met in Nairobi on Tuesday.', published='2024-05-02'); "
        "print(time.perf_counter()-t)"
    )
    runs_import = [float(subprocess.check_output([sys.executable, "-c", code_import])) for _ in range(3)]
    runs_first = [float(subprocess.check_output([sys.executable, "-c", code_first])) for _ in range(2)]
    return {"import_s": round(min(runs_import), 3), "first_extract_s": round(min(runs_first), 3)}


def memory(texts: list[str], n: int) -> dict[str, object]:
    from eventkit.api import Extractor

    ex = Extractor()
    samples: list[tuple[int, float]] = []
    for i, _ in enumerate(ex.pipe(stream(texts, n), batch_size=32), 1):
        if i % max(1, n // 10) == 0:
            rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            samples.append((i, round(rss_mb, 1)))
    first, last = samples[0][1], samples[-1][1]
    return {"articles": n, "peak_rss_mb_samples": samples, "growth_mb": round(last - first, 1)}


def adversarial() -> dict[str, float]:
    from eventkit.normalize.money import parse_money
    from eventkit.normalize.times import parse_date
    from eventkit.text.clean import clean
    from eventkit.text.published import detect_published

    inputs = {
        "brackets": "[" * 50_000 + "](" * 50_000,
        "tags": "<a " * 50_000,
        "entities": "&" * 100_000,
        "backslashes": "\\" * 100_000,
        "long_line": "word " * 100_000,
        "digits": "1" * 100_000,
    }
    timings = {}
    for name, text in inputs.items():
        start = time.perf_counter()
        clean(text)
        detect_published(text)
        parse_money(text[:5000])
        parse_date(text[:2000], published="2024-01-01")
        timings[name] = round(time.perf_counter() - start, 3)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller run")
    parser.add_argument("--articles", type=int, default=None, help="articles streamed for the memory check")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args()
    texts = corpus()
    repeat = 1 if args.quick else 3
    n_memory = args.articles or (500 if args.quick else 10_000)
    report = {
        "texts": len(texts),
        "throughput_n1": throughput(texts, repeat),
        "throughput_n2": throughput(texts, repeat, n_process=2),
        "cold_start": cold_start(),
        "adversarial_s": adversarial(),
        "memory": memory(texts, n_memory),
    }
    n1, n2 = report["throughput_n1"], report["throughput_n2"]
    report["scaling_n2_over_n1"] = round(n2["eventkit_wps"] / n1["eventkit_wps"], 3)  # type: ignore[index]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
