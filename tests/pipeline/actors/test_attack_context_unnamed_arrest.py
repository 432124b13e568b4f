"""An arrest told in the passive with no one named as making it was made by the police of the place
(``attack_context.unnamed_arresting_police``); a sentence, an indictment or an arrest with an agent is not the
police's, and no place, no police. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _coerce_actors(text: str) -> list[tuple[str, str | None, str | None]]:
    events = [e for e in extract(text, published="2024-03-04", settings=_ALL) if e.event_type == "COERCE"]
    return [(a.name, a.country, a.sector) for e in events for a in e.actors]


def test_attack_context_unnamed_arrest_is_the_police_of_the_place() -> None:
    text = "Between 20 and 30 people were arrested early Monday in the Paris region, officials said."
    assert _coerce_actors(text) == [("police", "FRA", "COP")]


@pytest.mark.parametrize(("text", "absent"), [
    ("A notorious mafia leader was sentenced on Friday in Paris to 14 years in jail.", "police"),
    ("Twenty people have been indicted in Paris in the fraud case.", "police"),
    ("Two Turkish nationals were detained on Monday, officials said.", "police"),
    ("Five Palestinians were arrested by Israeli troops in Hebron on Monday.", "police"),
])
def test_attack_context_unnamed_arrest_not_the_police(text: str, absent: str) -> None:
    assert absent not in {name for name, _, _ in _coerce_actors(text)}


@pytest.mark.parametrize("text", [
    # soldiers at hand: the arresting force may be an army
    "A Ruritanian man was arrested at a checkpoint near Nablus after allegedly trying to stab a soldier.",
    # a place the sentence names for something else
    "Four men were arrested after returning from Syria, where they had fought for the Islamic State group.",
    "Three people were arrested over the plot to kill a dissident in the United States.",
])
def test_attack_context_unnamed_arrest_needs_its_own_place_and_no_army(text: str) -> None:
    assert "police" not in {name for name, _, _ in _coerce_actors(text)}, _coerce_actors(text)
