"""Dates on one hand-built event over a parsed sentence (the dates stage alone)."""

from __future__ import annotations

from communique.pipeline.dates.resolve import resolve_dates
from communique.records import Document, Event, Mention, Span


def resolve_on_sentence(text: str, trigger: str, published: str | None, status: str = "occurred") -> Event:
    """One event on ``trigger`` in ``text`` (after a page-residue prefix), dated by ``resolve_dates``."""
    from communique.pipeline.nlp import parse_text

    body_start = 6
    full = "HEAD. " + text  # a page-residue prefix: parse offsets are shifted by body_start
    document = Document(id="d", text=full, published=published, body_start=body_start)
    sdoc = parse_text(full[body_start:])
    start = full.index(trigger)
    event = Event(
        event_type="CONSULT", cameo="040", status=status, trigger=Span(trigger, start, start + len(trigger)),
        mentions=[Mention("d", None, None, published, text, body_start, len(full))],
    )
    resolve_dates(document, sdoc, [event])
    return event
