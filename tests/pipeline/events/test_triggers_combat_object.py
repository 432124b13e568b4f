"""Triggers: an object that names the fighting itself ("fought fierce battles with X") is no target; the enemy is
the "with" or "against" party. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings


@pytest.mark.parametrize(("text", "recipient"), [
    ("Ruritanian troops fought fierce battles with separatist rebels on Saturday.", "rebels"),
    ("Ruritanian troops fought a gunbattle against separatist rebels in the east on Sunday.", "rebels"),
    ("Ruritanian forces struck a heavy blow against separatist rebels in the north on Sunday.", "rebels"),
    ("Ruritanian troops fought separatist rebels in the east on Sunday.", "rebels"),  # a plain object stays
])
def test_triggers_combat_object_gives_the_enemy(text: str, recipient: str) -> None:
    events = [e for e in extract(text, published="2005-11-20", settings=Settings(min_confidence=0.0))
              if e.event_type == "ASSAULT"]
    assert events
    names = [r.name for e in events for r in e.recipients]
    assert any(recipient in n for n in names)
    assert not any("battle" in n or "blow" in n for n in names)
