"""Attribution candidates read from cue verbs: the cue, its speaker token, its relay and audience."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import entity_of, span_ents, token_mask, token_positions
from eventkit.extractors.captions import in_caption
from eventkit.extractors.statement.cues import (
    MISREAD_VERB_TAG,
    VERB_POS,
    VERB_TAGS,
    communication_verbs,
    cue_group,
    cue_lexicon,
    lemma_of,
)
from eventkit.extractors.statement.frames import fill_content
from eventkit.extractors.statement.quotes import QUOTE_GAP, quote_at
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.speakers import media_actor
from eventkit.extractors.statement.syntax import (
    DETERMINERS,
    NAMED_ENTS,
    asked_aside,
    inserted_speaker,
    inverted_speaker,
    is_named,
    names_role_holder,
    of_role,
    own_subject,
    subject_of,
    subtree_range,
    trim,
)
from eventkit.extractors.syntax import called_with_purpose
from eventkit.models import Actor
from eventkit.normalize.mentions import INDEFINITE_DETERMINERS, is_person_word, is_title, person_nouns

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Span, Token


def cue_candidates(reader: Reader) -> list[Candidate]:
    """One candidate per cue verb (or noun-cued verb) outside the headline and outside quotes."""
    found: list[Candidate] = []
    captions: dict[int, tuple[bool, bool]] = {}
    doc = reader.doc
    for i in token_positions(_possible_cues(reader)):
        token = doc[i]
        if reader.ctx.in_headline(token) or reader.ctx.in_label(token) or reader.in_quote(token) is not None:
            continue
        if _given_name(token):
            continue  # "Ambassador Said Benyamin delivered ...": a given name, not the verb
        group = cue_group(token)
        if group is None and _inverted_opener(reader, token):
            group = "report"  # 'Said Ana Ruiz: "..."', the opener tagged as a name
        if group is None and (
            _as_idiom(reader, token) or _introduces_quote(reader, token) or _closes_quote(reader, token)
        ):
            group = "report"  # "As the mayor put it, ...", 'The mayor continued: "..."', '"...," she concluded'
        if group is None:
            group = _noun_cued(reader, token)
            if group is None:
                continue
            rule = "statement.noun_cue.v1"
        else:
            rule = ""
        if _undergone(token):
            continue  # "Asked whether she would resign, Ruiz said ...": Ruiz was asked, by nobody named
        if _demanded(token):
            continue  # "demanded that the government announce a package": nobody announced anything
        if in_caption(token, captions) or reader.ctx.clean.closed_by_credit(token.idx):
            continue  # read last: it looks at the whole sentence (and a credit the cleaner dropped)
        cand = _from_cue(reader, token, group, rule)
        if cand is not None:
            found.append(cand)
    return found


def _possible_cues(reader: Reader) -> np.ndarray:
    """The tokens that can be a cue: verbs by part of speech or tag, a plural noun (a misread verb), an opener."""
    doc = reader.doc
    return (
        token_mask(doc, "POS", VERB_POS)
        | token_mask(doc, "TAG", VERB_TAGS | {MISREAD_VERB_TAG})
        | token_mask(doc, "LOWER", reader.cues.inverted_openers)
    )


def _given_name(token: Token) -> bool:
    """A capitalised cue form inside a person's name, mid-sentence, before another name word ("Said Benyamin")."""
    return (
        not token.is_sent_start
        and token.is_title
        and token.ent_type_ == "PERSON"
        and token.i + 1 < len(token.doc)
        and token.nbor(1).ent_type_ == "PERSON"
        and token.nbor(1).ent_iob_ == "I"
        and token.nbor(1).is_title
    )


def _inverted_opener(reader: Reader, token: Token) -> bool:
    """'Said Ana Ruiz: "..."': a capitalised ``inverted_openers`` form opening its sentence before a name."""
    return bool(
        token.is_sent_start
        and token.is_title
        and token.lower_ in reader.cues.inverted_openers
        and token.i + 1 < len(token.doc)
        and is_named(token.nbor(1))
    )


def _introduces_quote(reader: Reader, verb: Token) -> bool:
    """'The mayor continued: "We will not wait."': a ``quote_verbs`` verb right before a colon and a quotation."""
    if verb.pos_ != "VERB":
        return False
    last = verb
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head == verb and nxt.dep_ in {"prt", "advmod"}:
        last = nxt  # "went on"
    lemma = lemma_of(verb) if last is verb else f"{lemma_of(verb)} {last.lower_}"
    if lemma in reader.cues.quote_verbs and last.i + 1 < len(verb.doc) and last.nbor(1).text == ":":
        return _quote_after(reader, last.nbor(1))
    return _closes_at_colon(reader, verb)


