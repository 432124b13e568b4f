"""Acts a story mentions without reporting them as news (pipeline/events/background.py): background history is
not found at all; the content of a demand, hope, condition or ability is found, marked ``+not-news:`` and left out
by the rules extractor, while the governing act (and any reading derived from it) stays.

Sentences are written for these tests (fictional names); none come from the evaluation sets or the seeds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.events.background import news_only
from communique.pipeline.events.find import find_events
from communique.records import Document, Event

PUBLISHED = "2025-03-04"


def reported(nlp: Language, text: str) -> list[Event]:
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    return news_only(find_events(doc, nlp(text)))


def trigger_words(text: str, events: list[Event]) -> set[str]:
    """First words of the triggers of the events found (readings derived from a statement, such as a threat read
    off "ready to resume fighting", share the trigger and are left aside)."""
    return {text[e.trigger.start:e.trigger.end].split()[0].lower() for e in events
            if e.trigger is not None and not e.rule.startswith("derived:")}


# sentence, trigger word of the act that is no news, trigger word of the act that is (or None)
NOT_NEWS_TABLE = [
    # content of a demand: only the demand is an event
    ("Ruritania urged Freedonia to withdraw its troops from the border.", "withdraw", "urged"),
    ("The foreign minister called on the rebels to release the hostages.", "release", "called"),
    ("Elbonia demanded that Freedonia cooperate with the inquiry.", "cooperate", "demanded"),
    ("It will be impossible to persuade the lenders to give us their support, the minister said.", "give", None),
    ("International pressure mounted on Wednesday to deploy the peace force to Freedonia.", "deploy", None),
    # an obligation a speaker states of another: the demand (derived from "must") is the event; the obliged act
    # and what it is for are its content
    ("The Ruritanian trade envoy said Freedonia must help to conclude the round of trade negotiations.", "help",
     None),
    ("The Ruritanian trade envoy said Freedonia must help to conclude the round of trade negotiations.",
     "conclude", None),
    # content of a promise: the promise (an AGREE) carries it
    ("The Ruritanian minister promised an aid package to help Freedonians rebuild their schools.", "help", "promised"),
    ("Elbonia pledged to assist the flood victims in Freedonia.", "assist", "pledged"),
    # the purpose of a trip told in a relative clause describes who someone is
    ("Three Ruritanian engineers, who came to Freedonia to aid flood victims, were hurt in a fire.", "aid", None),
    # readiness, hope, conditions, abilities
    ("The army is ready to end the ceasefire and resume fighting, the general said.", "resume", None),
    ("The rebels would attack the capital if the talks fail.", "attack", None),
    ("The government hopes the two sides will sign a deal soon.", "sign", None),
    ("Officials said the police can arrest anyone who breaks the curfew.", "arrest", None),
    # an event noun marked as past: context, not news
    ("The minister praised the recent visits of the Freedonian envoy to the capital.", "visits", None),
    # an act advised or warned against
    ("The foreign ministry advised its nationals against travelling to Freedonia.", "travelling", None),
    # a gerund completing a noun
    ("The two ministries praised their cooperation in arresting smuggling suspects.", "arresting", "praised"),
    # background: previously, past perfect outside reported speech, since-clauses, old years, restrictive relatives
    ("Ruritania has previously accused Freedonia of arming the rebels.", "accused", None),
    ("The militia, which had attacked the convoy, was disbanded on Monday.", "attacked", None),
    ("The border has stayed closed since Freedonia withdrew its troops.", "withdrew", None),
    ("From 1931 to 1935, Ruritania fought a war against Freedonia.", "war", None),
    ("The strike that toppled the regime was planned for months.", "toppled", None),
    ("The offensive was launched six months ago.", "launched", None),
    ("It was the first contact between the two sides since a conference between their leaders in June.",
     "conference", None),
    # a past relative clause dated by the calendar describes a party's history (the news week goes by weekday)
    ("The party, which the president dismissed from government on October 28, reiterated its charges.", "dismissed",
     "reiterated"),
    # what someone remembers: a memory told
    ("A witness recalled how the presidential guard bombarded his village before the killings.", "bombarded", None),
    # a time of life: a person's past
    ("They met again in the resort of Capri when she was 15.", "met", None),
    ("He met the king when he was a student in London.", "met", None),
    # the object of a purpose infinitive: what an act aims at
    ("The offensive, launched to stamp out rebel rocket attacks on the border towns, killed forty people.",
     "attacks", "killed"),
    ("Ruritania deployed its navy to prevent raids on the fishing fleet.", "raids", None),
    # an act prevented: it never happened, and its would-be doers are not who prevented it
    ("Police in the capital on Saturday foiled an apparent attempt to kill the Freedonian president.", "kill", None),
    ("Security forces thwarted a plot to assassinate the president.", "assassinate", None),
    ("The army prevented the rebels from attacking the town.", "attacking", None),
    # the content of an accusation: the act alleged is no news of the story (the verdict or the charge is)
    ("Seven Ruritanian soldiers accused of beating a Freedonian teenager to death were acquitted on Thursday.",
     "beating", None),
    # a meeting of others that someone wishes for: the content of a hope, no planned meeting
    ("Ruritania wished a dialogue between the Freedonian government and the rebel leaders.", "dialogue", None),
]


@pytest.mark.parametrize(("text", "content", "governing"), NOT_NEWS_TABLE)
def test_background_not_news_left_out(nlp: Language, text: str, content: str, governing: str | None) -> None:
    words = trigger_words(text, reported(nlp, text))
    assert content not in words, words
    if governing is not None:
        assert governing in words, words


# acts that stay news: attempts, reported past perfect, a dated past perfect, an aside relative clause, a new act
# about an old matter, the statement's own plan
NEWS_TABLE = [
    ("Ruritania tried to seize the disputed island on Monday.", "seize"),
    ("The rebels attempted to assassinate the governor, police said.", "assassinate"),
    ("The ministry said on Tuesday that Freedonia had expelled two diplomats.", "expelled"),
    ("On Monday, the ministers had met in the capital to discuss prices.", "met"),
    ("The envoy, who met the president for talks, will leave on Friday.", "met"),
    ("Police arrested the former general on Monday over the 1994 killings of protesters.", "arrested"),
    ("Ruritania plans to sue three Freedonian firms.", "sue"),
    ("The envoy met the president when he was in Paris on Monday.", "met"),
]


@pytest.mark.parametrize(("text", "trigger"), NEWS_TABLE)
def test_background_news_kept(nlp: Language, text: str, trigger: str) -> None:
    assert trigger in trigger_words(text, reported(nlp, text))


def test_background_content_still_found_with_its_status(nlp: Language) -> None:
    text = "The rebels would attack the capital if the talks fail."
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    attack = [e for e in find_events(doc, nlp(text)) if e.event_type == "ASSAULT"]
    assert attack and attack[0].status == "hypothetical" and "+not-news:content:" in attack[0].rule


def test_background_readiness_keeps_the_threat(nlp: Language) -> None:
    text = "The army is ready to end the ceasefire and resume fighting against the rebels, the general said."
    assert "THREATEN" in {e.event_type for e in reported(nlp, text)}


def test_background_promise_is_one_agree(nlp: Language) -> None:
    text = "Elbonia pledged to assist the flood victims in Freedonia."
    events = reported(nlp, text)
    assert [e.event_type for e in events] == ["AGREE"], [(e.event_type, e.rule) for e in events]


@pytest.mark.parametrize(("text", "planned_type", "planned_kept"), [
    # an announced cooperation is one statement, one event: the intent to cooperate (AGREE 03x)
    ("The Ruritanian president said on Sunday he would improve relations with Freedonia.", "SUPPORT", False),
    ("The Ruritanian government will give two million euros to the Freedonian flood victims.", "AID", False),
    # a planned meeting or withdrawal stays a plan
    ("The Ruritanian army will withdraw its troops from the Freedonian border next week.", "RETREAT", True),
])
def test_background_announced_cooperation_is_one_intent(nlp: Language, text: str, planned_type: str,
                                                         planned_kept: bool) -> None:
    events = reported(nlp, text)
    assert any(e.event_type == planned_type for e in events) is planned_kept, [(e.event_type, e.rule) for e in events]
    if not planned_kept:
        assert any(e.event_type == "AGREE" and e.rule.startswith("derived:intent") for e in events)


@pytest.mark.parametrize("text", [
    "Minister Olav Brekke said he would talk to the Freedonian parliament on the crisis.",
    "The Ruritanian president will meet his Freedonian counterpart next week.",
])
def test_background_planned_meeting_is_one_event(nlp: Language, text: str) -> None:
    """A planned meeting is the news; the intent to meet (AGREE 036) read off the same "will" is not a second
    event."""
    events = reported(nlp, text)
    assert [(e.event_type, e.status) for e in events] == [("CONSULT", "planned")], [
        (e.event_type, e.rule) for e in events]


@pytest.mark.parametrize(("text", "kept"), [
    ('"We never negotiate with kidnappers," the Ruritanian minister said.', False),  # a standing practice
    ("The rebels never accepted the ceasefire, the minister said on Monday.", True),  # a refusal that happened
    ("Ruritania's state media habitually accuse Freedonia of spying.", False),  # a standing practice
])
def test_background_habitual_never_is_no_event(nlp: Language, text: str, kept: bool) -> None:
    assert bool(reported(nlp, text)) is kept, [(e.event_type, e.rule) for e in reported(nlp, text)]


def test_background_conditional_offer_to_meet_keeps_the_intent(nlp: Language) -> None:
    """"would meet X if ...": the offer, made on a condition, is the statement's event (AGREE 036)."""
    text = "The rebel commanders said they would meet the mediator if he dropped his conditions."
    assert any(e.event_type == "AGREE" and e.cameo == "036" for e in reported(nlp, text))


