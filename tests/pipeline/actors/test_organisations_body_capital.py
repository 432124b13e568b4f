"""A capital that is the seat of an international body stands for the body in a story that names it ("Brussels
rejected the plan" in a story about the EU), and for its state otherwise. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings


@pytest.mark.parametrize(("text", "country"), [
    ("The EU warned France on Tuesday. The warning came a day after Brussels rejected a French plan to cut taxes.",
     "EUR"),
    ("Belgian police arrested three men on Tuesday. Brussels rejected a French plan to extradite them.", "BEL"),
])
def test_organisations_body_capital_stands_for_the_body_the_story_names(text: str, country: str) -> None:
    got = [e for e in extract(text, published="2024-05-01", settings=Settings(min_confidence=0.0))
           if e.event_type == "REJECT"]
    assert got and [a.country for a in got[0].actors] == [country]
