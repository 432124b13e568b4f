"""An object "it" is not its own clause's subject: "X criticised Y's plan and urged it to ..." urges Y.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import communique


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The European Commission expressed unease over Poland's plans on the euro and urged it to set a deadline.",
     "European Commission", "Poland"),
    ("France criticised Iran's nuclear programme and urged it to stop enrichment.", "France", "Iran"),
    ("Syria said it would attack the rebels.", "Syria", "rebels"),  # a subject "it": the governing subject
])
def test_groups_object_it_takes_the_named_owner(text: str, actor: str, recipient: str) -> None:
    evs = [e for e in communique.extract(text, published="2024-03-05") if e.event_type in ("REQUEST", "ASSAULT")]
    assert evs, text
    assert actor in evs[0].actors[0].name
    assert [r for r in evs[0].recipients if recipient in r.name], evs[0].recipients


def test_groups_subject_it_after_a_thing_is_that_thing() -> None:
    """"Ruritanian interference in Freedonia continues, and it must end": "it" is the interference, so the
    demand is made of no one named, least of all the country the interference is in."""
    from communique.config import Settings

    text = ('"Ruritanian interference in Lebanon continues, and it must end completely," the French foreign '
            "minister said on Monday.")
    evs = [e for e in communique.extract(text, published="2024-03-05", settings=Settings(min_confidence=0.0))
           if e.event_type == "REQUEST"]
    assert evs and not any(r.country == "LBN" for e in evs for r in e.recipients), [e.recipients for e in evs]
