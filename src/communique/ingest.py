"""The ingest driver: read -> process (on an executor) -> merge across documents -> store.

This is the only place that writes to the store. Each batch of documents is committed in one transaction, so
an interrupted run keeps every article committed before the interruption and leaves none half-written.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .errors import StoreError
from .executor import Executor, LocalExecutor
from .kb import KBExtra, KnowledgeBase
from .kb.importer import parse_dictionary
from .pipeline import merge
from .pipeline.process import knowledge_base, process_batch
from .pipeline.read import read_paths
from .records import DocResult, Document, Event, ReadFailure
from .store import Store
from .store.base import CandidateSpec

log = logging.getLogger(__name__)

@dataclass
class IngestReport:
    documents_read: int = 0
    documents_new: int = 0
    documents_skipped: int = 0  # already in the store
    events_created: int = 0
    events_updated: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "PATH: message", each once
    _seen: set[str] = field(default_factory=set, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.failures

    def warn(self, where: str, message: str) -> None:
        """Record a warning about a file (the reader's and the pipeline's alike); the same one only once."""
        text = f"{where}: {message}"
        if text not in self._seen:  # a set: a large export may give one warning per record
            self._seen.add(text)
            self.warnings.append(text)


def _batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def load_extra(store: Store) -> KBExtra:
    """The user knowledge a store keeps: imported people and organisations, plus its PETRARCH verbs, agents and
    discards dictionaries (stored as text by ``kb import`` and parsed here, once per ingest)."""
    extra = store.load_kb_extra()
    for d in store.dictionaries():
        got = parse_dictionary(d.kind, d.name, d.text, warnings=[])  # its warnings were shown at import
        extra.verbs += got.verbs
        extra.roles += got.roles
        extra.discards += got.discards
    extra.fingerprint = extra_fingerprint(extra)
    return extra


def extra_fingerprint(extra: KBExtra) -> str:
    """A digest of a KBExtra's content (people, organisations, roles, verbs, discards)."""
    blob = pickle.dumps((extra.people, extra.organizations, extra.roles, extra.verbs, extra.discards), protocol=4)
    return hashlib.sha1(blob).hexdigest()


class BatchMerger:
    """Cross-document merging for one batch of documents, written to the store in one transaction.

    Events created or updated by earlier documents of the batch are candidates for later ones, so a batch
    merges exactly as if its documents had been written one by one.
    """

    def __init__(self, store: Store, kb: KnowledgeBase | None = None) -> None:
        self.store = store
        self.kb = kb
        self.documents: list[Document] = []
        self.pending: dict[str, Event] = {}  # id -> event created or updated in this batch
        self.stored_ids: set[str] = set()  # pending ids that already exist in the store
        self.created_ids: set[str] = set()
        self.updated_ids: set[str] = set()
        # stored candidates by window, fetched for the batch at once: the store does not change until the flush
        self.fetched: dict[CandidateSpec, list[Event]] = {}

    @staticmethod
    def _windows(result: DocResult) -> tuple[list[Event], list[CandidateSpec]]:
        """A document's events that the store keeps, and the candidate windows they ask for (sorted)."""
        # An event with no party at all ("companies accused of helping ...") says nothing about who did what to
        # whom: communique.extract() still returns it (its type is evidence), but the store keeps only events
        # with at least one actor or recipient.
        new_events = [e for e in result.events if e.actors or e.recipients]
        windows = merge.candidate_queries(new_events) if new_events else {}
        return new_events, [(*key, windows[key]) for key in sorted(windows)]

    def prefetch(self, results: Sequence[DocResult]) -> None:
        """Fetch the stored candidates of a whole batch's documents at once (one store call for all of their
        windows); :meth:`add` then finds them here instead of asking the store document by document. When that
        fails other than by the store's fault, each document asks for its own (and one that fails is named)."""
        try:
            self._fetch([spec for r in results for spec in self._windows(r)[1]])
        except StoreError:
            raise
        except Exception:  # one bad article never stops a run: add() meets the error again, for its article
            log.debug("fetching the batch's merge candidates failed", exc_info=True)

    def _fetch(self, specs: list[CandidateSpec]) -> None:
        missing = list(dict.fromkeys(s for s in specs if s not in self.fetched))
        if missing:
            self.fetched.update(zip(missing, self.store.candidate_sets(missing), strict=True))

    def _candidates(self, specs: list[CandidateSpec]) -> list[Event]:
        self._fetch(specs)
        candidates: dict[str, Event] = {}
        for spec in specs:
            for cand in self.fetched[spec]:
                if cand.id is not None and cand.id not in self.pending:
                    candidates[cand.id] = cand
                    self.stored_ids.add(cand.id)
        types = {spec[0] for spec in specs}
        for ev_id, ev in self.pending.items():
            if ev.event_type in types:
                candidates[ev_id] = ev
        return list(candidates.values())

    def add(self, result: DocResult) -> None:
        """Merge one document's events with the stored and pending ones."""
        self.documents.append(result.document)
        new_events, specs = self._windows(result)
        if not new_events:
            return
        existing = self._candidates(specs)
        plan = merge.merge_into(existing, new_events)
        for i, j in plan.attach.items():
            target = existing[j]
            assert target.id is not None
            before = self.pending.get(target.id, target)
            self.pending[target.id] = merge.absorb(before, new_events[i], plan.why.get(i, ""))
        for i in plan.create:
            ev = new_events[i]
            assert ev.id is not None
            self.pending[ev.id] = ev

    def flush(self) -> None:
        """Write the batch in one transaction."""
        if not self.documents:
            self.fetched = {}
            return
        created = [e for i, e in self.pending.items() if i not in self.stored_ids]
        updated = [e for i, e in self.pending.items() if i in self.stored_ids]
        self.store.write_batch(self.documents, created, updated)
        self.created_ids.update(e.id for e in created if e.id)
        self.updated_ids.update(e.id for e in updated if e.id)
        self.reset()

    def reset(self) -> None:
        """Forget the batch (after a write that failed: nothing of it was stored) and the candidates fetched
        for it (the store may have changed)."""
        self.documents, self.pending, self.stored_ids, self.fetched = [], {}, set(), {}

    @property
    def created(self) -> int:
        return len(self.created_ids)

    @property
    def updated(self) -> int:
        """Events stored before this run that gained reports (each counted once)."""
        return len(self.updated_ids - self.created_ids)


