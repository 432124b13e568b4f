"""Cross-article merge candidates for coarse (month/year) dates are narrowed without changing any merge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique.ingest import BatchMerger
from communique.pipeline import merge
from communique.pipeline.merge import sharing
from communique.records import Actor, DocResult, Document, Event, Location, Mention, Span
from communique.store import DuckDBStore, MemoryStore
from communique.store.base import Sharing


class CountingStore(MemoryStore):
    """A fake store that counts the candidates it hands out."""

    def __init__(self) -> None:
        super().__init__()
        self.handed_out = 0

    def candidate_events(self, event_type: str, date_from: str | None, date_to: str | None,
                         include_undated: bool, sharing: Sharing | None = None) -> list[Event]:
        got = super().candidate_events(event_type, date_from, date_to, include_undated, sharing)
        self.handed_out += len(got)
        return got


def _country(iso: str) -> Actor:
    return Actor(f"country:{iso}", iso, "country", iso)


def _ev(eid: str, date: str | None, actors: list[Actor], doc: str, trigger: str = "met", place: str | None = None,
        recipients: list[Actor] | None = None, published: str = "2022-06-01") -> Event:
    return Event("CONSULT", "040", date=date,
                 date_precision={4: "year", 7: "month", 10: "day"}[len(date)] if date else None,
                 actors=actors, recipients=recipients or [], id=eid, trigger=Span(trigger, 0, len(trigger)),
                 location=Location(place) if place else None,
                 mentions=[Mention(doc, None, None, published, f"They {trigger}.", 0, 9)])


def _year_of_meetings(store: MemoryStore) -> None:
    day = dt.date(2022, 1, 1)
    events = []
    for i in range(365):
        events.append(_ev(f"old{i}", (day + dt.timedelta(days=i)).isoformat(), [_country("FRA"), _country("DEU")],
                          f"old-doc{i}"))
    events.append(_ev("kin", "2022-05-03", [_country("KEN"), _country("ETH")], "kin-doc"))
    store.write_batch([Document(id=e.mentions[0].doc_id, text="x") for e in events], events, [])


def _result(ev: Event) -> DocResult:
    return DocResult(Document(id=ev.mentions[0].doc_id, text="x", published="2022-06-01"), [ev])


def test_ingest_candidates_for_a_year_date_are_bounded_by_shared_actors() -> None:
    store = CountingStore()
    _year_of_meetings(store)
    merger = BatchMerger(store)
    merger.add(_result(_ev("new", "2022", [_country("KEN"), _country("ETH")], "new-doc")))
    assert store.handed_out == 1  # the Kenya-Ethiopia meeting, not 366 meetings of the year
    merger.flush()
    assert merger.created == 0 and merger.updated == 1  # and it is merged with it


def test_ingest_candidates_for_a_day_date_are_the_whole_window() -> None:
    store = CountingStore()
    _year_of_meetings(store)
    BatchMerger(store).add(_result(_ev("new", "2022-05-04", [_country("KEN")], "new-doc")))
    assert store.handed_out == 22  # 2022-04-24 .. 2022-05-14 (RECENT_WINDOW_DAYS each side) and the KEN meeting


STORED = [
    _ev("s-actor", "2022-03-02", [_country("KEN"), _country("ETH")], "d1"),
    _ev("s-actor-other-trigger", "2022-03", [_country("KEN")], "d2", trigger="visited"),
    _ev("s-no-ids-same-place", "2022-04-01", [Actor(None, "officials", "group")], "d3", place="Nairobi"),
    _ev("s-no-ids-other-place", "2022-04-02", [Actor(None, "officials", "group")], "d4", place="Addis Ababa"),
    _ev("s-disjoint", "2022-05-01", [_country("FRA"), _country("DEU")], "d5", place="Nairobi"),
    _ev("s-undated", None, [_country("SOM")], "d6", published="2022-07-01"),
    _ev("s-named", "2022-08-10", [Actor(None, "The Farmers  Union", "group")], "d7"),
]
NEW = [
    _ev("n-shared", "2022", [_country("KEN"), _country("ETH")], "n1"),
    _ev("n-month", "2022-03", [_country("ETH")], "n2"),
    _ev("n-place-only", "2022", [Actor(None, "delegates", "group")], "n3", place="Nairobi"),
    _ev("n-unknown", "2022", [Actor(None, "delegates", "group")], "n4"),
    _ev("n-undated-party", "2022", [_country("SOM")], "n5"),
    _ev("n-nothing", "2022-05", [_country("BRA")], "n6", place="Lima"),
    _ev("n-named", "2022", [Actor(None, "farmers union", "group")], "n7"),
]


@pytest.mark.parametrize("new", NEW, ids=lambda e: e.id)
def test_ingest_candidates_narrowing_changes_no_merge(new: Event) -> None:
    store = MemoryStore()
    store.write_batch([], STORED, [])
    full = store.candidate_events("CONSULT", "2021-12-01", "2023-01-31", True)
    narrow = store.candidate_events("CONSULT", "2021-12-01", "2023-01-31", True, sharing(new))
    assert len(narrow) < len(full)

    def target(cands: list[Event]) -> str | None:
        plan = merge.merge_into(cands, [new])
        return cands[plan.attach[0]].id if 0 in plan.attach else None

    assert target(narrow) == target(full)


def test_ingest_candidates_narrowing_keeps_the_merges_that_happen() -> None:
    store = MemoryStore()
    store.write_batch([], STORED, [])
    full = store.candidate_events("CONSULT", "2021-12-01", "2023-01-31", True)
    merged = {n.id: full[merge.merge_into(full, [n]).attach[0]].id for n in NEW if merge.merge_into(full, [n]).attach}
    # the cases above are not vacuous: merges by shared actors and by place alone both occur
    assert merged.get("n-shared") == "s-actor" and merged.get("n-place-only") == "s-no-ids-same-place"
    assert merged.get("n-named") == "s-named"  # and by the same unresolved party's name


def test_ingest_candidates_narrowing_by_name_in_duckdb(tmp_path: Path) -> None:
    """The DuckDB store's SQL spells records.name_key as the memory store does."""
    with DuckDBStore(tmp_path / "s.duckdb") as store:
        store.write_batch([], STORED, [])
        got = store.candidate_events("CONSULT", "2021-12-01", "2023-01-31", True, sharing(NEW[-1]))
    assert [e.id for e in got] == ["s-named"]
