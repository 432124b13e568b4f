"""The DuckDB store's fast read path (schema 3: each event's record, one JSON string) gives exactly the events its
plain path (the events', participants' and reports' rows) gives, on every listing, look-up path and chunking."""

from __future__ import annotations

import copy
import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec import structs

from communique.errors import StoreError
from communique.records import Actor, ActorRef, Document, Event, Location, Mention, Span
from communique.store import DuckDBStore, EventQuery, duckdb_layout, duckdb_read
from communique.store import duckdb as duckdb_store
from communique.store.base import display_names, with_display_names
from communique.store.duckdb_layout import Layout
from tests.helpers.hand_events import fill, hand_events

_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
_opt = st.none() | _text
_int = st.integers(-(2**31), 2**31 - 1)
_float = st.floats(allow_nan=False, allow_infinity=False)
_iso = st.dates().map(lambda d: d.isoformat())
_date = st.none() | _iso | _iso.map(lambda s: s[:7]) | _iso.map(lambda s: s[:4]) | st.just("2022-W05")
# few ids, many names: the display name of an id differs from what some of its reports called it
_actor = st.builds(Actor, id=st.sampled_from([None, "person:a", "country:RUS", "org:UNO", "group:RUS-CVL"]),
                   name=st.sampled_from(["Anna Ka", "A. Ka", "Russia", "Moscow", "United Nations", "protesters"]),
                   kind=st.sampled_from(["person", "country", "group"]), country=st.sampled_from([None, "RUS", "AZE"]),
                   sector=_opt, role=_opt, resolution=_opt, text=_opt)
_mention = st.builds(Mention, doc_id=st.sampled_from(["doc_1", "doc_2", "doc_3"]), path=_opt, url=_opt,
                     published=st.none() | _iso, sentence=_text, start=_int, end=_int)
_ref = st.builds(ActorRef, text=_text, start=_int, end=_int, head=_int)
_event = st.builds(
    Event, event_type=st.sampled_from(["CONSULT", "ACCUSE"]), cameo=_text,
    status=st.sampled_from(["occurred", "planned"]), mode=_opt, context=st.lists(_text, max_size=2), date=_date,
    date_precision=_opt, date_text=_opt, actors=st.lists(_actor, max_size=3), recipients=st.lists(_actor, max_size=2),
    location=st.none() | st.builds(Location, name=_text, country=_opt, lat=st.none() | _float,
                                   lon=st.none() | _float, resolution=_opt),
    confidence=_float, mentions=st.lists(_mention, max_size=3), id=st.sampled_from([f"ev_{n}" for n in range(12)]),
    rule=_opt, trigger=st.none() | st.builds(Span, text=_text, start=_int, end=_int),
    actor_refs=st.lists(_ref, max_size=2), recipient_refs=st.lists(_ref, max_size=2), date_rule=_opt,
    location_text=_opt)
# batches written one after the other: an id in a later batch replaces the event (new rows, a new key)
_batches = st.lists(st.lists(_event, max_size=6, unique_by=lambda e: e.id), min_size=1, max_size=3)
QUERIES = [EventQuery(), EventQuery(limit=2), EventQuery(country="RUS"), EventQuery(actor="ka"),
           EventQuery(since="2000", until="2030-06"), EventQuery(event_type="ACCUSE", dated=False),
           EventQuery(reported_since="2000-01-01")]


def read_all(store: DuckDBStore) -> list[list[Event]]:
    """Every way the store reads events: listings, timelines, single events, merge candidates."""
    out = [list(store.query_events(q)) for q in QUERIES]
    out += [store.actor_events(who) for who in ("person:a", "group:RUS-CVL", "Russia", "nations")]
    out.append([e for n in range(12) if (e := store.get_event(f"ev_{n}")) is not None])
    out += [store.candidate_events(t, "2000", None, True) for t in ("CONSULT", "ACCUSE")]
    return out


@pytest.mark.parametrize("chunk, in_list_max", [(20_000, 1000), (2, 1)], ids=["one-query", "chunked-joins"])
@settings(max_examples=25, deadline=None)
@given(batches=_batches)
def test_store_records_equal_events_read_from_rows(batches: list[list[Event]], chunk: int, in_list_max: int) -> None:
    with pytest.MonkeyPatch.context() as mp, DuckDBStore(":memory:") as store:
        # chunk 2 and lists of 1: listings go by keys then chunks, look-ups by joins pruned to the chunk's dates
        mp.setattr(duckdb_store, "_CHUNK", chunk)
        mp.setattr(duckdb_layout, "IN_LIST_MAX", in_list_max)
        mp.setattr(duckdb_read, "IN_LIST_MAX", in_list_max)
        for batch in batches:
            store.write_batch([Document(id=f"doc_{n}", text="t") for n in (1, 2, 3)], copy.deepcopy(batch), [])
        assert store._layout.records
        fast = read_all(store)
        store._layout = Layout(records=False)  # the same store, read from its rows
        plain = read_all(store)
    assert fast == plain  # every field of every event, audit trail included, in the same order
    assert [[e.public() for e in listing] for listing in fast] == [[e.public() for e in listing] for listing in plain]
    assert any(fast) == any(batches)


