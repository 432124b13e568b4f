"""Context rules for unplaced participants (actor_fill): domestic counterpart, event location, places inside the
actor's phrase, unidentified attackers, claimant's territory, transnational organisations and generic parties
(made-up sentences, real knowledge base, small spaCy model)."""

from __future__ import annotations

import pytest

from communique import extract
from communique.pipeline.actors.context_fill import generic_party, transnational
from communique.records import Actor
from tests.helpers.actors import fill_context as _run
from tests.helpers.actors import real_kb as _kb


def _one(actors: list[Actor]) -> Actor:
    assert len(actors) == 1, actors
    return actors[0]


@pytest.mark.parametrize("text,actor,recipient,trigger,event_type,country", [
    ("Kenyan police blocked a march by students of Moi University on Monday.", "Kenyan police",
     "students of Moi University", "blocked", "COERCE", "KEN"),
    ("President Idriss Deby lifted the ban on the Popular Renewal Movement.", "President Idriss Deby",
     "the Popular Renewal Movement", "lifted the ban", "CONCEDE", "TCD"),
])
def test_actor_fill_domestic_counterpart_gives_the_state_organs_country(
        text: str, actor: str, recipient: str, trigger: str, event_type: str, country: str) -> None:
    r = _one(_run(text, [actor], [recipient], trigger, event_type).recipients)
    assert r.country == country, r.resolution
    assert "context:domestic-counterpart" in (r.resolution or "")


def test_actor_fill_demand_about_troops_places_no_one_in_their_country() -> None:
    """"The party called for a reduction of US troops on the island": troops are often abroad."""
    text = "The Social Democratic Party called on Sunday for a reduction of US troops in Japan."
    ev = _run(text, ["The Social Democratic Party"], ["US troops"], "called", "REQUEST")
    assert _one(ev.actors).country is None, _one(ev.actors).resolution


def test_actor_fill_domestic_counterpart_does_not_place_a_text() -> None:
    text = "A motion called on the Kenyan government to free the prisoners."
    ev = _run(text, ["A motion"], ["the Kenyan government"], "called", "REQUEST")
    assert _one(ev.actors).country is None, _one(ev.actors).resolution


def test_actor_fill_domestic_counterpart_not_in_diplomatic_meetings() -> None:
    text = "The Kenyan foreign minister met opposition leaders on Monday."
    ev = _run(text, ["The Kenyan foreign minister"], ["opposition leaders"], "met", "CONSULT")
    assert _one(ev.recipients).country is None


@pytest.mark.parametrize(("cameo", "country"), [("031", None), ("036", None), ("030", None), ("081", "KEN")])
def test_actor_fill_domestic_counterpart_not_in_intents_to_cooperate(cameo: str, country: str | None) -> None:
    """"The Justice Department would like to work with the Kenyan police": an intent to cooperate, aid or meet
    (AGREE 030-033, 036) crosses borders as meetings do; an agreement to yield to a demand (081, an easing) does
    not."""
    text = "US officials said the Justice Department would like to work with the Kenyan police."
    ev = _run(text, ["the Justice Department"], ["the Kenyan police"], "work", "AGREE", cameo=cameo)
    assert _one(ev.actors).country == country, _one(ev.actors).resolution


@pytest.mark.parametrize(("text", "country"), [
    ("Calling growth a major SAARC goal, the Bangladeshi prime minister said all member states must open their "
     "markets.", "IGO"),  # the one body the sentence names (an acronym the tagger calls a person)
    ("The Kenyan president said the member states must pay their dues to the African Union.", "IGO"),
    ("The Kenyan president said all member states must pay their dues.", None),  # no body named: generic
])
def test_actor_fill_member_states_of_the_body_named(text: str, country: str | None) -> None:
    ev = _run(text, ["the Bangladeshi prime minister" if "SAARC" in text else "The Kenyan president"],
              ["all member states" if "all member" in text else "the member states"], "must", "REQUEST")
    assert [r.country for r in ev.recipients] == ([country] if country else []), [r.resolution for r in ev.recipients]


