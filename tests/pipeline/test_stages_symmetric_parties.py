"""Meetings nobody hosts list every party as an actor; a meeting in one side's own country keeps the guest as the
initiator and the host as the recipient."""

from __future__ import annotations

import pytest

from communique.pipeline.stages import own_side_recipients, symmetric_parties
from communique.records import Actor, Event, Location


def _party(code: str) -> Actor:
    return Actor(id=f"person:{code.lower()}", name=code, kind="person", country=code)


@pytest.mark.parametrize(("where", "actors", "recipients"), [
    (None, ["NLD", "PRT"], []),          # no place: nobody hosts
    ("FRA", ["NLD", "PRT"], []),         # a third country
    ("NLD", ["NLD", "PRT"], []),         # the subject's own country: he hosts, but "met" does not say so
    ("PRT", ["NLD"], ["PRT"]),           # the guest met the host at home
])
def test_stages_symmetric_parties_unless_hosted_at_home(where: str | None, actors: list[str],
                                                        recipients: list[str]) -> None:
    ev = Event(event_type="CONSULT", cameo="040", status="occurred", actors=[_party("NLD")],
               recipients=[_party("PRT")], location=Location(name="x", country=where) if where else None)
    symmetric_parties(ev)
    assert [a.country for a in ev.actors] == actors
    assert [r.country for r in ev.recipients] == recipients


@pytest.mark.parametrize(("etype", "actor", "recipient", "kept"), [
    ("SUPPORT", Actor(id="p:w", name="Wang", kind="person", country="CHN", sector="GOV"), "CHN", False),  # own side
    ("SUPPORT", Actor(id="p:g", name="Guterres", kind="person", country="UNO", sector="GOV"), "TUR", True),
    ("ASSAULT", Actor(id="g:r", name="rebels", kind="group", country="SYR", sector="REB"), "SYR", True),
])
def test_stages_own_country_is_no_recipient_of_a_cooperative_act(etype: str, actor: Actor, recipient: str,
                                                                  kept: bool) -> None:
    ev = Event(event_type=etype, cameo="051", status="occurred", actors=[actor],
               recipients=[Actor(id=f"country:{recipient}", name=recipient, kind="country", country=recipient)])
    own_side_recipients(ev)
    assert bool(ev.recipients) is kept
