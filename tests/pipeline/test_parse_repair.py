"""Parse repairs: a past-tense verb the parser coordinated with an embedded bare infinitive goes with the main
clause's verb. Hand-built parses of sentences written for these tests, and one run through the pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from communique.api import extract
from communique.config import Settings
from communique.pipeline.nlp import get_nlp
from communique.pipeline.parse_repair import repair_conjuncts

# "Ruritania has claimed it will be hard for Norland to win and on Monday criticised the vote ."
WORDS = ["Ruritania", "has", "claimed", "it", "will", "be", "hard", "for", "Norland", "to", "win", "and", "on",
         "Monday", "criticised", "the", "vote", "."]
HEADS = [2, 2, 2, 5, 5, 2, 5, 10, 10, 10, 5, 10, 14, 12, 10, 16, 14, 2]
DEPS = ["nsubj", "aux", "ROOT", "nsubj", "aux", "ccomp", "acomp", "mark", "nsubj", "aux", "advcl", "cc", "prep",
        "pobj", "conj", "det", "dobj", "punct"]
TAGS = ["NNP", "VBZ", "VBN", "PRP", "MD", "VB", "JJ", "IN", "NNP", "TO", "VB", "CC", "IN", "NNP", "VBD", "DT",
        "NN", "."]
LEMMAS = ["Ruritania", "have", "claim", "it", "will", "be", "hard", "for", "Norland", "to", "win", "and", "on",
          "Monday", "criticise", "the", "vote", "."]


def _doc(words: list[str] = WORDS, tags: list[str] = TAGS, lemmas: list[str] = LEMMAS) -> Doc:
    return Doc(get_nlp().vocab, words=words, heads=HEADS, deps=DEPS, tags=tags, lemmas=lemmas)


def test_parse_repair_past_conjunct_of_embedded_infinitive_goes_with_the_main_verb() -> None:
    doc = repair_conjuncts(_doc())
    assert doc[14].head.text == "claimed" and doc[14].dep_ == "conj"
    assert doc[11].head.text == "claimed"  # its "and" goes with it


@pytest.mark.parametrize(("i", "word", "tag", "lemma"), [
    (14, "put", "VBD", "put"),  # a past spelled as its base: the tag may be wrong
    (14, "criticises", "VBZ", "criticise"),  # not a past tense
    (10, "win", "VBD", "win"),  # the conjunct's head is no bare infinitive (tagged past here)
])
def test_parse_repair_leaves_other_conjuncts(i: int, word: str, tag: str, lemma: str) -> None:
    words, tags, lemmas = list(WORDS), list(TAGS), list(LEMMAS)
    words[i], tags[i], lemmas[i] = word, tag, lemma
    doc = repair_conjuncts(_doc(words, tags, lemmas))
    assert doc[14].head.text == doc[10].text


def test_parse_repair_gives_the_criticism_its_critic() -> None:
    text = ("US lawyer John Carver has claimed it will be very difficult for his client to receive a fair trial and "
            "on Monday criticised the proceedings as chaotic.")
    evs = [e for e in extract(text, published="2005-12-06", settings=Settings(min_confidence=0.0))
           if e.event_type == "ACCUSE"]
    assert evs and [a.name for a in evs[0].actors] == ["John Carver"]
    assert evs[0].date == "2005-12-05" and evs[0].status == "occurred"
    assert "reported:claim" not in (evs[0].rule or "")


@pytest.mark.parametrize(("text", "etype", "actor"), [
    # the past verb goes with the nearest past clause with a subject, not with the reporting verb
    ("Diplomats said Iran had decided to resume enrichment and expelled two UN inspectors.", "SANCTION", "Iran"),
    ("Kenyan officials said Somali gunmen had crossed into Kenya to steal cattle and killed eight herdsmen.",
     "ASSAULT", "Somali gunmen"),
    ("Palestinian sources said Israeli tanks had moved in to destroy the workshops and arrested a Hamas activist.",
     "COERCE", "Israeli tanks"),
])
def test_parse_repair_stops_at_the_nearest_past_clause(text: str, etype: str, actor: str) -> None:
    evs = [e for e in extract(text, published="2005-03-15", settings=Settings(min_confidence=0.0))
           if e.event_type == etype]
    assert evs and [a.name for a in evs[0].actors] == [actor], [(a.name, e.rule) for e in evs for a in e.actors]


def test_parse_repair_leaves_a_passive_clause_as_parsed() -> None:
    """"Police said they had been told to find the killers and arrested three suspects": no re-attachment to "said"
    past a passive (the reporter would become the arrester)."""
    text = "Police said they had been told to find the killers and arrested three suspects."
    doc = get_nlp()(text)
    arrested = next(t for t in doc if t.text == "arrested")
    assert arrested.head.text != "said"
