"""actor_fill rules for where a population lives: the people of a place under a curfew or martial law
(``context:restricted-place-population``) and ethnic groups coded by where they live, not by their demonym
(``context:ethnic-residence``). Made-up sentences, real knowledge base, small spaCy model."""

from __future__ import annotations

import pytest

from tests.helpers.actors import fill_context as _run


@pytest.mark.parametrize("text,actor,place,trigger,country", [
    ("Egyptian authorities imposed a curfew in northern Egypt after the riots.", "Egyptian authorities",
     "northern Egypt", "imposed", "EGY"),
    ("The Thai army declared martial law as protests spread in central Bangkok.", "The Thai army",
     "central Bangkok", "declared", "THA"),
])
def test_actor_fill_restricted_place_stands_for_its_population(text: str, actor: str, place: str, trigger: str,
                                                               country: str) -> None:
    """Also in the actor's own country: the curfew hits the people there (CVL)."""
    ev = _run(text, [actor], [place], trigger, "COERCE", rule="phrase:impose+curfew+restricted-place")
    assert len(ev.recipients) == 1, ev.recipients
    r = ev.recipients[0]
    assert (r.country, r.sector) == (country, "CVL")
    assert "context:restricted-place-population" in (r.resolution or "")


def test_actor_fill_restricted_population_needs_the_rule() -> None:
    """Without the restriction rule a place in the actor's own country stays as the resolver left it."""
    ev = _run("Egyptian authorities imposed a curfew in northern Egypt after the riots.", ["Egyptian authorities"],
              ["northern Egypt"], "imposed", "COERCE", rule="phrase:impose+curfew+place-target")
    assert not any(r.sector == "CVL" for r in ev.recipients), ev.recipients


@pytest.mark.parametrize("text,side,phrase,trigger,event_type,country", [
    ("Ethnic Hungarian protesters operating in Romania marched on Sunday.", "actor",
     "Ethnic Hungarian protesters operating in Romania", "marched", "PROTEST", "ROU"),
    ("Georgian troops carried out attacks in Abkhazia against the Russian minority of the region.", "recipient",
     "the Russian minority of the region", "attacks", "ASSAULT", None),
    ("Police carried out raids in Turkey against the Greek community of the province.", "recipient",
     "the Greek community of the province", "raids", "ASSAULT", "TUR"),
])
def test_actor_fill_ethnic_group_takes_where_it_lives(text: str, side: str, phrase: str, trigger: str,
                                                      event_type: str, country: str | None) -> None:
    actors, recipients = ([phrase], []) if side == "actor" else ([], [phrase])
    ev = _run(text, actors, recipients, trigger, event_type)
    got = (ev.actors if side == "actor" else ev.recipients)
    assert len(got) == 1, got
    if country is None:  # the place is not a country the KB knows: the demonym's country is kept
        assert "context:ethnic-residence" not in (got[0].resolution or "")
        return
    assert got[0].country == country, got[0]
    assert "context:ethnic-residence" in (got[0].resolution or "")


def test_actor_fill_national_forces_abroad_keep_their_country() -> None:
    """"Israeli troops in Lebanon" are Israel's: the residence rule is for ethnic groups only."""
    ev = _run("Syrian troops operating in Lebanon shelled the village.", ["Syrian troops operating in Lebanon"], [],
              "shelled", "ASSAULT")
    assert [a.country for a in ev.actors] == ["SYR"], ev.actors
