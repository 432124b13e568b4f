"""Per-document processing: PLOVER conventions applied after resolution."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "actors", "recipients"), [
    ("Finnish Foreign Minister Pekka Haavisto met Estonian Foreign Minister Urmas Reinsalu in Helsinki.",
     {"Pekka Haavisto", "Urmas Reinsalu"}, set()),
    ("German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron.",
     {"Olaf Scholz"}, {"Emmanuel Macron"}),
])
def test_process_symmetric_meetings_make_every_party_an_actor(sentence: str, actors: set[str],
                                                              recipients: set[str]) -> None:
    from communique import extract

    ev = next(e for e in extract(sentence, published="2023-03-14") if e.event_type == "CONSULT")
    assert {a.name for a in ev.actors} == actors
    assert {a.name for a in ev.recipients} == recipients
