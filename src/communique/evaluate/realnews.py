"""Real-news event gold (realnews_dev): whole AFP/Xinhua wire stories and the political events an expert coded.

PATH is the set's folder (``gold.jsonl`` and ``stories.jsonl``) or its gold file with ``stories.jsonl`` beside it.
The stories are licensed for internal evaluation only: they are read from PATH at run time, never bundled.

Each story goes through the pipeline as ingest runs a JSONL record (``make_document`` with its text, publication
date, title and source, then ``process_batch``, which merges the reports of one event within the story) and its
events are scored as the set's GUIDELINES.md says (matching: :mod:`.realnews_match`):

* precision = matched predictions / predictions; recall = matched gold / gold; F1. A prediction matched to an
  optional gold event counts neither way (it leaves the precision denominator too); an unmatched optional gold
  event is no miss;
* on every matched pair (optional gold included): status accuracy, date accuracy (values equal; a null predicted
  date for a dated gold event is wrong, and so is a date predicted for a gold event the story leaves undated), and
  actor / recipient country accuracy (every gold country of the side found among the predicted side's);
* per story and per type (a prediction counts for its own type, a gold event for its type); false alarms are the
  predictions on stories with no gold events;
* ``details`` (``--format json``) lists every error: each unmatched prediction and each missed gold event with the
  test it failed, and each matched pair's wrong fields.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EvaluationDataError
from ..pipeline.read import make_document
from ..records import PLOVER_TYPES, Actor, Event
from .base import ClassRow, ErrorSample, EvaluationReport, f1_score, ratio, repo_commit
from .predict import predict_documents
from .realnews_match import GoldEvent, Pair, Party, countries_found, fits, match_story, why_missed, why_not

GOLD_NAME = "gold.jsonl"
STORIES_NAME = "stories.jsonl"
_FIX = "Pass ../shared/eval/realnews_dev (gold.jsonl and stories.jsonl) or its gold.jsonl"


@dataclass
class Story:
    """One story with its gold events (``events`` empty: a story with no reportable political event)."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    source: str | None = None
    events: list[GoldEvent] = field(default_factory=list)
    dateline: str | None = None  # "BEIJING, Nov. 19 , 2005 (Xinhua)", given apart from the text (as ingest reads it)
    notes: str | None = None


# ----------------------------------------------------------------------------------------------- reading


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationDataError(f"cannot read {path}: {exc}", fix=_FIX) from exc
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationDataError(f"{path}:{n} is not JSON: {exc}", fix=_FIX) from exc
        if not isinstance(rec, dict) or not rec.get("id"):
            raise EvaluationDataError(f"{path}:{n} is not an object with an \"id\"", fix=_FIX)
        out.append(rec)
    return out


def _opt(value: Any) -> str | None:
    return (str(value).strip() or None) if value is not None else None


def _parties(value: Any) -> list[Party]:
    if not isinstance(value, list):
        return []
    return [
        Party(name=str(p.get("name") or ""), country=(_opt(p.get("country")) or "").upper() or None,
              sector=(_opt(p.get("sector")) or "").upper() or None)
        for p in value if isinstance(p, dict)
    ]


def parse_gold_event(story: str, index: int, raw: dict[str, Any]) -> GoldEvent:
    """A gold event from its JSON object (GUIDELINES.md field names)."""
    alt = raw.get("alt_types") or []
    return GoldEvent(
        story=story, index=index, event_type=str(raw.get("type") or "").strip().upper(),
        status=_opt(raw.get("status")), date=_opt(raw.get("date")),
        actors=_parties(raw.get("actors")), recipients=_parties(raw.get("recipients")),
        evidence=[str(s) for s in raw.get("evidence") or [] if s],
        optional=bool(raw.get("optional")),
        alt_types=tuple(str(t).strip().upper() for t in alt if t) if isinstance(alt, list) else (),
        mode=_opt(raw.get("mode")),
    )


def locate(path: str | Path) -> tuple[Path, Path]:
    """(gold file, stories file): PATH is the set's folder or its gold file with stories.jsonl beside it."""
    p = Path(path)
    gold = p / GOLD_NAME if p.is_dir() else p
    stories = gold.parent / STORIES_NAME
    for f in (gold, stories):
        if not f.is_file():
            raise EvaluationDataError(f"{f} not found", fix=_FIX)
    if gold.resolve() == stories.resolve():
        raise EvaluationDataError(f"{gold} is the stories file, not the gold", fix=_FIX)
    return gold, stories