def test_actor_fill_unresolved_pronoun_is_not_placed_by_the_counterpart() -> None:
    """"he said, accusing Washington of ...": a "he" coreference could not resolve may be anyone, most likely not
    a citizen of the state he accuses."""
    text = "This is no way to respect democracy, he said, accusing Washington of double standards."
    ev = _run(text, ["he"], ["Washington"], "accusing", "ACCUSE")
    assert _one(ev.actors).country is None, _one(ev.actors).resolution


def test_actor_fill_bare_recipient_group_is_not_placed_by_the_counterpart() -> None:
    text = "Chadian police arrested students on Monday."  # CAMEO leaves such recipients uncoded
    ev = _run(text, ["Chadian police"], ["students"], "arrested", "COERCE")
    assert _one(ev.recipients).country is None


def test_actor_fill_event_location_places_a_victim() -> None:
    text = "A local journalist was shot dead in a crowded market in Mombasa, Somali officials said."
    r = _one(_run(text, [], ["A local journalist"], "shot", "ASSAULT").recipients)
    assert r.country == "KEN" and "context:event-location" in (r.resolution or ""), r.resolution


@pytest.mark.parametrize("text,recipient,trigger,country", [
    ("Four soldiers were killed by a roadside bomb near Kandahar on Monday.", "Four soldiers", "killed", "AFG"),
    ("A car bomb explosion in central Peshawar killed six shoppers.", "six shoppers", "killed", "PAK"),
])
def test_actor_fill_weapon_cause_gives_unidentified_attackers(text: str, recipient: str, trigger: str,
                                                              country: str) -> None:
    a = _one(_run(text, [], [recipient], trigger, "ASSAULT").actors)
    assert (a.name, a.sector, a.country) == ("unidentified attackers", "UAF", country), a.resolution
    assert "context:unidentified-attacker" in (a.resolution or "")


@pytest.mark.parametrize("text,recipient", [
    ("A coal mine blast killed 16 miners in southwestern China on Friday.", "16 miners"),
    ("A gas explosion at a chemical factory killed twelve workers near Tianjin on Monday.", "twelve workers"),
])
def test_actor_fill_industrial_accident_has_no_attackers(text: str, recipient: str) -> None:
    assert _run(text, [], [recipient], "killed", "ASSAULT").actors == []


def test_actor_fill_unidentified_attackers_only_for_attacks() -> None:
    text = "Four soldiers were killed by a roadside bomb near Kandahar on Monday."
    assert _run(text, [], ["Four soldiers"], "killed", "ACCUSE").actors == []


def test_actor_fill_attack_noun_with_a_country_gives_its_forces() -> None:
    text = "French air strikes killed twelve militants on Sunday."
    a = _one(_run(text, [], ["twelve militants"], "killed", "ASSAULT").actors)
    assert (a.country, a.sector) == ("FRA", "MIL"), a.resolution


def test_actor_fill_place_in_participial_clause_gives_country() -> None:
    text = "The agency sent food to refugees fleeing the fighting in Chad."
    r = _one(_run(text, ["The agency"], ["refugees"], "sent", "AID").recipients)
    assert r.country == "TCD" and "in phrase" in (r.resolution or ""), r.resolution


def test_actor_fill_ambiguous_city_read_by_the_sentences_countries() -> None:
    text = "Gunmen attacked rival militias in Tripoli as shells hit the north Lebanese port."
    r = _one(_run(text, ["Gunmen"], ["rival militias in Tripoli"], "attacked", "ASSAULT").recipients)
    assert r.country == "LBN", r.resolution


def test_actor_fill_region_named_after_a_country_is_not_that_country() -> None:
    text = "The British government banned a militant organization in Northern Ireland on Monday."
    ev = _run(text, ["The British government"], ["a militant organization in Northern Ireland"], "banned", "COERCE")
    assert _one(ev.recipients).country == "GBR", ev.recipients[0].resolution


def test_actor_fill_claimed_towns_belong_to_the_claimant() -> None:
    text = "Georgia claimed that several villages along the border had been shelled by Russia."
    ev = _run(text, ["Russia"], ["several villages"], "shelled", "ASSAULT")
    r = _one(ev.recipients)
    assert r.country == "GEO" and "context:claimant-territory" in (r.resolution or ""), r.resolution


