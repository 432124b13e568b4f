"""One sentence reporting one act done and another planned gives two events, not one merged report."""

from __future__ import annotations

import pytest

from communique.pipeline.merge.within import merge_within_document
from communique.records import Actor, Event, Mention

SENTENCE = "The Norland president arrived in Porto on Monday to attend the regional summit."
OTHER = "The Norland president met regional leaders in Porto."


def _event(status: str, sentence: str, start: int) -> Event:
    mention = Mention("d", None, None, "2024-05-02", sentence, start, start + len(sentence))
    return Event(event_type="CONSULT", cameo="040", status=status, actors=[Actor(id="country:NLD", name="Norland", kind="country")],
                 mentions=[mention])


@pytest.mark.parametrize(("first", "second", "merged"), [
    (("occurred", SENTENCE, 0), ("planned", SENTENCE, 0), False),   # arrived ... to attend: two acts
    (("occurred", SENTENCE, 0), ("occurred", SENTENCE, 0), True),   # two readings of one act
    (("occurred", SENTENCE, 0), ("planned", OTHER, 100), True),     # a later report may fold into the first
])
def test_done_and_planned_acts_of_one_sentence_stay_apart(first: tuple[str, str, int], second: tuple[str, str, int],
                                                           merged: bool) -> None:
    out = merge_within_document([_event(*first), _event(*second)])
    assert (len(out) == 1) is merged


def _party(code: str) -> Actor:
    return Actor(id=f"country:{code}", name=code, kind="country", country=code)


def _consult(actors: list[str], recipients: list[str], sentence: str = SENTENCE, etype: str = "CONSULT") -> Event:
    mention = Mention("d", None, None, "2024-05-02", sentence, 0, len(sentence))
    return Event(event_type=etype, cameo="040", status="occurred", actors=[_party(c) for c in actors],
                 recipients=[_party(c) for c in recipients], mentions=[mention])


@pytest.mark.parametrize(("first", "second", "merged", "sides"), [
    # "headed for X for talks with Y": two triggers, one meeting; the directed reading leads
    ((["NLD"], []), (["PRT"], ["NLD"]), True, (["PRT"], ["NLD"])),
    ((["NLD", "PRT"], ["ESP"]), (["NLD"], ["PRT"]), True, None),
    # no shared party: two meetings
    ((["NLD"], ["PRT"]), (["ESP"], ["FRA"]), False, None),
])
def test_merge_within_one_act_with_two_triggers_in_one_sentence(
        first: tuple[list[str], list[str]], second: tuple[list[str], list[str]], merged: bool,
        sides: tuple[list[str], list[str]] | None) -> None:
    out = merge_within_document([_consult(*first), _consult(*second)])
    assert (len(out) == 1) is merged
    if sides is not None:
        assert ([a.country for a in out[0].actors], [r.country for r in out[0].recipients]) == sides


def test_merge_within_one_demand_on_a_leader_and_his_state() -> None:
    # "X called on Britain's prime minister to ... and said Britain should ...": one addressee, one demand
    leader = Actor(id="person:pm", name="the prime minister", kind="person", country="PRT")
    first = _consult(["NLD"], [], etype="REQUEST")
    first.recipients = [leader]
    out = merge_within_document([first, _consult(["NLD"], ["PRT"], etype="REQUEST")])
    assert len(out) == 1 and [r.country for r in out[0].recipients] == ["PRT"]


def test_merge_within_demands_on_two_unplaced_bodies_stay_apart() -> None:
    # "urged the Farmers Union to ... and urged the Miners Guild to ...": no country says they are one addressee
    first, second = _consult(["NLD"], [], etype="REQUEST"), _consult(["NLD"], [], etype="REQUEST")
    first.recipients = [Actor(id="org:farmers-union", name="Farmers Union", kind="organization")]
    second.recipients = [Actor(id="org:miners-guild", name="Miners Guild", kind="organization")]
    assert len(merge_within_document([first, second])) == 2


