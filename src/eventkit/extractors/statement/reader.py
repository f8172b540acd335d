"""The reading state of one document: its quotes, the quotes already used, and attribution candidates."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from eventkit.doccache import token_mask, token_positions
from eventkit.extractors.base import DocContext
from eventkit.extractors.statement.cues import cue_lexicon
from eventkit.extractors.statement.quotes import Quote, find_quotes, linked_quotes, opening, quote_at
from eventkit.extractors.statement.syntax import person_name, title_before_person, trim
from eventkit.models import Actor, Provenance, When
from eventkit.normalize.mentions import word_classes

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Closing double quote marks (the cleaner keeps straight and curly ones).
_CLOSING_MARKS = frozenset('"\u201d')


@dataclass
class Candidate:
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
    joined: set[int] = field(default_factory=set)  # starts of fragments another cue of the same act reported
    continued: bool = False  # a later paragraph continues the quote
    speaker_choice: str | None = None  # how the speaker was chosen among several people
    speaker_found: str | None = None  # how a speaker with no token of its own was found
    date: tuple[When, Provenance] | None = None  # a date the rule read itself (a post's signature)


class Reader:
    """Reads the attributions of one document: the state the rules share."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.cues = cue_lexicon()
        # Doc.text re-joins every token on each access: read the cleaned string once
        self.text = ctx.clean.text
        self.quotes = [q for q in find_quotes(self.text) if q.end > q.start]
        self.claimed: set[int] = set()  # ids (start offsets) of quotes used as content

    @cached_property
    def nouns_by_lemma(self) -> dict[str, list[Token]]:
        """The common nouns of the document by lower-cased lemma, in text order (built on first use).

        A capitalised title before a name ("*Mayor* Ana Ruiz", tagged as a
        proper noun) counts as the role noun it is, an abbreviated one as
        the role it abbreviates (``role_abbreviations``: "*Sen.* Ana Ruiz"
        is indexed under "senator"), and a hyphenated role under the whole
        of it (:meth:`role_key`: "President-elect" under "president-elect").
        """
        index: dict[str, list[Token]] = {}
        doc = self.doc
        titles = (
            token_mask(doc, "POS", {"PROPN"})
            & token_mask(doc, "DEP", {"compound"})
            & token_mask(doc, "LOWER", self.cues.roles)
        )
        suffixes = token_mask(doc, "LOWER", word_classes().role_suffixes)
        # (a title the parse did not join to the name after it: "*Bishop* Ana Kukah travelled ..." read as a
        # root; a capitalised title with its holder in apposition: "the *Minister* of Education, Ana Ruiz,",
        # a titled name the recogniser missed too: "the *Governor*, Barr. Ade Bello,")
        loose = token_mask(doc, "POS", {"PROPN"}) & token_mask(doc, "LOWER", self.cues.roles) & ~titles
        loose_titles = [
            i
            for i in token_positions(loose)
            if title_before_person(doc[i]) is not None
            or any(c.dep_ == "appos" and person_name(c) for c in doc[i].children)
        ]
        for i in sorted({*token_positions(token_mask(doc, "POS", {"NOUN"}) | titles | suffixes), *loose_titles}):
            token = doc[i]
            index.setdefault(self.role_key(token), []).append(token)
        return index

    def role_key(self, token: Token) -> str:
        """The role a noun names: its lemma, the role an abbreviation stands for, or a hyphenated role.

        "Sen." -> "senator" (``role_abbreviations``); the "elect" of
        "president-elect" -> "president-elect" (``role_suffixes`` after a
        hyphen and a role word); any other noun -> its lower-cased lemma.
        """
        lemma = token.lemma_.lower()
        if lemma in word_classes().role_suffixes and token.i >= 2 and token.nbor(-1).text == "-":
            role = token.nbor(-2)
            if role.lower_ in self.cues.roles:
                return f"{role.lower_}-{lemma}"
        return self.cues.role_abbreviations.get(lemma, lemma)

    def is_title(self, quote: Quote) -> bool:
        """A quoted name of a work, not words said: 'In her book, "The Long Harbour Years," ...'.

        The quote follows a noun of works (``work_nouns``) and a comma in
        the same sentence.
        """
        mark = opening(self.text, quote)
        if mark < 2 or self.text[mark - 2 : mark] != ", ":
            return False
        noun = self.doc.char_span(mark - 2, mark - 1, alignment_mode="expand")
        if noun is None or not len(noun):
            return False
        before = noun[0].i - 1
        return before >= 0 and self.doc[before].lemma_.lower() in self.cues.work_nouns

    def in_quote(self, token: Token) -> Quote | None:
        """The quote ``token`` lies in, if any."""
        return quote_at(self.quotes, token.idx)

    def linked_quotes(self, anchor: Token) -> tuple[Quote | None, Quote | None]:
        """The quotes a cue follows and introduces: ``("...," X said, "...")``."""
        return linked_quotes(self.doc, self.text, self.quotes, self.claimed, anchor)

    def clause(self, start: int, end: int) -> tuple[int, int] | None:
        """Trim a reported clause; a leading "that" goes unless it is a determiner or a subject ("said that is ...").

        A quote opened inside the clause and closed right at its end keeps its closing mark
        ('vowed to crush it "at whatever cost"': the parse hangs the mark on the cue).
        """
        span = self._closed(trim(self.text, start, end, clause=False))
        span = self._focus_dropped(span)
        if span is None or self.text[span[0] : span[0] + 5].lower() != "that ":
            return span
        that = self.doc.char_span(span[0], span[0] + 4)
        if that is not None and len(that) == 1 and that[0].dep_ in {"det", "nsubj", "nsubjpass"}:
            return span  # "that claim was false", "that is the point": no complementizer
        return trim(self.text, span[0] + 5, span[1], clause=False)

    def _focus_dropped(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """A clause without the focus adverb before its "that": "saying *only* that sales were strong".

        The adverb limits what was said ("only", "merely", "simply"); the words
        said start with the clause.
        """
        if span is None:
            return None
        first = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if first is None or len(first) < 3:
            return span
        adverb, that = first[0], first[1]
        if adverb.tag_ == "RB" and adverb.dep_ == "advmod" and that.lower_ == "that" and that.dep_ == "mark":
            return that.idx, span[1]
        return span

    def _closed(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """``span`` with the closing mark of a quote that opens inside it and ends where it ends."""
        if span is None:
            return None
        start, end = span
        at = bisect.bisect_right(self._quote_starts, start)
        for q in self.quotes[at : bisect.bisect_left(self._quote_starts, end, lo=at)]:
            if q.end == end and not q.open_end and end < len(self.text):
                return start, end + 1 if self.text[end] in _CLOSING_MARKS else end
        return span

    @cached_property
    def _quote_starts(self) -> list[int]:
        """The start offsets of the quotes, in order (the quotes are found in text order)."""
        return [q.start for q in self.quotes]

    def claim_within(self, content: tuple[int, int] | None) -> None:
        """Quotes inside a reported clause belong to it ("... on a quest to "challenge ..."")."""
        if content is None:
            return
        for q in self.quotes:
            if content[0] <= q.start and q.end <= content[1] + 1:
                self.claimed.add(q.start)

    def attribution_prep(self, token: Token) -> bool:
        """True for "according to ..." / "as per ..." preps."""
        return self.prep_pobj(token) is not None

    def prep_pobj(self, token: Token) -> Token | None:
        """The object of an "according to X" / "as per X" phrase headed by ``token``.

        The phrase hangs from the clause it attributes, or opens a sentence the
        parse made it the root of ("According to X, the new fee reeks of panic":
        the clause read as an apposition of X).
        """
        if token.dep_ != "prep" and not (token.dep_ == "ROOT" and token.i == token.sent.start):
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
