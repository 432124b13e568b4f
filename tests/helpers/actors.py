"""Actor stages on one hand-built event over a sentence: the bundled KB (skipping when it is not built), actor
resolution, and actors -> places -> context fill in the pipeline's order."""

from __future__ import annotations

import pytest

from communique.kb import KnowledgeBase, get_kb
from communique.pipeline.actors.context_fill import fill_from_context
from communique.pipeline.actors.resolve import resolve_actors
from communique.pipeline.nlp import parse_text
from communique.pipeline.places import resolve_places
from communique.records import Actor, ActorRef, Document, Event, Mention, Span
from tests.helpers.fake_kb import make_event


def real_kb(*orgs: str) -> KnowledgeBase:
    """The bundled KB; skips the test when it is not built (no France, or one of ``orgs`` missing)."""
    kb = get_kb()
    if kb.country("France") is None or any(kb.organization(o) is None for o in orgs):
        pytest.skip("KB not built")
    return kb


def resolve_on(text: str, actors: list[str], recipients: list[str] | None = None, kb: KnowledgeBase | None = None,
               **kw: object) -> Event:
    """Actor resolution of one hand-built event (see make_event); the bundled KB with NATO unless ``kb``."""
    doc, ev = make_event(text, actors, recipients or [], **kw)  # type: ignore[arg-type]
    resolve_actors(doc, parse_text(text), [ev], kb or real_kb("NATO"))
    return ev


def codes(actors: list[Actor]) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


def fill_context(text: str, actors: list[str], recipients: list[str], trigger: str, event_type: str,
                 rule: str | None = None, cameo: str = "000") -> Event:
    """One hand-built event through actors -> places -> context fill (the pipeline's order)."""
    doc = Document(id="d1", text=text, published="2005-05-10")

    def ref(phrase: str) -> ActorRef:
        i = text.index(phrase)
        return ActorRef(phrase, i, i + len(phrase), i + len(phrase) - 1)

    t = text.index(trigger)
    ev = Event(event_type=event_type, cameo=cameo, actor_refs=[ref(a) for a in actors],
               recipient_refs=[ref(r) for r in recipients], trigger=Span(trigger, t, t + len(trigger)),
               mentions=[Mention("d1", None, None, "2005-05-10", text, 0, len(text))], rule=rule)
    sdoc = parse_text(text)
    kb = real_kb()
    resolve_actors(doc, sdoc, [ev], kb)
    resolve_places(doc, sdoc, [ev], kb)
    fill_from_context(doc, sdoc, [ev], kb)
    return ev
