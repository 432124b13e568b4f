"""communique: news articles in, a deduplicated, source-linked PLOVER/CAMEO event database out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import Settings
from .records import Actor, Document, Event, Location, Mention

__version__ = "0.1.0"
__all__ = ["Actor", "Document", "Event", "Location", "Mention", "Settings", "extract", "__version__"]

if TYPE_CHECKING:
    from .api import extract


def __getattr__(name: str) -> Any:
    """``communique.extract`` is imported on first use, so `communique --help` does not load spaCy."""
    if name == "extract":
        from .api import extract

        return extract
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
