"""A press conference given alone is a briefing, not a meeting; one held jointly with someone stays a meeting. A
negated obligation ("they don't have to worry") demands nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published="2024-05-01", settings=_ALL)]


@pytest.mark.parametrize("text, consult", [
    ("Ruritanian Foreign Minister Ivo Marn said he would be holding a press conference on Thursday.", False),
    ("General Ivo Marn's first press conference as Ruritania's army chief was delayed for an hour.", False),
    ("Italian President Ivo Marn told a joint news conference with Turkish President Ola Brandt that the talks had "
     "gone well.", True),
])
def test_frames_press_conference_alone_is_no_meeting(text: str, consult: bool) -> None:
    assert ("CONSULT" in _types(text)) is consult


@pytest.mark.parametrize("text, demand", [
    ('"They do not have to worry," President Ivo Marn of Kenya said of Uganda and Tanzania.', False),
    ("President Ivo Marn of Kenya said Uganda has to withdraw its troops.", True),
])
def test_statements_negated_obligation_demands_nothing(text: str, demand: bool) -> None:
    assert ("REQUEST" in _types(text)) is demand


@pytest.mark.parametrize("text, demand", [
    ('"You should not pay attention to such rude comments by Ugandan officials," Kenyan Foreign Minister Ivo Marn '
     "told a news conference.", False),
    ('"It has to be done quickly," Kenyan Foreign Minister Ivo Marn said of the deployment of troops in Uganda.',
     True),
])
def test_statements_audience_is_no_party_demanded_of(text: str, demand: bool) -> None:
    assert ("REQUEST" in _types(text)) is demand, _types(text)
