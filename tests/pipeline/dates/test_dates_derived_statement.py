"""Dates that tell a status. An intent read from a planned act ("would discuss it at the meeting on Monday") is a
statement made before the act: the act's time is the act's, read forward, and never dates the statement in the past.
A present tense its own date puts after publication ("when the governors meet next year") is a plan. A "when" clause
happened at the time its main clause states, and a past one dates its main clause.

Sentences are written for these tests (fictional names); none come from the evaluation sets or the seeds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.dates.resolve import resolve_dates
from communique.pipeline.events.find import find_events
from communique.records import Document
from tests.helpers.dates import resolve_on_sentence

PUBLISHED = "2025-03-08"  # a Saturday


def test_dates_derived_statement_not_dated_by_the_planned_act(nlp: Language) -> None:
    """The threat read off "would attack ... on Monday" is not dated by the attack's day (nor by last Monday).
    (A planned meeting gives no intent beside it: find.py, one statement one event.)"""
    text = "The Ruritanian army chief said his troops would attack the rebel camps on Monday."
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    events = find_events(doc, nlp(text))
    resolve_dates(doc, nlp(text), events)
    planned = [e for e in events if e.event_type == "ASSAULT"]
    assert planned and planned[0].status == "planned" and planned[0].date == "2025-03-10"
    derived = [e for e in events if (e.rule or "").startswith("derived:")]
    assert derived, [(e.event_type, e.rule) for e in events]
    assert all(e.date != "2025-03-03" for e in derived), [(e.date, e.date_rule) for e in derived]


@pytest.mark.parametrize(("text", "reading", "day"), [
    # a refusal read from a failed act happened when the act failed
    ("Ruritanian and Freedonian negotiators failed to reach agreement on the border Sunday, officials said.",
     "derived:refusal", "2025-03-02"),
    # an intent dated by its report is read in the report's tense
    ("The Ruritanian leader said Wednesday he was prepared to meet his Freedonian counterpart.", "derived:intent",
     "2025-03-05"),
])
def test_dates_derived_reading_keeps_its_past_day(nlp: Language, text: str, reading: str, day: str) -> None:
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    events = [e for e in find_events(doc, nlp(text)) if (e.rule or "").startswith(reading)]
    resolve_dates(doc, nlp(text), events)
    assert events and events[0].date == day, [(e.date, e.date_rule) for e in events]


def test_dates_present_dated_ahead_is_planned(nlp: Language) -> None:
    """"When the governors meet in Kiev next year": a present tense its own date puts after publication is a plan."""
    text = "When the Ruritanian governors meet in Kiev next year, we hope you will be there, the minister said."
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    events = [e for e in find_events(doc, nlp(text)) if e.event_type == "CONSULT"]
    assert events and events[0].status == "occurred"
    resolve_dates(doc, nlp(text), events)
    assert (events[0].status, events[0].date) == ("planned", "2026"), (events[0].date_rule, events[0].rule)


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # the main clause's date holds for what its "when" clause tells
    ("The scandal first came to light last November when the Ruritanian transport minister resigned.",
     "resigned", "2024-11"),
    ("The clash took place on Wednesday when Freedonian guards opened fire on a patrol.", "opened", "2025-03-05"),
    # a past "when" clause dates its main clause
    ("When they met in Geneva on Thursday, the two ministers agreed to resume talks.", "agreed", "2025-03-06"),
])
def test_dates_when_clause_shares_its_main_clause_time(text: str, trigger: str, day: str) -> None:
    event = resolve_on_sentence(text, trigger, PUBLISHED)
    assert event.date == day, (event.date, event.date_rule)
    assert "when-clause" in (event.date_rule or "")


def test_dates_when_clause_in_the_present_does_not_date_its_main_clause() -> None:
    """"refused to renew the leases when they expire in May": the refusal is not in May."""
    event = resolve_on_sentence("The landowners have refused to renew the leases when they expire in May.", "refused",
                                PUBLISHED)
    assert event.date is None, (event.date, event.date_rule)
