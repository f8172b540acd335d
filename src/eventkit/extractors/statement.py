"""Statements: who said what, directly or reported, and who relayed it.

The extractor reads attribution from the dependency parse and the quote
structure of the cleaned text (where every curly quote is a straight ``"``):

1. **Quotes.** Double quotes are paired inside each paragraph; an opening
   quote left unclosed runs to the end of its paragraph (the convention for
   quotes that continue in the next paragraph). Unbalanced quotes never raise.
2. **Cue verbs** (``resources/lexicons/speech_cues.en.yaml``): for each cue
   outside a quote, the speaker is its subject (or, for "..., saying" and
   "and added", the subject of the verb it hangs from); the content is, in
   order of preference, a quote linked to the cue by the parse or by
   adjacency (``"...," said X`` / ``X said: "..."``), its that-clause, or
   (by verb group) its object or to-infinitive.
3. **Relays.** "Xinhua cited Xi as saying": Xi speaks, Xinhua reports. A cue
   whose content is another attribution ("X told Y that ..., state media
   reported"), or a cue with no content of its own hanging from another cue
   ("X pointed out ..., state media said"), gives its subject to
   ``reported_by`` of the inner statement. "according to X" / "as per X" do
   the same when the clause already has a speaker, and are the speaker
   otherwise.
4. **Noun cues.** "In a statement, the ministry condemned ...": a verb
   outside the lexicon becomes a cue when a statement noun modifies it.
5. **Unattributed quotes** of four words or more continue the last speaker:
   a quote paragraph standing alone starts a new statement; a quote right
   after a direct quote of the same paragraph extends it.

Speakers that are a bare common noun ("the report", "officials") are not
named and are skipped. No statement is read from the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from eventkit.extractors.base import DocContext, modality_of
from eventkit.lexicons import load_list, load_yaml
from eventkit.models import Actor, ActorKind, Modality, Provenance, Span, Statement
from eventkit.text.clean import BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["extract_statements", "find_quotes"]

_LEXICON = "lexicons/speech_cues.en.yaml"
_TITLES = "lexicons/titles.en.txt"
#: Quotes shorter than this (in words) are scare quotes unless a cue governs them.
MIN_QUOTE_WORDS = 4
#: Dependency labels through which a clause hangs from another and shares its subject.
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
#: Right dependents of a cue that carry content for the object/commissive groups.
_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prep", "oprd", "attr", "dative", "obj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Later dependents of a cue that continue its content ("said X, because Y"; "cited X as Y").
_CONTINUING_DEPS = frozenset({"ccomp", "advcl", "conj", "prep", "npadvmod", "advmod", "dobj", "xcomp", "oprd", "dep"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "other"})
_STRIP = " \t\n,;:"
#: Entity types that name a speaker.
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Prepositions that anchor a role to a name: "a spokeswoman for X", "the head of X".
_ROLE_PREPS = frozenset({"for", "of", "at", "from"})
#: "SMITH: We will win." -- a transcript's speaker label, in capitals, opening its paragraph.
_SPEAKER_LABEL = re.compile(r"\"?(?P<name>[A-Z][A-Z.'\- ]{1,40}[A-Z.])(?P<colon>:)\s+(?P<content>\S)")
#: "Smith: Taxes Must Rise" / "Smith on Taxes: ..." -- a headline naming its speaker.
_HEADLINE_LABEL = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})(?: on [^:]{1,40})?(?P<colon>:)\s+(?P<content>\S)"
)
#: '"..." -- Jane Smith': a quote signed with a dash at the end of its paragraph.
_DASH_BYLINE = re.compile(r"\"?\s*(?P<colon>[\u2015\u2014\u2013]|--?)\s*(?P<name>[A-Z][^\n\"]{1,60}?)[.\s]*$")
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
_QUOTE_MARK = re.compile(r"\"|''")
#: What may separate a quote from the next sentence's cue: its closing mark and white space.
_QUOTE_GAP = " \t\n\"'"


# ------------------------------------------------------------------ lexicon


@dataclass(frozen=True)
class _Cues:
    """The speech-cue lexicon, compiled once."""

    verb_group: dict[str, str]
    phrasal: dict[tuple[str, str], str]
    relay_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    nouns: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]
    media: frozenset[str]
    not_speakers: frozenset[str]
    roles: frozenset[str]
    not_labels: frozenset[str]
    claim_nouns: frozenset[str]
    not_speech_phrasal: frozenset[tuple[str, str]]
    convene_objects: frozenset[str]
    idioms: frozenset[tuple[str, str]]


@cache
def _cues() -> _Cues:
    data = load_yaml(_LEXICON)
    verb_group: dict[str, str] = {}
    for group, verbs in data["verbs"].items():
        for verb in verbs:
            verb_group.setdefault(str(verb).lower(), str(group))
    phrasal = {tuple(str(k).lower().split()): str(v) for k, v in data.get("phrasal", {}).items()}
    return _Cues(
        verb_group=verb_group,
        phrasal={(k[0], k[1]): v for k, v in phrasal.items() if len(k) == 2},
        relay_verbs=frozenset(str(v).lower() for v in data.get("relay_verbs", [])),
        naming_verbs=frozenset(str(v).lower() for v in data.get("naming_verbs", [])),
        nouns=frozenset(str(v).lower() for v in data.get("nouns", [])),
        prepositions=tuple(tuple(str(p).lower().split()) for p in data.get("prepositions", [])),
        media=frozenset(str(v).lower() for v in data.get("media", [])),
        not_speakers=frozenset(str(v).lower() for v in data.get("not_speakers", [])),
        roles=frozenset(str(v).lower() for v in data.get("roles", [])) | frozenset(load_list(_TITLES)),
        not_labels=frozenset(str(v).lower() for v in data.get("not_labels", [])),
        claim_nouns=frozenset(str(v).lower() for v in data.get("claim_nouns", [])),
        not_speech_phrasal=frozenset(
            (words[0], words[1])
            for v in data.get("not_speech_phrasal", [])
            if len(words := str(v).lower().split()) == 2
        ),
        convene_objects=frozenset(str(v).lower() for v in data.get("convene_objects", [])),
        idioms=frozenset(
            (words[0], words[-1]) for v in data.get("idioms", []) if len(words := str(v).lower().split()) >= 2
        ),
    )


# ------------------------------------------------------------------- quotes


@dataclass(frozen=True)
class Quote:
    """A double-quoted stretch of the cleaned text.

    Attributes:
        start: Offset of the first character inside the quote marks.
        end: Offset after the last character inside the quote marks.
        open_end: True when no closing mark was found in the paragraph.
        para_start: Start offset of the paragraph.
        para_end: End offset of the paragraph.
    """

    start: int
    end: int
    open_end: bool
    para_start: int
    para_end: int

    def words(self, text: str) -> int:
        """Number of words inside the quote."""
        return len(text[self.start : self.end].split())

    def contains(self, offset: int) -> bool:
        """True when a cleaned offset lies inside the quote."""
        return self.start <= offset < self.end


def find_quotes(text: str) -> list[Quote]:
    """Pair the double quotes of each paragraph (paragraphs are separated by a blank line).

    Args:
        text: Cleaned text (curly quotes already straightened).

    Returns:
        The quotes in order. An unpaired opening quote runs to its paragraph's end.
    """
    quotes: list[Quote] = []
    pos = 0
    for para in text.split("\n\n"):
        p_start, p_end = pos, pos + len(para)
        pos = p_end + 2
        # (offset, width): a double quote, or two apostrophes as some newspapers write it
        marks = [(p_start + m.start(), len(m.group())) for m in _QUOTE_MARK.finditer(para)]
        for k in range(0, len(marks), 2):
            open_at, width = marks[k]
            if k + 1 < len(marks):
                quotes.append(Quote(open_at + width, marks[k + 1][0], False, p_start, p_end))
            else:
                quotes.append(Quote(open_at + width, p_end, True, p_start, p_end))
    return quotes


# ---------------------------------------------------------------- candidate


@dataclass
class _Candidate:
    """One attribution while the document is being read."""

    cue: Token
    anchor: Token  # the clause the content hangs from (the relay verb for "cited X as saying")
    speaker_tok: Token | None
    group: str
    rule: str
    content: tuple[int, int] | None = None  # cleaned offsets
    direct: bool = False
    quote: Quote | None = None
    reported_by: Actor | None = None
    audience: Actor | None = None
    speaker: Actor | None = None
    speaker_conf: float = 0.0
    generic: bool = False
    relay_only: bool = False
    extra: list[tuple[int, int]] = field(default_factory=list)  # further quote fragments


# ------------------------------------------------------------------ helpers


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _cue_group(token: Token) -> str | None:
    """The lexicon group of a verb token, honouring phrasal particles."""
    if token.pos_ not in {"VERB", "AUX"} and token.tag_ not in {"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"}:
        return None
    cues = _cues()
    lemma = _lemma(token)
    for child in token.children:
        if child.dep_ in {"prt", "prep"}:
            group = cues.phrasal.get((lemma, child.lower_))
            if group is not None:
                return group
    group = cues.verb_group.get(lemma)
    if group is None and _idiom_noun(token) is not None:
        return "object"
    return group


def _idiom_noun(token: Token) -> Token | None:
    """The object of a speech idiom ("raised *questions* about", "took *issue* with", "made the *case* that")."""
    cues = _cues()
    lemma = _lemma(token)
    for child in token.children:
        if child.dep_ in {"dobj", "obj"} and child.i > token.i and (lemma, _lemma(child)) in cues.idioms:
            return child
    return None


def _subject(token: Token) -> Token | None:
    """The subject of ``token``'s clause, climbing through "..., saying" and "and added"."""
    own = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
    if own is not None:
        return own
    if token.dep_ in _SHARED_SUBJECT_DEPS:
        # "X stated that ..., adding that ...": the parse may hang "adding" inside
        # the reported clause; the nearest cue verb above it is the speaker's.
        for anc in token.ancestors:
            if anc.pos_ == "VERB" and _cue_group(anc) is not None:
                subj = next((c for c in anc.children if c.dep_ in _SUBJECTS), None)
                if subj is not None:
                    return subj
    current = token
    for _ in range(4):
        subj = next((c for c in current.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            return subj
        if current.dep_ not in _SHARED_SUBJECT_DEPS or current.head.i == current.i:
            return None
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head  # "with Biden saying ..."
            continue
        current = current.head
    return None


def _trim(text: str, start: int, end: int, *, clause: bool = True) -> tuple[int, int] | None:
    """Trim white space and commas (and a clause's leading "that") from cleaned offsets of ``text``."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    if clause and text[start : start + 5].lower() == "that ":
        start += 5
    if end - start < 2:
        return None
    return start, end


def _subtree_range(token: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Cleaned character range of a token's subtree, cut before ``exclude`` when it lies inside."""
    left, right = token.left_edge, token.right_edge
    doc = token.doc
    if exclude is not None and left.i <= exclude.i <= right.i:
        left = doc[exclude.i + 1] if exclude.i < token.i else left
        if exclude.i > token.i:
            right = doc[exclude.i - 1]
    return left.idx, right.idx + len(right)


def _first_word(token: Token) -> Token:
    """The first token of ``token``'s subtree that is not punctuation (an opening quote mark)."""
    for t in token.subtree:
        if not (t.is_punct or t.is_space):
            return t
    return token


def _is_generic(phrase: SpacySpan) -> bool:
    """True for a speaker that names nobody: "the report", "officials", "observers"."""
    cues = _cues()
    words = [t for t in phrase if not t.is_punct and t.lower_ not in _DETERMINERS and t.dep_ != "poss"]
    if not words:
        return True
    if any(t.ent_type_ or t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
        return False
    if len(words) == 1:
        return True
    return phrase.root.lower_ not in cues.media


def _vague(token: Token) -> bool:
    """A sentence-initial common noun ("Officials said ..."): a speaker, but a vague one."""
    phrase = [t for t in token.subtree if t.i <= token.i and not t.is_punct]
    if not phrase or not phrase[0].is_sent_start or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    # no entity, and no capital letter but the sentence's first
    return all(t.ent_type_ == "" and (t.i == phrase[0].i or not t.text[:1].isupper()) for t in phrase)


def _named(token: Token) -> bool:
    """A proper name or a named entity (person, organisation, place)."""
    return token.pos_ == "PROPN" or token.ent_type_ in _NAMED_ENTS


def _described(token: Token) -> str | None:
    """The text of a role anchored by a name: "a spokeswoman for X", "X's tax chief", else None."""
    if token.pos_ != "NOUN":
        return None
    from eventkit.normalize.actors import noun_phrase

    doc = token.doc
    start, end, anchored = token.left_edge.i, token.i + 1, False
    for child in token.children:
        if child.dep_ == "poss" and child.i < token.i and any(_named(t) for t in child.subtree):
            anchored = True
        elif (
            child.dep_ == "prep"
            and child.i == token.i + 1
            and child.lower_ in _ROLE_PREPS
            and token.lower_ in _cues().roles
        ):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and _named(pobj):
                anchored, end = True, noun_phrase(pobj).end
    while start < token.i and (doc[start].is_punct or doc[start].lower_ in _DETERMINERS):
        start += 1
    if not anchored or end - start > 10:
        return None
    return doc[start:end].text


def _inverted_speaker(cue: Token) -> Token | None:
    """The name right after a cue that the parse did not take as its subject ('"...," said *Jane Doe*')."""
    for child in cue.rights:
        if child.is_punct or child.is_space:
            continue
        if child.dep_ in {"nsubj", "dobj", "attr", "npadvmod", "appos", "oprd", "dative"} and _named(child):
            return child
        return None
    return None


def _headline_group(token: Token, following: Token | None) -> str | None:
    """The lexicon group of a headline word by its form ("Says", "Calls for", "Vows"), whatever its tag."""
    word = token.lower_
    if not word.isalpha() or not token.text[:1].isalpha():
        return None
    cues = _cues()
    forms = [word, token.lemma_.lower()]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    for form in forms:
        if following is not None and (form, following.lower_) in cues.phrasal:
            return cues.phrasal[(form, following.lower_)]
        if form in cues.verb_group:
            return cues.verb_group[form]
    return None


def _to_infinitive(token: Token) -> bool:
    """A to-infinitive clause ("to go home"), whether parsed as xcomp or advcl."""
    return token.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.lefts)


def _quote_of(quotes: list[Quote], offset: int) -> Quote | None:
    for q in quotes:
        if q.contains(offset):
            return q
    return None


# ---------------------------------------------------------------- the rules


class _Reader:
    """Reads the attributions of one document."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.cues = _cues()
        # Doc.text re-joins every token on each access: read the cleaned string once
        self.text = ctx.clean.text
        self.quotes = [q for q in find_quotes(self.text) if q.end > q.start]
        self.claimed: set[int] = set()  # ids (start offsets) of quotes used as content

    # ------------------------------------------------------------ quotes
    def in_quote(self, token: Token) -> Quote | None:
        return _quote_of(self.quotes, token.idx)

    def linked_quotes(self, anchor: Token) -> tuple[Quote | None, Quote | None]:
        """The quotes a cue follows and introduces: ``("...," X said, "...")``."""
        sent = anchor.sent
        before: tuple[int, Quote] | None = None
        after: tuple[int, Quote] | None = None
        colon = sent.text.rstrip().endswith(":")
        for q in self.quotes:
            if q.start in self.claimed or q.contains(anchor.idx):
                continue
            if q.start > sent.end_char + (5 if colon else 2):
                continue
            if q.end < sent.start_char - 1 and not self._own_sentences(q, sent.start_char):
                continue
            if not colon and not q.para_start <= anchor.idx <= q.para_end:
                continue  # a quote never takes its attribution from another paragraph
            if q.end <= anchor.idx:
                score = self._before_score(anchor, q)
                if score is not None and (before is None or score < before[0]):
                    before = (score, q)
            else:
                score = self._after_score(anchor, q)
                if score is not None and (after is None or score < after[0]):
                    after = (score, q)
        return (before[1] if before else None), (after[1] if after else None)

    def _own_sentences(self, q: Quote, cue_sent_start: int) -> bool:
        """A quote of whole sentences right before the cue's: '"Why?" she asked.'."""
        if cue_sent_start - q.end > 8 or self.text[q.end : cue_sent_start].strip(_QUOTE_GAP):
            return False
        first = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if first is None or not len(first):
            return False
        return not self.text[first[0].sent.start_char : q.start].strip(_QUOTE_GAP)

    def _before_score(self, anchor: Token, q: Quote) -> int | None:
        """'"...," said X.' / '"...," X told reporters.': only the subject and punctuation between."""
        between = []
        i = anchor.i - 1
        while i >= 0 and self.doc[i].idx >= q.end:
            between.append(self.doc[i])
            if len(between) > 12:
                return None
            i -= 1
        allowed = {anchor.i}
        for child in anchor.children:
            if child.dep_ in _SUBJECTS | {"aux", "advmod", "neg", "npadvmod"}:
                allowed.update(t.i for t in child.subtree)
        if any(not (t.is_punct or t.is_space or t.i in allowed) for t in between):
            return None
        return len(between)

    def _after_score(self, anchor: Token, q: Quote) -> int | None:
        """'X said: "..."' / 'X told reporters, "..."': the cue's own arguments between."""
        between = []
        i = anchor.i + 1
        while i < len(self.doc) and self.doc[i].idx < q.start - 1:
            between.append(self.doc[i])
            if len(between) > 12:
                return None
            i += 1
        allowed: set[int] = set()
        for child in anchor.children:
            if child.i > anchor.i and child.dep_ in _SUBJECTS | {
                "dobj",
                "dative",
                "prep",
                "advmod",
                "npadvmod",
                "mark",
            }:
                allowed.update(t.i for t in child.subtree)
        if any(not (t.is_punct or t.is_space or t.i in allowed or t.lower_ == "that") for t in between):
            return None
        # a quote in the next sentence only after a colon ('X said:' then the quote)
        if q.start > anchor.sent.end_char + 1 and not anchor.sent.text.rstrip().endswith(":"):
            return None
        return len(between)

    # -------------------------------------------------------------- actors
    def resolve(self, token: Token) -> tuple[Actor, float, bool] | None:
        """Resolve a speaker token: (actor, confidence, generic)."""
        if token.lower_ in _FIRST_PERSON:
            return None
        if not _named(token):
            # "The state's campaign chairman, Jane Doe, said": the name in apposition speaks
            appos = next((c for c in token.children if c.dep_ == "appos" and _named(c)), None)
            if appos is not None:
                return self.resolve(appos)
        resolved = self.ctx.actor(token)
        if resolved is None:
            return None
        actor, conf = resolved
        if token.lower_ in _PERSON_PRONOUNS or token.pos_ == "PRON":
            return actor, conf, False
        from eventkit.normalize.actors import noun_phrase

        phrase = noun_phrase(token)
        generic = _is_generic(phrase) and token.ent_type_ == ""
        if token.lower_ in self.cues.not_speakers:
            return None
        if generic:
            # "a spokeswoman for the Acme Party", "Ohio's tax commissioner": a role a name anchors
            described = _described(token)
            if described is not None:
                actor, generic = actor.model_copy(update={"name": described}), False
        return actor, conf, generic

    def media_actor(self, token: Token) -> Actor | None:
        """Resolve "reports by Xinhua" / "Chinese state news agency Xinhua" / "state media"."""
        target = token
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "from", "of", "in"}:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    target = pobj
        resolved = self.ctx.actor(target)
        if resolved is None:
            return None
        actor = resolved[0]
        from eventkit.normalize.actors import noun_phrase

        phrase = noun_phrase(target)
        names = [t for t in phrase if t.ent_type_ in {"ORG", "PERSON"}]
        if target.lower_ in self.cues.media and not names:
            # "Belarussian state media": the outlet, not the country its adjective names
            words = [t.text for t in phrase if t.lower_ not in _DETERMINERS and t.dep_ != "poss" and not t.is_punct]
            name = " ".join(words) or target.text
            return Actor(name=name, kind=ActorKind.ORGANIZATION, country=actor.country, mentions=actor.mentions)
        return actor

    # ---------------------------------------------------------------- cues
    def candidates(self) -> list[_Candidate]:
        found: list[_Candidate] = []
        for token in self.doc:
            if self.ctx.in_headline(token) or self.in_quote(token) is not None:
                continue
            group = _cue_group(token)
            if group is None:
                group = self._noun_cued(token)
                if group is None:
                    continue
                rule = "statement.noun_cue.v1"
            else:
                rule = ""
            cand = self._from_cue(token, group, rule)
            if cand is not None:
                found.append(cand)
        return found

    def _noun_cued(self, verb: Token) -> str | None:
        """'In a statement, X condemned ...': a statement noun in a prep of the verb."""
        if verb.pos_ != "VERB":
            return None
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "during", "via", "through"}:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.lower_ in self.cues.nouns:
                    return "object"
        return None

    def _not_speech(self, cue: Token) -> bool:
        """A sense of a cue verb that says nothing.

        "called into the show", "called off the talks" (``not_speech_phrasal``);
        "called an emergency meeting" (a naming verb with a ``convene_objects``
        object); "the sea it calls X" and "what critics call X" (a naming verb
        in a relative clause names, it does not state).
        """
        lemma = _lemma(cue)
        for child in cue.children:
            if child.dep_ in {"prt", "prep"} and child.i == cue.i + 1:
                if (lemma, child.lower_) in self.cues.not_speech_phrasal:
                    return True
                if (lemma, child.lower_) in self.cues.phrasal:
                    return False  # "called for a recount", "called on X to ..."
        if lemma not in self.cues.naming_verbs:
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
                and _lemma(child) in self.cues.convene_objects
                and not any(c.dep_ == "poss" for c in child.children)
            ):
                return True
        return False

    def _from_cue(self, cue: Token, group: str, rule: str) -> _Candidate | None:
        if self._not_speech(cue):
            return None
        anchor = cue
        speaker_tok = _subject(cue)
        if any(c.dep_ == "auxpass" for c in cue.children) and _lemma(cue) not in self.cues.relay_verbs:
            # "It was announced by the ministry that ...": the agent speaks, not the subject
            agent = next((c for c in cue.children if c.dep_ == "agent"), None)
            speaker_tok = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if speaker_tok is not None and self.in_quote(speaker_tok) is not None and self.in_quote(cue) is None:
            # '"... Full panic mode," said Jane Doe': a word of the quote is no speaker
            speaker_tok = _inverted_speaker(cue)
        reported_by: Actor | None = None
        # "Xinhua cited Xi as saying": Xi speaks, Xinhua relays
        if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.lower_ == "as":
            relay = cue.head.head
            if _lemma(relay) in self.cues.relay_verbs:
                obj = next((c for c in relay.children if c.dep_ in {"dobj", "nsubjpass"}), None)
                subj = next((c for c in relay.children if c.dep_ == "nsubj"), None)
                if obj is not None:
                    speaker_tok, anchor = obj, relay
                    if subj is not None:
                        reported_by = self.media_actor(subj)
                    rule = "statement.cited_as_saying.v1"
        elif (
            any(
                c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in {"saying", "telling"} for g in c.children)
                for c in cue.children
            )
            and _lemma(cue) in self.cues.relay_verbs
        ):
            return None  # the relay verb itself; handled from "saying"
        cand = _Candidate(
            cue=cue, anchor=anchor, speaker_tok=speaker_tok, group=group, rule=rule, reported_by=reported_by
        )
        self._content(cand)
        # audience: "told reporters", "told Xi"
        if _lemma(cue) in {"tell", "assure", "inform", "remind", "warn", "urge", "ask"}:
            for child in cue.children:
                if child.dep_ in {"dobj", "dative"} and (
                    cand.content is None or not (cand.content[0] <= child.idx < cand.content[1])
                ):
                    res = self.ctx.actor(child)
                    if res is not None:
                        cand.audience = res[0]
                    break
        return cand

    def _content(self, cand: _Candidate) -> None:
        """Fill the content: a linked quote, the that-clause, or the object by verb group."""
        cue, anchor = cand.cue, cand.anchor
        before, after = self.linked_quotes(anchor)
        ccomp = next((c for c in cue.children if c.dep_ in {"ccomp"}), None)
        if ccomp is None and cue.i != anchor.i:
            ccomp = next((c for c in anchor.children if c.dep_ == "ccomp"), None)
        # the clause the quote must hold: a that-clause starting outside it is mixed speech
        for quote in (before, after):
            if quote is None:
                continue
            mixed = ccomp is not None and not quote.contains(_first_word(ccomp).idx)
            if mixed and ccomp is not None and (ccomp.i < cue.i) == (quote.end <= cue.idx):
                continue
            span = _trim(self.text, quote.start, quote.end, clause=False)
            if span is None or quote.words(self.text) < 2:
                continue
            if quote.words(self.text) < MIN_QUOTE_WORDS and cand.group != "report":
                continue
            cand.content, cand.direct, cand.quote = span, True, quote
            self.claimed.add(quote.start)
            if quote is before and after is not None:
                # a quote split by its attribution: '"...," X said, "..."'
                rest = _trim(self.text, after.start, after.end, clause=False)
                if rest is not None:
                    cand.extra.append(rest)
                    self.claimed.add(after.start)
            cand.rule = cand.rule or self._rule_name(cand, quote)
            return
        if ccomp is not None and ccomp.i > cue.i:
            start, end = _subtree_range(ccomp, exclude=cue)
            end = self._continued(cue, end)
            addressee = self._addressee(cand) if cand.group == "commissive" else None
            if addressee is not None and addressee.i < ccomp.i:
                # "demanded the mayor resign": who is urged belongs to the content
                start = addressee.left_edge.idx
            cand.content = self._clause(start, end)
            q = self.in_quote(ccomp)
            if (
                cand.content is not None
                and q is not None
                and q.start <= cand.content[0] + 1
                and q.end >= cand.content[1] - 1
            ):
                cand.direct, cand.quote = True, q
            self._claim_within(cand.content)
            cand.rule = cand.rule or (
                "statement.x_told_y_that.v1" if _lemma(cue) == "tell" else "statement.x_said_that.v1"
            )
            return
        if ccomp is not None and ccomp.i < cue.i and cand.group != "belief":
            # "X is a problem, Y said": the ccomp precedes the cue
            inner = _cue_group(ccomp) is not None and _subject(ccomp) is not None
            if inner:
                cand.relay_only = True
                return
            start, end = _subtree_range(ccomp, exclude=cue)
            stop = cue.idx
            if cand.speaker_tok is not None and cand.speaker_tok.i < cue.i:
                stop = cand.speaker_tok.left_edge.idx
            cand.content = self._clause(start, min(end, stop))
            self._claim_within(cand.content)
            cand.rule = cand.rule or "statement.clause_x_said.v1"
            return
        if cand.group == "report" and _lemma(cue) in _DIRECTIVE_REPORTS:
            # "told the crowd to go home": the addressee and the to-infinitive
            addressee = self._addressee(cand)
            xcomp = next((c for c in cue.children if c.i > cue.i and _to_infinitive(c)), None)
            if addressee is not None and xcomp is not None and addressee.i < xcomp.i:
                end = self._continued(cue, xcomp.right_edge.idx + len(xcomp.right_edge))
                cand.content = self._clause(addressee.left_edge.idx, end)
                cand.rule = cand.rule or "statement.x_verb_object.v1"
                return
        noun = _idiom_noun(cue)
        if noun is not None and cue.lemma_.lower() not in self.cues.verb_group:
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
            if comp is None or speaker is None or not (_named(speaker) or speaker.lower_ in _PERSON_PRONOUNS):
                return  # "the move raises questions": no one spoke
            head = comp
            if comp.dep_ == "prep":
                head = next((g for g in comp.children if g.dep_ in {"pobj", "pcomp"}), comp)
            end = comp.right_edge.idx + len(comp.right_edge)
            cand.content = self._clause(head.left_edge.idx, self._continued(cue, end))
            cand.rule = cand.rule or "statement.x_verb_object.v1"
            return
        if cand.group in {"object", "commissive"}:
            if cand.group == "commissive":
                # "pledged to ...", "urged X to ...": the to-infinitive carries the content
                # "promised lower taxes": a bare object only for verbs whose object is the promise
                wanted = {"xcomp", "ccomp", "dobj"} if _lemma(cue) in _PROMISE_OBJECTS else {"xcomp", "ccomp"}
                if not any(c.dep_ in wanted and c.i > cue.i for c in cue.children):
                    return
                deps = {"dobj", "xcomp", "ccomp"}
            else:
                deps = {"dobj", "prep", "oprd", "attr", "obj", "xcomp"}
            kids = [
                c
                for c in cue.children
                if c.i > cue.i
                and c.dep_ in deps
                and not self._attribution_prep(c)
                and c.lower_ not in _NON_CONTENT_PREPS
            ]
            if kids:
                start = kids[0].left_edge.idx
                addressee = self._addressee(cand) if cand.group == "commissive" else None
                if addressee is not None and addressee.i < kids[0].i:
                    start = addressee.left_edge.idx  # "called on the council to act"
                last = kids[-1].right_edge
                cand.content = self._clause(start, self._continued(cue, last.idx + len(last)))
                cand.rule = cand.rule or "statement.x_verb_object.v1"
                return
        # no content of its own: a parenthetical cue in a clause that is no cue ("X, she said, Y")
        if self._parenthetical(cand):
            return
        # or a parenthetical relay (", state media said,")
        if cue.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and cue.head.i != cue.i:
            cand.relay_only = True

    def _continued(self, cue: Token, end: int) -> int:
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
            if self.in_quote(child) is not None and self.in_quote(cue) is None and child.dep_ not in _CONTINUING_DEPS:
                break
            if child.dep_ not in _CONTINUING_DEPS or self._attribution_prep(child):
                break
            if child.pos_ in {"VERB", "AUX"} and _cue_group(child) is not None:
                break  # "..., adding that ...": a statement of its own
            if child.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in child.children):
                break  # "said X and walked out": the speaker's next action
            end = stop
        return end

    def _addressee(self, cand: _Candidate) -> Token | None:
        """Who a directive is addressed to: "urged *the council* to", "called on *X* to"."""
        cue = cand.cue
        for child in cue.children:
            if child.i < cue.i:
                continue
            if child.dep_ in {"dobj", "dative"}:
                return child
            if child.dep_ in {"prep", "prt"} and (_lemma(cue), child.lower_) in self.cues.phrasal:
                # "called on the council to ...": "on" parsed as a preposition or a particle
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        return None

    def _parenthetical(self, cand: _Candidate) -> bool:
        """'The economy, the minister said, will recover': the host clause is the content."""
        cue = cand.cue
        head = cue.head
        if (
            cue.dep_ != "parataxis"
            or head.i == cue.i
            or head.pos_ not in {"VERB", "AUX"}
            or _cue_group(head) is not None
            or self.in_quote(head) is not None
        ):
            return False
        right = head.right_edge
        end = right.idx + len(right)
        after_cue = cue.right_edge.idx + len(cue.right_edge)
        start = head.left_edge.idx
        if start < cue.left_edge.idx:
            # the clause around the cue: "During the war, X said, the economy grew"
            cand.content = self._clause(start, cue.left_edge.idx)
            rest = self._clause(after_cue, end)
            if cand.content is not None and rest is not None:
                cand.extra.append(rest)
        else:
            cand.content = self._clause(start, end)
        if cand.content is None:
            return False
        self._claim_within((cand.content[0], end))
        cand.rule = cand.rule or "statement.clause_x_said.v1"
        return True

    def _clause(self, start: int, end: int) -> tuple[int, int] | None:
        """Trim a reported clause; a leading "that" goes unless it is a determiner ("said that claim ...")."""
        span = _trim(self.text, start, end, clause=False)
        if span is None or self.text[span[0] : span[0] + 5].lower() != "that ":
            return span
        that = self.doc.char_span(span[0], span[0] + 4)
        if that is not None and len(that) == 1 and that[0].dep_ == "det":
            return span
        return _trim(self.text, span[0] + 5, span[1], clause=False)

    def _claim_within(self, content: tuple[int, int] | None) -> None:
        """Quotes inside a reported clause belong to it ("... on a quest to "challenge ..."")."""
        if content is None:
            return
        for q in self.quotes:
            if content[0] <= q.start and q.end <= content[1] + 1:
                self.claimed.add(q.start)

    def _rule_name(self, cand: _Candidate, quote: Quote) -> str:
        if cand.rule:
            return cand.rule
        subj = cand.speaker_tok
        if quote.end <= cand.anchor.idx:
            if subj is not None and subj.i > cand.cue.i:
                return "statement.quote_said_x.v1"
            return "statement.quote_x_said.v1"
        return "statement.x_said_quote.v1"

    def _attribution_prep(self, token: Token) -> bool:
        """True for "according to ..." / "as per ..." preps."""
        return self._prep_pobj(token) is not None

    def _prep_pobj(self, token: Token) -> Token | None:
        """The object of an "according to X" / "as per X" phrase headed by ``token``."""
        if token.dep_ != "prep":
            return None
        doc = self.doc
        for words in self.cues.prepositions:
            n = len(words)
            if token.i + n > len(doc) or [t.lower_ for t in doc[token.i : token.i + n]] != list(words):
                continue
            last = doc[token.i + n - 1]
            pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in token.subtree if c.dep_ == "pobj"), None)
            return pobj
        return None

    # ------------------------------------------------------- according to
    def prepositional(self, existing: list[_Candidate]) -> list[_Candidate]:
        """'according to X' / 'as per X': a relay for a cue of the clause, else a statement."""
        out: list[_Candidate] = []
        by_anchor = {c.anchor.i: c for c in existing}
        by_cue = {c.cue.i: c for c in existing}
        for token in self.doc:
            pobj = self._prep_pobj(token) if token.dep_ == "prep" else None
            if pobj is None or self.ctx.in_headline(token) or self.in_quote(token) is not None:
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
            media = self.media_actor(pobj)
            if host is not None and not host.relay_only:
                if host.reported_by is None and media is not None:
                    host.reported_by = media
                continue
            # the speaker of an "earlier statement from the government"
            speaker_tok = pobj
            if pobj.lower_ in self.cues.nouns or pobj.lower_ in self.cues.media:
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
            start, end = _subtree_range(clause)
            # the clause without the attribution phrase
            if token.idx > start:
                end = min(end, token.idx)
            else:
                start = max(start, token.right_edge.idx + len(token.right_edge))
            span = self._clause(start, end)
            if span is None:
                continue
            cand = _Candidate(
                cue=token,
                anchor=clause,
                speaker_tok=speaker_tok,
                group="report",
                rule="statement.according_to_x.v1",
                content=span,
            )
            q = self.in_quote(clause)
            opening = _quote_of(self.quotes, span[0] + 1)
            if opening is not None and opening.start >= span[0] - 1 and opening.start not in self.claimed:
                # 'According to X, "..."': the quote it introduces, whole
                cand.content, cand.direct, cand.quote = (opening.start, opening.end), True, opening
                self.claimed.add(opening.start)
            elif q is not None:
                cand.direct = True
            out.append(cand)
        return out

    # ------------------------------------------------------- noun claims
    def noun_claims(self) -> list[_Candidate]:
        """'the mayor's claim that the bridge is safe': the possessor said the that-clause."""
        out: list[_Candidate] = []
        for noun in self.doc:
            if noun.pos_ != "NOUN" or _lemma(noun) not in self.cues.claim_nouns:
                continue
            if self.ctx.in_headline(noun) or self.in_quote(noun) is not None:
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
            content = self._clause(*_subtree_range(clause))
            if content is None:
                continue
            self._claim_within(content)
            out.append(
                _Candidate(
                    cue=noun,
                    anchor=noun,
                    speaker_tok=owner,
                    group="report",
                    rule="statement.noun_claim.v1",
                    content=content,
                )
            )
        return out

    # ------------------------------------------------------------ labels
    def labelled(self) -> list[_Candidate]:
        """Attributions without a verb: speaker labels, dash bylines and "Name: ..." headlines.

        * ``SMITH: We will win.`` (a transcript's capitalised speaker label);
        * ``"We will win." -- Jane Smith`` (a quote signed with a dash);
        * ``Smith: Taxes Must Rise`` (a headline naming its speaker before a colon).
        """
        out: list[_Candidate] = []
        pos = 0
        for para in self.text.split("\n\n"):
            p_start = pos
            pos += len(para) + 2
            lead = len(para) - len(para.lstrip())
            line = para.strip()
            if not line:
                continue
            first = self.doc.char_span(p_start + lead, p_start + lead + 1, alignment_mode="expand")
            headline = first is not None and len(first) > 0 and self.ctx.in_headline(first[0])
            pattern = _HEADLINE_LABEL if headline else _SPEAKER_LABEL
            m = pattern.match(line)
            if m is not None and m.group("name").strip().lower() not in self.cues.not_labels:
                base = p_start + lead
                cand = self._label_candidate(
                    base + m.start("name"),
                    base + m.end("name"),
                    base + m.start("colon"),
                    base + m.start("content"),
                    base + len(line),
                    headline=headline,
                )
                if cand is not None:
                    out.append(cand)
                    continue
            if headline:
                cand = self._headline_cue(p_start + lead, line)
                if cand is not None:
                    out.append(cand)
                continue
            for q in self.quotes:
                if not (q.para_start == p_start and not q.open_end) or q.start in self.claimed:
                    continue
                tail = self.text[q.end : p_start + len(para)]
                d = _DASH_BYLINE.match(tail)
                if d is None:
                    continue
                cand = self._label_candidate(
                    q.end + d.start("name"),
                    q.end + d.end("name"),
                    q.end + d.start("colon"),
                    q.start,
                    q.end,
                    quote=q,
                )
                if cand is not None:
                    out.append(cand)
        return out

    def _headline_cue(self, base: int, line: str) -> _Candidate | None:
        """A headline whose speaker, named in the body, comes right before or after its cue.

        ``Mayor Vows to Reopen the Bridge``, ``Ruiz Calls for a Recount``,
        ``The Latest: Ruiz urges calm``, ``Fees Will Not Rise, Lindqvist Says``,
        ``Facing Critics, Ruiz Vows to Stay``.
        Headlines are parsed poorly (title case), so the cue is found by its
        word form and the speaker by position: one to five capitalised words
        between the start (or a colon) and the cue. A verb after a comma
        ("X Meets Y, Pledges to ...") has no speaker of its own and is skipped.
        """
        end = base + len(line.rstrip(" ."))
        tokens = self.doc.char_span(base, end, alignment_mode="expand")
        if tokens is None:
            return None
        words = [t for t in tokens if not t.is_space]
        for k, tok in enumerate(words):
            group = _headline_group(tok, words[k + 1] if k + 1 < len(words) else None)
            if group is None or group == "belief" or k == 0:
                continue
            names: list[Token] = []
            for prev in reversed(words[:k]):
                if prev.text in {":", ",", ";"} or not prev.text[:1].isupper():
                    break
                names.insert(0, prev)
            if not names or len(names) > 5 or self._named_in_body(self.doc[names[0].i : tok.i + 1]):
                continue  # "Harbour Post Story ...": a word of a name the body knows is no cue
            boundary = names[0].i - 1
            before = self.doc[boundary] if boundary >= words[0].i else None
            if k == len(words) - 1 and before is not None and before.text == ",":
                # "Fees Will Not Rise, Lindqvist Says": what precedes the comma was said
                content: tuple[int, int] = (words[0].idx, before.idx)
            elif k < len(words) - 1 and (before is None or before.text in {":", ","}):
                nxt = words[k + 1]
                first = words[k + 2] if (_lemma(tok), nxt.lower_) in self.cues.phrasal and k + 2 < len(words) else nxt
                content = (first.idx, end)
            else:
                continue
            cand = self._label_candidate(
                names[0].idx, names[-1].idx + len(names[-1]), tok.idx, content[0], content[1], headline=True
            )
            if cand is not None:
                cand.group, cand.cue = group, tok
                return cand
        return None

    def _named_in_body(self, names: SpacySpan) -> bool:
        """A headline label names a person or organisation the article's body names too."""
        words = {t.lower_ for t in names if not t.is_punct}
        for ent in self.doc.ents:
            named = ent.label_ in {"PERSON", "ORG"} and not self.ctx.in_headline(ent[0])
            if named and words <= {t.lower_ for t in ent}:
                return True
        return False

    def _label_candidate(
        self,
        name_start: int,
        name_end: int,
        mark_at: int,
        start: int,
        end: int,
        *,
        headline: bool = False,
        quote: Quote | None = None,
    ) -> _Candidate | None:
        """A statement whose speaker is a bare name outside any clause."""
        names = self.doc.char_span(name_start, name_end, alignment_mode="expand")
        mark = self.doc.char_span(mark_at, mark_at + 1, alignment_mode="expand")
        span = _trim(self.text, start, end, clause=False)
        if not names or not mark or span is None:
            return None
        span = (
            span[0] + (1 if self.text[span[0]] == '"' else 0),
            span[1] - (1 if self.text[span[1] - 1] == '"' else 0),
        )
        if span[1] - span[0] < 2 or len(self.text[span[0] : span[1]].split()) < 2:
            return None
        root = names.root
        resolved = self.ctx.actor(root)
        if headline and not self._named_in_body(names):
            return None  # "The Latest: ..." names nobody
        name = names.text.strip()
        if resolved is not None and _named(root):
            speaker = resolved[0]
        elif any(c.isalpha() for c in name):
            kind = ActorKind.PERSON if root.ent_type_ in {"", "PERSON"} else ActorKind.ORGANIZATION
            speaker = Actor(
                name=name.title() if name.isupper() else name, kind=kind, mentions=[self.ctx.span_of(names)]
            )
        else:
            return None
        content_tokens = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        anchor = content_tokens[0] if content_tokens else mark[0]
        cand = _Candidate(
            cue=mark[0],
            anchor=anchor,
            speaker_tok=None,
            group="report",
            rule="statement.speaker_label.v1",
            content=span,
            direct=quote is not None or not headline,
            quote=quote,
            speaker=speaker,
            speaker_conf=0.6,
        )
        for q in self.quotes:
            if q.start < span[1] and q.end > span[0]:
                self.claimed.add(q.start)  # the label's quote marks are its own
        return cand

    # ------------------------------------------------------------- relays
    def resolve_relays(self, cands: list[_Candidate]) -> None:
        """Turn relay-only cues into ``reported_by`` of the statement they relay."""
        by_cue = {c.cue.i: c for c in cands}
        for cand in cands:
            if not cand.relay_only:
                continue
            relayer = cand.speaker_tok
            target: _Candidate | None = None
            # "X told Y that ..., media reported": the ccomp is the inner cue
            for child in cand.cue.children:
                if child.dep_ == "ccomp" and child.i in by_cue:
                    target = by_cue[child.i]
            # "X pointed out ..., media said": the head is the inner cue
            if target is None and cand.cue.head.i in by_cue:
                target = by_cue[cand.cue.head.i]
            if target is None or target is cand or relayer is None:
                continue
            if target.reported_by is None:
                target.reported_by = self.media_actor(relayer)

    # ------------------------------------------------------------ speakers
    def attach_speakers(self, cands: list[_Candidate]) -> None:
        last_person: Actor | None = None
        for cand in sorted(cands, key=lambda c: c.cue.i):
            tok = cand.speaker_tok
            if tok is None:
                continue
            res = self.resolve(tok)
            if res is None and tok.lower_ in _PERSON_PRONOUNS and last_person is not None:
                res = (last_person.model_copy(update={"mentions": [self.ctx.span_of(tok)]}), 0.5, False)
            if res is None:
                continue
            cand.speaker, cand.speaker_conf, cand.generic = res
            if _vague(tok):
                cand.speaker_conf = min(cand.speaker_conf, 0.3)
            if cand.speaker.kind == ActorKind.PERSON and not cand.generic:
                last_person = cand.speaker


