"""A participle on a document ("a resolution condemning X") is the act of whoever issues the document: of the
subject that adopts or issues it, not of one that vetoes, defeats or will not support it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings


def _accusers(text: str) -> list[list[str]]:
    return [[a.name for a in e.actors] for e in extract(text, published="2024-05-01",
                                                        settings=Settings(min_confidence=0.0))
            if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "France announced it would not support the annual resolution condemning China's human rights record.",
    "The UN Security Council voted on Tuesday to kill a US-backed motion criticizing China's human rights record.",
])
def test_arguments_disowned_document_is_not_its_opponents_act(text: str) -> None:
    assert all("France" not in names and "United Nations Security Council" not in names for names in _accusers(text))


def test_arguments_adopted_document_is_its_adopters_act() -> None:
    assert _accusers("The Security Council adopted a resolution condemning the attack on Monday.") == [
        ["United Nations Security Council"]]
