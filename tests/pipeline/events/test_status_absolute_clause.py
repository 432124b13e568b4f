"""A "with" clause with its own subject ("..., with the new government blocking a deal") is an act of its own:
not governed by, nor refining, nor lending parties to the clause it hangs on. Blocking a deal rejects it.
Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def test_status_absolute_clause_is_its_own_act() -> None:
    text = ("EU finance ministers failed to agree on Tuesday on a list of services, with the new Kenyan government "
            "blocking a deal particularly important to Uganda.")
    events = extract(text, published="2024-05-01", settings=_ALL)
    blocks = [e for e in events if "block" in (e.rule or "")]
    assert blocks and blocks[0].event_type == "REJECT" and blocks[0].status == "occurred", \
        [(e.event_type, e.status, e.rule) for e in events]
    assert "under:" not in (blocks[0].rule or "")
    main = [e for e in events if e is not blocks[0]]
    assert all(r.country != "KEN" for e in main for r in e.recipients)
    assert all(e.event_type != "THREATEN" for e in events)
