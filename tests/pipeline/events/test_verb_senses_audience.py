"""Speaking to a crowd is no conversation with a party, even when the crowd's place is named ("speaking to
thousands of people in the province of X"); speaking with a named leader is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "talks"), [
    ("The president, who was speaking to thousands of people in the southern province of Kerman, said the talks "
     "would go on.", 0),
    ("The Iranian president spoke with French President Jacques Chirac on Monday.", 1),
])
def test_verb_senses_speaking_to_a_crowd_is_no_consultation(text: str, talks: int) -> None:
    got = [e for e in candidates(text, "2005-11-16")
           if e.event_type == "CONSULT" and e.trigger and e.trigger.text.startswith(("speak", "spoke"))]
    assert len(got) == talks
