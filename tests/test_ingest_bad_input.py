"""Issue 13 at the driver and store: a write that fails is retried article by article, so the article the store
cannot take is named (file, line) and skipped while the rest of the run is stored; readers get in during an
ingest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.config import Settings
from communique.errors import StoreError
from communique.ingest import ingest
from communique.records import Document, Event, ReadFailure
from communique.store import MemoryStore, open_store
from tests.helpers.paths import REPO

pytestmark = pytest.mark.slow

LINES = [f"Finnish Foreign Minister Pekka Haavisto met Estonian Foreign Minister Urmas Reinsalu in Helsinki on "
         f"March {d}." for d in range(1, 6)]


class PickyStore(MemoryStore):
    """A store that cannot take documents whose title is "bad" (like DuckDB with a lone surrogate)."""

    def write_batch(self, documents: list[Document], new_events: list[Event], updated_events: list[Event]) -> None:
        if any(d.title == "bad" for d in documents):
            raise StoreError("could not write to the store (Conversion Error: bad value)",
                             "Nothing from this batch was stored; check disk space and permissions")
        super().write_batch(documents, new_events, updated_events)


class BrokenStore(MemoryStore):
    def write_batch(self, documents: list[Document], new_events: list[Event], updated_events: list[Event]) -> None:
        raise StoreError("could not write to the store (IO Error: No space left on device)", "check disk space")


def _jsonl(tmp_path: Path, bad_line: int | None) -> Path:
    p = tmp_path / "export.jsonl"
    recs = [{"text": t, "title": "bad" if i + 1 == bad_line else "ok", "published": "2023-03-14"}
            for i, t in enumerate(LINES)]
    p.write_text("".join(json.dumps(r) + "\n" for r in recs))
    return p


@pytest.mark.parametrize("batch_size", [1, 32])
def test_a_batch_write_that_fails_is_retried_article_by_article(tmp_path: Path, batch_size: int) -> None:
    store = PickyStore()
    failures: list[ReadFailure] = []
    report = ingest([_jsonl(tmp_path, bad_line=3)], store, settings=Settings(batch_size=batch_size),
                    on_failure=failures.append)
    assert len(store.document_ids()) == 4
    assert report.documents_new == 4
    assert len(failures) == 1
    f = failures[0]
    assert f.path.endswith("export.jsonl") and f.line == 3
    assert "Conversion Error" in f.problem and "disk" not in f.message()
    assert "fails the same way each time" in f.fix


def test_a_store_that_takes_nothing_stops_the_run(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No space"):
        ingest([_jsonl(tmp_path, bad_line=None)], BrokenStore(), settings=Settings(batch_size=32))


def test_lone_surrogates_and_odd_file_names_reach_a_duckdb_store(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "t.jsonl").write_text(
        '{"text": "Scholz met Macron in Paris on Monday.", "title": "x\\udc80", "id": "\\udc80"}\n')
    (tmp_path / "in" / os.fsdecode(b"caf\xe9.txt")).write_text(LINES[0])
    (tmp_path / "in" / "late.txt").write_text(" date 9999-12-31\n" + LINES[1])
    with open_store(tmp_path / "s.duckdb") as store:
        report = ingest([tmp_path / "in"], store)
        assert report.failures == []
        assert len(store.document_ids()) == 3
    assert any("lone surrogates" in w for w in report.warnings)
    assert any("not plausible" in w for w in report.warnings)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    code = "import sys; from communique.cli import main; sys.argv[0] = 'communique'; main()"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_queries_always_answer_during_an_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(24):
        (folder / f"a{i:02d}.txt").write_text(f" date 2023-03-{i % 28 + 1:02d}\n{LINES[i % 5]}\n")
    db = str(tmp_path / "s.duckdb")
    assert _cli("ingest", "--db", db, "-q", str(folder / "a00.txt")).returncode == 0
    code = "import sys; from communique.cli import main; sys.argv[0] = 'communique'; main()"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    writer = subprocess.Popen([sys.executable, "-c", code, "ingest", "--db", db, "-q", "--batch-size", "1",
                               str(folder)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    answers: list[subprocess.CompletedProcess[str]] = []
    try:
        while writer.poll() is None:
            answers.append(_cli("stats", "--db", db, "--wait", "60", "--format", "jsonl"))
            time.sleep(0.2)
    finally:
        out, err = writer.communicate(timeout=600)
    assert writer.returncode == 0, err
    assert len(answers) >= 2, "the ingest ended before a query ran during it"
    for a in answers:
        assert a.returncode == 0, a.stderr
        assert "articles stored" in a.stdout
    final = _cli("stats", "--db", db, "--format", "jsonl")
    assert '"count": 24' in final.stdout
