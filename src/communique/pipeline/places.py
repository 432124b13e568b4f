"""Resolve places: STUB (owned by the KB engineer)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..records import Document, Event


def resolve_places(document: Document, sdoc: Doc, events: list[Event], kb: Any) -> None:
    return None
