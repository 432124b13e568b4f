"""A to-infinitive naming an act still to come is planned: an infinitival relative on a noun, or the purpose of a
journey, dispatch or recruitment; the act it hangs on keeps its own status."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.records import Document, Event

Run = Callable[..., tuple[Document, list[Event]]]


def _status(run_pipeline: Run, text: str, trigger: str) -> list[str]:
    _, events = run_pipeline(text)
    return [e.status for e in events if e.trigger and trigger in e.trigger.text.lower()]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The Norland president arrived in Porto on Monday to attend the regional summit.", "attend", "planned"),
    ("The Norland foreign minister flew to Porto to meet his Sudland counterpart.", "meet", "planned"),
    ("The Norland government sent envoys to Porto to negotiate a ceasefire with the rebels.", "negotiate", "planned"),
    ("A regional forum, to be convened next spring in Porto, will discuss border security.", "convene", "planned"),
    # not a purpose clause: the meeting is reported as done
    ("The Norland foreign minister met his Sudland counterpart in Porto on Monday.", "met", "occurred"),
])
def test_prospective_infinitive_is_planned(run_pipeline: Run, text: str, trigger: str, expected: str) -> None:
    statuses = _status(run_pipeline, text, trigger)
    assert statuses and statuses[0] == expected, statuses


def test_the_journey_itself_keeps_its_status(run_pipeline: Run) -> None:
    _, events = run_pipeline("Norland's president arrived in Sudland on Monday to attend the regional summit.")
    visits = [e for e in events if e.trigger and e.trigger.text.lower() == "arrived"]
    assert all(e.status == "occurred" for e in visits)
