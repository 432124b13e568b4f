"""The benchmarks run end to end on tiny inputs (a smoke test for CI: their figures are printed, never asserted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import EVAL, EXAMPLES, REPO, need

pytestmark = [pytest.mark.slow, pytest.mark.benchmark]
BENCH = REPO / "benchmarks"
REALNEWS = EVAL / "realnews_dev" / "corpus.jsonl"


def bench(script: str, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"),
                                                                       os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True, env=env,
                         timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def test_benchmarks_queries_on_a_small_synthetic_store(tmp_path: Path) -> None:
    out = bench("queries.py", str(tmp_path / "small.duckdb"), "--events", "3000", "--runs", "1")
    assert "export of a month" in out and "actor timeline" in out


def test_benchmarks_scale_quick_with_two_workers() -> None:
    out = bench("scale.py", "--quick", "--source", str(EXAMPLES), "--workers", "1,2")
    assert len([line for line in out.splitlines() if line.strip().startswith(("8 ", "16 "))]) == 4


def test_benchmarks_scale_merge_only(tmp_path: Path) -> None:
    out = bench("scale.py", "--sizes", "4", "--merge-only", "0,2000", "--source", str(EXAMPLES))
    assert "driver ms/doc" in out and "2,000" in out


def test_benchmarks_throughput_quick() -> None:
    out = bench("throughput.py", "--quick", "--docs", "4", "--source", str(EXAMPLES))
    assert "whole ingest" in out


def test_benchmarks_readers_tiny_ingest_every_query_answers() -> None:
    need(REALNEWS)
    out = bench("readers.py", "--stories", "12", "--batch-size", "4")
    assert "failed: 0" in out and "store holds 12 stories" in out
