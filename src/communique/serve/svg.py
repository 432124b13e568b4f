"""Inline SVG drawings for the pages, made here so nothing is fetched from the internet: the dyad network, the map
(graticule over dots of the KB's bundled cities, which outline the inhabited land) and an actor's timeline.

Every text is escaped; every link comes from the ``href`` callable the page passes in.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from html import escape
from importlib import resources
from typing import Any

Href = Callable[[str], str]
TYPE_COLOURS = {
    "AGREE": "#2f855a", "CONSULT": "#2b6cb0", "SUPPORT": "#38a169", "CONCEDE": "#319795", "COOPERATE": "#3182ce",
    "AID": "#48bb78", "RETREAT": "#4fd1c5", "REQUEST": "#805ad5", "ACCUSE": "#dd6b20", "REJECT": "#d69e2e",
    "THREATEN": "#e53e3e", "PROTEST": "#ed8936", "SANCTION": "#c53030", "MOBILIZE": "#9b2c2c", "COERCE": "#822727",
    "ASSAULT": "#63171b",
}


def _t(text: Any) -> str:
    return escape(str(text), quote=True)


def _arc(x1: float, y1: float, x2: float, y2: float, r: float) -> str:
    """A slightly curved path from node 1 to node 2 (so A->B and B->A stay apart), ending at node 2's rim."""
    dx, dy = x2 - x1, y2 - y1
    dist = math.hypot(dx, dy) or 1.0
    ux, uy = dx / dist, dy / dist
    sx, sy, ex, ey = x1 + ux * r, y1 + uy * r, x2 - ux * (r + 3), y2 - uy * (r + 3)
    cx, cy = (sx + ex) / 2 - uy * dist * 0.12, (sy + ey) / 2 + ux * dist * 0.12
    return f"M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}"


def _slots(n: int) -> list[int]:
    """Circle slots for nodes ranked busiest first, spread apart (a stride coprime with n) so that the hubs, and
    the many edges between them, do not crowd one arc."""
    stride = max(1, round(n * 0.382))
    while math.gcd(stride, n) != 1:
        stride += 1
    return [(i * stride) % n for i in range(n)]


def network_svg(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], href: Href,
                width: int = 960, height: int = 720) -> str:
    """Nodes on a circle (the busiest spread around it), directed edges weighted by events between them."""
    if not nodes:
        return ""
    cx, cy, radius = width / 2, height / 2, min(width, height) / 2 - 90
    pos = {}
    for n, slot in zip(nodes, _slots(len(nodes)), strict=True):
        angle = -math.pi / 2 + 2 * math.pi * slot / len(nodes)
        pos[n["id"]] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    top = max((e["weight"] for e in edges), default=1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" class="network" '
           f'aria-label="Dyad network: {len(nodes)} parties, {len(edges)} directed pairs">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" '
           'markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#4a5568"/></marker>'
           '</defs>']
    for e in edges:
        x1, y1, _ = pos[e["source"]]
        x2, y2, _ = pos[e["target"]]
        w = 1 + 3 * e["weight"] / top
        types = ", ".join(f"{t} {n}" for t, n in e["types"].items())
        out.append(f'<path d="{_arc(x1, y1, x2, y2, 9)}" fill="none" stroke="#4a5568" stroke-opacity="0.6" '
                   f'stroke-width="{w:.1f}" marker-end="url(#arrow)"><title>{_t(e["source"])} → {_t(e["target"])}: '
                   f'{e["weight"]} event(s) ({_t(types)})</title></path>')
    biggest = max(n["events"] for n in nodes)
    for n in nodes:
        x, y, angle = pos[n["id"]]
        r = 5 + 6 * math.sqrt(n["events"] / biggest)
        anchor = "start" if math.cos(angle) > 0.05 else "end" if math.cos(angle) < -0.05 else "middle"
        lx, ly = x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle) + 4 + 8 * max(0.0, math.sin(angle))
        fill = "#2b6cb0" if n["resolved"] else "#a0aec0"
        circle = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}"><title>{_t(n["name"])}: '
                  f'{n["events"]} event(s)</title></circle>'
                  f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" font-size="12">{_t(n["name"])}</text>')
        out.append(f'<a href="{_t(href(n["id"]))}">{circle}</a>' if n["resolved"] else circle)
    out.append("</svg>")
    return "".join(out)


