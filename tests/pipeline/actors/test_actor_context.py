"""Actors placed by sub-national places, ethnic communities, near-spelled leaders and the sentence's only country
(made-up sentences, real knowledge base)."""

from __future__ import annotations

import pytest

from communique.pipeline.actors.resolve import resolve_actors
from communique.pipeline.actors.sentence_context import ngo_description
from communique.pipeline.nlp import parse_text
from communique.records import Actor, ActorRef, Document, Event, Span
from tests.helpers.actors import real_kb as _kb


def _run(text: str, actors: list[str], recipients: list[str] = (), trigger: str = "",
         event_type: str = "ACCUSE") -> Event:
    doc = Document(id="d1", text=text, published="2001-05-10")

    def ref(phrase: str) -> ActorRef:
        i = text.index(phrase)
        return ActorRef(phrase, i, i + len(phrase), i + len(phrase) - 1)

    t = text.index(trigger) if trigger else 0
    ev = Event(event_type=event_type, cameo="112", actor_refs=[ref(a) for a in actors],
               recipient_refs=[ref(r) for r in recipients],
               trigger=Span(t, t + len(trigger), trigger) if trigger else None)
    resolve_actors(doc, parse_text(text), [ev], _kb())
    return ev


def _one(actors: list[Actor]) -> Actor:
    assert len(actors) == 1, actors
    return actors[0]


@pytest.mark.parametrize("text,phrase,country", [
    ("Darfur rebels attacked a convoy on Tuesday.", "Darfur rebels", "SDN"),
    ("The government of Sindh province banned the rally.", "The government of Sindh province", "PAK"),
    ("Police sealed off Jericho after the riots.", "Jericho", "PSE"),
])
def test_actor_context_subnational_place_gives_country(text: str, phrase: str, country: str) -> None:
    first = text.startswith(phrase)
    ev = _run(text, [phrase] if first else ["Police"], [] if first else [phrase])
    a = _one(ev.actors if first else ev.recipients)
    assert a.country == country, a.resolution


@pytest.mark.parametrize("text,phrase,country,sector", [
    ("Karen guerrillas ambushed an army patrol.", "Karen guerrillas", "MMR", "REB"),
    ("Yoruba leaders rejected the new constitution.", "Yoruba leaders", "NGA", None),
])
def test_actor_context_ethnic_modifier_gives_country(text: str, phrase: str, country: str,
                                                     sector: str | None) -> None:
    a = _one(_run(text, [phrase]).actors)
    assert a.country == country and "ethnic group" in (a.resolution or "")
    if sector:
        assert a.sector == sector


@pytest.mark.parametrize("phrase,country", [
    ("President Abdelaziz Boutefliqa", "DZA"),  # a near spelling of a REIGN leader
    ("former dictator Idi Amin", "UGA"),  # a leader the KB knows by surname only
    ("President Assad", "SYR"),  # a surname listed with its article ("al-Assad")
])
def test_actor_context_leader_spellings_give_country(phrase: str, country: str) -> None:
    text = f"{phrase} denounced the report."
    a = _one(_run(text, [phrase]).actors)
    assert a.country == country, a.resolution


def test_actor_context_unknown_party_takes_sentence_only_country() -> None:
    text = "The Popular Renewal Front accused the Chadian government of fraud."
    ev = _run(text, ["The Popular Renewal Front"], ["the Chadian government"], trigger="accused")
    a = _one(ev.actors)
    assert a.country == "TCD" and "sentence's only country" in (a.resolution or "")


def test_actor_context_the_other_side_country_is_not_this_side() -> None:
    """"the Front wanted ties with Chad": Chad, the sentence's only country, is the other side, not the Front's."""
    text = "The Popular Renewal Front wanted stronger ties with Chad."
    ev = _run(text, ["The Popular Renewal Front"], ["Chad"], trigger="ties", event_type="SUPPORT")
    assert _one(ev.recipients).country == "TCD"
    assert _one(ev.actors).country is None


def test_actor_context_person_takes_no_country_from_a_city() -> None:
    """A city is where a person is, not whose: "Chairman of the Fund X will attend the Arusha meeting" is not
    Tanzanian; a person the KB knows keeps the KB's country beside a summit "in Brussels"; a title naming the city
    ("the Ankara state security prosecutor") still places the person."""
    from tests.helpers.pipeline import candidates

    def countries(text: str, name: str) -> set[str | None]:
        return {a.country for e in candidates(text, published="2005-12-14") for a in e.actors if name in a.name}

    assert countries("WTO chief Pascal Lamy and Chairman of the Common Fund for Commodities Ali Mchumo will attend "
                     "the Arusha ministerial meeting on Friday.", "Chairman") <= {None}
    assert countries("Macedonian President Branko Crvenkovski said the country was ready. Crvenkovski made the "
                     "appeal ahead of a summit of EU leaders in Brussels.", "Crvenkovski") == {"MKD"}
    assert countries("The Ankara state security prosecutor demanded a life sentence for the youth.",
                     "prosecutor") == {"TUR"}
    # a local official acting in a city is still of its country; a traveller arriving there is not
    assert countries("The governor condemned the bombing in Kandahar on Monday.", "governor") == {"AFG"}
    assert countries("The mayor arrived in Beijing on Friday for a four-day visit.", "mayor") <= {None}


