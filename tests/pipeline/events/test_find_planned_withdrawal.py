"""A withdrawal the news says will happen is one planned event, not also an intent to yield (AGREE 035); an
actor's own announcement of it and a promised easing keep CAMEO's intent reading. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _types(text: str) -> list[tuple[str, str]]:
    return sorted((e.event_type, e.status) for e in extract(text, published="2024-05-01", settings=_ALL))


def test_find_planned_withdrawal_is_one_event() -> None:
    text = "The Ruritanian army will withdraw 500 troops from the Kalo region next week."
    assert _types(text) == [("RETREAT", "planned")]


@pytest.mark.parametrize("text", [
    "The Ruritanian army said on Monday that it will withdraw 500 troops from the Kalo region next week.",
    "Kenya will allow up to 3,000 Somali refugees to return home under a UN-brokered deal.",
])
def test_find_announced_or_easing_keeps_intent(text: str) -> None:
    assert ("AGREE", "occurred") in _types(text), _types(text)
