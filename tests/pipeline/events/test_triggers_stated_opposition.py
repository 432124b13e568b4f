"""A stated opposition to a plan or bid is a rejection (CAMEO 120, PLOVER REJECT), as the verb "oppose" is:
"reiterated China's opposition to the deadline", "voiced opposition to the bid". Sentences written for these
tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("sentence", [
    "The Chinese envoy on Monday reiterated China's opposition to imposing a deadline for the council reform.",
    "The United States on Monday voiced opposition to Germany's bid for a permanent seat.",
    "The Chinese envoy on Monday expressed strong opposition to the plan.",
    "The Chinese envoy on Monday opposed the plan.",
])
def test_triggers_stated_opposition_is_rejection(sentence: str) -> None:
    types = [e.event_type for e in extract(sentence, published="2005-11-10", settings=_ALL)]
    assert types == ["REJECT"]
