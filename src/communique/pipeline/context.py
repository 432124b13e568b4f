"""The typed per-document context every pipeline stage reads and fills.

A :class:`DocContext` holds one document, its parse, the knowledge base and user dictionaries of the run, the
events found so far and the :class:`ArticleFacts` worked out once per document (publication anchor, dateline).
Stages (``pipeline/stages.py``) take a context and fill fields of its events; none does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from ..config import NEWS_WINDOW_DAYS
from ..kb import KnowledgeBase
from ..lexicon.user import UserLexicon
from ..records import Document, Event
from .dates.expressions import parse_anchor


@dataclass(frozen=True)
class ArticleFacts:
    """Facts about the whole article, computed once per document (not once per event or per reference)."""

    published: str | None  # as the reader gave it
    anchor: date | None  # the publication date, when readable and plausible (placeholders such as 0001-01-01: None)
    year: int | None  # the anchor's year

    @classmethod
    def of(cls, document: Document) -> ArticleFacts:
        anchor = parse_anchor(document.published)
        return cls(published=document.published, anchor=anchor, year=anchor.year if anchor else None)


@dataclass
class DocContext:
    """One document on its way through the stages."""

    document: Document
    sdoc: Doc
    kb: KnowledgeBase
    user_verbs: UserLexicon | None = None
    extractor: str = "rules"
    min_confidence: float | None = None  # Settings.min_confidence (None: the gate model's own threshold)
    news_window_days: int = NEWS_WINDOW_DAYS  # Settings.news_window_days (0: no window)
    facts: ArticleFacts = field(init=False)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.facts = ArticleFacts.of(self.document)


__all__ = ["ArticleFacts", "DocContext"]
