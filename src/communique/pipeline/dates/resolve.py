"""Resolve dates: find date expressions, normalise them against the publication date, attach them to events.

Three layers:

* ``resolve_expression(expr, anchor, tense)`` and ``find_date_expressions(text)`` (in :mod:`.date_expressions`,
  re-exported here) normalise one expression and find expressions in a sentence, without a parse.
* ``tense_of`` / ``expression_tense`` read the tense of a clause from its auxiliaries, governors and morphology.
* ``resolve_dates(document, sdoc, events)`` picks, per event, the expression syntactically attached to the
  event's trigger (its clause verb, an object of it, or the trigger noun itself), takes the tense from the
  trigger's auxiliaries and morphology, and never dates an occurred event after the publication date.

Every ResolvedDate carries ``rule`` naming the rule that produced it, for auditing.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from spacy.tokens import Doc, Token

from ...lexicon.words import word_list, word_set
from ...records import ANNOUNCED_PLAN_RULE, Document, Event, ResolvedDate
from ...timespan import day_span
from ..nlp import doc_text, first_conjunct, token_starts
from .expressions import (
    PAST_SLACK_DAYS,
    TENSES,
    find_date_expressions,
    normalize_expression,
    parse_anchor,
    resolve_expression,
)

__all__ = [
    "PAST_SLACK_DAYS", "TENSES", "clause_verb", "expression_tense", "find_date_expressions", "is_deictic",
    "normalize_expression", "parse_anchor", "resolve_dates", "resolve_expression", "span_head", "tense_of",
]


# ---------------------------------------------------------------- tense of a clause

_FUTURE_AUX = word_set("dates/future_aux")
# the future governors that commit or intend, not schedule ("agreed to", "vowed to"; not "is due to", "is set to")
_COMMITMENT_GOVERNORS = word_set("dates/commitment_governors")
# verbs whose to-infinitive complement is prospective ("plans to visit", "is due to arrive", "agreed to meet")
_FUTURE_GOVERNORS = word_set("dates/future_governors") | _COMMITMENT_GOVERNORS
# scheduling verbs: "set for October 28", "postponed until Monday", "penciled in for October"
_SCHEDULING = word_set("dates/scheduling")
_TARGET_NOUNS = word_set("dates/target_nouns")
_VERBAL = word_set("dates/verbal")


def clause_verb(tok: Token) -> Token:
    """The verb heading ``tok``'s clause: the token itself if verbal, else its nearest verbal ancestor."""
    cur = tok
    for _ in range(20):
        if cur.pos_ in _VERBAL or cur.tag_.startswith("VB"):
            return cur
        if cur.head.i == cur.i:
            return tok
        cur = cur.head
    return tok


def _is_future_clause(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _FUTURE_AUX or c.lemma_.lower() in _FUTURE_AUX for c in auxes):
        return True
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") and any(c.lower_ == "to" for c in verb.children):
        gov = verb.head
        lemma = gov.lemma_.lower()
        if lemma in _FUTURE_GOVERNORS or gov.lower_ == "due":
            return True
        if lemma == "go" and gov.tag_ == "VBG":  # "is going to"
            return True
        if lemma == "be" and verb.dep_ == "xcomp":  # "is to visit"
            return True
        if lemma in ("be", "set", "scheduled") and gov.head.i != gov.i and gov.head.lemma_.lower() in _FUTURE_GOVERNORS:
            return True
    if verb.dep_ == "xcomp" and any(c.lower_ in _FUTURE_AUX for c in verb.head.children if c.dep_ == "aux"):
        return True
    return False


def tense_of(tok: Token) -> str:
    """"future", "past" or "present" for the clause headed by (or containing) ``tok``.

    Future: will/shall/'ll, "is going to", "is to", "is due/scheduled/set to", a to-infinitive under an
    intention verb ("plans to visit"). Past: a past-tense verb or auxiliary, or a perfect. Present: a
    present-tense verb or auxiliary ("he's sentenced May 7"). A bare participle counts as past.
    """
    verb = clause_verb(tok)
    if _is_future_clause(verb):
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_tags = {c.tag_ for c in auxes}
    if verb.tag_ == "VBD" or "VBD" in aux_tags:
        return "past"
    if any(c.lemma_.lower() == "have" for c in auxes):
        return "past"  # present perfect reports a past event
    if verb.tag_ in ("VBZ", "VBP") or aux_tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.i != verb.i:
        return tense_of(verb.head) if verb.head.i != verb.i else "past"
    return "past"


