""""According to the radio station KRV, the X announced ...": the parser can make the source's name the subject and
the real subject its apposition; the source is no party. A meeting's venue ("held a meeting at the Foreign
Ministry") is no partner in it. Sentences written for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _names(text: str) -> list[list[str]]:
    return [[a.name for a in e.actors + e.recipients]
            for e in extract(text, published="2024-05-01", settings=_ALL) if e.event_type == "CONSULT"]


def test_arguments_source_name_read_as_subject_is_not_the_actor() -> None:
    text = ("According to the state radio station KRV, the main opposition party announced the boycott after "
            "holding talks with the Kenyan president on Friday.")
    got = _names(text)
    assert got and all("KRV" not in " ".join(names) for names in got)
    assert any("main opposition party" in names for names in got)


def test_arguments_meeting_venue_is_no_partner() -> None:
    from communique.pipeline.events.wider import _object_recipients
    from communique.pipeline.nlp import parse_text

    doc = parse_text("The ruling party held an emergency meeting at the Interior Ministry on Friday.")
    meeting = next(t for t in doc if t.text == "meeting")
    assert _object_recipients(meeting, set(), "CONSULT")[0] == []
    assert [t.text for t in _object_recipients(meeting, set(), "PROTEST")[0]] == ["Ministry"]  # "a protest at X"


def test_arguments_subjects_of_skips_the_source_read_as_subject() -> None:
    """The parse the tagger gave such a sentence, built by hand: "ZNB" the subject, "association" its apposition."""
    from spacy.tokens import Doc

    from communique.pipeline.events.arguments import subjects_of
    from communique.pipeline.nlp import get_nlp

    words = ["According", "to", "the", "news", "agency", "ZNB", ",", "the", "bar", "association", "announced", "a",
             "strike", "."]
    heads = [10, 0, 4, 4, 1, 10, 5, 9, 9, 5, 10, 12, 10, 10]
    deps = ["prep", "prep", "det", "compound", "pobj", "nsubj", "punct", "det", "compound", "appos", "ROOT", "det",
            "dobj", "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "NOUN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "VERB", "DET", "NOUN",
           "PUNCT"]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    found, how = subjects_of(doc[10])
    assert [t.text for t in found] == ["association"] and how == "nsubj:after-source"
