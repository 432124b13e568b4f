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
    done = Event(event_type="CONSULT", cameo="040", status="occurred", date="1974")
    planned = Event(event_type="CONSULT", cameo="040", status="planned", date="2030-01-01")
    assert latest_reported_day([done, planned]) == date(1974, 12, 31)
    assert latest_reported_day([planned]) is None
