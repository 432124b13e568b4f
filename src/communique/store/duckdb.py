"""DuckDB store: one file holds documents, events with their actors and evidence, and user KB entries.

Every write happens in :meth:`DuckDBStore.write_batch` inside one transaction, so an interrupted ingest leaves
each article either fully stored or not at all. Tables carry no unique indexes apart from ``documents``,
``actors`` and the KB tables: event rows are replaced by delete + insert within a transaction, which DuckDB's
eager index checks would reject. The tables' layout (date order, look-up indexes, migration of older stores) is
in :mod:`.duckdb_layout`; reading events back in :mod:`.duckdb_read`.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import duckdb

from ..errors import SchemaMismatch, StoreError
from ..kb.entries import KBExtra
from ..records import Actor, Document, Event
from . import duckdb_candidates as candidates
from . import duckdb_layout as layout
from . import duckdb_read as read
from .base import (
    SCHEMA_VERSION,
    ActorSummary,
    CandidateSpec,
    EventQuery,
    ParticipantRow,
    Sharing,
    StoreLifecycle,
    UserDictionary,
    check_events,
    date_high,
    date_low,
    display_names,
    first_reported,
    summarize_actors,
)
from .duckdb_layout import Layout, in_list
from .duckdb_rows import (
    EA_COLS,
    EVENT_COLS,
    MENTION_COLS,
    date_order,
    org_from_json,
    person_from_json,
    refs_json,
)

TABLES = ("documents", "events", "actors", "event_actors", "mentions", "event_sources", "kb_people", "kb_orgs",
          "kb_dictionaries")

_DOC_COLS = ("id", "path", "url", "title", "source", "published", "published_rule", "body_start", "text")
# Written, not read back: the layout's columns (see duckdb_layout; events.record is built from the rows).
_EVENT_WRITE = (*EVENT_COLS, "first_published", "seq")
_EA_WRITE = (*EA_COLS, "date_lo", "seq")
_MENTION_WRITE = (*MENTION_COLS, "date_lo", "seq")
_CHUNK = 20_000  # events loaded per round of look-ups (a round reads the child tables' rows of its dates once)
_INT_COLS = {"body_start", "trigger_start", "trigger_end", "n_sources", "position", "start_offset", "end_offset",
             "seq"}
_DOUBLE_COLS = {"confidence", "location_lat", "location_lon"}
_TYPES: dict[str, dict[str, str]] = {
    t: {c: "BIGINT" if c in _INT_COLS else "DOUBLE" if c in _DOUBLE_COLS else "VARCHAR" for c in cols}
    for t, cols in (("documents", _DOC_COLS), ("events", _EVENT_WRITE), ("event_actors", _EA_WRITE),
                    ("mentions", _MENTION_WRITE), ("event_sources", ("event_id", "doc_id")),
                    ("actors", ("id", "name", "kind", "country", "sector")))}


WRITER_WAIT = 60.0  # seconds an ingest waits for readers to let go of the file between its batches


class DuckDBStore(StoreLifecycle):
    """The store in one DuckDB file (``communique.duckdb`` by default)."""

    def __init__(self, path: str | Path, read_only: bool = False, wait: float = 0.0) -> None:
        """Open (or, unless ``read_only``, create) the store file at ``path``; ":memory:" for a throwaway one.

        Read-only stores can be opened by several processes at once (e.g. ``serve`` next to ``query``). A store
        another process has open for writing is retried for up to ``wait`` seconds. :meth:`release` closes the
        file between uses (the ingest driver does so between batches, so readers get in); the next use opens it
        again, waiting for a reader for up to ``max(wait, WRITER_WAIT)`` seconds when writing.
        """
        self.path = str(path)
        self.read_only = read_only
        self.wait = wait
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._reach: candidates.Reach | None = None  # the stored events' reach, while the file stays open
        p = Path(self.path)
        if p.exists() and p.is_dir():
            raise StoreError(f"{self.path} is a folder, not a store file", "Pass a file path such as communique.duckdb")
        if read_only and self.path != ":memory:" and not p.exists():
            raise StoreError(f"no store at {self.path}",
                             "Run `communique ingest ARTICLES --db PATH` first, or pass the right --db")
        if not read_only and p.exists() and not os.access(p, os.W_OK):
            raise StoreError(f"{self.path} is read-only (no permission to write it)",
                             "Make it writable (chmod u+w), or read it with a listing command")
        self._conn = self._connect(wait)
        try:
            self._init_schema()
        except BaseException:
            self._con.close()
            raise

    # ----------------------------------------------------------------------------------------- lifecycle

    def _init_schema(self) -> None:
        tables = {r[0] for r in self._con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if not tables and self.read_only and self.path != ":memory:":
            raise StoreError(f"{self.path} is an empty database, not a communique store",
                             "Run `communique ingest ARTICLES --db PATH` first, or pass the right --db")
        self._layout = Layout()
        self._has_dictionaries = True
        if not tables:
            layout.create(self._con)
            return
        if "meta" not in tables:
            raise SchemaMismatch(f"{self.path} is a DuckDB database but not a communique store (no meta table)",
                                 "Use a new file for the store (--db new.duckdb)")
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        found = row[0] if row else None
        older = found is not None and found.isdigit() and int(found) in layout.MIGRATES_FROM
        if found != str(SCHEMA_VERSION) and not older:
            raise SchemaMismatch(
                f"{self.path} was written with store schema version {found}, this communique reads version "
                f"{SCHEMA_VERSION}",
                "Re-ingest the articles into a new store file (--db new.duckdb), or use the communique version "
                "that wrote it")
        if older and self.read_only:  # read as it is; opening it for writing migrates it
            self._layout = Layout.of_version(int(found or 0))
            self._has_dictionaries = "kb_dictionaries" in tables
        elif older:
            layout.migrate(self._con, int(found or 0))
        elif not self.read_only:  # tables and indexes added since the store was written: created when missing
            self._con.execute(layout.DICTIONARIES)
            layout.ensure_indexes(self._con)
        else:
            self._has_dictionaries = "kb_dictionaries" in tables

    def recluster(self) -> None:
        """Rewrite the event tables in date order (after ingesting a large archive out of date order), so that
        listings of a period read only that period's rows; the content is unchanged."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only", "Open the store for writing to recluster it")
        layout.recluster(self._con)

    def _connect(self, wait: float) -> duckdb.DuckDBPyConnection:
        """A connection to the file, retrying while another process holds its lock (up to ``wait`` seconds)."""
        deadline = time.monotonic() + wait
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only and self.path != ":memory:")
            except duckdb.Error as exc:
                msg = str(exc)
                if "lock" in msg.lower():
                    if time.monotonic() < deadline:
                        time.sleep(0.1)
                        continue
                    raise StoreError(
                        f"{self.path} is in use by another process ({msg.splitlines()[0]})",
                        "An ingest lets readers in between its batches: retry, or pass --wait SECONDS to wait "
                        "longer; or use another --db") from exc
                if "permission" in msg.lower() or "read-only" in msg.lower():
                    raise StoreError(f"{self.path} cannot be opened ({msg.splitlines()[0]})",
                                     "Check the file's permissions") from exc
                raise StoreError(f"{self.path} is not a communique store (DuckDB could not open it: "
                                 f"{msg.splitlines()[0] if msg else type(exc).__name__})",
                                 "Pass the path of a store written by `communique ingest`, or a new file "
                                 "name") from exc

    @property
    def _con(self) -> duckdb.DuckDBPyConnection:
        """The open connection; after :meth:`release`, the file opened again."""
        if self._conn is None:
            self._conn = self._connect(self.wait if self.read_only else max(self.wait, WRITER_WAIT))
        return self._conn

    def release(self) -> None:
        """Close the file until the next use, so that other processes can open it meanwhile (a file store only)."""
        if self._conn is not None and self.path != ":memory:":
            self._conn.close()
            self._conn, self._reach = None, None  # another process may write meanwhile

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn, self._reach = None, None

    # ----------------------------------------------------------------------------------------- documents

    def has_document(self, doc_id: str) -> bool:
        return self._con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def document_ids(self) -> set[str]:
        return {r[0] for r in self._con.execute("SELECT id FROM documents").fetchall()}

    def get_document(self, doc_id: str) -> Document | None:
        row = self._con.execute(f"SELECT {', '.join(_DOC_COLS)} FROM documents WHERE id = ?", [doc_id]).fetchone()
        return Document(**dict(zip(_DOC_COLS, row, strict=True))) if row else None

    def get_documents(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        ids = sorted(set(doc_ids))
        if not ids:
            return {}
        # joined, not a list of constants: thousands of look-ups in the primary key's index cost more than a scan
        rows = self._con.execute(f"SELECT {', '.join(_DOC_COLS)} FROM documents WHERE id IN "
                                 "(SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
        return {row[0]: Document(**dict(zip(_DOC_COLS, row, strict=True))) for row in rows}

    # ----------------------------------------------------------------------------------------- writing

    def _insert(self, table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows column-wise: one list parameter per column, zipped by unnest (far faster than VALUES)."""
        if not rows:
            return
        columns = [list(c) for c in zip(*rows, strict=True)]
        select = ", ".join(f"unnest(?::{_TYPES[table][c]}[])" for c in cols)
        self._con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select}", columns)

    def _delete_events(self, ids: list[str]) -> None:
        """Remove the stored rows of those events (only ids already stored cost a delete; the look-ups go by
        the tables' event-id indexes)."""
        where, params = in_list("id", ids)
        existing = [r[0] for r in self._con.execute(f"SELECT id FROM events WHERE {where}", params).fetchall()]
        if not existing:
            return
        for table in ("events", "event_actors", "mentions", "event_sources"):
            where, params = in_list("id" if table == "events" else "event_id", existing)
            self._con.execute(f"DELETE FROM {table} WHERE {where}", params)

    def _insert_documents(self, documents: list[Document]) -> None:
        known = self.known_documents([d.id for d in documents])
        rows, seen = [], set(known)
        for d in documents:
            if d.id in seen:
                continue
            seen.add(d.id)
            rows.append([getattr(d, c) for c in _DOC_COLS])
        self._insert("documents", _DOC_COLS, rows)

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` already stored (one query, however many)."""
        where, params = in_list("id", ids)  # the primary key's index
        return {r[0] for r in self._con.execute(f"SELECT id FROM documents WHERE {where}", params).fetchall()}

    def _insert_events(self, events: list[Event]) -> None:
        """The events' rows, each event under a new integer key (rising in the rows' date order), then their
        records built from those rows (duckdb_layout)."""
        if not events:
            return
        ev_rows, ea_rows, m_rows, s_rows = [], [], [], []
        actors: dict[str, Actor] = {}
        row = self._con.execute("SELECT max(seq) FROM events").fetchone()
        first = (row[0] if row and row[0] is not None else 0) + 1
        # in the layout's order: by date (undated last), then id; each event's child rows follow it in order
        dated = sorted(((date_low(ev.date), ev.id or "", ev) for ev in events), key=lambda p: date_order(p, 0, 1))
        for seq, (lo, _, ev) in enumerate(dated, start=first):
            loc, trig = ev.location, ev.trigger
            ev_rows.append([
                ev.id, ev.event_type, ev.cameo, ev.status, ev.mode, json.dumps(ev.context, ensure_ascii=False),
                ev.date, lo, date_high(ev.date), ev.date_precision, ev.date_text, ev.date_rule,
                ev.confidence, ev.rule, trig.text if trig else None, trig.start if trig else None,
                trig.end if trig else None, loc.name if loc else None, loc.country if loc else None,
                loc.lat if loc else None, loc.lon if loc else None, loc.resolution if loc else None,
                ev.location_text, refs_json(ev.actor_refs), refs_json(ev.recipient_refs), ev.sources,
                first_reported(ev), seq])
            for role, group in (("actor", ev.actors), ("recipient", ev.recipients)):
                for i, a in enumerate(group):
                    ea_rows.append([ev.id, role, i, a.id, a.name, a.kind, a.country, a.sector, a.role,
                                    a.resolution, a.text, lo, seq])
                    if a.id is not None:
                        actors[a.id] = a
            for i, m in enumerate(ev.mentions):
                m_rows.append([ev.id, i, m.doc_id, m.path, m.url, m.published, m.sentence, m.start, m.end, lo, seq])
            for doc_id in sorted({m.doc_id for m in ev.mentions}):
                s_rows.append([ev.id, doc_id])
        self._insert("events", _EVENT_WRITE, ev_rows)
        self._insert("event_actors", _EA_WRITE, ea_rows)
        self._insert("mentions", _MENTION_WRITE, m_rows)
        self._insert("event_sources", ("event_id", "doc_id"), s_rows)
        layout.fill_records(self._con, first)
        self._upsert_actors(list(actors.values()))

    def _upsert_actors(self, actors: list[Actor]) -> None:
        """Canonical actor rows: bulk-insert new ids, update only rows whose name/kind/country/sector changed.

        The name is the id's display name over all its stored event rows (``display_names``), so one id is shown
        under one name whichever report is listed; each row keeps the name its report gave (the audit trail).
        """
        ids = [a.id for a in actors if a.id is not None]
        where, params = in_list("actor_id", ids)
        names = display_names(self._con.execute(
            f"SELECT actor_id, name, kind, count(*) FROM event_actors WHERE {where} GROUP BY ALL", params).fetchall())
        where, params = in_list("id", ids)
        stored = {r[0]: tuple(r[1:]) for r in self._con.execute(
            f"SELECT id, name, kind, country, sector FROM actors WHERE {where}", params).fetchall()}
        rows = {a.id: (names.get(a.id or "", a.name), a.kind, a.country, a.sector) for a in actors}
        fresh = [[aid, *row] for aid, row in rows.items() if aid not in stored]
        self._insert("actors", ("id", "name", "kind", "country", "sector"), fresh)
        changed = [[aid, *row] for aid, row in rows.items() if aid in stored and stored[aid] != row]
        if changed:  # one statement for all of them
            cols = [list(c) for c in zip(*changed, strict=True)]
            self._con.execute("UPDATE actors SET name = u.name, kind = u.kind, country = u.country, sector = u.sector "
                              "FROM (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[]) AS name, unnest(?::VARCHAR[]) "
                              "AS kind, unnest(?::VARCHAR[]) AS country, unnest(?::VARCHAR[]) AS sector) u "
                              "WHERE actors.id = u.id", cols)

    def write_batch(self, documents: list[Document], new_events: list[Event], updated_events: list[Event]) -> None:
        """Store documents (already stored ones are skipped) and events, all in one transaction.

        ``new_events`` and ``updated_events`` are both written as "replace the event with this id", so writing
        the same batch twice leaves the store as after the first time.
        """
        events = list({ev.id: ev for ev in [*new_events, *updated_events]}.values())
        check_events(events)
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            self._insert_documents(documents)
            self._delete_events([ev.id for ev in events if ev.id is not None])
            self._insert_events(events)
            con.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, (duckdb.Error, UnicodeError)):
                disk = isinstance(exc, duckdb.IOException) or "space" in str(exc).lower()
                raise StoreError(f"could not write to {self.path} ({exc})",
                                 "Nothing from this batch was stored; " + (
                                     "check disk space and permissions" if disk else
                                     "a value in it could not be stored")) from exc
            raise
        if self._reach is not None:
            self._reach.add(events)

    def _rollback(self) -> None:
        try:
            self._con.execute("ROLLBACK")
        except duckdb.Error:  # no transaction left to roll back: the original error matters, not this one
            pass

    # ----------------------------------------------------------------------------------------- reading events

    def _load_events(self, keys: list[tuple[Any, str | None]], display: bool = True) -> list[Event]:
        """Full Event objects for ``(key, date_lo)`` keys (as :meth:`_ids` gives them), in the order given;
        ``display``: participants under their id's display name (``actors.name``), else as their report named
        them. From the records, or from the rows of a store that has none (duckdb_read)."""
        out: list[Event] = []
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            if self._layout.records:
                out += read.load_records(self._con, chunk, display)
            else:
                out += read.load_rows(self._con, self._layout, chunk, display)
        return out

    def _order(self, listing: bool = True) -> str:
        """A ``listing`` is in ``sort_key`` order (by date, then first report), merge candidates only need a
        stable order (by date, then id)."""
        first_report = f"{self._layout.first_report_sql('e')} ASC NULLS LAST, " if listing else ""
        return f"date_lo ASC NULLS LAST, {first_report}id"

    def _ids(self, where: str, params: list[Any], limit: int | None = None) -> list[tuple[Any, str | None]]:
        """``(key, date_lo)`` of matching events (the key: ``Layout.key``), in listing order."""
        sql = f"SELECT {self._layout.key}, date_lo FROM events e WHERE {where} ORDER BY {self._order()}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [(r[0], r[1]) for r in self._con.execute(sql, params).fetchall()]

    def _listing(self, where: str, params: list[Any], limit: int | None = None) -> Iterator[Event]:
        """Matching events in listing order. With records, up to a chunk of them come from one query; a longer
        listing reads its keys first, then the events a chunk at a time (memory stays bounded)."""
        if self._layout.records:
            first = _CHUNK + 1 if limit is None else min(int(limit), _CHUNK + 1)
            rows = self._con.execute(f"SELECT id, record FROM events e WHERE {where} ORDER BY {self._order()} "
                                     f"LIMIT {first}", params).fetchall()
            if len(rows) <= _CHUNK:
                return iter(read.events_from_records(self._con, rows, display=True))
        return self._stream(self._ids(where, params, limit))

    def _stream(self, keys: list[tuple[Any, str | None]]) -> Iterator[Event]:
        for i in range(0, len(keys), _CHUNK):
            yield from self._load_events(keys[i:i + _CHUNK])

    def candidate_events(
        self, event_type: str, date_from: str | None, date_to: str | None, include_undated: bool,
        sharing: Sharing | None = None,
    ) -> list[Event]:
        """Stored events of a type whose (partial) date may fall in [date_from, date_to]; optionally undated ones;
        with ``sharing``, only those it admits. Names are as each report gave them (they are written back)."""
        return self.candidate_sets([(event_type, date_from, date_to, include_undated, sharing)])[0]

    def candidate_sets(self, specs: Sequence[CandidateSpec]) -> list[list[Event]]:
        """:meth:`candidate_events` for many windows at once: one statement a few dozen windows
        (:mod:`.duckdb_candidates`), and each event loaded once however many windows hold it (the lists share
        the Event objects: merging never modifies them)."""
        con = self._con
        if self._reach is None:
            self._reach = candidates.Reach.load(con)
        rows = candidates.candidate_rows(con, self._layout, specs, self._reach)
        keys: dict[str, tuple[Any, str | None]] = {}
        for window in rows:
            for key, lo, ev_id in window:
                keys.setdefault(ev_id, (key, lo))
        by_id = {ev.id: ev for ev in self._load_events(list(keys.values()), display=False)}
        return [[by_id[ev_id] for _, _, ev_id in window if ev_id in by_id] for window in rows]

    def _where(self, q: EventQuery) -> tuple[str, list[Any]]:
        """The SQL condition (on ``events e``) and parameters of a query (see ``base.event_matches``)."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        # participants of events inside [since, until] have their event's first day inside it too: the
        # participant look-ups below read only those days' rows (zone maps)
        child, child_params = "TRUE", []
        if self._layout.child_dates and (q.since is not None or q.until is not None):
            child = "date_lo BETWEEN ? AND ?"
            child_params = [date_low(q.since) or "0000-01-01", date_high(q.until) or "9999-12-31"]
        if q.event_type is not None:
            where.append("event_type = ?")
            params.append(q.event_type)
        if q.status is not None:
            where.append("status = ?")
            params.append(q.status)
        if q.min_confidence is not None:
            where.append("confidence >= ?")
            params.append(q.min_confidence)
        key = f"{self._layout.key} IN (SELECT {self._layout.child_key} FROM event_actors WHERE {child} AND"
        if q.country is not None:
            where.append(f"{key} country = ?)")
            params += [*child_params, q.country]
        if q.actor is not None:
            where.append(f"{key} (actor_id = ? OR "
                         "contains(strip_accents(lower(name)), strip_accents(lower(?))) OR "
                         "contains(strip_accents(lower(coalesce(text, ''))), strip_accents(lower(?))) OR actor_id IN "
                         "(SELECT id FROM actors WHERE contains(strip_accents(lower(name)), strip_accents(lower(?))))))")
            params += [*child_params, q.actor, q.actor, q.actor, q.actor]
        if q.since is not None:
            where.append("date_lo IS NOT NULL AND date_lo >= ?")
            params.append(date_low(q.since))
        if q.until is not None:
            where.append("date_hi IS NOT NULL AND date_hi <= ?")
            params.append(date_high(q.until))
        if q.dated is not None:
            where.append("date_lo IS NOT NULL" if q.dated else "date_lo IS NULL")
        first = f"substr({self._layout.first_report_sql('e')}, 1, 10)"
        if q.reported_since is not None:
            where.append(f"{first} >= ?")
            params.append(date_low(q.reported_since))
        if q.reported_until is not None:
            where.append(f"{first} <= ?")
            params.append(date_high(q.reported_until))
        return " AND ".join(where), params

    def query_events(self, q: EventQuery) -> Iterator[Event]:
        where, params = self._where(q)
        return self._listing(where, params, q.limit)

    def count_events(self, q: EventQuery) -> int:
        where, params = self._where(q)
        row = self._con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()
        return int(row[0]) if row else 0

    def get_event(self, event_id: str) -> Event | None:
        return next(self._listing("id = ?", [event_id]), None)

    # ----------------------------------------------------------------------------------------- actors

    def actors(self, query: str | None = None) -> Iterator[ActorSummary]:
        """Canonical actors (most events first), optionally those whose id, a name or a surface text matches query."""
        cond, params = "", []
        if query:
            cond = ("AND x.actor_id IN (SELECT actor_id FROM event_actors WHERE actor_id = ? OR "
                    "contains(strip_accents(lower(name)), strip_accents(lower(?))) OR "
                    "contains(strip_accents(lower(coalesce(text, ''))), strip_accents(lower(?))) OR actor_id IN "
                    "(SELECT id FROM actors WHERE contains(strip_accents(lower(name)), strip_accents(lower(?)))))")
            params = [query, query, query, query]
        names = dict(self._con.execute("SELECT id, name FROM actors").fetchall())  # before cur: one result at a time
        cur = self._con.execute(
            "SELECT x.actor_id, x.name, x.kind, x.country, x.sector, x.title, x.text, x.event_id, e.date "
            f"FROM event_actors x JOIN events e ON e.id = x.event_id WHERE x.actor_id IS NOT NULL {cond}", params)

        def rows() -> Iterator[ParticipantRow]:
            while chunk := cur.fetchmany(5000):
                for r in chunk:
                    yield ParticipantRow(*r)

        return iter(summarize_actors(rows(), query, names))

    def actor_events(self, name_or_id: str) -> list[Event]:
        """Events of one actor (by exact id, else exact name, else name substring), by date: a timeline."""
        shown = "actor_id IN (SELECT id FROM actors WHERE {})"
        for cond in ("actor_id = ?", "strip_accents(lower(name)) = strip_accents(lower(?))",
                     "contains(strip_accents(lower(name)), strip_accents(lower(?)))"):
            cond = f"{cond} OR {shown.format(cond)}" if cond != "actor_id = ?" else cond
            found = self._events_of(cond, [name_or_id] * (1 if cond == "actor_id = ?" else 2))
            if found:
                return found
        return []

    def _events_of(self, cond: str, params: list[Any]) -> list[Event]:
        """The events some participant row matching ``cond`` is in: with integer keys, one query (the rows'
        keys joined); else their ids first (by the actor-id index for an id), then those events by their ids."""
        if self._layout.records:
            return list(self._listing(f"seq IN (SELECT seq FROM event_actors WHERE {cond})", params))
        found = [r[0] for r in self._con.execute(f"SELECT DISTINCT event_id FROM event_actors WHERE {cond}",
                                                 params).fetchall()]
        return list(self._listing(*in_list("id", found))) if found else []

    # ----------------------------------------------------------------------------------------- KB, stats

    def save_kb_extra(self, extra: KBExtra) -> None:
        """Add (or replace, by id/code) user KB entries, in one transaction."""
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            for p in extra.people:
                con.execute("INSERT INTO kb_people VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                            [p.id, json.dumps(asdict(p), ensure_ascii=False)])
            for o in extra.organizations:
                con.execute("INSERT INTO kb_orgs VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET data = excluded.data",
                            [o.code, json.dumps(asdict(o), ensure_ascii=False)])
            con.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def load_kb_extra(self) -> KBExtra:
        people = [person_from_json(r[0]) for r in self._con.execute(
            "SELECT data FROM kb_people ORDER BY id").fetchall()]
        orgs = [org_from_json(r[0]) for r in self._con.execute("SELECT data FROM kb_orgs ORDER BY code").fetchall()]
        return KBExtra(people=people, organizations=orgs)

    def save_dictionary(self, dictionary: UserDictionary) -> bool:
        """Keep a user dictionary (replacing one of the same kind and name); False when it was already stored
        with the same text (re-importing a file changes nothing)."""
        row = self._con.execute("SELECT sha1 FROM kb_dictionaries WHERE kind = ? AND name = ?",
                                [dictionary.kind, dictionary.name]).fetchone()
        if row is not None and row[0] == dictionary.sha1:
            return False
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._con.execute("INSERT INTO kb_dictionaries VALUES (?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE "
                              "SET sha1 = excluded.sha1, text = excluded.text",
                              [dictionary.kind, dictionary.name, dictionary.sha1, dictionary.text])
            self._con.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        return True

    def dictionaries(self) -> list[UserDictionary]:
        if not self._has_dictionaries:  # an older store opened read-only
            return []
        return [UserDictionary(kind=k, name=n, text=t, sha1=h) for k, n, h, t in self._con.execute(
            "SELECT kind, name, sha1, text FROM kb_dictionaries ORDER BY kind, name").fetchall()]

    def stats(self) -> dict[str, int]:
        tables = TABLES if self._has_dictionaries else tuple(t for t in TABLES if t != "kb_dictionaries")
        return {t: int(self._con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
                for t in tables}
