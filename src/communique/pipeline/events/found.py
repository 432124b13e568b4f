"""Found events: an event with its trigger and place in the parse, and the evidence every event carries (the
sentence mention, trigger span, actor references, weight of the clause it is embedded in)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...records import ActorRef, Document, Event, Mention, Span
from ..nlp import doc_text, parsed_text
from .noun_phrases import actor_ref, np_tokens
from .triggers import Trigger
from .user_actors import BACKGROUND_MARKS, background_clause


def event_span(tokens: list[Token], offset: int) -> Span:
    first, last = tokens[0], tokens[-1]
    s = first.idx
    # = doc[first.i : last.i + 1].text, cut from the parse's cached text instead of joining the tokens
    text = parsed_text(first.doc)[s : last.idx + len(last.text)] if last.i >= first.i else ""
    return Span(text=text, start=offset + s, end=offset + s + len(text))


_YEAR_FIRST = re.compile(r"\d{4}")


def published_year(document: Document) -> int | None:
    if document.published and _YEAR_FIRST.match(document.published):
        return int(document.published[:4])
    return None


def sentence_mention(document: Document, sent: SpacySpan) -> Mention | None:
    """The evidence sentence in document coordinates (surrounding whitespace stripped)."""
    raw = doc_text(sent.doc)[sent.start_char : sent.end_char]  # = sent.text, without joining its tokens
    stripped = raw.strip()
    if not stripped:
        return None
    start = document.body_start + sent.start_char + (len(raw) - len(raw.lstrip()))
    end = start + len(stripped)
    return Mention(document.id, document.path, document.url, document.published, stripped, start, end)


@dataclass
class Found:
    """An event with what the sentence-level passes need: its trigger, depth in the parse, participants."""

    event: Event
    trig: Trigger
    depth: int
    governed: bool
    derived: bool = False


def parse_depth(tok: Token) -> int:
    d = 0
    while tok.head != tok and d < 50:
        tok = tok.head
        d += 1
    return d


def embedding_weight(found: Found) -> float:
    """0.7 for an event governed by another trigger ("urged them to meet": meet); 0.8 in a relative or participle
    clause ("the helicopter that was captured", "a letter handed over"); 0.85 in an adverbial clause ("...,
    setting fire to"); less 0.06 per level of depth.

    The sentence's main event is its main clause's: a clause introduced by a temporal or causal subordinator
    ("..., a day after X signed a deal") sets the scene, so its event is weighted 0.8 on top, also where the
    parser coordinated it with the main verb instead of subordinating it."""
    clause = found.trig.clause
    dep = clause.dep_
    weight = 0.7 if found.governed else 1.0
    if dep in {"relcl", "acl"}:
        weight *= 0.8
    elif dep == "advcl":
        weight *= 0.85
    if background_clause(clause) or (dep == "conj" and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children)):
        weight *= 0.8
    return weight * (1.0 - 0.06 * min(found.depth, 4))


def primary_of(found: list[Found]) -> Found | None:
    """The event a one-sentence text is mainly about: the trigger highest in the parse (derived readings before
    the event they were derived from), then the most confident."""
    if not found:
        return None
    return min(found, key=lambda f: (f.governed, f.depth, not f.derived, -f.event.confidence))


def np_text(tok: Token) -> str:
    start, end = np_tokens(tok)
    doc = tok.doc
    return doc[start:end].text


def refs(tokens: list[Token], offset: int) -> list[ActorRef]:
    seen: set[int] = set()
    out = []
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            out.append(actor_ref(t, offset))
    return out
