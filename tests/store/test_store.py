"""Stores: DuckDB and the in-memory fake behave the same; writes are atomic and idempotent; events round-trip."""

from __future__ import annotations

import copy
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import SchemaMismatch, StoreError
from communique.kb.entries import KBExtra, OrgEntry, PersonEntry, Position
from communique.records import Actor, ActorRef, Document, Event, Location, Mention, Span
from communique.store import DuckDBStore, EventQuery, MemoryStore, Store, open_store
from communique.store import duckdb as duckdb_store
from communique.store.base import display_names, with_display_names


def doc(n: int, published: str | None = "2022-09-20") -> Document:
    return Document(id=f"doc_{n:016d}", text=f"Article {n}. The ministers met.", path=f"/a/{n}.txt",
                    published=published, published_rule="header-line" if published else None, body_start=0)


def actor(aid: str | None, name: str, country: str | None, role: str | None = None, text: str | None = None,
          kind: str = "person") -> Actor:
    return Actor(id=aid, name=name, kind=kind, country=country, sector="GOV" if role else None, role=role,
                 resolution=f"rule:test alias={text or name}", text=text or name)


def event(eid: str, etype: str = "CONSULT", date: str | None = "2022-09-19", docs: tuple[int, ...] = (1,),
          actors: list[Actor] | None = None, recipients: list[Actor] | None = None,
          status: str = "occurred") -> Event:
    return Event(
        event_type=etype, cameo="040", status=status, mode="meet", context=["diplomatic"], date=date,
        date_precision=None if date is None else {4: "year", 7: "month"}.get(len(date), "day"),
        date_text="on September 19" if date else None, date_rule="month-day+published" if date else None,
        actors=actors if actors is not None else [actor("person:a-bayram", "A. Bayram", "AZE", "Foreign Minister")],
        recipients=recipients if recipients is not None else [actor("org:UNO", "United Nations", "UNO", kind="organization")],
        location=Location("New York", "USA", 40.71, -74.0, "kb:place"), confidence=0.8,
        mentions=[Mention(f"doc_{n:016d}", f"/a/{n}.txt", None, "2022-09-20", "The ministers met.", 10, 28)
                  for n in docs],
        id=eid, rule="verb:meet", trigger=Span("met", 24, 27), actor_refs=[ActorRef("A. Bayram", 0, 9, 3)],
        recipient_refs=[ActorRef("the UN", 12, 18, 16)], location_text="New York")


def test_store_implements_protocol(store: Store) -> None:
    assert isinstance(store, Store)


def test_store_write_and_read_back_events(store: Store) -> None:
    ev = event("ev1")
    store.write_batch([doc(1)], [ev], [])
    assert store.has_document(doc(1).id) and not store.has_document(doc(2).id)
    assert store.document_ids() == {doc(1).id}
    assert store.get_document(doc(1).id) == doc(1)
    (back,) = store.query_events(EventQuery())
    assert back == ev and back.public() == ev.public()


def test_store_get_documents_in_one_lookup(store: Store) -> None:
    store.write_batch([doc(1), doc(2, published=None), doc(3)], [event("ev1", docs=(1, 2, 3))], [])
    found = store.get_documents(iter([doc(3).id, doc(1).id, "doc_missing", doc(1).id, doc(2).id]))
    assert found == {d.id: d for d in (doc(1), doc(2, published=None), doc(3))}
    assert all(found[i] == store.get_document(i) for i in found)
    assert store.get_documents([]) == {} and store.get_documents(["doc_missing"]) == {}


def test_store_write_batch_is_idempotent(store: Store) -> None:
    docs, events = [doc(1), doc(2)], [event("ev1"), event("ev2", docs=(2,))]
    store.write_batch(docs, events, [])
    before = store.stats()
    store.write_batch(docs, events, [])
    assert store.stats() == before
    assert before["documents"] == 2 and before["events"] == 2 and before["mentions"] == 2


