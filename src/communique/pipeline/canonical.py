"""Stage "canonical-names": show every party the KB defines under the KB entry's canonical name."""

from __future__ import annotations

from collections.abc import Iterable

from ..kb import KnowledgeBase
from ..records import Event


def canonical_names(events: Iterable[Event], kb: KnowledgeBase) -> None:
    """Show every participant the KB defines under the KB entry's canonical name (rule ``name:kb``), in place.

    Reports spell one person differently ("Antonio" / "António", a surname alone); the id is the same, so the
    name becomes the entry's. The report's own name goes into the resolution and its surface text stays in
    ``Actor.text``: the evidence is kept. Ids the KB does not define get their display name in the store. A KB
    name of one word (the leader lists know "Mandela", "Suharto") does not replace a report's fuller name that
    holds it ("Nelson Mandela").
    """
    for ev in events:
        for a in [*ev.actors, *ev.recipients]:
            name = kb.canonical_name(a.id) if a.id else None
            if name is not None and " " not in name and name in a.name.split():
                continue  # the leader lists' one name ("Mandela") in a fuller report ("Nelson Mandela"): kept
            if name is not None and name != a.name:
                a.resolution = f"{a.resolution + '; ' if a.resolution else ''}name:kb {name!r} (report: {a.name!r})"
                a.name = name


__all__ = ["canonical_names"]
