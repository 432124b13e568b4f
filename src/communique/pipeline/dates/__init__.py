"""The dates stage: each event's date from the date expressions of its sentence and the article's anchor.

:func:`resolve_dates` is the stage (fills ``Event.date`` and its precision, text and rule); ``expressions``
normalises one expression (:func:`resolve_expression`); ``resolve`` attaches expressions to events.
"""

from __future__ import annotations

from .expressions import resolve_expression
from .resolve import resolve_dates

__all__ = ["resolve_dates", "resolve_expression"]
