"""An obligation the speaker lays on their own side ("we will have to hurry", "we must act") is no demand of
another actor (REQUEST 100), nor is one laid on a document ("the report should silence ..."); one laid on
another party still is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)  # every rule-level event, whatever the gate would keep


@pytest.mark.parametrize("text", [
    'Speaking after two days of talks with the visiting chancellor, President Varga said: "We will now have to '
    'move faster."',
    '"We have to be patient with the reform," President Varga told the parliament.',
    # a document "should" do something: no party is obliged
    "Kenyan Finance Minister Ana Bel said the latest OECD report on Kenya should silence the calls for tax cuts.",
    # a question talked over
    "The minister said they discussed how the Arab states should resist pressure.",
    # a place or time expected ("should be in the border towns by May"), no conduct demanded
    "The UN envoy said the observers should be in the border towns by next week.",
])
def test_statements_self_obligation_is_no_request(text: str) -> None:
    got = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.rule and e.rule.startswith("obligation")]
    assert got == []


@pytest.mark.parametrize("text", [
    "The Ruritanian foreign minister said Freedonia must withdraw its troops from the border.",
    '"The rebels have to lay down their arms," the Freedonian president said on Monday.',
    # a conduct or a withdrawal asked for with "be"
    "The Ruritanian foreign minister said Freedonia should be more cooperative with the tribunal.",
    "The Ruritanian president said Freedonian troops should be out of the border region by the end of the year.",
])
def test_statements_obligation_on_another_party_still_requests(text: str) -> None:
    got = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "REQUEST"]
    assert got and got[0].recipients


def test_statements_inverted_should_is_a_condition() -> None:
    """"the danger should such a regime have a nuclear capacity": an "if", not a demand of the regime."""
    from communique.api import extract
    from communique.config import Settings

    text = "He warned that Ruritania would be punished should Iran build a bomb."
    assert not [e for e in extract(text, published="2005-12-14", settings=Settings(min_confidence=0.0))
                if e.event_type == "REQUEST"]
    kept = extract("Regev said Iran should stop its nuclear programme.", published="2005-12-14",
                   settings=Settings(min_confidence=0.0))
    assert [e.event_type for e in kept] == ["REQUEST"]
