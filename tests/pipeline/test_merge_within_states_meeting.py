"""A meeting told once by its officials and once by the states ("US officials held a meeting with Norland's
envoys ..." then "the United States and Norland also discussed ..."), in sentences of their own, is one meeting
(``merge.within._between_same_countries``).
"""

from __future__ import annotations

import pytest

from communique.pipeline.merge.within import merge_within_document
from communique.records import Actor, Event, Mention

ENVOYS = Actor(id="group:NLD-GOV", name="Norland's envoys", kind="group", country="NLD", sector="GOV")
US = Actor(id="country:USA", name="United States", kind="country", country="USA")
NLD = Actor(id="country:NLD", name="Norland", kind="country", country="NLD")
PRT = Actor(id="country:PRT", name="Portland", kind="country", country="PRT")


def _meeting(actors: list[Actor], recipients: list[Actor], start: int) -> Event:
    sentence = f"Sentence number {start} of the story."
    mention = Mention("d", None, None, "2024-05-02", sentence, start, start + len(sentence))
    return Event(event_type="CONSULT", cameo="040", status="occurred", date="2024-05-02", actors=actors,
                 recipients=recipients, mentions=[mention])


@pytest.mark.parametrize(("first", "second", "merged"), [
    (([ENVOYS], [US], 0), ([US, NLD], [], 100), True),  # officials, then the states: one meeting
    (([US, NLD], [], 0), ([ENVOYS], [US], 100), True),
    (([ENVOYS], [US], 0), ([US, PRT], [], 100), False),  # other countries: another meeting
])
def test_merge_within_states_and_their_officials_meet_once(first: tuple, second: tuple, merged: bool) -> None:
    assert (len(merge_within_document([_meeting(*first), _meeting(*second)])) == 1) is merged