def test_actor_context_two_countries_leave_the_group_unplaced() -> None:
    text = "The Popular Renewal Front accused the Chadian and Sudanese governments of fraud."
    ev = _run(text, ["The Popular Renewal Front"], trigger="accused")
    assert _one(ev.actors).country is None


def test_actor_context_diplomats_are_not_placed_by_the_sentence() -> None:
    text = "Diplomats accused the Chadian government of fraud."
    ev = _run(text, ["Diplomats"], trigger="accused")
    assert _one(ev.actors).country is None


def test_actor_context_plain_recipient_group_is_not_placed_by_the_sentence() -> None:
    text = "Chadian police detained students on Monday."
    ev = _run(text, ["Chadian police"], ["students"], trigger="detained")
    assert _one(ev.recipients).country is None


def test_actor_context_named_recipient_group_takes_sentence_only_country() -> None:
    text = "Chadian police detained Popular Front militants on Monday."
    ev = _run(text, ["Chadian police"], ["Popular Front militants"], trigger="detained")
    assert _one(ev.recipients).country == "TCD"


@pytest.mark.parametrize("phrase,sector", [("former President Omar Tadesse", "ELI"),
                                           ("President Omar Tadesse", "GOV")])
def test_actor_context_former_official_is_elite(phrase: str, sector: str) -> None:
    text = f"The Ethiopian court said {phrase} denounced the report."
    a = _one(_run(text, [phrase]).actors)
    assert a.sector == sector, a.resolution


@pytest.mark.parametrize("phrase", ["European companies", "Western investors"])
def test_actor_context_regional_groups_are_not_placed_by_the_sentence(phrase: str) -> None:
    text = f"The Chadian minister threatened {phrase} with fines."
    ev = _run(text, ["The Chadian minister"], [phrase], trigger="threatened")
    assert _one(ev.recipients).country is None


def test_actor_context_city_in_organisation_name_gives_country() -> None:
    text = "Canadian doctors sent medicine to the Nairobi Children's Clinic Trust."
    ev = _run(text, ["Canadian doctors"], ["the Nairobi Children's Clinic Trust"], trigger="sent")
    r = _one(ev.recipients)
    assert r.country == "KEN", r.resolution


def test_actor_context_world_bodies_are_not_placed_by_the_sentence() -> None:
    text = "The Global Fisheries Forum urged Chile to act."
    ev = _run(text, ["The Global Fisheries Forum"], ["Chile"], trigger="urged")
    assert _one(ev.actors).country is None


def test_actor_context_ethnic_plural_is_its_country_people() -> None:
    text = "Some 2,000 Chechens marched through the square."
    a = _one(_run(text, ["Some 2,000 Chechens"]).actors)
    assert (a.country, a.sector) == ("RUS", "CVL"), a.resolution


@pytest.mark.parametrize("event_type,sector", [("THREATEN", "CVL"), ("ASSAULT", "CVL"), ("ACCUSE", "GOV")])
def test_actor_context_capital_attacked_is_its_people_capital_speaking_is_government(event_type: str,
                                                                                    sector: str) -> None:
    text = "The rebel commander said his men would shell Nairobi within days."
    a = _one(_run(text, ["The rebel commander"], ["Nairobi"], trigger="shell", event_type=event_type).recipients)
    assert a.country == "KEN"
    assert a.sector == sector, a.resolution


def test_actor_context_capital_as_speaker_stays_government() -> None:
    text = "Nairobi threatened to close the border with the rebels."
    a = _one(_run(text, ["Nairobi"], ["the rebels"], trigger="threatened", event_type="THREATEN").actors)
    assert (a.country, a.sector) == ("KEN", "GOV"), a.resolution


@pytest.mark.parametrize("text,phrase,sector", [
    ("Gunmen shelled the besieged Kenyan town of Lodwar overnight.", "the besieged Kenyan town of Lodwar", "CVL"),
    ("Police arrested Peruvian extremists near the border.", "Peruvian extremists", "REB"),
    ("Troops fired on the radical Kenyan Patriotic movement at dawn.", "the radical Kenyan Patriotic movement", "REB"),
    ("The army attacked the Zamunda Liberation Front in the hills.", "the Zamunda Liberation Front", "REB"),
    ("The army fired on Peruvian security forces by mistake.", "Peruvian security forces", "MIL"),
    ("Police detained Ghanaian traditional elders in Accra.", "Ghanaian traditional elders", "ELI"),
])
def test_actor_context_sector_cues_from_the_phrase(text: str, phrase: str, sector: str) -> None:
    a = _one(_run(text, ["Police"] if "Police" in text else ["The army"] if "army" in text else ["Gunmen"]
                  if "Gunmen" in text else ["Troops"], [phrase], event_type="ASSAULT").recipients)
    assert a.sector == sector, a.resolution


