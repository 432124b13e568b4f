"""Read articles: STUB (owned by the reader/store engineer)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Document, ReadFailure


def document_id(text: str) -> str:
    return "doc_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_document(
    text: str,
    published: str | None = None,
    path: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Document:
    return Document(id=document_id(text), text=text, path=path, url=url, title=title, source=source,
                    published=published)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | ReadFailure]:
    for p in paths:
        text = Path(p).read_text("utf-8")
        yield make_document(text, path=str(p))
