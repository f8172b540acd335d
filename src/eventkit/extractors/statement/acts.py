"""One speech act told by several verbs: "X said A, adding B", "X described A and accused B".

A reporter often spreads one occasion of speech over two cue verbs that share
their subject: a participle ("..., adding that ...", "..., saying ...") or a
coordinated verb of continuing (``continuing_verbs`` of the cue lexicon:
"said ... and added ..."). Two coordinated verbs of different acts ("denied
the charge and said ...") stay two statements. Annotators (and readers) count one
statement: what the speaker said on that occasion. So the later cue's content
joins the earlier statement as a further fragment, instead of becoming a
statement of its own. A later cue with a subject of its own ("X said A, and Y
added B") is a different speaker's act and stays separate.

A coordinated verb of a different act may be parsed inside the first one's
words ("X said he was "deeply disappointed" and accused the court of ..."):
the parse joins "accused" to "was", yet it is the speaker's second act, not
something the speaker said. :func:`split_acts` ends the first statement's
words before it, so that both acts are statements of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.extractors.statement.cues import cue_lexicon, lemma_of
from eventkit.extractors.statement.syntax import FINITE_TAGS, SHARED_SUBJECT_DEPS, own_subject, trim

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventkit.extractors.statement.reader import Candidate

#: How far up the parse a joined cue may hang below its host (the parse may put
#: "adding" inside the reported clause of the host).
_MAX_CLIMB = 4

#: Subjects of a reported clause that can be its speaker ("X said *he* was ... and accused ...").
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})

#: Rules whose statements can host a joined cue: verb cues with a content of their own.
_JOINABLE = frozenset({"conj", "advcl", "ccomp", "xcomp"})


def _host_of(cand: Candidate, by_cue: dict[int, Candidate]) -> Candidate | None:
    """The earlier candidate whose speech act ``cand``'s cue continues, if any."""
    cue = cand.cue
    if cue.dep_ not in SHARED_SUBJECT_DEPS or own_subject(cue) is not None:
        return None
    if cue.tag_ != "VBG" and lemma_of(cue) not in cue_lexicon().continuing_verbs:
        return None  # "denied X and said Y": two acts; "said X and added Y", "said X, adding Y": one
    current = cue
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head.i == current.i:
            return None
        host = by_cue.get(head.i)
        if host is not None and host is not cand:
            return host if head.i < cue.i else None
        if current.dep_ not in _JOINABLE:
            return None
        current = head
    return None


def join_acts(cands: list[Candidate], hosts: list[Candidate]) -> list[Candidate]:
    """Fold candidates that continue an earlier candidate's speech act into it.

    Args:
        cands: The document's attribution candidates, speakers attached.
        hosts: The candidates that report words: only they take a joined
            fragment ("rejected the plan, saying ..." keeps "saying" apart:
            rejecting a plan reports no words), and only they join one ("said
            X, citing the report" keeps the report out of what was said).

    Returns:
        The candidates left: a joined candidate's content (and its further
        fragments) become further fragments of its host, in text order.
    """
    by_cue = {c.cue.i: c for c in hosts if c.content is not None}
    reporting = {id(c) for c in hosts}
    joined: set[int] = set()
    for cand in sorted(cands, key=lambda c: c.cue.i):
        if cand.content is None or cand.generic or id(cand) not in reporting:
            continue  # "said X, citing the report": what is cited was not said, and joins nothing
        host = _host_of(cand, by_cue)
        if host is None or host.content is None or id(host) in joined:
            continue
        if host.speaker is None or cand.speaker is None or host.speaker.name != cand.speaker.name:
            continue
        fragments = [cand.content, *cand.extra]
        host_spans = [host.content, *host.extra]
        if all(any(s2 <= s and e <= e2 for s2, e2 in host_spans) for s, e in fragments):
            joined.add(id(cand))  # the parse put the second verb inside the first one's content
            continue
        if any(s < e2 and s2 < e for s, e in fragments for s2, e2 in host_spans):
            continue  # partly the same words: leave both as they are
        host.extra = sorted([*host.extra, *fragments])
        host.joined.add(cand.content[0])  # "urged X, warning that Y": a clause of its own
        joined.add(id(cand))
    return [c for c in cands if id(c) not in joined]


def split_acts(cands: list[Candidate], text: str) -> None:
    """End a statement's words before a coordinated cue of another act the parse hung inside them.

    "X said he was "deeply disappointed" and accused the court of ...": the
    candidate of "accused" (same speaker, no subject of its own, a verb of a
    different act than continuing, joined to the head of the reported
    clause, whose subject is a pronoun that can be the speaker) lies inside
    the words of "said"; they end before its "and". Fragments after the cut
    are left to the second act. A verb joined to a named subject ("said the
    harbour master was tired and warned the crew") is that subject's and
    stays in the words.

    Args:
        cands: The candidates that report words, after :func:`join_acts`.
        text: The cleaned text the candidates' offsets index.
    """
    continuing = cue_lexicon().continuing_verbs
    for cand in cands:
        cue = cand.cue
        if cand.content is None or cue.dep_ != "conj" or cue.tag_ not in FINITE_TAGS or own_subject(cue) is not None:
            continue  # (not "... and when asked whether ...": a finite verb of the speaker's own)
        if any(c.dep_ == "mark" for c in cue.children):
            continue
        if lemma_of(cue) in continuing or cand.speaker is None:
            continue
        subject = own_subject(cue.head)
        if subject is None or subject.lower_ not in _SPEAKER_PRONOUNS:
            continue  # "said the harbour master was tired and warned the crew": the master warned
        if _pronoun_object_only(cue):
            continue  # "they learned of it and disclosed them to the AP": an act told, no words of its own
        for host in cands:
            if host is cand or host.content is None or host.speaker is None or host.cue.i >= cue.i:
                continue
            start, end = host.content
            if not (start < cue.idx < end) or host.speaker.name != cand.speaker.name or host.direct:
                continue
            if cue.head.dep_ != "ccomp" or cue.head.head.i != host.cue.i:
                continue  # joined to a verb deeper in the words ("said X; they learned ... and disclosed ...")
            conjunction = max(
                (t for t in cue.head.children if t.dep_ == "cc" and t.i < cue.i), key=_index, default=None
            )
            cut = trim(text, start, (conjunction or cue).idx, clause=False)
            if cut is None or cut[1] - cut[0] < 8:
                continue
            host.content = cut
            host.extra = [(s, e) for s, e in host.extra if e <= cut[1]]


def _index(token: Token) -> int:
    return token.i


def _pronoun_object_only(cue: Token) -> bool:
    """A cue whose object is a pronoun and that predicates nothing of it.

    "disclosed *them* to the AP" tells an act; "called *it* a common ailment"
    and "accused *him* of lying" say something of the pronoun.
    """
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    predicated = any(
        (c.dep_ == "prep" and c.lower_ in {"of", "as"}) or c.dep_ in {"oprd", "xcomp"} for c in cue.children
    )
    return bool(objects) and all(o.pos_ == "PRON" for o in objects) and not predicated
