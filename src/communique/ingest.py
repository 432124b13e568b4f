"""The ingest driver: read -> process (on an executor) -> merge across documents -> store.

This is the only place that writes to the store. Each document is committed in its own transaction, so an
interrupted run keeps every article committed before the interruption and leaves none half-written.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .executor import Executor, LocalExecutor
from .kb import KBExtra
from .pipeline import merge
from .pipeline.process import process_batch
from .pipeline.read import read_paths
from .records import DocResult, Document, Event, ReadFailure
from .store import Store

log = logging.getLogger(__name__)

RECENT_WINDOW_DAYS = 10  # an undated report may refer to an event this many days before its publication


@dataclass
class IngestReport:
    documents_read: int = 0
    documents_new: int = 0
    documents_skipped: int = 0  # already in the store
    events_created: int = 0
    events_updated: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _shift(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def _date_bounds(value: str) -> tuple[str, str]:
    """First and last day covered by a date of day, month or year precision."""
    parts = value.split("-")
    if len(parts) == 3:
        return value, value
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return f"{value}-01", (nxt - dt.timedelta(days=1)).isoformat()
    return f"{value}-01-01", f"{value}-12-31"


def candidate_window(event: Event) -> tuple[str | None, str | None, bool]:
    """The date range of stored events that could be the same event, and whether undated ones qualify."""
    published = event.mentions[0].published if event.mentions else None
    if event.date:
        lo, hi = _date_bounds(event.date)
        return _shift(lo, -RECENT_WINDOW_DAYS), _shift(hi, RECENT_WINDOW_DAYS), True
    if published:
        return _shift(published, -RECENT_WINDOW_DAYS), _shift(published, 1), True
    return None, None, False


def merge_document(store: Store, result: DocResult) -> tuple[list[Event], list[Event]]:
    """Decide which of a document's events are already stored (attach) and which are new (create)."""
    new_events = result.events
    if not new_events:
        return [], []
    candidates: dict[str, Event] = {}
    for ev in new_events:
        lo, hi, undated = candidate_window(ev)
        if lo is None and not undated:
            continue
        for cand in store.candidate_events(ev.event_type, lo, hi, undated):
            if cand.id is not None:
                candidates.setdefault(cand.id, cand)
    existing = list(candidates.values())
    plan = merge.merge_into(existing, new_events)
    updated: dict[int, Event] = {}
    for i, j in plan.attach.items():
        target = updated.get(j, existing[j])
        updated[j] = merge.combine(target, new_events[i])
    created = [new_events[i] for i in plan.create]
    return created, list(updated.values())


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    *,
    settings: Settings | None = None,
    executor: Executor | None = None,
    on_failure: Callable[[ReadFailure], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> IngestReport:
    """Ingest files or folders into the store. Bad files are reported through ``on_failure``; the run goes on."""
    settings = settings or Settings()
    executor = executor or LocalExecutor()
    report = IngestReport()
    kb_extra: KBExtra = store.load_kb_extra()
    seen: set[str] = set()

    def documents() -> Iterator[Document]:
        for item in read_paths(paths):
            if isinstance(item, ReadFailure):
                report.failures.append(item)
                if on_failure:
                    on_failure(item)
                continue
            report.documents_read += 1
            if item.id in seen or store.has_document(item.id):
                report.documents_skipped += 1
                if on_document:
                    on_document(item)
                continue
            seen.add(item.id)
            yield item

    for results in executor.map_batches(process_batch, _batched(documents(), settings.batch_size), settings, kb_extra):
        for result in results:
            report.warnings.extend(f"{result.document.path or result.document.id}: {w}" for w in result.warnings)
            created, updated = merge_document(store, result)
            store.write_batch([result.document], created, updated)
            report.documents_new += 1
            report.events_created += len(created)
            report.events_updated += len(updated)
            if on_document:
                on_document(result.document)
    return report