def load_stories(path: str | Path) -> list[Story]:
    """The gold stories in gold-file order, each with its text; a gold story without a text is an error."""
    gold_file, stories_file = locate(path)
    texts = {str(r["id"]): r for r in _read_jsonl(stories_file)}
    stories: list[Story] = []
    for rec in _read_jsonl(gold_file):
        sid = str(rec["id"])
        src = texts.get(sid)
        if src is None or not isinstance(src.get("text"), str) or not src["text"].strip():
            raise EvaluationDataError(f"gold story {sid} has no text in {stories_file}", fix=_FIX)
        events = rec.get("events") or []
        stories.append(Story(
            id=sid, text=src["text"].replace("\r\n", "\n").replace("\r", "\n"),
            published=_opt(src.get("published")) or _opt(rec.get("published")),
            title=_opt(src.get("title")), source=_opt(src.get("source")), dateline=_opt(src.get("dateline")),
            events=[parse_gold_event(sid, i, e) for i, e in enumerate(events) if isinstance(e, dict)],
            notes=_opt(rec.get("notes")),
        ))
    if not stories:
        raise EvaluationDataError(f"no gold stories in {gold_file}", fix=_FIX)
    return stories


def load_corpus(path: str | Path, ids: set[str] | None = None) -> list[Story]:
    """The stories of a corpus file (``corpus.jsonl``, or the folder holding it) without gold events, in file order;
    only those whose id is in ``ids`` when given. A record without a text is skipped."""
    p = Path(path)
    p = p / "corpus.jsonl" if p.is_dir() else p
    if not p.is_file():
        raise EvaluationDataError(f"no corpus file at {p}", fix=_FIX)
    return [Story(id=str(r["id"]), text=r["text"].replace("\r\n", "\n").replace("\r", "\n"),
                  published=_opt(r.get("published")), title=_opt(r.get("title")), source=_opt(r.get("source")),
                  dateline=_opt(r.get("dateline")))
            for r in _read_jsonl(p)
            if (ids is None or str(r["id"]) in ids) and isinstance(r.get("text"), str) and r["text"].strip()]


# ----------------------------------------------------------------------------------------------- predicting


def predict(stories: list[Story], settings: Settings | None = None, batch_size: int = 16,
            failures: list[str] | None = None) -> dict[str, list[Event]]:
    """Each story through the pipeline as ingest reads a JSONL record; story id -> its (merged) events.

    ``failures`` (when given) collects the ids of stories whose processing failed (they then have no events)."""
    docs = [make_document(s.text, published=s.published, path=s.id, title=s.title, source=s.source,
                          dateline=s.dateline) for s in stories]
    out: dict[str, list[Event]] = {}
    for story, res in zip(stories, predict_documents(docs, settings, None, batch_size), strict=True):
        if failures is not None and res.error is not None:
            failures.append(story.id)
        out[story.id] = res.events
    return out


# ----------------------------------------------------------------------------------------------- describing


def actor_dicts(actors: list[Actor]) -> list[dict[str, str | None]]:
    return [{"name": a.name, "country": a.country, "sector": a.sector} for a in actors]


def party_dicts(parties: list[Party]) -> list[dict[str, str | None]]:
    return [{"name": p.name, "country": p.country, "sector": p.sector} for p in parties]


def prediction_record(story: str, ev: Event, reason: str | None = None) -> dict[str, Any]:
    """An unmatched prediction as the JSON report lists it."""
    return {
        "story": story, "type": ev.event_type, "cameo": ev.cameo, "status": ev.status, "date": ev.date,
        "actors": actor_dicts(ev.actors), "recipients": actor_dicts(ev.recipients),
        "evidence": [m.sentence for m in ev.mentions], "rule": ev.rule, "confidence": round(ev.confidence, 3),
        "reason": reason,
    }


def gold_record(g: GoldEvent, reason: str | None = None) -> dict[str, Any]:
    """A missed gold event as the JSON report lists it."""
    return {
        "story": g.story, "gold_index": g.index, "type": g.event_type, "alt_types": list(g.alt_types),
        "status": g.status, "date": g.date, "actors": party_dicts(g.actors),
        "recipients": party_dicts(g.recipients), "evidence": list(g.evidence), "reason": reason,
    }


def _sides(actors: list[dict[str, str | None]], recipients: list[dict[str, str | None]]) -> str:
    def names(side: list[dict[str, str | None]]) -> str:
        return ",".join(f"{a['name']}[{a['country'] or '-'}]" for a in side) or "-"
    return f"{names(actors)} -> {names(recipients)}"