def expression_tense(expr_head: Token) -> str | None:
    """"future" when the expression itself is prospective, whatever the verb's tense: the object of
    "for"/"until" under a scheduling verb ("set for October 28", "postponed until Monday") or a modifier
    of a deadline-like noun ("a May 10 deadline"); None otherwise."""
    cur = expr_head
    if cur.dep_ in ("nmod", "compound", "npadvmod", "amod") and cur.head.lemma_.lower() in _TARGET_NOUNS:
        return "future"
    if cur.dep_ == "pobj" and cur.head.lower_ in ("for", "until", "till"):
        gov = cur.head.head
        if gov.lower_ == "in" and gov.dep_ == "prt":  # "penciled in for"
            gov = gov.head
        if gov.lemma_.lower() in _SCHEDULING or gov.head.lemma_.lower() in _SCHEDULING and gov.dep_ == "prt":
            return "future"
        if cur.head.lower_ in ("until", "till") and gov.tag_ == "VBG":
            return "future"
    return None


# ---------------------------------------------------------------- attach expressions to events


def _tokens_in(sdoc: Doc, start: int, end: int) -> list[Token]:
    """Tokens overlapping [start, end) in parse coordinates; [] when outside the parse (e.g. truncated)."""
    starts, n_chars = token_starts(sdoc), len(doc_text(sdoc))
    if start < 0 or end > n_chars or start >= end:
        return []
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = bisect.bisect_left(starts, end)
    return [t for t in sdoc[first:last] if not t.is_space and t.idx < end and t.idx + len(t.text) > start]


def span_head(toks: list[Token]) -> Token:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


_FRAMING_PREPS = word_set("dates/framing_preps")


_OPENING_PREPS = word_set("dates/opening_preps")
_OPENING_CAUSE_NOUNS = word_set("dates/opening_cause_nouns")


def _opening_frame(prep: Token, noun: Token) -> bool:
    """An "In ..." phrase opening the sentence whose own noun carries the date ("In a dawn raid on May 2,
    border guards detained ..."); not a cause, goal or lead-up named by it ("In response to the attack on May 2")."""
    return (prep.lower_ in _OPENING_PREPS and prep.i == prep.sent.start and noun.head.i == prep.i
            and noun.lemma_.lower() not in _OPENING_CAUSE_NOUNS)


def _framing(tok: Token, trig_verb: Token) -> tuple[int, str] | None:
    """A date inside a framing phrase of the trigger's clause ("During the meeting held on September 19,
    the parties exchanged views", or an "In ..." phrase that opens the sentence): the framing event's date holds
    for the trigger too (weak evidence)."""
    for anc in [tok, *tok.ancestors]:
        framing = anc.lower_ in _FRAMING_PREPS or anc.lower_ == "on" and any(
            c.lemma_.lower() in ("sideline", "margin", "sidelines", "margins") for c in anc.children
        ) or _opening_frame(anc, tok)
        if anc.dep_ == "prep" and framing and anc.head.i == trig_verb.i:
            return 1, f"framing-phrase:{anc.text}"
        if anc.i == trig_verb.i:
            return None
    return None


_WHEN_MARKS = word_set("dates/when_marks")


def _when_clause(clause: Token, verb: Token) -> bool:
    """``clause`` is a "when" clause of ``verb``: what it tells happened at the time ``verb``'s clause states."""
    return clause.dep_ == "advcl" and clause.head.i == verb.i and any(
        c.dep_ == "advmod" and c.lower_ in _WHEN_MARKS and c.i < clause.i for c in clause.children)


def _bare_participle(clause: Token, verb: Token) -> bool:
    """``clause`` is a participle clause of ``verb`` without a subject or a linking word of its own: what it tells
    and what ``verb`` tells happen on one occasion, so they share a time."""
    return (clause.dep_ == "advcl" and clause.head.i == verb.i and clause.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children))


