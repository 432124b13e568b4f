"""Date expressions: finding, normalising against the publication date, and attaching to events."""

from __future__ import annotations

import pytest

from communique.pipeline.dates.resolve import (
    find_date_expressions,
    normalize_expression,
    parse_anchor,
    resolve_dates,
    resolve_expression,
)
from communique.records import Document, Event, Mention, Span
from tests.helpers.dates import resolve_on_sentence

ANCHOR = "2022-09-28"  # a Wednesday

# (expression, anchor, tense, value, precision)
ABSOLUTE = [
    ("September 19, 2022", ANCHOR, "past", "2022-09-19", "day"),
    ("Sept. 19, 2022", ANCHOR, "past", "2022-09-19", "day"),
    ("19 September 2022", ANCHOR, "past", "2022-09-19", "day"),
    ("2022-09-19", ANCHOR, "past", "2022-09-19", "day"),
    ("Saturday, 8 October 2011", ANCHOR, "past", "2011-10-08", "day"),
    ("Oct. 21, 2011", ANCHOR, "future", "2011-10-21", "day"),
    ("the 5th of May 2010", ANCHOR, "past", "2010-05-05", "day"),
    ("05/02/2013", ANCHOR, "past", "2013-05-02", "day"),
    ("June 2005", ANCHOR, "past", "2005-06", "month"),
    ("June, 2005", ANCHOR, "past", "2005-06", "month"),
    ("in May 1992", ANCHOR, "past", "1992-05", "month"),
    ("in 2020", ANCHOR, "past", "2020", "year"),
    ("the end of 1991", ANCHOR, "past", "1991", "year"),
    ("late 2007", ANCHOR, "past", "2007", "year"),
    ("By the end of 2019", ANCHOR, "past", "2019", "year"),
]

UNDERSPECIFIED = [
    # month + day without a year: past -> latest not after the anchor, future -> next on/after it
    ("Sept. 19", ANCHOR, "past", "2022-09-19", "day"),
    ("Aug.25", ANCHOR, "past", "2022-08-25", "day"),
    ("on 19 September", ANCHOR, "past", "2022-09-19", "day"),
    ("on October 29", ANCHOR, "past", "2021-10-29", "day"),
    ("on October 29", ANCHOR, "future", "2022-10-29", "day"),
    ("on September 19", ANCHOR, "future", "2023-09-19", "day"),
    ("Dec. 30", "2023-01-04", "past", "2022-12-30", "day"),
    ("Jan. 6", "2022-12-20", "future", "2023-01-06", "day"),
    ("September 30", ANCHOR, "past", "2022-09-30", "day"),  # within the two days' slack
    ("September 29", ANCHOR, "present", "2022-09-29", "day"),
    ("March 15", ANCHOR, "present", "2023-03-15", "day"),  # nearest: 5.5 months ahead, not 6.5 back
    ("Thursday (June 13) this week", "2013-06-14", "past", "2013-06-13", "day"),
    ("Saturday, 8 October", "2012-10-01", "past", "2011-10-08", "day"),  # the weekday picks the year
    ("on 20-21 September", ANCHOR, "past", "2022-09-20", "day"),  # a range is dated by its first day
    ("October 5-6", ANCHOR, "future", "2022-10-05", "day"),
    # month alone: month precision
    ("in June", ANCHOR, "past", "2022-06", "month"),
    ("in late June", ANCHOR, "past", "2022-06", "month"),
    ("late June", ANCHOR, "future", "2023-06", "month"),
    ("in November", ANCHOR, "past", "2021-11", "month"),
    ("in November", ANCHOR, "future", "2022-11", "month"),
    ("in September", ANCHOR, "past", "2022-09", "month"),
    ("last March", ANCHOR, "future", "2022-03", "month"),
    ("September this year", "2011-11-11", "past", "2011-09", "month"),
    ("in May", ANCHOR, "past", "2022-05", "month"),
]

