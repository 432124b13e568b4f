"""An attack "for no reason" is unprovoked, not a criticism made for a reason; a verb's preposition that opens a
time ("for the first time") makes no verb+preposition entry ("push for"). Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published="2024-05-01", settings=_ALL)]


def test_readings_attack_for_no_reason_is_an_assault() -> None:
    assert _types("Kenyan troops are attacking Uganda for no reason, the statement said.") == ["ASSAULT"]


def test_readings_attack_for_a_reason_is_a_criticism() -> None:
    assert _types("President Ivo Marn of Kenya attacked Uganda for its handling of the crisis.") == ["ACCUSE"]


def test_triggers_preposition_of_time_is_no_phrasal_entry() -> None:
    text = ("Thousands of refugees reached Goma on Tuesday, as humanitarian organisations managed to push through "
            "ten tonnes of aid for the first time in a week.")
    assert "REQUEST" not in _types(text)
