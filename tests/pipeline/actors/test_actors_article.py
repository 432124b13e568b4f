"""Actor resolution over whole made-up wire articles: datelines, the article's country, short forms of long names,
counted group anaphors and breakaway regions (names and events are fictional; countries are real)."""

from __future__ import annotations

import pytest

from communique.pipeline.actors.anaphora import anaphor_size, group_anaphor
from communique.pipeline.actors.article import article_country, dateline_place
from communique.pipeline.actors.resolve import resolve_actors
from communique.pipeline.nlp import parse_text
from communique.records import Actor, ActorRef, Document, Event, Span
from tests.helpers.actors import real_kb as _kb


def _ref(text: str, phrase: str, nth: int = -1) -> ActorRef:
    idx = text.rfind(phrase) if nth < 0 else [i for i in range(len(text)) if text.startswith(phrase, i)][nth]
    assert idx >= 0, phrase
    return ActorRef(phrase, idx, idx + len(phrase), idx + len(phrase) - 1)


def _run(text: str, trigger: str, actors: list[tuple[str, int]], recipients: list[tuple[str, int]] | None = None,
         earlier: list[Event] | None = None) -> Event:
    """Resolve an event whose trigger is the last ``trigger`` in ``text``; refs as (phrase, occurrence or -1)."""
    doc = Document(id="dx", text=text, published="2024-05-02")
    t = text.rfind(trigger)
    ev = Event(event_type="AGREE", cameo="030", trigger=Span(trigger, t, t + len(trigger)),
               actor_refs=[_ref(text, p, n) for p, n in actors],
               recipient_refs=[_ref(text, p, n) for p, n in recipients or []])
    resolve_actors(doc, parse_text(text), [*(earlier or []), ev], _kb())
    return ev


def _call(text: str, trigger: str, actor: str, recipients: list[str]) -> Event:
    t = text.find(trigger)
    return Event(event_type="CONSULT", cameo="040", trigger=Span(trigger, t, t + len(trigger)),
                 actor_refs=[_ref(text, actor, 0)], recipient_refs=[_ref(text, r, 0) for r in recipients])


def _one(actors: list[Actor]) -> Actor:
    assert len(actors) == 1, actors
    return actors[0]


# --- a dateline left in the body --------------------------------------------------------------------------------------


def test_actors_dateline_place_parsed_as_subject_gives_way_to_its_appositive() -> None:
    text = ("Chile's Tavares urges calm\n\nSANTIAGO, May 2, 2024 - Chilean President Rodrigo Tavares Mena on "
            "Thursday called on rival parties to end the strike, his office said.")
    a = _one(_run(text, "called", [("SANTIAGO", 0)]).actors)
    assert a.kind == "person" and a.name == "Rodrigo Tavares Mena" and a.country == "CHL"
    assert "dateline->appositive" in (a.resolution or "")


def test_actors_pronoun_whose_antecedent_is_the_dateline_takes_the_real_subject() -> None:
    text = ("Rebels claim raid\n\nTRIPOLI, May 2, 2024 - Libya's Fezzan Liberation Movement said on Monday it had "
            "attacked a convoy.")
    ev = _run(text, "attacked", [("it", 0)])
    a = _one(ev.actors)
    assert a.country == "LBY" and "dateline->appositive" in (a.resolution or "")


@pytest.mark.parametrize(("text", "place"), [
    ("Headline here\n\nISLAMABAD, October 2, 2023 (Reuters) - Officials said ...", "ISLAMABAD"),
    ("NAIROBI (AP) - Officials said ...", "NAIROBI"),
    ("A headline with no dateline\n\nOfficials said on Monday that ...", None),
])
def test_actors_dateline_place_is_read_from_the_first_lines(text: str, place: str | None) -> None:
    assert dateline_place(Document(id="d", text=text)) == place


# --- the article's country for a national office named without one ------------------------------------------------------


_PK = ("Envoy summoned over border raid\n\nISLAMABAD, March 3, 2023 (Reuters) - The government summoned an envoy on "
       "Friday.\n\nForeign Office spokesman Tariq Jamil Wazir told reporters the raid was unacceptable.")


def test_actors_national_office_without_country_takes_the_datelines_country() -> None:
    a = _one(_run(_PK, "told", [("Foreign Office spokesman Tariq Jamil Wazir", 0)]).actors)
    assert a.country == "PAK"
    assert "context:article country (dateline 'ISLAMABAD')" in (a.resolution or "")


