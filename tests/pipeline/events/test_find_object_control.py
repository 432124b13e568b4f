"""What an object is made, let or sent to do ("authorized the council [to negotiate]", "attacked the UN vehicles [to
protest]" as the parser reads it) is the content of the act, no event of its own (GUIDELINES: the content of a
demand or purpose). A participle told as done ("..., even arresting him") stays. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("text", "etype"), [
    ("The Turkish parliament has authorized the Council of Ministers to negotiate with Greece on the islands.",
     "CONSULT"),
    ("The coordinator said local residents attacked the UN vehicles to protest at the presence of Rwandan Hutu "
     "refugees in their area.", "PROTEST"),
])
def test_find_object_controlled_complement_is_content(text: str, etype: str) -> None:
    events = [e for e in extract(text, published="2005-12-17", settings=_ALL) if e.event_type == etype]
    assert not events, [(e.rule, [a.name for a in e.actors]) for e in events]


def test_find_object_control_keeps_the_governing_act() -> None:
    text = "Local residents attacked the UN vehicles to protest at the presence of Rwandan refugees on Friday."
    attacks = [e for e in extract(text, published="2005-12-17", settings=_ALL) if e.event_type == "ASSAULT"]
    assert attacks and [r.country for r in attacks[0].recipients] == ["UNO"]


@pytest.mark.parametrize(("text", "etype"), [
    ("The AU mission enabled Sudanese and rebel negotiators to sign a security protocol in Abuja on Friday.",
     "SUPPORT"),
    ("The rebels forced government troops to retreat from the town of Gulu on Sunday after heavy fighting.",
     "RETREAT"),
])
def test_find_causative_complement_is_done(text: str, etype: str) -> None:
    # "enabled X to sign", "forced X to retreat": X did it
    assert any(e.event_type == etype for e in extract(text, published="2005-12-17", settings=_ALL))