# ----------------------------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Counts for one story, one type or the whole set."""

    gold: int = 0  # required gold events
    predicted: int = 0  # predictions, less those matched to optional gold
    matched_gold: int = 0
    matched_pred: int = 0
    matched_optional: int = 0

    def row(self, label: str) -> ClassRow:
        p = ratio(self.matched_pred, self.predicted)
        r = ratio(self.matched_gold, self.gold)
        return ClassRow(label, self.gold, self.predicted, self.matched_gold, p, r, f1_score(p, r),
                        extra={"matched_pred": self.matched_pred, "matched_optional": self.matched_optional})


def field_checks(ev: Event, g: GoldEvent) -> dict[str, bool | None]:
    """Per matched pair: status, date, actor and recipient countries (None: the gold gives nothing to check)."""
    return {
        "status": ev.status == g.status if g.status else None,
        "date": ev.date == g.date,
        "actor_country": countries_found(g.actors, ev.actors),
        "recipient_country": countries_found(g.recipients, ev.recipients),
    }


@dataclass
class _Scoring:
    total: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=dict)
    by_story: list[ClassRow] = field(default_factory=list)
    checks: dict[str, list[bool]] = field(default_factory=lambda: {
        "status": [], "date": [], "actor_country": [], "recipient_country": []})
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)
    optional_unmatched: int = 0
    evidence_overlap: int = 0
    false_alarms: int = 0
    false_alarm_stories: int = 0

    def tally(self, key: str) -> Tally:
        return self.by_type.setdefault(key, Tally())


def _score_pairs(s: _Scoring, story: Story, preds: list[Event], pairs: list[Pair], t: Tally) -> None:
    for pair in pairs:
        ev, g = preds[pair.pred], story.events[pair.gold]
        s.evidence_overlap += pair.evidence_overlap
        if g.optional:
            t.matched_optional += 1
            t.predicted -= 1
            s.tally(ev.event_type).predicted -= 1
            s.tally(ev.event_type).matched_optional += 1
        else:
            t.matched_gold += 1
            t.matched_pred += 1
            s.tally(g.event_type).matched_gold += 1
            s.tally(ev.event_type).matched_pred += 1
        for name, ok in field_checks(ev, g).items():
            if ok is None:
                continue
            s.checks[name].append(ok)
            if not ok:
                s.field_errors.append(_field_error(story.id, name, ev, g))


def _field_error(story: str, name: str, ev: Event, g: GoldEvent) -> dict[str, Any]:
    expected: Any
    got: Any
    if name in ("status", "date"):
        expected, got = getattr(g, name), getattr(ev, name)
    elif name == "actor_country":
        expected, got = party_dicts(g.actors), actor_dicts(ev.actors)
    else:
        expected, got = party_dicts(g.recipients), actor_dicts(ev.recipients)
    return {"story": story, "gold_index": g.index, "type": g.event_type, "field": name, "expected": expected,
            "got": got, "evidence": [m.sentence for m in ev.mentions], "rule": ev.rule}


def _score_story(s: _Scoring, story: Story, preds: list[Event]) -> None:
    t = Tally(gold=sum(not g.optional for g in story.events), predicted=len(preds))
    for g in story.events:
        if not g.optional:
            s.tally(g.event_type).gold += 1
    for ev in preds:
        s.tally(ev.event_type).predicted += 1
    pairs = match_story(preds, story.events, story.text)
    _score_pairs(s, story, preds, pairs, t)
    matched_pred = {p.pred for p in pairs}
    matched_gold = {p.gold for p in pairs}
    taken = [story.events[j] for j in matched_gold]
    for i, ev in enumerate(preds):
        if i in matched_pred:
            continue
        if not story.events:
            reason = "no-gold-story"
        elif any(fits(ev, g) for g in taken):
            reason = "duplicate"
        else:
            reason = why_not(ev, story.events)
        s.false_positives.append(prediction_record(story.id, ev, reason))
    for j, g in enumerate(story.events):
        if j in matched_gold:
            continue
        if g.optional:
            s.optional_unmatched += 1
        else:
            s.misses.append(gold_record(g, why_missed(g, preds)))
    if not story.events:
        s.false_alarms += len(preds)
        s.false_alarm_stories += bool(preds)
    for k, v in vars(t).items():
        setattr(s.total, k, getattr(s.total, k) + v)
    s.by_story.append(t.row(story.id))


