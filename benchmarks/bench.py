"""eventkit benchmark: throughput against bare spaCy, scaling, cold start, memory.

Run from the repository root::

    python benchmarks/bench.py            # full run (10,000 articles streamed for memory)
    python benchmarks/bench.py --quick    # a smaller run for a quick look (corpus ``news``)
    python benchmarks/bench.py --quick --only throughput   # the ratio to bare spaCy alone, a few minutes

It reports, on the same texts:

* words per second of ``Extractor.pipe`` and of bare ``nlp.pipe`` with the same
  spaCy pipeline, and their ratio (the headline; target >= 0.85);
* ``Extractor.pipe`` with n_process 1 and 2 (target: 2 >= 1.7x of 1 on two cores);
* cold start: ``import eventkit`` (target <= 0.5 s) and the first ``extract``
  including the model load (target <= 2.5 s), each in a fresh interpreter;
* peak resident memory while streaming N articles, sampled along the way
  (target: flat, no growth with corpus size);
* the time of the cleaning and date regexes on adversarial inputs;
* long documents (``--only long``): one document of 64 KB to 4 MB per run,
  for news-like text and each pathological shape of ``benchmarks/longdocs.py``
  (many "X said" sentences, quotations, dates, money amounts, named
  entities, a JSON document pasted as text), each in a fresh process: the
  time of ``Extractor.extract`` split into preparing, parsing and
  extracting, and the peak resident memory. Target: time within 1.5x of
  linear, under 2.5 GB at 4 MB.

Texts (``--corpus``; read at run time from ../shared/eval, never copied):

* ``all`` (the default of the full run): every ``*.txt`` of every folder of
  ../shared/eval: news-dev, news-train, polnear-dev, polnear-train, plover and
  seed (1,055 texts, about 730,000 words in 2026-12); the throughput section
  runs them three times.
* ``news`` (the default of ``--quick``): the news articles without
  polnear-train: news-dev, news-train and polnear-dev (161 articles, about
  105,000 words), run once. It keeps the mix of wire copy and political
  reporting the full run has, at a seventh of its words, so the quick
  throughput section takes minutes instead of the half hour polnear-train's
  840 articles cost.

When ../shared/eval is absent (or a named set has no text there) both fall
back to the bundled example article.
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
#: Documents per batch, for bare spaCy and eventkit alike.
BATCH_SIZE = 16


#: The named text sets of ``--corpus``: the folders of ../shared/eval each reads (None: every folder).
CORPORA: dict[str, tuple[str, ...] | None] = {
    "all": None,
    "news": ("news-dev", "news-train", "polnear-dev"),
}
#: The set each kind of run reads unless ``--corpus`` names another.
DEFAULT_CORPUS = {"full": "all", "quick": "news"}


def corpus_files(name: str, shared: Path = SHARED) -> list[Path]:
    """The text files of the named set under ``shared``, in a stable order (none when it is absent)."""
    if not shared.is_dir():
        return []
    folders = CORPORA[name]
    if folders is None:
        return sorted(shared.glob("*/*.txt"))
    return [p for folder in folders for p in sorted((shared / folder).glob("*.txt"))]


def corpus(name: str = "all", shared: Path = SHARED) -> list[str]:
    """Benchmark texts: the named set of the shared articles if present, else the example."""
    texts = [p.read_text(encoding="utf-8") for p in corpus_files(name, shared)]
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


def throughput(texts: list[str], repeat: int, n_process: int = 1, rounds: int = 2) -> dict[str, float]:
    """Words per second of bare ``nlp.pipe`` and of ``Extractor.pipe`` on the same texts.

    Both run ``rounds`` times, alternating, and the fastest run of each counts,
    so a noisy neighbour on a shared machine does not decide the ratio.
    """
    from eventkit.api import Extractor

    ex = Extractor()
    batch = list(stream(texts, len(texts) * repeat))
    n_words = words(batch)
    # warm-up
    list(ex.pipe(batch[:5]))
    list(ex.nlp.pipe(batch[:5]))
    bare_runs, full_runs = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in ex.nlp.pipe(batch, batch_size=BATCH_SIZE, n_process=n_process):
            pass
        bare_runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in ex.pipe(batch, batch_size=BATCH_SIZE, n_process=n_process):
            pass
        full_runs.append(time.perf_counter() - start)
    bare, full = min(bare_runs), min(full_runs)
    return {
        "documents": len(batch),
        "words": n_words,
        "bare_spacy_wps": round(n_words / bare),
        "eventkit_wps": round(n_words / full),
        "ratio": round(bare / full, 3),
    }


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


def _rss_mb() -> float:
    """Current resident memory of this process in MB (Linux; else the peak)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return pages * resource.getpagesize() / 2**20


