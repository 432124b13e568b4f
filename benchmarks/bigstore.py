"""Generate a synthetic communique store of N events (default 1,000,000) for query benchmarks.

Usage: python benchmarks/bigstore.py OUT.duckdb [--events N] [--actors A] [--seed S]

The store is created by ``DuckDBStore`` (the real schema, indexes and layout) and filled with DuckDB bulk
``INSERT ... SELECT`` statements over ``range(N)``, rows in the layout's date order (as a chronological ingest
writes them; ``DuckDBStore.recluster`` brings any other store to it); then each event's record is built from its
rows by the store's own SQL (``duckdb_layout.fill_records``, as a write does) and the look-up indexes are built.
Every "random" draw is a hash of the row number and a salt, so a seed gives the same store on any machine.

Distributions (chosen to look like a news event database, not measured from one):
- actors: A ids (default 3,000): the first 120 are countries, then people, organisations and groups, each with
  a country (Zipf-like over 120 ISO3 codes) and a sector; participants are drawn Zipf-like (P(rank k) ~ 1/k),
  so a few actors are in a large share of the events and most in a handful;
- 16 PLOVER types with a skew (CONSULT and ACCUSE common, RETREAT and CONCEDE rare);
- dates over 10 years (2015-2024), more events in later years; 88% day precision, 4% week, 4% month, 1% year,
  3% undated; each event has 1 or 2 actors, a recipient 70% of the time, 1-5 reports (mentions) from
  documents published on the event's day or up to two days later (about 2.5 events per document).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from communique.records import PLOVER_TYPES  # noqa: E402
from communique.store import duckdb_layout as layout  # noqa: E402
from communique.store.duckdb import DuckDBStore  # noqa: E402

TYPE_WEIGHTS = {  # relative frequencies of the 16 PLOVER types
    "AGREE": 8, "CONSULT": 22, "SUPPORT": 7, "CONCEDE": 1, "COOPERATE": 6, "AID": 4, "RETREAT": 1,
    "REQUEST": 8, "ACCUSE": 14, "REJECT": 5, "THREATEN": 4, "PROTEST": 6, "SANCTION": 3, "MOBILIZE": 2,
    "COERCE": 4, "ASSAULT": 5,
}
COUNTRIES = (
    "USA RUS CHN GBR FRA DEU UKR ISR IRN IND JPN TUR PAK SYR IRQ AFG KOR PRK SAU EGY ITA ESP CAN AUS BRA MEX "
    "NGA ZAF KEN ETH SDN SSD SOM LBY YEM LBN JOR PSE QAT ARE KWT OMN BHR AZE ARM GEO BLR POL HUN ROU BGR SRB "
    "HRV BIH GRC CYP NLD BEL CHE AUT SWE NOR FIN DNK IRL PRT CZE SVK LTU LVA EST MDA KAZ UZB KGZ TJK TKM MNG "
    "VNM THA MYS IDN PHL SGP MMR KHM LAO BGD LKA NPL ARG CHL COL VEN PER ECU BOL CUB HTI NIC GTM HND SLV PAN "
    "DZA MAR TUN MLI NER TCD BFA CMR COD UGA RWA TZA ZWE MOZ AGO").split()
SECTORS = ("GOV", "MIL", "GOV", "OPP", "BUS", "MED", "CVL", "REB", "JUD", "LEG", "IGO", "NGO")
START_YEAR, YEARS = 2015, 10


def _u(expr: str, salt: int) -> str:
    """A uniform draw in [0, 1) from a hash of ``expr`` and a salt (deterministic, thread-independent)."""
    return f"((hash({expr}, {salt}) % 1000003) / 1000003.0)"


def _zipf(expr: str, salt: int, n: int) -> str:
    """A rank in [0, n) with P(k) ~ 1/(k+1): log-uniform over 1..n."""
    return f"least({n - 1}, CAST(floor(exp({_u(expr, salt)} * ln({n}))) AS BIGINT) - 1)"


def _type_case(expr: str) -> str:
    total = sum(TYPE_WEIGHTS.values())
    acc, parts = 0, []
    for t in PLOVER_TYPES:
        acc += TYPE_WEIGHTS[t]
        parts.append(f"WHEN {expr} < {acc / total:.6f} THEN '{t}'")
    return "CASE " + " ".join(parts) + f" ELSE '{PLOVER_TYPES[-1]}' END"


def _stage(con: object, n_events: int, n_actors: int, seed: int) -> None:
    """Temporary tables: actors (a), events with their drawn attributes (g)."""
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    sectors = "[" + ", ".join(f"'{s}'" for s in SECTORS) + "]"
    nc = len(COUNTRIES)
    q = con.execute  # type: ignore[attr-defined]
    q(f"""CREATE TEMP TABLE a AS SELECT i,
        CASE WHEN i < {nc} THEN 'country:' || {countries}[i + 1]
             WHEN i % 10 < 6 THEN 'person:synthetic-' || i
             WHEN i % 10 < 9 THEN 'org:SYN' || i ELSE 'group:SYN-' || i END AS id,
        CASE WHEN i < {nc} THEN 'Country ' || {countries}[i + 1]
             WHEN i % 10 < 6 THEN 'Person ' || i WHEN i % 10 < 9 THEN 'Organisation ' || i
             ELSE 'Group ' || i END AS name,
        CASE WHEN i < {nc} THEN 'country' WHEN i % 10 < 6 THEN 'person' WHEN i % 10 < 9 THEN 'organization'
             ELSE 'group' END AS kind,
        CASE WHEN i < {nc} THEN {countries}[i + 1] ELSE {countries}[{_zipf('i', seed + 1, nc)} + 1] END AS country,
        CASE WHEN i < {nc} THEN NULL ELSE {sectors}[CAST(floor({_u('i', seed + 2)} * {len(SECTORS)}) AS BIGINT) + 1]
             END AS sector
        FROM range({n_actors}) t(i)""")
    day = f"(DATE '{START_YEAR}-01-01' + CAST(floor(sqrt({_u('i', seed + 3)}) * {365 * YEARS}) AS INTEGER))"
    q(f"""CREATE TEMP TABLE g AS SELECT i, 'ev_' || substr(md5(i::VARCHAR || '-{seed}'), 1, 16) AS id,
        {_type_case(_u('i', seed + 4))} AS event_type, {day} AS day, {_u('i', seed + 5)} AS p,
        {_zipf('i', seed + 6, n_actors)} AS a1, {_zipf('i', seed + 7, n_actors)} AS a2,
        {_zipf('i', seed + 8, n_actors)} AS r1, {_u('i', seed + 9)} AS shape,
        {_u('i', seed + 12)} < 0.1 AS two_actors, {_u('i', seed + 13)} < 0.7 AS has_recipient,
        1 + CAST(floor(-ln(1 - {_u('i', seed + 10)} * 0.97) / ln(2.5)) AS INTEGER) AS n_mentions,
        CAST(floor(i / 2.5) AS BIGINT) AS doc
        FROM range({n_events}) t(i)""")
    q("""CREATE TEMP TABLE d AS SELECT *, row_number() OVER (ORDER BY lo NULLS LAST, id) AS seq FROM (SELECT *,
        CASE WHEN p < 0.88 THEN strftime(day, '%Y-%m-%d') WHEN p < 0.92 THEN isoyear(day)::VARCHAR || '-W' || lpad(week(day)::VARCHAR, 2, '0')
             WHEN p < 0.96 THEN strftime(day, '%Y-%m') WHEN p < 0.97 THEN strftime(day, '%Y') END AS date,
        CASE WHEN p < 0.88 THEN 'day' WHEN p < 0.92 THEN 'week' WHEN p < 0.96 THEN 'month'
             WHEN p < 0.97 THEN 'year' END AS date_precision,
        CASE WHEN p < 0.88 THEN day WHEN p < 0.92 THEN day - CAST(isodow(day) - 1 AS INTEGER)
             WHEN p < 0.96 THEN date_trunc('month', day)::DATE WHEN p < 0.97 THEN date_trunc('year', day)::DATE
             END AS lo,
        CASE WHEN p < 0.88 THEN day WHEN p < 0.92 THEN day + CAST(7 - isodow(day) AS INTEGER)
             WHEN p < 0.96 THEN last_day(day) WHEN p < 0.97 THEN make_date(year(day), 12, 31) END AS hi
        FROM g)""")


def _fill(con: object, seed: int) -> None:
    """The store's tables from the staged ones, each in the layout's date order (as a chronological ingest)."""
    q = con.execute  # type: ignore[attr-defined]
    q(f"""CREATE TEMP TABLE m AS SELECT d.id AS event_id, k AS position, d.lo, d.seq,
        'doc_' || lpad((d.doc + k * 7919)::VARCHAR, 12, '0') AS doc_id,
        strftime(coalesce(d.lo, d.day) + CAST(floor({_u('d.i + k', seed + 11)} * 3) AS INTEGER), '%Y-%m-%d')
            AS published
        FROM d, range(d.n_mentions) r(k)""")
    q("""INSERT INTO events SELECT id, event_type, '0' || (10 + i % 90)::VARCHAR, CASE WHEN shape < 0.9 THEN
        'occurred' WHEN shape < 0.96 THEN 'planned' ELSE 'negated' END, NULL, '[]', date, strftime(lo, '%Y-%m-%d'),
        strftime(hi, '%Y-%m-%d'), date_precision, NULL, 'synthetic', 0.5 + (i % 50) / 100.0, 'synthetic',
        'met', 10, 13, NULL, NULL, NULL, NULL, NULL, NULL, '[]', '[]', n_mentions,
        (SELECT min(published) FROM m WHERE m.event_id = d.id), seq, NULL
        FROM d ORDER BY lo NULLS LAST, id""")
    q("""INSERT INTO event_actors SELECT d.id, x.role, x.pos, a.id, a.name, a.kind, a.country, a.sector, NULL,
        'synthetic', a.name, strftime(d.lo, '%Y-%m-%d'), d.seq
        FROM d, LATERAL (SELECT 'actor' AS role, 0 AS pos, d.a1 AS k UNION ALL
                         SELECT 'actor', 1, d.a2 WHERE d.two_actors AND d.a2 <> d.a1 UNION ALL
                         SELECT 'recipient', 0, d.r1 WHERE d.has_recipient AND d.r1 <> d.a1) x
        JOIN a ON a.i = x.k ORDER BY d.lo NULLS LAST, d.id, x.role, x.pos""")
    q("""INSERT INTO mentions SELECT event_id, position, doc_id, NULL, NULL, published, 'A synthetic report.', 0, 19,
        strftime(lo, '%Y-%m-%d'), seq FROM m ORDER BY lo NULLS LAST, event_id, position""")
    q("INSERT INTO event_sources SELECT DISTINCT event_id, doc_id FROM m ORDER BY event_id, doc_id")
    q("""INSERT INTO documents SELECT doc_id, NULL, NULL, 'Synthetic report ' || doc_id, 'synthetic',
        min(published), 'synthetic', 0, 'A synthetic report.' FROM m GROUP BY doc_id ORDER BY doc_id""")
    q("""INSERT INTO actors SELECT id, name, kind, country, sector FROM a
        WHERE id IN (SELECT actor_id FROM event_actors)""")
    layout.fill_records(con)  # type: ignore[arg-type]


def make_big_store(path: str | Path, n_events: int = 1_000_000, n_actors: int = 3000, seed: int = 1) -> dict[str, int]:
    """Create a synthetic store at ``path`` (which must not exist yet); returns its table counts."""
    if Path(path).exists():
        raise SystemExit(f"{path} exists: give a new file name")
    store = DuckDBStore(path)
    try:
        con = store._con
        con.execute("BEGIN TRANSACTION")
        layout.drop_indexes(con)  # bulk loads are faster without them
        _stage(con, n_events, n_actors, seed)
        _fill(con, seed)
        for t in ("a", "g", "d", "m"):
            con.execute(f"DROP TABLE {t}")
        layout.ensure_indexes(con)
        con.execute("COMMIT")
        return store.stats()
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    stats = make_big_store(args.out, args.events, args.actors, args.seed)
    print(f"{args.out}: {', '.join(f'{k} {v:,}' for k, v in stats.items())} "
          f"({time.perf_counter() - t0:.1f} s, {args.out.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
