"""Organisation names the small English model misreads (as clauses, persons, places), tagged after its recogniser.

"Save the Children said the camp had run out of food": the tagger reads
"Save" as a verb and the recogniser tags nothing, so the speaker was
"Save". The names are data (``resources/lexicons/phrase_names.en.txt``);
a component after the recogniser tags each, written exactly so, an
organisation, over whatever the recogniser tagged there. What an entity
it cuts held before the name stays tagged: "said Sophie Marchand of
Christian Aid", read as one organisation, keeps "Sophie Marchand" (a
person, when a known first name opens it); proper nouns it held after the
name belong to the name ("Islamic Relief UK"). A body named for a town
"and District" (``joined_area_words`` of ``actor_words.en.yaml``), which
the recogniser tags as a town and a "District ..." body, is tagged whole,
and so is a name with small words inside that a bracketed acronym follows
("Engineers Across Frontiers (EAF)", not "Engineers").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from eventkit.lexicons import load_list
from eventkit.models import PlaceKind
from eventkit.normalize.mentions import is_body_word, is_first_name, is_person_noun, is_title, word_classes
from eventkit.normalize.names import is_acronym
from eventkit.normalize.places import lexicon as place_lexicon
from eventkit.normalize.places import resolve_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["PHRASE_NAMES", "PHRASE_NAME_ID", "add_phrase_names", "make_phrase_names"]

#: The lexicon of organisation names the model misreads.
PHRASE_NAMES = "lexicons/phrase_names.en.txt"

#: The name of the component in the pipeline.
_COMPONENT = "eventkit_phrase_names"

#: The entity id (``Span.id_``) of the names the component tags: listed names are organisations,
#: whatever first name opens them ("Christian Aid Ireland").
PHRASE_NAME_ID = _COMPONENT

#: Entities that, run on right after a listed name, name its national branch ("Islamic Relief UK").
_BRANCH_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG"})

#: Words between a cut entity's kept part and the name: "Sophie Marchand *of* Christian Aid" (a closed set of
#: function words and punctuation, part of how the component cuts, not a lexicon to extend).
_JOINERS = frozenset({"of", "from", "at", "with", "for", "and", ",", "'s", "’s"})


class PhraseNames:
    """Tag the names of ``phrase_names.en.txt`` organisations, keeping what a cut entity held before them."""

    def __init__(self, nlp: Language) -> None:
        """Match the listed names as written (case-sensitive) in the pipeline's vocabulary."""
        self.matcher = PhraseMatcher(nlp.vocab)
        self.matcher.add("ORG", [nlp.make_doc(name) for name in load_list(PHRASE_NAMES)])

    def __call__(self, doc: Doc) -> Doc:
        """Tag every listed name an organisation over the recogniser's entities, and return the document.

        A name's span grows over a national branch named right after it; an
        entity a name cuts keeps the words before the name (``names`` is
        updated in the loop when a cut entity runs on past a name).
        """
        _join_area_names(doc)
        _join_acronym_names(doc)
        _join_particle_places(doc)
        names = filter_spans([self._name(doc, start, end) for _, start, end in self.matcher(doc)])
        if not names:
            return doc
        after = {e.start: e for e in doc.ents if e.label_ in _BRANCH_LABELS and all(t.pos_ == "PROPN" for t in e)}
        # "Médecins Sans Frontières Belgium": an entity tagged on its own right after the name is the branch's
        names = [self._name(doc, n.start, after[n.end].end) if n.end in after else n for n in names]
        kept: list[Span] = []
        for ent in doc.ents:
            cut = [n for n in names if n.start < ent.end and ent.start < n.end]
            if not cut:
                kept.append(ent)
                continue
            last = max(cut, key=lambda n: n.end)
            if ent.end > last.end and all(t.pos_ == "PROPN" for t in doc[last.end : ent.end]):
                # "Islamic Relief UK", "Christian Aid Ireland": a branch's name runs on after the listed one
                names[names.index(last)] = self._name(doc, last.start, ent.end)
            end = min(n.start for n in cut)
            while end > ent.start and (doc[end - 1].lower_ in _JOINERS or doc[end - 1].pos_ == "DET"):
                end -= 1
            if end > ent.start:
                label = "PERSON" if end - ent.start >= 2 and is_first_name(doc[ent.start].text) else ent.label_
                kept.append(Span(doc, ent.start, end, label=label))
        doc.ents = filter_spans([*kept, *names])
        return doc

    @staticmethod
    def _name(doc: Doc, start: int, end: int) -> Span:
        """A listed name's span, marked with :data:`PHRASE_NAME_ID` so no later rule reads it as a person."""
        return Span(doc, start, end, label="ORG", span_id=PHRASE_NAME_ID)


