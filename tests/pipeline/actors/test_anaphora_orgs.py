"""Definite organisation descriptions ("the organization", "the alliance", "the bloc"), the sets of parties an
event offers to group anaphors, and the size a group anaphor states (hand-built sentences, fake knowledge base)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.tokens import Doc, Token

from communique.kb import KnowledgeBase
from communique.pipeline.actors.anaphora import (
    anaphor_size,
    definite_org_head,
    event_party_sets,
    org_antecedent,
    possessor_org,
)
from communique.pipeline.actors.coref import DocPeople, build_people
from communique.pipeline.nlp import parse_text
from communique.records import Document, Event
from tests.helpers.fake_kb import OrgKB

KB = OrgKB()


@dataclass
class _Scope:
    document: Document
    sdoc: Doc
    kb: KnowledgeBase
    people: DocPeople
    off: int = 0


def scope(text: str) -> _Scope:
    doc, sdoc = Document(id="o", text=text), parse_text(text)
    return _Scope(doc, sdoc, KB, build_people(doc, sdoc, KB))


def phrase(s: _Scope, text: str) -> list[Token]:
    start = s.document.text.rindex(text)
    span = s.sdoc.char_span(start, start + len(text), alignment_mode="expand")
    assert span is not None
    return list(span)


def antecedent(text: str, anaphor: str) -> str | None:
    s = scope(text)
    got = org_antecedent(s, phrase(s, anaphor))
    return None if got is None else got.text


@pytest.mark.parametrize(
    ("text", "anaphor", "expected"),
    [
        # the most recent organisation that is an organisation, not the movement named after it
        ("As a member of the UN and the chair of the Non-Aligned Movement, Azerbaijan supports the organization's "
         "work on climate.", "the organization", "UN"),
        ("Ministers of NATO met in Brussels on Tuesday. Armenia asked the alliance for support.", "the alliance",
         "NATO"),
        ("Farmers protested against the EU on Monday. France urged the bloc to change its rules.", "the bloc", "EU"),
        ("The World Health Organization sent experts to Baku. Azerbaijan thanked the agency for its help.",
         "the agency", "World Health Organization"),
        ("The UN General Assembly voted on Monday. Pakistan praised the world body for its decision.",
         "the world body", "UN General Assembly"),
        ("Amnesty International published a report on Monday. Armenia criticised the group.", "the group",
         "Amnesty International"),  # an organisation the knowledge base lacks, named in the sentence before
        ("Amnesty International published a report on Monday. It was long. Few read it. Armenia criticised the "
         "group.", "the group", None),  # ... but not three sentences back
        ("Fighters of the Red Hills Front attacked a convoy. Armenia condemned the group on Monday.", "the group",
         "Red Hills Front"),
        # "the movement": an armed, opposition or party movement (or one with the word in its name), not the UN
        ("A spokesman for the Red Hills Front said the movement would fight on.", "the movement", "Red Hills Front"),
        ("Azerbaijan spoke at the UN on Monday. Armenia criticised the movement.", "the movement", None),
        # the UN is no military alliance, the Non-Aligned Movement no "organization"
        ("Azerbaijan spoke at the UN on Monday. Russia criticised the alliance.", "the alliance", None),
        ("Azerbaijan chairs the Non-Aligned Movement. Armenia criticised the organization.", "the organization",
         None),
        # a named summit or conference speaks through "the summit" / "the conference"
        ("The World Summit on Water Safety opened in Baku on Monday. The summit welcomed a new fund.", "The summit",
         "World Summit on Water Safety"),
        ("The Caspian Conference on Fisheries ended on Friday. The conference urged states to cut catches.",
         "The conference", "Caspian Conference on Fisheries"),
        # nothing named before
        ("Armenia asked the organization for help on Monday.", "the organization", None),
        ("The summit welcomed a new fund on Monday.", "The summit", None),
        # the description's head word in the name: far back too (a long story keeps naming "the commission")
        ("The World Health Commission met on Monday. " + "It was long. " * 12 + "Armenia thanked the commission.",
         "the commission", "World Health Commission"),
        ("The World Health Organization met on Monday. " + "It was long. " * 12 + "Armenia thanked the agency.",
         "the agency", None),  # a kind, not the name's word: only from the last few sentences
    ],
)
def test_anaphora_definite_org_description_takes_the_fitting_organisation(text: str, anaphor: str,
                                                                          expected: str | None) -> None:
    assert antecedent(text, anaphor) == expected


@pytest.mark.parametrize(
    ("text", "anaphor", "is_anaphor"),
    [
        ("France urged the bloc to act.", "the bloc", True),
        ("France urged the 27-member bloc to act.", "the 27-member bloc", True),
        ("France praised the organisation's work.", "the organisation's", True),
        ("France praised the Western alliance.", "the Western alliance", True),
        ("France praised the Kremlin agency.", "the Kremlin agency", False),  # a name says which
        ("France met the group of states.", "the group of states", False),  # says which group
        ("France praised an organization.", "an organization", False),  # indefinite: someone new
        ("France praised the organizations.", "the organizations", False),  # plural
        ("Police found the body near the border.", "the body", False),  # a dead body as often as the world body
        ("France praised the Kenyan agency.", "the Kenyan agency", False),  # a country says which
    ],
)
def test_anaphora_definite_org_head_needs_a_bare_definite_description(text: str, anaphor: str,
                                                                      is_anaphor: bool) -> None:
    s = scope(text)
    assert (definite_org_head(phrase(s, anaphor)) is not None) is is_anaphor


@pytest.mark.parametrize(
    ("etype", "cameo", "mode", "actors", "recipients", "sets"),
    [
        ("REQUEST", "020", None, ["C"], ["A", "B"], [["A", "B"]]),  # "C asked A and B": not one of the sides
        ("CONSULT", "040", "host", ["C"], ["A", "B"], [["C", "A", "B"]]),  # a host takes part in the talks
        ("ACCUSE", "112", None, ["A", "B"], ["C"], [["A", "B"]]),  # "A and B accused C"
        ("ACCUSE", "112", None, ["A", "B"], ["C", "D"], [["A", "B"], ["C", "D"]]),
        ("ACCUSE", "112", None, ["A"], ["B"], [["A", "B"]]),  # "A accused B. The two ..."
        ("CONSULT", "040", None, ["A"], ["B", "C"], [["A", "B", "C"]]),  # "A met B and C": all met
        ("CONSULT", "040", None, ["A", "B"], [], [["A", "B"]]),
        ("CONSULT", "040", None, ["A"], [], []),
    ],
)
def test_anaphora_event_party_sets_keep_a_lone_other_side_out(etype: str, cameo: str, mode: str | None,
                                                              actors: list[str], recipients: list[str],
                                                              sets: list[list[str]]) -> None:
    ev = Event(event_type=etype, cameo=cameo, mode=mode)
    assert event_party_sets(ev, actors, recipients) == sets


@pytest.mark.parametrize(
    ("words", "size"),
    [("the two leaders", 2), ("both sides", 2), ("the pair", 2), ("the three countries", 3), ("the sides", None),
     ("they", None), ("each other", None)],
)
def test_anaphora_anaphor_size_from_number_words(words: str, size: int | None) -> None:
    assert anaphor_size(words.split()) == size



def test_anaphora_possessor_org_of_a_collective() -> None:
    s = scope("A spokesman for the Red Hills Front said one of the movement's fighters carried out the attack.")
    fighters = next(t for t in s.sdoc if t.lower_ == "fighters")
    org = possessor_org(s, fighters)
    assert org is not None and org.name == "Red Hills Front"
