"""Security tightened with no one named as doing it is done by the security forces of the place
(``attack_context.unnamed_security_forces``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.helpers.actors import fill_context
from tests.helpers.pipeline import events_in


@pytest.mark.parametrize(("text", "country"), [
    ("Security has been tightened around the Ruritanian embassy in Santiago since Thursday.", "CHL"),
    ("Security was tightened in Jakarta on Monday ahead of the verdict.", "IDN"),
])
def test_attack_context_unnamed_security_forces_of_the_place(text: str, country: str) -> None:
    ev = fill_context(text, [], [], "tightened", "MOBILIZE", rule="phrase:tighten+security", cameo="151")
    assert [(a.name, a.country, a.sector) for a in ev.actors] == [("security forces", country, "COP")]
    assert "context:unnamed-security-forces" in (ev.actors[0].resolution or "")


def test_attack_context_unnamed_security_needs_a_place() -> None:
    assert fill_context("Security was tightened on Monday.", [], [], "tightened", "MOBILIZE",
                        rule="phrase:tighten+security", cameo="151").actors == []


def test_attack_context_named_agent_is_kept() -> None:
    ev = fill_context("Kenyan police tightened security in Nairobi on Monday.", ["Kenyan police"], [], "tightened",
                      "MOBILIZE", rule="phrase:tighten+security", cameo="151")
    assert [a.country for a in ev.actors] == ["KEN"] and "unnamed-security" not in (ev.actors[0].resolution or "")


@pytest.mark.parametrize("text", [
    "Police tightened security around the embassy on Monday.",
    "The army has beefed up security at the airport.",
    "Indonesian police stepped up security measures ahead of Christmas.",
])
def test_attack_context_tightened_security_is_a_police_alert_aimed_at_no_one(nlp: Language, text: str) -> None:
    found = [e for e in events_in(nlp, text) if e.cameo == "151"]
    assert found and found[0].event_type == "MOBILIZE"
    assert found[0].recipient_refs == [], [r.text for r in found[0].recipient_refs]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Security was tightened in the capital ahead of a visit by the Chinese president.", "tightened"),  # a demonym
    ("Large naval manoeuvers were held off the coast of Taiwan on Monday.", "held"),  # an exercise, no alert
])
def test_attack_context_unnamed_security_needs_an_alert_in_a_named_place(text: str, trigger: str) -> None:
    rule = "phrase:tighten+security" if trigger == "tightened" else "phrase:hold+manoeuver"
    ev = fill_context(text, [], [], trigger, "MOBILIZE", rule=rule, cameo="151")
    assert ev.actors == [], [a.resolution for a in ev.actors]
