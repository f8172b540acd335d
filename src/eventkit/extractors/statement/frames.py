"""Content frames: what a cue's statement says (a linked quote, a that-clause, an object, a host clause)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.extractors.statement.cues import cue_group, idiom_noun, lemma_of
from eventkit.extractors.statement.quotes import (
    MIN_QUOTE_WORDS,
    Quote,
    quote_close,
    quote_lead,
    quote_tail,
    through_quotes,
)
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.syntax import (
    PERSON_PRONOUNS,
    SUBJECTS,
    first_word,
    is_named,
    is_to_infinitive,
    subject_of,
    subtree_range,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Later dependents of a cue that continue its content ("said X, because Y"; "cited X as Y").
_CONTINUING_DEPS = frozenset({"ccomp", "advcl", "conj", "prep", "npadvmod", "advmod", "dobj", "xcomp", "oprd", "dep"})

#: Prepositions that open circumstances, not what was said ("admitted under questioning").
_NON_CONTENT_PREPS = frozenset(
    "in on at during with after before since while under amid despite following throughout without".split()
)

#: Prepositions that open what a speech idiom is about ("raised concerns *over* ...").
_IDIOM_PREPS = frozenset({"about", "over", "with", "for", "on", "against", "regarding", "at"})

#: Commissive verbs whose bare object is what is promised ("vowed a crackdown").
_PROMISE_OBJECTS = frozenset({"promise", "pledge", "vow", "propose", "demand"})

#: Report verbs that also direct: "told the crowd to go home", "asked voters to ...".
_DIRECTIVE_REPORTS = frozenset({"tell", "ask"})

#: Tags of finite verbs (a clause, not a noun phrase).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: Dependencies by which the predicate of a misread clause hangs below its subject (not "relcl", "amod").
_PREDICATE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis"})

#: Auxiliaries that stand for an elided verb phrase ("said she *would*").
_AUXILIARIES = frozenset("will would can could shall should may might must do be have".split())

#: Prepositions of the circumstances of speaking ("as X said *in* a statement"); others name a topic
#: or a complement ("as X railed *against* ...", "as X called *for* ..."), which makes "as" a time.
_CIRCUMSTANCE_PREPS = frozenset({"in", "at", "during", "to", "after", "before", "from", "via", "through"})

#: Entity types of a circumstance of speaking ("said at the rally in Ohio", "said last week").
_CIRCUMSTANCE_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "ORG", "PERSON"})

#: Verbs whose object is the audience, never part of what was said ("told reporters, "..."").
_AUDIENCE_VERBS = frozenset({"tell", "assure", "inform", "remind", "warn", "urge", "ask"})

#: Words opening an indirect question: "explained *why* ...", "told how ...", "asked *whether* ...".
#: Verbs whose wh-clause is the question asked ("asked whether ...", "wondered why ...").
_ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire"})
_WH_WORDS = frozenset({"how", "why", "what", "whether", "when", "where", "who", "whom", "which", "if"})


def fill_content(reader: Reader, cand: Candidate) -> None:
    """Fill the content: a linked quote, the that-clause, or the object by verb group.

    A reported clause (or object) that opens a quote runs on to the quote's
    closing mark, however the parse splits the quote ("said he would "crush
    them. We will see."" keeps both sentences).
    """
    _fill(reader, cand)
    if cand.content is not None:
        start = cand.content[0]  # a quote the content starts inside is its own: it ends where it was cut
        cand.content = through_quotes(
            reader.text, reader.quotes, cand.content, lambda q: q.start <= start or _introduced(reader, cand.cue, q)
        )
        q = cand.quote
        if cand.direct and q is not None and cand.content == (_opening(reader.text, q), quote_close(reader.text, q)):
            cand.content = (q.start, q.end)  # a whole quote: its words, without the marks
        reader.claim_within(cand.content)


def _opening(text: str, q: Quote) -> int:
    """The offset of a quote's opening mark."""
    return q.start - 2 if text[max(0, q.start - 2) : q.start] == "''" else q.start - 1