@pytest.mark.parametrize("text", [
    "The presidents of Ruritania and Freedonia on Thursday agreed to cooperate in solving the border dispute.",
    "Ruritania and Freedonia have agreed to exchange information and to help safeguard consumers' health.",
])
def test_background_agreed_cooperation_is_the_agreement(nlp: Language, text: str) -> None:
    events = reported(nlp, text)
    types = {e.event_type for e in events}
    assert "AGREE" in types and not types & {"COOPERATE", "AID", "SUPPORT"}, [(e.event_type, e.rule) for e in events]


def test_background_act_inside_a_stated_demand_is_its_content(nlp: Language) -> None:
    text = ("The Ruritanian president called on the Freedonian prime minister to make new proposals for the budget, "
            "and said Freedonia should play its full part in funding the union's enlargement, the president's "
            "office said Tuesday.")
    events = reported(nlp, text)
    assert {e.event_type for e in events} == {"REQUEST"}, [(e.event_type, e.rule) for e in events]
    demand = next(e for e in events if e.rule.startswith("obligation:"))
    assert [r.text for r in demand.actor_refs] == ["The Ruritanian president"]


@pytest.mark.parametrize(("text", "kept"), [
    ("The former gang leader faces the death penalty for murdering four people unless the governor intervenes.",
     False),
    ("The rebel commander was sentenced to life in prison for attacking a police station.", False),
    ("Police arrested two men on Monday for attacking the embassy.", True),  # an arrest's reason may be news
    ("A Ruritanian man suspected of murdering the prison director has escaped from police headquarters.", False),
    ("The judge gave the eight defendants the maximum sentence of 20 years for murdering 200 prisoners of war.",
     False),
    ("The court convicted the Freedonian general of shelling the border villages in 1999.", False),
    # a deliberation is no act
    ("The Ruritanian government is thinking of charging the former prime minister with treason.", False),
    # a monitor's finding is the report of the act
    ("Both the Ruritanian army and the rebels are guilty of violating the ceasefire, the monitors said.", True),
])
def test_background_offence_of_a_penalty_is_no_event(nlp: Language, text: str, kept: bool) -> None:
    events = reported(nlp, text)
    assert any(e.event_type in ("ASSAULT", "ACCUSE") for e in events) is kept, [(e.event_type, e.rule) for e in events]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Ruritanian envoy opened new talks on Wednesday and criticised the interior minister for his attack on "
     "the rebel leadership.", "ACCUSE"),
    ("The Ruritanian president thanked Japan for sending relief supplies to the flood victims.", "AID"),
])
def test_background_what_one_is_blamed_or_thanked_for_is_content(nlp: Language, text: str, kind: str) -> None:
    events = reported(nlp, text)
    of_kind = [e for e in events if e.event_type == kind]
    assert len(of_kind) == (1 if kind == "ACCUSE" else 0), [(e.event_type, e.rule) for e in events]


