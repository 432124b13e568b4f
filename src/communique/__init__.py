"""communique: news articles in, a deduplicated, source-linked PLOVER/CAMEO event database out."""

from .api import extract
from .config import Settings
from .records import Actor, Document, Event, Location, Mention

__version__ = "0.1.0"
__all__ = ["Actor", "Document", "Event", "Location", "Mention", "Settings", "extract", "__version__"]
