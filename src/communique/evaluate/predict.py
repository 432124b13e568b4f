"""The prediction loop every sentence-level evaluator shares: texts with dates through ``process_batch``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..config import Settings
from ..pipeline import process
from ..pipeline.read import make_document
from ..records import DocResult, Document, Event


def predict_documents(documents: Sequence[Document], settings: Settings | None = None, kb_extra: Any = None,
                      batch_size: int = 64) -> list[DocResult]:
    """Each document through ``process_batch`` (the stages ingest runs), in batches; one result per document."""
    out: list[DocResult] = []
    for start in range(0, len(documents), batch_size):
        out += process.process_batch(  # looked up at call time (tests replace it)
            documents[start : start + batch_size], settings, kb_extra)
    return out


def predict_texts(
    items: Sequence[tuple[str, str, str | None]], settings: Settings | None = None, kb_extra: Any = None,
    batch_size: int = 64, failures: list[str] | None = None,
) -> list[list[Event]]:
    """Events for each ``(id, text, date)`` item, in batches, through the same pipeline as ingest.

    ``failures`` (when given) collects the ids of items whose processing failed (the pipeline then yields no
    events and an error), so a crash is reported instead of passing for "no event".
    """
    docs = [make_document(text, published=date) for _, text, date in items]
    out: list[list[Event]] = []
    for (item_id, _, _), res in zip(items, predict_documents(docs, settings, kb_extra, batch_size), strict=True):
        if failures is not None and res.error is not None:
            failures.append(item_id)
        out.append(res.events)
    return out


__all__ = ["predict_documents", "predict_texts"]
