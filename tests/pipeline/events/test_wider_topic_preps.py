"""What a meeting is about names no party to it: "consulted over the Kosovo crisis" has no Kosovo side, and a
"with"-phrase the parser hung on the topic ("talking on the Kosovo question with Serbian leaders") names the other
side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import candidates


def _consult_parties(text: str) -> list[set[str | None]]:
    return [{a.country for a in [*e.actors, *e.recipients]} for e in candidates(text) if e.event_type == "CONSULT"]


def test_wider_topic_preps_with_phrase_on_the_topic_is_the_other_side() -> None:
    parties = _consult_parties("The French minister raised the matter when talking on the Kosovo question with "
                               "Serbian leaders on Monday.")
    assert parties and "SRB" in parties[0] and "KSV" not in parties[0]


@pytest.mark.parametrize("text", [
    "The foreign ministers of the bloc consulted over the Kosovo crisis on Monday.",
    "The French and German leaders talked about the Kosovo question on Monday.",
])
def test_wider_topic_preps_topic_is_no_party(text: str) -> None:
    parties = _consult_parties(text)
    assert parties and all("KSV" not in p for p in parties)


def test_wider_topic_preps_phone_call_keeps_its_other_side() -> None:
    parties = _consult_parties("Abbas talked on the phone with Egyptian President Hosni Mubarak on Saturday.")
    assert parties and "EGY" in parties[0]


def test_wider_topic_preps_phrase_after_the_topic_is_no_party() -> None:
    # "on food aid [to] North Korea": hung on the verb by the parser, the to-phrase belongs to the topic
    parties = _consult_parties("The South Korean minister will exchange views with Japanese politicians on food aid "
                               "to North Korea and other topics.")
    assert parties and "PRK" not in parties[0] and "JPN" in parties[0]


def test_wider_topic_preps_day_is_no_topic() -> None:
    parties = _consult_parties("Russian President Vladimir Putin talked on Monday to the Chinese president.")
    assert parties and "CHN" in parties[0]


@pytest.mark.parametrize(("text", "country"), [
    # a with-phrase after the topic is the other side; "on the phone" is how they talked, no topic
    ("Russian President Vladimir Putin talked on the Iranian nuclear issue with President George W. Bush by "
     "telephone.", "USA"),
    ("British Prime Minister Tony Blair spoke on the telephone with President George W. Bush about Lebanon.", "USA"),
    ("Russia consulted on Iran with China at the United Nations on Monday.", "CHN"),
])
def test_wider_topic_preps_partner_after_the_topic_stays(text: str, country: str) -> None:
    parties = _consult_parties(text)
    assert parties and country in parties[0] and "UNO" not in parties[0]
