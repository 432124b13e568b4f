"""Victims of an attack on a place are that place's people, not of the article's only named country (often the
attacker's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "victims", "country"), [
    ("Russian forces shelled the city of Kharkiv overnight, killing three civilians, the governor said on Monday.",
     "three civilians", "UKR"),
    ("Pakistani troops shelled an Indian border village on Monday, killing four villagers.", "four villagers", "IND"),
])
def test_attack_context_victims_take_the_attacked_places_country(text: str, victims: str, country: str) -> None:
    found = [r for e in candidates(text, published="2023-03-14") if e.event_type == "ASSAULT"
             for r in e.recipients if r.name == victims]
    assert found and {r.country for r in found} == {country}, [(r.name, r.country, r.resolution) for r in found]


def test_attack_context_victims_of_an_attack_at_home_keep_the_one_country() -> None:
    text = "Rebels attacked a police post in Kunar province, killing three villagers, Afghan officials said."
    found = [r for e in candidates(text, published="2023-03-14") for r in e.recipients if r.name == "three villagers"]
    assert found and {r.country for r in found} == {"AFG"}
