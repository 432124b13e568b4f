"""Where a person's name begins and ends when the tagger cut it or ran it into a title: a title run after a title
word is no name ("Deputy [Foreign Minister] X"), nor an honorific or a portfolio; a given name cut off after a
title belongs to the name ("Prime Minister Inder | Kumar Gujral"); a compound surname left untagged joins it
("Aung San | Suu Kyi"); the country after "Ambassador to" is the posting. Sentences written for these tests over
the bundled KB, and one hand-built parse."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from communique.kb.base import get_kb
from communique.pipeline.actors.coref import DocPeople, build_people
from communique.pipeline.nlp import get_nlp, parse_text
from communique.records import Document


def _people(text: str) -> DocPeople:
    return build_people(Document(id="p", text=text), parse_text(text), get_kb())


def _clusters(p: DocPeople) -> dict[str, str | None]:
    return {c.display: c.country for c in p.clusters}


def test_name_edges_title_run_is_no_name() -> None:
    p = _people("South African Deputy Foreign Minister Aziz Pahad met the rebels on Monday. Chinese Deputy Foreign "
                "Minister Tang Jiaxuan met them on Tuesday.")
    got = _clusters(p)
    assert "Foreign Minister" not in got, got  # two deputies of two countries were one "Foreign Minister"
    assert (got.get("Aziz Pahad"), got.get("Tang Jiaxuan")) == ("ZAF", "CHN"), got


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Former Prime Minister Sir Julius Chan flew to Sydney on Monday.", "Julius Chan", None),
    ("US Secretary Treasury Robert Rubin held talks on Tuesday in Hanoi.", "Robert Rubin", "USA"),
    ("Rice met U.S. Ambassador to Japan Thomas Schieffer on Wednesday.", "Thomas Schieffer", "USA"),
])
def test_name_edges_honorific_portfolio_and_posting_are_the_title(text: str, name: str, country: str | None) -> None:
    p = _people(text)
    got = _clusters(p)
    assert name in got and not {"Sir", "Treasury"} & set(got), got
    assert got[name] == country and p.clusters[[c.display for c in p.clusters].index(name)].role is not None


def test_name_edges_compound_surname_left_untagged_joins_the_name() -> None:
    got = _clusters(_people("Burmese opposition leader Aung San Suu Kyi urged the junta to talk. Suu Kyi said the "
                            "talks would help."))
    assert "Aung San Suu Kyi" in got and "Aung San" not in got, got


WORDS = ["Prime", "Minister", "Inder", "Kumar", "Gujral", "said", "the", "talks", "went", "well", "."]
HEADS = [1, 4, 4, 4, 5, 5, 7, 8, 5, 8, 5]
DEPS = ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "advmod", "punct"]
POS = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "ADV", "PUNCT"]


def test_name_edges_given_name_cut_after_a_title_belongs_to_the_name() -> None:
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]  # the tagger left "Inder" out
    doc = Doc(get_nlp().vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ents,
              sent_starts=[1] + [0] * (len(WORDS) - 1))
    p = build_people(Document(id="cut", text=doc.text), doc, get_kb())
    assert [c.display for c in p.clusters] == ["Inder Kumar Gujral"]
    assert p.clusters[0].role is not None


@pytest.mark.parametrize(("text", "name"), [
    ("Mayor Elect Ken Livingstone criticised the government on Monday.", "Ken Livingstone"),
    ("Military spokesman Major Mark Wright accused the police of collusion.", "Mark Wright"),
    ("Chairman PPP Asif Ali Zardari met the prime minister on Monday.", "Asif Ali Zardari"),
    ("Prime Minister Designate Fouad Siniora met the president on Monday.", "Fouad Siniora"),
])
def test_name_edges_title_words_and_acronyms_are_no_given_name(text: str, name: str) -> None:
    got = _clusters(_people(text))
    assert name in got and not any(d.endswith(name) and d != name for d in got), got
