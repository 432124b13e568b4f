"""The POLECAT and ICEWS layouts: one row per actor x recipient pair, under the column names those datasets publish.

Column lists (sources named in docs/EXPORT.md):

- POLECAT: the tab-separated weekly files of the POLECAT dataset on Harvard Dataverse (doi:10.7910/DVN/AJGVIT),
  the 40 columns from "Event ID" to "Version".
- ICEWS: the tab-separated files of "ICEWS Coded Event Data" on Harvard Dataverse (doi:10.7910/DVN/28075),
  the 20 columns from "Event ID" to "Longitude".

Only what communique knows is filled in; a column it has no value for stays empty (never guessed): Intensity
(no Goldstein-style scale is bundled), COW codes, Wikipedia ids, GeoNames ids, sentence numbers, story-level lists.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from .. import __version__
from ..kb import get_kb
from .rows import Row, cameo_label

POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
    "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
    "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version",
)
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)
LAYOUT_COLUMNS: dict[str, tuple[str, ...]] = {"polecat": POLECAT_COLUMNS, "icews": ICEWS_COLUMNS}


@functools.lru_cache(maxsize=1)
def _pseudo_countries() -> dict[str, str]:
    """PLOVER's international pseudo-country codes (UNO, EUR, IGO, NGO...) -> names, as bundled with the KB."""
    text = resources.files("communique.kb").joinpath("data", "manual", "pseudo_countries.psv").read_text("utf-8")
    rows = (line.split("|") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0].strip(): r[1].strip() for r in rows if len(r) >= 2}


@functools.lru_cache(maxsize=1024)
def country_name(code: str | None) -> str | None:
    """A country's (or PLOVER pseudo-country's) English name from its code: ICEWS names countries, not codes."""
    if not code:
        return None
    found = get_kb().country_by_code(code)
    return found.name if found is not None else _pseudo_countries().get(code, code)


def _day(row: Row) -> str | None:
    """The event's day when the text gives one; a week-, month- or year-precision date leaves it empty (these
    layouts have no precision column: the native export keeps ``date_precision``)."""
    return row["date"] if row["date_precision"] == "day" else None


def _city(row: Row) -> str | None:
    """A place with coordinates is a city (the KB never gives a country centroid as a city)."""
    return row["location_name"] if row["location_lat"] is not None else None


def polecat_row(dyad: Row, info: dict[str, Any]) -> dict[str, Any]:
    """A dyad as a POLECAT row. ``info``: the event's first report (``doc_id``, ``source``)."""
    return {
        "Event ID": dyad["event_id"], "Event Date": _day(dyad), "Event Type": dyad["event_type"],
        "Event Mode": dyad["mode"], "Quad Code": dyad["quad_class"], "Contexts": ";".join(dyad["context"] or []),
        "Actor Name": dyad["actor_name"], "Actor Country": dyad["actor_country"],
        "Primary Actor Sector": dyad["actor_sector"], "Actor Sectors": dyad["actor_sector"],
        "Actor Title": dyad["actor_role"], "Actor Name Raw": dyad["actor_text"],
        "Recipient Name": dyad["recipient_name"], "Recipient Country": dyad["recipient_country"],
        "Primary Recipient Sector": dyad["recipient_sector"], "Recipient Sectors": dyad["recipient_sector"],
        "Recipient Title": dyad["recipient_role"], "Recipient Name Raw": dyad["recipient_text"],
        "Placename": dyad["location_name"], "City": _city(dyad), "Country": dyad["location_country"],
        "Latitude": dyad["location_lat"], "Longitude": dyad["location_lon"], "Raw Placename": dyad["location_name"],
        "Source": info.get("source"), "Publication Date": dyad["reported"], "Language": "en",
        "Version": f"communique {__version__}",
    }


def icews_row(dyad: Row, info: dict[str, Any]) -> dict[str, Any]:
    """A dyad as an ICEWS row: countries by name, the CAMEO label as Event Text, the first report as the story."""
    return {
        "Event ID": dyad["event_id"], "Event Date": _day(dyad), "Source Name": dyad["actor_name"],
        "Source Sectors": dyad["actor_sector"], "Source Country": country_name(dyad["actor_country"]),
        "Event Text": cameo_label(dyad["cameo"]), "CAMEO Code": dyad["cameo"],
        "Target Name": dyad["recipient_name"], "Target Sectors": dyad["recipient_sector"],
        "Target Country": country_name(dyad["recipient_country"]), "Story ID": info.get("doc_id"),
        "Publisher": info.get("source"), "City": _city(dyad), "Country": country_name(dyad["location_country"]),
        "Latitude": dyad["location_lat"], "Longitude": dyad["location_lon"],
    }


LAYOUT_ROW = {"polecat": polecat_row, "icews": icews_row}
