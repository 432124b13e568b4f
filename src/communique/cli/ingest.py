"""``communique ingest``: read articles into the store.
"""

from __future__ import annotations

import sys
import tempfile
from typing import Any

import click
from tqdm import tqdm

import communique

from ..config import Settings
from ..inputs import count_documents, with_stdin
from ..records import ReadFailure
from .base import _open, db_option, handle_errors, main


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))  # a missing one: its own failure
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--executor", default="local", show_default=True,
              help="Where the pipeline runs: local, dask (a local cluster) or dask://HOST:PORT.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that run the pipeline (local executor; one per core is fastest), or the number of "
                   "workers of a local Dask cluster (--executor dask). The store is written by this process.")
@click.option("--batch-size", type=click.IntRange(min=1), default=Settings().batch_size, show_default=True,
              help="Documents per batch; each batch is committed in one transaction.")
@handle_errors
def ingest(paths: tuple[str, ...], db: str, quiet: bool, executor: str, workers: int, batch_size: int) -> None:
    """Read articles (.txt, .jsonl/.json, .html; files or folders, recursively) into the store.

    PATH "-" reads standard input: one article, a JSONL export or an HTML page (told apart by content), e.g.
    `curl -s URL | communique ingest -`. Ingesting the same article twice changes nothing; an article reporting
    a known event adds a mention to it. The spaCy model (COMMUNIQUE_MODEL) is checked first. Exit status 1 when
    some files could not be read (each is named on stderr with the fix).
    """
    settings = Settings(batch_size=batch_size)
    communique.check_model(settings)
    with tempfile.TemporaryDirectory(prefix="communique-stdin-") as tmp:
        files = with_stdin(list(paths), sys.stdin, tmp) if "-" in paths else list(paths)
        with _open(db) as store:
            report = _run_ingest(files, store, settings, executor, workers,
                                  show=not quiet and sys.stderr.isatty())
            stats = store.stats()
    for w in dict.fromkeys(report.warnings):  # each once, named by file
        click.echo(f"warning: {w}", err=True)
    if not quiet:
        click.echo(
            f"{report.documents_read} documents read: {report.documents_new} new, "
            f"{report.documents_skipped} already stored, {len(report.failures)} failed; "
            f"{report.events_created} events created, {report.events_updated} updated. "
            f"Store {db}: {stats.get('documents', 0)} documents, {stats.get('events', 0)} events.",
            err=True,
        )
    if report.failures:
        sys.exit(1)


def _run_ingest(paths: list[str], store: Any, settings: Settings, executor: str, workers: int,
                show: bool) -> Any:
    """Run the ingest with a progress bar (its total counted from the paths first) when ``show``."""
    bar = None
    if show:
        bar = tqdm(total=count_documents(paths), unit="doc", desc="ingest", file=sys.stderr)

    def on_failure(f: ReadFailure) -> None:
        click.echo(f"error: {f.message()}", err=True)
        if bar is not None:
            bar.update(1)

    def on_document(_: Any) -> None:
        if bar is not None:
            bar.update(1)

    engine = communique.get_executor(executor, workers=workers)
    try:
        return communique.ingest_paths(paths, store, settings=settings, executor=engine, on_failure=on_failure,
                          on_document=on_document)
    finally:
        if bar is not None:
            bar.close()
        close = getattr(engine, "close", None)
        if close is not None:
            close()