def _leading_participle(clause: Token, verb: Token) -> bool:
    """A bare participle clause opening ``verb``'s sentence ("Opening the conference on Wednesday, X called on
    ..."; "After arriving on Monday, X met ..." has "after" and does not count)."""
    return (_bare_participle(clause, verb) and clause.i < verb.i
            and not any(c.dep_ == "prep" and c.i < clause.i for c in clause.children))


def _trailing_participle(clause: Token, verb: Token) -> bool:
    """A bare participle clause after ``verb`` ("X withdrew its backing last month, accusing the government of
    ..."): ``verb``'s time is its time."""
    return _bare_participle(clause, verb) and clause.i > verb.i


#: how far ahead of publication a date may lie for a present perfect to announce it ("have called a strike on May 3")
PERFECT_AHEAD_DAYS = 60
_OWN_TIME = frozenset({"attached-to-trigger", "trigger-clause", "via-object"})


def _present_perfect(trig_toks: list[Token]) -> bool:
    """The trigger's clause is a present perfect ("have called a strike")."""
    verb = clause_verb(span_head(trig_toks))
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in verb.children)


def _soon(value: str, anchor: date) -> bool:
    """The date lies within PERFECT_AHEAD_DAYS after publication: what was called, set or announced for it is
    still to come."""
    span = day_span(value)
    return span is not None and (span[0] - anchor).days <= PERFECT_AHEAD_DAYS


def _prospective(complement: Token, governor: Token) -> bool:
    """A to-infinitive after a verb of commitment or intent not in the simple past ("has agreed to meet", "agrees
    to"): what it says is still to come, so its time is not the governor's (a schedule's complement is the trigger
    itself)."""
    return (governor.lemma_.lower() in _COMMITMENT_GOVERNORS and governor.tag_ != "VBD"  # "vowed to retaliate
            # on Tuesday": wire copy dates a past vow so; "has agreed to meet on Friday" looks ahead
            and any(c.lower_ == "to" for c in complement.children))


def _between_subject_and_verb(subj: Token, child: Token, expr_toks: list[Token], verb: Token) -> bool:
    """"The agency in late September urged X", "X on Monday signed": wire copy puts the verb's time between its
    subject and the verb, where the parser hangs it on the subject."""
    return (subj.dep_ in ("nsubj", "nsubjpass") and subj.head.i == verb.i and child.dep_ in ("prep", "npadvmod")
            and subj.i < child.i and max(t.i for t in expr_toks) < verb.i)


def _attachment(expr_toks: list[Token], trigger_toks: list[Token]) -> tuple[int, str]:
    """How strongly a date expression modifies the trigger: (score, reason); score 0 = not attached."""
    trig_ids = {t.i for t in trigger_toks}
    if not trigger_toks:
        return 0, "no-trigger"
    trig_verb = clause_verb(span_head(trigger_toks))
    cur = span_head(expr_toks)
    for _ in range(30):
        if cur.head.i == cur.i:
            return (3, "root-is-trigger") if cur.i in trig_ids or cur.i == trig_verb.i else (0, "other-clause")
        child, cur = cur, cur.head
        if cur.i in trig_ids:
            return 3, "attached-to-trigger"
        if cur.pos_ in _VERBAL or cur.tag_.startswith("VB"):
            if cur.i == trig_verb.i:
                return 3, "trigger-clause"
            if cur.dep_ in ("relcl", "acl") and cur.head.i in trig_ids:
                return 2, "clause-on-trigger-noun"
            if cur.dep_ == "xcomp" and cur.head.i == trig_verb.i and _prospective(cur, trig_verb):
                return 0, "prospective-complement"  # "agreed to hold talks on Friday": the talks' day
            if cur.dep_ == "xcomp" and cur.head.i == trig_verb.i or trig_verb.dep_ == "xcomp" and trig_verb.head.i == cur.i:
                return 2, "xcomp-chain"
            if trig_verb.dep_ == "conj" and first_conjunct(trig_verb).i == cur.i and child.i < trig_verb.i:
                return 1, "shared-by-conjunct"  # "Last year, X reported ..., seized ... and arrested ...": all three
            if cur.dep_ == "conj" and cur.head.i == trig_verb.i and child.i > cur.i and cur.tag_ == trig_verb.tag_:
                return 1, "shared-from-conjunct"  # "shot dead X and wounded Y late Thursday": both acts
            if _leading_participle(cur, trig_verb):
                return 2, "leading-participle"  # "Speaking to reporters on Monday, X accused Y": one occasion
            if _trailing_participle(trig_verb, cur):
                return 2, "trailing-participle"  # "X withdrew its support last month, accusing Y": one occasion
            if _when_clause(trig_verb, cur) or (_when_clause(cur, trig_verb) and cur.tag_ == "VBD"):
                return 1, "when-clause"  # "came to light last November [when] X resigned": at the same time (a
                # "when" clause dates its main clause only in the past: "refused to renew leases when they expire")
            return _framing(cur, trig_verb) or (0, f"attached-to-other-verb:{cur.text}")
        if cur.pos_ in ("NOUN", "PROPN", "PRON"):
            if cur.dep_ in ("dobj", "obj", "attr") and cur.head.i == trig_verb.i and child.dep_ == "prep":
                return 2, "via-object"
            if _between_subject_and_verb(cur, child, expr_toks, trig_verb):
                return 2, "between-subject-and-verb"
            return _framing(cur, trig_verb) or _deictic_day_in_clause(expr_toks, cur, trig_verb, trig_ids) or (
                0, f"attached-to-noun:{cur.text}")
    return 0, "too-deep"


