"""Being committed or determined to do something states an intent (CAMEO 03x, AGREE): what is to be done is its
content, not an act of its own ("is committed to strengthening relations with X" is no SUPPORT). And a speaker the
parser hung on the noun before the report verb ("... with Zimbabwe, the ambassador said") is no name of that noun.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text", [
    "Malaysia is committed to strengthening bilateral relations with Zimbabwe, the outgoing Malaysian ambassador "
    "said on Thursday.",
    "South Korean Prime Minister Lee Hae-chan said on Saturday that South Korea and Kuwait are determined to "
    "improve their economic ties.",
    "The Ruritanian government is determined to hold talks with Norland, the minister said on Monday.",
])
def test_background_determination_states_an_intent(text: str) -> None:
    events = extract(text, published="2005-11-17", settings=_ALL)
    assert [e.event_type for e in events] == ["AGREE"], [(e.event_type, e.rule) for e in events]
    assert events[0].cameo.startswith("03")


def test_noun_phrases_speaker_before_the_report_verb_is_no_apposition() -> None:
    text = ("Malaysia is committed to strengthening bilateral relations with Zimbabwe, the outgoing Malaysian "
            "ambassador said on Thursday.")
    events = extract(text, published="2005-11-17", settings=_ALL)
    assert [r.country for e in events for r in e.recipients] == ["ZWE"]


@pytest.mark.parametrize(("text", "kept"), [
    # a "where" clause of a trip now or to come tells what came before
    ("The French minister, who arrives from west Africa where she visited Benin and Nigeria, will hold talks with "
     "Kenyan officials on Friday.", False),
    # and so does a verb joined to it
    ("The French cooperation minister arrives from west Africa where she visited Benin and signed an aid "
     "agreement with Nigeria.", False),
    # under a past trip it tells the trip itself
    ("The French minister flew on to Lagos where she visited the Nigerian president.", True),
])
def test_background_where_clause_before_a_present_trip(text: str, kept: bool) -> None:
    events = extract(text, published="2005-11-10", settings=_ALL)
    assert any("NGA" in [r.country for r in e.recipients] for e in events) is kept, [
        (e.event_type, e.rule) for e in events]


def test_background_decided_to_act_is_no_determination() -> None:
    # the verb "determine" (decide) is not the adjective of resolve: the decision's act stays
    text = "The UN Security Council on Friday determined to send 5,000 more peacekeepers to Ivory Coast."
    events = extract(text, published="2005-11-10", settings=_ALL)
    assert any("CIV" in [r.country for r in e.recipients] for e in events)


def test_noun_phrases_speaker_before_a_report_verb_hung_elsewhere() -> None:
    text = "Malaysia will sign a trade pact with Zimbabwe, the outgoing Malaysian ambassador said."
    events = extract(text, published="2005-11-17", settings=_ALL)
    assert [r.country for e in events for r in e.recipients] == ["ZWE"]


def test_background_determined_aside_is_the_adjective() -> None:
    # "X, determined to withdraw, ordered ...": the resolve (an intent), not a decision; the withdrawal is its content
    text = ("Israeli Prime Minister Ariel Sharon, determined to withdraw from the West Bank, ordered troops to "
            "prepare on Monday.")
    events = extract(text, published="2005-11-10", settings=_ALL)
    assert not any(e.event_type == "RETREAT" for e in events)
    assert any(e.event_type == "AGREE" and (e.rule or "").startswith("derived:intent") for e in events)


def test_noun_phrases_speaker_with_a_title_after_a_comma_is_no_apposition() -> None:
    # "... at vehicles of the UN, X, coordinator for Y, told AFP": X is the speaker, not the UN's other name
    text = ("Protesters threw stones on Monday at cars of the United Nations, Pierre Dumont, coordinator in northern "
            "Chad for the UN High Commissioner for Refugees, told Reuters.")
    events = extract(text, published="2005-11-17", settings=_ALL)
    assert [r.name for e in events for r in e.recipients] == ["United Nations"], [
        (e.event_type, [r.name for r in e.recipients]) for e in events]


def test_noun_phrases_named_one_before_a_participle_is_the_apposition() -> None:
    # "arrested the speaker of the parliament, X, saying ...": the participle is the clause's, X is the arrested
    text = "Israeli troops arrested the speaker of the Palestinian parliament, Aziz Dweik, saying he was a rebel."
    events = extract(text, published="2005-11-17", settings=_ALL)
    assert ["Aziz Dweik"] in [[r.name for r in e.recipients] for e in events], [
        (e.event_type, [r.name for r in e.recipients]) for e in events]
