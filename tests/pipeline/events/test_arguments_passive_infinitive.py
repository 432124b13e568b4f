"""A passive infinitive is about its governing verb's subject, who suffers the act: "X had to be airlifted" has no
initiator X, and "X is scheduled to be received by Y" has X as the one received. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("The Ruritanian minister is scheduled to be received by President Jacques Chirac on Monday.", "CONSULT",
     "Jacques Chirac", "Ruritanian minister"),
    ("Three Palestinians were reported to be arrested by Israeli troops near Hebron.", "COERCE", "Israeli troops",
     "Three Palestinians"),
])
def test_arguments_passive_infinitive_subject_is_the_recipient(text: str, etype: str, actor: str,
                                                              recipient: str) -> None:
    events = [e for e in candidates(text) if e.event_type == etype]
    assert events
    assert [a.name for a in events[0].actors] == [actor]
    assert [r.name for r in events[0].recipients] == [recipient]


def test_arguments_passive_infinitive_subject_is_no_initiator() -> None:
    text = "A crew member of the US aircraft carrier had to be airlifted to a hospital in Sydney on Monday."
    assert not [e for e in candidates(text) if any("crew member" in a.name for a in e.actors)]


@pytest.mark.parametrize(("text", "etype", "recipient"), [
    # object control: the governing verb's object is the one the passive is about, not its subject
    ("The Ruritanian court ordered the former premier to be detained by police.", "COERCE", "former premier"),
    # what is demanded of or about: the passive's subject ("has to be" as "must be")
    ('"The militias have to be disarmed," the Ruritanian president said.', "REQUEST", "militias"),
    ('"The hostages must be freed," the Ruritanian minister said.', "REQUEST", "hostages"),
])
def test_arguments_passive_infinitive_patient(text: str, etype: str, recipient: str) -> None:
    events = [e for e in candidates(text) if e.event_type == etype]
    assert events and [r.name for r in events[0].recipients] == [recipient]