# ----------------------------------------------------------------- building


#: Names of the calibration features, in the order of ``resources/calibration/statement.yaml``
#: (see docs/calibration.md). Every feature is 0/1 except ``speaker_conf``.
CALIBRATION_FEATURES: tuple[str, ...] = (
    "direct",
    "split_quote",
    "cue_say",
    "group_object",
    "group_commissive",
    "group_belief",
    "frame_according_to",
    "frame_noun_cue",
    "frame_continuation",
    "frame_clause_first",
    "frame_cited",
    "frame_speaker_label",
    "speaker_named",
    "speaker_pronoun",
    "speaker_vague",
    "speaker_conf",
    "speaker_person",
    "speaker_organization",
    "speaker_country",
    "reported_by",
    "audience",
    "content_short",
    "content_long",
    "content_clause",
    "headline",
    "lede",
    "not_asserted",
)
#: The neutral, most frequent cues.
_SAY_LEMMAS = frozenset({"say", "tell"})
#: Rule-name prefixes of the attribution frames the features distinguish.
_FRAMES = {
    "frame_according_to": "statement.according_to_x",
    "frame_noun_cue": "statement.noun_cue",
    "frame_continuation": "statement.quote_continues",
    "frame_clause_first": "statement.clause_x_said",
    "frame_cited": "statement.cited_as_saying",
    "frame_speaker_label": "statement.speaker_label",
}