RELATIVE = [
    ("today", ANCHOR, "past", "2022-09-28", "day"),
    ("Today", ANCHOR, "future", "2022-09-28", "day"),
    ("yesterday", ANCHOR, "past", "2022-09-27", "day"),
    ("last night", ANCHOR, "past", "2022-09-27", "day"),
    ("overnight", ANCHOR, "past", "2022-09-28", "day"),  # wire copy: the day the night's events are told
    ("tomorrow", ANCHOR, "future", "2022-09-29", "day"),
    ("this morning", ANCHOR, "past", "2022-09-28", "day"),
    ("on Monday", ANCHOR, "past", "2022-09-26", "day"),
    ("on Monday", ANCHOR, "future", "2022-10-03", "day"),
    ("on Wednesday", ANCHOR, "past", "2022-09-28", "day"),
    ("on Thursday", ANCHOR, "past", "2022-09-22", "day"),
    ("Thursday", ANCHOR, "future", "2022-09-29", "day"),
    ("Friday", ANCHOR, "present", "2022-09-30", "day"),
    ("last Friday", "2011-10-25", "past", "2011-10-21", "day"),
    ("next Wednesday", ANCHOR, "future", "2022-10-05", "day"),
    ("two days ago", ANCHOR, "past", "2022-09-26", "day"),
    ("3 days ago", ANCHOR, "past", "2022-09-25", "day"),
    ("last month", ANCHOR, "past", "2022-08", "month"),
    ("last month", "2010-01-12", "past", "2009-12", "month"),
    ("a month ago", "2005-07-26", "past", "2005-06", "month"),
    ("next month", ANCHOR, "future", "2022-10", "month"),
    ("this month", ANCHOR, "past", "2022-09", "month"),
    ("next year", ANCHOR, "future", "2023", "year"),
    ("earlier this year", ANCHOR, "past", "2022", "year"),
    ("two years ago", ANCHOR, "past", "2020", "year"),
    ("exactly two years ago", "2012-09-10", "past", "2010-09-10", "day"),
    ("last week", ANCHOR, "past", "2022-W38", "week"),  # Sep 19-25: an ISO week, no day invented
    ("this week", "2022-09-14", "past", "2022-W37", "week"),
    ("this week", "2022-10-01", "past", "2022-W39", "week"),  # Sep 26 - Oct 2: a week across two months
    ("last week", "2021-01-06", "past", "2020-W53", "week"),  # the ISO year of a week at New Year
    ("two weeks ago", "2022-09-28", "past", "2022-W37", "week"),
    ("last week", "2022-09-25", "past", "2022-W38", "week"),  # a Sunday paper's "last week" is the one ending
    ("over the weekend", "2022-09-28", "past", "2022-W38", "week"),  # Sat-Sun lie in one ISO week
]


@pytest.mark.parametrize(("expr", "anchor", "tense", "value", "precision"), ABSOLUTE)
def test_dates_resolves_absolute_expressions(expr: str, anchor: str, tense: str, value: str, precision: str) -> None:
    got = resolve_expression(expr, anchor, tense)
    assert got is not None
    assert (got.value, got.precision) == (value, precision)
    assert got.text == expr and got.rule


@pytest.mark.parametrize(("expr", "anchor", "tense", "value", "precision"), UNDERSPECIFIED)
def test_dates_resolves_month_day_against_publication(
    expr: str, anchor: str, tense: str, value: str, precision: str
) -> None:
    got = resolve_expression(expr, anchor, tense)
    assert got is not None
    assert (got.value, got.precision) == (value, precision), got.rule


@pytest.mark.parametrize(("expr", "anchor", "tense", "value", "precision"), RELATIVE)
def test_dates_resolves_relative_expressions(expr: str, anchor: str, tense: str, value: str, precision: str) -> None:
    got = resolve_expression(expr, anchor, tense)
    assert got is not None
    assert (got.value, got.precision) == (value, precision), got.rule


@pytest.mark.parametrize(
    "expr", ["the 1940s", "the day after", "that day", "for three decades", "30 years", "this summer", "a few days ago"]
)
def test_dates_returns_none_for_non_dates(expr: str) -> None:
    assert resolve_expression(expr, ANCHOR, "past") is None


