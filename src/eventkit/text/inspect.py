"""What kind of text a document is: the checks behind :attr:`eventkit.Extraction.warnings`.

Every check is cheap (one linear pass or a look at the first few thousand
characters) and needs no model:

* **binary** data: control and replacement characters (W003);
* **compressed** data: the magic bytes of gzip, zip, bzip2, xz or zstd as
  they look after decoding (W004);
* **markup**: an HTML/XML document or a JSON value rather than prose (W005);
* a **file path** passed instead of the file's content (W006);
* **not English**: the share of frequent English function words
  (``resources/lexicons/stopwords.en.txt``) among the words (W002);
* **no words** at all (W008).

Binary and compressed texts are not read further (:func:`readable`): a parse
of such a text takes long and finds nothing. The other warnings are about the
document as a whole and are added by :mod:`eventkit.pipeline` (no
publication date: W001; parsed in pieces: W007). Codes and messages are in
:class:`eventkit.errors.Warnings`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventkit.errors import DocumentWarning, Warnings
from eventkit.lexicons import load_list, per_resources

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["date_warning", "inspect_text", "pieces_warning", "readable", "stopwords", "unresolved_dates"]

#: How much of the text the byte-level checks look at.
HEAD = 4096
#: Share of control or replacement characters from which a text is binary.
BINARY_SHARE = 0.05
#: A text with fewer words is not judged for its language.
MIN_WORDS = 30
#: Below this share of English function words a text is not English (news prose has 30-45%).
ENGLISH_SHARE = 0.12
#: Share of the text inside tags from which it is markup rather than prose.
MARKUP_SHARE = 0.5

# Magic numbers as they look once the bytes were decoded as UTF-8 with errors='replace'.
_COMPRESSED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("gzip", re.compile("\x1f(?:\ufffd|\x8b)\x08")),
    ("zip", re.compile("PK\x03\x04")),
    ("bzip2", re.compile(r"BZh[1-9]1AY&SY")),
    ("xz", re.compile("(?:\ufffd|\xfd)7zXZ\x00")),
    ("zstd", re.compile("(?:\\(\ufffd/\ufffd|\\(\xb5/\xfd)")),
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_TAG = re.compile(r"<(?:/?[a-zA-Z][\w:.-]{0,30}|!--|\?xml|!DOCTYPE)[^<>]{0,2000}>")
_HTML_START = re.compile(r"\s*(?:<!DOCTYPE\s+html|<html\b|<\?xml\b|<(?:head|body|div|p|rss|feed)\b)", re.IGNORECASE)
_JSON_STRING = r'"(?:[^"\\\n]|\\.){0,2000}"'
_JSON_KEY = re.compile(_JSON_STRING + r"\s*:")
#: A line of pretty-printed JSON: a key, a bracket, or a string, number or literal value.
_JSON_LINE = re.compile(
    rf"\s*(?:{_JSON_STRING}\s*:|[\[\]{{}}]|(?:{_JSON_STRING}|-?\d[\d.eE+-]*|true|false|null)\s*,?\s*$)"
)
_PATH_CHARS = re.compile(r"[\w .@+~:/\\-]+")
_PATH_START = re.compile(r"(?:file://|~|\.{1,2}[/\\]|[/\\]|[A-Za-z]:[/\\])")
_EXTENSION = re.compile(r"\.(?:txt|text|md|json|jsonl|html?|xml|csv|tsv|pdf|docx?|rtf|gz|zip)$", re.IGNORECASE)


def _compressed(head: str) -> str | None:
    for kind, magic in _COMPRESSED:
        if magic.match(head):
            return kind
    return None


def _binary_share(head: str) -> float:
    return len(_CONTROL.findall(head)) / max(1, len(head))


def _markup(text: str) -> tuple[str, float] | None:
    """``(kind, share)`` when the text is an HTML/XML document or a JSON value rather than prose."""
    stripped = text.strip()
    if stripped[:1] in ("{", "[") and _json(stripped):
        return "JSON", 1.0
    tagged = sum(len(m.group()) for m in _TAG.finditer(text))
    share = tagged / max(1, len(stripped))
    if share >= MARKUP_SHARE or (_HTML_START.match(text) and share >= MARKUP_SHARE / 3):
        kind = "XML" if stripped.startswith("<?xml") else "HTML"
        return kind, share
    return None


def _json(stripped: str) -> bool:
    """A JSON value, whole or cut short: it parses, or most of its lines are JSON lines, or keys are dense."""
    try:
        json.loads(stripped)
        return True
    except ValueError:
        pass
    lines = [line for line in stripped.splitlines() if line.strip()]
    if len(lines) >= 5:  # pretty-printed
        return 2 * sum(1 for line in lines if _JSON_LINE.match(line)) >= len(lines)
    return 200 * len(_JSON_KEY.findall(stripped)) >= len(stripped)  # minified: a key every 200 characters


def _path(text: str) -> str | None:
    """The text itself when it is a single file path (or ``file://`` URL), else None."""
    stripped = text.strip()
    if not stripped or len(stripped) > 1024 or len(stripped.split()) > 3 or not _PATH_CHARS.fullmatch(stripped):
        return None
    if _PATH_START.match(stripped) or _EXTENSION.search(stripped):
        return stripped
    return None


@per_resources
def stopwords() -> frozenset[str]:
    """Frequent English function words (``stopwords.en.txt``: "the", "what", "to")."""
    return frozenset(load_list("lexicons/stopwords.en.txt"))


def _english_words(text: str) -> tuple[int, int]:
    """``(words, common)``: how many words ``text`` has and how many are frequent English function words."""
    common = stopwords()
    total = hits = 0
    for m in _WORD.finditer(text):
        total += 1
        hits += m.group().lower() in common
    return total, hits


#: Warnings after which a text is not parsed: nothing in it is worth reading.
UNREADABLE = frozenset({"W003", "W004", "W006", "W008"})


def readable(warnings: Sequence[DocumentWarning]) -> bool:
    """False when the text is binary or compressed data, a file path or has no words: nothing to parse."""
    return not any(w.code in UNREADABLE for w in warnings)


def inspect_text(text: str) -> list[DocumentWarning]:
    """The warnings about what ``text`` is (binary, compressed, markup, a path, not English, empty).

    A clean English article gets none. Linear in the length of the text.

    >>> inspect_text("Officials of both countries met in Lisbon on Monday, and they said that the talks went well.")
    []
    >>> [w.code for w in inspect_text("/home/ana/articles/lisbon-talks.txt")]
    ['W006']
    """
    head = text[:HEAD]
    kind = _compressed(head)
    if kind is not None:
        return [Warnings.make("W004", kind=kind)]
    share = _binary_share(head)
    if share >= BINARY_SHARE:
        return [Warnings.make("W003", share=share, chars=len(head))]
    path = _path(text)
    if path is not None:
        return [Warnings.make("W006", path=path[:200])]
    words, common = _english_words(text)
    if not words:
        return [Warnings.make("W008")]
    markup = _markup(text)
    if markup is not None:
        return [Warnings.make("W005", kind=markup[0], share=markup[1])]
    if words >= MIN_WORDS and common / words < ENGLISH_SHARE:
        return [Warnings.make("W002", share=common / words, words=words, threshold=ENGLISH_SHARE)]
    return []


#: Any fixed day: an expression that resolves against it but not without a date is relative.
_SOME_DAY = dt.date(2000, 6, 15)


def unresolved_dates(doc: Doc) -> int:
    """How many date expressions of a parsed Doc need a publication date to be resolved ("on Tuesday")."""
    from eventkit.normalize.times import parse_date

    count = 0
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        if parse_date(ent.text, published=None) is None and parse_date(ent.text, published=_SOME_DAY) is not None:
            count += 1
    return count


def pieces_warning(text: str, limit: int) -> DocumentWarning | None:
    """W007 when ``text`` is longer than one piece (``chunks.piece_limit``): it is parsed in pieces."""
    if len(text) <= limit:
        return None
    from eventkit.text.chunks import split_for_nlp

    pieces = len(split_for_nlp(text, limit))
    return Warnings.make("W007", chars=len(text), limit=limit, pieces=pieces)


def date_warning(doc: Doc) -> DocumentWarning:
    """W001: no publication date, with the number of date expressions left unresolved."""
    return Warnings.make("W001", unresolved=unresolved_dates(doc))
