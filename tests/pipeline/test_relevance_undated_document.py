"""A text with no publication date takes the latest day its acts are dated to as its "now": what it tells of long
before is background, as in a dated story (an obituary or a feature looking back). Sentences written for these
tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings
from communique.pipeline.relevance import latest_reported_day

_TEXT = ("The Bordurian president met the Ruritanian prime minister in Geneva on August 9, 2009 to discuss the border "
         "dispute. Bordurian troops had attacked Ruritanian border posts on June 17, 1999, killing four guards. "
         "Bordurian police arrested five Ruritanian journalists on March 3, 2009.")


def _types(published: str | None, window: int) -> list[str]:
    settings = Settings(min_confidence=0.0, news_window_days=window)
    return sorted(e.event_type for e in extract(_TEXT, published=published, settings=settings))


def test_relevance_undated_document_drops_what_it_tells_of_long_before() -> None:
    assert _types(None, 30) == ["CONSULT"]
    assert _types(None, 30) == _types("2009-08-10", 30)  # as if dated the day after its latest act


def test_relevance_undated_document_keeps_all_without_a_window() -> None:
    assert _types(None, 0) == ["ASSAULT", "COERCE", "CONSULT"]


def test_relevance_latest_reported_day_reads_acts_that_took_place() -> None:
    from datetime import date

    from communique.records import Event
    done = Event(event_type="CONSULT", cameo="040", status="occurred", date="1974-08-09", date_precision="day")
    year = Event(event_type="CONSULT", cameo="040", status="occurred", date="1975", date_precision="year")
    planned = Event(event_type="CONSULT", cameo="040", status="planned", date="2030-01-01", date_precision="day")
    assert latest_reported_day([done, planned]) == date(1974, 8, 9)
    assert latest_reported_day([done, year, planned]) == date(1975, 1, 1)  # a year counts from its first day
    assert latest_reported_day([planned]) is None


def test_relevance_undated_document_reads_its_now_from_days_only() -> None:
    """A year stands for its first day ("resigned in 2019" names no later day of the text's now), and an act dated
    only to a month or a year may be the news of it: both kept beside a day of the same year."""
    text = ("Ruritanian troops killed 12 protesters in the capital on March 3, 2019. The Ruritanian president "
            "resigned in 2019 after weeks of protests.")
    types = sorted(e.event_type for e in extract(text, published=None, settings=Settings(min_confidence=0.0)))
    assert "ASSAULT" in types and "CONCEDE" in types, types
    only_year = "Ruritanian rebels seized the northern town of Kidal in 2012, the army said."
    assert extract(only_year, published=None, settings=Settings(min_confidence=0.0))
