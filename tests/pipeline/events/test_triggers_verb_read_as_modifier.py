""""X on Tuesday renewed charges that ...": the parser may hang the verb on its object noun as a modifier and make
the noun the root; a verb with its own subject is still the trigger. Sentences written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import candidates


def test_triggers_verb_read_as_modifier_with_its_subject_is_a_trigger() -> None:
    text = ("The Kenyan foreign minister on Tuesday renewed charges that Somali militias had smuggled weapons across "
            "the border.")
    got = [e for e in candidates(text, "2024-05-01")
           if e.event_type == "ACCUSE"]
    assert got and got[0].actors[0].country == "KEN"


def test_triggers_adjective_participle_is_no_trigger() -> None:
    """"the renewed fighting": a participle modifying its noun, with no subject of its own."""
    text = "The renewed fighting near the border worried the Kenyan foreign minister on Tuesday."
    got = [e for e in candidates(text, "2024-05-01")
           if e.trigger and e.trigger.text.startswith("renewed")]
    assert got == []
