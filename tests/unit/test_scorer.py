"""The evaluator implements the gold format's rules; these cases pin each rule."""

import pytest

from eventkit.evaluation.scorer import (
    CorpusReport,
    amount_matches,
    date_matches,
    key_matches,
    name_matches,
    normalize_text,
    score_document,
)


def actor(name: str, *aliases: str, country: str | None = None) -> dict:
    return {"name": name, "aliases": list(aliases), "country": country, "kind": "person"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The  Philippine Coast-Guard", "philippine coast guard"),
        ("Café “Zürich”", "cafe zurich"),
        ("Belarus’ plans", "belarus' plans"),
        ("U.S. President", "us president"),
        ("the the end", "the end"),
        ("Other", "other"),
    ],
    ids=["the+hyphen", "accents+quotes", "apostrophe kept", "dots removed", "only one leading the", "plain"],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_name_match_is_token_subset_over_name_aliases_country() -> None:
    assert name_matches(["Xi Jinping"], actor("Xi"))
    assert name_matches(["Xi"], actor("Xi Jinping"))
    assert name_matches(["CHN"], actor("China", country="CHN"))
    assert name_matches(["Beijing", "China"], actor("People's Republic", "China"))
    assert not name_matches(["Xi Jinping"], actor("Li Qiang"))
    assert name_matches(["Xinhua", None], None)
    assert not name_matches(["Xinhua"], None)


@pytest.mark.parametrize(
    ("gold", "start", "end", "ok"),
    [
        ("2023-12-04", "2023-12-04", "2023-12-04", True),
        ("2023-12", "2023-12-04", "2023-12-04", True),
        ("2023", "2023-01-01", "2023-12-31", True),
        ("2023-12", "2023-11-30", "2023-12-04", False),
        ({"start": "2023-02-28", "end": "2023-03-02"}, "2023-02-28", "2023-03-02", True),
        ({"start": "2023-02-28", "end": "2023-03-02"}, "2023-02-28", "2023-02-28", False),
        (["2023-11-30", None], "2023-11-30", "2023-11-30", True),
    ],
    ids=["same day", "day within month", "year period", "crosses month", "range", "range end wrong", "alternatives"],
)
def test_date_match(gold, start: str, end: str, ok: bool) -> None:
    assert date_matches(gold, {"start": start, "end": end}) is ok


def test_date_null_alternative_accepts_no_date() -> None:
    assert date_matches(["2023-11-30", None], None)
    assert not date_matches("2023-11-30", None)


def test_amount_within_one_percent_and_same_currency() -> None:
    gold = {"value": 26800000, "currency": "USD"}
    assert amount_matches(gold, {"amount": 26900000, "currency": "USD"})
    assert not amount_matches(gold, {"amount": 27200000, "currency": "USD"})
    assert not amount_matches(gold, {"amount": 26800000, "currency": "EUR"})
    assert amount_matches([gold, None], None)


def test_incident_key_needs_category_and_location_or_actor() -> None:
    gold = {"type": "incident", "category": ["maritime"], "location": ["Reef"], "actors": [["Navy"]]}
    base = {"type": "incident", "category": "maritime"}
    assert key_matches(gold, {**base, "location": {"name": "Reef"}, "actors": []})
    assert key_matches(gold, {**base, "location": None, "actors": [actor("Navy")]})
    assert not key_matches(gold, {**base, "location": {"name": "Port"}, "actors": []})
    assert not key_matches(gold, {"type": "incident", "category": "riot", "location": {"name": "Reef"}})


GOLD = {
    "doc": "x.txt",
    "types": ["meeting", "statement"],
    "events": [
        {"id": "M1", "type": "meeting", "participants": [["Ana"], ["Ben"]], "date": "2024-01-02", "location": ["Oslo"]},
        {"id": "M2", "type": "meeting", "required": False, "participants": [["Ana"]]},
        {"id": "S1", "type": "statement", "speaker": ["Ana"], "content": "the port will reopen", "direct": True},
    ],
}


def meeting(*names: str, date: str | None = None, place: str | None = None) -> dict:
    return {
        "type": "meeting",
        "participants": [actor(n) for n in names],
        "date": {"start": date, "end": date} if date else None,
        "location": {"name": place} if place else None,
    }


def test_score_document_counts_tp_fp_fn_and_arguments() -> None:
    preds = [
        meeting("Ana", "Ben", date="2024-01-02", place="Oslo"),
        meeting("Ana", "Ben"),  # a duplicate: matches M2 (optional), neither TP nor FP
        meeting("Carl", "Dina"),  # spurious
        {"type": "incident", "category": "riot"},  # type not annotated: ignored
        {
            "type": "statement",
            "speaker": actor("Ana"),
            "content": "She said The port will reopen soon",
            "direct": False,
        },
    ]
    score = score_document(GOLD, preds)
    assert (score.counts["meeting"].tp, score.counts["meeting"].fp, score.counts["meeting"].fn) == (1, 1, 0)
    assert (score.counts["statement"].tp, score.counts["statement"].fp) == (1, 0)
    assert score.counts["incident"].fp == 0
    assert score.arguments["meeting"] == {"date": [1, 1], "location": [1, 1]}
    assert score.arguments["statement"] == {"direct": [0, 1]}


def test_assignment_prefers_the_prediction_agreeing_on_more_fields() -> None:
    preds = [meeting("Ana", "Ben"), meeting("Ana", "Ben", date="2024-01-02", place="Oslo")]
    score = score_document({**GOLD, "events": GOLD["events"][:1]}, preds)
    assert score.pairs == [("M1", 1)]
    assert score.counts["meeting"].fp == 1


def test_recall_only_documents_count_no_false_positives() -> None:
    score = score_document({**GOLD, "recall_only": True}, [meeting("Carl", "Dina")])
    assert score.counts["meeting"].fp == 0
    assert score.counts["meeting"].fn == 1


def test_corpus_report_aggregates() -> None:
    report = CorpusReport("c", documents=[score_document(GOLD, [meeting("Ana", "Ben")])])
    overall = report.counts()["overall"]
    assert (overall.tp, overall.fp, overall.fn) == (1, 0, 1)
    assert report.to_dict()["scores"]["overall"]["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_negated_and_hypothetical_predictions_are_set_aside() -> None:
    gold = {"doc": "d.txt", "events": [{"id": "M1", "type": "meeting", "participants": [["Ann"], ["Bo"]]}]}
    preds = [
        {**meeting("Ann", "Bo"), "modality": "negated"},
        {**meeting("Cy", "Di"), "modality": "hypothetical"},
        {**meeting("Ann", "Bo"), "modality": "asserted"},
    ]
    score = score_document(gold, preds)
    c = score.counts["meeting"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    assert score.status == ["set_aside", "set_aside", "tp"]


def test_set_aside_prediction_does_not_match_gold() -> None:
    gold = {"doc": "d.txt", "events": [{"id": "M1", "type": "meeting", "participants": [["Ann"], ["Bo"]]}]}
    score = score_document(gold, [{**meeting("Ann", "Bo"), "modality": "negated"}])
    c = score.counts["meeting"]
    assert (c.tp, c.fp, c.fn) == (0, 0, 1)


def test_direct_may_be_a_list_of_alternatives() -> None:
    gold = {"doc": "d.txt", "events": [
        {"id": "S1", "type": "statement", "speaker": ["Ann"], "content": "we will build it", "direct": [True, False]}
    ]}  # fmt: skip
    pred = {"type": "statement", "speaker": actor("Ann"), "content": "We will build it soon", "direct": False}
    score = score_document(gold, [pred])
    assert score.arguments["statement"]["direct"] == [1, 1]
