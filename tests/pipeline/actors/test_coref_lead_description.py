"""A wire lead that describes its actor ("A Norwegian opposition leader on Friday called ...") names them later
("Opposition leader Karl Brandt ..."): the description is that person, so the two reports of the call are one
event. Elsewhere an indefinite description introduces someone new. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def test_coref_lead_description_is_the_person_named_later() -> None:
    text = ("A Norwegian opposition leader on Friday called for the resignation of the trade minister over a "
            "bribery scandal. Opposition leader Karl Brandt told reporters the minister had lied to parliament. "
            "Brandt called on the minister to resign immediately.")
    requests = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.event_type == "REQUEST"]
    assert len(requests) == 1, [(e.rule, [a.name for a in e.actors]) for e in requests]
    assert [a.name for a in requests[0].actors] == ["Karl Brandt"]
    assert "coref:lead-description" in (requests[0].actors[0].resolution or "")


def test_coref_lead_description_gives_its_country_to_the_person() -> None:
    text = ("A Norwegian opposition leader on Friday called for the resignation of the trade minister. "
            "Opposition leader Karl Brandt told reporters the minister had lied to parliament.")
    requests = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.event_type == "REQUEST"]
    assert requests and [(a.name, a.country) for a in requests[0].actors] == [("Karl Brandt", "NOR")], \
        [(a.name, a.country, a.resolution) for e in requests for a in e.actors]


@pytest.mark.parametrize(("text", "etype"), [
    # after the lead, an indefinite description introduces someone new
    ("Opposition leader Karl Brandt on Friday called on the trade minister to resign. "
     "A Norwegian opposition leader later accused the minister of lying. "
     "Opposition leader Anna Vogel said she agreed.", "ACCUSE"),
    # two people of the role are named later: no telling which
    ("A Norwegian opposition leader on Friday called for the resignation of the trade minister. "
     "Opposition leader Karl Brandt told reporters the minister had lied. "
     "Opposition leader Anna Vogel said the minister should go.", "REQUEST"),
    # a former holder is not the holder named later
    ("A former Ruritanian prime minister on Thursday accused the government of corruption. "
     "Prime Minister Karl Brandt rejected the criticism.", "ACCUSE"),
    # a minister is not the prime minister
    ("A Norwegian minister on Monday accused Sweden of breaking the fishing deal. "
     "Prime Minister Karl Brandt later chaired a cabinet meeting.", "ACCUSE"),
    # the lead's party word differs from the named person's
    ("A Republican senator on Tuesday accused the president of lying. "
     "Democratic Senator Karl Brandt defended the president.", "ACCUSE"),
    # the one described is a victim, not the lead's actor
    ("A senior Norwegian general was killed by rebels on Monday. "
     "Army chief of staff General Karl Brandt vowed revenge.", "ASSAULT"),
])
def test_coref_lead_description_not_linked_to_another_person(text: str, etype: str) -> None:
    events = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.event_type == etype]
    parties = [a for e in events for a in [*e.actors, *e.recipients]]
    assert events and all("lead-description" not in (a.resolution or "") for a in parties), \
        [(a.name, a.resolution) for a in parties]


def test_coref_lead_description_definite_is_the_subject_named_next() -> None:
    # "Japan's consul general called on China ... . Kenji Watanabe called on Beijing ...": one person, one call
    text = ("Japan's consul general here called on China on Tuesday to be more transparent in its military "
            "strategy. Kenji Watanabe called on Beijing to issue defence white papers.")
    requests = [e for e in extract(text, published="1997-04-08", settings=_ALL) if e.event_type == "REQUEST"]
    assert [[(a.name, a.country) for a in e.actors] for e in requests] == [[("Kenji Watanabe", "JPN")]], [
        (e.rule, [a.name for a in e.actors]) for e in requests]


@pytest.mark.parametrize("text", [
    # the next sentence's subject has a title of their own: someone else
    "Japan's consul general here called on China on Tuesday to be more open. Prime Minister Kenji Watanabe "
    "called on Beijing to issue defence white papers.",
    # two descriptions in the lead: no telling which
    "Japan's consul general here called on China's foreign minister on Tuesday to be more open. Kenji Watanabe "
    "called on Beijing to issue defence white papers.",
    # the named one is not the next sentence's subject
    "Japan's consul general here called on China on Tuesday to be more open. Beijing rejected the call by Kenji "
    "Watanabe.",
])
def test_coref_lead_description_definite_not_linked_to_another(text: str) -> None:
    parties = [a for e in extract(text, published="1997-04-08", settings=_ALL) for a in [*e.actors, *e.recipients]]
    assert all("lead-description" not in (a.resolution or "") for a in parties), [
        (a.name, a.resolution) for a in parties]


@pytest.mark.parametrize("text", [
    # the next sentence's subject answers the lead's act: another person
    "Ruritania's interior minister accused Freedonia on Monday of harbouring rebels. Karl Brandt rejected the "
    "charge as baseless.",
    "Ruritania's foreign minister arrived in Kessel on Monday for talks. Jan Smit welcomed him at the airport.",
])
def test_coref_lead_description_definite_not_linked_to_who_answers(text: str) -> None:
    parties = [a for e in extract(text, published="2005-11-10", settings=_ALL) for a in [*e.actors, *e.recipients]]
    assert all("lead-description" not in (a.resolution or "") for a in parties), [
        (a.name, a.resolution) for a in parties]
