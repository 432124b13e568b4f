"""Coordinated objects of a place preposition hung on a verb ("driving in from all over France, Spain and Italy")
are places, not a set of parties a later "they" stands for; a coordinated subject, or places that say where a
party's people are ("officials in Kyiv and Moscow"), still are. Sentences written for these tests."""

from __future__ import annotations

from communique.pipeline.actors.coref import build_people, party_sets
from communique.pipeline.nlp import parse_text
from communique.records import Document
from tests.helpers.fake_kb import FakeKB
from tests.helpers.pipeline import candidates


def _sets(text: str) -> list[int]:
    doc = parse_text(text)
    people = build_people(Document(id="p", text=text), doc, FakeKB())
    return [len(ps.members) for ps in party_sets(doc, FakeKB(), 0, people)]


def _events(text: str) -> list[tuple[str, set[str | None]]]:
    return [(e.event_type, {a.country for a in e.actors})
            for e in candidates(text, "2024-05-04")]


def test_coref_party_sets_skip_places_of_a_verb() -> None:
    assert _sets("The marchers came from all over France, Spain and Italy for the rally.") == []
    assert _sets("France, Spain and Italy signed the accord on Monday.") == [3]


def test_coref_they_after_places_is_not_the_places() -> None:
    text = ("Some 20,000 farmers were driving into the city on Saturday from all over France, Spain and Italy for the "
            "protest. They were due on Saturday afternoon to stage a rally in the main square.")
    assert ("PROTEST", {"FRA", "ESP", "ITA"}) not in _events(text)


def test_coref_they_after_officials_in_two_capitals_is_both() -> None:
    text = "Officials in Kyiv and Moscow traded accusations on Monday. They also agreed to a prisoner swap."
    assert ("AGREE", {"UKR", "RUS"}) in _events(text)
