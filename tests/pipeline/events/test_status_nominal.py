"""Status of nominal event triggers ("talks", "a visit to X") from the verb or clause that governs them.

Sentences are written for these tests (fictional names); none come from the evaluation sets or the seeds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import communique
from communique.pipeline.events.find import find_events
from communique.records import Document, Event

PUBLISHED = "2025-03-04"



def noun_event(nlp: Language, text: str, noun: str) -> Event:
    """The event (before merging) whose trigger is exactly the word ``noun``."""
    doc = Document(id="t", text=text, published=PUBLISHED, body_start=0)
    events = find_events(doc, nlp(text))
    hits = [e for e in events if e.trigger is not None and text[e.trigger.start:e.trigger.end] == noun]
    assert hits, f"no event on {noun!r}: {[(e.rule, e.status) for e in events]}"
    return hits[0]


# sentence, trigger noun, expected status, expected cue (substring of the rule) or None for no status cue
NOMINAL_TABLE = [
    # a relative clause in the future plans its noun
    ("The ministers will prepare the regional leaders' summit, which will be attended by the Ruritanian president.",
     "summit", "planned", "nominal:relcl-will"),
    ("The ministers praised the regional leaders' summit, which was attended by the Ruritanian president.",
     "summit", "occurred", None),
    # purpose phrase takes the motion verb's status
    ("The Ruritanian foreign minister will travel to Lisbon next week for talks with his Freedonian counterpart, "
     "the ministry said on Tuesday.", "talks", "planned", "status:nominal<-aux:will"),
    ("The minister is scheduled to fly to Lisbon for talks with Freedonian officials.",
     "talks", "planned", "status:nominal<-gov:schedule"),
    ("The minister will leave for talks with Freedonia on Friday.", "talks", "planned", "nominal<-aux:will"),
    ("The Ruritanian president did not travel to Lisbon for talks with the Freedonian leader.",
     "talks", "negated", "nominal<-neg:not"),
    ("The minister would fly to Lisbon for talks with Freedonian officials if invited.",
     "talks", "hypothetical", "nominal<-aux:would"),
    ("The Freedonian leader is due in Ruritania on Friday for talks with President Ola Brandt.",
     "talks", "planned", "nominal<-gov:due"),
    # the governing verb's meaning: plans, offers and requests, refusals
    ("Freedonia awaits a visit by the Ruritanian president.", "visit", "planned", "nominal<-gov:await"),
    ("The minister will be in Lisbon on Friday for talks with Freedonian officials.",
     "talks", "planned", "nominal<-aux:will"),
    ("Ruritania prepares for the Freedonian leader's visit next week.", "visit", "planned", "nominal"),
    ("The Freedonian leader's visit to Ruritania is scheduled for next week.",
     "visit", "planned", "nominal<-gov:schedule"),
    ("Ruritania called for talks with Freedonia.", "talks", "hypothetical", "nominal<-gov:call"),
    ("Ruritania proposed talks with Freedonia.", "talks", "hypothetical", "nominal<-gov:propose"),
    ("Freedonia asked for a meeting with Ruritania.", "meeting", "hypothetical", "nominal<-gov:ask"),
    ("Ruritania threatened an attack on Freedonia.", "attack", "hypothetical", "nominal<-gov:threaten"),
    ("Ruritania said on Tuesday it was ready for talks with Freedonia.",
     "talks", "hypothetical", "nominal<-gov:ready"),
    ("Ruritania refused talks with Freedonia.", "talks", "negated", "nominal<-gov:refuse"),
    ("Ruritania was looking forward to the Freedonian president's visit in May, the minister said.",
     "visit", "planned", "nominal<-gov:look-forward"),
    ("Ruritania rejected a meeting with Freedonia.", "meeting", "negated", "nominal<-gov:reject"),
    ("Ruritania ruled out talks with Freedonia.", "talks", "negated", "nominal<-gov:rule-out"),
    # the governor's own status overrides its meaning: a negated or modal plan
    ("Ruritania has not yet scheduled talks with Freedonia.", "talks", "negated", "nominal<-gov:schedule+neg:not"),
    ("Ruritania may seek a meeting with Freedonia.", "meeting", "hypothetical", "nominal<-gov:seek+aux:may"),
    # a governing noun: plans, calls, invitations, proposals
    ("Ruritania announced plans for a visit to Freedonia.", "visit", "planned", "nominal<-noun:plan"),
    ("Ruritania renewed its call for talks with Freedonia.", "talks", "hypothetical", "nominal<-noun:call"),
    ("Ruritania welcomed the proposal for a meeting with Freedonia.",
     "meeting", "hypothetical", "nominal<-noun:proposal"),
    # a noun of prospect: the talks it opens the way to have not taken place
    ("The report would provide the basis for talks between Ruritania and Freedonia.",
     "talks", "hypothetical", "nominal<-noun:basis"),
    ("The ceasefire paved the way for talks with Freedonia.", "talks", "hypothetical", "nominal<-noun:way"),
    # the nominal's own phrase
    ("Talks between Ruritania and Freedonia scheduled for next week will focus on trade.",
     "Talks", "planned", "nominal:acl-schedule"),
    ("The Freedonian leader's visit to Ruritania next week will be his first.",
     "visit", "planned", "nominal:date-next"),
    ("The talks with Freedonia will focus on trade.", "talks", "planned", "nominal<-aux:will"),
    # stays occurred: past clause, past own phrase, or an event named as a topic
    ("The Freedonian leader flew to Ruritania on Monday for talks with President Ola Brandt.",
     "talks", "occurred", None),
    ("The minister, who flew to Lisbon for talks with Freedonian officials, will return on Friday.",
     "talks", "occurred", None),
    ("The minister went to Lisbon for talks with Freedonian officials.", "talks", "occurred", None),
    ("Ruritania said last week's talks with Freedonia were useful.", "talks", "occurred", None),
    ("Ruritania will discuss Osterland's attack on Freedonia.", "attack", "occurred", None),
    ("Osterland's attack on Freedonia will be investigated by the United Nations.", "attack", "occurred", None),
    ("Ruritania's attack on Freedonia could lead to a wider war.", "attack", "occurred", None),
    ("Ruritania welcomed the talks with Freedonia.", "talks", "occurred", None),
    ("Ruritania's attack on Freedonia threatened the ceasefire.", "attack", "occurred", None),
    # "for" giving a reason, not a purpose
    ("Ruritania could face sanctions for its attack on Freedonia.", "attack", "occurred", None),
    ("Ruritania will be punished for its attack on Freedonia.", "attack", "occurred", None),
]


@pytest.mark.parametrize(("text", "noun", "status", "cue"), NOMINAL_TABLE)
def test_status_nominal_takes_governing_clause_status(nlp: Language, text: str, noun: str, status: str,
                                                       cue: str | None) -> None:
    ev = noun_event(nlp, text, noun)
    assert ev.status == status, ev.rule
    if cue is None:
        assert "status:" not in (ev.rule or ""), ev.rule
    else:
        assert cue in (ev.rule or ""), ev.rule


def test_status_nominal_planned_trip_stays_planned_after_merge() -> None:
    """The travel verb (planned) and its purpose noun (planned now) merge into one planned CONSULT; before, the noun's
    default occurred won the merge."""
    events = communique.extract(
        "The Ruritanian foreign minister will travel to Lisbon next week for talks with his Freedonian counterpart, "
        "the ministry said on Tuesday.", published=PUBLISHED)
    consults = [e for e in events if e.event_type == "CONSULT"]
    assert consults
    assert all(e.status == "planned" for e in consults), [(e.rule, e.status) for e in consults]


def test_status_nominal_past_trip_stays_occurred() -> None:
    events = communique.extract(
        "The Freedonian leader flew to Ruritania on Monday for talks with President Ola Brandt.", published=PUBLISHED)
    consults = [e for e in events if e.event_type == "CONSULT"]
    assert consults
    assert all(e.status == "occurred" for e in consults), [(e.rule, e.status) for e in consults]
