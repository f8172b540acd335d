"""Pronoun speakers: "he" and "she" resolved along the chain of speakers, with gender agreement.

A journalist's "he said" after a quote almost always means the person who
has been speaking, not the last person named. So the antecedent of a speaker
pronoun is the most recent person, within two paragraphs, who is

* named in the narration (not inside a quote or inside what someone was
  reported to say: "Smith said Jones would resign. 'It is over,' he said" is
  Smith), or
* the speaker of an earlier statement (the chain, whatever the pronoun there
  resolved to);

preferring subjects (the people the narration is about) over objects, and
never a person whose gender contradicts the pronoun: an honorific ("Ms.",
"Mr."), an earlier resolved "he"/"she" or an unambiguous first name ("Katy
Perry"; :func:`~eventkit.normalize.actors.first_name_gender`) fixes a
person's gender. Names in
the headline or in a photo caption, and organisations, places and countries
are never antecedents of "he" or "she".
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from eventkit.doccache import sentence_back
from eventkit.extractors.captions import caption_paragraph, in_caption
from eventkit.extractors.statement.syntax import SUBJECTS
from eventkit.models import Actor, ActorKind
from eventkit.normalize.mentions import first_name_gender, honorific_gender, is_person_word

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventkit.extractors.statement.reader import Candidate, Reader
    from eventkit.normalize.actors import ActorRecord

#: Speaker pronouns and the gender they ask for.
PRONOUN_GENDER = {"he": "m", "she": "f"}
#: The gender an epithet asks for ("the Spaniard", "the Republican"): any.
ANY_GENDER = "any"
#: Dependencies under which a name is a mention of a person the narration is about.
_MENTION_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "appos", "pobj", "dobj", "poss", "conj", "attr"})
#: How many paragraphs back an antecedent may be.
WINDOW_PARAGRAPHS = 2
#: Confidence of a speaker resolved from a pronoun.
PRONOUN_CONFIDENCE = 0.6


#: Clauses whose subject is not what the sentence is about ("... *when Diaz went down*", "the defeat,
#: *which* came ...").
_SUBORDINATE_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "pcomp"})


def _introduced_by_there(token: Token) -> bool:
    """A person a "there is" sentence brings in: "Then there's Axelrod." is whom the narration turns to."""
    return token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children)


def _object_of_no_person(token: Token) -> bool:
    """A person who is the object of a main clause whose subject is no person: "A jury convicted *Brierley*".

    The clause is about the person acted on (a jury, a court, police act on
    them), as a passive clause would make them its subject: "He denied
    murder" next is that person.
    """
    name = token.head if token.dep_ in {"compound", "appos"} else token
    verb = name.head
    if name.dep_ not in {"dobj", "obj"} or verb.dep_ not in {"ROOT", "conj"}:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # a common noun that names no person ("a jury", "the court", "police"), or an organisation
    return bool(subjects) and all(
        (s.pos_ == "NOUN" and not s.ent_type_ and not is_person_word(s)) or s.ent_type_ == "ORG" for s in subjects
    )


def _owns_subject(token: Token) -> bool:
    """A name owning a subject that is no person: "*Rosa Diaz's* main theme was housing. She ..." is about Diaz.

    "Diaz's lawyer said ..." is about the lawyer, another person.
    """
    owner = token.head if token.dep_ == "compound" else token
    if owner.dep_ != "poss" or owner.head.dep_ not in SUBJECTS:
        return False
    return not is_person_word(owner.head)


def _subordinate_subject(token: Token) -> bool:
    """A subject of a subordinate clause: the sentence's main subject outranks it as an antecedent.

    "Moreno refused to blame the referee, though he felt they deserved a
    penalty when Diaz went down. 'It is football,' he said": Moreno.
    """
    verb = token.head.head if token.dep_ in {"compound", "appos"} else token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in _SUBORDINATE_CLAUSES


class Antecedents:
    """Who "he" and "she" can be at each point of one document.

    Args:
        reader: The document's reading state.
        cands: The attribution candidates (their contents are "what was said").
    """

    def __init__(self, reader: Reader, cands: list[Candidate]) -> None:
        self.reader = reader
        said = [(q.start, q.end) for q in reader.quotes]
        for cand in cands:
            if cand.content is not None:
                said.append(cand.content)
            said.extend(cand.extra)
        # the union of what was said, as disjoint sorted runs, for a binary search per token
        self._said_starts: list[int] = []
        self._said_ends: list[int] = []
        for s, e in sorted(said):
            if self._said_ends and s <= self._said_ends[-1]:
                self._said_ends[-1] = max(self._said_ends[-1], e)
            else:
                self._said_starts.append(s)
                self._said_ends.append(e)
        self.genders: dict[str, str] = {}
        self.chain: list[tuple[int, Actor]] = []  # (token index, person speaker)
        #: Speakers known only by a title or role: token index, and the actor when the title's
        #: organisation or country makes it one ("the French foreign minister").
        self.unnamed: list[tuple[int, Actor | None]] = []
        #: The other people the last resolved pronoun could have meant (names), for provenance.
        self.alternatives: list[str] = []
        self._captions: dict[int, tuple[bool, bool]] = {}

    def add_speaker(self, token: Token, actor: Actor) -> None:
        """Record a resolved person speaker as a link of the chain."""
        self.chain.append((token.i, actor))

    def add_unnamed(self, token: Token, actor: Actor | None = None) -> None:
        """Record a speaker the text gives no name ("the Treasury Secretary said"): "she" after it is nobody named.

        A "he" or "she" whose latest possible antecedent is such a speaker
        refers to that person: to the titled actor when the title made one
        (``actor``: "the French foreign minister said ... he added"), else to
        no one rather than to a person named before.
        """
        self.unnamed.append((token.i, actor))

    def inside_said(self, token: Token) -> bool:
        """Whether a token lies inside a quote or inside what someone was reported to say."""
        at = bisect.bisect_right(self._said_starts, token.idx) - 1
        return at >= 0 and token.idx < self._said_ends[at]

    def _gender(self, rec: ActorRecord) -> str | None:
        if rec.name in self.genders:
            return self.genders[rec.name]
        doc = self.reader.doc
        for start, _ in rec.mentions:
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            if span is not None and len(span) and span[0].i > 0:
                gender = honorific_gender(doc[span[0].i - 1].lower_)
                if gender is not None:
                    self.genders[rec.name] = gender
                    return gender
        gender = first_name_gender(rec.name)
        if gender is not None:
            self.genders[rec.name] = gender
        return gender

    def _agrees(self, index: int, wanted: str) -> bool:
        """Whether an unnamed speaker's role word may be of the wanted gender ("spokeswoman" is no "he")."""
        word = self.reader.doc[index].lower_
        gender = "f" if word.endswith("woman") else "m" if word.endswith("man") else None
        return gender is None or wanted in {ANY_GENDER, gender}

    def _person_subject_between(self, start: int, token: Token) -> bool:
        """Whether a person noun outside quotes is a subject between token ``start`` and ``token`` ("his ex-wife")."""
        for t in self.reader.doc[start + 1 : token.i]:
            if t.dep_ in SUBJECTS and t.pos_ == "NOUN" and not self.inside_said(t) and is_person_word(t):
                return True
        return False

    def _named_beside(self, token: Token, actor: Actor) -> bool:
        """Whether the pronoun's sentence names the person in the third person after the pronoun.

        By a mention of them ("He said *Ortiz* had been suspended") or as
        the one the speaker represents ("He said *his client* would appeal",
        ``represented_nouns``): evidence that the pronoun is someone else.
        """
        ctx = self.reader.ctx
        for t in sentence_back(token, 0):
            if t.i <= token.i:
                continue  # "X said Y admitted ..., and he said ...": Y's own mention is no evidence
            if t.lower_ in self.reader.cues.represented_nouns and any(
                c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in t.children
            ):
                return True
            rec = ctx.actors.record_for_token(t) if t.pos_ == "PROPN" else None
            if rec is not None and rec.name == actor.name:
                return True
        return False

    def window_start(self, token: Token) -> int:
        """The offset where the antecedents of a pronoun at ``token`` may start (two paragraphs back).

        A photo caption between the paragraphs does not count as one: a web
        page's captions interrupt the story, they do not move it on.
        """
        text = self.reader.text
        start = token.idx
        counted = 0
        while counted < WINDOW_PARAGRAPHS + 1:
            end = start
            start = text.rfind("\n\n", 0, start)
            if start < 0:
                return 0
            if counted == 0 or not caption_paragraph(text[start + 2 : end]):
                counted += 1
        return start + 2

    def resolve(self, token: Token, wanted: str | None = None) -> Actor | None:
        """The person a speaker pronoun ("he", "she") refers to, or None.

        ``wanted`` gives the gender of another pronoun ("his" in "his
        lawyers said": "m"); :data:`ANY_GENDER` asks for the person whatever
        their gender (an epithet: "the Spaniard said").
        """
        wanted = wanted or PRONOUN_GENDER.get(token.lower_)
        if wanted is None:
            return None
        ctx = self.reader.ctx
        window = self.window_start(token)
        best: tuple[tuple[bool, int, bool, int], Actor] | None = None
        seen: dict[str, None] = {}
        first = self.reader.doc.char_span(window, window + 1, alignment_mode="expand")
        lo = first[0].i if first is not None and len(first) else 0
        for t in self.reader.doc[lo : token.i]:
            if t.dep_ not in _MENTION_DEPS or ctx.in_headline(t) or self.inside_said(t):
                continue
            sent = sentence_back(t, 0)  # t.sent, from the Doc's cached sentences
            if in_caption(sent.root, self._captions):
                continue
            rec = ctx.actors.record_for_token(t)
            if rec is None or rec.kind != ActorKind.PERSON:
                continue
            gender = self._gender(rec)
            if gender is not None and wanted != ANY_GENDER and gender != wanted:
                continue
            subject = (
                t.dep_ in SUBJECTS
                or (t.dep_ in {"compound", "appos"} and t.head.dep_ in SUBJECTS)
                or _introduced_by_there(t)
                or _owns_subject(t)
                or _object_of_no_person(t)
            )
            seen[rec.name] = None
            score = (subject, sent.start, not (subject and _subordinate_subject(t)), t.i)
            if best is None or score >= best[0]:
                best = (score, rec.to_actor())
        for i, actor in self.chain:
            if lo <= i < token.i and wanted in {ANY_GENDER, self.genders.get(actor.name, wanted)}:
                seen[actor.name] = None
                # a speaker inside another's words ("X said *Y* admitted ...") ranks below the one who
                # reported them when the pronoun's own sentence names Y ("He said Y had been
                # suspended"): "he" is someone else; otherwise the nearer speaker keeps its rank
                nested = self.inside_said(self.reader.doc[i]) and self._named_beside(token, actor)
                score = (True, self.reader.doc[i].sent.start, not nested, i)
                if best is None or score >= best[0]:
                    best = (score, actor)
        at = best[0][-1] if best is not None else -1
        titled = [(i, a) for i, a in self.unnamed if max(at, lo - 1) < i < token.i and self._agrees(i, wanted)]
        if titled:
            # "the Treasury Secretary said ... She told lawmakers": the secretary, named or not
            at, title_actor = titled[-1]
            self.alternatives = []
            if title_actor is None or self._person_subject_between(at, token):
                return None  # "the nominee argued ... His ex-wife agreed ... she claimed": someone else
            return title_actor.model_copy(update={"mentions": [ctx.span_of(token)]})
        if best is None:
            return None
        actor = best[1]
        self.alternatives = [name for name in seen if name != actor.name]
        if wanted != ANY_GENDER:
            self.genders[actor.name] = wanted
        return actor.model_copy(update={"mentions": [ctx.span_of(token)]})
