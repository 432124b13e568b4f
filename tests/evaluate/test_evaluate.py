"""Metric helpers, report rendering and the dispatcher of communique.evaluate."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from communique.errors import EvaluationDataError
from communique.evaluate import EvaluationReport, compare_extractors, comparison_rows, run_evaluation
from communique.evaluate.base import (
    ClassRow,
    accuracy,
    confusion,
    f1_score,
    flatten_figures,
    format_figure,
    macro_f1,
    per_class_scores,
    ratio,
    repo_commit,
)
from communique.evaluate.registry import settings_for


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        (["A", "B", "C", "D"], ["A", "B", "C", "D"], 1.0),
        (["A", "B", "C", "D"], ["A", "B", "X", "NONE"], 0.5),
        (["A"], ["B"], 0.0),
        ([], [], None),
    ],
)
def test_evaluate_accuracy_counts_exact_label_agreement(gold, pred, expected):
    assert accuracy(gold, pred) == expected


def test_evaluate_accuracy_rejects_unequal_lengths():
    with pytest.raises(ValueError):
        accuracy(["A"], [])


def test_evaluate_per_class_scores_precision_recall_f1():
    gold = ["A", "A", "A", "B", "B"]
    pred = ["A", "A", "B", "B", "NONE"]
    rows = {r.label: r for r in per_class_scores(gold, pred, ["A", "B", "C"])}
    assert (rows["A"].support, rows["A"].predicted, rows["A"].correct) == (3, 2, 2)
    assert rows["A"].precision == 1.0 and rows["A"].recall == pytest.approx(2 / 3)
    assert rows["A"].f1 == pytest.approx(0.8)
    assert rows["B"].precision == 0.5 and rows["B"].recall == 0.5 and rows["B"].f1 == 0.5
    assert rows["C"].precision is None and rows["C"].recall is None and rows["C"].f1 is None


def test_evaluate_macro_f1_leaves_out_a_class_absent_from_gold_and_predictions():
    gold = ["A", "A", "B", "B"]
    pred = ["A", "A", "B", "A"]
    rows = per_class_scores(gold, pred, ["A", "B", "C"])  # C never occurs
    f1_a = 2 * (2 / 3) * 1.0 / (2 / 3 + 1.0)
    f1_b = 2 * 1.0 * 0.5 / 1.5
    assert macro_f1(rows) == pytest.approx((f1_a + f1_b) / 2)


def test_evaluate_macro_f1_counts_a_never_predicted_gold_class_as_zero():
    rows = per_class_scores(["A", "B"], ["A", "NONE"], ["A", "B"])
    assert macro_f1(rows) == pytest.approx(0.5)


def test_evaluate_macro_f1_of_nothing_is_undefined():
    assert macro_f1([ClassRow("A", 0, 0, 0)]) is None


def test_evaluate_confusion_counts_gold_to_predicted():
    assert confusion(["A", "A", "B"], ["A", "B", "B"]) == {"A": {"A": 1, "B": 1}, "B": {"B": 1}}


@pytest.mark.parametrize("num, den, expected", [(1, 4, 0.25), (0, 3, 0.0), (2, 0, None)])
def test_evaluate_ratio_is_none_on_empty_denominator(num, den, expected):
    assert ratio(num, den) == expected


@pytest.mark.parametrize("p, r, expected", [(1.0, 1.0, 1.0), (0.0, 0.0, 0.0), (0.5, 1.0, 2 / 3), (None, 1.0, None)])
def test_evaluate_f1_score_is_harmonic_mean(p, r, expected):
    assert f1_score(p, r) == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize("value, text", [(None, "n/a"), (0.12345, "0.123"), (7, "7")])
def test_evaluate_format_figure(value, text):
    assert format_figure(value) == text


def test_evaluate_report_to_json_and_table_rows():
    rep = EvaluationReport(
        name="x", path="/p", commit="abc", extractor="rules", figures={"accuracy": 0.5, "n": 4, "other": None},
        per_class=[ClassRow("A", 2, 1, 1, 1.0, 0.5, 2 / 3)], error_classes={"no-event": 3},
    )
    data = json.loads(rep.to_json())
    assert data["figures"] == {"accuracy": 0.5, "n": 4, "other": None}
    assert data["per_class"][0]["label"] == "A"
    assert rep.table_rows()[0] == {"figure": "set", "value": "x"}
    rows = dict(rep.table_pairs())
    assert rows["accuracy"] == "0.500" and rows["other"] == "n/a" and rows["commit"] == "abc"
    assert rows["class A"].startswith("gold=2 pred=1 correct=1")
    assert rows["errors no-event"] == "3"


def test_evaluate_flatten_figures_keeps_numeric_leaves():
    assert flatten_figures({"conll_f1": 0.5, "muc": {"f1": 0.4, "name": "x"}, "ok": True, "n": 3}) == {
        "conll_f1": 0.5, "muc.f1": 0.4, "n": 3,
    }


def test_evaluate_repo_commit_never_fails():
    commit = repo_commit()
    assert commit == "unknown" or len(commit.split("-")[0]) == 40


def test_evaluate_unknown_set_raises_with_fix(tmp_path):
    with pytest.raises(EvaluationDataError) as err:
        run_evaluation("gdelt", tmp_path)
    assert "plover-gsr" in err.value.fix


def test_evaluate_missing_path_raises_with_fix(tmp_path):
    with pytest.raises(EvaluationDataError) as err:
        run_evaluation("plover-gsr", tmp_path / "nowhere")
    assert "plover_gsr" in err.value.fix


def test_evaluate_unknown_extractor_raises_with_choices(tmp_path):
    with pytest.raises(EvaluationDataError) as err:
        settings_for("neural-9000")
    assert "rules" in err.value.fix
    with pytest.raises(EvaluationDataError):
        compare_extractors("plover-gsr", tmp_path, ["rules", "neural-9000"])


def test_evaluate_compare_extractors_needs_at_least_one(tmp_path):
    with pytest.raises(EvaluationDataError):
        compare_extractors("plover-gsr", tmp_path, [])


def test_evaluate_folder_without_records_raises(tmp_path):
    (tmp_path / "README.md").write_text("nothing here")
    with pytest.raises(EvaluationDataError):
        run_evaluation("plover-gsr", tmp_path)
    with pytest.raises(EvaluationDataError):
        run_evaluation("petrarch", tmp_path)


def test_evaluate_external_evaluator_missing_gives_clear_error(tmp_path, monkeypatch):
    import importlib

    real_import_module = importlib.import_module

    def fake_import_module(name, package=None):
        if name == "communique.evaluate.ecbplus":
            raise ImportError("simulated")
        return real_import_module(name, package)

    monkeypatch.setattr(importlib, "import_module", fake_import_module)
    with pytest.raises(EvaluationDataError) as err:
        run_evaluation("ecbplus", tmp_path)
    assert "ecbplus" in str(err.value)


def test_evaluate_external_report_is_wrapped(tmp_path, monkeypatch):
    from communique.evaluate import registry

    @dataclass
    class FakeReport:
        conll_f1: float

        def to_dict(self):
            return {"conll_f1": self.conll_f1, "muc": {"f1": 0.25}}

    monkeypatch.setattr(registry, "evaluate_eventstoryline", lambda path: FakeReport(0.5))
    rep = run_evaluation("eventstoryline", tmp_path)
    assert rep.name == "eventstoryline" and rep.figures == {"conll_f1": 0.5, "muc.f1": 0.25}
    assert rep.details["muc"] == {"f1": 0.25}


def test_evaluate_registry_adds_a_set_in_one_place(tmp_path, monkeypatch):
    from communique.evaluate import registry

    def run(path, settings, opts):
        return EvaluationReport("toy", str(path), "c", settings.extractor, figures={"acc": 1.0})

    monkeypatch.setitem(registry.EVALUATORS, "toy", registry.Evaluator("toy", "toy", run, "a toy set"))
    assert run_evaluation("toy", tmp_path).figures == {"acc": 1.0}


def test_evaluate_comparison_rows_side_by_side():
    a = EvaluationReport("s", "/p", "c", "rules", figures={"acc": 0.5})
    b = EvaluationReport("s", "/p", "c", "other", figures={"acc": 0.75, "f1": 0.1})
    assert comparison_rows([a, b]) == [["figure", "rules", "other"], ["acc", "0.500", "0.750"], ["f1", "n/a", "0.100"]]