def test_store_updated_event_replaces_mentions(store: Store) -> None:
    store.write_batch([doc(1)], [event("ev1")], [])
    grown = event("ev1", docs=(1, 2))
    store.write_batch([doc(2)], [], [grown])
    (back,) = store.query_events(EventQuery())
    assert [m.doc_id for m in back.mentions] == [doc(1).id, doc(2).id]
    assert back.sources == 2
    assert store.stats()["events"] == 1 and store.stats()["event_sources"] == 2


def test_store_rollback_leaves_store_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with DuckDBStore(tmp_path / "s.duckdb") as s:
        s.write_batch([doc(1)], [event("ev1")], [])
        before = s.stats()
        real = DuckDBStore._insert

        def failing(self: DuckDBStore, table: str, cols: object, rows: object) -> None:
            real(self, table, cols, rows)  # type: ignore[arg-type]
            if table == "event_actors":
                raise KeyboardInterrupt  # e.g. Ctrl-C after documents and events were inserted

        monkeypatch.setattr(DuckDBStore, "_insert", failing)
        with pytest.raises(KeyboardInterrupt):
            s.write_batch([doc(2)], [event("ev2", docs=(2,))], [event("ev1", docs=(1, 2))])
        monkeypatch.setattr(DuckDBStore, "_insert", real)
        assert s.stats() == before
        assert not s.has_document(doc(2).id)
        (back,) = s.query_events(EventQuery())
        assert back == event("ev1")
        s.write_batch([doc(2)], [event("ev2", docs=(2,))], [])  # the store is still usable
        assert s.stats()["events"] == 2


def test_store_memory_rollback_on_bad_event_leaves_store_unchanged() -> None:
    s = MemoryStore()
    bad = event("ev2")
    bad.id = None
    with pytest.raises(StoreError):
        s.write_batch([doc(1)], [event("ev1"), bad], [])
    assert s.stats()["documents"] == 0 and s.stats()["events"] == 0


