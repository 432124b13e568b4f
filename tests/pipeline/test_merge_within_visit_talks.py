"""Talks a visitor holds with the host country's people are the visit told again ("X will visit Japan for talks",
then "X will exchange views with Japanese politicians"); two delegations of one country meeting one person on one
day are one meeting told twice. Talks with a day of their own, a visitor who also meets others, and reports that
tell themselves apart ("also", "another") stay apart. Events built by hand."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from communique.pipeline.merge.within import merge_within_document
from communique.records import Actor, Event, Location, Mention, Span

PUBLISHED = "2024-05-02"


def _person(pid: str, country: str) -> Actor:
    return Actor(id=f"person:{pid}", name=pid, kind="person", country=country)


def _group(name: str, country: str) -> Actor:
    return Actor(id=f"org:{country}-{name}", name=name, kind="organization", country=country)


def _event(cameo: str, actors: list[Actor], recipients: list[Actor], sentence: str, start: int,
           status: str = "planned", date: str | None = None, date_rule: str | None = None) -> Event:
    mention = Mention("d", None, None, PUBLISHED, sentence, start, start + len(sentence))
    return Event(event_type="CONSULT", cameo=cameo, status=status, date=date, date_precision="day" if date else None,
                 date_rule=date_rule, actors=actors, recipients=recipients, mentions=[mention])


VISITOR = _person("brandt", "NOR")
FREEDONIA = Actor(id="country:FRE", name="Freedonia", kind="country", country="FRE")


def _visit(status: str = "planned", date: str | None = "2024-05-12") -> Event:
    return _event("042", [VISITOR], [FREEDONIA], "Brandt will visit Freedonia on May 12.", 0, status, date,
                  "month-day-future" if date else None)


def test_merge_within_talks_with_the_hosts_are_the_visit() -> None:
    talks = _event("040", [VISITOR, _group("Freedonian leaders", "FRE")], [],
                   "Brandt will exchange views with Freedonian leaders on trade.", 100)
    out = merge_within_document([_visit(), talks])
    assert len(out) == 1
    assert [a.name for a in out[0].actors] == ["brandt"]  # the hosts stay on the visit's receiving side
    assert sorted(r.name for r in out[0].recipients) == ["Freedonia", "Freedonian leaders"]


@pytest.mark.parametrize("talks", [
    # talks on a day of their own: news of that day
    _event("040", [VISITOR, _person("smit", "FRE")], [], "Brandt held talks with Smit on Tuesday.", 100,
           "planned", "2024-05-14", "weekday-future"),
    # talks with another country's people
    _event("040", [VISITOR, _group("Ruritanian leaders", "RUR")], [],
           "Brandt will exchange views with Ruritanian leaders.", 100),
    # a report that tells itself apart
    _event("040", [VISITOR, _group("opposition leaders", "FRE")], [],
           "Brandt will also meet opposition leaders.", 100),
    # talks on another occasion
    _event("040", [VISITOR, _person("smit", "FRE")], [], "Brandt will meet Smit at the summit in Kessel.", 100),
    _event("040", [VISITOR, _person("smit", "FRE")], [], "Before the trip, Brandt will meet Smit.", 100),
    # the host country's opposition, not its government
    _event("040", [VISITOR, replace(_group("Freedonian opposition leaders", "FRE"), sector="OPP")], [],
           "Brandt will meet Freedonian opposition leaders.", 100),
    # talks placed outside the host country
    replace(_event("040", [VISITOR, _person("smit", "FRE")], [], "Brandt will meet Smit in Norport.", 100),
            location=Location(name="Norport", country="NOR")),
])
def test_merge_within_other_talks_stay_apart_from_the_visit(talks: Event) -> None:
    assert len(merge_within_document([_visit(), talks])) == 2


def _host_meets(delegation: str, sentence: str, start: int) -> Event:
    host = _person("li", "CHN")
    return _event("040", [host, _group(delegation, "JPN")], [], sentence, start, "occurred", "2024-05-01",
                  "weekday-past")


def test_merge_within_two_delegations_of_one_country_are_one_meeting() -> None:
    first = _host_meets("Japanese delegation", "Li met a Japanese delegation on Wednesday.", 0)
    second = _host_meets("Japan-China Friendship Association delegation",
                         "Li made the appeal while meeting the Japan-China Friendship Association delegation.", 100)
    assert len(merge_within_document([first, second])) == 1


@pytest.mark.parametrize(("first_name", "name", "sentence"), [
    ("Japanese delegation", "Japanese business delegation",
     "Li also met a Japanese business delegation on Wednesday."),  # told apart
    ("Japanese delegation", "Japanese foreign ministry", "Li met the Japanese foreign ministry on Wednesday."),
    ("Japanese business delegation", "Japanese parliamentary delegation",
     "Li met a Japanese parliamentary delegation to discuss the shrine."),  # two qualified delegations
    ("Japanese delegation", "Japan-China Friendship Association delegation",
     "The following day Li met the Japan-China Friendship Association delegation."),  # another day
])
def test_merge_within_other_meetings_of_the_host_stay_apart(first_name: str, name: str, sentence: str) -> None:
    first = _host_meets(first_name, f"Li met a {first_name} on Wednesday.", 0)
    assert len(merge_within_document([first, _host_meets(name, sentence, 100)])) == 2


def test_merge_within_occasion_word_of_a_later_clause_does_not_part_the_talks() -> None:
    # "will exchange views with X on trade, and the two sides will also sign ...": the "also" is the signing's
    sentence = "Brandt will exchange views with Freedonian leaders on trade, and the two sides will also sign a deal."
    talks = _event("040", [VISITOR, _group("Freedonian leaders", "FRE")], [], sentence, 100)
    at = 100 + sentence.index("exchange")
    talks = replace(talks, trigger=Span("exchange", at, at + len("exchange")))
    assert len(merge_within_document([_visit(), talks])) == 1
