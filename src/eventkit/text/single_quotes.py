"""Single quotation marks: 'They will pay,' she said -> "They will pay," she said.

Headlines and British papers quote with single marks ('We will not give up');
the statement rules pair double marks. This pass finds, in each line of the
cleaned text and outside any double-quoted stretch (where single
marks are nested quotes), the single marks that open and close a quotation
and rewrites them as double marks, one character for one, so offsets into
the raw text do not move.

* An **opening** mark follows the start of the line, a space or an opening
  bracket or dash, and comes right before a letter or digit, unless the word
  it starts is an elision (``elisions.en.txt``: "'til", "'em", "rock 'n'
  roll") or a decade ("the '90s").
* A **closing** mark follows a letter, digit or punctuation other than
  another mark, and comes right before the end of the line, a space or
  punctuation.
* An opening mark pairs with the last closing mark before the next opening
  mark: "'The voters' anger is real,' he said" closes after "real,", not
  after the possessive "voters'". An opening mark without a closing one,
  and a closing one without an opening one (a possessive), stay as they are.

Apostrophes inside words ("don't", "O'Brien") are neither.
"""

from __future__ import annotations

import re

from eventkit.lexicons import load_list, per_resources

_OPEN_BEFORE = frozenset(" \t([{\u2014\u2013-/")
_CLOSE_AFTER = frozenset(" \t.,;:!?)]}\u2014\u2013-/")
_DECADE = re.compile(r"\d0s\b")
_WORD = re.compile(r"[A-Za-z]+")
_MARKS = re.compile("['\"]")


@per_resources
def _elisions() -> frozenset[str]:
    return frozenset(load_list("lexicons/elisions.en.txt"))


def _opens(line: str, i: int) -> bool:
    if i + 1 >= len(line) or not line[i + 1].isalnum():
        return False
    if i > 0 and line[i - 1] not in _OPEN_BEFORE:
        return False
    if _DECADE.match(line, i + 1):
        return False
    word = _WORD.match(line, i + 1)  # the whole word: its letters run to the next non-letter
    return word is None or word.group().lower() not in _elisions()


def _closes(line: str, i: int) -> bool:
    if i == 0 or line[i - 1].isspace() or line[i - 1] in "'\"":
        return False
    return i + 1 == len(line) or line[i + 1] in _CLOSE_AFTER


def _line_pairs(line: str) -> list[tuple[int, int]]:
    """The (opening, closing) positions of the single-quoted quotations of one line."""
    opens: list[int] = []
    closes: list[int] = []
    in_double = False
    for mark in _MARKS.finditer(line):
        i, ch = mark.start(), mark.group()
        if ch == '"':
            in_double = not in_double
        elif ch == "'" and not in_double:
            if _opens(line, i):
                opens.append(i)
            elif _closes(line, i):
                closes.append(i)
    pairs = []
    for n, start in enumerate(opens):
        limit = opens[n + 1] if n + 1 < len(opens) else len(line)
        inside = [c for c in closes if start < c < limit]
        if inside:
            pairs.append((start, inside[-1]))
    return pairs


def double_single_quotes(text: str) -> str:
    """The text with single-mark quotations written with double marks (same length, same offsets)."""
    if "'" not in text:
        return text
    chars = list(text)
    pos = 0
    for line in text.split("\n"):
        for start, end in _line_pairs(line) if "'" in line else ():
            chars[pos + start] = chars[pos + end] = '"'
        pos += len(line) + 1
    return "".join(chars)
