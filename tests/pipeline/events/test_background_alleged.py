"""What an allegation says someone did ("for allegedly helping tax evasion", "who allegedly received money") is
the content of that allegation, not an event of its own.

Sentences are written for these tests (fictional names); none come from the evaluation sets or the seeds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.pipeline.events.background import news_only
from tests.helpers.pipeline import events_in, triggered


def events(nlp: Language, text: str) -> list:  # type: ignore[type-arg]
    return news_only(events_in(nlp, text))


@pytest.mark.parametrize(("text", "word"), [
    ("The Ruritanian government suspended 16 customs officials for allegedly helping smugglers from Freedonia.",
     "helping"),
    ("Prosecutors questioned 20 Ruritanian lawmakers who allegedly received money from a Freedonian steel firm.",
     "received"),
    ("The Freedonian minister purportedly met rebel leaders in the border town last month.", "met"),
])
def test_background_alleged_act_is_no_event(nlp: Language, text: str, word: str) -> None:
    evs = events(nlp, text)
    assert not triggered(evs, word), [(e.event_type, e.rule) for e in evs]


def test_background_act_without_allegation_stays(nlp: Language) -> None:
    evs = events(nlp, "Ruritanian lawmakers received a delegation from the Freedonian parliament on Monday.")
    assert triggered(evs, "received")


@pytest.mark.parametrize(("text", "word"), [
    ("Ruritania renewed charges that Freedonia had sent troops to the border.", "sent"),
    ("Ruritania renewed its accusation that Freedonian gunboats had attacked its fishing fleet.", "attacked"),
    ("The minister repeated charges that Freedonia had sent regular troops to fight for the rebels.", "fight"),
])
def test_background_charged_clause_is_no_event(nlp: Language, text: str, word: str) -> None:
    evs = events(nlp, text)
    assert not triggered(evs, word), [(e.event_type, e.rule) for e in evs]
    assert [e.event_type for e in evs if e.event_type == "ACCUSE"], [(e.event_type, e.rule) for e in evs]


def test_background_denied_charge_keeps_the_denier_own_acts(nlp: Language) -> None:
    evs = events(nlp, "Freedonia denied allegations that its troops had shelled the town and said it would "
                      "withdraw them on Monday.")
    assert not triggered(evs, "shelled")
    assert triggered(evs, "withdraw")


@pytest.mark.parametrize(("text", "word"), [
    ("Ruritania rejected the charge that it sent troops into Freedonia and urged Elbonia to withdraw its forces.",
     "urged"),
    ("Ruritania denied the charge that it had armed the rebels and met Freedonian officials on Monday.", "met"),
])
def test_background_speakers_own_coordinated_act_stays(nlp: Language, text: str, word: str) -> None:
    evs = events(nlp, text)
    assert triggered(evs, word), [(e.event_type, e.rule) for e in evs]


@pytest.mark.parametrize(("text", "word"), [
    ("Armenia claimed that several villages along the border had been shelled by Azerbaijan.", "shelled"),
    ("The opposition leaders claimed that the prime minister promised to back their demand for autonomy.",
     "promised"),
    ("Ethiopia claimed that Eritrean troops attacked its border posts on Monday.", "attacked"),
    ("Armenia claimed that Azerbaijani troops shelled its villages and killed two civilians.", "killed"),
])
def test_background_act_claimed_of_another_is_no_event(nlp: Language, text: str, word: str) -> None:
    evs = events(nlp, text)
    assert not triggered(evs, word), [(e.event_type, e.rule) for e in evs]


@pytest.mark.parametrize(("text", "word"), [
    ("The rebels claimed that they had captured the town of Kisangani on Sunday.", "captured"),
    ("The Taliban claimed that its fighters killed 12 Afghan soldiers in Helmand.", "killed"),
    ("Israel claimed that Israeli troops killed three militants in Gaza.", "killed"),
    ("The army claimed that government troops had killed 40 rebels.", "killed"),
    ("Armenia said that several villages along the border had been shelled by Azerbaijan.", "shelled"),
])
def test_background_own_claim_or_plain_report_stays(nlp: Language, text: str, word: str) -> None:
    evs = events(nlp, text)
    assert triggered(evs, word), [(e.event_type, e.rule) for e in evs]
