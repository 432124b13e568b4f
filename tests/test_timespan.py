"""Partial ISO dates (year, month, ISO week, day) as day spans."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.timespan import (
    date_high,
    date_low,
    day_span,
    days_before,
    iso_week,
    precision_of,
    week_monday,
)


@pytest.mark.parametrize(("value", "low", "high", "precision"), [
    ("2022", "2022-01-01", "2022-12-31", "year"),
    ("2024-02", "2024-02-01", "2024-02-29", "month"),
    ("2022-W37", "2022-09-12", "2022-09-18", "week"),
    ("2020-W53", "2020-12-28", "2021-01-03", "week"),  # a week of the ISO year 2020 ending in 2021
    ("2022-09-19", "2022-09-19", "2022-09-19", "day"),
])
def test_timespan_partial_dates_cover_their_days(value: str, low: str, high: str, precision: str) -> None:
    assert (date_low(value), date_high(value), precision_of(value)) == (low, high, precision)


def test_timespan_rejects_weeks_that_do_not_exist() -> None:
    assert week_monday("2022-W53") is None  # 2022 has 52 ISO weeks
    assert week_monday("2022-09") is None
    assert day_span(None) is None and precision_of("") is None


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))
def test_timespan_iso_week_round_trips_through_its_span(day: date) -> None:
    week = iso_week(day)
    span = day_span(week)
    assert span is not None and precision_of(week) == "week"
    lo, hi = span
    assert lo <= day <= hi and hi - lo == timedelta(days=6) and lo.weekday() == 0


@pytest.mark.parametrize(("value", "since", "until", "inside", "meets"), [
    ("2024-W09", "2024-02-26", "2024-03-03", True, True),
    ("2024-W09", "2024-03-01", None, False, True),  # the week began before --since: it may, not must, fall after
    ("2024-W09", None, "2024-02-25", False, False),
    ("2024-03", "2024-03-01", "2024-03-31", True, True),
])
def test_timespan_store_filters_read_week_dates(value: str, since: str | None, until: str | None, inside: bool,
                                                meets: bool) -> None:
    from communique.store.base import overlaps, within

    assert within(value, since, until) is inside
    assert overlaps(value, since, until) is meets


@pytest.mark.parametrize(("value", "anchor", "days"), [
    ("1997-04-02", "1997-04-04", 2),
    ("1997-01", "1997-04-04", 63),  # from the month's last day
    ("1997-W14", "1997-04-04", -2),  # the week ends on Sunday 6 April
    ("1996", "1997-04-04", 94),
    ("1997-05-09", "1997-04-04", -35),
    (None, "1997-04-04", None),
    ("1997-04-02", None, None),
])
def test_timespan_days_before(value: str | None, anchor: str | None, days: int | None) -> None:
    assert days_before(value, date.fromisoformat(anchor) if anchor else None) == days
