"""Part-of-speech tags the small English model gets wrong, corrected in the pipeline.

An acronym spelt like a pronoun is read as the pronoun: "WHO said the
outbreak was spreading" has the relative "who" for its subject, and the
World Health Organization says nothing. An all-capital word of two letters
or more that the tagger read as a pronoun, right before a word in lower
case (so not inside an all-capital headline), is a proper noun: "WHO
said", "US troops".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["add_tag_repairs"]

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
