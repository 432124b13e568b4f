"""Bundled knowledge base: countries, organisations, roles -> sectors, office holders over time, places.

Contract (implemented in ``kb/base.py``)::

    kb = get_kb()                                   # cached per process
    kb.country("Azerbaijani") -> CountryEntry | None  # names, ISO3, demonyms, variants ("Azeri")
    kb.organization("United Nations") -> OrgEntry | None
    kb.role("foreign minister") -> RoleEntry | None   # role words -> canonical role + PLOVER sector
    kb.office_holder("AZE", "President", "2002-05-01") -> PersonEntry | None
    kb.people_named("Aliyev", on="2024-09-16") -> list[PersonEntry]  # candidates, time-aware
    kb.place("Baku") -> PlaceEntry | None             # cities with coordinates
    kb.with_extra(KBExtra(...)) -> KnowledgeBase       # user entries layered on the bundled ones

Also: ``kb.office_holders(...)`` (all matches), ``kb.metonym("the Kremlin")`` -> (CountryEntry, sector),
``kb.country_by_code("AZE")``, ``kb.place(name, country="USA")`` (prefer a city in that country), and
``load_actor_file(path) -> KBExtra`` for ``communique kb import`` (JSONL, CSV, PETRARCH/TABARI dictionaries),
``load_agent_file(path) -> KBExtra`` (PETRARCH agents dictionary -> user role words, consulted first by ``role``).
"""

from .base import KnowledgeBase, get_kb
from .entries import CountryEntry, KBExtra, OrgEntry, PersonEntry, PlaceEntry, Position, RoleEntry
from .importer import load_actor_file, load_agent_file, load_petrarch_actors

__all__ = [
    "CountryEntry", "KBExtra", "KnowledgeBase", "OrgEntry", "PersonEntry", "PlaceEntry", "Position", "RoleEntry",
    "get_kb", "load_actor_file", "load_agent_file", "load_petrarch_actors",
]
