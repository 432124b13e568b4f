"""Meetings nobody hosts list every party as an actor; a meeting in one side's own country keeps the guest as the
initiator and the host as the recipient; a visit to several countries is one visit per country."""

from __future__ import annotations

import pytest

import communique
from communique.config import Settings
from communique.pipeline.stages import own_side_recipients, stance_owner, symmetric_parties, visit_stops
from communique.records import Actor, Event, Location


def _party(code: str) -> Actor:
    return Actor(id=f"person:{code.lower()}", name=code, kind="person", country=code)


@pytest.mark.parametrize(("where", "actors", "recipients"), [
    (None, ["NLD", "PRT"], []),          # no place: nobody hosts
    ("FRA", ["NLD", "PRT"], []),         # a third country
    ("NLD", ["NLD", "PRT"], []),         # the subject's own country: he hosts, but "met" does not say so
    ("PRT", ["NLD"], ["PRT"]),           # the guest met the host at home
])
def test_stages_symmetric_parties_unless_hosted_at_home(where: str | None, actors: list[str],
                                                        recipients: list[str]) -> None:
    ev = Event(event_type="CONSULT", cameo="040", status="occurred", actors=[_party("NLD")],
               recipients=[_party("PRT")], location=Location(name="x", country=where) if where else None)
    symmetric_parties(ev)
    assert [a.country for a in ev.actors] == actors
    assert [r.country for r in ev.recipients] == recipients


@pytest.mark.parametrize(("rule", "recipients"), [
    ("verb:talk+nsubj+prep:with", []),          # "A talked with B": partners in talks
    ("verb:talk+nsubj+prep:to+status:aux:would", ["PRT"]),  # "A would talk to B": B is spoken to
    ("verb:talk+nsubj+prep:towards", []),
])
def test_stages_symmetric_parties_one_spoken_to_stays_the_recipient(rule: str, recipients: list[str]) -> None:
    ev = Event(event_type="CONSULT", cameo="040", status="planned", actors=[_party("NLD")],
               recipients=[_party("PRT")], rule=rule)
    symmetric_parties(ev)
    assert [r.country for r in ev.recipients] == recipients


@pytest.mark.parametrize(("etype", "actor", "recipient", "kept"), [
    ("SUPPORT", Actor(id="p:w", name="Wang", kind="person", country="CHN", sector="GOV"), "CHN", False),  # own side
    ("SUPPORT", Actor(id="p:g", name="Guterres", kind="person", country="UNO", sector="GOV"), "TUR", True),
    ("ASSAULT", Actor(id="g:r", name="rebels", kind="group", country="SYR", sector="REB"), "SYR", True),
])
def test_stages_own_country_is_no_recipient_of_a_cooperative_act(etype: str, actor: Actor, recipient: str,
                                                                  kept: bool) -> None:
    ev = Event(event_type=etype, cameo="051", status="occurred", actors=[actor],
               recipients=[Actor(id=f"country:{recipient}", name=recipient, kind="country", country=recipient)])
    own_side_recipients(ev)
    assert bool(ev.recipients) is kept


def _country(code: str) -> Actor:
    return Actor(id=f"country:{code}", name=code, kind="country", country=code)


@pytest.mark.parametrize(("recipients", "stops"), [
    ([_country("SAU"), _country("TUN")], [["SAU"], ["TUN"]]),   # two countries: two visits
    ([_country("SAU")], [["SAU"]]),
    ([_country("SAU"), _party("SAU")], [["SAU", "SAU"]]),        # a country and its host: one visit
])
def test_stages_visit_stops_one_per_country(recipients: list[Actor], stops: list[list[str]]) -> None:
    ev = Event(event_type="CONSULT", cameo="042", status="planned", actors=[_party("UNO")], recipients=recipients)
    out = visit_stops(ev)
    assert [[r.country for r in e.recipients] for e in out] == stops
    assert all(e.actors == ev.actors and e.status == "planned" for e in out)