@functools.lru_cache(maxsize=1)
def land_dots(step: float = 2.0) -> tuple[tuple[float, float], ...]:
    """Cells of ``step`` degrees holding a bundled city (GeoNames, via the KB): a dotted outline of the land."""
    text = resources.files("communique.kb").joinpath("data", "places.tsv").read_text("utf-8")
    cells = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            lat, lon = float(parts[2]), float(parts[3])
        except (IndexError, ValueError):
            continue
        cells.add((math.floor(lon / step) * step + step / 2, math.floor(lat / step) * step + step / 2))
    return tuple(sorted(cells))


NORTH, SOUTH = 84, -60  # the map's latitudes (no city lies beyond)


def map_svg(points: list[dict[str, Any]], href: Href, width: int = 1000) -> str:
    """An equirectangular world (graticule every 30 degrees, land as city dots) with one marker per event."""
    k = width / 360
    height = int((NORTH - SOUTH) * k)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon + 180) * k, (NORTH - lat) * k

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" class="map" '
           f'aria-label="Map: {len(points)} located events"><rect width="{width}" height="{height}" fill="#f7fafc"/>']
    for lon in range(-180, 181, 30):
        x, _ = xy(lon, 0)
        out.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#e2e8f0"/>')
    for lat in range(-60, 91, 30):
        _, y = xy(0, lat)
        out.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#e2e8f0"/>')
    dots = "".join(f"M{x:.1f},{y:.1f}h0" for x, y in (xy(lon, lat) for lon, lat in land_dots()))
    out.append(f'<path d="{dots}" stroke="#cbd5e0" stroke-width="{max(2.0, 2 * k):.1f}" stroke-linecap="round"/>')
    for p in points:
        x, y = xy(p["lon"], p["lat"])
        colour = TYPE_COLOURS.get(p["event_type"], "#2b6cb0")
        out.append(f'<a href="{_t(href(p["id"]))}"><circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{colour}" '
                   f'fill-opacity="0.85" stroke="#1a202c" stroke-width="1"><title>{_t(p["label"])}</title></circle></a>')
    out.append("</svg>")
    return "".join(out)


def timeline_svg(months: list[dict[str, Any]], width: int = 760, height: int = 150) -> str:
    """Bars of events per month from the first to the last month with events (empty months included)."""
    if not months:
        return ""
    first, last = months[0]["month"], months[-1]["month"]
    y0, m0 = int(first[:4]), int(first[5:7])
    span = (int(last[:4]) - y0) * 12 + int(last[5:7]) - m0 + 1
    counts = {m["month"]: m["events"] for m in months}
    top = max(counts.values())
    bw = (width - 40) / span
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" class="timeline" '
           f'aria-label="Events per month from {_t(first)} to {_t(last)}">']
    for i in range(span):
        y, m = divmod(m0 - 1 + i, 12)
        key = f"{y0 + y:04d}-{m + 1:02d}"
        n = counts.get(key, 0)
        h = (height - 40) * n / top
        x = 20 + i * bw
        if n:
            out.append(f'<rect x="{x:.1f}" y="{height - 25 - h:.1f}" width="{max(bw - 1, 1):.1f}" height="{h:.1f}" '
                       f'fill="#2b6cb0"><title>{key}: {n} event(s)</title></rect>')
        if i == 0 or i == span - 1 or (m == 0 and span > 12):
            out.append(f'<text x="{x:.1f}" y="{height - 8}" font-size="11">{key}</text>')
    out.append("</svg>")
    return "".join(out)
