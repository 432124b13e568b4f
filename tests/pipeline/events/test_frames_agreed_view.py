"""Agreeing on the importance of something is a shared view, not an agreement to act (PLOVER AGREE); agreeing on
a plan, on the need for an act, or to meet stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("text", "agreed"), [
    ("Armenia and Azerbaijan agreed on Monday on the importance of regional stability.", False),
    ("Armenia and Azerbaijan agreed on the significance of the talks for the region.", False),
    ("Armenia and Azerbaijan agreed on Monday on the need for a speedy deployment of monitors.", True),
    ("Armenia and Azerbaijan agreed on Monday on a plan to reopen the border crossing.", True),
    ("Armenia and Azerbaijan agreed on the need for a ceasefire and agreed to meet again next week.", True),
    ("Armenia and Azerbaijan agreed on the importance of dialogue and to resume peace talks next month.", True),
    ("Armenia and Azerbaijan agreed on the importance of stability and on a prisoner swap on Monday.", True),
])
def test_frames_agreed_view_is_no_agreement(text: str, agreed: bool) -> None:
    events = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.event_type == "AGREE"]
    assert bool(events) is agreed, [(e.rule, e.status) for e in events]
