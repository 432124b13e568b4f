"""Literal and verbal senses that are no ASSAULT, AID, REQUEST or THREATEN: verbal attacks are criticism (ACCUSE),
procedural phrases ("plead not guilty", "handed over the chair") code nothing, a negated vow is a refusal, a vow
with a background cue is history, a warning about a state of affairs threatens nobody.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.events.frames import idle_frame
from tests.helpers.pipeline import events_in


def _kinds(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.cameo) for e in events_in(nlp, text) if "not-news" not in (e.rule or "")]


@pytest.mark.parametrize("text", [
    "The president launched a fresh attack on the neighbouring state, dismissing its election as a farce.",
    "The opposition leader attacked the government's tax policy at a rally.",
    "The minister attacked the central bank for its handling of the currency crisis.",
    "The senator made a scathing attack on the trade agreement.",
    "The party chairman attacked the cabinet in a television interview.",
    "The Ruritanian actress on Monday attacked city officials over what she called the cruel treatment of animals.",
    "The opposition leader attacked the government over its handling of the currency crisis.",
])
def test_verbal_attack_is_criticism(nlp: Language, text: str) -> None:
    kinds = _kinds(nlp, text)
    assert ("ACCUSE", "111") in kinds
    assert not [k for k in kinds if k[0] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The rebels attacked an army convoy near the border.",
    "Gunmen launched an attack against a police station in the north.",
    "The army attacked rebel positions for three hours.",
    "The mayor said protesters attacked police cars, saying the situation remained tense.",
])
def test_physical_attack_stays_assault(nlp: Language, text: str) -> None:
    assert "ASSAULT" in [k[0] for k in _kinds(nlp, text)]


@pytest.mark.parametrize("text", [
    "The former governor said he would plead not guilty to the charges.",
    "The outgoing prime minister handed over the chair of the regional bloc to his counterpart.",
    "The ruling party received 12 percent of the vote.",
    "The senate voted to kill the motion.",
    "The premier delivered a speech at the summit on trade.",
    "The envoy handed over a diplomatic note at the ministry.",
    "Thirty miners are still receiving medical treatment in local hospitals.",
    "The chancellor received a letter from the prime minister on Monday.",
    "Nine members of the sect killed themselves in a farmhouse.",
    "A spokesman for the company said a Freedonian engineer was on board but declined to name him.",
    "The ministry declined to comment on the report.",
    "The president immediately signed the bill into law.",
    '"Why was the trial moved to the capital?" the lawyer asked.',
    "The former guard recalled a prisoner telling him about the escape.",
    "Ruritania shares a long border with Freedonia.",
    "So far the development agency has executed 12 irrigation projects in the southern provinces.",
    "Norland hosts some 300,000 refugees from its neighbours.",
    "The prime minister gave up part of the rebate in order to strike a deal.",
    "The regional community is making a great effort to fight HIV/AIDS.",
    "The leasing company applied to be wound up at the district court.",
    "The regional bloc will fight against poverty and corruption.",
    "The two laureates received their distinction from the chairman of the committee.",
    "Leaders of the small Greens party struck an electoral pact with the main opposition party on Wednesday.",
    "The Ruritanian government plans to meet a NATO request to send more troops.",
    "The Ruritanian president received a medical check-up in the capital on Sunday.",
    "The Ruritanian government has received a request from NATO for more troops.",
    "Asked what message she would send to Freedonia on her trip, the Ruritanian chancellor said the dispute must end.",
    "The Ruritanian minister asked whether Freedonia would extradite the suspects.",
    "The Ruritanian congressman answered yes when asked by the judge whether he was guilty.",
    "The Ruritanian congressman answered yes when asked by the judge if he had accepted bribes.",
    "A Ruritanian congressman pleaded guilty Monday to bribery charges.",
    "Ruritania destroyed two surface-to-air missiles on Friday to keep them from terrorists.",
    "Ruritanian prosecutors have delivered the criminal case to the country's Supreme Court.",
    "At 39, the Ruritanian opposition leader promises to be the upstart that the prime minister was.",
    "The Ruritanian lawyer, who was named in the petition, committed suicide four days later.",
    "The Ruritanian police chief battled for more powers to deal with suspected terrorists.",
    "The Ruritanian bodyguard received gunshot wounds from rebel fire.",
    "A four-storey building in the Ruritanian capital collapsed, killing two workers and injuring three others.",
    "Twelve Ruritanian pilgrims were killed when their bus plunged into a ravine on Monday.",
    "Five Ruritanian soldiers were killed in a road accident on Monday.",
    "An earthquake jolted Ruritania, with the Ruritanian Meteorological Agency issuing a tsunami warning.",
    "The Ruritanian weather bureau warned of heavy rain and flooding in the south on Monday.",
    "The Ruritanian businessman said he received thanks from the former prime minister.",
    "The Ruritanian prime minister told the crowd that he shared their pain.",
    "The Bolivian cabinet said the government would cede state-owned companies' stocks to poor families.",
    "The Ruritanian minister said both countries share similar values.",
    "The Ruritanian police have so far refused to confirm or deny the escape of the prisoners.",
    "Canada and Mexico are close to cutting the rate for long-distance telephone calls between the two countries.",
])
def test_procedural_phrases_code_nothing(nlp: Language, text: str) -> None:
    assert _kinds(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The president vowed he would not compromise on the nuclear programme.",
    "The rebel commander swore he would never lay down arms.",
])
def test_negated_vow_is_refusal(nlp: Language, text: str) -> None:
    kinds = _kinds(nlp, text)
    assert [k[0] for k in kinds] == ["REJECT"]


def test_pledge_of_restraint_is_no_threat(nlp: Language) -> None:
    kinds = _kinds(nlp, "The insurgents agreed not to attack polling stations.")
    assert "THREATEN" not in [k[0] for k in kinds]


@pytest.mark.parametrize("text", [
    "The militant group has vowed to destroy the state and staged bombings in the past.",
    "The movement has in the past made several raids on the border posts.",
])
def test_perfect_with_in_the_past_is_background(nlp: Language, text: str) -> None:
    assert _kinds(nlp, text) == []


def test_in_the_past_week_is_news(nlp: Language) -> None:
    assert _kinds(nlp, "The army has attacked rebel positions in the past week.")


@pytest.mark.parametrize("text", [
    "The agency warned that grain stocks had reached dangerously low levels.",
    "A newspaper warned that the coalition's defeat could complicate relations with the neighbours.",
    "Analysts warned that the country could slide into a political crisis.",
    "The security chief warned on Monday that militants were planning to abduct senior officials.",  # their plan
    "Police stepped up patrols around the embassies amid fears that militants may strike.",  # a fear, no threat
    "The police chief is warning residents of more attempts to attack the city in the coming months.",
])
def test_warning_about_a_state_of_affairs_is_no_threat(nlp: Language, text: str) -> None:
    assert "THREATEN" not in [k[0] for k in _kinds(nlp, text)]


@pytest.mark.parametrize("text", [
    "The general warned the rebels that the army would strike if they crossed the river.",
    "The foreign minister warned that his country would retaliate if sanctions were imposed.",
    "The minister warned that Iran would resort to other means if the talks failed.",
    "The president warned he would not accept any foreign interference.",
    "The militia warned on Monday that it would resume attacks on the border towns.",
    "The rebels warned that they would attack the capital.",
])
def test_threats_stay(nlp: Language, text: str) -> None:
    assert "THREATEN" in [k[0] for k in _kinds(nlp, text)]



def test_warning_of_a_declared_act_against_a_party_stays(nlp: Language) -> None:
    text = "The interior minister warned that the police will no longer tolerate marches by the student union."
    assert "THREATEN" in [k[0] for k in _kinds(nlp, text)]


def test_withdrawn_support_is_a_refusal_not_a_retreat(nlp: Language) -> None:
    kinds = _kinds(nlp, "The Congress party withdrew its support from the ruling coalition on Sunday.")
    assert ("REJECT", "120") in kinds and not [k for k in kinds if k[0] == "RETREAT"]


@pytest.mark.parametrize(("text", "kind"), [
    ("The gunmen killed two policemen in the capital.", "ASSAULT"),
    ("Ruritania declined to attend the talks in Geneva.", "REJECT"),
    ("The two foreign ministers signed the treaty in Vienna.", "SUPPORT"),
    ("The lawyer asked the court to adjourn the trial.", "REQUEST"),
    ("The lawyer asked for a delay of the trial.", "REQUEST"),
    ("Ruritania recalled its envoy to Freedonia on Friday.", "SANCTION"),
    ("Ruritania signed up to the border accord with Freedonia on Monday.", "SUPPORT"),
    ("Ruritania ceded the disputed islands to Freedonia on Monday.", "CONCEDE"),
    ("Ruritania shared intelligence with Freedonia on Monday.", "COOPERATE"),
])
def test_readings_idle_frames_leave_other_frames(nlp: Language, text: str, kind: str) -> None:
    assert kind in [k[0] for k in _kinds(nlp, text)]


def test_readings_participle_after_relative_clause_adjoins_the_main_clause(nlp: Language) -> None:
    evs = events_in(nlp, "A bomb exploded on Tuesday near the hotel where the Freedonian delegation will stay, wounding three policemen.")
    attacks = [e for e in evs if e.event_type == "ASSAULT"]
    assert attacks and all(e.status == "occurred" for e in attacks)
    assert all("delegation" not in a.text for e in attacks for a in e.actor_refs)
    assert not [e for e in evs if e.event_type == "THREATEN"]


@pytest.mark.parametrize(("text", "place"), [
    ("Leaders from Ruritania and Freedonia arrived in Tirana on Friday to join the two-day summit.", "Tirana"),
    ("The premier arrived in Vienna on Monday to attend a conference on energy.", "Vienna"),
])
def test_readings_journey_to_a_gathering_is_the_attendance(nlp: Language, text: str, place: str) -> None:
    evs = [e for e in events_in(nlp, text) if e.event_type == "CONSULT"]
    assert len(evs) == 1 and evs[0].status == "planned", [(e.cameo, e.status, e.rule) for e in evs]
    assert place in [r.text for r in evs[0].recipient_refs]


def test_readings_journey_for_talks_stays_a_visit(nlp: Language) -> None:
    evs = [e for e in events_in(nlp, "The minister arrived in Paris on Monday for talks with the president.")]
    assert "042" in [e.cameo for e in evs]


@pytest.mark.parametrize(("text", "kind"), [
    ("Norland executed two men convicted of spying for Sudland.", ("ASSAULT", "1823")),
    ("Norland will host a summit of regional leaders next month.", ("CONSULT", "043")),
])
def test_readings_idle_frames_leave_the_act_with_a_person_or_meeting(nlp: Language, text: str,
                                                                    kind: tuple[str, str]) -> None:
    assert kind in _kinds(nlp, text)


def test_readings_meeting_the_press_is_no_meeting(nlp: Language) -> None:
    kinds = [(e.event_type, e.actor_refs[0].text if e.actor_refs else "", [r.text for r in e.recipient_refs])
             for e in events_in(nlp, "The premier made the remarks when meeting the press after his talks with the "
                                     "visiting president.")]
    assert not [k for k in kinds if "the press" in k[2]], kinds
    assert any(k[0] == "CONSULT" and "the visiting president" in k[2] for k in kinds), kinds


@pytest.mark.parametrize(("text", "lemma", "idle"), [
    ("A record 95 people have signed up to contest next year's parliamentary election in Kenya.", "sign", True),
    ("Over 300 volunteers signed up to serve in the election commission, the ministry said.", "sign", True),
    ("Kenya signed up to the border accord with Uganda on Monday.", "sign", False),
    ("The minister then called the police to report the theft of his car.", "call", True),  # an emergency call
    ("The Kenyan minister called his Ugandan counterpart after the raid.", "call", False),
])
def test_readings_idle_frames_enrolment_and_emergency_calls(nlp: Language, text: str, lemma: str, idle: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert idle_frame(verb, lemma) is idle


@pytest.mark.parametrize(("text", "lemma", "idle"), [
    ("The minister said the coming meeting will yield a favourable outcome for both sides.", "yield", True),
    ("The rebels finally yielded the town to the army.", "yield", False),
    ("The president announced a reshuffle on Monday, dismissing three ministers.", "dismiss", True),
    ("The government dismissed the opposition's demands as absurd.", "dismiss", False),
    ("The province will adopt encouraging policies for foreign investors.", "encourage", True),
    ("The minister encouraged investors to return to the region.", "encourage", False),
])
def test_readings_idle_frames_produce_remove_and_adjectives(nlp: Language, text: str, lemma: str,
                                                            idle: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert idle_frame(verb, lemma) is idle


def test_readings_meeting_with_reporters_is_no_meeting(nlp: Language) -> None:
    assert not _kinds(nlp, "The governor made the remarks while meeting with chief editors of local newspapers.")
    assert ("CONSULT", "040") in _kinds(nlp, "The governor met with the visiting Ruritanian premier on Monday.")


@pytest.mark.parametrize(("text", "idle"), [
    ("Ruritania will fight to the last to muster support for its resolution on the rights of minorities.", True),
    ("The party vowed to fight to win back its seats in the capital.", True),
    ("The rebels will fight to the last to defend the town.", False),  # combat
])
def test_readings_idle_frames_fighting_to_win_is_campaigning(nlp: Language, text: str, idle: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "fight")
    assert idle_frame(verb, "fight") is idle


@pytest.mark.parametrize(("text", "kind", "cameo"), [
    ("The French president called the German chancellor on Monday to discuss the budget.", "CONSULT", "041"),
    ("The Chinese president called his Russian counterpart on Tuesday.", "CONSULT", "041"),
    ("The French minister called on Israel on Monday to halt the raids.", "REQUEST", "020"),
])
def test_readings_calling_someone_on_a_day_is_a_phone_call(nlp: Language, text: str, kind: str, cameo: str) -> None:
    kinds = _kinds(nlp, text)
    assert (kind, cameo) in kinds and not (kind == "CONSULT" and any(k[0] == "REQUEST" for k in kinds)), kinds


@pytest.mark.parametrize("text", [
    "The two Ruritanian parties ended their talks with an agreement on power sharing.",
    "The Ruritanian government and the rebels ended the negotiations with an accord on the border.",
])
def test_readings_talks_ended_with_an_agreement_are_no_break_off(nlp: Language, text: str) -> None:
    assert "SANCTION" not in [k[0] for k in _kinds(nlp, text)]


IDLE_FRAME_TABLE = [
    # denying a charge rejects no one; denying a request or entry does
    ("The minister denied allegations that his office had taken bribes from a contractor.", "deny", True),
    ("The rebel commander denied any link to the bombing of the market.", "deny", True),
    ("The army denied reports of casualties among its troops in the north.", "deny", True),
    ("The ministry denied the request for visas on Monday.", "deny", False),
    ("The border guards denied the reporters entry to the province.", "deny", False),
    ("The ministry denied the nurses' pay claim on Monday.", "deny", False),  # a demand turned down
    # guests invited by a host with nothing they are invited to; invitations to act or to go somewhere stay
    ("The two delegations are invited by the Chinese defence ministry.", "invite", True),
    ("The French minister was invited by the Chinese health ministry to kick off his first visit to China.", "invite",
     False),
    ("The Ukrainian president was invited by NATO to attend the alliance's summit in Vilnius.", "invite", False),
    ("Iran was invited by the European Union to resume nuclear talks in Vienna.", "invite", False),  # to act
    ("Hamas has been invited by Egypt to talks in Cairo next week.", "invite", False),  # to talks
    ("The Chinese defence ministry invited the two delegations.", "invite", False),  # the host's own act
    ("The envoy invited both ministers into a small cafe in the old town.", "invite", True),  # hospitality
    # a passive reception at the airport; a meeting held at an airport stays
    ("The Finnish premier was met at the airport by the Kenyan vice president.", "meet", True),
    ("The Finnish premier was greeted at the airport by the Kenyan vice president.", "greet", True),
    ("The Finnish premier met the Kenyan vice president at the airport before flying on to Kampala.", "meet", False),
    ("The Finnish premier met the Kenyan vice president at the state house on Monday.", "meet", False),
    # a call home is a family call
    ("The jailed strike leader was only allowed to phone home on Sunday.", "phone", True),
    ("The Kenyan president phoned his Ugandan counterpart on Sunday.", "phone", False),
    # a verdict or a favour returned; a detail declined (declining to discuss a proposal may refuse it)
    ("A Ruritanian court returned a guilty verdict against the editor on Friday.", "return", True),
    ("The senator returned the favour by backing the governor's bill.", "return", True),
    ("The rebels returned the seized trucks to the aid agency on Friday.", "return", False),
    ("The ministry declined to detail its military budget.", "decline", True),
    ("The foreign ministry declined to discuss the rebels' demands for autonomy.", "decline", False),
    ("The foreign ministry declined to sign the accord on Monday.", "decline", False),
]


@pytest.mark.parametrize(("text", "lemma", "idle"), IDLE_FRAME_TABLE)
def test_readings_idle_frames_charges_guests_receptions_calls_and_returns(nlp: Language, text: str, lemma: str,
                                                                  idle: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert idle_frame(verb, lemma) is idle


@pytest.mark.parametrize(("text", "consult"), [
    ("The union sent the premier a letter on Wednesday calling for the release of the jailed strikers.", False),
    ("The Bulgarian president sent a letter to his Greek counterpart on Monday pleading for an open border.", False),
    ("The Bulgarian president sent a letter to his Greek counterpart on Monday.", True),
    ("The Bulgarian president sent a letter to his Greek counterpart, the ministry said.", True),
    ("North Korea established contact with South Korea on Tuesday, offering to resume family reunions.", True),
])
def test_readings_letter_with_a_content_participle_is_no_meeting(nlp: Language, text: str, consult: bool) -> None:
    assert (("CONSULT", "040") in _kinds(nlp, text)) is consult


_FORCE = ("THREATEN", "COERCE", "ASSAULT")
_SAID = ("REJECT", "AGREE")


@pytest.mark.parametrize(("text", "types", "kept"), [
    # a feared act is no threat by the one feared; a threat one makes, or a reported act, stays
    ("The exiled rebel leader said on Monday he fears he could be abducted by Ruritanian agents.", _FORCE, False),
    ("The opposition leader worries that the army could arrest him at any time.", _FORCE, False),
    ("The rebel leader warned on Monday that his fighters could attack the capital.", _FORCE, True),
    ("The governor fears that rebels attacked the village overnight, killing dozens.", _FORCE, True),
    # what reports speculate is no one's intent; one's own announcement is
    ("Several newspapers had speculated that the minister would announce his resignation on Tuesday.", _SAID, False),
    ("The minister said he would announce his resignation on Tuesday.", _SAID, True),
])
def test_readings_feared_and_speculated_acts_are_no_news(nlp: Language, text: str, types: tuple[str, ...],
                                                         kept: bool) -> None:
    kinds = [k for k in _kinds(nlp, text) if k[0] in types]
    assert bool(kinds) is kept, kinds


@pytest.mark.parametrize(("text", "kind"), [
    ("EU foreign ministers banned ministerial visits to Ruritania on Tuesday.", ("SANCTION", "161")),
    ("The junta banned all contacts with the exiled opposition on Tuesday.", ("SANCTION", "161")),
    ("The governor banned all protests in the capital on Tuesday.", ("COERCE", "172")),
])
def test_readings_banned_visits_reduce_relations(nlp: Language, text: str, kind: tuple[str, str]) -> None:
    assert kind in _kinds(nlp, text)


@pytest.mark.parametrize(("text", "kinds", "kept"), [
    # "called X critical for Y" names X; no call for anything
    ("In Berlin, the German chancellor called the bailout critical for all of Europe.", [("REQUEST", "020")], False),
    ("The German chancellor called for a bailout of the banks on Monday.", [("REQUEST", "020")], True),
    # what someone "must understand" is a view urged, no conduct demanded
    ("The Greeks must also understand that without these cuts the crisis would deepen, the fund's chief said.",
     [("REQUEST", "100")], False),
    ("The fund's chief said the Greeks must cut their deficit this year.", [("REQUEST", "100")], True),
    ("Ruritania must understand our position on the islands and stop its drilling, the foreign minister said.",
     [("REQUEST", "100")], True),  # a demand joined to the view
    # returning fire is using force
    ("The border guards returned fire across the river on Sunday.", [("ASSAULT", "190")], True),
])
def test_readings_named_views_and_returned_fire(nlp: Language, text: str, kinds: list[tuple[str, str]],
                                                 kept: bool) -> None:
    assert bool(set(kinds) & set(_kinds(nlp, text))) is kept
