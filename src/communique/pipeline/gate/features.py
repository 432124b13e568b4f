"""Generic features of one event in its story, the inputs of the confidence model (:mod:`.model`).

Every feature is a number (mostly 0/1) computed from the event's fields, its trigger's place in the parse and the
story as a whole; none looks at a word or a name of any particular story. :data:`FEATURES` fixes their order (the
model file stores one weight per name).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ...lexicon.words import word_set
from ...records import ANNOUNCED_PLAN_RULE, NEWS_WITHOUT_DAY_RULE, PLOVER_TYPES, STORY_DAY_RULE, Actor, Event
from ...timespan import days_before
from ..dates.expressions import find_date_expressions, resolve_expression
from ..nlp import parsed_text, sentences

# Sectors whose members act politically (PLOVER/CAMEO sector codes).
POLITICAL_SECTORS: frozenset[str] = frozenset({
    "GOV", "MIL", "REB", "OPP", "JUD", "LEG", "COP", "SPY", "IGO", "PTY", "INS", "SEP", "UAF", "ELI", "MOD",
    "RAD", "NGO", "PRO",
})
# Countries above states (PLOVER pseudo-countries of international bodies).
BODY_CODES: frozenset[str] = frozenset({"IGO", "UNO", "EUR", "NAT", "AFR", "ASN", "ARL", "OSC", "NGO"})
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "PROTEST"})
# Types whose act is aimed at someone: without a recipient the row misses half of what happened.
DIRECTED_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SANCTION", "AID", "PROTEST", "REJECT", "SUPPORT",
                            "COERCE", "ASSAULT"})
# A signing (CAMEO 057) by two or more parties is aimed at each of them: it wants no recipient besides.
MUTUAL_CODES = frozenset({"057"})
# Heads whose complement is wanted, demanded, intended or conditional rather than reported as done.
IRREALIS_HEADS: frozenset[str] = frozenset({
    "hope", "want", "wish", "demand", "urge", "call", "ask", "seek", "plan", "aim", "intend", "try", "attempt",
    "propose", "expect", "need", "ready", "prepare", "able", "refuse", "fail", "likely", "unlikely", "push",
    "press", "appeal", "request", "order", "encourage", "invite", "decide", "vow", "pledge", "promise", "threaten",
})
EMBEDDING_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl", "pcomp"})
SCHEDULE_HEADS = word_set("gate/schedule_governors")  # "is scheduled [to meet X]": the complement is the news
MODAL_RULE = re.compile(r"status:aux:(would|could|can|may|might|should)")
GOVERNED_RULE = re.compile(r"status:gov:|object-control|\+reported")
_NEWS_WITHOUT_DAY = frozenset({NEWS_WITHOUT_DAY_RULE, ANNOUNCED_PLAN_RULE})  # undated news, not background
OLD_DAYS = 30  # an event dated this many days or more before publication is background

FEATURES: tuple[str, ...] = (
    "finder_confidence",  # the event finder's own score (pipeline/events), before the gate replaces it
    "actor_political",  # an actor with a political sector, a country actor or an international body
    "actor_person",  # an actor is a person
    "actor_kb",  # an actor resolved to a knowledge-base entry (an id)
    "has_recipient",
    "status_planned",
    "status_hypothetical",
    "status_negated",
    "type_conflict",  # ASSAULT, COERCE, MOBILIZE, SANCTION, THREATEN
    "type_statement",  # ACCUSE, REQUEST, REJECT, PROTEST
    "rule_verb",  # a lexicon verb (the other families: phrase, noun, derived, obligation, light, user)
    "rule_derived",  # derived from another event (intents of "will")
    "rule_under",  # the trigger sits under another event's verb
    "rule_modal",  # the status came from a modal (would, could, can, may, might, should)
    "rule_governed",  # the finder saw a governing verb, object control or reported speech around the trigger
    "mentions_log",  # log(number of reports in the story)
    "lead",  # reported in the story's first two sentences
    "sentence_log",  # log(1 + index of the first reporting sentence)
    "undated",  # no date, in a story with a publication date (one without dates nothing)
    "old_date",  # dated a month or more before publication
    "embedded",  # trigger in a relative, adverbial, purpose or open complement clause
    "under_irrealis",  # trigger under a hope / demand / purpose / promise head
    "past_perfect",  # "had signed"
    "story_political_share",  # share of the story's events with a political actor
    "story_countries_log",  # log(1 + distinct countries among the story's parties)
    "actor_unresolved",  # an actor with no country, knowledge-base id or sector ("the ministers", "force")
    "type_consult",  # CONSULT: meetings, visits, calls
    "in_quote",  # the trigger is inside quotation marks (the speaker's own words)
    "old_time_in_sentence",  # the reporting sentence names a time a month or more before publication ("in 1994")
    "day_from_publication",  # dated only by the publication day: no day in the event's clause or the story's lead
    "directed_without_recipient",  # a type aimed at someone (a demand, an accusation, aid...) with no recipient
    "present_simple",  # a simple-present verb trigger after the lead, outside quotes: a standing stance ("Sudan
    # accuses Uganda of backing the rebels"; a headline's present is news)
    "parties_multi_country",  # the parties belong to two countries or more (or a country and an international body)
    "recipient_unresolved",  # every recipient is unresolved ("China's entry", "the prisons")
    "rule_weak",  # a light-verb or an obligation reading ("made a visit", "must withdraw")
    *(f"is_{t.lower()}" for t in PLOVER_TYPES if t != "CONSULT"),  # the event type (CONSULT: type_consult)
)


def political(actor: Actor) -> bool:
    return (actor.kind == "country" or (actor.sector or "") in POLITICAL_SECTORS
            or (actor.country or "") in BODY_CODES)


def resolved(actor: Actor) -> bool:
    """A party the store can place or class: a country, a knowledge-base id or a sector ("rebels", a named
    movement the KB lacks)."""
    return bool(actor.country or actor.id or actor.sector)


def has_resolved_party(event: Event, recipients: bool = False) -> bool:
    sides = [*event.actors, *event.recipients] if recipients else event.actors
    return any(resolved(a) for a in sides)


def has_verb(sent: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


@dataclass(frozen=True)
class StoryFacts:
    """What the whole story says, computed once per document."""

    political_share: float
    countries: int
    sentence_starts: tuple[int, ...]  # document offsets of the parse's sentences with a verb (a dateline or byline
    # line, "BRUSSELS (Desk) -", is no sentence of the story and moves no event out of the lead)

    @classmethod
    def of(cls, events: list[Event], sdoc: Doc | None, body_start: int) -> StoryFacts:
        share = sum(any(political(a) for a in e.actors) for e in events) / len(events) if events else 0.0
        codes = {a.country for e in events for a in [*e.actors, *e.recipients] if a.country}
        starts = tuple(body_start + s.start_char for s in sentences(sdoc) if has_verb(s)) if sdoc is not None else ()
        return cls(political_share=share, countries=len(codes), sentence_starts=starts)

    def sentence_index(self, offset: int) -> int:
        n = 0
        for i, start in enumerate(self.sentence_starts):
            if start <= offset:
                n = i
            else:
                break
        return n


def trigger_token(event: Event, sdoc: Doc | None, body_start: int) -> Token | None:
    if sdoc is None or event.trigger is None:
        return None
    lo = event.trigger.start - body_start
    if not 0 <= lo < len(parsed_text(sdoc)):
        return None
    span = sdoc.char_span(lo, lo + 1, alignment_mode="expand")  # the token covering the trigger's first character
    return span[0] if span is not None and len(span) else None


def _ancestors(tok: Token) -> Iterable[Token]:
    while tok.head.i != tok.i:  # spaCy makes a new Token object per access: compare indices
        yield tok
        tok = tok.head
    yield tok


def embedded(tok: Token) -> bool:
    """In a relative, adverbial, purpose or open complement clause (reported speech, ccomp, does not count; nor
    does the complement of a schedule: "is scheduled to meet X" is the news itself)."""
    sent = tok.sent  # read once: each ``Token.sent`` walks to the sentence's ends
    return any(t.dep_ in EMBEDDING_DEPS and not _scheduled(t) for t in _ancestors(tok)
               if sent.start <= t.i < sent.end)


def _scheduled(t: Token) -> bool:
    """"X is scheduled [to meet Y]", "is expected [to arrive]": an open complement that only a schedule governs."""
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in SCHEDULE_HEADS and not any(
        c.dep_ == "prt" for c in t.head.children)  # not "set out to seize the airport"


def under_irrealis(tok: Token) -> bool:
    for t in _ancestors(tok):
        if t.i != tok.i and t.lemma_.lower() in IRREALIS_HEADS:
            return True
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and t.dep_ in ("advcl", "acl"):
            return True  # a purpose "to"-infinitive
    return False


def past_perfect(tok: Token) -> bool:
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children)


QUOTE_MARKS = ('"', "\u201c", "\u201d")


def in_quote(event: Event) -> bool:
    """The trigger sits inside quotation marks of its first reporting sentence (an odd number of marks before it)."""
    if not event.mentions or event.trigger is None:
        return False
    m = event.mentions[0]
    before = m.sentence[: max(0, event.trigger.start - m.start)]
    return sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1


def old_time_in_sentence(event: Event, published: date | None) -> bool:
    """The event's first reporting sentence names a date a month or more before publication ("in 1994", "two weeks
    ago" is not yet a month): the mark of background, whatever the event's own date came out as. A date without a
    year is read in the event's own tense: "will sign on May 27" in an April story is next month, not last May."""
    if published is None or not event.mentions:
        return False
    anchor = published.isoformat()
    tense = "future" if event.status in ("planned", "hypothetical") else "past"
    for _, _, expr in find_date_expressions(event.mentions[0].sentence):
        found = resolve_expression(expr, anchor, tense)
        before = days_before(found.value, published) if found is not None else None
        if before is not None and before >= OLD_DAYS:
            return True
    return False