def _fill(reader: Reader, cand: Candidate) -> None:
    cue, anchor = cand.cue, cand.anchor
    before, after = reader.linked_quotes(anchor)
    ccomp = next((c for c in cue.children if c.dep_ in {"ccomp"}), None)
    if ccomp is None and cue.i != anchor.i:
        ccomp = next((c for c in anchor.children if c.dep_ == "ccomp"), None)
    # the clause the quote must hold: a that-clause starting outside it is mixed speech
    for quote in (before, after):
        if quote is None:
            continue
        mixed = ccomp is not None and not quote.contains(first_word(ccomp).idx)
        if mixed and ccomp is not None and (ccomp.i < cue.i) == (quote.end <= cue.idx):
            continue
        span = trim(reader.text, quote.start, quote.end, clause=False)
        if span is None or quote.words(reader.text) < 2:
            continue
        if quote.words(reader.text) < MIN_QUOTE_WORDS and cand.group != "report":
            continue
        cand.content, cand.direct, cand.quote = span, True, quote
        reader.claimed.add(quote.start)
        if quote is before:
            cand.content = _with_fragments(reader, cand, quote, after)
        if quote is after:
            named = _named_object(reader, cue, quote)
            if named is not None:
                # "called the plan "a disaster"": the named thing belongs to what was said
                end = max(quote_close(reader.text, quote), _complement_end(cue, quote))
                cand.content = reader.clause(named.left_edge.idx, _continued(reader, cue, end))
                cand.direct = False
                cand.rule = cand.rule or "statement.x_verb_object.v1"
            else:
                lead = _connective(reader, cue, quote)
                if lead is not None:
                    # 'X said on the other hand, "..."': the connective frames the words
                    cand.content = (lead.left_edge.idx, quote_close(reader.text, quote))
        if quote is before and after is not None:
            # a quote split by its attribution: '"...," X said, "..."'
            rest = trim(reader.text, after.start, after.end, clause=False)
            if rest is not None:
                cand.extra.append(rest)
                reader.claimed.add(after.start)
        cand.rule = cand.rule or _rule_name(reader, cand, quote)
        return
    if as_clause(cue) and _parenthetical(reader, cand):
        return  # "As X put it, Y": the host clause is what was said
    if ccomp is not None and ccomp.i > cue.i:
        if first_word(ccomp).lower_ in _WH_WORDS and lemma_of(cue) not in _ASKING:
            return  # "explained why he left", "told how ...": a topic, not the words (a question is asked)
        if _elliptical(ccomp):
            return  # "as she said she would": the words are elsewhere
        start, end = subtree_range(ccomp, exclude=cue)
        end = _continued(reader, cue, end)
        participle = _inner_participle(ccomp)
        if participle is not None:
            left = participle.left_edge
            if left.i > 0 and left.nbor(-1).dep_ == "cc":
                left = left.nbor(-1)  # "... and added": the conjunction goes with the verb
            end = min(end, left.idx)  # "said X, saying "..."": the participle speaks on its own
        addressee = _addressee(reader, cand) if cand.group == "commissive" else None
        if addressee is not None and addressee.i < ccomp.i:
            # "demanded the mayor resign": who is urged belongs to the content
            start = addressee.left_edge.idx
        cand.content = reader.clause(start, end)
        q = reader.in_quote(ccomp)
        if (
            cand.content is not None
            and q is not None
            and q.start <= cand.content[0] + 1
            and q.end >= cand.content[1] - 1
        ):
            cand.direct, cand.quote = True, q
        reader.claim_within(cand.content)
        cand.rule = cand.rule or (
            "statement.x_told_y_that.v1" if lemma_of(cue) == "tell" else "statement.x_said_that.v1"
        )
        return
    if ccomp is not None and ccomp.i < cue.i:
        # "X is a problem, Y said": the ccomp precedes the cue
        if cue_group(ccomp) is not None and subject_of(ccomp) is not None:
            cand.relay_only = True
            return
        start, end = subtree_range(ccomp, exclude=cue)
        stop = cue.idx
        if cand.speaker_tok is not None and cand.speaker_tok.i < cue.i:
            stop = cand.speaker_tok.left_edge.idx
        cand.content = reader.clause(start, min(end, stop))
        reader.claim_within(cand.content)
        cand.rule = cand.rule or "statement.clause_x_said.v1"
        return
    predicated = _predicated_object(cue) if ccomp is None else None
    if predicated is not None:
        # "called the plan a costly mess", "declared the vote a fraud": the object and what it is called
        obj, complement = predicated
        cand.content = reader.clause(obj.left_edge.idx, _continued(reader, cue, _end_of(complement)))
        cand.rule = cand.rule or "statement.x_verb_object.v1"
        return
    clause = _clause_as_object(cue) if ccomp is None and cand.group == "report" else None
    if clause is not None:
        # "said many of the critics failed to note ...": the parse took the clause's subject for an object
        cand.content = reader.clause(clause.left_edge.idx, _continued(reader, cue, _end_of(clause)))
        reader.claim_within(cand.content)
        cand.rule = cand.rule or "statement.x_said_that.v1"
        return
    if cand.group == "report" and lemma_of(cue) in _DIRECTIVE_REPORTS:
        # "told the crowd to go home": the addressee and the to-infinitive
        addressee = _addressee(reader, cand)
        xcomp = next((c for c in cue.children if c.i > cue.i and is_to_infinitive(c)), None)
        if addressee is not None and xcomp is not None and addressee.i < xcomp.i:
            end = _continued(reader, cue, xcomp.right_edge.idx + len(xcomp.right_edge))
            cand.content = reader.clause(addressee.left_edge.idx, end)
            cand.rule = cand.rule or "statement.x_verb_object.v1"
            return
    noun = idiom_noun(cue)
    if noun is not None and cue.lemma_.lower() not in reader.cues.verb_group:
        # "raised questions about the count": the noun's complement is what was said
        comp = next(
            (
                c
                for c in [*noun.rights, *(c for c in cue.rights if c.i > noun.i)]
                if (c.dep_ == "prep" and c.lower_ in _IDIOM_PREPS) or c.dep_ in {"acl", "ccomp"}
            ),
            None,
        )
        speaker = cand.speaker_tok
        if comp is None or speaker is None or not (is_named(speaker) or speaker.lower_ in PERSON_PRONOUNS):
            return  # "the move raises questions": no one spoke
        head = comp
        if comp.dep_ == "prep":
            head = next((g for g in comp.children if g.dep_ in {"pobj", "pcomp"}), comp)
        end = comp.right_edge.idx + len(comp.right_edge)
        cand.content = reader.clause(head.left_edge.idx, _continued(reader, cue, end))
        cand.rule = cand.rule or "statement.x_verb_object.v1"
        return
    if cand.group in {"object", "commissive"}:
        if cand.group == "commissive":
            # "pledged to ...", "urged X to ...": the to-infinitive carries the content
            # "promised lower taxes": a bare object only for verbs whose object is the promise
            wanted = {"xcomp", "ccomp", "dobj"} if lemma_of(cue) in _PROMISE_OBJECTS else {"xcomp", "ccomp"}
            if not any(c.dep_ in wanted and c.i > cue.i for c in cue.children):
                return
            deps = {"dobj", "xcomp", "ccomp"}
        else:
            deps = {"dobj", "prep", "oprd", "attr", "obj", "xcomp"}
        kids = [
            c
            for c in cue.children
            if c.i > cue.i and c.dep_ in deps and not reader.attribution_prep(c) and c.lower_ not in _NON_CONTENT_PREPS
        ]
        if kids:
            start = kids[0].left_edge.idx
            addressee = _addressee(reader, cand) if cand.group == "commissive" else None
            if addressee is not None and addressee.i < kids[0].i:
                start = addressee.left_edge.idx  # "called on the council to act"
            last = kids[-1].right_edge
            cand.content = reader.clause(start, _continued(reader, cue, last.idx + len(last)))
            cand.rule = cand.rule or "statement.x_verb_object.v1"
            return
    # no content of its own: a parenthetical cue in a clause that is no cue ("X, she said, Y")
    if _parenthetical(reader, cand):
        return
    # or a parenthetical relay (", state media said,")
    if cue.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and cue.head.i != cue.i:
        cand.relay_only = True


