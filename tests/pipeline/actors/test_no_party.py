"""Unresolved phrases whose head is a thing or an abstraction are no party (pipeline/actors/no_party.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import communique
from communique.config import Settings
from communique.pipeline.actors.no_party import head_word, no_party, self_addressed
from communique.records import Actor


@pytest.mark.parametrize(("name", "head"), [
    ("Saturday author Ola Brandt's right", "right"),
    ("reconstruction in quake hit regions", "reconstruction"),
    ("further European integration", "integration"),
    ("the building", "building"),
    ("second home", "home"),
    ("comments", "comments"),
])
def test_no_party_head_word(name: str, head: str) -> None:
    assert head_word(name) == head


@pytest.mark.parametrize(("actor", "dropped"), [
    (Actor(None, "the building", "group"), True),
    (Actor(None, "critical comments", "group"), True),
    (Actor(None, "Lind's trial", "group"), True),
    (Actor(None, "his position", "group"), True),
    (Actor(None, "the rebels", "group"), False),  # people
    (Actor(None, "the residence", "group", country="PER"), False),  # resolved: a rule gave it a country
    (Actor("org:xyz", "Games Committee building", "organization"), False),  # a knowledge-base id
    (Actor(None, "No one", "group"), True),  # a negative pronoun names nobody
    (Actor(None, "nobody", "group", country="PER", sector="CVL"), True),  # resolved or not
    (Actor(None, "about 10:45 a. m.(04:45 GMT", "group"), True),  # a time of day: when, not whom
    (Actor(None, "around 9 p.m.", "group"), True),
    (Actor(None, "the 10 members", "group"), False),
    (Actor(None, "Norland's missile exports", "group"), True),  # a trade, not a side
    (Actor(None, "their anti-corruption commitments", "group"), True),
    (Actor(None, "the divided society", "group"), True),  # abstractions and things wire copy put in an object slot
    (Actor(None, "national security", "group"), True),
    (Actor(None, "the office", "group"), True),
    (Actor(None, "polling stations", "group"), True),
    (Actor(None, "Sales of live poultry", "group"), True),
    (Actor(None, "the ruling Conservatives", "group"), False),  # a party the KB lacks is still a party
    (Actor(None, "-", "group", country="JOR"), True),  # a stray dash from a split hyphen names no one
    (Actor(None, "the Oslo accord", "country", country="NOR", resolution="unresolved:place not in KB; text:place"),
     True),  # a thing named after a place has only the place's country
    (Actor(None, "Oslo", "country", country="NOR", resolution="unresolved:place not in KB; text:place"), False),
])
def test_no_party_only_unresolved_things(actor: Actor, dropped: bool) -> None:
    assert no_party(actor) is dropped


def test_no_party_stormed_building_is_where_not_whom() -> None:
    text = "About 100 Ruritanian troops stormed the building where the rebels held 72 hostages on Tuesday."
    events = communique.extract(text, published="2025-03-05", settings=Settings(min_confidence=0.0))
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert assaults, [(e.event_type, e.rule) for e in events]
    assert not any("building" in r.name for e in assaults for r in e.recipients), [e.recipients for e in assaults]


def test_no_party_pronoun_resolved_to_the_named_recipient_is_dropped() -> None:
    mayor = Actor("person:ivan-petrov", "Ivan Petrov", "person", resolution="coref:description 'mayor'->Ivan Petrov")
    wrong = Actor("person:ivan-petrov", "Ivan Petrov", "person", resolution="coref:pronoun 'She'->Ivan Petrov")
    other = Actor("person:ana-lind", "Ana Lind", "person", resolution="text:name")
    assert self_addressed([wrong, other], [mayor], lambda a: a.id) == [other]
    named = Actor("person:ivan-petrov", "Ivan Petrov", "person", resolution="text:name")
    assert self_addressed([named], [mayor], lambda a: a.id) == [named]  # a name beats nothing: kept


@pytest.mark.parametrize(("text", "kept"), [
    ("The Japanese prime minister on Friday defended his position that the shrine visits are a private matter.",
     False),
    ("The Japanese prime minister on Friday defended the Chinese government against the charges.", True),
])
def test_no_party_defence_of_ones_own_stance_supports_no_one(text: str, kept: bool) -> None:
    events = communique.extract(text, published="2005-11-18", settings=Settings(min_confidence=0.0))
    assert any(e.event_type == "SUPPORT" for e in events) is kept, [(e.event_type, e.rule) for e in events]
