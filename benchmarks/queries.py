"""Listing-query benchmark on a big store, through the Python API the CLI uses (target: < 100 ms each).

Usage: python benchmarks/queries.py [STORE] [--events N] [--runs R]

STORE defaults to a synthetic store of N events (default 1,000,000) in the temporary folder, named after the
store's schema version (kept there, so later runs reuse it; a new schema version makes a new one); a STORE that
does not exist is made (benchmarks/bigstore.py) with N events. The store is opened read-only, as ``communique events``
opens it, and each query is run R times (default 7); the first (cold) run, then the min and median of all runs
are printed, with the number of events returned and the least CPU time (less disturbed by other load). Every query returns full ``Event`` objects with their actors
and reports, as ``communique events`` / ``communique actor`` list them:

- actor timeline: ``store.actor_events(id)`` (``communique actor ID``) for a typical actor (the median number
  of events among actors in 100+ events) and a busy one (the 20th most frequent);
- country + month: ``query_events(EventQuery(country=..., since=MONTH, until=MONTH))``;
- type + date range: ``query_events(EventQuery(event_type=..., since=DAY, until=DAY))`` over a quarter;
- export of a month: ``query_events(EventQuery(since=MONTH, until=MONTH))``, every event of that month;
- export of a month, to a JSONL file: ``export_events(store, that query, "jsonl", FILE)`` (``communique export
  --format jsonl``): the events, their rows and the file written (the number shown: events exported).

The listings' events are built whole before the call returns (nothing is deferred: duckdb_read), so the time is
that of every object a consumer reads, and of freeing them (each run drops its listing). A listing of 1,000 events
or more is handed to the garbage collector's oldest generation as it is built (``records.gc_paused``, ``keep``):
the young-generation pass that scanned every new object when the collector resumed is skipped, not deferred (the
full passes that scan the oldest generation see the events whichever way they got there).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from communique.export import export_events  # noqa: E402
from communique.records import Event  # noqa: E402
from communique.store import DuckDBStore, EventQuery, open_store  # noqa: E402
from communique.store.base import SCHEMA_VERSION  # noqa: E402


def pick(store: DuckDBStore) -> dict[str, str]:
    """Query arguments that exist in the store: actors by popularity, the busiest month, the country and type
    in most events."""
    con = store._con
    counts = con.execute("SELECT actor_id, count(*) n FROM event_actors WHERE actor_id IS NOT NULL "
                         "GROUP BY ALL ORDER BY n DESC, actor_id").fetchall()
    typical = [aid for aid, n in counts if n >= 100]
    month = con.execute("SELECT substr(date_lo, 1, 7) m FROM events WHERE date_precision = 'day' "
                        "GROUP BY m ORDER BY count(*) DESC, m LIMIT 1").fetchone()
    country = con.execute("SELECT country FROM event_actors WHERE country IS NOT NULL GROUP BY ALL "
                          "ORDER BY count(*) DESC LIMIT 1 OFFSET 4").fetchone()
    etype = con.execute("SELECT event_type FROM events GROUP BY ALL ORDER BY count(*) DESC LIMIT 1 OFFSET 5"
                        ).fetchone()
    assert month and country and etype and counts, "the store holds no events"
    year = month[0][:4]
    return {"typical": typical[len(typical) // 2] if typical else counts[-1][0],
            "busy": counts[min(19, len(counts) - 1)][0], "month": month[0], "country": country[0],
            "type": etype[0], "q_from": f"{year}-04-01", "q_to": f"{year}-06-30"}


def export_month(store: DuckDBStore, month: str, path: Path) -> int:
    """``communique export --format jsonl --since MONTH --until MONTH``: the number of events written."""
    return export_events(store, EventQuery(since=month, until=month), "jsonl", path).events


def _read(listing: Callable[[], list[Event]]) -> Callable[[], int]:
    return lambda: len(listing())


def queries(store: DuckDBStore, a: dict[str, str], out: Path) -> dict[str, Callable[[], int]]:
    listings: dict[str, Callable[[], list[Event]]] = {
        f"actor timeline, typical ({a['typical']})": lambda: store.actor_events(a["typical"]),
        f"actor timeline, busy ({a['busy']})": lambda: store.actor_events(a["busy"]),
        f"country + month ({a['country']}, {a['month']})": lambda: list(store.query_events(
            EventQuery(country=a["country"], since=a["month"], until=a["month"]))),
        f"type + date range ({a['type']}, {a['q_from']}..{a['q_to']})": lambda: list(store.query_events(
            EventQuery(event_type=a["type"], since=a["q_from"], until=a["q_to"]))),
        f"export of a month ({a['month']})": lambda: list(store.query_events(
            EventQuery(since=a["month"], until=a["month"]))),
    }
    timed = {name: _read(f) for name, f in listings.items()}
    timed[f"export of a month, to a JSONL file ({a['month']})"] = lambda: export_month(store, a["month"], out)
    return timed


def run(path: Path, runs: int) -> list[tuple[str, int, float, float, float, float]]:
    """(query, events returned, cold ms, min ms, median ms, min CPU ms) for each query."""
    rows = []
    with open_store(path, read_only=True) as store, tempfile.TemporaryDirectory() as tmp:
        args = pick(store)
        for name, fn in queries(store, args, Path(tmp) / "month.jsonl").items():
            times, cpu, n = [], [], 0
            for _ in range(max(1, runs)):
                t, c = time.perf_counter(), time.process_time()
                n = fn()
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
            rows.append((name, n, times[0], min(times), statistics.median(times), min(cpu)))
    return rows


def python_speed() -> float:
    """Microseconds to create one small object: a yardstick for how fast this machine runs Python right now
    (about 0.1-0.2 us on an idle recent x86 core); the queries' Python share scales with it."""
    class Probe:
        def __init__(self, a: int, b: int, c: int) -> None:
            self.a, self.b, self.c = a, b, c

    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        for i in range(100_000):
            Probe(i, i, i)
        best = min(best, (time.perf_counter() - t) * 10)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", nargs="?", type=Path)
    ap.add_argument("--events", type=int, default=1_000_000, help="size of the synthetic store to make or reuse")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    path = args.store or Path(tempfile.gettempdir()) / f"communique-bigstore-{args.events}-v{SCHEMA_VERSION}.duckdb"
    if not path.exists():
        from bigstore import make_big_store

        t = time.perf_counter()
        make_big_store(path, args.events)
        print(f"made {path} in {time.perf_counter() - t:.0f} s")
    with open_store(path, read_only=True) as store:
        stats, records = store.stats(), store._layout.records
    print(f"store {path}: {stats['events']:,} events, {stats['event_actors']:,} participants, "
          f"{stats['mentions']:,} reports; {args.runs} runs each; Python speed now: {python_speed():.2f} us per "
          "small object")
    print("events read from their records" if records else "an older store: events read from their rows (open it "
          "once for writing to migrate it, or make a new one)")
    print(f"{'query':66}{'events':>8}{'cold ms':>9}{'min ms':>8}{'median ms':>11}{'min CPU ms':>12}")
    for name, n, cold, best, med, cpu in run(path, args.runs):
        print(f"{name:66}{n:>8,}{cold:>9.0f}{best:>8.0f}{med:>11.0f}{cpu:>12.0f}")
    print("(CPU: this process's CPU time, all threads; on a busy machine wall time exceeds it by the waits)")


if __name__ == "__main__":
    main()
