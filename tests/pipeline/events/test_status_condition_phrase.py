""""in the event X is condemned", "in case the rebels sign": a multi-word conditional the parser seldom marks
makes its clause hypothetical, not a reported act.

Sentences are written for these tests (fictional names); none come from the evaluation sets or the seeds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.events.find import find_events
from communique.records import Document


def statuses(nlp: Language, text: str, event_type: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, published="2025-03-07", body_start=0)
    return [(e.status, e.rule or "") for e in find_events(doc, nlp(text)) if e.event_type == event_type]


@pytest.mark.parametrize(("text", "event_type"), [
    ("He said Ruritania would cut its ties with Freedonia in the event Ruritania is condemned by the tribunal.",
     "ACCUSE"),
    ("The army will pull back in case the Freedonian rebels sign the peace accord.", "SUPPORT"),
    ("The minister said sanctions would follow in the event that the militia attacks the border post.", "ASSAULT"),
])
def test_status_condition_phrase_is_hypothetical(nlp: Language, text: str, event_type: str) -> None:
    found = statuses(nlp, text, event_type)
    assert found and all(status == "hypothetical" for status, _ in found), found


def test_status_condition_phrase_needs_the_phrase(nlp: Language) -> None:
    found = statuses(nlp, "Ruritania was condemned by the tribunal in the Freedonian capital on Monday.", "ACCUSE")
    assert found and found[0][0] == "occurred", found


@pytest.mark.parametrize("text", [
    "If necessary, the Ruritanian president will meet the rebel leader.",
    "The Ruritanian and Freedonian leaders will meet again next month if possible.",
])
def test_status_verbless_condition_is_hypothetical(nlp: Language, text: str) -> None:
    """"if necessary, he will meet him": a meeting only if need be."""
    found = statuses(nlp, text, "CONSULT")
    assert found and all(status == "hypothetical" for status, _ in found), found


def test_status_negated_condition_is_hypothetical(nlp: Language) -> None:
    """"would be voted out if he does not resign": the resignation is a condition, not a refusal that happened."""
    text = "The Ruritanian prime minister warned that the senator would be voted out if he does not resign."
    doc = Document(id="t", text=text, published="2025-03-07", body_start=0)
    found = [(e.status, e.rule) for e in find_events(doc, nlp(text)) if "resign" in (e.rule or "")]
    assert found and all(status == "hypothetical" for status, _ in found), found
