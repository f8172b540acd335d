"""The statement extractor: reads every attribution of a document and builds the statements."""

from __future__ import annotations

from collections.abc import Iterator

from eventkit.extractors.base import DocContext, modality_of
from eventkit.extractors.statement.according import noun_claims, prepositional
from eventkit.extractors.statement.candidates import cue_candidates
from eventkit.extractors.statement.continuations import CONTINUES, continuations
from eventkit.extractors.statement.cues import cue_lexicon, lemma_of
from eventkit.extractors.statement.features import confidence_of, features_of
from eventkit.extractors.statement.labels import labelled
from eventkit.extractors.statement.posts import embedded_posts
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.speakers import attach_speakers, resolve_relays
from eventkit.models import Provenance, Span, Statement

#: An object as content ("denied any role in the assault") needs this many words.
MIN_OBJECT_WORDS = 4


def _build(ctx: DocContext, cand: Candidate) -> Statement | None:
    if cand.content is None or cand.speaker is None:
        return None
    start, end = cand.content
    content_span = ctx.span(start, end)
    content = ctx.clean.text[start:end]
    for s, e in cand.extra:
        content = f"{content} {ctx.clean.text[s:e]}"
    cue = cand.cue
    trigger = ctx.span_of(cue)
    # the cue's sentence and every sentence the content runs through
    evidence: list[Span] = [ctx.sentence_span(cue)]
    content_tokens = ctx.doc.char_span(start, end, alignment_mode="expand")
    if content_tokens is not None and len(content_tokens):
        for tok in (content_tokens[0], content_tokens[-1]):
            sent = ctx.sentence_span(tok)
            if sent not in evidence:
                evidence.append(sent)
    for s, e in cand.extra:
        evidence.append(ctx.span(s, e))
    evidence.sort(key=lambda sp: sp.start)
    provenance = [
        Provenance(
            field="speaker",
            span=cand.speaker.mentions[0] if cand.speaker.mentions else None,
            rule=cand.rule,
            note="speaker resolved from a pronoun"
            if cand.speaker_tok is not None and cand.speaker_tok.pos_ == "PRON"
            else None,
        ),
        Provenance(
            field="content",
            span=content_span,
            rule=cand.rule,
            note="direct quote" if cand.direct else "reported clause",
        ),
    ]
    date = None
    anchor_verb = cue if cue.pos_ in {"VERB", "AUX"} else cand.anchor
    dated = ctx.date_for(anchor_verb)
    if dated is not None:
        date, prov = dated
        provenance.append(prov)
    cue_name = lemma_of(cue)
    if cand.rule == "statement.according_to_x.v1":
        cue_name = " ".join(t.lower_ for t in ctx.doc[cue.i : cue.i + 2])
    else:
        prt = next((c for c in cue.children if c.dep_ == "prt"), None)
        if prt is not None and (cue_name, prt.lower_) in cue_lexicon().phrasal:
            cue_name = f"{cue_name} {prt.lower_}"
    modality = modality_of(cue) if cue.pos_ in {"VERB", "AUX"} else modality_of(cand.anchor)
    confidence, calibration = confidence_of(features_of(ctx, cand, modality))
    provenance.append(calibration)
    return Statement(
        trigger=trigger,
        evidence=evidence,
        date=date,
        confidence=confidence,
        modality=modality,
        rule_ids=[cand.rule, CONTINUES] if cand.continued else [cand.rule],
        provenance=provenance,
        speaker=cand.speaker,
        content=content,
        content_span=content_span,
        direct=cand.direct,
        reported_by=cand.reported_by,
        audience=cand.audience,
        cue=cue_name,
    )


def extract_statements(ctx: DocContext) -> Iterator[Statement]:
    """Yield the statements of a document.

    Args:
        ctx: The document context (parsed Doc, cleaned text, actor index).

    Yields:
        One :class:`Statement` per attribution, in document order.
    """
    reader = Reader(ctx)
    cands = cue_candidates(reader)
    cands += prepositional(reader, cands)
    cands += labelled(reader)
    cands += embedded_posts(reader)
    cands += noun_claims(reader)
    resolve_relays(reader, cands)
    attach_speakers(reader, cands)
    for cand in cands:
        if cand.quote is not None and cand.content is not None and cand.direct:
            reader.claimed.add(cand.quote.start)
    cands = [c for c in cands if not c.relay_only]
    cands += continuations(reader, cands)
    for cand in sorted(cands, key=lambda c: (c.content or (0, 0))[0]):
        if cand.generic or cand.content is None:
            continue
        words = len(ctx.clean.text[slice(*cand.content)].split())
        if cand.quote is None and words < 2:
            continue
        if cand.rule == "statement.x_verb_object.v1" and words < MIN_OBJECT_WORDS:
            continue  # "rejected that theory", "welcomed the attack": no words reported
        stmt = _build(ctx, cand)
        if stmt is not None:
            yield stmt
