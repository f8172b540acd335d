"""The ``eventkit`` command line.

Subcommands:

* ``eventkit extract PATH... | -`` extract events from files, folders, JSONL records or stdin;
* ``eventkit render ARTICLE -o report.html`` write an article's events as an HTML page;
* ``eventkit example`` extract the bundled example article and print its events;
* ``eventkit evaluate DIR`` score against gold annotations;
* ``eventkit schema`` print the JSON Schema of an event.

Exit status: 0 on success, 1 when some documents could not be processed (the
others are written), 2 for usage and input errors (bad paths, bad JSONL lines,
unknown formats, an output that is an input or exists without ``--force``, a
missing output folder; what could be read is still processed), 3 when the
output could not be written (a full disk: an existing file is left untouched),
130 when interrupted, 143 when terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventkit.cli_io import Inputs, OutputError, SafeOutput, UsageError, decode
from eventkit.writers import TEXT_WRITERS, write_parquet, write_table

if TYPE_CHECKING:
    from eventkit.api import Extraction

__all__ = ["EXIT_FAILED_DOCS", "EXIT_OK", "EXIT_OUTPUT", "EXIT_TERMINATED", "EXIT_USAGE", "main"]

EXIT_OK = 0
#: Some documents could not be processed (the others were written).
EXIT_FAILED_DOCS = 1
#: Usage and input errors: bad options or paths, bad JSONL lines, an output that would destroy a file.
EXIT_USAGE = 2
#: The output could not be written (a full disk, no permission); an existing file is left as it was.
EXIT_OUTPUT = 3
#: Stopped by SIGTERM (after removing its temporary file and stopping its workers).
EXIT_TERMINATED = 143

FORMATS = ("json", "jsonl", "csv", "parquet", "table")
#: Progress is shown (on a terminal) from this many documents on.
PROGRESS_MIN_DOCS = 6
#: ... or when the input files are this large (a few long documents take minutes).
PROGRESS_MIN_BYTES = 512_000
_SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet", ".txt": "table"}


# ------------------------------------------------------------------ arguments


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return number


def _processes(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if number == 0 or number < -1:
        raise argparse.ArgumentTypeError("must be a positive integer, or -1 for one per CPU")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return number


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return number


def _add_extraction_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--published", help="publication date (YYYY-MM-DD) for documents that give none")
    parser.add_argument(
        "--min-confidence", type=_confidence, default=0.0, metavar="X", help="drop events below this confidence"
    )
    parser.add_argument("--types", help="comma-separated event types, e.g. meeting,statement (default: all)")
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="do not print documents' warnings (W001 ...) to stderr"
    )


#: Every subcommand with its one-line description (shown by ``eventkit --help``).
COMMANDS = {
    "extract": "extract events from files, folders, JSONL (also .gz) or stdin",
    "render": "write an article's events as a standalone HTML page",
    "example": "extract the bundled example article and print its events",
    "evaluate": "score against gold annotations (see docs/evaluation.md)",
    "schema": "print the JSON Schema of an event",
}
_EXIT_STATUS = (
    "exit status: 0 success; 1 some documents failed (the rest was written); 2 usage or input errors "
    "(nothing is overwritten without --force); 3 the output could not be written (a full disk); "
    "130 interrupted, 143 terminated (an existing output is left as it was)"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventkit", description="Typed, grounded events from raw news text.", epilog=_EXIT_STATUS
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, description: str = "") -> argparse.ArgumentParser:
        line = COMMANDS[name]
        return sub.add_parser(
            name, help=line, description=f"{line[0].upper()}{line[1:]}. {description}".strip(), epilog=_EXIT_STATUS
        )

    ex = command(
        "extract",
        "Reads text files, folders (every .txt/.text/.md and .jsonl file below them, also gzip-compressed), "
        "JSONL files (one record per line: 'text', optional 'id', 'published' and any metadata) "
        "or standard input (-: one article, or JSONL records). Everything is decoded as UTF-8, "
        "undecodable bytes replaced.",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="text files, folders, .jsonl files, or - for stdin")
    ex.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="output format (default: from the --out suffix, else jsonl); parquet needs --out",
    )
    _add_output_options(ex, "write to this file instead of stdout (never one of the inputs)")
    ex.add_argument(
        "--n-process", "-j", type=_processes, default=1, metavar="N", help="worker processes (-1: all CPUs)"
    )
    ex.add_argument("--batch-size", type=_positive, default=32, metavar="N", help="documents per spaCy batch")
    ex.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="time budget per document: a document that takes longer is recorded as failed (default: none)",
    )
    ex.add_argument(
        "--stdin-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read - : one article (text), JSONL records, or guess from the first line (auto)",
    )
    ex.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    _add_extraction_options(ex)

    render = command("render")
    render.add_argument("article", metavar="ARTICLE", help="a text file, or - for stdin")
    _add_output_options(render, "the HTML file to write (default: stdout)")
    render.add_argument("--title", help="page title (default: the file name)")
    _add_extraction_options(render)

    example = command("example")
    example.add_argument("--format", choices=("table", "json", "jsonl"), default="table")

    ev = command("evaluate")
    ev.add_argument("dir", type=Path, help="a corpus folder, or a folder of corpus folders")
    ev.add_argument("-v", "--verbose", action="store_true", help="list missed gold events and spurious predictions")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")

    command("schema")
    return parser


def _add_output_options(parser: argparse.ArgumentParser, out_help: str) -> None:
    parser.add_argument("--out", "-o", type=Path, help=out_help)
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing --out file (written beside it first, moved into place only on success)",
    )


# ------------------------------------------------------------------- commands


def _extractor(args: argparse.Namespace) -> Any:
    from eventkit.api import Extractor
    from eventkit.errors import Errors
    from eventkit.event_types import event_type_names

    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    for kind in types or ():
        if kind not in event_type_names():
            raise UsageError(Errors.E006.format(value=kind, allowed=list(event_type_names())))
    return Extractor(types=types, min_confidence=args.min_confidence)


def _check_published(value: str | None) -> None:
    from eventkit.text.published import coerce_published

    try:
        coerce_published(value)
    except (TypeError, ValueError) as err:
        raise UsageError(f"--published: {err}") from None


class _Progress:
    """A rich progress bar on stderr, only when stderr is a terminal and there is enough to do."""

    def __init__(self, *, enabled: bool) -> None:
        self.bar: Any = None
        self.total: int | None = None
        self.enabled = enabled

    def start(self, total: int | None, size: int = 0) -> None:
        """Decide, knowing the number of documents and their size in bytes, whether to show the bar.

        A few long documents (``size`` of at least :data:`PROGRESS_MIN_BYTES`)
        get the bar too: it shows the elapsed time while one is extracted.
        """
        self.total = total
        many = total is None or total >= PROGRESS_MIN_DOCS or size >= PROGRESS_MIN_BYTES
        if self.enabled and sys.stderr.isatty() and many:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("[bold]extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("docs"),
                TimeElapsedColumn(),
                TextColumn("eta"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
            )

    def report(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(f"eventkit: {message}", markup=False, highlight=False)
        else:
            print(f"eventkit: {message}", file=sys.stderr)

    def track(self, results: Iterable[Extraction]) -> Iterator[Extraction]:
        if self.bar is None:
            yield from results
            return
        with self.bar:
            task = self.bar.add_task("extract", total=self.total)
            for result in results:
                yield result
                self.bar.advance(task)


def _size(paths: Iterable[Path]) -> int:
    """The total size of some files in bytes (0 for those that cannot be read)."""
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def _report_warnings(result: Extraction, report: Callable[[str], object], name: str | None = None) -> None:
    """Print each warning of a document once (docs/warnings.md)."""
    seen: set[str] = set()
    for warning in result.warnings:
        line = str(warning)
        if line not in seen:
            seen.add(line)
            report(f"{name or result.id or 'a document'}: {line}")


def _cmd_extract(args: argparse.Namespace) -> int:
    fmt = args.format or (_SUFFIX_FORMATS.get(args.out.suffix.lower(), "jsonl") if args.out else "jsonl")
    if fmt == "parquet":
        if args.out is None:
            raise UsageError("--format parquet writes a binary file: give it with --out FILE")
        from eventkit.frames import require

        require("pandas", "--format parquet")
        require("pyarrow", "--format parquet")
    _check_published(args.published)

    progress = _Progress(enabled=not args.no_progress)
    inputs = Inputs(args.paths, args.stdin_format, report=progress.report)
    output = SafeOutput(args.out, force=args.force, inputs=[path for path, _ in inputs.files])
    output.check()  # before any input or output is opened
    if not inputs.files and not inputs.stdin:
        return EXIT_USAGE  # every path was bad (already reported)
    progress.start(inputs.count(), size=_size(path for path, _ in inputs.files))

    extractor = _extractor(args)
    failed = 0

    def results() -> Iterator[Extraction]:
        nonlocal failed
        stream = extractor.pipe(
            inputs.records(),
            batch_size=args.batch_size,
            n_process=args.n_process,
            published=args.published,
            on_error="collect",
            timeout=args.timeout,
        )
        for result in progress.track(stream):
            if result.error:
                failed += 1
                progress.report(f"{result.id or 'a document'}: {result.error}")
            if not args.quiet:
                _report_warnings(result, progress.report)
            yield result

    if fmt == "parquet":
        with output.file() as target:
            write_parquet(results(), target)
    else:
        with output.text() as out:
            TEXT_WRITERS[fmt](results(), out)  # type: ignore[arg-type]
    if inputs.problems:
        return EXIT_USAGE
    return EXIT_FAILED_DOCS if failed else EXIT_OK


def _cmd_render(args: argparse.Namespace) -> int:
    from eventkit.render import render_html

    _check_published(args.published)
    if args.article == "-":
        path = None
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        name = "<stdin>"
    else:
        path = Path(args.article)
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
        name = path.name
    output = SafeOutput(args.out, force=args.force, inputs=[path] if path is not None else [])
    output.check()
    if path is not None:
        try:
            data = path.read_bytes()
        except OSError as err:
            raise UsageError(f"{path}: cannot be read ({err.strerror or err})") from None
    text, replaced = decode(data)
    if replaced:
        print(
            f"eventkit: {name}: {replaced} byte sequence(s) that are not UTF-8 were replaced by U+FFFD", file=sys.stderr
        )
    result = _extractor(args).extract(text, published=args.published)
    if not args.quiet:
        _report_warnings(result, lambda line: print(f"eventkit: {line}", file=sys.stderr), name)
    page = render_html(result, text, title=args.title or f"eventkit: {name}")
    with output.text() as out:
        out.write(page + "\n")
    if args.out is not None:
        print(f"eventkit: wrote {args.out} ({len(result.events)} events)", file=sys.stderr)
    return EXIT_OK


def _cmd_example(args: argparse.Namespace) -> int:
    from eventkit.api import extract
    from eventkit.examples import example_article

    text, published = example_article()
    result = extract(text, published=published)
    if args.format == "table":
        write_table([result], sys.stdout)
    elif args.format == "json":
        print(result.to_json())
    else:
        for event in result.events:
            print(event.model_dump_json())
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from eventkit.evaluation.scorer import evaluate, format_report

    try:
        reports = evaluate(args.dir)
    except FileNotFoundError as err:
        print(f"eventkit: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], indent=2))
    else:
        print("\n\n".join(format_report(r, verbose=args.verbose) for r in reports))
    return 0


def _cmd_schema(_: argparse.Namespace) -> int:
    from eventkit.event_types import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 success, 1 some documents failed, 2 usage or input
        errors, 3 the output could not be written, 130 interrupted, 143 terminated.
    """
    from eventkit.errors import EventkitError

    args = _parser().parse_args(argv)
    handlers = {
        "extract": _cmd_extract,
        "render": _cmd_render,
        "example": _cmd_example,
        "evaluate": _cmd_evaluate,
        "schema": _cmd_schema,
    }
    previous = _stop_cleanly_on_sigterm()
    try:
        return handlers[args.command](args)
    except _Terminated:
        print("eventkit: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except OutputError as err:
        print(f"eventkit: {err}", file=sys.stderr)
        _detach_stdout()  # nothing more can reach it: the interpreter's last flush must not fail again
        return EXIT_OUTPUT
    except (UsageError, EventkitError, TypeError, ValueError) as err:
        print(f"eventkit: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("eventkit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`eventkit extract ... | head`): stop quietly
        _detach_stdout()
        return EXIT_FAILED_DOCS
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _Terminated(BaseException):
    """SIGTERM arrived: unwind (temporary files removed, workers stopped), then exit with 143."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated


def _stop_cleanly_on_sigterm() -> Any:
    """Make SIGTERM unwind like Ctrl-C does; returns the previous handler (None when not installed)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _raise_terminated)


def _detach_stdout() -> None:
    """Point standard output at the null device (what was buffered for it can no longer be written)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
