""""Reinforce" moves forces (CAMEO 154) only with a force for object ("reinforced its troops on the border");
reinforcing cooperation, an approach or fears strengthens an idea. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("text", "mobilized"), [
    ("Israel reinforced its troops on the Lebanese border on Monday.", True),
    ("The Indian army reinforced its positions along the border on Tuesday.", True),
    ("Singapore will reinforce cooperation with India, Prime Minister Lee Hsien Loong said on Monday.", False),
    ("The health ministers signed an agreement on Friday on reinforcing cooperation against bird flu.", False),
    ("The Japanese finance minister said the reports reinforce fears of inflation.", False),
])
def test_frames_reinforce_needs_a_force(text: str, mobilized: bool) -> None:
    events = [e for e in extract(text, published="2024-03-02", settings=_ALL) if e.cameo == "154"]
    assert bool(events) is mobilized, [(e.rule, [a.name for a in e.actors]) for e in events]


@pytest.mark.parametrize("text", [
    "Mali's junta reinforced its patrols near the Algerian border on Monday.",
    "NATO will reinforce its eastern flank, the alliance's chief said on Monday.",
    "The army reinforced the town of Goma with additional battalions on Tuesday.",
])
def test_frames_reinforce_forces_named_in_other_words(text: str) -> None:
    assert any(e.cameo == "154" for e in extract(text, published="2024-03-02", settings=_ALL))
