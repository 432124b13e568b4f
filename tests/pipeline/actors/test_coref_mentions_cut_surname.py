"""A person name the tagger cut before its surname ("Romano | Prodi flew ...": the entity holds the given name only,
and the surname it modifies as a compound is left untagged) is read whole, so that the lone surname later in the
article is the same person. Hand-built parses with made-up names, fake knowledge base."""

from __future__ import annotations

from spacy.tokens import Doc

from communique.pipeline.actors.coref import build_people
from communique.pipeline.nlp import get_nlp
from communique.records import Document
from tests.helpers.fake_kb import FakeKB

WORDS = ["Premier", "Aldo", "Verrani", "flew", "to", "Tirana", ".",
         "Verrani", "said", "he", "had", "asked", "Mark", "Dole", "to", "stay", "."]
HEADS = [2, 2, 3, 3, 3, 4, 3, 8, 8, 11, 11, 8, 13, 11, 15, 11, 8]
DEPS = ["compound", "compound", "nsubj", "ROOT", "prep", "pobj", "punct",
        "nsubj", "ROOT", "nsubj", "aux", "ccomp", "compound", "dobj", "aux", "xcomp", "punct"]
POS = ["PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT",
       "PROPN", "VERB", "PRON", "AUX", "VERB", "PROPN", "PROPN", "PART", "VERB", "PUNCT"]


def _doc(ents: list[str]) -> Doc:
    return Doc(get_nlp().vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ents,
               sent_starts=[1 if i in (0, 7) else 0 for i in range(len(WORDS))])


def _people(ents: list[str]) -> dict[str, str | None]:
    doc = _doc(ents)
    p = build_people(Document(id="cut", text=doc.text), doc, FakeKB())
    return {m.text: (p.clusters[m.cluster].display if m.cluster is not None else None) for m in p.mentions}


def test_coref_mentions_name_cut_before_its_surname_is_read_whole() -> None:
    ents = ["O", "B-PERSON", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    got = _people(ents)
    assert got.get("Aldo Verrani") == "Aldo Verrani"
    assert got.get("Verrani") == "Aldo Verrani"  # the lone surname later is the same person
    assert "Aldo" not in got


def test_coref_mentions_whole_name_unchanged() -> None:
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O",
            "O", "O"]
    got = _people(ents)
    assert got.get("Aldo Verrani") == "Aldo Verrani" and got.get("Verrani") == "Aldo Verrani"
