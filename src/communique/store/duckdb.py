"""DuckDB store: one file holds documents, events with their actors and evidence, and user KB entries.

Every write happens in :meth:`DuckDBStore.write_batch` inside one transaction, so an interrupted ingest leaves
each article either fully stored or not at all. Tables carry no unique indexes apart from ``documents``,
``actors`` and the KB tables: event rows are replaced by delete + insert within a transaction, which DuckDB's
eager index checks would reject.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import duckdb

from ..errors import SchemaMismatch, StoreError
from ..kb.entries import KBExtra, OrgEntry, PersonEntry, Position
from ..records import Actor, ActorRef, Document, Event, Location, Mention, Span
from .base import (
    GROUP_PREFIX,
    SCHEMA_VERSION,
    ActorSummary,
    EventQuery,
    ParticipantRow,
    Sharing,
    StoreLifecycle,
    UserDictionary,
    check_events,
    date_high,
    date_low,
    display_names,
    summarize_actors,
)

_SCHEMA = """
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
    recipient_refs VARCHAR, n_sources INTEGER);
CREATE TABLE actors (id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR);
CREATE TABLE event_actors (
    event_id VARCHAR NOT NULL, role VARCHAR NOT NULL, position INTEGER NOT NULL, actor_id VARCHAR,
    name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR, title VARCHAR, resolution VARCHAR,
    text VARCHAR);
CREATE TABLE mentions (
    event_id VARCHAR NOT NULL, position INTEGER NOT NULL, doc_id VARCHAR, path VARCHAR, url VARCHAR,
    published VARCHAR, sentence VARCHAR, start_offset INTEGER, end_offset INTEGER);
CREATE TABLE event_sources (event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL);
CREATE TABLE kb_people (id VARCHAR PRIMARY KEY, data VARCHAR);
CREATE TABLE kb_orgs (code VARCHAR PRIMARY KEY, data VARCHAR);
"""
# Added after schema version 1 was released: created on open when missing (an additive change, no version bump).
_DICTIONARIES = """
CREATE TABLE IF NOT EXISTS kb_dictionaries (
    kind VARCHAR NOT NULL, name VARCHAR NOT NULL, sha1 VARCHAR, text VARCHAR, PRIMARY KEY (kind, name));