#: Entities whose name may open a body's name joined by "and District": a town, a region, a body
#: (never a person: "Ana Vale and District Nurse Jo Reyes" are two people).
_AREA_OWNER_LABELS = frozenset({"GPE", "LOC", "ORG"})


def _join_area_names(doc: Doc) -> None:
    """Tag "<Town> and District <body>" one organisation, where the recogniser tagged the town apart.

    "the Ana Vale and District Food Bank said": the body is named for its
    town and the district around it (``joined_area_words``), not the town
    and a "District Food Bank" apart. The town is a tagged entity of proper
    nouns ending right before the "and"; "Trinidad and Tobago" and "Marks
    and Spencer" have no area word after theirs.
    """
    by_end = {e.end: e for e in doc.ents}
    joined: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2 or ent[0].text not in word_classes().joined_area_words:
            continue
        town = by_end.get(ent.start - 1) if doc[ent.start - 1].lower_ == "and" else None
        if town is not None and town.label_ in _AREA_OWNER_LABELS and all(t.pos_ == "PROPN" for t in town):
            joined.append(Span(doc, town.start, ent.end, label="ORG"))
    if joined:
        doc.ents = filter_spans([*joined, *doc.ents])


#: Capitalised words tried on each side of a place name's small word ("Vila Nova | de | Gaia").
_PLACE_SIDE_WORDS = 3

#: Kinds of gazetteer place a joined name may be (a facility found by its last word is no whole name; a country
#: is the recogniser's and the country layer's business: "Republic of Korea" is also the tail of a longer name).
_JOINED_PLACE_KINDS = frozenset({PlaceKind.CITY, PlaceKind.REGION, PlaceKind.SEA})

#: Dependencies of a verb's own parties: a joined name there is as often a team or a person as a place
#: ("Flamengo beat Vasco da Gama"), so it is not joined.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})

#: Entity labels of a word that, right before the phrase, makes it the tail of a longer name.
_NAME_HEAD_LABELS = frozenset({"NORP", "ORG"})


def _join_particle_places(doc: Doc) -> None:
    """Tag a place whose name has a small word inside one place, where the gazetteer knows the whole name.

    "arrived in Ponte de Lima", "in Mar del Plata": the recogniser cuts such
    names at the small word in lower case (``place_name_joiners`` of
    ``places.en.yaml``) and tags a part ("Lima", a place elsewhere; or a
    person). Up to three capitalised words on each side of the small word,
    longest first, are one place when the whole phrase, exactly as written,
    is a city, region or sea of the gazetteer (never a country: "Republic of
    Korea" also ends the DPRK's name), not inside a longer capitalised name nor
    a verb's subject or object ("Santos beat Vasco da Gama", a club); an entity that holds
    the phrase and more stays as it is ("the Ponte de Lima Tourism Office").
    "Ana de Souza" and "Bank of Ruritania" are no gazetteer places.
    """
    joiners = frozenset(place_lexicon().place_name_joiners)
    found: list[Span] = []
    for tok in doc:
        if tok.text not in joiners or tok.i == tok.sent.start:
            continue
        floor, ceiling = tok.sent.start, tok.sent.end
        left = tok.i
        while left > floor and tok.i - left < _PLACE_SIDE_WORDS and _capitalised(doc[left - 1]):
            left -= 1
        right = tok.i + 1
        while right < ceiling and right - tok.i - 1 < _PLACE_SIDE_WORDS and _capitalised(doc[right]):
            right += 1
        span = next(
            (
                doc[start:end]
                for start in range(left, tok.i)
                for end in range(right, tok.i + 1, -1)
                if _whole_place(doc[start:end].text)
            ),
            None,
        )
        if span is None or _inside_longer_name(span) or span.root.dep_ in _PARTY_DEPS:
            continue
        if not any(e.start == span.start and e.end == span.end for e in doc.ents):
            found.append(Span(doc, span.start, span.end, label="GPE"))
    if found:
        doc.ents = filter_spans([*found, *doc.ents])


