"""A title a former holder bears ("the former Iraqi president", "the ousted leader") names someone other than the
office's holder of the event's day: it stays an office of its country, never that day's holder. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


@pytest.mark.parametrize(("text", "held"), [
    ("The former Iraqi president accused the court of bias on Monday.", False),
    ("The ousted Iraqi president accused the court of bias on Monday.", False),
    ("The Iraqi president accused Syria of harbouring insurgents on Monday.", True),
])
def test_persons_former_title_is_not_the_holder(text: str, held: bool) -> None:
    events = [e for e in extract(text, published="2005-12-17", settings=_ALL) if e.event_type == "ACCUSE"]
    assert events and [a.country for a in events[0].actors] == ["IRQ"]
    assert ("kb:office-holder" in (events[0].actors[0].resolution or "")) is held
