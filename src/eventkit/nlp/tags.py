"""Part-of-speech tags the small English model gets wrong, corrected in the pipeline.

An acronym spelt like a pronoun is read as the pronoun: "WHO said the
outbreak was spreading" has the relative "who" for its subject, and the
World Health Organization says nothing. An all-capital word of two letters
or more that the tagger read as a pronoun, right before a word in lower
case (so not inside an all-capital headline), is a proper noun: "WHO
said", "US troops".

A verb in the present tense is read as a noun in the terse grammar of
headlines and photo captions: "Xi Jinping *greets* Lula in Beijing, May 13,
2025". The parser still gives the word a subject and a direct object,
which no noun takes, so a plural noun with both is retagged a verb of the
third person (``eventkit_verb_tags``, after the parser and before the
attribute ruler, which derives the part of speech from the tag, and the
lemmatizer): "greets" VBZ; a singular one only after an auxiliary ("can
front-load commitments": VB). "Militants storm hotel" stays a noun: the
plural present of a headline is as often a fixture ("Ghana host Celtic")
or a habit.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["add_tag_repairs", "add_verb_tags", "misread_verb_tag"]

_VERB_TAGS = "eventkit_verb_tags"

#: Tags of pronouns and their determiners an acronym may be read as ("WHO": WP, "US": PRP, "IT": PRP).
_PRONOUN_TAGS = ["WP", "WDT", "WP$", "PRP", "PRP$"]


def add_tag_repairs(pipeline: Language) -> None:
    """Make an all-capital "pronoun" before a word in lower case a proper noun ("WHO said", "US troops").

    The repair is a pattern of the pipeline's ``attribute_ruler`` (which the
    small English pipelines run after the parser and before the lemmatizer,
    so the lemma stays "WHO"). A pipeline without an attribute ruler is left
    as it is. Adding it twice is a no-op.

    Args:
        pipeline: The pipeline to correct (changed in place).
    """
    if "attribute_ruler" not in pipeline.pipe_names:
        return
    ruler = pipeline.get_pipe("attribute_ruler")
    if getattr(ruler, "_eventkit_tags", False):
        return
    acronym = {"IS_UPPER": True, "LENGTH": {">=": 2}, "TAG": {"IN": _PRONOUN_TAGS}}
    ruler.add([[acronym, {"IS_LOWER": True}]], {"TAG": "NNP", "POS": "PROPN"}, index=0)  # type: ignore[attr-defined]
    ruler._eventkit_tags = True  # type: ignore[attr-defined]


def misread_verb_tag(token: Token) -> str | None:
    """The verb tag of a common noun the parser gave a subject and a direct object, else None.

    "greets" (NNS) of "Xi Jinping greets Lula" is VBZ; a singular noun only
    after an auxiliary, VB ("can front-load commitments"). "storm" (NN) of
    "Militants storm hotel" stays: the plural present of headlines is as often
    a sports fixture ("Ghana host Celtic", "Japan storm Brazil") or a habit.
    """
    if token.tag_ not in {"NN", "NNS"}:
        return None
    deps = {c.dep_ for c in token.children}
    if "nsubj" not in deps or "dobj" not in deps:
        return None
    if token.tag_ == "NNS":
        return "VBZ"
    # a plural present ("Militants storm hotel") is as often a team's fixture or a habit ("Ghana host
    # Celtic", "Gunmen storm schools every week"): only a verb after an auxiliary is retagged
    return "VB" if "aux" in deps else None


@Language.component(_VERB_TAGS)
def verb_tags(doc: Doc) -> Doc:
    """Retag as verbs the common nouns with a subject and a direct object (:func:`misread_verb_tag`)."""
    for token in doc:
        tag = misread_verb_tag(token)
        if tag is not None:
            token.tag_ = tag
            token.pos_ = "VERB"
    return doc


def add_verb_tags(pipeline: Language) -> None:
    """Add ``eventkit_verb_tags`` right after the parser ("Xi Jinping greets Lula": "greets" a verb).

    A pipeline without a parser is left as it is; adding it twice is a no-op.

    Args:
        pipeline: The pipeline to correct (changed in place).
    """
    if "parser" not in pipeline.pipe_names or _VERB_TAGS in pipeline.pipe_names:
        return
    pipeline.add_pipe(_VERB_TAGS, after="parser")
