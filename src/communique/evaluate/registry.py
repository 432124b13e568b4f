"""The one registry of evaluators: ``run_evaluation(name, path)`` -> :class:`EvaluationReport`.

Each public annotated set has one :class:`Evaluator` entry (name, default folder under ``../shared/eval``, run
function). To add a set, write ``evaluate/<set>.py`` with a function ``(path, settings, options) -> report`` and
add an entry to :data:`EVALUATORS`; the CLI (`communique evaluate NAME PATH`) and ``benchmarks/accuracy.py`` read
the registry. Extractor names come from the pipeline's own registry (``pipeline/events/extractors.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EvaluationDataError
from ..pipeline.events.extractors import EXTRACTORS
from .base import EvaluationReport, flatten_figures, repo_commit
from .ecbplus import evaluate_ecbplus
from .eventstoryline import evaluate_eventstoryline
from .petrarch import evaluate_petrarch
from .plover_gsr import evaluate_plover_gsr
from .realnews import evaluate_realnews


@dataclass(frozen=True)
class Options:
    """Options some evaluators take: ECB+ topics; the first ``limit`` records (plover-gsr, petrarch)."""

    topics: list[int] | None = None
    limit: int | None = None


@dataclass(frozen=True)
class Evaluator:
    name: str
    folder: str  # its folder under ../shared/eval
    run: Callable[[Path, Settings, Options], EvaluationReport]
    description: str


def _wrap(name: str, path: Path, extractor: str | None, result: Any) -> EvaluationReport:
    """An EvaluationReport for evaluators that return their own report type (figures flattened)."""
    if isinstance(result, EvaluationReport):
        return result
    data = result.to_dict() if hasattr(result, "to_dict") else dataclasses.asdict(result)
    figures = flatten_figures(data)
    notes = [str(n) for n in data.get("notes", [])] if isinstance(data.get("notes"), list) else []
    return EvaluationReport(
        name=name, path=str(path), commit=repo_commit(), extractor=extractor, figures=figures, notes=notes,
        details=data,
    )


def _plover(path: Path, settings: Settings, opts: Options) -> EvaluationReport:
    return evaluate_plover_gsr(path, settings=settings, limit=opts.limit)


def _petrarch(path: Path, settings: Settings, opts: Options) -> EvaluationReport:
    return evaluate_petrarch(path, settings=settings, limit=opts.limit)


def _realnews(path: Path, settings: Settings, opts: Options) -> EvaluationReport:
    return evaluate_realnews(path, settings=settings, limit=opts.limit)


def _ecbplus(path: Path, settings: Settings, opts: Options) -> EvaluationReport:
    return _wrap("ecbplus", path, settings.extractor, evaluate_ecbplus(path, topics=opts.topics))


def _eventstoryline(path: Path, settings: Settings, opts: Options) -> EvaluationReport:
    return _wrap("eventstoryline", path, settings.extractor, evaluate_eventstoryline(path))


EVALUATORS: dict[str, Evaluator] = {e.name: e for e in (
    Evaluator("plover-gsr", "plover_gsr", _plover, "PLOVER gold sentences: event type, actor/recipient codes"),
    Evaluator("petrarch", "petr_unittests", _petrarch, "PETRARCH2 unit tests with their dictionaries"),
    Evaluator("ecbplus", "ecbplus_dev", _ecbplus, "ECB+ cross-document event coreference"),
    Evaluator("eventstoryline", "eventstoryline_dev", _eventstoryline, "date expressions (Event StoryLine)"),
    Evaluator("realnews", "realnews_dev", _realnews, "political events of whole real wire stories (GUIDELINES.md)"),
)}
EVALUATION_SETS: tuple[str, ...] = tuple(EVALUATORS)


def available_extractors() -> tuple[str, ...]:
    """Extractor names the pipeline offers (``Settings.extractor``), from the pipeline's extractor registry."""
    return tuple(EXTRACTORS)


def settings_for(extractor: str | None) -> Settings:
    """Settings with the given extractor (None: the configured default); unknown names raise."""
    settings = Settings()
    if extractor is None:
        return settings
    known = available_extractors()
    if extractor not in known:
        raise EvaluationDataError(f"unknown extractor {extractor!r}", fix=f"Choose one of: {', '.join(known)}")
    return dataclasses.replace(settings, extractor=extractor)


def require_path(name: str, path: str | Path) -> Path:
    p = Path(path).expanduser()
    if not p.exists():
        folder = EVALUATORS[name].folder if name in EVALUATORS else name
        raise EvaluationDataError(
            f"evaluation data for {name!r} not found at {str(p)!r}",
            fix=f"Pass the file or folder of the set, e.g. ../shared/eval/{folder}",
        )
    return p


def run_evaluation(
    name: str, path: str | Path, *, topics: list[int] | None = None, extractor: str | None = None,
    limit: int | None = None,
) -> EvaluationReport:
    """Run the evaluator registered as ``name`` on the data at ``path``.

    ``topics`` restricts ECB+ to those topics; ``extractor`` selects ``Settings.extractor`` (None: the
    configured one); ``limit`` evaluates only the first N records (plover-gsr, petrarch) or stories (realnews).
    """
    key = name.strip().lower().replace("_", "-")
    if key not in EVALUATORS:
        raise EvaluationDataError(f"unknown evaluation set {name!r}", fix=f"Choose one of: {', '.join(EVALUATORS)}")
    p = require_path(key, path)
    return EVALUATORS[key].run(p, settings_for(extractor), Options(topics=topics, limit=limit))


def compare_extractors(
    name: str, path: str | Path, extractors: Sequence[str], *, topics: list[int] | None = None,
    limit: int | None = None,
) -> list[EvaluationReport]:
    """One report per extractor on the same set (in the order given). Unknown extractors raise before any run."""
    if not extractors:
        raise EvaluationDataError("no extractors to compare",
                                  fix=f"Name one or more of: {', '.join(available_extractors())}")
    for ex in extractors:
        settings_for(ex)  # validate all names first
    return [run_evaluation(name, path, topics=topics, extractor=ex, limit=limit) for ex in extractors]


__all__ = ["EVALUATION_SETS", "EVALUATORS", "Evaluator", "Options", "available_extractors", "compare_extractors",
           "require_path", "run_evaluation", "settings_for"]
