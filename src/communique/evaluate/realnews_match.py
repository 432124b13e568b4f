"""Matching predicted events to the real-news gold (realnews_dev GUIDELINES.md, "Scoring").

A predicted event *fits* a gold event of the same story when the PLOVER type is equal (or one of the gold's
``alt_types``), the actor sides overlap and, when the gold event has recipients, the recipient sides overlap. Two
sides overlap when a predicted actor shares a country code with a gold actor (a gold "IGO" accepts any
organisation pseudo-country, as in plover_gsr) or a name word of three letters or more (function words such as
"the" or "and" do not count; a predicted actor's words are those of its name and of its surface text).

Matching is one-to-one (:func:`match_story`): as many pairs as possible whose evidence sentences overlap, then as
many pairs as possible, then pairs with required rather than optional gold events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..records import Actor, Event
from .assignment import max_weight_pairs
from .plover_gsr import IGO_CODES

MIN_WORD = 3  # letters in a name word that counts for side overlap
# Function words of three letters or more: sharing them says nothing about who the actor is.
STOP_WORDS: frozenset[str] = frozenset({
    "the", "and", "for", "with", "from", "into", "its", "his", "her", "their", "our", "who", "that", "this",
    "than", "has", "was", "are", "not", "but", "all", "any", "other", "some", "per", "via",
})
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Party:
    """One gold actor or recipient."""

    name: str
    country: str | None = None
    sector: str | None = None


@dataclass
class GoldEvent:
    """One gold event of a story (GUIDELINES.md "Fields of an event")."""

    story: str
    index: int  # position among the story's gold events
    event_type: str
    status: str | None = None
    date: str | None = None
    actors: list[Party] = field(default_factory=list)
    recipients: list[Party] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    optional: bool = False
    alt_types: tuple[str, ...] = ()
    mode: str | None = None

    @property
    def types(self) -> tuple[str, ...]:
        return (self.event_type, *self.alt_types)


@dataclass(frozen=True)
class Pair:
    """A predicted event (index into the story's predictions) matched to a gold event (index into its gold)."""

    pred: int
    gold: int
    evidence_overlap: bool


# ----------------------------------------------------------------------------------------------- sides


def name_words(*names: str | None) -> set[str]:
    """Lower-cased words of three letters or more, function words left out."""
    out: set[str] = set()
    for name in names:
        for w in _WORD.findall(name or ""):
            w = w.lower()
            if len(w) >= MIN_WORD and w not in STOP_WORDS:
                out.add(w)
    return out


def country_found(gold_code: str, predicted: Sequence[Actor]) -> bool:
    """The gold country among the predicted actors' countries (gold "IGO": any organisation pseudo-country)."""
    for a in predicted:
        code = (a.country or "").upper()
        if code == gold_code:
            return True
        if gold_code == "IGO" and (code in IGO_CODES or (a.sector or "").upper() == "IGO"):
            return True
    return False


def sides_overlap(gold: Sequence[Party], predicted: Sequence[Actor]) -> bool:
    """A predicted actor shares a country code or a name word (>= 3 letters) with a gold actor."""
    if any(g.country and country_found(g.country, predicted) for g in gold):
        return True
    gold_words = name_words(*(g.name for g in gold))
    return any(gold_words & name_words(a.name, a.text) for a in predicted)


def countries_found(gold: Sequence[Party], predicted: Sequence[Actor]) -> bool | None:
    """Every gold country of a side found among the predicted side's; None when the gold side names none."""
    codes = {g.country for g in gold if g.country}
    if not codes:
        return None
    return all(country_found(c, predicted) for c in codes)


def fits(pred: Event, gold: GoldEvent) -> bool:
    """Type (or an alt type), actor sides and (when the gold has any) recipient sides agree."""
    if pred.event_type not in gold.types:
        return False
    if not sides_overlap(gold.actors, pred.actors):
        return False
    return not gold.recipients or sides_overlap(gold.recipients, pred.recipients)


def why_not(pred: Event, gold: Iterable[GoldEvent]) -> str:
    """The first test a prediction fails against the closest gold events: type, actors or recipients."""
    same_type = [g for g in gold if pred.event_type in g.types]
    if not same_type:
        return "no-gold-of-type"
    if not any(sides_overlap(g.actors, pred.actors) for g in same_type):
        return "actors-differ"
    return "recipients-differ"


def why_missed(gold: GoldEvent, predicted: Iterable[Event]) -> str:
    """The first test the closest predictions fail for a missed gold event: type, actors or recipients."""
    same_type = [p for p in predicted if p.event_type in gold.types]
    if not same_type:
        return "no-prediction-of-type"
    same_actors = [p for p in same_type if sides_overlap(gold.actors, p.actors)]
    if not same_actors:
        return "actors-differ"
    if gold.recipients and not any(sides_overlap(gold.recipients, p.recipients) for p in same_actors):
        return "recipients-differ"
    return "taken"  # a fitting prediction exists but was matched to another gold event


# ----------------------------------------------------------------------------------------------- evidence


def evidence_spans(gold: GoldEvent, text: str) -> list[tuple[int, int]]:
    """Offsets of the gold evidence sentences in the story text (every occurrence)."""
    spans: list[tuple[int, int]] = []
    for sentence in gold.evidence:
        if not sentence:
            continue
        start = text.find(sentence)
        while start >= 0:
            spans.append((start, start + len(sentence)))
            start = text.find(sentence, start + 1)
    return spans


def _squash(s: str) -> str:
    return " ".join(s.split())


def evidence_overlaps(pred: Event, gold: GoldEvent, text: str) -> bool:
    """A sentence the prediction was found in overlaps a gold evidence sentence (by offsets in ``text``; by text
    containment for a gold sentence that is not found verbatim)."""
    spans = evidence_spans(gold, text)
    for m in pred.mentions:
        if any(m.start < end and start < m.end for start, end in spans):
            return True
    missing = [_squash(s) for s in gold.evidence if s and s not in text]
    for m in pred.mentions:
        sent = _squash(m.sentence)
        if sent and any(sent in s or s in sent for s in missing):
            return True
    return False


# ----------------------------------------------------------------------------------------------- matching


def match_story(predicted: Sequence[Event], gold: Sequence[GoldEvent], text: str) -> list[Pair]:
    """One-to-one pairs of fitting (prediction, gold event), chosen lexicographically: most pairs with overlapping
    evidence, then most pairs, then most pairs with required (non-optional) gold."""
    if not predicted or not gold:
        return []
    scale = 2 * (min(len(predicted), len(gold)) + 1)
    weights = [[0] * len(gold) for _ in predicted]
    overlap: dict[tuple[int, int], bool] = {}
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if not fits(p, g):
                continue
            overlap[i, j] = evidence_overlaps(p, g, text)
            weights[i][j] = scale * scale * overlap[i, j] + scale + (not g.optional)
    return [Pair(i, j, overlap[i, j]) for i, j in max_weight_pairs(weights)]