def memory(texts: list[str], n: int) -> dict[str, object]:
    """Resident memory sampled ten times while streaming n articles through ``Extractor.pipe``."""
    from eventkit.api import Extractor

    ex = Extractor()
    samples: list[tuple[int, float, float]] = []
    start = time.perf_counter()
    for i, _ in enumerate(ex.pipe(stream(texts, n), batch_size=BATCH_SIZE), 1):
        if i % max(1, n // 10) == 0:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            samples.append((i, round(_rss_mb(), 1), round(peak, 1)))
    first, last = samples[0][1], samples[-1][1]
    return {
        "articles": n,
        "seconds": round(time.perf_counter() - start, 1),
        "samples_articles_rss_mb_peak_mb": samples,
        "rss_growth_mb_after_first_tenth": round(last - first, 1),
    }


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


#: Sizes of the long-document series, in characters.
LONG_SIZES = (64_000, 256_000, 1_024_000, 4_096_000)


def long_one(shape: str, size: int) -> dict[str, object]:
    """Extract one long document of ``shape`` in this process: stage times and peak memory."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import longdocs

    from eventkit.api import Extractor
    from eventkit.pipeline import parse, prepare

    ex = Extractor()
    ex.extract("Officials met in Nairobi on Tuesday.", published="2024-05-02")  # warm-up
    text = longdocs.make(shape, size)
    start = time.perf_counter()
    prepared = prepare(text, None)
    parsed = time.perf_counter()
    doc = parse(ex.nlp, prepared)
    extracted = time.perf_counter()
    result = ex.finish(prepared, doc)
    end = time.perf_counter()
    return {
        "shape": shape,
        "chars": len(text),
        "seconds": round(end - start, 2),
        "prepare_s": round(parsed - start, 2),
        "parse_s": round(extracted - parsed, 2),
        "extract_s": round(end - extracted, 2),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "events": len(result.events),
        "warnings": [w.code for w in result.warnings],
    }


def long_documents(shapes: list[str], sizes: list[int]) -> list[dict[str, object]]:
    """The long-document series: each (shape, size) in a fresh interpreter, so peak memory is its own.

    Each row also gives ``per_mb_s``, seconds per million characters, and
    ``growth``: the time ratio to the previous size divided by the size ratio
    (1.0 is linear).
    """
    rows: list[dict[str, object]] = []
    for shape in shapes:
        previous: dict[str, object] | None = None
        for size in sizes:
            out = subprocess.run(
                [sys.executable, __file__, "--long-one", shape, str(size)],
                check=False,
                capture_output=True,
                text=True,
            )
            if out.returncode != 0:
                row: dict[str, object] = {"shape": shape, "chars": size, "error": out.stderr.strip()[-300:]}
            else:
                row = json.loads(out.stdout)
                row["per_mb_s"] = round(float(row["seconds"]) / (int(row["chars"]) / 1e6), 1)  # type: ignore[arg-type]
                if previous is not None and "seconds" in previous:
                    time_ratio = float(row["seconds"]) / max(0.01, float(previous["seconds"]))  # type: ignore[arg-type]
                    size_ratio = int(row["chars"]) / int(previous["chars"])  # type: ignore[call-overload]
                    row["growth"] = round(time_ratio / size_ratio, 2)
            print(json.dumps(row), file=sys.stderr, flush=True)
            rows.append(row)
            previous = row
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller run (corpus 'news', texts once, 500 streamed)")
    parser.add_argument(
        "--corpus",
        choices=sorted(CORPORA),
        default=None,
        help="texts of ../shared/eval to read: 'all' (default) or 'news' (default of --quick): see the docstring",
    )
    parser.add_argument("--articles", type=int, default=None, help="articles streamed for the memory check")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument(
        "--only",
        choices=["throughput", "cold_start", "adversarial", "memory", "long"],
        action="append",
        help="run only these sections (repeatable); 'long' runs only when named",
    )
    parser.add_argument("--long-shapes", default=None, help="comma-separated shapes of the long series (default: all)")
    parser.add_argument(
        "--long-sizes", default=None, help="comma-separated sizes in characters (default: 64K, 256K, 1M, 4M)"
    )
    parser.add_argument("--long-one", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.long_one:
        print(json.dumps(long_one(args.long_one[0], int(args.long_one[1]))))
        return
    corpus_name = args.corpus or DEFAULT_CORPUS["quick" if args.quick else "full"]
    texts = corpus(corpus_name)
    repeat = 1 if args.quick else 3
    n_memory = args.articles or (500 if args.quick else 10_000)
    wanted = set(args.only or ["throughput", "cold_start", "adversarial", "memory"])
    report: dict[str, object] = {"corpus": corpus_name, "texts": len(texts), "words": words(texts)}
    if "throughput" in wanted:
        n1 = report["throughput_n1"] = throughput(texts, repeat)
        n2 = report["throughput_n2"] = throughput(texts, repeat, n_process=2)
        report["scaling_n2_over_n1"] = round(n2["eventkit_wps"] / n1["eventkit_wps"], 3)
    if "cold_start" in wanted:
        report["cold_start"] = cold_start()
    if "adversarial" in wanted:
        report["adversarial_s"] = adversarial()
    if "memory" in wanted:
        report["memory"] = memory(texts, n_memory)
    if "long" in wanted:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import longdocs

        shapes = args.long_shapes.split(",") if args.long_shapes else list(longdocs.SHAPES)
        sizes = [int(s) for s in args.long_sizes.split(",")] if args.long_sizes else list(LONG_SIZES)
        report["long_documents"] = long_documents(shapes, sizes)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
