"""Parties named by where they come from: "delegations from Chile and Peru" are two parties, one per country (the
phrase keeps the coordinated countries and the actors stage splits it); a recipient named by a multi-word
nationality ("South Asian nations") is the whole phrase, not its first word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text, countries", [
    ("Officials from Egypt and Jordan met in Geneva on Monday to discuss water sharing.", {"EGY", "JOR"}),
    ("Technical delegations from Chile and Peru started talks on Tuesday on their maritime border.", {"CHL", "PER"}),
])
def test_arguments_origins_coordinated_are_one_party_each(text: str, countries: set[str]) -> None:
    consult = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "CONSULT"]
    assert consult and {a.country for a in consult[0].actors} == countries


def test_arguments_multiword_nationality_recipient_is_the_whole_phrase() -> None:
    text = ("The prime minister stressed the need for mobilizing the resources of South Asian nations for the "
            "fight against poverty.")
    names = [r.name for e in extract(text, published="2024-05-01", settings=_ALL) for r in e.recipients]
    assert "South" not in names


def test_recipients_inside_an_open_question_are_no_target() -> None:
    """"refused to take a stand on whether Britain should ...": Britain is what the question is about."""
    text = "The Freedonian chancellor refused to take a stand on whether Britain should give up its rebate."
    recipients = [r.name for e in extract(text, published="2024-05-01", settings=_ALL) for r in e.recipients]
    assert "United Kingdom" not in recipients
