"""The dates module's expression layer lives in date_expressions; dates re-exports it unchanged."""

from __future__ import annotations

import pytest

from communique.pipeline import date_expressions, dates


@pytest.mark.parametrize("name", ["find_date_expressions", "normalize_expression", "parse_anchor",
                                  "resolve_expression", "TENSES", "PAST_SLACK_DAYS"])
def test_dates_reexports_expression_api(name: str) -> None:
    assert getattr(dates, name) is getattr(date_expressions, name)


def test_dates_modules_stay_small() -> None:
    for mod in (dates, date_expressions):
        assert mod.__file__ is not None
        with open(mod.__file__, encoding="utf-8") as fh:
            assert sum(1 for _ in fh) < 600, mod.__name__
