"""Splitting a text longer than spaCy's ``max_length`` into parseable chunks.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters by
default). eventkit does not refuse such an article: the cleaned text is cut
into consecutive chunks of at most ``max_chars`` characters, each chunk is
parsed on its own, and the chunk Docs are joined back into one Doc whose text
is exactly the cleaned text, so every offset the extractors see is unchanged.

Cuts are made, in order of preference:

1. after a paragraph break (a blank line);
2. after a sentence end (``.``, ``!`` or ``?``, closing quotes and brackets,
   then whitespace);
3. after any whitespace;
4. anywhere (a hard cut, for a single token longer than ``max_chars``).

The chunks partition the text: they are contiguous, non-empty, in order, and
``"".join(text[s:e] for s, e in chunks) == text``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["PIECE_CHARS", "parse_in_chunks", "piece_limit", "split_for_nlp"]

#: The longest text parsed in one piece. spaCy's parser and NER take temporary
#: memory in proportion to the text of one call (about 330 MB per 100,000
#: characters measured with en_core_web_sm; spaCy's docs say up to 1 GB), so a
#: long document is parsed in pieces of this size, one at a time: its peak
#: memory stays that of one piece plus the Doc itself.
PIECE_CHARS = 100_000


def piece_limit(nlp: Language) -> int:
    """The longest text parsed in one call: ``nlp.max_length``, at most :data:`PIECE_CHARS`."""
    return min(nlp.max_length, PIECE_CHARS)


#: A blank line: the cut goes after the whole whitespace run.
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
#: A sentence end followed by whitespace: the cut goes after the whitespace.
_SENTENCE = re.compile(r"[.!?][\"'\u2019\u201d)\]]{0,3}\s+")
#: Any whitespace run.
_SPACE = re.compile(r"\s+")


def _last_cut(pattern: re.Pattern[str], text: str, start: int, limit: int) -> int | None:
    """The furthest cut after a match of ``pattern`` in ``text[start:limit]``, if any.

    A match whose whitespace runs past ``limit`` is cut at ``limit`` (the rest
    of the whitespace starts the next chunk).
    """
    best: int | None = None
    for m in pattern.finditer(text, start, limit):
        cut = min(m.end(), limit)
        if cut > start:
            best = cut
    return best


def split_for_nlp(text: str, max_chars: int) -> list[tuple[int, int]]:
    r"""Split ``text`` into consecutive chunks of at most ``max_chars`` characters.

    Args:
        text: The (cleaned) text to split.
        max_chars: The longest chunk allowed, e.g. ``nlp.max_length``.

    Returns:
        ``(start, end)`` offsets of the chunks: contiguous, in order, each
        non-empty and at most ``max_chars`` long, covering the whole text
        (an empty text gives no chunk). A text that fits is one chunk.

    Raises:
        TypeError: If ``text`` is not a string.
        ValueError: If ``max_chars`` is not a positive int.

    Example:
        >>> split_for_nlp("One. Two.\n\nThree.", 12)
        [(0, 11), (11, 17)]
    """
    if not isinstance(text, str):
        raise TypeError(f"split_for_nlp() expects str, not {type(text).__name__}")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise ValueError(f"max_chars must be a positive int, not {max_chars!r}")
    chunks: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n:
        limit = start + max_chars
        if limit >= n:
            chunks.append((start, n))
            break
        cut = (
            _last_cut(_PARAGRAPH, text, start, limit)
            or _last_cut(_SENTENCE, text, start, limit)
            or _last_cut(_SPACE, text, start, limit)
            or limit
        )
        chunks.append((start, cut))
        start = cut
    return chunks


def parse_in_chunks(nlp: Language, text: str, max_chars: int | None = None) -> Doc:
    """Parse ``text`` with ``nlp`` even when it is longer than ``nlp.max_length``, in bounded memory.

    A text that fits in one piece (:func:`piece_limit`) is parsed as usual. A
    longer one is split with :func:`split_for_nlp`, the chunks are parsed one
    at a time (so only one chunk's temporary parser memory is held) and their
    Docs joined with ``Doc.from_docs(..., ensure_whitespace=False)``: the
    joined Doc's text is exactly ``text`` (same character offsets), and its
    sentences, dependency trees and entities are those of the chunks (no
    sentence or entity crosses a cut). The pipeline's own ``eventkit``
    components are not run: the caller extracts from the joined Doc.

    Args:
        nlp: The spaCy pipeline.
        text: The text to parse.
        max_chars: The longest chunk (default :func:`piece_limit`).

    Returns:
        One Doc over the whole text.
    """
    from spacy.tokens import Doc

    limit = piece_limit(nlp) if max_chars is None else max_chars
    own = [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory == "eventkit"]
    if len(text) <= limit:
        return nlp(text, disable=own)
    docs = [nlp(text[start:end], disable=own) for start, end in split_for_nlp(text, limit)]
    return Doc.from_docs(docs, ensure_whitespace=False)
