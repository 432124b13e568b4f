"""The prediction loop every sentence-level evaluator shares: texts with dates through ``process_batch``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..config import Settings
from ..pipeline.process import process_batch
from ..pipeline.read import make_document
from ..records import Event


def predict_texts(
    items: Sequence[tuple[str, str, str | None]], settings: Settings | None = None, kb_extra: Any = None,
    batch_size: int = 64, failures: list[str] | None = None,
) -> list[list[Event]]:
    """Events for each ``(id, text, date)`` item, in batches, through the same pipeline as ingest.

    ``failures`` (when given) collects the ids of items whose processing failed (the pipeline then yields no
    events and an error), so a crash is reported instead of passing for "no event".
    """
    out: list[list[Event]] = []
    for start in range(0, len(items), batch_size):
        chunk = items[start : start + batch_size]
        docs = [make_document(text, published=date) for _, text, date in chunk]
        for (item_id, _, _), res in zip(chunk, process_batch(docs, settings, kb_extra), strict=True):
            if failures is not None and res.error is not None:
                failures.append(item_id)
            out.append(res.events)
    return out


__all__ = ["predict_texts"]
