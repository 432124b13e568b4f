"""Options shared by the commands that select events (``events``, ``export``, ``plot``): the same filters, with
the same help, turned into one :class:`~communique.store.EventQuery`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..records import PLOVER_TYPES, STATUSES
from ..store.base import EventQuery, undated_left_out

F = TypeVar("F", bound=Callable[..., Any])

_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
LIMIT_MAX = 2**63 - 1  # the store's integers are 64-bit
FILTER_NAMES = ("actor", "country", "event_type", "status", "since", "until", "reported_since", "reported_until",
                "min_confidence", "limit")


def check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _DATE_RE.match(value):
        raise click.BadParameter(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-09-19)")
    if value is not None and len(value) == 10:
        try:
            dt.date.fromisoformat(value)
        except ValueError as exc:
            raise click.BadParameter(f"{value!r} is not a day of the calendar ({exc})") from exc
    return value


def event_filters(fn: F) -> F:
    """The filters of ``communique events``; the command receives them as keyword arguments (FILTER_NAMES)."""
    options = [
        click.option("--actor", help="Actor name (substring; case and accents ignored) or actor id."),
        click.option("--country", help="ISO3 code of an actor's or recipient's country (or IGO, UNO, EUR...)."),
        click.option("--type", "event_type", type=click.Choice(PLOVER_TYPES, case_sensitive=False),
                     help="PLOVER event type."),
        click.option("--status", type=click.Choice(STATUSES), help="occurred, planned, negated or hypothetical."),
        click.option("--since", callback=check_date,
                     help="Events dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated events are "
                          "left out (and counted on stderr)."),
        click.option("--until", callback=check_date, help="Events dated on or before this date (as --since)."),
        click.option("--reported-since", callback=check_date,
                     help="Events first reported (earliest publication date of their articles) on or after this "
                          "date: works for undated events too."),
        click.option("--reported-until", callback=check_date,
                     help="Events first reported on or before this date (as --reported-since)."),
        click.option("--min-confidence", type=click.FloatRange(0.0, 1.0),
                     help="Only events whose confidence (the estimated chance the event is right) is at least this."),
        click.option("--limit", type=click.IntRange(min=0, max=LIMIT_MAX), help="At most this many events."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def make_query(actor: str | None = None, country: str | None = None, event_type: str | None = None,
               status: str | None = None, since: str | None = None, until: str | None = None,
               reported_since: str | None = None, reported_until: str | None = None,
               limit: int | None = None, min_confidence: float | None = None) -> EventQuery:
    """The EventQuery for the filters of :func:`event_filters`."""
    return EventQuery(actor=actor, country=country.upper() if country else None,
                      event_type=event_type.upper() if event_type else None, status=status, since=since,
                      until=until, limit=limit, reported_since=reported_since, reported_until=reported_until,
                      min_confidence=min_confidence)


def pop_filters(kwargs: dict[str, Any]) -> EventQuery:
    """Take the filter options out of a command's keyword arguments and build the query."""
    return make_query(**{k: kwargs.pop(k) for k in FILTER_NAMES})


def undated_note(store: Any, q: EventQuery) -> str | None:
    """The line a listing prints when its date filter left undated events out (None when it left none out)."""
    n = undated_left_out(store, q)
    if not n:
        return None
    flags = " and ".join(f for f, v in (("--since", q.since), ("--until", q.until)) if v)
    return (f"note: {n} undated event{'s' if n != 1 else ''} left out by {flags} (their text gives no date); "
            "--reported-since/--reported-until select by publication date instead")
