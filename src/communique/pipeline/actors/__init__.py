"""actors stage: who did what to whom. ``resolve_actors`` names each event's actors (people, offices, countries,
organisations, groups; coreference and anaphora); ``fill_from_context`` then fills in what the sentence and the
article imply (a country for a bare office, residence, origin)."""

from .context_fill import fill_from_context
from .resolve import resolve_actors

__all__ = ["fill_from_context", "resolve_actors"]