@pytest.mark.parametrize(("text", "phrase", "country"), [
    # another country named before it in its sentence: that country's (the sentence's rule), not the dateline's
    ("Talks stall\n\nISLAMABAD, March 3, 2023 - After India recalled its envoy, the interior ministry said the "
     "border was closed.", "the interior ministry", "IND"),
    # no dateline, and the article names two countries
    ("Talks stall\n\nIndia and Nepal met on Monday. Talks went on. The interior ministry said the border was "
     "closed.", "The interior ministry", None),
    # no dateline: the country an article is about is not the one its offices belong to ("the foreign minister"
    # in a story on Russia written in Kyiv), so nothing is guessed
    ("Talks stall\n\nKenya held an election on Monday. Turnout was high. The interior ministry said the count "
     "was over.", "The interior ministry", None),
    # a dateline, but the article names another country too (a third-country venue, a neighbour's story)
    ("Talks\n\nJEDDAH, May 3, 2024 - Sudan's army and the RSF met on Monday. Talks went on. The interior "
     "ministry said the border was closed.", "The interior ministry", None),
])
def test_actors_article_country_needs_one_country_and_no_other_before_the_office(
        text: str, phrase: str, country: str | None) -> None:
    a = _one(_run(text, "said", [(phrase, 0)]).actors)
    assert a.country == country


def test_actors_article_country_when_the_dateline_country_dominates() -> None:
    text = ("Kenya votes\n\nNAIROBI, May 3, 2024 - Kenya held a vote on Monday. Kenyan officials said turnout was "
            "high in Kenya's north. A Ugandan observer praised the count. The interior ministry said the count was "
            "over.")
    a = _one(_run(text, "said the count", [("The interior ministry", 0)]).actors)
    assert a.country == "KEN"
    assert "the country the article names most" in (a.resolution or "")


def test_actors_article_country_is_not_given_to_foreign_envoys() -> None:
    text = "Talks\n\nKABUL, May 2, 2024 - Foreign diplomats said the talks would resume."
    a = _one(_run(text, "said", [("Foreign diplomats", 0)]).actors)
    assert a.country is None


def test_actors_article_country_of_a_dateline_city() -> None:
    text = "Talks\n\nLAHORE, May 2, 2024 - Officials said ..."
    doc = Document(id="d", text=text)
    found = article_country(doc, parse_text(text), _kb())
    assert found is not None and found[0] == "PAK"


# --- a short name that is part of a long one ------------------------------------------------------------------------


@pytest.mark.parametrize(("short", "nth"), [
    ("Chico", 0),  # the headline's "Peru's Chico", after a possessive country
    ("Chico", 2),  # the body's lone inner name
])
def test_actors_inner_name_alone_is_the_person_with_the_long_name(short: str, nth: int) -> None:
    text = ("Peru's Chico urges talks\n\nPeruvian President Jose Antonio Chico da Costa on Tuesday urged talks. "
            "Chico said the talks would start soon.")
    a = _one(_run(text, "said" if nth else "urges", [(short, nth)]).actors)
    assert a.name == "Jose Antonio Chico da Costa" and a.country == "PER" and a.role == "President"
    assert "coref:name-part" in (a.resolution or "")


def test_actors_inner_name_shared_by_two_people_stays_unresolved() -> None:
    text = ("Jose Maria Chico Valdivia met Ana Lucia Chico Ramos on Tuesday. Chico said the talks would start "
            "soon.")
    a = _one(_run(text, "said", [("Chico", 2)]).actors)
    assert a.name not in ("Jose Maria Chico Valdivia", "Ana Lucia Chico Ramos") and a.country is None


def test_actors_double_surname_alone_is_the_full_name() -> None:
    text = "Mexican President Luis Alberto Garza Montes arrived on Monday. Garza Montes said the talks would start soon."
    a = _one(_run(text, "said", [("Garza Montes", 1)]).actors)
    assert a.name == "Luis Alberto Garza Montes" and a.country == "MEX"


# --- counted group anaphors -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "kind", "size"), [
    ("the three leaders", "person", 3),
    ("all four countries", "country", 4),
    ("the five presidents", "person", 5),
    ("three leaders", None, 3),  # indefinite: someone new
])
def test_actors_counted_group_anaphor_phrase(phrase: str, kind: str | None, size: int) -> None:
    low = phrase.split()
    assert group_anaphor(low) == kind
    assert anaphor_size(low) == size


def test_actors_the_three_leaders_are_the_three_people_just_named() -> None:
    text = ("Lemos spoke by telephone with Colombian President Ivan Ruiz and Mexican President Clara Soto, and the "
            "three leaders agreed to keep talking. Earlier, Brazilian President Marco Lemos arrived.")
    text = ("Brazilian President Marco Lemos arrived. " + text.split(". Earlier")[0] + ".")
    call = _call(text, "spoke", "Lemos", ["Colombian President Ivan Ruiz", "Mexican President Clara Soto"])
    ev = _run(text, "agreed", [("the three leaders", 0)], earlier=[call])
    assert sorted(a.country or "" for a in ev.actors) == ["BRA", "COL", "MEX"]


