"""The ingest driver: merging across documents, idempotence, failures, batching and executors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from communique.config import Settings
from communique.ingest import ingest
from communique.pipeline.events import find as events_stage
from communique.pipeline.merge import candidate_window
from communique.records import Event, Mention
from communique.store import MemoryStore

pytestmark = pytest.mark.slow

A = " date 2023-03-14 x\nFinnish Foreign Minister Pekka Haavisto met Estonian Foreign Minister Urmas Reinsalu in " \
    "Helsinki on March 13.\n"
B = "HELSINKI, 14 March 2023 (Wire): Estonian Foreign Minister Urmas Reinsalu held talks with Finnish Foreign " \
    "Minister Pekka Haavisto on Monday in Helsinki.\n"
C = " date 2024-03-14 x\nFinnish Foreign Minister Pekka Haavisto met Estonian Foreign Minister Urmas Reinsalu in " \
    "Helsinki on March 13.\n"


class RecordingExecutor:
    """A fake executor: runs batches in process and records their sizes."""

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def map_batches(self, fn: Callable[..., Any], batches: Iterable[list[Any]], *args: Any) -> Iterator[Any]:
        for batch in batches:
            self.sizes.append(len(batch))
            yield fn(batch, *args)


def _write(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return folder


def _consults(store: MemoryStore) -> list[Event]:
    from communique.store import EventQuery

    return [e for e in store.query_events(EventQuery(event_type="CONSULT"))]


@pytest.mark.parametrize("batch_size", [1, 32])
def test_ingest_merges_two_outlets_whatever_the_batching(tmp_path: Path, batch_size: int) -> None:
    folder = _write(tmp_path / "in", a=A, b=B)
    store = MemoryStore()
    ex = RecordingExecutor()
    report = ingest([folder], store, settings=Settings(batch_size=batch_size), executor=ex)
    assert report.ok and report.documents_new == 2
    assert ex.sizes == ([1, 1] if batch_size == 1 else [2])
    consults = _consults(store)
    assert len(consults) == 1
    assert consults[0].sources == 2 and consults[0].date == "2023-03-13"
    assert "merged doc_" in (consults[0].rule or "")  # the audit trail says why the reports were joined


def test_ingest_same_meeting_a_year_apart_stays_apart(tmp_path: Path) -> None:
    store = MemoryStore()
    ingest([_write(tmp_path / "in", a=A, c=C)], store)
    assert sorted(e.date or "" for e in _consults(store)) == ["2023-03-13", "2024-03-13"]


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    folder = _write(tmp_path / "in", a=A, b=B)
    store = MemoryStore()
    ingest([folder], store)
    before = [e.public() for e in _consults(store)]
    report = ingest([folder], store)
    assert report.documents_new == 0 and report.documents_skipped == 2
    assert [e.public() for e in _consults(store)] == before


def test_ingest_processing_failure_is_reported_not_stored_and_retried(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _write(tmp_path / "in", a=A, boom=" date 2023-03-14 x\nBOOM. The ministers met in Riga.\n")
    real = events_stage.find_events

    def flaky(document: Any, sdoc: Any, *args: Any, **kwargs: Any) -> list[Event]:
        if "BOOM" in document.text:
            raise RuntimeError("simulated crash")
        return real(document, sdoc, *args, **kwargs)

    monkeypatch.setattr(events_stage, "find_events", flaky)
    store = MemoryStore()
    report = ingest([folder], store)
    assert [f.path.endswith("boom.txt") for f in report.failures] == [True]
    assert "simulated crash" in report.failures[0].problem
    assert len(store.document_ids()) == 1
    monkeypatch.setattr(events_stage, "find_events", real)
    again = ingest([folder], store)
    assert again.ok and again.documents_new == 1 and len(store.document_ids()) == 2


def test_ingest_candidate_window_for_undated_uses_publication() -> None:
    m = Mention("d", None, None, "2023-03-14", "s", 0, 1)
    undated = Event(event_type="CONSULT", cameo="040", mentions=[m])
    lo, hi, undated_ok = candidate_window(undated)
    assert (lo, hi, undated_ok) == ("2023-03-04", "2023-03-24", True)
    dated_month = Event(event_type="CONSULT", cameo="040", date="2023-02", date_precision="month", mentions=[m])
    assert candidate_window(dated_month)[:2] == ("2023-01-22", "2023-03-10")
    nothing = Event(event_type="CONSULT", cameo="040", mentions=[Mention("d", None, None, None, "s", 0, 1)])
    assert candidate_window(nothing) == (None, None, False)


def test_ingest_does_not_store_events_without_parties(tmp_path: Path) -> None:
    text = " date 2023-06-23 x\nThe EU imposed new sanctions on Russia, targeting companies accused of helping " \
           "Moscow evade export bans.\n"
    store = MemoryStore()
    ingest([_write(tmp_path / "in", a=text)], store)
    from communique.store import EventQuery

    stored = list(store.query_events(EventQuery()))
    assert stored and all(e.actors or e.recipients for e in stored)
