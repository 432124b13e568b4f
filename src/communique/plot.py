"""Charts of a query's events, drawn with matplotlib (extra ``plot``) into PNG (or SVG/PDF by the file's suffix).

``plot_events(events, kind, path) -> PlotReport``; kinds:

- ``timeline``: events per day, week or month (chosen from the span): dated events by their own date (a month or
  year date at its first day), undated ones by the day they were first reported, stacked and labelled apart.
- ``types``: events per PLOVER type, stacked by status.
- ``dyads``: the most frequent actor -> recipient pairs (a meeting counts both ways).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import MissingExtra, PlotError
from .export.rows import dyad_rows
from .records import PLOVER_TYPES, STATUSES, Event
from .store.base import first_reported
from .timespan import date_low

KINDS: tuple[str, ...] = ("timeline", "types", "dyads")
STATUS_COLOURS = {"occurred": "#2b6cb0", "planned": "#68a0d8", "negated": "#c05621", "hypothetical": "#a0aec0"}


@dataclass(frozen=True)
class PlotReport:
    path: str
    kind: str
    events: int
    bars: int  # bars drawn (positions on the axis)
    counts: dict[str, int] = field(default_factory=dict)  # what was drawn: "dated 2022-09-19", "CONSULT occurred", "A → B"
    left_out: int = 0  # events the chart could not place (timeline: neither a date nor a dated report)


def _figure(width: float, height: float) -> Any:
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise MissingExtra("plots need matplotlib", "Install it: pip install 'communique[plot]'") from exc
    return Figure(figsize=(width, height), dpi=110, layout="constrained")


def _bucket(day: str, unit: str) -> dt.date:
    d = dt.date.fromisoformat(day)
    if unit == "month":
        return d.replace(day=1)
    if unit == "week":
        return d - dt.timedelta(days=d.weekday())
    return d


Drawn = tuple[int, dict[str, int], int]  # bars, counts, events left out


def _timeline(events: list[Event], fig: Any) -> Drawn:
    dated = [lo for e in events if (lo := date_low(e.date))]
    undated = [r[:10] for e in events if not date_low(e.date) and (r := first_reported(e))]
    days = sorted(dated + undated)
    if not days:
        raise PlotError("none of these events has a date or a dated report", "Plot `types` or `dyads` instead")
    span = (dt.date.fromisoformat(days[-1]) - dt.date.fromisoformat(days[0])).days
    unit = "day" if span <= 62 else "week" if span <= 730 else "month"
    a, b = Counter(_bucket(d, unit) for d in dated), Counter(_bucket(d, unit) for d in undated)
    xs = sorted(set(a) | set(b))
    width = {"day": 0.8, "week": 5.6, "month": 24.0}[unit]
    ax = fig.add_subplot()
    ax.bar(xs, [a[x] for x in xs], width=width, color="#2b6cb0", label="dated: by the event's own date")
    ax.bar(xs, [b[x] for x in xs], width=width, bottom=[a[x] for x in xs], color="#ed8936",
           label="undated: by the day first reported")
    ax.set_ylabel(f"events per {unit}")
    left_out = len(events) - len(dated) - len(undated)
    ax.set_title(f"Events over time: {len(dated)} dated, {len(undated)} undated placed by their first report"
                 + (f", {left_out} with neither not shown" if left_out else ""))
    ax.legend(loc="upper left", frameon=False)
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.autofmt_xdate()
    counts = {**{f"dated {x}": n for x, n in a.items()}, **{f"undated {x}": n for x, n in b.items()}}
    return len(xs), counts, left_out


def _types(events: list[Event], fig: Any) -> Drawn:
    counts = Counter((e.event_type, e.status) for e in events)
    types = [t for t in PLOVER_TYPES if any(counts[(t, s)] for s in STATUSES)]
    types.sort(key=lambda t: sum(counts[(t, s)] for s in STATUSES))
    ax = fig.add_subplot()
    left = [0] * len(types)
    for status in STATUSES:
        values = [counts[(t, status)] for t in types]
        if any(values):
            ax.barh(types, values, left=left, color=STATUS_COLOURS[status], label=status)
            left = [x + v for x, v in zip(left, values, strict=True)]
    ax.set_xlabel("events")
    ax.set_title(f"Events by PLOVER type ({len(events)} events)")
    ax.legend(loc="lower right", frameon=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return len(types), {f"{t} {s}": n for (t, s), n in counts.items()}, 0


def _dyads(events: list[Event], fig: Any, top: int) -> Drawn:
    pairs: Counter[tuple[str, str]] = Counter()
    for e in events:
        seen = set()
        for d in dyad_rows(e):
            key = (d["actor_name"], d["recipient_name"])
            if d["dyad_kind"] != "single" and key not in seen:
                seen.add(key)
                pairs[key] += 1
    if not pairs:
        raise PlotError("no event of these has both an actor and a counterpart", "Plot `types` or `timeline`")
    best = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:top][::-1]
    ax = fig.add_subplot()
    ax.barh([f"{a} → {r}" for (a, r), _ in best], [n for _, n in best], color="#2b6cb0")
    ax.set_xlabel("events")
    ax.set_title(f"Most frequent dyads (top {len(best)} of {len(pairs)})")
    ax.xaxis.get_major_locator().set_params(integer=True)
    return len(best), {f"{a} → {r}": n for (a, r), n in best}, 0


def plot_events(events: Iterable[Event], kind: str, path: str | Path, *, top: int = 20) -> PlotReport:
    """Draw ``kind`` (see the module doc) of ``events`` into ``path``; raises PlotError (with the fix) when there
    is nothing to draw or the file cannot be written, MissingExtra without matplotlib."""
    if kind not in KINDS:
        raise PlotError(f"unknown plot {kind!r}", f"Choose one of {', '.join(KINDS)}")
    target = Path(path)
    if not target.parent.exists():
        raise PlotError(f"no folder {target.parent} to write {target.name} into", "Create it first, or pick another -o")
    evs = list(events)
    if not evs:
        raise PlotError("no events match", "Loosen the filters, or check the store with `communique stats`")
    if kind == "dyads":
        fig = _figure(9, max(3.0, 0.32 * min(top, len(evs) * 2) + 1.2))
        bars, counts, left_out = _dyads(evs, fig, top)
    else:
        fig = _figure(9, 4.8)
        bars, counts, left_out = _timeline(evs, fig) if kind == "timeline" else _types(evs, fig)
    try:
        fig.savefig(target)
    except OSError as exc:
        raise PlotError(f"could not write {target} ({exc.strerror or exc})", "Check the folder's permissions") from exc
    except ValueError as exc:  # an unknown suffix
        raise PlotError(f"could not write {target} ({exc})", "Use a .png, .svg or .pdf file name") from exc
    return PlotReport(str(target), kind, len(evs), bars, counts, left_out)
