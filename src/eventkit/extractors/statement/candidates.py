"""Attribution candidates read from cue verbs: the cue, its speaker token, its relay and audience."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.extractors.statement.captions import in_caption
from eventkit.extractors.statement.cues import cue_group, lemma_of
from eventkit.extractors.statement.frames import fill_content
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.speakers import media_actor
from eventkit.extractors.statement.syntax import inverted_speaker, subject_of
from eventkit.models import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token


def cue_candidates(reader: Reader) -> list[Candidate]:
    """One candidate per cue verb (or noun-cued verb) outside the headline and outside quotes."""
    found: list[Candidate] = []
    captions: dict[int, tuple[bool, bool]] = {}
    for token in reader.doc:
        if reader.ctx.in_headline(token) or reader.in_quote(token) is not None or in_caption(token, captions):
            continue
        group = cue_group(token)
        if group is None:
            group = _noun_cued(reader, token)
            if group is None:
                continue
            rule = "statement.noun_cue.v1"
        else:
            rule = ""
        cand = _from_cue(reader, token, group, rule)
        if cand is not None:
            found.append(cand)
    return found


def _noun_cued(reader: Reader, verb: Token) -> str | None:
    """'In a statement, X condemned ...': a statement noun in a prep of the verb."""
    if verb.pos_ != "VERB":
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "via", "through"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ in reader.cues.nouns:
                return "object"
    return None


def _not_speech(reader: Reader, cue: Token) -> bool:
    """A sense of a cue verb that says nothing.

    "called into the show", "called off the talks" (``not_speech_phrasal``);
    "called an urgent session" (a naming verb with a ``convene_objects``
    object); "the sea it calls X" and "what critics call X" (a naming verb
    in a relative clause names, it does not state).
    """
    lemma = lemma_of(cue)
    for child in cue.children:
        if child.dep_ in {"prt", "prep"} and child.i == cue.i + 1:
            if (lemma, child.lower_) in reader.cues.not_speech_phrasal:
                return True
            if (lemma, child.lower_) in reader.cues.phrasal:
                return False  # "called for a recount", "called on X to ..."
    if lemma not in reader.cues.naming_verbs:
        return False
    if cue.dep_ == "relcl":
        return True
    for child in cue.children:
        if child.dep_ in {"dobj", "oprd"} and child.lower_ in {"what", "whatever"}:
            return True  # "what he calls a rigged system"
    if any(c.dep_ in {"oprd", "ccomp", "xcomp"} for c in cue.children):
        return False  # "called her vote a mistake": naming is saying
    for child in cue.children:
        if (
            child.dep_ == "dobj"
            and child.i > cue.i
            and lemma_of(child) in reader.cues.convene_objects
            and not any(c.dep_ == "poss" for c in child.children)
        ):
            return True
    return False


def _from_cue(reader: Reader, cue: Token, group: str, rule: str) -> Candidate | None:
    if _not_speech(reader, cue):
        return None
    anchor = cue
    speaker_tok = subject_of(cue)
    if any(c.dep_ == "auxpass" for c in cue.children) and lemma_of(cue) not in reader.cues.relay_verbs:
        # "It was announced by the ministry that ...": the agent speaks, not the subject
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        speaker_tok = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if speaker_tok is not None and reader.in_quote(speaker_tok) is not None and reader.in_quote(cue) is None:
        # '"... Full panic mode," said Jane Doe': a word of the quote is no speaker
        speaker_tok = inverted_speaker(cue)
    reported_by: Actor | None = None
    # "Xinhua cited Xi as saying": Xi speaks, Xinhua relays
    if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.lower_ == "as":
        relay = cue.head.head
        if lemma_of(relay) in reader.cues.relay_verbs:
            obj = next((c for c in relay.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            subj = next((c for c in relay.children if c.dep_ == "nsubj"), None)
            if obj is not None:
                speaker_tok, anchor = obj, relay
                if subj is not None:
                    reported_by = media_actor(reader, subj)
                rule = "statement.cited_as_saying.v1"
    elif (
        any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in {"saying", "telling"} for g in c.children)
            for c in cue.children
        )
        and lemma_of(cue) in reader.cues.relay_verbs
    ):
        return None  # the relay verb itself; handled from "saying"
    cand = Candidate(cue=cue, anchor=anchor, speaker_tok=speaker_tok, group=group, rule=rule, reported_by=reported_by)
    fill_content(reader, cand)
    # audience: "told reporters", "told Xi"
    if lemma_of(cue) in {"tell", "assure", "inform", "remind", "warn", "urge", "ask"}:
        for child in cue.children:
            if child.dep_ in {"dobj", "dative"} and (
                cand.content is None or not (cand.content[0] <= child.idx < cand.content[1])
            ):
                res = reader.ctx.actor(child)
                if res is not None:
                    cand.audience = res[0]
                break
    return cand
