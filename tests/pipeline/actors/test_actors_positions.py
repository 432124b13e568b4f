"""Date-limited codes from user dictionaries: the most specific position wins, user entries win over the KB."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import extract
from communique.kb import load_actor_file

DICT = """\
JOHN_QUILLBY [QLD]
\t[QLDCIV <20080120]
\t[XYZQLD 20100109-20100112]
\t[QLDMIL 20080120-20121109]
\t[QLDELI >20130119]

FRANCE [FRX]

SPAIN
	[SPX <19750101]
	[ESX]
"""


@pytest.fixture(scope="module")
def extra(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("dict") / "Test.actors.txt"
    path.write_text(DICT, "utf-8")
    return load_actor_file(path)


@pytest.mark.parametrize(("on", "country", "sector"), [
    ("1995-01-04", "QLD", "CIV"),   # before the first dated change
    ("2010-01-06", "QLD", "MIL"),   # the long military term
    ("2010-01-10", "XYZ", "QLD"),   # a short appointment inside it overrides it
    ("2015-05-01", "QLD", "ELI"),   # open-ended last term
])
def test_actors_dated_user_codes_pick_the_most_specific_position(extra, on: str, country: str,  # type: ignore[no-untyped-def]
                                                                 sector: str) -> None:
    events = extract("John Quillby criticized the government.", published=on, kb_extra=extra)
    actor = next(a for e in events for a in e.actors if "Quillby" in a.name)
    assert (actor.country, actor.sector) == (country, sector), actor.resolution
    assert actor.role in (None, "CIV", "MIL", "ELI", "QLD")


def test_actors_user_entry_wins_over_bundled_country(extra) -> None:  # type: ignore[no-untyped-def]
    events = extract("France criticized the government of Spain.", published="2020-01-01", kb_extra=extra)
    france = next(a for e in events for a in e.actors if a.name.lower() == "france")
    assert france.country == "FRX"  # a single undated code is a user organisation, consulted before the KB
    # without the user's dictionary the bundled table answers
    plain = next(a for e in extract("France criticized the government of Spain.", published="2020-01-01")
                 for a in e.actors)
    assert plain.country == "FRA"


def test_actors_user_dated_country_codes_win_over_bundled_country(extra) -> None:  # type: ignore[no-untyped-def]
    old = extract("Spain criticized the government of Portugal.", published="1970-01-01", kb_extra=extra)
    new = extract("Spain criticized the government of Portugal.", published="2020-01-01", kb_extra=extra)
    assert [a.country for e in old for a in e.actors if a.name.lower() == "spain"] == ["SPX"]
    assert [a.country for e in new for a in e.actors if a.name.lower() == "spain"] == ["ESX"]
