"""Stage runners on a sentence: event finding (and date resolution) over the spaCy parse of a made-up text."""

from __future__ import annotations

from spacy.language import Language

from communique.pipeline.dates.resolve import resolve_dates
from communique.pipeline.events.find import find_events
from communique.records import Document, Event

PUBLISHED = "2024-05-02"


def find(nlp: Language, text: str, published: str | None = PUBLISHED, header: str = "",
         dates: bool = False) -> tuple[Document, list[Event]]:
    """The document and the events found in ``header + text`` (``header`` is page residue before the body);
    with ``dates``, the events' dates resolved too."""
    full = header + text
    doc = Document(id="t", text=full, published=published, body_start=len(header))
    sdoc = nlp(full[len(header):])
    events = find_events(doc, sdoc)
    if dates:
        resolve_dates(doc, sdoc, events)
    return doc, events


def find_dated(nlp: Language, text: str, published: str | None = PUBLISHED) -> tuple[Document, list[Event]]:
    """find() with dates resolved."""
    return find(nlp, text, published, dates=True)


def events_in(nlp: Language, text: str, published: str | None = PUBLISHED) -> list[Event]:
    """The events found in ``text`` (no dates)."""
    return find(nlp, text, published)[1]


def candidates(text: str, published: str | None = "2024-05-01") -> list[Event]:
    """Every event the whole pipeline makes of ``text``, whatever the confidence gate would keep (the rules'
    candidates, as ``Settings(min_confidence=0)`` gives them)."""
    from communique.api import extract
    from communique.config import Settings

    return extract(text, published=published, settings=Settings(min_confidence=0.0))


def triggered(events: list[Event], word: str) -> list[Event]:
    """The events whose trigger contains ``word``."""
    return [e for e in events if e.trigger is not None and word in e.trigger.text]
