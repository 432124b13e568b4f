"""Exports open in the tools their users use (pandas/pyarrow, the csv module, networkx, sqlite3) with the right
columns and values."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import ExportError
from communique.export import _write, build_tables, export_events
from communique.export.layouts import ICEWS_COLUMNS, POLECAT_COLUMNS
from communique.export.rows import DYAD_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS
from communique.records import Document
from communique.store import DuckDBStore, EventQuery, MemoryStore, Store
from tests.helpers.hand_events import ACCUSE, fill

pd = pytest.importorskip("pandas")
nx = pytest.importorskip("networkx")


@pytest.fixture(params=["memory", "duckdb"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s: Store = MemoryStore() if request.param == "memory" else DuckDBStore(tmp_path / "s.duckdb")
    with s:
        yield fill(s)


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_export_parquet_events_every_field(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    report = export_events(store, EventQuery(), "parquet", out)
    assert report.events == 4 and report.rows == {"events": 4}
    df = pd.read_parquet(out)  # pyarrow engine
    assert list(df.columns) == list(EVENT_COLUMNS)
    rows = {r["id"]: r for r in df.to_dict("records")}
    meet = rows["ev_meet"]
    assert list(meet["actor_ids"]) == ["person:jeyhun-bayramov", "person:antonio-guterres"]
    assert list(meet["actor_countries"]) == ["AZE", "UNO"] and list(meet["recipient_ids"]) == []
    assert meet["location_lat"] == pytest.approx(40.7143) and meet["sources"] == 2 and meet["mentions"] == 2
    assert list(meet["urls"]) == ["https://a.example/talks", "https://b.example/row"]
    assert meet["reported"] == "2022-09-20" and meet["last_reported"] == "2022-09-21"
    assert meet["cameo_label"] == "Consult" and meet["quad_class"] == 1
    sanction = rows["ev_sanction"]
    assert (sanction["date"], sanction["date_precision"], sanction["date_start"], sanction["date_end"]) == (
        "2022-09", "month", "2022-09-01", "2022-09-30")
    assert sanction["quad_class"] == 4 and pd.isna(sanction["location_lat"])
    accuse = rows["ev_accuse"]
    assert pd.isna(accuse["date"]) and list(accuse["context"]) == ["military"]
    assert list(accuse["recipient_names"]) == ["Ukraine", "Jeyhun Bayramov"]
    assert list(rows["ev_protest"]["actor_ids"]) == [None]  # an unresolved party keeps its slot


def test_export_parquet_dyads_and_mentions_tables(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    export_events(store, EventQuery(), "parquet", tmp_path / "d.parquet", table="dyads")
    dyads = pq.read_table(tmp_path / "d.parquet").to_pylist()
    assert list(dyads[0]) == list(DYAD_COLUMNS)
    pairs = sorted((d["event_id"], d["actor_name"], d["recipient_name"], d["dyad_kind"]) for d in dyads)
    assert pairs == [
        ("ev_accuse", "Russia", "Jeyhun Bayramov", "directed"), ("ev_accuse", "Russia", "Ukraine", "directed"),
        ("ev_meet", "António Guterres", "Jeyhun Bayramov", "mutual"),
        ("ev_meet", "Jeyhun Bayramov", "António Guterres", "mutual"),
        ("ev_protest", "protesters", None, "single"), ("ev_sanction", "European Union", "Russia", "directed")]
    export_events(store, EventQuery(), "parquet", tmp_path / "m.parquet", table="mentions")
    mentions = pq.read_table(tmp_path / "m.parquet").to_pylist()
    assert list(mentions[0]) == list(MENTION_COLUMNS) and len(mentions) == 5
    accuse = next(m for m in mentions if m["event_id"] == "ev_accuse")
    assert accuse["sentence"] == ACCUSE and accuse["title"] == "A row <b>&</b> sanctions"
    assert accuse["source"] == "Wire B" and accuse["url"] == "https://b.example/row"
    assert accuse["sentence"][accuse["trigger_start"]:accuse["trigger_end"]] == "accused"
    meet2 = [m for m in mentions if m["event_id"] == "ev_meet"][1]
    assert meet2["sentence"][meet2["trigger_start"]:meet2["trigger_end"]] == "met"  # found by its words


def test_export_csv_dyads_keep_lists_aligned(store: Store, tmp_path: Path) -> None:
    export_events(store, EventQuery(), "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    assert rows["ev_accuse"]["recipient_ids"] == "country:UKR; person:jeyhun-bayramov"
    assert rows["ev_accuse"]["recipient_roles"] == "; Foreign Minister"  # the empty slot is kept
    assert rows["ev_accuse"]["date"] == "" and rows["ev_meet"]["location_lon"] == "-74.006"
    export_events(store, EventQuery(), "csv", tmp_path / "d.csv", table="dyads")
    with (tmp_path / "d.csv").open(encoding="utf-8", newline="") as f:
        dyads = list(csv.DictReader(f))
    assert len(dyads) == 6 and {d["dyad_kind"] for d in dyads} == {"directed", "mutual", "single"}


def test_export_jsonl_mentions_rows(store: Store, tmp_path: Path) -> None:
    export_events(store, EventQuery(event_type="CONSULT"), "jsonl", tmp_path / "m.jsonl", table="mentions")
    rows = [json.loads(x) for x in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["position"], r["start"], r["title"]) for r in rows] == [
        ("doc_a", 0, 100, "Talks in New York"), ("doc_b", 1, 10, "A row <b>&</b> sanctions")]


def test_export_polecat_layout(store: Store, tmp_path: Path) -> None:
    report = export_events(store, EventQuery(), "polecat", tmp_path / "p.tsv")
    assert report.rows == {"dyads": 6}
    rows = _tsv(tmp_path / "p.tsv")
    assert tuple(rows[0]) == POLECAT_COLUMNS and len(POLECAT_COLUMNS) == 40
    sanction = next(r for r in rows if r["Event ID"] == "ev_sanction")
    assert sanction["Event Date"] == ""  # a month is not a day: the layout has no precision column
    assert (sanction["Event Type"], sanction["Quad Code"], sanction["Actor Country"], sanction["Recipient Name"]) == (
        "SANCTION", "4", "EUR", "Russia")
    meet = next(r for r in rows if r["Event ID"] == "ev_meet")
    assert (meet["Event Date"], meet["City"], meet["Latitude"], meet["Publication Date"], meet["Source"]) == (
        "2022-09-19", "New York City", "40.7143", "2022-09-20", "Wire A")
    accuse = next(r for r in rows if r["Event ID"] == "ev_accuse")
    assert (accuse["Event Mode"], accuse["Contexts"], accuse["Actor Name Raw"]) == ("disapprove", "military", "Moscow")


def test_export_icews_layout(store: Store, tmp_path: Path) -> None:
    export_events(store, EventQuery(), "icews", tmp_path / "i.tsv")
    rows = _tsv(tmp_path / "i.tsv")
    assert tuple(rows[0]) == ICEWS_COLUMNS and len(ICEWS_COLUMNS) == 20
    accuse = [r for r in rows if r["Event ID"] == "ev_accuse"]
    assert [(r["Source Country"], r["Target Name"], r["Target Country"]) for r in accuse] == [
        ("Russia", "Ukraine", "Ukraine"), ("Russia", "Jeyhun Bayramov", "Azerbaijan")]
    assert accuse[0]["CAMEO Code"] == "112" and accuse[0]["Event Text"].startswith("Accuse")
    assert accuse[0]["Story ID"] == "doc_b" and accuse[0]["Publisher"] == "Wire B"
    meet = next(r for r in rows if r["Event ID"] == "ev_meet")
    assert (meet["Source Country"], meet["Country"], meet["City"]) == ("Azerbaijan", "United States", "New York City")
    sanction = next(r for r in rows if r["Event ID"] == "ev_sanction")
    assert sanction["Source Country"] == "European Union"  # a PLOVER pseudo-country, by name


def test_export_graphml_network(store: Store, tmp_path: Path) -> None:
    report = export_events(store, EventQuery(), "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert report.rows == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    assert g.nodes["person:jeyhun-bayramov"]["name"] == "Jeyhun Bayramov"
    assert g.nodes["person:jeyhun-bayramov"]["events"] == 2 and g.nodes["org:EUR"]["country"] == "EUR"
    assert "unresolved:protesters" in g
    assert g.has_edge("person:jeyhun-bayramov", "person:antonio-guterres")
    assert g.has_edge("person:antonio-guterres", "person:jeyhun-bayramov")  # a meeting goes both ways
    edge = g.edges["org:EUR", "country:RUS"]
    assert (edge["weight"], edge["event_types"], edge["first_date"], edge["last_date"]) == (
        1, "SANCTION", "2022-09-01", "2022-09-01")
    assert g.edges["country:RUS", "country:UKR"]["event_ids"] == "ev_accuse"


def test_export_sqlite_every_table(store: Store, tmp_path: Path) -> None:
    report = export_events(store, EventQuery(), "sqlite", tmp_path / "x.sqlite")
    assert report.rows == {"events": 4, "dyads": 6, "mentions": 5, "actors": 5}  # resolved ones
    con = sqlite3.connect(tmp_path / "x.sqlite")
    try:
        cols = [r[1] for r in con.execute("PRAGMA table_info(events)")]
        assert cols == list(EVENT_COLUMNS)
        hits = con.execute("SELECT e.id FROM events e, json_each(e.actor_ids) j WHERE j.value = ? ORDER BY e.id",
                           ["person:jeyhun-bayramov"]).fetchall()
        assert hits == [("ev_meet",)]
        assert con.execute("SELECT confidence, sources FROM events WHERE id = 'ev_meet'").fetchone() == (0.95, 2)
        assert con.execute("SELECT name, events FROM actors WHERE id = 'country:RUS'").fetchone() == ("Russia", 2)
        assert dict(con.execute("SELECT key, value FROM meta").fetchall())["communique_version"]
    finally:
        con.close()


def test_export_filters_and_overwrite(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    out.write_text("old", encoding="utf-8")
    report = export_events(store, EventQuery(reported_since="2022-09-21"), "csv", out)
    assert report.events == 2  # the accusation and the protest, undated but reported that day
    with out.open(encoding="utf-8", newline="") as f:
        assert sorted(r["id"] for r in csv.DictReader(f)) == ["ev_accuse", "ev_protest"]


@pytest.mark.parametrize(("fmt", "table", "path", "message"), [
    ("csv", "events", "missing/e.csv", "no folder"),
    ("polecat", "mentions", "p.tsv", "applies to parquet, csv, jsonl only"),
    ("xlsx", "events", "e.xlsx", "unknown export format"),
    ("csv", "events", ".", "is a folder"),
])
def test_export_errors_name_the_fix(store: Store, tmp_path: Path, fmt: str, table: str, path: str,
                                    message: str) -> None:
    with pytest.raises(ExportError, match=message) as exc:
        export_events(store, EventQuery(), fmt, tmp_path / path, table=table)
    assert exc.value.fix


class _CountingStore(MemoryStore):
    """Counts document look-ups: one by one, and in bulk."""

    def __init__(self) -> None:
        super().__init__()
        self.single, self.bulk = 0, 0

    def get_document(self, doc_id: str) -> Document | None:
        self.single += 1
        return super().get_document(doc_id)

    def get_documents(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        self.bulk += 1
        return super().get_documents(doc_ids)


_OUTPUTS = [(f, t) for f in ("parquet", "csv", "jsonl") for t in ("events", "dyads", "mentions")] + [
    ("polecat", "events"), ("icews", "events"), ("graphml", "events")]


@pytest.mark.parametrize(("fmt", "table"), _OUTPUTS, ids=lambda v: str(v))
def test_export_files_equal_those_of_every_table_built(store: Store, tmp_path: Path, fmt: str, table: str) -> None:
    """An export builds only the tables its format writes and reads the reports' documents in one look-up: the
    file is byte for byte the one written from every table, built with a look-up per document."""
    q = EventQuery(since="2000")
    report = export_events(store, q, fmt, tmp_path / "fast", table)
    full = build_tables(store.query_events(q), store.get_document)
    assert _write(full, fmt, tmp_path / "full", table, q) == report.rows
    assert (tmp_path / "fast").read_bytes() == (tmp_path / "full").read_bytes()
    assert report.events == len(full.events) == 2


def test_export_reads_documents_in_one_lookup_and_only_for_reports(tmp_path: Path) -> None:
    store = _CountingStore()
    fill(store)
    export_events(store, EventQuery(), "jsonl", tmp_path / "m.jsonl", table="mentions")
    assert (store.single, store.bulk) == (0, 1)
    export_events(store, EventQuery(), "jsonl", tmp_path / "e.jsonl")  # no document in the events table
    export_events(store, EventQuery(), "csv", tmp_path / "d.csv", table="dyads")
    assert (store.single, store.bulk) == (0, 1)


def test_export_cli_writes_and_counts_undated(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with DuckDBStore(db) as s:
        fill(s)
    res = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv", "--dyads", "--since", "2022",
                                    "-o", str(tmp_path / "d.csv")])
    assert res.exit_code == 0, res.output
    assert "wrote" in res.stderr and "3 dyads from 2 events" in res.stderr
    assert "2 undated events left out by --since" in res.stderr
    bad = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv", "--dyads", "--table", "mentions",
                                    "-o", str(tmp_path / "d.csv")])
    assert bad.exit_code == 2 and "--dyads contradicts --table mentions" in bad.output


@pytest.mark.slow
def test_export_examples_every_format_opens(tmp_path: Path) -> None:
    """The examples, ingested for real, in every format: the row counts agree across the tools that read them."""
    import pyarrow.parquet as pq

    examples = Path(__file__).resolve().parents[2] / "examples"
    db = tmp_path / "ex.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(examples), "--db", str(db), "--quiet"]).exit_code == 0
    out = {f: tmp_path / f"x.{f}" for f in ("parquet", "csv", "jsonl", "polecat", "icews", "graphml", "sqlite")}
    for fmt, path in out.items():
        res = runner.invoke(main, ["export", "--db", str(db), "--format", fmt, "-o", str(path)])
        assert res.exit_code == 0, res.output
    with DuckDBStore(db, read_only=True) as s:
        n_events = s.count_events(EventQuery())
        ids = {e.id for e in s.query_events(EventQuery())}
    assert pq.read_table(out["parquet"]).num_rows == n_events
    assert set(pd.read_csv(out["csv"])["id"]) == ids
    assert len(out["jsonl"].read_text(encoding="utf-8").splitlines()) == n_events
    con = sqlite3.connect(out["sqlite"])
    n_dyads = con.execute("SELECT count(*) FROM dyads").fetchone()[0]
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == n_events
    con.close()
    for layout in ("polecat", "icews"):
        rows = _tsv(out[layout])
        assert len(rows) == n_dyads and {r["Event ID"] for r in rows} == ids
    g = nx.read_graphml(out["graphml"])
    assert g.number_of_nodes() > 0 and all("name" in d for _, d in g.nodes(data=True))


def test_export_schema_doc_names_every_table_and_column(tmp_path: Path) -> None:
    """docs/SCHEMA.md documents every table and column of a fresh store."""
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
    with DuckDBStore(tmp_path / "s.duckdb") as s:
        cols = s._con.execute("SELECT table_name, column_name FROM information_schema.columns").fetchall()
    tables = {t for t, _ in cols}
    assert len(tables) == 10
    headings = set(re.findall(r"^## (.+)$", doc, re.M))
    for table, column in cols:
        assert any(table in h.split(", ") for h in headings), f"docs/SCHEMA.md has no section for {table}"
        assert re.search(rf"\|[^|\n]*\b{column}\b[^|\n]*\|", doc), f"docs/SCHEMA.md lacks {table}.{column}"


def test_export_codes_doc_lists_every_kb_code() -> None:
    """docs/CODES.md lists every sector and pseudo-country the bundled knowledge base writes."""
    import re
    from importlib import resources

    doc = (Path(__file__).resolve().parents[2] / "docs" / "CODES.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([A-Z]{3})` \|", doc, re.M))
    data = resources.files("communique.kb").joinpath("data")
    roles = json.loads(data.joinpath("roles.json").read_text("utf-8"))
    orgs = json.loads(data.joinpath("organizations.json").read_text("utf-8"))
    sectors = {r["sector"] for r in roles} | {o["sector"] for o in orgs if o.get("sector")}
    pseudo = {line.split("|")[0] for line in data.joinpath("manual", "pseudo_countries.psv").read_text("utf-8")
              .splitlines() if line and not line.startswith("#")}
    assert sectors <= listed, sorted(sectors - listed)
    assert pseudo <= listed and {"IGO", "UNO", "EUR", "NGO", "GOV", "MIL", "CVL"} <= listed
