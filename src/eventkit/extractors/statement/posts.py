"""Embedded social-media posts: "Text of the post. -- Jane Doe (@janedoe) November 3, 2016".

News pages that embed a post keep its text followed by a signature: a dash,
the author's display name, the handle in brackets and the date (Twitter), or
"A photo posted by NAME (@handle) on DATE" (Instagram). The text is the
author's statement: direct, with the handle as an alias of the speaker. The
text starts after the previous signature of the same paragraph, else at most
three sentences back; links and "pic.twitter.com/..." are left out. The
signature's date is the statement's date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventkit.doccache import doc_sents
from eventkit.extractors.statement.labels import label_candidate
from eventkit.extractors.statement.quotes import MIN_QUOTE_WORDS
from eventkit.models import ActorKind, Provenance, When
from eventkit.normalize.times import parse_date

if TYPE_CHECKING:
    from eventkit.extractors.statement.reader import Candidate, Reader

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
#: The signature after the post: "-- Name (@handle) Month D, YYYY", with an optional time and repeated date.
SIGNATURE = re.compile(
    r"(?P<mark>--|[\u2014\u2013]|-|\bA (?:photo|video|post) (?:posted|shared) by)\s*"
    r"(?P<name>[^\s()@\-\u2014\u2013][^\n()@]{0,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?:on\s+)?"
    rf"(?P<date>{_DATE})(?:\s+at\s+[\d:]+\s*[ap]m(?:\s+[A-Z]{{2,4}})?)?"
    rf"(?:\s+\d{{1,2}}:\d{{2}}\s*[ap]\.?m\.?)?(?:\s+{_DATE}\.?)?"
)
#: Links and picture addresses at the end of a post's text.
_TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+|#\w*https?://\S+))+\s*$")
#: How many sentences back a post's text may start when no signature precedes it.
MAX_SENTENCES = 3
RULE = "statement.speaker_label_post.v1"
DATE_RULE = "statement.post_signature_date"
#: What separates an embed from the text around it in a scraped page (matched on the reversed text).
_BLOCK_BREAK = re.compile(r"\s{3,}|\]\?\[")


def embedded_posts(reader: Reader) -> list[Candidate]:
    """One direct statement per signed embedded post."""
    out: list[Candidate] = []
    text, doc = reader.text, reader.doc
    prev_end = 0
    for m in SIGNATURE.finditer(text):
        para_start = text.rfind("\n\n", 0, m.start()) + 2 if "\n\n" in text[: m.start()] else 0
        start = max(para_start, prev_end)
        follows_post = prev_end > para_start
        prev_end = m.end()
        end = m.start()
        block = _BLOCK_BREAK.search(text[start:end][::-1])
        if block is not None:
            start = end - block.start()  # an embed stands apart: "[?]" or a run of spaces before it
        links = _TRAILING_LINKS.search(text, start, end)
        if links is not None:
            end = links.start()
        if not follows_post:
            # no signature before it in the paragraph: the post is the last sentences only
            sents = [s for s in doc_sents(doc) if s.end_char > start and s.start_char < end]
            if len(sents) > MAX_SENTENCES:
                start = max(start, sents[-MAX_SENTENCES].start_char)
        words = [w for w in text[start:end].split() if not w.startswith(("#", "@", "http"))]
        if len(words) < MIN_QUOTE_WORDS:
            continue
        cand = label_candidate(reader, m.start("name"), m.end("name"), m.start("mark"), start, end)
        if cand is None or cand.speaker is None:
            continue
        names = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        kind = ActorKind.ORGANIZATION if names is not None and names.root.ent_type_ == "ORG" else ActorKind.PERSON
        handle = "@" + m.group("handle")
        name = m.group("name").strip()
        if name.startswith("#"):
            # a hashtag for a display name: the person the handle spells, else the handle
            name = _owner_of(reader, m.group("handle")) or handle
        cand.speaker = cand.speaker.model_copy(
            update={"name": name, "kind": kind, "aliases": [handle, m.group("handle")]}
        )
        cand.rule = RULE
        cand.date = _post_date(reader, m)
        out.append(cand)
    return out


def _post_date(reader: Reader, m: re.Match[str]) -> tuple[When, Provenance] | None:
    """The day the signature gives the post ("(@handle) November 3, 2016"): when it was said."""
    ctx = reader.ctx
    when = parse_date(m.group("date"), published=ctx.published, direction="past")
    if when is None:
        return None
    span = ctx.span(m.start("date"), m.end("date"))
    note = f"{m.group('date')!r}, the date in the post's signature"
    return when.model_copy(update={"span": span}), Provenance(field="date", span=span, rule=DATE_RULE, note=note)


def _owner_of(reader: Reader, handle: str) -> str | None:
    """The person or organisation of the document whose name the handle spells ("ladygaga" -> "Lady Gaga")."""
    key = handle.lower()
    for rec in reader.ctx.actors.records:
        if rec.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION} and "".join(rec.name.lower().split()) == key:
            return rec.name
    return None
