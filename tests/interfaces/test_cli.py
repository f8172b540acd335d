"""The ``eventkit`` command line: inputs, formats, errors, exit codes, progress."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventkit.cli import main
from eventkit.frames import COLUMNS

pytestmark = pytest.mark.model

CITIES = ["Accra", "Lima", "Hanoi", "Oslo", "Quito", "Dakar", "Riga", "Tunis"]
PEOPLE = ["Ana Lopez", "Kofi Mensah", "Linh Tran", "Ola Berg", "Rosa Vega", "Awa Diop", "Ilze Kalna", "Sami Ben"]


def _article(i: int) -> str:
    """A small generated article: a quote, a meeting and a donation, varied by ``i``."""
    city, person, other = CITIES[i % 8], PEOPLE[i % 8], PEOPLE[(i + 3) % 8]
    return (
        f"By Staff Reporter | March {1 + i % 28}, 2024\n\n"
        f"Mayor {person} met Governor {other} in {city} on Monday to discuss flood defences.\n\n"
        f'"We will rebuild the river walls before the rains," {person} told reporters in {city}.\n\n'
        f"The Red Cross donated {10 + i} water pumps to the city of {city}, officials said.\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 200 small articles (in nested folders, plus a hidden file that is ignored)."""
    root = tmp_path_factory.mktemp("corpus")
    for i in range(200):
        folder = root / f"batch{i // 50}"
        folder.mkdir(exist_ok=True)
        (folder / f"article{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    (root / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (root / "notes.csv").write_text("ignored", encoding="utf-8")
    return root


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """A JSONL file with good records, a broken line and a record without text."""
    lines = [
        json.dumps({"id": "r1", "text": _article(1), "published": "2024-03-02", "desk": "metro"}),
        "{not json",
        json.dumps({"id": "r3", "body": "no text field"}),
        "",
        json.dumps({"text": _article(4)}),
        json.dumps(["a", "list"]),
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventkit.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_extract_folder_of_200_articles_to_csv(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.csv"
    assert main(["extract", str(corpus), "--out", str(out), "--published", "2024-03-01"]) == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(COLUMNS)
    doc_ids = {row["doc_id"] for row in rows}
    assert len(doc_ids) == 200  # every article gave at least one event (the format comes from the suffix)
    assert not any(".hidden" in d for d in doc_ids)
    assert {row["type"] for row in rows} >= {"statement"}
    err = capsys.readouterr().err
    assert "extracting" not in err  # no progress bar when stderr is not a terminal


def test_extract_jsonl_reports_bad_lines_and_processes_the_rest(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["extract", str(records)])
    captured = capsys.readouterr()
    assert status == 2
    results = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["id"] for r in results] == ["r1", f"{records}:5"]
    assert results[0]["meta"] == {"desk": "metro"} and results[0]["published"] == "2024-03-02"
    assert f"{records}:2: not valid JSON" in captured.err
    assert f"{records}:3: a record needs a string 'text' field" in captured.err
    assert f"{records}:6: a record must be a JSON object" in captured.err


def test_extract_json_and_table_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(2), encoding="utf-8")
    assert main(["extract", str(article), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["id"] == str(article) and data[0]["published"] == "2024-03-03"
    assert data[0]["events"]
    assert main(["extract", str(article), "--format", "table", "--types", "statement"]) == 0
    table = capsys.readouterr().out
    assert table.startswith(f"# {article}") and "statement" in table and "meeting" not in table


def test_extract_min_confidence_drops_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(3), encoding="utf-8")
    main(["extract", str(article)])
    everything = json.loads(capsys.readouterr().out)["events"]
    main(["extract", str(article), "--min-confidence", "0.99"])
    kept = json.loads(capsys.readouterr().out)["events"]
    assert len(kept) < len(everything) and all(e["confidence"] >= 0.99 for e in kept)


def test_extract_parquet_needs_out_and_writes_a_file(records: Path, tmp_path: Path) -> None:
    import pandas as pd

    assert main(["extract", str(records), "--format", "parquet"]) == 2
    out = tmp_path / "events.parquet"
    assert main(["extract", str(records), "--format", "parquet", "--out", str(out)]) == 2  # bad lines: still 2
    frame = pd.read_parquet(out)
    assert set(frame["doc_id"]) == {"r1", f"{records}:5"}
    assert str(frame["date_start"].dtype).startswith("datetime64")


def test_extract_with_two_processes_writes_the_same(corpus: Path, tmp_path: Path) -> None:
    files = sorted(corpus.rglob("article00*.txt"))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", *map(str, files), "-o", str(one)]) == 0
    assert main(["extract", *map(str, files), "-o", str(two), "--n-process", "2", "--batch-size", "3"]) == 0
    assert one.read_text() == two.read_text() and len(one.read_text().splitlines()) == 10


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "no/such/file.txt"],
        ["extract", "FILE", "--format", "xml"],
        ["extract", "FILE", "--min-confidence", "2"],
        ["extract", "FILE", "--n-process", "0"],
        ["extract", "FILE", "--published", "last year"],
        ["extract", "FILE", "--types", "meeting,wedding"],
        ["render", "no/such/article.txt"],
        ["extract", "FILE", "--timeout", "0"],
    ],
    ids=["a missing path", "an unknown format", "confidence above 1", "zero processes", "a bad date", "a bad type",
         "render without article", "a zero timeout"],
)  # fmt: skip
def test_usage_errors_exit_with_2_and_a_message(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(0), encoding="utf-8")
    args = [str(article) if a == "FILE" else a for a in args]
    try:
        status = main(args)
    except SystemExit as exit_:  # argparse
        status = int(exit_.code or 0)
    assert status == 2
    assert capsys.readouterr().err.strip()


