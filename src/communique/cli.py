"""Command-line interface: thin click commands that parse arguments and call library functions.

Named exceptions from the library are turned into messages here, and only here.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from . import __version__
from .config import DEFAULT_DB, Settings
from .errors import CommuniqueError
from .output import FORMATS, emit
from .records import PLOVER_TYPES, STATUSES, Event, ReadFailure

F = TypeVar("F", bound=Callable[..., Any])

# "reported": the first publication date among the event's articles, so an event whose own date the text does not
# give still has a place on the timeline (it is not the event's date; JSONL keeps it per mention as "published")
EVENT_COLUMNS = ("date", "reported", "event_type", "mode", "cameo", "status", "actors", "recipients", "location",
                 "sources", "id")


def output_options(fn: F) -> F:
    """The output options every listing command shares."""
    fn = click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
        help="Output format: an aligned table, one JSON object per line, or CSV.",
    )(fn)
    return fn


def db_option(fn: F) -> F:
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False), default=DEFAULT_DB, show_default=True,
        envvar="COMMUNIQUE_DB", help="The DuckDB store file (env COMMUNIQUE_DB).",
    )(fn)


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

    return wrapper  # type: ignore[return-value]


def _open(db: str, create: bool = True) -> Any:
    from pathlib import Path

    from .store import open_store

    if not create and not Path(db).exists():
        raise click.ClickException(f"{db}: no such store. Run `communique ingest PATH --db {db}` first.")
    return open_store(db, read_only=not create)


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


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
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

    Ingesting the same article twice changes nothing; an article reporting a known event adds a mention to it.
    Exit status 1 when some files could not be read (each is named on stderr with the fix).
    """
    from .executor import get_executor
    from .ingest import ingest as run_ingest

    settings = Settings(batch_size=batch_size)
    show = not quiet and sys.stderr.isatty()
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="ingest", file=sys.stderr)

    def on_failure(f: ReadFailure) -> None:
        click.echo(f"error: {f.message()}", err=True)

    def on_document(_: Any) -> None:
        if bar is not None:
            bar.update(1)

    engine = get_executor(executor, workers=workers)
    with _open(db) as store:
        try:
            report = run_ingest(paths, store, settings=settings, executor=engine,
                                on_failure=on_failure, on_document=on_document)
        finally:
            if bar is not None:
                bar.close()
            close = getattr(engine, "close", None)
            if close is not None:
                close()
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


_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _DATE_RE.match(value):
        raise click.BadParameter(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-09-19)")
    return value


def _check_topics(ctx: click.Context, param: click.Parameter, value: str | None) -> list[int] | None:
    if value is None:
        return None
    try:
        return [int(t) for t in value.split(",") if t.strip()]
    except ValueError:
        raise click.BadParameter("topics must be comma-separated integers, e.g. 2,5,12") from None


@main.command()
@db_option
@click.option("--actor", help="Actor name (substring; case and accents ignored) or actor id.")
@click.option("--country", help="ISO3 code of an actor's or recipient's country (or IGO, UNO, EUR...).")
@click.option("--type", "event_type", type=click.Choice(PLOVER_TYPES, case_sensitive=False), help="PLOVER event type.")
@click.option("--status", type=click.Choice(STATUSES), help="occurred, planned, negated or hypothetical.")
@click.option("--since", callback=_check_date, help="Events dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", callback=_check_date, help="Events dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events.")
@click.option("--explain", is_flag=True,
              help="Add a 'why' object: the rule, trigger and date rule of the event and how each actor was resolved.")
@output_options
@handle_errors
def events(db: str, actor: str | None, country: str | None, event_type: str | None, status: str | None,
           since: str | None, until: str | None, limit: int | None, explain: bool, fmt: str) -> None:
    """List merged events, oldest first (undated events last)."""
    from .store import EventQuery

    q = EventQuery(actor=actor, country=country.upper() if country else None,
                   event_type=event_type.upper() if event_type else None, status=status, since=since,
                   until=until, limit=limit)
    with _open(db, create=False) as store:
        records = (e.explained() if explain else e.public() for e in store.query_events(q))
        columns = (*EVENT_COLUMNS, "why") if explain else EVENT_COLUMNS
        emit(fmt, records, sys.stdout, columns=columns, flatten=flatten_event)


ACTOR_COLUMNS = ("name", "kind", "country", "sector", "roles", "aliases", "event_count", "id")


def _actor_record(a: Any) -> dict[str, Any]:
    return {
        "id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
        "roles": [{"role": r[0], "first_seen": r[1], "last_seen": r[2]} for r in a.roles],
        "aliases": list(a.aliases), "event_count": a.event_count,
    }


