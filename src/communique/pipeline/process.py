"""Process a batch of documents: NLP, find events, resolve dates, actors and places, merge within each document.

``process_batch`` is a plain function over a batch with no I/O and no store access, so any executor (local
threads, a Dask cluster) can run it; the spaCy model and the knowledge base are loaded once per process.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator, Sequence

from ..config import Settings
from ..kb import KBExtra, KnowledgeBase, get_kb
from ..lexicon.user import UserLexicon
from ..records import DocResult, Document, Event
from . import merge, nlp, places
from .actors import context_fill as actor_fill
from .actors import resolve as actors
from .dates import resolve as dates
from .events.extractors import get_extractor

log = logging.getLogger(__name__)
USER_SIDE = re.compile(r"^user-verb:.*\+(paired|compound-mutual)")


# Layered KBs and verb indexes built in this process, by KBExtra fingerprint (one ingest's extra, usually).
_PREPARED: dict[str, tuple[KnowledgeBase, UserLexicon | None]] = {}
_PREPARED_MAX = 2


def _build_kb(extra: KBExtra | None) -> KnowledgeBase:
    kb = get_kb()
    if extra is not None and (extra.people or extra.organizations or extra.roles):
        kb = kb.with_extra(extra)
    return kb


def _build_lexicon(extra: KBExtra | None) -> UserLexicon | None:
    verbs = getattr(extra, "verbs", None) or []
    discards = getattr(extra, "discards", None) or []
    return UserLexicon.build(verbs, discards) if verbs or discards else None


def _prepared(extra: KBExtra) -> tuple[KnowledgeBase, UserLexicon | None]:
    got = _PREPARED.get(extra.fingerprint)
    if got is None:
        got = (_build_kb(extra), _build_lexicon(extra))
        while len(_PREPARED) >= _PREPARED_MAX:
            _PREPARED.pop(next(iter(_PREPARED)))
        _PREPARED[extra.fingerprint] = got
    return got


def knowledge_base(extra: KBExtra | None = None) -> KnowledgeBase:
    """The bundled KB with a KBExtra layered on; built once per process for a fingerprinted extra."""
    if extra is not None and extra.fingerprint:
        return _prepared(extra)[0]
    return _build_kb(extra)


def user_lexicon(extra: KBExtra | None) -> UserLexicon | None:
    """The user verb dictionaries and discards of a KBExtra, indexed (None when there are none); built once per
    process for a fingerprinted extra, else once per call."""
    if extra is not None and extra.fingerprint:
        return _prepared(extra)[1]
    return _build_lexicon(extra)


SYMMETRIC_MEETINGS = frozenset({"040", "044", "046"})  # consult, meet at a third location, negotiate


def symmetric_parties(event: Event) -> None:
    """PLOVER's actor is the initiator, or every party when nobody hosts: in a meeting or negotiation with no
    host, visit or call ("A met B", "A held talks with B") all parties are actors and there is no recipient."""
    if event.event_type != "CONSULT" or event.cameo not in SYMMETRIC_MEETINGS or event.mode is not None:
        return
    if (event.rule or "").startswith("user-verb"):  # a user dictionary's coding keeps its own direction
        return
    if not event.recipients or not event.actors:
        return
    ids = {a.id for a in event.actors if a.id}
    event.actors = event.actors + [r for r in event.recipients if not (r.id and r.id in ids)]
    event.recipients = []
    event.rule = f"{event.rule or ''}+symmetric-parties"


def event_key(event: Event) -> str:
    """A stable id for an event found in one document (before cross-document merging)."""
    m = event.mentions[0] if event.mentions else None
    trig = event.trigger.start if event.trigger else -1
    sides = "|".join(",".join(sorted(a.id or a.name for a in group)) for group in (event.actors, event.recipients))
    raw = f"{m.doc_id if m else ''}|{m.start if m else -1}|{trig}|{event.cameo}|{sides}"
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def process_document(document: Document, sdoc: object, kb: KnowledgeBase,
                     user_verbs: UserLexicon | None = None, extractor: str = "rules") -> DocResult:
    """All per-document stages after the parse, in pipeline order (user verb dictionaries consulted first)."""
    found = get_extractor(extractor)(document, sdoc, user_verbs=user_verbs)
    dates.resolve_dates(document, sdoc, found)  # type: ignore[arg-type]
    actors.resolve_actors(document, sdoc, found, kb)  # type: ignore[arg-type]
    places.resolve_places(document, sdoc, found, kb)  # type: ignore[arg-type]
    actor_fill.fill_from_context(document, sdoc, found, kb)  # type: ignore[arg-type]  # needs the locations
    for ev in found:
        symmetric_parties(ev)
    # The sides of a user dictionary's paired code ("032:033") or of a compound acting on itself are separate
    # codings: they are kept out of within-document merging (which would fold them into one event).
    sides = [e for e in found if USER_SIDE.search(e.rule or "")]
    merged = merge.merge_within_document([e for e in found if not USER_SIDE.search(e.rule or "")]) + sides
    for ev in merged:
        if ev.id is None:
            ev.id = event_key(ev)
    return DocResult(document=document, events=merged)


def _parse_each(documents: Sequence[Document], settings: Settings,
                results: list[DocResult]) -> Iterator[tuple[Document, object]]:
    """Parse a batch; if the parser fails on it, parse document by document and give a failing one an error."""
    try:
        parsed = list(nlp.parse(documents, settings))
    except Exception:
        log.debug("batch parse failed; parsing one by one", exc_info=True)
        parsed = []
        for document in documents:
            try:
                parsed += list(nlp.parse([document], settings))
            except Exception as exc:
                results.append(DocResult(document=document, error=f"parse failed: {type(exc).__name__}: {exc}"))
    yield from parsed


def process_batch(
    documents: Sequence[Document], settings: Settings | None = None, kb_extra: KBExtra | None = None
) -> list[DocResult]:
    """Run the per-document pipeline over a batch. One failing document yields a result with ``error`` set."""
    settings = settings or Settings()
    get_extractor(settings.extractor)  # an unknown name fails the run at once, not every document
    kb = knowledge_base(kb_extra)
    user_verbs = user_lexicon(kb_extra)
    results: list[DocResult] = []
    for document, sdoc in _parse_each(documents, settings, results):
        try:
            result = process_document(document, sdoc, kb, user_verbs, settings.extractor)
            body = len(document.text) - document.body_start
            if body > settings.max_chars:
                result.warnings.append(f"article body of {body:,} characters truncated to {settings.max_chars:,} "
                                       "(set Settings.max_chars to read more)")
            results.append(result)
        except Exception as exc:  # one bad article never stops a run
            log.debug("failed to process %s", document.path or document.id, exc_info=True)
            results.append(DocResult(document=document, events=[], error=f"{type(exc).__name__}: {exc}"))
    return results