def test_a_bad_path_among_good_ones_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(0), encoding="utf-8")
    assert main(["extract", str(article), str(tmp_path / "missing.txt")]) == 2
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "missing.txt: no such file or folder" in captured.err


def test_stdin_as_text_and_as_jsonl() -> None:
    done = _run("extract", "-", "--published", "2024-03-01", stdin=_article(5))
    assert done.returncode == 0, done.stderr
    (result,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert result["id"] == "<stdin>" and result["events"]
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": _article(i)}) for i in range(3))
    done = _run("extract", "-", "--format", "csv", stdin=lines)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {r["doc_id"] for r in rows} == {"s0", "s1", "s2"}
    assert done.stderr == ""  # piped: no progress bar


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal(corpus: Path, tmp_path: Path) -> None:
    files = sorted(corpus.rglob("article01*.txt"))  # 10 documents
    leader, follower = os.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "eventkit.cli", "extract", *map(str, files), "-o", str(tmp_path / "x.jsonl")],
            stderr=follower,
            stdout=subprocess.DEVNULL,
            timeout=180,
            check=False,
            env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    assert done.returncode == 0
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "extracting" in shown and "10/10" in shown


def test_render_writes_an_escaped_html_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(6) + "\n<script>alert(1)</script>\n", encoding="utf-8")
    report = tmp_path / "report.html"
    assert main(["render", str(article), "-o", str(report)]) == 0
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<mark" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "wrote" in capsys.readouterr().err


def test_schema_and_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "discriminator" in json.dumps(schema)
    assert main(["example", "--format", "jsonl"]) == 0
    assert [json.loads(line)["type"] for line in capsys.readouterr().out.splitlines()]


# ------------------------------------------------------- nothing destroyed (issue 18)


def _run_bytes(*args: str, stdin: bytes = b"", stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "eventkit.cli", *args],
        input=stdin,
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        timeout=180,
        check=False,
    )


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines and "Traceback" not in err, err
    return lines[-1]


