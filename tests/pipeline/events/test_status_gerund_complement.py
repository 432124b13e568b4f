"""A gerund right after its verb is what the verb governs, even where the parser hangs it as an adjunct: "ruled
out sending troops" negates the sending; a participle after a comma stays an adjunct with its own status.
Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _statuses(text: str, event_type: str) -> list[str]:
    return [e.status for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == event_type]


def test_status_gerund_after_ruling_out_is_negated() -> None:
    assert _statuses("Hungary on Wednesday ruled out sending troops, but Spain is considering it.",
                     "MOBILIZE") == ["negated"]


def test_status_participle_after_a_comma_keeps_its_own_status() -> None:
    assert "occurred" in _statuses("Police fired tear gas at the protesters on Monday, wounding three of them.",
                                   "ASSAULT")
