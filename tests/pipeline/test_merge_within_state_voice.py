"""A statement told as the state's and as its official's ("Norland rejected ..." then "Norland's negotiator rejected
...") is one statement; acts of force, other offices and other days stay apart."""

from __future__ import annotations

import pytest

from communique.pipeline.merge.within import merge_within_document
from communique.records import Actor, Event, Mention

STATE = Actor(id="country:NLD", name="Norland", kind="country", country="NLD")
ENVOY = Actor(id="person:ann-vale", name="Ann Vale", kind="person", country="NLD", sector="GOV")
MINISTRY = Actor(id="org:nld-mfa", name="Norland's foreign ministry", kind="organization", country="NLD", sector="GOV")
PILOTS = Actor(id="org:pilots-guild", name="the pilots' guild", kind="group", country="NLD", sector="CVL")
OTHER_ENVOY = Actor(id="person:bo-lind", name="Bo Lind", kind="person", country="PRT", sector="GOV")
UNION = Actor(id="org:union", name="the Union", kind="organization", country="EUR")
PORTO = Actor(id="country:PRT", name="Portland", kind="country", country="PRT")


def _event(etype: str, actor: Actor, recipients: list[Actor], start: int, date: str | None = "2024-05-02",
           status: str = "occurred") -> Event:
    sentence = f"Sentence number {start} of the story."
    mention = Mention("d", None, None, "2024-05-02", sentence, start, start + len(sentence))
    return Event(event_type=etype, cameo="120", status=status, date=date, actors=[actor], recipients=recipients,
                 mentions=[mention])


@pytest.mark.parametrize(("first", "second", "merged"), [
    # the state, then its envoy: one rejection
    (("REJECT", STATE, [UNION], 0), ("REJECT", ENVOY, [UNION], 100), True),
    (("REJECT", ENVOY, [UNION], 0), ("REJECT", STATE, [UNION], 100), True),
    (("REQUEST", STATE, [UNION], 0), ("REQUEST", ENVOY, [], 100), True),
    # an office of the state, a civilian group, another country's envoy: other voices
    (("REJECT", MINISTRY, [UNION], 0), ("REJECT", ENVOY, [UNION], 100), False),
    (("THREATEN", STATE, [UNION], 0), ("THREATEN", PILOTS, [UNION], 100), False),
    (("REJECT", STATE, [UNION], 0), ("REJECT", OTHER_ENVOY, [UNION], 100), False),
    # other addressees, other days, another status
    (("REJECT", STATE, [UNION], 0), ("REJECT", ENVOY, [PORTO], 100), False),
    (("REJECT", STATE, [UNION], 0), ("REJECT", ENVOY, [UNION], 100, "2024-04-30"), False),
    (("REJECT", STATE, [UNION], 0), ("REJECT", ENVOY, [UNION], 100, "2024-05-02", "planned"), False),
    # acts of force: two attacks by one army are two
    (("ASSAULT", STATE, [PORTO], 0), ("ASSAULT", ENVOY, [PORTO], 100), False),
])
def test_within_state_and_its_official_give_one_statement(first: tuple, second: tuple, merged: bool) -> None:
    out = merge_within_document([_event(*first), _event(*second)])
    assert (len(out) == 1) is merged
    if merged:
        assert ENVOY.id in {a.id for a in out[0].actors}
