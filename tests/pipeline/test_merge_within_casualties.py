"""An attack's toll told by two participles ("opened fire on a car, killing A and wounding B") is one attack with
its victims, not two; attacks by other attackers in the same sentence stay apart. Sentences written for these
tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _attacks(text: str) -> list:
    return [e for e in extract(text, published="2005-11-08", settings=_ALL) if e.event_type == "ASSAULT"]


def test_merge_within_casualties_of_one_attack_are_one_event() -> None:
    attacks = _attacks("Unknown gunmen opened fire at a car carrying two defence lawyers in western Baghdad on "
                       "Tuesday, killing Adel Rahim Saadi and wounding Nouri Kamil Jaafar, police said.")
    assert len(attacks) == 1
    assert {r.name for r in attacks[0].recipients} >= {"Adel Rahim Saadi", "Nouri Kamil Jaafar"}


def test_merge_within_casualties_by_other_attackers_stay_apart() -> None:
    attacks = _attacks("Insurgents killed Adel Rahim Saadi in Mosul on Tuesday, while US troops wounded Nouri "
                       "Kamil Jaafar in Kirkuk.")
    assert len(attacks) == 2


def test_merge_within_casualties_in_two_places_stay_apart() -> None:
    attacks = _attacks("Gunmen killed three police officers in Baghdad and wounded two soldiers in Mosul on Tuesday.")
    assert len(attacks) == 2
