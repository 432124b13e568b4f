"""A hyphenated title the parser splits after its first word ("the secretary-general" as "secretary" modified by
"general") is still the whole title: it finds the person who holds it earlier in the article, not a minister.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)
LEAD = "UN Secretary-General Kofi Annan on Tuesday welcomed the resumption of the talks."


@pytest.mark.parametrize("later", [
    '"The secretary-general strongly appeals to the parties to intensify their efforts," the statement said.',
    "The secretary-general strongly appeals to the parties to intensify their efforts.",
])
def test_coref_mentions_hyphenated_title_finds_its_holder(later: str) -> None:
    events = extract(f"{LEAD} {later}", published="2005-11-29", settings=_ALL)
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and [a.name for a in requests[0].actors] == ["Kofi Annan"]


@pytest.mark.parametrize(("sentence", "country"), [
    # parsed as three appositions, "vice", "-" and "chairman of ...": one title, with its country
    ("Xu Jialu, vice-chairman of the Standing Committee of China's National People's Congress (NPC), met here "
     "Monday with Belgian Defense Minister Andre Flahaut.", "CHN"),
    ("Xu Jialu, a vice-chairman of the Chinese parliament, met Belgian Defense Minister Andre Flahaut on Monday.",
     "CHN"),
])
def test_coref_mentions_hyphenated_apposition_is_one_title(sentence: str, country: str) -> None:
    events = extract(sentence, published="2005-11-01", settings=_ALL)
    people = {a.name: a for e in events for a in [*e.actors, *e.recipients]}
    assert people["Xu Jialu"].country == country and people["Xu Jialu"].sector == "GOV"


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("US Middle East peace envoy Dennis Ross met Yasser Arafat on Monday.", "Dennis Ross", "USA"),
    ("UN human rights envoy Jean Ziegler met the minister on Monday.", "Jean Ziegler", "UNO"),
])
def test_coref_mentions_title_modifiers_keep_the_country(sentence: str, name: str, country: str) -> None:
    """"peace envoy", "human rights envoy": the window of title words goes on to the country before them."""
    events = extract(sentence, published="2005-11-01", settings=_ALL)
    people = {a.name: a for e in events for a in [*e.actors, *e.recipients]}
    assert people[name].country == country


def test_coref_mentions_title_run_into_a_name_is_that_person() -> None:
    # "head of state" parsed with the name as the object of "of": the named person, not the head of state the
    # article named before
    text = ("German Chancellor Angela Merkel arrived in Warsaw on Monday for talks with President Lech Kaczynski. "
            "On Wednesday Merkel will meet Supreme head of state Sultan Tuanku Hamid Ibrahim Jalil in Kuala Lumpur.")
    events = extract(text, published="2006-12-05", settings=_ALL)
    meets = [e for e in events if "Supreme" in " ".join(m.sentence for m in e.mentions)]
    parties = {a.name: a.country for e in meets for a in [*e.actors, *e.recipients]}
    assert "Lech Kaczynski" not in parties
    assert parties.get("Tuanku Hamid Ibrahim Jalil") == "MYS"


def test_coref_mentions_title_of_another_person_stays_a_description() -> None:
    # "the envoy of President X": the of-object is another person (a title and a name); the envoy is no X
    text = ("Egyptian President Hosni Mubarak met King Abdullah on Sunday. "
            "The envoy of President Mubarak, Omar Suleiman, met Abbas.")
    events = extract(text, published="2005-12-05", settings=_ALL)
    second = [e for e in events if any("envoy" in m.sentence for m in e.mentions)]
    assert second
    assert all(a.name != "Hosni Mubarak" for e in second for a in e.actors)
