"""The ingest driver asks the store once a batch: which documents are stored already, and the merge candidates of
all the batch's events; the merges are those of asking document by document."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from communique.config import Settings
from communique.executor import LocalExecutor
from communique.ingest import BatchMerger, ingest
from communique.pipeline.merge import sharing
from communique.pipeline.read import read_paths
from communique.records import DocResult, Document, Event
from communique.store import DuckDBStore, MemoryStore
from communique.store.base import CandidateSpec, Sharing
from tests.test_ingest_candidates import NEW, STORED, _country, _ev


class SpyStore(MemoryStore):
    """A fake store that counts the look-ups the ingest driver makes."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: dict[str, int] = {"has_document": 0, "known_documents": 0, "candidate_sets": 0,
                                      "candidate_events": 0}

    def has_document(self, doc_id: str) -> bool:
        self.calls["has_document"] += 1
        return super().has_document(doc_id)

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        self.calls["known_documents"] += 1
        return super().known_documents(ids)

    def candidate_sets(self, specs: Sequence[CandidateSpec]) -> list[list[Event]]:
        self.calls["candidate_sets"] += 1
        return super().candidate_sets(specs)

    def candidate_events(self, event_type: str, date_from: str | None, date_to: str | None,
                         include_undated: bool, sharing: Sharing | None = None) -> list[Event]:
        self.calls["candidate_events"] += 1
        return super().candidate_events(event_type, date_from, date_to, include_undated, sharing)


class NoParseExecutor:
    """A fake executor: each document of a batch is 'processed' into no events (no parser needed)."""

    def map_batches(self, fn: Callable[..., Any], batches: Iterable[list[Document]], *args: Any) -> Iterator[Any]:
        for batch in batches:
            yield [DocResult(doc, []) for doc in batch]

    def close(self) -> None:
        pass


def _results() -> list[DocResult]:
    """Seven one-event documents, each asking for its own candidate window."""
    return [DocResult(Document(id=e.mentions[0].doc_id, text="x", published="2022-06-01"), [e]) for e in NEW]


def _merge(store: MemoryStore, prefetch: bool) -> tuple[dict[str, list[str]], int, int]:
    merger = BatchMerger(store)
    results = _results()
    if prefetch:
        merger.prefetch(results)
    for r in results:
        merger.add(r)
    merged = {i: sorted(m.doc_id for m in e.mentions) for i, e in merger.pending.items()}
    merger.flush()
    return merged, merger.created, merger.updated


def test_ingest_batch_fetches_all_candidates_in_one_store_call() -> None:
    store = SpyStore()
    store.write_batch([], STORED, [])
    merger = BatchMerger(store)
    results = _results()
    merger.prefetch(results)
    assert store.calls["candidate_sets"] == 1
    for r in results:
        merger.add(r)
    assert store.calls["candidate_sets"] == 1  # every document's windows were fetched with the batch


def test_ingest_batch_prefetch_merges_as_document_by_document() -> None:
    one_by_one, batched = MemoryStore(), MemoryStore()
    one_by_one.write_batch([], STORED, [])
    batched.write_batch([], STORED, [])
    got = _merge(batched, prefetch=True)
    assert got == _merge(one_by_one, prefetch=False)
    assert got[2] > 0  # not vacuous: stored events gained reports


def test_ingest_batch_candidates_are_fetched_again_after_a_flush() -> None:
    store = SpyStore()
    merger = BatchMerger(store)
    first = DocResult(Document(id="a", text="x"), [_ev("e-a", "2022-03-02", [_country("KEN")], "a")])
    second = DocResult(Document(id="b", text="x"), [_ev("e-b", "2022-03-02", [_country("KEN")], "b")])
    merger.prefetch([first, second])
    merger.add(first)
    merger.flush()  # the store changed: what was fetched for the batch is stale
    merger.add(second)
    assert store.calls["candidate_sets"] == 2
    merger.flush()
    assert merger.created == 1  # b's report joined the event the first flush stored (a stale fetch misses it)


def _jsonl(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"s{i}", "text": f"Story number {i} about nothing.",
                                "published": "2022-01-01"}) + "\n")
    return path