def _flatten_actor(rec: dict[str, Any]) -> dict[str, Any]:
    roles = "; ".join(
        f"{r['role']} ({r['first_seen']}..{r['last_seen']})" if r["first_seen"] else r["role"] for r in rec["roles"]
    )
    return {**rec, "roles": roles, "aliases": "; ".join(rec["aliases"])}


@main.command()
@click.argument("query", required=False)
@db_option
@output_options
@handle_errors
def actors(query: str | None, db: str, fmt: str) -> None:
    """List actors with aliases, country, sector, roles over time and event counts."""
    with _open(db, create=False) as store:
        emit(fmt, (_actor_record(a) for a in store.actors(query)), sys.stdout, columns=ACTOR_COLUMNS,
             flatten=_flatten_actor)


@main.command()
@click.argument("name")
@db_option
@output_options
@handle_errors
def actor(name: str, db: str, fmt: str) -> None:
    """One actor's events as a timeline (NAME: a name, surname or actor id)."""
    with _open(db, create=False) as store:
        found: list[Event] = store.actor_events(name)
        if not found:
            raise click.ClickException(f"no events for an actor matching {name!r}. Try `communique actors {name}`.")
        emit(fmt, (e.public() for e in found), sys.stdout, columns=EVENT_COLUMNS, flatten=flatten_event)


@main.group()
def kb() -> None:
    """The knowledge base: bring your own actors."""


@kb.command("import")
@click.argument("file", type=click.Path(exists=True))
@db_option
@handle_errors
def kb_import(file: str, db: str) -> None:
    """Load actors (JSONL or CSV: id, name, aliases, country, positions with start/end; or a PETRARCH actors
    dictionary) and PETRARCH verbs, agents and discards dictionaries (X.verbs.txt, X.agents.txt,
    X.discards.txt), one file or a folder of them.

    Everything imported is kept in the store and used by later ingests with the same --db. Importing the same
    file again changes nothing; a changed file of the same name replaces the stored one.
    """
    import hashlib

    from .kb.importer import read_kb_import
    from .store.base import UserDictionary

    got = read_kb_import(file)
    for w in got.warnings:
        click.echo(f"warning: {w}", err=True)
    changed: list[str] = []
    with _open(db) as store:
        if got.extra.people or got.extra.organizations:
            store.save_kb_extra(got.extra)
        for d in got.dictionaries:
            sha1 = hashlib.sha1(d.text.encode("utf-8")).hexdigest()
            if store.save_dictionary(UserDictionary(kind=d.kind, name=d.name, text=d.text, sha1=sha1)):
                changed.append(f"{d.kind} {d.name}")
    parts = [f"{len(got.extra.people)} people", f"{len(got.extra.organizations)} organisations"]
    if got.dictionaries:
        kept = len(got.dictionaries) - len(changed)
        parts.append(f"{len(got.dictionaries)} dictionaries ({len(changed)} new or changed, {kept} already stored)")
    click.echo(f"imported {', '.join(parts)} into {db}", err=True)


@main.command()
@click.argument("name", type=click.Choice(["plover-gsr", "petrarch", "ecbplus", "eventstoryline"]))
@click.argument("path", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--topics", callback=_check_topics, help="ECB+ topics, comma-separated (default: 2,5,12,18,21,23,34,35).")
@click.option("--extractor", "extractors", multiple=True,
              help="Extractor(s) to score; give several to compare them side by side (default: rules).")
@handle_errors
def evaluate(name: str, path: str, fmt: str, topics: list[int] | None, extractors: tuple[str, ...]) -> None:
    """Score the pipeline on a public annotated set (PATH: a file or folder in that set's format).

    NAME: plover-gsr (PLOVER gold sentences), petrarch (PETRARCH validation records with their dictionaries),
    ecbplus (ECB+ cross-document event coreference), eventstoryline (date expressions). --format json gives
    every figure and the commit.
    """
    from .evaluate import compare_extractors, run_evaluation

    topic_list = topics
    if len(extractors) > 1:
        reports = compare_extractors(name, path, list(extractors), topics=topic_list)
    else:
        reports = [run_evaluation(name, path, topics=topic_list, extractor=extractors[0] if extractors else None)]
    if fmt == "json":
        payload = [json.loads(r.to_json()) for r in reports]
        click.echo(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False))
        return
    for r in reports:
        rows = r.table_rows()
        click.echo(f"{r.name} on {r.path} (extractor {r.extractor}, commit {r.commit})")
        emit("table", rows, sys.stdout, columns=list(rows[0].keys()) if rows else ["figure", "value"])


@main.command()
@db_option
@handle_errors
def stats(db: str) -> None:
    """Counts of documents, mentions, events and actors in the store."""
    with _open(db, create=False) as store:
        for k, v in store.stats().items():
            click.echo(f"{k}\t{v}")
