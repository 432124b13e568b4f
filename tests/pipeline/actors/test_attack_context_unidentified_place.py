"""Unidentified attackers are placed where the attack happened (the event's place, or a place the sentence names),
not by a demonym in the sentence ("a spokesman for the US-led coalition said"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "country"), [
    ("Two Afghan soldiers were wounded by a roadside bomb, a spokesman for the US-led coalition said.", None),
    ("Five Malian soldiers were wounded in the explosion, a spokesman for the French-Malian task force said.", None),
    ("A roadside bomb wounded two French soldiers in Kabul on Monday.", "AFG"),
])
def test_attack_context_unidentified_attackers_placed_by_a_place(text: str, country: str | None) -> None:
    got = [e for e in candidates(text, "2024-05-01")
           if e.event_type == "ASSAULT"]
    assert got and [(a.name, a.country) for a in got[0].actors] == [("unidentified attackers", country)]
