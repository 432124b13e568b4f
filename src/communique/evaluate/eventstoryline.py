"""Score date normalisation (``pipeline.dates.resolve_expression``) on the Event StoryLine Corpus.

Data: ESC v1.5 CAT XML (Caselli & Vossen 2017, CC BY 3.0) over ECB+ documents, read at run time from e.g.
``../shared/eval/eventstoryline_dev/<topic>/<doc>.xml.xml``. Each document has tokens (``<token t_id
sentence>``) and time markables (``TIME_DATE``, ``TIME_OF_THE_DAY``, ``TIME_DURATION``, ``TIME_REPETITION``)
with a TIMEX3-style normalised ``value``; the markable with ``DCT="TRUE"`` is the document creation time
(the article's date), which is the anchor we resolve against (its day; any time of day is ignored).

Each scored expression is the markable's text (tokens re-joined with ordinary spacing); the tense given to
the resolver comes from parsing its sentence with the project's spaCy model and reading the tense of the
clause the expression attaches to (``dates.tense_of``), as the pipeline does. A prediction is correct when
its value equals the gold value exactly (gold "2009-12-7" is read as "2009-12-07"; for TIME_OF_THE_DAY the
date part before "T" is compared), so a wrong precision counts as an error.

Kinds (decided from the expression's text, not from the resolver):

* ``absolute``: names a four-digit year ("June 2005", "Oct. 21, 2011", "1999"): needs no anchor.
* ``underspecified``: names a calendar month (with or without a day) but no year ("June 8", "Nov. 30",
  "September"): the year must be inferred from the anchor and the tense.
* ``relative``: deictic, with neither month nor year ("yesterday", "Thursday", "last month", "a month ago",
  "this year"): computed from the anchor.

Excluded, and counted by reason in ``excluded``:

* ``duration`` (TIME_DURATION) and ``set`` (TIME_REPETITION) markables: not points in time;
* ``document-date``: the DCT markable itself (it is the anchor);
* ``no-document-date``: documents without a readable DCT;
* ``non-calendar-value``: gold values that are not a day, ISO week ("2007-W14"), month or year
  (PAST_REF/PRESENT_REF, weekends, seasons "2013-SU", decades "194X", unknown parts "2007-04-XX", empty values);
* ``clock-time``: TIME_OF_THE_DAY expressions with no day word ("3:33 a.m.", "the morning"): they take the
  day of a nearby event, not of the document;
* ``anaphoric``: expressions with no calendar or deictic word ("that day", "the day after", "the week"):
  they are anchored on another event, not on the document date.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvaluationDataError
from ..pipeline.dates.resolve import expression_tense, parse_anchor, resolve_expression, span_head, tense_of
from ..pipeline.nlp import get_nlp

KINDS: tuple[str, ...] = ("absolute", "relative", "underspecified")
_TIME_TAGS = ("TIME_DATE", "TIME_OF_THE_DAY", "TIME_DURATION", "TIME_REPETITION")
_MONTH_WORD = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|mar\.|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.I,
)
_YEAR_WORD = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_DAY_WORD = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:today|tonight|yesterday|tomorrow|now)\b"
    r"|\b(?:this|last|next)\s+(?:morning|afternoon|evening|night|week|month|year|weekend)\b"
    r"|\bago\b|\b(?:this|last|next)\s+\w+day\b",
    re.I,
)
_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{1,2})$")


@dataclass
class DateItem:
    """One scored expression."""

    doc: str
    expr: str
    anchor: str
    expected: str
    got: str | None
    kind: str
    tense: str
    rule: str | None

    @property
    def correct(self) -> bool:
        return self.got == self.expected


@dataclass
class KindScore:
    count: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.count if self.count else 0.0


@dataclass
class EventStoryLineReport:
    """Exact-value accuracy of date normalisation against the document date."""

    path: str
    documents: int = 0
    total: int = 0
    correct: int = 0
    by_kind: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    excluded: dict[str, int] = field(default_factory=dict)
    errors: list[DateItem] = field(default_factory=list)  # the expressions resolved wrongly

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, item: DateItem) -> None:
        self.total += 1
        score = self.by_kind.setdefault(item.kind, KindScore())
        score.count += 1
        if item.correct:
            self.correct += 1
            score.correct += 1
        else:
            self.errors.append(item)

    def exclude(self, reason: str) -> None:
        self.excluded[reason] = self.excluded.get(reason, 0) + 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "set": "eventstoryline",
            "path": self.path,
            "documents": self.documents,
            "scored": self.total,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "by_kind": {
                k: {"count": s.count, "correct": s.correct, "accuracy": round(s.accuracy, 4)}
                for k, s in self.by_kind.items()
            },
            "excluded": dict(sorted(self.excluded.items())),
            "notes": [
                "Event StoryLine Corpus v1.5 (Caselli & Vossen 2017, CC BY 3.0): exact normalised value against "
                "the document creation time",
                "kinds: absolute = names a year; underspecified = month (and day) without a year; relative = "
                "deictic (yesterday, Thursday, last month)",
            ],
            "errors": [asdict(e) for e in self.errors],
        }


# ---------------------------------------------------------------- reading the CAT XML


@dataclass
class _Markable:
    tag: str
    value: str
    dct: bool
    token_ids: list[str]


@dataclass
class _CatDoc:
    name: str
    tokens: dict[str, tuple[str, str]]  # t_id -> (text, sentence)
    order: list[str]
    markables: list[_Markable]
    dct: str | None


def _read_cat(path: Path) -> _CatDoc:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvaluationDataError(f"{path}: not readable as CAT XML ({exc})", fix="check the file") from exc
    tokens: dict[str, tuple[str, str]] = {}
    order: list[str] = []
    for t in root.iter("token"):
        tid = t.get("t_id") or ""
        tokens[tid] = (t.text or "", t.get("sentence") or "0")
        order.append(tid)
    markables: list[_Markable] = []
    dct: str | None = None
    container = root.find("Markables")
    for tag in _TIME_TAGS:
        for m in container.iter(tag) if container is not None else []:
            ids = [a.get("t_id") or "" for a in m.findall("token_anchor")]
            is_dct = m.get("DCT") == "TRUE"
            value = (m.get("value") or "").strip()
            if is_dct and parse_anchor(value) and dct is None:
                dct = value
            if ids:
                markables.append(_Markable(tag, value, is_dct, ids))
    return _CatDoc(root.get("doc_name") or path.name, tokens, order, markables, dct)


def _sentence_text(doc: _CatDoc, sentence: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Re-join one sentence's tokens with ordinary spacing; return the text and each token's offsets."""
    out = ""
    offsets: dict[str, tuple[int, int]] = {}
    prev = ""
    for tid in doc.order:
        text, sent = doc.tokens[tid]
        if sent != sentence:
            continue
        glue = out and not re.match(r"^(?:[.,;:)\]!?%]|'s|n't|')$", text) and prev not in ("(", "[", "$")
        if glue:
            out += " "
        offsets[tid] = (len(out), len(out) + len(text))
        out += text
        prev = text
    return out, offsets


