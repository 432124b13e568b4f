"""A surname shared by two people of the article goes to the one whose title it carries ("President Bush" after
"George W. Bush" and "Laura Bush"); a lone surname the tagger calls an organisation ("Douste-Blazy") is the person
named in full before; "general secretary" is a party or government office, not a military rank. Sentences written
for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _parties(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for e in extract(text, published="2005-11-19", settings=_ALL)
            for a in [*e.actors, *e.recipients]]


def test_coref_surname_with_title_picks_the_title_holder() -> None:
    text = ("US President George W. Bush arrived here Saturday for a visit to China. Also arriving were Bush's wife "
            "Laura Bush and Secretary of State Condoleezza Rice. Chinese President Hu Jintao is to meet with "
            "President Bush on Sunday.")
    assert ("Bush", None, None) not in _parties(text)
    assert _parties(text).count(("George W. Bush", "USA", "GOV")) == 2


def test_coref_surname_untitled_shared_stays_ambiguous() -> None:
    text = ("US President George W. Bush arrived here Saturday for a visit to China. Also arriving was Bush's wife "
            "Laura Bush. Chinese President Hu Jintao is to meet with Bush on Sunday.")
    assert ("George W. Bush", "USA", "GOV") in _parties(text)
    assert ("Laura Bush", "USA", "GOV") not in _parties(text)


def test_persons_surname_tagged_as_organisation_is_the_person() -> None:
    text = ('Rice discussed the killing by phone with Foreign Minister Philippe Douste-Blazy of France. "The '
            'secretary and Douste-Blazy discussed the importance of accountability," he said.')
    names = [name for name, _, _ in _parties(text)]
    assert "Douste-Blazy" not in names and "Philippe Douste-Blazy" in names


def test_kb_general_secretary_is_no_military_rank() -> None:
    text = "Hu talked with Nong Duc Manh, general secretary of the CPV Central Committee, on Monday."
    assert ("Nong Duc Manh", "VNM", "GOV") in _parties(text)
