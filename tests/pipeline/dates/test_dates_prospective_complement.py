"""The time of what a commitment or intent is about is not the commitment's: "agreed to hold talks on Friday" was
agreed before Friday; a schedule's complement and a governor's own time still date the act. Sentences written for
these tests (published Wednesday 2005-11-16)."""

from __future__ import annotations

import pytest

from tests.helpers.dates import resolve_on_sentence


@pytest.mark.parametrize(("text", "trigger", "status", "value"), [
    ("The rebel leader has agreed to hold talks with the president on Friday.", "agreed", "occurred", None),
    ("The two sides vowed to resume the negotiations on Monday.", "vowed", "occurred", None),
    ("The rebel leader has agreed to hold talks with the president on Friday.", "hold", "planned", "2005-11-18"),
    # the governor's own time, and a schedule, still date it
    ("The two sides agreed on Monday to resume the negotiations.", "agreed", "occurred", "2005-11-14"),
    ("The minister went to the capital on Monday to meet the president.", "went", "occurred", "2005-11-14"),
])
def test_dates_prospective_complement_time_is_not_the_governors(text: str, trigger: str, status: str,
                                                                 value: str | None) -> None:
    assert resolve_on_sentence(text, trigger, "2005-11-16", status=status).date == value