def test_store_persists_across_reopen(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        s.write_batch([doc(1)], [event("ev1")], [])
    with open_store(tmp_path / "s.duckdb") as s:
        assert s.document_ids() == {doc(1).id}
        assert s.actor_events("A. Bayram") == [event("ev1")]


def test_store_schema_mismatch_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    DuckDBStore(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(SchemaMismatch) as info:
        DuckDBStore(path)
    assert "schema version 0" in str(info.value) and "new store file" in info.value.fix


def test_store_foreign_duckdb_database_is_a_schema_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(SchemaMismatch, match="not a communique store"):
        DuckDBStore(path)


@pytest.mark.parametrize("content", [b"this is a text file, not a database\n" * 200, b"\x00" * 10])
def test_store_non_duckdb_file_raises_store_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        DuckDBStore(path)
    assert str(path) in str(info.value) and info.value.fix


def test_store_candidate_events_by_type_and_date(store: Store) -> None:
    evs = [event("e-day", date="2022-09-19"), event("e-month", date="2022-09"), event("e-year", date="2021"),
           event("e-none", date=None), event("e-other", etype="ACCUSE", date="2022-09-19")]
    store.write_batch([doc(1)], evs, [])
    ids = lambda xs: [e.id for e in xs]  # noqa: E731
    assert ids(store.candidate_events("CONSULT", "2022-09-18", "2022-09-20", False)) == ["e-month", "e-day"]
    assert ids(store.candidate_events("CONSULT", "2022-09-18", "2022-09-20", True)) == [
        "e-month", "e-day", "e-none"]
    assert ids(store.candidate_events("CONSULT", None, None, False)) == ["e-year", "e-month", "e-day"]
    assert ids(store.candidate_events("ACCUSE", "2022-01-01", "2022-12-31", True)) == ["e-other"]
    full = store.candidate_events("CONSULT", "2022-09-19", "2022-09-19", False)[1]
    assert full == evs[0]  # full objects: actors, recipients, mentions, location


QUERIES = [
    (EventQuery(), ["e1", "e2", "e3", "e4"]),
    (EventQuery(limit=2), ["e1", "e2"]),
    (EventQuery(event_type="ACCUSE"), ["e3"]),
    (EventQuery(status="planned"), ["e2"]),
    (EventQuery(country="RUS"), ["e2", "e3"]),  # as actor or as recipient
    (EventQuery(actor="person:s-lavrov"), ["e2", "e3"]),
    (EventQuery(actor="lavrov"), ["e2", "e3"]),  # name substring, any case
    (EventQuery(actor="Moscow"), ["e3"]),  # surface text
    (EventQuery(since="2022-09-01"), ["e2", "e3"]),
    (EventQuery(since="2022-09", until="2022-09"), ["e2"]),
    (EventQuery(until="2021"), ["e1"]),
    (EventQuery(country="AZE", since="2020", until="2022-09-30"), ["e1", "e2"]),
]


@pytest.mark.parametrize(("q", "expected"), QUERIES)
def test_store_query_filters(store: Store, q: EventQuery, expected: list[str]) -> None:
    lavrov = actor("person:s-lavrov", "S. Lavrov", "RUS", "Foreign Minister")
    moscow = actor("country:RUS", "Russia", "RUS", text="Moscow", kind="country")
    evs = [
        event("e3", etype="ACCUSE", date="2022-10-02", actors=[moscow], recipients=[lavrov]),
        event("e1", date="2020-08-25"),
        event("e2", date="2022-09-19", recipients=[lavrov], status="planned"),
        event("e4", date=None, actors=[actor(None, "protesters", None, kind="group")], recipients=[]),
    ]
    store.write_batch([doc(1)], evs, [])
    assert [e.id for e in store.query_events(q)] == expected


def test_store_actors_summary_and_timeline(store: Store) -> None:
    a1 = actor("person:a-bayram", "A. Bayram", "AZE", "Deputy Minister", text="Bayram")
    a2 = actor("person:a-bayram", "A. Bayram", "AZE", "Foreign Minister", text="the minister")
    store.write_batch([doc(1)], [event("e1", date="2019-03-01", actors=[a1]), event("e2", date="2022-09-19",
                                                                                    actors=[a2]),
                                 event("e3", date="2022-10", actors=[a2])], [])
    summaries = list(store.actors())
    assert [s.id for s in summaries] == ["person:a-bayram", "org:UNO"]
    s = summaries[0]
    assert (s.name, s.kind, s.country, s.event_count) == ("A. Bayram", "person", "AZE", 3)
    assert [(r.role, r.first_seen, r.last_seen) for r in s.roles] == [
        ("Deputy Minister", "2019-03-01", "2019-03-01"), ("Foreign Minister", "2022-09-19", "2022-10-31")]
    assert s.aliases == ["Bayram", "the minister"]
    assert summaries[1].roles == []  # no role title seen for the organisation
    assert tuple(s.roles[0]) == ("Deputy Minister", "2019-03-01", "2019-03-01")  # plain tuples too
    assert [x.id for x in store.actors("united")] == ["org:UNO"]
    assert [x.id for x in store.actors("the minister")] == ["person:a-bayram"]
    assert [e.id for e in store.actor_events("person:a-bayram")] == ["e1", "e2", "e3"]
    assert [e.id for e in store.actor_events("a. bayram")] == ["e1", "e2", "e3"]
    assert [e.id for e in store.actor_events("Bay")] == ["e1", "e2", "e3"]
    assert store.actor_events("nobody") == []


def test_store_kb_extra_round_trip(store: Store) -> None:
    extra = KBExtra(
        people=[PersonEntry("user:j-doe", "Jane Doe", ("J. Doe", "Doe"), "GBR",
                            (Position("Foreign Minister", "GBR", "2020-01-01", None, "GOV", "user"),), "user")],
        organizations=[OrgEntry("XYZ", "Xyz Council", ("the Council",), "IGO", "IGO", source="user")])
    store.save_kb_extra(extra)
    assert store.load_kb_extra() == extra
    store.save_kb_extra(KBExtra(people=[PersonEntry("user:j-doe", "Jane Doe-Smith")]))  # replaces by id
    back = store.load_kb_extra()
    assert [p.name for p in back.people] == ["Jane Doe-Smith"] and back.organizations == extra.organizations


def test_store_event_without_id_is_refused(store: Store) -> None:
    ev = event("x")
    ev.id = None
    with pytest.raises(StoreError, match="no id"):
        store.write_batch([], [ev], [])


# ------------------------------------------------------------------------------------------ round trip

_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
_opt = st.none() | _text
_iso = st.dates().map(lambda d: d.isoformat())
_date = st.none() | _iso | _iso.map(lambda s: s[:7]) | _iso.map(lambda s: s[:4])
_actor = st.builds(Actor, id=_opt, name=_text, kind=st.sampled_from(["person", "organization", "country", "group"]),
                   country=_opt, sector=_opt, role=_opt, resolution=_opt, text=_opt)
_int = st.integers(0, 2**31 - 1)
_float = st.floats(allow_nan=False, allow_infinity=False)
_mention = st.builds(Mention, doc_id=_text, path=_opt, url=_opt, published=st.none() | _iso, sentence=_text,
                     start=_int, end=_int)
_ref = st.builds(ActorRef, text=_text, start=_int, end=_int, head=_int)
_event = st.builds(
    Event, event_type=st.sampled_from(["CONSULT", "ACCUSE", "ASSAULT"]), cameo=_text,
    status=st.sampled_from(["occurred", "planned", "negated", "hypothetical"]), mode=_opt,
    context=st.lists(_text, max_size=3), date=_date, date_precision=_opt, date_text=_opt,
    actors=st.lists(_actor, max_size=3), recipients=st.lists(_actor, max_size=3),
    location=st.none() | st.builds(Location, name=_text, country=_opt, lat=st.none() | _float,
                                   lon=st.none() | _float, resolution=_opt),
    confidence=_float, mentions=st.lists(_mention, max_size=3), id=_text.filter(bool), rule=_opt,
    trigger=st.none() | st.builds(Span, text=_text, start=_int, end=_int),
    actor_refs=st.lists(_ref, max_size=2), recipient_refs=st.lists(_ref, max_size=2), date_rule=_opt,
    location_text=_opt)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=st.lists(_event, max_size=4, unique_by=lambda e: e.id))
def test_store_events_round_trip_exactly(tmp_path_factory: pytest.TempPathFactory, events: list[Event]) -> None:
    path = tmp_path_factory.mktemp("rt") / "s.duckdb"
    with DuckDBStore(path) as s:
        s.write_batch([], copy.deepcopy(events), [])
        back = {e.id: e for e in s.query_events(EventQuery())}
    mem = MemoryStore()
    mem.write_batch([], events, [])
    mem_back = {e.id: e for e in mem.query_events(EventQuery())}
    assert set(back) == {e.id for e in events}
    # listed events show each actor id under one display name; everything else comes back as written
    names = display_names((a.id, a.name, a.kind, 1) for e in events for a in [*e.actors, *e.recipients] if a.id is not None)
    for ev in events:
        want = with_display_names(copy.deepcopy(ev), names)
        assert back[ev.id] == want  # every field, audit trail included
        assert back[ev.id].public() == want.public()
        assert mem_back[ev.id] == want
    with DuckDBStore(path) as s:  # merge candidates come back exactly as written (names as each report gave them)
        raw = {e.id: e for t in ("CONSULT", "ACCUSE", "ASSAULT") for e in s.candidate_events(t, None, None, True)}
    assert raw == {e.id: e for e in events}


def test_store_module_tables_listed_in_stats(tmp_path: Path) -> None:
    with DuckDBStore(tmp_path / "s.duckdb") as s:
        assert set(s.stats()) == set(duckdb_store.TABLES)
        assert set(MemoryStore().stats()) == set(duckdb_store.TABLES)


def test_store_read_only_open(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with pytest.raises(StoreError, match="no store at"):
        open_store(path, read_only=True)
    assert not path.exists()  # a query never creates an empty store
    with open_store(path) as s:
        s.write_batch([doc(1)], [event("ev1")], [])
    with open_store(path, read_only=True) as a, open_store(path, read_only=True) as b:
        assert a.document_ids() == b.document_ids() == {doc(1).id}
        with pytest.raises(StoreError, match="could not write"):
            a.write_batch([doc(2)], [], [])


def test_store_in_memory_duckdb() -> None:
    with open_store(":memory:") as s:
        s.write_batch([doc(1)], [event("ev1")], [])
        assert s.stats()["events"] == 1


def test_store_actor_summary_uses_attributes_seen_most_often(store: Store) -> None:
    right = actor("person:a-blink", "A. Blink", "USA", "Secretary of State")
    wrong = actor("person:a-blink", "A. Blink", "AZE", "Secretary of State")
    store.write_batch([doc(1)], [event("e1", actors=[right]), event("e2", actors=[wrong], date="2023-01-01"),
                                 event("e3", actors=[right], date="2021-01-01")], [])
    (s,) = store.actors("blink")
    assert (s.country, s.event_count) == ("USA", 3)
    assert s.roles == [("Secretary of State", "2021-01-01", "2023-01-01")]


_small_actor = st.builds(Actor, id=st.sampled_from([None, "person:a", "country:RUS", "org:UNO"]),
                         name=st.sampled_from(["Anna Ka", "Russia", "United Nations"]),
                         kind=st.just("person"), country=st.sampled_from([None, "RUS", "AZE"]),
                         role=st.sampled_from([None, "President", "Minister"]),
                         text=st.sampled_from([None, "Moscow", "she"]))
_small_event = st.builds(
    Event, event_type=st.sampled_from(["CONSULT", "ACCUSE"]), cameo=st.just("040"),
    status=st.sampled_from(["occurred", "planned"]), date=st.sampled_from(
        [None, "2021", "2022", "2022-02", "2022-09", "2022-09-01", "2022-09-30", "2023-01-15"]),
    actors=st.lists(_small_actor, max_size=2), recipients=st.lists(_small_actor, max_size=2),
    id=st.text("abcdef", min_size=1, max_size=4))
_bound = st.sampled_from([None, "2022", "2022-09", "2022-09-15", "2021-12-31"])
_query = st.builds(EventQuery, actor=st.sampled_from([None, "person:a", "ann", "moscow", "nobody"]),
                   country=st.sampled_from([None, "RUS", "AZE"]), event_type=st.sampled_from([None, "CONSULT"]),
                   status=st.sampled_from([None, "planned"]), since=_bound, until=_bound,
                   limit=st.sampled_from([None, 1, 3]))


@settings(max_examples=30, deadline=None)
@given(events=st.lists(_small_event, max_size=8, unique_by=lambda e: e.id), queries=st.lists(_query, max_size=4),
       window=st.tuples(_bound, _bound, st.booleans()))
def test_store_duckdb_and_memory_answer_queries_alike(events: list[Event], queries: list[EventQuery],
                                                      window: tuple[str | None, str | None, bool]) -> None:
    mem = MemoryStore()
    mem.write_batch([], events, [])
    with DuckDBStore(":memory:") as db:
        db.write_batch([], events, [])
        for q in queries:
            assert [e.id for e in db.query_events(q)] == [e.id for e in mem.query_events(q)]
        for etype in ("CONSULT", "ACCUSE"):
            assert db.candidate_events(etype, *window) == mem.candidate_events(etype, *window)
        assert list(db.actors()) == list(mem.actors())
        assert list(db.actors("mos")) == list(mem.actors("mos"))
        assert db.actor_events("ann") == mem.actor_events("ann")
        assert db.stats() == mem.stats()


_WRITER = """
from communique.records import Document, Event, Mention
from communique.store import DuckDBStore
s = DuckDBStore({path!r})
for n in range(1, 100000):
    d = Document(id=f"doc_{{n}}", text=f"Article {{n}}")
    evs = [Event("CONSULT", "040", id=f"e{{n}}-{{k}}", mentions=[Mention(d.id, None, None, None, "s", 0, 1)])
           for k in range(3)]
    s.write_batch([d], evs, [])
    print(n, flush=True)
"""


def test_store_killed_writer_leaves_only_whole_articles(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    path = tmp_path / "s.duckdb"
    code = _WRITER.format(path=str(path))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    committed = 0
    for line in proc.stdout:
        committed = int(line)
        if committed >= 20:
            break
    proc.send_signal(signal.SIGKILL)  # no cleanup at all, mid-transaction or between two
    proc.wait()
    with DuckDBStore(path) as s:
        stats = s.stats()
        assert stats["documents"] >= committed
        assert stats["events"] == 3 * stats["documents"] == stats["event_sources"]
        for e in s.query_events(EventQuery()):
            assert s.has_document(e.mentions[0].doc_id)


def test_store_candidates_undated_limited_to_publication_window(store: Store) -> None:
    """Undated events are merge candidates only when one of their reports was published inside the window."""
    store.write_batch([doc(1)], [event("ev_undated", date=None)], [])  # published 2022-09-20
    near = store.candidate_events("CONSULT", "2022-09-10", "2022-09-30", True)
    assert [e.id for e in near] == ["ev_undated"]
    far = store.candidate_events("CONSULT", "2023-01-01", "2023-01-31", True)
    assert far == []
    assert store.candidate_events("CONSULT", "2022-09-10", "2022-09-30", False) == []


def test_store_actor_filter_ignores_case_and_accents(store: Store) -> None:
    a = actor("person:antonio-guterres", "António Guterres", "UNO", "Secretary-General")
    store.write_batch([doc(1)], [event("ev_1", actors=[a])], [])
    for needle in ("guterres", "GUTERRÉS", "antonio"):
        assert [e.id for e in store.query_events(EventQuery(actor=needle))] == ["ev_1"], needle
    assert [e.id for e in store.actor_events("Antonio Guterres")] == ["ev_1"]


def test_store_reported_and_dated_filters(store: Store) -> None:
    """--reported-since/--reported-until look at the first report's day; undated events are counted when a date
    filter leaves them out."""
    from msgspec.structs import replace

    from communique.store.base import undated_left_out

    def reported(ev: Event, *days: str | None) -> Event:
        ev.mentions = [replace(ev.mentions[0], doc_id=f"doc_{i}", published=d) for i, d in enumerate(days)]
        return ev

    evs = [reported(event("dated"), "2022-09-21", "2022-09-20T08:00:00"), reported(event("undated", date=None), "2022-09-25"),
           reported(event("never", date=None), None), reported(event("old", date="2020-01-01"), "2020-01-02")]
    store.write_batch([doc(1)], evs, [])
    ids = lambda q: [e.id for e in store.query_events(q)]  # noqa: E731
    assert ids(EventQuery(reported_since="2022-09-20")) == ["dated", "undated"]
    assert ids(EventQuery(reported_since="2022-09-21", reported_until="2022-09")) == ["undated"]
    assert ids(EventQuery(reported_until="2022-09-20")) == ["old", "dated"]
    assert ids(EventQuery(dated=False)) == ["undated", "never"]
    assert store.count_events(EventQuery(dated=True)) == 2
    assert store.count_events(EventQuery(limit=1)) == 4
    assert undated_left_out(store, EventQuery(since="2022-09-01")) == 2
    assert undated_left_out(store, EventQuery(since="2022-09-01", reported_since="2022-09-22")) == 1
    assert undated_left_out(store, EventQuery()) == 0
    got = store.get_event("dated")
    assert got is not None and got.id == "dated" and len(got.mentions) == 2
    assert store.get_event("nope") is None


def test_gate_store_min_confidence_filter(store: Store) -> None:
    sure, unsure = event("e1"), event("e2", date="2022-09-20")
    sure.confidence, unsure.confidence = 0.7, 0.2
    store.write_batch([doc(1)], [sure, unsure], [])
    assert [e.id for e in store.query_events(EventQuery(min_confidence=0.5))] == ["e1"]
    assert [e.id for e in store.query_events(EventQuery(min_confidence=0.2))] == ["e1", "e2"]
    assert [e.id for e in store.query_events(EventQuery(min_confidence=0.0, status="planned"))] == []