@pytest.mark.parametrize("text,phrase,sector", [
    ("Police evicted Jewish settlers from the hilltop.", "Jewish settlers", "CVL"),
    ("Police evicted Christian villagers from the hilltop.", "Christian villagers", "CVL"),
    ("Police surrounded the Kenyan Assembly on Monday.", "the Kenyan Assembly", "LEG"),
    ("Police surrounded the Kenyan Senate on Monday.", "the Kenyan Senate", "LEG"),
    ("Police detained the deputy governor of Rift Valley province.", "the deputy governor", "GOV"),
])
def test_actor_context_head_noun_sets_the_sector(text: str, phrase: str, sector: str) -> None:
    a = _one(_run(text, ["Police"], [phrase], event_type="COERCE").recipients)
    assert a.sector == sector, a.resolution


@pytest.mark.parametrize("text,phrase,country", [
    ("Gunmen kidnapped a Baptist missionary from Toronto on Friday.", "a Baptist missionary from Toronto", "CAN"),
    ("Gunmen attacked a farming village in Northern Kenya on Friday.", "a farming village in Northern Kenya", "KEN"),
    ("Gunmen attacked a convoy of aid workers from Norway.", "a convoy of aid workers from Norway", "NOR"),
])
def test_actor_context_place_inside_the_phrase_gives_country(text: str, phrase: str, country: str) -> None:
    a = _one(_run(text, ["Gunmen"], [phrase], event_type="ASSAULT").recipients)
    assert a.country == country, a.resolution


@pytest.mark.parametrize("modifier", ["junior", "outgoing", "interim", "assistant"])
def test_actor_context_title_modifier_keeps_the_premodifier_country(modifier: str) -> None:
    phrase = f"Kenyan {modifier} foreign minister Otieno Kamau"
    a = _one(_run(f"{phrase} criticised the report.", [phrase]).actors)
    assert (a.country, a.sector) == ("KEN", "GOV"), a.resolution


@pytest.mark.parametrize("text,phrase,sector", [
    ("Troops shelled Moslem forces near the river.", "Moslem forces", "REB"),
    ("Troops shelled Christian forces near the river.", "Christian forces", "REB"),
    ("Troops shelled Kenyan forces near the river.", "Kenyan forces", "MIL"),
    ("Troops shelled Kenyan military police near the river.", "Kenyan military police", "MIL"),
    ("Troops shelled Kenyan riot police near the river.", "Kenyan riot police", "COP"),
])
def test_actor_context_armed_group_sector_from_its_modifier(text: str, phrase: str, sector: str) -> None:
    a = _one(_run(text, ["Troops"], [phrase], event_type="ASSAULT").recipients)
    assert a.sector == sector, a.resolution


@pytest.mark.parametrize("phrase,sector", [("About 300 supporters of former President Omar Tadesse", "OPP"),
                                           ("Loyalists of former President Omar Tadesse", "OPP"),
                                           ("former President Omar Tadesse", "ELI")])
def test_actor_context_followers_of_a_former_leader_are_opposition(phrase: str, sector: str) -> None:
    text = f"{phrase} marched on the Ethiopian parliament."
    a = _one(_run(text, [phrase], event_type="PROTEST").actors)
    assert a.sector == sector, a.resolution


@pytest.mark.parametrize("phrase,country", [("the pro-Kenyan Zamunda militia", None),
                                            ("anti-Kenyan activists", None),
                                            ("pro-Western Kenyan officials", "KEN")])
def test_actor_context_pro_or_anti_country_is_a_stance_not_an_origin(phrase: str, country: str | None) -> None:
    text = f"Police in Lagos and Accra said {phrase} denounced the vote."
    a = _one(_run(text, [phrase]).actors)
    assert a.country == country, a.resolution


@pytest.mark.parametrize("text,ngo", [
    ("a human rights group", True),
    ("international aid agencies", True),
    ("the press freedom watchdog", True),
    ("human rights activists", False),  # people, placed by their country
    ("the rebel group", False),
])
def test_actor_context_ngo_descriptions(text: str, ngo: bool) -> None:
    assert ngo_description(Actor(None, text, "group", text=text)) is ngo


def test_actor_context_ngo_description_is_not_placed_by_the_sentence() -> None:
    text = "A human rights group accused the Chadian government of torture."
    ev = _run(text, ["A human rights group"], ["the Chadian government"], trigger="accused")
    assert _one(ev.actors).country != "TCD"


@pytest.mark.parametrize("phrase,country", [
    ("a pub in Northern Ireland", "GBR"),  # a region named after another country
    ("a convoy in Western Kenya", "KEN"),  # a direction before the country itself
])
def test_actor_context_direction_region_in_phrase(phrase: str, country: str) -> None:
    a = _one(_run(f"Gunmen attacked {phrase} on Friday.", ["Gunmen"], [phrase], event_type="ASSAULT").recipients)
    assert a.country == country, a.resolution
