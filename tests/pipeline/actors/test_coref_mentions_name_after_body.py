""""Ambassador to the UN Wang Guangya", tagged as one organisation "the UN Wang Guangya": the capitalised words
after the body the KB knows are a person's name, so "Wang" and "he" later in the story are that person.
Sentences written for these tests (the model's tagger reads them so)."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings
from communique.kb.base import get_kb
from communique.pipeline.actors.coref import build_people
from communique.pipeline.nlp import load_model
from communique.pipeline.read import make_document


def _clusters(text: str) -> dict[str, str | None]:
    nlp = load_model(Settings().model)
    doc = make_document(text, published="2005-11-10", path="t")
    p = build_people(doc, nlp(doc.text), get_kb())
    return {m.text: (p.clusters[m.cluster].display if m.cluster is not None else None) for m in p.mentions}


@pytest.mark.parametrize(("text", "name", "later"), [
    ("The council must be reformed, Chinese Ambassador to the UN Wang Guangya said on Thursday. Wang reaffirmed "
     "China's support for reform.", "Wang Guangya", "Wang"),
    ("The talks will resume, Special Envoy to the UN Liu Jieyi said on Friday. Liu urged Norland to return to the "
     "table.", "Liu Jieyi", "Liu"),
])
def test_coref_mentions_name_after_a_known_body_is_a_person(text: str, name: str, later: str) -> None:
    got = _clusters(text)
    assert got.get(name) == name, got
    assert got.get(later) == name, got


def test_coref_mentions_name_after_a_known_body_gives_the_story_its_speaker() -> None:
    text = ("The council must be reformed, Chinese Ambassador to the UN Wang Guangya said on Thursday. Wang "
            "reaffirmed China's support for reform of the council.")
    evs = extract(text, published="2005-11-10", settings=Settings(min_confidence=0.0))
    support = [e for e in evs if e.event_type == "SUPPORT"]
    assert support and [(a.name, a.country) for a in support[0].actors] == [("Wang Guangya", "CHN")]


@pytest.mark.parametrize(("text", "unit"), [
    ("The head of the EU Border Assistance Mission said smuggling had fallen. He praised Ukraine.",
     "Border Assistance Mission"),
    ("The chairman of the OPEC Ministerial Monitoring Committee said output would be cut. He urged members to "
     "comply.", "Ministerial Monitoring Committee"),
])
def test_coref_mentions_unit_of_a_known_body_is_no_person(text: str, unit: str) -> None:
    """A body's unit the KB does not list ("the EU [Border Assistance Mission]") is no person's name."""
    assert unit not in _clusters(text)