def score(stories: list[Story], predictions: dict[str, list[Event]]) -> dict[str, Any]:
    """Figures, per-type and per-story rows, and every error of stories scored against their predictions."""
    s = _Scoring()
    for story in stories:
        _score_story(s, story, predictions.get(story.id, []))
    t = s.total
    precision, recall = ratio(t.matched_pred, t.predicted), ratio(t.matched_gold, t.gold)
    pairs = t.matched_gold + t.matched_optional
    figures: dict[str, float | int | None] = {
        "stories": len(stories), "stories_without_gold": sum(not st.events for st in stories),
        "gold_events": sum(len(st.events) for st in stories), "gold_required": t.gold,
        "gold_optional": sum(g.optional for st in stories for g in st.events),
        "predictions": sum(len(predictions.get(st.id, [])) for st in stories), "predictions_scored": t.predicted,
        "matched": t.matched_gold, "matched_optional": t.matched_optional,
        "optional_unmatched": s.optional_unmatched, "false_positives": t.predicted - t.matched_pred,
        "misses": t.gold - t.matched_gold,
        "precision": precision, "recall": recall, "f1": f1_score(precision, recall),
        "false_alarms": s.false_alarms, "false_alarm_stories": s.false_alarm_stories,
        "matched_pairs": pairs, "pairs_sharing_evidence": ratio(s.evidence_overlap, pairs),
    }
    for name, hits in s.checks.items():
        figures[f"{name}_accuracy"] = ratio(sum(hits), len(hits))
        figures[f"{name}_n"] = len(hits)
    types = [k for k in PLOVER_TYPES if k in s.by_type] + sorted(k for k in s.by_type if k not in PLOVER_TYPES)
    return {
        "figures": figures, "per_type": [s.by_type[k].row(k) for k in types], "per_story": s.by_story,
        "false_positives": s.false_positives, "misses": s.misses, "field_errors": s.field_errors,
    }


def error_samples(result: dict[str, Any]) -> tuple[list[ErrorSample], dict[str, int]]:
    """Every error of :func:`score` as an :class:`ErrorSample`, and the count per error class."""
    samples: list[ErrorSample] = []
    for fp in result["false_positives"]:
        samples.append(ErrorSample(fp["story"], " | ".join(fp["evidence"]), "-",
                                   f"{fp['type']}({fp['cameo']}) {_sides(fp['actors'], fp['recipients'])}",
                                   f"false-positive:{fp['reason']}"))
    for m in result["misses"]:
        samples.append(ErrorSample(m["story"], " | ".join(m["evidence"]),
                                   f"{m['type']} {_sides(m['actors'], m['recipients'])}", "-",
                                   f"miss:{m['reason']}"))
    for fe in result["field_errors"]:
        samples.append(ErrorSample(fe["story"], " | ".join(fe["evidence"]), json.dumps(fe["expected"]),
                                   json.dumps(fe["got"]), f"wrong-{fe['field'].replace('_', '-')}"))
    return samples, dict(Counter(e.kind for e in samples))


def evaluate_realnews(
    path: str | Path, *, settings: Settings | None = None, limit: int | None = None
) -> EvaluationReport:
    """Run the pipeline over the set's stories (the first ``limit`` of them) and score them."""
    stories = load_stories(path)
    if limit is not None:
        stories = stories[:limit]
    settings = settings or Settings()
    failed: list[str] = []
    result = score(stories, predict(stories, settings, failures=failed))
    result["figures"]["processing_failures"] = len(failed)
    errors, classes = error_samples(result)
    notes = [
        "match: same type (or a gold alt_type), actor sides overlap (shared country code, gold IGO = any "
        "organisation pseudo-country, or a shared name word of >= 3 letters, function words excepted), recipient "
        "sides overlap when the gold has recipients",
        "one-to-one: most pairs sharing evidence sentences, then most pairs, then required before optional gold",
        "a prediction matched to optional gold counts neither way; field accuracies cover every matched pair",
        "false_alarms = predictions on stories whose gold lists no event",
    ]
    return EvaluationReport(
        name="realnews", path=str(path), commit=repo_commit(), extractor=settings.extractor,
        figures=result["figures"], per_class=result["per_type"], errors=errors, error_classes=classes,
        notes=notes, per_group={"story": result["per_story"]},
        details={"false_positives": result["false_positives"], "misses": result["misses"],
                 "field_errors": result["field_errors"], "processing_failures": failed},
    )
