"""KnowledgeBase: countries, organisations, roles -> sectors, office holders over time, places.

All tables are bundled in ``kb/data`` (built by ``scripts/build_kb.py``; sources in ``kb/data/SOURCES.md``).
Lookups are case-insensitive and accent-insensitive; short all-capital acronyms ("US", "WHO") match only as
written so the pronoun "us" or "who" never resolves to a country or an organisation.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from ..lexicon.words import word_set, word_table
from .entries import CountryEntry, KBExtra, OrgEntry, PersonEntry, PlaceEntry, RoleEntry
from .normalize import fold, singular, tokens
from .people import _active, _PeopleLayer
from .tables import (
    DATA_DIR,
    BreakawayRegion,
    Bucket,
    _alias_add,
    _breakaway_regions,
    _data_file,
    _ethnic_groups,
    _lookup,
    _minor_places,
    _query_key,
    _read_raw,
    _Tables,
    build_index,
    write_index,
)

log = logging.getLogger(__name__)

# offices named after their organisation: role phrase -> (organisation code, role as recorded)
# Titles that name the same office as a canonical one (kept distinct as roles, looked up as the same office).
OFFICE_EQUIVALENTS: dict[str, str] = {"Secretary of State": "Foreign Minister"}
ORG_OFFICES: dict[str, tuple[str, str]] = {
    phrase: (org, role) for phrase, org, role in word_table("actors/kb_base_org_offices", 3)}
MAX_GAP_YEARS = 20
_UNSET = object()  # a memo's "not asked yet" (None is an answer)
# words after a region's name that say what it is ("Sindh province", "West Darfur State")
REGION_WORDS: frozenset[str] = word_set("actors/kb_base_region_words")
CONTINENT_WORDS: frozenset[str] = word_set("actors/kb_base_continent_words")


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
        self._x_role_max_len = max((len(k.split()) for k in self._x_roles), default=0)
        self._x_orgs = list(self._extra.organizations)
        self._person_index: dict[str, int] | None = None  # built on first use (canonical_name)
        self._user_people: dict[str, PersonEntry] = {}
        self._org_index: dict[str, OrgEntry] | None = None
        # answers of the pure text look-ups, which actor resolution asks again and again for the same words
        self._memo: dict[tuple[str, str], Any] = {}
        self._role_firsts: set[str] | None = None  # built on first use (_role)
        self._x_org_exact: Bucket = {}
        self._x_org_folded: Bucket = {}
        for i, o in enumerate(self._x_orgs):
            for alias in (o.name, *o.aliases):
                _alias_add(self._x_org_exact, self._x_org_folded, alias, i)

    MEMO_MAX = 200_000  # distinct words of a long run; cleared when full

    def _cached(self, kind: str, text: str, fn: Callable[[str], Any]) -> Any:
        key = (kind, text)
        value = self._memo.get(key, _UNSET)  # half the look-ups of a run are new: no KeyError raised for each
        if value is _UNSET:
            if len(self._memo) >= self.MEMO_MAX:
                self._memo.clear()
            value = self._memo[key] = fn(text)
        return value

    def memo(self, kind: str, text: str, fn: Callable[[str], Any]) -> Any:
        """``fn(text)``, remembered under ``kind`` with this knowledge base's own look-ups: for pure functions of a
        text and this knowledge base that callers ask again and again (return immutable values)."""
        return self._cached(kind, text, fn)

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
        if hit and not self._t.ix["org_exact"].get(_query_key(text)) and self._country(text) is not None:
            return None  # "Bolivia", "Colombia": the country, not a rebel group the old dictionaries filed under it
        return self._t.orgs[hit[0]] if hit else None

    # -------------------------------------------------------------------------------------------- roles
    def role(self, text: str) -> RoleEntry | None:
        """The longest role phrase in ``text`` ("Azerbaijani Foreign Minister X" -> Foreign Minister, GOV)."""
        return self._cached("role", text, self._role)

    def _role(self, text: str) -> RoleEntry | None:
        toks = tokens(text)
        layers = [self._x_roles, self._t.roles] if self._x_roles else [self._t.roles]
        longest = max(self._t.role_max_len, self._x_role_max_len)
        plain_last = [singular(t) for t in toks]  # each word as the last of a phrase, made singular
        firsts = self._role_firsts
        if firsts is None:  # the first word of every role phrase: a phrase starting with another word is none
            firsts = self._role_firsts = {k.split(" ", 1)[0] for roles in layers for k in roles}
        for n in range(min(len(toks), longest), 0, -1):
            for i in range(len(toks) - n + 1):
                if toks[i] not in firsts and (n > 1 or plain_last[i] not in firsts):
                    continue
                phrase = " ".join(toks[i:i + n])
                last = plain_last[i + n - 1]
                plain = phrase if last == toks[i + n - 1] else " ".join([*toks[i:i + n - 1], last])
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
        found: tuple[PersonEntry, ...] = self._cached("people-like", name, self._people_like)
        return list(found)

    def _people_like(self, name: str) -> tuple[PersonEntry, ...]:  # a fuzzy search over every surname: remembered
        return tuple(self._x_people.like(name) or self._base_people.like(name))

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
        if self.country(name) is not None or self.place(name) is not None or key in CONTINENT_WORDS:
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


def big_place(kb: KnowledgeBase, text: str, *, more_than: int, not_country: bool = False) -> bool:
    """A capital, or a place of more than ``more_than`` people (with ``not_country``, never a country's name).
    The one test of a "big place": coreference asks for more than 500,000, place filling for 100,000 or more."""
    if not_country and kb.country(text) is not None:
        return False
    place = kb.place(text)
    return place is not None and (place.kind == "capital" or (place.population or 0) > more_than)


@functools.lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The bundled knowledge base, loaded once per process."""
    return KnowledgeBase()


__all__ = ["DATA_DIR", "BreakawayRegion", "KnowledgeBase", "big_place", "build_index", "get_kb", "write_index", "_read_raw"]
