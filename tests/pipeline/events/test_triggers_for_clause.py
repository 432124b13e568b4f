"""A demand with a "for X to do" clause: the parser often hangs "for" on the clause as its marker, not on the verb
as a preposition ("called for Ruritania to withdraw" parsed as "called [for Ruritania to withdraw]"). The verb's
"call for" / "press for" entry still applies, and the clause's subject is the one asked to act. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("sentence", "recipient"), [
    ("France called for Germany to withdraw its troops from the border.", "DEU"),
    ("Kenya called for the United Nations to send peacekeepers.", "UNO"),
    ("The opposition leader called Sunday for Israeli Prime Minister Ehud Olmert to resign.", "ISR"),  # a day
    ("The Kenyan president called for the talks to resume next week.", None),
])
def test_triggers_for_clause_is_a_demand(sentence: str, recipient: str | None) -> None:
    events = extract(sentence, published="2005-12-06", settings=_ALL)
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests, [e.event_type for e in events]
    assert [r.country for r in requests[0].recipients] == ([recipient] if recipient else [])


@pytest.mark.parametrize("sentence", [
    "The Kenyan president waited for the talks to resume.",
    "The Kenyan government paid for the students to fly home.",
])
def test_triggers_for_clause_needs_a_demand_verb(sentence: str) -> None:
    assert not [e for e in extract(sentence, published="2005-12-06", settings=_ALL) if e.event_type == "REQUEST"]


def test_triggers_for_clause_journey_goal_is_no_demand() -> None:
    """"departed Washington for X to attend the summit" (parsed with "for" as the clause's marker): the goal of a
    journey, not "depart for X" with X the place."""
    events = extract("Bush departed Washington early Thursday for Mar del Plata to attend the summit and will visit "
                     "Brazil and Panama subsequently.", published="2005-11-03", settings=_ALL)
    assert not any("depart" in (e.rule or "") for e in events)


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("The Ruritanian premier called early elections for voters to decide the fate of the peace process.", None),
    ("The Ruritanian president called the Bordurian leader on Monday for the two to coordinate the pullout.", "041"),
])
def test_triggers_for_clause_after_an_object_is_no_demand(sentence: str, cameo: str | None) -> None:
    """With an object ("called early elections", "called the leader") the for-clause is a purpose, not the
    demand's content: "call" keeps its own reading (a phone call) or none."""
    events = extract(sentence, published="2005-12-06", settings=_ALL)
    assert not [e for e in events if e.event_type == "REQUEST"]
    assert [e.cameo for e in events] == ([cameo] if cameo else [])
