"""The extent of a content: the words that join a quote or a reported clause to what was said.

A naming verb's object ("called *the plan* "a mess""), a connective before a quote, the fragment
that finishes a quote before its cue, the lead-in that opens it, "As X put it, Y", and where a
reported clause ends (at a speech verb of its own, at an elided clause).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from eventkit.extractors.context import TIME_LABELS
from eventkit.extractors.statement.cues import cue_group, cue_lexicon, lemma_of
from eventkit.extractors.statement.quotes import Quote, opening, quote_lead, quote_tail
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.syntax import (
    FINITE_TAGS,
    FIRST_PERSON,
    PERSON_PRONOUNS,
    SUBJECTS,
    beyond_modal,
    own_subject,
)
from eventkit.normalize.mentions import is_thing_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Tags of finite verbs (a clause, not a noun phrase).

#: Dependencies by which the predicate of a misread clause hangs below its subject (not "relcl", "amod").
_PREDICATE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis"})

#: Auxiliaries that stand for an elided verb phrase ("said she *would*").
_AUXILIARIES = frozenset("will would can could shall should may might must do be have".split())

#: Prepositions of the circumstances of speaking ("as X said *in* a statement"); others name a topic
#: or a complement ("as X railed *against* ...", "as X called *for* ..."), which makes "as" a time.
_CIRCUMSTANCE_PREPS = frozenset({"in", "at", "during", "to", "after", "before", "from", "via", "through"})
#: Marks that may close quoted words (the text's quotation marks are straightened).
_CLOSING_QUOTES = frozenset({'"', "''", "\u201d"})

#: Entity types of a circumstance of speaking ("said at the rally in Ohio", "said last week").
_CIRCUMSTANCE_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "ORG", "PERSON"})

#: Dependents of a cue that name its audience ("told *reporters*, "..."").
_AUDIENCE_DEPS = frozenset({"dobj", "dative", "npadvmod"})

#: Verbs that continue the statement they follow ("said X, *adding* that Y" is one statement).
_CONTINUING_VERBS = frozenset({"add"})

#: Verbs whose object is the audience, never part of what was said ("told reporters, "..."").

#: Entity types of a subject that names someone: a narrated clause of its own ('..., and *Amnesty* called').
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def with_fragments(reader: Reader, cand: Candidate, quote: Quote, after: Quote | None) -> tuple[int, int]:
    """A quote before its cue with the words that join it to its sentence.

    '"I admire the design" of the plan, X said' keeps "of the plan"; 'But "the
    real issue," X said, "is ..."' keeps "But". The content is the stretch of
    text from the first to the last of them, quote marks included.
    """
    assert cand.content is not None
    start, end = cand.content
    tail = quote_tail(reader.doc, cand.anchor, quote)
    if tail is not None:
        end = tail.idx + len(tail)
    lead = quote_lead(reader.doc, cand.anchor, quote, after)
    if lead is not None:
        start = lead.idx
    return start, end


def named_object(reader: Reader, cue: Token, quote: Quote) -> Token | None:
    """The object a naming cue predicates its quote of: "called *the plan* "a disaster"".

    The object comes right before the quote ("described the plan as "a
    gift"", "dubbed the tower "the eyesore"") or holds it; an audience ("told
    reporters, "..."") is no such object.
    """
    if lemma_of(cue) in cue_lexicon().audience_verbs:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.left_edge.idx >= quote.start or reader.in_quote(obj.left_edge) is not None:
        return None
    right = obj.right_edge
    obj_end = right.idx + len(right)
    if obj_end >= quote.start:
        return obj  # the quote is inside the object
    gap = reader.text[obj_end : quote.start].strip(" \t\n\"'").lower()
    return obj if gap in {"", "as"} else None


def connective(reader: Reader, cue: Token, quote: Quote) -> Token | None:
    """A phrase between a cue and its quote that joins the words to what came before.

    'X said on the other hand, "..."', 'X said by contrast, "..."': a
    prepositional phrase of the cue, set off by a comma before the quote, that
    is no circumstance of the speaking (time, place, medium, audience: "said
    in a statement", "said on Tuesday", "told reporters at the rally").
    """
    for child in cue.rights:
        if child.idx >= quote.start:
            break
        if child.dep_ != "prep" or circumstance(child) or reader.attribution_prep(child):
            continue
        right = child.right_edge
        gap = reader.text[right.idx + len(right) : quote.start].strip(" \t\n\"'")
        if gap == "," and not any(t.ent_type_ in _CIRCUMSTANCE_ENTS for t in child.subtree):
            return child
    return None


def lead_in(reader: Reader, cand: Candidate, quote: Quote) -> tuple[int, int] | None:
    """The words before an inserted attribution that belong to the quote after it.

    'The new bridge, Ruiz said, "is a disaster"' (the quote has no subject:
    the lead-in is it), 'There was, she said, "an implicit bargain"' (the
    quote completes the lead-in's clause). A frame of the speaking ("In a
    statement, X said, "..."") and a connective ("Instead, he said, ...") are
    neither. When the parse took the lead-in's name for the
    speaker and the inserted words for its apposition ('Ana Ruiz, an aide
    said, "is confident"'), the apposition becomes the speaker.

    Returns:
        Cleaned offsets of the lead-in, or None.
    """
    cue, spk, doc = cand.cue, cand.speaker_tok, reader.doc
    if spk is None or spk.i >= cue.i:
        return None
    # the cue (with its audience: "told reporters") and a comma before the quote
    said = max((c.right_edge for c in cue.rights if c.dep_ in _AUDIENCE_DEPS and c.idx < quote.start), default=cue)
    if reader.text[said.idx + len(said) : quote.start].strip(" \t\n\"'") != ",":
        return None
    inner = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    words = [t for t in inner if not t.is_punct] if inner is not None else []
    if not words:
        return None
    first = words[0]
    verb = first.head if first.dep_ in {"aux", "auxpass"} else first
    subjectless = first.tag_ in FINITE_TAGS and not any(
        c.dep_ in SUBJECTS and c.idx >= quote.start for c in verb.children
    )
    speaker = spk
    if subjectless and spk.left_edge.i == spk.sent.start:
        # 'Ana Ruiz, an aide said, "is ..."': the apposition before the cue speaks
        speaker = next((c for c in spk.children if c.dep_ == "appos" and c.right_edge.i == cue.i - 1), spk)
    comma = speaker.left_edge.i - 1
    start = speaker.sent.start
    if comma <= start or doc[comma].text != ",":
        return None
    lead = doc[start:comma]
    if any(t.text in {'"', "''", "``"} for t in lead):
        return None
    lead_words = [t for t in lead if not t.is_punct]
    heads_in_lead = any(start <= t.head.i < comma and t.head.pos_ in {"VERB", "AUX"} for t in words)
    nominal = any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in lead_words)
    if not ((subjectless and nominal) or heads_in_lead):
        return None  # "Instead, he said, ...": a connective of the writer's, or a frame
    cand.speaker_tok = speaker
    return lead_words[0].idx, lead_words[-1].idx + len(lead_words[-1])


def complement_end(cue: Token, quote: Quote) -> int:
    """The end of the cue's dependent that holds the quote ("called X "a disaster" *for the poor*")."""
    end = quote.end
    for child in cue.rights:
        left, right = child.left_edge, child.right_edge
        if left.idx <= quote.start < right.idx + len(right):
            end = max(end, right.idx + len(right))
    return end


def predicated_object(cue: Token) -> tuple[Token, Token] | None:
    """A direct object and the complement that names it: "called *the plan* *a costly mess*"."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:
        return None
    complement = next((c for c in cue.children if c.dep_ == "oprd" and c.i > obj.i), None)
    return (obj, complement) if complement is not None else None


def clause_as_object(cue: Token) -> Token | None:
    """The object of a reporting verb that holds a finite verb: a clause the parse misread.

    "said many of the examples critics cite failed to note ..." parses
    "many" as the object of "said"; a report verb ("say", "state") takes a
    clause, so an object with a finite verb below it is the clause's subject.
    """
    if lemma_of(cue) in cue_lexicon().audience_verbs:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.right_edge.i - obj.left_edge.i < 3:
        return None
    for tok in obj.subtree:
        if tok.tag_ in FINITE_TAGS and tok.i != obj.i and tok.dep_ in _PREDICATE_DEPS:
            return obj  # a predicate, not a relative clause ("said a prayer for those who were lost")
    return None


def stray_subject(cue: Token, clause: Token) -> Token | None:
    """The subject of a reported clause that the parse hung from the cue as its object.

    "insisted Berg had found ...": "Berg" parsed as the object of
    "insisted" and "had found" as a clause without a subject; a dash or a
    comma may close the subject ("said parents of every kind - single or
    married - would qualify"). An audience ("told reporters ...") is never
    such a subject, but a subject the parse set in apposition to it is
    (:func:`_subject_read_as_audience`). Nor is a phrase the parse made a preposition's unless the
    tagger read its first word as no adposition ("said outside money was").
    """
    if any(c.dep_ in SUBJECTS | {"expl"} for c in clause.children):
        return None
    obj = next((c for c in cue.children if c.dep_ in {"dobj", "dative"} and cue.i < c.i < clause.i), None)
    if lemma_of(cue) in cue_lexicon().audience_verbs:
        objects = [c for c in cue.children if c.dep_ in {"dobj", "dative"} and cue.i < c.i < clause.i]
        if len(objects) > 1 and not any(not t.is_punct or t.is_quote for t in _between(objects[-1], clause)):
            return objects[-1]  # "told the meeting the road network was ...": the audience, then the subject
        return _subject_read_as_audience(obj, clause) if obj is not None else None
    if obj is None:
        # "said outside money was ...": "outside" read as a preposition, though the tagger saw no adposition
        obj = next(
            (c for c in cue.children if c.dep_ == "prep" and c.pos_ != "ADP" and c.i == cue.i + 1 and c.i < clause.i),
            None,
        )
    if obj is None:
        return None
    gap = cue.doc[obj.right_edge.i + 1 : clause.left_edge.i]
    if any(not t.is_punct or t.is_quote for t in gap):
        return None
    return obj


def _between(phrase: Token, clause: Token) -> Span:
    """The tokens between a phrase's last word and the first word of the clause after it."""
    return phrase.doc[phrase.right_edge.i + 1 : clause.left_edge.i]


def _subject_read_as_audience(audience: Token, clause: Token) -> Token | None:
    """A reported clause's subject the parse set in apposition to the audience, with no comma between.

    "told the Daily Mirror her son was taken away": "her son" hangs from
    "Mirror", and "was taken" has no subject. An apposition set off by a
    comma is the audience's ("told Reuters, the news agency, ...").
    """
    for appos in (c for c in audience.children if c.dep_ == "appos" and c.i > audience.i):
        adjacent = appos.right_edge.i + 1 == clause.left_edge.i
        if adjacent and not any(t.is_punct for t in audience.doc[audience.i : appos.left_edge.i]):
            return appos
    return None


def free_relative_predicate(cue: Token, clause: Token) -> Token | None:
    """What "what X said was ..." says: the predicate of the clause whose subject is the free relative "what".

    "handed over what it said were forged invoices": the ministry said they
    were forged invoices, so "forged invoices" is the content, not "were ...".
    """
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if subjects:
        if not any(c.lower_ == "what" and c.i < cue.i for c in subjects):
            return None
    else:
        # the parse may hang "what" from the cue or from the verb before: "released what she said was ..."
        left = cue.left_edge.i
        before = cue.doc[left - 1] if left > 0 else None
        if cue.doc[left].lower_ != "what" and (before is None or before.lower_ != "what"):
            return None
    return next((c for c in clause.children if c.dep_ in {"attr", "acomp", "oprd"} and c.i > clause.i), None)


def quote_before(reader: Reader, cue: Token, start: int) -> int:
    """The start of a reported clause, moved back over a quote that opens between the cue and it.

    'saying "on her worst day" she would be "a better president"': the
    quoted phrase the parse hangs from the cue opens what was said.
    """
    after_cue = cue.idx + len(cue)
    first = bisect.bisect_left(reader.quotes, after_cue, key=lambda q: q.start)
    for q in reader.quotes[first:]:
        mark = opening(reader.text, q)
        if mark >= start:
            break
        if mark >= after_cue and not reader.text[after_cue:mark].strip(" ,:\t\n"):
            return mark
    return start


def end_of(token: Token) -> int:
    """The cleaned offset after the last word of ``token``'s subtree."""
    right = token.right_edge
    return right.idx + len(right)


def inner_participle(reader: Reader, clause: Token) -> Token | None:
    """A speech verb the parse hangs inside a reported clause that says something of its own.

    'said the fleet must choose, *saying*, "..."', 'said he welcomed X and
    *added*, "..."': a participle, or a finite verb without a subject of its
    own conjoined to the speaker's "he", introduces the speaker's own words
    (a statement of the same speaker); the outer clause ends before it. So
    does a participle with a clause of its own ("..., saying that ..."),
    except a continuation ("..., adding that ..." stays in the clause: one
    statement).
    """
    for tok in clause.subtree:
        if (
            tok.i > clause.i
            and ((tok.tag_ == "VBG" and tok.dep_ == "advcl") or speaker_goes_on(tok))
            and cue_group(tok) is not None
            and not any(c.dep_ in SUBJECTS for c in tok.children)
            and (_opens_quote(reader, tok) or lemma_of(tok) not in _CONTINUING_VERBS)
            and any(c.dep_ in {"ccomp", "punct"} or (c.dep_ == "xcomp" and _has_object(tok)) for c in tok.rights)
        ):
            return tok
    return None


def matrix_conjunct(clause: Token) -> Token | None:
    """A verb conjoined to the reported clause that cannot share its modal: the speaker's next act.

    'wrote that the map "cannot be squared with the law" *and ordered* the
    legislature to ...': "ordered" goes with "wrote", not with "cannot be
    squared", so what was written ends before it; so does "said he would
    order a review *and warned against* ...". After a personal pronoun only
    a verb of speech ("said she could not support him *but understood* why":
    she goes on), and never after "but".
    """
    subject = own_subject(clause)
    if subject is None:
        return None
    personal = subject.lower_ in PERSON_PRONOUNS | FIRST_PERSON | {"they"}
    for conj in clause.children:
        if conj.i > clause.i and beyond_modal(conj):
            cc = next((c for c in clause.children if c.dep_ == "cc" and c.i < conj.i), None)
            speech = cue_group(conj) is not None
            return conj if cc is not None and cc.lower_ == "and" and (speech or not personal) else None
    return None


def other_saying(clause: Token) -> Token | None:
    """A speech verb with a subject and a complement of its own in a contrasting clause inside a reported clause.

    'said the relationship was strong, *while* Y *said* ...' (or "*praised*
    the funding"): another saying
    beside this one (``contrast_marks``), not part of what was said (the
    reported clause ends before it). A saying the clause reports ("said Y
    had told him ...") or a time clause ("until Y said ...") stays in it.
    """
    marks = cue_lexicon().contrast_marks
    for tok in clause.subtree:
        if (
            tok.i > clause.i
            and tok.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)
            and cue_group(tok) is not None
            and any(c.dep_ in SUBJECTS and c.i < tok.i for c in tok.children)
            and any(c.dep_ in {"ccomp", "dobj", "xcomp"} and c.i > tok.i for c in tok.children)
        ):
            return tok
    return None


def attribution_after_object(cue: Token, clause: Token) -> bool:
    """A closing attribution the parse hung as a second complement after the cue's own object.

    "Kenya condemns the shelling of the post, the ministry said": "said"
    hangs on "condemns" beside its object "the shelling"; a speech verb
    whose subject opens right after a comma that follows the cue's object,
    with nothing said after it, is another attribution, not what the cue
    reported ("said that by Friday, only two had responded" has no object).
    """
    if clause.i < cue.i or lemma_of(cue) in cue_lexicon().audience_verbs:
        return False  # ("told reporters, Hamas had not responded": the object is the audience)
    subjects = _closing_subjects(clause)
    if subjects is None or len(subjects) != 1:
        return False
    if not all(circumstance_of_saying(c) for c in clause.children if c.dep_ == "prep" and c.i > clause.i):
        return False  # "..., Moscow had not responded to the offer": more than where and when it was said
    comma = _comma_before(subjects[0])
    return comma is not None and any(c.dep_ in {"dobj", "obj"} and cue.i < c.i < comma.i for c in cue.children)


def _closing_subjects(clause: Token) -> list[Token] | None:
    """The subjects before a speech verb that says nothing after it (no clause or object): "..., the ministry said".

    None when the clause is no speech verb or says something after it.
    """
    if cue_group(clause) is None or any(c.dep_ in _SAID_AFTER and c.i > clause.i for c in clause.children):
        return None
    return [c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i]


def _comma_before(phrase_head: Token) -> Token | None:
    """The comma right before a phrase ("..., *the ministry* said"), if any."""
    start = phrase_head.left_edge.i
    before = phrase_head.doc[start - 1] if start > 0 else None
    return before if before is not None and before.text == "," else None


def circumstance_of_saying(prep: Token) -> bool:
    """Where or when something was said: "in a statement", "on Sunday" (``occasion_nouns``, a date)."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    nouns = cue_lexicon().occasion_nouns
    return bool(objects) and all(o.ent_type_ in TIME_LABELS or o.lemma_.lower() in nouns for o in objects)


#: Dependencies of what a speech verb says after it ("said *that ...*", "said *it*").
_SAID_AFTER = frozenset({"ccomp", "xcomp", "dobj", "obj", "parataxis"})


def semicolon_saying(clause: Token) -> Token | None:
    """The semicolon before another speaker's saying that the parse made the reported clause.

    "Police said about 6,000 people took part; the union said 15,000": the
    parse hangs "took part" from the union's "said", which it makes what
    the police said. A speech verb with a subject of its own after a
    semicolon it governs begins another saying: the reported clause ends
    at the semicolon.
    """
    if cue_group(clause) is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
    if subject is None:
        return None
    return next((c for c in clause.children if c.text == ";" and c.i < subject.left_edge.i), None)


def closing_saying(clause: Token) -> Token | None:
    """The comma before a closing attribution that the parse made the reported clause.

    "Malaysia condemns the attack on the embassy, the foreign ministry said
    on Tuesday": the parse may hang "said" from "condemns" as what was
    condemned, with "the attack" for one of its two subjects. A speech verb
    with two subjects, the last opening right after a comma, and nothing
    said after it (no clause or object of its own) is another attribution
    that closes what the first cue took: it ends at that comma. One
    subject after a fronted phrase is the clause's own ("said that by
    Friday, only two governors had responded").
    """
    subjects = _closing_subjects(clause)
    if subjects is None or len(subjects) < 2:
        return None
    comma = _comma_before(subjects[-1])
    return comma if comma is not None and comma.i > clause.head.i else None


def narrated_conjunct(clause: Token) -> Token | None:
    """A clause of the narrator's conjoined to a reported clause: '..., and *Amnesty International called* for ...'.

    'said at least 13 people had been shot dead, and Amnesty International
    called for an inquiry': a verb in the simple past with a name of its own
    for subject, after a comma and "and" or a conjunction of narration
    (``narration_conjunctions``: "but", "yet"), beside a reported clause
    backshifted under "had" or a modal, is no part of what was said (a
    reported past would be backshifted too).
    """
    if not any(c.dep_ in {"aux", "auxpass"} and (c.tag_ == "MD" or c.lower_ == "had") for c in clause.children):
        return None
    doc = clause.doc
    joining = {"and"} | cue_lexicon().narration_conjunctions  # "and", "but", "yet"
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.tag_ != "VBD":
            continue
        subject = next((c for c in conj.children if c.dep_ in SUBJECTS and c.i < conj.i), None)
        if subject is None or not (subject.ent_type_ in _NAMED_ENTS or subject.pos_ == "PROPN"):
            continue
        cc = next((c for c in clause.children if c.dep_ == "cc" and c.i < subject.i), None)
        if cc is not None and cc.lower_ in joining and cc.i > 0 and doc[cc.i - 1].text == ",":
            return conj
    return None


def withheld_detail(cue: Token, clause: Token) -> Token | None:
    """The reporter's note after a reported clause that the speaker backed it with nothing.

    "said the ship was damaged, *though he gave no evidence*", "... *but did
    not elaborate*", "..., *without providing details*" (``withheld_details``):
    a negated verb of giving with a noun of detail or evidence, or a bare verb
    of elaborating, joined to the reported clause or to the cue, after the
    clause, with no subject or a pronoun for one. Joined to the reported
    clause, the note is the reporter's only when that clause's subject is a
    thing that gives nothing ("the vessel was damaged, but did not
    elaborate"): "said the bank had fired her, without giving any reason"
    and "said the council had cut the budget and gave no explanation" are
    what the speaker said of the bank and the council. A "without" phrase of the
    reported clause is the note only after a comma: "said police detained
    him without giving a reason" tells how they did it. Returns the first
    word of the note (its comma or conjunction included), where what was
    said ends.
    """
    lexicon = cue_lexicon().withheld_details
    verbs, nouns, bare = (lexicon.get(k, frozenset()) for k in ("verbs", "nouns", "bare"))
    for head in (clause, cue) if _mute_subject(clause) else (cue,):
        for dep in head.children:
            if dep.i <= clause.i:
                continue
            if dep.dep_ == "prep" and dep.lower_ == "without":
                if head is clause and dep.nbor(-1).text != ",":
                    continue  # "said police detained him without giving a reason": how they did it, said
                verb = next((g for g in dep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                negated = True
            elif dep.dep_ in {"conj", "advcl"} and dep.pos_ in {"VERB", "AUX"}:
                verb, negated = dep, any(c.dep_ == "neg" for c in dep.children)
            else:
                continue
            if verb is None or any(c.dep_ in SUBJECTS and c.pos_ != "PRON" for c in verb.children):
                continue
            objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
            denied = negated or any(d.dep_ == "det" and d.lower_ == "no" for o in objects for d in o.children)
            lemma = verb.lemma_.lower()
            told = (lemma in verbs and any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in objects)) or (
                lemma in bare and not objects
            )
            if denied and told:
                first = dep.left_edge
                while first.i > clause.i + 1 and first.nbor(-1).dep_ in {"cc", "punct"} and first.nbor(-1).text != '"':
                    first = first.nbor(-1)
                return first
    return None


def _mute_subject(clause: Token) -> bool:
    """The reported clause's subject is a thing: a common noun naming no person, body or entity ("the vessel")."""
    subject = own_subject(clause)
    return subject is not None and is_thing_noun(subject)


def _has_object(verb: Token) -> bool:
    """True when ``verb`` has a direct object after it ("warned the council to ...")."""
    return any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def _opens_quote(reader: Reader, verb: Token) -> bool:
    """True when a quote opens right after a verb (past commas and colons)."""
    text = reader.text
    at = verb.idx + len(verb)
    while at < len(text) and text[at] in " ,:\t":
        at += 1
    width = 1 if text.startswith('"', at) else 2 if text.startswith("''", at) else 0
    return width > 0 and any(q.start == at + width for q in reader.quotes)


def speaker_goes_on(verb: Token) -> bool:
    """A finite verb conjoined to a clause whose subject is a pronoun: "said *he* welcomed X and *added*"."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return False
    head = verb.head
    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    if subject.lower_ in PERSON_PRONOUNS | {"i", "we", "they", "it"}:
        return True
    return beyond_modal(verb)


def introduced(reader: Reader, cue: Token, quote: Quote) -> bool:
    """True when another cue introduces ``quote`` right before its opening mark ("..., saying, "..."")."""
    span = reader.doc.char_span(max(0, quote.start - 40), quote.start, alignment_mode="expand")
    if span is None:
        return False
    for tok in reversed(span):
        if tok.idx >= quote.start or tok.is_punct or tok.is_space:
            continue
        return tok.i != cue.i and cue_group(tok) is not None
    return False


def elliptical(clause: Token) -> bool:
    """A clause of a subject and an auxiliary alone ("she would", "he did"): it repeats what was said elsewhere.

    "be" with an adverb of state ("revenue was up", "the deal is on") is a
    clause of its own.
    """
    if clause.tag_ not in {"MD", "VBD", "VBZ", "VBP"} or clause.lemma_.lower() not in _AUXILIARIES:
        return False
    states = cue_lexicon().state_adverbs
    return all(
        c.dep_ in SUBJECTS | {"aux", "neg", "punct"} or (c.dep_ == "advmod" and c.lower_ not in states)
        for c in clause.children
    )


def as_clause(cue: Token) -> bool:
    """An attribution by "as": "As X put it, Y", "Y, as X noted, ...".

    The cue has no complement of its own (the "as" stands for what was said;
    "it" may too) and no topic ("as X commented on the bill" is a time).
    """
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return False
    if not any(c.dep_ in SUBJECTS for c in cue.children):
        return False  # "failed as predicted"
    right = cue.right_edge
    if not right.is_punct and (right.i + 1 >= len(cue.doc) or not cue.doc[right.i + 1].is_punct):
        return False  # the phrase is set off by a comma: "As he welcomed guests Scott ..." is a time
    for child in cue.children:
        if child.dep_ in {"ccomp", "xcomp", "oprd", "attr", "advcl"}:
            return False
        audience = lemma_of(cue) in cue_lexicon().audience_verbs
        if child.dep_ in {"dobj", "dative"} and child.lower_ != "it" and not audience:
            return False  # "as he told reporters" names an audience, "as he welcomed the guests" an act
        if child.dep_ == "prep" and not circumstance(child):
            return False
    return True


def circumstance(prep: Token) -> bool:
    """A prepositional phrase of place, time or medium ("in a statement", "at the rally", "on Tuesday")."""
    word = prep.lower_
    if word in _CIRCUMSTANCE_PREPS:
        return True
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return word == "on" and pobj is not None and pobj.ent_type_ in TIME_LABELS


def trailing_occasion(clause: Token) -> Token | None:
    """The occasion of saying the parse hung on the reported clause after its closing quote.

    'insisted that the recall was "a temporary consultation," at a tense
    briefing in the capital': a circumstance phrase whose noun is a speaking
    occasion (``occasion_nouns``), right after a quotation mark that closes
    the words, tells where they were said; the content ends before it.
    """
    occasions = cue_lexicon().occasion_nouns
    for child in clause.children:
        if child.dep_ != "prep" or child.i < clause.i or not circumstance(child):
            continue
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in occasions:
            continue
        before = child.left_edge.i - 1
        comma_after = clause.doc[before].text == ","
        while before > clause.i and clause.doc[before].text == ",":
            before -= 1
        # the quoted words end there: a comma inside or after the mark ('a rupture," at', not '"three times" during')
        closed = comma_after or (before > 0 and clause.doc[before - 1].text in {",", "."})
        if clause.doc[before].text in _CLOSING_QUOTES and closed:
            return child
    return None


def misplaced_circumstance(cue: Token, clause: Token) -> Token | None:
    """A time or medium phrase right after the cue that the parse hung on the reported clause.

    "said on Monday it would recall ...", "said Tuesday the talks had
    failed": the phrase dates the saying, and the clause starts at its subject.
    """
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subject is None:
        return None
    for child in clause.children:
        if child.left_edge.i != cue.i + 1 or child.right_edge.i >= subject.left_edge.i:
            continue
        if (child.dep_ == "prep" and circumstance(child)) or (
            child.dep_ == "npadvmod" and child.ent_type_ in TIME_LABELS
        ):
            return child
    return None
