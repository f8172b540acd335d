"""Files for the command line: inputs read one way everywhere, outputs written without destroying anything.

Reading (:class:`Inputs`): files, folders, JSONL, gzip-compressed files and
standard input are all decoded the same way (:func:`decode`: UTF-8, a leading
byte-order mark dropped, bytes that are not UTF-8 replaced by U+FFFD and
reported). A JSONL line that is not a usable record (bad JSON, not an object,
no string ``text``, an escape that is not valid Unicode such as a lone
surrogate escape) is reported with its line number and skipped; the
lines after it are read.

Writing (:class:`SafeOutput`): an output that is one of the inputs is refused
before anything is opened; an existing regular file is replaced only with
``--force``, and then only on success (the output is written to a hidden
temporary file in the same folder and moved into place at the end); a missing
folder is refused up front; a write that fails (a full disk) leaves any
existing file untouched and becomes an :class:`OutputError`.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

__all__ = [
    "ARTICLE_SUFFIXES",
    "Inputs",
    "OutputError",
    "SafeOutput",
    "UsageError",
    "decode",
    "lone_surrogate",
]

#: File suffixes read as one article each (inside folders; any file named explicitly is read too).
ARTICLE_SUFFIXES = (".txt", ".text", ".md")
_READ_ERRORS = (OSError, EOFError, zlib.error)


class UsageError(Exception):
    """A command-line mistake: reported on stderr with exit status 2."""


class OutputError(Exception):
    """The output could not be written (a full disk, no permission): exit status 3."""


# ---------------------------------------------------------------------- input


def decode(data: bytes) -> tuple[str, int]:
    """Decode bytes as eventkit's command line does everywhere.

    UTF-8, a leading byte-order mark dropped, undecodable bytes replaced by U+FFFD.

    Returns:
        The text and the number of replacement characters the decoding added.
    """
    text = data.decode("utf-8-sig", errors="replace")
    added = text.count("\ufffd") - data.count("\ufffd".encode())
    return text, max(added, 0)


def lone_surrogate(value: object) -> str | None:
    """The path (``id``, ``meta.tags[2]``) of the first string holding a lone surrogate, else None."""
    stack: list[tuple[str, object]] = [("", value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            if any("\ud800" <= ch <= "\udfff" for ch in item):
                return where or "the record"
        elif isinstance(item, dict):
            for key, sub in reversed(list(item.items())):
                name = f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and lone_surrogate(key) is not None:
                    return f"a key of {where or 'the record'}"
                stack.append((name, sub))
        elif isinstance(item, list):
            stack.extend((f"{where}[{i}]", sub) for i, sub in reversed(list(enumerate(item))))
    return None


def _inner_suffix(path: Path) -> str:
    """The suffix that says what a file holds: ``a.jsonl.gz`` -> ``.jsonl``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _open_binary(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return path.open("rb")


def _lines(handle: Iterable[bytes]) -> Iterator[bytes]:
    """Lines split on newline bytes only (a JSON string may hold U+2028), one at a time."""
    for line in handle:
        yield line.rstrip(b"\r\n")


def same_file(a: Path, b: Path) -> bool:
    """True when two paths name one file (also through links)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


@dataclass
class Inputs:
    """The documents named on the command line, read lazily; problems are counted and reported."""

    paths: Sequence[str]
    stdin_format: str
    report: Callable[[str], None]
    problems: int = 0
    files: list[tuple[Path, bool]] = field(default_factory=list)  # (path, is_jsonl)
    stdin: bool = False

    def __post_init__(self) -> None:
        for raw in self.paths:
            if raw == "-":
                self.stdin = True
                continue
            path = Path(raw)
            if path.is_dir():
                found = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                    and _inner_suffix(p) in (*ARTICLE_SUFFIXES, ".jsonl")
                )
                if not found:
                    self.problem(f"{path}: no .txt, .text, .md or .jsonl files (or .gz of them) in this folder")
                self.files += [(p, _inner_suffix(p) == ".jsonl") for p in found]
            elif path.is_file():
                self.files.append((path, _inner_suffix(path) == ".jsonl"))
            elif path.exists():
                self.problem(f"{path}: not a regular file or folder")
            else:
                self.problem(f"{path}: no such file or folder")

    def problem(self, message: str) -> None:
        """Report an input problem (counted: the exit status becomes 2)."""
        self.problems += 1
        self.report(message)

    def count(self) -> int | None:
        """How many documents there are (None when stdin is read: unknown in advance)."""
        if self.stdin:
            return None
        total = 0
        for path, is_jsonl in self.files:
            if not is_jsonl:
                total += 1
                continue
            with contextlib.suppress(*_READ_ERRORS), _open_binary(path) as handle:
                total += sum(1 for line in handle if line.strip())
        return total

    def records(self) -> Iterator[dict[str, Any]]:
        """Every document as a record with ``id`` and ``text`` (and whatever a JSONL record carries)."""
        for path, is_jsonl in self.files:
            try:
                with _open_binary(path) as handle:
                    if is_jsonl:
                        yield from self._jsonl(_lines(handle), str(path))
                    else:
                        yield {"id": str(path), "text": self._decode(handle.read(), str(path))}
            except _READ_ERRORS as err:
                reason = getattr(err, "strerror", None) or str(err) or type(err).__name__
                self.problem(f"{path}: cannot be read ({reason})")
        if self.stdin:
            yield from self._stdin()

    def _stdin(self) -> Iterator[dict[str, Any]]:
        stream: IO[bytes] = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else _encoded(sys.stdin)
        head: list[bytes] = []  # raw lines, up to the first that is not blank
        for line in stream:
            head.append(line)
            if line.strip():
                break
        first = decode(head[-1])[0] if head else ""
        as_jsonl = self.stdin_format == "jsonl" or (self.stdin_format == "auto" and _is_record(first))
        if as_jsonl:
            yield from self._jsonl(_lines(_chain(head, stream)), "<stdin>")
        else:
            data = b"".join(head) + stream.read()  # byte for byte what a file would hold
            yield {"id": "<stdin>", "text": self._decode(data, "<stdin>")}

    def _decode(self, data: bytes, name: str, *, quiet: bool = False) -> str:
        text, replaced = decode(data)
        if replaced and not quiet:
            self.report(f"{name}: {replaced} byte sequence(s) that are not UTF-8 were replaced by U+FFFD")
        return text

    def _jsonl(self, lines: Iterable[bytes], name: str) -> Iterator[dict[str, Any]]:
        for lineno, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            line = self._decode(raw, f"{name}:{lineno}")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                self.problem(f"{name}:{lineno}: not valid JSON ({err.msg}, column {err.colno})")
                continue
            except (ValueError, RecursionError) as err:  # a 5,000-digit number, nesting too deep
                self.problem(f"{name}:{lineno}: cannot be read ({type(err).__name__}: {str(err)[:80]})")
                continue
            if not isinstance(record, dict):
                self.problem(f"{name}:{lineno}: a record must be a JSON object, not {type(record).__name__}")
                continue
            bad = lone_surrogate(record)
            if bad is not None:
                self.problem(f"{name}:{lineno}: {bad} holds an escape that is not valid Unicode (a lone surrogate)")
                continue
            if not isinstance(record.get("text"), str):
                self.problem(f"{name}:{lineno}: a record needs a string 'text' field")
                continue
            if record.get("id") is None:
                record["id"] = f"{name}:{lineno}"
            yield record


def _chain(head: list[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest


def _encoded(stream: IO[str]) -> IO[bytes]:
    """A text-only standard input (a test's replacement) as bytes, decoded again like any other input."""
    import io

    return io.BytesIO(stream.read().encode("utf-8", errors="surrogatepass"))


def _is_record(line: str) -> bool:
    if not line.lstrip().startswith("{"):
        return False
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) and "text" in value


# --------------------------------------------------------------------- output


class _Sink:
    """A text stream whose write errors (other than a closed pipe) become :class:`OutputError`."""

    def __init__(self, stream: IO[str], name: str) -> None:
        self.stream = stream
        self.name = name

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as err:
            raise OutputError(f"cannot write {self.name}: {err.strerror or err}") from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as err:
            raise OutputError(f"cannot write {self.name}: {err.strerror or err}") from None


@dataclass
class SafeOutput:
    """Where a command writes, checked before anything is read or opened.

    Args:
        path: The ``--out`` file, or None for standard output.
        force: Whether an existing regular file may be replaced.
        inputs: The input files; the output may not be one of them.
    """

    path: Path | None
    force: bool = False
    inputs: Sequence[Path] = ()

    def check(self) -> None:
        """Refuse an output that is an input, an existing file without ``force``, or in a missing folder.

        Raises:
            UsageError: With a one-line message.
        """
        path = self.path
        if path is None:
            self._check_stdout()
            return
        same = next((p for p in self.inputs if same_file(p, path)), None)
        if same is not None:
            raise UsageError(f"--out {path} is the input {same}: refusing to overwrite it")
        if path.is_dir():
            raise UsageError(f"--out {path} is a folder; give a file name")
        folder = path.parent
        if not folder.is_dir():
            raise UsageError(f"--out {path}: the folder {folder} does not exist")
        if path.exists() and path.is_file() and not self.force:
            raise UsageError(f"--out {path} exists; add --force to replace it")

    def _check_stdout(self) -> None:
        """``eventkit extract a.jsonl >> a.jsonl`` would read its own output: refused."""
        try:
            fd = sys.stdout.fileno()
            out = os.fstat(fd)
        except (OSError, ValueError, AttributeError):
            return
        for p in self.inputs:
            with contextlib.suppress(OSError):
                st = p.stat()
                if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
                    raise UsageError(f"standard output is the input {p}: refusing to write into it")

    @contextlib.contextmanager
    def text(self) -> Iterator[IO[str]]:
        """A text stream to write to; a file is moved into place only when the block succeeds."""
        if self.path is None:
            yield _Sink(sys.stdout, "standard output")  # type: ignore[misc]
            return
        with self.file() as target, _open_text(target) as handle:
            sink = _Sink(handle, str(self.path))
            yield sink  # type: ignore[misc]
            sink.flush()

    @contextlib.contextmanager
    def file(self) -> Iterator[Path]:
        """A path to write to: a temporary file beside the output, moved into place on success.

        A device or pipe named as the output (``/dev/null``, ``/dev/stdout``) is
        written directly.

        Raises:
            OutputError: When the file cannot be created, written or moved into place.
        """
        assert self.path is not None, "standard output has no path"
        path = self.path
        if path.exists() and not path.is_file():
            try:
                yield path
            except OSError as err:
                raise OutputError(f"cannot write {path}: {err.strerror or err}") from None
            return
        try:
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        except OSError as err:
            raise OutputError(f"cannot write {path}: {err.strerror or err}") from None
        os.close(fd)
        temp = Path(name)
        keep = False
        try:
            yield temp
            _set_mode(temp, path)
            if path.exists() and not self.force:
                keep = True  # someone else's file appeared meanwhile: neither is lost
                raise OutputError(f"{path} appeared while writing; the output was left in {temp}")
            os.replace(temp, path)
        except OSError as err:
            raise OutputError(f"cannot write {path}: {err.strerror or err}") from None
        finally:
            if not keep:
                with contextlib.suppress(OSError):
                    temp.unlink(missing_ok=True)


def _open_text(path: Path) -> IO[str]:
    try:
        return path.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror or err}") from None


def _set_mode(temp: Path, final: Path) -> None:
    """Give the new file the mode of the file it replaces, else the usual mode for a new file."""
    try:
        mode = final.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)
