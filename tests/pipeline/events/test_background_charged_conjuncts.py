"""What someone is accused of is the accusation's content, every conjunct of it: "accused X of A and B" is one
ACCUSE, not also an act B by X. Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def test_background_second_charge_is_no_event_of_the_accused() -> None:
    text = ("The former premier accused Ruritania of spoiling the summit and launching a tirade against the "
            "United States.")
    events = extract(text, published="2024-05-01", settings=_ALL)
    assert [e.cameo for e in events if e.event_type == "ACCUSE"] == ["112"]


def test_background_charge_clause_hung_on_the_verb_is_content() -> None:
    # "heard allegations Thursday that ...": the that-clause hung on "heard" after the day is still what is alleged
    text = ("The inquiry heard allegations Thursday that the opposition leader was detained by Ruritanian "
            "soldiers because he was planning a coup.")
    events = extract(text, published="2024-05-03", settings=_ALL)
    assert not [e for e in events if e.event_type == "COERCE"]


def test_background_heard_without_a_charge_noun_stays_reported() -> None:
    text = "The court heard on Thursday that Ruritanian soldiers had detained the journalist in the capital."
    events = extract(text, published="2024-05-03", settings=_ALL)
    assert [e for e in events if e.event_type == "COERCE"]


def test_background_testimony_clause_is_content() -> None:
    text = "The tribunal heard testimony on Tuesday that Ruritanian soldiers had beaten the prisoners."
    events = extract(text, published="2024-05-03", settings=_ALL)
    assert not [e for e in events if e.event_type == "ASSAULT"]
