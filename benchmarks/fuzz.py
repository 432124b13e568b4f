"""A long fuzz run of the pipeline (issue 13): N random hostile inputs (mutated news, symbol runs, random code
points, odd dates and header lines), each run alone; prints counts by outcome and the slowest inputs.
Target: 0 unhandled, 0 silent.

Usage: python benchmarks/fuzz.py [--n 10000] [--seed 13]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.helpers.fuzz import check, random_input  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    counts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    slowest: list[tuple[float, str]] = []
    start = time.perf_counter()
    for i in range(args.n):
        text, published = random_input(rnd)
        outcome = check(text, published)
        counts[outcome.kind] += 1
        if outcome.kind in ("unhandled", "silent", "named-failure"):
            examples.setdefault(outcome.kind, f"input {i}: {outcome.detail}")
        slowest = sorted([*slowest, (outcome.seconds, f"input {i} ({len(text):,} chars)")], reverse=True)[:3]
        if (i + 1) % 500 == 0:
            print(f"... {i + 1} inputs, {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    print(f"{args.n} inputs in {time.perf_counter() - start:.0f} s")
    for kind in ("events", "no-events", "named-failure", "unhandled", "silent"):
        print(f"  {kind:14} {counts[kind]:6}  {examples.get(kind, '')}")
    print("  slowest: " + "; ".join(f"{s:.1f} s {what}" for s, what in slowest))
    sys.exit(1 if counts["unhandled"] or counts["silent"] else 0)


if __name__ == "__main__":
    main()
