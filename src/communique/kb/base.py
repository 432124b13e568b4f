"""KnowledgeBase: STUB (owned by the KB engineer)."""

from __future__ import annotations

import functools

from .entries import CountryEntry, KBExtra, OrgEntry, PersonEntry, PlaceEntry, RoleEntry


class KnowledgeBase:
    def country(self, text: str) -> CountryEntry | None:
        return None

    def organization(self, text: str) -> OrgEntry | None:
        return None

    def role(self, text: str) -> RoleEntry | None:
        return None

    def office_holder(self, country: str, role: str, on: str | None) -> PersonEntry | None:
        return None

    def people_named(self, name: str, on: str | None = None) -> list[PersonEntry]:
        return []

    def place(self, name: str) -> PlaceEntry | None:
        return None

    def with_extra(self, extra: KBExtra) -> KnowledgeBase:
        return self


@functools.lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    return KnowledgeBase()
