"""Noun keys read only the word before a noun for its modifier; blame clauses read the children only of verbs
that can assign blame."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from communique.pipeline.events.statements import _blamed
from communique.pipeline.events.triggers import CONTAINER_NOUNS, _noun_keys
from communique.pipeline.nlp import parse_text


def _keys_as_before(tok: Token) -> list[str]:
    """The keys as first written (every child of the noun read for its modifier), for comparison."""
    keys = []
    if tok.lemma_.lower() in CONTAINER_NOUNS:
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN":
                keys.append(c.lemma_.lower())
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        keys += _keys_as_before(g)
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i == tok.i - 1]
    if mods:
        keys += [f"{mods[0].lemma_.lower()} {tok.lemma_.lower()}", f"{mods[0].lower_} {tok.lower_}"]
    return keys + [tok.lemma_.lower(), tok.lower_]


@pytest.mark.parametrize("text", [
    "Peace talks between Armenia and Azerbaijan resumed after military exercises near the border.",
    "A round of talks and ten days of war games ended; the mediation effort failed.",
    "Talks opened.", "The joint naval drills of Russia and China began on Monday.",
])
def test_triggers_noun_keys_same_as_reading_every_child(text: str) -> None:
    nouns = [t for t in parse_text(text) if t.pos_ in {"NOUN", "PROPN"}]
    assert nouns
    for tok in nouns:
        assert _noun_keys(tok) == _keys_as_before(tok)


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