def _features(ctx: DocContext, cand: _Candidate, modality: Modality) -> dict[str, float]:
    """The calibration features of a candidate with content and speaker (names: :data:`CALIBRATION_FEATURES`)."""
    assert cand.content is not None
    text = ctx.clean.text
    start, end = cand.content
    words = len(text[start:end].split()) + sum(len(text[s:e].split()) for s, e in cand.extra)
    tokens = ctx.doc.char_span(start, end, alignment_mode="expand")
    clause = tokens is not None and any(t.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for t in tokens)
    tok = cand.speaker_tok
    named = tok is not None and (
        _named(tok) or any(c.dep_ == "appos" and _named(c) for c in tok.children) or _described(tok) is not None
    )
    kind = cand.speaker.kind if cand.speaker is not None else ActorKind.UNKNOWN
    body = next((b for b in ctx.clean.blocks if b.kind == BlockKind.BODY), None)
    flags = {
        "direct": cand.direct,
        "split_quote": bool(cand.extra),
        "cue_say": _lemma(cand.cue) in _SAY_LEMMAS,
        "group_object": cand.group == "object",
        "group_commissive": cand.group == "commissive",
        "group_belief": cand.group == "belief",
        **{name: cand.rule.startswith(prefix) for name, prefix in _FRAMES.items()},
        "speaker_named": named,
        "speaker_pronoun": tok is not None and tok.pos_ == "PRON",
        "speaker_vague": cand.speaker_conf <= 0.3,
        "speaker_person": kind == ActorKind.PERSON,
        "speaker_organization": kind == ActorKind.ORGANIZATION,
        "speaker_country": kind == ActorKind.COUNTRY,
        "reported_by": cand.reported_by is not None,
        "audience": cand.audience is not None,
        "content_short": words < 4,
        "content_long": words > 40,
        "content_clause": clause,
        "headline": ctx.in_headline(cand.cue),
        "lede": body is not None and body.start <= cand.cue.idx < body.end,
        "not_asserted": modality != Modality.ASSERTED,
    }
    features = {name: float(value) for name, value in flags.items()}
    features["speaker_conf"] = round(cand.speaker_conf, 3)
    return {name: features[name] for name in CALIBRATION_FEATURES}


