"""Voicing indignation, anger or dissatisfaction is a criticism (CAMEO 111), as expressing outrage is. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("sentence", [
    'Beijing on Thursday voiced "great indignation" at the meeting.',
    "The Ruritanian government voiced anger at the decision of the court.",
    "Japan voiced strong dissatisfaction with the new tariffs.",
])
def test_triggers_voiced_feeling_is_a_criticism(sentence: str) -> None:
    codes = [(e.event_type, e.cameo) for e in extract(sentence, published="1997-04-24", settings=_ALL)]
    assert ("ACCUSE", "111") in codes
