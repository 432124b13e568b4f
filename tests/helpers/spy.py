"""A spy on a compiled pattern: records every text one method is called with, then delegates (for tests that a
fast path skips the expensive search)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest


def spy_pattern(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str, method: str) -> list[str]:
    """Replace ``module.name`` (a compiled regex) by one whose ``method`` records its text argument; returns the
    list the calls are recorded in."""
    calls: list[str] = []
    real = getattr(module, name)

    class Spy:
        def __getattr__(self, attr: str) -> Any:
            inner = getattr(real, attr)
            if attr != method:
                return inner

            def recorded(text: str, *args: Any, **kwargs: Any) -> Any:
                calls.append(text)
                return inner(text, *args, **kwargs)
            return recorded

    monkeypatch.setattr(module, name, Spy())
    return calls
