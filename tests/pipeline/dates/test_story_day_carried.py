"""After the lead, a simple past that goes on from a sentence whose main verb the text dates to before the story's
week takes that date (rule ``carried:previous-sentence``): "Patrols were hit by two blasts on March 14. Police
blamed the rebels." Not from a subordinate clause's date, a "since" or a date of the story's week, not in the lead,
not for a perfect. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.dates.resolve import resolve_dates
from communique.pipeline.dates.story_day import CARRIED_RULE, inherit_story_day
from communique.pipeline.events.find import find_events
from communique.records import Document, Event

PUBLISHED = "2024-05-02"  # a Thursday
LEAD = ("The Norland foreign minister met his Sudland counterpart in Porto on Tuesday. "
        "The two ministers discussed trade. ")


def _event(nlp: Language, text: str, trigger: str) -> Event:
    doc = Document(id="t", text=text, published=PUBLISHED)
    sdoc = nlp(text)
    events = find_events(doc, sdoc)
    resolve_dates(doc, sdoc, events)
    inherit_story_day(doc, sdoc, events)
    found = [e for e in events if e.trigger and e.trigger.text.lower().startswith(trigger)]
    assert found, [e.trigger.text for e in events if e.trigger]
    return found[0]


def test_story_day_carried_to_a_person_of_the_aside(nlp: Language) -> None:
    text = LEAD + ("Ivan Petrov's convoy was hit by two suicide blasts on March 14. "
                   "Petrov blamed the rebels and their foreign allies.")
    ev = _event(nlp, text, "blamed")
    assert (ev.date, ev.date_rule) == ("2024-03-14", CARRIED_RULE)


def test_story_day_carried_when_a_named_person_acts_next(nlp: Language) -> None:
    # "then" goes on with the earlier time's narration, whoever acts
    text = LEAD + ("Rebels seized the north of the country on March 14. Rebel leader Ivan Petrov then demanded the "
                   "resignation of the president.")
    ev = _event(nlp, text, "demanded")
    assert (ev.date, ev.date_rule) == ("2024-03-14", CARRIED_RULE)


def test_story_day_carried_from_an_older_sentence(nlp: Language) -> None:
    text = LEAD + ("Army patrols in the capital were hit by two suicide blasts on March 14. "
                   "Police blamed the rebels and their foreign allies.")
    ev = _event(nlp, text, "blamed")
    assert (ev.date, ev.date_rule) == ("2024-03-14", CARRIED_RULE)


@pytest.mark.parametrize("text", [
    # the date is a subordinate clause's
    LEAD + "The rebels, whose leader founded the movement in 1968, were banned. Police blamed the rebels.",
    # a state that lasts, not an act of a day
    LEAD + "There has been no progress in the talks since 2003. Police blamed the rebels.",
    # a date of the story's week
    LEAD + "Army patrols were hit by a blast on Wednesday. Police blamed the rebels.",
    # a present perfect: news that names no day
    LEAD + "Army patrols were hit by two suicide blasts on March 14. The army has blamed the rebels.",
])
def test_story_day_not_carried(nlp: Language, text: str) -> None:
    ev = _event(nlp, text, "blame")
    assert ev.date_rule != CARRIED_RULE, (ev.date, ev.date_rule)


@pytest.mark.parametrize(("text", "trigger"), [
    # the act names a day of its own, anywhere in its sentence
    (LEAD + "Army patrols were hit by two suicide blasts on March 14. The president condemned Wednesday's attack.",
     "condemned"),
    # someone's words, as said that day
    (LEAD + "Army patrols were hit by two suicide blasts on March 14. \"We condemned it,\" the minister said.",
     "condemned"),
    # the object is the lead's own act, made definite: a reaction to the news
    ("Norland troops arrested 12 rebels in the north on Wednesday. The army said the men planned attacks. "
     "A suicide bomber killed five soldiers in the capital on April 5. The rebel leader condemned the arrests.",
     "condemned"),
    # a newly named speaker takes up the news after an aside
    (LEAD + "The two countries signed a border treaty on March 14, 2003. Norland President Ivan Petrov accused "
     "Sudland of blackmail.", "accused"),
])
def test_story_day_not_carried_to_news_told_after_history(nlp: Language, text: str, trigger: str) -> None:
    ev = _event(nlp, text, trigger)
    assert ev.date_rule != CARRIED_RULE, (ev.date, ev.date_rule)


def test_story_day_not_carried_from_the_lead(nlp: Language) -> None:
    text = ("Norland handed over a war crimes suspect to the tribunal on Thursday. "
            "The tribunal indicted the suspect in 2003. The chief prosecutor welcomed the transfer.")
    ev = _event(nlp, text, "welcomed")
    assert ev.date_rule != CARRIED_RULE, (ev.date, ev.date_rule)
