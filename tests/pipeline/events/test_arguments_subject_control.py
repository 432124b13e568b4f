"""A preposition of time ("after", "before", "while") introduces an -ing clause whose doer is the subject of the
verb it hangs on, not that verb's object: in "X told the news agency after winning Y" X won. "Accused X of doing"
and "thanked X for doing" keep the object as the doer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("sentence", "trigger", "doer", "not_doer"), [
    ("Ruritanian Prime Minister Ivan Petrov told the state news agency after winning approval to open membership "
     "negotiations with Norland that it was a big day.", "open", "Ivan Petrov", "news agency"),
    ("The Norland foreign minister briefed the ambassadors before meeting Ruritanian President Ivan Petrov on "
     "Monday.", "meet", "Norland foreign minister", "ambassadors"),
    ("The Norland envoy thanked the reporters after meeting the Ruritanian trade minister in the capital.", "meet",
     "Norland envoy", "reporters"),
])
def test_arguments_time_clause_is_done_by_the_subject(sentence: str, trigger: str, doer: str,
                                                       not_doer: str) -> None:
    events = [e for e in extract(sentence, published="2005-12-17", settings=_ALL)
              if e.trigger is not None and e.trigger.text.lower().startswith(trigger)]
    assert events, [(e.event_type, e.trigger.text if e.trigger else None) for e in extract(sentence, settings=_ALL)]
    names = [a.name for e in events for a in e.actors]
    assert any(doer in n for n in names), names
    assert not any(not_doer in n for n in names), names


def test_arguments_accused_object_still_does_the_act() -> None:
    text = "Russia on Monday accused Georgia of sending troops across the border into South Ossetia."
    events = extract(text, published="2005-12-17", settings=_ALL)
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations and [a.country for a in accusations[0].recipients] == ["GEO"]
    sendings = [e for e in events if e.event_type == "MOBILIZE"]
    assert all("RUS" not in [a.country for a in e.actors] for e in sendings)



@pytest.mark.parametrize(("sentence", "etype", "doer_country"), [
    ("Iraqi police arrested a senior Sunni cleric in Baghdad on Friday after criticising the government in his "
     "weekly sermon.", "ACCUSE", "police"),
    ("Uzbek police detained a human rights activist in Tashkent on Monday after meeting US diplomats.", "CONSULT",
     "police"),
])
def test_arguments_arrested_person_did_the_participle(sentence: str, etype: str, doer_country: str) -> None:
    # wire copy's dangling participle after an arrest tells what the arrested person did
    events = [e for e in extract(sentence, published="2005-12-17", settings=_ALL) if e.event_type == etype]
    assert not any(doer_country in a.name.lower() for e in events for a in e.actors), [
        [a.name for a in e.actors] for e in events]
