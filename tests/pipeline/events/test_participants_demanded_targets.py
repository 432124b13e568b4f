"""Recipients found by what an event asks for or where it bites: a reported obligation is a demand of the obliged
party, a protest aims at the ruler it wants removed or broken away from, a curfew or martial law hits the people of
a place, a concession after talks yields to the other side of the talks, an attacked camp stands for its owners.

Sentences are written for these tests (names from several real countries, no sentence from an evaluation set).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.records import Event
from tests.helpers.pipeline import events_in as events


def texts(refs: list) -> list[str]:  # type: ignore[type-arg]
    return [r.text for r in refs]


def with_type(evs: list[Event], etype: str) -> Event:
    found = [e for e in evs if e.event_type == etype]
    assert found, [(e.event_type, e.rule) for e in evs]
    return found[0]


OBLIGATION_TABLE = [
    # sentence, expected actor (substring), expected recipient (substring), status cue
    ("Amnesty International operating in Chile said Bolivian and Peruvian police must free the detained students.",
     "Amnesty", "Bolivian", "aux:must"),
    ("The Red Crescent said Chadian troops have to withdraw from the border town.", "Red Crescent", "troops",
     "aux:have-to"),
    ("Oxfam said Kenyan officials ought to release the seized food aid.", "Oxfam", "officials", "aux:ought-to"),
]


@pytest.mark.parametrize(("sentence", "actor", "recipient", "cue"), OBLIGATION_TABLE)
def test_participants_reported_obligation_is_a_demand_of_the_obliged(nlp: Language, sentence: str, actor: str,
                                                                   recipient: str, cue: str) -> None:
    """"X said Y must / has to / ought to do Z": a demand (REQUEST) by X of Y, also when the parser read
    "X operating in W" as a participle clause."""
    ev = with_type(events(nlp, sentence), "REQUEST")
    assert any(actor in t for t in texts(ev.actor_refs)), (ev.actor_refs, ev.rule)
    assert any(recipient in t for t in texts(ev.recipient_refs)), (ev.recipient_refs, ev.rule)
    assert cue in (ev.rule or "")


def test_participants_obligation_verb_without_to_is_not_a_demand(nlp: Language) -> None:
    """"have" with an object is no obligation: "X said Y have released ..." reports an event."""
    evs = events(nlp, "Oxfam said Kenyan officials have released the seized food aid.")
    assert not any(e.event_type == "REQUEST" for e in evs), [(e.event_type, e.rule) for e in evs]


def test_participants_possessive_have_with_a_purpose_is_not_a_demand(nlp: Language) -> None:
    """"would have better relations with X to avoid ...": a "have" with its own object is possession, its
    infinitive a purpose, no obligation of anyone."""
    evs = events(nlp, "The minister said the new cabinet would have better ties with the unions to avoid more strikes.")
    assert not any(e.event_type == "REQUEST" for e in evs), [(e.event_type, e.rule) for e in evs]


PROTEST_TABLE = [
    # sentence, expected recipient (substring), rule
    ("Tamil students rioted after a rally calling for the resignation of President Rajapaksa.", "Rajapaksa",
     "demanded-removal"),
    ("Thousands of Basques marched in Bilbao on Saturday demanding independence from Spain.", "Spain",
     "demanded-independence-from"),
    ("Inmates rioted at a prison in the capital joining crowds in demanding a vote on secession from Serbian rule.",
     "Serbian", "demanded-independence-from"),
    ("Opposition supporters blocked roads into Nairobi as they pressed their campaign to oust the government of "
     "President Moi.", "government", "aimed-removal"),
]


@pytest.mark.parametrize(("sentence", "recipient", "rule"), PROTEST_TABLE)
def test_participants_protest_targets_the_party_whose_removal_is_demanded(nlp: Language, sentence: str,
                                                                        recipient: str, rule: str) -> None:
    ev = with_type(events(nlp, sentence), "PROTEST")
    assert any(recipient in t for t in texts(ev.recipient_refs)), (ev.recipient_refs, ev.rule)
    assert rule in (ev.rule or "")


def test_participants_protest_against_a_party_keeps_it(nlp: Language) -> None:
    """A protest's own target stays: the demand rule is a fallback."""
    ev = with_type(events(nlp, "Students protested against Bolivia on Monday, calling for the removal of the "
                                "mayor of Lima."), "PROTEST")
    assert texts(ev.recipient_refs) == ["Bolivia"], ev.rule


RESTRICTION_TABLE = [
    # sentence, event type, expected recipient (substring)
    ("Pakistani authorities imposed a curfew in the city of Quetta in western Pakistan after the riots.", "COERCE",
     "Pakistan"),
    ("The junta said it was ready to impose martial law as clashes spread in central Bangkok.", "COERCE", "Bangkok"),
    ("The governor relaxed the nightly curfew imposed in Nepal after the riots.", "RETREAT", "Nepal"),
    ("The government has taken steps to expand political freedoms and promote tolerance in Myanmar.", "CONCEDE",
     "Myanmar"),
]


@pytest.mark.parametrize(("sentence", "etype", "recipient"), RESTRICTION_TABLE)
def test_participants_restriction_targets_the_place(nlp: Language, sentence: str, etype: str,
                                                    recipient: str) -> None:
    ev = with_type(events(nlp, sentence), etype)
    assert any(recipient in t for t in texts(ev.recipient_refs)), (ev.recipient_refs, ev.rule)
    assert "restricted-place" in (ev.rule or "")


def test_participants_restriction_on_people_names_the_people(nlp: Language) -> None:
    """"lifted the curfew on Kurds living in X": the people named, not their place."""
    ev = with_type(events(nlp, "Turkey lifted the curfew on Kurds living in the southeast."), "RETREAT")
    assert texts(ev.recipient_refs) == ["Kurds"], ev.rule
    assert "restricted-people" in (ev.rule or "")


def test_participants_concession_after_talks_yields_to_the_other_side(nlp: Language) -> None:
    ev = with_type(events(nlp, "The Kenyan nurses' union said it has called off its strike after negotiations with "
                               "the Kenyan health ministry."), "CONCEDE")
    assert any("ministry" in t for t in texts(ev.recipient_refs)), (ev.recipient_refs, ev.rule)
    assert "after-talks-with" in (ev.rule or "")


def test_participants_attacked_camp_stands_for_its_owners(nlp: Language) -> None:
    """"fire against Burmese rebel camps": the camps, not the bare demonym (the resolver reads the modifiers)."""
    ev = with_type(events(nlp, "Thai troops launched artillery fire against Burmese rebel camps near the border."),
                   "ASSAULT")
    assert texts(ev.recipient_refs) == ["Burmese rebel camps"], (ev.recipient_refs, ev.rule)


def test_participants_measure_is_not_a_passive_agent(nlp: Language) -> None:
    """"shortened by one hour": a measure, not the agent; the subject acts."""
    ev = with_type(events(nlp, "Governor Lopez on Friday shortened by one hour the curfew imposed in Peru after the "
                               "riots ended."), "RETREAT")
    assert any("Lopez" in t for t in texts(ev.actor_refs)), (ev.actor_refs, ev.rule)
