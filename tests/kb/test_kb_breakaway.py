"""Breakaway regions and de facto states in the knowledge base (manual/breakaway_regions.psv)."""

from __future__ import annotations

import pytest

from tests.helpers.actors import real_kb as _kb


@pytest.mark.parametrize(("name", "iso3"), [
    ("Transnistria", "MDA"),  # Phoenix: TRANSNISTRIA [MDA]
    ("Trans-Dniester", "MDA"),
    ("Puntland", "SOM"),  # Phoenix: +PUNTLAND under SOMALIA
    ("Abkhazia", "GEO"),  # Phoenix: +ABKHAZIA_ under GEORGIA
    ("Somaliland", "SOM"),
    ("South Ossetia", "GEO"),
    ("Turkish Republic of Northern Cyprus", "CYP"),
    ("the Donetsk People's Republic", "UKR"),
    ("Artsakh", "AZE"),
    ("Nagorno-Karabakh", "AZE"),
])
def test_kb_breakaway_region_is_coded_with_the_state_it_belongs_to(name: str, iso3: str) -> None:
    region = _kb().breakaway_region(name)
    assert region is not None and region.iso3 == iso3 and region.source


@pytest.mark.parametrize(("word", "iso3"), [("Transnistrian", "MDA"), ("Abkhaz", "GEO"), ("South Ossetian", "GEO")])
def test_kb_breakaway_demonym_names_the_region(word: str, iso3: str) -> None:
    kb = _kb()
    region = kb.breakaway_demonym(word)
    assert region is not None and region.iso3 == iso3
    assert kb.ethnic_group(word) == iso3


@pytest.mark.parametrize("name", ["Somaliland", "Transnistria"])
def test_kb_breakaway_region_is_a_minor_place_but_not_a_country(name: str) -> None:
    kb = _kb()
    assert kb.country(name) is None
    found = kb.minor_place(name)
    assert found is not None and found[1] == "region"


@pytest.mark.parametrize("name", ["Moldova", "Georgia", "Paris", "Somali"])
def test_kb_breakaway_region_lookup_leaves_other_names_alone(name: str) -> None:
    assert _kb().breakaway_region(name) is None
