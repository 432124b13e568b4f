"""Headlines: a line with no stop whose verb is a bare past participle of a conflictive act is a reduced passive;
its subject was acted on. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings
from communique.pipeline.events.headlines import headline_line
from communique.pipeline.nlp import parse_text, sentences


def _parties(text: str, event_type: str) -> tuple[list[str], list[str]]:
    events = [e for e in extract(text, published="2005-11-20", settings=Settings(min_confidence=0.0))
              if e.event_type == event_type]
    return [a.name for e in events for a in e.actors], [a.name for e in events for a in e.recipients]


@pytest.mark.parametrize(("text", "headline"), [
    ("Opposition leader detained in Harare", True),
    ("Opposition leader detained in Harare.", False),
    ("the talks ended without a deal", False),  # a lower-case tail, not a line of its own
])
def test_headlines_line_without_a_stop(text: str, headline: bool) -> None:
    assert headline_line(next(iter(sentences(parse_text(text))))) is headline


@pytest.mark.parametrize("text", [
    "Opposition leader detained in Ruritanian capital\nPolice gave no reason for the arrest, his party said.",
    "Ruritanian opposition leader charged over riot deaths\nThe charges were read out in court, his lawyer said.",
])
def test_headlines_subject_of_a_bare_participle_is_acted_on(text: str) -> None:
    for event_type in ("COERCE", "ACCUSE"):
        actors, _ = _parties(text, event_type)
        assert not any("leader" in name for name in actors)


def test_headlines_active_lines_and_sentences_keep_their_subject() -> None:
    actors, _ = _parties("Ruritanian police detained the opposition leader on Sunday.", "COERCE")
    assert any("police" in name for name in actors)
    actors, _ = _parties("Ruritanian police detain opposition leader\nThe arrest came on Sunday.", "COERCE")
    assert any("police" in name for name in actors)


@pytest.mark.parametrize(("text", "actor"), [
    # active lines without an object stay active: the other side after a preposition, both sides as subject,
    # verbs headlines use without an object, a following "-ing" clause
    ("Ruritanian protesters clashed with police in the capital", "protesters"),
    ("Ruritania retaliated against the rebels", "Ruritania"),
    ("Separatist rebels attacked at dawn, killing 12 villagers", "rebels"),
])
def test_headlines_active_lines_without_an_object_stay_active(text: str, actor: str) -> None:
    events = extract(text, published="2005-11-20", settings=Settings(min_confidence=0.0))
    assert any(actor in a.name for e in events for a in e.actors)
