"""Evaluation reports, shared metric helpers and the dispatcher over the public evaluation sets.

The evaluators are registered in ``evaluate/registry.py`` (``run_evaluation``, ``compare_extractors``); the
prediction loop they share is ``evaluate/predict.py``.
The evaluation data is never bundled: it is read from ``path`` (normally ``../shared/eval/<set>``) at run time.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import subprocess
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Figure = float | int | None



@dataclass
class ClassRow:
    """One row of a per-class (or per-category) table: counts and precision/recall/F1 (None = undefined)."""

    label: str
    support: int  # gold items of this class
    predicted: int  # predicted items of this class
    correct: int
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    extra: dict[str, Figure] = field(default_factory=dict)


@dataclass
class ErrorSample:
    """One wrong answer, kept so a reader can see what the numbers mean."""

    id: str
    text: str
    expected: str
    got: str
    kind: str  # error class, e.g. "no-event", "wrong-type", "wrong-actor"


@dataclass
class EvaluationReport:
    """What an evaluator measured on one set with one extractor at one commit."""

    name: str
    path: str
    commit: str
    extractor: str | None
    figures: dict[str, Figure] = field(default_factory=dict)
    per_class: list[ClassRow] = field(default_factory=list)
    per_group: dict[str, list[ClassRow]] = field(default_factory=dict)  # further tables, e.g. {"story": [...]}
    errors: list[ErrorSample] = field(default_factory=list)
    error_classes: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    date: str = field(default_factory=lambda: _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, default=str)

    def table_rows(self) -> list[dict[str, str]]:
        """``{"figure", "value"}`` rows for a two-column table: header facts, figures, per-class and per-group rows,
        error classes."""
        return [{"figure": k, "value": v} for k, v in self.table_pairs()]

    def table_pairs(self) -> list[tuple[str, str]]:
        """The rows of :meth:`table_rows` as (name, value) pairs."""
        rows: list[tuple[str, str]] = [
            ("set", self.name), ("path", self.path), ("commit", self.commit),
            ("extractor", self.extractor or "-"), ("date", self.date),
        ]
        rows += [(k, format_figure(v)) for k, v in self.figures.items()]
        groups = [("class", r) for r in self.per_class]
        groups += [(name, r) for name, group in self.per_group.items() for r in group]
        for kind, r in groups:
            rows.append((
                f"{kind} {r.label}",
                f"gold={r.support} pred={r.predicted} correct={r.correct} P={format_figure(r.precision)} "
                f"R={format_figure(r.recall)} F1={format_figure(r.f1)}"
                + "".join(f" {k}={format_figure(v)}" for k, v in r.extra.items()),
            ))
        rows += [(f"errors {k}", str(v)) for k, v in sorted(self.error_classes.items(), key=lambda kv: -kv[1])]
        rows += [("note", n) for n in self.notes]
        return rows


def format_figure(value: Figure) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


# ----------------------------------------------------------------------------------------------- metrics


def ratio(num: float, den: float) -> float | None:
    """num/den, or None (n/a) when the denominator is zero."""
    return num / den if den else None


def f1_score(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float | None:
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    return ratio(sum(g == p for g, p in zip(gold, predicted, strict=True)), len(gold))


def per_class_scores(gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str]) -> list[ClassRow]:
    """Precision/recall/F1 per label. Predictions outside ``labels`` (e.g. "NONE") count only as misses."""
    gold_n = Counter(gold)
    pred_n = Counter(predicted)
    correct = Counter(g for g, p in zip(gold, predicted, strict=True) if g == p)
    rows = []
    for label in labels:
        p = ratio(correct[label], pred_n[label])
        r = ratio(correct[label], gold_n[label])
        rows.append(ClassRow(label, gold_n[label], pred_n[label], correct[label], p, r, f1_score(p, r)))
    return rows


def macro_f1(rows: Sequence[ClassRow]) -> float | None:
    """Mean F1 over the classes that occur in gold or in the predictions.

    A class with no gold items and no predictions is left out (its F1 is undefined, not zero); a class with
    gold items but no predictions, or predictions but no gold items, scores F1 = 0.
    """
    scores = []
    for r in rows:
        if r.support == 0 and r.predicted == 0:
            continue
        scores.append(r.f1 if r.f1 is not None else 0.0)
    return sum(scores) / len(scores) if scores else None


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, int]]:
    """gold label -> predicted label -> count."""
    out: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, predicted, strict=True):
        out.setdefault(g, {})
        out[g][p] = out[g].get(p, 0) + 1
    return out


# ----------------------------------------------------------------------------------------------- context


def repo_commit() -> str:
    """``git rev-parse HEAD`` of the repository holding the package (+"-dirty" if it has changes), or "unknown"."""
    here = Path(__file__).resolve().parent
    try:
        head = subprocess.run(
            ["git", "-C", str(here), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5, check=False
        )
        if head.returncode != 0 or not head.stdout.strip():
            return "unknown"
        commit = head.stdout.strip()
        status = subprocess.run(
            ["git", "-C", str(here), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, timeout=5, check=False,
        )
        return commit + ("-dirty" if status.returncode == 0 and status.stdout.strip() else "")
    except Exception:  # never fail an evaluation over provenance
        return "unknown"


def flatten_figures(data: Any, prefix: str = "") -> dict[str, Figure]:
    """Numeric leaves of a nested dict as dotted keys (for reports produced by other evaluators)."""
    out: dict[str, Figure] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            out.update(flatten_figures(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(data, bool):
        return out
    elif isinstance(data, (int, float)) or (data is None and prefix):
        out[prefix] = data
    return out


def comparison_rows(reports: Sequence[EvaluationReport]) -> list[list[str]]:
    """A side-by-side table: header row of extractor names, then one row per figure."""
    header = ["figure"] + [r.extractor or "-" for r in reports]
    keys: list[str] = []
    for r in reports:
        keys += [k for k in r.figures if k not in keys]
    return [header] + [[k] + [format_figure(r.figures.get(k)) for r in reports] for k in keys]
