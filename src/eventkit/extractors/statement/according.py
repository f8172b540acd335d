"""Attributions without a cue verb of their own: "according to X" and "X's claim that ..."."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import token_mask, token_positions
from eventkit.extractors.statement.quotes import quote_at
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.speakers import media_actor
from eventkit.extractors.statement.syntax import subtree_range

if TYPE_CHECKING:
    from collections.abc import Callable


def prepositional(
    reader: Reader, existing: list[Candidate], says: Callable[[Candidate], bool] = lambda _: True
) -> list[Candidate]:
    """'according to X' / 'as per X': a relay for a cue of the clause, else a statement.

    A cue of the clause relays only when ``says`` holds of it: in "According
    to the ministry, gunmen attacked a patrol" the verb of criticism acts by
    force, so the clause is what the ministry said.
    """
    out: list[Candidate] = []
    by_anchor = {c.anchor.i: c for c in existing}
    by_cue = {c.cue.i: c for c in existing}
    doc = reader.doc
    openers = {words[0] for words in reader.cues.prepositions}
    for i in token_positions(token_mask(doc, "DEP", {"prep", "ROOT"}) & token_mask(doc, "LOWER", openers)):
        token = doc[i]
        pobj = reader.prep_pobj(token)
        if pobj is None or reader.ctx.in_headline(token) or reader.in_quote(token) is not None:
            continue
        clause = token.head
        # "X rose and has since doubled, according to Y": the whole clause, not its last conjunct
        while (
            clause.dep_ in {"conj", "ccomp", "xcomp"} or clause.pos_ not in {"VERB", "AUX"}
        ) and clause.head.i != clause.i:
            clause = clause.head
        host = None
        for anc in [clause, *clause.ancestors]:
            host = by_cue.get(anc.i) or by_anchor.get(anc.i)
            if host is not None:
                break
        media = media_actor(reader, pobj)
        if host is not None and not host.relay_only and says(host):
            if host.reported_by is None and media is not None:
                host.reported_by = media
            if host.content is not None:
                # "X told Y that ..., according to a government statement": the relay is no part of it
                start, end = host.content
                phrase_end = token.right_edge.idx + len(token.right_edge)
                if start < token.idx < end and phrase_end >= end - 1:
                    host.content = reader.clause(start, token.idx) or host.content
            continue
        # the speaker of an "earlier statement from the ministry"
        speaker_tok = pobj
        if pobj.lower_ in reader.cues.nouns or pobj.lower_ in reader.cues.media:
            src = next(
                (
                    g
                    for c in pobj.children
                    if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
            speaker_tok = src if src is not None else pobj
        start, end = subtree_range(clause)
        # the clause without the attribution phrase
        if token.dep_ == "ROOT":
            # "According to X, the new fee reeks of panic", the parse's root: what follows the comma after X
            comma = doc[pobj.i + 1] if pobj.i + 1 < len(doc) else None
            if comma is None or comma.text != "," or comma.i + 1 >= token.sent.end:
                continue
            start = doc[comma.i + 1].idx
        elif token.idx > start:
            end = min(end, token.idx)
        else:
            start = max(start, token.right_edge.idx + len(token.right_edge))
        span = reader.clause(start, end)
        if span is None:
            continue
        cand = Candidate(
            cue=token,
            anchor=clause,
            speaker_tok=speaker_tok,
            group="report",
            rule="statement.according_to_x.v1",
            content=span,
        )
        q = reader.in_quote(clause)
        opening = quote_at(reader.quotes, span[0] + 1)
        if opening is not None and opening.start >= span[0] - 1 and opening.start not in reader.claimed:
            # 'According to X, "..."': the quote it introduces, whole
            cand.content, cand.direct, cand.quote = (opening.start, opening.end), True, opening
            reader.claimed.add(opening.start)
        elif q is not None:
            cand.direct = True
        out.append(cand)
    return out


def noun_claims(reader: Reader) -> list[Candidate]:
    """'the mayor's claim that the bridge is safe': the possessor said the that-clause."""
    out: list[Candidate] = []
    doc, nouns = reader.doc, reader.cues.claim_nouns
    claims = token_mask(doc, "POS", {"NOUN"}) & token_mask(doc, "LEMMA", lambda lemma: lemma.lower() in nouns)
    for i in token_positions(claims):
        noun = doc[i]
        if reader.ctx.in_headline(noun) or reader.in_quote(noun) is not None:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in {"acl", "ccomp"}
                and c.i > noun.i
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)
            ),
            None,
        )
        if owner is None or clause is None:
            continue
        content = reader.clause(*subtree_range(clause))
        if content is None:
            continue
        reader.claim_within(content)
        out.append(
            Candidate(
                cue=noun,
                anchor=noun,
                speaker_tok=owner,
                group="report",
                rule="statement.noun_claim.v1",
                content=content,
            )
        )
    return out
