"""The NLP stage: line breaks start sentences, long bodies are parsed in pieces with exact offsets."""

from __future__ import annotations

import itertools
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.config import Settings
from communique.pipeline import nlp
from communique.pipeline.process import process_batch
from communique.pipeline.read import make_document


def test_nlp_line_breaks_start_sentences() -> None:
    sdoc = nlp.parse_text("Also Read: Pakistan condemns the attack\nThe minister met his counterpart.")
    starts = [s.text.strip() for s in sdoc.sents]
    assert starts[0].startswith("Also Read") and starts[1].startswith("The minister")


@settings(deadline=None, max_examples=50)
@given(st.text(alphabet=st.sampled_from("ab \n."), max_size=400), st.integers(min_value=8, max_value=60))
def test_nlp_chunks_join_back_to_the_text(text: str, size: int) -> None:
    pieces = nlp.chunks(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces[:-1])


def test_nlp_long_body_parsed_in_pieces_keeps_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 120)
    body = "".join(f"Minister {i} met the envoy in Paris on Monday.\n" for i in range(12))
    doc = make_document(" date 2023-01-10 x\n" + body)
    [(document, sdoc)] = list(nlp.parse([doc]))
    assert sdoc.text == document.text[document.body_start:]
    for tok in sdoc:
        start = document.body_start + tok.idx
        assert document.text[start:start + len(tok.text)] == tok.text


def test_nlp_truncation_is_reported() -> None:
    doc = make_document("The minister met the envoy. " * 20)
    [result] = process_batch([doc], Settings(max_chars=100))
    assert any("truncated" in w for w in result.warnings)


def test_nlp_parser_failure_fails_only_that_document(monkeypatch: pytest.MonkeyPatch) -> None:
    real = nlp.parse

    def fragile(documents, settings=None):  # type: ignore[no-untyped-def]
        docs = list(documents)
        if any("CRASHPARSE" in d.text for d in docs):
            raise RuntimeError("parser exploded")
        return real(docs, settings)

    monkeypatch.setattr(nlp, "parse", fragile)
    good = make_document("The minister met the envoy in Paris.")
    bad = make_document("CRASHPARSE the minister met the envoy.")
    results = process_batch([good, bad])
    by_id = {r.document.id: r for r in results}
    assert by_id[good.id].error is None
    assert "parser exploded" in (by_id[bad.id].error or "")
    assert [r.document.id for r in results] == [good.id, bad.id]  # the results in the documents' order


def test_nlp_long_parse_stops_at_the_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 120)
    clock = itertools.count(step=10)  # every look at the clock: 10 s later
    monkeypatch.setattr(nlp, "time", types.SimpleNamespace(monotonic=lambda: next(clock)))
    body = "".join(f"Minister {i} met the envoy in Paris on Monday.\n" for i in range(24))
    long = make_document(" date 2023-01-10 x\n" + body)
    before, after = make_document("The minister met the envoy."), make_document("The envoy left Paris.")
    results = process_batch([before, long, after], Settings(article_seconds=25))
    assert [r.document.id for r in results] == [before.id, long.id, after.id]
    assert before.id != after.id and results[0].error is None and results[2].error is None
    error = results[1].error or ""
    assert error.startswith("ParseTimeout") and "article_seconds" in error
    parsed, total = (int(n.replace(",", "")) for n in error.split("with ")[1].split(" characters")[0].split(" of "))
    assert 0 < parsed < total  # given up after three pieces of about ten, not at the end


def test_nlp_long_parse_without_a_budget_is_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 120)
    clock = itertools.count(step=1000)
    monkeypatch.setattr(nlp, "time", types.SimpleNamespace(monotonic=lambda: next(clock)))
    doc = make_document("".join(f"Minister {i} met the envoy in Paris on Monday.\n" for i in range(24)))
    [(document, sdoc)] = list(nlp.parse([doc], Settings(article_seconds=0)))
    assert sdoc.text == document.text[document.body_start:]


def test_nlp_columns_are_plain_ints_of_the_tokens() -> None:
    sdoc = nlp.parse_text("Armenia and Azerbaijan agreed to talks. The ministers met in Geneva.")
    starts = nlp.token_starts(sdoc)
    assert starts == [t.idx for t in sdoc] and all(type(x) is int for x in starts)
    assert nlp.tokens_with_pos(sdoc, "PROPN") == [t.i for t in sdoc if t.pos_ == "PROPN"]
    assert nlp.heads_of_dep(sdoc, "conj") == sorted({t.head.i for t in sdoc if t.dep_ == "conj"})


def test_nlp_noun_chunks_are_spacys() -> None:
    """The noun chunks walked over nouns and pronouns only are spaCy's own, coordination and nesting included."""
    sdoc = nlp.parse_text("The Armenian foreign minister and his Azerbaijani counterpart met in Geneva on Monday.\n"
                          "Officials said the talks, which the United States and Russia backed, would go on; "
                          "they gave no date. Rebels, soldiers and police clashed near the border of the two "
                          "countries, killing three people and a child.")
    ours = [(c.start, c.end, c.label_) for c in nlp.noun_chunks(sdoc)]
    assert ours == [(c.start, c.end, c.label_) for c in sdoc.noun_chunks] and len(ours) > 10


def test_nlp_parse_hands_over_the_parsed_text() -> None:
    doc = make_document("Talks ((((((((((( resumed in Doha on Monday.\n\nThe envoy left.")
    [(_, sdoc)] = list(nlp.parse([doc]))
    assert nlp.parsed_text(sdoc) == sdoc.text != nlp.doc_text(sdoc) == nlp.body_text(doc)  # symbol runs blanked


def test_nlp_no_sentence_starts_after_a_word_within_a_line() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from communique.pipeline.nlp import _newline_sentencer

    words = ["President", "Zine", "El", "Abidine", "spoke", ".", "He", "left", "\n", "Then", "rain"]
    doc = _newline_sentencer(Doc(English().vocab, words=words, spaces=[True] * 7 + [False, False, True, False]))
    assert [doc[i].is_sent_start for i in (3, 4)] == [False, False]  # "El | Abidine": no split inside the name
    assert doc[6].is_sent_start is None  # after ".": the parser decides
    assert doc[9].is_sent_start is True  # after a line break: a new sentence