def test_merge_within_charges_on_two_groups_of_one_country_stay_apart() -> None:
    # "accused the Portuguese army of ... and accused Portuguese settlers of ...": one country, two targets
    first, second = _consult(["NLD"], [], etype="ACCUSE"), _consult(["NLD"], [], etype="ACCUSE")
    first.recipients = [Actor(id="group:PRT-MIL", name="Portuguese army", kind="group", country="PRT")]
    second.recipients = [Actor(id="group:PRT-CVL", name="Portuguese settlers", kind="group", country="PRT")]
    assert len(merge_within_document([first, second])) == 2


def test_merge_within_directed_acts_with_other_recipients_stay_apart() -> None:
    # "accused X ... and accused Y": one sentence, one accuser, two different targets
    out = merge_within_document([_consult(["NLD"], ["PRT"], etype="ACCUSE"), _consult(["NLD"], ["ESP"], etype="ACCUSE")])
    assert len(out) == 2


@pytest.mark.parametrize(("dates", "merged"), [
    (("2024-05-02", "2024-05-02"), True),   # same day: the fuller report of the same talks
    ((None, "2024-05-02"), True),
    (("2024-05-01", "2024-05-02"), False),  # another day: other talks
])
def test_merge_within_fuller_report_of_talks_folds_in(dates: tuple[str | None, str | None], merged: bool) -> None:
    one = _consult(["NLD"], [], sentence="The talks of the Norland delegation ended.")
    both = _consult(["NLD", "PRT"], [], sentence="The two sides started talks in the morning.")
    one.date, both.date = dates
    one.mentions[0] = Mention("d", None, None, "2024-05-02", one.mentions[0].sentence, 0, 40)
    both.mentions[0] = Mention("d", None, None, "2024-05-02", both.mentions[0].sentence, 50, 90)
    assert (len(merge_within_document([one, both])) == 1) is merged


def test_merge_within_the_parties_read_as_countries_are_the_earlier_talks() -> None:
    # "X of Norland and Y met on Monday. ... the parties also discussed ...": the follow-up's parties came out as
    # the countries; it is the same talks, and the merged record does not list a country beside its own minister
    minister = Actor(id="person:x", name="X", kind="person", country="NLD")
    envoy = Actor(id="person:y", name="Y", kind="person", country="UNO")
    first = _consult([], [], sentence="X and Y met on Monday.")
    first.actors = [minister, envoy]
    later = _consult(["NLD"], [], sentence="The parties also discussed other matters.")
    later.actors = [envoy, _party("NLD")]
    first.mentions[0] = Mention("d", None, None, "2024-05-02", first.mentions[0].sentence, 0, 22)
    later.mentions[0] = Mention("d", None, None, "2024-05-02", later.mentions[0].sentence, 30, 70)
    out = merge_within_document([first, later])
    assert len(out) == 1
    assert [a.name for a in out[0].actors] == ["X", "Y"]


def _visit(status: str, host: Actor, sentence: str, start: int) -> Event:
    mention = Mention("d", None, None, "2024-05-02", sentence, start, start + len(sentence))
    return Event(event_type="CONSULT", cameo="042", status=status, actors=[_party("NPL")], recipients=[host],
                 mentions=[mention])


@pytest.mark.parametrize(("host", "merged"), [
    (Actor(id=None, name="Porto, Portugal's second city", kind="group", country="PRT"), False),  # a city of another
    (Actor(id=None, name="Madrid", kind="group", country="ESP"), True),  # the same country: one visit
    (Actor(id=None, name="the hosts", kind="group"), True),  # an unplaced host may be the same one
])
def test_merge_within_tour_stops_in_other_countries_stay_apart(host: Actor, merged: bool) -> None:
    # "left for Madrid ... on Friday" then "on the way home, the king will visit Porto": two stops of one tour
    first = _visit("occurred", Actor(id="country:ESP", name="Spain", kind="country", country="ESP"), SENTENCE, 0)
    out = merge_within_document([first, _visit("planned", host, OTHER, 100)])
    assert (len(out) == 1) is merged