@pytest.mark.parametrize(
    ("expr", "value"),
    [("dated July 3, 1997", "1997-07-03"), ("September 20, 2022", "2022-09-20"), ("in 2020", "2020"),
     ("June 2005", "2005-06")],
)
def test_dates_resolves_absolute_without_anchor(expr: str, value: str) -> None:
    got = resolve_expression(expr, None)
    assert got is not None and got.value == value


@pytest.mark.parametrize("expr", ["June 8", "yesterday", "on Monday", "last month", "in June"])
def test_dates_needs_anchor_for_relative(expr: str) -> None:
    assert resolve_expression(expr, None) is None


def test_dates_dated_expression_is_taken_as_written() -> None:
    got = resolve_expression("the Treaty dated July 3, 1997", ANCHOR, "future")
    assert got is not None
    assert (got.value, got.precision, got.rule) == ("1997-07-03", "day", "month-day-year")


def test_dates_tense_chooses_the_year() -> None:
    past = resolve_expression("on October 5", ANCHOR, "past")
    future = resolve_expression("on October 5", ANCHOR, "future")
    assert past is not None and future is not None
    assert past.value == "2021-10-05" and future.value == "2022-10-05"
    assert "past" in past.rule and "future" in future.rule


def test_dates_normalizes_tokenised_spacing_and_anchor() -> None:
    assert normalize_expression("Nov . 30 , 2009") == "Nov. 30, 2009"
    assert parse_anchor("2009-12-3T14:36Z") is not None
    assert parse_anchor("2009:02:03T17:59:13Z") is not None
    assert parse_anchor("yesterday") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign ministers met in Geneva on Monday, May 2, and will meet again in late June.",
         ["on Monday, May 2", "in late June"]),
        ("He served for three decades and, 30 years later, in 2010, he died.", ["in 2010"]),
        ("The Treaty dated July 3, 1997 was signed yesterday (July 21st).",
         ["dated July 3, 1997", "yesterday (July 21st)"]),
        ("Talks may resume; 2000 people marched in the 1940s on Mondays.", []),
        ("It reported on its website on September 25 that they would meet next week.",
         ["on September 25", "next week"]),
        ("They will meet again next week.", ["next week"]),  # not "in next week" from "again"
        ("Lavrov arrived on Sept. 19 and left Aug.25 two days ago.", ["on Sept. 19", "Aug.25", "two days ago"]),
        ("Armenia accused Azerbaijan last Friday of an attack on 19 September 2022.",
         ["last Friday", "on 19 September 2022"]),
    ],
)
def test_dates_finds_expressions_in_sentences(text: str, expected: list[str]) -> None:
    found = find_date_expressions(text)
    assert [t for _, _, t in found] == expected
    assert all(text[s:e] == t for s, e, t in found)


# ---------------------------------------------------------------- resolve_dates on parsed sentences

