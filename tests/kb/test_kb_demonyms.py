"""Country adjectives and peoples that the sources left out are in the curated table (kb/data/manual)."""

from __future__ import annotations

import pytest

from communique.kb.base import get_kb


@pytest.mark.parametrize(("word", "iso3"), [
    ("Swedish", "SWE"), ("Swedes", "SWE"), ("Nepali", "NPL"), ("Icelandic", "ISL"), ("Maldivian", "MDV"),
    ("Djiboutian", "DJI"), ("Samoan", "WSM"), ("Puerto Rican", "PRI"), ("Macau", "MAC"), ("Scottish", "GBR"),
    ("DPR Korean", "PRK"),  # Xinhua's adjective for North Korea
])
def test_kb_demonym_resolves_to_its_country(word: str, iso3: str) -> None:
    entry = get_kb().country(word)
    assert entry is not None and entry.iso3 == iso3
