"""Event-finding rules written for unseen wire copy (calls, visits, blame, releases, refusals, strikes, expulsions).

Sentences are made up for these tests with fictional names; none come from an evaluation set. Each table row
fails without the rule it names; the negative rows keep the rule from over-reaching.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.records import Event
from tests.helpers.pipeline import find_dated as run


def names(refs: list) -> list[str]:
    return [r.text for r in refs]


def by_code(events: list[Event], cameo: str) -> Event:
    found = [e for e in events if e.cameo == cameo]
    assert found, f"no {cameo} event in {[(e.cameo, e.rule) for e in events]}"
    return found[0]


# sentence, cameo, status, actors, recipients (rule named in the comment)
POSITIVE = [
    # by-phone: the "with" phrase hangs on the medium noun, "by" misparsed as a passive agent
    ("Keta spoke by telephone with Ruritanian President Ivo Marn and Freedonian President Ana Bel.",
     "041", "occurred", ["Keta"], ["Ruritanian President Ivo Marn", "Freedonian President Ana Bel"]),
    ("President Ivo Marn talked by phone with his Freedonian counterpart on Sunday.",
     "041", "occurred", ["President Ivo Marn"], ["his Freedonian counterpart"]),
    # blame: "X said Y bore responsibility" / "was responsible for the attack" is an accusation (112)
    ("Ruritanian spokesperson Tomas Vell told a briefing on Tuesday that Freedonia bore full responsibility.",
     "112", "occurred", ["Ruritanian spokesperson Tomas Vell"], ["Freedonia"]),
    ("The minister said the rebels were responsible for the massacre.",
     "112", "occurred", ["The minister"], ["the rebels"]),
    # measures-against: coercion aimed at an actor
    ("The Ruritanian coast guard said it had taken control measures against Freedonian vessels.",
     "170", "occurred", ["it"], ["Freedonian vessels"]),
    # sanctions package: a container noun before "sanctions"
    ("The bloc on Friday adopted a 13th package of sanctions against Ruritania.",
     "163", "occurred", ["The bloc"], ["Ruritania"]),
    # welcome for a visit: hosting (043); "to the palace" is the place, not a recipient
    ("President Ana Bel welcomed Prime Minister Ivo Marn to the palace on Thursday for a state visit.",
     "043", "occurred", ["President Ana Bel"], ["Prime Minister Ivo Marn"]),
    # ordering a diplomat out is an expulsion, like "expel ambassador" (166)
    ("The junta ordered Freedonian Ambassador Karl Brun to leave the country within 48 hours.",
     "166", "occurred", ["The junta"], ["Freedonian Ambassador Karl Brun"]),
    # labour strike: intransitive "strike" with a labour subject is CAMEO 143, not an attack
    ("Dock workers strike over wages in the port city.", "143", "occurred", ["Dock workers"], []),
    # vow + threat: the vow is the threat, not an AGREE
    ("The Ruritanian premier vowed to resume the military offensive.",
     "138", "occurred", ["The Ruritanian premier"], []),
    # aid supplies
    ("Ruritania pledged to send medical supplies to Freedonia.", "033", "occurred", ["Ruritania"], ["Freedonia"]),
]


@pytest.mark.parametrize("text,cameo,status,actors,recipients", POSITIVE)
def test_events_generalise_codes_wire_phrasings(nlp: Language, text: str, cameo: str, status: str,
                                                actors: list[str], recipients: list[str]) -> None:
    _, events = run(nlp, text)
    event = by_code(events, cameo)
    assert event.status == status
    assert names(event.actor_refs) == actors
    assert names(event.recipient_refs) == recipients


NO_EVENT_OF_CODE = [
    # release needs a person object (release-needs-person-object)
    ("The commission called on the electoral board to release detailed vote counts.", "0841"),
    ("The ministry released a statement on Monday.", "0841"),
    # blame: owning up, or a duty, is no accusation
    ("We bear responsibility, the minister said.", "112"),
    ("The official said the ministry was responsible for issuing visas.", "112"),
    # measures against a non-actor
    ("The central bank took measures against inflation.", "170"),
    # a planned deployment aimed at no one threatens no one (threat-needs-target)
    ("Ruto said Ruritania would deploy additional police units along the shared frontier next month.", "138"),
    # nor one sent to a destination ("to the state of X"): a deployment, aimed at no party
    ("Kenya will send paramilitary troops to Turkana district next week because of fears of cattle raids.", "138"),
    # "spoke to reporters" is no conversation with a party
    ("The minister spoke to reporters in the capital.", "041"),
    # "a missile struck the town" stays an attack, never a labour strike
    ("A missile struck the town.", "143"),
]


@pytest.mark.parametrize("text,cameo", NO_EVENT_OF_CODE)
def test_events_generalise_negative_cases(nlp: Language, text: str, cameo: str) -> None:
    _, events = run(nlp, text)
    assert cameo not in {e.cameo for e in events}, [(e.cameo, e.rule) for e in events]


def test_events_generalise_release_of_persons_kept(nlp: Language) -> None:
    _, events = run(nlp, "The rebels freed 40 political prisoners on Sunday.")
    assert by_code(events, "0841").status == "occurred"


def test_events_generalise_release_of_property(nlp: Language) -> None:
    _, events = run(nlp, "The coast guard released the seized tanker on Monday.")
    assert "0842" in {e.cameo for e in events}


def test_events_generalise_refusal_is_one_event(nlp: Language) -> None:
    _, events = run(nlp, "Ruritania and Freedonia have said they will not recognize Ivo Marn's claim of victory.")
    assert [(e.event_type, e.status) for e in events] == [("REJECT", "occurred")]


def test_events_generalise_threat_from_targeted_deployment(nlp: Language) -> None:
    _, events = run(nlp, "Ruritania said it would deploy troops against Freedonia.")
    assert any(e.event_type == "THREATEN" for e in events)


def test_events_generalise_by_means_shares_subject(nlp: Language) -> None:
    _, events = run(nlp, "Officials accused Freedonia of violating Ruritania's sovereignty by signing a port deal "
                         "with Elbonia.")
    signing = by_code(events, "057")
    assert names(signing.actor_refs) == ["Freedonia"]


@pytest.mark.parametrize("text,trigger,status", [
    # a coordinated verb is no complement of its sibling (governor-needs-complement)
    ("President Ana Bel rejected the demand and urged the workers to return to their factories.", "urged",
     "occurred"),
    ("Thousands of workers went on strike on Tuesday, blocking roads outside the capital.", "blocking", "occurred"),
    # a feared act is not one that took place (warned-against)
    ("The minister warned Freedonia against an attack on Elbonia.", "attack", "hypothetical"),
])
def test_events_generalise_status(nlp: Language, text: str, trigger: str, status: str) -> None:
    _, events = run(nlp, text)
    found = [e for e in events if e.trigger is not None and e.trigger.text.split()[0] == trigger]
    assert found, [(e.trigger.text if e.trigger else None, e.rule) for e in events]
    assert found[0].status == status


def test_events_generalise_warned_against_names_no_victim(nlp: Language) -> None:
    _, events = run(nlp, "King Abdel Marn warned against any forced displacement of Freedonians.")
    warn = next(e for e in events if e.event_type == "THREATEN")
    assert "Freedonians" not in names(warn.recipient_refs)


def test_events_generalise_fired_means_is_not_recipient(nlp: Language) -> None:
    _, events = run(nlp, "Police fired tear gas and rubber bullets at protesters in the capital.")
    assert names(by_code(events, "190").recipient_refs) == ["protesters"]


def test_events_generalise_visit_destination_and_weekday(nlp: Language) -> None:
    """"made his first visit to X since the invasion on Tuesday": the visit is dated Tuesday and takes place in X
    (deictic-day-in-clause, visit-destination)."""
    _, events = run(nlp, "Prime Minister Ivo Marn made his first visit to Kalvia since the invasion on Tuesday.",
                    published="2024-07-02")
    visit = by_code(events, "042")
    assert visit.date == "2024-07-02"
    assert visit.location_text == "Kalvia"


def test_events_generalise_report_date_for_statements(nlp: Language) -> None:
    """"..., accusing X of ..., the ministry said on Friday": a verbal act takes its report's date (report-date)."""
    _, events = run(nlp, "The junta accused Freedonia of meddling in its affairs, the foreign ministry said on "
                         "Friday.", published="2023-08-26")
    accuse = by_code(events, "112")
    assert accuse.date == "2023-08-25"