def _inside_longer_name(span: Span) -> bool:
    """The phrase continues a longer capitalised name: "the Democratic People's *Republic of Korea*".

    On its left a capitalised word (not a sentence's first function word:
    "In Ponte de Lima"), a possessive "'s" or a word tagged a nationality or
    organisation; on its right a capitalised word.
    """
    doc = span.doc
    if span.start > span.sent.start:
        before = doc[span.start - 1]
        first = before.i == span.sent.start and before.pos_ in {"ADP", "DET", "ADV", "CCONJ", "SCONJ"}
        if (_capitalised(before) and not first) or before.tag_ == "POS" or before.lower_ in {"'s", "’s"}:
            return True
        if before.ent_type_ in _NAME_HEAD_LABELS:
            return True
    return span.end < span.sent.end and _capitalised(doc[span.end])


def _capitalised(word: Token) -> bool:
    """A word of a place's name: capitalised, with letters ("Nova", not "the" or a comma)."""
    return word.text[:1].isupper() and word.text.isalpha()


def _whole_place(text: str) -> bool:
    """The text, exactly as written, names a city, region or sea of the gazetteer."""
    place = resolve_place(text)
    return place is not None and place.kind in _JOINED_PLACE_KINDS and place.name.lower() == text.lower()


#: Entities that, ended right before an "and" inside a name the acronym does not spell, are a name of their own
#: ("the Sudanese Armed Forces | and ...": two bodies, not one).
_WHOLE_LABELS = frozenset({"ORG", "GPE", "PERSON", "FAC"})


def _join_acronym_names(doc: Doc) -> None:
    """Tag a name with small words inside an organisation where a bracketed acronym follows it.

    "Engineers Across Frontiers (EAF) said", "The Front for Unity and
    Renewal (FUR) said": the recogniser cuts such names at their small words
    (``name_inner_words``) and the speaker was "Engineers" or "Front". The
    acronym closes the name: the capitalised words and small words right
    before the bracket are one body ("the" only after another small word:
    "Committee of the Red Cross"), and the acronym stays an entity of its own
    that the actor index takes for the name's alias. Where the acronym's
    capitals spell the initials of the name's later words, the name starts
    where they do ("the Sudanese Armed Forces and the Rapid Support Forces
    (RSF)" is the RSF alone); where they spell nothing (a name translated,
    its acronym not), a body, place or person the recogniser tagged before an
    "and" is none of it. Only names with a small word inside are mended
    (names without one the recogniser keeps whole), and a person before a
    small word is no part of one ("Ana Ruiz of the Party for Unity (PU)");
    a person's name before a party's acronym ("Ana Ruiz (PU)") has no small
    word and stays a person.
    """
    inner = word_classes().name_inner_words
    found: list[Span] = []
    for tok in doc:
        i = tok.i
        if tok.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not is_acronym(acronym) or is_title(acronym):
            # "Ian Murray (MP)": a post-nominal title, no body's acronym
            continue
        start, floor = i, tok.sent.start
        while start > floor:
            word = doc[start - 1]
            if word.lower_ == "the":
                ok = start - 2 >= floor and doc[start - 2].lower_ in inner and doc[start - 2].lower_ != "the"
            else:
                ok = word.lower_ in inner or (word.text[:1].isupper() and any(c.isalpha() for c in word.text))
            if not ok:
                break
            start -= 1
        words = list(doc[start:i])
        while words and (words[0].lower_ in inner or words[0].pos_ == "DET"):
            words.pop(0)
        while words and words[-1].lower_ in inner:
            words.pop()
        span = _acronym_name(doc, words, acronym, inner)
        if span is not None:
            found.append(span)
    if found:
        doc.ents = filter_spans([*found, *doc.ents])


