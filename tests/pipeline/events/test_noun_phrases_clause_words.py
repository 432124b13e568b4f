"""Words the parser hangs on a noun that belong to the clause, not to the noun's phrase: a result word ("shot
[dead] two soldiers", also parsed as a preposition over the object) and a time or place of the clause after the noun
("four fighters [here] [Monday]"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "recipient"), [
    ("Ruritanian soldiers shot dead two smugglers near the border on Monday.", "smugglers"),
    ("Indian border guards shot dead four Moslem guerrillas here Monday following a failed grenade attack.",
     "four Moslem guerrillas"),
    # "dead" parsed as a preposition whose object is the officer (not the city after it)
    ("A gunman shot dead a police officer in Karachi on Monday.", "police officer"),
    ("Troops shot dead several protesters in the capital last week.", "several protesters"),
])
def test_noun_phrases_clause_words_stay_out_of_the_recipient(text: str, recipient: str) -> None:
    assaults = [e for e in candidates(text) if e.event_type == "ASSAULT"]
    assert assaults
    assert [r.name for r in assaults[0].recipients] == [recipient]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Ruritanian troops detained two wounded smugglers on Monday.", "wounded smugglers"),
    ("Police arrested the first two suspects in the bombing on Monday.", "first two suspects"),
])
def test_noun_phrases_other_adjectives_stay(text: str, recipient: str) -> None:
    coerce = [e for e in candidates(text) if e.event_type == "COERCE"]
    assert coerce and [r.name for r in coerce[0].recipients] == [recipient]
