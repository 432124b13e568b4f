"""communique: news articles in, a deduplicated, source-linked PLOVER/CAMEO event database out.

The library surface (what the CLI uses; each command is argument parsing plus one of these calls):

- ``extract(text, published=...)``: the events of one article, without a store;
- ``ingest_paths(paths, store, ...)``: read articles into a store (``open_store(path)``);
- ``query_events(db, EventQuery(...))``: list stored events;
- ``import_dictionaries(path, store)``: bring your own actors and PETRARCH dictionaries;
- ``run_evaluation(name, path)`` / ``compare_extractors``: score on a public annotated set;
- ``process_batch(documents)``, ``STAGES``: the declared per-document pipeline itself.

Names that need spaCy or DuckDB are imported on first use, so ``communique --help`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .config import Settings
from .errors import CommuniqueError, ExtractionError
from .records import Actor, Document, Event, Location, Mention

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "extract": "communique.api",
    "query_events": "communique.api",
    "ingest_paths": "communique.api",
    "IngestReport": "communique.ingest",
    "open_store": "communique.store",
    "EventQuery": "communique.store",
    "import_dictionaries": "communique.dictionaries",
    "run_evaluation": "communique.evaluate",
    "compare_extractors": "communique.evaluate",
    "EVALUATORS": "communique.evaluate",
    "get_executor": "communique.executor",
    "check_model": "communique.pipeline.nlp",
    "process_batch": "communique.pipeline.process",
    "STAGES": "communique.pipeline.stages",
}

__all__ = [
    "EVALUATORS", "STAGES", "Actor", "CommuniqueError", "Document", "Event", "EventQuery", "ExtractionError", "IngestReport", "Location",
    "Mention", "Settings", "__version__", "check_model", "compare_extractors", "extract", "get_executor", "import_dictionaries",
    "ingest_paths", "open_store", "process_batch", "query_events", "run_evaluation",
]

if TYPE_CHECKING:
    from .api import extract, ingest_paths, query_events
    from .dictionaries import import_dictionaries
    from .evaluate import EVALUATORS, compare_extractors, run_evaluation
    from .executor import get_executor
    from .ingest import IngestReport
    from .pipeline.nlp import check_model
    from .pipeline.process import process_batch
    from .pipeline.stages import STAGES
    from .store import EventQuery, open_store


def __getattr__(name: str) -> Any:
    """Library names that need spaCy or DuckDB are imported on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'communique' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
