"""A present-tense time clause hanging on a planned clause ("... will be attended by X after he concludes his visit
to Y") tells an act still to come; under a past clause it keeps its own reading. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text, status", [
    ("The ministers will prepare the summit, which will be attended by Norland President Ivan Petrov after he "
     "concludes his state visit to Portugal.", "planned"),
    ("The Norland president will address the summit when he concludes his state visit to Portugal.", "planned"),
    ("The Norland president addressed the summit after he concluded his state visit to Portugal.", "occurred"),
])
def test_status_present_time_clause_under_a_plan(text: str, status: str) -> None:
    visits = [e for e in extract(text, published="2024-05-01", settings=_ALL)
              if e.cameo == "042" and any(r.country == "PRT" for r in e.recipients)]
    assert visits and {e.status for e in visits} == {status}


@pytest.mark.parametrize("text, status", [
    ("The law will be passed by the time the Norland president meets the Portuguese prime minister, the spokesman "
     "said.", "planned"),
    ("The law was passed by the time the Norland president met the Portuguese prime minister.", "occurred"),
])
def test_status_by_the_time_clause_under_a_plan(text: str, status: str) -> None:
    # "by the time X meets Y" (a relative clause of "time") under a plan: the meeting is to come
    meetings = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "CONSULT"]
    assert (status == "occurred" or meetings) and {e.status for e in meetings} <= {status}, [
        (e.status, e.rule) for e in meetings]
