"""A possessive pronoun in a phrase set before its clause's subject is that subject ("Following his talks with X,
Y also met Z"), not the person of the sentence before; so those talks are the talks already told, and the meeting
with Z stays an event of its own. Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings
from communique.records import Event

_ALL = Settings(min_confidence=0.0)
TEXT = ("Ruritanian Trade Minister Karl Brandt held talks with Chinese Commerce Minister Wang Wentao on Monday. "
        "Ministry spokesman Hans Gruber said the talks were positive. "
        "Following his talks with Wang, Brandt also met with Vice Premier Ding Xuexiang.")


def _parties(e: Event) -> set[str]:
    return {a.name for a in [*e.actors, *e.recipients]}


def test_groups_fronted_possessive_is_the_clause_subject() -> None:
    consults = [e for e in extract(TEXT, published="2024-03-02", settings=_ALL) if e.event_type == "CONSULT"]
    assert sorted(sorted(_parties(e)) for e in consults) == [["Ding Xuexiang", "Karl Brandt"],
                                                             ["Karl Brandt", "Wang Wentao"]], \
        [(e.rule, _parties(e)) for e in consults]
    assert not any("Hans Gruber" in _parties(e) for e in consults)


def test_groups_possessive_in_the_clause_still_looks_back() -> None:
    text = ("Ruritanian Trade Minister Karl Brandt arrived in Beijing on Monday. "
            "Chinese Commerce Minister Wang Wentao praised his efforts to expand trade.")
    events = extract(text, published="2024-03-02", settings=_ALL)
    assert all("pronoun-fronted" not in (a.resolution or "") for e in events for a in [*e.actors, *e.recipients])


def test_groups_fronted_possessive_of_a_newly_named_speaker_looks_back() -> None:
    # the spokesman first named here speaks of his leader's talks
    text = ("Ruritanian President Karl Brandt held talks with Chinese President Xi Jinping on Monday. "
            "After his talks with Xi, presidential spokesman Hans Gruber told reporters the visit was a success.")
    events = extract(text, published="2024-03-02", settings=_ALL)
    assert not any("Hans Gruber" in _parties(e) for e in events if e.event_type == "CONSULT"), \
        [(e.event_type, _parties(e)) for e in events]
