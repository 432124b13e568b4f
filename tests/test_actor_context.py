"""Actors placed by sub-national places, ethnic communities, near-spelled leaders and the sentence's only country
(made-up sentences, real knowledge base)."""

from __future__ import annotations

import pytest

from communique.kb import KnowledgeBase, get_kb
from communique.pipeline.actors import resolve_actors
from communique.pipeline.nlp import parse_text
from communique.records import Actor, ActorRef, Document, Event, Span


def _kb() -> KnowledgeBase:
    kb = get_kb()
    if kb.country("France") is None:
        pytest.skip("KB not built")
    return kb


def _run(text: str, actors: list[str], recipients: list[str] = (), trigger: str = "") -> Event:
    doc = Document(id="d1", text=text, published="2001-05-10")

    def ref(phrase: str) -> ActorRef:
        i = text.index(phrase)
        return ActorRef(phrase, i, i + len(phrase), i + len(phrase) - 1)

    t = text.index(trigger) if trigger else 0
    ev = Event(event_type="ACCUSE", cameo="112", actor_refs=[ref(a) for a in actors],
               recipient_refs=[ref(r) for r in recipients],
               trigger=Span(t, t + len(trigger), trigger) if trigger else None)
    resolve_actors(doc, parse_text(text), [ev], _kb())
    return ev


def _one(actors: list[Actor]) -> Actor:
    assert len(actors) == 1, actors
    return actors[0]


@pytest.mark.parametrize("text,phrase,country", [
    ("Darfur rebels attacked a convoy on Tuesday.", "Darfur rebels", "SDN"),
    ("The government of Sindh province banned the rally.", "The government of Sindh province", "PAK"),
    ("Police sealed off Jericho after the riots.", "Jericho", "PSE"),
])
def test_actor_context_subnational_place_gives_country(text: str, phrase: str, country: str) -> None:
    first = text.startswith(phrase)
    ev = _run(text, [phrase] if first else ["Police"], [] if first else [phrase])
    a = _one(ev.actors if first else ev.recipients)
    assert a.country == country, a.resolution


@pytest.mark.parametrize("text,phrase,country,sector", [
    ("Karen guerrillas ambushed an army patrol.", "Karen guerrillas", "MMR", "REB"),
    ("Yoruba leaders rejected the new constitution.", "Yoruba leaders", "NGA", None),
])
def test_actor_context_ethnic_modifier_gives_country(text: str, phrase: str, country: str,
                                                     sector: str | None) -> None:
    a = _one(_run(text, [phrase]).actors)
    assert a.country == country and "ethnic group" in (a.resolution or "")
    if sector:
        assert a.sector == sector


@pytest.mark.parametrize("phrase,country", [
    ("President Abdelaziz Boutefliqa", "DZA"),  # a near spelling of a REIGN leader
    ("former dictator Idi Amin", "UGA"),  # a leader the KB knows by surname only
    ("President Assad", "SYR"),  # a surname listed with its article ("al-Assad")
])
def test_actor_context_leader_spellings_give_country(phrase: str, country: str) -> None:
    text = f"{phrase} denounced the report."
    a = _one(_run(text, [phrase]).actors)
    assert a.country == country, a.resolution


def test_actor_context_unknown_party_takes_sentence_only_country() -> None:
    text = "The Popular Renewal Front accused the Chadian government of fraud."
    ev = _run(text, ["The Popular Renewal Front"], ["the Chadian government"], trigger="accused")
    a = _one(ev.actors)
    assert a.country == "TCD" and "sentence's only country" in (a.resolution or "")


def test_actor_context_two_countries_leave_the_group_unplaced() -> None:
    text = "The Popular Renewal Front accused the Chadian and Sudanese governments of fraud."
    ev = _run(text, ["The Popular Renewal Front"], trigger="accused")
    assert _one(ev.actors).country is None


def test_actor_context_diplomats_are_not_placed_by_the_sentence() -> None:
    text = "Diplomats accused the Chadian government of fraud."
    ev = _run(text, ["Diplomats"], trigger="accused")
    assert _one(ev.actors).country is None


def test_actor_context_plain_recipient_group_is_not_placed_by_the_sentence() -> None:
    text = "Chadian police detained students on Monday."
    ev = _run(text, ["Chadian police"], ["students"], trigger="detained")
    assert _one(ev.recipients).country is None


def test_actor_context_named_recipient_group_takes_sentence_only_country() -> None:
    text = "Chadian police detained Popular Front militants on Monday."
    ev = _run(text, ["Chadian police"], ["Popular Front militants"], trigger="detained")
    assert _one(ev.recipients).country == "TCD"


@pytest.mark.parametrize("phrase,sector", [("former President Omar Tadesse", "ELI"),
                                           ("President Omar Tadesse", "GOV")])
def test_actor_context_former_official_is_elite(phrase: str, sector: str) -> None:
    text = f"The Ethiopian court said {phrase} denounced the report."
    a = _one(_run(text, [phrase]).actors)
    assert a.sector == sector, a.resolution


@pytest.mark.parametrize("phrase", ["European companies", "Western investors"])
def test_actor_context_regional_groups_are_not_placed_by_the_sentence(phrase: str) -> None:
    text = f"The Chadian minister threatened {phrase} with fines."
    ev = _run(text, ["The Chadian minister"], [phrase], trigger="threatened")
    assert _one(ev.recipients).country is None


def test_actor_context_city_in_organisation_name_gives_country() -> None:
    text = "Canadian doctors sent medicine to the Nairobi Children's Clinic Trust."
    ev = _run(text, ["Canadian doctors"], ["the Nairobi Children's Clinic Trust"], trigger="sent")
    r = _one(ev.recipients)
    assert r.country == "KEN", r.resolution


def test_actor_context_world_bodies_are_not_placed_by_the_sentence() -> None:
    text = "The Global Fisheries Forum urged Chile to act."
    ev = _run(text, ["The Global Fisheries Forum"], ["Chile"], trigger="urged")
    assert _one(ev.actors).country is None


def test_actor_context_ethnic_plural_is_its_country_people() -> None:
    text = "Some 2,000 Chechens marched through the square."
    a = _one(_run(text, ["Some 2,000 Chechens"]).actors)
    assert (a.country, a.sector) == ("RUS", "CVL"), a.resolution