def _continued(reader: Reader, cue: Token, end: int) -> int:
    """Extend a content ending at ``end`` over the cue's later dependents that continue it.

    "said she hopes to win, but she knows ...", "cited the remarks as
    examples of ...", "complained about the mic the morning after": the
    parse often hangs the rest of what was said from the cue itself. The
    content stops at a conjoined action of the speaker ("said X and left"),
    at another cue ("..., adding that ...") and at "according to".
    """
    for child in cue.rights:
        stop = child.right_edge.idx + len(child.right_edge)
        if stop <= end or child.is_punct or child.is_space or child.dep_ == "cc":
            continue
        if reader.in_quote(child) is not None and reader.in_quote(cue) is None and child.dep_ not in _CONTINUING_DEPS:
            break
        if child.dep_ not in _CONTINUING_DEPS or reader.attribution_prep(child):
            break
        if child.pos_ in {"VERB", "AUX"} and cue_group(child) is not None:
            break  # "..., adding that ...": a statement of its own
        if child.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in child.children):
            break  # "said X and walked out": the speaker's next action
        end = stop
    return end


def _with_fragments(reader: Reader, cand: Candidate, quote: Quote, after: Quote | None) -> tuple[int, int]:
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


def _named_object(reader: Reader, cue: Token, quote: Quote) -> Token | None:
    """The object a naming cue predicates its quote of: "called *the plan* "a disaster"".

    The object comes right before the quote ("described the plan as "a
    gift"", "dubbed the tower "the eyesore"") or holds it; an audience ("told
    reporters, "..."") is no such object.
    """
    if lemma_of(cue) in _AUDIENCE_VERBS:
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


