"""Leaders the KB knows by one name (the leader lists' "Suharto", "Mobutu") are found from the text's full name
when the title's country and post fit on the date; not when the post does not. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _actor_ids(text: str, published: str) -> list[str | None]:
    return [a.id for e in extract(text, published=published, settings=_ALL) for a in e.actors]


@pytest.mark.parametrize("text, published, kb_id", [
    ("Indonesian President Haji Muhammad Suharto visited Malaysia on Monday.", "1996-05-06", "person:suharto:idn"),
    ("President Mohamed Suharto of Indonesia met the Malaysian premier on Monday.", "1996-05-06",
     "person:suharto:idn"),
])
def test_office_holders_one_name_leader_from_full_name(text: str, published: str, kb_id: str) -> None:
    assert kb_id in _actor_ids(text, published)


def test_office_holders_one_name_leader_needs_a_fitting_post() -> None:
    """The same words under a post the leader never held stay an unresolved person."""
    ids = _actor_ids("Indonesian Agriculture Minister Haji Muhammad Suharto visited Malaysia on Monday.", "1996-05-06")
    assert "person:suharto:idn" not in ids


@pytest.mark.parametrize("reported, shown", [
    ("Haji Muhammad Suharto", "Haji Muhammad Suharto"),  # fuller than the KB's one name: kept
    ("Soeharto", "Suharto"),  # another spelling: the KB's name
])
def test_office_holders_one_name_does_not_shorten_a_fuller_report(reported: str, shown: str) -> None:
    from communique.kb import get_kb
    from communique.pipeline.canonical import canonical_names
    from communique.records import Actor, Event

    ev = Event("CONSULT", "040", actors=[Actor("person:suharto:idn", reported, "person", "IDN")])
    canonical_names([ev], get_kb())
    assert ev.actors[0].name == shown