def _closes_quote(reader: Reader, verb: Token) -> bool:
    """'"We will not wait," the mayor concluded.': a ``quote_verbs`` verb right after the quotation it attributes.

    The verb heads its sentence, takes no object or complement outside the
    quotation ("continued the work", "concluded that ..." are other frames),
    and only its subject and punctuation stand between the closing mark and
    the verb.
    """
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or lemma_of(verb) not in reader.cues.quote_verbs:
        return False
    if any(c.dep_ in _OWN_COMPLEMENTS and reader.in_quote(c) is None for c in verb.children):
        return False
    before, _ = reader.linked_quotes(verb)
    if before is None:
        return False
    subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    gap = [t for t in verb.doc[verb.sent.start : verb.i] if t.idx >= before.end]
    return all(t.is_punct or t.i in subject for t in gap)


def _quote_after(reader: Reader, colon: Token) -> bool:
    """A quotation opens right after the colon (a space or two and the mark between)."""
    return any(0 <= q.start - (colon.idx + 1) <= 3 for q in reader.quotes)


def _closes_at_colon(reader: Reader, verb: Token) -> bool:
    """'X thanked voters on social media: "Thank you ..."': a verb of communication whose clause ends at a colon.

    The verb (VerbNet's communication classes, ``speech_verbs.en.txt``, or an
    idiom of speech such as "put it this way", ``as_idioms``) heads its
    sentence (or hangs from the quoted words), no other verb stands between
    it and the colon, and a quotation opens right after the colon.
    """
    if verb.pos_ != "VERB" or not (lemma_of(verb) in communication_verbs() or _idiom_object(reader, verb)):
        return False
    doc = verb.doc
    for tok in doc[verb.i + 1 : min(len(doc), verb.i + _MAX_COLON_DISTANCE)]:
        if tok.text == ":":
            # the verb heads its clause (the parse may hang it from the quoted words)
            main = verb.dep_ == "ROOT" or (verb.dep_ in {"ccomp", "parataxis"} and verb.head.i > tok.i)
            return main and _quote_after(reader, tok)
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {".", "?", "!", '"', "\u201c"}:
            return False
    return False


def _noun_cued(reader: Reader, verb: Token) -> str | None:
    """'In a statement, X condemned ...': a statement noun in a prep of the verb.

    "During" tells a time, not the medium: see :func:`_own_speech_event`.
    """
    if verb.pos_ != "VERB":
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "via", "through"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.lower_ not in reader.cues.nouns:
                continue
            if child.lower_ == "during" and not _own_speech_event(verb, pobj):
                continue
            return "object"
    return None


def _own_speech_event(verb: Token, noun: Token) -> bool:
    """A verb "during" a speech event that tells what its subject said then.

    A verb of communication (``speech_verbs.en.txt``) or a cue verb ("during
    the briefing, X urged ..."), or any verb during the subject's own speech
    event, indefinite or possessed ("during an interview, X discussed ...",
    "during his speech, X cast himself as ..."). "X stood behind the chief
    during the announcement" (someone else's) says nothing.
    """
    if lemma_of(verb) in communication_verbs() or cue_group(verb) is not None:
        return True
    return any((c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS) or c.dep_ == "poss" for c in noun.children)


def _undergone(cue: Token) -> bool:
    """A passive participle clause of its own before the main clause: "*Asked* about the vote, X said ...".

    Its understood subject (the main clause's) is who was asked or told, not
    who asked; the asker is unnamed.
    """
    if asked_aside(cue):
        return True  # "Calado, asked about his future, said ...": Calado was asked
    participle = cue.tag_ == "VBN" or (cue.tag_ == "VBD" and cue.i == cue.sent.start)  # "Told that ..., X said"
    return (
        participle
        and cue.dep_ == "advcl"
        and cue.i < cue.head.i
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in cue.children)
    )


def _demanded(cue: Token) -> bool:
    """A saying in the subjunctive that another cue demands: "urged that the minister *announce* a package".

    A verb in its bare form (the tagger may call it a present plural:
    "the government announce") with a subject of its own and no auxiliary,
    in the clause of a ``commissive`` cue (urge, demand, propose, promise
    ...), is what someone wants said, not a saying; so is a to-infinitive
    under such a cue or a ``directive_verbs`` verb ("is asked to call ...").
    """
    if cue.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        # "Anyone with information is asked to call Crime Stop", "urged her to say more": asked, not done
        head = cue.head
        return cue_group(head) == "commissive" or lemma_of(head) in cue_lexicon().directive_verbs
    if cue.tag_ not in {"VB", "VBP"} or cue.dep_ != "ccomp" or cue_group(cue.head) != "commissive":
        return False
    kids = {c.dep_ for c in cue.children}
    return "nsubj" in kids and not kids & {"aux", "auxpass"}


