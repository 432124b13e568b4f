"""In "The son of X said he ...", "he" is the son, not X: the named person is no antecedent. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize("text", [
    "The son of Ivo Marn, the Ruritanian president who was murdered in 1961, said in Lisbon that he planned to go "
    "to Kalo for a meeting with rebel leader Ola Brandt.",
    "Ivo Marn's widow said on Monday that she would meet rebel leader Ola Brandt in Kalo.",
])
def test_coref_relative_is_not_the_named_person(text: str) -> None:
    events = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "CONSULT"]
    names = [a.name for e in events for a in (*e.actors, *e.recipients)]
    assert not any("Marn" in n for n in names), [(a.name, a.resolution) for e in events for a in e.actors]


def test_coref_pronoun_after_a_named_subject_still_resolves() -> None:
    text = "Ruritanian President Ivo Marn said in Lisbon that he planned to meet rebel leader Ola Brandt in Kalo."
    events = [e for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "CONSULT"]
    assert any("Marn" in a.name for e in events for a in e.actors)