def test_events_generalise_reduced_passive_names_the_accused(nlp: Language) -> None:
    """"three firms accused of supplying parts to X": the firms are accused and they supply (reduced-passive-noun,
    accused-noun)."""
    _, events = run(nlp, "The bloc listed 200 companies, including three Elbonian firms accused by Freedonia of "
                         "supplying drone parts to the Ruritanian military.")
    assert names(by_code(events, "112").recipient_refs) == ["three Elbonian firms"]


def test_events_generalise_accused_of_acting_names_the_actor(nlp: Language) -> None:
    """"targeting companies accused of helping Karsk evade bans": the companies help, Karsk is helped
    (accused-noun; bare infinitive subject)."""
    _, events = run(nlp, "The bloc imposed new sanctions on Elbonia on Friday, targeting companies accused of "
                         "helping Karsk evade earlier export bans.")
    aid = by_code(events, "070")
    assert names(aid.actor_refs) == ["companies"]
    assert names(aid.recipient_refs) == ["Karsk"]


def test_events_generalise_relative_passive_subject_is_the_detained(nlp: Language) -> None:
    _, events = run(nlp, "The junta still holds President Ivo Marn, who remains detained at his residence in Karsk.")
    assert names(by_code(events, "173").recipient_refs) == ["President Ivo Marn"]


