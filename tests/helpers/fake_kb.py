"""A small fake knowledge base (made-up people, a few countries and organisations) and hand-built events over a
sentence, for the actor tests."""

from __future__ import annotations

from communique.kb import CountryEntry, KnowledgeBase, OrgEntry, PersonEntry, PlaceEntry, Position, RoleEntry
from communique.pipeline.actors.names import fold_ascii_lower as fold
from communique.records import Actor, ActorRef, Document, Event


class FakeKB(KnowledgeBase):
    """Made-up countries, organisations, roles and office holders (names are fictional unless generic)."""

    countries = [
        CountryEntry("AZE", "Azerbaijan", ("Republic of Azerbaijan",), ("Azerbaijani", "Azeri")),
        CountryEntry("ARM", "Armenia", ("Republic of Armenia",), ("Armenian",)),
        CountryEntry("USA", "United States", ("US", "U.S.", "United States of America"), ("American",)),
        CountryEntry("RUS", "Russia", ("Russian Federation",), ("Russian",)),
        CountryEntry("PAK", "Pakistan", (), ("Pakistani",)),
        CountryEntry("FRA", "France", (), ("French",)),
    ]
    orgs = [
        OrgEntry("UNO", "United Nations", ("UN", "U.N."), country="IGO", sector="IGO"),
        OrgEntry("NATO", "NATO", ("North Atlantic Treaty Organization",), country="IGO", sector="MIL"),
        OrgEntry("UNGA", "United Nations General Assembly", ("UN General Assembly", "General Assembly"),
                 country="IGO", sector="LEG"),
    ]
    roles = [RoleEntry("Foreign Minister", "GOV", ("foreign minister", "minister of foreign affairs", "top diplomat"))]
    people = [
        PersonEntry("kb:ruritania-fm-1", "Marta Kovel", country="FRA",
                    positions=(Position("Foreign Minister", "FRA", "2010-01-01", "2020-06-30"),)),
        PersonEntry("kb:ruritania-fm-2", "Olek Dravin", country="FRA",
                    positions=(Position("Foreign Minister", "FRA", "2020-07-01", None),)),
        PersonEntry("kb:un-sg", "Tomas Verhoek", positions=(Position("Secretary-General", "IGO", "2017-01-01", None),)),
        PersonEntry("kb:aze-pres", "Ilyas Tamirov", country="AZE",
                    positions=(Position("President", "AZE", "2003-10-31", None),)),
        PersonEntry("kb:pak-a", "Imran Qadri", country="PAK", positions=(Position("Minister", "PAK", "2018-01-01", None),)),
        PersonEntry("kb:pak-b", "Salim Qadri", country="PAK", positions=(Position("Senator", "PAK", "2015-01-01", None),)),
    ]

    def place(self, name: str) -> PlaceEntry | None:
        places = {"baku": PlaceEntry("Baku", "AZE", 40.4, 49.9, kind="capital"),
                  "ganja": PlaceEntry("Ganja", "AZE", 40.7, 46.4, kind="city")}
        return places.get(fold(name))

    def country(self, text: str) -> CountryEntry | None:
        f = fold(text)
        for c in self.countries:
            if f in {fold(x) for x in (c.name, *c.names, *c.demonyms)}:
                return c
        return None

    def organization(self, text: str) -> OrgEntry | None:
        f = fold(text)
        for o in self.orgs:
            if f in {fold(x) for x in (o.name, *o.aliases)}:
                return o
        return None

    def role(self, text: str) -> RoleEntry | None:
        f = fold(text)
        for r in self.roles:
            if f in r.words or f == fold(r.role):
                return r
        return None

    def office_holder(self, country: str, role: str, on: str | None) -> PersonEntry | None:
        for p in self.people:
            for pos in p.positions:
                if pos.country == country and fold(pos.role) == fold(role) and on is not None and \
                        (pos.start is None or pos.start <= on) and (pos.end is None or on <= pos.end):
                    return p
        return None

    def people_named(self, name: str, on: str | None = None) -> list[PersonEntry]:
        f = fold(name)
        out = []
        for p in self.people:
            full = fold(p.name)
            if f == full or f == full.split()[-1]:
                if on is None or any((q.start is None or q.start <= on) and (q.end is None or on <= q.end)
                                     for q in p.positions):
                    out.append(p)
        return out


def make_event(text: str, actors: list[str], recipients: list[str] = (), published: str | None = "2022-09-20",
               date: str | None = None, doc_id: str = "d1", occurrence: dict[str, int] | None = None
               ) -> tuple[Document, Event]:
    """An Event over ``text`` with refs at the given phrases (the last sentence's occurrence unless told)."""
    doc = Document(id=doc_id, text=text, published=published)
    occurrence = occurrence or {}

    def ref(phrase: str) -> ActorRef:
        idx = text.rfind(phrase) if occurrence.get(phrase) is None else _nth(text, phrase, occurrence[phrase])
        assert idx >= 0, phrase
        return ActorRef(phrase, idx, idx + len(phrase), idx + len(phrase) - 1)

    ev = Event(event_type="CONSULT", cameo="040", date=date, actor_refs=[ref(a) for a in actors],
               recipient_refs=[ref(r) for r in recipients])
    return doc, ev


def _nth(text: str, phrase: str, n: int) -> int:
    idx = -1
    for _ in range(n + 1):
        idx = text.find(phrase, idx + 1)
    return idx


def one(actors: list[Actor]) -> Actor:
    assert len(actors) == 1, actors
    return actors[0]


class OrgKB(FakeKB):
    """FakeKB plus a few more organisations (EU, NAM, WHO, a rebel front) for the anaphora tests."""

    orgs = [
        *FakeKB.orgs,
        OrgEntry("EU", "European Union", ("EU",), country="EUR", sector="GOV"),
        OrgEntry("NAM", "Non-Aligned Movement", ("NAM",), country="IGO", sector="GOV"),
        OrgEntry("WHO", "World Health Organization", ("WHO",), country="UNO", sector="MED"),
        OrgEntry("REDFRONT", "Red Hills Front", (), country="ARM", sector="REB"),
    ]
