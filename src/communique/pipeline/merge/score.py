"""Is this the same event? The scores and constraints for merging reports of one event.

One scoring function, :func:`same_event`, decides whether two event reports describe the same real-world event;
:func:`merge_into` (the driver's cross-document merge) and :func:`cluster` (used by the ECB+ evaluation) both use
it, so the evaluation measures the product's logic. :func:`combine` folds one report into another and is used by
both the within-document and the cross-document paths.

Signals, in order: type compatibility (same PLOVER type; CONSULT modes are all compatible), status compatibility,
date compatibility (a hard constraint: dated events agree at the coarser precision; an undated event is placed by its
article's publication date), trigger similarity (normalized lemma, a small synonym table, shared stems), participant
overlap (symmetric for CONSULT, directed otherwise; where no resolved id is shared or in conflict, reports naming
the same unresolved parties are not penalised as unknown: copies of one wire story reprinted by several outlets,
undated, then merge on trigger and names alone, as day-dated copies do with W_DAY), and place. :func:`cluster` cuts its average-link merging at
CLUSTER_THRESHOLD (below MERGE_THRESHOLD: a cluster's mean pair score is lower than its best pair's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date as _date

from ...lexicon.words import word_map, word_set
from ...records import PLOVER_TYPES, Actor, Event, name_key
from ...timespan import date_high, date_low, day_span
from ..dates.resolve import is_deictic

#: Type given to events that are not (or not yet) classified as a PLOVER type, e.g. in general-news evaluation sets.
GENERIC_TYPE = "EVENT"
#: Score at or above which two reports are taken to be the same event.
MERGE_THRESHOLD = 0.55
#: Cut for :func:`cluster`'s average-link merging. Lower than MERGE_THRESHOLD because it compares a cluster's *mean*
#: pairwise score, which falls below the single-pair score as mentions accumulate. Chosen as the middle of the flat
#: region (0.35-0.50) of ECB+ CoNLL F1, measured on the dev and the non-dev topics alike, not at a peak.
CLUSTER_THRESHOLD = 0.45
#: An undated report is compared with events up to this many days before its article's publication date.
RECENT_DAYS = 4
# Weights of the score (see same_event).
W_TRIGGER = 0.65
W_SHARED = 0.15
W_OVERLAP = 0.1
PENALTY_DISJOINT = 0.45
PENALTY_UNKNOWN_PARTICIPANTS = 0.15
W_PLACE = 0.1
PENALTY_PLACE = 0.25
W_DAY = 0.1

SYMMETRIC_TYPES = word_set("merge/symmetric_types")
_INCIDENT_TYPES = word_set("merge/incident_types")
_PRECISION_LEN: dict[str, int] = {k: int(v) for k, v in word_map("merge/precision_len").items()}

# Irregular verb forms and a few derivational pairs -> base lemma (general English, not tied to any article).
_IRREGULAR = word_map("merge/irregular")

# Groups of near-synonymous event triggers (general English, WordNet-style); lemma -> group name.
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("meet", "talk", "summit", "confer", "discuss", "consult", "negotiate", "negotiation", "hold"),
    ("visit", "trip", "tour", "travel", "arrive"),
    ("call", "phone", "telephone"),
    ("kill", "slay", "murder", "die", "homicide", "fatal"),
    ("shoot", "gun", "fire", "open", "gunfire"),
    ("hit", "strike", "run", "mow"),
    ("foil", "thwart", "prevent", "stop", "block"),
    ("flee", "run", "escape"),
    ("earthquake", "quake", "tremor", "temblor", "shake", "jolt"),
    ("arrest", "detain", "apprehend", "custody", "nab", "capture", "seize"),
    ("attack", "strike", "raid", "assault", "bomb", "airstrike", "offensive", "invade"),
    ("injure", "wound", "hurt"),
    ("announce", "unveil", "reveal", "introduce", "launch", "debut", "release"),
    ("buy", "acquire", "purchase", "takeover", "deal", "merger"),
    ("dismiss", "sack", "oust", "fire", "axe", "remove", "terminate"),
    ("hire", "appoint", "name", "tap", "choose", "select", "pick", "nominate"),
    ("resign", "quit", "step", "retire"),
    ("charge", "indict", "accuse", "allege"),
    ("sentence", "jail", "imprison", "convict"),
    ("plead", "admit", "confess"),
    ("crash", "collide", "accident", "wreck"),
    ("flee", "escape"),
    ("free", "release", "liberate"),
    ("sink", "capsize"),
    ("win", "victory", "triumph", "beat", "defeat"),
    ("agree", "accord", "pact", "treaty", "deal"),
    ("threaten", "warn"),
    ("protest", "demonstrate", "rally", "march"),
    ("praise", "commend", "hail", "welcome"),
    ("criticize", "condemn", "denounce", "blame"),
    ("host", "emcee", "present"),
    ("die", "death", "pass", "succumb"),
    ("rescue", "save"),
    ("explode", "blast", "explosion", "detonate"),
    ("find", "discover", "locate"),
    ("put", "place"),
    ("fire", "blaze", "burn", "inferno"),
    ("rob", "heist", "steal", "loot", "burgle"),
    ("damage", "sever", "destroy"),
    ("record", "mark", "milestone"),
    ("treat", "rehab", "rehabilitation"),
    ("issue", "release", "publish"),
    ("enter", "check"),
)


def _build_synonyms() -> dict[str, frozenset[int]]:
    table: dict[str, set[int]] = {}
    for gi, group in enumerate(_SYNONYM_GROUPS):
        for word in group:
            table.setdefault(word, set()).add(gi)
    return {w: frozenset(g) for w, g in table.items()}


_SYNONYMS = _build_synonyms()
_STOP = word_set("merge/stop")


# ----------------------------------------------------------------------------------------------- normalization


def lemma_key(word: str) -> str:
    """A light lemma for an English trigger word: irregular table, then suffix stripping."""
    w = word.lower().strip(" .,;:!?\"'()")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _SYNONYMS:
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if not w.endswith(suffix) or len(w) - len(suffix) < 3:
            continue
        if suffix == "es" and not w.endswith(("sses", "shes", "ches", "xes", "zes")):
            continue  # "strikes" -> "strike" by the "s" rule; "crashes" -> "crash" here
        if suffix == "s" and w.endswith(("ss", "us", "is")):
            return w  # "business", "status", "crisis"
        base = w[: -len(suffix)] + repl
        if suffix in ("ing", "ed") and len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "lsz":
            base = base[:-1]  # stopped -> stop, planning -> plan
        if base in _IRREGULAR:
            return _IRREGULAR[base]
        if suffix == "s" and base.endswith(("ing", "ed")):
            return lemma_key(base)  # "slayings" -> "slay"
        if suffix in ("ing", "ed") and base + "e" in _SYNONYMS:
            return base + "e"
        return base
    return w


def trigger_lemmas(event: Event) -> tuple[str, ...]:
    """Lemma keys of the content words of an event's trigger (head word last)."""
    if event.trigger is None:
        return ()
    words = [t for t in re.split(r"[\s\-/]+", event.trigger.text) if t]
    keys = [lemma_key(t) for t in words if t.lower() not in _STOP]
    return tuple(k for k in keys if k)


