"""Photo captions and credits: sentences that describe a picture.

A caption holds no statement and names no antecedent, and the date that
closes it is the day the photo was taken, not the day of an earlier event it
mentions. The place set off before that date is where the photo was taken:
what the caption shows happened there unless the caption says otherwise.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from eventkit.doccache import doc_text, doc_value, sentence_back, span_ents
from eventkit.text.clean import PHOTO_CREDIT_END

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: A photo caption ends with the date the photo was taken: "..., in Cairo, June 27, 2016."
_CAPTION_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\W*$")
#: A caption's closing date set off by a comma (and perhaps a weekday): "..., Bergen, Norway, Tuesday, March 12, 2024."
_SET_OFF_DATE = re.compile(
    r",\s+(?:[A-Z][a-z]+day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\W*$"
)
#: Openings of captions and credits: "FILE - ...", "(Photo: ...)", "Credit: ...". Not inside a quotation,
#: and "Credit" only as a credit line writes it, with a colon or a slash: '"Credit to them, they ...," he
#: said' is a quote, and "Credited by colleagues with ..., X said" a sentence.
_CAPTION_START = re.compile(r"^[^\w\"\u201c\u201d]*(?:FILE\b|\(?Photo\b|\(?Image\b|\(?Credits?\s*[:/])")
#: A photo credit closing a paragraph makes it a caption: "... (Photo: Ana Ruiz/Staff)", "(Reuters Photo)"
#: ("(AP Photo/Ana Ruiz)" is an inline credit the cleaner drops before the text is parsed).
#: How many characters of a paragraph's end can hold such a credit.
_CREDIT_TAIL = 200


def in_caption(token: Token, sentences: dict[int, tuple[bool, bool]] | None = None) -> bool:
    """A photo caption: a present-tense sentence ending with a full date, a "FILE -" / "(Photo" line.

    So is every sentence of a paragraph that closes with a photo credit
    ("... (Photo: Ana Ruiz/Staff)"). "Senator X speaks to reporters in
    Washington, March 22, 2016." describes a picture; nothing in it is a
    statement. ``sentences`` memoises what is read from each sentence (by
    its start token) over the tokens of a document (the Doc's own memo when
    not given).
    """
    sent = sentence_back(token, 0)  # token.sent, from the Doc's cached sentences
    if sentences is None:
        sentences = doc_value(token.doc, "caption_sentences", lambda _: {})
    found = sentences.get(sent.start)
    if found is None:
        text = sent.text.strip()
        found = sentences[sent.start] = (
            _CAPTION_START.match(text) is not None or _credited(sent),
            _CAPTION_DATE.search(text) is not None,
        )
    starts, dated = found
    return starts or (token.tag_ in {"VBZ", "VBP"} and dated)


def photo_date(date: Span) -> bool:
    """The full date that closes a caption ("..., near Bergen, Norway, March 11, 2024.").

    The date is set off by a comma after the place and nothing but
    punctuation follows it in its sentence: the day the photo was taken.
    """
    sent = date.sent
    if any(not (t.is_punct or t.is_space) for t in sent.doc[date.end : sent.end]):
        return False
    return _SET_OFF_DATE.search(sent.text.strip()) is not None


#: Entity labels of a caption's place (those of ``context.PLACE_LABELS``; context imports this module).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def photo_place(sent: Span) -> Span | None:
    """The place set off before a caption's closing date ("... in Tonbridge, Kent, Feb. 3, 2024.").

    The place entities that run, comma after comma, up to the closing date
    are read back to the first of them, the most specific ("Tonbridge", not
    "Kent"); "the capital Lusaka, Zambia" gives Lusaka. None when the
    sentence does not close with a set-off date or no place stands before it.
    """
    ents = span_ents(sent)
    if not ents or ents[-1].label_ != "DATE" or not photo_date(ents[-1]):
        return None
    doc = sent.doc
    end = len(doc)
    chain: Span | None = None
    for ent in reversed(ents):
        if any(t.text != "," for t in doc[ent.end : end]) and end != len(doc):
            break
        if ent.label_ == "DATE" and chain is None:
            end = ent.start  # the date, and a weekday before it ("Tuesday, March 12, 2024")
            continue
        if ent.label_ not in _PLACE_LABELS:
            break
        chain, end = ent, ent.start
    return chain


#: A caption of an archive photo: "FILE - ...", "FILE PHOTO: ..." (the photo shows an earlier occasion).
_ARCHIVE_START = re.compile(r"^\W*FILE\b")


def archive_caption(text: str) -> bool:
    """A caption of an archive photo ("FILE - Ana Ruiz meets Jonas Berg in Oslo, Feb. 2, 2022.").

    What it shows is an earlier occasion unless it is of the publication
    week: an older one is the article's event only when the body dates that
    event alike (:func:`eventkit.merge.merge_events`).
    """
    return _ARCHIVE_START.match(text) is not None


def caption_paragraph(text: str) -> bool:
    """A photo caption or credit: "FILE - ...", a sentence ending with the photo's date, a closing credit."""
    text = text.strip()
    return (
        _CAPTION_START.match(text) is not None
        or _SET_OFF_DATE.search(text) is not None
        or PHOTO_CREDIT_END.search(text) is not None
    )


def _credited(sent: Span) -> bool:
    """The sentence's paragraph ends with a photo credit ("... said the lanes would save lives. (Photo: X/Staff)")."""
    closed = doc_value(sent.doc, "credit_closed_paragraphs", _credit_closed_paragraphs)
    i = bisect.bisect_right(closed, sent.start_char, key=lambda span: span[0]) - 1
    return i >= 0 and sent.start_char < closed[i][1]


def _credit_closed_paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of the paragraphs a photo credit closes, read once per Doc (a credit is short: the tail)."""
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        if PHOTO_CREDIT_END.search(text[max(start, end - _CREDIT_TAIL) : end]) is not None:
            out.append((start, end))
        start = end + 2
    return out
