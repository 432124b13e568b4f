"""An "In ..." phrase that opens the sentence frames its clause: a date inside it ("In a separate raid on Nov. 2,
police arrested ...") dates the clause's act. Sentences written for these tests (published Wednesday 2005-11-16)."""

from __future__ import annotations

import pytest

from tests.helpers.dates import resolve_on_sentence


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("In a separate operation on Nov. 2, the police arrested four members of the banned group.", "arrested",
     "2005-11-02"),
    ("In his speech on Nov. 9, the president praised the army.", "praised", "2005-11-09"),
])
def test_dates_fronted_in_phrase_dates_the_clause(text: str, trigger: str, value: str) -> None:
    assert resolve_on_sentence(text, trigger, "2005-11-16").date == value


def test_dates_in_phrase_after_the_verb_frames_nothing() -> None:
    """"condemned the attack in the town on Nov. 2": the attack's day, not the condemnation's."""
    text = "The ministry on Tuesday condemned the attack in the town on Nov. 2."
    assert resolve_on_sentence(text, "condemned", "2005-11-16").date == "2005-11-15"
