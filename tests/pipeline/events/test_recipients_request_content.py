"""What a demand asks for is not whom it is asked of: "appealed to donors to keep supporting the African Union
mission" has no recipient in the mission (the addressee, "donors", names no party), and "encourages its industry
to ... import technology from other countries" none in "other countries". A named addressee stays the recipient.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _requests(text: str) -> list:
    return [e for e in extract(text, published="2024-05-02", settings=_ALL) if e.event_type == "REQUEST"]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The Kenyan president also appealed to donors to continue supporting both the crucial work of the African "
     "Union mission in the region and humanitarian aid.", "African Union"),
    ("The Chinese government encourages its auto industry to carry out international cooperation and introduce "
     "advanced technology from other countries.", "countries"),
])
def test_recipients_request_content_is_no_recipient(sentence: str, content: str) -> None:
    requests = _requests(sentence)
    assert requests
    assert not any(content in r.name for e in requests for r in e.recipients)


@pytest.mark.parametrize(("sentence", "addressee"), [
    ("The Kenyan president on Tuesday urged Uganda to continue supporting the peace mission.", "Uganda"),
    ("The Kenyan president on Tuesday called on the rebels to free the Ugandan hostages.", "rebels"),
])
def test_recipients_request_named_addressee_kept(sentence: str, addressee: str) -> None:
    requests = _requests(sentence)
    assert requests and [r.name for r in requests[0].recipients] == [addressee]


@pytest.mark.parametrize(("sentence", "target"), [
    # "on Monday" is no addressee: the object of what is demanded stays its target
    ("Iran demanded on Monday to see the evidence held by the IAEA.", "International Atomic Energy Agency"),
])
def test_recipients_request_without_addressee_keeps_its_target(sentence: str, target: str) -> None:
    requests = _requests(sentence)
    assert requests and target in [r.name for r in requests[0].recipients]
