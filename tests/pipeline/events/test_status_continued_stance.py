"""A reported "will continue to ..." states a stance held now: occurred, dated by the statement; a continuation
with a future time of its own, or one not reported, stays a plan.

Sentences are written for these tests (fictional names); none come from the evaluation sets or the seeds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.dates.resolve import resolve_dates
from communique.pipeline.events.find import find_events
from communique.records import Document

PUBLISHED = "2025-03-07"  # a Friday


@pytest.mark.parametrize(("text", "event_type", "status", "date"), [
    ("Ruritania reiterated on Thursday it will continue to support the Freedonian government.",
     "SUPPORT", "occurred", "2025-03-06"),
    ("Ruritania reiterated Thursday it will continue exercising sovereignty over the islands, defying a bill "
     "passed by Freedonia's parliament.", "REJECT", "occurred", "2025-03-06"),
    ("The Ruritanian minister said on Thursday that his country would keep pressing Freedonia to release the "
     "prisoners.", "REQUEST", "occurred", "2025-03-06"),
    # a plan: a future time of its own, a nominal continued, no report
    ("Ruritania said it will continue talks with Freedonia next week.", "CONSULT", "planned", None),
    ("Ruritania said it will continue to press Freedonia for talks next week.", "REQUEST", "planned", None),
    ("Ruritania will continue to support the Freedonian government.", "SUPPORT", "planned", None),
])
def test_status_continued_stance_in_a_report_is_news(nlp: Language, text: str, event_type: str, status: str,
                                                     date: str | None) -> None:
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    sdoc = nlp(text)
    events = [e for e in find_events(doc, sdoc) if e.event_type == event_type]
    assert events, [(e.event_type, e.rule) for e in find_events(doc, sdoc)]
    resolve_dates(doc, sdoc, events)
    assert events[0].status == status, events[0].rule
    if status == "occurred":
        assert events[0].date == date, events[0].date_rule


@pytest.mark.parametrize(("text", "status"), [
    ("The Ruritanian president said Monday his country would talk next with Freedonia after he met the Osterland "
     "prime minister.", "occurred"),
    ("The Ruritanian minister will travel to Lisbon after he meets the Freedonian president.", "planned"),
])
def test_status_time_clause_keeps_its_own_past(nlp: Language, text: str, status: str) -> None:
    """"... would talk next with X after he met Y": the time clause's own past tense is its status, not the main
    clause's "would"; a present-tense time clause under "will" is planned with it."""
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    meets = [e for e in find_events(doc, nlp(text)) if e.trigger is not None and e.trigger.text.startswith("me")]
    assert meets and meets[0].status == status, [(e.trigger, e.rule) for e in meets]
