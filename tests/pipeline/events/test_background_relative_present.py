"""A present-simple relative clause describes a party ("Erbakan, who opposes close ties with Israel", "the group,
which backs China's claim"): a standing trait, not the story's news; one dated to a day, and the clause of a time
("by the time X meets Y"), still count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published="1997-04-08", settings=_ALL)]


@pytest.mark.parametrize(("sentence", "trait"), [
    ("Israeli Foreign Minister David Levy arrived here Tuesday for talks with Turkish leaders, including a meeting "
     "with Islamist Prime Minister Necmettin Erbakan, who opposes close ties with the Jewish state.", "REJECT"),
    ("The group, which backs China's claim to the islands, announced a protest against Japan on Monday.", "SUPPORT"),
])
def test_background_relative_present_is_a_trait(sentence: str, trait: str) -> None:
    assert trait not in _types(sentence)


@pytest.mark.parametrize(("sentence", "news"), [
    ("They believe this will be done by the time Prime Minister Hashimoto meets President Clinton.", "CONSULT"),
    ("Chirac, who arrives in Beijing on Monday, will meet Jiang Zemin.", "CONSULT"),
])
def test_background_relative_present_of_a_time_or_day_counts(sentence: str, news: str) -> None:
    assert news in _types(sentence)