def test_actors_list_split_by_the_parser_is_one_set_of_parties() -> None:
    text = ("Bolivian President Luis Mamani arrived. Peruvian President Ana Quispe, Chilean President Tomas Rivas and "
            "Mamani later held a video call, and the three presidents condemned the attacks.")
    ev = _run(text, "condemned", [("the three presidents", 0)])
    assert sorted(a.country or "" for a in ev.actors) == ["BOL", "CHL", "PER"]


# --- breakaway regions ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "phrase", "country", "id_"), [
    ("Talks\n\nEthiopia signed a port deal with Somaliland on Monday.", "Somaliland", "SOM", "region:somaliland"),
    ("Talks\n\nRussia halted gas to Transnistria on Monday.", "Transnistria", "MDA", "region:transnistria"),
    ("Talks\n\nAzerbaijan took control of Artsakh on Monday.", "Artsakh", "AZE", "region:nagorno-karabakh"),
])
def test_actors_breakaway_region_is_coded_with_its_state(text: str, phrase: str, country: str, id_: str) -> None:
    a = _one(_run(text, "on Monday", [(phrase, 0)]).actors)
    assert (a.country, a.id) == (country, id_)
    assert "breakaway region" in (a.resolution or "")


@pytest.mark.parametrize(("phrase", "country"), [
    ("Somaliland President Abdi Warsame Farah", "SOM"),
    ("Transnistrian leader Igor Volkov", "MDA"),
    ("South Ossetia's leader Alan Dzhioev", "GEO"),
])
def test_actors_breakaway_region_title_gives_the_person_its_state(phrase: str, country: str) -> None:
    text = f"Talks\n\n{phrase} said on Monday that talks would resume."
    a = _one(_run(text, "said", [(phrase, 0)]).actors)
    assert a.kind == "person" and a.country == country


def test_actors_breakaway_region_officials_are_not_the_states_government() -> None:
    text = "Talks\n\nPuntland officials said on Monday that talks would resume."
    a = _one(_run(text, "said", [("Puntland officials", 0)]).actors)
    assert a.country == "SOM" and a.id != "country:SOM"


def test_actors_its_takes_the_country_of_the_owner() -> None:
    text = "Russia's defence ministry said its peacekeepers had helped civilians on Monday."
    a = _one(_run(text, "helped", [("its peacekeepers", 0)]).actors)
    assert a.country == "RUS" and a.sector == "MIL"


def test_actors_the_countrys_leader_is_its_head_of_government_in_the_article() -> None:
    text = ("Kenyan President Samuel Otieno hosted Ethiopian Prime Minister Dawit Bekele on Monday. The Ethiopian "
            "leader thanked his host.")
    a = _one(_run(text, "thanked", [("The Ethiopian leader", 0)]).actors)
    assert a.name == "Dawit Bekele"


@pytest.mark.parametrize(("text", "phrase", "name"), [
    # the KB knows "RSF" as Reporters Without Borders; this article spells it out otherwise
    ("Army, RSF agree to talks\n\nThe army and the paramilitary Rapid Support Forces agreed on Monday to a truce.",
     "RSF", "Rapid Support Forces"),
    # the article spells out the KB's own reading: the KB entry stays
    ("UN team arrives\n\nThe United Nations said on Monday that its team had arrived.", "UN", "United Nations"),
    # two letters never match any two capitalised words
    ("UN team arrives\n\nThe UN said on Monday that its team had reached Upper Nile state.", "UN",
     "United Nations"),
])
def test_actors_acronym_spelled_out_in_the_article_beats_a_kb_namesake(text: str, phrase: str, name: str) -> None:
    a = _one(_run(text, "agree" if phrase == "RSF" else "arrives", [(phrase, 0)]).actors)
    assert a.name == name


def test_actors_national_body_placed_by_the_article_gets_a_national_id() -> None:
    text = ("Raid\n\nNAIROBI, May 2, 2024 - Gunmen attacked a checkpoint on Monday. The Foreign Office said on "
            "Tuesday that talks would resume.")
    a = _one(_run(text, "said", [("The Foreign Office", 0)]).actors)
    assert (a.country, a.id) == ("KEN", "org:KEN-foreign-office")


def test_actors_office_placed_by_the_article_is_its_kb_holder_on_the_date() -> None:
    text = ("Raid\n\nNEW DELHI, May 2, 2024 - Gunmen attacked a checkpoint on Monday. The foreign minister said on "
            "Tuesday that talks would resume.")
    a = _one(_run(text, "said", [("The foreign minister", 0)]).actors)
    assert a.country == "IND" and a.id is not None and a.id.startswith("person:")
    assert "kb:office-holder IND Foreign Minister" in (a.resolution or "")
