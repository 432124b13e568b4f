"""Receiving a guest, a call or a letter is contact; receiving things (commitments, results, a salary) hosts no one.
Offering a glimpse offers nothing; leading an election is a standing; what one insists on is demanded. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.status) for e in extract(text, published="2024-05-01", settings=_ALL)]


@pytest.mark.parametrize("text, consult", [
    ('The European Commission said it has received "improved commitments" from the Kenyan football league.', False),
    ("Kenya has received aid pledges of more than six billion dollars from donors.", False),
    ("President Ivo Marn of Kenya received a letter from the Ugandan president on Monday.", False),
    ("President Ivo Marn of Kenya received the Ugandan foreign minister on Monday.", True),
    ("The Ugandan foreign minister was received by President Ivo Marn of Kenya on Monday.", True),
    ("President Ivo Marn of Kenya received an urgent telephone call from the Ugandan president on Monday.", True),
    # an alarm, or a call reporting an incident, is no contact between parties
    ("The Kenyan navy frigate received a distress call from a cargo ship on Monday.", False),
    ("Nairobi police received a call of a man being shot in the market on Monday.", False),
    ("The officer arrived after receiving a call that a suspicious package had been left at the embassy.", False),
    # a call between leaders, on a topic, with a greeting or in an emergency, stays
    ("President Ivo Marn of Kenya received a call from the Ugandan president about the border on Monday.", True),
    ("President Ivo Marn of Kenya received a call of congratulations from the Ugandan president on Monday.", True),
    ("President Ivo Marn of Kenya received an emergency call from the Ugandan president on Monday.", True),
])
def test_verb_senses_receiving_a_thing_or_an_alarm_hosts_no_one(text: str, consult: bool) -> None:
    assert any(t == "CONSULT" for t, _ in _events(text)) is consult, _events(text)


@pytest.mark.parametrize("text", [
    "The old Kenyan city of Lamu offered a glimpse at what it used to be, welcoming the visitors.",
    "Kenya's ruling party is leading the first round of legislative elections, officials said.",
])
def test_frames_glimpse_or_lead_in_a_count_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_background_what_is_insisted_on_is_demanded_not_done() -> None:
    text = "The Kenyan minister said Kenya insists on releasing all the Kenyan prisoners from Ugandan jails."
    assert ("RETREAT", "occurred") not in _events(text), _events(text)

