"""A pronoun in the complement of a noun is its owner ("Beijing's announcement that [it] would sign"), not the
subject of the sentence around it. Sentences written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import candidates


def test_anaphora_noun_owner_is_the_pronoun_in_its_complement() -> None:
    text = ("The Danish minister said Tuesday that Denmark would not be swayed by Beijing's sudden announcement "
            "that it would sign the convention on labour rights.")
    signing = [e for e in candidates(text, published="2005-04-09") if e.cameo == "057"]
    assert signing and [a.country for a in signing[0].actors] == ["CHN"]


def test_anaphora_subject_still_taken_without_a_noun_owner() -> None:
    text = "Denmark said on Tuesday that it would sign the convention on labour rights."
    signing = [e for e in candidates(text, published="2005-04-09") if e.cameo == "057"]
    assert signing and [a.country for a in signing[0].actors] == ["DNK"]


def test_anaphora_demand_owner_is_not_the_one_addressed() -> None:
    # "the EU's demand that it halt ...": "it" is the one the demand is made of, not the EU
    text = "Iran on Monday rejected the European Union's demand that it halt uranium enrichment."
    events = candidates(text, published="2005-04-09")
    assert all(a.country != "EUR" for e in events if e.event_type == "REQUEST" for a in e.recipients)
