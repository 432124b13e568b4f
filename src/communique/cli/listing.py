"""The listing commands (``events``, ``actors``, ``actor``, ``stats``): one set of output options each.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from ..output import emit
from ..records import Event
from ..store.base import labelled_stats
from .base import EVENT_COLUMNS, _open, db_option, flatten_event, handle_errors, main, output_options
from .options import event_filters, pop_filters, undated_note


@main.command()
@db_option
@event_filters
@click.option("--explain", is_flag=True,
              help="Add a 'why' object: the rule, trigger and date rule of the event and how each actor was resolved.")
@output_options
@handle_errors
def events(db: str, explain: bool, fmt: str, **filters: Any) -> None:
    """List merged events, oldest first (undated events last).

    --since/--until look at the event's own date; --reported-since/--reported-until at the day it was first
    reported, so they select undated events too. With a table, stderr says how many undated events a date
    filter left out.
    """
    q = pop_filters(filters)
    with _open(db, create=False) as store:
        records = (e.explained() if explain else e.public() for e in store.query_events(q))
        columns = (*EVENT_COLUMNS, "why") if explain else EVENT_COLUMNS
        emit(fmt, records, sys.stdout, columns=columns, flatten=flatten_event)
        note = undated_note(store, q) if fmt == "table" else None
    if note:
        click.echo(note, err=True)


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


@main.command()
@db_option
@output_options
@handle_errors
def stats(db: str, fmt: str) -> None:
    """Counts of what the store holds (articles, events, undated events, actors, evidence...), each labelled."""
    with _open(db, create=False) as store:
        emit(fmt, labelled_stats(store), sys.stdout, columns=("what", "count", "table"))
