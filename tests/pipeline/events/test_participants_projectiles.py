"""Projectiles fired at a target the syntax names are an attack on it ("fired rockets into southern Israel", "at a
bus"); fired into the sea or space, from or over a place, or in a test or an exercise, they code no one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Hamas militants fired rockets into southern Israel on Saturday.", "PSE", "ISR"),
    ("Palestinian militants lobbed two mortar shells at the Israeli town of Sderot on Saturday.", "PSE", "ISR"),
    ("Syrian troops fired artillery shells into Lebanon on Sunday.", "SYR", "LBN"),
    ("Hezbollah guerrillas fired a salvo of rockets at northern Israel on Wednesday.", "LBN", "ISR"),
    ("Iraqi insurgents fired a rocket at a bus near Kirkuk on Sunday.", "IRQ", None),  # a target, though no party
])
def test_participants_projectiles_fired_at_a_target_are_an_attack(text: str, actor: str, target: str | None) -> None:
    found = [e for e in candidates(text, published="2023-03-14") if e.event_type == "ASSAULT"]
    assert found, text
    assert {a.country for a in found[0].actors} == {actor}
    assert target is None or target in {r.country for r in found[0].recipients}


@pytest.mark.parametrize("text", [
    "North Korea fired two ballistic missiles into the sea off its east coast on Thursday.",
    "North Korea fired a short-range missile into the Yellow Sea on Wednesday.",
    "Norland launched a rocket into space on Thursday carrying a satellite.",
    "Militants fired rockets from the Gaza Strip on Tuesday.",
    "North Korea launched a long-range missile over Japan on Thursday.",
    "Iran test-fired a new missile in the Gulf on Thursday.",
    "China fired three missiles into waters near Taiwan on Friday as part of military exercises.",
    "The army fired mortar rounds during an exercise on Thursday.",
])
def test_participants_projectiles_fired_at_no_target_code_no_one(text: str) -> None:
    assert not [e for e in candidates(text, published="2023-03-14") if e.event_type == "ASSAULT" and e.actors]
