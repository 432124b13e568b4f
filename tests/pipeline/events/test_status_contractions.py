"""Contracted auxiliaries give the same status cue as the full words, so what is read off "will" or "would" (an
intent, a threat) is read off "'ll" and "'d" too. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.helpers.pipeline import events_in


@pytest.mark.parametrize("text", [
    '"We\'ll attack their bases as we attack the army," the rebel spokesman said.',
    '"We will attack their bases as we attack the army," the rebel spokesman said.',
])
def test_status_contracted_will_gives_the_threat(nlp: Language, text: str) -> None:
    events = events_in(nlp, text)
    assert any(e.event_type == "THREATEN" for e in events), [(e.event_type, e.rule) for e in events]
    assert all("aux:'ll" not in (e.rule or "") for e in events)


def test_status_contracted_had_stays_a_past_perfect(nlp: Language) -> None:
    events = events_in(nlp, "The minister said he'd met the rebel leaders in March.")
    assert all("aux:would" not in (e.rule or "") for e in events), [(e.event_type, e.rule) for e in events]
