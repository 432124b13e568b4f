"""A person whose full name links a father's name ("Muhammad bin Muhammad Taib") goes by the given name alone:
the lone given name is that person, whoever else the knowledge base knows by it. Sentences written for these
tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def test_coref_lone_given_name_of_a_patronymic_full_name() -> None:
    text = ("Muhammad bin Ahmad Taib, chief minister of a central Malaysian state, was detained in Australia. "
            "Opposition leader Lim Kit Siang called on Muhammad to resign.")
    events = [e for e in extract(text, published="1997-04-11", settings=_ALL) if e.event_type == "REQUEST"]
    assert events and [(r.name, r.country) for r in events[0].recipients] == [("Muhammad bin Ahmad Taib", "MYS")], \
        [(r.name, r.country, r.resolution) for e in events for r in e.recipients]