"""
TABLES = ("documents", "events", "actors", "event_actors", "mentions", "event_sources", "kb_people", "kb_orgs",
          "kb_dictionaries")

_EVENT_COLS = (
    "id", "event_type", "cameo", "status", "mode", "context", "date", "date_lo", "date_hi", "date_precision",
    "date_text", "date_rule", "confidence", "rule", "trigger_text", "trigger_start", "trigger_end",
    "location_name", "location_country", "location_lat", "location_lon", "location_resolution", "location_text",
    "actor_refs", "recipient_refs", "n_sources")
# The column orders below are relied on when rows are unpacked in _load_events.
_EA_COLS = ("event_id", "role", "position", "actor_id", "name", "kind", "country", "sector", "title",
            "resolution", "text")
_MENTION_COLS = ("event_id", "position", "doc_id", "path", "url", "published", "sentence", "start_offset",
                 "end_offset")
_DOC_COLS = ("id", "path", "url", "title", "source", "published", "published_rule", "body_start", "text")
_CHUNK = 2000  # events loaded per round of lookups (each round scans the child tables once)
_INT_COLS = {"body_start", "trigger_start", "trigger_end", "n_sources", "position", "start_offset", "end_offset"}
_DOUBLE_COLS = {"confidence", "location_lat", "location_lon"}
_TYPES: dict[str, dict[str, str]] = {
    t: {c: "BIGINT" if c in _INT_COLS else "DOUBLE" if c in _DOUBLE_COLS else "VARCHAR" for c in cols}
    for t, cols in (("documents", _DOC_COLS), ("events", _EVENT_COLS), ("event_actors", _EA_COLS),
                    ("mentions", _MENTION_COLS), ("event_sources", ("event_id", "doc_id")),
                    ("actors", ("id", "name", "kind", "country", "sector")))}


def _refs_json(refs: list[ActorRef]) -> str:
    return json.dumps([[r.text, r.start, r.end, r.head] for r in refs], ensure_ascii=False)


def _refs_from(raw: str | None) -> list[ActorRef]:
    if not raw or raw == "[]":
        return []
    return [ActorRef(text=t, start=s, end=e, head=h) for t, s, e, h in json.loads(raw or "[]")]


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
        if not tables:
            self._con.execute("BEGIN TRANSACTION")
            try:
                self._con.execute(_SCHEMA)
                self._con.execute(_DICTIONARIES)
                self._con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
                self._con.execute("COMMIT")
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
            self._has_dictionaries = True
            return
        if "meta" not in tables:
            raise SchemaMismatch(f"{self.path} is a DuckDB database but not a communique store (no meta table)",
                                 "Use a new file for the store (--db new.duckdb)")
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        found = row[0] if row else None
        if found != str(SCHEMA_VERSION):
            raise SchemaMismatch(
                f"{self.path} was written with store schema version {found}, this communique reads version "
                f"{SCHEMA_VERSION}",
                "Re-ingest the articles into a new store file (--db new.duckdb), or use the communique version "
                "that wrote it")
        self._has_dictionaries = "kb_dictionaries" in tables
        if not self._has_dictionaries and not self.read_only:
            self._con.execute(_DICTIONARIES)
            self._has_dictionaries = True

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
            self._conn = None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


    # ----------------------------------------------------------------------------------------- documents

    def has_document(self, doc_id: str) -> bool:
        return self._con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def document_ids(self) -> set[str]:
        return {r[0] for r in self._con.execute("SELECT id FROM documents").fetchall()}

    def get_document(self, doc_id: str) -> Document | None:
        row = self._con.execute(f"SELECT {', '.join(_DOC_COLS)} FROM documents WHERE id = ?", [doc_id]).fetchone()
        return Document(**dict(zip(_DOC_COLS, row, strict=True))) if row else None

    # ----------------------------------------------------------------------------------------- writing

    def _insert(self, table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows column-wise: one list parameter per column, zipped by unnest (far faster than VALUES)."""
        if not rows:
            return
        columns = [list(c) for c in zip(*rows, strict=True)]
        select = ", ".join(f"unnest(?::{_TYPES[table][c]}[])" for c in cols)
        self._con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select}", columns)

    def _delete_events(self, ids: list[str]) -> None:
        """Remove the stored rows of those events (only ids already stored cost a delete)."""
        existing = [r[0] for r in self._con.execute(
            "SELECT id FROM events WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()]
        if not existing:
            return
        for table in ("events", "event_actors", "mentions", "event_sources"):
            col = "id" if table == "events" else "event_id"
            self._con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT unnest(?::VARCHAR[]))", [existing])

    def _insert_documents(self, documents: list[Document]) -> None:
        known = self._existing_documents([d.id for d in documents])
        rows, seen = [], set(known)
        for d in documents:
            if d.id in seen:
                continue
            seen.add(d.id)
            rows.append([getattr(d, c) for c in _DOC_COLS])
        self._insert("documents", _DOC_COLS, rows)

    def _existing_documents(self, ids: list[str]) -> set[str]:
        return {r[0] for r in self._con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}

    def _insert_events(self, events: list[Event]) -> None:
        ev_rows, ea_rows, m_rows, s_rows = [], [], [], []
        actors: dict[str, Actor] = {}
        for ev in events:
            loc, trig = ev.location, ev.trigger
            ev_rows.append([
                ev.id, ev.event_type, ev.cameo, ev.status, ev.mode, json.dumps(ev.context, ensure_ascii=False),
                ev.date, date_low(ev.date), date_high(ev.date), ev.date_precision, ev.date_text, ev.date_rule,
                ev.confidence, ev.rule, trig.text if trig else None, trig.start if trig else None,
                trig.end if trig else None, loc.name if loc else None, loc.country if loc else None,
                loc.lat if loc else None, loc.lon if loc else None, loc.resolution if loc else None,
                ev.location_text, _refs_json(ev.actor_refs), _refs_json(ev.recipient_refs), ev.sources])
            for role, group in (("actor", ev.actors), ("recipient", ev.recipients)):
                for i, a in enumerate(group):
                    ea_rows.append([ev.id, role, i, a.id, a.name, a.kind, a.country, a.sector, a.role,
                                    a.resolution, a.text])
                    if a.id is not None:
                        actors[a.id] = a
            for i, m in enumerate(ev.mentions):
                m_rows.append([ev.id, i, m.doc_id, m.path, m.url, m.published, m.sentence, m.start, m.end])
            for doc_id in sorted({m.doc_id for m in ev.mentions}):
                s_rows.append([ev.id, doc_id])
        self._insert("events", _EVENT_COLS, ev_rows)
        self._insert("event_actors", _EA_COLS, ea_rows)
        self._insert("mentions", _MENTION_COLS, m_rows)
        self._insert("event_sources", ("event_id", "doc_id"), s_rows)
        self._upsert_actors(list(actors.values()))

    def _upsert_actors(self, actors: list[Actor]) -> None:
        """Canonical actor rows: bulk-insert new ids, update only rows whose name/kind/country/sector changed.

        The name is the id's display name over all its stored event rows (``display_names``), so one id is shown
        under one name whichever report is listed; each row keeps the name its report gave (the audit trail).
        """
        ids = [a.id for a in actors]
        names = display_names(self._con.execute(
            "SELECT actor_id, name, kind, count(*) FROM event_actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[])) "
            "GROUP BY ALL", [ids]).fetchall())
        stored = {r[0]: tuple(r[1:]) for r in self._con.execute(
            "SELECT id, name, kind, country, sector FROM actors WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [ids]).fetchall()}
        rows = {a.id: (names.get(a.id or "", a.name), a.kind, a.country, a.sector) for a in actors}
        fresh = [[aid, *row] for aid, row in rows.items() if aid not in stored]
        self._insert("actors", ("id", "name", "kind", "country", "sector"), fresh)
        for aid, row in rows.items():
            if aid in stored and stored[aid] != row:
                self._con.execute("UPDATE actors SET name = ?, kind = ?, country = ?, sector = ? WHERE id = ?",
                                  [*row, aid])

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

    def _rollback(self) -> None:
        try:
            self._con.execute("ROLLBACK")
        except duckdb.Error:  # no transaction left to roll back: the original error matters, not this one
            pass

    # ----------------------------------------------------------------------------------------- reading events

    def _load_events(self, ids: list[str], display: bool = True) -> list[Event]:
        """Full Event objects for ids, in the order given; ``display``: participants under their id's display
        name (``actors.name``), else as their report named them."""
        out: dict[str, Event] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            marks = "SELECT unnest(?::VARCHAR[])"
            for row in self._con.execute(
                    f"SELECT {', '.join(_EVENT_COLS)} FROM events WHERE id IN ({marks})", [chunk]).fetchall():
                ev = self._event_from_row(dict(zip(_EVENT_COLS, row, strict=True)))
                out[ev.id or ""] = ev
            cols = ", ".join(f"x.{c}" for c in _EA_COLS)
            if display:
                # group ids are coarse country+sector keys: a group keeps its report's own name (see
                # with_display_names)
                cols = cols.replace("x.name", f"CASE WHEN x.actor_id LIKE '{GROUP_PREFIX}%' THEN x.name "
                                              "ELSE coalesce(a.name, x.name) END")
            for row in self._con.execute(
                    f"SELECT {cols} FROM event_actors x LEFT JOIN actors a ON a.id = x.actor_id "
                    f"WHERE x.event_id IN ({marks}) ORDER BY x.event_id, x.role, x.position", [chunk]).fetchall():
                event_id, role, _, aid, name, kind, country, sector, title, resolution, text = row
                actor = Actor(aid, name, kind, country, sector, title, resolution, text)
                ev = out[event_id]
                (ev.actors if role == "actor" else ev.recipients).append(actor)
            for row in self._con.execute(
                    f"SELECT {', '.join(_MENTION_COLS)} FROM mentions WHERE event_id IN ({marks}) "
                    "ORDER BY event_id, position", [chunk]).fetchall():
                out[row[0]].mentions.append(Mention(*row[2:]))
        return [out[i] for i in ids if i in out]

    @staticmethod
    def _event_from_row(r: dict[str, Any]) -> Event:
        loc = None
        if r["location_name"] is not None:
            loc = Location(name=r["location_name"], country=r["location_country"], lat=r["location_lat"],
                           lon=r["location_lon"], resolution=r["location_resolution"])
        trig = None
        if r["trigger_text"] is not None:
            trig = Span(text=r["trigger_text"], start=r["trigger_start"], end=r["trigger_end"])
        return Event(
            event_type=r["event_type"], cameo=r["cameo"], status=r["status"], mode=r["mode"],
            context=[] if r["context"] in (None, "[]") else json.loads(r["context"]), date=r["date"], date_precision=r["date_precision"],
            date_text=r["date_text"], location=loc, confidence=r["confidence"], id=r["id"], rule=r["rule"],
            trigger=trig, actor_refs=_refs_from(r["actor_refs"]), recipient_refs=_refs_from(r["recipient_refs"]),
            date_rule=r["date_rule"], location_text=r["location_text"])

    def _ids(self, where: str, params: list[Any], limit: int | None = None, listing: bool = True) -> list[str]:
        """Ids of matching events; a ``listing`` is in ``sort_key`` order (by date, then first report), merge
        candidates only need a stable order (by date, then id), without the per-event look-up of first reports."""
        first_report = "(SELECT min(m.published) FROM mentions m WHERE m.event_id = e.id) ASC NULLS LAST, " \
            if listing else ""
        sql = f"SELECT id FROM events e WHERE {where} ORDER BY date_lo ASC NULLS LAST, {first_report}id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self._con.execute(sql, params).fetchall()]

    def _stream(self, ids: list[str]) -> Iterator[Event]:
        for i in range(0, len(ids), _CHUNK):
            yield from self._load_events(ids[i:i + _CHUNK])

    def candidate_events(
        self, event_type: str, date_from: str | None, date_to: str | None, include_undated: bool,
        sharing: Sharing | None = None,
    ) -> list[Event]:
        """Stored events of a type whose (partial) date may fall in [date_from, date_to]; optionally undated ones;
        with ``sharing``, only those it admits. Names are as each report gave them (they are written back)."""
        dated = "TRUE"
        params: list[Any] = [event_type]
        if date_from is not None:
            dated += " AND date_hi >= ?"
            params.append(date_low(date_from))
        if date_to is not None:
            dated += " AND date_lo <= ?"
            params.append(date_high(date_to))
        cond = f"(date_lo IS NOT NULL AND {dated})"
        if include_undated:
            # undated events qualify when one of their reports was published inside the window
            undated = "date_lo IS NULL"
            if date_from is not None or date_to is not None:
                pub = ["published IS NOT NULL"]
                if date_from is not None:
                    pub.append("published >= ?")
                    params.append(date_low(date_from))
                if date_to is not None:
                    pub.append("published <= ?")
                    params.append(date_high(date_to))
                undated += f" AND id IN (SELECT event_id FROM mentions WHERE {' AND '.join(pub)})"
            cond = f"({cond} OR ({undated}))"
        if sharing is not None:
            cond += (" AND (id IN (SELECT event_id FROM event_actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[])))"
                     " OR lower(trim(location_name)) IN (SELECT unnest(?::VARCHAR[]))"
                     " OR id IN (SELECT event_id FROM event_sources WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))))")
            params += [sorted(sharing.actor_ids), sorted(sharing.places), sorted(sharing.doc_ids)]
        return self._load_events(self._ids(f"event_type = ? AND {cond}", params, listing=False), display=False)

    @staticmethod
    def _where(q: EventQuery) -> tuple[str, list[Any]]:
        """The SQL condition (on ``events e``) and parameters of a query (see ``base.event_matches``)."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if q.event_type is not None:
            where.append("event_type = ?")
            params.append(q.event_type)
        if q.status is not None:
            where.append("status = ?")
            params.append(q.status)
        if q.country is not None:
            where.append("id IN (SELECT event_id FROM event_actors WHERE country = ?)")
            params.append(q.country)
        if q.actor is not None:
            where.append("id IN (SELECT event_id FROM event_actors WHERE actor_id = ? OR contains(strip_accents(lower(name)), "
                         "strip_accents(lower(?))) OR contains(strip_accents(lower(coalesce(text, ''))), "
                         "strip_accents(lower(?))) OR actor_id IN (SELECT id FROM actors WHERE "
                         "contains(strip_accents(lower(name)), strip_accents(lower(?)))))")
            params += [q.actor, q.actor, q.actor, q.actor]
        if q.since is not None:
            where.append("date_lo IS NOT NULL AND date_lo >= ?")
            params.append(date_low(q.since))
        if q.until is not None:
            where.append("date_hi IS NOT NULL AND date_hi <= ?")
            params.append(date_high(q.until))
        if q.dated is not None:
            where.append("date_lo IS NOT NULL" if q.dated else "date_lo IS NULL")
        first = "(SELECT substr(min(m.published), 1, 10) FROM mentions m WHERE m.event_id = e.id)"
        if q.reported_since is not None:
            where.append(f"{first} >= ?")
            params.append(date_low(q.reported_since))
        if q.reported_until is not None:
            where.append(f"{first} <= ?")
            params.append(date_high(q.reported_until))
        return " AND ".join(where), params

    def query_events(self, q: EventQuery) -> Iterator[Event]:
        where, params = self._where(q)
        return self._stream(self._ids(where, params, q.limit))

    def count_events(self, q: EventQuery) -> int:
        where, params = self._where(q)
        row = self._con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()
        return int(row[0]) if row else 0

    def get_event(self, event_id: str) -> Event | None:
        found = self._load_events([event_id])
        return found[0] if found else None

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
            ids = self._ids(f"id IN (SELECT event_id FROM event_actors WHERE {cond})", [name_or_id] * (
                1 if cond == "actor_id = ?" else 2))
            if ids:
                return self._load_events(ids)
        return []

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


def person_from_json(raw: str) -> PersonEntry:
    d = json.loads(raw)
    d["aliases"] = tuple(d.get("aliases", ()))
    d["positions"] = tuple(Position(**p) for p in d.get("positions", ()))
    return PersonEntry(**d)


def org_from_json(raw: str) -> OrgEntry:
    d = json.loads(raw)
    d["aliases"] = tuple(d.get("aliases", ()))
    return OrgEntry(**d)

