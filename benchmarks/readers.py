"""Readers during an ingest (issue 13): a query run every second while an ingest writes the store answers.

An ingest of real stories (../shared/eval/realnews_dev/corpus.jsonl, written to a temporary folder for the
run, repeated with varied text past its 1,263: benchmarks/corpus.py) runs in a subprocess into a fresh
temporary store; meanwhile, every ``--every`` seconds, a reader runs in its own subprocess, in turn::

    communique events --db STORE --limit 20 --format jsonl --wait 30
    communique stats  --db STORE --format jsonl --wait 30
    communique actors --db STORE --format jsonl --wait 30

and, once per turn, the Python API (``open_store(STORE, read_only=True, wait=30).stats()``) in this process.
At most ``--in-flight`` readers (default 1) run at once: a reader due while that many run starts late, when
one ends (readers started regardless pile up on a small machine and starve the ingest). For each query it
records the exit status, seconds, rows and characters printed, the events the store held (stats and API) and
the first line of any error. At the end it prints the ingest's seconds and what it stored, how many queries
answered, the failures, median and max seconds per kind of query, and how many queries saw more events than
the one before (readers see the ingest's progress). The first story is ingested before the timed ingest
starts, so that the store exists when the first reader comes; ``--baseline`` first times the same ingest with
no reader. Figures are printed, never asserted; the exit status is 1 when a query or the ingest failed.

Usage: python benchmarks/readers.py [--stories 250] [--every 1] [--in-flight 1] [--wait 30] [--batch-size 64]
                                    [--workers 1] [--no-api] [--baseline] [--source PATH] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import read_stories, realnews_path, write_corpus  # noqa: E402

READERS: list[tuple[str, list[str]]] = [
    ("events", ["events", "--limit", "20", "--format", "jsonl"]),
    ("stats", ["stats", "--format", "jsonl"]),
    ("actors", ["actors", "--format", "jsonl"]),
]


@dataclass
class Query:
    """One reader's answer: ``started``/``ended`` in seconds since the ingest started."""

    kind: str
    started: float
    ended: float = 0.0
    rc: int = 0
    rows: int = 0
    chars: int = 0
    events: int | None = None  # events in the store, where the query says (stats, api)
    error: str = ""

    @property
    def seconds(self) -> float:
        return self.ended - self.started


