"""Acts dated by their distance from another act: "..., a week after the US imposed a ban" puts the ban a week
before the main clause's day, not on it. An event whose clause (or a clause it is joined to) is an adverbial
clause opened by "after" or "before" and measured by a duration ("a week", "two days", "three months") takes the
main clause's day moved by that duration, at the precision the duration allows; ``;offset:<duration>`` is added
to the base date's rule, which keeps leading (a story-day base stays as weak when reports merge). The
clause's own date, where it has one ("a week after the US imposed a ban on April 22"), stays."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ...lexicon.words import word_map
from ...records import Document, Event
from ...timespan import day_span
from .expressions import parse_anchor
from .resolve import _tokens_in, clause_verb, span_head

__all__ = ["moved_by", "offset_clause", "shift_offset_clauses"]

_UNITS = ("day", "week", "month", "year")
_NUMBERS = {k: int(v) for k, v in word_map("dates/numbers").items()}


def _duration(tok: Token) -> tuple[int, str] | None:
    """(count, unit) of an exact measure phrase: "a week", "one month", "two days", "10 years" (also "only two
    days"); None for a vague one ("days", "a few weeks", "several months") or anything else."""
    unit = tok.lemma_.lower()
    if unit not in _UNITS:
        return None
    count = None
    for c in tok.children:
        word = c.lower_.replace(",", "")
        if c.dep_ == "nummod" and (word.isdigit() or word in _NUMBERS):
            count = int(word) if word.isdigit() else _NUMBERS[word]
        elif c.dep_ == "det" and word in {"a", "an", "one"} and tok.tag_ == "NN":
            count = 1
        elif c.dep_ != "advmod":  # "a few", "several", "many": no exact distance
            return None
    return (count, unit) if count else None


def offset_clause(trigger: Token) -> tuple[Token, int, str] | None:
    """The "after"/"before" clause that holds the trigger with its measure: (clause, signed count of units from the
    main clause to the event, unit). "a week after X imposed": (-1, "week"); "two days before X arrives": (2,
    "day")."""
    verb = clause_verb(trigger)
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "imposed a ban and appealed to ...": the first verb
        verb = verb.head
    if verb.dep_ != "advcl":
        return None
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if [m.lower_ for m in marks] not in (["after"], ["before"]):
        return None
    after = marks[0].lower_ == "after"
    for c in [*verb.children, *marks[0].children]:  # "two days after": the measure hangs on the verb or on "after"
        if c.dep_ == "npadvmod":
            found = _duration(c)
            if found is not None:
                count, unit = found
                return verb, (-count if after else count), unit
    return None


def shift_offset_clauses(document: Document, sdoc: Doc, events: list[Event]) -> None:
    """Move each event in a measured "after"/"before" clause by its duration from the day its sentence gave it (its
    main clause's or the story's day), in place; never past the publication day for an act that took place."""
    anchor = parse_anchor(document.published)
    base = document.body_start
    for event in events:
        if event.trigger is None or event.date_precision != "day" or not event.date:
            continue
        toks = _tokens_in(sdoc, event.trigger.start - base, event.trigger.end - base)
        found = offset_clause(span_head(toks)) if toks else None
        if found is None:
            continue
        clause, count, unit = found
        own = sdoc[clause.left_edge.i:clause.right_edge.i + 1].text
        if event.date_text and event.date_text in own:
            continue  # the clause's own date
        day = parse_anchor(event.date)
        if day is None:
            continue
        value = moved_by(day, count, unit)
        span = day_span(value)
        if event.status == "occurred" and anchor is not None and span is not None and span[0] > anchor:
            continue  # an act that took place is not moved past the news
        event.date, event.date_precision = value, unit
        event.date_rule = f"{event.date_rule or ''};offset:{count:+d}{unit}"  # the base's rule leads (``is_deictic``)


def moved_by(day: date, count: int, unit: str) -> str:
    """``day`` moved by ``count`` units, written at the unit's precision (calendar months and years)."""
    if unit == "day":
        return (day + timedelta(days=count)).isoformat()
    if unit == "week":
        year, week, _ = (day + timedelta(weeks=count)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        months = day.year * 12 + day.month - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{day.year + count:04d}"