def _acts_on_someone(verb: Token) -> bool:
    """The verb is passive (also through the conjunct it shares its auxiliary with) or takes an object."""
    if any(c.dep_ in {"auxpass", "dobj", "obj"} for c in verb.children):
        return True
    if verb.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children):
        return verb.dep_ != "conj" or any(c.dep_ == "auxpass" for c in verb.head.children)
    return False


def _not_speech(reader: Reader, cue: Token) -> bool:
    """A sense of a cue verb that says nothing.

    "called into the show", "called off the talks", "called him in"
    (``not_speech_phrasal``);
    "called an urgent session" (a naming verb with a ``convene_objects``
    object); "called X to congratulate her" (a telephone call); "the sea it
    calls X" and "what critics call X" (a naming verb in a relative clause
    names, it does not state); "His group, called the Harbour Fund, ..." (a
    name set off after the subject, no object named: the subject is called so).
    """
    lemma = lemma_of(cue)
    for child in cue.children:
        # a particle may follow the object ("called him in"); a preposition follows the verb
        if (child.dep_ == "prt" and child.i > cue.i) or (child.dep_ == "prep" and child.i == cue.i + 1):
            # some pairs are another sense only of a verb that acts on someone ("was charged with",
            # "charged him with"; ``not_speech_phrasal_acted_on``), not of one that speaks ("charged with
            # visible anger that ...")
            pair = (lemma, child.lower_)
            acted_on = pair not in reader.cues.not_speech_phrasal_acted_on or _acts_on_someone(cue)
            if pair in reader.cues.not_speech_phrasal and acted_on:
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
    deps = {c.dep_ for c in cue.children}
    named = any(c.dep_ == "oprd" and c.ent_type_ and c.pos_ == "PROPN" for c in cue.children)
    set_off = cue.i > 0 and cue.nbor(-1).text == ","
    if named and set_off and not deps & {"dobj", "obj", "auxpass", "agent", "dative"}:
        return True  # "His group, called the Harbour Fund, will ...": the subject is named, nobody names it
    if called_with_purpose(cue):
        return True  # "called Rojas to congratulate her": a telephone call ("called to ban X" still says something)
    doc = cue.doc
    # (a phrase after a comma is in apposition, whatever the parse: "called a strike for next week, its third")
    if any(
        c.dep_ in {"oprd", "ccomp", "xcomp"} and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
        for c in cue.children
    ):
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


def _fronted_apposition(cue: Token) -> Token | None:
    """The subject the parse hung as an apposition inside a fronted phrase.

    "In a statement to the Gazette, *her adviser, Tom Berg,* said: ...":
    the noun phrase right before the cue became an apposition of "the
    Gazette"; it is the cue's subject.
    """
    tok = _name_before(cue)  # the nearest apposition ("Tom Berg"): a chain may hold two people
    if tok is None:
        return None
    host = tok
    while host.dep_ == "appos":
        host = host.head
    if host.dep_ != "pobj" or not any(a.dep_ == "prep" and a.head.i == cue.i for a in host.ancestors):
        return None
    return tok


def _name_before(cue: Token) -> Token | None:
    """The head of the apposition that ends right before the cue (commas skipped), if any."""
    before = cue.i - 1
    while before >= cue.sent.start and cue.doc[before].is_punct:
        before -= 1
    if before < cue.sent.start:
        return None
    tok = _name_head(cue.doc[before])
    return tok if tok.dep_ == "appos" else None


def _name_head(tok: Token) -> Token:
    """The last word of the name ``tok`` opens or is inside ("Ana" -> "Ruiz")."""
    while tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _after_vocative(subject: Token) -> Token | None:
    """The subject after a title addressed at the start of a sentence: "*Minister*, the fiscal watchdog says ...".

    A bare title (no article, no name of its own) opening its sentence or
    a labelled turn ("Q: Minister, ..."), followed by a comma and a noun
    phrase with a determiner the parse hung on it as an apposition, is the
    person spoken to; the apposition is the subject.
    """
    if not is_title(subject.text) or subject.ent_type_ or any(c.dep_ in {"det", "compound"} for c in subject.children):
        return None
    doc, start = subject.doc, subject.left_edge.i
    opening = start == subject.sent.start or (start > 0 and doc[start - 1].text == ":")
    if not opening or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return None
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "appos" and c.i > subject.i + 1 and any(d.dep_ in {"det", "poss"} for d in c.children)
        ),
        None,
    )