# Verbal acts: the date of their report is their own date when they have none ("ordered X to leave,
# accusing Paris of ..., the ministry said on Friday").
STATEMENT_TYPES = word_set("dates/statement_types")
_REPORT_VERBS = word_set("dates/report_verbs")


def _report_date(expr_toks: list[Token], trigger_toks: list[Token]) -> tuple[int, str]:
    """(1, why) when the date hangs on the reporting verb the trigger's clause is reported under (weak evidence,
    rule report-date), else (0, why)."""
    head = span_head(expr_toks)
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head
    verb = head.head
    if verb.lemma_.lower() not in _REPORT_VERBS or head.dep_ not in {"prep", "npadvmod"}:
        return 0, "not-report"
    trig = clause_verb(span_head(trigger_toks))
    if verb.i in {a.i for a in trig.ancestors} and all(
            a.lemma_.lower() not in _REPORT_VERBS for a in trig.ancestors if a.i != verb.i and verb.i in {
                x.i for x in a.ancestors}):
        return 1, f"report-date:{verb.text}"
    return 0, "not-report"


def _report_day_before_content(expr_toks: list[Token], trigger_toks: list[Token]) -> bool:
    """"X said on Monday it would send troops": a date between a report verb and the subject of its reported clause
    (no "that" before it) is the report's, though the parser hung it on the reported verb."""
    verb = clause_verb(span_head(trigger_toks))
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _REPORT_VERBS:
        return False
    first, last = expr_toks[0].i, expr_toks[-1].i
    subj = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and verb.head.i < first and last < min(subj) and not any(
        c.dep_ == "mark" and c.i < first for c in verb.children)


_DEICTIC_DAYS = word_set("dates/deictic_days")


def _deictic_day_in_clause(expr_toks: list[Token], noun: Token, trig_verb: Token,
                           trig_ids: set[int]) -> tuple[int, str] | None:
    """"made his first visit to Kyiv since Russia's full-scale invasion [on Tuesday]": a news-day expression
    (weekday, "yesterday") the parser hung on a noun inside the trigger clause's phrases dates the clause's
    event (wire copy dates the reported event by weekday; a past event named in a phrase has its own year)
    (weak evidence, rule deictic-day-in-clause)."""
    if not any(t.lower_ in _DEICTIC_DAYS for t in expr_toks):
        return None
    if any(t.dep_ == "poss" or t.lower_ in {"'s", "\u2019s"} for t in expr_toks) or span_head(expr_toks).dep_ == "poss":
        return None  # "condemned Monday's strike": the day of what is named, not of the condemnation
    cur = noun
    for _ in range(8):
        if cur.i == trig_verb.i or cur.i in trig_ids:
            return 1, f"deictic-day-in-clause:{noun.text}"
        if cur.pos_ not in ("NOUN", "PROPN", "PRON", "ADP", "SCONJ", "ADJ", "NUM") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _after(value: str, anchor: date) -> bool:
    """Whether a (partial) date begins after the anchor day ("2022-W39" begins on its Monday)."""
    span = day_span(value)
    return span is not None and span[0] > anchor


