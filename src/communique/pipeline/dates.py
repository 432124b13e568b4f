"""Resolve dates: STUB (owned by the dates engineer)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Document, Event, ResolvedDate


def resolve_expression(expr: str, anchor: str | None, tense: str = "past") -> ResolvedDate | None:
    return None


def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    return []


def resolve_dates(document: Document, sdoc: Doc, events: list[Event]) -> None:
    return None