def _confidence(features: dict[str, float]) -> tuple[float, Provenance]:
    """The calibrated confidence of a statement and the provenance recording its features.

    The logistic model is data (``resources/calibration/statement.yaml``,
    fitted by ``python -m eventkit.evaluation.calibration fit``; applied by
    :mod:`eventkit.confidence`).
    """
    from eventkit.confidence import format_features, load_calibration

    model = load_calibration("statement")
    return model.predict(features), Provenance(field="confidence", rule=model.rule, note=format_features(features))


def _build(ctx: DocContext, cand: _Candidate) -> Statement | None:
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
    cue_name = _lemma(cue)
    if cand.rule == "statement.according_to_x.v1":
        cue_name = " ".join(t.lower_ for t in ctx.doc[cue.i : cue.i + 2])
    else:
        prt = next((c for c in cue.children if c.dep_ == "prt"), None)
        if prt is not None and (cue_name, prt.lower_) in _cues().phrasal:
            cue_name = f"{cue_name} {prt.lower_}"
    modality = modality_of(cue) if cue.pos_ in {"VERB", "AUX"} else modality_of(cand.anchor)
    confidence, calibration = _confidence(_features(ctx, cand, modality))
    provenance.append(calibration)
    return Statement(
        trigger=trigger,
        evidence=evidence,
        date=date,
        confidence=confidence,
        modality=modality,
        rule_ids=[cand.rule],
        provenance=provenance,
        speaker=cand.speaker,
        content=content,
        content_span=content_span,
        direct=cand.direct,
        reported_by=cand.reported_by,
        audience=cand.audience,
        cue=cue_name,
    )


