"""An undated act timed by a clause about a year well before publication ("imposed sanctions after it invaded
Kuwait in 1990") is history, not news; an act with a date of its own stays.

Sentences are written for these tests (fictional names); none come from the evaluation sets or the seeds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.events.background import news_only
from communique.pipeline.events.find import find_events
from communique.records import Document


def _types(nlp: Language, text: str) -> list[str]:
    doc = Document(id="t", text=text, published="2025-03-07", body_start=0)
    return [e.event_type for e in news_only(find_events(doc, nlp(text)))]


@pytest.mark.parametrize(("text", "kept"), [
    ("The United Nations imposed sanctions on Ruritania after it invaded Freedonia in 1990.", False),
    ("The regional bloc suspended Ruritania when its army seized power in 2009.", False),
    ("The United Nations imposed sanctions on Ruritania on Monday after it invaded Freedonia in 1990.", True),
    ("The United Nations imposed sanctions on Ruritania after it invaded Freedonia.", True),
])
def test_status_old_time_clause_is_background(nlp: Language, text: str, kept: bool) -> None:
    assert ("SANCTION" in _types(nlp, text)) is kept
