"""Unattributed quotes that continue an attributed one."""

from __future__ import annotations

import re

from eventkit.coreference import same_actor
from eventkit.extractors.statement.quotes import MIN_QUOTE_WORDS, Quote
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.syntax import trim
from eventkit.models import ActorKind

#: The rule id added to a statement whose quote a later paragraph continues.
CONTINUES = "statement.quote_continues.v1"


def continuations(reader: Reader, cands: list[Candidate]) -> list[Candidate]:
    """Unattributed quotes join the statement they continue, or continue its speaker.

    A quote right after a direct quote of the same paragraph extends it. A
    quote paragraph standing alone within two paragraphs of the last
    statement continues that statement when the statement is a direct quote
    (its ``rule_ids`` gain ``statement.quote_continues.v1``), and is a new
    direct statement of the same speaker after reported speech ("X said that
    ...", then X's words in quotes, in the same paragraph or the next). The new statements are returned.
    """
    ctx, doc, text = reader.ctx, reader.doc, reader.text
    plains: list[str] = []  # every quote's words, read on first need (pull quotes)
    used = {c.quote.start for c in cands if c.quote is not None} | reader.claimed
    out: list[Candidate] = []
    ordered = sorted((c for c in cands if c.content is not None), key=lambda c: c.content[0])  # type: ignore[index]
    for q in reader.quotes:
        if q.start in used or q.words(text) < MIN_QUOTE_WORDS:
            continue
        first = doc.char_span(q.start, q.end, alignment_mode="expand")
        if first is None or not len(first) or ctx.in_headline(first[0]):
            continue
        # any content already covering the quote (a mixed quote inside a that-clause)
        if any(c.content is not None and c.content[0] <= q.start < c.content[1] for c in cands):
            continue
        para_text = text[q.para_start : q.para_end].strip()
        prev = [c for c in ordered + out if c.content is not None and c.content[1] <= q.start and c.cue.idx < q.start]
        if not prev:
            continue
        last = max(prev, key=lambda c: c.content[1])  # type: ignore[index]
        same_para = last.content is not None and last.content[0] >= q.para_start
        stand_alone = para_text.startswith('"') and (q.end - q.start) >= 0.8 * len(para_text) - 4
        span = trim(text, q.start, q.end, clause=False)
        if span is None:
            continue
        if same_para and last.direct:
            last.extra.append(span)
            used.add(q.start)
            continue
        prev_para_gap = text[last.cue.idx : q.para_start].count("\n\n")
        if not (stand_alone and 0 < prev_para_gap <= 2) and not same_para:
            continue
        if last.speaker is None or last.generic:
            used.add(q.start)
            continue
        if not same_para and _pulled(reader, q, plains):
            used.add(q.start)
            continue  # "13:20 GMT - 'Water came in so fast'": a heading pulled from a later quote
        if _another_person_between(reader, last, q):
            used.add(q.start)
            continue  # '"...," he said. / Marchetti shrugs at the quote. / "..."': not his words any more
        if last.direct:
            # a paragraph that only continues the quote: the same statement, the same speaker
            last.extra.append(span)
            last.continued = True
        elif same_para:
            if not _whole_sentences(text, q):
                used.add(q.start)
                continue  # 'The choice was between "unfit" and ...': a quote inside narration
            # "X said that ... . 'Quote.'": the speaker's own words go on with what was reported
            last.extra.append(span)
            last.continued = True
        elif prev_para_gap == 1:
            # a quote right after reported speech: the speaker's next words, a statement of its own
            out.append(
                Candidate(
                    cue=last.cue,
                    anchor=first[0],
                    speaker_tok=last.speaker_tok,
                    group=last.group,
                    rule=CONTINUES,
                    content=span,
                    direct=True,
                    quote=q,
                    reported_by=last.reported_by,
                    speaker=last.speaker,
                    speaker_conf=min(last.speaker_conf, 0.6),
                    continued=True,
                )
            )
        used.add(q.start)
    return out


def _another_person_between(reader: Reader, last: Candidate, q: Quote) -> bool:
    """A sentence between the statement and the quote whose subject is a person other than its speaker.

    "Elena Marchetti shrugs when I read her the quote" between Drozdov's
    words and an unattributed quote: the quote is no longer Drozdov's.
    """
    if last.content is None or last.speaker is None:
        return False
    span = reader.doc.char_span(last.content[1], q.start, alignment_mode="contract")
    if span is None:
        return False
    for tok in span:
        # a subject, or a name opening its sentence (the small parser may miss its verb: "Marchetti shrugs")
        subject = tok.dep_ in {"nsubj", "nsubjpass"} or (tok.ent_iob_ == "B" and tok.is_sent_start)
        if not subject or tok.pos_ != "PROPN" or reader.in_quote(tok) is not None:
            continue
        resolved = reader.ctx.actor(tok)
        person = resolved[0] if resolved is not None and resolved[0].kind == ActorKind.PERSON else None
        if person is None or len(person.name.split()) < 2 or same_actor(person, last.speaker):
            continue  # (a person known by a full name, who is not the speaker)
        if person.name.split()[-1] != last.speaker.name.split()[-1]:
            return True  # ('Stated Stone:' read as one name is still Stone)
    return False


def _pulled(reader: Reader, q: Quote, plains: list[str]) -> bool:
    """A quote whose words are all inside another, longer quote of the text: a pull quote or a heading.

    ``plains`` holds every quote's words (filled on the first call of a document).
    """
    if not plains:
        plains.extend(_plain(reader.text[other.start : other.end]) for other in reader.quotes)
    words = _plain(reader.text[q.start : q.end])
    if not words:
        return False
    return any(
        other.start != q.start and other.end - other.start > q.end - q.start and words in plain
        for other, plain in zip(reader.quotes, plains, strict=True)
    )


def _plain(text: str) -> str:
    """Lower-cased words joined by single spaces, punctuation dropped (to compare two quotes' words)."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'")))


def _whole_sentences(text: str, q: Quote) -> bool:
    """Whether a quote is sentences of its own: it opens after a sentence's end and the text after it starts one."""
    before = text[q.para_start : q.start].rstrip(" \"'\u201c\u2018")
    after = text[q.end : q.para_end].lstrip(" \"'\u201d\u2019.!?")
    return (not before or before[-1] in ".!?:") and (not after or after[0].isupper() or after[0] in '"\u201c')
