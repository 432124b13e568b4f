"""The day of a report dates a verbal act reported under it ("accused X of shelling villages, the ministry said on Friday"),
not an act it announces for later: "said Tuesday that it would sign the convention" leaves the signing undated (it
used to be read forward to the next Tuesday). Sentences written for these tests."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(("text", "etype", "expected"), [
    # the announced act has no day of its own
    ("The Ruritanian foreign minister said Tuesday that his country would sign the arms convention.", "SUPPORT",
     ("planned", None, True)),
    # "said on Monday it would send troops": the parser hangs "on Monday" on "send"; before the reported clause's
    # subject, with no "that", it is the day of the saying
    ("Japan said on Monday it would send troops to Iraq.", "MOBILIZE", ("planned", None, True)),
    # a reported act is still dated by its report, and a day inside the announced clause dates the act
    ("Ruritania accused Freedonia of shelling border villages, the foreign ministry said on Friday.", "ACCUSE",
     ("occurred", "2025-03-07", False)),
    ("The Ruritanian minister said on Tuesday he would visit Freedonia on Thursday.", "CONSULT",
     ("planned", "2025-03-13", False)),
])
def test_dates_report_date_plan(nlp: Language, text: str, etype: str,
                                expected: tuple[str, str | None, bool]) -> None:
    assert _dated(nlp, text, etype) == [expected]
