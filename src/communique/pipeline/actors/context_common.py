"""What the context rules (``context_fill``, ``attack_context``) share: is a code a real country, an actor's words,
the event's trigger token, and giving an actor a country with the rule that found it."""

from __future__ import annotations

from msgspec.structs import replace
from spacy.tokens import Doc, Token

from ...lexicon.words import word_set
from ...records import Actor, Document, Event

# PLOVER event types of fighting: the claimant rule applies to them, and in them a military is no domestic counterpart
FIGHTING = word_set("actors/context_fill_fighting")
_PSEUDO = word_set("actors/context_fill_pseudo")


def real_iso(code: str | None) -> bool:
    return bool(code) and len(code or "") == 3 and (code or "").isalpha() and code not in _PSEUDO


def actor_words(a: Actor) -> list[str]:
    return [w.strip(",.()'\"`") for w in (a.text or a.name).replace("-", " ").lower().split()]


def with_country(a: Actor, iso: str, rule: str, sector: str | None = None) -> Actor:
    sector = sector or a.sector
    new_id = f"group:{iso}-{sector}" if a.kind == "group" and a.id is None and sector else a.id
    return replace(a, id=new_id, country=iso, sector=sector, resolution=f"{a.resolution}; {rule}")


def trigger_token(document: Document, sdoc: Doc, ev: Event) -> Token | None:
    """The token of the event's trigger: its first verb, else its root."""
    if ev.trigger is None:
        return None
    off = document.body_start
    span = sdoc.char_span(ev.trigger.start - off, ev.trigger.end - off, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ == "VERB"]
    return verbs[0] if verbs else span.root
