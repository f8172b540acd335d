"""spaCy components that eventkit adds to the pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["set_paragraph_boundaries"]


@Language.component("eventkit_paragraphs")
def set_paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so no sentence spans two paragraphs.

    Runs before the parser, which keeps the boundaries it is given.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
