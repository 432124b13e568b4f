"""Projectiles fired at a named target are an attack on it ("fired rockets into southern Israel"); fired at no one
the text names ("fired two missiles into the sea") they are no ASSAULT row. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Hamas militants fired rockets into southern Israel on Saturday.", "PSE", "ISR"),
    ("Palestinian militants lobbed two mortar shells at the Israeli town of Sderot on Saturday.", "PSE", "ISR"),
    ("Syrian troops fired artillery shells into Lebanon on Sunday.", "SYR", "LBN"),
])
def test_relevance_projectiles_fired_at_a_target_are_an_attack(text: str, actor: str, target: str) -> None:
    found = [e for e in candidates(text, published="2023-03-14") if e.event_type == "ASSAULT"]
    assert found, text
    assert {a.country for a in found[0].actors} == {actor}
    assert target in {r.country for r in found[0].recipients}


@pytest.mark.parametrize("text", [
    "North Korea fired two ballistic missiles into the sea off its east coast on Thursday.",
    "The army fired mortar rounds during an exercise on Thursday.",
])
def test_relevance_projectiles_fired_at_no_one_are_no_attack(text: str) -> None:
    assert not [e for e in candidates(text, published="2023-03-14") if e.event_type == "ASSAULT"]
