"""An occurred act left undated takes the story's day (the lead's dated act, else the publication day) when its
clause reads as news; planned acts, past perfects and background keep no date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.dates.resolve import resolve_dates
from communique.pipeline.dates.story_day import inherit_story_day
from communique.pipeline.events.find import find_events
from communique.records import NEWS_WITHOUT_DAY_RULE, Document, Event

PUBLISHED = "2024-05-02"  # a Thursday


def _dated(nlp: Language, text: str) -> list[Event]:
    doc = Document(id="t", text=text, published=PUBLISHED)
    sdoc = nlp(text)
    events = find_events(doc, sdoc)
    resolve_dates(doc, sdoc, events)
    inherit_story_day(doc, sdoc, events)
    return events


def _date_of(events: list[Event], trigger: str, may_be_absent: bool = False) -> str | None:
    found = [e for e in events if e.trigger and e.trigger.text.lower().startswith(trigger)]
    if not found and may_be_absent:
        return None  # background ("had accused", "previously accused") is no news at all (events/background.py)
    assert found, f"no event triggered by {trigger!r}: {[e.trigger.text for e in events if e.trigger]}"
    return found[0].date


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the lead dates the occasion: a later statement made at it takes that day
    ("The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
     "The two ministers agreed to expand trade between their countries.", "agreed", "2024-04-30"),
    ("The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
     "He accused the rebels of attacking a border post.", "accused", "2024-04-30"),
    # the lead's second sentence names the day of the occasion (wire style: the lead sums up, the next says when)
    ("The prime minister of Norland has called on residents of the capital to report suspects. "
     "In a television interview late Tuesday, he said the army could defend the city.", "called", "2024-04-30"),
    # ... but not the day the story was reported or said
    ("Four people were killed when Norland police fired on a crowd, the national news agency reported Tuesday. "
     "At least five policemen were also hurt in the clashes on Monday.", "fired", "2024-04-29"),
    # no dated lead: the publication day
    ("The foreign minister of Norland has accused Sudland of shelling border villages.", "accused", "2024-05-02"),
    # a planned act keeps no date
    ("The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
     "The two ministers will sign a trade agreement.", "sign", None),
    # a past perfect is background
    ("The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
     "Sudland had accused Norland of spying.", "accused", None),
    # a background adverb in the clause
    ("The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
     "Norland previously accused Sudland of spying.", "accused", None),
])
def test_undated_occurred_event_takes_the_story_day(nlp: Language, text: str, trigger: str,
                                                    expected: str | None) -> None:
    assert _date_of(_dated(nlp, text), trigger, may_be_absent=expected is None) == expected


def test_an_explicit_date_is_kept(nlp: Language) -> None:
    events = _dated(nlp, "The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
                         "On Monday Norland accused Sudland of shelling border villages.")
    assert _date_of(events, "accused") == "2024-04-29"


def test_story_day_lead_date_of_a_future_clause_is_not_last_week(nlp: Language) -> None:
    """"will be discussed at a meeting ... on Tuesday" names next Tuesday: not the story's day in the past week."""
    from communique.pipeline.dates.story_day import lead_expression_day

    text = "The plan will be discussed at a meeting of Norland's ministers on Tuesday."
    assert lead_expression_day(nlp(text), PUBLISHED) is None
    past = "The plan was discussed at a meeting of Norland's ministers on Tuesday."
    assert lead_expression_day(nlp(past), PUBLISHED) == "2024-04-30"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # under way, not the act of one day: a stance or a process the story does not date
    ("The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
     "Sudland is demanding the return of its border posts.", "demanding", None),
    ("The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
     "The opposition was calling for new elections.", "calling", None),
    # the simple past of the same act is news of the story's day
    ("The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
     "Sudland demanded the return of its border posts.", "demanded", "2024-04-30"),
])
def test_story_day_not_for_acts_under_way(nlp: Language, text: str, trigger: str, expected: str | None) -> None:
    assert _date_of(_dated(nlp, text), trigger) == expected


def test_story_day_later_perfect_is_news_without_a_day(nlp: Language) -> None:
    events = _dated(nlp, "The foreign minister of Norland met his Sudland counterpart in Porto on Tuesday. "
                         "The talks focused on trade. "
                         "The Norland government has beefed up security by deploying 3,000 police at the border.")
    found = [e for e in events if e.event_type == "MOBILIZE"]
    assert found and all(e.date is None and e.date_rule == NEWS_WITHOUT_DAY_RULE for e in found), [
        (e.trigger.text if e.trigger else None, e.date, e.date_rule) for e in found]