@pytest.mark.parametrize(("text", "refs", "trigger"), [
    ("Mali accused Niger of breaking the truce, saying Nigerien troops shelled villages near the border.",
     ["villages near the border"], "shelled"),
    ("Mali accused Niger of breaking the truce, saying Nigerien troops shelled the area and killed civilians.",
     ["civilians"], "killed"),
])
def test_actor_fill_claim_in_a_participle_belongs_to_the_main_subject(text: str, refs: list[str],
                                                                      trigger: str) -> None:
    ev = _run(text, ["Nigerien troops"], refs, trigger, "ASSAULT")
    r = _one(ev.recipients)
    assert r.country == "MLI" and "context:claimant-territory 'Mali'" in (r.resolution or ""), r.resolution


def test_actor_fill_generic_party_is_dropped_and_recorded() -> None:
    text = "The minister praised developed countries for cutting emissions."
    ev = _run(text, ["The minister"], ["developed countries"], "praised", "SUPPORT")
    assert ev.recipients == [] and "generic-party-dropped(developed countries)" in (ev.rule or "")


@pytest.mark.parametrize(("text", "actor", "recipient", "trigger", "event_type", "kept"), [
    ("The minister urged developed countries to cut emissions.", "The minister", "developed countries", "urged",
     "REQUEST", True),
    ("The secretary-general called on the international community to help.", "The secretary-general",
     "the international community", "called", "REQUEST", True),
    ("The envoy accused western nations of meddling.", "The envoy", "western nations", "accused", "ACCUSE", True),
    ("The Kenyan president urged all member states to pay their dues.", "The Kenyan president",
     "all member states", "urged", "REQUEST", True),  # kept, and not read as Kenya's own organs
    ("The president pledged to strengthen cooperation with all countries.", "The president", "all countries",
     "pledged", "AGREE", True),
    ("The envoy urged the two countries to talk.", "The envoy", "the two countries", "urged", "REQUEST", False),
    ("The envoy urged the community to stay calm.", "The envoy", "the community", "urged", "REQUEST", False),
    ("The envoy urged the international community of donors to pay.", "The envoy",
     "the international community of donors", "urged", "REQUEST", True),
    ("The minister met developed countries on trade.", "The minister", "developed countries", "met", "CONSULT",
     False),
    ("The minister reached out to developed countries.", "The minister", "developed countries", "reached",
     "REQUEST", False),  # no demand stated: an outreach, not a call on them
])
def test_actor_fill_addressed_collective_is_kept_by_name(text: str, actor: str, recipient: str, trigger: str,
                                                        event_type: str, kept: bool) -> None:
    ev = _run(text, [actor], [recipient], trigger, event_type)
    if kept:
        r = _one(ev.recipients)
        assert r.country is None and r.sector != "CVL" and "addressed collective" in (r.resolution or ""), r
    else:
        assert ev.recipients == [] and "generic-party-dropped" in (ev.rule or "")


def test_actor_fill_human_rights_group_is_an_ngo() -> None:
    text = "A human rights group accused the Chadian government of torture."
    a = _one(_run(text, ["A human rights group"], ["the Chadian government"], "accused", "ACCUSE").actors)
    assert a.country == "NGO", a.resolution
    assert (a.id or "").startswith("group:NGO-"), a.id  # the group:ISO-SECTOR id convention


@pytest.mark.parametrize("text,generic", [
    ("developed countries", True),
    ("some states", True),
    ("peace-building organizations", True),
    ("the organization", True),
    ("the leaders of the two countries", False),  # an anaphor for people, not a generic party
    ("Popular Front", False),
    ("a human rights organization", False),  # an NGO, codable
    ("-", False),  # punctuation only: no head word (raised IndexError once)
    ("", False),
])
def test_actor_fill_generic_party_detection(text: str, generic: bool) -> None:
    assert generic_party(Actor(None, text, "group", text=text)) is generic


