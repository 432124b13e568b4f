"""A visit that comes "here" is to the dateline's country; a thing named after a place ("the Helsinki
agreement") gives no one that place's country and is no party. Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _events(text: str) -> list:
    return extract(text, published="1997-04-02", settings=_ALL)


def test_context_fill_visit_here_is_to_the_dateline_country() -> None:
    events = [e for e in _events("CAIRO, April 2 (AFP) - Pakistani army chief Ivo Marn arrived here on Wednesday "
                                 "for a three-day visit.") if e.event_type == "CONSULT"]
    assert events and [r.country for r in events[0].recipients] == ["EGY"], \
        [(r.name, r.resolution) for e in events for r in e.recipients]


def test_context_fill_visit_not_here_takes_no_dateline_country() -> None:
    events = [e for e in _events("CAIRO, April 2 (AFP) - Pakistani army chief Ivo Marn left on Wednesday for a "
                                 "three-day visit to Paris.") if e.event_type == "CONSULT"]
    assert all(r.country != "EGY" for e in events for r in e.recipients)


def test_sentence_context_place_naming_an_accord_is_no_country() -> None:
    events = _events("The police this week will also withdraw 1,350 policemen from the province to honor the "
                     "Helsinki agreement, which ended a civil war of three decades.")
    assert events and all(a.country != "FIN" for e in events for a in (*e.actors, *e.recipients)), \
        [(a.name, a.country) for e in events for a in e.actors]
    assert not any("agreement" in a.name for e in events for a in (*e.actors, *e.recipients))
