"""Typed knowledge-base entries. Every entry names its source so resolutions can be audited."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CountryEntry:
    iso3: str  # ISO 3166 alpha-3, or a historical code (e.g. "SUN" Soviet Union, "YUG")
    name: str  # short name, e.g. "Azerbaijan"
    names: tuple[str, ...] = ()  # official and variant names
    demonyms: tuple[str, ...] = ()  # "Azerbaijani", "Azeri", ...
    capital: str | None = None
    source: str = ""


@dataclass(frozen=True)
class OrgEntry:
    code: str  # our id, e.g. "UNO", "NATO", "OSCE-MINSK"
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # PLOVER pseudo-country: IGO, UNO, EUR, NGO, ... or an ISO3 for national bodies
    sector: str | None = None  # e.g. IGO, GOV, MIL, NGO
    kind: str = "organization"
    source: str = ""


@dataclass(frozen=True)
class RoleEntry:
    role: str  # canonical title, e.g. "Foreign Minister"
    sector: str  # PLOVER sector code: GOV, MIL, JUD, LEG, ...
    words: tuple[str, ...] = ()  # surface forms
    source: str = ""


@dataclass(frozen=True)
class Position:
    role: str  # canonical title
    country: str | None  # ISO3 or pseudo-country
    start: str | None  # ISO date (or None: unknown)
    end: str | None  # ISO date (or None: still in office / unknown)
    sector: str | None = None
    source: str = ""
    org: str | None = None  # organisation whose office this is (e.g. "NATO" for its Secretary-General)
    known_until: str | None = None  # open-ended holding confirmed only up to this date (source's last update)


@dataclass(frozen=True)
class PersonEntry:
    id: str  # stable id, e.g. "kb:reign:...", "wd:Q123", "user:..."
    name: str  # canonical name
    aliases: tuple[str, ...] = ()
    country: str | None = None
    positions: tuple[Position, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    country: str | None  # ISO3
    lat: float
    lon: float
    kind: str = "city"  # city | capital | region
    population: int | None = None
    source: str = ""


@dataclass
class KBExtra:
    """User-supplied knowledge (``communique kb import``): plain data, picklable for cluster workers."""

    people: list[PersonEntry] = field(default_factory=list)
    organizations: list[OrgEntry] = field(default_factory=list)
    roles: list[RoleEntry] = field(default_factory=list)  # user role/agent words (e.g. a PETRARCH agents file)
    # User verb dictionaries (``communique.lexicon.user.VerbEntry``, e.g. a PETRARCH verbs file) and discard
    # phrases (``communique.lexicon.user.Discard``); typed loosely to keep the KB free of lexicon imports.
    verbs: list[Any] = field(default_factory=list)
    discards: list[Any] = field(default_factory=list)
    # A digest of the content, set once where the extra is loaded (``ingest.load_extra``): workers then build the
    # layered KB and verb index once per process for it, not once per batch. Empty: rebuilt for every batch.
    fingerprint: str = ""
