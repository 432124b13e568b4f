"""A person titled by an organisation takes that organisation's sector ("IOC President" is no government
official; "UN Secretary-General" is one). Sentences written for these tests."""

from __future__ import annotations

import pytest

import communique


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("International Olympic Committee President Jacques Rogge met the Qatari foreign minister in Doha on Tuesday.",
     "Rogge", "SOC"),
    ("UN Secretary-General Kofi Annan met Bush in Washington on Monday.", "Annan", "GOV"),
])
def test_persons_sector_of_the_organisation_in_the_title(monkeypatch: pytest.MonkeyPatch, text: str, name: str,
                                                         sector: str) -> None:
    monkeypatch.setenv("COMMUNIQUE_MIN_CONFIDENCE", "0")
    people = [a for e in communique.extract(text, published="2005-11-30") for a in e.actors if name in a.name]
    assert people and people[0].sector == sector, people