def _year_earlier(value: str) -> str | None:
    """The same year-less date one year earlier ("2013-02-29" has none)."""
    year, _, rest = value.partition("-")
    shifted = f"{int(year) - 1:04d}" + ("-" + rest if rest else "")
    if len(shifted) == 10 and parse_anchor(shifted) is None:
        return None
    return shifted


_DEICTIC_PREFIXES = word_list("dates/deictic_prefixes")
_QUOTE_OPEN = "\u201c\"\u00ab"
_QUOTE_CLOSE = "\u201d\"\u00bb"


def is_deictic(rule: str | None) -> bool:
    """Whether a date was resolved from a deictic word ("today", "yesterday", a weekday) against the anchor.

    Such dates carry a day of uncertainty: the speaker's day, time zone or a quoted statement's own day may differ
    from the article's publication day.
    """
    head = (rule or "").split(";", 1)[0]
    return bool(head) and head.startswith(_DEICTIC_PREFIXES)


def _inside_quote(sentence: str, offset: int) -> bool:
    """Whether ``offset`` in ``sentence`` lies inside quotation marks (curly, straight or guillemets)."""
    depth = 0
    for ch in sentence[:offset]:
        if ch in _QUOTE_OPEN and ch in _QUOTE_CLOSE:  # a straight quote toggles
            depth = 0 if depth else 1
        elif ch in _QUOTE_OPEN:
            depth = 1
        elif ch in _QUOTE_CLOSE:
            depth = 0
    return depth > 0


def _align_quoted_deictic(document: Document, events: list[Event]) -> None:
    """A deictic date inside a quotation is the quote's own day, not necessarily the publication day.

    When the article itself dates an occurred event explicitly to the day before, the quoted "today" is taken
    to be that day (the statement was made on the article's news day, in another time zone or a day before
    publication). Rule suffix ";aligned-to-article-date".
    """
    explicit = sorted(
        {e.date for e in events if e.date and e.date_precision == "day" and e.status == "occurred"
         and e.date_rule and not is_deictic(e.date_rule)}
    )
    if not explicit:
        return
    for ev in events:
        if not (ev.date and ev.date_precision == "day" and is_deictic(ev.date_rule)) or not ev.mentions:
            continue
        if ev.trigger is None:
            continue
        m = ev.mentions[0]
        if not _inside_quote(m.sentence, ev.trigger.start - m.start):
            continue
        d = parse_anchor(ev.date)
        for value in explicit:
            e_d = parse_anchor(value)
            if d and e_d and (d - e_d).days == 1:
                ev.date = value
                ev.date_rule = f"{ev.date_rule};aligned-to-article-date"
                break


_BOUND_BEFORE = re.compile(
    r"\b(?:before|by|until|till|since|after|ahead\s+of|prior\s+to|no\s+later\s+than|in\s+time\s+for)\s+(?:the\s+)?$",
    re.I,
)


_BOUND_START = re.compile(
    r"\s*(?:before|by|until|till|since|after|ahead\s+of|prior\s+to|no\s+later\s+than)\b", re.I)


def _clear(event: Event, rule: str) -> None:
    event.date, event.date_precision, event.date_text, event.date_rule = None, None, None, rule


_Best = tuple[int, int, str, tuple[int, int, str], list[Token]]  # (score, distance, why, expression, its tokens)


def _best_expression(event: Event, sdoc: Doc, base: int, sentence: str, exprs: list[tuple[int, int, str]],
                     trig_toks: list[Token], trig_start: int) -> _Best | None:
    """The expression of the event's sentence that dates it: the strongest attachment, then the nearest."""
    mention, best = event.mentions[0], None
    for s, e, text in exprs:
        if _BOUND_BEFORE.search(sentence[max(0, s - 24):s]) or _BOUND_START.match(text):
            continue  # "before June", "since 1992", "by Friday": a bound, not the event's own date
        expr_toks = _tokens_in(sdoc, mention.start + s - base, mention.start + e - base)
        if not expr_toks or not trig_toks or {t.i for t in expr_toks} & {t.i for t in trig_toks}:
            continue
        score, why = _attachment(expr_toks, trig_toks)
        if score and event.status in ("planned", "hypothetical") and _report_day_before_content(expr_toks, trig_toks):
            score, why = 1, "report-date:before-content"
        if score == 0 and event.event_type in STATEMENT_TYPES:
            score, why = _report_date(expr_toks, trig_toks)
        if score == 0:
            continue
        dist = abs(mention.start + s - trig_start)
        if best is None or (score, -dist) > (best[0], -best[1]):
            best = (score, dist, why, (s, e, text), expr_toks)
    return best


