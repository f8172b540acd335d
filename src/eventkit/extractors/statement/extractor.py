"""The statement extractor: reads every attribution of a document and builds the statements."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from eventkit.extractors.base import DocContext, modality_of
from eventkit.extractors.statement.according import noun_claims, prepositional
from eventkit.extractors.statement.acts import join_acts, split_acts
from eventkit.extractors.statement.candidates import cue_candidates
from eventkit.extractors.statement.continuations import CONTINUES, continuations
from eventkit.extractors.statement.cues import (
    cue_group,
    cue_lexicon,
    idiom_noun,
    lemma_of,
    phrasal_particles,
    received_people,
)
from eventkit.extractors.statement.features import confidence_of, features_of
from eventkit.extractors.statement.labels import LABEL_RULE, labelled
from eventkit.extractors.statement.posts import RULE as POST_RULE
from eventkit.extractors.statement.posts import embedded_posts
from eventkit.extractors.statement.quotes import QUOTE_MARKS
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.relays import (
    hollow_relays,
    nested_relays,
    resolve_relays,
    spoken_for,
    unnamed_relays,
)
from eventkit.extractors.statement.speakers import attach_speakers, clean_name
from eventkit.extractors.statement.syntax import FINITE_TAGS, PHRASE_TAGS, SUBJECTS, acts_on_place, relative_gap
from eventkit.extractors.syntax import is_to_infinitive
from eventkit.models import Actor, Modality, Provenance, Span, Statement
from eventkit.normalize.mentions import INDEFINITE_DETERMINERS, artifact_nouns, is_person_word, person_nouns
from eventkit.normalize.names import initials

if TYPE_CHECKING:
    from spacy.tokens import Token

#: An object as content ("denied any part in the scheme") needs this many words.
MIN_OBJECT_WORDS = 4
#: Any content needs this many words: 'shouting "Hail Ruiz"', 'declared it responsible' report a
#: slogan or a verdict, not something said (ANNOTATION.md asks three words of a statement).
MIN_CONTENT_WORDS = 3

#: Rules that read a speech act from the page layout (a speaker label, an embedded post): it happened.
_LAYOUT_RULES = frozenset({POST_RULE, LABEL_RULE})

#: Dependents of a verb that carry its modality (a negation, an auxiliary, a subordinator).
_MODAL_DEPS = frozenset({"neg", "aux", "auxpass", "mark"})

#: Prepositions that predicate something of a cue's object: "described X *as* Y", "accused X *of* Y".
_PREDICATING_PREPS = frozenset({"as", "of", "for", "on", "against"})
#: Prepositions that may set a time or place rather than join a phrasal cue ("argued *for* an hour";
#: not "talk *about* the decades they spent there").
_SETTING_PREPS = frozenset({"for", "on", "in", "at", "during"})
#: Object pronouns of people ("deny *him* the nomination").
_PERSON_OBJECTS = frozenset({"me", "him", "her", "us"})


def _says_something(ctx: DocContext, cand: Candidate) -> bool:
    """An object as content reports words only with a predication or a quote.

    "described the plan as a disaster", "accused X of lying", "called X a
    fraud", "pledged to ...", "denounced the "shameful" vote" say something;
    "confirmed a report", "rejected the request", "described the device" do not.
    Verbs whose object is itself what is said (``proposition_objects``:
    "denied any role in the attack") always do.
    """
    if cand.group == "commissive" or cand.content is None:
        return True
    lexicon = cue_lexicon()
    if lemma_of(cand.cue) in lexicon.person_object_senses and _given_or_let_in(cand.cue):
        return False  # "denied him a path to the nomination", "admitting more students": withheld, let in
    if lemma_of(cand.cue) in lexicon.greeting_verbs and _greets(ctx, cand):
        return False  # "welcomed Chancellor Berg to the capital", "welcomed the delegation": received, no words
    if lemma_of(cand.cue) in lexicon.proposition_objects or idiom_noun(cand.cue) is not None:
        return True  # "denied any role in the attack", "made the case that ...": the object is what is said
    if acts_on_place(cand.cue):
        return False  # "attacked the town of Ardal on Sunday": an act on a place
    if _topic_of_a_talk(cand.cue, ctx.clean.text[slice(*cand.content)]):
        return False  # "spoke by phone with X about air defence", "met Y to talk about shoplifting"
    said = ctx.clean.text[slice(*cand.content)]
    if '"' in said or (" as " in f" {said} " and _predicating_as(ctx, cand)):
        return True
    if any(
        (lemma_of(cand.cue), c.lower_) in lexicon.phrasal and not (c.lower_ in _SETTING_PREPS and _setting_adjunct(c))
        for c in phrasal_particles(cand.cue)
    ):
        return True  # "set out his plans", "responded to the request"; not "argued for an hour"
    for child in cand.cue.children:
        if child.i <= cand.cue.i:
            continue
        if child.dep_ in {"oprd", "xcomp", "ccomp"}:
            return True
        if child.dep_ == "prep" and child.lower_ in _PREDICATING_PREPS and not _setting_adjunct(child):
            return True
        if child.dep_ in {"dobj", "obj"} and any(
            g.dep_ in {"prep", "acl"} and g.lower_ in _PREDICATING_PREPS and not _whose(child, g)
            for g in child.children
        ):
            return True
    return False


def _forceful_act(cand: Candidate) -> bool:
    """A cue acting by force (:func:`~eventkit.extractors.statement.syntax.acts_on_place`): "gunmen attacked a patrol".

    Arms or an armed force acting on a thing, or a verb of force on a place.
    "criticised the decision", "attacked the budget", "blasted the Fed
    chairman" are speech the person did: an "according to X" of their clause
    relays it, not X's own.
    """
    return cand.rule == "statement.x_verb_object.v1" and acts_on_place(cand.cue)


def _predicating_as(ctx: DocContext, cand: Candidate) -> bool:
    """An "as" in the content predicates ("attacked the plan as unfair"), not a clause of time.

    Of a verb that may act by force (``forceful_senses``), "attacked X *as he
    sat* in his cab" sets a time: an "as" that opens a clause with its own
    subject says nothing of the object. With a modal, of a thing ("attacked
    the bill as it would let police ...", or of somebody named) the clause
    gives a reason, which is said; of a crowd ("attacked the protesters as
    they would not leave") it does not. "condemned the launch as Pyongyang
    fired ..." is still a condemnation.
    """
    assert cand.content is not None
    if lemma_of(cand.cue) not in cue_lexicon().forceful_senses:
        return True
    objects = [c for c in cand.cue.children if c.dep_ in {"dobj", "obj"}]
    # a crowd of people ("the protesters", "them"), not a named one criticised ("attacked Labour as it would ...")
    people = any((o.tag_ == "NNS" and is_person_word(o)) or o.lower_ == "them" for o in objects)
    said = ctx.doc.char_span(*cand.content, alignment_mode="expand")
    for tok in said if said is not None else ():
        if tok.lower_ != "as":
            continue
        clause = tok.head
        # "as he sat" is a time; "as it would let police detain ..." a reason, which is said
        modal = not people and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
        timed = tok.dep_ == "mark" and not modal and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        if not timed:
            return True
    return False


#: Prepositions that open the topic of a conversation, not its words ("talked *about* the budget").
_TOPIC_OPENERS = frozenset({"about", "of", "on"})


def _topic_of_a_talk(cue: Token, said: str) -> bool:
    """Only the topic of a conversation with someone, or of a talk still to come, is told: no words.

    The cue is a verb of conversation (``conversation_verbs``: "talk",
    "speak") whose content opens with its topic ("about", "of", "on").

    "spoke by phone with X on Wednesday about air defence" (a call, a
    meeting's topic), "met business owners to talk about shoplifting" (a
    purpose, the talk still to come). "talked about the reform" alone is
    left as it is: a corpus may count it as an attribution.
    """
    if said.split(" ", 1)[0].lower() not in _TOPIC_OPENERS:
        return False
    if lemma_of(cue) not in cue_lexicon().conversation_verbs:
        return False  # "took to social media to complain about X": a complaint, made
    partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in cue.children)
    purpose = is_to_infinitive(cue) and cue_group(cue.head) is None
    return partner or purpose


def _whose(obj: Token, prep: Token) -> bool:
    """The object's phrase says whose or what it is, no predication.

    A thing (``artifact_nouns.en.txt``: its first WordNet sense an artifact)
    has an owner, not a charge: an act on things reports no words ("attacked
    the computer systems *of three hospitals*"). A matter of a legal
    proceeding that a court, judge or prosecutor acts on (``legal_objects``,
    ``legal_bodies``: "the court dismissed the charges *against* the
    minister", "judges confirmed 14 counts *of* war crimes") is named by its
    phrase; only "as" predicates of it. "accused the council of corruption",
    "the mayor of lying" still predicate.
    """
    if prep.lower_ != "as" and not obj.ent_type_ and _legal_act(obj):
        return True
    return prep.lower_ == "of" and not obj.ent_type_ and obj.lemma_.lower() in artifact_nouns()


def _legal_act(obj: Token) -> bool:
    """A body of a proceeding acts on a matter of it: "the court dismissed *the charges*" (see `_whose`).

    The verb is one of legal action (``legal_actions``) and the head of its
    subject, or a word compounded with the head, a legal body (``legal_bodies``:
    "The Supreme *Court*", "*Judges* at the ICC"; not "Justice Minister X",
    "a spokesman for the court").
    """
    lexicon = cue_lexicon()
    verb = obj.head
    if obj.lemma_.lower() not in lexicon.legal_objects or obj.dep_ not in {"dobj", "obj"}:
        return False
    if lemma_of(verb) not in lexicon.legal_actions:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    words = [w for s in subjects for w in (s, *(c for c in s.children if c.dep_ == "compound"))]
    # "Judges" tagged a proper noun, its lemma the plural
    forms = {f for w in words for f in (w.lemma_.lower(), w.lower_.removesuffix("s"))}
    return bool(forms & lexicon.legal_bodies)


def _given_or_let_in(cue: Token) -> bool:
    """A ``person_object_senses`` verb in its sense of withholding or letting in: no words.

    Two objects ("denied *Mayor Ortiz* a photograph", "deny *him* that path")
    or a person as the object ("admitting *students*", "admitted *patients*")
    make "deny" withhold and "admit" let in; "denied the charges", "admitted
    the mistake" report words, and so does a clause after the verb.
    """
    if any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ in {"dobj", "obj", "dative"} and c.i > cue.i]
    if len(objects) >= 2 or any(c.dep_ == "dative" for c in objects):
        return True
    return any(
        o.ent_type_ == "PERSON" or o.lower_ in _PERSON_OBJECTS or o.lemma_.lower() in person_nouns() for o in objects
    )


def _greets(ctx: DocContext, cand: Candidate) -> bool:
    """A ``greeting_verbs`` cue receiving people: its object a person or a group, no clause or quote.

    "welcomed Chancellor Berg to the capital", "welcomed the visiting
    delegation" greet; "welcomed the decision", "welcomed the delegation's
    offer" (the object's head is no person), "welcomed Berg as the new
    leader" (an "as" phrase: an endorsement) and "welcomed the visitors:
    "..."" (a quote) speak.
    """
    if '"' in ctx.clean.text[slice(*cand.content)] if cand.content is not None else False:
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in cand.cue.children):
        return False
    objects = [c for c in cand.cue.children if c.dep_ in {"dobj", "obj"} and c.i > cand.cue.i]
    if any(c.lower_ == "as" and c.dep_ == "prep" for o in [cand.cue, *objects] for c in o.children if c.i > o.i):
        return False  # "welcomed Berg as the party's new leader": an endorsement, said of the person
    return bool(objects) and all(received_people(o) for o in objects)


def _setting_adjunct(prep: Token) -> bool:
    """A preposition whose object is a date, a time or a place: "attacked Odesa on Monday" predicates nothing.

    Nor does "attacked a man on Harbour Road": a street, town or building is where, not what was said.
    """
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME", "FAC", "GPE", "LOC"} for c in prep.children)


def _lost_subject(ctx: DocContext, cand: Candidate) -> bool:
    """A content that lost its subject to the words before the cue: "everything the mayor says is ignored".

    The relative pronoun (or the gap) is what was said, so the clause after the
    cue is the writer's predication about it, not the speaker's words.
    """
    if cand.content is None:
        return False
    span = ctx.doc.char_span(*cand.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = next((t for t in span if not t.is_punct), None)
    if first is None:
        return False
    if relative_gap(cand.cue) is not None:
        return False  # "the grant, which she said would pay for ...": the pronoun is the content's subject
    if cand.cue.dep_ == "relcl":
        return first.pos_ in {"AUX", "VERB"} and first.tag_ not in {"VBG", "VB"}
    # the parse may make the cue the root ("Everything the mayor says is ignored"): a reported
    # clause that opens with a finite verb has lost its subject to the words before the cue; a "verb"
    # the parse made the clause's subject is a plural noun ("said that talks in Geneva would go ahead")
    return first.tag_ in FINITE_TAGS and first.dep_ not in SUBJECTS and first.i > cand.cue.i and cand.group == "report"


def _naming_participle(cand: Candidate) -> bool:
    """A naming verb as a reduced relative ("a user called Sam wrote", "a group named Voice") names, not says."""
    cue = cand.cue
    return cue.dep_ == "acl" and cue.tag_ in {"VBN", "VBD"} and lemma_of(cue) in cue_lexicon().naming_verbs


def _modality(cand: Candidate) -> Modality:
    """The modality of the act of saying, not of what was said.

    "If prices rise, I'll quit," she posted' was posted: a speaker label or an
    embedded post is a speech act that happened, whatever its words; a cue
    verb ("would say", "did not deny") or the clause a noun cue hangs from
    carries the modality of the rest.
    """
    if cand.rule in _LAYOUT_RULES:
        return Modality.ASSERTED
    cue = cand.cue
    modality = modality_of(cue if cue.pos_ in {"VERB", "AUX"} else cand.anchor, said=True)
    if modality != Modality.ASSERTED and cand.content is not None and cue.pos_ in {"VERB", "AUX"}:
        # '"Are we there? Probably not," she said', '"... it will at some point," said X': a "not"
        # or a "will" the parse hung from the cue is in the words
        spans = [cand.content, *cand.extra]
        markers = [c for c in cue.children if c.dep_ in _MODAL_DEPS]
        if markers and all(any(s <= c.idx < e for s, e in spans) for c in markers):
            return Modality.ASSERTED
    return modality


def _speaker_note(cand: Candidate) -> str | None:
    """The speaker's provenance note: resolved from a pronoun or a description, and among whom it was chosen."""
    if cand.speaker_tok is None:
        return cand.speaker_found
    if cand.speaker_tok.pos_ != "PRON":
        return cand.speaker_choice
    if cand.speaker_choice is not None:
        return f"speaker resolved from a pronoun, {cand.speaker_choice}"
    return "speaker resolved from a pronoun"


def _headline_repeat(ctx: DocContext, cand: Candidate, cands: list[Candidate]) -> bool:
    """A headline statement that sums up a body statement of the same speaker.

    It shares two or more longer words with it, or all of them when the body
    statement is a short phrase.
    """
    if cand.speaker is None or cand.content is None or not ctx.in_headline(cand.cue):
        return False
    name = set(cand.speaker.name.lower().split())
    said = _words(ctx.clean.text[slice(*cand.content)])
    for other in cands:
        if other is cand or other.speaker is None or other.content is None or ctx.in_headline(other.cue):
            continue
        words = set(other.speaker.name.lower().split())
        if not words or not (words <= name or name <= words):
            continue
        body = _words(" ".join(ctx.clean.text[s:e] for s, e in [other.content, *other.extra]))
        shared = said & body
        if len(shared) >= 2 or (shared and shared == body):  # or all of a short quoted phrase ("a costly blunder")
            return True
    return False


def _heading_repeat(ctx: DocContext, cand: Candidate, cands: list[Candidate]) -> bool:
    """A heading's statement that the paragraph under it tells again, by the same speaker.

    "WFP warns of famine in the north" over "The World Food Programme
    said on Friday that famine was near ...": the heading sums up the paragraph,
    as a headline does its lede, and its statement is the body's. A heading
    whose paragraph holds no statement of its speaker is a statement of its
    own ("Varga says budget cannot absorb another pay rise" over a
    paragraph about a strike).
    """
    if cand.speaker is None or not ctx.in_heading(cand.cue):
        return False
    line_end = next((e for s, e, _ in ctx.clean.summaries if s <= cand.cue.idx < e), cand.cue.idx)
    under = next((b for b in ctx.clean.blocks if b.start >= line_end), None)
    if under is None:
        return False
    return any(
        other is not cand
        and other.speaker is not None
        and under.start <= other.cue.idx < under.end
        and _same_speaker(cand.speaker, other.speaker)
        for other in cands
    )


def _same_speaker(one: Actor, other: Actor) -> bool:
    """Two names of one speaker: one's words among the other's, or an acronym of its capitalised words ("UN")."""
    a, b = set(one.name.lower().split()), set(other.name.lower().split())
    if a and b and (a <= b or b <= a):
        return True
    return (one.name.isupper() and one.name == initials(other.name)) or (
        other.name.isupper() and other.name == initials(one.name)
    )


def _participle_host(cue: Token) -> Token | None:
    """The verb a subjectless participle cue hangs from ("praised ... on Monday, *calling* them ...")."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in cue.children):
        return None
    return cue.head


def _fronted_occasion(cue: Token) -> Token | None:
    """A subjectless participle clause before the cue: the occasion of saying ("*Speaking* in Leeds on Sunday, X said").

    "Asked on Friday whether ..., X said" too; not a perfect participle
    ("Having met X on Monday, she said": the meeting came first).
    """
    for child in cue.children:
        if child.dep_ != "advcl" or child.i > cue.i or child.tag_ not in {"VBG", "VBN"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in child.children):
            continue
        return child
    return None


def _words(text: str) -> set[str]:
    """The longer words of a text, lower-cased (what two summaries of one statement share)."""
    return {w for w in re.findall(r"[a-z']+", text.lower()) if len(w) >= 4}


def _joined(ctx: DocContext, spans: list[tuple[int, int]], acts: set[int] | frozenset[int] = frozenset()) -> str:
    """The words of a statement's fragments, joined as one text.

    A quote the cue splits after a sentence ('"It is absurd," he said. "We
    will appeal."') ends that sentence with a comma before its closing mark;
    it is joined with the full stop the comma stands for. A quote split
    within a sentence ('"The ferry," she said, "will sail in May."') is joined
    with a space. The words of a second verb of the same act (``acts``:
    "urged residents to stay away, warning that aftershocks could ...")
    follow a semicolon.
    """
    text = ctx.clean.text
    content = ctx.clean.shown_text(*spans[0])
    for (_, end), (s, e) in itertools.pairwise(spans):
        piece = ctx.clean.shown_text(s, e)
        comma = text[end : end + 1] == "," and text[end + 1 : end + 2] in QUOTE_MARKS
        if s in acts and content[-1:].isalnum():
            content += ";"
        elif comma and content[-1:].isalnum() and piece[:1].isupper():
            content += "."
        content = f"{content} {piece}"
    return content


def _build(ctx: DocContext, cand: Candidate) -> Statement | None:
    if cand.content is None or cand.speaker is None:
        return None
    start, end = cand.content
    content_span = ctx.span(start, end)
    content = _joined(ctx, [cand.content, *cand.extra], cand.joined)
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
            note=_speaker_note(cand),
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
    dated = cand.date or ctx.date_for(anchor_verb)
    if dated is None and (main := _participle_host(cue)) is not None:
        dated = ctx.date_for(main)  # "praised the crew on Monday, calling them heroes": the same occasion
    if dated is None and (occasion := _fronted_occasion(cue)) is not None:
        dated = ctx.date_for(occasion, own=True)  # "Speaking in Leeds on Sunday, X said": the same occasion
    if dated is not None:
        date, prov = dated
        provenance.append(prov)
    cue_name = lemma_of(cue)
    if cand.rule == "statement.according_to_x.v1":
        cue_name = " ".join(t.lower_ for t in ctx.doc[cue.i : cue.i + 2])
    else:
        prt = next((c for c in cue.children if c.dep_ == "prt"), None)
        cues = cue_lexicon()
        phrasal = prt is not None and (
            (cue_name, prt.lower_) in cues.phrasal or f"{cue_name} {prt.lower_}" in cues.quote_verbs
        )
        if prt is not None and phrasal:
            cue_name = f"{cue_name} {prt.lower_}"
    modality = _modality(cand)
    if modality == Modality.PLANNED:
        return None  # "the president will say ...", "Republicans will pledge to ...": no words said yet
    confidence, calibration = confidence_of(features_of(ctx, cand, modality))
    provenance.append(calibration)
    return Statement(
        trigger=trigger,
        evidence=evidence,
        date=date,
        confidence=confidence,
        modality=modality,
        rule_ids=[cand.rule, CONTINUES] if cand.continued and cand.rule != CONTINUES else [cand.rule],
        provenance=provenance,
        speaker=clean_name(cand.speaker),
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
    cands += prepositional(reader, cands, says=lambda c: not _forceful_act(c))
    cands += labelled(reader)
    cands += embedded_posts(reader)
    cands += noun_claims(reader)
    resolve_relays(reader, cands)
    attach_speakers(reader, cands)
    unnamed_relays(cands)
    hollow_relays(cands, reports=lambda c: _reports_words(ctx, c))
    nested_relays(cands, reports=lambda c: _reports_words(ctx, c))
    spoken_for(cands)
    for cand in cands:
        if cand.quote is not None and cand.content is not None and cand.direct:
            reader.claimed.add(cand.quote.start)
    cands = [
        c
        for c in cands
        if not c.relay_only and not _headline_repeat(ctx, c, cands) and not _heading_repeat(ctx, c, cands)
    ]
    hosts = [c for c in cands if _reports_words(ctx, c)]
    cands = join_acts(cands, hosts=hosts)
    kept = {id(c) for c in cands}
    split_acts([c for c in hosts if id(c) in kept], ctx.clean.text)  # a joined host reports more words, not fewer
    cands += continuations(reader, cands)
    for cand in sorted(cands, key=lambda c: (c.content or (0, 0))[0]):
        if _reports_words(ctx, cand):
            stmt = _build(ctx, cand)
            if stmt is not None:
                yield stmt


def _medium_words(ctx: DocContext, cand: Candidate) -> int:
    """Words of the noun cue's own phrase inside the content ("congratulated X *in a statement*"): none was said."""
    if cand.rule != "statement.noun_cue.v1" or cand.content is None:
        return 0
    start, end = cand.content
    nouns = cue_lexicon().nouns
    count = 0
    for prep in (c for c in cand.cue.children if c.dep_ == "prep"):
        if any(g.dep_ == "pobj" and g.lower_ in nouns for g in prep.children):
            count += sum(1 for t in prep.subtree if start <= t.idx < end and not t.is_punct)
    return count


def _reports_words(ctx: DocContext, cand: Candidate) -> bool:
    """Whether a candidate reports words of an identifiable speaker (the last filter before a statement)."""
    if cand.content is None:
        return False
    if cand.generic and not _anonymous_person(cand):
        return False
    words = len(ctx.clean.text[slice(*cand.content)].split()) - _medium_words(ctx, cand)
    if cand.quote is None and words < 2:
        return False  # "which, X said, is ...": a relative pronoun is no content
    fragments = sum(len(ctx.clean.text[a:b].split()) for a, b in cand.extra)
    if words + fragments < MIN_CONTENT_WORDS:  # 'There was, X said, "a deal ..."': the quote completes it
        return False
    if cand.quote is None and _lost_subject(ctx, cand):
        return False
    if _naming_participle(cand):
        return False
    # "rejected that theory", "confirmed a report": no words reported
    return not (
        cand.rule == "statement.x_verb_object.v1" and (words < MIN_OBJECT_WORDS or not _says_something(ctx, cand))
    )


def _anonymous_person(cand: Candidate) -> bool:
    """An unnamed person of a role as the speaker ("A senior official told reporters ...", "a minister said").

    Anonymous sources are part of what news reports; the speaker is the role
    ("senior official"). Only an indefinite one counts: "the candidate
    said" is somebody the text named, left out when it does not resolve,
    and so is a person a possessive ties to someone ("his ex-wife").
    """
    tok = cand.speaker_tok
    if tok is None or tok.pos_ != "NOUN" or tok.tag_ != "NN" or not is_person_word(tok):
        return False
    # the words of its phrase before it ("His ex-wife": the parse may hang "His" on "ex")
    i, indefinite = tok.i - 1, False
    while i >= 0 and tok.doc[i].tag_ in PHRASE_TAGS:
        if tok.doc[i].tag_ in {"PRP$", "POS"}:
            return False
        indefinite = indefinite or tok.doc[i].lower_ in INDEFINITE_DETERMINERS
        i -= 1
    return indefinite
