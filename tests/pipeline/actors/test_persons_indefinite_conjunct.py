""""A newspaper boss and lawmaker was killed" names someone new: the second noun is as indefinite as the first, so
it is not the lawmaker named later in the story; "the Gemayel killing" names an act by its victim, whose name is no
attacker. Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def test_persons_indefinite_conjunct_is_nobody_named_later() -> None:
    text = ("A prominent opposition editor and lawmaker was killed in a car bombing in Beirut on Monday. "
            "Opposition leader and fellow MP Samir Geagea blamed Syria for the bombing.")
    attacks = [e for e in extract(text, published="2005-12-12", settings=_ALL) if e.event_type == "ASSAULT"]
    assert attacks
    assert "Samir Geagea" not in [r.name for r in attacks[0].recipients]


def test_persons_definite_description_still_finds_its_holder() -> None:
    text = ("Fellow MP Samir Geagea arrived in Paris on Monday. The lawmaker met French President Jacques Chirac "
            "on Tuesday.")
    names = [a.name for e in extract(text, published="2005-12-12", settings=_ALL) for a in e.actors]
    assert "Samir Geagea" in names


def test_triggers_named_gerund_is_no_act_of_its_name() -> None:
    text = "But the Gemayel killing turned attention to Syria's role in the politics of its neighbour."
    attacks = [e for e in extract(text, published="2005-12-12", settings=_ALL) if e.event_type == "ASSAULT"]
    assert not any("Gemayel" in a.name for e in attacks for a in e.actors)


def test_persons_conjunct_with_its_own_article_still_finds_its_holder() -> None:
    text = ("President Joe Biden met Israeli Prime Minister Benjamin Netanyahu on Monday. A White House aide and the "
            "president criticized Hamas on Tuesday.")
    accusations = [e for e in extract(text, published="2024-03-13", settings=_ALL) if e.event_type == "ACCUSE"]
    assert accusations and "Joe Biden" in [a.name for a in accusations[0].actors]
