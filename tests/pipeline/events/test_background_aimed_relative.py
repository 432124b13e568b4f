"""An infinitival relative on a noun of aim ("efforts to resume talks", "a motion to block the resolution") or on a
noun a ranking identifies ("the first minister to visit X") tells no act of its own; a scheduled event told by
one ("the summit, to be convened in May") stays.

Sentences are written for these tests (fictional names); none come from the evaluation sets or the seeds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.events.background import news_only
from tests.helpers.pipeline import events_in, triggered


def _with(nlp: Language, text: str, word: str) -> list:  # type: ignore[type-arg]
    return triggered(news_only(events_in(nlp, text)), word)


@pytest.mark.parametrize(("text", "word"), [
    ("The envoy reported progress in efforts to resume direct talks between Ruritania and Norland.", "talks"),
    ("Ruritania has made more efforts to improve its relations with Norland.", "improve"),
    ("Norland lodged a no-action motion to block the resolution condemning Ruritania.", "block"),
    ("Kurt Lindqvist is the first Ruritanian foreign minister to visit Norland.", "visit"),
    ("The judge suspended the army's plan to resume the trial of the two Norland prisoners.", "resume"),
    ("Norland blocked an Arab League move to condemn Elbonia.", "condemn"),
    ("Ruritania made a bid on Monday to join the European Union.", "join"),
])
def test_background_aim_of_a_noun_is_no_event(nlp: Language, text: str, word: str) -> None:
    assert not _with(nlp, text, word), [(e.event_type, e.rule) for e in news_only(events_in(nlp, text))]


@pytest.mark.parametrize(("text", "word"), [
    ("The forum, to be convened in spring in Norland, will involve governments and civil society.", "convened"),
    ("Ruritania sent a delegation to Norland on Monday to discuss the border.", "discuss"),
    ("The plan, to be discussed by Arab foreign ministers in Cairo on Sunday, calls for a Palestinian state.",
     "discussed"),
    ("Lindqvist on Tuesday became the first Ruritanian president to visit Norland since independence.", "visit"),
    ("Gunmen on Sunday made an attempt to assassinate the Norland interior minister.", "assassinate"),
    ("Ruritania took the decision to expel the Norland ambassador on Monday.", "expel"),
])
def test_background_scheduled_or_purpose_relative_stays(nlp: Language, text: str, word: str) -> None:
    assert _with(nlp, text, word), [(e.event_type, e.rule) for e in news_only(events_in(nlp, text))]
