"""The pipeline's records: msgspec Structs (a listing decodes the store's records straight into them) that copy,
pickle (Dask sends them between processes), compare and ``replace`` as plain dataclasses do."""

from __future__ import annotations

import copy
import gc
import pickle
import weakref
from collections.abc import Iterator

import pytest
from msgspec import structs

from communique.records import Actor, ActorRef, Event, Location, Mention, Span, gc_paused


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
    moved = structs.replace(ev, date="2022-09-20", actors=[structs.replace(ev.actors[0], country="USA")])
    assert (moved.date, moved.actors[0].country, moved.mentions) == ("2022-09-20", "USA", ev.mentions)
    assert ev.actors[0].country == "AZE"  # replace made new objects


@pytest.mark.parametrize("record", [_event(), Actor("person:a", "A", "person"), Location("Paris"),
                                   ActorRef("A", 0, 1, 0)], ids=lambda r: type(r).__name__)
def test_records_slots_reject_misspelled_fields(record: object) -> None:
    assert not hasattr(record, "__dict__")
    with pytest.raises(AttributeError):
        record.dat = "2022"  # type: ignore[attr-defined]


def test_records_parts_are_not_tracked_by_the_collector() -> None:
    """The parts hold only strings and numbers (no cycle can pass through them): the collector skips them; an
    event holds lists, and is tracked."""
    ev = _event()
    parts = [*ev.actors, *ev.recipients, *ev.mentions, *ev.actor_refs, ev.location, ev.trigger]
    assert parts and not any(gc.is_tracked(p) for p in parts)
    assert gc.is_tracked(ev)


@pytest.mark.parametrize("record", [Mention("d", None, None, None, "s", 0, 1), Span("met", 0, 3)],
                         ids=lambda r: type(r).__name__)
def test_records_reports_and_spans_are_frozen_and_hashable(record: object) -> None:
    with pytest.raises(AttributeError):
        record.start = 2  # type: ignore[attr-defined]
    assert hash(record) == hash(structs.replace(record))  # type: ignore[type-var]


class _Node:
    """A plain object the collector tracks (as it does every record built in ``gc_paused``)."""

    def __init__(self) -> None:
        self.other: _Node | None = None


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector enabled for the test, and as it was afterwards."""
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_records_gc_paused_keep_hands_built_objects_to_oldest_generation(collector: None) -> None:
    before = _Node()
    with gc_paused(keep=True):
        assert not gc.isenabled()
        built = [_Node() for _ in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(n) in oldest for n in built)
    assert id(before) in oldest  # the young generations were collected first: survivors moved up as usual
    with gc_paused():  # without keep: left to the young generations
        young = _Node()
    gc.disable()  # no pass moves it while it is looked for
    assert id(young) not in {id(o) for o in gc.get_objects(generation=2)}


def test_records_gc_paused_keep_still_frees_cycles(collector: None) -> None:
    with gc_paused(keep=True):
        a, b = _Node(), _Node()
        a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None


def test_records_gc_paused_keep_leaves_a_frozen_process_and_a_disabled_collector_alone(collector: None) -> None:
    gc.freeze()  # a pre-fork server's frozen objects: not released by the hand-over
    try:
        frozen = gc.get_freeze_count()
        with gc_paused(keep=True):
            _Node()
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()
    gc.disable()  # a caller that turned the collector off keeps it off
    with gc_paused(keep=True):
        young = _Node()
    assert not gc.isenabled() and gc.get_freeze_count() == 0
    assert id(young) in {id(o) for o in gc.get_objects(generation=0)}
