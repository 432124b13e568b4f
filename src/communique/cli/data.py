"""Commands that take the data elsewhere: ``export`` (files), ``plot`` (charts) and ``serve`` (a local web page).

Thin click commands over :mod:`communique.export`, :mod:`communique.plot` and :mod:`communique.serve`; they share
the event filters of ``communique events``.
"""

from __future__ import annotations

from typing import Any

import click

from ..export import FORMATS as EXPORT_FORMATS
from ..export import TABLES as EXPORT_TABLES
from ..export import export_events
from ..plot import plot_events
from ..serve import require_flask
from ..serve import serve as run_serve
from .base import _open, db_option, handle_errors, main, store_wait
from .options import event_filters, pop_filters, undated_note


@main.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="parquet, csv or jsonl (one table, see --table); polecat or icews (tab-separated dyads under "
                   "those datasets' column names); graphml (the actor network); sqlite (every table).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="The file to write (replaced if it exists).")
@click.option("--table", type=click.Choice(EXPORT_TABLES), default=None,
              help="For parquet/csv/jsonl: events (one row per event, default), dyads (one row per actor x "
                   "recipient pair) or mentions (one row per evidence sentence).")
@click.option("--dyads", is_flag=True, help="Same as --table dyads.")
@db_option
@event_filters
@handle_errors
def export(fmt: str, output: str, table: str | None, dyads: bool, db: str, **filters: Any) -> None:
    """Write the events (with the same filters as `events`) to an analysis-ready file.

    \b
    communique export --format parquet -o events.parquet
    communique export --format csv --dyads -o dyads.csv --since 2022
    communique export --format polecat -o polecat.tsv
    communique export --format sqlite -o events.sqlite   # events, dyads, mentions, actors

    Columns of every table and layout: docs/EXPORT.md.
    """

    if dyads and table not in (None, "dyads"):
        raise click.BadParameter(f"--dyads contradicts --table {table}; give one of them", param_hint="--dyads")
    q = pop_filters(filters)
    with _open(db, create=False) as store:
        report = export_events(store, q, fmt, output, table="dyads" if dyads else table or "events")
        note = undated_note(store, q)
    counts = ", ".join(f"{n} {name}" for name, n in report.rows.items())
    click.echo(f"wrote {output} ({fmt}): {counts} from {report.events} events", err=True)
    if note:
        click.echo(note, err=True)


@main.command()
@click.argument("kind", type=click.Choice(["timeline", "types", "dyads"]))
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), required=True,
              help="The image to write: .png (or .svg, .pdf).")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True,
              help="For dyads: how many of the most frequent pairs to show.")
@db_option
@event_filters
@handle_errors
def plot(kind: str, output: str, top: int, db: str, **filters: Any) -> None:
    """Draw a chart of the events (same filters as `events`) with matplotlib (extra `plot`).

    \b
    KIND: timeline  events per day, week or month (undated events by the day first reported, shown apart)
          types     events per PLOVER type, by status
          dyads     the most frequent actor -> recipient pairs
    """

    q = pop_filters(filters)
    with _open(db, create=False) as store:
        report = plot_events(store.query_events(q), kind, output, top=top)
        note = undated_note(store, q)
    shown = f" ({report.left_out} with neither a date nor a dated report not shown)" if report.left_out else ""
    click.echo(f"wrote {output}: {kind} of {report.events} events{shown}", err=True)
    if note:
        click.echo(note, err=True)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The page has no login: keep 127.0.0.1 unless you mean to share it.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@handle_errors
def serve(db: str, host: str, port: int) -> None:
    """Browse the store in a web browser: events with the filters of `events`, each with its evidence (trigger
    highlighted), sources and --explain trail; actor timelines; the dyad network; a map. JSON behind every view
    (/api/...). Needs Flask (extra `serve`). The store is opened read-only: other read-only commands (events,
    export...) can use it meanwhile, and it lets go of the file between requests so an ingest can write.
    """

    require_flask()
    _open(db, create=False).close()  # a friendly error for a missing store before the server starts
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the store", err=True)
    click.echo(f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    run_serve(db, host=host, port=port, wait=store_wait())
