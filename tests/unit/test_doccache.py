"""Per-Doc cached values: token columns and masks agree with the tokens they summarise."""

from __future__ import annotations

from spacy.language import Language

from eventkit.doccache import (
    doc_column,
    doc_text,
    doc_value,
    entity_of,
    forget,
    know_text,
    token_mask,
    token_positions,
)

TEXT = (
    "Mayor Ana Ruiz said on Tuesday that the harbour bridge would reopen, according to a city statement. "
    "Her claim that repairs were finished drew questions from Councillor Tomas Berg."
)


def test_a_mask_of_parts_of_speech_is_the_token_by_token_test(nlp: Language) -> None:
    doc = nlp(TEXT)
    mask = token_mask(doc, "POS", {"VERB", "AUX"})
    assert mask.tolist() == [t.pos_ in {"VERB", "AUX"} for t in doc]
    assert [doc[i].text for i in token_positions(mask)] == [t.text for t in doc if t.pos_ in {"VERB", "AUX"}]


def test_a_predicate_sees_each_value_as_its_string(nlp: Language) -> None:
    doc = nlp(TEXT)
    nouns = {"claim", "statement"}
    mask = token_mask(doc, "LEMMA", lambda lemma: lemma.lower() in nouns)
    assert [doc[i].lower_ for i in token_positions(mask)] == ["statement", "claim"]
    preps = token_mask(doc, "DEP", {"prep"}) & token_mask(doc, "LOWER", {"according"})
    assert [doc[i].text for i in token_positions(preps)] == [t.text for t in doc if t.lower_ == "according"]


def test_a_column_is_read_once_per_doc_and_holds_entity_positions(nlp: Language) -> None:
    doc = nlp(TEXT)
    column = doc_column(doc, "ENT_IOB")
    assert doc_column(doc, "ENT_IOB") is column
    assert [value == 2 for value in column.tolist()] == [t.ent_iob_ == "O" for t in doc]


def test_an_empty_doc_gives_empty_masks(nlp: Language) -> None:
    doc = nlp.make_doc("")
    assert token_positions(token_mask(doc, "POS", {"VERB"})) == []
    assert token_positions(doc_column(doc, "ENT_IOB") == 2) == []


def test_the_entity_of_a_token_is_the_one_holding_it(nlp: Language) -> None:
    doc = nlp("A Delta Air Lines plane landed in Atlanta on Monday.")
    assert [(entity_of(t).text if entity_of(t) is not None else None) for t in doc[1:5]] == [
        "Delta Air Lines",
        "Delta Air Lines",
        "Delta Air Lines",
        None,
    ]


def test_the_text_a_doc_was_parsed_from_is_its_cached_text(nlp: Language) -> None:
    doc = nlp(TEXT)
    know_text(doc, TEXT)
    assert doc_text(doc) is TEXT
    forget(doc)


def test_another_text_is_not_recorded_as_the_docs_text(nlp: Language) -> None:
    doc = nlp(TEXT)
    know_text(doc, TEXT + " More words follow.")
    know_text(doc, "X" + TEXT[1:])
    assert doc_text(doc) == doc.text == TEXT
    forget(doc)
    empty = nlp.make_doc("")
    know_text(empty, "")
    assert doc_text(empty) == ""


def test_values_of_two_docs_asked_in_turn_stay_apart(nlp: Language) -> None:
    first = nlp("Ana Ruiz met Tomas Berg in Oslo on Monday.")
    second = nlp("Heavy rain closed the harbour road.")
    for _ in range(2):  # the last-asked shortcut must not hand one Doc's values to the other
        assert doc_text(first) == first.text
        assert doc_text(second) == second.text
        assert doc_column(first, "POS").tolist() == first.to_array("POS").tolist()
        assert doc_column(second, "POS").tolist() == second.to_array("POS").tolist()
    forget(first)
    forget(second)


def test_a_forgotten_doc_computes_its_values_afresh(nlp: Language) -> None:
    from eventkit import doccache

    doc = nlp("Ana Ruiz met Tomas Berg in Oslo on Monday.")
    calls: list[int] = []
    assert doc_value(doc, "count", lambda d: calls.append(1) or len(d)) == len(doc)
    assert doc_value(doc, "count", lambda d: calls.append(1) or len(d)) == len(doc)
    assert calls == [1]
    forget(doc)
    assert doccache._last is None  # the shortcut no longer holds the Doc (nor keeps it alive)
    assert doc_value(doc, "count", lambda d: calls.append(1) or len(d)) == len(doc)
    assert calls == [1, 1]
    forget(doc)
