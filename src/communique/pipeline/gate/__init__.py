"""The gate: the last stage, which scores each event's chance of being right and keeps the likely ones.

An event is kept when someone acts in it (an event with no actor at all, "four people were killed", is no
who-did-what row) and it has a party the store can place or class (a country, a knowledge-base id or a sector:
an actor, or a recipient when the actor is unresolved, "gunmen attacked the governor") and its confidence, the probability the fitted model
(:mod:`.model`) gives from generic features (:mod:`.features`), is at least the threshold
(``Settings.min_confidence``; by default the one chosen when the model was fitted; 0 keeps every event with a
resolved party). Stories are scored by the story model, texts of one or two sentences by the sentence model
(:mod:`.model` says why). A kept event's rule trail ends with ``+gate:<p>(<the features that moved it most>)``; a
dropped one is logged at debug level with the reason.
"""

from __future__ import annotations

import logging

from ..context import DocContext
from ..relevance import private_affair
from .features import FEATURES, StoryFacts, event_features, has_resolved_party
from .model import ConfidenceModel, default_model, load_model, model_for

log = logging.getLogger(__name__)


def threshold(ctx: DocContext, model: ConfidenceModel) -> float:
    return model.threshold if ctx.min_confidence is None else ctx.min_confidence


def gate(ctx: DocContext, model: ConfidenceModel | None = None) -> None:
    """Set each event's confidence from the model (by default the bundled one for the text's length); drop events
    without a resolved actor or below the threshold."""
    doc = ctx.document
    story = StoryFacts.of(ctx.events, ctx.sdoc, doc.body_start)
    model = model or model_for(len(story.sentence_starts))  # the story's sentences with a verb
    cut = threshold(ctx, model)
    kept = []
    for ev in ctx.events:
        feats = event_features(ev, story, ctx.sdoc, doc.body_start, ctx.facts.anchor)
        ev.gate_features = feats
        ev.finder_score = ev.confidence  # the finder's ranking of its readings, kept beside the calibrated value
        ev.confidence = model.probability(feats)
        why = ",".join(model.reasons(feats))
        if not ev.actors or not has_resolved_party(ev, recipients=True):
            log.debug("gate: dropped %s %s in %s: no actor, or no party with a country, a KB id or a sector",
                      ev.event_type, ev.rule,
                      doc.path or doc.id)
            continue
        if private_affair(ev):
            log.debug("gate: dropped %s %s in %s: its only political party is placed by the story's country",
                      ev.event_type, ev.rule, doc.path or doc.id)
            continue
        if ev.confidence < cut:
            log.debug("gate: dropped %s %s in %s: confidence %.3f < %.3f (%s)", ev.event_type, ev.rule,
                      doc.path or doc.id, ev.confidence, cut, why)
            continue
        ev.rule = f"{ev.rule or ''}+gate:{ev.confidence:.2f}({why})"
        kept.append(ev)
    ctx.events = kept


__all__ = ["FEATURES", "ConfidenceModel", "default_model", "gate", "load_model"]