def _common_prefix(x: str, y: str) -> str:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return x[:n]


def trigger_similarity(a: Event, b: Event) -> float:
    """1.0 same lemma, 0.95 derivationally related (long shared stem), 0.9 synonyms, 0.5 same PLOVER type, else 0."""
    la, lb = trigger_lemmas(a), trigger_lemmas(b)
    if la and lb:
        ka, kb = {x.rstrip("e") for x in la}, {x.rstrip("e") for x in lb}
        if ka & kb:
            return 1.0
        ha, hb = la[-1], lb[-1]
        shared = len(_common_prefix(ha, hb))
        if shared >= 5 and shared >= 0.7 * min(len(ha), len(hb)):
            return 0.95
        ga = frozenset().union(*(_SYNONYMS.get(x, frozenset()) for x in la))
        gb = frozenset().union(*(_SYNONYMS.get(x, frozenset()) for x in lb))
        if ga & gb:
            return 0.9
    if a.event_type == b.event_type and a.event_type in PLOVER_TYPES and not _distinct_acts(a, b):
        return 0.5
    return 0.0


# Types whose CAMEO subcodes name different acts, not different wordings of one ("praised" 051 vs "signed an
# agreement" 057, economic 071 vs military aid 072, expelling 166 vs breaking relations 161).
_DISTINCT_SUBCODE_TYPES = word_set("merge/distinct_subcode_types")


def _distinct_acts(a: Event, b: Event) -> bool:
    """Two reports of one such type coded with different specific CAMEO codes (three significant digits)."""
    if a.event_type not in _DISTINCT_SUBCODE_TYPES:
        return False
    ca, cb = (a.cameo or "")[:3], (b.cameo or "")[:3]
    return len(ca.rstrip("0")) == 3 and len(cb.rstrip("0")) == 3 and ca != cb


