"""Relevance: an event whose only political participant is a collective the story's place gave a country is a
private affair (a crime between people, a family matter), no political event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings
from communique.pipeline.relevance import private_affair
from communique.records import Actor, Event


def _group(name: str, country: str | None, resolution: str, sector: str | None = None) -> Actor:
    return Actor(id=None, name=name, kind="group", country=country, sector=sector, resolution=resolution)


def _event(actors: list[Actor], recipients: list[Actor], rule: str = "verb:kill+nsubj+dobj") -> Event:
    return Event(event_type="ASSAULT", cameo="190", actors=actors, recipients=recipients, rule=rule)


_STORY_PLACED = "unresolved:no-rule; context:article-country (the article's only country) -> USA"
_SENTENCE_PLACED = "unresolved:no-rule; text:sentence's only country 'Denver' -> USA"
_OWN_WORDS = "text:country 'Algeria' + 'villagers'"


@pytest.mark.parametrize(("actors", "recipients", "private"), [
    ([Actor(id=None, name="man", kind="person")], [_group("girlfriend", "USA", _STORY_PLACED)], True),
    ([Actor(id=None, name="man", kind="person")], [_group("co-workers", "USA", _SENTENCE_PLACED)], True),
    ([_group("gunmen", None, "text:collective 'gunmen'")], [_group("villagers", "DZA", _OWN_WORDS)], False),
    ([_group("police", "USA", _STORY_PLACED, "COP")], [_group("mob", "USA", _STORY_PLACED)], False),  # police act
    ([Actor(id=None, name="Ruritania", kind="country", country="RUR")], [], False),
    ([_group("mob", "USA", _SENTENCE_PLACED)], [_group("passengers", "USA", _STORY_PLACED)], False),  # a crowd
])
def test_relevance_private_affair_by_where_the_country_came_from(actors: list[Actor], recipients: list[Actor],
                                                                  private: bool) -> None:
    assert private_affair(_event(actors, recipients)) is private


def test_relevance_private_affair_keeps_user_coded_events() -> None:
    event = _event([Actor(id=None, name="man", kind="person")], [_group("girlfriend", "USA", _STORY_PLACED)],
                   rule="user-verb:stab")
    assert not private_affair(event)


@pytest.mark.parametrize(("text", "kept"), [
    # a private crime in a story set in one city is no political event ...
    ("A 35-year-old Denver man stabbed his ex-girlfriend and his mother to death in their apartment on Sunday, "
     "police said.", False),
    # ... police acting on it are, and so are crowds: riots, mobs and protests are collective acts
    ("Denver police arrested a 35-year-old man on Sunday after a stabbing in an apartment.", True),
    ("A sacked worker shot three ex-colleagues at a Denver office on Monday, police said.", False),  # no former
    # officials: "ex-colleagues" are private people
    ("A former employee opened fire at a Denver office Christmas party on Friday, killing one man.", False),
    ("A mob set fire to a train in western Ruritania on Sunday, killing ten passengers, police said.", True),
    ("Youths hurled stones at firefighters in a Paris suburb on Sunday night, police said.", True),
])
def test_relevance_private_affair_in_whole_text(text: str, kept: bool) -> None:
    events = extract(text, published="2008-08-20", settings=Settings(min_confidence=0.0))
    assert any(e.event_type in ("ASSAULT", "COERCE", "PROTEST") for e in events) is kept


@pytest.mark.parametrize(("text", "name", "sector", "kind"), [
    ("Denver police raided an office Christmas party on Friday.", "party", None, None),  # a gathering
    ("Ruritanian police raided the headquarters of the ruling party on Friday.", "party", "PTY", None),
    ("Ruritanian police raided the offices of a newly launched party on Friday.", "party", "PTY", None),  # not a
    # launch party
    ("Afghan police on Sunday arrested a former warlord in Kandahar.", "warlord", "ELI", None),
])
def test_relevance_private_affair_parties_are_not_officials(text: str, name: str, sector: str | None,
                                                            kind: str | None) -> None:
    parties = [a for e in extract(text, published="2008-12-13", settings=Settings(min_confidence=0.0))
               for a in e.recipients if name in a.name]
    assert parties
    assert all(a.sector == sector for a in parties)
    if kind is not None:
        assert all(a.kind == kind for a in parties)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("A Sunni cleric on Sunday accused the Baghdad leadership of sectarianism.", "Baghdad leadership", "country"),
    ("Gunmen stormed a Baghdad hotel on Sunday, police said.", "Baghdad hotel", "group"),  # a thing at a place
])
def test_relevance_private_affair_place_bodies_stay_with_the_place(text: str, name: str, kind: str) -> None:
    parties = [a for e in extract(text, published="2005-11-20", settings=Settings(min_confidence=0.0))
               for a in e.recipients if name in a.name]
    assert parties and all(a.kind == kind for a in parties)


def test_relevance_private_affair_people_of_a_place_are_a_collective() -> None:
    text = "A Jewish extremist opened fire on Hebron shopkeepers on Sunday, killing two, police said."
    assert any(e.event_type == "ASSAULT" for e in extract(text, published="2005-11-20"))


def _pronoun(name: str) -> Actor:
    return Actor(id=None, name=name, kind="person", resolution="unresolved:pronoun")


@pytest.mark.parametrize(("recipients", "kept"), [
    ([_group("Ahmadinejad's remarks", "IRN", "text:person"), _pronoun("His")], ["Ahmadinejad's remarks"]),
    ([_group("budget proposals", "EUR", "text:country modifier 'EU'"),
      _group("them", None, "unresolved:group (no earlier set of parties)")], ["budget proposals"]),
    ([_pronoun("him")], ["him"]),  # alone on its side: kept (unknown_actor judges an actor side)
    ([_group("them", "IRQ", "unresolved:group; text:sentence's only country 'Iraq' -> IRQ"),
      _group("police", "IRQ", "text:collective 'police'")], ["them", "police"]),  # placed: kept
])
def test_relevance_unresolved_pronoun_beside_a_named_party_is_dropped(recipients: list[Actor],
                                                                     kept: list[str]) -> None:
    from communique.pipeline.relevance import drop_pronoun_leftovers
    ev = _event([_group("European Union", "EUR", "kb:organization")], recipients)
    drop_pronoun_leftovers(ev)
    assert [r.name for r in ev.recipients] == kept
    assert ("unresolved-pronoun-dropped" in (ev.rule or "")) == (len(kept) < len(recipients))