def _connective(reader: Reader, cue: Token, quote: Quote) -> Token | None:
    """A phrase between a cue and its quote that joins the words to what came before.

    'X said on the other hand, "..."', 'X said by contrast, "..."': a
    prepositional phrase of the cue, set off by a comma before the quote, that
    is no circumstance of the speaking (time, place, medium, audience: "said
    in a statement", "said on Tuesday", "told reporters at the rally").
    """
    for child in cue.rights:
        if child.idx >= quote.start:
            break
        if child.dep_ != "prep" or _circumstance(child) or reader.attribution_prep(child):
            continue
        right = child.right_edge
        gap = reader.text[right.idx + len(right) : quote.start].strip(" \t\n\"'")
        if gap == "," and not any(t.ent_type_ in _CIRCUMSTANCE_ENTS for t in child.subtree):
            return child
    return None


def _complement_end(cue: Token, quote: Quote) -> int:
    """The end of the cue's dependent that holds the quote ("called X "a disaster" *for the poor*")."""
    end = quote.end
    for child in cue.rights:
        left, right = child.left_edge, child.right_edge
        if left.idx <= quote.start < right.idx + len(right):
            end = max(end, right.idx + len(right))
    return end


def _addressee(reader: Reader, cand: Candidate) -> Token | None:
    """Who a directive is addressed to: "urged *the council* to", "called on *X* to"."""
    cue = cand.cue
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ in {"dobj", "dative"}:
            return child
        if child.dep_ in {"prep", "prt"} and (lemma_of(cue), child.lower_) in reader.cues.phrasal:
            # "called on the council to ...": "on" parsed as a preposition or a particle
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _predicated_object(cue: Token) -> tuple[Token, Token] | None:
    """A direct object and the complement that names it: "called *the plan* *a costly mess*"."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:
        return None
    complement = next((c for c in cue.children if c.dep_ == "oprd" and c.i > obj.i), None)
    return (obj, complement) if complement is not None else None


def _clause_as_object(cue: Token) -> Token | None:
    """The object of a reporting verb that holds a finite verb: a clause the parse misread.

    "said many of the examples critics cite failed to note ..." parses
    "many" as the object of "said"; a report verb ("say", "state") takes a
    clause, so an object with a finite verb below it is the clause's subject.
    """
    if lemma_of(cue) in _AUDIENCE_VERBS:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.right_edge.i - obj.left_edge.i < 3:
        return None
    for tok in obj.subtree:
        if tok.tag_ in _FINITE_TAGS and tok.i != obj.i and tok.dep_ in _PREDICATE_DEPS:
            return obj  # a predicate, not a relative clause ("said a prayer for those who were lost")
    return None


def _end_of(token: Token) -> int:
    """The cleaned offset after the last word of ``token``'s subtree."""
    right = token.right_edge
    return right.idx + len(right)