def _acronym_name(doc: Doc, words: list[Token], acronym: str, inner: frozenset[str]) -> Span | None:
    """The organisation the words before a bracketed acronym name (see :func:`_join_acronym_names`), or None."""
    # a person before a small word is none of the name ("Ana Ruiz of the Party for Unity")
    cut = 0
    for k in range(len(words) - 1):
        if words[k].ent_type_ == "PERSON" and words[k + 1].lower_ in inner:
            cut = k + 1
    words = words[cut:]
    while words and words[0].lower_ in inner:
        words.pop(0)
    heads = [k for k, w in enumerate(words) if w.lower_ not in inner]
    capitals = "".join(c for c in acronym if c.isupper())
    spelt = next((k for k in heads if "".join(words[j].text[0] for j in heads if j >= k).startswith(capitals)), None)
    if spelt is not None:
        words = words[spelt:]
    else:
        for k in range(1, len(words) - 1):
            before = words[k - 1]
            if words[k].lower_ == "and" and before.ent_type_ in _WHOLE_LABELS and before.ent_iob_ != "O":
                ent_end = next((e.end for e in doc.ents if e.start <= before.i < e.end), None)
                if ent_end == before.i + 1:
                    words = words[k + 1 :]
                    break
    if sum(w.lower_ not in inner for w in words) < 2 or not any(w.lower_ in inner for w in words[1:-1]):
        return None
    if _names_people(words, inner, spelt_whole=spelt == 0):
        return None
    start, end = words[0].i, words[-1].i + 1
    if any(e.start == start and e.end == end for e in doc.ents):
        return None
    return Span(doc, start, end, label="ORG", span_id=PHRASE_NAME_ID)


def _names_people(words: list[Token], inner: frozenset[str], *, spelt_whole: bool) -> bool:
    """The words before an acronym name people, not a body: a person, a title, or people of a body.

    "First Minister of Scotland Ana Ruiz (PU)", "Head of Mission for Healers
    Without Walls (HWW)": a person's name ending the run, or a title word (``titles.en.txt``)
    ending the words before the first small word, makes the run a person's
    style, the acronym their party's or their body's ("Ministry of Justice
    (MoJ)", "Office of the President (OP)" are bodies: their title word
    comes after). "Students at the University of Ruritania (UR)",
    "Supporters of Ana Ruiz (PU)": a plural noun for people before a small
    word in lower case is the people of a body, unless the acronym spells
    the run from that word ("Friends of the Earth (FoE)").
    """
    if words[-1].ent_type_ == "PERSON" and not is_body_word(words[-1].text):
        # a person's name right before the bracket: "Ana Ruiz (PU)" (a body word the recogniser tagged a
        # person is none: "the King Omar Aid and Relief Centre (KOrelief)")
        return True
    head = next((k for k, w in enumerate(words) if w.lower_ in inner), len(words)) - 1
    if head >= 0 and is_title(words[head].text):
        return True
    if spelt_whole or len(words) < 2:
        return False
    first, after = words[0], words[1]
    plural = first.lower_.endswith(("s", "men")) and is_person_noun(first)
    return plural and after.lower_ in inner and after.text.islower()


@Language.factory(_COMPONENT)
def make_phrase_names(nlp: Language, name: str) -> PhraseNames:
    """The spaCy factory of the component (``nlp.add_pipe("eventkit_phrase_names")``)."""
    return PhraseNames(nlp)


def add_phrase_names(pipeline: Language) -> None:
    """Tag the organisation names of ``phrase_names.en.txt`` after the recogniser ("Save the Children").

    A pipeline without a recogniser ("ner") is left as it is; adding the
    component twice is a no-op.

    Args:
        pipeline: The pipeline to extend (changed in place).
    """
    if "ner" not in pipeline.pipe_names or _COMPONENT in pipeline.pipe_names:
        return
    pipeline.add_pipe(_COMPONENT, after="ner")