def test_ingest_batch_asks_once_a_batch_which_documents_are_stored(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", 70)
    store = SpyStore()
    stored = [d for d in read_paths([corpus]) if isinstance(d, Document)][:10]
    store.write_batch(stored, [], [])
    report = ingest([corpus], store, settings=Settings(batch_size=32), executor=NoParseExecutor())
    assert (report.documents_read, report.documents_skipped, report.documents_new) == (70, 10, 60)
    assert store.calls["known_documents"] == 3 and store.calls["has_document"] == 0  # 70 documents: 3 chunks


class CountingConnection:
    """Wraps a DuckDB connection and counts the statements run through it."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con, self.statements = con, 0

    def execute(self, sql: str, params: Any = None) -> Any:
        self.statements += 1
        return self.con.execute(sql, params)


def test_ingest_batch_candidate_sets_in_duckdb_are_one_statement_and_match(tmp_path: Path) -> None:
    specs: list[CandidateSpec] = [("CONSULT", "2021-12-01", "2023-01-31", True, None),
                                  ("CONSULT", "2022-03-01", "2022-03-31", False, None),
                                  ("CONSULT", "2022-06-01", "2022-08-31", True, None),
                                  ("ACCUSE", "2022-01-01", "2022-12-31", True, None)]
    specs += [("CONSULT", "2021-12-01", "2023-01-31", True, sharing(n)) for n in NEW]
    with DuckDBStore(tmp_path / "s.duckdb") as store:
        store.write_batch([], STORED, [])
        one_by_one = [[e.id for e in store.candidate_events(*s)] for s in specs]
        spy = CountingConnection(store._con)
        store._conn = spy  # type: ignore[assignment]
        got = store.candidate_sets(specs)
        assert spy.statements == 2  # the windows' keys in one statement, then their events loaded once
        store._conn = spy.con
    assert [[e.id for e in window] for window in got] == one_by_one
    assert sum(map(len, one_by_one)) > len(STORED)  # not vacuous: windows overlap, and are not all empty


class OpenCountingStore(DuckDBStore):
    """A DuckDB store that counts how often it opens its file."""

    opened = 0

    def _connect(self, wait: float) -> duckdb.DuckDBPyConnection:
        self.opened += 1
        return super()._connect(wait)


class InlineNoParseExecutor(NoParseExecutor):
    inline = True


def test_ingest_batch_opens_the_store_once_a_batch_when_run_inline(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", 70)
    for executor, opened in ((InlineNoParseExecutor(), 3), (NoParseExecutor(), 5)):
        with OpenCountingStore(tmp_path / f"{opened}.duckdb") as store:
            store.opened = 0
            report = ingest([corpus], store, settings=Settings(batch_size=32), executor=executor)
            assert store.opened == opened  # 3 batches: inline, each opens the store once; else the look-up twice
            assert report.documents_new == 70 and store.stats()["documents"] == 70
    assert LocalExecutor().inline and not LocalExecutor(workers=2).inline


class TwoWorkerNoParseExecutor(NoParseExecutor):
    """A fake executor that runs two batches at once (as two workers would): records the batches it gets."""

    parallelism = 2

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def map_batches(self, fn: Callable[..., Any], batches: Iterable[list[Document]], *args: Any) -> Iterator[Any]:
        for batch in batches:
            self.sizes.append(len(batch))
            yield [DocResult(doc, []) for doc in batch]


class WriteCountingStore(MemoryStore):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[int] = []

    def write_batch(self, documents: list[Document], created: list[Event], updated: list[Event]) -> None:
        self.writes.append(len(documents))
        super().write_batch(documents, created, updated)


def test_ingest_batch_gives_each_worker_its_share_of_a_transaction(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", 70)
    executor, store = TwoWorkerNoParseExecutor(), WriteCountingStore()
    report = ingest([corpus], store, settings=Settings(batch_size=32), executor=executor)
    assert executor.sizes == [16, 16, 16, 16, 6]  # pieces of half a transaction, one per worker
    assert store.writes == [32, 32, 6]  # committed a whole transaction at a time
    assert report.documents_new == 70 and len(store.document_ids()) == 70
    assert LocalExecutor(workers=3).parallelism == 3 and LocalExecutor().parallelism == 1
