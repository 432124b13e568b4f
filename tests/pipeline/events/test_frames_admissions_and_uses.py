"""Verbs whose frame is no act: conceding that something is so (an admission), providing a base or a platform
(a use), providing a proposal or details, signing a decree, receiving a docket, ordering a break; and a concession's or a reason's clause keeps its own status under a negated main clause. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.status) for e in extract(text, published="2024-05-01", settings=_ALL)]


@pytest.mark.parametrize("text, event_type", [
    ('The cabinet spokesman conceded on Monday that the talks had been "very hard".', "CONCEDE"),
    ("Singapore provides a natural base for our entry into the Indonesian market.", "AID"),
    # handing over a document or facts, enacting a decree, paperwork, running a session
    ("Last week the Ruritanian health minister provided the opposition leader with a proposal on health care.", "AID"),
    ("The Kenyan interior ministry provided Uganda with details of the arrests on Monday.", "AID"),
    ("President Ivo Marn signed a decree on Monday which stops allocations for foreign cars.", "SUPPORT"),
    ("The defence minister signed his resignation at the presidential palace on Monday.", "SUPPORT"),
    # advice to be careful is no threat
    ("Shoppers were warned on Friday by the police to be careful with unattended bags.", "THREATEN"),
    # inviting someone into a vehicle is no request of a party
    ("Four US marines invited two Filipino women into their van on Tuesday night.", "REQUEST"),
    ("Kenyan prosecutors received a docket from the Ugandan police last week.", "CONSULT"),
    ("Judge Ana Bel then ordered a ten-minute break to decide how the witness could speak.", "REQUEST"),
    # recognizing that something is so acknowledges a fact; no state is recognized
    ("The Kenyan foreign minister recognized that the 2003 accord with Uganda marked a landmark.", "SUPPORT"),
    ("President Ivo Marn of Kenya accepted the resignation of his finance minister on Monday.", "AGREE"),
])
def test_frames_admission_or_use_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in [t for t, _ in _types(text)]


@pytest.mark.parametrize("text, event_type", [
    ("The ruling party conceded defeat in the election on Monday.", "CONCEDE"),
    ("Japan provided emergency food aid to Indonesia on Monday.", "AID"),
    ("Kenya and Uganda signed a border agreement on Monday.", "SUPPORT"),
    ("Kenya recognized the new government of Somalia on Monday.", "SUPPORT"),
    ("Kenya accepted Uganda's offer of talks on Monday.", "AGREE"),
])
def test_frames_the_acts_themselves_stay(text: str, event_type: str) -> None:
    assert event_type in [t for t, _ in _types(text)]


def test_status_concession_clause_keeps_its_own_status() -> None:
    text = "Relations between Ruritania and Japan did not improve although Ruritania's premier visited Tokyo last week."
    assert ("CONSULT", "occurred") in _types(text)


@pytest.mark.parametrize("text", [
    "The spokesman said upon receiving the report, the agency immediately sent experts to the province.",
    "The governor received the report on the spill on Monday.",
    "The Egyptian president received aid from Japan.",
    "Freedonia's human rights record received a grilling on Tuesday by a senior Ruritanian diplomat.",
    "Japan will host the next Olympic Games and a World Expo, the minister said.",
])
def test_frames_receiving_things_or_hosting_games_is_no_visit(text: str) -> None:
    assert not [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.cameo == "043"]


def test_frames_receiving_a_visitor_is_still_a_visit() -> None:
    text = "President Chirac received the Chinese foreign minister in Paris on Monday."
    assert [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.cameo == "043"]


def test_status_authorized_to_negotiate_is_content() -> None:
    """"authorized the cabinet to negotiate": the negotiation is licensed, not held: the licence's content, no
    event of its own (GUIDELINES: the content of a demand or purpose)."""
    text = "The Ruritanian parliament has authorized the cabinet to negotiate with Freedonia on the border."
    assert not [t for t in _types(text) if t[0] == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Israel warned Hamas on Monday to be ready for a long war.",
    "The army warned the rebels on Monday to be out of the city by Friday or face an assault.",
])
def test_frames_warning_to_be_ready_is_still_a_threat(text: str) -> None:
    got = [e for e in extract(text, published="2024-05-01", settings=Settings(min_confidence=0.0))
           if e.event_type == "THREATEN"]
    assert got
