"""Run all five evaluations and print the headline figures as a Markdown table (for ACCURACY.md), then the
precision of the rows stored on the realnews corpus stories that benchmarks/labels/realnews_corpus.tsv labels.

Usage: python benchmarks/accuracy.py [--eval DIR] [--json FILE]

The label rows are in-sample for the confidence model (it is fitted on them with scripts/fit_confidence.py, whose
cross-validated table is the honest estimate); they show what a rule change does to rows of stories outside the
gold set.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from communique.config import Settings
from communique.evaluate import run_evaluation
from communique.evaluate.realnews import load_corpus, predict
from communique.evaluate.realnews_labels import label_figures, read_labels

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "benchmarks" / "labels" / "realnews_corpus.tsv"

HEADLINES = {
    "plover-gsr": ["event_type_accuracy", "macro_f1", "actor_country_accuracy", "actor_sector_accuracy",
                   "recipient_country_accuracy", "recipient_sector_accuracy"],
    "petrarch": ["root_code_recall", "triple_recall", "triple_precision", "plover_type_recall", "dyad_recall",
                 "spurious_share", "no_event_accuracy"],
    "ecbplus": ["conll_f1", "muc.f1", "b3.f1", "ceaf_e.f1", "baseline_lemma.conll_f1", "mentions"],
    "eventstoryline": ["accuracy", "by_kind.absolute.accuracy", "by_kind.relative.accuracy",
                       "by_kind.underspecified.accuracy", "scored"],
    "realnews": ["precision", "recall", "f1", "false_alarms", "status_accuracy", "date_accuracy",
                 "actor_country_accuracy", "recipient_country_accuracy"],
}
FOLDERS = {"plover-gsr": "plover_gsr", "petrarch": "petr_unittests", "ecbplus": "ecbplus_dev",
           "eventstoryline": "eventstoryline_dev", "realnews": "realnews_dev"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--json", type=Path, help="also write every report as JSON here")
    args = ap.parse_args()
    reports = {}
    print("| set | figure | value |\n|---|---|---|")
    for name, folder in FOLDERS.items():
        t = time.perf_counter()
        report = run_evaluation(name, args.eval / folder)
        secs = time.perf_counter() - t
        reports[name] = report.to_dict()
        figures = report.figures
        keys = [k for k in HEADLINES[name] if k in figures] or list(figures)[:6]
        for k in keys:
            v = figures[k]
            print(f"| {name} | {k} | {v:.3f} |" if isinstance(v, float) else f"| {name} | {k} | {v} |")
        print(f"| {name} | seconds | {secs:.1f} |")
        commit = report.commit
    corpus = args.eval / "realnews_dev" / "corpus.jsonl"
    if corpus.is_file():
        t = time.perf_counter()
        labels = read_labels(LABELS)
        stories = load_corpus(corpus, {k[0] for k in labels})
        figures = label_figures(predict(stories, Settings()), labels)
        reports["realnews-corpus-labels"] = figures
        for k, v in figures.items():
            print(f"| realnews-corpus-labels | {k} | {v:.3f} |" if isinstance(v, float) else
                  f"| realnews-corpus-labels | {k} | {v} |")
        print(f"| realnews-corpus-labels | seconds | {time.perf_counter() - t:.1f} |")
    print(f"\ncommit {commit}")
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2, default=str), "utf-8")


if __name__ == "__main__":
    main()
