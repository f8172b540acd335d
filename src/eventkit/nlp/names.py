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
the recogniser tags as a town and a "District ..." body, is tagged whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from eventkit.lexicons import load_list
from eventkit.normalize.mentions import is_first_name, word_classes

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
