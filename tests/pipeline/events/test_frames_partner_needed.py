"""Talking makes a meeting only with someone to talk with: a partner after "with"/"to" who is no audience, or a
subject that is several parties. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _consults(text: str) -> list[str]:
    return [e.rule for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ivo Marn made the statement at a news conference, while talking about a recent visit to "
    "Lisbon by the Ruritanian president.",
    '"We are talking about money, and it is going to be a tough negotiation," Prime Minister Ivo Marn said.',
    "Prime Minister Ivo Marn of Ruritania later toned down his remarks when speaking to journalists in Lisbon.",
    "President Ivo Marn of Ruritania, speaking to Freedonian television from the summit, was unmoved.",
])
def test_frames_talk_without_partner_is_no_meeting(text: str) -> None:
    assert _consults(text) == []


@pytest.mark.parametrize("text", [
    "President Ivo Marn of Ruritania talked with Freedonian President Ola Brandt on Monday.",
    "President Ivo Marn of Ruritania spoke on the phone with Freedonian President Ola Brandt on Monday.",
    "Minister Olav Brekke of Ruritania said he would talk to the Freedonian parliament on the crisis.",
])
def test_frames_talk_with_partner_is_a_meeting(text: str) -> None:
    assert _consults(text)
