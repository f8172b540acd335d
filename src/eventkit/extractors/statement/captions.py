"""Photo captions and credits: sentences that describe a picture, so hold no statement and name no antecedent."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A photo caption ends with the date the photo was taken: "..., in Cairo, June 27, 2016."
_CAPTION_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\W*$")
#: Openings of captions and credits: "FILE - ...", "(Photo: ...)".
_CAPTION_START = re.compile(r"^\W*(?:FILE\b|\(?Photo\b|\(?Image\b|\(?Credit\b)")


def in_caption(token: Token, sentences: dict[int, tuple[bool, bool]] | None = None) -> bool:
    """A photo caption: a present-tense sentence that ends with a full date, or a "FILE -" / "(Photo" line.

    "Senator X speaks to reporters in Washington, March 22, 2016." describes a
    picture; nothing in it is a statement. ``sentences`` memoises what is
    read from each sentence (by its start token) over the tokens of a document.
    """
    sent = token.sent
    found = sentences.get(sent.start) if sentences is not None else None
    if found is None:
        text = sent.text.strip()
        found = (_CAPTION_START.match(text) is not None, _CAPTION_DATE.search(text) is not None)
        if sentences is not None:
            sentences[sent.start] = found
    starts, dated = found
    return starts or (token.tag_ in {"VBZ", "VBP"} and dated)
