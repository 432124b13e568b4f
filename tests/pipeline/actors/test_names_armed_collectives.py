"""Unnamed groups named by what they do are parties: "gunmen" and "attackers" an unidentified armed force (sector
UAF), "kidnappers" and "hostage-takers" criminals (CRM, the KB's fallback roles); each can be the target of a blame
and the actor of an attack. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "etype", "side", "name", "sector"), [
    ("The Kenyan government blamed the hostage-takers on Tuesday for the deaths of two aid workers.", "ACCUSE",
     "recipients", "hostage-takers", "CRM"),
    ("The Kenyan government blamed leftist kidnappers on Tuesday for the deaths of two aid workers.", "ACCUSE",
     "recipients", "leftist kidnappers", "CRM"),
    ("Police said gunmen killed two soldiers near the border on Tuesday.", "ASSAULT", "actors", "gunmen", "UAF"),
])
def test_names_armed_collectives_are_parties(text: str, etype: str, side: str, name: str, sector: str) -> None:
    got = [e for e in candidates(text, "2024-05-01")
           if e.event_type == etype]
    assert got and [(a.name, a.sector) for a in getattr(got[0], side)] == [(name, sector)]