def _deep_apposition(cue: Token, subject: Token) -> Token | None:
    """A person's name in apposition deeper inside a description subject.

    "The director of the centre in Bergen, *Ines Calder*, said": the parse
    hung the name from "Bergen"; it names the director, who speaks. So
    after the cue: '"...," said the director of the centre in Bergen, *Ines
    Calder*, on Monday' (:func:`_name_closing`).
    """
    name = _name_before(cue) if subject.i < cue.i else _name_closing(subject)
    if name is None or name.ent_type_ != "PERSON" or name.head.i == subject.i:
        return None
    return name if subject.i < name.i <= subject.right_edge.i else None


def _name_closing(subject: Token) -> Token | None:
    """The name set off by a comma that closes a role's phrase after the cue, if any.

    '"...," said the governor of Bahia State, *Ana Lima*, on Monday', '...,
    said Acme's head of office in Lyon, *Ana Lima*.': a person's name whose
    phrase ends the subject's, a comma before it and a comma or the
    sentence's end after it. Only for a role or person word ("governor",
    "chief"), and not when a noun between the role and the name names a
    person itself ("said the lawyer for the victim, Tom Reed": the victim
    may be Tom Reed), nor when the name hangs on a common noun, whose title
    it may be ("said the producer of the musical, Hamilton").
    """
    if subject.ent_type_ or not is_person_word(subject):
        return None
    doc, end = subject.doc, subject.right_edge.i
    for name in reversed(list(subject.subtree)):
        if name.ent_type_ != "PERSON" or name.right_edge.i != end or name.i == subject.i:
            continue  # the name's phrase closes the subject's ("Ana Lima, who toured the camp,")
        ent = entity_of(name)
        last = name.i if ent is None else ent.end - 1
        after = doc[last + 1] if last + 1 < len(doc) else None
        if after is not None and after.text != "," and not (after.is_punct and after.is_sent_end):
            continue
        if not names_role_holder(subject, name):
            continue
        if name.head.i != subject.i and name.head.pos_ != "PROPN" and not name.head.ent_type_:
            return None  # "the producer of the musical, Hamilton": the work's title
        hung = name.head
        while hung.i != subject.i and not is_person_word(hung) and hung.head.i != hung.i:
            hung = hung.head
        return name if hung.i == subject.i else None
    return None


def _statement_noun_speaker(reader: Reader, cue: Token) -> Token | None:
    """The speaker of a participle that describes a statement noun: "X issued a statement *saying* ...".

    "The union released a statement calling the deal a betrayal", "she posted
    a tweet saying ...", "in a letter warning that ...": the participle has no
    subject of its own; whoever issued, released or posted the statement
    noun (``nouns``), or the subject of the clause it is a prepositional
    object of, speaks; so for a participle conjoined to that one ("a
    statement urging calm *and calling on* ..."). A document
    (``document_nouns``: "released an investigation alleging ...", "filed a
    lawsuit accusing ...") speaks for whoever issued it (``issuing_verbs``).
    """
    while cue.dep_ == "conj" and cue.tag_ == "VBG" and cue.head.tag_ == "VBG" and cue.head.i < cue.i:
        cue = cue.head
    noun = cue.head
    if cue.dep_ != "acl" or noun.i == cue.i:
        return None
    document = noun.lemma_.lower() in reader.cues.document_nouns
    if noun.lower_ not in reader.cues.nouns and not document:
        return None
    if noun.dep_ in {"dobj", "obj"}:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and not document:
        verb = noun.head.head
    else:
        return None
    if verb.pos_ not in {"VERB", "AUX"} or reader.in_quote(verb) is not None:
        return None
    if document and lemma_of(verb) not in reader.cues.issuing_verbs:
        return None  # "read a report alleging ...": the reader did not write it
    return own_subject(verb)


#: Most words of a speaker's noun phrase between the comma and a closing cue.
_MAX_CLOSING_SPEAKER = 12
#: Dependents by which a verb has its own object or complement ("continued *the work*").
_OWN_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "attr", "oprd", "acomp"})
#: The furthest a colon may close the clause of a verb of communication (:func:`_closes_at_colon`).
_MAX_COLON_DISTANCE = 16
#: Dashes that set off a speaker's phrase like commas ("... an accident -- Ana Ruiz, a spokeswoman, told ...").
_DASHES = frozenset({"\u2014", "\u2013", "--"})
#: The parts of speech of a speaker's noun phrase ("the medical charity's chief, Ana Ruiz (MSF)").
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM", "PART", "PUNCT"})


