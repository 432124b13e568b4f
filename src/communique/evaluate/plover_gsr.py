"""PLOVER gold-standard records (OEDA, from the CAMEO 1.1b3 manual examples; CC BY-SA 4.0).

The file is one JSON array of records: ``{"id", "date", "event", "mode", "context", "text",
"source": [{"actorText", "code", "sector"}], "target": [...]}`` plus one ``"event": "DOCUMENT"`` header record,
which is skipped. PATH may be such a file or a folder of them (searched recursively).

Each sentence goes through the pipeline (batched); the *best* event of a sentence is the one the finder scored highest (``Event.finder_score``)
(first on ties); a sentence with no event is predicted "NONE". Figures: event-type accuracy, macro-F1 over the 16
PLOVER types, actor/recipient country and sector accuracy (any predicted actor of the best event matching any
gold code counts), and confusion counts per type.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EvaluationDataError
from ..records import PLOVER_TYPES, Actor, Event
from .base import (
    ClassRow,
    ErrorSample,
    EvaluationReport,
    accuracy,
    confusion,
    macro_f1,
    per_class_scores,
    ratio,
    repo_commit,
)
from .predict import predict_texts

# Labels of the older PLOVER draft the records were coded in -> the 16 current types (eval README, PLOVER 2021).
OLD_LABELS: dict[str, str] = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
}
# Non-ISO country codes used by the records -> the ISO 3166 alpha-3 codes our knowledge base emits.
GOLD_CODE_ALIASES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA"}
# Pseudo-countries for organisations: a gold "IGO" matches any of these predicted countries or sectors.
IGO_CODES: frozenset[str] = frozenset({"IGO", "UNO", "EUR", "NAT", "AFR", "ASN", "ARL", "OSC"})
# Sector codes in the records that are no PLOVER/CAMEO sector -> the sector evidently meant. "CIV" is Cote d'Ivoire's
# country code (CAMEO countrynames.txt); the three records using it as a sector code civilians ("Libyans",
# "Baghdad", "Bosnian Serbs"), which CAMEO's agentnames.txt codes CVL.
GOLD_SECTOR_ALIASES: dict[str, str] = {"CIV": "CVL"}
NONE = "NONE"
MAX_ERROR_SAMPLES = 40


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str | None  # country / pseudo-country code, normalised
    sector: str | None  # first three letters, upper case ("CVLalb" -> "CVL"); None when absent or "***"


@dataclass
class GsrRecord:
    id: str
    text: str
    date: str | None
    raw_type: str
    event_type: str  # after mapping old labels
    mode: str | None = None
    sources: list[GoldActor] = field(default_factory=list)
    targets: list[GoldActor] = field(default_factory=list)


def _gold_actors(value: Any) -> list[GoldActor]:
    if not isinstance(value, list):  # "" or a stray string ("diplomatic") means no actor
        return []
    out = []
    for item in value:
        if not isinstance(item, dict):
            continue
        code = str(item.get("code") or "").strip().upper() or None
        if code:
            code = GOLD_CODE_ALIASES.get(code, code)
        sector = str(item.get("sector") or "").strip()[:3].upper() or None
        if sector == "***":
            sector = None
        if sector:
            sector = GOLD_SECTOR_ALIASES.get(sector, sector)
        out.append(GoldActor(text=str(item.get("actorText") or ""), code=code, sector=sector))
    return out


def parse_records(data: Any, origin: str = "") -> list[GsrRecord]:
    """Records from a decoded JSON array; DOCUMENT headers and records without text are skipped."""
    if not isinstance(data, list):
        raise EvaluationDataError(
            f"{origin or 'input'} is not a JSON array of PLOVER records",
            fix="Pass gold_standard_records/PLOVER_GSR_CAMEO.txt or the folder holding it",
        )
    records: list[GsrRecord] = []
    for item in data:
        if not isinstance(item, dict):
            continue
        raw = str(item.get("event") or "").strip().upper()
        text = " ".join(str(item.get("text") or "").split())
        if raw == "DOCUMENT" or not text:
            continue
        date = str(item.get("date") or "").strip() or None
        records.append(GsrRecord(
            id=str(item.get("id") or f"record-{len(records) + 1}"),
            text=text,
            date=date,
            raw_type=raw,
            event_type=OLD_LABELS.get(raw, raw) if raw else NONE,
            mode=(str(item.get("mode") or "").strip() or None),
            sources=_gold_actors(item.get("source")),
            targets=_gold_actors(item.get("target")),
        ))
    return records


def _candidate_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in {".txt", ".json"})


def load_records(path: str | Path) -> list[GsrRecord]:
    """All records in a file, or in the JSON-array files of a folder (other files there are ignored)."""
    p = Path(path)
    records: list[GsrRecord] = []
    for f in _candidate_files(p):
        text = f.read_text("utf-8", errors="replace")
        if not text.lstrip().startswith("["):
            if p.is_file():
                raise EvaluationDataError(f"{f} is not a JSON array", fix="Pass PLOVER_GSR_CAMEO.txt")
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise EvaluationDataError(f"{f} is not valid JSON: {exc}", fix="Pass an unmodified PLOVER_GSR file") from exc
        records += parse_records(data, str(f))
    if not records:
        raise EvaluationDataError(
            f"no PLOVER gold-standard records found in {p}",
            fix="Pass gold_standard_records/PLOVER_GSR_CAMEO.txt or the plover_gsr folder",
        )
    return records


# ----------------------------------------------------------------------------------------------- scoring


def best_event(events: list[Event]) -> Event | None:
    """The event the finder scored highest (the first one on ties), or None. The finder's score ranks the readings
    of one sentence; the gate's calibrated confidence (``Event.confidence``) estimates whether an event is right at
    all, which is a different question."""
    best: Event | None = None
    for ev in events:
        if best is None or _rank(ev) > _rank(best):
            best = ev
    return best


def _rank(ev: Event) -> float:
    return ev.finder_score if ev.finder_score is not None else ev.confidence


def _codes_match(gold: GoldActor, actor: Actor) -> bool:
    if gold.code is None:
        return False
    if actor.country == gold.code:
        return True
    if gold.code == "IGO":
        return (actor.country or "") in IGO_CODES or (actor.sector or "") == "IGO"
    return False


def country_hit(gold: list[GoldActor], predicted: list[Actor]) -> bool | None:
    """Any gold code among the predicted actors' countries; None when the gold has no code."""
    if not any(g.code for g in gold):
        return None
    return any(_codes_match(g, a) for g in gold for a in predicted)


