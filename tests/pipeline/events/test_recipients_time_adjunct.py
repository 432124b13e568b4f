"""A party named in a time adjunct ("ahead of the vote on the force for X", "amid protests by Y", "following
talks with Z") sets when the act happened, not at whom it is aimed: the object phrase's recipient is never taken
from there. A party named in the object itself stays the recipient. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


def _recipient_names(text: str) -> list[str]:
    return [r.name for e in candidates(text) for r in e.recipients]


@pytest.mark.parametrize(("sentence", "adjunct"), [
    ("Two ministers, both allies of the cabinet, have withdrawn their support ahead of the vote on the force for "
     "Albania.", "Albania"),
    ("Two ministers, both allies of the cabinet, have withdrawn their support during the debate on the force for "
     "Kosovo.", "Kosovo"),
])
def test_recipients_time_adjunct_names_no_recipient(sentence: str, adjunct: str) -> None:
    assert not any(adjunct in name for name in _recipient_names(sentence))


def test_recipients_object_party_stays_beside_a_time_adjunct() -> None:
    names = _recipient_names("The Kenyan president praised Uganda ahead of the summit of the East African "
                             "Community.")
    assert any("Uganda" in n for n in names) and not any("East African" in n for n in names)