def resolve_dates(document: Document, sdoc: Doc, events: list[Event]) -> None:
    """Set ``date``, ``date_precision``, ``date_text`` and ``date_rule`` on each event, in place.

    Per event: the date expressions of its sentence (``mentions[0]``) that attach to the trigger (see
    ``_attachment``; the strongest, then the nearest, wins); tense "future" for planned events or a
    prospective expression ("set for October 28"), else the trigger clause's tense (a present-tense clause
    takes the nearest date). No date in the sentence -> date None, ``date_rule`` "none". An occurred event
    is never dated after ``document.published``: a year-less date moves back a year, anything else is dropped.
    ``date_rule`` is "<resolution rule>;<attachment reason>;tense=<tense>[;shifted-before-publication]".
    """
    anchor = document.published
    anchor_d = parse_anchor(anchor)
    base = document.body_start
    found: dict[str, list[tuple[int, int, str]]] = {}  # a sentence's expressions, found once for all its events
    for event in events:
        if event.trigger is None or not event.mentions:
            _clear(event, "none")
            continue
        mention = event.mentions[0]
        sentence = document.text[mention.start:mention.end]
        trig_toks = _tokens_in(sdoc, event.trigger.start - base, event.trigger.end - base)
        derived = (event.rule or "").startswith(("derived:intent", "derived:threat"))  # not a refusal: it is done
        if sentence not in found:
            found[sentence] = find_date_expressions(sentence)
        best = _best_expression(event, sdoc, base, sentence, found[sentence], trig_toks, event.trigger.start)
        if best is None:
            _clear(event, "none")
            continue
        why, (_, _, text) = best[2], best[3]
        if why.startswith("report-date") and event.status in ("planned", "hypothetical"):
            _clear(event, ANNOUNCED_PLAN_RULE)  # "said Tuesday it would sign": not the act's day
            continue
        # a report's day is read in the report verb's tense ("reiterated Thursday it will continue ...")
        told = span_head(best[4]) if why.startswith("report-date") else span_head(trig_toks)
        # an intent or threat read from a planned act ("would discuss it at the meeting on Monday") is stated
        # before the act: the act's time is read as the act's (future), and a statement is never dated after the news
        tense = "future" if event.status == "planned" or (derived and not why.startswith("report-date")) else (
            expression_tense(span_head(best[4])) or tense_of(told))
        perfect = why in _OWN_TIME and _present_perfect(trig_toks)  # "have called a strike on May 3"
        if tense == "past" and perfect:
            tense = "present"  # the day nearest the news, ahead or past
        resolved = resolve_expression(text, anchor, tense)
        if resolved is None or resolved.value is None:
            _clear(event, "unresolved")
            continue
        rule = f"{resolved.rule};{why};tense={tense}"
        if event.status == "occurred" and anchor_d is not None and _after(resolved.value, anchor_d) and (
                (tense == "present" and why == "attached-to-trigger")
                or (perfect and _soon(resolved.value, anchor_d))):
            # "when the governors meet in Kiev next year", "have called a general strike on May 3": a present or
            # present perfect its own date puts ahead is a plan, not a report
            event.status = "planned"
            event.rule = f"{event.rule or ''}+status:present-dated-ahead"
        if event.status == "occurred" and anchor_d is not None and _after(resolved.value, anchor_d):
            yearless = resolved.rule.startswith("month-") and tense != "future"
            shifted = _year_earlier(resolved.value) if yearless else None
            if shifted is None or _after(shifted, anchor_d):
                _clear(event, "dropped-after-publication")
                continue
            resolved = ResolvedDate(shifted, resolved.precision, resolved.text, resolved.rule)
            rule = f"{resolved.rule};{why};tense={tense};shifted-before-publication"
        event.date, event.date_precision = resolved.value, resolved.precision
        event.date_text, event.date_rule = text.strip(), rule
    _align_quoted_deictic(document, events)