def directed_without_recipient(event: Event) -> bool:
    """An act aimed at someone with nobody named as its target; a signing among several parties is aimed at them."""
    if event.event_type not in DIRECTED_TYPES or event.recipients:
        return False
    parties = {a.id or a.country or a.name for a in event.actors}
    return not (event.cameo in MUTUAL_CODES and len(parties) >= 2)


def event_features(event: Event, story: StoryFacts, sdoc: Doc | None, body_start: int,
                   published: date | None) -> dict[str, float]:
    """The :data:`FEATURES` of one event (name -> value)."""
    rule = event.rule or ""
    family = rule.split(":", 1)[0]
    tok = trigger_token(event, sdoc, body_start)
    offset = event.mentions[0].start if event.mentions else (event.trigger.start if event.trigger else body_start)
    sent = story.sentence_index(event.trigger.start if event.trigger else offset)
    before = days_before(event.date, published)
    f = {
        "finder_confidence": event.confidence,
        "actor_political": any(political(a) for a in event.actors),
        "actor_person": any(a.kind == "person" for a in event.actors),
        "actor_kb": any(a.id for a in event.actors),
        "has_recipient": bool(event.recipients),
        "status_planned": event.status == "planned",
        "status_hypothetical": event.status == "hypothetical",
        "status_negated": event.status == "negated",
        "type_conflict": event.event_type in CONFLICT_TYPES,
        "type_statement": event.event_type in STATEMENT_TYPES,
        "rule_verb": family == "verb",
        "rule_derived": family == "derived",
        "rule_under": "under:" in rule,
        "rule_modal": bool(MODAL_RULE.search(rule)),
        "rule_governed": bool(GOVERNED_RULE.search(rule)),
        "mentions_log": math.log(max(len(event.mentions), 1)),
        "lead": sent <= 1,
        "sentence_log": math.log1p(sent),
        # an undated story dates nothing; news in a perfect ("has met") names no day but is no background, nor
        # does a plan announced on a day of its report ("said Tuesday it would sign")
        "undated": event.date is None and published is not None and event.date_rule not in _NEWS_WITHOUT_DAY,
        "old_date": before is not None and before >= OLD_DAYS,
        "embedded": tok is not None and embedded(tok),
        "under_irrealis": tok is not None and under_irrealis(tok),
        "past_perfect": tok is not None and past_perfect(tok),
        "story_political_share": story.political_share,
        "story_countries_log": math.log1p(story.countries),
        "actor_unresolved": any(not resolved(a) for a in event.actors),
        "type_consult": event.event_type == "CONSULT",
        "in_quote": in_quote(event),
        "old_time_in_sentence": old_time_in_sentence(event, published),
        "directed_without_recipient": directed_without_recipient(event),
        "day_from_publication": event.date_rule == f"{STORY_DAY_RULE}:published",
        "present_simple": sent > 1 and tok is not None and tok.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) and not in_quote(event),
        "parties_multi_country": len({a.country for a in [*event.actors, *event.recipients] if a.country}) >= 2,
        "recipient_unresolved": bool(event.recipients) and not any(resolved(a) for a in event.recipients),
        "rule_weak": family in ("light", "obligation"),
        **{f"is_{t.lower()}": event.event_type == t for t in PLOVER_TYPES if t != "CONSULT"},
    }
    return {name: float(f[name]) for name in FEATURES}


__all__ = ["FEATURES", "StoryFacts", "event_features", "has_resolved_party", "political", "resolved"]
