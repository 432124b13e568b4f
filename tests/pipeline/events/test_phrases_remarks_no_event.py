"""Opinion and state descriptions with no directed act ("expressed fears", "relations have been strained") are
pessimistic remarks (CAMEO 012), not ACCUSE or SANCTION events. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.api import extract
from tests.helpers.pipeline import find


@pytest.mark.parametrize("text", [
    "Relations between the two neighbours have been strained since the border incident.",
    "The opposition voiced fears that the vote would be rigged.",
    "The foreign minister expressed fear over the fate of the hostages.",
    "Aid agencies expressed worry about the coming winter.",
])
def test_phrases_remarks_no_accuse_or_sanction(text: str) -> None:
    assert not [e for e in extract(text, published="2024-05-01") if e.event_type in ("ACCUSE", "SANCTION")]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Egypt expressed its opposition to the plan.", "REJECT"),  # opposition to a plan: a rejection, as "oppose"
    ("The government voiced criticism of the court ruling.", "ACCUSE"),
])
def test_phrases_disapproval_still_an_event(text: str, event_type: str) -> None:
    assert event_type in [e.event_type for e in extract(text, published="2024-05-01")]


@pytest.mark.parametrize("text", [
    "Ruritania will strive to meet the criteria for joining the currency union, the prime minister said.",
    "The ministry said the new plant would meet the safety standards set by the agency.",
    "The Freedonian parliament will meet next week for the first time in ten years.",
    "The cabinet convened on Monday to discuss the budget.",
])
def test_phrases_meeting_a_standard_or_a_session_is_no_consult(text: str) -> None:
    assert not [e for e in extract(text, published="2024-05-01") if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The cabinet met with union leaders on Monday.",
    "The two parliaments will meet in Brussels next week.",
    "The Ruritanian president met the Freedonian prime minister on Monday.",
])
def test_phrases_meetings_of_parties_stay(text: str) -> None:
    assert [e for e in extract(text, published="2024-05-01") if e.event_type == "CONSULT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister insisted he was innocent of any wrongdoing.", False),
    ("The finance minister insisted that the budget was the only solution.", False),
    ("Ruritania insisted on the release of its fishermen held by Freedonia.", True),
])
def test_phrases_insisting_on_a_claim_is_no_demand(nlp: Language, text: str, expected: bool) -> None:
    found = [e for e in find(nlp, text)[1] if e.event_type == "REQUEST"]
    assert bool(found) == expected, [(e.cameo, e.rule) for e in found]
