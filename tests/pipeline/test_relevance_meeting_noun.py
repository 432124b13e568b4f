"""A meeting named by a noun, with no one met, in a sentence whose trip or meeting a verb already tells ("left for
X to take part in the summit", "will discuss trade at a meeting of the league") is that act's purpose or venue, no
meeting of its own; with no verb-told meeting beside it, the noun's meeting stays. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from communique.pipeline.relevance import meeting_noun_beside_a_meeting
from communique.records import Actor, Event, Mention, Span
from tests.helpers.pipeline import candidates


def _noun_meetings(text: str) -> list[Event]:
    return [e for e in candidates(text) if e.event_type == "CONSULT" and (e.rule or "").startswith("noun:")]


@pytest.mark.parametrize("text", [
    "Nepal's prime minister left Kathmandu for Colombo on Friday to take part in the summit of the Commonwealth.",
    "The Indian foreign minister will discuss trade with Oman at a meeting of the Arab League in Cairo next week.",
])
def test_relevance_meeting_noun_beside_a_told_trip_is_no_meeting(text: str) -> None:
    assert not _noun_meetings(text)
    assert any(e.event_type == "CONSULT" for e in candidates(text))


@pytest.mark.parametrize("text", [
    "The summit of the Commonwealth opened in Colombo on Friday.",
    # named before the verb's meeting, or of another status: a meeting of its own
    "The summit of the African Union opened in Addis Ababa on Sunday as Kenya's president met Ethiopia's premier.",
    "Egypt's president will meet Jordan's king on Monday, after the summit of the Arab League that ended today.",
])
def test_relevance_meeting_noun_alone_stays(text: str) -> None:
    assert _noun_meetings(text)


MEETING_NOUN = Event(event_type="CONSULT", cameo="040", rule="noun:summit+prep:of", trigger=Span("summit", 1, 7),
                     actors=[Actor(id="org:commonwealth", name="Commonwealth", kind="organization", country="IGO")],
                     mentions=[Mention("d", None, None, None, "The summit.", 0, 11)])


@pytest.mark.parametrize(("told", "recipients", "dropped"), [
    ({("d", 0): [(0, "occurred")]}, [], True),
    ({("d", 40): [(40, "occurred")]}, [], False),  # the verb's meeting is told in another sentence
    ({("d", 0): [(0, "planned")]}, [], False),  # of another status
    ({("d", 0): [(5, "occurred")]}, [], False),  # after the noun
    ({("d", 0): [(0, "occurred")]}, [Actor(id="country:LKA", name="Sri Lanka", kind="country", country="LKA")],
     False),  # someone met
])
def test_relevance_meeting_noun_needs_the_same_sentence_and_no_one_met(told: dict, recipients: list,
                                                                        dropped: bool) -> None:
    assert meeting_noun_beside_a_meeting(replace(MEETING_NOUN, recipients=recipients), told) is dropped
