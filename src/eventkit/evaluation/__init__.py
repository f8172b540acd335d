"""Scoring eventkit against gold annotations (the format in docs/evaluation.md)."""

from eventkit.evaluation.scorer import CorpusReport, DocScore, evaluate, evaluate_corpus, score_document

__all__ = ["CorpusReport", "DocScore", "evaluate", "evaluate_corpus", "score_document"]
