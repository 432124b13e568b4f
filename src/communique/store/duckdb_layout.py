"""The DuckDB store's layout: its tables, the indexes the listing and merge look-ups use, the migration of stores
written by older versions, re-clustering by date, and each event's stored record.

Layout (schema version 3) and why, for a store of millions of events:

- Rows are kept in event-date order: each batch is written sorted by date, a chronological ingest stays sorted,
  and :func:`recluster` sorts a store ingested out of order. DuckDB keeps min/max statistics per row group (zone
  maps), so a query for a month or a quarter reads the row groups of that period only.
- The child tables (``event_actors``, ``mentions``) carry their event's first day (``date_lo``), so reading the
  participants and reports of a period is pruned by the same zone maps instead of probing every row.
- ``events.first_published`` (the earliest report) is the listing's tie-break, kept on write instead of being
  computed from ``mentions`` for every listed event.
- Every event has an integer key, ``seq`` (given in write order, new on each rewrite), carried by its child
  rows: a timeline or a participant filter joins the tables on integers, which DuckDB probes with a filter
  pushed into the scan, instead of on the text ids (hashing a million strings per query).
- ``events.record`` is the whole event as listings return it (its fields, participants as their reports named
  them, reports) in one JSON array (:data:`RECORD_SQL`), built from the rows by SQL when a batch is written (and
  by the migration). A listing reads one column of one table and parses one string per event, instead of three
  tables' rows; the rows stay the store's content (filters, exports, SQL users), the record a copy of them.
- Non-unique ART indexes on the ids that look-ups go by (events by id, participants and reports by event id,
  participants by actor id, sources by document). They are not unique: an event is replaced by delete + insert in
  one transaction, which a unique index rejects.

A store of schema version 1 or 2 is migrated when it is opened for writing; opened read-only, it is read as it is
(:class:`Layout` says which columns it lacks, and the queries do without them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import duckdb

from .base import SCHEMA_VERSION

MIGRATES_FROM = (1, 2)

SCHEMA = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY, path VARCHAR, url VARCHAR, title VARCHAR, source VARCHAR, published VARCHAR,
    published_rule VARCHAR, body_start INTEGER, text VARCHAR);
CREATE TABLE events (
    id VARCHAR NOT NULL, event_type VARCHAR NOT NULL, cameo VARCHAR, status VARCHAR, mode VARCHAR,
    context VARCHAR, date VARCHAR, date_lo VARCHAR, date_hi VARCHAR, date_precision VARCHAR, date_text VARCHAR,
    date_rule VARCHAR, confidence DOUBLE, rule VARCHAR, trigger_text VARCHAR, trigger_start INTEGER,
    trigger_end INTEGER, location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE,
    location_lon DOUBLE, location_resolution VARCHAR, location_text VARCHAR, actor_refs VARCHAR,
    recipient_refs VARCHAR, n_sources INTEGER, first_published VARCHAR, seq BIGINT, record VARCHAR);
CREATE TABLE actors (id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR);
CREATE TABLE event_actors (
    event_id VARCHAR NOT NULL, role VARCHAR NOT NULL, position INTEGER NOT NULL, actor_id VARCHAR,
    name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR, title VARCHAR, resolution VARCHAR,
    text VARCHAR, date_lo VARCHAR, seq BIGINT);
CREATE TABLE mentions (
    event_id VARCHAR NOT NULL, position INTEGER NOT NULL, doc_id VARCHAR, path VARCHAR, url VARCHAR,
    published VARCHAR, sentence VARCHAR, start_offset INTEGER, end_offset INTEGER, date_lo VARCHAR, seq BIGINT);
CREATE TABLE event_sources (event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL);
CREATE TABLE kb_people (id VARCHAR PRIMARY KEY, data VARCHAR);
CREATE TABLE kb_orgs (code VARCHAR PRIMARY KEY, data VARCHAR);
"""
# Added after schema version 1 was released: created on open when missing (an additive change).
DICTIONARIES = """
CREATE TABLE IF NOT EXISTS kb_dictionaries (
    kind VARCHAR NOT NULL, name VARCHAR NOT NULL, sha1 VARCHAR, text VARCHAR, PRIMARY KEY (kind, name));
"""
INDEXES: tuple[tuple[str, str, str], ...] = (  # name, table, column
    ("events_by_id", "events", "id"),
    ("event_actors_by_event", "event_actors", "event_id"),
    ("event_actors_by_actor", "event_actors", "actor_id"),
    ("mentions_by_event", "mentions", "event_id"),
    ("event_sources_by_event", "event_sources", "event_id"),
    ("event_sources_by_doc", "event_sources", "doc_id"),
)
# How each table is clustered by recluster (and, within a batch, written).
ORDER = {
    "events": "date_lo NULLS LAST, id",
    "event_actors": "date_lo NULLS LAST, event_id, role, position",
    "mentions": "date_lo NULLS LAST, event_id, position",
    "event_sources": "event_id, doc_id",
}
IN_LIST_MAX = 1000  # id lists up to this long are sent as constants (ART index scans); longer ones are joined


