"""The story's day for acts a news story reports without a date of their own.

Wire copy dates the main act once, in the lead ("X met Y on Wednesday"); later sentences about the same occasion
and the statements made at it ("he said", "the two sides agreed") carry no date. An occurred event left undated by
:func:`~.resolve.resolve_dates` takes the story's day when its own clause reads as news: a simple past, present or
present perfect (after the lead, a present perfect names no day: "The AU has deployed a force ..." stays undated),
not a past perfect, a future or a background frame ("previously", "since", "ago").

After the lead, a simple past that goes on from a sentence whose main verb the text dates to before the story's
week ("Patrols were hit by two blasts on November 14. Police blamed the rebels.") takes that sentence's date
instead (rule ``carried:previous-sentence``), so that an older act told on is background, as its lead-in is.

The story's day is the day of the first occurred event dated to a day in the story's first sentences, when that day
lies in the week before publication; else the first day the lead's sentences name in that week ("the fighting on
Monday", not "the agency reported Tuesday": the day of a report or statement is not the act's); else the
publication day. The date is weak evidence: rule ``story-day:<how>``
(resolved against the publication day, so :func:`~.resolve.is_deictic`: an explicit date wins when reports merge).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lexicon.words import word_set
from ...records import NEWS_WITHOUT_DAY_RULE, STORY_DAY_RULE, Document, Event
from ...timespan import days_before
from .expressions import find_date_expressions, parse_anchor, resolve_expression
from .resolve import _QUOTE_CLOSE, _QUOTE_OPEN, _tokens_in, clause_verb, expression_tense, span_head, tense_of

__all__ = ["CARRIED_RULE", "LEAD_SENTENCES", "STORY_WINDOW_DAYS", "inherit_story_day", "story_day"]

#: How many sentences of the body count as the lead.
LEAD_SENTENCES = 2
#: A lead date this many days or fewer before publication is the story's day.
STORY_WINDOW_DAYS = 7

_BACKGROUND = word_set("dates/background_cues")
#: date_rule of a date carried over from the sentence before ("ISAF patrols were hit by two blasts on November 14.
#: Police blamed the Taliban."): the narration goes on in that past.
CARRIED_RULE = "carried:previous-sentence"
_REPORT_VERBS = word_set("dates/report_verbs")


def story_day(document: Document, events: list[Event], sdoc: Doc | None = None) -> tuple[str, str] | None:
    """(day, how) of the story: the lead's dated act within the week before publication, else the publication
    day; None when the story has no publication date."""
    anchor = parse_anchor(document.published)
    if anchor is None:
        return None
    starts = sorted({m.start for e in events for m in e.mentions[:1]})
    lead_end = starts[LEAD_SENTENCES - 1] if len(starts) >= LEAD_SENTENCES else None
    dated = sorted(
        (e for e in events if e.status == "occurred" and e.date_precision == "day" and e.date and e.mentions),
        key=lambda e: e.mentions[0].start,
    )
    for event in dated:
        if lead_end is not None and event.mentions[0].start > lead_end:
            break
        day = parse_anchor(event.date)
        if day is not None and 0 <= (anchor - day).days <= STORY_WINDOW_DAYS:
            return event.date or "", "lead"
    if sdoc is not None:
        found = lead_expression_day(sdoc, document.published or "")
        if found is not None:
            return found, "lead-date"
    return anchor.isoformat(), "published"


def lead_expression_day(sdoc: Doc, published: str) -> str | None:
    """The first day named in the lead's sentences ("the fighting on Monday", "in an interview late Monday") in the
    week before publication, not the day a report or statement was made ("the agency reported Tuesday")."""
    anchor = parse_anchor(published)
    if anchor is None:
        return None
    for sent in list(sdoc.sents)[:LEAD_SENTENCES]:
        for start, end, expr in find_date_expressions(sent.text):
            span = sdoc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
            if span is None or _on_report_verb(span_head(list(span))) or span_head(list(span)).dep_ == "poss":
                continue  # a report's day, or a day naming its own act ("condemned Monday's strike")
            tense = expression_tense(span_head(list(span))) or tense_of(span_head(list(span)))
            got = resolve_expression(expr, published, tense)
            day = parse_anchor(got.value) if got is not None and got.precision == "day" else None
            if day is not None and 0 <= (anchor - day).days <= STORY_WINDOW_DAYS:
                return day.isoformat()
    return None


def _on_report_verb(head: Token) -> bool:
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head
    return head.dep_ in {"prep", "npadvmod"} and head.head.lemma_.lower() in _REPORT_VERBS


def _news_reading(trigger: list[Token]) -> str | None:
    """How the trigger's clause reports the story's news: "day" (the act of a day: a simple past or present),
    "perfect" (news that names no day: "has beefed up security", "has been asked"), or None (not news: a future, a
    past perfect, an act under way, a background cue such as "previously", "since", "ago"; a year named in the
    clause is caught earlier, as background)."""
    head = span_head(trigger)
    if tense_of(head) == "future":
        return None
    verb = clause_verb(head)
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in (
            "VERB", "AUX"):
        verb = verb.head.head  # "has beefed up security [by deploying] troops": the means shares the act's time
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return None
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children):
        return None  # "talks were taking place", "is proposing": under way, not the act of one day
    if any(t.lower_ in _BACKGROUND for t in verb.subtree if t.dep_ in ("advmod", "npadvmod", "prep", "amod", "mark")):
        return None
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return "perfect"
    return "day"


def inherit_story_day(document: Document, sdoc: Doc, events: list[Event]) -> None:
    """Give each occurred event left undated (rule "none") whose clause reads as news the story's day, in place.
    A perfect ("has met") is the day's news only in the lead, where wire copy sums up the story with it; later in
    the story it names no day and stays undated, with rule ``NEWS_WITHOUT_DAY_RULE``. After the lead, a simple past
    right after a sentence whose main verb the text dates to before the story's week goes on that past and takes its
    date (rule ``CARRIED_RULE``; see :func:`_carried`)."""
    found = story_day(document, events, sdoc)
    if found is None:
        return
    day, how = found
    base = document.body_start
    sents = list(sdoc.sents)
    lead_end = sents[LEAD_SENTENCES].start if len(sents) > LEAD_SENTENCES else len(sdoc)
    for event in events:
        if event.date or event.date_rule != "none" or event.status != "occurred" or event.trigger is None:
            continue
        if not event.mentions:
            continue
        trig = _tokens_in(sdoc, event.trigger.start - base, event.trigger.end - base)
        reading = _news_reading(trig) if trig else None
        if reading == "perfect" and trig[0].sent.start >= lead_end:
            event.date_rule = NEWS_WITHOUT_DAY_RULE  # news all the same, for the gate: not background
            continue
        if reading is None:
            continue
        after_lead = trig[0].sent.start >= lead_end
        carried = _carried(sdoc, trig, document.published or "", lead_end) if reading == "day" and after_lead \
            else None
        if carried is not None:
            event.date, event.date_precision, event.date_text = carried[0], carried[1], None
            event.date_rule = CARRIED_RULE
            continue
        event.date, event.date_precision, event.date_text = day, "day", None
        event.date_rule = f"{STORY_DAY_RULE}:{how}"


def _carried(sdoc: Doc, trigger: list[Token], published: str, lead_end: int) -> tuple[str, str] | None:
    """The date of the sentence just before, when a simple past goes on its narration with no date of its own and
    that sentence's main verb is dated to before the story's week ("ISAF patrols were hit by two suicide blasts on
    November 14. Police blamed Taliban insurgents."): the act belongs to that past. Only a date of the main verb
    itself (not "the 1994 genocide", not "which Sison founded in 1968"), not a "since" (a state that lasts), only
    one such, and a sentence after the lead (``lead_end``: its first token past the lead). Not when the act's own
    sentence names any day ("condemned Thursday's attack") or quotes someone, nor when its object is the lead's
    act (:func:`_back_to_lead`)."""
    verb = clause_verb(span_head(trigger))
    own = verb.sent
    if verb.tag_ != "VBD" or own.start == 0 or find_date_expressions(own.text) or _QUOTES & set(own.text):
        return None  # a day of its own anywhere ("condemned Thursday's attack"), or someone's words
    before = sdoc[own.start - 1].sent
    if before.start < lead_end or _back_to_lead(verb, sdoc[:lead_end]) or _new_named_subject(verb, before):
        return None  # the lead's own dates are the story's; a reaction to the lead's act is news
    found: set[tuple[str, str]] = set()
    for start, end, expr in find_date_expressions(before.text):
        span = sdoc.char_span(before.start_char + start, before.start_char + end, alignment_mode="expand")
        head = span_head(list(span)) if span is not None else None
        if head is None or head.dep_ not in ("prep", "npadvmod") or head.lower_ in _LASTING_PREPS:
            continue
        if not (head.head.dep_ == "ROOT" or (head.head.dep_ == "conj" and head.head.head.dep_ == "ROOT")):
            continue  # a time adverbial of the main verb ("were hit ... on November 14")
        got = resolve_expression(expr, published, expression_tense(head) or tense_of(head))
        ago = days_before(got.value, parse_anchor(published)) if got is not None else None
        if got is not None and got.value and got.precision and ago is not None and ago > STORY_WINDOW_DAYS:
            found.add((got.value, got.precision))
    return next(iter(found)) if len(found) == 1 else None


def _new_named_subject(verb: Token, before: Span) -> bool:
    """The act's subject names a person ("Georgian President Saakashvili accused Moscow ...") not named in the
    sentence before: a new speaker taking up the news after an aside ("The two signed a deal in 2003."), not the
    aside's narration going on ("Police blamed ...", "The rebels then seized ...", "He then signed ...")."""
    if any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE_ADVERBS for c in verb.children):
        return False  # "President X then ordered an offensive": the earlier time's narration goes on
    names = {t.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
             if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"}
    return bool(names) and not names & {t.lower_ for t in before}


_SEQUENCE_ADVERBS = word_set("dates/sequence_adverbs")


def _back_to_lead(verb: Token, lead: Span) -> bool:
    """The act's object names the lead's own act or thing, made definite ("condemned the attack", "praised the
    police" after a lead of rebels attacking and police arresting): a reaction to the news, not the past."""
    words = {t.lemma_.lower() for t in lead if t.pos_ in ("NOUN", "VERB")}
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in words
               and any(d.lower_ == "the" or d.dep_ == "poss" for d in c.children) for c in verb.children)


_LASTING_PREPS = word_set("dates/lasting_preps")
_QUOTES = frozenset(_QUOTE_OPEN + _QUOTE_CLOSE)  # as the date resolver reads quotations