def _unset(ev: Event) -> list[str]:
    """The fields of an event or of a record it holds that were never set (reading them raises)."""
    records = [ev, *ev.actors, *ev.recipients, *ev.actor_refs, *ev.recipient_refs, ev.location, ev.trigger,
               *ev.mentions]
    return [f"{type(r).__name__}.{f.name}" for r in records if r is not None for f in structs.fields(r)
            if not hasattr(r, f.name)]


def _parts(ev: Event) -> list[object]:
    """The mutable objects an event holds (its lists, participants, place, audit parts) and its reports."""
    lists = [ev.context, ev.actors, ev.recipients, ev.mentions, ev.actor_refs, ev.recipient_refs]
    return [*lists, *ev.actors, *ev.recipients, *ev.mentions, *ev.actor_refs, *ev.recipient_refs,
            *(x for x in (ev.location, ev.trigger) if x is not None)]


@settings(max_examples=50, deadline=None)
@given(events=st.lists(_event, max_size=6, unique_by=lambda e: e.id))
def test_store_records_builder_equals_constructors(events: list[Event]) -> None:
    """The records are decoded straight into the events (duckdb_read.decode_records, msgspec, the fields in the
    record's order): the same objects as the constructors made, every field set (a field added to a class out of
    the record's order, or to the record and not the class, fails here), the frozen parts frozen, and no object
    shared between two events or two parts of one."""
    with DuckDBStore(":memory:") as store:
        store.write_batch([Document(id=f"doc_{n}", text="t") for n in (1, 2, 3)], copy.deepcopy(events), [])
        rows = store._con.execute("SELECT id, record FROM events ORDER BY seq").fetchall()
    built = duckdb_read.decode_records([eid for eid, _ in rows], [raw for _, raw in rows])
    made_by_id = {e.id: e for e in events}  # written in date order
    assert [made_by_id[e.id] for e in built] == built and len(built) == len(events)
    assert [repr(made_by_id[e.id]) for e in built] == [repr(e) for e in built]
    for ev in built:
        made = made_by_id[ev.id]
        assert _unset(ev) == []
        for part, was in [*zip(ev.mentions, made.mentions, strict=True), (ev.trigger, made.trigger)]:
            if part is not None:
                assert hash(part) == hash(was) and part == was
                with pytest.raises(AttributeError):
                    part.start = 1  # type: ignore[union-attr]
    parts = [id(p) for ev in built for p in _parts(ev)]
    assert len(parts) == len(set(parts))
    # nothing the constructors would check or derive is skipped (msgspec calls a __post_init__; none is wanted)
    assert not any(hasattr(c, "__post_init__") for c in (Event, Actor, Location, Mention, Span, ActorRef))


@pytest.mark.parametrize("keep_min", [0, 10**6], ids=["handed-to-oldest-generation", "young"])
def test_store_records_hand_built_listings_unchanged(keep_min: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hand-built store's listings and timeline: the events written (participants under their display names),
    equal to those read from the rows (the reference the fast path replaced) in every field and in ``repr``,
    whether or not the listing is handed to the collector's oldest generation (``records.gc_paused``)."""
    monkeypatch.setattr(duckdb_read, "KEEP_MIN", keep_min)
    with DuckDBStore(":memory:") as store:
        fill(store)
        listings = [list(store.query_events(EventQuery())), store.actor_events("country:RUS"),
                    list(store.query_events(EventQuery(since="2022-09", until="2022-09")))]
        store._layout = Layout(records=False)
        plain = [list(store.query_events(EventQuery())), store.actor_events("country:RUS"),
                 list(store.query_events(EventQuery(since="2022-09", until="2022-09")))]
    written = hand_events()
    names = display_names((a.id, a.name, a.kind, 1) for e in written for a in [*e.actors, *e.recipients]
                          if a.id is not None)
    want = {e.id: with_display_names(e, names) for e in written}
    assert [[repr(e) for e in listing] for listing in listings] == [[repr(e) for e in listing] for listing in plain]
    assert listings == plain and sorted(e.id or "" for e in listings[0]) == sorted(want)
    assert [e.id for e in listings[1]] == ["ev_sanction", "ev_accuse"]  # dated first
    assert all(e == want[e.id] and _unset(e) == [] for listing in listings for e in listing)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_store_records_unreadable_record_is_a_store_error() -> None:
    """A record that does not decode as this version's events (edited by hand, or another version's) is a
    StoreError naming the fix, not a decoder's traceback."""
    with DuckDBStore(":memory:") as store:
        store.write_batch([Document(id="doc_1", text="t")], copy.deepcopy(hand_events()[:1]), [])
        store._con.execute("""UPDATE events SET record = '["CONSULT", null]'""")
        with pytest.raises(StoreError, match="Re-ingest"):
            list(store.query_events(EventQuery()))
