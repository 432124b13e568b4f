"""What someone does not expect to happen is hypothetical, not refused; seeking to do something is an attempt,
no request. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.status) for e in extract(text, published="2024-05-01", settings=_ALL)]


@pytest.mark.parametrize("text, expected", [
    ("Washington does not expect the new Kenyan government to ask for the withdrawal of US troops.",
     ("REQUEST", "hypothetical")),
    ("Kenya did not plan to send troops to Somalia.", ("MOBILIZE", "negated")),
])
def test_status_negated_expectation_is_hypothetical(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text), _events(text)


@pytest.mark.parametrize("text, asks", [
    ("France is seeking to reduce the sales tax on hotels and restaurants in Kenya.", False),
    ("Kenya sought help from the United Nations on Monday.", True),
])
def test_frames_seeking_to_act_is_no_request(text: str, asks: bool) -> None:
    assert any(t == "REQUEST" for t, _ in _events(text)) is asks
