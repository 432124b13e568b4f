"""Reports of two articles whose parties tie nothing together are two events: no shared id, country or proper
name word in a role where both name someone. Within one article, a later attack by a named side is the earlier
unattributed one only when it names that attack (a claim), not when it tells a fresh act. Hand-built events with
fictional names (none from the evaluation sets or the seeds)."""

from __future__ import annotations

import pytest

from communique.pipeline.merge import MERGE_THRESHOLD, same_event
from communique.pipeline.merge.score import different_counterparts, unrelated_parties
from communique.records import Actor, Event, Mention, Span


def party(name: str, country: str | None = None, key: str | None = None) -> Actor:
    return Actor(id=key, name=name, country=country, kind="person" if key else "group")


def report(actors: list[Actor], recipients: list[Actor], doc: str, event_type: str = "REQUEST", cameo: str = "020",
           trigger: str = "urged", date: str = "2024-03-01") -> Event:
    sentence = f"{trigger} in {doc}"
    return Event(event_type=event_type, cameo=cameo, status="occurred", date=date, date_precision="day",
                 actors=actors, recipients=recipients, trigger=Span(trigger, 0, len(trigger)),
                 mentions=[Mention(doc, None, None, "2024-03-02", sentence, 0, len(sentence))])


CHIEF = party("Secretary-General Amara Velt", "IGO", "kb:velt")


@pytest.mark.parametrize(("first", "second", "event_type", "merges"), [
    # one official's two appeals of a day, to parties that share nothing: two events
    ((CHIEF, party("the Ruritanian rebels", "RUR")), (CHIEF, party("Freedonian trade unions", "FRD")), "REQUEST",
     False),
    # the same appeal in two outlets, the addressee named differently
    ((CHIEF, party("the Ruritanian rebels", "RUR")), (CHIEF, party("rebel fighters of Ruritania", "RUR")), "REQUEST",
     True),
    ((CHIEF, party("Ruritanian President Oskar Brenn")), (CHIEF, party("Brenn")), "REQUEST", True),
    # a description ties nothing, so it parts nothing: another report may name the same party
    ((CHIEF, party("the warring parties")), (CHIEF, party("Ruritanian rebels", "RUR")), "REQUEST", True),
    # two meetings of the same day between unrelated, unresolved people
    ((party("Ilse Marrow"), party("Tomas Quill")), (party("Edda Vorn"), party("Pieter Lask")), "CONSULT", False),
    ((party("Ilse Marrow"), party("Tomas Quill")), (party("Tomas Quill"), party("Ilse Marrow")), "CONSULT", True),
])
def test_merge_unrelated_parties_across_articles(first: tuple[Actor, Actor], second: tuple[Actor, Actor],
                                                 event_type: str, merges: bool) -> None:
    cameo, trigger = ("040", "met") if event_type == "CONSULT" else ("020", "urged")
    a = report([first[0]], [first[1]], "outlet-a", event_type, cameo, trigger)
    b = report([second[0]], [second[1]], "outlet-b", event_type, cameo, trigger)
    assert unrelated_parties(a, b) is not merges
    assert not unrelated_parties(a, b) or different_counterparts(a, b)  # the counterpart check covers it
    assert (same_event(a, b) >= MERGE_THRESHOLD) is merges, same_event(a, b)



def _assault(actors: list[Actor], trigger: str, start: int, rule: str, recipients: list[Actor] | None = None) -> Event:
    sentence = f"sentence {start} {trigger}"
    return Event(event_type="ASSAULT", cameo="190", status="occurred", date="2024-03-01", date_precision="day",
                 actors=actors, recipients=recipients or [], rule=rule, trigger=Span(trigger, start, start + len(trigger)),
                 mentions=[Mention("d1", None, None, "2024-03-02", sentence, start, start + len(sentence))])


UNKNOWN = Actor(id="group:RUR-UAF", name="unidentified attackers", kind="group", country="RUR", sector="UAF")
TROOPS = Actor(id="group:FRD-MIL", name="Freedonian troops", kind="group", country="FRD", sector="MIL")


@pytest.mark.parametrize(("trigger", "rule", "attributed"), [
    ("carried out Friday's attack", "phrase:carry+attack+nsubj", True),  # the attack named again: a claim
    ("bombing", "noun:bombing+poss", True),
    ("open fire", "phrase:open+fire+nsubj", False),  # a fresh act ("prompted the troops to open fire")
])
def test_merge_within_document_only_a_named_attack_is_attributed(trigger: str, rule: str, attributed: bool) -> None:
    from communique.pipeline.merge import merge_within_document
    first = _assault([UNKNOWN], "exploded", 0, "verb:explode", [party("a patrol", "RUR", "group:RUR-MIL")])
    merged = merge_within_document([first, _assault([TROOPS], trigger, 200, rule)])
    assert (len(merged) == 1) is attributed, [(e.actors, e.rule) for e in merged]


def test_merge_different_counterparts_of_one_party_are_two_meetings() -> None:
    """"X met Y" and "X met Z" in two articles: the ids agree on X, the names show two different meetings."""
    brenn = party("Ruritanian President Oskar Brenn", "RUR", "kb:brenn")
    a = report([CHIEF, brenn], [], "outlet-a", "CONSULT", "040", "met")
    b = report([CHIEF, party("Edda Vorn")], [], "outlet-b", "CONSULT", "040", "met")
    assert same_event(a, b) < MERGE_THRESHOLD, same_event(a, b)
    c = report([CHIEF, party("Brenn")], [], "outlet-c", "CONSULT", "040", "met")  # the same meeting, fewer words
    assert same_event(a, c) >= MERGE_THRESHOLD, same_event(a, c)


def test_merge_across_articles_needs_a_shared_party() -> None:
    """Political reports of two articles with no party resolved on one side ("ministers from 78 countries called
    for ...") are not joined to another's ("Karim Zahar called on ...") by the trigger and the day alone."""
    a = report([party("ministers from 78 countries")], [], "outlet-a", trigger="called")
    b = report([party("Karim Zahar", "PSE", "kb:zahar")], [party("the ruling movement")], "outlet-b", trigger="called")
    assert same_event(a, b) == 0.0


@pytest.mark.parametrize(("day_b", "stated_b", "merges"), [
    ("2024-03-01", "2024-03-01", True),   # both give the same day
    ("2024-03-02", "2024-03-02", False),  # "early on Monday" and "late Tuesday": two incidents
    ("2024-03-01", None, False),          # an undated report of one article is not a dated one of another
])
def test_merge_incidents_across_articles_need_the_same_stated_day(day_b: str, stated_b: str | None,
                                                                  merges: bool) -> None:
    victims = party("Ruritanian villagers", "RUR", "group:RUR-CVL")
    a = _assault([TROOPS], "shelled", 0, "verb:shell+deictic", [victims])
    b = _assault([TROOPS], "shelled", 0, "verb:shell+deictic", [victims])
    a.date_rule = "weekday-monday"
    b.date, b.date_rule = day_b, "weekday-tuesday" if stated_b else "story-day:undated"
    b.mentions = [Mention("d2", None, None, "2024-03-02", "another outlet", 0, 14)]
    assert (same_event(a, b) >= MERGE_THRESHOLD) is merges, same_event(a, b)
