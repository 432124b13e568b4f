"""Date expressions: a text with no digit, month, weekday or time word is not searched with the long pattern,
and the results are the same as searching every text."""

from __future__ import annotations

import re

import pytest

from communique.pipeline.dates import expressions
from tests.helpers.spy import spy_pattern

SENTENCES = [
    "The minister said talks would continue.",
    "The talks opened on Monday in Geneva.", "He arrived on Sept. 3 and left on 4 October 2021.",
    "It happened in May.", "They met in mid-May, two weeks ago.", "Fighting flared last night.",
    "The vote is due tonight.", "Officials met over the weekend.", "The 1990s were calm.", "It was signed 12/25/2020.",
    "Talks resumed this MORNING after a YEAR of silence.", "the day before yesterday", "Three years ago today.",
    "The may-be candidates met at the mayor's office.", "A four-day visit starts Tuesday's session.",
    "Earlier this month the sides met.", "Prices rose 2.5 percent.", "Next week's summit was called off.",
]


def test_dates_expressions_skip_text_without_a_date_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    searched = spy_pattern(monkeypatch, expressions, "_P_FIND", "finditer")
    assert expressions.find_date_expressions("The minister said talks would continue.") == []
    assert searched == []
    assert expressions.find_date_expressions("The talks opened on Monday.") != []
    assert searched == ["The talks opened on Monday."]


@pytest.mark.parametrize("text", SENTENCES)
def test_dates_expressions_cue_changes_no_result(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    found = expressions.find_date_expressions(text)
    monkeypatch.setattr(expressions, "_FIND_CUE", re.compile(""))  # every text searched
    assert found == expressions.find_date_expressions(text)