@pytest.mark.parametrize("text,cameo", [
    ("Marn has vowed not to return the disputed islands to Elbonia.", "124"),  # refusal to yield
    ("The premier pledged not to meet the rebel leaders.", "125"),  # refusal to meet
    ("The premier pledged to meet the rebel leaders.", "036"),  # negative case: a plain intent stays AGREE
])
def test_events_generalise_pledge_not_to_cooperate_is_refusal(nlp: Language, text: str, cameo: str) -> None:
    _, events = run(nlp, text)
    assert cameo in {e.cameo for e in events}, [(e.cameo, e.rule) for e in events]


def test_events_generalise_trailing_charge_denied_keeps_accusation(nlp: Language) -> None:
    """"X accused Y of firing ..., a charge Z denied": the accusation occurred; Z's denial does not negate it
    (charge-apposition)."""
    _, events = run(nlp, "Army spokesman Tomas Vell accused Elbonian troops of firing rockets at civilian areas "
                         "in Karsk province on Sunday, a charge Elbonia denied.")
    accuse = by_code(events, "112")
    assert accuse.status == "occurred"
    assert names(accuse.recipient_refs) == ["Elbonian troops"]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Kenya sent police reinforcements to the border town on Monday.", "153"),
    ("Kenya sent reinforcements to the border town on Monday.", "154"),
])
def test_events_generalise_reinforcements_sent_are_forces_mobilized(nlp: Language, text: str, cameo: str) -> None:
    """Reinforcements sent are forces mobilized, not a promise of military aid (AGREE 0332)."""
    _, events = run(nlp, text)
    assert cameo in {e.cameo for e in events} and "0332" not in {e.cameo for e in events}, \
        [(e.cameo, e.rule) for e in events]
