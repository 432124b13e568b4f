"""The pipeline's records: slotted dataclasses (cheaper to build by the thousand) that still copy, pickle (Dask
sends them between processes), compare and ``replace`` as plain dataclasses do."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from communique.records import Actor, ActorRef, Event, Location, Mention, Span


def _event() -> Event:
    return Event(
        event_type="CONSULT", cameo="040", mode="meet", context=["diplomatic"], date="2022-09-19",
        date_precision="day", actors=[Actor("person:a", "A. Bayram", "person", "AZE", "GOV", "Minister", "kb", "A.")],
        recipients=[Actor(None, "protesters", "group")], location=Location("New York", "USA", 40.7, -74.0, "kb"),
        confidence=0.8, mentions=[Mention("doc_1", "/a.txt", None, "2022-09-20", "They met.", 0, 9)], id="ev_1",
        rule="verb:meet", trigger=Span("met", 5, 8), actor_refs=[ActorRef("A. Bayram", 0, 9, 3)],
        gate_features={"x": 1.0}, finder_score=0.5)


def test_records_event_survives_pickle_copy_and_replace() -> None:
    ev = _event()
    for other in (pickle.loads(pickle.dumps(ev)), copy.deepcopy(ev), copy.copy(ev)):
        assert other == ev and other is not ev
        assert other.public() == ev.public() and other.explained() == ev.explained()
    moved = dataclasses.replace(ev, date="2022-09-20", actors=[dataclasses.replace(ev.actors[0], country="USA")])
    assert (moved.date, moved.actors[0].country, moved.mentions) == ("2022-09-20", "USA", ev.mentions)
    assert ev.actors[0].country == "AZE"  # replace made new objects


@pytest.mark.parametrize("record", [_event(), Actor("person:a", "A", "person"), Location("Paris"),
                                   ActorRef("A", 0, 1, 0)], ids=lambda r: type(r).__name__)
def test_records_slots_reject_misspelled_fields(record: object) -> None:
    assert not hasattr(record, "__dict__")
    with pytest.raises(AttributeError):
        record.dat = "2022"  # type: ignore[attr-defined]
