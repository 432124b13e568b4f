"""Evaluation against public annotated sets: ``run_evaluation(name, path)`` -> :class:`EvaluationReport`.

Sets: "plover-gsr" (PLOVER gold-standard records), "petrarch" (PETRARCH2 unit tests), "ecbplus" (event
coreference), "eventstoryline" (date resolution) and "realnews" (political events of whole wire stories). The data is read from ``path`` at run time, never bundled.
"""

from .base import (
    EVALUATION_SETS,
    ClassRow,
    ErrorSample,
    EvaluationReport,
    available_extractors,
    compare_extractors,
    comparison_rows,
    run_evaluation,
)

evaluate = run_evaluation  # the name docs/ARCHITECTURE.md uses

__all__ = [
    "EVALUATION_SETS", "ClassRow", "ErrorSample", "EvaluationReport", "available_extractors", "compare_extractors",
    "comparison_rows", "evaluate", "run_evaluation",
]
