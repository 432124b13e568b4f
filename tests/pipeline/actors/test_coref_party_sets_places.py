"""Coordinated objects of a place preposition ("from all over Germany, the Netherlands and Belgium") are places, not
a set of parties a later "they" stands for; a coordinated subject still is. Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings
from communique.pipeline.actors.coref import build_people, party_sets
from communique.pipeline.nlp import parse_text
from communique.records import Document
from tests.helpers.fake_kb import FakeKB


def _sets(text: str) -> list[int]:
    doc = parse_text(text)
    people = build_people(Document(id="p", text=text), doc, FakeKB())
    return [len(ps.members) for ps in party_sets(doc, FakeKB(), 0, people)]


def test_coref_party_sets_skip_places_after_from() -> None:
    assert _sets("The marchers came from all over France, Spain and Italy for the rally.") == []
    assert _sets("France, Spain and Italy signed the accord on Monday.") == [3]


def test_coref_they_after_places_is_not_the_places() -> None:
    text = ("The Kurds were converging on the city on Saturday from all over Germany, the Netherlands and Belgium. "
            "They were due on Saturday afternoon to stage a rally in the city.")
    rallies = [e for e in extract(text, published="2024-05-04", settings=Settings(min_confidence=0.0))
               if e.event_type == "PROTEST"]
    assert all({a.country for a in e.actors} != {"DEU", "NLD", "BEL"} for e in rallies)