def _closing_speaker(cue: Token) -> tuple[Token | None, Token] | None:
    """'..., international aid group Oxfam said Friday.': the speaker's phrase between the last comma and a closing cue.

    The cue closes the sentence after what was said (a reported clause
    before it); between the last comma and the cue stands one noun phrase,
    the speaker's. The parse often hangs part of that phrase inside the
    reported clause (its description as a conjunct of the clause's last
    noun, or the whole phrase, leaving the cue without a subject). Returns
    the phrase's head when the cue has no subject of its own (None when it
    has one in the phrase) and the comma, where what was said ends; None
    when the words before the cue are not such a phrase. A comma right
    before the cue sets the speaker's phrases off (:func:`_set_off_speaker`).
    When the parse made the reported clause's last noun the cue's subject and
    hung the speaker's phrase on it as an apposition, that phrase's head is
    returned (:func:`_displaced_apposition`).
    """
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    if clause is None:
        return None
    doc = cue.doc
    if doc[cue.i - 1].text == "," and own_subject(cue) is None:
        return _set_off_speaker(cue, clause.i)  # "..., its chief executive, Ana Ruiz, said"
    k = cue.i - 1
    while k >= 0 and doc[k].text != ",":
        word = doc[k].pos_ in _PHRASE_POS or doc[k].tag_ == "PRP$"  # "..., his lawyer Ana Ruiz said"
        if not word or doc[k].is_sent_start or cue.i - k > _MAX_CLOSING_SPEAKER:
            return None  # "..., too," Berg said': a word of what was said, not of a name
        k -= 1
    if k < 0 or k == cue.i - 1:
        return None
    subject = own_subject(cue)
    if subject is not None and subject.i < k:
        # "..., killed at least nine people, the head of X said": the parse made the clause's last noun the
        # subject and hung the speaker's phrase on it
        displaced = _displaced_apposition(subject, k, cue)
        return (displaced, doc[k]) if displaced is not None else None
    if subject is not None:
        return (None, doc[k]) if subject.i < cue.i else None
    # the words hung outside the phrase: its head, and perhaps a preposition of a name ("Doctors *Without* Borders")
    loose = [t for t in doc[k + 1 : cue.i] if not t.is_punct and not k < t.head.i < cue.i]
    heads = [t for t in loose if t.pos_ in {"PROPN", "NOUN"}]
    if len(heads) != 1 or heads[0].head.i > k or any(t.pos_ not in {"PROPN", "NOUN", "ADP"} for t in loose):
        return None  # one phrase, hung inside the reported clause before the comma
    # the name, not the description: the person of "Lakeside police Chief Tom Berg", the group of
    # "relief group Healers Without Walls (HWW)"
    named = [e for e in span_ents(doc[k + 1 : cue.i]) if e.label_ in NAMED_ENTS]
    # "Healers Without Walls (HWW)": the acronym in brackets after a name is the name's, no second one
    ends = {e.end for e in named}
    named = [e for e in named if not (e.start - 1 in ends and doc[e.start - 1].text == "(")] or named
    if is_person_word(heads[0]) and all(of_role(e.root, heads[0]) for e in named):
        return heads[0], doc[k]  # "..., the head of the agency said": the role's holder, not the agency
    persons = [e for e in named if e.label_ == "PERSON"]
    for names in (persons, named):
        if len(names) == 1:
            return names[0].root, doc[k]
    return (heads[0], doc[k]) if heads[0].pos_ == "PROPN" else None


def _displaced_apposition(subject: Token, comma: int, cue: Token) -> Token | None:
    """The speaker's phrase the parse hung, as an apposition, on a noun of the reported clause it made the subject.

    "A strike killed at least nine *people*, *the head* of the agency said":
    "people" ends what was said, before the comma; the one phrase between
    the comma and the cue is its apposition, whose head speaks. Only a
    phrase with an article or a possessor, or a name, whose words fill the
    whole stretch up to the cue.
    """
    appos = next((c for c in subject.children if c.dep_ == "appos" and comma < c.i < cue.i), None)
    if appos is None or appos.left_edge.i != comma + 1 or appos.right_edge.i != cue.i - 1:
        return None
    if appos.pos_ != "PROPN" and not any(c.dep_ in {"det", "poss"} for c in appos.children):
        return None  # "..., leaving 12 people dead, officials said"-like runs are not one speaker's phrase
    return appos


def _conjoined_closing(cue: Token) -> tuple[Token, Token] | None:
    """'X donated ..., its chief executive, Ana Ruiz, said.': a closing cue the parse made a conjunct.

    The cue has no subject of its own and no conjunction before it (", and
    said" goes on with the clause's subject), and the clause is no saying
    itself (", the agency reported" relays it). Returns what
    :func:`_set_off_speaker` finds before the cue.
    """
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if cue_group(head) is not None:
        return None  # "X said ..., the agency reported": a relay of the saying before
    subject = own_subject(cue)
    if subject is not None:
        return _subject_set_off(cue, subject, head)
    if any(c.dep_ == "cc" and head.i < c.i < cue.i for c in (*head.children, *cue.children)):
        return None
    return _set_off_speaker(cue, head.i) or _titled_closing(cue, head.i)