def _gold_value(value: str) -> str | None:
    """Gold value as "YYYY[-MM[-DD]]" or "YYYY-Www", or None when it is not a calendar day, ISO week, month or
    year."""
    week = _WEEK_VALUE.match(value)
    if week:
        return f"{week.group(1)}-W{int(week.group(2)):02d}"
    m = _CALENDAR_VALUE.match(value.split("T")[0])
    if not m:
        return None
    year, month, day = m.groups()
    out = year
    if month:
        out += f"-{int(month):02d}"
    if day:
        out += f"-{int(day):02d}"
    return out


def kind_of(expr: str) -> str | None:
    """absolute | underspecified | relative, or None for an anaphoric expression (see module docstring)."""
    if _YEAR_WORD.search(expr):
        return "absolute"
    if _MONTH_WORD.search(expr):
        return "underspecified"
    if _DAY_WORD.search(expr):
        return "relative"
    return None


def _xml_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise EvaluationDataError(f"{path} not found", fix="pass the eventstoryline_dev folder (../shared/eval)")
    files = sorted(path.rglob("*.xml"))
    if not files:
        raise EvaluationDataError(f"no CAT XML files under {path}", fix="pass the eventstoryline_dev folder")
    return files


def _iter_items(files: list[Path], report: EventStoryLineReport, use_parser: bool) -> Iterator[DateItem]:
    pending: list[tuple[str, str, str, str, str, str, tuple[int, int]]] = []
    for f in files:
        doc = _read_cat(f)
        report.documents += 1
        for mk in doc.markables:
            if mk.tag == "TIME_DURATION":
                report.exclude("duration")
                continue
            if mk.tag == "TIME_REPETITION":
                report.exclude("set")
                continue
            if mk.dct:
                report.exclude("document-date")
                continue
            if doc.dct is None:
                report.exclude("no-document-date")
                continue
            gold = _gold_value(mk.value)
            if gold is None:
                report.exclude("non-calendar-value")
                continue
            sentence = doc.tokens[mk.token_ids[0]][1]
            text, offsets = _sentence_text(doc, sentence)
            spans = [offsets[t] for t in mk.token_ids if t in offsets]
            if not spans:
                report.exclude("non-calendar-value")
                continue
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            expr = text[start:end]
            if mk.tag == "TIME_OF_THE_DAY" and not (_DAY_WORD.search(expr) or _MONTH_WORD.search(expr)
                                                    or _YEAR_WORD.search(expr)):
                report.exclude("clock-time")
                continue
            kind = kind_of(expr)
            if kind is None:
                report.exclude("anaphoric")
                continue
            pending.append((doc.name, expr, doc.dct, gold, kind, text, (start, end)))
    tenses = _tenses([(p[5], p[6]) for p in pending]) if use_parser else ["past"] * len(pending)
    for (name, expr, dct, gold, kind, _, _), tense in zip(pending, tenses, strict=True):
        got = resolve_expression(expr, dct, tense)
        yield DateItem(name, expr, dct, gold, got.value if got else None, kind, tense, got.rule if got else None)


def _tenses(sentences: list[tuple[str, tuple[int, int]]]) -> list[str]:
    """Tense of the clause each expression attaches to (spaCy parse of its sentence)."""
    nlp = get_nlp()
    out: list[str] = []
    for (_text, (start, end)), sdoc in zip(sentences, nlp.pipe(t for t, _ in sentences), strict=True):
        toks = [t for t in sdoc if t.idx < end and t.idx + len(t.text) > start]
        if not toks:
            out.append("past")
            continue
        head = span_head(toks)
        out.append(expression_tense(head) or tense_of(head))
    return out


def evaluate_eventstoryline(path: str | Path, use_parser: bool = True) -> EventStoryLineReport:
    """Score ``resolve_expression`` on every in-scope time expression under ``path`` (see module docstring).

    ``use_parser=False`` skips spaCy and resolves every expression as past tense.
    """
    p = Path(path)
    report = EventStoryLineReport(path=str(p))
    for item in _iter_items(_xml_files(p), report, use_parser):
        report.add(item)
    return report
