"""The day of a report dates a verbal act reported under it ("accused X of shelling villages, the ministry said on Friday"),
not an act it announces for later: "said Tuesday that it would sign the convention" leaves the signing undated (it
used to be read forward to the next Tuesday). Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from communique.pipeline.dates.resolve import resolve_dates
from communique.pipeline.events.find import find_events
from communique.records import ANNOUNCED_PLAN_RULE, Document

PUBLISHED = "2025-03-08"  # a Saturday


def _dated(nlp: Language, text: str, etype: str) -> list[tuple[str, str | None, bool]]:
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    events = [e for e in find_events(doc, nlp(text)) if e.event_type == etype]
    resolve_dates(doc, nlp(text), events)
    return [(e.status, e.date, e.date_rule == ANNOUNCED_PLAN_RULE) for e in events]


def test_dates_report_date_plan_leaves_the_announced_act_undated(nlp: Language) -> None:
    text = "The Ruritanian foreign minister said Tuesday that his country would sign the arms convention."
    assert _dated(nlp, text, "SUPPORT") == [("planned", None, True)]


def test_dates_report_date_still_dates_a_reported_act(nlp: Language) -> None:
    text = "Ruritania accused Freedonia of shelling border villages, the foreign ministry said on Friday."
    assert _dated(nlp, text, "ACCUSE") == [("occurred", "2025-03-07", False)]


def test_dates_report_day_hung_on_the_announced_act_is_still_the_reports(nlp: Language) -> None:
    # "said on Monday it would send troops": the parser hangs "on Monday" on "send"; before the reported clause's
    # subject, with no "that", it is the day of the saying
    text = "Japan said on Monday it would send troops to Iraq."
    assert _dated(nlp, text, "MOBILIZE") == [("planned", None, True)]


def test_dates_day_inside_the_announced_clause_dates_the_act(nlp: Language) -> None:
    text = "The Ruritanian minister said on Tuesday he would visit Freedonia on Thursday."
    assert _dated(nlp, text, "CONSULT") == [("planned", "2025-03-13", False)]
