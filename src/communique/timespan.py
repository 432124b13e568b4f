"""Partial ISO dates as day spans.

An event date is written at the precision the text gives (``records.ResolvedDate``): "2022" (year), "2022-09"
(month), "2022-W37" (ISO 8601 week, as TIMEX3 writes it: "last week", "two weeks ago", "this weekend") or
"2022-09-19" (day). Everything that compares, filters or orders such dates goes through the first and last day
they cover.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .records import PRECISIONS

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
PRECISION_RANK = {p: len(PRECISIONS) - i for i, p in enumerate(PRECISIONS)}  # day 4 ... year 1


def iso_week(day: date) -> str:
    """The ISO 8601 week of a day, "YYYY-Www" (the ISO year may differ from the calendar year at New Year)."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_monday(value: str) -> date | None:
    """The Monday starting an ISO week "YYYY-Www" (None when ``value`` is not one or names no such week)."""
    m = _WEEK.match(value)
    if not m:
        return None
    try:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None


def precision_of(value: str | None) -> str | None:
    """day | week | month | year, read from the shape of a partial ISO date (None when empty)."""
    if not value:
        return None
    if _WEEK.match(value):
        return "week"
    return {1: "year", 2: "month"}.get(len(value.split("-")), "day")


def date_low(value: str | None) -> str | None:
    """First day covered: "2022" -> "2022-01-01", "2022-09" -> "2022-09-01", "2022-W37" -> "2022-09-12"."""
    if not value:
        return None
    monday = week_monday(value)
    if monday is not None:
        return monday.isoformat()
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01"
    return value[:10]


def date_high(value: str | None) -> str | None:
    """Last day covered: "2022" -> "2022-12-31", "2022-02" -> "2022-02-28", "2022-W37" -> "2022-09-18"."""
    if not value:
        return None
    monday = week_monday(value)
    if monday is not None:
        return (monday + timedelta(days=6)).isoformat()
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        try:
            last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        except (ValueError, calendar.IllegalMonthError):
            last = 31
        return f"{parts[0]}-{parts[1]}-{last:02d}"
    return value[:10]


def days_before(value: str | None, anchor: date | None) -> int | None:
    """Days from the last day a partial ISO date covers to ``anchor`` (negative when it ends after it); None when
    either is missing or unreadable."""
    span = day_span(value)
    return None if span is None or anchor is None else (anchor - span[1]).days


def day_span(value: str | None) -> tuple[date, date] | None:
    """The first and last day covered by a partial ISO date, as dates (None when empty or unreadable)."""
    lo, hi = date_low(value), date_high(value)
    if lo is None or hi is None:
        return None
    try:
        return date.fromisoformat(lo), date.fromisoformat(hi)
    except ValueError:
        return None
