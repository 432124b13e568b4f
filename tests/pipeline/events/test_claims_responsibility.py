""""X claimed responsibility for the bombing": the claimant is the attacker; a claim denied, doubted or missing
names no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "actor"), [
    ("The Tamil Tigers claimed responsibility for the suicide bombing in Colombo on Thursday.", "LKA"),
    ("Hamas claimed responsibility for firing two rockets at the Israeli town of Sderot.", "PSE"),
    ("The Kurdistan Workers' Party has claimed responsibility for the attack on the army post.", "TUR"),
    # a claim posted in a statement is still a physical attack, not a verbal one
    ("Hamas claimed responsibility for the attack on an army post in a statement posted online.", "PSE"),
])
def test_claims_responsibility_makes_the_claimant_the_attacker(text: str, actor: str) -> None:
    found = [e for e in candidates(text, published="2005-11-12") if e.event_type == "ASSAULT"]
    assert found and {a.country for a in found[0].actors} == {actor}, [(a.name, a.country) for e in found
                                                                       for a in e.actors]
    assert "claimed-by" in (found[0].rule or "")


@pytest.mark.parametrize("text", [
    "Hamas has not claimed responsibility for the attack.",
    "Police said the Tamil Tigers may claim responsibility for the bombing.",
    "No group has claimed responsibility for the attack.",
    "Neither Hamas nor Islamic Jihad claimed responsibility for the attack on the Israeli patrol.",
    "President Boris Yeltsin accepted responsibility for the war in Chechnya.",  # owning a failure or a past
])
def test_claims_responsibility_not_claimed_names_no_attacker(text: str) -> None:
    assert not [e for e in candidates(text, published="2005-11-12") if e.event_type == "ASSAULT" and e.actors]
