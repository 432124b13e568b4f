"""PETRARCH2 unit-test records (OEDA, MIT): CAMEO (source, event, target) codings of stylised sentences.

``PETR.UnitTest.records.xml`` is not well-formed XML, so it is read tolerantly: comments are dropped, then
regular expressions pick ``<Sentence ...>`` blocks, their ``<EventCoding .../>`` elements (``sourcecode``,
``eventcode``, ``targetcode``; ``noevents="True"``; ``error="..."``) and ``<Text>``. The sentences use fictional
actors (Arnor, Gondor, ...) defined in the ``*.actors.txt`` / ``*.agents.txt`` dictionaries beside the file;
they are loaded through ``communique.kb.load_actor_file`` (and an agents loader when the KB offers one) and
passed to the pipeline as ``kb_extra``.

Figures: exact-triple recall/precision/F1; root-code recall (a predicted coding with the gold code's first two
digits); dyad recall (a predicted coding with the gold source and target codes, whatever its event code);
dyad-root recall (both, on the first three letters of the actor codes); PLOVER-type recall; spurious share;
no-event accuracy; the same per ``category``. The test verbs dictionary is largely WEIS-derived and tweaked per
test, so event-code agreement measures agreement with it rather than CAMEO correctness.

Our events become triples: actor code = ``country + sector`` as PETRARCH writes them ("ARN", "ARNGOV",
"---GOV"); a missing or unknown actor is "---"; compound actors give one triple per source x target pair. With
user PETRARCH dictionaries loaded, actors the dictionaries name carry their whole PETRARCH code
(``communique.pipeline.actors.user_codes``): country = its first three letters, sector = the rest, which may have several
parts ("HGW" + "GOVMED", "NGO" + "ARNGOV" for a suffix agent before a country), so the concatenation is the code.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..dictionaries import load_user_dictionaries
from ..errors import CommuniqueError, EvaluationDataError
from ..records import Actor, Event
from .base import ClassRow, ErrorSample, EvaluationReport, f1_score, ratio, repo_commit
from .predict import predict_texts

RECORDS_NAME = "PETR.UnitTest.records.xml"
UNKNOWN = "---"
MAX_ERROR_SAMPLES = 40
# Error records that say the sentence (or story) must yield nothing; other error kinds test PETRARCH's own
# input handling (datelines, bad parse trees) and are not scored.
DISCARD_ERRORS = frozenset({"storydiscard", "sentencediscard"})

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence\s*>", re.S | re.I)
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>", re.S | re.I)
_TEXT = re.compile(r"<Text>(.*?)</Text\s*>", re.S | re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


@dataclass(frozen=True)
class Triple:
    source: str
    event: str
    target: str

    def __str__(self) -> str:
        return f"({self.source} {self.event} {self.target})"


@dataclass
class PetrRecord:
    id: str
    date: str | None  # ISO "YYYY-MM-DD"
    category: str
    text: str
    codings: list[Triple] = field(default_factory=list)
    noevents: bool = False
    error: str | None = None

    @property
    def expects_nothing(self) -> bool:
        return self.noevents or (self.error in DISCARD_ERRORS)

    @property
    def scored(self) -> bool:
        return self.error is None or self.error in DISCARD_ERRORS


def attributes(raw: str) -> dict[str, str]:
    """Attributes of a tag, tolerant of spaces around '=' and of single-quoted values holding double quotes."""
    return {m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(raw)}


def _iso(date: str | None) -> str | None:
    if date and re.fullmatch(r"\d{8}", date.strip()):
        d = date.strip()
        return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    return None


def parse_records(text: str) -> list[PetrRecord]:
    """All ``<Sentence>`` blocks of a PETRARCH validation file (comments removed first)."""
    text = _COMMENT.sub("", text)
    out: list[PetrRecord] = []
    for m in _SENTENCE.finditer(text):
        attrs = attributes(m.group(1))
        body = m.group(2)
        t = _TEXT.search(body)
        sentence = " ".join(t.group(1).split()) if t else ""
        rec = PetrRecord(
            id=attrs.get("id", f"sentence-{len(out) + 1}").strip(),
            date=_iso(attrs.get("date")),
            category=attrs.get("category", "").strip() or "NONE",
            text=sentence,
        )
        for c in _CODING.finditer(body):
            ca = attributes(c.group(1))
            if ca.get("noevents", "").strip().lower() == "true":
                rec.noevents = True
            elif "error" in ca:
                rec.error = ca["error"].strip()
            elif "eventcode" in ca:
                rec.codings.append(Triple(
                    ca.get("sourcecode", UNKNOWN).strip() or UNKNOWN,
                    ca["eventcode"].strip(),
                    ca.get("targetcode", UNKNOWN).strip() or UNKNOWN,
                ))
        if sentence:
            out.append(rec)
    return out


@dataclass
class PetrSet:
    records: list[PetrRecord]
    records_file: Path
    actors_files: list[Path]
    agents_files: list[Path]


def locate(path: str | Path) -> PetrSet:
    """The records file and the dictionaries beside it; PATH is the records file or a folder holding it."""
    p = Path(path)
    if p.is_dir():
        found = sorted(p.rglob(RECORDS_NAME)) or sorted(p.rglob("*.records.xml")) or sorted(p.rglob("*records*.xml"))
        if not found:
            raise EvaluationDataError(
                f"no {RECORDS_NAME} in {p}", fix="Pass ../shared/eval/petr_unittests or the records file itself"
            )
        p = found[0]
    folder = p.parent
    try:
        records = parse_records(p.read_text("utf-8", errors="replace"))
    except OSError as exc:
        raise EvaluationDataError(f"cannot read {p}: {exc}", fix="Check the file's permissions") from exc
    if not records:
        raise EvaluationDataError(f"no <Sentence> records in {p}", fix=f"Pass a PETRARCH validation file ({RECORDS_NAME})")
    return PetrSet(
        records=records, records_file=p,
        actors_files=sorted(folder.glob("*.actors.txt")), agents_files=sorted(folder.glob("*.agents.txt")),
    )


# ----------------------------------------------------------------------------------------------- mapping


def actor_code(actor: Actor | None) -> str:
    """PETRARCH-style code of a resolved actor: country (or "---") + sector; "---" when neither is known."""
    if actor is None:
        return UNKNOWN
    country = (actor.country or "").strip().upper()
    sector = (actor.sector or "").strip().upper()
    if sector and country and sector.startswith(country) and len(sector) > len(country):
        return sector  # a sector that already carries the full code
    if not country and not sector:
        return UNKNOWN
    return (country or UNKNOWN) + sector


def event_triples(event: Event) -> list[Triple]:
    """One triple per (source, target) pair; a missing side is "---"."""
    sources: list[Actor | None] = list(event.actors) or [None]
    targets: list[Actor | None] = list(event.recipients) or [None]
    code = (event.cameo or "").strip()
    out: list[Triple] = []
    for s in sources:
        for t in targets:
            tr = Triple(actor_code(s), code, actor_code(t))
            if tr not in out:
                out.append(tr)
    return out


def root(code: str) -> str:
    return code[:2]


_ROOT_FALLBACK = {  # CAMEO 2-digit root -> PLOVER type (PLOVER README table / CAMEO2PLOVER-2021.txt, OEDA)
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "CONCEDE", "09": "ACCUSE",
    "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}


def load_cameo_plover_table(path: Path) -> dict[str, str]:
    """``CODE: TYPE, mode, context # comment`` lines of CAMEO2PLOVER-2021.txt -> {code: TYPE}."""
    table: dict[str, str] = {}
    for line in path.read_text("utf-8", errors="replace").splitlines():
        m = re.match(r"\s*(\d{2,4})\s*:\s*([A-Z]+)", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    return table


class CameoToPlover:
    """CAMEO code -> PLOVER type: the lexicon's classifier when there is one, else the OEDA table, else roots.

    The lexicon is preferred so that gold codes are typed exactly as the pipeline types its own events (it maps
    the CAMEO 02 "appeal" codes to REQUEST, which the 2021 table drops).
    """

    def __init__(self, search_from: Path | None = None) -> None:
        self.source = "root table"
        self.table: dict[str, str] = dict(_ROOT_FALLBACK)
        self.func: Any = None
        try:
            lex = importlib.import_module("communique.lexicon")
            get_lexicon = getattr(lex, "get_lexicon", None)
            if callable(get_lexicon) and hasattr(get_lexicon(), "classify"):
                classify = get_lexicon().classify

                def _classify(code: str) -> str | None:
                    found = classify(code)
                    return getattr(found, "event_type", None) if found is not None else None

                self.func = _classify
                self.source = "communique.lexicon (CAMEO->PLOVER 2021 table as the pipeline uses it)"
            else:
                for name in ("cameo_to_plover", "plover_for_cameo", "plover_type"):
                    if callable(getattr(lex, name, None)):
                        self.func = getattr(lex, name)
                        self.source = f"communique.lexicon.{name}"
                        break
        except Exception:
            self.func = None
        if self.func is None and search_from is not None:
            for parent in [search_from, *search_from.parents]:
                cand = parent / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
                if cand.is_file():
                    self.table.update(load_cameo_plover_table(cand))
                    self.source = str(cand)
                    break

    def __call__(self, code: str) -> str | None:
        code = re.sub(r"\D", "", code or "")
        if not code:
            return None
        if self.func is not None:
            try:
                got = self.func(code)
            except Exception:
                got = None
            if isinstance(got, str) and got:
                return got
            if isinstance(got, tuple) and got and isinstance(got[0], str):
                return got[0]
            return None
        for n in range(len(code), 1, -1):
            if code[:n] in self.table:
                return self.table[code[:n]]
        return None


# ----------------------------------------------------------------------------------------------- scoring


def _error_kinds(gold: Triple, predicted: list[Triple]) -> list[str]:
    """Why a gold coding was missed: one class for the event code, one per actor side that is wrong."""
    if not predicted:
        return ["event:no-event"]
    kinds = []
    if not any(root(p.event) == root(gold.event) for p in predicted):
        kinds.append("event:wrong-root")
    elif not any(p.event == gold.event for p in predicted):
        kinds.append("event:wrong-subcode")
    for side in ("source", "target"):
        want = getattr(gold, side)
        got = {getattr(p, side) for p in predicted}
        if want in got:
            continue
        if any(g[:3] == want[:3] and g != UNKNOWN for g in got):
            kinds.append(f"{side}:sector-differs")
        elif got <= {UNKNOWN}:
            kinds.append(f"{side}:missing-or-unresolved")
        else:
            kinds.append(f"{side}:wrong-actor")
    return kinds


def _score_record(rec: PetrRecord, pset: list[Triple], to_plover: CameoToPlover, t: Counter[str],
                  c: Counter[str]) -> list[str]:
    """Add one scored record's counts to the totals ``t`` and its category's ``c``; its error kinds."""
    c["sentences"] += 1
    t["pred"] += len(pset)
    c["predicted"] += len(pset)
    kinds: list[str] = []
    if rec.expects_nothing:
        t["noevent_total"] += 1
        t["noevent_ok"] += not pset
        c["noevent_sentences"] += 1
        c["noevent_ok"] += not pset
        if pset:
            kinds.append("event-where-none")
    gold = list(dict.fromkeys(rec.codings))
    t["gold"] += len(gold)
    c["gold"] += len(gold)
    gold_roots = {root(g.event) for g in gold}
    for p in pset:
        if p not in gold:
            if root(p.event) not in gold_roots and not rec.expects_nothing:
                kinds.append("spurious-event")  # a predicted code whose root is in no gold coding
            if root(p.event) not in gold_roots:
                t["spurious_root"] += 1
    for g in gold:
        exact = g in pset
        rt = any(root(p.event) == root(g.event) for p in pset)
        dyad = any(root(p.event) == root(g.event) and p.source[:3] == g.source[:3]
                   and p.target[:3] == g.target[:3] for p in pset)
        same_actors = any(p.source == g.source and p.target == g.target for p in pset)
        t["exact"] += exact
        t["root"] += rt
        t["dyad_root"] += dyad
        t["dyad"] += same_actors
        c["exact"] += exact
        c["root"] += rt
        c["dyad"] += same_actors
        gp = to_plover(g.event)
        if gp is not None:
            t["plover_gold"] += 1
            t["plover"] += any(to_plover(p.event) == gp for p in pset)
        if not exact:
            kinds += _error_kinds(g, pset)
    return kinds


def _figures(t: Counter[str], cats: dict[str, Counter[str]], records: list[PetrRecord]) -> dict[str, Any]:
    precision = ratio(t["exact"], t["pred"])
    recall = ratio(t["exact"], t["gold"])
    return {
        "sentences": sum(c["sentences"] for c in cats.values()),
        "sentences_not_scored": sum(not r.scored for r in records),
        "gold_codings": t["gold"],
        "predicted_codings": t["pred"],
        "triple_recall": recall,
        "triple_precision": precision,
        "triple_f1": f1_score(precision, recall),
        "root_code_recall": ratio(t["root"], t["gold"]),
        "dyad_root_recall": ratio(t["dyad_root"], t["gold"]),
        "dyad_recall": ratio(t["dyad"], t["gold"]),
        "plover_type_recall": ratio(t["plover"], t["plover_gold"]),
        "plover_scored_codings": t["plover_gold"],
        "spurious_share": ratio(t["pred"] - t["exact"], t["pred"]),
        "spurious_root_share": ratio(t["spurious_root"], t["pred"]),
        "no_event_accuracy": ratio(t["noevent_ok"], t["noevent_total"]),
        "no_event_sentences": t["noevent_total"],
    }


def _category_rows(cats: dict[str, Counter[str]]) -> list[ClassRow]:
    rows = []
    for cat in sorted(cats):
        c = cats[cat]
        cp, cr = ratio(c["exact"], c["predicted"]), ratio(c["exact"], c["gold"])
        extra: dict[str, float | int | None] = {
            "sentences": c["sentences"], "root_recall": ratio(c["root"], c["gold"]),
            "dyad_recall": ratio(c["dyad"], c["gold"]),
        }
        if c["noevent_sentences"]:
            extra["no_event_accuracy"] = ratio(c["noevent_ok"], c["noevent_sentences"])
        rows.append(ClassRow(cat, c["gold"], c["predicted"], c["exact"], cp, cr, f1_score(cp, cr), extra))
    return rows


def score(records: list[PetrRecord], predictions: list[list[Triple]], to_plover: CameoToPlover) -> dict[str, Any]:
    """Triple, root and PLOVER agreement; spurious share; no-event accuracy; per-category rows; error classes."""
    if len(records) != len(predictions):
        raise ValueError("one prediction list per record")
    totals: Counter[str] = Counter()
    cats: dict[str, Counter[str]] = defaultdict(Counter)
    error_classes: Counter[str] = Counter()
    errors: list[ErrorSample] = []
    for rec, pred in zip(records, predictions, strict=True):
        if not rec.scored:
            continue
        pset = list(dict.fromkeys(pred))
        kinds = _score_record(rec, pset, to_plover, totals, cats[rec.category])
        for k in kinds:
            error_classes[k] += 1
        if kinds and len(errors) < MAX_ERROR_SAMPLES:
            gold = list(dict.fromkeys(rec.codings))
            expected = "no events" if rec.expects_nothing else " ".join(map(str, gold))
            errors.append(ErrorSample(rec.id, rec.text, expected, " ".join(map(str, pset)) or "none",
                                      ";".join(sorted(set(kinds)))))
    figures = _figures(totals, cats, records)
    return {"figures": figures, "rows": _category_rows(cats), "error_classes": dict(error_classes), "errors": errors}


# ----------------------------------------------------------------------------------------------- running


def load_kb_extra(actors_files: list[Path], agents_files: list[Path]) -> tuple[Any, list[str]]:
    """KBExtra from the dictionaries through the KB's loaders; notes say what could not be loaded."""
    notes: list[str] = []
    kb = importlib.import_module("communique.kb")
    load_actors = getattr(kb, "load_actor_file", None)
    if load_actors is None:
        return None, ["communique.kb.load_actor_file is not available: the fictional actors stay unresolved"]
    extra = None
    for f in actors_files:
        try:
            got = load_actors(f)
        except CommuniqueError as exc:  # a dictionary the KB cannot read: score without it, and say so
            notes.append(f"{f.name} could not be loaded ({exc}): its actors stay unresolved")
            continue
        extra = got if extra is None else _merge_extra(extra, got)
    load_agents = next((getattr(kb, n) for n in ("load_agent_file", "load_agents_file") if hasattr(kb, n)), None)
    if agents_files:
        if load_agents is None:
            notes.append("the KB has no agents loader: PETRARCH agent words come from the bundled role table only")
        else:
            for f in agents_files:
                try:
                    got = load_agents(f)
                except CommuniqueError as exc:
                    notes.append(f"{f.name} could not be loaded ({exc})")
                    continue
                extra = got if extra is None else _merge_extra(extra, got)
            notes.append("agents dictionary loaded through communique.kb." + load_agents.__name__)
    return extra, notes


def _merge_extra(a: Any, b: Any) -> Any:
    if a is None or b is None:
        return a or b
    merged = {}
    for f in dataclasses.fields(a):
        va, vb = getattr(a, f.name), getattr(b, f.name, None)
        merged[f.name] = (list(va) + list(vb)) if isinstance(va, list) and isinstance(vb, list) else (va or vb)
    return type(a)(**merged)


def predict(records: list[PetrRecord], kb_extra: Any, settings: Settings | None = None,
            batch_size: int = 64, failures: list[str] | None = None) -> list[list[Triple]]:
    """Each record's sentence through the pipeline (batched) as triples; failed records' ids go to ``failures``."""
    out: list[list[Triple]] = []
    found = predict_texts([(r.id, r.text, r.date) for r in records], settings, kb_extra, batch_size, failures)
    for events in found:
        triples: list[Triple] = []
        for ev in events:
            triples += [t for t in event_triples(ev) if t not in triples]
        out.append(triples)
    return out


def evaluate_petrarch(
    path: str | Path, *, settings: Settings | None = None, limit: int | None = None
) -> EvaluationReport:
    data = locate(path)
    records = data.records[:limit] if limit is not None else data.records
    settings = settings or Settings()
    try:
        kb_extra: Any = load_user_dictionaries(data.records_file.parent)
        notes = ["actors, agents, verbs and discards dictionaries beside the records loaded with "
                 "communique.lexicon.user.load_user_dictionaries: the mechanism users use for their own"]
    except CommuniqueError as exc:
        kb_extra, notes = load_kb_extra(data.actors_files, data.agents_files)
        notes.append(f"the set's verb dictionary could not be loaded ({exc}): bundled lexicon used")
    to_plover = CameoToPlover(data.records_file.parent)
    failed: list[str] = []
    result = score(records, predict(records, kb_extra, settings, failures=failed), to_plover)
    result["figures"]["processing_failures"] = len(failed)
    notes += [
        "actor code = country + sector (e.g. ARNGOV; multi-part PETRARCH codes such as NGOARNGOV or HGWGOVMED "
        "from the user dictionaries, see communique.pipeline.actors.user_codes); missing or unknown actor = ---; "
        "compounds -> one triple per pair",
        f"CAMEO->PLOVER via {to_plover.source}; codes without a PLOVER type (e.g. 01, PETRARCH test codes 9xx) "
        "are not in plover_type_recall",
        "error records other than story/sentence discards test PETRARCH's input handling and are not scored",
    ]
    return EvaluationReport(
        name="petrarch", path=str(path), commit=repo_commit(), extractor=settings.extractor,
        figures=result["figures"], per_class=result["rows"], errors=result["errors"],
        error_classes=result["error_classes"], notes=notes,
        details={"records_file": str(data.records_file), "actors_files": [str(f) for f in data.actors_files],
                 "agents_files": [str(f) for f in data.agents_files], "processing_failures": failed},
    )
