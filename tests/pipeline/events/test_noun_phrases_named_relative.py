""""X's ally Y": a party named by its relation to another is the one named, and the possessor is no party of its
own, however the parser hangs the possessor (as an owner, or as a conjunct before the next party). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "actors"), [
    ("Pakistan's ally China condemned the attack on Monday.", {"CHN"}),
    ("The European Union and China's ally Pakistan condemned the attack on Monday.", {"EUR", "PAK"}),
    ("The European Union and Iran's arch-enemy Israel condemned the remarks on Monday.", {"EUR", "ISR"}),
    ("Israel's main ally, the United States, condemned the attack on Monday.", {"USA"}),
    # a possessor that owns a party of its own phrase stays that party's country
    ("Japan and China's leaders condemned the attack on Monday.", {"JPN", "CHN"}),
])
def test_noun_phrases_named_relative_is_the_party(text: str, actors: set[str]) -> None:
    found = [e for e in candidates(text, published="2005-12-14") if e.event_type == "ACCUSE"]
    assert found, text
    assert {a.country for a in found[0].actors} == actors, [(a.name, a.country) for a in found[0].actors]