def _continuations(reader: _Reader, cands: list[_Candidate]) -> list[_Candidate]:
    """Unattributed quotes: extend a direct quote of the same paragraph, or continue the last speaker."""
    ctx, doc, text = reader.ctx, reader.doc, reader.text
    used = {c.quote.start for c in cands if c.quote is not None} | reader.claimed
    out: list[_Candidate] = []
    ordered = sorted((c for c in cands if c.content is not None), key=lambda c: c.content[0])  # type: ignore[index]
    for q in reader.quotes:
        if q.start in used or q.words(text) < MIN_QUOTE_WORDS:
            continue
        first = doc.char_span(q.start, q.end, alignment_mode="expand")
        if first is None or not len(first) or ctx.in_headline(first[0]):
            continue
        # any content already covering the quote (a mixed quote inside a that-clause)
        if any(c.content is not None and c.content[0] <= q.start < c.content[1] for c in cands):
            continue
        para_text = text[q.para_start : q.para_end].strip()
        prev = [c for c in ordered + out if c.content is not None and c.content[1] <= q.start and c.cue.idx < q.start]
        if not prev:
            continue
        last = max(prev, key=lambda c: c.content[1])  # type: ignore[index]
        same_para = last.content is not None and last.content[0] >= q.para_start
        stand_alone = para_text.startswith('"') and (q.end - q.start) >= 0.8 * len(para_text) - 4
        span = _trim(text, q.start, q.end, clause=False)
        if span is None:
            continue
        if same_para and last.direct:
            last.extra.append(span)
            used.add(q.start)
            continue
        prev_para_gap = text[last.cue.idx : q.para_start].count("\n\n")
        if not (stand_alone and 0 < prev_para_gap <= 2) and not same_para:
            continue
        if last.speaker is None or last.generic:
            used.add(q.start)
            continue
        anchor = first[0]
        cont = _Candidate(
            cue=last.cue,
            anchor=anchor,
            speaker_tok=last.speaker_tok,
            group=last.group,
            rule="statement.quote_continues.v1",
            content=span,
            direct=True,
            quote=q,
            reported_by=last.reported_by,
            speaker=last.speaker,
            speaker_conf=min(last.speaker_conf, 0.6),
        )
        cont.extra = []
        out.append(cont)
        used.add(q.start)
    return out


def extract_statements(ctx: DocContext) -> Iterator[Statement]:
    """Yield the statements of a document.

    Args:
        ctx: The document context (parsed Doc, cleaned text, actor index).

    Yields:
        One :class:`Statement` per attribution, in document order.
    """
    reader = _Reader(ctx)
    cands = reader.candidates()
    cands += reader.prepositional(cands)
    cands += reader.labelled()
    cands += reader.noun_claims()
    reader.resolve_relays(cands)
    reader.attach_speakers(cands)
    for cand in cands:
        if cand.quote is not None and cand.content is not None and cand.direct:
            reader.claimed.add(cand.quote.start)
    cands = [c for c in cands if not c.relay_only]
    cands += _continuations(reader, cands)
    for cand in sorted(cands, key=lambda c: (c.content or (0, 0))[0]):
        if cand.generic or cand.content is None:
            continue
        if cand.quote is None and cand.content is not None and len(ctx.clean.text[slice(*cand.content)].split()) < 2:
            continue
        stmt = _build(ctx, cand)
        if stmt is not None:
            yield stmt
