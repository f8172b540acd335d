"""Organisation names the small English model misreads as clauses, tagged by an entity ruler.

"Save the Children said the camp had run out of food": the tagger reads
"Save" as a verb and the recogniser tags nothing, so the speaker was
"Save". The names are data (``resources/lexicons/phrase_names.en.txt``);
an entity ruler after the recogniser tags each, written exactly so, an
organisation, over whatever the recogniser tagged there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.lexicons import load_list

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["PHRASE_NAMES", "add_phrase_names"]

#: The lexicon of organisation names written as phrases.
PHRASE_NAMES = "lexicons/phrase_names.en.txt"

#: The name of the entity ruler in the pipeline.
_RULER = "eventkit_phrase_names"


def add_phrase_names(pipeline: Language) -> None:
    """Tag the organisation names of ``phrase_names.en.txt`` after the recogniser ("Save the Children").

    A pipeline without a recogniser ("ner") is left as it is; adding the
    ruler twice is a no-op.

    Args:
        pipeline: The pipeline to extend (changed in place).
    """
    if "ner" not in pipeline.pipe_names or _RULER in pipeline.pipe_names:
        return
    ruler = pipeline.add_pipe("entity_ruler", name=_RULER, after="ner", config={"overwrite_ents": True})
    ruler.add_patterns([{"label": "ORG", "pattern": name} for name in load_list(PHRASE_NAMES)])  # type: ignore[attr-defined]
