"""Resolve actors: STUB (owned by the actors engineer)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..records import Document, Event


def resolve_actors(document: Document, sdoc: Doc, events: list[Event], kb: Any) -> None:
    return None
