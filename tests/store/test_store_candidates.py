"""Merge-candidate look-ups leave out the windows' branches that the stored events cannot match (their reach:
each type's span of dates, the publication days of its undated events' reports), and answer exactly as the
whole statement would, before and after further writes through the same store."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.records import Event, Mention
from communique.store import DuckDBStore
from communique.store import duckdb_candidates as candidates
from communique.store.base import CandidateSpec

_DATES = [None, "2021", "2022-02", "2022-09", "2022-09-01", "2022-09-30", "2022-W37", "2023-01-15"]
_PUBLISHED = [None, "2022-09-02", "2022-09-15", "2022-09-20", "2022-09-20T10:00:00", "2023-01-16"]
_event = st.builds(
    Event, event_type=st.sampled_from(["CONSULT", "ACCUSE"]), cameo=st.just("040"), date=st.sampled_from(_DATES),
    id=st.sampled_from(["a", "b", "c", "d", "e"]),
    mentions=st.lists(st.builds(Mention, doc_id=st.sampled_from(["d1", "d2"]), path=st.none(), url=st.none(),
                                published=st.sampled_from(_PUBLISHED), sentence=st.just("s"), start=st.just(0),
                                end=st.just(1)), max_size=2))
_bound = st.sampled_from([None, "2021-12-31", "2022-09", "2022-09-15", "2022-09-20", "2023"])
_spec = st.tuples(st.sampled_from(["CONSULT", "ACCUSE", "PROTEST"]), _bound, _bound, st.booleans(), st.none())


def _unpruned(store: DuckDBStore, specs: list[CandidateSpec]) -> list[list[str]]:
    """The windows' event ids as the whole statement (every branch) gives them."""
    return [[ev_id for _, _, ev_id in w] for w in candidates.candidate_rows(store._con, store._layout, specs)]


def _ids(store: DuckDBStore, specs: list[CandidateSpec]) -> list[list[str | None]]:
    return [[e.id for e in w] for w in store.candidate_sets(specs)]


@settings(max_examples=40, deadline=None)
@given(first=st.lists(_event, max_size=5, unique_by=lambda e: e.id),
       then=st.lists(_event, max_size=5, unique_by=lambda e: e.id), specs=st.lists(_spec, min_size=1, max_size=6))
def test_store_candidates_left_out_branches_change_no_answer(first: list[Event], then: list[Event],
                                                             specs: list[CandidateSpec]) -> None:
    with DuckDBStore(":memory:") as store:
        store.write_batch([], first, [])
        assert _ids(store, specs) == _unpruned(store, specs)  # the reach read from the store
        store.write_batch([], [], then)  # replaced events: their type and dates may change
        assert _ids(store, specs) == _unpruned(store, specs)  # the reach kept up to date by the writes


class _Counting:
    def __init__(self, con: Any) -> None:
        self.con, self.statements = con, 0

    def execute(self, *args: Any) -> Any:
        self.statements += 1
        return self.con.execute(*args)


def test_store_candidates_windows_nothing_can_match_cost_no_statement() -> None:
    ev = Event("CONSULT", "040", id="a", date="2022-09-19",
               mentions=[Mention("d1", None, None, "2022-09-20", "s", 0, 1)])
    with DuckDBStore(":memory:") as store:
        store.write_batch([], [ev], [])
        store.candidate_sets([])  # the reach is read once, with the connection
        spy = _Counting(store._con)
        store._conn = spy  # type: ignore[assignment]
        # another type; a window after the stored dates (and no undated event)
        got = store.candidate_sets([("ACCUSE", "2022-09-01", "2022-09-30", True, None),
                                    ("CONSULT", "2023-01-01", "2023-01-31", True, None)])
        assert got == [[], []] and spy.statements == 0
        assert [[e.id for e in w] for w in store.candidate_sets([("CONSULT", "2022-09", "2022-09", True, None)])] \
            == [["a"]] and spy.statements == 2  # the keys, then the events
        store._conn = spy.con


def test_store_candidates_undated_reports_on_the_window_edges_are_found() -> None:
    evs = [Event("CONSULT", "040", id=i, mentions=[Mention("d1", None, None, day, "s", 0, 1)])
           for i, day in (("a", "2022-09-15"), ("b", "2022-09-20"))]
    with DuckDBStore(":memory:") as store:
        store.write_batch([], evs[:1], [])
        store.candidate_sets([])  # the reach read from the store (a), then kept up to date (b)
        store.write_batch([], evs[1:], [])
        specs: list[CandidateSpec] = [("CONSULT", "2022-09-15", "2022-09-15", True, None),
                                      ("CONSULT", "2022-09-16", "2022-09-20", True, None),
                                      ("CONSULT", "2022-09-16", "2022-09-19", True, None)]
        assert _ids(store, specs) == _unpruned(store, specs) == [["a"], ["b"], []]