@pytest.mark.parametrize(("text", "intent_parties"), [
    # someone else's wish: the parties of what is wanted intend nothing
    ("Ruritania wants talks between Freedonia and the rebels to resume.", None),
    ("Ruritania wants Freedonia to cooperate with the inspectors.", None),
    # one's own wish is one's intent
    ("The Freedonian president wants to meet the rebel leaders next week.", "president"),
])
def test_readings_intent_belongs_to_whoever_wants(nlp: Language, text: str, intent_parties: str | None) -> None:
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    intents = [e for e in find_events(doc, nlp(text)) if e.rule.startswith("derived:intent")]
    if intent_parties is None:
        assert intents == [], [(e.rule, e.actor_refs) for e in intents]
    else:
        assert intents and all(any(intent_parties in r.text for r in e.actor_refs) for e in intents)


@pytest.mark.parametrize(("text", "kept"), [
    ("Ruritania has long accused Freedonia of arming the rebels.", False),  # a standing stance
    ("Ruritania has consistently accused Freedonia of arming the rebels.", False),
    ("Ruritania has accused Freedonia of arming the rebels.", True),
    ("Ruritania constantly accused Freedonia of arming the rebels at Monday's session.", True),  # past: one occasion
])
def test_background_standing_perfect_is_no_event(nlp: Language, text: str, kept: bool) -> None:
    assert ("accused" in trigger_words(text, reported(nlp, text))) is kept
