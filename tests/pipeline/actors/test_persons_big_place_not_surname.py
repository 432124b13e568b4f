"""A big place the tagger reads as a place is that place, though the knowledge base knows a person of that
surname, unless someone in the article bears the name. Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def test_persons_capital_named_like_a_politician_is_the_capital() -> None:
    text = "Ruritanian Foreign Minister Ivo Marn was scheduled to leave for Lima late Wednesday, officials said."
    events = [e for e in extract(text, published="1997-04-23", settings=_ALL) if e.event_type == "CONSULT"]
    assert events and [(r.name, r.country) for r in events[0].recipients] == [("Peru", "PER")], \
        [(r.name, r.country, r.resolution) for e in events for r in e.recipients]


def test_organisations_big_city_where_something_happens_is_the_city() -> None:
    # the tagger calls "Durres" an organisation; arriving in it is arriving in an Albanian city
    text = "Some 350 French troops arrived in Durres on Tuesday."
    events = [e for e in extract(text, published="1997-04-16", settings=_ALL) if e.event_type == "MOBILIZE"]
    assert events and [r.country for r in events[0].recipients] == ["ALB"], \
        [(r.name, r.country, r.resolution) for e in events for r in e.recipients]
