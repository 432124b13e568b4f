"""The shared parts of every command: the ``main`` group, output and store options, error handling.

Named exceptions from the library are turned into messages here, and only here.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

import communique

from .. import __version__
from ..config import DEFAULT_DB
from ..errors import CommuniqueError
from ..output import FORMATS

F = TypeVar("F", bound=Callable[..., Any])
# the evaluators registered in communique/evaluate/registry.py (kept here so --help does not load the pipeline)
EVALUATION_NAMES = ["plover-gsr", "petrarch", "ecbplus", "eventstoryline", "realnews"]

# "reported": the first publication date among the event's articles, so an event whose own date the text does not
# give still has a place on the timeline (it is not the event's date; JSONL keeps it per mention as "published")
EVENT_COLUMNS = ("date", "reported", "event_type", "mode", "cameo", "status", "actors", "recipients", "location",
                 "sources", "id")
EVALUATE_CELL_MAX = 200  # evaluation tables are name/value pairs: show per-class figures whole


def output_options(fn: F) -> F:
    """The output options every listing command shares."""
    fn = click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
        help="Output format: an aligned table, one JSON object per line, or CSV.",
    )(fn)
    return fn


DEFAULT_WAIT = 10.0  # seconds a command waits for a store another process is writing (an ingest's batch)


def _remember_wait(ctx: click.Context, param: click.Parameter, value: float) -> float:
    ctx.meta["communique_wait"] = value
    return value


def db_option(fn: F) -> F:
    fn = click.option(
        "--wait", type=click.FloatRange(min=0), default=DEFAULT_WAIT, show_default=True, expose_value=False,
        callback=_remember_wait, envvar="COMMUNIQUE_WAIT",
        help="Seconds to wait for the store while another process writes it (an ingest lets readers in "
             "between its batches).",
    )(fn)
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False), default=DEFAULT_DB, show_default=True,
        envvar="COMMUNIQUE_DB", help="The DuckDB store file (env COMMUNIQUE_DB).",
    )(fn)


def store_wait() -> float:
    """The --wait of the running command (DEFAULT_WAIT outside one)."""
    ctx = click.get_current_context(silent=True)
    return float(ctx.meta.get("communique_wait", DEFAULT_WAIT)) if ctx is not None else DEFAULT_WAIT


def handle_errors(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CommuniqueError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:
            click.echo("Interrupted: every article committed before the interruption is kept.", err=True)
            sys.exit(130)
        except BrokenPipeError:  # `communique events | head -1`: the reader has all it wanted
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


def _open(db: str, create: bool = True) -> Any:
    if not create and not Path(db).exists():
        raise click.ClickException(f"{db}: no such store. Run `communique ingest PATH --db {db}` first.")
    return communique.open_store(db, read_only=not create, wait=store_wait())


def _names(actors: list[dict[str, Any]]) -> str:
    out = []
    for a in actors:
        tag = "/".join(x for x in (a.get("country"), a.get("sector")) if x)
        out.append(f"{a['name']} ({tag})" if tag else a["name"])
    return "; ".join(out)


def flatten_event(rec: dict[str, Any]) -> dict[str, Any]:
    loc = rec.get("location")
    return {
        **rec,
        "actors": _names(rec["actors"]),
        "recipients": _names(rec["recipients"]),
        "location": (f"{loc['name']} ({loc['country']})" if loc.get("country") else loc["name"]) if loc else None,
        "context": ",".join(rec.get("context") or []),
        "reported": min((m["published"][:10] for m in rec.get("mentions") or [] if m.get("published")), default=None),
    }


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
def main() -> None:
    """communique: news articles about diplomacy in, a deduplicated PLOVER/CAMEO event database out.

    \b
    communique ingest examples/            # read articles into ./communique.duckdb
    communique events --format jsonl       # list the merged events
    communique actors                      # who acts, with roles over time
    """
