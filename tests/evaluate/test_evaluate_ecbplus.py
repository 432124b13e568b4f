"""ECB+ evaluation: coreference metrics on hand-made partitions, and a small run on the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.evaluate.ecbplus import (
    _hungarian_max,
    b_cubed,
    ceaf_e,
    coref_scores,
    evaluate_ecbplus,
    muc,
)

# key {a,b,c} {d,e}; response {a,b} {c,d,e} -- values worked out by hand:
# MUC R = ((3-2) + (2-1)) / (2+1) = 2/3, P = ((2-1) + (3-2)) / (1+2) = 2/3
# B3  R = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15, P = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15
# CEAF-e phi4: (K1,R1) = 4/5, (K2,R2) = 4/5 -> R = P = (8/5)/2 = 4/5
KEY = [["a", "b", "c"], ["d", "e"]]
RESPONSE = [["a", "b"], ["c", "d", "e"]]


def test_evaluate_ecbplus_muc_by_hand() -> None:
    s = muc(KEY, RESPONSE)
    assert s.recall == pytest.approx(2 / 3) and s.precision == pytest.approx(2 / 3) and s.f1 == pytest.approx(2 / 3)


def test_evaluate_ecbplus_b_cubed_by_hand() -> None:
    s = b_cubed(KEY, RESPONSE)
    assert s.recall == pytest.approx(11 / 15) and s.precision == pytest.approx(11 / 15)


def test_evaluate_ecbplus_ceaf_e_by_hand() -> None:
    s = ceaf_e(KEY, RESPONSE)
    assert s.recall == pytest.approx(4 / 5) and s.precision == pytest.approx(4 / 5)


def test_evaluate_ecbplus_conll_is_mean_of_three_f1() -> None:
    assert coref_scores(KEY, RESPONSE).conll_f1 == pytest.approx((2 / 3 + 11 / 15 + 4 / 5) / 3)


def test_evaluate_ecbplus_perfect_and_all_singletons() -> None:
    perfect = coref_scores(KEY, KEY)
    assert perfect.conll_f1 == pytest.approx(1.0)
    singletons = [["a"], ["b"], ["c"], ["d"], ["e"]]
    s = coref_scores(KEY, singletons)
    assert s.muc.recall == 0.0 and s.muc.f1 == 0.0
    assert s.b3.precision == pytest.approx(1.0) and s.b3.recall == pytest.approx((1 / 3 * 3 + 1 / 2 * 2) / 5)
    # CEAF-e: best alignment puts a singleton with each key cluster: phi4 = 2/4 and 2/3
    assert s.ceaf_e.recall == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert s.ceaf_e.precision == pytest.approx((1 / 2 + 2 / 3) / 5)


def test_evaluate_ecbplus_one_big_cluster() -> None:
    s = coref_scores(KEY, [["a", "b", "c", "d", "e"]])
    assert s.muc.recall == pytest.approx(1.0) and s.muc.precision == pytest.approx(3 / 4)
    assert s.b3.recall == pytest.approx(1.0) and s.b3.precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)


def test_evaluate_ecbplus_hungarian_beats_greedy() -> None:
    # greedy takes 3 then 0; the optimal assignment is 2 + 2
    assert _hungarian_max([[3.0, 2.0], [2.0, 0.0]]) == pytest.approx(4.0)
    assert _hungarian_max([[1.0, 0.0, 0.5]]) == pytest.approx(1.0)


def test_evaluate_ecbplus_scores_dev_topic(eval_dir: Path) -> None:
    path = eval_dir / "ecbplus_dev"
    if not path.exists():
        pytest.skip("../shared/eval/ecbplus_dev not found: the ECB+ test reads the shared data beside the repo")
    report = evaluate_ecbplus(path, topics=[2])
    assert report.topics == [2]
    assert report.mentions > 50 and report.documents > 10
    assert report.gold_clusters < report.mentions
    assert 0.5 < report.conll_f1 <= 1.0
    data = report.to_dict()
    assert data["conll_f1"] == report.conll_f1 and "baseline_lemma" in data and "muc" in data