def participant_ids(actors: Sequence[Actor]) -> frozenset[str]:
    return frozenset(a.id for a in actors if a.id)


def participant_keys(actors: Sequence[Actor]) -> frozenset[str]:
    """Resolved ids, and the :func:`name_key` of each participant the KB could not resolve ("farmers union")."""
    return frozenset(a.id if a.id else f"name:{name_key(a.name)}" for a in actors if a.id or name_key(a.name))


def _set_overlap(x: frozenset[str], y: frozenset[str]) -> float:
    """Shared share of two participant sets; 0.0 (a conflict) when each side has someone the other lacks and
    fewer than two are shared ("A met B" vs "A met C" are different meetings)."""
    shared = len(x & y)
    if shared == 0:
        return 0.0
    if (x - y) and (y - x):
        return shared / len(x | y) if shared >= 2 else 0.0
    return shared / min(len(x), len(y))


def participant_overlap(a: Event, b: Event, keys: Callable[[Sequence[Actor]], frozenset[str]] = participant_ids,
                        ) -> float | None:
    """Overlap of the participants: > 0 shared, 0.0 conflicting, None when one side has none resolved.

    Symmetric types (CONSULT, COOPERATE, AGREE) compare actors+recipients as one set; others compare by role.
    ``keys``: what identifies a participant (resolved ids by default; :func:`participant_keys` adds names).
    """
    if a.event_type in SYMMETRIC_TYPES or b.event_type in SYMMETRIC_TYPES:
        pa, pb = keys(a.actors) | keys(a.recipients), keys(b.actors) | keys(b.recipients)
        if not pa or not pb:
            return None
        return _set_overlap(pa, pb)
    scores: list[float] = []
    for xa, xb in ((keys(a.actors), keys(b.actors)), (keys(a.recipients), keys(b.recipients))):
        if xa and xb:
            scores.append(_set_overlap(xa, xb))
    if not scores:
        return None
    return min(scores) if min(scores) == 0.0 else sum(scores) / len(scores)


_COMMON_PARTY_WORDS = word_set("merge/common_party_words")


def _party_marks(actors: Sequence[Actor]) -> frozenset[str]:
    """What can tie a party to one named in another article: its id, its country, the uncommon proper words of its
    name (a description, "the actress", "senior leader", ties nothing: another report may name the same party)."""
    marks: set[str] = set()
    for a in actors:
        marks.update(m for m in (a.id, f"country:{a.country}" if a.country else None) if m)
        marks.update(f"word:{w.lower()}" for w in re.findall(r"\b[A-Z][A-Za-z]{3,}", a.name)
                     if w.lower() not in _COMMON_PARTY_WORDS)
    return frozenset(marks)


def _role_pairs(a: Event, b: Event) -> list[tuple[list[Actor], list[Actor]]]:
    """The sides to compare: all parties of a symmetric act as one, else actors with actors, recipients with
    recipients."""
    if a.event_type in SYMMETRIC_TYPES or b.event_type in SYMMETRIC_TYPES:
        return [(a.actors + a.recipients, b.actors + b.recipients)]
    return [(a.actors, b.actors), (a.recipients, b.recipients)]


def unrelated_parties(a: Event, b: Event) -> bool:
    """Reports of two articles that cannot be of one event: both name parties (in each role where both name
    someone: the recipients of directed acts, all parties of symmetric ones) and share no id, country or uncommon
    name word ("the UN chief urged the Ruritanian rebels to ..." and "the UN chief urged Freedonian unions to ...";
    two meetings of the same day between unrelated, unresolved people)."""
    for xa, xb in _role_pairs(a, b):
        ma, mb = _party_marks(xa), _party_marks(xb)
        if ma and mb and not ma & mb:
            return True
    return False


def different_counterparts(a: Event, b: Event) -> bool:
    """Reports of two articles that share at most one party but each name another with nothing in common with the
    other report (no id, country or uncommon name word): "X met Y" and "X met Z", "X urged Y" and "X urged Z". A
    party that is only described ("the states") can be anyone and proves nothing. Covers :func:`unrelated_parties`
    (no party in common at all), which is kept as the name of that case."""
    for xa, xb in _role_pairs(a, b):
        each_a, each_b = [_party_marks([x]) for x in xa], [_party_marks([x]) for x in xb]
        ma, mb = frozenset().union(*each_a), frozenset().union(*each_b)
        only_a = any(m and not m & mb for m in each_a)
        only_b = any(m and not m & ma for m in each_b)
        shared = sum(1 for m in each_a if m & mb)
        if only_a and only_b and shared < 2:  # two shared parties make one multilateral meeting, told two ways
            return True
    return False


