"""Executors: order preserved, batches consumed lazily, Dask optional."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

from communique.errors import CommuniqueError, MissingExtra
from communique.executor import DaskExecutor, Executor, LocalExecutor, get_executor


def total(batch: list[int], offset: int = 0) -> int:
    return sum(batch) + offset


class FakeExecutor:
    """Runs batches in reverse completion order but yields in input order, like a real pool would."""

    def __init__(self) -> None:
        self.calls = 0

    def map_batches(self, fn: Callable[..., Any], batches: Iterable[list[Any]], *args: Any) -> Iterator[Any]:
        done = [fn(b, *args) for b in reversed(list(batches))]
        self.calls += len(done)
        return iter(reversed(done))

    def close(self) -> None:
        pass


def _executors() -> list[Executor]:
    return [LocalExecutor(), LocalExecutor(workers=2), FakeExecutor()]


@pytest.mark.parametrize("ex", _executors(), ids=["local", "local-2-processes", "fake"])
def test_executor_map_batches_preserves_order_and_passes_args(ex: Executor) -> None:
    batches = [[i, i + 1] for i in range(0, 40, 2)]
    try:
        assert list(ex.map_batches(total, batches, 100)) == [sum(b) + 100 for b in batches]
    finally:
        ex.close()


def test_executor_local_consumes_batches_lazily() -> None:
    seen: list[int] = []

    def gen() -> Iterator[list[int]]:
        for i in range(1000):
            seen.append(i)
            yield [i]

    it = LocalExecutor().map_batches(total, gen())
    assert next(it) == 0 and seen == [0]


def test_executor_process_pool_bounds_batches_in_flight() -> None:
    seen: list[int] = []

    def gen() -> Iterator[list[int]]:
        for i in range(1000):
            seen.append(i)
            yield [i]

    ex = LocalExecutor(workers=2, in_flight=3)
    try:
        it = ex.map_batches(total, gen())
        assert next(it) == 0
        assert len(seen) <= 4
    finally:
        ex.close()


def test_executor_get_executor_names() -> None:
    assert isinstance(get_executor("local"), LocalExecutor)
    assert get_executor("local", workers=3).workers == 3  # type: ignore[attr-defined]
    with pytest.raises(CommuniqueError, match="unknown executor"):
        get_executor("spark")


@pytest.mark.skipif(importlib.util.find_spec("distributed") is not None, reason="dask is installed here")
@pytest.mark.parametrize("name", ["dask", "dask://127.0.0.1:8786"])
def test_executor_dask_missing_raises_missing_extra(name: str) -> None:
    with pytest.raises(MissingExtra) as info:
        get_executor(name)
    assert info.value.fix == "pip install 'communique[dask]'"
    with pytest.raises(MissingExtra):
        DaskExecutor(None)
