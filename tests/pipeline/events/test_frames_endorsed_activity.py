"""To "encourage" an activity ("encourage US investment", "encourage the export of machinery") asks no one to do
anything: no request. Encouraging a party, or someone to do something, stays a request. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def _requests(text: str) -> list:
    return [e for e in extract(text, published="2005-11-10", settings=_ALL) if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "\"We encourage Ruritanian investment in Borduria,\" the envoy said on Monday.",
    "The trade ministry will encourage the export of machinery and electronic products.",
])
def test_frames_endorsed_activity_is_no_request(text: str) -> None:
    assert not _requests(text)


@pytest.mark.parametrize("text", [
    "The prime minister encouraged Australians to enjoy the holiday season.",
    "The EU encouraged the Lebanese government on Monday.",
    "The APEC ministers encouraged all member economies to ratify the convention.",
    "The European Union encouraged dialogue between the government and the Maoist rebels.",  # parties named
    "Russia encouraged the Kyrgyz leadership.",
])
def test_frames_encouraging_a_party_stays_a_request(text: str) -> None:
    assert _requests(text)
