"""Bounded cost per article (issue 13): no input of N characters takes more than 10x the time of N characters of
ordinary news. Prints one line per input: seconds, ratio to the news baseline, events found, and the outcome.

Usage: python benchmarks/bounded_cost.py [--chars 1000000] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from communique.config import Settings
from communique.pipeline.process import process_batch
from communique.pipeline.read import make_document

REPO = Path(__file__).resolve().parents[1]
NEWS = [line.strip() for p in sorted((REPO / "examples").glob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()[1:] if len(line.strip()) > 40]


def _fill(unit: Callable[[int], str], n: int) -> str:
    out: list[str] = []
    size, i = 0, 0
    while size < n:
        piece = unit(i)
        out.append(piece)
        size += len(piece)
        i += 1
    return "".join(out)[:n]


def inputs(n: int) -> dict[str, str]:
    rnd = random.Random(13)
    return {
        "news (baseline)": _fill(lambda i: NEWS[i % len(NEWS)] + ("\n" if i % 4 == 3 else " "), n),
        "news on one line": _fill(lambda i: NEWS[i % len(NEWS)] + " ", n),
        "dateline + one line": "PARIS, 3 March 2023 (Wire) - " + _fill(lambda i: NEWS[i % len(NEWS)] + " ", n),
        "'(' x N": "Scholz met Macron. " + "(" * n,
        "'…' x N": "Scholz met Macron " + "…" * n,
        "'_' x N": "Scholz met Macron. " + "_" * n,
        "'( ' x N/2": "Scholz met Macron. " + "( " * (n // 2),
        "'. ' x N/2": "Scholz met Macron. " + ". " * (n // 2),
        "mixed symbols": "".join(rnd.choice("([{<>}])!?.,;:-*#@") for _ in range(n)),
        "one long word": "a" * n,
        "random unicode": "".join(chr(rnd.choice([rnd.randrange(32, 0x2FF), rnd.randrange(0x400, 0x4FF),
                                                  rnd.randrange(0x4E00, 0x4FFF), 0x20, 0x0A])) for _ in range(n)),
        "names, no verbs": _fill(lambda i: "Scholz, Macron, Biden, Putin, ", n),
        "newlines": "\n" * n + "Scholz met Macron.",
        "digits and dates": _fill(lambda i: f"{i % 31 + 1} Sepember {1 + i % 9999}, ", n),
    }


def run(text: str, settings: Settings) -> tuple[float, int, str]:
    start = time.perf_counter()
    result = process_batch([make_document(text)], settings)[0]
    return time.perf_counter() - start, len(result.events), result.error or "ok"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--only", nargs="*", help="names of inputs to run (the baseline always runs)")
    args = ap.parse_args()
    settings = Settings(max_chars=max(args.chars * 2, 1_000_000), article_seconds=0)
    process_batch([make_document(NEWS[0])], settings)  # load the model first
    cases = inputs(args.chars)
    base = None
    print(f"{'input':24} {'chars':>9} {'seconds':>8} {'x news':>7} {'events':>6}  outcome")
    for name, text in cases.items():
        if args.only and name != "news (baseline)" and name not in args.only:
            continue
        seconds, events, outcome = run(text, settings)
        base = base or seconds
        print(f"{name:24} {len(text):9,} {seconds:8.1f} {seconds / base:7.2f} {events:6}  {outcome[:60]}", flush=True)


if __name__ == "__main__":
    main()