@dataclass(frozen=True)
class Layout:
    """What an opened store has: version 3 stores have everything; a version 2 store opened read-only has no
    keys or records, a version 1 store none of these columns."""

    first_published: bool = True  # events.first_published
    child_dates: bool = True  # event_actors.date_lo and mentions.date_lo
    records: bool = True  # events.seq and events.record; seq in event_actors and mentions

    @classmethod
    def of_version(cls, version: int) -> Layout:
        return cls(first_published=version >= 2, child_dates=version >= 2, records=version >= 3)

    @property
    def key(self) -> str:
        """The events' column that look-ups and joins go by: the integer key, else the id."""
        return "seq" if self.records else "id"

    @property
    def child_key(self) -> str:
        """The child tables' column that refers to it."""
        return "seq" if self.records else "event_id"

    def first_report_sql(self, alias: str = "e") -> str:
        if self.first_published:
            return f"{alias}.first_published"
        return f"(SELECT min(m.published) FROM mentions m WHERE m.event_id = {alias}.id)"


_PARTY = "json_array(actor_id, name, kind, country, sector, title, resolution, text)"
_REPORT = "json_array(doc_id, path, url, published, sentence, start_offset, end_offset)"
#: An event's record, one JSON array: the events row's columns, then its participants (as their reports named
#: them) and its reports, each in order. ``duckdb_read.decode_records`` decodes it into ``records.Event``, whose
#: fields follow this order (and ``Actor``'s and ``Mention``'s those of ``_PARTY`` and ``_REPORT``).
RECORD_SQL = """json_array(e.event_type, e.cameo, e.status, e.mode, coalesce(json(e.context), '[]'::JSON), e.date,
    e.date_precision, e.date_text, e.confidence, e.rule,
    CASE WHEN e.trigger_text IS NOT NULL THEN json_array(e.trigger_text, e.trigger_start, e.trigger_end) END,
    CASE WHEN e.location_name IS NOT NULL THEN json_array(e.location_name, e.location_country, e.location_lat,
        e.location_lon, e.location_resolution) END,
    e.location_text, coalesce(json(e.actor_refs), '[]'::JSON), coalesce(json(e.recipient_refs), '[]'::JSON),
    e.date_rule, coalesce(x.actors, '[]'::JSON), coalesce(x.recipients, '[]'::JSON),
    coalesce(m.reports, '[]'::JSON))::VARCHAR"""
_FILL = f"""UPDATE events SET record = r.record FROM (
    SELECT e.seq, {RECORD_SQL} AS record FROM events e
    LEFT JOIN (SELECT seq, to_json(list({_PARTY} ORDER BY position) FILTER (WHERE role = 'actor')) AS actors,
                      to_json(list({_PARTY} ORDER BY position) FILTER (WHERE role <> 'actor')) AS recipients
               FROM event_actors WHERE seq >= $since GROUP BY seq) x ON x.seq = e.seq
    LEFT JOIN (SELECT seq, to_json(list({_REPORT} ORDER BY position)) AS reports
               FROM mentions WHERE seq >= $since GROUP BY seq) m ON m.seq = e.seq
    WHERE e.seq >= $since) r
WHERE events.seq = r.seq"""


def fill_records(con: duckdb.DuckDBPyConnection, since: int = 0) -> None:
    """(Re)build ``events.record`` from the rows, for the events of key ``since`` and above (a batch just
    written: keys rise with each write; 0: every event)."""
    con.execute(_FILL, {"since": since})


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction: committed when the block ends, rolled back (and re-raised) on any error."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def create(con: duckdb.DuckDBPyConnection) -> None:
    """A new store's tables and indexes, in one transaction."""
    with _transaction(con):
        con.execute(SCHEMA)
        con.execute(DICTIONARIES)
        ensure_indexes(con)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def ensure_indexes(con: duckdb.DuckDBPyConnection) -> None:
    for name, table, column in INDEXES:
        con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")


