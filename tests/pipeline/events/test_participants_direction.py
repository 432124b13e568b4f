"""Who initiates when it is not the subject: a call received from someone, a visiting guest told something, an
act blamed on someone.

Sentences are written for these tests (no sentence from an evaluation set).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import communique
from tests.helpers.pipeline import events_in as events


@pytest.mark.parametrize(("text", "actor", "recipient", "rule"), [
    ("Erdogan received a telephone call from German Chancellor Olaf Scholz on Monday.", "Scholz", "Erdogan",
     "call-from"),
    ("The Kenyan president received a call from his Ugandan counterpart on Friday.", "counterpart", "president",
     "call-from"),
    ("The French president told visiting Chinese Premier Li Qiang on Monday that trade must be fair.", "Li Qiang",
     "president", "visiting-guest"),
    # the subject does initiate: unchanged
    ("Erdogan received Scholz in Ankara on Monday.", "Erdogan", "Scholz", ""),
    ("Macron, visiting China on Monday, said trade must be fair.", "Macron", "China", ""),
])
def test_participants_direction_of_calls_and_guests(nlp: Language, text: str, actor: str, recipient: str,
                                                    rule: str) -> None:
    found = [e for e in events(nlp, text) if e.event_type == "CONSULT" and not (e.rule or "").startswith("derived")]
    assert found, f"no CONSULT in {text!r}"
    ev = found[-1]
    assert [r for r in ev.actor_refs if actor in r.text], (ev.actor_refs, ev.rule)
    assert [r for r in ev.recipient_refs if recipient in r.text], (ev.recipient_refs, ev.rule)
    assert rule in (ev.rule or "")


def test_participants_call_received_is_a_phone_call_not_a_hosted_visit() -> None:
    evs = communique.extract("Erdogan received a telephone call from German Chancellor Olaf Scholz on Monday.",
                             published="2024-03-05")
    calls = [e for e in evs if e.event_type == "CONSULT"]
    assert calls and calls[0].cameo == "041" and calls[0].mode == "phone"
    assert "Scholz" in calls[0].actors[0].name



@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Police blamed the bombing on Freedonian militants.", "Police", "Freedonian militants"),
    ("The attack killed two people, the governor said, blaming the attack on the rebels.", "the governor",
     "the rebels"),
    # the accused is the object: unchanged
    ("The minister blamed Ruritania for the attack.", "The minister", "Ruritania"),
])
def test_participants_direction_blamed_on(nlp: Language, text: str, accuser: str, accused: str) -> None:
    """"X blamed the attack on Y": X accuses Y, and Y is the attacker, not the attacked."""
    evs = events(nlp, text)
    accuse = [e for e in evs if e.event_type == "ACCUSE"]
    assert accuse and [r.text for r in accuse[0].actor_refs] == [accuser]
    assert [r.text for r in accuse[0].recipient_refs] == [accused], accuse[0].rule
    for act in (e for e in evs if e.event_type == "ASSAULT" and "blamed-act-doers" in (e.rule or "")):
        assert [r.text for r in act.actor_refs] == [accused] and not act.recipient_refs
    assert not [e for e in evs if e.event_type == "ASSAULT" and accused in [r.text for r in e.recipient_refs]]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), [
    ("Norland sparked sharp criticism from Ruritania on Monday.", "ACCUSE", ["Ruritania"], ["Norland"]),
    ("The Freedonian premier drew warm praise from Norland and Ruritania on Monday.", "SUPPORT",
     ["Norland", "Ruritania"], ["The Freedonian premier"]),
    ("Ruritania's plan drew swift condemnation from Norland.", "ACCUSE", ["Norland"], ["Ruritania"]),
    ("The plan earned a rebuke from the Norland government.", "ACCUSE", ["the Norland government"], []),
])
def test_participants_direction_drawn_reaction(nlp: Language, text: str, etype: str, actors: list[str],
                                               recipients: list[str]) -> None:
    """"X drew criticism from Y": Y criticises X (the subject, or its owner), not the other way round."""
    found = [e for e in events(nlp, text) if e.event_type == etype]
    assert found, f"no {etype} in {text!r}"
    assert [r.text for r in found[0].actor_refs] == actors, found[0].rule
    assert [r.text for r in found[0].recipient_refs] == recipients, found[0].rule
    assert "drawn-from" in (found[0].rule or "")


def test_participants_direction_drawn_reaction_without_author_codes_no_one(nlp: Language) -> None:
    """"Norland's plan drew criticism": no one is named as criticising, so no one is coded as the accuser."""
    for ev in events(nlp, "Norland's plan drew sharp criticism on Monday."):
        assert not (ev.event_type == "ACCUSE" and ev.actor_refs), (ev.actor_refs, ev.rule)


@pytest.mark.parametrize("text", [
    "Norland's move will draw criticism from Ruritania, officials warned on Wednesday.",  # a forecast
    "Norland sought to win praise from Ruritania by sending troops abroad.",  # an aim
    "Norland kept the visit low-key on Monday to avoid drawing criticism from Ruritania.",  # avoided
])
def test_participants_direction_drawn_reaction_not_stated_codes_no_one(nlp: Language, text: str) -> None:
    """A reaction only forecast, aimed at or avoided is no act of its would-be author."""
    for ev in events(nlp, text):
        assert "drawn-from" not in (ev.rule or "") or not ev.actor_refs, (ev.event_type, ev.rule)


def test_participants_direction_drawn_reactions_keep_their_own_authors(nlp: Language) -> None:
    """"drew praise from X and condemnation from Y": X praises; Y's condemnation is not X's praise."""
    praise = [e for e in events(nlp, "The plan drew praise from Norland and condemnation from Ruritania on Tuesday.")
              if e.event_type == "SUPPORT"]
    assert praise and [r.text for r in praise[0].actor_refs] == ["Norland"]


def test_participants_direction_drawn_reaction_of_a_clash_has_no_target(nlp: Language) -> None:
    """"Protesters clashed with police, prompting criticism from X": whom X criticises is not said."""
    found = [e for e in events(nlp, "Protesters clashed with police in Dhaka on Monday, prompting criticism from "
                                     "the US embassy.") if e.event_type == "ACCUSE"]
    assert found and not found[0].recipient_refs