def same_named_parties(a: Event, b: Event) -> bool:
    """Reports with no resolved participant in common that name the same parties: in each role both name someone
    in, one side's parties (ids or, unresolved, names) all appear on the other ("the farmers union threatened the
    ministry" in two outlets' copies of one wire story). Used only where resolved ids say nothing."""
    return participant_overlap(a, b, participant_keys) == 1.0


# ------------------------------------------------------------------------------------------------------ dates


def _truncate(value: str, precision: str) -> str:
    return value[: _PRECISION_LEN[precision]]


def _parse_day(value: str | None) -> _date | None:
    if not value or len(value) < 10:
        return None
    try:
        return _date.fromisoformat(value[:10])
    except ValueError:
        return None


def _publications(e: Event) -> list[str]:
    return sorted({m.published for m in e.mentions if m.published})


def _doc_ids(e: Event) -> frozenset[str]:
    return frozenset(m.doc_id for m in e.mentions)


def dates_compatible(a: Event, b: Event, same_period: bool = False) -> bool:
    """Whether two reports can be of the same event as far as time goes (see module docstring).

    ``same_period``: the caller knows the reports come from documents of one period (e.g. one news topic), so
    missing dates do not block; explicitly different dates still do.
    """
    if a.stated_date and b.stated_date:
        return not dates_explicitly_differ(a, b)
    if a.date and b.date and (_doc_ids(a) & _doc_ids(b) or same_period):
        return not dates_explicitly_differ(a, b)  # within one article the story's day counts as a date
    if _doc_ids(a) & _doc_ids(b) or same_period:
        return True
    if a.stated_date or b.stated_date:
        dated, undated = (a, b) if a.stated_date else (b, a)
        assert dated.date is not None
        return any(_in_recent_window(dated.date, dated.date_precision, pub) for pub in _publications(undated))
    pa, pb = [_parse_day(p) for p in _publications(a)], [_parse_day(p) for p in _publications(b)]
    return any(x and y and abs((x - y).days) <= RECENT_DAYS for x in pa for y in pb)


def _in_recent_window(value: str, precision: str | None, published: str) -> bool:
    if precision == "week":  # the week has begun by publication and ended at most RECENT_DAYS before it
        span, p = day_span(value), _parse_day(published)
        return bool(span and p and span[0] <= p and (p - span[1]).days <= RECENT_DAYS)
    prec = precision if precision in _PRECISION_LEN else "day"
    if prec != "day":
        return _truncate(value, prec) == _truncate(published, prec)
    d, p = _parse_day(value), _parse_day(published)
    return bool(d and p and 0 <= (p - d).days <= RECENT_DAYS)


def dates_explicitly_differ(a: Event, b: Event) -> bool:
    """Dates whose spans do not overlap ("2022-09-19" lies in "2022-09", "2022-W38" and "2022"; "2022-W38" and
    "2022-10" do not meet); two days one of which is deictic ("today") may be one day off (time zones, quotes)."""
    if not (a.date and b.date):
        return False
    sa, sb = day_span(a.date), day_span(b.date)
    if sa is None or sb is None:
        return a.date != b.date
    both_days = a.date_precision == b.date_precision == "day"
    slack = 1 if both_days and (is_deictic(a.date_rule) or is_deictic(b.date_rule)) else 0
    return (sb[0] - sa[1]).days > slack or (sa[0] - sb[1]).days > slack


# ---------------------------------------------------------------------------------------------------- scoring


def types_compatible(a: Event, b: Event) -> bool:
    """Same PLOVER type; an unclassified event is compatible with any.

    Modes of one type are compatible, except that a phone call and an in-person meeting or visit are never the
    same event.
    """
    if GENERIC_TYPE in (a.event_type, b.event_type):
        return True
    if a.event_type != b.event_type:
        return False
    return not (a.mode != b.mode and "phone" in (a.mode, b.mode) and a.mode is not None and b.mode is not None)


