"""Fit the gate's confidence model (src/communique/pipeline/gate/model.json) on real-news gold.

    PYTHONPATH=src python scripts/fit_confidence.py ../shared/eval/realnews_dev [--write] [--threshold T]

Runs the pipeline with the gate's confidence cut disabled (``Settings(min_confidence=0)``; events without a
resolved actor are still dropped) over the set's stories, read at run time (the texts never enter the repository),
and labels each prediction with the evaluator's own matcher: matched to required gold = 1, a false positive = 0,
matched to optional gold = left out. It fits an L2-regularised logistic regression over the gate's generic
features, cross-validates it leaving one story out at a time, prints the precision/recall table by threshold (on
the cross-validated probabilities, and the realnews figures the evaluator would report at each threshold) and,
with ``--write``, writes the model file with its provenance and the chosen default threshold.

Default threshold: the one with the best cross-validated realnews F1; among thresholds within F1_SLACK of it, the
one with the highest precision (precision first, without giving up more recall than F1 allows).
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.config import Settings  # noqa: E402
from communique.evaluate.realnews import Story, load_stories, predict, score  # noqa: E402
from communique.evaluate.realnews_match import match_story  # noqa: E402
from communique.pipeline.gate.features import FEATURES  # noqa: E402
from communique.pipeline.gate.model import MODEL_FILE  # noqa: E402
from communique.records import Event  # noqa: E402

LAMBDAS = (0.3, 1.0, 3.0, 10.0)  # L2 strengths tried (on the weights, not the intercept)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 17))
F1_SLACK = 0.0  # strictly the best CV F1 (0.01 would take 0.30: P .52, R .28, too much recall lost)


def fit_logistic(x: np.ndarray, y: np.ndarray, lam: float, iters: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; returns [intercept, weights...]."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], lam)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict_proba(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))


def cross_validated(x: np.ndarray, y: np.ndarray, groups: np.ndarray, lam: float) -> np.ndarray:
    """Leave-one-story-out probabilities."""
    out = np.zeros(len(y))
    for g in np.unique(groups):
        test = groups == g
        out[test] = predict_proba(fit_logistic(x[~test], y[~test], lam), x[test])
    return out


def auc(y: np.ndarray, p: np.ndarray) -> float:
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def labelled(stories: list[Story], preds: dict[str, list[Event]]) -> list[tuple[int, Event, int | None]]:
    """(story index, event, label): 1 matched to required gold, 0 unmatched, None matched to optional gold."""
    rows: list[tuple[int, Event, int | None]] = []
    for i, story in enumerate(stories):
        evs = preds.get(story.id, [])
        gold_of = {p.pred: p.gold for p in match_story(evs, story.events, story.text)}
        for k, ev in enumerate(evs):
            label: int | None = 0
            if k in gold_of:
                label = None if story.events[gold_of[k]].optional else 1
            rows.append((i, ev, label))
    return rows


def figures_at(stories: list[Story], rows: list[tuple[int, Event, int | None]], probs: list[float],
               t: float) -> dict[str, Any]:
    kept: dict[str, list[Event]] = {s.id: [] for s in stories}
    for (i, ev, _), p in zip(rows, probs, strict=True):
        if p >= t:
            kept[stories[i].id].append(ev)
    return score(stories, kept)["figures"]


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def table(stories: list[Story], rows: list[tuple[int, Event, int | None]], probs: np.ndarray) -> list[dict[str, Any]]:
    out = []
    for t in THRESHOLDS:
        f = figures_at(stories, rows, [float(p) for p in probs], t)
        out.append({"threshold": t, "predictions": f["predictions"], "matched": f["matched"],
                    "false_positives": f["false_positives"], "precision": round(f["precision"] or 0.0, 3),
                    "recall": round(f["recall"] or 0.0, 3), "f1": round(f["f1"] or 0.0, 3),
                    "false_alarms": f["false_alarms"]})
    return out


def choose(rows: list[dict[str, Any]]) -> float:
    best = max(r["f1"] for r in rows)
    ok = [r for r in rows if r["f1"] >= best - F1_SLACK]
    return float(max(ok, key=lambda r: (r["precision"], -r["threshold"]))["threshold"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="the realnews_dev folder (gold.jsonl, stories.jsonl)")
    ap.add_argument("--write", action="store_true", help=f"write {MODEL_FILE.relative_to(REPO)}")
    ap.add_argument("--threshold", type=float, help="the default threshold to write (else chosen by the rule)")
    ap.add_argument("--why", help="with --threshold: why that threshold (written into the model's provenance)")
    ap.add_argument("--lam", type=float, help="the L2 strength to use (default: the one with the best CV log-loss)")
    args = ap.parse_args()

    stories = load_stories(args.path)
    preds = predict(stories, Settings(min_confidence=0.0))
    rows = labelled(stories, preds)
    use = [r for r in rows if r[2] is not None]
    x = np.array([[r[1].gate_features[f] for f in FEATURES] for r in use])  # type: ignore[index]
    y = np.array([float(r[2]) for r in use])  # type: ignore[arg-type]
    groups = np.array([r[0] for r in use])
    print(f"{len(stories)} stories; {len(rows)} predictions with a resolved actor; {int(y.sum())} right, "
          f"{int((1 - y).sum())} wrong, {len(rows) - len(use)} matched to optional gold (left out)")

    cv = {lam: cross_validated(x, y, groups, lam) for lam in LAMBDAS}
    for lam, p in cv.items():
        print(f"  lambda {lam:>5}: leave-story-out AUC {auc(y, p):.3f}, log-loss {log_loss(y, p):.3f}")
    if args.lam is not None and args.lam not in cv:
        cv[args.lam] = cross_validated(x, y, groups, args.lam)
    lam = args.lam if args.lam is not None else min(LAMBDAS, key=lambda k: log_loss(y, cv[k]))
    w = fit_logistic(x, y, lam)
    print(f"chosen lambda {lam}; weights (intercept {w[0]:+.2f}):")
    for name, v in sorted(zip(FEATURES, w[1:], strict=True), key=lambda kv: -abs(kv[1])):
        print(f"  {name:24s} {v:+.3f}   (mean {x[:, FEATURES.index(name)].mean():.2f})")

    # Realnews figures at each threshold from the cross-validated probabilities (optional-gold matches get the
    # probability of the model fitted without their story too).
    all_x = np.array([[r[1].gate_features[f] for f in FEATURES] for r in rows])  # type: ignore[index]
    all_g = np.array([r[0] for r in rows])
    cv_all = np.zeros(len(rows))
    for g in np.unique(all_g):
        tr = (groups != g)
        cv_all[all_g == g] = predict_proba(fit_logistic(x[tr], y[tr], lam), all_x[all_g == g])
    cv_rows = table(stories, rows, cv_all)
    fit_rows = table(stories, rows, predict_proba(w, all_x))
    print("\nthreshold | CV: preds matched FP  P     R     F1    false-alarms | in-sample: P     R     F1")
    for c, f in zip(cv_rows, fit_rows, strict=True):
        print(f"  {c['threshold']:.2f}    | {c['predictions']:4d} {c['matched']:4d} {c['false_positives']:4d} "
              f"{c['precision']:.3f} {c['recall']:.3f} {c['f1']:.3f} {c['false_alarms']:4d}         | "
              f"{f['precision']:.3f} {f['recall']:.3f} {f['f1']:.3f}")
    chosen = args.threshold if args.threshold is not None else choose(cv_rows)
    rule = (f"given with --threshold (the best CV F1 would be {choose(cv_rows)}): {args.why or 'no reason given'}"
            if args.threshold is not None else
            f"best CV F1; among thresholds within {F1_SLACK} F1 of it, the highest CV precision")
    print(f"\ndefault threshold: {chosen} ({rule})")

    if args.write:
        model = {
            "intercept": round(float(w[0]), 4),
            "weights": {name: round(float(v), 4) for name, v in zip(FEATURES, w[1:], strict=True)},
            "threshold": chosen,
            "provenance": {
                "data": "realnews_dev (60 AFP/Xinhua stories, 1997 and 2005; ../shared/eval/realnews_dev)",
                "labels": "the evaluator's matcher: required gold = 1, false positive = 0, optional gold left out",
                "commit": git_commit(), "date": datetime.date.today().isoformat(),
                "script": "scripts/fit_confidence.py", "features": list(FEATURES), "lambda": lam,
                "examples": len(y), "positives": int(y.sum()),
                "cv": {"scheme": "leave one story out", "auc": round(auc(y, cv[lam]), 3),
                       "log_loss": round(log_loss(y, cv[lam]), 3), "table": cv_rows},
                "threshold_rule": rule,
            },
        }
        MODEL_FILE.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
        print(f"wrote {MODEL_FILE}")


if __name__ == "__main__":
    main()
