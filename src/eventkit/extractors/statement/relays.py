"""Relays: who reports whose words.

"X denied the charges, Y said" (Y relays X), "The Post said Smith had
called the deal ..." (the Post relays Smith), "Wang said China urges ..."
(one act: the minister voices his country), "Residents said ...,
spokesperson X told reporters" (X speaks in his own right, the residents
being nobody named). Each rule runs over the document's candidates,
marking a relayed statement's ``reported_by`` or a relaying one
``relay_only``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.coreference import same_actor
from eventkit.extractors.statement.speakers import indefinite, media_actor
from eventkit.extractors.statement.syntax import is_named
from eventkit.models import ActorKind
from eventkit.normalize.mentions import noun_phrase, word_classes

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from eventkit.extractors.statement.reader import Candidate, Reader

__all__ = ["hollow_relays", "nested_relays", "resolve_relays", "spoken_for", "unnamed_relays"]


def _relayed(cand: Candidate, by_cue: dict[int, Candidate]) -> Candidate | None:
    """The candidate a relay-only cue relays, if any."""
    target: Candidate | None = None
    # "X told Y that ..., media reported": the ccomp is the inner cue
    for child in cand.cue.children:
        if child.dep_ == "ccomp" and child.i in by_cue:
            target = by_cue[child.i]
    # "X pointed out ..., media said": the head is the inner cue; a cue inside the head's own words
    # ("He added that his group would ask for a review") is what was said, no relay of it
    head = by_cue.get(cand.cue.head.i)
    inside = head is not None and head.content is not None and head.content[0] <= cand.cue.idx < head.content[1]
    if target is None and head is not None and not inside:
        target = head
    return None if target is cand else target


def resolve_relays(reader: Reader, cands: list[Candidate]) -> None:
    """Turn relay-only cues into ``reported_by`` of the statement they relay."""
    by_cue = {c.cue.i: c for c in cands}
    for cand in cands:
        if not cand.relay_only:
            continue
        relayer = cand.speaker_tok
        target = _relayed(cand, by_cue)
        if target is None or relayer is None:
            continue
        if target.speaker_tok is not None and target.speaker_tok.i == relayer.i:
            continue  # "Writing for the majority, Judge X said ...", "..., he said when asked": no one else relays
        if target.reported_by is None:
            target.reported_by = media_actor(reader, relayer)


def unnamed_relays(cands: list[Candidate]) -> None:
    """A person who relays, by a plain verb of saying, words of anonymous people makes a statement of their own.

    "Residents said soldiers burned the market, spokesperson Seif Magango
    told reporters": the residents are an anonymous source
    (:func:`_anonymous_people`), so what the spokesperson said is the whole
    clause (the residents' statement stays, reported by him). A relayed
    speaker with a name or a body ("X denied the charges, Y said", "Police
    said ..., spokesman Y said"), a relayer that is no person (a
    publication) and a relaying verb of another group ("..., the
    spokesperson denied") leave the relay as it was. Run after the speakers
    are attached.
    """
    by_cue = {c.cue.i: c for c in cands}
    for cand in cands:
        if not cand.relay_only or cand.content is None or cand.speaker is None or cand.generic:
            continue
        if cand.speaker.kind != ActorKind.PERSON:
            continue  # a publication's "..., the BBC reported" relays whoever it is
        if cand.group != "report":
            continue  # "Employees said X, the company's spokesperson denied": no saying of X's
        target = _relayed(cand, by_cue)
        tok = target.speaker_tok if target is not None else None
        if tok is None or tok.pos_ != "NOUN" or tok.ent_type_ or is_named(tok) or not _anonymous_people(tok):
            continue
        cand.relay_only = False


def hollow_relays(cands: list[Candidate], reports: Callable[[Candidate], bool]) -> None:
    """A relay of a clause whose own cue reports no words is the relayer's statement.

    "Some 40 towns have reported cases this year, the agency said": "have
    reported cases" is a cue verb with an object that says nothing (no
    statement, ``reports`` false), so the agency relays nobody's words and
    what it said is the whole clause. A relayed speaker who names nobody
    (``generic``: "Experts warned ..., the BBC reported") is
    :func:`unnamed_relays`'s matter and left alone, and so is a relayed
    statement that stands ("X rejected all blame for the attack, Y said": Y
    relays X's words). A relayer resolved to the relayed clause's own
    speaker is no one else telling it ("Acme confirmed the layoffs, the
    union said" with "the union" read as Acme): left a relay. Run after the
    speakers are attached.
    """
    by_cue = {c.cue.i: c for c in cands}
    for cand in cands:
        if not cand.relay_only or cand.content is None or cand.speaker is None:
            continue
        target = _relayed(cand, by_cue)
        if target is None or target.speaker is None or target.generic or reports(target):
            continue
        if same_actor(cand.speaker, target.speaker):
            continue  # a description resolved to the clause's own subject: whoever it is, not that one
        cand.relay_only = False


def _anonymous_people(tok: Token) -> bool:
    """People no name or body stands behind: "Survivors", "a witness"; not "the minister", "Police", "Israeli forces".

    A bare plural or an indefinite singular person noun, with no modifier
    that names (a nationality, a body) and no organisation or force word.
    """
    classes = word_classes()
    lemma = tok.lemma_.lower()
    if lemma in classes.organisation_words or lemma in classes.military_words or tok.lower_ in classes.military_words:
        return False
    if any(c.ent_type_ or c.pos_ == "PROPN" for c in tok.children if c.dep_ in {"amod", "compound", "poss", "nmod"}):
        return False
    if tok.tag_ == "NNS":
        return not any(c.dep_ in {"det", "poss"} for c in tok.children)  # "Survivors", not "The prosecutors"
    return indefinite(tok)


def nested_relays(cands: list[Candidate], reports: Callable[[Candidate], bool] = lambda _: True) -> None:
    """A publication's statement whose words are wholly another speaker's statement relays it.

    "The Post said Smith had called the deal "the worst ever"": what was said
    is Smith's, and the Post reported it. The inner statement keeps its
    speaker and gets the outer speaker as ``reported_by``; the outer one is
    no statement of its own. A person who tells what another said ("Jones
    said Smith had once called the deal ...") is not a relay: Jones's
    statement and Smith's both stay; nor is a speaker of unknown kind
    named without an article that the recogniser did not tag an
    organisation ("Kovalenko said Russia had denied ...": an untagged
    person; "The Harbour Gazette said ..." still relays). An inner
    statement that reports no words (``reports``: "Kovalenko said Moscow
    had rejected every proposal") relays nothing. Run after the speakers
    are attached.
    """
    by_cue = {c.cue.i: c for c in cands}
    for outer in cands:
        if outer.relay_only or outer.content is None or outer.direct or outer.speaker is None:
            continue
        if outer.speaker.kind in {ActorKind.PERSON, ActorKind.GROUP}:
            continue  # a person (or people) who tell what another said make a statement of their own
        tok = outer.speaker_tok
        if outer.speaker.kind == ActorKind.UNKNOWN and tok is not None and _bare_name(tok):
            continue  # an untagged name without an article: a person, not a publication ("the Harbour Gazette")
        for child in outer.cue.children:
            inner = by_cue.get(child.i) if child.dep_ == "ccomp" and child.i > outer.cue.i else None
            if inner is None or inner.speaker is None or inner.content is None or inner.speaker_tok is None:
                continue
            if inner.generic or not (is_named(inner.speaker_tok) or inner.speaker_tok.pos_ == "PRON"):
                continue  # "X said experts warned ...": X's statement, the experts name nobody
            if not reports(inner):
                continue  # "X said Moscow had rejected every proposal": no words of Moscow's, X's statement
            if inner.speaker.name == outer.speaker.name or not (
                outer.content[0] <= inner.content[0] and inner.content[1] <= outer.content[1]
            ):
                continue
            if inner.reported_by is None:
                inner.reported_by = outer.speaker
            outer.relay_only = True


def spoken_for(cands: list[Candidate]) -> None:
    """A country's stance in its own official's words is the official's statement only.

    "Chinese Foreign Minister Wang Yi said China urges the United States to
    ..." is one act: the minister voices his country's standing position
    (a cue of stance in the present tense, the country the speaker's own;
    not a verb of saying: "said Iran says ..." reports Iran's words). The inner
    candidate speaks no words of its own and is dropped; the outer keeps
    the whole content. A past act of the country ("said China had warned
    ...") and another country's stance ("said Russia denies ...") are
    reports of their own and stay. Run after the speakers are attached.
    """
    by_cue = {c.cue.i: c for c in cands}
    for outer in cands:
        if outer.relay_only or outer.content is None or outer.speaker is None:
            continue
        country = outer.speaker.country
        if country is None or outer.speaker.kind == ActorKind.COUNTRY:
            continue
        for child in outer.cue.children:
            inner = by_cue.get(child.i) if child.dep_ == "ccomp" and child.i > outer.cue.i else None
            if inner is None or inner.speaker is None or inner.content is None or inner.direct:
                continue
            present = child.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in child.children)
            stance = inner.group != "report"  # "said Iran says ...": the country's own saying, reported
            if present and stance and inner.speaker.kind == ActorKind.COUNTRY and inner.speaker.country == country:
                inner.relay_only = True


def _bare_name(token: Token) -> bool:
    """A proper name with no article and no organisation tag: "Kovalenko", not "the Harbour Gazette"."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ != "ORG"
        and not any(c.dep_ == "det" for t in noun_phrase(token) for c in t.children)
    )
