"""An attack by a state's forces told again later in the story ("Norland troops wounded four farmers" then "the
medics said Norland soldiers opened fire at a group of farmers") is one attack; other days, other attackers,
other victims' countries and reports told apart ("in a separate incident") stay apart."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from communique.pipeline.merge.within import merge_within_document
from communique.records import Actor, Event, Location, Mention

TROOPS = Actor(id="group:NLD-MIL", name="Norland troops", kind="group", country="NLD", sector="MIL")
SOLDIERS = Actor(id="group:NLD-MIL", name="Norland soldiers", kind="group", country="NLD", sector="MIL")
POLICE = Actor(id="group:NLD-COP", name="Norland police", kind="group", country="NLD", sector="COP")
GUNFIRE = Actor(id=None, name="Norland gunfire", kind="person", country="NLD")
SETTLERS = Actor(id="group:NLD-CVL", name="Norland settlers", kind="group", country="NLD", sector="CVL")
GENERAL = Actor(id="person:ann-vale", name="Ann Vale", kind="person", country="NLD", sector="MIL")
OTHER_TROOPS = Actor(id="group:PRT-MIL", name="Portland troops", kind="group", country="PRT", sector="MIL")
FARMERS = Actor(id="group:PRT-AGR", name="four farmers", kind="group", country="PRT", sector="AGR")
YOUTHS = Actor(id="group:PRT", name="a group of youths", kind="group", country="PRT")
UNNAMED = Actor(id="group:man", name="a man", kind="group")
UNNAMED_TOO = Actor(id="group:woman", name="a woman", kind="group")
OTHER_VICTIMS = Actor(id="group:ESP", name="two fishermen", kind="group", country="ESP")


def _event(actor: Actor, victims: list[Actor], start: int, sentence: str = "The medics said so.",
           date: str | None = "2024-05-02", etype: str = "ASSAULT") -> Event:
    mention = Mention("d", None, None, "2024-05-02", sentence, start, start + len(sentence))
    return Event(event_type=etype, cameo="190", date=date, actors=[actor], recipients=victims, mentions=[mention])


@pytest.mark.parametrize(("first", "second", "merged"), [
    # one attack by one country's forces, told twice (a nameless "gunfire" may stand for them)
    ((TROOPS, [FARMERS], 0), (SOLDIERS, [YOUTHS], 100), True),
    ((GUNFIRE, [FARMERS], 0), (SOLDIERS, [YOUTHS], 100), True),
    ((POLICE, [FARMERS], 0), (POLICE, [UNNAMED], 100), True),
    # told apart by the report itself
    ((TROOPS, [FARMERS], 0), (SOLDIERS, [YOUTHS], 100, "In a separate incident, soldiers fired on youths."), False),
    ((TROOPS, [FARMERS], 0), (SOLDIERS, [YOUTHS], 100, "Soldiers also shot at youths."), False),
    # another day, another type
    ((TROOPS, [FARMERS], 0), (SOLDIERS, [YOUTHS], 100, "The medics said so.", "2024-04-30"), False),
    ((TROOPS, [FARMERS], 0, "x", "2024-05-02", "COERCE"), (SOLDIERS, [YOUTHS], 100, "y", "2024-05-02", "COERCE"),
     False),
    # other attackers: civilians, a named officer, only a thing named for the country, another country's troops
    ((SETTLERS, [FARMERS], 0), (SOLDIERS, [YOUTHS], 100), False),
    ((GENERAL, [FARMERS], 0), (SOLDIERS, [YOUTHS], 100), False),
    ((GUNFIRE, [FARMERS], 0), (GUNFIRE, [YOUTHS], 100), False),
    ((TROOPS, [FARMERS], 0), (OTHER_TROOPS, [YOUTHS], 100), False),
    # victims of two countries, or of none
    ((TROOPS, [FARMERS], 0), (SOLDIERS, [OTHER_VICTIMS], 100), False),
    ((TROOPS, [UNNAMED], 0), (SOLDIERS, [UNNAMED_TOO], 100), False),
])
def test_within_attack_by_one_force_retold_is_one(first: tuple, second: tuple, merged: bool) -> None:
    out = merge_within_document([_event(*first), _event(*second)])
    assert (len(out) == 1) is merged


@pytest.mark.parametrize(("place", "merged"), [("Portown", True), ("Harbourville", False), (None, True)])
def test_within_attack_retold_in_another_place_is_another_attack(place: str | None, merged: bool) -> None:
    first = replace(_event(TROOPS, [FARMERS], 0), location=Location(name="Portown", country="PRT"))
    second = _event(SOLDIERS, [YOUTHS], 100)
    if place is not None:
        second = replace(second, location=Location(name=place, country="PRT"))
    assert (len(merge_within_document([first, second])) == 1) is merged
