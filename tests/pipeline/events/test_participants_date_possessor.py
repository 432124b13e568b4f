"""A day or a time that "owns" an event noun ("Monday's talks with X", "last week's meeting") dates it; it is no
party to it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text", [
    "Ruritanian Finance Minister Karl Brandt met Chinese Premier Li Qiang on Tuesday. Brandt said the meeting was "
    "similar to Monday's talks with Vice Premier Ding Xuexiang when they discussed trade.",
    "Ruritanian Finance Minister Karl Brandt met Chinese Premier Li Qiang on Tuesday. "
    "Wednesday's talks with the Chinese commerce minister were cancelled.",
])
def test_participants_date_possessor_is_no_party(text: str) -> None:
    events = extract(text, published="2024-03-02", settings=_ALL)
    names = {a.name for e in events for a in [*e.actors, *e.recipients]}
    assert not names & {"Monday", "Wednesday"}, [(e.event_type, [a.name for a in e.actors]) for e in events]


@pytest.mark.parametrize(("text", "party"), [
    ("Karl Brandt's talks with Chinese Premier Li Qiang in Beijing on Monday focused on trade.", "Karl Brandt"),
    # a month's name that is a person's ("May" of Theresa May) stays a party
    ("Prime Minister Theresa May flew to Brussels on Monday. May's talks with European Commission President "
     "Jean-Claude Juncker focused on the Irish border.", "Theresa May"),
])
def test_participants_person_possessor_still_a_party(text: str, party: str) -> None:
    consults = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.event_type == "CONSULT"]
    assert party in {a.name for e in consults for a in [*e.actors, *e.recipients]}, \
        [(e.rule, [a.name for a in e.actors]) for e in consults]