def _titled_closing(cue: Token, floor: int) -> tuple[Token, Token] | None:
    """'..., EU foreign policy chief Kaja Kallas announced': a titled name between the last comma and the cue.

    The parse hung the name inside the clause before (a conjunct of its last
    noun) and made the cue a conjunct of that clause. Between the comma and
    the cue stand only the words of a noun phrase, closed by one person's
    name. Returns the name's head and the comma where what was said ends.
    """
    doc = cue.doc
    k = cue.i - 1
    while k > floor and doc[k].text != ",":
        if doc[k].pos_ not in _PHRASE_POS or cue.i - k > _MAX_CLOSING_SPEAKER:
            return None
        k -= 1
    if k <= floor or k == cue.i - 1:
        return None
    persons = [e for e in span_ents(doc[k + 1 : cue.i]) if e.label_ == "PERSON"]
    if len(persons) != 1 or persons[0].end != cue.i:
        return None
    return persons[0].root, doc[k]


def _subject_set_off(cue: Token, subject: Token, head: Token) -> tuple[Token, Token] | None:
    """'Three people were killed and dozens injured, the commission said': a subject right after a comma.

    The parse made the closing cue a conjunct of the clause (misled by the
    clause's own "and"); its subject's phrase follows a comma ("..., and
    the commission said" goes on) and holds no verb. Returns the subject and
    the comma where what was said ends.
    """
    doc = cue.doc
    left = subject.left_edge
    if subject.i < head.i or left.i <= head.i + 1 or doc[left.i - 1].text != ",":
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[left.i : cue.i]):
        return None
    return subject, doc[left.i - 1]


def _set_off_speaker(cue: Token, floor: int) -> tuple[Token, Token] | None:
    """'..., Ana Ruiz, said', '..., its chief executive, Ana Ruiz, said': a name set off by commas before a cue.

    Before the cue (past a comma) stand one or two phrases set off by commas
    (or by a quote's closing mark), which the parse hung inside the clause
    before: a name, perhaps after a description of its own ("its chief
    executive, Ana Ruiz,"), or a name and then its description ('"...," Ana
    Ruiz, founder of the Harbour Trust, said'). A description's head is a
    title or a person noun. Returns the name's head and the boundary where
    what was said ends (before the speaker's phrases).
    """
    doc = cue.doc
    end = cue.i - 1 if doc[cue.i - 1].text == "," else cue.i
    bounds: list[int] = []
    k = end - 1
    while k > floor and cue.i - k <= _MAX_CLOSING_SPEAKER and len(bounds) < 2:
        tok = doc[k]
        if tok.text == "," or tok.is_quote or tok.text in _DASHES:
            bounds.append(k)
            if tok.text != ",":
                break  # what was said ends at its closing mark or at a dash
        elif tok.pos_ not in _PHRASE_POS and tok.dep_ not in {"poss", "compound", "amod"}:
            break  # "its *managing* director": a modifier of the description
        k -= 1
    if not bounds:
        return None
    last = doc[bounds[0] + 1 : end]
    before = doc[bounds[1] + 1 : bounds[0]] if len(bounds) == 2 else None
    name = _set_off_name(last)
    if name is not None:
        if before is not None and _description(before):
            return name, doc[bounds[1]]  # "..., its chief executive, Ana Ruiz, said"
        return name, doc[bounds[0]]
    earlier = _set_off_name(before) if before is not None else None
    if earlier is not None and _description(last):
        return earlier, doc[bounds[1]]  # '"...," Ana Ruiz, founder of the Harbour Trust, said'
    return None


def _set_off_name(phrase: Span) -> Token | None:
    """The head of a phrase that is a name and nothing more (a named entity, or capitalised proper nouns)."""
    words = [t for t in phrase if not t.is_punct and t.lower_ not in DETERMINERS]
    if not words:
        return None
    names = [e for e in span_ents(phrase) if e.label_ in NAMED_ENTS]
    if len(names) == 1 and names[0].start <= words[0].i and names[0].end > words[-1].i:
        return names[0].root
    if not names and len(words) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return words[-1]  # a name of two words or more the recogniser missed ("Ana Ruiz")
    return None


