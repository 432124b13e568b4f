""""Work with" is a trigger only where a party states its readiness or wish to do it ("is ready to work with X":
an intent to cooperate, AGREE), never on its own ("worked with the police for years"). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.helpers.pipeline import events_in as events


@pytest.mark.parametrize(("text", "recipient"), [
    ("Wen said China is ready to work with Brazil to deepen their partnership.", "Brazil"),
    ("The minister said Kenya is willing to work together with the new Ugandan government.", "Ugandan government"),
    ("Ortega said Nicaragua would like to work with Costa Rica on the river dispute.", "Costa Rica"),
])
def test_triggers_readiness_to_work_with_is_an_intent(nlp: Language, text: str, recipient: str) -> None:
    found = [e for e in events(nlp, text) if "work with+readiness" in (e.rule or "") and "not-news" not in (e.rule or "")]
    assert [e.event_type for e in found] == ["AGREE"], [(e.event_type, e.rule) for e in events(nlp, text)]
    assert any(recipient in r.text for r in found[0].recipient_refs)


@pytest.mark.parametrize("text", [
    "The two agencies worked with the police for years.",
    "Aid groups are working with local officials to distribute food.",
    "Kenya said it will keep working with donors.",
    # a wish or resolve that states no readiness, and a readiness denied
    "Kenya is keen to work with Uganda on trade.",
    "Kenya is determined to work with Uganda on trade.",
    "Kenya is not ready to work with the military junta.",
])
def test_triggers_work_with_alone_is_no_event(nlp: Language, text: str) -> None:
    assert not [e for e in events(nlp, text) if "work with" in (e.rule or "")]
