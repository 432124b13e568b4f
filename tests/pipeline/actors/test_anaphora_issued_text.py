"""A definite text that speaks ("The statement urged X ...") is the act of the party the story has issuing that text
just before ("APEC trade ministers issued a joint statement"); with no issuer in the story it is no party. Sentences
written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import candidates


def _requests(text: str) -> list[list[str]]:
    return [[a.name for a in e.actors] for e in candidates(text, "2005-11-16")
            if e.event_type == "REQUEST"]


def test_anaphora_issued_text_speaks_for_its_issuer() -> None:
    text = ("APEC trade ministers issued a joint statement on Wednesday. The statement urged all other WTO members to "
            "show flexibility in the talks.")
    assert _requests(text) == [["APEC trade ministers"]]


def test_anaphora_text_with_no_issuer_is_no_party() -> None:
    text = "Analysts read the newspaper carefully on Wednesday. The statement urged calm among all Kenyans."
    assert _requests(text) == []
