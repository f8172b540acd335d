"""Abbreviated titles ("Sgt.", "Capt.", "Gen."): one token each, and no sentence ends inside a name.

The small English model's tokenizer knows "Gen." and "Sen." but splits
"Sgt." into "Sgt" and "."; and its parser ends a sentence after either
("..., said Navy Capt. | Jeff Davis."), and the speaker is lost. The titles
are data (``lexicons/abbreviations.en.txt``): each becomes a tokenizer
special case (:func:`add_title_abbreviations`), and the paragraph component
keeps the name after one in its sentence (:func:`title_abbreviations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.lexicons import load_list, per_resources

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["add_title_abbreviations", "title_abbreviations"]


@per_resources
def title_abbreviations() -> frozenset[str]:
    """The abbreviated titles of ``lexicons/abbreviations.en.txt`` as written ("Sgt.", "Capt.")."""
    return frozenset(load_list("lexicons/abbreviations.en.txt"))


def add_title_abbreviations(pipeline: Language) -> None:
    """Keep the abbreviated titles of ``lexicons/abbreviations.en.txt`` one token each ("Sgt.", "Capt.").

    Args:
        pipeline: The pipeline whose tokenizer learns them (changed in place;
            adding them twice is a no-op).
    """
    from spacy.symbols import ORTH

    tokenizer = pipeline.tokenizer
    for title in sorted(title_abbreviations()):
        tokenizer.add_special_case(title, [{ORTH: title}])  # type: ignore[union-attr]
