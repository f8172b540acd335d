"""Habit, repetition, rates and tallies (``extractors/habitual.py``), on sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventkit.extractors.habitual import TALLY_DAYS, habitual, tallied

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token


def _word(nlp: Language, sentence: str, word: str) -> Token:
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The two mayors meet regularly in Vestby.", "meet"),
        ("The queen visits Vestby every summer.", "visits"),
        ("Landmines kill dozens of farmers around Vestby each year.", "kill"),
        ("The two ministers meet twice a year.", "meet"),
        ("The two leaders have met 14 times.", "met"),
        ("Every monsoon season, landslides kill dozens of people in the hills.", "kill"),
    ],
)
def test_habits_rates_and_counts_of_times(nlp: Language, sentence: str, verb: str) -> None:
    assert habitual(_word(nlp, sentence, verb))


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [("Ruiz met Lindqvist in Vestby on Monday.", "met"), ("Ruiz met Lindqvist once in 2019.", "met")],
)
def test_one_occasion_is_no_habit(nlp: Language, sentence: str, verb: str) -> None:
    assert not habitual(_word(nlp, sentence, verb))


def test_an_incident_may_leave_out_adverbs_and_counts_of_times(nlp: Language) -> None:
    """ "routinely abuse prisoners" is a reported practice; "was stabbed 17 times" the blows of one attack."""
    beat = _word(nlp, "Guards routinely abuse prisoners at the Vestby camp.", "abuse")
    shot = _word(nlp, "A student was stabbed 17 times by a neighbour in Vestby on Monday.", "stabbed")
    assert habitual(beat) and not habitual(beat, adverbs=False)
    assert not habitual(shot, counts=False)
    assert habitual(_word(nlp, "Landmines kill dozens of farmers each year.", "kill"), adverbs=False, counts=False)


def test_a_bare_plural_over_a_long_period_is_a_tally(nlp: Language) -> None:
    crashes = _word(nlp, "Road crashes killed 1,400 people across Vestland last year.", "crashes")
    the_crashes = _word(nlp, "The crashes killed 1,400 people across Vestland last year.", "crashes")
    assert tallied(crashes, 365)
    assert not tallied(crashes, 1)  # a day: one occurrence's parts
    assert not tallied(the_crashes, 365)  # definite: told before
    assert not tallied(_word(nlp, "A crash killed 14 people last year.", "crash"), TALLY_DAYS)