def test_stages_visit_stops_stay_apart_after_merging() -> None:
    text = ("UN Secretary-General Ivan Petrov arrived in Cairo on Sunday for a three-day visit to Egypt as part of a "
            "tour which will also take him to Jordan and Tunisia.")
    visits = [e for e in communique.extract(text, published="2025-11-07",
                                                       settings=Settings(min_confidence=0.0))
              if e.event_type == "CONSULT" and e.status == "planned"]
    assert sorted(r.country for e in visits for r in e.recipients) == ["JOR", "TUN"], [e.rule for e in visits]
    assert all(len(e.recipients) == 1 for e in visits)


@pytest.mark.parametrize(("speaker", "recipients", "speaker_after"), [
    (None, [], "CHN"),        # "Wang reaffirmed China's support": China is Wang's side
    ("CHN", [], "CHN"),
    ("UNO", ["TUR"], "UNO"),  # "the UN chief reiterated Turkey's readiness": another's stance, kept
])
def test_stages_stance_owner_is_the_speakers_side(speaker: str | None, recipients: list[str],
                                                  speaker_after: str) -> None:
    owner = _country("TUR" if recipients else "CHN")
    ev = Event(event_type="SUPPORT", cameo="051", status="occurred",
               actors=[Actor(id="person:x", name="X", kind="person", country=speaker)], recipients=[owner],
               rule="phrase:reaffirm+support+nsubj+object-owner+stance-owner")
    stance_owner(ev)
    assert [r.country for r in ev.recipients] == recipients
    assert ev.actors[0].country == speaker_after


@pytest.mark.parametrize(("speaker", "recipients", "etype", "after"), [
    ("CHN", ["CHN", "USA"], "AGREE", ["USA"]),            # "China and the US should cooperate", a Chinese official
    ("CHN", ["USA"], "REQUEST", ["USA"]),                  # "the US should cooperate": a demand of the US
    ("CHN", ["USA", "JPN"], "REQUEST", ["USA", "JPN"]),    # the speaker's side is not among those obliged
])
def test_stages_shared_obligation_is_intent_to_cooperate(speaker: str, recipients: list[str], etype: str,
                                                         after: list[str]) -> None:
    from communique.pipeline.stages import shared_obligation
    ev = Event(event_type="REQUEST", cameo="100", status="occurred",
               actors=[Actor(id="person:x", name="X", kind="person", country=speaker, sector="GOV")],
               recipients=[_country(c) for c in recipients], rule="obligation:should+reporter")
    shared_obligation(ev)
    assert ev.event_type == etype
    assert [r.country for r in ev.recipients] == after
    assert (ev.cameo == "030") == (etype == "AGREE")


@pytest.mark.parametrize(("recipient", "dropped"), [
    (Actor(id="group:ITA-GOV", name="government", kind="group", country="ITA", sector="GOV"), True),  # own cabinet
    (Actor(id="group:FRA-GOV", name="government", kind="group", country="FRA", sector="GOV"), False),  # another's
    (Actor(id="group:ITA-OPP", name="the opposition", kind="group", country="ITA", sector="OPP"), False),
    (None, False),  # nobody named: kept ("we must not waste time" may take in the partners)
    # the speaker's "we" ("we have to remind ourselves ..."), resolved to the speaker's country or not: a remark
    (Actor(id="country:ITA", name="We", kind="country", country="ITA", text="We"), True),
    (Actor(id=None, name="we", kind="group", text="we"), True),
    # the speaker's own state ("Italy must make efforts to ...", said its minister): a policy remark
    (Actor(id="country:ITA", name="Italy", kind="country", country="ITA"), True),
    (Actor(id="country:FRA", name="France", kind="country", country="FRA"), False),
])
def test_stages_self_obligation_of_own_government_is_no_demand(recipient: Actor | None, dropped: bool) -> None:
    from communique.pipeline.stages import self_obligation
    ev = Event(event_type="REQUEST", cameo="100", status="occurred",
               actors=[Actor(id="person:p", name="P", kind="person", country="ITA", sector="GOV")],
               recipients=[recipient] if recipient else [], rule="obligation:should+reporter")
    assert self_obligation(ev) is dropped