def _inner_participle(clause: Token) -> Token | None:
    """A speech verb the parse hangs inside a reported clause ("said X would go, *adding* that ...").

    A participle, or a finite verb without a subject of its own conjoined to
    the speaker's "he" ("said he would go and *added*, "..."") reports words of its own (a statement of the
    same speaker), as it does when it hangs from the cue; the outer clause
    ends before it.
    """
    for tok in clause.subtree:
        if (
            tok.i > clause.i
            and ((tok.tag_ == "VBG" and tok.dep_ == "advcl") or _speaker_goes_on(tok))
            and cue_group(tok) is not None
            and not any(c.dep_ in SUBJECTS for c in tok.children)
            and any(c.dep_ in {"ccomp", "punct"} for c in tok.rights)
        ):
            return tok
    return None


def _speaker_goes_on(verb: Token) -> bool:
    """A finite verb conjoined to a clause whose subject is a pronoun: "said *he* welcomed X and *added*"."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS:
        return False
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    return subject is not None and subject.lower_ in PERSON_PRONOUNS | {"i", "we", "they"}


def _introduced(reader: Reader, cue: Token, quote: Quote) -> bool:
    """True when another cue introduces ``quote`` right before its opening mark ("..., saying, "..."")."""
    span = reader.doc.char_span(max(0, quote.start - 40), quote.start, alignment_mode="expand")
    if span is None:
        return False
    for tok in reversed(span):
        if tok.idx >= quote.start or tok.is_punct or tok.is_space:
            continue
        return tok.i != cue.i and cue_group(tok) is not None
    return False


def _elliptical(clause: Token) -> bool:
    """A clause of a subject and an auxiliary alone ("she would", "he did"): it repeats what was said elsewhere."""
    if clause.tag_ not in {"MD", "VBD", "VBZ", "VBP"} or clause.lemma_.lower() not in _AUXILIARIES:
        return False
    return all(c.dep_ in SUBJECTS | {"aux", "neg", "punct", "advmod"} for c in clause.children)


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
        if child.dep_ in {"dobj", "dative"} and child.lower_ != "it" and lemma_of(cue) not in _AUDIENCE_VERBS:
            return False  # "as he told reporters" names an audience, "as he welcomed the guests" an act
        if child.dep_ == "prep" and not _circumstance(child):
            return False
    return True


def _circumstance(prep: Token) -> bool:
    """A prepositional phrase of place, time or medium ("in a statement", "at the rally", "on Tuesday")."""
    word = prep.lower_
    if word in _CIRCUMSTANCE_PREPS:
        return True
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return word == "on" and pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}


def _parenthetical(reader: Reader, cand: Candidate) -> bool:
    """'The economy, the minister said, will recover': the host clause is the content.

    So is the host of an "as" clause: "As the minister put it, the economy
    will recover" (the clause after the cue's phrase).
    """
    cue = cand.cue
    head = cue.head
    if (
        (cue.dep_ != "parataxis" and not as_clause(cue))
        or head.i == cue.i
        or head.pos_ not in {"VERB", "AUX"}
        or cue_group(head) is not None
        or reader.in_quote(head) is not None
    ):
        return False
    right = head.right_edge
    end = right.idx + len(right)
    after_cue = cue.right_edge.idx + len(cue.right_edge)
    start = head.left_edge.idx
    if start < cue.left_edge.idx:
        # the clause around the cue: "During the war, X said, the economy grew"
        cand.content = reader.clause(start, cue.left_edge.idx)
        rest = reader.clause(after_cue, end)
        if cand.content is not None and rest is not None:
            cand.extra.append(rest)
    elif start == cue.left_edge.idx and as_clause(cue):
        cand.content = reader.clause(after_cue, end)  # "As X noted, Y"
    else:
        cand.content = reader.clause(start, end)
    if cand.content is None:
        return False
    reader.claim_within((cand.content[0], end))
    cand.rule = cand.rule or "statement.clause_x_said.v1"
    return True


def _rule_name(reader: Reader, cand: Candidate, quote: Quote) -> str:
    if cand.rule:
        return cand.rule
    subj = cand.speaker_tok
    if quote.end <= cand.anchor.idx:
        if subj is not None and subj.i > cand.cue.i:
            return "statement.quote_said_x.v1"
        return "statement.quote_x_said.v1"
    return "statement.x_said_quote.v1"
