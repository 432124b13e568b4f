"""The time of what a commitment or intent is about is not the commitment's: "agreed to hold talks on Friday" was
agreed before Friday; a schedule's complement and a governor's own time still date the act. Sentences written for
these tests (published Wednesday 2005-11-16)."""

from __future__ import annotations

import pytest

from tests.helpers.dates import resolve_on_sentence


@pytest.mark.parametrize(("text", "trigger", "status", "value"), [
    ("The rebel leader has agreed to hold talks with the president on Friday.", "agreed", "occurred", None),
    ("The two sides have vowed to resume the negotiations on Monday.", "vowed", "occurred", None),
    ("The rebel leader has agreed to hold talks with the president on Friday.", "hold", "planned", "2005-11-18"),
    # the governor's own time, and a schedule, still date it
    ("The two sides agreed on Monday to resume the negotiations.", "agreed", "occurred", "2005-11-14"),
    ("The minister went to the capital on Monday to meet the president.", "went", "occurred", "2005-11-14"),
])
def test_dates_prospective_complement_time_is_not_the_governors(text: str, trigger: str, status: str,
                                                                 value: str | None) -> None:
    assert resolve_on_sentence(text, trigger, "2005-11-16", status=status).date == value


@pytest.mark.parametrize(("text", "value"), [
    ("North Korea threatened to strike the bases in Guam on Monday.", "2005-11-14"),
    ("Iran vowed to retaliate against the attackers on Tuesday.", "2005-11-15"),
])
def test_dates_past_commitment_keeps_the_days_date(text: str, value: str) -> None:
    """A simple-past commitment with a past day: wire copy dates the commitment so."""
    trigger = text.split()[2] if text.startswith("North") else text.split()[1]
    assert resolve_on_sentence(text, trigger, "2005-11-16").date == value


def test_dates_time_shared_along_a_run_of_coordinated_verbs() -> None:
    """"Last year, X reported ..., seized ... and arrested ...": the time heads the whole run."""
    text = ("Last year, the authorities reported 12,068 drug-related crimes, seized 239 kg of heroin, and arrested "
            "18,260 people.")
    assert resolve_on_sentence(text, "arrested", "2005-11-16").date == "2004"