def _description(phrase: Span) -> bool:
    """A description of a person: its head a title or a person noun ("its chief executive", "founder of X")."""
    head = phrase.root
    return head.pos_ == "NOUN" and (is_title(head.lemma_) or head.lemma_.lower() in person_nouns())


def _in_as_clause(cue: Token) -> bool:
    """An adverbial clause opened by "as": "As X noted, ...", "..., as X put it".

    The parse may read the opening "as" as a preposition ("As the mayor said":
    "as the mayor" a phrase of "said"); the clause is the same.
    """
    return cue.dep_ == "advcl" and any(
        c.dep_ in {"mark", "prep"} and c.lower_ == "as" and c.i < cue.i for c in cue.children
    )


def _as_idiom(reader: Reader, token: Token) -> bool:
    """'As the mayor *put it*, ...': a verb and object (``as_idioms``) that report speech in an as-clause."""
    return token.pos_ in {"VERB", "AUX"} and _in_as_clause(token) and _idiom_object(reader, token)


def _idiom_object(reader: Reader, verb: Token) -> bool:
    """The verb and its object make an idiom of speech (``as_idioms``): "put it"."""
    lemma = lemma_of(verb)
    return any(c.dep_ == "dobj" and (lemma, c.lower_) in reader.cues.as_idioms for c in verb.children)


def _own_quote(cand: Candidate) -> bool:
    """The linked quote is an argument of the cue itself (', as X put it, "the operator."')."""
    quote, cue = cand.quote, cand.cue
    end = cue.right_edge.idx + len(cue.right_edge)
    return cand.direct and quote is not None and cue.left_edge.idx <= quote.start <= end


def _as_clause(reader: Reader, cand: Candidate) -> None:
    """'As the mayor pointed out, the city cannot afford it': the host clause is what was said.

    A cue in an adverbial clause opened by "as" ("As X noted, ...", "...,
    as X warned") reports the clause it modifies, without the as-clause.
    The host must not be a cue itself ("X said, as he did in May, that ...").
    A commissive cue says how, not what ("...,
    as Sanders proposes": the host is no proposal of his). A quote inside
    the host clause ("as he put it, "the best thing" is that ...") is part
    of the content.
    """
    cue = cand.cue
    host = cue.head
    if (
        cand.group == "commissive"
        or host.i == cue.i
        or host.pos_ not in {"VERB", "AUX"}
        or cue_group(host) is not None
        or not _in_as_clause(cue)
        or any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children)  # "as he said he would": words of its own
    ):
        return
    start, end = subtree_range(host)
    left, right = cue.left_edge, cue.right_edge
    if left.idx <= start:
        content = reader.clause(right.idx + len(right), end)  # "As X noted, ..."
    elif right.idx + len(right) >= end - 1:
        content = reader.clause(start, left.idx)  # "..., as X noted."
    else:
        return  # "The bridge, as X noted, will close": a parenthetical the content rules read
    if content is None or len(reader.text[content[0] : content[1]].split()) < 3:
        return
    quote = reader.in_quote(host) or next(
        (q for q in reader.quotes if q.start <= content[0] + 1 and q.end >= content[1] - 1), None
    )
    whole = quote is not None and quote.start <= content[0] + 1 and quote.end >= content[1] - 1
    if whole and quote is not None:
        content = reader.clause(quote.start, quote.end) or content  # the quote, without its marks
    cand.content, cand.relay_only = content, False
    cand.direct, cand.quote = whole, quote if whole else None
    reader.claim_within(content)
    if not cand.rule or not whole:
        cand.rule = "statement.noun_cue.v1" if cand.rule == "statement.noun_cue.v1" else "statement.clause_x_said.v1"


def _paragraph_label(subject: Token, cue: Token) -> bool:
    """A label opening the paragraph before a colon, which the parse made the subject of a cue after it.

    "Theft: A man said his van was taken overnight": the words before the
    colon head the paragraph (a log's section, a topic); a verb after the
    colon has its subject after the colon too, or none the parse found. A
    name right before a cue that opens what follows ("Ana Ruiz: Says ...")
    is the speaker a guide's label names.
    """
    doc = subject.doc
    end = subject.i + 1
    if end >= cue.i or doc[end].text != ":":
        return False
    if is_named(subject) and end + 1 == cue.i:
        return False  # "Ana Ruiz: Says the ferry should be free": a voter guide's named label speaks, cue first
    start = subject.left_edge.i
    return start == 0 or "\n" in doc[start - 1].text_with_ws


def _the_dead(reader: Reader, noun: Token) -> bool:
    """A noun a casualty word modifies (``dead_modifiers``): "five people dead" is no speaker."""
    dead = reader.cues.dead_modifiers
    return any(c.dep_ in {"amod", "acl", "oprd"} and c.lower_ in dead for c in noun.children)


