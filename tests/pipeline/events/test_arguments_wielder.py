"""A passive's agent that is a weapon or fire owned by someone ("wounded by the troops' gunfire") makes its owner
the attacker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text, actor", [
    ("Four Freedonians were wounded by Ruritanian troops' gunfire on Saturday in the village of Kalo.", "troops"),
    ("Two Freedonian civilians were killed by the Ruritanian army's shelling of the town on Monday.", "army"),
])
def test_arguments_owner_of_agent_weapon_is_attacker(text: str, actor: str) -> None:
    events = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "ASSAULT"]
    assert events and any(actor in a.name for a in events[0].actors), [(e.actors, e.rule) for e in events]
    assert all(a.sector != "UAF" for a in events[0].actors)


def test_arguments_unowned_weapon_agent_stays_unidentified() -> None:
    text = "Two civilians were killed by a roadside bomb on Monday in Baghdad."
    events = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "ASSAULT"]
    assert events and [a.sector for a in events[0].actors] == ["UAF"]
