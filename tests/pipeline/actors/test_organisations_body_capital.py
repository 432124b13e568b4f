"""A capital that is the seat of an international body stands for the body in a story that names it ("Brussels
turned down the request" in a story about the EU), and for its state otherwise, or when the story names that state
as a party. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "etype", "country"), [
    ("Hungary criticised the E.U. on Tuesday. A day before, Brussels rejected a Hungarian request for farm aid.",
     "REJECT", "EUR"),
    ("Dutch police arrested three men on Tuesday. Brussels rejected a Dutch request to extradite them.", "REJECT",
     "BEL"),
    ("Belgium summoned the Russian ambassador on Monday. Brussels accused Moscow of spying on EU institutions.",
     "ACCUSE", "BEL"),
])
def test_organisations_body_capital_stands_for_the_body_the_story_names(text: str, etype: str, country: str) -> None:
    got = [e for e in candidates(text, "2024-05-01")
           if e.event_type == etype and any(a.text and "Brussels" in a.text for a in e.actors)]
    assert got and [a.country for a in got[0].actors] == [country]
