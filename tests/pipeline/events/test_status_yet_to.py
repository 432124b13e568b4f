""""has yet to X" / "is yet to X" says X has not happened: negated, not an obligation ("have to") or a plan
("be to"), and no demand is read from it.

Sentences are written for these tests (fictional names); none come from the evaluation sets or the seeds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.events.find import find_events
from communique.records import Document


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Freedonian rebels are yet to sign the peace accord with the government.", "SUPPORT"),
    ("The Ruritanian ministry has yet to respond to the Freedonian request for talks.", None),
    ("The club insisted that it has yet to offer the Ruritanian minister a new contract.", None),
])
def test_status_yet_to_is_negated(nlp: Language, text: str, event_type: str | None) -> None:
    doc = Document(id="t", text=text, published="2025-03-07", body_start=0)
    events = find_events(doc, nlp(text))
    assert not [e for e in events if e.cameo == "100"], [(e.event_type, e.rule) for e in events]  # no demand
    assert all(e.status == "negated" for e in events), [(e.event_type, e.status, e.rule) for e in events]
    if event_type:
        assert any(e.event_type == event_type for e in events)


@pytest.mark.parametrize(("text", "status"), [
    ("The Freedonian rebels are to sign the peace accord with the government on Friday.", "planned"),
    ("The Ruritanian minister said Freedonia has to withdraw its troops.", "hypothetical"),
])
def test_status_without_yet_stays_plan_or_obligation(nlp: Language, text: str, status: str) -> None:
    doc = Document(id="t", text=text, published="2025-03-07", body_start=0)
    events = [e for e in find_events(doc, nlp(text)) if e.cameo != "100"]
    assert events and events[0].status == status, [(e.event_type, e.status, e.rule) for e in events]


def test_status_was_to_have_is_an_unrealised_plan(nlp: Language) -> None:
    """"was to have traveled to X": the plan did not come about (negated), unlike "was to travel" (planned)."""
    statuses = {}
    for text in ("The Ruritanian premier was to have traveled to Freedonia on Saturday for talks.",
                 "The Ruritanian premier was to travel to Freedonia on Saturday for talks."):
        doc = Document(id="t", text=text, published="2025-03-07", body_start=0)
        statuses[text] = {e.status for e in find_events(doc, nlp(text)) if e.event_type == "CONSULT"}
    assert list(statuses.values()) == [{"negated"}, {"planned"}], statuses
