"""A later noun report with no day and no status of its own ("her visit to Porto would be a signal") is a report
of the act the story told before, whatever that report's day and status; an earlier bare noun does not take a later
plan's status, and a noun with a day or a status of its own stays apart."""

from __future__ import annotations

import pytest

from communique.pipeline.merge.within import merge_within_document
from communique.records import Actor, Event, Mention

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
