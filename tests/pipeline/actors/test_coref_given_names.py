"""Within-document coreference of lone given names and of role descriptions the knowledge base reads as another
office (hand-built sentences with made-up names, fake knowledge base)."""

from __future__ import annotations

import pytest

from communique.kb import PersonEntry, Position, RoleEntry
from communique.pipeline.actors.coref import DocPeople, PersonMention, build_people
from communique.pipeline.nlp import parse_text
from communique.records import Document
from tests.helpers.fake_kb import FakeKB


class GivenNameKB(FakeKB):
    """FakeKB plus a person whose surname is a common given name, and "Secretary" read as a minister (as the
    bundled role table does)."""

    roles = [*FakeKB.roles, RoleEntry("Minister", "GOV", ("minister", "secretary"))]
    people = [*FakeKB.people,
              PersonEntry("kb:omer", "Karim Omer", country="FRA",
                          positions=(Position("Minister", "FRA", "2019-01-01", None),))]


KB = GivenNameKB()


def people_of(text: str) -> DocPeople:
    return build_people(Document(id="g", text=text), parse_text(text), KB)


def mention(p: DocPeople, text: str, nth: int = 0) -> PersonMention:
    hits = [m for m in p.mentions if m.text == text]
    assert len(hits) > nth, (text, [m.text for m in p.mentions])
    return hits[nth]


def display(p: DocPeople, text: str, nth: int = 0) -> str | None:
    m = mention(p, text, nth)
    return None if m.cluster is None else p.clusters[m.cluster].display


@pytest.mark.parametrize(
    ("text", "given", "full"),
    [
        ("Prime Minister Abiy Ahmed met President William Ruto in Nairobi on Monday. Abiy later said the talks "
         "were useful.", "Abiy", "Abiy Ahmed"),
        ("President William Ruto received Prime Minister Abiy Ahmed on Monday. Ruto thanked Abiy for the visit.",
         "Abiy", "Abiy Ahmed"),
        ("Prime Minister Prayut Chan-o-cha met the visiting delegation in Bangkok. Prayut said trade was discussed.",
         "Prayut", "Prayut Chan-o-cha"),
    ],
)
def test_coref_given_name_alone_refers_to_the_full_name(text: str, given: str, full: str) -> None:
    p = people_of(text)
    m = mention(p, given)
    assert display(p, given) == full
    assert m.rule == f"coref:given-name->{full}"


def test_coref_given_name_shared_by_two_people_is_ambiguous() -> None:
    p = people_of("Abiy Ahmed met Abiy Tesfaye in Addis Ababa on Monday. Abiy said the talks went well.")
    m = mention(p, "Abiy")
    assert m.cluster is None and m.ambiguous and m.rule == "coref:ambiguous-given-name"


def test_coref_given_name_not_linked_when_kb_knows_it_as_a_surname() -> None:
    # the knowledge base knows a Karim Omer: a lone "Omer" may be him, not Omer Haddad
    p = people_of("Foreign Minister Omer Haddad met Lina Varga in Paris on Monday. Later, Omer said the talks went "
                  "well.")
    assert display(p, "Omer Haddad") == "Omer Haddad"
    omer = [m for m in p.mentions if m.text == "Omer"]
    assert all(not (m.rule or "").startswith("coref:given-name") for m in omer)
    # without that person in the knowledge base the same text links the given name
    text = "Foreign Minister Omer Haddad met Lina Varga in Paris on Monday. Later, Omer said the talks went well."
    plain = build_people(Document(id="g", text=text), parse_text(text), FakeKB())
    assert display(plain, "Omer") == "Omer Haddad"


def test_coref_surname_still_wins_over_given_name() -> None:
    # "Ahmed" is Abiy Ahmed's surname: the surname link, not Ahmed Shah's given name
    p = people_of("Ahmed Shah met Abiy Ahmed in Kabul on Monday. Later Ahmed said the talks went well.")
    assert display(p, "Ahmed") == "Abiy Ahmed"
    assert mention(p, "Ahmed").rule == "coref:surname->Abiy Ahmed"


def test_coref_given_name_followed_by_another_name_is_not_a_given_name_mention() -> None:
    p = people_of("Abiy Ahmed met the envoy on Monday. Abiy Girma, a lawmaker, was also there.")
    assert not [m for m in p.mentions if m.text == "Abiy"]


def test_coref_secretary_description_prefers_a_secretary_over_a_minister() -> None:
    # the knowledge base reads "Secretary" as a minister; the article's Secretary of State is meant
    text = ("US Secretary of State Dana Whitfield hosted talks between Armenian Foreign Minister Ararat Mirzoyan and "
            "Azerbaijani Foreign Minister Jeyhun Bayramov. Mirzoyan thanked the hosts. The Secretary encouraged the "
            "sides to meet again.")
    p = people_of(text)
    assert display(p, "The Secretary") == "Dana Whitfield"


def test_coref_description_word_with_its_own_meaning_keeps_role_matching() -> None:
    text = "Foreign Minister Jeyhun Bayramov met President Ilyas Tamirov in Baku. The minister praised the talks."
    p = people_of(text)
    assert display(p, "The minister") == "Jeyhun Bayramov"


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary word the article also writes in lower case
        "Fire Marshall Tom Reed arrived on Monday. Fire destroyed the old warehouse, and the fire spread.",
        # after a determiner: a team or a thing, not a person's given name
        "Colts Harbour is the coach. The Colts won on Sunday.",
        "Falcon Reyes is the coach. The Falcon won on Sunday.",
        # a possessive in the "name": a misread shop, not a person
        "Police closed Bloomington Sam's Club on Monday. Bloomington residents were told to stay away.",
    ],
)
def test_coref_given_name_rejects_misread_names(text: str) -> None:
    p = people_of(text)
    assert not [m for m in p.mentions if (m.rule or "").startswith("coref:given-name")]


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        ("Prime Minister Abiy Ahmed met the envoy on Monday. On Tuesday, Prime Minister Abiy said the talks went "
         "well.", "Abiy"),
        ("President Xi Jinping met the envoy on Monday. On Tuesday, President Xi said the talks went well.", "Xi"),
    ],
)
def test_coref_given_name_after_a_title_still_links(text: str, lone: str) -> None:
    p = people_of(text)
    m = mention(p, lone)
    assert m.cluster is not None and (m.rule or "").startswith("coref:given-name")


def test_coref_given_name_after_a_sentence_initial_adjective_links() -> None:
    p = people_of("Frederick Amos Lorne was born in Texas. Young Frederick worked in the oil field for years.")
    assert display(p, "Frederick") == "Frederick Amos Lorne"
