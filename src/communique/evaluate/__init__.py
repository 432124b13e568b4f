"""Evaluation against public annotated sets: ``run_evaluation(name, path)`` -> :class:`EvaluationReport`.

The sets are registered in ``evaluate/registry.py`` (one :class:`Evaluator` each); the data is read from ``path``
at run time, never bundled.
"""

from .base import ClassRow, ErrorSample, EvaluationReport, comparison_rows
from .registry import (
    EVALUATION_SETS,
    EVALUATORS,
    Evaluator,
    available_extractors,
    compare_extractors,
    run_evaluation,
    settings_for,
)

evaluate = run_evaluation  # the name docs/ARCHITECTURE.md uses

__all__ = [
    "EVALUATION_SETS", "EVALUATORS", "ClassRow", "ErrorSample", "EvaluationReport", "Evaluator",
    "available_extractors", "compare_extractors", "comparison_rows", "evaluate", "run_evaluation", "settings_for",
]