def _dated(status: str, day: str | None, published: str, sentence: str = OTHER) -> Event:
    mention = Mention("d", None, None, published, sentence, 0, len(sentence))
    return Event(event_type="CONSULT", cameo="040", status=status, date=day, date_rule="weekday" if day else "none",
                 actors=[_party("NLD")], mentions=[mention])


@pytest.mark.parametrize(("plan_day", "done_day", "done_published", "merged"), [
    ("2024-05-09", None, "2024-05-02", False),  # talks planned for next week: an undated act told today is not them
    ("2024-05-09", "2024-05-09", "2024-05-10", True),  # a later report of the talks held on the planned day
    ("2024-05-01", None, "2024-05-02", True),  # a plan for a day already past when the act was told
])
def test_merge_within_plan_for_a_later_day_is_no_occurred_report(plan_day: str, done_day: str | None,
                                                                 done_published: str, merged: bool) -> None:
    plan = _dated("planned", plan_day, "2024-05-02", "The Norland president will hold talks in Porto next week.")
    out = merge_within_document([plan, _dated("occurred", done_day, done_published)])
    assert (len(out) == 1) is merged


def _trip_visit(day: str, host: str, sentence: str, visitor: str = "NLD") -> Event:
    mention = Mention("d", None, None, "2024-05-10", sentence, 0, len(sentence))
    return Event(event_type="CONSULT", cameo="042", status="occurred", date=day, date_precision="day",
                 date_rule="weekday", actors=[_party(visitor)], recipients=[_party(host)], mentions=[mention])


@pytest.mark.parametrize(("arrival", "host", "visitor", "merged"), [
    ("2024-05-06", "PRT", "NLD", True),  # "arrived in Porto on Monday" and "ended his visit on Wednesday": one trip
    ("2024-05-06", "ESP", "NLD", False),  # another host country
    ("2024-05-06", "PRT", "FRA", False),  # another visitor
    ("2024-04-20", "PRT", "NLD", False),  # weeks apart: two visits
])
def test_merge_within_reports_of_one_trip_on_different_days(arrival: str, host: str, visitor: str,
                                                            merged: bool) -> None:
    ended = _trip_visit("2024-05-08", "PRT", "The Norland president ended his official visit to Portugal on Wednesday.")
    arrived = _trip_visit(arrival, host, "The president arrived in the capital on Monday.", visitor)
    assert (len(merge_within_document([ended, arrived])) == 1) is merged


def test_merge_within_one_trip_also_when_one_report_names_the_host() -> None:
    # "ended his visit to Portugal on Wednesday" and "paid an official visit to Portugal at the invitation of its
    # president, May 6-8": the second names a host person too, and no other report rule joins them
    ended = _trip_visit("2024-05-08", "PRT", "The Norland president ended his official visit to Portugal.")
    paid = _trip_visit("2024-05-06", "PRT", "At the invitation of his host, the president paid a visit to Portugal.")
    paid.recipients.append(Actor(id="person:h", name="H", kind="person", country="PRT"))
    out = merge_within_document([ended, paid])
    assert len(out) == 1 and {r.country for r in out[0].recipients} == {"PRT"}


def test_merge_within_prefers_the_report_with_the_very_same_parties() -> None:
    # "X held talks with Y. ... Following his talks with Y, X also met Z": the noun talks are the first talks
    first = _consult(["AAA", "BBB"], [], sentence="AAA held talks with BBB.")
    second = "Following talks with BBB, AAA also met CCC."
    meeting = _consult(["AAA", "CCC"], [], sentence=second)
    noun = _consult(["AAA", "BBB"], [], sentence=second)
    out = merge_within_document([first, meeting, noun])
    assert sorted(sorted(a.name for a in e.actors) for e in out) == [["AAA", "BBB"], ["AAA", "CCC"]]
