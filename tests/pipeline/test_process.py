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


def test_process_builds_layered_kb_once_per_fingerprint():
    import pickle

    from communique.ingest import extra_fingerprint
    from communique.kb import KBExtra
    from communique.kb.entries import PersonEntry
    from communique.pipeline import process

    extra = KBExtra(people=[PersonEntry(id="user:zq", name="Zqarn Vellowitz", country="EST")])
    unmarked = process.knowledge_base(extra)
    assert process.knowledge_base(extra) is not unmarked  # no fingerprint: rebuilt per call
    extra.fingerprint = extra_fingerprint(extra)
    kb = process.knowledge_base(extra)
    # a worker's unpickled copy of the same extra reuses the layered KB built for it
    assert process.knowledge_base(pickle.loads(pickle.dumps(extra))) is kb
    changed = KBExtra(people=[PersonEntry(id="user:zq", name="Zqarn Vellowitz", country="LVA")])
    changed.fingerprint = extra_fingerprint(changed)
    assert changed.fingerprint != extra.fingerprint
    assert process.knowledge_base(changed) is not kb
