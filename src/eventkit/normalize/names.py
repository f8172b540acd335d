"""Names that are what they look like.

Every actor, speaker and place name eventkit makes goes through
:func:`clean_name`: invisible and bidirectional control characters are
removed (a name cannot be made to display as something else, nor differ from
itself by a character nobody sees) and the result is NFC-normalised (a name
written with combining accents is the same name as its precomposed form).
Offsets are never affected: spans keep pointing into the raw input, control
characters included; only the *name* is cleaned.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["INVISIBLE", "clean_name", "fold_accents", "initials", "is_acronym"]

#: Characters removed from names: zero-width space, joiners and direction marks (U+200B..U+200F),
#: embeddings and overrides (U+202A..U+202E), isolates (U+2066..U+2069), the word joiner and invisible
#: operators (U+2060..U+2064), the byte-order mark (U+FEFF), the soft hyphen, the Arabic letter mark
#: and the Mongolian vowel separator.
INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c\u180e"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def clean_name(text: str) -> str:
    r"""A name without invisible or bidi control characters, NFC-normalised, whitespace collapsed.

    Examples:
        >>> clean_name("Fumio\u200f Kishida\u2069")
        'Fumio Kishida'
        >>> clean_name("Jose\u0301") == "Jos\u00e9"
        True
    """
    return " ".join(unicodedata.normalize("NFC", _INVISIBLE.sub("", text)).split())


def fold_accents(text: str) -> str:
    """The text without its accents, for looking words up in lists written without them.

    Examples:
        >>> fold_accents("Héctor Rubén Côte")
        'Hector Ruben Cote'
    """
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def initials(name: str) -> str:
    """The first letters of a name's capitalised words: "United Nations" -> "UN"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


#: A bracketed acronym: a capital, then up to nine letters, two capitals at least ("MSF", "MoH", "KSrelief").
_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,9}")


def is_acronym(word: str) -> bool:
    """A word written as an acronym: two capitals at least, the first letter one ("MSF", "MoH", "KSrelief")."""
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isupper() for c in word) >= 2
