"""Events of a user-dictionary verb: its code kept as written, sources and targets placed PETRARCH-style."""

from __future__ import annotations

from ...lexicon import get_lexicon
from ...records import Event, Mention
from .arguments import is_actor_like, with_conjuncts
from .found import Found, embedding_weight, event_span, np_text, parse_depth, refs
from .location import location_of
from .participants import Participants
from .status import StatusDecision
from .triggers import Trigger, user_class
from .user_actors import subject_actor, user_targets


def user_events(trig: Trigger, parts: Participants, decision: StatusDecision, rule: str, mention: Mention,
                 offset: int, governed: bool) -> list[Found]:
    """The event of a user-dictionary verb; a paired code ("032:033") adds the recipient's side of it."""
    confidence = trig.base * decision.weight
    if decision.cue:
        rule += f"+status:{decision.cue}"
    if not parts.actors and not parts.recipients:
        confidence *= 0.5
    loc = location_of(trig)
    # Coordinated with an actor, a noun names an actor too ("Fornost and Gondor welcomed", the tagger's NOUN)
    actors = list(dict.fromkeys(c for a in parts.actors for c in with_conjuncts(a)
                                if c.pos_ in {"NOUN", "PROPN"} or c is a))
    parts = Participants(sorted(actors, key=lambda t: t.i), parts.recipients, parts.how)
    if trig.sources:  # the pattern's "$"/"%" places the source
        parts = Participants(list(trig.sources), parts.recipients, parts.how)
    elif trig.targets and any(t in trig.targets for t in parts.actors):
        # "+ * IN $" with the "$" actor not found: the "+" actor (the subject) is the target, not the source
        parts = Participants([a for a in parts.actors if a not in trig.targets], parts.recipients, parts.how)
        if not parts.actors and trig.clause.dep_ in {"ccomp", "xcomp"}:  # "X noted that Y regretted": X
            outer = [x for c in trig.clause.head.children if c.dep_ == "nsubj" and c not in trig.targets
                     for x in with_conjuncts(c) if is_actor_like(x)] or subject_actor(trig.clause.head)
            parts = Participants([a for a in outer if a not in trig.targets], parts.recipients, parts.how)
    elif not parts.actors:
        inner = subject_actor(trig.clause)
        if inner:
            parts = Participants(inner, parts.recipients, parts.how)
            rule += "+source:first-actor-in-subject"
    if trig.targets:  # the pattern's "+" places the target
        targets = list(trig.targets)
    elif parts.recipients and any(c.dep_ == "nsubjpass" and c in parts.recipients for c in trig.clause.children):
        targets = []  # "X was criticized over its dispute with Y": the passive subject X is the target
        rule += "+target:passive-subject"
    else:
        targets = user_targets(trig.head) if trig.head.i == trig.clause.i else []
        rule += "+target:first-actor-after" if targets else ""
    recipients = [t for t in targets if t not in parts.actors] or parts.recipients
    if trig.mutual and not trig.targets:
        recipients = []
    sides = [(trig.cameo, trig.plover, parts.actors, recipients, rule)]
    if not recipients and len(parts.actors) > 1:  # "X and Y delayed their meeting": each acts on the other
        sides = [(trig.cameo, trig.plover, [a], [b for b in parts.actors if b is not a], rule + "+compound-mutual")
                 for a in parts.actors]
    elif trig.paired is not None:
        sides.append((trig.paired, user_class(get_lexicon(), trig.paired), recipients, parts.actors,
                      rule + "+paired"))
    out: list[Found] = []
    for code, plover, actors, recipients, why in sides:
        if not actors and not recipients:
            continue  # no one to code: PETRARCH needs a source or a target
        event = Event(
            event_type=plover.event_type, cameo=code, status=decision.status, mode=plover.mode,
            context=list(plover.context), confidence=round(max(0.05, min(1.0, confidence)), 3),
            mentions=[mention], rule=why, trigger=event_span(trig.tokens, offset), actor_refs=refs(actors, offset),
            recipient_refs=refs(recipients, offset), location_text=np_text(loc) if loc is not None else None,
        )
        found = Found(event, trig, parse_depth(trig.clause), governed, derived=len(out) > 0)
        event.confidence = round(event.confidence * embedding_weight(found), 3)
        out.append(found)
    return out
