"""Find events: STUB (owned by the events engineer)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Document, Event


def find_events(document: Document, sdoc: Doc) -> list[Event]:
    return []
