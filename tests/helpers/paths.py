"""Where the tests' data lives: the repository, its examples and goldens, and the shared data beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
GOLDEN_DIR = TESTS / "golden"
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"
REFERENCE = SHARED / "reference"


def need(path: Path) -> Path:
    """``path``, or skip the test when it is absent (the shared data beside the repository)."""
    if not path.exists():
        pytest.skip(f"{path} not found: these tests read the shared data beside the repo (../shared)")
    return path
