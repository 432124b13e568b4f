"""Python API: ``communique.extract(text, published=...)``, ``ingest_paths`` and ``query_events``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .config import Settings
from .errors import ExtractionError
from .executor import Executor
from .ingest import IngestReport, ingest
from .kb import KBExtra
from .pipeline.process import process_batch
from .pipeline.read import make_document
from .records import Event, ReadFailure
from .store import EventQuery, Store, open_store


def extract(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
    kb_extra: KBExtra | None = None,
) -> list[Event]:
    """Extract the events of one article (merged within the article), with actors, dates and places resolved:
    the same stages as ingest (``communique.STAGES``).

    Raises :class:`~communique.errors.ExtractionError` (with the cause) when the pipeline fails on the article,
    instead of returning an empty list that would read as "no events".
    """
    document = make_document(text, published=published, title=title, url=url)
    result = process_batch([document], settings, kb_extra)[0]
    if result.error is not None:
        raise ExtractionError(f"the pipeline failed on this article ({result.error})",
                              "It fails the same way each time; please report it with the text", cause=result.error)
    return result.events


def ingest_paths(
    paths: Iterable[str | Path], store: Store, *, settings: Settings | None = None, executor: Executor | None = None,
    on_failure: Callable[[ReadFailure], None] | None = None, on_document: Callable[[Any], None] | None = None,
) -> IngestReport:
    """Read articles (files or folders) into ``store``: the job of `communique ingest`."""
    return ingest([str(p) for p in paths], store, settings=settings, executor=executor, on_failure=on_failure,
                  on_document=on_document)


def query_events(db: str | Path, query: EventQuery | None = None, **filters: Any) -> list[Event]:
    """The stored events matching ``query`` (or ``EventQuery(**filters)``), from the store at ``db`` (read-only)."""
    q = query if query is not None else EventQuery(**filters)
    with open_store(db, read_only=True) as store:
        return list(store.query_events(q))


__all__ = ["extract", "ingest_paths", "query_events"]