@pytest.mark.parametrize(("home", "located", "actors", "recipients"), [
    ("CHN", False, ["USA"], ["CHN", "CHN"]),        # "BEIJING -- Hu and Wen will meet Bush": the guest first
    (None, False, ["CHN", "CHN", "USA"], []),      # no dateline: nobody hosts, every party an actor
    ("FRA", False, ["CHN", "CHN", "USA"], []),     # reported from a third country
    ("CHN", True, ["CHN", "CHN", "USA"], []),      # a place in the text wins over the dateline
])
def test_stages_guest_first_at_the_datelines_country(home: str | None, located: bool, actors: list[str],
                                                     recipients: list[str]) -> None:
    from communique.pipeline.stages import guest_first
    ev = Event(event_type="CONSULT", cameo="040", status="planned", actors=[_party("CHN"), _party("CHN")],
               recipients=[_party("USA")], location=Location(name="Geneva", country="CHE") if located else None)
    ev.actors[1] = Actor(id="person:chn2", name="CHN2", kind="person", country="CHN")
    guest_first(ev, home)
    symmetric_parties(ev, home)
    assert [a.country for a in ev.actors] == actors
    assert [r.country for r in ev.recipients] == recipients


@pytest.mark.parametrize(("countries", "mode"), [
    (["CHN", "CHN", "USA"], None),                 # "Hu and Wen met Bush": two sides
    (["CHN", "USA", "JPN"], "multilateral"),       # three sides
])
def test_stages_two_sided_meeting_is_not_multilateral(countries: list[str], mode: str | None) -> None:
    from communique.pipeline.stages import two_sided_meeting
    ev = Event(event_type="CONSULT", cameo="040", status="occurred", mode="multilateral",
               actors=[Actor(id=f"person:{i}", name=str(i), kind="person", country=c)
                       for i, c in enumerate(countries)])
    two_sided_meeting(ev)
    assert ev.mode == mode


@pytest.mark.parametrize(("attacker_sector", "kept"), [("MIL", []), ("COP", []), (None, ["ISR"])])
def test_stages_own_country_is_no_target_of_its_forces(attacker_sector: str | None, kept: list[str]) -> None:
    """"nine Palestinians wounded in an Israeli air strike": the strike's owner is the attackers' side, not their
    target; a group of unknown sector keeps it (militants may strike their own country)."""
    forces = Actor(id=None, name="Israeli forces", kind="group", country="ISR", sector=attacker_sector)
    ev = Event(event_type="ASSAULT", cameo="190", actors=[forces], recipients=[_country("ISR")])
    own_side_recipients(ev)
    assert [r.country for r in ev.recipients] == kept


def test_stages_guest_first_leaves_an_addressed_message_with_its_sender() -> None:
    """"SKOPJE -- the president sent a letter to his French counterpart": the sender addresses the recipient; the
    dateline's host is no guest of a letter."""
    from communique.pipeline.stages import guest_first
    ev = Event(event_type="CONSULT", cameo="040", status="occurred", actors=[_party("MKD")],
               recipients=[_party("FRA")], rule="phrase:send+letter+nsubj+prep:to")
    guest_first(ev, "MKD")
    assert ([a.country for a in ev.actors], [r.country for r in ev.recipients]) == (["MKD"], ["FRA"])


@pytest.mark.parametrize(("event_type", "kept"), [
    ("ACCUSE", False),  # "condemned this operation in Kessel": where, not whom
    ("SUPPORT", False),  # "reaffirm the commitments of Kessel"
    ("CONSULT", True),  # a city visited
    ("COERCE", True),  # a curfew imposed on a city: its people
])
def test_stages_city_recipient_of_a_statement_is_a_place(event_type: str, kept: bool) -> None:
    from communique.pipeline.stages import city_recipients
    city = Actor(id="group:RUR-CVL", name="Kessel", kind="group", country="RUR", sector="CVL",
                 resolution="kb:city 'Kessel'")
    state = Actor(id="country:FRD", name="Freedonia", kind="country", country="FRD", resolution="kb:country 'Freedonia'")
    ev = Event(event_type=event_type, cameo="111", status="occurred", actors=[_party("NLD")], recipients=[city, state])
    city_recipients(ev)
    assert (city in ev.recipients) is kept and state in ev.recipients


