"""Recipients: examples listed on the actor ("small states like X and Y") are the actor's side, no target; a
private body named by its country ("a Ruritanian football club") is the target, not the country.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings


def _recipients(text: str, event_type: str) -> list[tuple[str, str | None]]:
    return [(r.name, r.country) for e in extract(text, published="2005-11-08", settings=Settings(min_confidence=0.0))
            if e.event_type == event_type for r in e.recipients]


@pytest.mark.parametrize("text", [
    "The reform plan is fiercely opposed by small EU states like Ireland and Luxembourg, diplomats said on Monday.",
    "The reform plan is fiercely opposed by small EU states such as Ireland and Luxembourg, diplomats said on Monday.",
])
def test_recipients_examples_of_the_actor_are_no_target(text: str) -> None:
    assert not any(name in ("Ireland", "Luxembourg") for name, _ in _recipients(text, "REJECT"))


def test_recipients_examples_elsewhere_stay_targets() -> None:
    text = "France on Monday criticised small EU states like Ireland and Luxembourg for blocking the reform."
    assert _recipients(text, "ACCUSE")  # the criticised states, examples and all, are the target


def test_recipients_private_body_named_by_its_country() -> None:
    text = ("The Canadian government has agreed to become the main sponsor of Spanish football club Real Madrid, the "
            "club said on Tuesday.")
    names = [name for name, _ in _recipients(text, "AGREE")]
    assert names and not any(name == "Spain" for name in names)


def test_recipients_body_noun_shared_with_the_actor_keeps_the_country() -> None:
    text = "The US negotiating team pledged on Sunday to keep working with the Chinese team in Beijing."
    assert ("China", "CHN") in _recipients(text, "AGREE")
