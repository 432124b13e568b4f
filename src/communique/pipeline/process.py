"""Process a batch of documents: parse them, then run the declared stages (``pipeline/stages.py``) on each.

``process_batch`` is a plain function over a batch with no I/O and no store access, so any executor (local
threads, a Dask cluster) can run it; the spaCy model and the knowledge base are loaded once per process.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from ..config import NEWS_WINDOW_DAYS, Settings
from ..kb import KBExtra, KnowledgeBase, get_kb
from ..lexicon.user import UserLexicon
from ..records import DocResult, Document
from . import nlp
from .context import DocContext
from .events.extractors import get_extractor
from .stages import run_stages

log = logging.getLogger(__name__)


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


def process_document(document: Document, sdoc: Doc, kb: KnowledgeBase,
                     user_verbs: UserLexicon | None = None, extractor: str = "rules",
                     min_confidence: float | None = None, news_window_days: int = NEWS_WINDOW_DAYS) -> DocResult:
    """All per-document stages after the parse (:data:`~communique.pipeline.stages.STAGES`), in order."""
    ctx = DocContext(document, sdoc, kb, user_verbs, extractor, min_confidence, news_window_days)
    events = run_stages(ctx)
    return DocResult(document=document, events=events, warnings=ctx.warnings)


class ArticleTimeout(Exception):
    """An article's stages ran past ``Settings.article_seconds``."""


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout in the block once ``seconds`` have passed: by a timer signal in a process's main
    thread (the local and process-pool executors), else (a Dask thread) when the block ends."""
    if seconds <= 0:
        yield
        return
    start = time.monotonic()
    message = (f"the article took more than {seconds:g} s (Settings.article_seconds) and was given up; "
               "it fails the same way each time")

    def expire(signum: int, frame: object) -> None:
        raise ArticleTimeout(message)

    use_signal = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if use_signal:
        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if use_signal:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if time.monotonic() - start > seconds:
        raise ArticleTimeout(message)


def _parse_each(documents: Sequence[Document], settings: Settings,
                results: dict[int, DocResult]) -> Iterator[tuple[int, Document, Doc]]:
    """Parse a batch, yielding each document with its place in the batch. A long body whose parse runs past
    ``Settings.article_seconds`` gets an error and the documents after it are parsed on; if the parser fails on
    the batch, the rest is parsed document by document and a failing one gets an error."""
    docs = list(documents)
    done = 0  # documents yielded or given an error
    while done < len(docs):
        try:
            for document, sdoc in nlp.parse(docs[done:], settings):
                done += 1
                yield done - 1, document, sdoc
        except nlp.ParseTimeout as exc:
            results[done] = DocResult(document=docs[done], error=f"{type(exc).__name__}: {exc}")
            done += 1
        except Exception:
            log.debug("batch parse failed; parsing one by one", exc_info=True)
            for i in range(done, len(docs)):
                try:
                    for document, sdoc in nlp.parse([docs[i]], settings):
                        yield i, document, sdoc
                except nlp.ParseTimeout as exc:
                    results[i] = DocResult(document=docs[i], error=f"{type(exc).__name__}: {exc}")
                except Exception as exc:
                    results[i] = DocResult(document=docs[i], error=f"parse failed: {type(exc).__name__}: {exc}")
            return


def process_batch(
    documents: Sequence[Document], settings: Settings | None = None, kb_extra: KBExtra | None = None
) -> list[DocResult]:
    """Run the per-document pipeline over a batch. One failing document yields a result with ``error`` set."""
    settings = settings or Settings()
    get_extractor(settings.extractor)  # an unknown name fails the run at once, not every document
    kb = knowledge_base(kb_extra)
    user_verbs = user_lexicon(kb_extra)
    results: dict[int, DocResult] = {}  # by place in the batch: the results come back in the documents' order
    for index, document, sdoc in _parse_each(documents, settings, results):
        try:
            with time_budget(settings.article_seconds):
                result = process_document(document, sdoc, kb, user_verbs, settings.extractor, settings.min_confidence,
                                          settings.news_window_days)
            body = len(document.text) - document.body_start
            if body > settings.max_chars:
                result.warnings.append(f"article body of {body:,} characters truncated to {settings.max_chars:,} "
                                       "(set Settings.max_chars to read more)")
            results[index] = result
        except Exception as exc:  # one bad article never stops a run
            log.debug("failed to process %s", document.path or document.id, exc_info=True)
            results[index] = DocResult(document=document, events=[], error=f"{type(exc).__name__}: {exc}")
    return [results[i] for i in sorted(results)]