def _fail_article(result: DocResult, exc: Exception, report: IngestReport,
                  on_failure: Callable[[ReadFailure], None] | None) -> None:
    where = result.document.path or result.document.id
    path, _, line = where.partition("#L")
    cause = exc.args[0] if isinstance(exc, StoreError) and exc.args else f"{type(exc).__name__}: {exc}"
    failure = ReadFailure(path if line.isdigit() else where, f"article not stored ({cause})",
                          "It fails the same way each time: fix or remove it; the rest of the run was stored",
                          int(line) if line.isdigit() else None)
    report.failures.append(failure)
    if on_failure:
        on_failure(failure)


def _add(merger: BatchMerger, result: DocResult, report: IngestReport,
         on_failure: Callable[[ReadFailure], None] | None) -> int:
    """Merge one document's events into the batch; a document whose merge fails is named and left out."""
    try:
        merger.add(result)
        return 1
    except StoreError:
        raise
    except Exception as exc:  # one bad article never stops a run
        log.debug("merging %s failed", result.document.path, exc_info=True)
        merger.documents = [d for d in merger.documents if d is not result.document]
        _fail_article(result, exc, report, on_failure)
        return 0


def _flush(merger: BatchMerger, results: list[DocResult], report: IngestReport,
           on_failure: Callable[[ReadFailure], None] | None) -> None:
    """Write the batch in one transaction (all of its articles, or none). When that fails, write it article by
    article, so that an article the store cannot take is named and skipped and the others are stored; when no
    article can be written the store itself is at fault and the error stops the run."""
    try:
        merger.flush()
        return
    except StoreError as exc:
        if len(results) <= 1:
            if results:
                merger.reset()
                _fail_article(results[0], exc, report, on_failure)
                report.documents_new -= 1
                return
            raise
        batch_error = exc
    merger.reset()
    stored = 0
    for result in results:
        if _add(merger, result, report, on_failure) == 0:
            report.documents_new -= 1
            continue
        try:
            merger.flush()
            stored += 1
        except StoreError as exc:
            merger.reset()
            report.documents_new -= 1
            _fail_article(result, exc, report, on_failure)
    if stored == 0:
        raise batch_error


def _take(merger: BatchMerger, results: list[DocResult], report: IngestReport,
          on_failure: Callable[[ReadFailure], None] | None) -> None:
    """Merge a processed batch's documents into the transaction; those whose processing failed are named."""
    merger.prefetch([r for r in results if r.error is None])
    for result in results:
        where = result.document.path or result.document.id
        for w in result.warnings:
            report.warn(where, w)
        if result.error is not None:
            failure = ReadFailure(where, f"processing failed ({result.error})",
                                  "The article was not stored; it fails the same way each time, so fix or "
                                  "remove it (and please report the error with the file)")
            report.failures.append(failure)
            if on_failure:
                on_failure(failure)
            continue
        report.documents_new += _add(merger, result, report, on_failure)


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
    kb_extra: KBExtra = load_extra(store)
    seen: set[str] = set()

    def read() -> Iterator[Document]:
        for item in read_paths(paths, on_warning=report.warn):
            if isinstance(item, ReadFailure):
                report.failures.append(item)
                if on_failure:
                    on_failure(item)
                continue
            report.documents_read += 1
            yield item

    def documents() -> Iterator[Document]:
        for chunk in _batched(read(), settings.batch_size):  # one "already stored?" query a chunk
            known = store.known_documents([d.id for d in chunk if d.id not in seen])
            for item in chunk:
                if item.id in seen or item.id in known:
                    report.documents_skipped += 1
                    if on_document:
                        on_document(item)
                    continue
                seen.add(item.id)
                yield item

    # A transaction takes ``batch_size`` documents; executors that run several batches at once get them in
    # pieces, one per worker, so that every worker has its share of each transaction.
    chunk = -(-settings.batch_size // max(1, int(getattr(executor, "parallelism", 1))))

    def batches() -> Iterator[list[Document]]:
        for batch in _batched(documents(), chunk):
            store.release()  # readers may open the store while the batch is processed (see README)
            yield batch

    merger = BatchMerger(store, knowledge_base(kb_extra))
    # Run here, the next batch is read (and its documents looked up in the store) right after this one is
    # written, then the store is let go while it is processed: one opening of the store a batch, not two.
    inline = bool(getattr(executor, "inline", False))
    taken: list[DocResult] = []  # the results of the transaction being gathered

    def commit() -> None:
        _flush(merger, [r for r in taken if r.error is None], report, on_failure)
        if not inline:  # readers get in while the workers process the batches ahead
            store.release()
        for result in taken:
            if on_document:
                on_document(result.document)
        taken.clear()

    for results in executor.map_batches(process_batch, batches(), settings, kb_extra):
        _take(merger, results, report, on_failure)
        taken += results
        if len(taken) >= settings.batch_size:
            commit()
    if taken:
        commit()
    report.events_created, report.events_updated = merger.created, merger.updated
    return report
