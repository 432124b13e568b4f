"""A to-infinitive set off by commas after a noun ("the declaration, to be signed by the leaders, is ready") is an
act still to come, also where the parse makes the noun its subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text, status", [
    ("Coordinators of the summit said the declaration, to be signed by heads of state and government at the end "
     "of the summit, is almost ready.", "planned"),
    ("Heads of state and government signed the declaration at the end of the summit.", "occurred"),
])
def test_status_comma_infinitive_is_planned(text: str, status: str) -> None:
    events = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "SUPPORT"]
    assert [e.status for e in events] == [status]