@pytest.mark.parametrize("name,code", [
    ("World Fisheries Forum", "NGO"),
    ("International Fisheries Office", "IGO"),
    ("World Summit on Fisheries and Oceans", "IGO"),  # a summit: a meeting of governments
    ("World Fisheries Society", "NGO"),
    ("Association of Arab Lawyers", "NGO"),
    ("Joint Ceasefire Monitoring Committee", "NGO"),
    ("Popular Renewal Front", None),
    ("Kenya Fisheries Board", None),
])
def test_actor_fill_transnational_organisation_names(name: str, code: str | None) -> None:
    a = Actor(f"org:{name}", name, "organization", resolution="text:organisation not in KB", text=name)
    assert transnational(a) == code


@pytest.mark.parametrize("name,code", [
    ("Members of the World Fisheries Forum", "NGO"),
    ("Members of the Popular Renewal Front", None),
    ("developed countries", None),
])
def test_actor_fill_transnational_organisations_people(name: str, code: str | None) -> None:
    assert transnational(Actor(None, name, "group", resolution="unresolved:no-rule", text=name)) == code


def test_actor_fill_regional_group_is_not_a_domestic_counterpart() -> None:
    text = "The Kenyan interior minister warned European companies against breaking the embargo."
    ev = _run(text, ["The Kenyan interior minister"], ["European companies"], "warned", "THREATEN")
    assert _one(ev.recipients).country is None


def _police(text: str) -> Actor:
    _kb()
    found = [a for e in extract(text) for a in e.actors if a.name == "Police"]
    assert found, "no event with Police as actor"
    return found[0]


@pytest.mark.parametrize(("text", "country", "why"), [
    ("KAMPALA, 3 March 2024 -- Thousands of protesters rallied outside parliament in Kampala on Wednesday. Police "
     "fired tear gas at the crowd and arrested dozens of opposition activists, the interior ministry said.",
     "UGA", "the article's only country"),
    ("KAMPALA, 3 March 2024 -- Thousands of protesters rallied outside parliament in Kampala on Wednesday. Police "
     "fired tear gas at the crowd, the interior ministry said. The United States condemned the crackdown.",
     "UGA", "the dateline's country"),
])
def test_actor_fill_article_country_places_unplaced_police(text: str, country: str, why: str) -> None:
    a = _police(text)
    res = a.resolution or ""
    # placed by the dateline's country (actors' national-office rule) or by actor_fill's article-country rule
    assert a.country == country and ("context:article-country" in res or "context:article country" in res), res
    assert why in res or "dateline 'KAMPALA'" in res


def test_actor_fill_article_country_not_when_another_country_is_near() -> None:
    """The dateline's country is not taken when the sentence before names other countries."""
    a = _police("KAMPALA, 3 March 2024 -- Kenyan and Tanzanian officials met in Nairobi on Monday. Police fired "
                "tear gas at the crowd, the interior ministry said.")
    assert a.country is None and "article-country" not in (a.resolution or ""), a.resolution


@pytest.mark.parametrize(("text", "kept"), [
    ("UN Secretary-General Antonio Guterres reiterated the UN readiness to help the refugees.", []),
    ("UN Secretary-General Antonio Guterres reiterated Turkey's readiness to mediate.", ["Turkey"]),
])
def test_actor_fill_owner_of_the_object_is_not_the_actors_own_body(text: str, kept: list[str]) -> None:
    """"X reiterated the UN's readiness": the UN is X's own side, not the recipient."""
    ev = next(e for e in extract(text, published="2022-09-20") if e.event_type in ("AGREE", "SUPPORT"))
    assert [r.name for r in ev.recipients] == kept, ev.rule


def test_actor_fill_participle_after_relative_clause_takes_the_exploding_cause() -> None:
    text = "A bomb exploded near the building in Kandahar where the council will meet, killing two guards."
    a = _one(_run(text, [], ["two guards"], "killing", "ASSAULT").actors)
    assert (a.name, a.sector) == ("unidentified attackers", "UAF"), a.resolution


def test_actor_fill_police_statement_takes_the_dateline_country() -> None:
    events = extract("KABUL, Dec 12 -- The United States sent food aid to Pakistan on Monday.\n\n"
                     "A bomb killed two guards in Afghanistan on Monday. Police blamed the insurgents.",
                     published="2005-12-12")
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations
    police = _one(accusations[0].actors)
    assert police.country == "AFG" and "context:article-country" in (police.resolution or ""), police.resolution
