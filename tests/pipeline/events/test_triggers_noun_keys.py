"""Noun keys read only the word before a noun for its modifier; blame clauses read the children only of verbs
that can assign blame."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from communique.pipeline.events.statements import _blamed
from communique.pipeline.events.triggers import _noun_keys
from communique.pipeline.nlp import parse_text


@pytest.mark.parametrize(("text", "word", "keys"), [
    ("Peace talks between Armenia and Azerbaijan resumed.", "talks", ["peace talk", "peace talks", "talk", "talks"]),
    ("A round of talks ended.", "round", ["talk", "talks", "round", "round"]),  # a container: its of-object
    ("Ten days of war games ended.", "days", ["war game", "war games", "game", "games", "day", "days"]),
    ("The mediation effort failed.", "effort", ["mediation", "mediation effort", "mediation effort", "effort",
                                                "effort"]),
    ("The joint naval drills began.", "drills", ["naval drill", "naval drills", "drill", "drills"]),  # next word only
    ("Talks opened.", "Talks", ["talk", "talks"]),
])
def test_triggers_noun_keys_modifier_is_the_word_before(text: str, word: str, keys: list[str]) -> None:
    tok = next(t for t in parse_text(text) if t.text == word)
    assert _noun_keys(tok) == keys


class _Verb:
    lemma_ = "say"

    @property
    def children(self) -> list[Token]:
        raise AssertionError("children read")


def test_statements_blamed_reads_no_children_of_other_verbs() -> None:
    assert _blamed(_Verb()) is None  # type: ignore[arg-type]


def test_statements_blamed_still_finds_blame() -> None:
    sent = parse_text("Armenia held Azerbaijan responsible for the attack.")
    verb = next(t for t in sent if t.lemma_ == "hold")
    found = _blamed(verb)
    assert found is not None and found[0] == "hold-responsible" and [t.text for t in found[1]] == ["Azerbaijan"]
