"""An "In ..." phrase that opens the sentence frames its clause: a date inside it ("In a separate raid on Nov. 2,
police arrested ...") dates the clause's act. Sentences written for these tests (published Wednesday 2005-11-16)."""

from __future__ import annotations

import pytest

from tests.helpers.dates import resolve_on_sentence


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("In a dawn raid on Nov. 2, border guards detained six smugglers near the crossing.", "detained", "2005-11-02"),
    ("In his speech on Nov. 9, the president praised the army.", "praised", "2005-11-09"),
])
def test_dates_fronted_in_phrase_dates_the_clause(text: str, trigger: str, value: str) -> None:
    assert resolve_on_sentence(text, trigger, "2005-11-16").date == value


def test_dates_in_phrase_after_the_verb_frames_nothing() -> None:
    """"condemned the attack in the town on Nov. 2": the attack's day, not the condemnation's."""
    text = "The ministry on Tuesday condemned the attack in the town on Nov. 2."
    assert resolve_on_sentence(text, "condemned", "2005-11-16").date == "2005-11-15"


@pytest.mark.parametrize(("text", "trigger"), [
    ("In response to the attack on Nov. 2, the army shelled the rebel positions.", "shelled"),
    ("In the run-up to the elections on Nov. 27, the opposition staged protests.", "staged"),
])
def test_dates_opening_phrase_naming_a_cause_or_lead_up_frames_nothing(text: str, trigger: str) -> None:
    """"In response to the attack on Nov. 2": the attack's day, not the shelling's."""
    assert resolve_on_sentence(text, trigger, "2005-11-16").date not in {"2005-11-02", "2005-11-27", "2004-11-27"}