def _from_cue(reader: Reader, cue: Token, group: str, rule: str) -> Candidate | None:
    if _not_speech(reader, cue):
        return None
    anchor = cue
    speaker_tok = subject_of(cue)
    speaker_tok = inserted_speaker(cue) or speaker_tok  # "the real X, Chief Justice Y said, one should ..."
    if speaker_tok is not None and (described := _after_vocative(speaker_tok)) is not None:
        speaker_tok = described  # "Minister, the fiscal watchdog says ...": the watchdog says it, not the minister
    if speaker_tok is None and cue.pos_ == "NOUN" and cue.i > 0 and cue.nbor(-1).head == cue:
        speaker_tok = cue.nbor(-1)  # "..., the former mayor maintains": the misread verb's subject is a modifier
    if speaker_tok is None:
        speaker_tok = _fronted_apposition(cue)
    elif speaker_tok.ent_type_ != "PERSON":
        speaker_tok = _deep_apposition(cue, speaker_tok) or speaker_tok
    if speaker_tok is None:
        speaker_tok = _statement_noun_speaker(reader, cue)
    if speaker_tok is not None and _paragraph_label(speaker_tok, cue):
        speaker_tok = None  # "Fraud: A woman lost $900 after a caller said ...": the label heads the paragraph
    if speaker_tok is not None and _the_dead(reader, speaker_tok):
        # "..., leaving at least five people dead, witnesses and a medic said": the conjuncts speak
        speaker_tok = next((c for c in speaker_tok.children if c.dep_ == "conj"), None)
    closing = _closing_speaker(cue)
    stranded = False
    if closing is not None and closing[0] is not None and (speaker_tok is None or speaker_tok.i < closing[1].i):
        # no subject, or one the parse took from the reported clause before the comma (_displaced_apposition)
        speaker_tok, stranded = closing[0], True
    conjoined = _conjoined_closing(cue) if closing is None else None
    if conjoined is not None:
        speaker_tok, closing, stranded = conjoined[0], conjoined, True
    if speaker_tok is None and cue.is_sent_start and cue.i + 1 < len(cue.doc) and is_named(cue.nbor(1)):
        # 'Said Ana Ruiz: "..."': an inverted opener the parse did not read; the quote follows the name
        speaker_tok = _name_head(cue.nbor(1))
        anchor = speaker_tok
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
                # "X was quoted by SUNA as saying", "X was quoted as saying by IRNA": the agent relays
                agents = [
                    g
                    for a in (*relay.children, *cue.children)
                    if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
                    for g in a.children
                ]
                relayer = subj or next((g for g in agents if g.dep_ == "pobj"), None)
                if relayer is not None:
                    reported_by = media_actor(reader, relayer)
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
    if rule == "statement.cited_as_saying.v1" and cand.content is not None and cand.quote is None:
        # '"...," X was quoted as saying by IRNA': the words are the quotation before it
        start, end = cand.content
        quote = quote_at(reader.quotes, start) or quote_at(reader.quotes, start + 1)
        around = "" if quote is None else reader.text[start : quote.start] + reader.text[quote.end : end]
        if quote is not None and not around.strip(QUOTE_GAP + ","):
            cand.quote, cand.direct = quote, True
            cand.content = trim(reader.text, quote.start, quote.end, clause=False)
    if conjoined is not None and cand.content is None:
        cand.content = reader.clause(cue.head.left_edge.idx, conjoined[1].idx)  # the clause the cue closes
        cand.relay_only = False
        cand.rule = cand.rule or "statement.clause_x_said.v1"
    # what was said ends at the comma before the speaker: cut there when the content runs over it into
    # the speaker's words (not only its closing quote mark: '"a change agent," Cole said'), or when
    # the parse cut it at the speaker's words hung inside it
    comma = closing[1] if closing is not None else None
    if (
        comma is not None
        and cand.content is not None
        and cand.content[0] < comma.idx
        and (stranded or any(ch.isalnum() for ch in reader.text[comma.idx : cand.content[1]]))
    ):
        cand.content = reader.clause(cand.content[0], comma.idx)
    if cand.content is None or cand.relay_only or (_as_idiom(reader, cue) and not _own_quote(cand)):
        _as_clause(reader, cand)
    # audience: "told reporters", "told Xi"
    if lemma_of(cue) in reader.cues.audience_verbs:
        for child in cue.children:
            if child.dep_ in {"dobj", "dative"} and (
                cand.content is None or not (cand.content[0] <= child.idx < cand.content[1])
            ):
                res = reader.ctx.actor(child)
                if res is not None:
                    cand.audience = res[0]
                break
    return cand
