"""Executors: run a function over batches, in this process, in worker processes, or on a Dask cluster.

``map_batches(fn, batches, *args)`` yields ``fn(batch, *args)`` for each batch, in the order of the batches,
while consuming ``batches`` lazily (only a bounded number of batches is in flight at a time).

Worker processes are started with "spawn" (a fresh interpreter, not a fork of the driver with its open store
and threads), so ``fn`` and its arguments must pickle and ``fn`` must be importable. A worker keeps what ``fn``
caches between batches: ``process_batch`` loads the spaCy model and the knowledge base once per process.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from .errors import CommuniqueError, ExecutorError, MissingExtra

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    def map_batches(self, fn: Callable[..., R], batches: Iterable[list[T]], *args: Any) -> Iterator[R]: ...

    def close(self) -> None: ...


class LocalExecutor:
    """In this process (``workers`` <= 1), or in a pool of ``workers`` spawned processes (``fn`` and args must
    pickle); ``in_flight`` batches at most are submitted ahead of the one being yielded."""

    def __init__(self, workers: int = 1, in_flight: int | None = None) -> None:
        self.workers = max(1, int(workers))
        self.in_flight = in_flight or 2 * self.workers
        self._pool: ProcessPoolExecutor | None = None

    @property
    def inline(self) -> bool:
        """Whether ``fn`` runs here, as each batch is taken (nothing runs ahead while a result is used)."""
        return self.workers <= 1

    @property
    def parallelism(self) -> int:
        """How many batches run at once (the driver splits a transaction's documents into as many)."""
        return self.workers

    def map_batches(self, fn: Callable[..., R], batches: Iterable[list[T]], *args: Any) -> Iterator[R]:
        if self.workers <= 1:
            for batch in batches:
                yield fn(batch, *args)
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"))
        pool = self._pool
        pending: deque[Future[R]] = deque()
        it = iter(batches)
        for batch in itertools.islice(it, self.in_flight):
            pending.append(pool.submit(fn, batch, *args))
        while pending:
            result = pending.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(fn, nxt, *args))
            yield result

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class DaskExecutor:
    """On a Dask cluster (``address`` "tcp://host:port"), or on a local Dask cluster started here (``address``
    None; ``workers`` processes of one thread each, default one per core).

    Each batch runs on a worker, parse and per-document stages alike; the driver only merges and writes. The
    batch function's arguments are sent to every worker once (scattered), the batches as they are submitted.
    """

    def __init__(self, address: str | None = None, in_flight: int = 16, processes: bool = True,
                 workers: int | None = None) -> None:
        try:
            from dask.distributed import Client
        except ImportError as exc:
            raise MissingExtra("Dask is not installed", fix="pip install 'communique[dask]'") from exc
        self.address = address
        self.in_flight = in_flight
        if address:
            try:
                self._client = Client(address, timeout=30)
            except OSError as exc:
                raise ExecutorError(f"no Dask scheduler answers at {address} ({exc})",
                                      fix="Start one with `dask scheduler` (and workers with `dask worker "
                                          "ADDRESS`), or check the host and port") from exc
        elif workers:
            self._client = Client(processes=processes, n_workers=workers, threads_per_worker=1)
        else:
            self._client = Client(processes=processes)

    @property
    def parallelism(self) -> int:
        """How many batches run at once: the cluster's worker threads now (at least one)."""
        return max(1, sum(self._client.nthreads().values()))

    def map_batches(self, fn: Callable[..., R], batches: Iterable[list[T]], *args: Any) -> Iterator[R]:
        client = self._client
        shared = [client.scatter(a, broadcast=True) for a in args]
        pending: deque[Any] = deque()
        it = iter(batches)
        for batch in itertools.islice(it, self.in_flight):
            pending.append(client.submit(fn, batch, *shared, pure=False))
        while pending:
            result = pending.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(client.submit(fn, nxt, *shared, pure=False))
            yield result

    def close(self) -> None:
        self._client.close()


def get_executor(name: str = "local", workers: int = 1) -> Executor:
    """"local" (``workers`` processes), "dask" (a local Dask cluster of ``workers`` processes, default one per
    core) or "dask://host:port" (a running cluster: its workers)."""
    if name in ("", "local"):
        return LocalExecutor(workers=workers)
    if name == "dask":
        return DaskExecutor(None, workers=workers if workers > 1 else None)
    if name.startswith("dask://"):
        host = name[len("dask://"):]
        return DaskExecutor(f"tcp://{host}" if host else None)
    raise CommuniqueError(f"unknown executor {name!r}", fix="Use 'local', 'dask' or 'dask://host:port'")
