"""Opinion and state descriptions with no directed act ("expressed fears", "relations have been strained") are
pessimistic remarks (CAMEO 012), not ACCUSE or SANCTION events. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract


@pytest.mark.parametrize("text", [
    "Relations between the two neighbours have been strained since the border incident.",
    "The opposition voiced fears that the vote would be rigged.",
    "The foreign minister expressed fear over the fate of the hostages.",
    "Aid agencies expressed worry about the coming winter.",
])
def test_phrases_remarks_no_accuse_or_sanction(text: str) -> None:
    assert not [e for e in extract(text, published="2024-05-01") if e.event_type in ("ACCUSE", "SANCTION")]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Egypt expressed its opposition to the plan.", "ACCUSE"),
    ("The government voiced criticism of the court ruling.", "ACCUSE"),
])
def test_phrases_disapproval_still_accuses(text: str, event_type: str) -> None:
    assert event_type in [e.event_type for e in extract(text, published="2024-05-01")]