def statuses_compatible(a: Event, b: Event) -> bool:
    """occurred and planned reports of one event may merge (when dates agree; not when the plan is for a day after
    the occurred report was published); negated/hypothetical only alike.
    An event stated to have taken place before an undated plan was reported is not what was planned ("X made a
    trip to Y last week" and "X will hold talks with Y's minister" in a story of this week: two meetings)."""
    if a.status == b.status:
        return True
    if {a.status, b.status} != {"occurred", "planned"}:
        return False
    done, plan = (a, b) if a.status == "occurred" else (b, a)
    if plan.stated_date:
        start = date_low(plan.stated_date)
        told = max((m.published[:10] for m in done.mentions if m.published), default=None)
        # a plan for a day after the occurred report was published is not what that report tells of ("vowed ...
        # with a week to go before scheduled talks" is no report of the talks); else the dates decide
        return not (start and told and told < start)
    ended = date_high(done.stated_date)
    reported = min((m.published[:10] for m in plan.mentions if m.published), default=None)
    return not (ended and reported and ended < reported)


def _same_location(a: Event, b: Event) -> bool | None:
    """True same place, False different places, None unknown (one missing, or a city vs a wider area)."""
    la, lb = a.location, b.location
    if la is None or lb is None:
        return None
    if la.name.strip().lower() == lb.name.strip().lower():
        return True
    if la.country and lb.country and la.country != lb.country:
        return False
    if la.lat is not None and lb.lat is not None:
        return False  # two different cities
    if la.lat is None and lb.lat is None and not (la.country or lb.country):
        return False  # two different plain names
    return None  # a city and a wider area of the same (or an unknown) country


def mention_keys(e: Event) -> set[tuple[str, int, int]]:
    return {(m.doc_id, m.start, m.end) for m in e.mentions}


def _resolved(e: Event) -> bool:
    return any(x.id or x.country for x in (*e.actors, *e.recipients))


def same_event(a: Event, b: Event, same_period: bool = False) -> float:
    """Score in [0, 1] that reports ``a`` and ``b`` are of the same event; >= MERGE_THRESHOLD means merge.

    Deterministic and symmetric. See :func:`dates_compatible` for ``same_period``.
    """
    if a.trigger is not None and a.trigger == b.trigger and mention_keys(a) & mention_keys(b):
        return 1.0  # the same report: same trigger in the same sentence of the same document
    if not types_compatible(a, b) or not statuses_compatible(a, b):
        return 0.0
    if a.status != b.status and not (a.stated_date and b.stated_date) and not (_doc_ids(a) & _doc_ids(b)):
        return 0.0  # planned vs occurred across documents only when both dates are known
    if not dates_compatible(a, b, same_period):
        return 0.0
    if a.event_type in _INCIDENT_TYPES and not (same_period or _doc_ids(a) & _doc_ids(b)) and (
            bool(a.stated_date) != bool(b.stated_date) or (a.stated_date and a.date != b.date)):
        return 0.0  # one of many incidents: across articles, a report that gives its day is another's only on
        # the same day (undated copies of one story still meet by their parties and publication days)
    t = trigger_similarity(a, b)
    if t == 0.0:
        return 0.0
    score = W_TRIGGER * t
    overlap = participant_overlap(a, b)
    if overlap != 0.0 and not (_doc_ids(a) & _doc_ids(b)) and different_counterparts(a, b):
        overlap = 0.0  # the ids say nothing or agree on one party, while names and countries tie nothing (the
        # unrelated_parties case) or show different counterparts ("X met Y" vs "X met Z")
    if overlap is None:
        known = same_period or bool(_doc_ids(a) & _doc_ids(b)) or same_named_parties(a, b)
        if not known and a.event_type != GENERIC_TYPE and (_resolved(a) or _resolved(b)):
            return 0.0  # a report naming its parties is another article's only through a party they share (two
            # reports that only describe theirs, "officials" and "delegates", may still meet by place and day)
        score -= 0.0 if known else PENALTY_UNKNOWN_PARTICIPANTS
    elif overlap == 0.0:
        score -= PENALTY_DISJOINT
    else:
        score += W_SHARED + W_OVERLAP * overlap
    place = _same_location(a, b)
    if place is False and a.event_type in _INCIDENT_TYPES:
        return 0.0  # an attack in one town and an attack in another are two attacks
    if place is True:
        score += W_PLACE
    elif place is False:
        score -= PENALTY_PLACE
    if a.stated_date and b.stated_date and a.date_precision == b.date_precision == "day":
        score += W_DAY
    return max(0.0, min(1.0, score))
