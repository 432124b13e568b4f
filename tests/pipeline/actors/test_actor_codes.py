"""PETRARCH-style actor codes from user dictionaries: made-up actors and agents, made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.kb import (
    KBExtra,
    KnowledgeBase,
    PersonEntry,
    Position,
    get_kb,
    load_agent_file,
    load_petrarch_actors,
)
from communique.pipeline.actors.resolve import resolve_actors
from communique.pipeline.actors.user_codes import phrase_code
from communique.pipeline.nlp import parse_text
from communique.records import ActorRef, Document, Event

ACTORS = """\
VELDORIA [VEL]
+VELDORIAN
QUORRIA [QUO]
QU [QQQ]
ZANTH [ZAN]
+DALEN
THE_TRIBUNE [ZANGOVMED]
GREENLEAF [GRN/LEF]
OLD_MARSHAL
    [VEL < 20000101]
    [VELMIL > 20000102]
"""

AGENTS = """\
FOREIGN_MINISTER [~GOVFRM]
MINISTER [~GOV]
GOVERNMENT [~GOV]
MEDIA {} [~MED]
GOVERNMENT_NEWSPAPER [~GOVMED]
MEDAID {} [NGO~]
LAWMAKER [~LEG]
OFFICIAL [~GOV]
PATROL {} [~COP]
PROSECUTOR [~JUD]
ISLAMIST [~MUS]
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    d: Path = tmp_path_factory.mktemp("dicts")
    (d / "test.agents.txt").write_text(AGENTS, encoding="utf-8")
    actors = load_petrarch_actors(d / "test.actors.txt", text=ACTORS)
    agents = load_agent_file(d / "test.agents.txt")
    known = PersonEntry("user:tamirov", "Ilyas Tamirov", country="AZE", source="test",
                        positions=(Position("President", "AZE", "2003-10-31", None),))
    return get_kb().with_extra(KBExtra(people=[*actors.people, known], organizations=actors.organizations,
                                       roles=agents.roles))


def codes(kb: KnowledgeBase, text: str, phrases: list[str], published: str = "2005-06-01") -> list[str]:
    doc = Document(id="d", text=text, published=published)
    refs = []
    for p in phrases:
        i = text.index(p)
        refs.append(ActorRef(p, i, i + len(p), i + len(p) - 1))
    ev = Event(event_type="CONSULT", cameo="040", actor_refs=refs)
    resolve_actors(doc, parse_text(text), [ev], kb)
    return sorted((a.country or "---") + (a.sector or "") for a in ev.actors)


def test_actor_codes_agent_with_a_person_the_kb_knows_keeps_the_kb_country(kb: KnowledgeBase) -> None:
    assert codes(kb, "President Ilyas Tamirov met the envoy.", ["President Ilyas Tamirov"]) == ["AZEGOV"]


def test_actor_codes_drop_countryless_participant_the_dictionaries_do_not_know(kb: KnowledgeBase) -> None:
    got = codes(kb, "Quorria and some hungry peasants met the envoy.", ["Quorria", "some hungry peasants"])
    assert got == ["QUO"]


@pytest.mark.parametrize(("text", "phrases", "expected"), [
    # an agent after the actor: its code follows (a multi-part agent code kept whole)
    ("Veldoria's foreign minister met the envoy.", ["Veldoria's foreign minister"], ["VELGOVFRM"]),
    # a suffix agent's code precedes the actor's
    ("Medaid Veldoria met the envoy.", ["Medaid Veldoria"], ["NGOVEL"]),
    # parts the actor's own code already has are not repeated
    ("The Tribune government newspaper met the envoy.", ["The Tribune government newspaper"], ["ZANGOVMED"]),
    # the possessor country is the actor; a name in apposition does not override it
    ("Quorria's awful minister Dalen met the envoy.", ["Quorria's awful minister Dalen"], ["QUOGOV"]),
    # an agent applies to each coordinated actor
    ("Lawmakers in Veldoria and Quorria met the envoy.", ["Lawmakers in Veldoria and Quorria"], ["QUOLEG", "VELLEG"]),
    # actors coordinated across adjectives and determiners
    ("Veldoria and the wicked old Quorria met the envoy.", ["Veldoria and the wicked old Quorria"], ["QUO", "VEL"]),
    # "former" -> ELI
    ("Former Veldoria prosecutors met the envoy.", ["Former Veldoria prosecutors"], ["VELELI"]),
    # a slashed code stands for several actors
    ("Greenleaf met the envoy.", ["Greenleaf"], ["GRN", "LEF"]),
    # "{}": no plural form, so "patrols" is no agent
    ("Patrols of Quorria met the envoy.", ["Patrols of Quorria"], ["QUO"]),
    # agents without an actor
    ("Officials met the envoy.", ["Officials"], ["---GOV"]),
    # a reference given by its head only takes the rest of its noun phrase
    ("Lawmakers in Quorria met the envoy.", ["Lawmakers"], ["QUOLEG"]),
    # a dated actor's code on the event date
    ("The Old Marshal met the envoy.", ["The Old Marshal"], ["VELMIL"]),
])
def test_actor_codes_petrarch_conventions(kb: KnowledgeBase, text: str, phrases: list[str],
                                          expected: list[str]) -> None:
    assert codes(kb, text, phrases) == expected


def test_actor_codes_agent_only_conjunct_shares_the_actor(kb: KnowledgeBase) -> None:
    got = codes(kb, "The Veldorian media and government met the envoy.", ["The Veldorian media", "government"])
    assert got == ["VELGOV", "VELMED"]


def test_actor_codes_records_the_rule(kb: KnowledgeBase) -> None:
    text = "Veldoria's foreign minister met the envoy."
    doc = Document(id="d", text=text, published="2005-06-01")
    ev = Event(event_type="CONSULT", cameo="040", actor_refs=[ActorRef("Veldoria's foreign minister", 0, 27, 26)])
    resolve_actors(doc, parse_text(text), [ev], kb)
    assert ev.actors[0].resolution is not None and ev.actors[0].resolution.startswith("user-dict:VELGOVFRM")


def test_actor_codes_nothing_without_user_dictionaries() -> None:
    sdoc = parse_text("The Veldorian government met the envoy.")
    assert phrase_code(get_kb(), list(sdoc[0:3]), None) is None


def test_actor_codes_phrase_without_dictionary_words_keeps_pipeline(kb: KnowledgeBase) -> None:
    sdoc = parse_text("The envoy met the delegation.")
    assert phrase_code(kb, list(sdoc[0:2]), None) is None


def test_actor_codes_short_name_is_not_a_lower_case_word(kb: KnowledgeBase) -> None:
    sdoc = parse_text("Officials of QU met qu envoys.")
    hit = phrase_code(kb, list(sdoc[0:3]), None)
    assert hit is not None and hit.codes == ("QQQGOV",)
    assert phrase_code(kb, [sdoc[4]], None) is None
