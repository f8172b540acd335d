"""Verb lemmas the small English model gets wrong, corrected in the pipeline.

spaCy's rule lemmatizer strips "-ed", "-s" or "-ing" and keeps the first
candidate its word index knows: where both "stag" and "stage" are verbs,
"staged" becomes "stag", and "staged a strike" matches no trigger. The
corrections are data (``lexicons/lemmas.en.yaml``, found by
``scripts/check_lemmas.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["add_lemma_corrections"]

#: Fine-grained tags of inflected verbs: only these forms are corrected.
_VERB_TAGS = ["VBD", "VBN", "VBG", "VBZ", "VBP"]


def add_lemma_corrections(pipeline: Language) -> None:
    """Teach the pipeline the verb lemmas its lemmatizer gets wrong ("staged" -> "stage", not "stag").

    The corrections (``lexicons/lemmas.en.yaml``) become patterns of the
    pipeline's ``attribute_ruler``, which runs before the lemmatizer; the
    lemmatizer keeps a lemma already set. A pipeline without an attribute
    ruler before its lemmatizer is left as it is. Adding them twice is a no-op.

    Args:
        pipeline: The pipeline to correct (changed in place).
    """
    from eventkit.lexicons import load_yaml

    names = pipeline.pipe_names
    if "attribute_ruler" not in names or (
        "lemmatizer" in names and names.index("lemmatizer") < names.index("attribute_ruler")
    ):
        return
    ruler = pipeline.get_pipe("attribute_ruler")
    if getattr(ruler, "_eventkit_lemmas", False):
        return
    for lemma, forms in load_yaml("lexicons/lemmas.en.yaml")["verb_forms"].items():
        pattern = [{"LOWER": {"IN": [f.lower() for f in forms]}, "TAG": {"IN": _VERB_TAGS}}]
        ruler.add([pattern], {"LEMMA": lemma})  # type: ignore[attr-defined]
    ruler._eventkit_lemmas = True  # type: ignore[attr-defined]