def sector_hit(gold: list[GoldActor], predicted: list[Actor]) -> bool | None:
    sectors = {g.sector for g in gold if g.sector}
    if not sectors:
        return None
    return any((a.sector or "")[:3].upper() in sectors for a in predicted)


def _actor_error(side: str, predicted: list[Actor]) -> str:
    """missing (no actor on that side), unresolved (actors without a country) or wrong-country."""
    if not predicted:
        return f"{side}-missing"
    if all(not a.country for a in predicted):
        return f"{side}-unresolved"
    return f"{side}-wrong-country"


def _describe(ev: Event | None) -> str:
    if ev is None:
        return NONE
    def names(actors: list[Actor]) -> str:
        return ",".join(f"{a.name}[{a.country or '-'}/{a.sector or '-'}]" for a in actors) or "-"
    return f"{ev.event_type}({ev.cameo}) {names(ev.actors)} -> {names(ev.recipients)}"


def _gold_describe(r: GsrRecord) -> str:
    def names(actors: list[GoldActor]) -> str:
        return ",".join(f"{a.text}[{a.code or '-'}/{a.sector or '-'}]" for a in actors) or "-"
    return f"{r.event_type} {names(r.sources)} -> {names(r.targets)}"


def score(records: list[GsrRecord], predictions: list[list[Event]]) -> dict[str, Any]:
    """Figures, per-type rows, confusion counts and error classes for records and their predicted events."""
    if len(records) != len(predictions):
        raise ValueError("one prediction list per record")
    best = [best_event(evs) for evs in predictions]
    in_scope = [i for i, r in enumerate(records) if r.event_type in PLOVER_TYPES or r.event_type == NONE]
    outside = [i for i, r in enumerate(records) if i not in set(in_scope)]
    gold = [records[i].event_type for i in in_scope]
    pred = [best[i].event_type if best[i] is not None else NONE for i in in_scope]  # type: ignore[union-attr]
    rows = per_class_scores(gold, pred, PLOVER_TYPES)

    hits: dict[str, list[bool]] = {"actor_country": [], "actor_sector": [], "recipient_country": [],
                                   "recipient_sector": []}
    error_classes: Counter[str] = Counter()
    errors: list[ErrorSample] = []
    for i, r in enumerate(records):
        ev = best[i]
        actors = ev.actors if ev else []
        recipients = ev.recipients if ev else []
        checks = {
            "actor_country": country_hit(r.sources, actors),
            "actor_sector": sector_hit(r.sources, actors),
            "recipient_country": country_hit(r.targets, recipients),
            "recipient_sector": sector_hit(r.targets, recipients),
        }
        for k, v in checks.items():
            if v is not None:
                hits[k].append(v)
        kinds = []
        if ev is None and r.event_type != NONE:
            kinds.append("no-event")
        elif ev is not None and ev.event_type != r.event_type:
            kinds.append(f"wrong-type:{r.event_type}->{ev.event_type}" if r.event_type != NONE else "spurious-event")
        if ev is not None:
            if checks["actor_country"] is False:
                kinds.append(_actor_error("actor", actors))
            if checks["recipient_country"] is False:
                kinds.append(_actor_error("recipient", recipients))
        for k in kinds:
            error_classes[k.split(":")[0]] += 1
        if kinds and len(errors) < MAX_ERROR_SAMPLES:
            errors.append(ErrorSample(r.id, r.text, _gold_describe(r), _describe(ev), ";".join(kinds)))

    none_pred = [i for i, b in enumerate(best) if b is None]
    has_none_gold = any(r.event_type == NONE for r in records)
    figures: dict[str, float | int | None] = {
        "records": len(records),
        "records_outside_16_types": len(outside),
        "records_with_event": sum(b is not None for b in best),
        "event_type_accuracy": accuracy(gold, pred),
        # the gold type among any of the sentence's events (not only the best): what best-event choice loses
        "event_type_in_any_event": ratio(
            sum(any(e.event_type == records[i].event_type for e in predictions[i]) for i in in_scope), len(in_scope)
        ),
        "macro_f1": macro_f1(rows),
        "actor_country_accuracy": ratio(sum(hits["actor_country"]), len(hits["actor_country"])),
        "actor_country_n": len(hits["actor_country"]),
        "actor_sector_accuracy": ratio(sum(hits["actor_sector"]), len(hits["actor_sector"])),
        "actor_sector_n": len(hits["actor_sector"]),
        "recipient_country_accuracy": ratio(sum(hits["recipient_country"]), len(hits["recipient_country"])),
        "recipient_country_n": len(hits["recipient_country"]),
        "recipient_sector_accuracy": ratio(sum(hits["recipient_sector"]), len(hits["recipient_sector"])),
        "recipient_sector_n": len(hits["recipient_sector"]),
        # precision of "no event": of the sentences we left without an event, how many truly had none
        "no_event_precision": (
            ratio(sum(records[i].event_type == NONE for i in none_pred), len(none_pred)) if has_none_gold else None
        ),
    }
    return {
        "figures": figures,
        "rows": rows,
        "confusion": confusion(gold, pred),
        "error_classes": dict(error_classes),
        "errors": errors,
        "outside": [records[i].id for i in outside],
    }


