"""An agreement noun whose participle names who settled it is an event of its own ("welcomed the agreement reached
between X and Y": X and Y agreed). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.helpers.pipeline import events_in as events


@pytest.mark.parametrize(("text", "etype", "parties"), [
    ("King Abdullah on Wednesday welcomed the agreement reached between Israel and the Palestinian Authority.",
     "AGREE", ["Israel", "Palestinian Authority"]),
    ("The deal signed by Kenya and Uganda on Tuesday opens the border.", "SUPPORT", ["Kenya", "Uganda"]),
])
def test_triggers_settled_agreement_is_an_event(nlp: Language, text: str, etype: str, parties: list[str]) -> None:
    found = [e for e in events(nlp, text) if "settled:" in (e.rule or "")]
    assert found and found[0].event_type == etype
    assert [p for p in parties if any(p in r.text for r in found[0].actor_refs)] == parties


@pytest.mark.parametrize("text", [
    "The agreement reached in 1999 expired on Monday.",  # no one named as settling it
    "Kenya said the agreement was important.",
])
def test_triggers_agreement_without_its_parties_is_no_event(nlp: Language, text: str) -> None:
    assert not [e for e in events(nlp, text) if "settled:" in (e.rule or "")]
