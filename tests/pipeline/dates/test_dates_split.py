"""The dates module's expression layer lives in date_expressions; dates re-exports it unchanged."""

from __future__ import annotations

import pytest

from communique.pipeline.dates import expressions as date_expressions
from communique.pipeline.dates import resolve as dates
from tests.helpers.dates import resolve_on_sentence


@pytest.mark.parametrize("name", ["find_date_expressions", "normalize_expression", "parse_anchor",
                                  "resolve_expression", "TENSES", "PAST_SLACK_DAYS"])
def test_dates_reexports_expression_api(name: str) -> None:
    assert getattr(dates, name) is getattr(date_expressions, name)


def test_dates_modules_stay_small() -> None:
    for mod in (dates, date_expressions):
        assert mod.__file__ is not None
        with open(mod.__file__, encoding="utf-8") as fh:
            assert sum(1 for _ in fh) < 600, mod.__name__


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31", "1066-10-14"])
def test_dates_placeholder_publication_dates_are_no_anchor(anchor: str) -> None:
    """Feeds write 0001-01-01 for "no date": relative expressions then stay unresolved instead of failing."""
    from communique.pipeline.dates.expressions import parse_anchor, resolve_expression

    assert parse_anchor(anchor) is None
    assert resolve_expression("yesterday", anchor) is None
    assert resolve_expression("next month", anchor) is None
    assert resolve_expression("on 3 May 2021", anchor) is not None  # a complete date needs no anchor


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # a time after coordinated acts dates both; not across tenses
    ("Soldiers killed a farmer and wounded two of his sons in the village late Thursday, a doctor said.", "killed",
     "2005-11-10"),
    ("The minister met the envoy and will visit Paris on Friday.", "met", None),
    # a leading participle clause and its main clause: one occasion ("after" makes two)
    ("Opening the summit on Wednesday, Velasquez called on the member states to act.", "called", "2005-11-09"),
    ("Speaking to reporters in the capital on Monday, the minister accused the neighbours of arming the rebels.",
     "accused", "2005-11-07"),
    ("After arriving in the capital on Monday, the minister met the president.", "met", None),
    # a trailing participle clause shares its main verb's time; one with its own subject and link does not
    ("The party withdrew its backing from the government on Monday, accusing the prime minister of arrogance.",
     "accusing", "2005-11-07"),
    ("The party withdrew its backing from the government last month, accusing the prime minister of arrogance.",
     "accusing", "2005-10"),
    ("The party withdrew its backing on Monday, while ministers were accusing the premier of arrogance.",
     "accusing", None),
])
def test_dates_resolve_time_shared_across_clauses(text: str, trigger: str, value: str | None) -> None:
    assert resolve_on_sentence(text, trigger, "2005-11-13").date == value
