"""Recall rules for wire copy: meetings named in time phrases, summits of named bodies, renewed charges and calls,
walkouts, credentials, passives whose actor is the other side of a fight or the reporting organisation, gerund
refusals, the stops of a tour.

Sentences are made up for these tests with fictional names; none come from an evaluation set. Each positive row
fails without the rule it names; the negative rows keep the rule from over-reaching.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.helpers.pipeline import events_in


def names(refs: list) -> list[str]:
    return [r.text for r in refs]


# sentence, cameo, actors, recipients
POSITIVE = [
    # a meeting in a time phrase that names its other party
    ("Ruritanian Prime Minister Ivo Marn, speaking after a meeting with his Freedonian counterpart Ana Bel, said "
     "the border would reopen.", "040", ["Ruritanian Prime Minister Ivo Marn"], ["his Freedonian counterpart Ana Bel"]),
    ("The issue was raised during a meeting on Monday between Foreign Minister Karl Brun and President Ana Bel.",
     "040", ["Foreign Minister Karl Brun", "President Ana Bel"], []),
    # "talks were taking place between X and Y": the parties hang on the occurrence verb's object
    ("The party said talks were taking place between the socialists and the nationalists.",
     "040", ["the socialists", "the nationalists"], []),
    # a summit of a named body opened
    ("The annual summit of the Ruritanian Trade Union opened on Saturday.",
     "040", ["the Ruritanian Trade Union"], []),
    # a meeting "wrapped up"; a phase of a meeting is the meeting
    ("The annual summit of the Ruritanian Trade Union wrapped up on Saturday.",
     "040", ["the Ruritanian Trade Union"], []),
    ("The second phase of the Ruritanian Trade Union summit wrapped up on Saturday.",
     "040", ["Ruritanian Trade Union"], []),
    # renewed charges: the accused is the that-clause's subject
    ("The minister renewed his charges that the Freedonian army had shelled border villages.",
     "112", ["The minister"], ["the Freedonian army"]),
    # disputing a government's standing
    ("The opposition alliance challenged the interim government's right to sign the treaty.",
     "110", ["The opposition alliance"], ["the interim government"]),
    # presenting credentials
    ("The new Freedonian ambassador presented his credentials to President Ivo Marn on Tuesday.",
     "042", ["The new Freedonian ambassador"], ["President Ivo Marn"]),
    # walking out of a session ("out" parsed as a preposition)
    ("Opposition deputies walked out of parliament on Tuesday.", "143", ["Opposition deputies"], []),
    # agentless passive after a fight: the other side acted
    ("Three gunmen were arrested after a shootout with police on Sunday.", "173", ["police"], ["Three gunmen"]),
    ("Two fighters were killed in an exchange of fire with government troops.",
     "190", ["government troops"], ["Two fighters"]),
    # an organisation reporting its own agentless grant
    ("The Ruritanian Development Bank said on Tuesday a 50-million-dollar loan had been granted for a new port.",
     "071", ["The Ruritanian Development Bank"], []),
    # passive criticism with its by-agent
    ("The premier was assailed by opposition leaders in parliament.", "111", ["opposition leaders"], ["The premier"]),
    # refusing an act named by a gerund
    ("Ruritania on Monday ruled out sending troops to the region.", "120", ["Ruritania"], []),
    # a trip set out on ("left X on a visit to Y")
    ("The Freedonian premier left the capital on Monday on a three-day visit to Ruritania.", "042",
     ["The Freedonian premier"], ["Ruritania"]),
    # refusing an act named by an event noun
    ("The Ruritanian government on Monday ruled out talks with the rebels.", "120",
     ["The Ruritanian government"], ["the rebels"]),
    ("Freedonia ruled out any negotiations with the separatists.", "120", ["Freedonia"], ["the separatists"]),
    # the stops of a tour: the trip is the subject, the traveller its object
    ("The envoy's tour will also take him to Freedonia and Elbonia.", "042", ["him"], ["Freedonia", "Elbonia"]),
    ("Talks in Elbonia open a tour which will then take the envoy to Freedonia.", "042", ["the envoy"],
     ["Freedonia"]),
    # a call or demand renewed or stepped up
    ("The Ruritanian opposition renewed its call for the resignation of Prime Minister Ivo Marn.", "020",
     ["The Ruritanian opposition"], ["Prime Minister Ivo Marn"]),
    ("Freedonian rebels on Monday stepped up their demands for talks with the Elbonian government.", "100",
     ["Freedonian rebels"], ["the Elbonian government"]),
]


@pytest.mark.parametrize("text,cameo,actors,recipients", POSITIVE)
def test_recall_rule_finds_event(nlp: Language, text: str, cameo: str, actors: list[str],
                                 recipients: list[str]) -> None:
    found = [e for e in events_in(nlp, text) if e.cameo == cameo]
    assert found, f"no {cameo} in {[(e.cameo, e.rule) for e in events_in(nlp, text)]}"
    event = found[0]
    assert names(event.actor_refs) == actors
    assert names(event.recipient_refs) == recipients


# sentence, cameo that must not be found
NEGATIVE = [
    # a meeting referred back to, without a party of its own
    ("The question came up during the meeting on Monday.", "040"),
    # walking out of a building is no protest
    ("The prisoner walked out of the jail on Friday.", "143"),
    # "rule out" without an act: no refusal
    ("Doctors did not rule out a case of bird flu.", "120"),
    ("The minister ruled out the possibility that the plane was shot down.", "120"),
    # ruling out violence or a threat says it did not happen: no refusal
    ("Police ruled out a terrorist attack after the explosion at the factory.", "120"),
    ("Authorities ruled out a threat to the embassy in Elbonia City.", "120"),
    ("Police in the capital ruled out a kidnapping in the disappearance of the businessman.", "120"),
    # a trip that takes no one anywhere, or something that is no trip
    ("The storm will take the ship to Freedonia.", "042"),
]


@pytest.mark.parametrize("text,cameo", NEGATIVE)
def test_recall_rule_stays_out(nlp: Language, text: str, cameo: str) -> None:
    assert not [e for e in events_in(nlp, text) if e.cameo == cameo]


def test_killed_without_fight_has_no_actor(nlp: Language) -> None:
    """An agentless killing with no fight named keeps no actor (the rule does not guess one)."""
    found = [e for e in events_in(nlp, "Two soldiers were killed on Sunday near the border.") if e.cameo == "190"]
    assert all(not e.actor_refs for e in found)


@pytest.mark.parametrize(("text", "status"), [
    # a trip set out on takes the going's status
    ("The Freedonian premier will leave on Monday on a visit to Ruritania.", "planned"),
    ("The Freedonian premier would not go on a state visit to Ruritania while the dispute lasted.", "negated"),
    ("The Freedonian premier left the capital on Monday on a visit to Ruritania.", "occurred"),
])
def test_recall_trip_set_out_on_takes_the_going_status(nlp: Language, text: str, status: str) -> None:
    visits = [e for e in events_in(nlp, text) if e.cameo == "042"]
    assert [e.status for e in visits] == [status]
