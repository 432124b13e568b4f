"""One sentence reporting one act done and another planned gives two events, not one merged report."""

from __future__ import annotations

import pytest

from communique.pipeline.merge.within import merge_within_document
from communique.records import Actor, Event, Mention

SENTENCE = "The Norland president arrived in Porto on Monday to attend the regional summit."
OTHER = "The Norland president met regional leaders in Porto."


def _event(status: str, sentence: str, start: int) -> Event:
    mention = Mention("d", None, None, "2024-05-02", sentence, start, start + len(sentence))
    return Event(event_type="CONSULT", cameo="040", status=status, actors=[Actor(id="country:NLD", name="Norland", kind="country")],
                 mentions=[mention])


@pytest.mark.parametrize(("first", "second", "merged"), [
    (("occurred", SENTENCE, 0), ("planned", SENTENCE, 0), False),   # arrived ... to attend: two acts
    (("occurred", SENTENCE, 0), ("occurred", SENTENCE, 0), True),   # two readings of one act
    (("occurred", SENTENCE, 0), ("planned", OTHER, 100), True),     # a later report may fold into the first
])
def test_done_and_planned_acts_of_one_sentence_stay_apart(first: tuple[str, str, int], second: tuple[str, str, int],
                                                           merged: bool) -> None:
    out = merge_within_document([_event(*first), _event(*second)])
    assert (len(out) == 1) is merged