def _run(text: str, trigger: str, status: str = "occurred", published: str | None = ANCHOR) -> Event:
    return resolve_on_sentence(text, trigger, published, status)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "status", "value", "precision", "date_text"),
    [
        ("Foreign ministers met in Geneva on September 19 to discuss the Treaty dated July 3, 1997.", "met",
         "occurred", "2022-09-19", "day", "on September 19"),
        ("Putin will visit Beijing on Monday, the Kremlin said.", "visit", "planned", "2022-10-03", "day",
         "on Monday"),
        ("Putin visited Beijing on Monday, the Kremlin said on Tuesday.", "visited", "occurred", "2022-09-26",
         "day", "on Monday"),
        ("The president held talks with his counterpart on Friday.", "talks", "occurred", "2022-09-23", "day",
         "on Friday"),
        ("Erdogan criticized the move in a speech in June.", "criticized", "occurred", "2022-06", "month",
         "in June"),
        ("Armenia said yesterday that Azerbaijan attacked in 2020.", "attacked", "occurred", "2020", "year",
         "in 2020"),
        ("On the sidelines of the summit on Monday, Lavrov met Blinken.", "met", "occurred", "2022-09-26", "day",
         "on Monday"),
        ("The talks, which began on Tuesday, ended without agreement.", "talks", "occurred", "2022-09-27", "day",
         "on Tuesday"),
        ("During the meeting held on the margins of the assembly on September 19, the parties exchanged views.",
         "exchanged", "occurred", "2022-09-19", "day", "on September 19"),
        ("Border guards clashed with smugglers over the weekend, officials said.", "clashed", "occurred",
         "2022-W38", "week", "over the weekend"),
        ("The two envoys met last week in Vienna.", "met", "occurred", "2022-W38", "week", "last week"),
        ("The envoys will meet again next week.", "meet", "planned", "2022-W40", "week", "next week"),
        # wire copy's time between the subject and the verb, which the parser hangs on the subject
        ("The agency in late August urged Freedonia to open its sites.", "urged", "occurred", "2022-08", "month",
         "in late August"),
        ("The envoy on September 12 asked the rebels to return to the talks.", "asked", "occurred", "2022-09-12",
         "day", "on September 12"),
    ],
)
def test_dates_resolve_dates_attaches_expression_to_trigger(
    text: str, trigger: str, status: str, value: str, precision: str, date_text: str
) -> None:
    event = _run(text, trigger, status)
    assert (event.date, event.date_precision, event.date_text) == (value, precision, date_text), event.date_rule
    assert event.date_rule and event.date_rule != "none"


@pytest.mark.slow
def test_dates_resolve_dates_skips_date_of_reporting_verb() -> None:
    event = _run("The ministry reported on its website on September 25 that the ministers had met in Brussels.", "met")
    assert event.date is None and event.date_rule == "none"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministers signed the Treaty dated July 3, 1997 in Brussels.", "signed"),
        ("He commented on the treaty signed on July 3, 1997 in Brussels.", "commented"),
        ("Lavrov, who arrived on Monday, met Blinken.", "met"),
    ],
)
def test_dates_resolve_dates_skips_date_of_another_phrase(text: str, trigger: str) -> None:
    event = _run(text, trigger)
    assert event.date is None and event.date_rule == "none"


@pytest.mark.slow
def test_dates_never_dates_occurred_event_after_publication() -> None:
    # Sept 30 lies inside the two days' slack after a Sept 28 anchor: an occurred event cannot be then
    shifted = _run("Armenia accused Azerbaijan on September 30 of shelling its villages.", "accused")
    assert shifted.date == "2021-09-30"
    assert shifted.date_rule is not None and "shifted-before-publication" in shifted.date_rule
    # an occurred event under a future-tense clause gets no date rather than a future one
    dropped = _run("Lavrov is scheduled to meet Blinken in late October.", "meet")
    assert dropped.date is None and dropped.date_rule == "dropped-after-publication"
    planned = _run("Lavrov is scheduled to meet Blinken in late October.", "meet", status="planned")
    assert planned.date == "2022-10" and planned.date_precision == "month"


@pytest.mark.slow
def test_dates_resolve_dates_without_publication_date_keeps_absolute_only() -> None:
    assert _run("Putin visited Beijing on Monday.", "visited", published=None).date is None
    assert _run("Putin visited Beijing on 19 September 2022.", "visited", published=None).date == "2022-09-19"


@pytest.mark.parametrize("sentence", [
    "Scholz urged the member states to agree on the pact before June.",
    "The minister said the troops must withdraw by Friday.",
    "The two countries have cooperated since 1992.",
])
def test_dates_bounds_are_not_event_dates(sentence: str) -> None:
    from communique.pipeline.nlp import parse_text

    sdoc = parse_text(sentence)
    verb = next(t for t in sdoc if t.dep_ == "ROOT")
    doc = Document(id="d", text=sentence, published="2023-05-10")
    ev = Event(event_type="REQUEST", cameo="020", trigger=Span(verb.text, verb.idx, verb.idx + len(verb.text)),
               mentions=[Mention("d", None, None, "2023-05-10", sentence, 0, len(sentence))])
    resolve_dates(doc, sdoc, [ev])
    assert ev.date is None
