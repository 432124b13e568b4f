"""A participle on a document ("a resolution condemning X") is the act of whoever issues the document: of the
subject that adopts or issues it, not of one that vetoes, votes down, kills or will not support it; killing a
resolution attacks no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline.events.arguments import _disowning
from communique.pipeline.nlp import parse_text
from tests.helpers.pipeline import candidates


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.event_type, [a.name for a in e.actors])
            for e in candidates(text, "2024-05-01")]


@pytest.mark.parametrize(("text", "verb", "disowning"), [
    ("Brazil said it would not support the resolution.", "support", True),
    ("The senators voted down the resolution.", "voted", True),
    ("The council vetoed the resolution.", "vetoed", True),
    ("The senators passed the resolution.", "passed", False),
])
def test_arguments_disowning_verbs(text: str, verb: str, disowning: bool) -> None:
    doc = parse_text(text)
    assert _disowning(next(t for t in doc if t.text == verb)) is disowning


def test_arguments_voted_down_document_is_not_its_opponents_act() -> None:
    got = _events("The US senators voted down a resolution condemning Israel on Monday.")
    assert not any(etype == "ACCUSE" and "US senators" in names for etype, names in got)


def test_arguments_adopted_document_is_its_adopters_act() -> None:
    got = _events("The US senators passed a resolution condemning Israel on Monday.")
    assert ("ACCUSE", ["US senators"]) in got


def test_frames_killing_a_resolution_is_no_attack() -> None:
    got = _events("The General Assembly voted on Tuesday to kill a Canadian-backed resolution condemning Cuba's prisons.")
    assert not any(etype == "ASSAULT" for etype, _ in got)
