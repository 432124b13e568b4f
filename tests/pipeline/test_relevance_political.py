"""Relevance: events need a political participant; a story dominated by sport, markets, culture or health gives
only events between political parties. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings
from communique.pipeline.read import make_document
from communique.pipeline.relevance import is_political, relevant_events, story_topic
from communique.records import Actor, Event


def _actor(kind: str, country: str | None = None, sector: str | None = None) -> Actor:
    return Actor(id=None, name="x", kind=kind, country=country, sector=sector)


@pytest.mark.parametrize(("actor", "political"), [
    (_actor("person", "FRA", "GOV"), True),
    (_actor("organization", "IGO", None), True),
    (_actor("country", "BRA"), True),
    (_actor("group", "CHN"), True),  # a national body of unknown sector
    (_actor("group", "PSE", "CVL"), True),  # people acting collectively
    (_actor("group", "USA", "BUS"), False),
    (_actor("group", None, "CVL"), False),
    (_actor("organization", "USA", "BUS"), False),
    (_actor("person", "JPN"), False),
    (_actor("person"), False),
    (_actor("organization", "NGO", None), True),  # a non-governmental organisation
    (_actor("person", "NGO", "SOC"), False),  # the head of a sports body
    (_actor("organization", "UNO", "MED"), True),  # a UN agency of any sector
])
def test_relevance_political_participants(actor: Actor, political: bool) -> None:
    assert is_political(actor) is political


def test_relevance_sport_country_is_a_team() -> None:
    assert not is_political(_actor("country", "BRA"), strict=True, countries=False)
    assert not is_political(_actor("group", "BRA", "CVL"), strict=True)
    assert is_political(_actor("person", "BRA", "GOV"), strict=True, countries=False)


@pytest.mark.parametrize(("title", "text", "topic"), [
    ("Striker scores twice as champions win cup final",
     "The striker scored two goals and the coach praised his players after the match. The league season ends "
     "next week and the squad will rest before the tournament.", "sport"),
    ("Hosts recover after early loss",
     "The visitors' captain hit a half-century while two batsmen were unbeaten at the break; the fast bowler took "
     "three wickets in the first innings, and security was tight at the ground.", "sport"),
    ("Leaders pull clear after home win",  # the words of a match report: the ball, a header, tackles, a minute
     "The home side went ahead in the 30th minute with a header from a corner, and the keeper made a late save; "
     "two bad tackles earned a red card, and the ball struck the bar before the final whistle of the game.",
     "sport"),
    ("Tech shares lift index",
     "Shares rose 2 percent as investors bought technology stocks; the index gained 40 points and analysts "
     "expect higher earnings and profits at several firms.", "market"),
    ("New drug cuts infections in trial",
     "Researchers said the vaccine and the drug cut infections among patients in hospital; the study of the "
     "disease will go on with surgeons and scientists.", "health"),
    ("Painter's exhibition opens",
     "The museum exhibition shows paintings by the artist, whose film won an award at the festival.", "culture"),
    ("Pilgrims gather at ancient temple",
     "Thousands of pilgrims and monks chanted prayers at the temple, where a relic of the saint was enshrined "
     "after a religious ceremony; worshippers lit incense through the night.", "culture"),
    ("Minister warns rebels",
     "The defence minister warned the rebels that troops would attack if the ceasefire talks failed, and the "
     "government said the peace accord was at risk; shares fell 2 percent.", None),
    ("Government bans imports of poultry over flu",
     "The government, the president and parliament agreed sanctions; the minister met the ambassador at the "
     "border while the army and police watched, and talks on the crisis went on.", None),
])
def test_relevance_story_topic(title: str, text: str, topic: str | None) -> None:
    assert story_topic(title, text) == topic


def _event(actors: list[Actor], recipients: list[Actor], rule: str = "verb:x") -> Event:
    return Event(event_type="ASSAULT", cameo="190", actors=actors, recipients=recipients, rule=rule)


def test_relevance_off_topic_story_keeps_acts_between_political_parties() -> None:
    doc = make_document("The striker scored two goals and the coach praised his players after the match. "
                        "The league season ends and the squad rests before the tournament and the cup final.")
    team = _event([_actor("country", "BRA")], [_actor("country", "ARG")])
    state = _event([_actor("person", "BRA", "GOV")], [_actor("country", "ARG", "GOV")])
    user = _event([_actor("person", "BRA")], [], rule="user-verb:kick")
    joint = _event([_actor("person", "BRA", "GOV"), _actor("person", "ARG", "GOV")], [])
    alone = _event([_actor("person", "BRA", "GOV")], [])
    assert relevant_events(doc, [team, state, user, joint, alone]) == [state, user, joint]


@pytest.mark.parametrize("text", [
    "The software maker sued a rival chip company over a patent on Monday.",
    "A worker was killed when part of a crane fell on the building site.",
])
def test_relevance_no_political_participant_no_event(text: str) -> None:
    assert extract(text, published="2024-05-01") == []


@pytest.mark.parametrize("text", [
    "Rebels attacked an army convoy near the border on Monday.",
    "The Elbonian government sued the neighbouring state at the international court.",
    "Delegations from Norway and Peru started talks in Oslo on Monday.",
])
def test_relevance_political_events_kept(text: str) -> None:
    assert extract(text, published="2024-05-01")


def _topic_as_before(title: str | None, text: str) -> str | None:
    """The topic count as first written (each word against each word list), for comparison."""
    from collections import Counter

    from communique.pipeline import relevance as rel

    counts: Counter[str] = Counter()
    for part, weight in ((title or "", rel.TITLE_WEIGHT), (text, 1)):
        for word in rel._WORD.findall(part.lower()):
            if word in rel.POLITICAL_WORDS:
                counts["political"] += weight
            for name, words in rel.TOPICS.items():
                if word in words:
                    counts[name] += weight
    best = max(rel.TOPICS, key=lambda name: counts[name])
    if counts[best] >= rel.MIN_TOPIC and counts[best] >= rel.TOPIC_RATIO * max(counts["political"], 1):
        return best
    return None


@pytest.mark.parametrize(("title", "text"), [
    ("Shares fall", "Stocks fell and the index dropped as shares and bonds slid; the market closed lower. "
     "Traders said the dollar and the yen rose."),
    ("Cup final", "The striker scored twice as the team won the match and the league title; the coach praised "
     "the goalkeeper."),
    (None, "The minister met the president to discuss the election, the parliament and the government."),
    ("Festival opens", "The film festival opened with a concert; the museum showed paintings by the artist."),
])
def test_relevance_story_topic_counts_as_before(title: str | None, text: str) -> None:
    assert story_topic(title, text) == _topic_as_before(title, text)


@pytest.mark.parametrize(("date", "kept"), [
    ("1997-04-02", True),  # the news days
    ("1997-W14", True),
    ("1997-04", True),  # the month of publication
    ("1997-03-10", True),  # 25 days before
    ("1997-01", False),  # "visited X in January" in an April story
    ("1996", False),  # "last year"
    ("1997-05-09", True),  # planned
    (None, True),
])
def test_relevance_news_window_drops_acts_dated_a_month_before(date: str | None, kept: bool) -> None:
    doc = make_document("Ruritania's minister met Freedonia's minister.", published="1997-04-04")
    minister = _actor("person", "RUR", "GOV")
    event = Event(event_type="CONSULT", cameo="042", date=date, actors=[minister], recipients=[_actor("country", "FRE")])
    assert (relevant_events(doc, [event]) == [event]) is kept


@pytest.mark.parametrize(("date", "precision", "status", "kept"), [
    ("1997-03", "month", "occurred", False),  # "last month" in a story of April 4: 4 days ago at most, not news
    ("1997", "year", "occurred", False),  # "earlier this year", "this year": no day, no week
    ("1997-04", "month", "occurred", True),  # "this month"
    ("1997-03-31", "day", "occurred", True),  # a named day of last month: 4 days ago
    ("1997", "year", "planned", True),  # "will visit this year": a plan
])
def test_relevance_news_window_past_month_or_year(date: str, precision: str, status: str, kept: bool) -> None:
    doc = make_document("Ruritania's minister met Freedonia's minister.", published="1997-04-04")
    event = Event(event_type="CONSULT", cameo="042", status=status, date=date, date_precision=precision,
                  actors=[_actor("person", "RUR", "GOV")], recipients=[_actor("country", "FRE")])
    assert (relevant_events(doc, [event]) == [event]) is kept


def test_relevance_news_window_zero_keeps_every_date() -> None:
    doc = make_document("Ruritania's minister met Freedonia's minister.", published="1997-04-04")
    event = Event(event_type="CONSULT", cameo="042", date="1996", actors=[_actor("person", "RUR", "GOV")],
                  recipients=[_actor("country", "FRE")])
    assert relevant_events(doc, [event], window=0) == [event]


@pytest.mark.parametrize(("visitor", "kept"), [
    (_actor("person", "RUR", "GOV"), True),  # a minister
    (_actor("organization", "IGO", None), True),  # a regional body's delegation
    (_actor("country", "RUR"), True),
    (_actor("group", "RUR", "CVL"), False),  # "13,000 Ruritanians have arrived in Freedonia by boat"
    (_actor("person", "USA"), False),  # a basketball player flying to a game
    (_actor("person", None, "REL"), True),  # a pope's visit
    (_actor("group", "LBY", "REL"), False),  # "Libyan worshippers" flown to Mecca
])
def test_relevance_visit_needs_an_official_visitor(visitor: Actor, kept: bool) -> None:
    doc = make_document("They arrived in Freedonia.", published="1997-04-04")
    event = Event(event_type="CONSULT", cameo="042", actors=[visitor], recipients=[_actor("country", "FRE")])
    assert (relevant_events(doc, [event]) == [event]) is kept


@pytest.mark.parametrize(("guest", "kept"), [
    (_actor("person", "FRE", "GOV"), True),
    (_actor("group", "FRE", None), True),  # a national delegation
    (_actor("group", None, "REF"), False),  # "gave a mixed welcome to the influx of refugees"
])
def test_relevance_hosting_needs_a_guest_who_visits(guest: Actor, kept: bool) -> None:
    doc = make_document("Ruritania welcomed them.", published="1997-04-04")
    event = Event(event_type="CONSULT", cameo="043", actors=[_actor("country", "RUR")], recipients=[guest])
    assert (relevant_events(doc, [event]) == [event]) is kept


def _named(name: str, kind: str = "group", country: str | None = "RUR", sector: str | None = "MIL") -> Actor:
    return Actor(None, name, kind, country, sector)


@pytest.mark.parametrize(("cameo", "actor", "recipients", "kept"), [
    ("040", "first Ruritanian soldiers of the force", ["advanced Freedonian unit"], False),  # met up with
    ("042", "Ruritanian troops", [], False),  # arriving: a deployment
    ("040", "Ruritanian army chief", ["Freedonian defence minister"], True),  # officers do consult
    ("040", "Ruritanian troops", ["Freedonian defence minister"], True),
    ("042", "Ruritanian military delegation", ["Freedonian defence minister"], True),
])
def test_relevance_troop_movement_is_no_consultation(cameo: str, actor: str, recipients: list[str],
                                                     kept: bool) -> None:
    doc = make_document("They met.", published="1997-04-04")
    event = Event(event_type="CONSULT", cameo=cameo, actors=[_named(actor)],
                  recipients=[_named(r, country="FRE") for r in recipients])
    assert (relevant_events(doc, [event]) == [event]) is kept


def test_relevance_news_window_setting_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.config import Settings
    from communique.errors import CommuniqueError

    monkeypatch.delenv("COMMUNIQUE_NEWS_WINDOW_DAYS", raising=False)
    assert Settings().news_window_days == 30
    monkeypatch.setenv("COMMUNIQUE_NEWS_WINDOW_DAYS", "0")
    assert Settings().news_window_days == 0
    monkeypatch.setenv("COMMUNIQUE_NEWS_WINDOW_DAYS", "a month")
    with pytest.raises(CommuniqueError, match="COMMUNIQUE_NEWS_WINDOW_DAYS"):
        Settings()


@pytest.mark.parametrize(("sector", "kept"), [
    ("BUS", False),  # "the nuclear industry group set up a research base in Shanghai"
    ("MIL", True),  # "the army set up a base near the border"
    ("GOV", True),
])
def test_relevance_mobilization_needs_an_actor_with_force(sector: str, kept: bool) -> None:
    doc = make_document("The group set up a base near the border.", published="1997-04-04")
    event = Event(event_type="MOBILIZE", cameo="150", status="occurred", date="1997-04-04", date_precision="day",
                  actors=[_actor("group", "RUR", sector)], recipients=[_actor("country", "FRE")])
    assert (relevant_events(doc, [event]) == [event]) is kept


@pytest.mark.parametrize(("text", "sector", "kept"), [
    ("US boxing legend Amadou Kante", None, False),  # "... arrived in Berlin to receive a prize": a private trip
    ("NBA star Amadou Kante", None, False),
    ("Foreign Minister Amadou Kante", "GOV", True),
    ("Amadou Kante", None, True),  # nothing said of him: may be anyone, kept
])
def test_relevance_private_persons_pay_no_visit(text: str, sector: str | None, kept: bool) -> None:
    doc = make_document("He arrived in Berlin on Friday.", published="1997-04-04")
    visitor = Actor(id=None, name="Amadou Kante", kind="person", sector=sector, text=text)
    event = Event(event_type="CONSULT", cameo="042", status="occurred", date="1997-04-04", date_precision="day",
                  actors=[visitor], recipients=[_actor("country", "DEU")])
    assert (relevant_events(doc, [event]) == [event]) is kept


@pytest.mark.parametrize(("actors", "recipients", "dropped"), [
    ([_actor("person", "CHN", "GOV")], [], True),  # "said X when visiting an exhibition": a visit to no party
    ([_actor("person", "CHN", "GOV")], [_actor("country", "FRA")], False),  # a visit to France
    ([_actor("person", "CHN", "GOV"), _actor("person", "FRA", "GOV")], [], False),  # two named parties
])
def test_relevance_hostless_visit_is_no_event(actors: list[Actor], recipients: list[Actor], dropped: bool) -> None:
    ev = Event(event_type="CONSULT", cameo="042", actors=actors, recipients=recipients, rule="verb:visit")
    assert (relevant_events(make_document("The minister was visiting on Monday."), [ev]) == []) is dropped


@pytest.mark.parametrize(("text", "kept"), [
    ("The provincial government held a special conference on Monday to strengthen the relief work.", False),
    ("The Kenyan cabinet held a meeting on Monday.", False),
    ("The Kenyan foreign minister held a meeting with his Ugandan counterpart on Monday.", True),
    ("EU foreign ministers held a meeting in Brussels on Monday.", True),  # an international body's members
])
def test_relevance_internal_meeting_is_no_consultation(text: str, kept: bool) -> None:
    got = [e for e in extract(text, published="2024-05-04", settings=Settings(min_confidence=0.0))
           if e.event_type == "CONSULT"]
    assert bool(got) is kept


@pytest.mark.parametrize(("title", "text"), [
    ("Slugger signs", "The pitcher and the slugger agreed terms before the offseason; the rookie quarterback threw "
     "two touchdowns and an interception, and the shortstop's batting average rose over the last inning."),
])
def test_relevance_topic_american_sport_words(title: str, text: str) -> None:
    assert story_topic(title, text) == "sport"


def test_relevance_police_coercion_in_a_sport_story_is_kept() -> None:
    text = ("Ruritanian police arrested the star quarterback on Saturday on suspicion of drunken driving. The "
            "rookie linebacker and the receiver trained for the playoffs; the pitcher threw in the offseason, and "
            "the team's touchdowns and interceptions led the league this season.")
    document = make_document(text, published="2024-05-01", title="Quarterback arrested before playoffs")
    police = Actor(id=None, name="police", kind="group", country="RUR", sector="COP")
    player = Actor(id=None, name="quarterback", kind="person", country="RUR", sector=None)
    arrest = Event(event_type="COERCE", cameo="173", actors=[police], recipients=[player], rule="verb:arrest+nsubj")
    praise = Event(event_type="SUPPORT", cameo="051", actors=[player], recipients=[police], rule="verb:praise+nsubj")
    assert story_topic(document.title, document.text) == "sport"
    assert relevant_events(document, [arrest, praise]) == [arrest]


def test_relevance_missile_interception_is_no_sport() -> None:
    text = ("The defence ministry said the interceptor hit the target in the second interception test of the "
            "season; the missile was fired from a ship and the interception took place over the sea.")
    assert story_topic("Ruritania hails missile interception test", text) is None


def test_relevance_sport_judges_are_no_court() -> None:
    text = ("The skating judges penalised the champion for a fall in the final; the coach and the players said the "
            "season's playoffs and the league's goals would decide the trophy, and the striker scored twice.")
    document = make_document(text, published="2024-05-01", title="Champion penalised as league season ends")
    judges = Actor(id=None, name="skating judges", kind="group", country="RUR", sector="JUD",
                   resolution="unresolved:no-rule; text:sentence's only country 'Ruritanian' -> RUR")
    skater = Actor(id=None, name="champion", kind="person", country="RUR", sector=None)
    penalty = Event(event_type="COERCE", cameo="170", actors=[judges], recipients=[skater], rule="verb:penalise")
    assert story_topic(document.title, document.text) == "sport"
    assert relevant_events(document, [penalty]) == []


def _meeting(actors: list[Actor]) -> Event:
    return Event(event_type="CONSULT", cameo="040", actors=actors, recipients=[], rule="noun:meeting")


def test_relevance_off_topic_story_keeps_a_meeting_of_a_body_of_states() -> None:
    # "a meeting of the regional bloc's health ministers" in a story about a disease: states meeting in their body
    doc = make_document("Researchers said the vaccine and the drug cut infections among patients in hospital; "
                        "the study of the disease will go on with surgeons and scientists, and the virus spreads.")
    bloc = _meeting([_actor("group", "IGO", "GOV")])
    charity = _meeting([_actor("group", "NGO", "GOV")])
    doctors = _meeting([_actor("group", "IGO", "MED")])
    assert relevant_events(doc, [bloc, charity, doctors]) == [bloc]


def test_relevance_sport_story_keeps_no_meeting_of_a_body_alone() -> None:
    doc = make_document("The striker scored two goals and the coach praised his players after the match. "
                        "The league season ends and the squad rests before the tournament and the cup final.")
    assert relevant_events(doc, [_meeting([_actor("group", "IGO", "GOV")])]) == []


def test_relevance_off_topic_story_keeps_a_signing_of_a_body_of_states() -> None:
    doc = make_document("Researchers said the vaccine and the drug cut infections among patients in hospital; "
                        "the study of the disease will go on with surgeons and scientists, and the virus spreads.")
    signing = Event(event_type="SUPPORT", cameo="057", actors=[_actor("group", "IGO", "GOV")], rule="phrase:sign")
    praise = Event(event_type="SUPPORT", cameo="051", actors=[_actor("group", "IGO", "GOV")], rule="verb:praise")
    assert relevant_events(doc, [signing, praise]) == [signing]


@pytest.mark.parametrize(("text", "kept"), [
    ("Around 120 residents of nearby properties have been asked by police to leave their homes.", False),
    ("Police urged protesters in Nairobi to disperse on Monday.", False),
    ("Kenyan police asked the government on Monday to ban the opposition rally.", True),
])
def test_relevance_police_instruction_is_no_request(text: str, kept: bool) -> None:
    # police asking or ordering people is a public-safety operation; asking a government is a political request
    events = [e for e in extract(text, published="2024-03-02", settings=Settings(min_confidence=0.0))
              if e.event_type == "REQUEST"]
    assert bool(events) is kept, [(e.rule, [a.name for a in e.actors]) for e in events]


@pytest.mark.parametrize(("actor", "kept"), [
    (Actor(id=None, name="He", kind="person", resolution="unresolved:pronoun"), False),
    (Actor(id=None, name="They", kind="group", country="RUR", resolution="unresolved:pronoun; text:sentence's only "
           "country 'Ruritania' -> RUR"), True),
    (Actor(id=None, name="Ivan Petrov", kind="person", country="RUR", sector="GOV", resolution="coref:pronoun "
           "'He'->Ivan Petrov"), True),
])
def test_relevance_unknown_actor_is_dropped(actor: Actor, kept: bool) -> None:
    # a pronoun the story does not resolve leaves the event with no one acting: a row that cannot be right
    document = make_document("He met Norland's foreign minister on Monday.", published="2024-05-01")
    host = Actor(id=None, name="Norland", kind="country", country="NOR")
    meeting = Event(event_type="CONSULT", cameo="040", actors=[actor], recipients=[host], rule="verb:meet+nsubj")
    assert (relevant_events(document, [meeting]) == [meeting]) is kept


def test_relevance_club_officials_in_a_sport_story_are_no_state() -> None:
    # a "chairman" and his "counterpart" of two clubs, placed by the dateline, act for no state
    text = ("The coach quit the club on Saturday after the chairman refused an approach by a rival club to speak to "
            "his former manager; the players, the league and the season's goals, the striker said, came first.")
    document = make_document(text, published="2005-12-04", title="Coach quits club as league season ends")
    side = "text:premodifier role; context:article country (dateline 'LONDON') -> GBR"
    chairman = Actor(id=None, name="Ivan Petrov", kind="person", country="GBR", sector="GOV", resolution=side)
    rival = Actor(id=None, name="Olaf Berg", kind="person", country="GBR", sector="GOV", resolution=side)
    refusal = Event(event_type="REJECT", cameo="120", actors=[chairman], recipients=[rival], rule="verb:refuse+nsubj")
    assert story_topic(document.title, document.text) == "sport"
    assert relevant_events(document, [refusal]) == []
    minister_of = Actor(id=None, name="Tom Hale", kind="person", country="GBR", sector="GOV",
                        resolution="kb:office-holder GBR Sports Minister")
    fine = Event(event_type="SANCTION", cameo="172", actors=[minister_of],
                 recipients=[Actor(id=None, name="Norland", kind="country", country="NOR", sector="GOV")],
                 rule="verb:fine+nsubj")
    assert relevant_events(document, [fine]) == [fine]