def predict(
    records: list[GsrRecord], settings: Settings | None = None, batch_size: int = 64,
    failures: list[str] | None = None,
) -> list[list[Event]]:
    """Run each record's sentence through the pipeline, in batches; one event list per record.

    ``failures`` (when given) collects the ids of records whose processing failed (the pipeline then yields no
    events and an error), so a crash is reported instead of passing for "no event".
    """
    # the records' one date (2000-01-01) is a placeholder, not when each sentence was published: no news window
    settings = replace(settings or Settings(), news_window_days=0)
    return predict_texts([(r.id, r.text, r.date) for r in records], settings, None, batch_size, failures)


def evaluate_plover_gsr(
    path: str | Path, *, settings: Settings | None = None, limit: int | None = None
) -> EvaluationReport:
    records = load_records(path)
    if limit is not None:
        records = records[:limit]
    settings = settings or Settings()
    failed: list[str] = []
    result = score(records, predict(records, settings, failures=failed))
    result["figures"]["processing_failures"] = len(failed)
    rows: list[ClassRow] = result["rows"]
    notes = [
        "best event = the event the finder scored highest in the sentence; no event = NONE",
        "old labels mapped: " + ", ".join(f"{k}->{v}" for k, v in OLD_LABELS.items()),
        "macro-F1 averages the PLOVER types present in gold or predictions",
        "the gold set has no no-event records, so no_event_precision is n/a" if result["figures"][
            "no_event_precision"] is None else "no_event_precision over sentences left without an event",
    ]
    return EvaluationReport(
        name="plover-gsr", path=str(path), commit=repo_commit(), extractor=settings.extractor,
        figures=result["figures"], per_class=rows, errors=result["errors"],
        error_classes=result["error_classes"], notes=notes,
        details={"confusion": result["confusion"], "records_outside_16_types": result["outside"],
                 "processing_failures": failed},
    )
