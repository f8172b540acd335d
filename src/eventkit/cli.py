"""The ``eventkit`` command line.

Subcommands:

* ``eventkit extract PATH... | -`` extract events from files, folders, JSONL records or stdin;
* ``eventkit example`` extract the bundled example article and print its events;
* ``eventkit evaluate DIR`` score against gold annotations;
* ``eventkit schema`` print the JSON Schema of an event.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

__all__ = ["main"]

FORMATS = ("json", "jsonl", "table")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventkit", description="Typed, grounded events from raw news text.")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract events from files, folders, JSONL or stdin")
    ex.add_argument("paths", nargs="+", help="text files, folders of .txt, .jsonl files, or - for stdin")
    ex.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    ex.add_argument("--out", "-o", type=Path, help="write to this file instead of stdout")
    ex.add_argument("--published", help="publication date (YYYY-MM-DD) for documents that give none")
    ex.add_argument("--min-confidence", type=float, default=0.0, help="drop events below this confidence")
    ex.add_argument("--types", help="comma-separated event types (default: all)")

    example = sub.add_parser("example", help="extract the bundled example article and print its events")
    example.add_argument("--format", choices=FORMATS, default="table")

    ev = sub.add_parser("evaluate", help="score against gold annotations (see docs/evaluation.md)")
    ev.add_argument("dir", type=Path, help="a corpus folder, or a folder of corpus folders")
    ev.add_argument("-v", "--verbose", action="store_true", help="list missed gold events and spurious predictions")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")

    sub.add_parser("schema", help="print the JSON Schema of an event")
    return parser


def _records(paths: Sequence[str], errors: list[str]) -> Iterator[dict[str, Any]]:
    """Input documents as records; bad inputs are reported in ``errors`` and skipped."""
    for raw_path in paths:
        if raw_path == "-":
            yield {"id": "<stdin>", "text": sys.stdin.read()}
            continue
        path = Path(raw_path)
        if path.is_dir():
            for file in sorted(path.rglob("*.txt")):
                yield {"id": str(file), "text": file.read_text(encoding="utf-8", errors="replace")}
        elif path.suffix == ".jsonl" and path.is_file():
            with path.open(encoding="utf-8", errors="replace") as handle:
                for lineno, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as err:
                        errors.append(f"{path}:{lineno}: not valid JSON ({err.msg})")
                        continue
                    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                        errors.append(f"{path}:{lineno}: a record needs a string 'text' field")
                        continue
                    record.setdefault("id", f"{path}:{lineno}")
                    yield record
        elif path.is_file():
            yield {"id": str(path), "text": path.read_text(encoding="utf-8", errors="replace")}
        else:
            errors.append(f"{path}: no such file or folder")


def _write_table(results: Sequence[Any], out: TextIO) -> None:
    from eventkit.render import events_table

    for result in results:
        if result.id:
            out.write(f"# {result.id}  (published {result.published or 'unknown'}, {result.published_source})\n")
        out.write(events_table(result.events) + "\n")


def _cmd_extract(args: argparse.Namespace) -> int:
    from eventkit.api import Extractor

    errors: list[str] = []
    types = [t.strip() for t in args.types.split(",")] if args.types else None
    extractor = Extractor(types=types, min_confidence=args.min_confidence)
    out: TextIO = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    status = 0
    try:
        results = extractor.pipe(_records(args.paths, errors), published=args.published, on_error="collect")
        if args.format == "jsonl":
            for result in results:
                out.write(result.model_dump_json() + "\n")
        else:
            collected = list(results)
            if args.format == "json":
                out.write(json.dumps([r.model_dump(mode="json") for r in collected], indent=2) + "\n")
            else:
                _write_table(collected, out)
            status = 1 if any(r.error for r in collected) else 0
    finally:
        if args.out:
            out.close()
    for message in errors:
        print(f"eventkit: {message}", file=sys.stderr)
    return 2 if errors else status


def _cmd_example(args: argparse.Namespace) -> int:
    from eventkit.api import extract
    from eventkit.examples import example_article

    text, published = example_article()
    result = extract(text, published=published)
    if args.format == "table":
        _write_table([result], sys.stdout)
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
    from eventkit.models import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    handlers = {
        "extract": _cmd_extract,
        "example": _cmd_example,
        "evaluate": _cmd_evaluate,
        "schema": _cmd_schema,
    }
    try:
        return handlers[args.command](args)
    except (TypeError, ValueError) as err:
        print(f"eventkit: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
