"""What a demand asks to be made ("called for the establishment of a monitoring group") is no party acted on; the
one asked to go still is ("called for the resignation of the interior minister"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


@pytest.mark.parametrize(("text", "recipients"), [
    ("The opposition leader on Friday called for the creation of an independent election commission.", []),
    ("The opposition leader on Friday called for the formation of a national unity government.", []),
    ("The opposition party on Friday called for the resignation of the interior minister.", ["interior minister"]),
])
def test_wider_creation_object_is_no_recipient(text: str, recipients: list[str]) -> None:
    got = [e for e in candidates(text, "2024-05-04")
           if e.event_type == "REQUEST"]
    assert got and [r.name for r in got[0].recipients] == recipients