def drop_indexes(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the look-up indexes (bulk loads are faster without them; :func:`ensure_indexes` rebuilds them)."""
    for name, _, _ in INDEXES:
        con.execute(f"DROP INDEX IF EXISTS {name}")


def migrate(con: duckdb.DuckDBPyConnection, found: int) -> None:
    """Bring a store of an older schema version (``found`` in MIGRATES_FROM) to SCHEMA_VERSION, in one
    transaction: add the columns each later version has, fill them from the stored rows, build the indexes."""
    assert found in MIGRATES_FROM
    with _transaction(con):
        drop_indexes(con)  # some DuckDB versions refuse to alter a table that has indexes
        if found < 2:
            _add_dates(con)
        _add_records(con)
        con.execute(DICTIONARIES)
        ensure_indexes(con)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])


def _add_dates(con: duckdb.DuckDBPyConnection) -> None:
    """Version 1 to 2: the first report of each event, the event's first day on its child rows."""
    con.execute("ALTER TABLE events ADD COLUMN first_published VARCHAR")
    con.execute("UPDATE events SET first_published = m.first FROM (SELECT event_id, min(published) AS first "
                "FROM mentions GROUP BY event_id) m WHERE m.event_id = events.id")
    for table in ("event_actors", "mentions"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN date_lo VARCHAR")
        con.execute(f"UPDATE {table} SET date_lo = e.date_lo FROM events e WHERE e.id = {table}.event_id")


def _add_records(con: duckdb.DuckDBPyConnection) -> None:
    """Version 2 to 3: integer keys (in the rows' order) on the events and their child rows, and the records."""
    con.execute("ALTER TABLE events ADD COLUMN seq BIGINT")
    con.execute("ALTER TABLE events ADD COLUMN record VARCHAR")
    con.execute("UPDATE events SET seq = rowid + 1")
    for table in ("event_actors", "mentions"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN seq BIGINT")
        con.execute(f"UPDATE {table} SET seq = e.seq FROM events e WHERE e.id = {table}.event_id")
    fill_records(con)


def recluster(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite the event tables in date order (see the module docstring), in one transaction; the content is
    unchanged. Worth it after ingesting a large archive out of date order; a chronological ingest needs none."""
    con.execute("BEGIN TRANSACTION")
    try:
        drop_indexes(con)
        for table, order in ORDER.items():
            con.execute(f"CREATE TEMP TABLE _sorted AS SELECT * FROM {table} ORDER BY {order}")
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} SELECT * FROM _sorted")
            con.execute("DROP TABLE _sorted")
        ensure_indexes(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("CHECKPOINT")


def in_list(column: str, values: Sequence[str]) -> tuple[str, list[Any]]:
    """``column IN (...)`` for a list of ids: constants for a short list (DuckDB then scans the column's index),
    a join with the unnested list for a long one (one pass over the table beats thousands of index probes)."""
    if not values:
        return "FALSE", []
    if len(values) <= IN_LIST_MAX:
        return f"{column} IN ({', '.join('?' * len(values))})", list(values)
    return f"{column} IN (SELECT unnest(?::VARCHAR[]))", [list(values)]


def in_keys(column: str, keys: Sequence[int]) -> tuple[str, list[Any]]:
    """``column IN (...)`` for a list of integer keys: always a join with the unnested list, which DuckDB probes
    by a filter pushed into the scan (a list of constants is tested row by row on the whole table instead)."""
    return f"{column} IN (SELECT unnest(?::BIGINT[]))", [list(keys)]


def date_bounds(column: str, dates: Sequence[str | None]) -> tuple[str, list[Any]]:
    """A condition that holds for every row whose ``column`` is one of ``dates``: the range they span (which zone
    maps prune by), and undated rows only when some are undated."""
    known = [d for d in dates if d is not None]
    if not known:
        return f"{column} IS NULL", []
    cond = f"{column} BETWEEN ? AND ?"
    if len(known) < len(dates):
        cond = f"({cond} OR {column} IS NULL)"
    return cond, [min(known), max(known)]
