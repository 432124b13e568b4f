"""The extractor seam: which event finder turns a parsed document into events.

``Settings.extractor`` (env ``COMMUNIQUE_EXTRACTOR``) names one; "rules" (the lexicon and dependency patterns
of ``pipeline/events.py``) is the default and, for now, the only one bundled. Another extractor (say, one that uses
a model shipped in a PyPI package) registers a function with the same signature; `communique evaluate --extractor A
--extractor B` scores them side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from ...errors import CommuniqueError
from ...records import Document, Event
from . import find as events
from .background import news_only

Extractor = Callable[..., list[Event]]


def _rules(document: Document, sdoc: Doc, user_verbs: Any = None) -> list[Event]:
    # looked up at call time so tests can replace events.find_events
    return news_only(events.find_events(document, sdoc, user_verbs=user_verbs))


EXTRACTORS: dict[str, Extractor] = {"rules": _rules}


def register(name: str, fn: Extractor) -> None:
    """Make an extractor available under ``name`` (for plugins and tests)."""
    EXTRACTORS[name] = fn


def get_extractor(name: str) -> Extractor:
    try:
        return EXTRACTORS[name]
    except KeyError:
        raise CommuniqueError(
            f"unknown extractor {name!r}",
            fix=f"Set COMMUNIQUE_EXTRACTOR (or Settings.extractor) to one of: {', '.join(sorted(EXTRACTORS))}",
        ) from None
