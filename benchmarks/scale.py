"""Scale benchmark: ingest growing corpora, each in a fresh process, and print docs/s and peak memory per size.

Usage: python benchmarks/scale.py [--sizes 2500,10000,25000] [--workers 1[,2]] [--source PATH] [--quick]

The stories are the real-news corpus (../shared/eval/realnews_dev/corpus.jsonl, 1,263 AFP/Xinhua stories) when
present, else examples/; a size larger than the corpus repeats it with varied text (benchmarks/corpus.py: years
moved on by three years a copy, numbers changed), so every story is a new document and the copies report
different events. Each size (and worker count) runs in its own process into a new store: the spaCy model and the
knowledge base are loaded (in every worker) before the clock starts. Printed per run: docs/s; peak RSS of the
driver and of the largest worker; events stored; and the driver's merge + write time per document in the first
and the last quarter of the run, which stays flat when merge candidate look-ups do not grow with the store.
Targets (issue 12): peak < 1.5 GB and docs/s within 20% across sizes. ``--quick``: sizes 8 and 16, for CI.

``--merge-only 0,100000,1000000`` times the driver alone (merge across documents and write; the pipeline's
results are computed once, beforehand) for the first size's stories merged into synthetic stores of those many
events (benchmarks/bigstore.py): what a store of a million events costs each new document.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import REPO, read_stories, realnews_path, write_corpus  # noqa: E402


def warm(batch: list[Any]) -> int:
    """Load the model and the knowledge base in a worker (then wait, so that each worker gets one batch)."""
    from communique.config import Settings
    from communique.pipeline.nlp import load_model
    from communique.pipeline.process import knowledge_base

    load_model(Settings().model)
    kb = knowledge_base(None)
    kb.place("Paris"), kb.minor_place("Paris"), kb.people_named("Smith")  # lazily built tables
    time.sleep(2)
    return len(batch)


def _timed_merger(quarters: list[float], n_docs: int) -> None:
    """Add the driver's merge and write time per document to ``quarters`` (by quarter of the run)."""
    from communique import ingest as ingest_mod

    merger = ingest_mod.BatchMerger
    plain_add, plain_flush = merger.add, merger.flush
    seen = [0]

    def add(self: Any, result: Any) -> None:
        t = time.perf_counter()
        plain_add(self, result)
        quarters[min(3, 4 * seen[0] // max(1, n_docs))] += time.perf_counter() - t
        seen[0] += 1

    def flush(self: Any) -> None:
        t = time.perf_counter()
        plain_flush(self)
        quarters[min(3, 4 * max(0, seen[0] - 1) // max(1, n_docs))] += time.perf_counter() - t

    merger.add, merger.flush = add, flush  # type: ignore[method-assign]


def run_one(corpus: Path, workers: int) -> dict[str, Any]:
    """One ingest of ``corpus`` into a new store (in this process: called by the parent in a subprocess)."""
    from communique.executor import LocalExecutor
    from communique.ingest import ingest
    from communique.store import open_store

    n_docs = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    executor = LocalExecutor(workers=workers)
    if workers > 1:
        list(executor.map_batches(warm, [[0]] * workers))
    else:
        warm([])
    quarters = [0.0] * 4
    _timed_merger(quarters, n_docs)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "scale.duckdb") as store:
        start = time.perf_counter()
        report = ingest([corpus], store, executor=executor)
        elapsed = time.perf_counter() - start
        executor.close()
        events = store.stats()["events"]
    quarter = max(1, n_docs // 4)
    return {"docs": report.documents_new, "seconds": elapsed, "docs_per_s": report.documents_new / elapsed,
            "events": events, "failures": len(report.failures),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if workers > 1 else 0,
            "merge_ms_first": 1000 * quarters[0] / quarter, "merge_ms_last": 1000 * quarters[3] / quarter}


class CachedExecutor:
    """Hands the ingest driver pipeline results computed earlier (by document id): only the driver runs (in
    this process, as with one worker: ``inline``)."""

    inline = True

    def __init__(self, results: dict[str, bytes]) -> None:
        self.results = results

    def map_batches(self, fn: Any, batches: Any, *args: Any) -> Any:
        import pickle

        for batch in batches:
            yield [pickle.loads(self.results[d.id]) for d in batch]

    def close(self) -> None:
        pass


def merge_only(corpus: Path, store_sizes: list[int]) -> None:
    """The driver alone (merge across documents + write) for the same documents into stores already holding
    N synthetic events (benchmarks/bigstore.py; its dates do not overlap the corpus's, so what grows is the
    store, not the candidates): flat ms/doc means candidate look-ups and writes do not grow with the store."""
    import pickle
    import shutil

    from bigstore import make_big_store

    from communique.config import Settings
    from communique.ingest import _batched, ingest
    from communique.pipeline.process import process_batch
    from communique.pipeline.read import read_paths
    from communique.records import Document
    from communique.store import open_store

    docs = [d for d in read_paths([corpus]) if isinstance(d, Document)]
    t = time.perf_counter()
    results = {r.document.id: pickle.dumps(r) for batch in _batched(docs, Settings().batch_size)
               for r in process_batch(batch)}
    print(f"pipeline on {len(docs)} documents, once: {time.perf_counter() - t:.0f} s")
    print(f"{'store events':>13}{'driver ms/doc':>15}{'CPU ms/doc':>12}{'events created':>16}{'peak RSS MB':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in store_sizes:
            path = Path(tmp) / f"store_{size}.duckdb"
            cached = Path(tempfile.gettempdir()) / f"communique-bigstore-{size}.duckdb"
            if size and not cached.exists():
                make_big_store(cached, size)
            if size:
                shutil.copy(cached, path)
            with open_store(path) as store:
                t, cpu = time.perf_counter(), time.process_time()
                report = ingest([corpus], store, executor=CachedExecutor(results))
                n = max(1, report.documents_new)
                ms, cpu_ms = 1000 * (time.perf_counter() - t) / n, 1000 * (time.process_time() - cpu) / n
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{size:>13,}{ms:>15.1f}{cpu_ms:>12.1f}{report.events_created:>16}{rss:>13.0f}", flush=True)
            path.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2500,10000,25000", help="comma-separated numbers of stories")
    ap.add_argument("--workers", default="1", help="comma-separated worker counts (1: in the driver process)")
    ap.add_argument("--source", type=Path, help="a JSONL corpus or a folder of .txt/.jsonl articles")
    ap.add_argument("--quick", action="store_true", help="tiny sizes (8, 16): a smoke test")
    ap.add_argument("--merge-only", metavar="STORE_SIZES",
                    help="comma-separated store sizes (events): time the driver alone on the first size of "
                         "--sizes stories, merged into synthetic stores of these sizes")
    ap.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    workers = [int(w) for w in args.workers.split(",")]
    if args.run:
        print(json.dumps(run_one(args.run, workers[0])))
        return
    sizes = [8, 16] if args.quick else [int(s) for s in args.sizes.split(",")]
    source = args.source or realnews_path() or REPO / "examples"
    stories = read_stories(source)
    if args.merge_only:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(stories, sizes[0], Path(tmp) / "corpus.jsonl")
            merge_only(corpus, [int(x) for x in args.merge_only.split(",")])
        return
    print(f"source: {source} ({len(stories)} stories); sizes {sizes}; workers {workers}")
    print(f"{'stories':>8}{'workers':>8}{'docs/s':>8}{'seconds':>9}{'events':>8}{'driver MB':>11}"
          f"{'worker MB':>11}{'merge+write ms/doc first/last quarter':>40}")
    base: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            corpus = write_corpus(stories, n, Path(tmp) / f"corpus_{n}.jsonl")
            for w in workers:
                out = subprocess.run([sys.executable, __file__, "--run", str(corpus), "--workers", str(w)],
                                     check=True, capture_output=True, text=True)
                r = json.loads(out.stdout.strip().splitlines()[-1])
                base.setdefault(n, r["docs_per_s"])
                speedup = f" ({r['docs_per_s'] / base[n]:.2f}x)" if w != workers[0] else ""
                print(f"{n:>8}{w:>8}{r['docs_per_s']:>8.1f}{r['seconds']:>9.0f}{r['events']:>8}"
                      f"{r['rss_mb']:>11.0f}{r['worker_rss_mb']:>11.0f}"
                      f"{r['merge_ms_first']:>30.1f} / {r['merge_ms_last']:.1f}{speedup}", flush=True)


if __name__ == "__main__":
    main()
