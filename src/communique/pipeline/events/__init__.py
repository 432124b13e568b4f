"""The events stage: rule-based event triggers over the dependency parse, with participants, status and evidence.

:func:`find_events` is the stage (a parsed document body -> its events). Modules, in the order the stage uses
them: ``triggers`` (lexicon triggers) and ``user_actors`` (the actors user patterns point at), ``arguments``,
``participants``, ``phrase_parts``, ``recipients`` and ``wider`` (who acts on whom), ``status`` (occurred,
planned, negated, ...), ``readings`` (CAMEO refinements and derived PLOVER events), ``statements`` (demands and
blame read off clauses), ``user_events`` (user-dictionary verbs), ``found`` (evidence), ``find`` (the driver),
``extractors`` (the extractor seam).
"""

from __future__ import annotations

from .find import find_events, primary_event

__all__ = ["find_events", "primary_event"]
