"""Python API: ``communique.extract(text, published=...)``."""

from __future__ import annotations

from .config import Settings
from .kb import KBExtra
from .pipeline.process import process_batch
from .pipeline.read import make_document
from .records import Event


def extract(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
    kb_extra: KBExtra | None = None,
) -> list[Event]:
    """Extract the events of one article (merged within the article), with actors, dates and places resolved."""
    document = make_document(text, published=published, title=title, url=url)
    result = process_batch([document], settings, kb_extra)[0]
    return result.events
