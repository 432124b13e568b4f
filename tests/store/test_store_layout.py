"""The DuckDB store's layout: date order, look-up indexes, both look-up paths, stores of schema versions 1 and 2."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from communique.records import Actor, Document, Event, Mention
from communique.store import DuckDBStore, EventQuery, MemoryStore, Store, duckdb_read
from communique.store import duckdb_layout as layout

DATES = ["2021-03-04", None, "2019-07", "2020-W05", "2019-07-02", "2021", "2018-01-31", None, "2020-02-29"]


def doc(n: int) -> Document:
    return Document(id=f"doc_{n:04d}", text=f"Article {n}.", published=f"2021-01-{n % 28 + 1:02d}")


def event(n: int, date: str | None, docs: tuple[int, ...]) -> Event:
    who = [Actor(f"person:p{n % 3}", f"Person {n % 3}", "person", "FRA" if n % 2 else "DEU")]
    to = [Actor("country:USA", "United States", "country", "USA")] if n % 2 else []
    return Event(event_type="CONSULT" if n % 3 else "ACCUSE", cameo="040", date=date, actors=who, recipients=to,
                 mentions=[Mention(f"doc_{d:04d}", None, None, f"2021-01-{d % 28 + 1:02d}", "S.", 0, 2)
                           for d in docs], id=f"ev_{n:03d}")


def fill(store: Store) -> None:
    """Three batches written out of date order, an event updated by a later batch."""
    batches = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    for b in batches:
        store.write_batch([doc(n) for n in b], [event(n, DATES[n], (n,)) for n in b], [])
    store.write_batch([doc(9)], [], [event(2, DATES[2], (2, 9))])


QUERIES = [EventQuery(), EventQuery(since="2019-07", until="2020-12"), EventQuery(country="FRA", since="2019"),
           EventQuery(event_type="CONSULT", until="2020-06-30"), EventQuery(actor="person:p1", limit=3),
           EventQuery(country="USA")]


def listings(store: Store) -> list[list[dict[str, object]]]:
    out = [[e.public() for e in store.query_events(q)] for q in QUERIES]
    out.append([e.public() for e in store.actor_events("person:p1")])
    out.append([e.public() for e in store.candidate_events("CONSULT", "2019-06-20", "2021-03-10", True)])
    return out


def test_store_layout_matches_memory_store_on_both_lookup_paths(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    memory = MemoryStore()
    fill(memory)
    expected = listings(memory)
    with DuckDBStore(tmp_path / "s.duckdb") as s:
        fill(s)
        assert listings(s) == expected  # short id lists: constants, by the indexes
        monkeypatch.setattr(layout, "IN_LIST_MAX", 1)
        monkeypatch.setattr(duckdb_read, "IN_LIST_MAX", 1)
        assert listings(s) == expected  # long ones: joined, child rows pruned by the chunk's dates


def test_store_layout_rows_are_written_in_date_order_and_reclustered(tmp_path: Path) -> None:
    with DuckDBStore(tmp_path / "s.duckdb") as s:
        fill(s)
        before = listings(s)
        con = s._con
        batch = [r[0] for r in con.execute("SELECT date_lo FROM events WHERE id IN ('ev_006', 'ev_007', "
                                           "'ev_008') ORDER BY rowid").fetchall()]
        assert batch == ["2018-01-31", "2020-02-29", None]  # within a batch, by date, undated last
        s.recluster()
        assert listings(s) == before
        for table, order in layout.ORDER.items():
            stored = con.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            assert stored == con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        names = {r[0] for r in con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
        assert {name for name, _, _ in layout.INDEXES} <= names


def make_v2(path: Path) -> None:
    """Turn a store into one written by schema version 2 (no integer keys, no records)."""
    con = duckdb.connect(str(path))
    layout.drop_indexes(con)
    con.execute("ALTER TABLE events DROP COLUMN record")
    for table in ("events", "event_actors", "mentions"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN seq")
    layout.ensure_indexes(con)
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()


def make_v1(path: Path) -> None:
    """Turn a store into one written by schema version 1 (no layout columns, no look-up indexes)."""
    make_v2(path)
    con = duckdb.connect(str(path))
    layout.drop_indexes(con)
    con.execute("ALTER TABLE events DROP COLUMN first_published")
    con.execute("ALTER TABLE event_actors DROP COLUMN date_lo")
    con.execute("ALTER TABLE mentions DROP COLUMN date_lo")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()


def full_listings(store: Store) -> list[list[Event]]:
    """Every listing with all the events' fields (``public()`` leaves the audit trail out)."""
    return [[*store.query_events(q)] for q in QUERIES] + [store.actor_events("person:p1")]


@pytest.mark.parametrize("version", [1, 2])
def test_store_layout_older_store_is_read_as_it_is_and_migrated_for_writing(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.duckdb"
    with DuckDBStore(path) as s:
        fill(s)
        expected, full = listings(s), full_listings(s)
        records = s._con.execute("SELECT id, record FROM events ORDER BY id").fetchall()
    (make_v1 if version == 1 else make_v2)(path)
    with DuckDBStore(path, read_only=True) as s:
        assert not s._layout.records
        assert listings(s) == expected and full_listings(s) == full
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(version),)
    con.close()
    with DuckDBStore(path) as s:  # opened for writing: migrated
        assert s._layout.records
        assert listings(s) == expected and full_listings(s) == full
        con = s._con
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("3",)
        for table in ("mentions", "event_actors"):
            assert con.execute(f"SELECT count(*) FROM {table} x JOIN events e ON e.id = x.event_id "
                               "WHERE x.date_lo IS DISTINCT FROM e.date_lo OR x.seq IS DISTINCT FROM e.seq"
                               ).fetchone() == (0,)
        assert con.execute("SELECT count(DISTINCT seq), count(*) FROM events").fetchone() == (9, 9)
        assert con.execute("SELECT id, record FROM events ORDER BY id").fetchall() == records
        assert con.execute("SELECT first_published FROM events WHERE id = 'ev_002'").fetchone() == ("2021-01-03",)
        s.write_batch([doc(10)], [event(10, "2019-07-03", (10,))], [])
        assert len(list(s.query_events(EventQuery(since="2019-07", until="2019-07")))) == 3
        assert {name for name, _, _ in layout.INDEXES} <= {
            r[0] for r in con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
