"""Calibration features of a statement candidate and its calibrated confidence."""

from __future__ import annotations

from eventkit.extractors.base import DocContext
from eventkit.extractors.statement.cues import lemma_of
from eventkit.extractors.statement.reader import Candidate
from eventkit.extractors.statement.speakers import described_role
from eventkit.extractors.statement.syntax import is_named
from eventkit.models import ActorKind, Modality, Provenance
from eventkit.text.clean import BlockKind

#: Names of the calibration features, in the order of ``resources/calibration/statement.yaml``
#: (see docs/calibration.md). Every feature is 0/1 except ``speaker_conf``.
CALIBRATION_FEATURES: tuple[str, ...] = (
    "direct",
    "split_quote",
    "cue_say",
    "group_object",
    "group_commissive",
    "frame_object",
    "frame_according_to",
    "frame_noun_cue",
    "frame_continuation",
    "frame_clause_first",
    "frame_cited",
    "frame_speaker_label",
    "speaker_named",
    "speaker_pronoun",
    "speaker_vague",
    "speaker_conf",
    "speaker_person",
    "speaker_organization",
    "speaker_country",
    "reported_by",
    "audience",
    "content_short",
    "content_long",
    "content_clause",
    "headline",
    "lede",
    "not_asserted",
    "frame_post",
    "speaker_chosen",
)

#: The neutral, most frequent cues.
_SAY_LEMMAS = frozenset({"say", "tell"})

#: Rule-name prefixes of the attribution frames the features distinguish.
FRAMES = {
    "frame_according_to": "statement.according_to_x",
    "frame_noun_cue": "statement.noun_cue",
    "frame_clause_first": "statement.clause_x_said",
    "frame_cited": "statement.cited_as_saying",
    "frame_speaker_label": "statement.speaker_label",
    "frame_object": "statement.x_verb_object",
    "frame_post": "statement.speaker_label_post",
}


def features_of(ctx: DocContext, cand: Candidate, modality: Modality) -> dict[str, float]:
    """The calibration features of a candidate with content and speaker (names: :data:`CALIBRATION_FEATURES`)."""
    assert cand.content is not None
    text = ctx.clean.text
    start, end = cand.content
    words = len(text[start:end].split()) + sum(len(text[s:e].split()) for s, e in cand.extra)
    tokens = ctx.doc.char_span(start, end, alignment_mode="expand")
    clause = tokens is not None and any(t.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for t in tokens)
    tok = cand.speaker_tok
    named = tok is not None and (
        is_named(tok) or any(c.dep_ == "appos" and is_named(c) for c in tok.children) or described_role(tok) is not None
    )
    kind = cand.speaker.kind if cand.speaker is not None else ActorKind.UNKNOWN
    body = next((b for b in ctx.clean.blocks if b.kind == BlockKind.BODY), None)
    flags = {
        "direct": cand.direct,
        "split_quote": bool(cand.extra),
        "cue_say": lemma_of(cand.cue) in _SAY_LEMMAS,
        "group_object": cand.group == "object",
        "group_commissive": cand.group == "commissive",
        **{name: cand.rule.startswith(prefix) for name, prefix in FRAMES.items()},
        "frame_continuation": cand.continued,
        "speaker_named": named,
        "speaker_pronoun": tok is not None and tok.pos_ == "PRON",
        "speaker_vague": cand.speaker_conf <= 0.3,
        "speaker_person": kind == ActorKind.PERSON,
        "speaker_organization": kind == ActorKind.ORGANIZATION,
        "speaker_country": kind == ActorKind.COUNTRY,
        "reported_by": cand.reported_by is not None,
        "audience": cand.audience is not None,
        "content_short": words < 4,
        "content_long": words > 40,
        "content_clause": clause,
        "headline": ctx.in_headline(cand.cue),
        "lede": body is not None and body.start <= cand.cue.idx < body.end,
        "not_asserted": modality != Modality.ASSERTED,
        "speaker_chosen": cand.speaker_choice is not None,
    }
    features = {name: float(value) for name, value in flags.items()}
    features["speaker_conf"] = round(cand.speaker_conf, 3)
    return {name: features[name] for name in CALIBRATION_FEATURES}


def confidence_of(features: dict[str, float]) -> tuple[float, Provenance]:
    """The calibrated confidence of a statement and the provenance recording its features.

    The logistic model is data (``resources/calibration/statement.yaml``,
    fitted by ``python -m eventkit.evaluation.calibration fit``; applied by
    :mod:`eventkit.confidence`).
    """
    from eventkit.confidence import format_features, load_calibration

    model = load_calibration("statement")
    return model.predict(features), Provenance(field="confidence", rule=model.rule, note=format_features(features))
