"""The extractor seam: Settings.extractor picks the event finder; unknown names fail with the fix."""

from __future__ import annotations

from typing import Any

import pytest

from communique.config import Settings
from communique.errors import CommuniqueError
from communique.pipeline.events import extractors
from communique.pipeline.process import process_batch
from communique.pipeline.read import make_document
from communique.records import ActorRef, Event, Mention, Span


def test_extractors_unknown_name_names_the_choices() -> None:
    with pytest.raises(CommuniqueError) as err:
        process_batch([make_document("The minister met the envoy.")], Settings(extractor="nope"))
    assert "rules" in str(err.value) and "COMMUNIQUE_EXTRACTOR" in str(err.value)


def test_extractors_registered_extractor_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(document: Any, sdoc: Any, user_verbs: Any = None) -> list[Event]:
        text = document.text
        return [Event(event_type="PROTEST", cameo="140", trigger=Span(text[:3], 0, 3),
                      actor_refs=[ActorRef("France", 0, 6, 0)],
                      mentions=[Mention(document.id, None, None, None, text, 0, len(text))])]

    monkeypatch.setitem(extractors.EXTRACTORS, "fake", fake)
    [result] = process_batch([make_document("France protested against the ruling.")],
                             Settings(extractor="fake", min_confidence=0.0))
    assert [e.event_type for e in result.events] == ["PROTEST"]