def child_env() -> dict[str, str]:
    """The environment of the subprocesses: this checkout's communique first on the path."""
    paths = [str(REPO / "src"), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def communique(*args: str) -> list[str]:
    return [sys.executable, "-m", "communique", *args]


def events_in_stats(stdout: str) -> int | None:
    """The merged-events count in `stats --format jsonl` output."""
    for line in stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec.get("table") == "events" and str(rec.get("what", "")).startswith("events (merged"):
                return int(rec["count"])
    return None


def cli_query(kind: str, args: list[str], db: str, wait: float, t0: float) -> Query:
    q = Query(kind, time.monotonic() - t0)
    try:
        out = subprocess.run(communique(*args, "--db", db, "--wait", str(wait)), capture_output=True,
                             text=True, env=child_env(), timeout=wait + 120)
        q.rc, q.chars = out.returncode, len(out.stdout)
        q.rows = sum(1 for line in out.stdout.splitlines() if line.strip())
        if out.returncode:
            q.error = (out.stderr.strip().splitlines() or ["(no message)"])[0]
        elif kind == "stats":
            q.events = events_in_stats(out.stdout)
    except subprocess.TimeoutExpired:
        q.rc, q.error = -1, f"no answer in {wait + 120:.0f} s"
    q.ended = time.monotonic() - t0
    return q


_API = threading.Lock()  # one in-process reader at a time


def api_query(db: str, wait: float, t0: float) -> Query:
    from communique import open_store

    with _API:
        q = Query("api", time.monotonic() - t0)
        try:
            store = open_store(db, read_only=True, wait=wait)
            try:
                counts = store.stats()
            finally:
                store.close()
            q.events, q.rows = counts["events"], len(counts)
            q.chars = len(json.dumps(counts))
        except Exception as exc:  # a failure is a figure, not a crash
            q.rc, q.error = 1, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        q.ended = time.monotonic() - t0
    return q


def show(q: Query) -> None:
    print(f"  {q.started:7.1f}s {q.kind:7} rc {q.rc} {q.seconds:5.2f}s {q.rows:4} rows {q.chars:7} chars "
          f"events {q.events if q.events is not None else '-':>5} {q.error}", flush=True)


def poll_readers(writer: subprocess.Popen[bytes], db: str, args: argparse.Namespace,
                 t0: float) -> tuple[list[Query], float, int]:
    """Start a reader every ``args.every`` seconds until the writer exits, with at most ``args.in_flight``
    running (a reader due while that many run starts, late, when one ends): all queries (in the order they
    ended), the seconds the writer ran, and how many readers started late."""
    queries: list[Query] = []
    lock = threading.Lock()
    running: list[threading.Thread] = []

    def one(turn: int) -> None:
        kind, cmd = READERS[turn % len(READERS)]
        batch = [cli_query(kind, cmd, db, args.wait, t0)]
        if args.api and turn % len(READERS) == 0:
            batch.append(api_query(db, args.wait, t0))
        with lock:
            queries.extend(batch)
            for q in batch if args.verbose else []:
                show(q)

    turn, late, due = 0, 0, time.monotonic()
    while writer.poll() is None:
        running = [th for th in running if th.is_alive()]
        now = time.monotonic()
        if now < due or len(running) >= args.in_flight:
            time.sleep(0.02)
            continue
        th = threading.Thread(target=one, args=(turn,))
        th.start()
        running.append(th)
        late += now > due + 0.1
        due = max(due + args.every, now) if now > due + 0.1 else due + args.every
        turn += 1
    seconds = time.monotonic() - t0
    for th in running:
        th.join()
    return queries, seconds, late


def progress(queries: list[Query]) -> tuple[int, int, int, int]:
    """Among the answers that count events, in the order they ended: (counted, more than the one before,
    same, fewer: a reader that opened the store before a batch was committed and ended after one that opened
    it after)."""
    counted = sorted((q for q in queries if q.events is not None), key=lambda q: q.ended)
    pairs = list(zip(counted, counted[1:], strict=False))
    more = sum(1 for a, b in pairs if (b.events or 0) > (a.events or 0))
    fewer = sum(1 for a, b in pairs if (b.events or 0) < (a.events or 0))
    return len(counted), more, len(pairs) - more - fewer, fewer


def report(queries: list[Query], seconds: float, late: int, args: argparse.Namespace) -> int:
    """Print the readers' figures; the number of failed queries."""
    answered = [q for q in queries if q.rc == 0]
    failed = [q for q in queries if q.rc != 0]
    cli = [q for q in queries if q.kind != "api"]
    every = seconds / max(len(cli), 1)
    print(f"queries: {len(queries)} ({len(cli)} CLI, one every {every:.2f} s on average; "
          f"asked: every {args.every:g} s, at most {args.in_flight} at once, {late} started late; "
          f"--wait {args.wait:g}); answered (rc 0): {len(answered)}; failed: {len(failed)}")
    print(f"{'kind':8} {'queries':>7} {'answered':>8} {'median s':>8} {'max s':>7} {'median rows':>11} "
          f"{'median chars':>12}")
    for kind in [k for k, _ in READERS] + ["api"]:
        mine = [q for q in queries if q.kind == kind]
        ok = [q for q in mine if q.rc == 0]
        if not mine:
            continue
        secs = [q.seconds for q in mine]
        print(f"{kind:8} {len(mine):7} {len(ok):8} {statistics.median(secs):8.2f} {max(secs):7.2f} "
              f"{statistics.median([q.rows for q in ok]) if ok else 0:11g} "
              f"{statistics.median([q.chars for q in ok]) if ok else 0:12g}")
    if queries:
        secs = [q.seconds for q in queries]
        print(f"all      {len(queries):7} {len(answered):8} {statistics.median(secs):8.2f} {max(secs):7.2f}")
    counted, more, same, fewer = progress(queries)
    batches = -(-(args.stories - 1) // args.batch_size)
    print(f"progress: of {counted} answers that count events (stats, api), {more} saw more events than "
          f"the one before, {same} the same, {fewer} fewer (the ingest committed {batches} batches)")
    for q in failed:
        print(f"FAILED {q.kind} at {q.started:.1f} s (rc {q.rc}, {q.seconds:.1f} s): {q.error}")
    return len(failed)


def final_counts(db: str) -> dict[str, int]:
    from communique import open_store

    store = open_store(db, read_only=True, wait=60)
    try:
        return store.stats()
    finally:
        store.close()


def ingest(db: str, path: Path, args: argparse.Namespace, log: Path) -> subprocess.Popen[bytes]:
    cmd = communique("ingest", "--db", db, "-q", "--batch-size", str(args.batch_size),
                     "-j", str(args.workers), str(path))
    with log.open("wb") as f:
        return subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, env=child_env())


def baseline(tmp: Path, args: argparse.Namespace) -> None:
    """The same ingest with no reader, into another store (the readers' cost to the ingest)."""
    db = str(tmp / "baseline.duckdb")
    ingest(db, tmp / "first.jsonl", args, tmp / "baseline.log").wait()
    t0 = time.monotonic()
    writer = ingest(db, tmp / "rest.jsonl", args, tmp / "baseline.log")
    writer.wait()
    seconds = time.monotonic() - t0
    print(f"baseline (no reader): {seconds:.1f} s, exit status {writer.returncode}", flush=True)


def run(args: argparse.Namespace, tmp: Path) -> int:
    source = Path(args.source) if args.source else realnews_path()
    if source is None:
        raise SystemExit("no corpus: ../shared/eval/realnews_dev/corpus.jsonl not found (pass --source PATH)")
    write_corpus(read_stories(source), args.stories, tmp / "all.jsonl")
    lines = (tmp / "all.jsonl").read_text("utf-8").splitlines(keepends=True)
    (tmp / "first.jsonl").write_text(lines[0], "utf-8")
    (tmp / "rest.jsonl").write_text("".join(lines[1:]), "utf-8")
    db = str(tmp / "store.duckdb")
    print(f"{len(lines) - 1} stories from {source} (after 1 ingested first), batch size {args.batch_size}, "
          f"{args.workers} worker(s); a reader every {args.every:g} s", flush=True)
    if args.baseline:
        baseline(tmp, args)
    first = subprocess.run(communique("ingest", "--db", db, "-q", str(tmp / "first.jsonl")),
                           capture_output=True, text=True, env=child_env())
    if first.returncode:
        raise SystemExit(f"the first story could not be ingested:\n{first.stderr[-2000:]}")
    t0 = time.monotonic()
    writer = ingest(db, tmp / "rest.jsonl", args, tmp / "ingest.log")
    queries, seconds, late = poll_readers(writer, db, args, t0)
    writer.wait()
    counts = final_counts(db)
    print(f"ingest with readers: {seconds:.1f} s, exit status {writer.returncode} "
          f"({(len(lines) - 1) / seconds:.1f} stories/s, the model's load included); "
          f"store holds {counts['documents']} stories, {counts['events']} events")
    if writer.returncode:
        print((tmp / "ingest.log").read_text("utf-8", errors="replace")[-2000:])
    failed = report(queries, seconds, late, args)
    return 1 if failed or writer.returncode else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stories", type=int, default=250,
                    help="stories to ingest (default 250: about 2 minutes on a loaded 2-core machine)")
    ap.add_argument("--every", type=float, default=1.0, help="seconds between two readers' starts")
    ap.add_argument("--in-flight", type=int, default=1, help="readers running at once, at most")
    ap.add_argument("--wait", type=float, default=30.0, help="--wait SECONDS passed to each reader")
    ap.add_argument("--batch-size", type=int, default=64, help="the ingest's --batch-size")
    ap.add_argument("--workers", type=int, default=1, help="the ingest's -j")
    ap.add_argument("--no-api", dest="api", action="store_false", help="no Python API reader")
    ap.add_argument("--baseline", action="store_true", help="first time the same ingest with no reader")
    ap.add_argument("--source", default=None,
                    help="a JSONL file or folder of stories (default: realnews_dev)")
    ap.add_argument("--verbose", action="store_true", help="print each query as it ends")
    args = ap.parse_args()
    if args.stories < 2:
        ap.error("--stories must be at least 2")
    with tempfile.TemporaryDirectory(prefix="communique-readers-") as tmp:
        code = run(args, Path(tmp))
    sys.exit(code)


if __name__ == "__main__":
    main()
