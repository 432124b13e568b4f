"""An act told in a measured "after"/"before" clause is dated by its distance from the main clause's day: "..., a
week after the troops withdrew" puts the withdrawal a week earlier (an ISO week: the text gives no day). The
clause's own date wins. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    ("Rebels attacked the town of Bunia on Monday, a week after government troops withdrew from it.", "RETREAT",
     "1997-W17"),
    ("The talks on Monday came two days after rebels attacked the town of Bunia.", "ASSAULT", "1997-04-26"),
    ("The envoy arrived on Monday, a week after the United States imposed sanctions on Iran on April 20.",
     "SANCTION", "1997-04-20"),  # the clause's own date
    ("Rebels attacked the town of Bunia on Monday after government troops withdrew from it.", "RETREAT",
     "1997-04-28"),  # no measure: the main clause's day, as before
    ("Rebels attacked the town of Bunia on Monday, a few days after government troops withdrew from it.", "RETREAT",
     "1997-04-28"),  # a vague measure: no day to move to
    ("Rebels attacked the town of Bunia on Monday, days after government troops withdrew from it.", "RETREAT",
     "1997-04-28"),
])
def test_offsets_measured_clause_moves_the_date(text: str, event_type: str, expected: str) -> None:
    events = [e for e in extract(text, published="1997-04-30", settings=_ALL) if e.event_type == event_type]
    assert events and events[0].date == expected, [(e.event_type, e.date, e.date_rule) for e in events]


@pytest.mark.parametrize(("day", "count", "unit", "expected"), [
    ("2005-03-02", -1, "month", "2005-02"),  # calendar months, not 30 days
    ("2004-12-31", -1, "year", "2003"),
    ("2005-01-03", -1, "week", "2004-W53"),
    ("2005-11-07", -2, "day", "2005-11-05"),
])
def test_offsets_moves_by_calendar_units(day: str, count: int, unit: str, expected: str) -> None:
    from datetime import date

    from communique.pipeline.dates.offsets import moved_by
    assert moved_by(date.fromisoformat(day), count, unit) == expected


def test_offsets_base_rule_keeps_leading() -> None:
    """The moved date keeps its base's rule first (a weak story-day base stays weak when reports merge)."""
    events = [e for e in extract("The talks on Monday came two days after rebels attacked the town of Bunia.",
                                 published="1997-04-30", settings=_ALL) if e.event_type == "ASSAULT"]
    rule = events[0].date_rule or ""
    assert rule.endswith(";offset:-2day") and not rule.startswith("offset")
