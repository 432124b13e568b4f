"""A later noun report with no day and no status of its own ("her visit to Porto would be a signal") is a report
of the act the story told before, whatever that report's day and status; an earlier bare noun does not take a later
plan's status, and a noun with a day or a status of its own stays apart."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from communique.pipeline.merge.within import merge_within_document
from communique.records import Actor, Event, Mention, Span

PUBLISHED = "2024-05-02"
PLAN = "The Norland president will pay a visit to Freedonia on May 12."
NOUN = "The president's visit to Freedonia would be an important move, the ministry said."


def _visit(status: str, date: str | None, date_rule: str | None, rule: str, sentence: str, start: int) -> Event:
    mention = Mention("d", None, None, PUBLISHED, sentence, start, start + len(sentence))
    return Event(event_type="CONSULT", cameo="042", status=status, date=date, date_precision="day" if date else None,
                 date_rule=date_rule, rule=rule,
                 actors=[Actor(id="person:p", name="the president", kind="person", country="NLD")],
                 recipients=[Actor(id="country:FRE", name="Freedonia", kind="country", country="FRE")],
                 mentions=[mention])


def _plan() -> Event:
    return _visit("planned", "2024-05-12", "month-day-future", "phrase:pay+visit+nsubj+status:aux:will", PLAN, 0)


def _noun(date: str | None = "2024-05-02", date_rule: str | None = "story-day:published",
          rule: str = "noun:visit+poss+noun-prep:to") -> Event:
    return _visit("occurred", date, date_rule, rule, NOUN, 200)


def test_merge_within_bare_noun_after_a_plan_is_that_plan() -> None:
    out = merge_within_document([_plan(), _noun()])
    assert len(out) == 1
    assert (out[0].status, out[0].date, len(out[0].mentions)) == ("planned", "2024-05-12", 2)


@pytest.mark.parametrize("noun", [
    _noun(date="2024-05-01", date_rule="weekday-past"),  # "her visit on Wednesday": a day of its own
    _noun(rule="noun:visit+poss+noun-prep:to+status:nominal:past"),  # a status of its own
])
def test_merge_within_noun_with_a_day_or_status_of_its_own_stays_apart(noun: Event) -> None:
    assert len(merge_within_document([_plan(), noun])) == 2


def test_merge_within_earlier_bare_noun_keeps_its_status() -> None:
    # "Following his talks with X ..." in the lead, then "he will meet X again on May 12": two meetings
    out = merge_within_document([_noun(), _plan()])
    assert [e.status for e in out] == ["occurred", "planned"]


def test_merge_within_bare_noun_leaves_the_plans_week_and_status() -> None:
    # "X will visit Y next week. X's visit to Y comes amid ...": the plan keeps its week, not the story's day
    plan = replace(_plan(), date="2024-W20", date_precision="week", date_rule="next-week")
    out = merge_within_document([plan, _noun(date=None, date_rule=None)])
    assert [(e.status, e.date) for e in out] == [("planned", "2024-W20")]
    out = merge_within_document([plan, _noun()])
    assert [(e.status, e.date) for e in out] == [("planned", "2024-W20")]


def test_merge_within_noun_of_another_occasion_stays_apart() -> None:
    # "X is expected to meet Y next month. X's last meeting with Y drew criticism": another meeting
    sentence = "The president's last visit to Freedonia drew criticism, the ministry said."
    noun = _visit("occurred", None, None, "noun:visit+poss+noun-prep:to", sentence, 200)
    noun = replace(noun, trigger=Span("visit", 200 + sentence.index("visit"), 200 + sentence.index("visit") + 5))
    assert len(merge_within_document([_plan(), noun])) == 2


def test_merge_within_bare_noun_not_folded_into_a_denied_act() -> None:
    # "Israel denied that it had attacked the compound. Israel's attack on the compound wounded three": the UN's
    # account that the attack took place stays
    denied = replace(_plan(), status="negated", date=None, date_precision=None, date_rule=None)
    assert len(merge_within_document([denied, _noun()])) == 2
