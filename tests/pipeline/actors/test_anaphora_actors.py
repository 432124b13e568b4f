"""Definite organisation descriptions and event party sets as ``actors`` uses them (hand-built events over made-up
sentences, fake knowledge base). These run once ``actors`` calls ``anaphora.org_antecedent`` and
``anaphora.event_party_sets`` and group anaphora calls ``anaphora.anaphor_size``; until then they skip."""

from __future__ import annotations

import importlib

import pytest

from communique.pipeline.actors import resolve as actors
from communique.pipeline.actors.resolve import resolve_actors
from communique.pipeline.nlp import parse_text
from communique.records import ActorRef, Document, Event
from tests.helpers.fake_kb import OrgKB

KB = OrgKB()


def _needs(name: str) -> None:
    groups = importlib.import_module("communique.pipeline.actors.groups")  # group anaphora's own module
    if name not in vars(actors) and name not in vars(groups):
        pytest.skip(f"actors.py does not call anaphora.{name} yet")


def _ref(text: str, phrase: str, nth: int = 0) -> ActorRef:
    idx = -1
    for _ in range(nth + 1):
        idx = text.index(phrase, idx + 1)
    return ActorRef(phrase, idx, idx + len(phrase), idx + len(phrase) - 1)


def _event(text: str, etype: str, actor_refs: list[ActorRef], recipient_refs: list[ActorRef]) -> Event:
    return Event(event_type=etype, cameo="000", actor_refs=actor_refs, recipient_refs=recipient_refs)


def _resolve(text: str, events: list[Event]) -> list[Event]:
    resolve_actors(Document(id="a", text=text, published="2022-09-20"), parse_text(text), events, KB)
    return events


def test_anaphora_actors_the_organization_is_the_un_not_the_movement() -> None:
    _needs("org_antecedent")
    text = ("As a member of the UN and the chair of the Non-Aligned Movement, Azerbaijan supports the "
            "organization's work on climate.")
    ev = _event(text, "SUPPORT", [_ref(text, "Azerbaijan")], [_ref(text, "the organization")])
    (ev,) = _resolve(text, [ev])
    assert [a.id for a in ev.recipients] == ["org:UNO"]
    assert (ev.recipients[0].resolution or "").startswith("coref:definite-org 'the organization'->UN")


def test_anaphora_actors_the_alliance_is_nato() -> None:
    _needs("org_antecedent")
    text = "NATO ministers met in Brussels on Tuesday. Armenia asked the alliance for support."
    ev = _event(text, "REQUEST", [_ref(text, "Armenia")], [_ref(text, "the alliance")])
    (ev,) = _resolve(text, [ev])
    assert [a.id for a in ev.recipients] == ["org:NATO"]


def test_anaphora_actors_they_after_a_host_asked_two_sides_leaves_the_host_out() -> None:
    _needs("event_party_sets")
    text = ("Foreign Minister Jeyhun Bayramov and Foreign Minister Ararat Mirzoyan met in Paris. Secretary of State "
            "Dana Whitfield urged Bayramov and Mirzoyan to keep talking. They agreed to meet again.")
    urge = _event(text, "REQUEST", [_ref(text, "Secretary of State Dana Whitfield")],
                  [_ref(text, "Bayramov", 1), _ref(text, "Mirzoyan", 1)])
    agree = _event(text, "AGREE", [_ref(text, "They")], [])
    _, agree = _resolve(text, [urge, agree])
    assert sorted(a.name for a in agree.actors) == ["Ararat Mirzoyan", "Jeyhun Bayramov"]


def test_anaphora_actors_the_two_leaders_never_take_three_people() -> None:
    _needs("anaphor_size")
    text = ("President Ilyas Tamirov hosted Foreign Minister Jeyhun Bayramov and Foreign Minister Ararat Mirzoyan in "
            "Baku. Tamirov later urged the two leaders to keep talking.")
    meet = _event(text, "CONSULT", [_ref(text, "President Ilyas Tamirov"), _ref(text, "Foreign Minister Jeyhun "
                  "Bayramov"), _ref(text, "Foreign Minister Ararat Mirzoyan")], [])
    urge = _event(text, "REQUEST", [_ref(text, "Tamirov", 1)], [_ref(text, "the two leaders")])
    _, urge = _resolve(text, [meet, urge])
    assert sorted(a.name for a in urge.recipients) == ["Ararat Mirzoyan", "Jeyhun Bayramov"]


def test_anaphora_actors_they_after_a_coordination_of_two_countries_is_both() -> None:
    """"talks between the delegations of Azerbaijan and the Republic of Armenia ..., and they pledged": "they" is
    both delegations, not the last country of the coordination alone."""
    text = ("No agreement was reached in the meeting between the delegations of Azerbaijan and the Republic of "
            "Armenia, and they pledged to continue the talks.")
    ev = _event(text, "AGREE", [_ref(text, "they")], [])
    (ev,) = _resolve(text, [ev])
    assert sorted(a.country or "" for a in ev.actors) == ["ARM", "AZE"], [(a.name, a.resolution) for a in ev.actors]