def test_output_naming_an_input_is_refused_before_anything_is_opened(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = records.read_bytes()
    assert main(["extract", str(records), "-o", str(records)]) == 2
    assert main(["extract", str(records), "-o", str(records), "--force"]) == 2  # --force never allows this
    link = tmp_path / "link.jsonl"
    link.symlink_to(records)
    assert main(["extract", str(tmp_path), "-o", str(link), "--force"]) == 2  # through a link, inside a folder
    assert records.read_bytes() == before
    err = capsys.readouterr().err
    assert "is the input" in err and "refusing to overwrite it" in err


def test_standard_output_appending_to_an_input_is_refused(records: Path) -> None:
    before = records.read_bytes()
    with records.open("ab") as out:
        done = _run_bytes("extract", str(records), stdout=out)
    assert done.returncode == 2
    assert "standard output is the input" in _one_line_error(done.stderr.decode())
    assert records.read_bytes() == before


def test_an_existing_output_needs_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(1), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    assert main(["extract", str(article), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert "exists; add --force" in capsys.readouterr().err
    assert main(["extract", str(article), "-o", str(out), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["events"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "events.jsonl"]  # no temporary file left


def test_a_failed_run_leaves_the_existing_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import eventkit.cli as cli

    article = tmp_path / "a.txt"
    article.write_text(_article(1), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    out.write_text("precious\n", encoding="utf-8")

    def interrupted(results: object, stream: io.TextIOBase) -> None:
        stream.write("half a line")
        raise KeyboardInterrupt

    monkeypatch.setitem(cli.TEXT_WRITERS, "jsonl", interrupted)
    assert main(["extract", str(article), "-o", str(out), "--force"]) == 130
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "events.jsonl"]


def test_a_missing_output_folder_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(1), encoding="utf-8")
    assert main(["extract", str(article), "-o", str(tmp_path / "no" / "such" / "x.csv")]) == 2
    assert "the folder" in _one_line_error(capsys.readouterr().err)
    assert main(["render", str(article), "-o", str(tmp_path / "no" / "x.html")]) == 2
    assert "does not exist" in _one_line_error(capsys.readouterr().err)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_a_one_line_error_with_exit_status_3(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(1), encoding="utf-8")
    done = _run_bytes("extract", str(article), "-o", "/dev/full")
    assert done.returncode == 3
    assert "No space left on device" in _one_line_error(done.stderr.decode())
    with open("/dev/full", "wb") as full:
        done = _run_bytes("extract", str(article), stdout=full)
    assert done.returncode == 3
    assert _one_line_error(done.stderr.decode()) == "eventkit: cannot write standard output: No space left on device"


def test_stdin_and_files_decode_the_same_way(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + _article(2).encode("utf-8").replace(b"flood", b"fl\xffood")  # a BOM and a bad byte
    article = tmp_path / "a.txt"
    article.write_bytes(data)
    from_file = _run_bytes("extract", str(article))
    from_stdin = _run_bytes("extract", "-", stdin=data)
    assert from_file.returncode == from_stdin.returncode == 0, from_stdin.stderr
    one, two = json.loads(from_file.stdout), json.loads(from_stdin.stdout)
    for event in (*one["events"], *two["events"]):
        event.pop("sources")  # the document ids differ: the path and <stdin>
    assert one["events"] and one["events"] == two["events"]
    assert b"not UTF-8 were replaced" in from_file.stderr and b"not UTF-8 were replaced" in from_stdin.stderr


def test_jsonl_records_with_lone_surrogates_are_reported_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps({"id": "ok", "text": _article(1)})
    lines = [
        json.dumps({"id": "first", "text": _article(0)}),
        '{"id": "bad\\ud800id", "text": "Officials met."}',
        '{"id": "m", "text": "Officials met.", "desk": {"tags": ["x", "\\udfff"]}}',
        '{"id": "t", "text": "Officials \\ud83d met."}',
        '{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
        good,
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 2
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["first", "ok"]
    assert f"{path}:2: id holds an escape that is not valid Unicode" in captured.err
    assert f"{path}:3: desk.tags[1] holds" in captured.err
    assert f"{path}:4: text holds" in captured.err
    assert f"{path}:5: cannot be read" in captured.err and f"{path}:6: " in captured.err
    done = _run_bytes("extract", "-", stdin="\n".join(lines).encode())  # the same through stdin
    assert done.returncode == 2 and [json.loads(x)["id"] for x in done.stdout.splitlines()] == ["first", "ok"]


def test_csv_output_neutralises_formula_cells(tmp_path: Path) -> None:
    from eventkit.writers import neutralise_cell

    assert [neutralise_cell(v) for v in ("=1+1", "+1", "-1", "@SUM(A1)", "ok", -1.5, None)] == [
        "'=1+1", "'+1", "'-1", "'@SUM(A1)", "ok", -1.5, None,
    ]  # fmt: skip
    ids = ['=HYPERLINK("http://x")', "+cmd", "-2+3", "@SUM(A1)"]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": i, "text": _article(n)}) for n, i in enumerate(ids)) + "\n")
    out = tmp_path / "events.csv"
    assert main(["extract", str(feed), "-o", str(out)]) == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["doc_id"] for r in rows} == {"'" + i for i in ids}
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values() if v)


def test_gzip_files_are_read_transparently(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import gzip

    folder = tmp_path / "in"
    folder.mkdir()
    with gzip.open(folder / "one.txt.gz", "wt", encoding="utf-8") as handle:
        handle.write(_article(1))
    with gzip.open(folder / "feed.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "g1", "text": _article(2)}) + "\n{broken\n")
    (folder / "broken.txt.gz").write_bytes(b"not gzip at all")
    assert main(["extract", str(folder)]) == 2
    captured = capsys.readouterr()
    results = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["id"] for r in results] == ["g1", str(folder / "one.txt.gz")]
    assert all(r["events"] for r in results)
    assert f"{folder / 'feed.jsonl.gz'}:2: not valid JSON" in captured.err
    assert f"{folder / 'broken.txt.gz'}: cannot be read" in captured.err


def test_every_subcommand_has_a_one_line_description() -> None:
    from eventkit.cli import COMMANDS, _parser

    parser = _parser()
    text = parser.format_help()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(COMMANDS)
    for name, line in COMMANDS.items():
        assert line and "\n" not in line
        assert any(row.split()[:1] == [name] and line in " ".join(row.split()) for row in text.splitlines()), name
        assert sub.choices[name].description
    assert "exit status" in text


def test_extract_with_a_time_budget(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(1), encoding="utf-8")
    assert main(["extract", str(article), "--timeout", "60"]) == 0
    assert json.loads(capsys.readouterr().out)["events"]


def test_render_never_overwrites_its_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_article(1), encoding="utf-8")
    assert main(["render", str(article), "-o", str(article), "--force"]) == 2
    assert article.read_text(encoding="utf-8") == _article(1)
    assert "refusing to overwrite it" in capsys.readouterr().err


def test_jsonl_lines_split_on_newlines_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _article(2).replace("flood defences.", "flood defences.\u2028")  # a line separator inside a string
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": "ls", "text": text}, ensure_ascii=False)))
    assert main(["extract", "-"]) == 0
    (result,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert result["id"] == "ls" and result["events"]


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="needs POSIX signals")
def test_sigterm_leaves_the_existing_output_and_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "eventkit.cli", "extract", "-", "-o", str(out), "--force", "--stdin-format", "jsonl"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    process.stdin.write((json.dumps({"id": "a", "text": _article(1)}) + "\n").encode())
    process.stdin.flush()  # the first record is read, the next is awaited: the temporary file exists
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".events.jsonl.*.part")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(tmp_path.glob(".events.jsonl.*.part"))
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143, err
    assert err.decode().strip().endswith("eventkit: terminated")
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl"]


def test_a_long_single_document_gets_the_progress_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventkit.cli import PROGRESS_MIN_BYTES, _Progress

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    short, long = _Progress(enabled=True), _Progress(enabled=True)
    short.start(1, size=20_000)
    long.start(1, size=PROGRESS_MIN_BYTES)
    assert short.bar is None and long.bar is not None
    quiet = _Progress(enabled=False)
    quiet.start(1, size=PROGRESS_MIN_BYTES)
    assert quiet.bar is None
