"""Quotation speakers: the speech verb is looked for in the words right after a quote, then right before it,
and only the words read are made into tokens."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from communique.pipeline.actors import coref
from communique.pipeline.actors.coref import DocPeople, build_people
from communique.pipeline.nlp import parse_text
from communique.records import Document
from tests.helpers.fake_kb import FakeKB


def people_of(text: str) -> DocPeople:
    return build_people(Document(id="d", text=text, published="2024-11-12"), parse_text(text), FakeKB())  # type: ignore[arg-type]


def test_coref_speaker_after_the_quote() -> None:
    text = "\u201cWe are ready for talks,\u201d Foreign Minister Jeyhun Bayramov said on Monday."
    p = people_of(text)
    ci = p.quote_speaker(text.find("We"))
    assert ci is not None and p.clusters[ci].display == "Jeyhun Bayramov"


def test_coref_speaker_before_the_quote_stops_at_the_previous_quote() -> None:
    text = ("Antonio Guterres said: \u201cThe talks will go on.\u201d \u201cWe are ready,\u201d the statement "
            "added.")
    p = people_of(text)
    assert p.quote_speaker(text.find("We are")) is None  # the verb before is cut off by the earlier quote


def test_coref_speaker_makes_tokens_only_for_the_words_read(monkeypatch: pytest.MonkeyPatch) -> None:
    filler = " ".join(["The weather was mild and the markets were calm."] * 6)
    text = f"{filler} \u201cWe are ready,\u201d Jeyhun Bayramov said. {filler}"
    sdoc = parse_text(text)
    made: list[int] = []

    class Counting:
        def __init__(self, doc: Doc) -> None:
            self.doc = doc

        def __getitem__(self, i: object) -> object:
            if isinstance(i, int):
                made.append(i)
            elif isinstance(i, slice):  # a window of the document: each of its tokens is made when read
                made.extend(range(*i.indices(len(self.doc))))
            return self.doc[i]  # type: ignore[index]

        def __getattr__(self, name: str) -> object:
            return getattr(self.doc, name)

        def __len__(self) -> int:
            return len(self.doc)

    people = build_people(Document(id="d", text=text, published="2024-11-12"), sdoc, FakeKB())  # type: ignore[arg-type]
    q0 = text.find("\u201c")
    q1 = text.find("\u201d") + 1
    made.clear()
    k = coref._speaker(Counting(sdoc), 0, q0, q1, people)  # type: ignore[arg-type]
    assert k is not None and people.mentions[k].text == "Jeyhun Bayramov"
    assert made and len(made) <= 4  # ", Jeyhun Bayramov said": not the 40 tokens around the quote
