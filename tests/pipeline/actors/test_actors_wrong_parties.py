"""Wrong or missing parties on real-news patterns (made-up sentences): two titled subjects joined by "and" that
the parser hangs on the verb separately, person names split at their lowercase particles ("dos", "van der"), a
surname alone after its namesakes' full names, and parties a sentence names only to leave out ("all but X",
"except X", "apart from X")."""

from __future__ import annotations

import os

import pytest

from communique import extract
from communique.kb import KnowledgeBase
from communique.pipeline.actors.coref import DocPeople, build_people
from communique.pipeline.nlp import parse_text
from communique.records import Document, Event
from tests.helpers.fake_kb import FakeKB


def _events(text: str) -> list[Event]:
    old = os.environ.get("COMMUNIQUE_MIN_CONFIDENCE")
    os.environ["COMMUNIQUE_MIN_CONFIDENCE"] = "0"  # the rules' output, before the confidence gate
    try:
        return extract(text, published="2003-06-04")
    finally:
        if old is None:
            del os.environ["COMMUNIQUE_MIN_CONFIDENCE"]
        else:
            os.environ["COMMUNIQUE_MIN_CONFIDENCE"] = old


def _people(text: str) -> DocPeople:
    return build_people(Document(id="p", text=text), parse_text(text), FakeKB())


def _display(p: DocPeople, text: str, nth: int = 0) -> str | None:
    hits = [m for m in p.mentions if m.text == text]
    assert len(hits) > nth, (text, [m.text for m in p.mentions])
    m = hits[nth]
    return None if m.cluster is None else p.clusters[m.cluster].display


@pytest.mark.parametrize(("text", "countries"), [
    ("Ghanaian leader Kofi Mensah and Nigerian Foreign Minister Musa Bello met on the sidelines of a trade summit "
     "in Geneva on Wednesday.", {"GHA", "NGA"}),
    ("Peruvian leader Luis Ortega and Chilean Foreign Minister Ana Rojas met on the sidelines of a regional summit "
     "in Quito on Monday.", {"PER", "CHL"}),
])
def test_two_titled_subjects_joined_by_and_both_meet(bundled_kb: KnowledgeBase, text: str,
                                                     countries: set[str]) -> None:
    meets = [e for e in _events(text) if e.event_type == "CONSULT"]
    assert meets
    assert {a.country for a in meets[0].actors} >= countries


@pytest.mark.parametrize(("text", "mention", "nth", "full"), [
    ("Dutch Prime Minister Jan van der Berg visited Paris on Monday. Van der Berg praised the plan.",
     "Jan van der Berg", 0, "Jan van der Berg"),
    ("Dutch Prime Minister Jan van der Berg visited Paris on Monday. Later van der Berg praised the plan.",
     "van der Berg", 0, "Jan van der Berg"),
    ("After a meeting with President Armando dos Reis, the envoy said ties were good. She discussed the debt with "
     "dos Reis on Monday.", "dos Reis", 0, "Armando dos Reis"),
])
def test_names_keep_their_particles_and_surnames_join_them(text: str, mention: str, nth: int, full: str) -> None:
    assert _display(_people(text), mention, nth) == full


def test_a_surname_alone_means_the_namesake_already_introduced() -> None:
    p = _people("President Armando dos Reis met the envoy on Monday. The envoy thanked dos Reis for the talks. "
                "His brother Paulo dos Reis, a banker, did not attend.")
    assert _display(p, "dos Reis") == "Armando dos Reis"


@pytest.mark.parametrize(("text", "left_out"), [
    ("All but two leaders of the regional partners -- Chile and Peru -- joined the summit, which aimed to revive "
     "the trade talks.", {"CHL", "PER"}),
    ("Ministers from all member states except Hungary signed the declaration.", {"HUN"}),
    ("Leaders of all member states apart from Hungary signed the declaration.", {"HUN"}),
])
def test_parties_named_only_to_be_left_out_give_no_country(bundled_kb: KnowledgeBase, text: str,
                                                           left_out: set[str]) -> None:
    evs = _events(text)
    assert evs
    assert not {a.country for e in evs for a in e.actors} & left_out
