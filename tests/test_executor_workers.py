"""Parallel ingest gives the same store as one process: local worker processes, and a Dask cluster reached at
dask://127.0.0.1:PORT (a scheduler and two workers started here, on loopback)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique.config import Settings
from communique.executor import Executor, LocalExecutor, get_executor
from communique.ingest import IngestReport, ingest
from communique.store import EventQuery, open_store
from tests.helpers.paths import REPO

pytestmark = pytest.mark.slow
SRC = REPO / "src"

# Hand-written wire copy: two reports of one meeting (merged across documents), and other events.
TEXTS = {
    "a_talks.txt": "PARIS, March 3, 2021 (AFP) - French Foreign Minister Jean-Yves Le Drian met his German "
                   "counterpart Heiko Maas in Paris on Wednesday to discuss the Iran nuclear deal.\n\n"
                   "The two ministers agreed to coordinate their positions before the talks in Vienna.",
    "b_talks.txt": "BERLIN, March 4, 2021 (Reuters) - Germany's Heiko Maas held talks with France's Jean-Yves "
                   "Le Drian in Paris on Wednesday, the German foreign ministry said.\n\n"
                   "Maas said the meeting was constructive.",
    "c_protest.txt": "MINSK, Aug. 10, 2020 (AFP) - Thousands of protesters rallied in Minsk on Monday against "
                     "President Alexander Lukashenko after the disputed election.\n\n"
                     "Police detained dozens of demonstrators, witnesses said.",
    "d_sanction.txt": "BRUSSELS, Oct. 2, 2020 (AFP) - The European Union imposed sanctions on Belarusian "
                      "officials on Friday over the crackdown on protesters.\n\n"
                      "Lithuania accused Minsk of rigging the vote.",
    "e_aid.txt": "NAIROBI, May 5, 2019 (Xinhua) - China pledged 20 million dollars in food aid to Kenya on "
                 "Sunday, Kenya's foreign ministry said.\n\nKenyan President Uhuru Kenyatta thanked Beijing.",
    "f_call.txt": "WASHINGTON, Jan. 12, 2022 (AFP) - US Secretary of State Antony Blinken spoke by phone with "
                  "Russian Foreign Minister Sergei Lavrov on Tuesday and warned Moscow against invading "
                  "Ukraine.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for name, text in TEXTS.items():
        (root / name).write_text(text, "utf-8")
    return root


def run(corpus: Path, db: Path, executor: Executor) -> tuple[IngestReport, list[dict[str, object]], dict[str, int]]:
    try:
        with open_store(db) as store:
            report = ingest([corpus], store, settings=Settings(batch_size=1), executor=executor)
            events = [e.explained() for e in store.query_events(EventQuery())]
            return report, events, store.stats()
    finally:
        executor.close()


@pytest.fixture(scope="module")
def one_process(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[
        IngestReport, list[dict[str, object]], dict[str, int]]:
    return run(corpus, tmp_path_factory.mktemp("one") / "s.duckdb", LocalExecutor())


def test_executor_workers_two_processes_write_the_same_store(
        corpus: Path, tmp_path: Path, one_process: tuple[IngestReport, list[dict[str, object]], dict[str, int]],
) -> None:
    report, events, stats = run(corpus, tmp_path / "s.duckdb", LocalExecutor(workers=2))
    want_report, want_events, want_stats = one_process
    assert want_events and any(len(e["mentions"]) > 1 for e in want_events)  # type: ignore[arg-type]
    assert [e["id"] for e in events] == [e["id"] for e in want_events]
    assert events == want_events and stats == want_stats
    assert (report.events_created, report.events_updated, report.documents_new) == (
        want_report.events_created, want_report.events_updated, want_report.documents_new)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def dask_cluster() -> Iterator[str]:
    """`dask scheduler` and two `dask worker` processes on loopback; yields dask://127.0.0.1:PORT."""
    pytest.importorskip("dask.distributed", reason="Dask is an extra: pip install 'communique[dask]'")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    dask = [sys.executable, "-m", "dask"]
    procs = [subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0", "--no-show"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(2):
            procs.append(subprocess.Popen([*dask, "worker", f"tcp://127.0.0.1:{port}", "--nthreads", "1",
                                           "--host", "127.0.0.1", "--dashboard-address", ":0", "--no-nanny"],
                                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from dask.distributed import Client

        with Client(f"tcp://127.0.0.1:{port}", timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield f"dask://127.0.0.1:{port}"
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def test_executor_workers_dask_cluster_on_loopback_writes_the_same_store(
        corpus: Path, tmp_path: Path, dask_cluster: str,
        one_process: tuple[IngestReport, list[dict[str, object]], dict[str, int]],
) -> None:
    report, events, stats = run(corpus, tmp_path / "s.duckdb", get_executor(dask_cluster))
    want_report, want_events, want_stats = one_process
    assert events == want_events and stats == want_stats
    assert report.events_created == want_report.events_created