def test_stages_visited_city_is_its_country() -> None:
    """"arrived in Kessel for a visit": the host of a visit is the city's state, not its people."""
    from communique.kb import get_kb
    from communique.pipeline.stages import visited_city_is_its_country
    city = Actor(id="group:KOR-CVL", name="Busan", kind="group", country="KOR", sector="CVL", resolution="kb:city 'Busan'")
    ev = Event(event_type="CONSULT", cameo="042", status="occurred", actors=[_party("CHN")], recipients=[city])
    visited_city_is_its_country(ev, get_kb())
    assert [(r.kind, r.country, r.id) for r in ev.recipients] == [("country", "KOR", "country:KOR")]
    call = Event(event_type="CONSULT", cameo="040", status="occurred", actors=[_party("CHN")], recipients=[city])
    visited_city_is_its_country(call, get_kb())
    assert call.recipients == [city]  # only a visit has a host


@pytest.mark.parametrize(("home", "destination", "dropped"), [
    ("LBN", "LBN", True),   # "the Lebanese prime minister is to leave Monday for Lebanon": a return home
    ("LBN", "CAN", False),  # a visit abroad
])
def test_stages_homecoming_is_no_visit(home: str, destination: str, dropped: bool) -> None:
    from communique.pipeline.stages import homecoming
    state = Actor(id=f"country:{destination}", name=destination, kind="country", country=destination)
    ev = Event(event_type="CONSULT", cameo="042", status="planned", actors=[_party(home)], recipients=[state])
    assert homecoming(ev) is dropped


@pytest.mark.parametrize(("sector", "country", "dropped"), [
    ("MIL", "USA", True),    # "the US defence secretary will visit US troops": his own forces, no host
    ("MIL", "JPN", False),   # another country's forces host him
    ("GOV", "USA", False),   # his own government's people: not a forces inspection (kept as before)
])
def test_stages_visit_to_own_forces_is_no_visit(sector: str, country: str, dropped: bool) -> None:
    from communique.pipeline.stages import homecoming
    forces = Actor(id=f"group:{country}-{sector}", name="troops", kind="group", country=country, sector=sector)
    ev = Event(event_type="CONSULT", cameo="042", status="planned", actors=[_party("USA")], recipients=[forces])
    assert homecoming(ev) is dropped


def test_stages_guest_first_not_for_a_home_side_travelling_abroad() -> None:
    """"BEIJING -- During his stay in Lisbon, Wen will hold talks with the Portuguese premier": the story has the
    home side travelling (a visitor of the story's visits), so the dateline's country hosts nothing."""
    from communique.pipeline.stages import guest_first
    ev = Event(event_type="CONSULT", cameo="040", status="planned", actors=[_party("CHN")], recipients=[_party("PRT")])
    guest_first(ev, "CHN", frozenset({ev.actors[0].id or ""}))
    assert ([a.country for a in ev.actors], [r.country for r in ev.recipients]) == (["CHN"], ["PRT"])
    guest_first(ev, "CHN")
    assert ([a.country for a in ev.actors], [r.country for r in ev.recipients]) == (["PRT"], ["CHN"])


def test_stages_trip_preview_keeps_the_traveller_as_actor() -> None:
    from communique.api import extract
    from communique.config import Settings
    text = ("BEIJING, May 1 (Xinhua) -- Chinese Premier Li Qiang will pay an official visit to Spain next week, a "
            "spokesman said on Wednesday. Li is expected to hold talks with Spanish Prime Minister Pedro Sanchez.")
    events = extract(text, published="2024-05-01", settings=Settings(min_confidence=0.0))
    # the talks with the host are the visit told again (merge/within.py): one record, the traveller its actor
    visits = [e for e in events if e.event_type == "CONSULT"]
    assert len(visits) == 1 and visits[0].actors[0].name == "Li Qiang"
    assert "Pedro Sanchez" in [r.name for r in visits[0].recipients]
