"""Content frames: what a cue's statement says (a linked quote, a that-clause, an object, a host clause)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.extractors.context import TIME_LABELS
from eventkit.extractors.eventhood import is_abstract
from eventkit.extractors.modality import modality_words, time_adjunct_preps
from eventkit.extractors.statement.cues import cue_group, cue_lexicon, declared_noun, idiom_noun, lemma_of
from eventkit.extractors.statement.extent import (
    as_clause,
    attribution_after_object,
    circumstance_of_saying,
    clause_as_object,
    closing_saying,
    complement_end,
    connective,
    elliptical,
    end_of,
    free_relative_predicate,
    inner_participle,
    introduced,
    lead_in,
    matrix_conjunct,
    misplaced_circumstance,
    named_object,
    narrated_conjunct,
    other_saying,
    predicated_object,
    quote_before,
    semicolon_saying,
    stray_subject,
    trailing_occasion,
    with_fragments,
    withheld_detail,
)
from eventkit.extractors.statement.quotes import (
    MIN_QUOTE_WORDS,
    Quote,
    opening,
    quote_close,
    through_quotes,
)
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.syntax import (
    FINITE_TAGS,
    PERSON_PRONOUNS,
    PHRASE_TAGS,
    SUBJECTS,
    acts_on_place,
    coordinated_relative,
    first_word,
    inserted_speaker,
    is_amount,
    is_named,
    is_to_infinitive,
    own_subject,
    relative_gap,
    subject_of,
    subtree_range,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A cue's complements: with one of them, no other clause is what was said.
_OBJECT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj"})
#: Prepositions of the time, medium or occasion of speaking ("said *in* a statement that ...").
_SETTING_PREPS = frozenset({"in", "on", "at", "during", "via", "through", "over"})
#: Prepositions of where or when an idiom's speech took place ("raised objections *at* a meeting"); "about"
#: and "over" open its topic ("concerns *over* the debate").
_OCCASION_PREPS = frozenset({"in", "on", "at", "during"})
#: Later dependents of a cue that continue its content ("said X, because Y"; "cited X as Y").
_CONTINUING_DEPS = frozenset({"ccomp", "advcl", "conj", "prep", "npadvmod", "advmod", "dobj", "xcomp", "oprd", "dep"})

#: Entity labels of a name that says where or for whom, not what ("reports for *CBC News* from *Warsaw*").
_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP"})
#: Prepositions that open circumstances, not what was said ("admitted under questioning").
_NON_CONTENT_PREPS = frozenset(
    "in on at during with after before since while under amid despite following throughout without "
    "into onto toward towards through across by via".split()  # "slammed into Vietnam", "spoke by phone": a way
)

#: Prepositions that open what a speech idiom is about ("raised concerns *over* ...").
_IDIOM_PREPS = frozenset({"about", "over", "with", "for", "on", "against", "regarding", "at"})

#: Commissive verbs whose bare object is what is promised ("vowed a crackdown").
#: Parts of speech a clause's subject opens with ("*Ana Ruiz* will appeal", "*The* court ...").
_SUBJECT_OPENERS = frozenset({"PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ"})
#: Question-word tags: "What matters, she said, is ..." opens no subject of a clause of its own.
_WH_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})

_PROMISE_OBJECTS = frozenset({"promise", "pledge", "vow", "propose", "demand"})

#: Report verbs that also direct: "told the crowd to go home", "asked voters to ...".
_DIRECTIVE_REPORTS = frozenset({"tell", "ask"})

#: Words opening an indirect question: "explained *why* ...", "told how ...", "asked *whether* ...".
#: Verbs whose wh-clause is the question asked ("asked whether ...", "wondered why ...").
_ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire"})
_WH_WORDS = frozenset({"how", "why", "what", "whether", "when", "where", "who", "whom", "which", "if"})
#: Prepositions inside a speaker's phrase ("a statement *from* X", "a spokesman *for* X").
_PHRASE_PREPOSITIONS = frozenset({"of", "from", "for", "at"})


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
            reader.text, reader.quotes, cand.content, lambda q: q.start <= start or introduced(reader, cand.cue, q)
        )
        q = cand.quote
        if cand.direct and q is not None and cand.content == (opening(reader.text, q), quote_close(reader.text, q)):
            cand.content = (q.start, q.end)  # a whole quote: its words, without the marks
        reader.claim_within(cand.content)


def _fill(reader: Reader, cand: Candidate) -> None:
    cue, anchor = cand.cue, cand.anchor
    before, after = reader.linked_quotes(anchor)
    ccomps = [
        c
        for c in cue.children
        if c.dep_ == "ccomp" and not _relative_of_object(cue, c) and not attribution_after_object(cue, c)
    ]
    if any(c.i < cue.i for c in ccomps):
        # "The toll rose to 31, the agency said, as aid reached the villages": a clause opened by
        # a subordinator of time or cause after the cue tells when it was said, not what
        ccomps = [c for c in ccomps if c.i < cue.i or not (_circumstance(c) or _share_of_before(c))]
    # "Writing for the panel, X noted that Y": a fronted clause is taken for a second complement
    ccomp = next((c for c in ccomps if c.i > cue.i), ccomps[0] if ccomps else None)
    if ccomp is None and cue.i != anchor.i:
        ccomp = next((c for c in anchor.children if c.dep_ == "ccomp"), None)
    if ccomp is None:
        ccomp = that_clause(cue)
    # the clause the quote must hold: a that-clause starting outside it is mixed speech
    for quote in (before, after):
        if quote is None:
            continue
        mixed = ccomp is not None and not quote.contains(first_word(ccomp).idx)
        if mixed and ccomp is not None and (ccomp.i < cue.i) == (quote.end <= cue.idx):
            continue
        if quote is before and _quoted_in_host(reader, cue, quote):
            continue  # 'The offer was "fair," she said, and ...': the host clause quotes; it is what was said
        span = trim(reader.text, quote.start, quote.end, clause=False)
        if span is None or quote.words(reader.text) < 2:
            continue
        if quote.words(reader.text) < MIN_QUOTE_WORDS and cand.group != "report":
            continue
        if reader.is_title(quote):
            continue  # 'In her book, "The Long Harbour Years," she argued ...': a title
        cand.content, cand.direct, cand.quote = span, True, quote
        reader.claimed.add(quote.start)
        if quote is before:
            cand.content = with_fragments(reader, cand, quote, after)
        if quote is after:
            named = named_object(reader, cue, quote)
            if named is not None:
                # "called the plan "a disaster"": the named thing belongs to what was said
                end = max(quote_close(reader.text, quote), complement_end(cue, quote))
                cand.content = reader.clause(named.left_edge.idx, _continued(reader, cue, end))
                cand.direct = False
                cand.rule = cand.rule or "statement.x_verb_object.v1"
            else:
                lead = connective(reader, cue, quote)
                opener = lead_in(reader, cand, quote) if lead is None else None
                if lead is not None:
                    # 'X said on the other hand, "..."': the connective frames the words
                    cand.content = (lead.left_edge.idx, quote_close(reader.text, quote))
                elif opener is not None:
                    # 'The plan, X said, "is a disaster"': the words before the attribution open the quote's
                    cand.content, cand.extra = opener, [span, *cand.extra]
        if quote is before and after is not None:
            # a quote split by its attribution: '"...," X said, "..."'
            rest = trim(reader.text, after.start, after.end, clause=False)
            if rest is not None:
                cand.extra.append(rest)
                reader.claimed.add(after.start)
        cand.rule = cand.rule or _rule_name(reader, cand, quote)
        return
    if as_clause(cue) and cand.group != "commissive" and _parenthetical(reader, cand):
        return  # "As X put it, Y": the host clause is what was said ("..., as X proposes" says how, not what)
    if ccomp is not None and ccomp.i > cue.i:
        predicate = free_relative_predicate(cue, ccomp)
        first = first_word(ccomp)
        conditional = first.lower_ == "if" and first.head.i != ccomp.i  # "said if X wins, he would ..."
        # "the grant, which she said would pay for ...": the relative pronoun is no topic
        gap = (relative_gap(cue) or cue).i == ccomp.i
        if (
            predicate is None
            and first.lower_ in _WH_WORDS
            and not conditional
            and not gap
            and lemma_of(cue) not in _ASKING
        ):
            return  # "explained why he left", "told how ...": a topic, not the words (a question is asked)
        if elliptical(ccomp):
            return  # "as she said she would": the words are elsewhere
        start, end = subtree_range(ccomp, exclude=cue)
        end = _continued(reader, cue, end)
        second = coordinated_relative(ccomp) if gap else None
        if second is not None:
            end = min(end, second.idx)  # "which she said would ... and which donors paid for": the writer's
        closing = _closing_comma(ccomp) if gap else None
        if closing is not None:
            end = min(end, closing.idx)  # "the plant, which she said employs 500, before flying home": the writer's
        misplaced = misplaced_circumstance(cue, ccomp)
        if misplaced is not None:
            start = end_of(misplaced.right_edge)  # "said on Monday it would ...": the saying's day
        next_act = inner_participle(reader, ccomp) or matrix_conjunct(ccomp)
        if next_act is not None:
            left = next_act.left_edge
            if left.i > 0 and left.nbor(-1).dep_ == "cc":
                left = left.nbor(-1)  # "... and added": the conjunction goes with the verb
            end = min(end, left.idx)  # "said X, saying "..."", "... and ordered": the speaker's next act
        other = other_saying(ccomp)
        if other is not None:
            end = min(end, other.left_edge.idx)  # "said X, while Y said Z": Z is Y's
        semicolon = semicolon_saying(ccomp) or closing_saying(ccomp)
        if semicolon is not None:
            end = min(end, semicolon.idx)  # "said X took part; Y said 15,000": the parse made Y's saying X's
        narrated = narrated_conjunct(ccomp)
        if narrated is not None:
            # "said 13 people had been shot, and Amnesty called for ...": the narrator's, with its ", and"
            end = min(end, narrated.left_edge.nbor(-1).idx)
        withheld = withheld_detail(cue, ccomp)
        if withheld is not None:
            end = min(end, withheld.idx)  # "..., though he gave no evidence": the reporter's note
        occasion = trailing_occasion(ccomp)
        if occasion is not None:
            end = min(end, occasion.left_edge.idx)  # 'was "a consultation," at a tense briefing': where it was said
        addressee = _addressee(reader, cand) if cand.group == "commissive" else None
        if addressee is not None and addressee.i < ccomp.i:
            # "demanded the mayor resign": who is urged belongs to the content
            start = addressee.left_edge.idx
        subject = stray_subject(cue, ccomp)
        if subject is not None:
            start = subject.left_edge.idx  # "insisted Berg had found ...": "Berg" is the clause's subject
        opening = _opening_as_relative(cue, ccomp)
        if opening is not None:
            start = opening.left_edge.idx  # "told the hearing he had not been aware the rail was missing"
        if predicate is not None:
            start = predicate.left_edge.idx  # "what it said were forged invoices": the invoices are what was said
        start = quote_before(reader, cue, start)
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
        if not _set_off_before(ccomp, cue, cand.speaker_tok):
            return  # "chased the trawler out of waters Vietnam claims": a relative clause with no "that"
        start, end = subtree_range(ccomp, exclude=cue)
        start = _after_narration_adverb(ccomp, start)
        stop = cue.idx
        if cand.speaker_tok is not None and cand.speaker_tok.i < cue.i:
            stop = cand.speaker_tok.left_edge.idx
        cand.content = reader.clause(start, min(end, stop))
        cand.rule = cand.rule or "statement.clause_x_said.v1"
        if _says_something(ccomp):
            # "X denied the charges, Y said": Y relays X's words (Y's own statement only when X names
            # nobody: relays.unnamed_relays)
            cand.relay_only = True
            return
        reader.claim_within(cand.content)
        return
    fronted = _fronted_clause(cue, cand.speaker_tok) if ccomp is None and cand.group == "report" else None
    if fronted is not None:
        # "Ana Ruiz will appeal, her lawyer told reporters": a fronted clause the parse broke up
        cand.content = reader.clause(*fronted)
        reader.claim_within(cand.content)
        cand.rule = cand.rule or "statement.clause_x_said.v1"
        return
    predicated = predicated_object(cue) if ccomp is None else None
    if predicated is not None:
        # "called the plan a costly mess", "declared the vote a fraud": the object and what it is called
        obj, complement = predicated
        cand.content = reader.clause(obj.left_edge.idx, _continued(reader, cue, end_of(complement)))
        cand.rule = cand.rule or "statement.x_verb_object.v1"
        return
    clause = clause_as_object(cue) if ccomp is None and cand.group == "report" else None
    if clause is not None:
        # "said many of the critics failed to note ...": the parse took the clause's subject for an object
        cand.content = reader.clause(clause.left_edge.idx, _continued(reader, cue, end_of(clause)))
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
    if cand.group == "report" and lemma_of(cue) in reader.cues.infinitive_reports and ccomp is None:
        # "claimed to have taken the town": the to-infinitive is the claim (not "claimed the title to ...")
        xcomp = _claimed_infinitive(reader, cue)
        if xcomp is not None:
            end = _infinitive_end(xcomp)
            cand.content = reader.clause(xcomp.left_edge.idx, end)
            reader.claim_within(cand.content)
            cand.rule = cand.rule or "statement.x_verb_object.v1"
            return
    declared = declared_noun(cue)
    if declared is not None:
        # "claimed responsibility for a bombing": the declaration is the object and its complement
        speaker = cand.speaker_tok
        if speaker is None or not _named_speaker(speaker):
            return
        end = declared.right_edge.idx + len(declared.right_edge)
        cand.content = reader.clause(declared.left_edge.idx, _continued(reader, cue, end))
        cand.rule = cand.rule or "statement.x_verb_object.v1"
        return
    noun = idiom_noun(cue)
    if noun is not None and cue.lemma_.lower() not in reader.cues.verb_group:
        # "raised questions about the count": the noun's complement is what was said
        comp = _idiom_complement([*noun.rights, *(c for c in cue.rights if c.i > noun.i)])
        speaker = cand.speaker_tok
        if comp is None or speaker is None or not _named_speaker(speaker):
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
            if any(c.dep_ == "dobj" and (_sum(c) or (_counted(c) and _beneficiary(c))) for c in cue.children):
                # "pledged 500 million euros to help ...", "promised 5,000 tents to the Red Crescent": a gift
                # promised (a donation), no words; "promised two new hospitals for the region" stays a promise
                return
            deps = {"dobj", "xcomp", "ccomp"}
        else:
            if any(c.dep_ == "dobj" and _sum(c) and _beneficiary(c) for c in cue.children):
                return  # "announced an additional $100 million in aid for both countries": a gift, no words
            deps = {"dobj", "prep", "oprd", "attr", "obj", "xcomp"}
        kids = [
            c
            for c in cue.children
            if c.i > cue.i and c.dep_ in deps and not reader.attribution_prep(c) and c.lower_ not in _NON_CONTENT_PREPS
        ]
        if kids and lemma_of(cue) in reader.cues.byline_verbs and all(_names_only(c) for c in kids):
            return  # "X reports for CBC News from Warsaw": for whom and from where, no words
        if kids and cand.group != "commissive" and _pointer_object(kids[0]):
            return  # "disclosed this on Wednesday while briefing journalists": the words were told before
        if kids:
            start = kids[0].left_edge.idx
            addressee = _addressee(reader, cand) if cand.group == "commissive" else None
            if addressee is not None and addressee.i < kids[0].i:
                start = addressee.left_edge.idx  # "called on the council to act"
            last = kids[-1].right_edge
            cand.content = reader.clause(start, _continued(reader, cue, last.idx + len(last)))
            cand.rule = cand.rule or "statement.x_verb_object.v1"
            return
    # "X added:" closing its paragraph, the next paragraph quoted without marks
    if _block_quote(reader, cand):
        return
    # no content of its own: a parenthetical cue in a clause that is no cue ("X, she said, Y")
    if _parenthetical(reader, cand):
        return
    # or a parenthetical relay (", state media said,")
    if cue.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and cue.head.i != cue.i:
        cand.relay_only = True


def _names_only(phrase: Token) -> bool:
    """A phrase of "for" or "from" whose object is a name: "for CBC News", "from Warsaw" (not "for a ceasefire")."""
    if phrase.dep_ != "prep" or phrase.lower_ not in {"for", "from"}:
        return False
    objects = [g for g in phrase.children if g.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in _NAME_LABELS and o.pos_ == "PROPN" for o in objects)


def _relative_of_object(cue: Token, clause: Token) -> bool:
    """A clause whose subject is a relative pronoun after the cue's object: the object's relative clause.

    "reported fourth-quarter results on Tuesday that missed expectations":
    the parse hangs "that missed ..." on the cue, yet it tells of the results.
    """
    subject = own_subject(clause)
    if subject is None or subject.tag_ not in {"WDT", "WP"}:
        return False
    return any(c.dep_ in {"dobj", "obj"} and c.i < clause.i for c in cue.children)


def _share_of_before(clause: Token) -> bool:
    """A clause after the cue about a share of what the fronted clause counted: it goes on with that clause.

    "27 people died, X said, *most of them* when homes collapsed": its subject
    is a share (``partitive_shares``) "of them" (``partitive_pronouns``).
    """
    cues = cue_lexicon()
    shares, pronouns = cues.partitive_shares, cues.partitive_pronouns
    return any(
        s.dep_ == "nsubj"
        and (s.lemma_.lower() in shares or s.lower_ in shares)
        and any(p.lower_ == "of" and any(g.lower_ in pronouns for g in p.children) for p in s.children)
        for s in clause.children
    )


def _circumstance(clause: Token) -> bool:
    """A clause its first word opens as a circumstance (``circumstance_marks``: "*as* aid reached ...")."""
    first = first_word(clause)
    return first.dep_ == "mark" and first.lower_ in cue_lexicon().circumstance_marks


def that_clause(cue: Token) -> Token | None:
    """A that-clause the parse hung from the cue as an adverbial clause ("posted late at night *that* the vote ...").

    The clause opens with "that" and has a subject of its own: a reported
    clause, not a purpose or result clause.
    """
    for child in cue.children:
        if child.dep_ != "advcl" or child.i < cue.i:
            continue
        if first_word(child).lower_ == "that" and own_subject(child) is not None:
            return child
    if cue_group(cue) == "report":
        clause = _misattached_complement(cue)
        if clause is not None:
            return clause
    clause = _complement_as_relative(cue)
    if clause is not None:
        return clause
    clause = _complement_of_circumstance(cue)
    if clause is not None:
        return clause
    clause = _complement_of_adverb(cue)
    if clause is not None:
        return clause
    if any(c.dep_ in _OBJECT_DEPS for c in cue.children):
        return None
    # "tweeted in the early hours *that* the vote ...": the parse made the clause a relative
    # clause of the time phrase, "that" its object; "said in a statement *that* ...": a clause
    # of the medium noun. With a subject of its own, either is what was said
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i or prep.lower_ not in _SETTING_PREPS:
            continue  # "spoke about the claim that ...": the claim is the topic, someone else's
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for clause in pobj.children:
                subject = own_subject(clause)
                if first_word(clause).lower_ != "that" or subject is None or subject.lower_ == "that":
                    continue
                if clause.dep_ == "relcl" and pobj.ent_type_ in TIME_LABELS:
                    return clause
                if clause.dep_ in {"acl", "ccomp"} and first_word(clause).dep_ == "mark":
                    return clause
    return None


def _complement_of_adverb(cue: Token) -> Token | None:
    """A that-clause the parse hung from an adverb after the cue: "told The Associated Press *afterwards* that ...".

    The clause opens with the complementiser "that" and has a subject of its
    own; a "so ... that" clause is a result ("yelled so loudly that ...").
    """
    for adverb in cue.children:
        if adverb.dep_ not in {"advmod", "npadvmod"} or adverb.i < cue.i:
            continue
        if any(c.lower_ in {"so", "such"} for c in adverb.children):
            continue  # "yelled so loudly that guards escorted him out": a result, nothing said
        for clause in adverb.children:
            first = first_word(clause)
            if clause.dep_ == "ccomp" and first.lower_ == "that" and first.dep_ == "mark" and own_subject(clause):
                return clause
    return None


def _complement_of_circumstance(cue: Token) -> Token | None:
    """A that-clause the parse hung from the gerund of a circumstance after the cue.

    "told supporters after casting her ballot *that* Moldovans had ...": a
    gerund after a preposition of time (``adjunct_preps``) that is no cue and
    has its object before the clause takes no clause of its own ("after
    learning that ..." does, and stays its own).
    """
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i or prep.lower_ not in time_adjunct_preps():
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or cue_group(gerund) is not None:
                continue
            # a concrete object ("casting her ballot"), not a claim whose content the clause is ("his attack that")
            claims = cue_lexicon().claim_nouns
            objects = [c for c in gerund.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() not in claims]
            for clause in gerund.children:
                opener = first_word(clause)
                if clause.dep_ != "ccomp" or opener.lower_ != "that" or opener.dep_ != "mark":
                    continue
                if objects and objects[0].i < clause.i and own_subject(clause) is not None and _finite(clause):
                    return clause
    return None


def _misattached_complement(cue: Token) -> Token | None:
    """A bare complement clause the parse hung from a saying verb as something else.

    "X said after the convention *he would not accept* ...": an adverbial
    clause with a subject of its own and no subordinator ("when", "if",
    "because" make it a circumstance: "said enough when Congress cut ...").
    "X said *seeing so many officers there was* a relief": a gerund taken for
    the verb's complement, with the finite verb of the clause inside it.
    """
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ == "advcl" and _finite(child):
            subject = own_subject(child)
            opener = [c for c in child.children if c.dep_ == "mark" or c.tag_ in {"WRB", "WP", "WDT"}]
            if subject is not None and subject.i < child.i and not opener:
                return child
        gerund = child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == cue.i + 1
        if gerund and any(c.dep_ in {"ccomp", "conj"} and _finite(c) for c in child.children):
            return child
    return None


def _opening_as_relative(cue: Token, ccomp: Token) -> Token | None:
    """The start of what was told, hung as a relative clause of the audience before the rest of it.

    "told the hearing *he had not been aware* the rail was missing": the
    parse made the opening clause a relative clause of "the hearing" and the
    last clause the cue's complement, which alone says the opposite. A
    clause with no relative word, opening with a subject of its own (a
    pronoun or a name), finite, between the audience and the complement.
    """
    if lemma_of(cue) not in cue_lexicon().audience_verbs:
        return None
    for obj in (o for o in cue.children if o.dep_ in {"dobj", "dative"} and cue.i < o.i < ccomp.i):
        for clause in (c for c in obj.children if c.dep_ == "relcl" and c.i < ccomp.i):
            opener = first_word(clause)
            if opener.dep_ != "nsubj" or opener.head.i != clause.i or opener.i != clause.left_edge.i:
                continue
            named = (opener.pos_ == "PRON" and opener.tag_ == "PRP") or opener.pos_ == "PROPN"
            if named and _finite(clause):
                return clause
    return None


def _complement_as_relative(cue: Token) -> Token | None:
    """A that-clause the parse hung as a relative clause of a noun after the cue, "that" its mark.

    "told the audience at his fundraiser for veterans *that he had* ...": a
    relative clause's "that" is its subject or object; as a mark, with a
    subject of its own, the clause is what was said. The noun is reached
    through prepositional phrases only (no clause in between), and is no
    abstract noun ("because of concerns that ...": the concern's content)
    unless a speaking occasion (``occasion_nouns``: "told analysts on a
    conference call that ...", "told reporters in an interview that ...")
    or its time (``saying_times``: "said at the time that ...").
    """
    occasions = cue_lexicon().occasion_nouns
    preps = [c for c in cue.children if c.dep_ == "prep" and c.i > cue.i]
    # "told a rally outside the plant that ...": the phrase may hang on the audience
    preps += [p for o in cue.children if o.dep_ in _OBJECT_DEPS and o.i > cue.i for p in o.children if p.dep_ == "prep"]
    # "told the inquest that he had ...": or on the audience itself
    telling = lemma_of(cue) in cue_lexicon().audience_verbs
    audience = [o for o in cue.children if o.dep_ in {"dobj", "dative"} and o.i > cue.i and telling]
    while preps or audience:
        nouns = audience or [p for p in preps.pop().children if p.dep_ == "pobj"]
        audience = []
        for pobj in nouns:
            occasion = pobj.lemma_.lower() in occasions or _time_of_saying(cue, pobj)
            if is_abstract(pobj) and not occasion:
                continue  # "because of concerns that ...": the concern's content; not "on a call that ..."
            preps.extend(c for c in pobj.children if c.dep_ == "prep")
            # an occasion takes no content clause: one hung from it as a clausal modifier is said too
            deps = {"relcl", "acl"} if occasion else {"relcl"}
            for clause in pobj.children:
                opener = first_word(clause)
                if occasion and clause.left_edge.i < opener.i:
                    opener = clause.left_edge  # a "that" hung deeper in the clause comes before its subject
                subject = own_subject(clause)
                # "that" as the mark, or read as an object the clause already has ('had "no choice"') or
                # cannot have ("that workers had been pushed": a passive clause)
                filled = opener.dep_ == "dobj" and any(
                    (c.dep_ == "dobj" and c.i != opener.i) or c.dep_ in {"nsubjpass", "auxpass"}
                    for c in clause.children
                )
                # "on a conference call that the airline expected to return to profit": after an
                # occasion, a "that" the parse hung deep inside the clause opens what was said
                deep = occasion and opener.head.i != clause.i
                # a thing's clause with "that" as its mark and a subject of its own is no relative either
                # ("told a crowd outside the depot that drivers had been ...")
                marked = clause.dep_ == "acl" and opener.dep_ == "mark"
                if (clause.dep_ not in deps and not marked) or opener.lower_ != "that":
                    continue
                # "said at the time that the fire had been caused ...": after an occasion, a "that" read as a
                # relative adverb opens what was said
                # (not after the cue's own preposition: "spoke about the time that ...": its topic)
                topic = (lemma_of(cue), pobj.head.lower_) in cue_lexicon().phrasal
                adverb = occasion and opener.dep_ == "advmod" and not topic
                if not (opener.dep_ == "mark" or filled or deep or adverb):
                    continue
                if subject is not None and subject.lower_ != "that" and _finite(clause):
                    return clause
    return None


def _time_of_saying(cue: Token, noun: Token) -> bool:
    """The noun ends a phrase of the saying's time after a plain cue (``saying_times``: "said *at the time* that")."""
    lex = cue_lexicon()
    if lemma_of(cue) not in lex.saying_time_verbs or noun.dep_ != "pobj":
        return False
    det = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return " ".join([noun.head.lower_, *det, noun.lower_]) in lex.saying_times


def _sum(noun: Token) -> bool:
    """An amount, or a noun of one: "500 million euros", "a grant of 600 million yen"."""
    of = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    return is_amount(noun) or any(g.dep_ == "pobj" and is_amount(g) for p in of for g in p.children)


def _counted(noun: Token) -> bool:
    """Things counted in figures ("5,000 tents"), not in words ("two new hospitals") nor a year ("a 2016 mandate")."""
    return any(c.dep_ == "nummod" and c.text[:1].isdigit() and c.ent_type_ != "DATE" for c in noun.children)


def _beneficiary(amount: Token) -> bool:
    """A sum or measure of goods given to someone: a "for"/"to" phrase on it, its verb or what it is in.

    "$100 million in aid *for both countries*", "a grant of 600 million yen
    *for* coastal radar", "announced $5 million *to* the Red Cross"; not
    "earnings of $8 a share, above the $8.04 analysts were looking for".
    """
    hosts = [amount, amount.head]
    for prep in (c for c in amount.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}):
        hosts += [g for g in prep.children if g.dep_ == "pobj"]
    return any(
        t.dep_ in {"prep", "dative"} and t.lower_ in {"for", "to"} and t.i > amount.i and _party_object(t)
        for host in hosts
        for t in host.children
    )


def _party_object(prep: Token) -> bool:
    """The object of "for"/"to" may receive something: a name or a plural noun, not a time ("for the year")."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"}:
            continue
        if obj.ent_type_ or obj.pos_ == "PROPN" or obj.tag_ == "NNS":
            return True
    return False


def _says_something(verb: Token) -> bool:
    """A cue with a subject and something said: "X denied the charges", "X urged calm"; not "X will appeal".

    A commissive verb needs a clause, an infinitive or a "for" phrase ("appealed
    for calm"; a bare object only for ``_PROMISE_OBJECTS``): "will appeal the
    verdict" goes to court and says nothing; a verb of the report group needs
    a clause ("is recalling 300,000 trucks" takes cars back). A sum as the
    object ("pledged $50 million") is a gift promised, no words. A passive
    cue without its "by" agent ("No injuries were reported at the plant")
    names what was said about, not who said it.
    """
    group = cue_group(verb)
    subject = subject_of(verb)
    if group is None or subject is None:
        return False
    if subject.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in verb.children):
        return False  # "No injuries were reported at the plant, X said": what was reported, by nobody named
    after = [c for c in verb.children if c.i > verb.i]
    if group == "report":
        # "X said the vote was rigged, Y said"; not "Acme is recalling 300,000 trucks, the company said"
        return any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in after)
    if group != "commissive":
        return not acts_on_place(verb)  # "Rebels attacked the town of Palma, X said": an act on a place
    deps = {"ccomp", "xcomp"} | ({"dobj"} if lemma_of(verb) in _PROMISE_OBJECTS else set())
    # "X has pledged $50 million, Y announced": a sum promised is a gift, not words Y relays
    return any(
        (c.dep_ in deps and not (c.dep_ == "dobj" and _sum(c))) or (c.dep_ == "prep" and c.lower_ == "for")
        for c in after
    )


def _after_narration_adverb(clause: Token, start: int) -> int:
    """Where a clause before a cue starts once an opening adverb of the narration and its comma are left out.

    "Separately, a train derailed near Cusco, the operator said": "Separately"
    links the story (``narration_adverbs``); the operator said the rest.
    """
    doc = clause.doc
    first = doc[clause.left_edge.i]
    if first.idx != start or first.dep_ != "advmod" or first.lower_ not in cue_lexicon().narration_adverbs:
        return start
    if first.i + 2 >= len(doc) or doc[first.i + 1].text != ",":
        return start
    return doc[first.i + 2].idx


def _fronted_clause(cue: Token, speaker: Token | None) -> tuple[int, int] | None:
    """The words before ", <speaker> <cue>" when they are a clause the parse hung from the cue in pieces.

    "Ana Ruiz, who had denied the charges, will appeal, her lawyer told
    reporters": no complement clause, but the sentence opens with a clause
    of its own that hangs from the cue alone and ends at the comma before
    the speaker. The clause opens with its subject (a "When ...", "Asked
    whether ..." or "Even as ..." clause frames the saying instead) and has
    a finite verb outside any relative clause.
    """
    if speaker is None or speaker.i > cue.i or cue.dep_ != "ROOT":
        return None
    left = speaker.left_edge
    sent = cue.sent
    if left.i - 1 <= sent.start or left.nbor(-1).text != ",":
        return None
    words = sent.doc[sent.start : left.i - 1]
    first = words[0]
    opener = next((t for t in words if t.dep_ != "cc" and not t.is_punct), first)  # "But when ...": "when"
    if first.is_punct or opener.dep_ == "mark" or opener.pos_ not in _SUBJECT_OPENERS or opener.tag_ in _WH_TAGS:
        return None  # "When ...", "Asked whether ...", "Even as ...", "Not long after ...": a circumstance
    if any(not (sent.start <= t.head.i < left.i - 1 or t.head.i == cue.i) for t in words):
        return None  # a piece of the words hangs from something else: no clause of their own
    finite = any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"relcl", "acl"} and _finite(t) for t in words)
    if not finite and not any(_second_subject(t, cue) for t in words):
        return None
    return first.idx, left.nbor(-1).idx


def _second_subject(noun: Token, cue: Token) -> bool:
    """A subject of the cue before its speaker whose verb the parse made a participle of it.

    "The truck overturned on Tuesday, the WFP said": "truck" and "WFP" both
    subjects of "said", "overturned" a participle on "truck": the words are
    the clause said.
    """
    return (
        noun.dep_ in {"nsubj", "nsubjpass", "dep"}  # (an unlabelled noun on the cue: "dep")
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.head.i == cue.i
        and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > noun.i for c in noun.children)
    )


def _finite(verb: Token) -> bool:
    """A finite verb, or one with a finite or modal auxiliary ("would not accept")."""
    if verb.tag_ in FINITE_TAGS:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children)


def _claimed_infinitive(reader: Reader, cue: Token) -> Token | None:
    """The to-infinitive a claim verb reports: "claimed to have taken the town", "professed to be shocked".

    Only a perfect or stative infinitive (``claimed_states``: "to have
    ...", "to be ...", "to know ...") states a claim; "claimed early to avoid the rules", "claimed for damages to
    cover the cost" claim a benefit, the infinitive their purpose. Between
    the verb and the infinitive only an audience ("to reporters") or a time
    ("on Sunday") may stand. Not with an object ("claimed the title to
    ..."), not when the claim is itself relayed ("X claimed to ..., her
    lawyer said", "..., according to ..."): the relayer's words hold it.
    """
    xcomp = next((c for c in cue.children if c.i > cue.i and is_to_infinitive(c)), None)
    if xcomp is None or any(c.dep_ in {"dobj", "obj", "dative"} for c in cue.children):
        return None
    if cue.sent.text.rstrip().endswith("?"):
        return None  # "Does X really claim to have won?": asked, not claimed
    to = xcomp.left_edge
    if to.lower_ != "to" or to.i + 1 >= len(to.doc) or to.nbor(1).lemma_.lower() not in reader.cues.claimed_states:
        return None
    for child in cue.children:
        if cue.i < child.i < xcomp.i and not _audience_or_time(child):
            return None
    if cue.dep_ in {"ccomp", "parataxis"} and cue_group(cue.head) is not None:
        return None  # "Berg claimed to have been threatened, her lawyer said"
    for child in cue.children:
        if reader.attribution_prep(child) or (child.dep_ in {"ccomp", "parataxis"} and cue_group(child) is not None):
            return None  # "..., according to her lawyer", "Berg, her lawyer said, claimed ..."
    return xcomp


def _closing_comma(clause: Token) -> Token | None:
    """The comma that closes a relative clause set off by a comma before its pronoun, or None.

    "visited the plant, which she said employs 500 people, before flying
    home": the pronoun's comma opens a non-restrictive clause, and the next
    comma after the reported verb closes it; what follows is the writer's.
    """
    pronoun = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if pronoun is None or pronoun.i == 0 or pronoun.nbor(-1).text != ",":
        return None
    sent_end = clause.sent.end
    return next((t for t in clause.doc[clause.i + 1 : sent_end] if t.text == ","), None)


def _infinitive_end(xcomp: Token) -> int:
    """Where a claimed to-infinitive's own clause ends (a character offset).

    Not over a finite verb coordinated with it ("claimed to be fit and
    scored twice": the scoring is the writer's), nor over a comment clause
    set off by a comma ("to have paid the fine, which the court disputed",
    "until 2019, when the court ruled ..."): the writer's remarks on the claim.
    """
    end = xcomp.right_edge.idx + len(xcomp.right_edge)
    for conj in xcomp.children:
        # a past form cannot share the bare infinitive's "to": "to be fit and scored" is the subject's next act
        past = xcomp.tag_ == "VB" and conj.tag_ in {"VBD", "VBN"}
        if conj.dep_ == "conj" and conj.i > xcomp.i and (conj.tag_ in FINITE_TAGS or past):
            left = conj.left_edge
            while left.i > xcomp.i and (left.nbor(-1).dep_ == "cc" or left.nbor(-1).is_punct):
                left = left.nbor(-1)
            end = min(end, left.idx)
    doc = xcomp.doc
    for tok in doc[xcomp.i + 1 : xcomp.right_edge.i]:
        if tok.idx >= end:
            break
        if tok.text == "," and tok.nbor(1).tag_ in _COMMENT_TAGS:
            end = min(end, tok.idx)
            break
    return end


#: Tags of the words that open a comment clause after a comma ("which", "who", "when", "whose").
_COMMENT_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _audience_or_time(child: Token) -> bool:
    """A phrase between a claim verb and its infinitive that leaves the claim: "to reporters", "on Sunday"."""
    if child.is_punct:
        return False
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.lower_ == "to":
            return bool(objects) and objects[0].ent_type_ not in {"DATE", "TIME"}
        return bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)
    return child.dep_ == "npadvmod" and child.ent_type_ in {"DATE", "TIME"}


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
        if (
            child.dep_ == "conj"
            and not any(c.dep_ in SUBJECTS for c in child.children)
            and reader.in_quote(child) is None
            and not _backshifted(cue, child)
        ):
            break  # "said X and walked out": the speaker's next action ('... and then "go home"' is quoted)
        end = stop
    return end


#: Pronouns that point to words told elsewhere: "disclosed *this*", "announced *it* on Monday".
_POINTER_PRONOUNS = frozenset({"this", "that", "these", "those", "it"})


def _pointer_object(obj: Token) -> bool:
    """An object that is a bare pronoun pointing to words told elsewhere ("disclosed this on Wednesday")."""
    return obj.dep_ in {"dobj", "obj"} and obj.lower_ in _POINTER_PRONOUNS and not any(obj.children)


def _backshifted(cue: Token, verb: Token) -> bool:
    """A verb of what was said, told in the past's future: 'said the firm was "devastated" *and would contact* ...'.

    A past cue's conjunct whose auxiliary is a modal of reported speech
    (``hypothetical_aux`` of the modality lexicon: "would", "could", "might")
    goes on with the words; the speaker's own next act is told in the past
    ("and walked out").
    """
    if cue.tag_ != "VBD":
        return False
    return any(c.dep_ == "aux" and c.lower_ in modality_words("hypothetical_aux") for c in verb.children)


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


def _quoted_in_host(reader: Reader, cue: Token, quote: Quote) -> bool:
    """A quote that is a part of the clause an inserted cue hangs from, the clause's verb outside it.

    'The offer was "fair and affordable," she said, and it was the highest
    in years': "was" heads the quote's words; the whole clause is what was
    said (:func:`_parenthetical`), not the quoted fragment alone.
    """
    head = cue.head
    if cue.dep_ != "parataxis" or head.i == cue.i or head.pos_ not in {"VERB", "AUX"} or cue_group(head) is not None:
        return False
    if reader.in_quote(head) is not None or head.idx >= quote.start:
        return False
    return head.left_edge.idx < quote.start and any(t.head.i == head.i and quote.contains(t.idx) for t in head.children)


def _set_off_before(clause: Token, cue: Token, speaker: Token | None) -> bool:
    """Whether punctuation sets a fronted report off from its speaker and cue.

    "The ship chased the trawler, Vietnam claims" reports the clause; "the
    ship chased the trawler out of waters Vietnam claims" has a relative
    clause without "that" ("waters [that] Vietnam claims"): nobody said the
    rest. The speaker's phrase may reach back over words the parse gave
    the clause ("... organisations, a statement from X said", "..., the
    regional governor Alina Vetrova said"): the mark may come before them.
    A semicolon right before the speaker is no such mark: it ends a clause
    of its own ("Union vows resistance; state premier demands talks": the
    premier demands the talks, not the union's vow); "...; none, X told
    staff" still reports what comes before.
    """
    doc = cue.doc
    between = doc[clause.right_edge.i + 1 : cue.i]
    if speaker is not None and any(t.text == ";" and t.i + 1 == speaker.left_edge.i for t in between):
        return False
    if any(t.is_punct or t.is_space for t in doc[clause.right_edge.i : cue.i]):
        return True
    if speaker is None or speaker.i > cue.i:
        return False
    i = speaker.left_edge.i - 1
    while i >= 0 and (doc[i].tag_ in PHRASE_TAGS or doc[i].lower_ in _PHRASE_PREPOSITIONS):
        i -= 1
    return i < 0 or doc[i].is_punct or doc[i].is_space


def _parenthetical(reader: Reader, cand: Candidate) -> bool:
    """'The economy, the minister said, will recover': the host clause is the content.

    So is the host of an "as" clause: "As the minister put it, the economy
    will recover" (the clause after the cue's phrase).
    """
    cue = cand.cue
    head = cue.head
    as_x = as_clause(cue)
    if (
        (cue.dep_ != "parataxis" and not as_x)
        or head.i == cue.i
        or head.pos_ not in {"VERB", "AUX"}
        or cue_group(head) is not None
        or (reader.in_quote(head) is not None and not as_x)  # "As X put it, Y is "..."" may quote
    ):
        return False
    right = head.right_edge
    end = right.idx + len(right)
    after_cue = cue.right_edge.idx + len(cue.right_edge)
    start = head.left_edge.idx
    inserted = inserted_speaker(cue)
    left = inserted.left_edge.idx if inserted is not None else cue.left_edge.idx
    before = [t for t in cue.doc[head.left_edge.i : cue.left_edge.i] if not t.is_punct]
    if (relative_gap(cue) or cue).i == head.i and all(t.tag_ in {"WDT", "WP"} for t in before):
        # "a shortage which, he said, forces ...": the relative pronoun before the cue is no content
        cand.content = reader.clause(after_cue, end)
    elif start < left:
        # the clause around the cue: "During the war, X said, the economy grew"
        cand.content = reader.clause(start, left)
        rest = reader.clause(after_cue, end) if not _narration_after(reader, cue, head) else None
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


def _narration_after(reader: Reader, cue: Token, host: Token) -> bool:
    """A clause of its own coordinated after a parenthetical cue: "Y, X said, *but she gave no details*".

    The words after the cue open with a contrasting conjunction of the host
    clause (``narration_conjunctions``: "but", "yet"; "and" goes on with
    what was said) and go on,
    outside quotes, with a verb that has a subject of its own: the narrator
    speaks again, not the speaker.
    """
    after = cue.right_edge.i + 1
    while after < len(cue.doc) and cue.doc[after].is_punct:
        after += 1
    conjunction = cue.doc[after] if after < len(cue.doc) else None
    if conjunction is None or conjunction.dep_ != "cc" or conjunction.head.i != host.i:
        return False
    if conjunction.lower_ not in reader.cues.narration_conjunctions:
        return False  # "..., X said, and he will ...": what was said goes on
    return any(
        c.dep_ == "conj" and c.i > after and own_subject(c) is not None and reader.in_quote(c) is None
        for c in host.children
    )


def _block_quote(reader: Reader, cand: Candidate) -> bool:
    """'The governor added:' ending its paragraph, then the words as a paragraph of their own.

    Pages set a long quotation as a block with no quote marks (a marked one
    is a linked quote). The cue's sentence ends its paragraph with a colon;
    the next paragraph, of at least ``MIN_QUOTE_WORDS`` words, opening with
    no mark and not itself ending with a colon (another introduction), is
    what was said.
    """
    if cand.group != "report":
        return False
    text, sent = reader.text, cand.cue.sent
    head = text[sent.start_char : sent.end_char].rstrip()
    colon = sent.start_char + len(head)
    if not head.endswith(":") or cue_group(cand.cue) is None:
        return False
    start = colon
    while start < len(text) and text[start].isspace():
        start += 1
    if "\n\n" not in text[colon:start]:
        return False  # words after the colon in the same paragraph are the content's own frames' business
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    block = trim(text, start, end, clause=False)
    if block is None or text[start] in "\"'" or len(text[start:end].split()) < MIN_QUOTE_WORDS:
        return False
    if text[start:end].rstrip().endswith(":"):
        return False  # "X also spoke out against Trump:": another introduction, of a post the page left out
    cand.content, cand.direct = block, True
    reader.claim_within(block)
    cand.rule = cand.rule or "statement.x_said_block.v1"
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


def _idiom_complement(rights: list[Token]) -> Token | None:
    """The complement of an idiom's noun among the words after it: what "raised concerns *about* ..." was said of.

    A preposition of setting (``_OCCASION_PREPS``) with an occasion or a date
    ("raised objections *at a meeting*", "on Monday") is where or when, not
    what ("concerns *about* the planned visit" is the topic): it is passed over,
    and a complement the parse hung on the occasion's noun ("raised concerns
    at a council meeting *about the cost*") is taken from inside it.
    """
    for c in rights:
        if c.dep_ in {"acl", "ccomp"}:
            return c
        if c.dep_ != "prep" or c.lower_ not in _IDIOM_PREPS:
            continue
        if c.lower_ not in _OCCASION_PREPS or not circumstance_of_saying(c):
            return c  # "raised concerns about the planned visit": a topic, whatever its noun
        inner = [p for o in c.children if o.dep_ == "pobj" for p in o.rights if p.dep_ == "prep"]
        found = _idiom_complement([p for p in inner if p.lower_ not in _OCCASION_PREPS])
        if found is not None:
            return found
    return None


def _named_speaker(speaker: Token) -> bool:
    """A name, a person pronoun, or a noun a name modifies ("the Islamic State *group*", "the Acme *company*")."""
    if is_named(speaker) or speaker.lower_ in PERSON_PRONOUNS:
        return True
    return any(c.dep_ == "compound" and is_named(c) for c in speaker.children)
