"""Title phrases read for coreference mentions stay bounded on run-on input (issue 13: cost per article linear in
its length). Hand-built parses, so the dependency tree is exactly the one described."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.kb import CountryEntry, get_kb
from communique.pipeline.actors.appositions import TITLE_TOKENS, appositions
from communique.pipeline.actors.coref_mentions import read_title
from tests.helpers.fake_kb import FakeKB


def run_on(filler: int) -> Doc:
    """ "the minister x x ... x Ann Lee": "Ann Lee" in apposition to "minister", whose phrase starts at "the" and
    takes ``filler`` tokens between the title and the name (a parse of a run-on "sentence" of thousands of tokens)."""
    words = ["the", "minister", *(["x"] * filler), "Ann", "Lee"]
    name = len(words) - 1
    heads = [1, 1, *([1] * filler), name, 1]
    deps = ["det", "ROOT", *(["dep"] * filler), "compound", "appos"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


class CountingKB(FakeKB):
    def __init__(self) -> None:
        super().__init__()
        self.country_calls = 0

    def country(self, text: str) -> CountryEntry | None:
        self.country_calls += 1
        return super().country(text)


def test_coref_mentions_left_apposition_is_the_whole_short_phrase() -> None:
    doc = run_on(3)
    name = doc[len(doc) - 2 :]
    left, _ = appositions(name.root, name)
    assert [t.text for t in left] == ["the", "minister", "x", "x", "x"]


def test_coref_mentions_left_apposition_capped_near_the_name() -> None:
    doc = run_on(5_000)
    name = doc[len(doc) - 2 :]
    left, _ = appositions(name.root, name)
    assert len(left) == TITLE_TOKENS
    assert left[-1].i == name.start - 1  # the tokens nearest the name are the ones kept


def test_coref_mentions_read_title_work_capped() -> None:
    kb = CountingKB()
    tokens = list(run_on(5_000))
    read_title(tokens, kb, 0, "apposition")
    assert 0 < kb.country_calls <= 7 * TITLE_TOKENS  # at most 7 candidate spans per token read


def _title_country(words: list[str]) -> str | None:
    doc = Doc(spacy.blank("en").vocab, words=words)
    return read_title(list(doc), FakeKB(), 0, "title").country


def test_coref_mentions_backer_is_not_the_party_country() -> None:
    """"the Russian-backed militia": Russia backs it; "the Russian militia" is Russian."""
    assert _title_country(["the", "Russian", "-", "backed", "militia"]) is None
    assert _title_country(["the", "Armenian", "-", "sponsored", "group"]) is None
    assert _title_country(["the", "Russian", "militia"]) == "RUS"
    assert _title_country(["the", "pro", "-", "Russian", "militia"]) is None


def test_coref_mentions_read_title_asks_the_kb_once_per_span_text() -> None:
    kb = CountingKB()
    words = ["Azerbaijani", "Foreign", "Minister"]
    doc = Doc(Vocab(), words=words, heads=[2, 2, 2], deps=["amod", "compound", "ROOT"])
    first = read_title(list(doc), kb, 0, "premodifier")
    calls = kb.country_calls
    again = read_title(list(doc), kb, 0, "premodifier")
    assert calls > 0 and kb.country_calls == calls  # the spans' countries, regions, organisations remembered
    assert (first.country, first.country_text, first.org) == (again.country, again.country_text, again.org) \
        == ("AZE", "Azerbaijani", None)


@pytest.mark.parametrize("words, country", [
    (["Latin", "American", "nations"], None),
    (["Central", "America", "governments"], None),
    (["the", "West", "Indian", "cricket", "board"], None),
    (["American", "diplomats"], "USA"),
    (["South", "African", "leaders"], "ZAF"),
])
def test_coref_mentions_world_region_names_no_country(words: list[str], country: str | None) -> None:
    """A world region whose last word alone names a country ("Latin American" nations are not the USA's)."""
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert read_title(list(doc), get_kb(), 0, "title").country == country


@pytest.mark.parametrize("words, pos, org, country", [
    (["the", "Alliance"], ["DET", "PROPN"], "NATO", "IGO"),
    (["the", "NATO", "Alliance"], ["DET", "PROPN", "PROPN"], "NATO", "IGO"),
    (["the", "Democratic", "Alliance"], ["DET", "PROPN", "PROPN"], None, None),
    (["the", "Business", "Software", "Alliance"], ["DET", "PROPN", "PROPN", "PROPN"], None, None),
    (["Sunni", "Hamas", "militants"], ["PROPN", "PROPN", "NOUN"], "HAMAS", "PSE"),  # a name, not a common word
    (["Hamburg", "Greenpeace", "activists"], ["PROPN", "PROPN", "NOUN"], "GREENPEACE", "NGO"),
])
def test_coref_mentions_last_word_of_a_longer_name_names_no_organisation(
        words: list[str], pos: list[str], org: str | None, country: str | None) -> None:
    """A word that names an organisation alone ("the Alliance": NATO) names none as the end of another body's
    name ("the Democratic Alliance", a party of its own)."""
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    title = read_title(list(doc), get_kb(), 0, "title")
    assert (title.org.code if title.org else None, title.country) == (org, country)
