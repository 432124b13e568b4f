"""Event status (occurred / planned / negated / hypothetical) and background-history cues.

All functions work on a spaCy parse; each decision returns the cue that made it so events can record why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon.words import word_set
from .tree import ancestors, main_clause_of_participle

FUTURE_AUX = word_set("events/future_aux")
CONTINUING_VERBS = word_set("events/continuing_verbs")
# Verbs that with a to-infinitive state an obligation ("has to withdraw", "ought to release"), like "must"; not in
# the past: "troops had to withdraw" reports that they did.
OBLIGATION_VERBS = word_set("events/obligation_verbs")
HYPOTHETICAL_AUX = word_set("events/hypothetical_aux")
PLAN_GOVERNORS = word_set("events/plan_governors")
_DECIDED_SENSES = word_set("events/decided_senses")
HYPOTHETICAL_GOVERNORS = word_set("events/hypothetical_governors")
_EXPECTATION_GOVERNORS = word_set("events/expectation_governors")
NEGATING_GOVERNORS = word_set("events/negating_governors")
PLANNED_NOUN_MODIFIERS = word_set("events/planned_noun_modifiers")
REPORTING_VERBS = word_set("events/reporting_verbs")
DURATION_WORDS = word_set("events/duration_words")
# Counted plurals of these ("have fought two wars", "150 documents have been signed") sum up a history
EPISODE_NOUNS = word_set("events/episode_nouns")
HABITUAL_ADVERBS = word_set("events/habitual_adverbs")
STANDING_PERFECT_ADVERBS = word_set("events/standing_perfect_adverbs")
PURPOSE_GOVERNORS = word_set("events/purpose_governors")


def decided_sense(tok: Token) -> bool:
    """"The council determined to send troops": a past verb of resolving, with its own subject and no comma
    before it, that means "decided" (see ``events/decided_senses``)."""
    return tok.tag_ == "VBD" and tok.lemma_.lower() in _DECIDED_SENSES and any(
        c.dep_ == "nsubj" for c in tok.children) and not (tok.i > 0 and tok.doc[tok.i - 1].text == ",")


@dataclass(frozen=True)
class StatusDecision:
    status: str
    cue: str | None
    weight: float  # multiplies confidence


_AUX_WORDS_DEPS = word_set("events/aux_words_deps")


def _aux_words(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in _AUX_WORDS_DEPS]


def _spelled_out(aux: Token) -> str:
    """An auxiliary as its full word, so contractions give the same cue ("we'll attack" is "will"; "she'd go" is
    "would", "she'd gone" stays "'d", a past perfect)."""
    low = aux.lower_.replace("\u2019", "'")
    if low in ("'ll", "wo"):
        return "will"
    if low == "'d" and aux.head.tag_ == "VB":
        return "would"
    return low


_GOVERNOR_CHAIN_DEPS = word_set("events/governor_chain_deps")


_TIME_CLAUSE_MARKS = word_set("events/time_clause_marks")


_OWN_STATUS_MARKS = word_set("events/own_status_marks")
_FUTURE_TIME_MARKS = word_set("events/future_time_marks")


def present_time_clause_under_plan(verb: Token) -> StatusDecision | None:
    """"... will be attended by X after he concludes his visit to Y": a present-tense time clause hanging on a
    planned clause tells a future act (planned, rule ``mark:<word>+<the plan's cue>``)."""
    noun = verb.head  # "... will be done by [the time] X meets Y": a relative clause of a time noun
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and noun.lower_ in ("time", "day", "moment") \
            and noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        head = decide_status(noun.head.head, noun.head.head)
        cue = f"mark:{noun.head.lower_}-the-{noun.lower_}+{head.cue}"
        return StatusDecision("planned", cue, 0.75) if head.status == "planned" else None
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") or verb.head.i == verb.i:
        return None
    mark = next((c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.lower_ in _FUTURE_TIME_MARKS
                 and c.i < verb.i), None)  # the parser hangs "when" as an adverb
    if mark is None:
        return None
    head = decide_status(verb.head, verb.head)
    return StatusDecision("planned", f"mark:{mark}+{head.cue}", 0.75) if head.status == "planned" else None


def _own_status_clause(tok: Token) -> bool:
    """"... would talk next with X after he met Y": a time clause with its own past tense keeps it (the main
    clause's "would" or "will" is not its status); so does a concession or a reason in a finite tense ("ties did
    not improve although X made a trip": the main clause's "not" is not its status)."""
    if absolute_clause(tok):  # "..., with the German government blocking a deal": its own circumstance
        return True
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    return bool(marks & _OWN_STATUS_MARKS or (tok.tag_ == "VBD" and marks & _TIME_CLAUSE_MARKS))


def absolute_clause(tok: Token) -> bool:
    """A "with"/"without" clause with a subject of its own ("with the incoming government blocking a deal"): an
    event of its own, neither governed nor refining the clause it hangs on."""
    return tok.dep_ == "pcomp" and tok.head.lower_ in {"with", "without"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _governor_chain(tok: Token) -> list[Token]:
    """The verbs/adjectives above ``tok`` through control and complement links (xcomp, ccomp, acomp)."""
    if _own_status_clause(tok):
        return []
    chain = []
    cur = tok
    while cur.dep_ in _GOVERNOR_CHAIN_DEPS and cur.head != cur:
        cur = main_clause_of_participle(cur) or cur.head  # "..., killing X" after a relative clause: the main verb
        if cur.dep_ == "prep":  # "accused X of attacking": the preposition's head governs
            cur = cur.head
        chain.append(cur)
        if len(chain) > 4:
            break
    return chain


CHARGE_NOUNS = word_set("events/charge_nouns")


def charge_apposition(verb: Token) -> bool:
    """"X accused Y of firing rockets, [a charge Z denied]": the parser hangs the sentence under the trailing
    verb, whose subject is a noun standing for the sentence; that verb does not govern it (rule: charge-apposition)."""
    return any(c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in CHARGE_NOUNS and c.i < verb.i and any(
        p.lower_ == "," for p in c.doc[max(0, c.left_edge.i - 1): c.left_edge.i]) for c in verb.children)


_LINK_KIND_DEPS = word_set("events/link_kind_deps")


def _link_kind(child: Token) -> str:
    """How a verb hangs on the next one up the governor chain: "complement" ("refused [to meet]", "accused X of
    [attacking]", "plans to visit") or "adjunct" (a coordinated verb: "rejected X and [urged] Y"; a participle
    adjunct: "went on strike, [blocking] roads"). Only a complement's governor sets the status by its meaning
    (rule: governor-needs-complement)."""
    if child.dep_ in _LINK_KIND_DEPS:
        return "complement"
    if child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        return "complement"  # "staged rallies to demand": a purpose
    if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > child.head.i and all(
            t.dep_ == "prt" for t in child.doc[child.head.i + 1 : child.i]) and not any(
            c.dep_ in {"mark", "nsubj"} for c in child.children):
        return "complement"  # "ruled out sending troops" (parsed as an adjunct): what is ruled out
    return "adjunct"


def _is_negated(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "neg":
            return c.lower_
        if c.dep_ == "det" and c.lower_ in {"no"}:
            return "no"
        if c.dep_ == "advmod" and c.lower_ in {"never"}:
            return "never"
    return None


_DECIDE_STATUS_WORDS = word_set("events/decide_status_words")
_DECIDE_STATUS_TAGS = word_set("events/decide_status_tags")


def _negation(tok: Token, clause: Token, word: str) -> StatusDecision:
    """A negated clause or governor: negated, but what a governor of expectation denies is only not expected
    ("does not expect X to ask": hypothetical, not refused)."""
    if tok != clause and tok.lemma_.lower() in _EXPECTATION_GOVERNORS:
        return StatusDecision("hypothetical", f"gov:not-{tok.lemma_.lower()}", 0.6)
    return StatusDecision("negated", f"neg:{word}", 0.85)


def decide_status(trigger: Token, clause: Token) -> StatusDecision:
    """Status of the event whose trigger is ``trigger`` inside the clause headed by ``clause`` (light verb or the
    trigger itself)."""
    marked = next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in _DECIDE_STATUS_WORDS), None)
    if marked is not None and clause.pos_ in {"VERB", "AUX"}:  # "voted out if he does not resign": a condition,
        return StatusDecision("hypothetical", f"mark:{marked}", 0.55)  # negated or not
    for tok in (trigger, clause):
        neg = _is_negated(tok)
        if neg:
            return StatusDecision("negated", f"neg:{neg}", 0.9)
    if trigger.pos_ in {"NOUN", "PROPN"}:
        for c in trigger.children:
            if c.dep_ == "amod" and c.lower_ in PLANNED_NOUN_MODIFIERS:
                return StatusDecision("planned", f"mod:{c.lower_}", 0.85)
        if clause == trigger:
            nominal = nominal_status(trigger)
            if nominal is not None:
                return nominal
    prospective = _prospective_infinitive(clause)
    if prospective is not None:
        return prospective
    chain = _governor_chain(clause)
    links = {g.i: _link_kind(child) for child, g in zip([clause, *chain], chain, strict=False)}
    verbless = _verbless_condition(clause)
    if verbless is not None:  # "If necessary, he will meet him": only if need be
        return StatusDecision("hypothetical", f"mark:if-{verbless}", 0.55)
    for tok in (clause, *chain):
        for a in _aux_words(tok):
            low = _spelled_out(a)
            if low in FUTURE_AUX | {"would"} and _stance_continued(tok):
                # "reiterated it will continue exercising sovereignty": a stance stated now, not a plan
                return StatusDecision("occurred", f"stance:{low}-{tok.lemma_.lower()}+reported", 0.7)
            if low in FUTURE_AUX:
                return StatusDecision("planned", f"aux:{low}", 0.85)
            if low == "would" and _reported_past(tok):
                return StatusDecision("planned", "aux:would+reported", 0.75)
            if low in HYPOTHETICAL_AUX:
                return StatusDecision("hypothetical", f"aux:{low}", 0.6)
            if a.dep_ == "neg":
                return _negation(tok, clause, low)
        for c in tok.children:
            if c.dep_ == "mark" and c.lower_ in _DECIDE_STATUS_WORDS:
                return StatusDecision("hypothetical", f"mark:{c.lower_}", 0.55)
            # "keep up the pressure until Russian troops withdraw": a condition awaited, not an event
            if (c.dep_ == "mark" and c.lower_ in {"until", "till"} and tok.dep_ == "advcl"
                    and tok.tag_ in _DECIDE_STATUS_TAGS):
                return StatusDecision("hypothetical", f"mark:{c.lower_}", 0.5)
        cond = _condition_phrase_before(tok)
        if cond is not None:  # "in the event Tehran is condemned": the parser rarely marks the condition
            return StatusDecision("hypothetical", f"mark:{cond}", 0.55)
        if tok != clause and links.get(tok.i) == "complement" and not charge_apposition(tok):
            lem = "decide" if decided_sense(tok) else tok.lemma_.lower()
            particle = next((f"{lem} {c.lower_}" for c in tok.children if c.dep_ == "prt"), lem)
            if lem in NEGATING_GOVERNORS or particle in NEGATING_GOVERNORS:  # "ruled out sending troops"
                return StatusDecision("negated", f"gov:{particle}", 0.85)
            if lem in PLAN_GOVERNORS or tok.lower_ in PLAN_GOVERNORS:
                return StatusDecision("planned", f"gov:{lem}", 0.8)
            if lem in HYPOTHETICAL_GOVERNORS:
                return StatusDecision("hypothetical", f"gov:{lem}", 0.6)
            if _yet_to(tok, clause):  # "they have yet to offer him a contract", "are yet to sign": not done
                return StatusDecision("negated", f"gov:{lem}-yet-to", 0.8)
            if (lem in OBLIGATION_VERBS or tok.lower_ in OBLIGATION_VERBS) and tok.tag_ != "VBD" and \
                    clause.head == tok and \
                    clause.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                # "X has to withdraw", "X ought to release": an obligation, like "must"
                return StatusDecision("hypothetical", f"aux:{tok.lower_ if tok.lower_ == 'ought' else 'have'}-to",
                                      0.6)
            if lem == "be" and clause.dep_ == "xcomp" and clause.head == tok and any(c.lower_ == "to" for c in clause.children):
                if tok.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children):
                    return StatusDecision("negated", "gov:was-to-have", 0.8)  # "was to have traveled": it did not
                return StatusDecision("planned", "gov:be-to", 0.8)
            if lem in REPORTING_VERBS:
                break  # reported speech: the report's own tense does not change the reported event
    if clause.dep_ == "advcl":
        for c in clause.children:
            if c.dep_ == "mark" and c.lower_ in {"if", "unless"}:
                return StatusDecision("hypothetical", f"mark:{c.lower_}", 0.55)
        return present_time_clause_under_plan(clause) or StatusDecision("occurred", None, 1.0)
    return (present_time_clause_under_plan(clause) if clause.dep_ == "relcl" else None) or StatusDecision(
        "occurred", None, 1.0)


_CONDITION_PHRASES = [p.split() for p in word_set("events/condition_phrases")]


_VERBLESS_CONDITIONS = word_set("events/verbless_conditions")


def _verbless_condition(clause: Token) -> str | None:
    """The word of a verbless "if"/"unless" condition on the clause ("if necessary", "if need be"), or None."""
    for c in clause.children:
        if c.dep_ in {"advcl", "acomp"} and (c.lemma_.lower() in _VERBLESS_CONDITIONS or c.lower_ in
                                             _VERBLESS_CONDITIONS) and any(
                m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children) and not any(
                k.dep_ in {"nsubj", "nsubjpass"} for k in c.children):
            return c.lower_
    return None


def _condition_phrase_before(clause: Token) -> str | None:
    """The multi-word conditional ("in the event", "in case") right before the clause, or None."""
    start = clause.left_edge.i
    words = [t.lower_ for t in clause.doc[max(0, start - 4):start]]
    for phrase in _CONDITION_PHRASES:
        if words[-len(phrase):] == phrase:
            return "-".join(phrase)
    return None


def _yet_to(verb: Token, clause: Token) -> bool:
    """"has yet to X", "is yet to X": X has not happened (so far), whatever "have to" or "be to" would say."""
    return (verb.lemma_.lower() in {"have", "be"} and clause.head == verb and clause.dep_ == "xcomp"
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))


def _prospective_infinitive(clause: Token) -> StatusDecision | None:
    """A to-infinitive that names an act still to come: an infinitival relative on a noun ("the forum, to be
    convened in spring") or the purpose of a journey, dispatch or recruitment ("arrived on Monday to attend the
    summit", "recruited volunteers to assist farmers")."""
    if clause.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    if clause.dep_ in {"acl", "relcl"} and clause.head.pos_ in {"NOUN", "PROPN"}:
        return StatusDecision("planned", "infinitival-relative", 0.8)
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i), None)
    if subj is not None and any(subj.doc[i].text == "," for i in (subj.right_edge.i, subj.right_edge.i + 1)
                                if subj.i < i < clause.i):
        return StatusDecision("planned", "infinitival-relative", 0.8)  # "the declaration, to be signed by ...,"
        # parsed as the subject of its own clause
    if clause.dep_ == "advcl" and clause.head.lemma_.lower() in PURPOSE_GOVERNORS:
        return StatusDecision("planned", f"purpose:{clause.head.lemma_.lower()}", 0.8)
    return None


def _stance_continued(verb: Token) -> bool:
    """"said it will continue to support X", "would keep pressing Y": going on with a current act, stated in a
    past report, with no future time of its own ("will continue talks next week" is a plan)."""
    return (verb.lemma_.lower() in CONTINUING_VERBS and _reported_past(verb)
            and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)
            and not any(t.lower_ in FUTURE_DATE_WORDS for t in verb.subtree))


def _reported_past(tok: Token) -> bool:
    return any(cur.lemma_.lower() in REPORTING_VERBS and cur.tag_ in {"VBD", "VBN"} for cur in ancestors(tok, 4))


_BACKGROUND_CUE_WORDS = word_set("events/background_cue_words")


def background_cue(clause: Token, objects: list[Token], published_year: int | None) -> str | None:
    """Why an event reads as background history or a habitual statement rather than news, or None.

    Cues: perfect aspect with a multi-year duration ("have fought ... in the last three decades", "since 1992",
    "for decades"); counted plural objects of a perfect ("have fought two wars", "more than 150 documents have been
    signed"); habitual adverbs; an explicit year well before publication ("in 1991", "in the 1990s").
    """
    perfect = _perfect(clause)
    clause_tokens = list(clause.subtree)
    text = " ".join(t.lower_ for t in clause_tokens)
    if perfect:
        if any(c.dep_ == "advmod" and c.lower_ in STANDING_PERFECT_ADVERBS for c in clause.children):
            return "background:perfect+standing"  # "has long accused X of ...": a standing stance
        if re.search(r"\b(for|over|in|during|throughout) (the )?(last|past)?\s*(\w+ )?(decades?|years|centuries)\b",
                     text):
            return "background:perfect+duration"
        if re.search(r"\bsince (\d{4}|the \d{4}s)\b", text) or "for decades" in text or "for years" in text:
            return "background:perfect+since"
        if re.search(r"\bin the past\b(?! (\w+ )?(hours?|days?|weeks?|months?|nights?|\d))", text):
            return "background:perfect+in-the-past"  # "has vowed X and staged attacks in the past"
        for o in objects:
            if (o.tag_ in {"NNS", "NNPS"} and o.lemma_.lower() in EPISODE_NOUNS
                    and any(c.dep_ == "nummod" or c.lower_ in _BACKGROUND_CUE_WORDS for c in o.subtree)):
                return "background:perfect+counted-episodes"
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in clause.children):
        return "background:habitual-adverb"
    if published_year is not None:
        own_dates = [t for t in clause_tokens if t.ent_type_ == "DATE" and _in_own_clause(t, clause)]
        for t in own_dates:
            if t.head.pos_ not in {"NOUN", "PROPN"} or t.head.ent_type_ == "DATE":  # not "the 1994 killings"
                m = re.fullmatch(r"(\d{4})s?", t.text)
                if m and int(m.group(1)) < published_year - 1:
                    return "background:old-year"
        if not own_dates and _old_time_clause(clause, published_year):
            return "background:old-time-clause"
    return None


_AFTER_MARKS = _TIME_CLAUSE_MARKS - {"before"}


def _old_time_clause(clause: Token, published_year: int) -> bool:
    """An undated act (the caller checks) timed by a clause about a year well before publication ("imposed
    sanctions on Iraq after it invaded Kuwait in 1990"): history told by what it followed."""
    for sub in clause.children:
        if sub.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _AFTER_MARKS
                                       for c in sub.children):
            years = [int(t.text[:4]) for t in sub.subtree if t.ent_type_ == "DATE" and re.fullmatch(r"\d{4}s?", t.text)]
            if years and max(years) < published_year - 1:
                return True
    return False


def _perfect(clause: Token) -> bool:
    """The clause is in the perfect, or shares a perfect auxiliary with the verb it is coordinated with ("has
    vowed X and staged Y")."""
    cur = clause
    for _ in range(3):
        if any(a.lemma_ == "have" and a.dep_ == "aux" for a in cur.children):
            return True
        if cur.dep_ not in {"conj", "xcomp"} or cur.head == cur:
            return False
        cur = cur.head
    return False


_IN_OWN_CLAUSE_DEPS = word_set("events/in_own_clause_deps")


def _in_own_clause(tok: Token, clause: Token) -> bool:
    """``tok`` belongs to ``clause`` and not to a clause embedded in it."""
    cur = tok
    while cur.i != clause.i:
        if cur.dep_ in _IN_OWN_CLAUSE_DEPS and cur.pos_ in {"VERB", "AUX"}:
            return False
        if cur.head == cur:
            return False
        cur = cur.head
    return True


# ---------------------------------------------------------------- nominal triggers ("for talks", "a visit to X")

# A nominal's own phrase that dates it to the past keeps it occurred ("last week's talks", "the talks held on Monday")
PAST_NOUN_MODIFIERS = word_set("events/past_noun_modifiers")
FUTURE_DATE_WORDS = word_set("events/future_date_words")
# Verbs (or predicative adjectives) that make their nominal object/subject a plan: "plans a visit", "the visit is
# scheduled", "sought talks", "is due ... for talks"; postponing keeps the event ahead ("the talks were postponed")
NOMINAL_PLAN_GOVERNORS = word_set("events/nominal_plan_governors")
# ...an offer, request or consideration ("called for talks", "proposed a meeting", "threatened an attack")
NOMINAL_HYPOTHETICAL_GOVERNORS = word_set("events/nominal_hypothetical_governors")
# ...a refusal or cancellation (status.py's NEGATING_GOVERNORS for nouns: cancel = negated)
NOMINAL_NEGATING_GOVERNORS = word_set("events/nominal_negating_governors")
PURPOSE_VERBS = word_set("events/purpose_verbs")
PLAN_NOUNS = word_set("events/plan_nouns")
HYPOTHETICAL_NOUNS = word_set("events/hypothetical_nouns")
NEGATING_NOUNS = word_set("events/negating_nouns")
NOMINAL_PATH_DEPS = word_set("events/nominal_path_deps")


_NOMINAL_STATUS_POS = word_set("events/nominal_status_pos")
_NOMINAL_STATUS_WORDS = word_set("events/nominal_status_words")


def nominal_status(noun: Token) -> StatusDecision | None:
    """Status of a nominal event trigger ("talks", "a visit to X") from the verb that governs it, or None when
    it is occurred.

    The nominal's own phrase decides first: a past cue ("last week's talks", "talks held on Monday") keeps it
    occurred; a future date ("next week's summit") or a plan participle ("talks scheduled for May") makes it
    planned; a cancelling one negates it. Then its governor: a purpose phrase ("will travel ... for talks") takes
    the verb's whole status; an object or subject takes only what the verb's meaning says of it (plans, offers,
    refusals: "plans a visit", "called for talks", "refused talks", "the visit is scheduled"), or "will" for a
    subject ("the talks will focus on ..."), since an event named as a topic ("will discuss X's attack") keeps
    its own status.
    """
    own = _own_phrase_status(noun)
    if own is not None:
        return None if own.status == "occurred" else own
    path: list[Token] = []
    cur = noun
    while cur.dep_ in NOMINAL_PATH_DEPS and cur.head != cur and len(path) < 6:
        path.append(cur)
        cur = cur.head
        if cur.pos_ in _NOMINAL_STATUS_POS:
            return _from_governor(path, cur)
        if cur.pos_ == "NOUN":
            by_noun = _governing_noun(cur) if path[-1].dep_ == "prep" and path[-1].lower_ in _NOMINAL_STATUS_WORDS else None
            if by_noun is not None:
                return by_noun
            if cur.dep_ not in NOMINAL_PATH_DEPS | {"conj"}:
                return None
    return None


def _governing_noun(noun: Token) -> StatusDecision | None:
    """"plans for a visit", "a call for talks", "an invitation to a summit", "the cancellation of the meeting"."""
    return _by_word_class(noun, "noun", ((PLAN_NOUNS, "planned", 0.8), (HYPOTHETICAL_NOUNS, "hypothetical", 0.6),
                                         (NEGATING_NOUNS, "negated", 0.8)))


_OWN_PHRASE_STATUS_DEPS = word_set("events/own_phrase_status_deps")


def _own_phrase_status(noun: Token) -> StatusDecision | None:
    for c in noun.children:
        if c.dep_ in {"amod", "advmod"} and c.lower_ in PAST_NOUN_MODIFIERS:
            return StatusDecision("occurred", None, 1.0)
        if c.dep_ in _OWN_PHRASE_STATUS_DEPS:
            words = {t.lower_ for t in c.subtree if t.dep_ not in {"relcl", "acl"}}
            if words & PAST_NOUN_MODIFIERS and c.dep_ != "prep":
                return StatusDecision("occurred", None, 1.0)
            future = words & FUTURE_DATE_WORDS
            if future and any(t.ent_type_ == "DATE" or t.lower_ == "tomorrow" for t in c.subtree):
                return StatusDecision("planned", f"nominal:date-{sorted(future)[0]}", 0.8)
        if c.dep_ == "relcl" and any(a.dep_ in {"aux", "auxpass"} and a.lower_ in {"will", "shall"}
                                     for a in c.children):  # "the meeting, which will be attended by X"
            return StatusDecision("planned", "nominal:relcl-will", 0.8)
        if c.dep_ == "acl" and c.pos_ == "VERB":
            lem = c.lemma_.lower()
            if lem in NOMINAL_PLAN_GOVERNORS:
                return StatusDecision("planned", f"nominal:acl-{lem}", 0.8)
            if lem in NOMINAL_NEGATING_GOVERNORS:
                return StatusDecision("negated", f"nominal:acl-{lem}", 0.8)
            if c.tag_ == "VBN" or (c.tag_ == "VBD" and not any(x.dep_ == "nsubj" for x in c.children)):
                return StatusDecision("occurred", None, 1.0)  # "the talks held on Monday"
    return None


_FROM_GOVERNOR_WORDS = word_set("events/from_governor_words")


def _from_governor(path: list[Token], gov: Token) -> StatusDecision | None:
    top = path[-1]  # the nominal's phrase as the governor's dependent
    lem = gov.lemma_.lower()
    particle = next((c.lower_ for c in gov.children if c.dep_ == "prt"), None)
    if (lem, particle) in {("call", "off"), ("put", "off"), ("rule", "out"), ("break", "off")}:
        return StatusDecision("negated", f"nominal<-gov:{lem}-{particle}", 0.8)  # "called off the talks"
    # the theme of the governor's meaning: its object, passive subject or complement, not an active subject
    # ("Ruritania's attack ... threatened the truce" is no threat of an attack)
    if top.dep_ == "prep" and top.lower_ in _FROM_GOVERNOR_WORDS and lem in {"warn", "caution"}:
        # "warned against an attack on X": a feared act, not one that took place (rule: warned-against)
        return StatusDecision("hypothetical", f"nominal<-gov:{lem}-{top.lower_}", 0.5)
    lexical = _lexical_governor(gov) if (top.dep_ != "nsubj" or gov.pos_ == "ADJ") and not (
        top.dep_ == "prep" and top.lower_ in {"during", "at"}) else None  # "agreed [during] talks": when, not what
    if lexical is not None:
        own = decide_status(gov, gov)  # "has not scheduled talks", "may seek a meeting": the governor's own status
        if own.status == "negated":
            return StatusDecision("negated" if lexical.status != "negated" else "hypothetical",
                                  f"{lexical.cue}+{own.cue}", own.weight)
        if own.status == "hypothetical" and lexical.status == "planned":
            return StatusDecision("hypothetical", f"{lexical.cue}+{own.cue}", own.weight)
        return lexical
    if gov.lemma_ == "be":  # "is due ... for talks", "talks are likely"
        for c in gov.children:
            if c.dep_ == "acomp":
                inner = _lexical_governor(c)
                if inner is not None:
                    return inner
    if top.dep_ in {"nsubj", "nsubjpass"}:
        for a in _aux_words(gov):
            if a.lower_ in FUTURE_AUX and a.dep_ == "aux" and not any(x.dep_ == "auxpass" for x in gov.children):
                return StatusDecision("planned", f"nominal<-aux:{a.lower_}", 0.8)
        return None
    prep = next((t for t in path if t.dep_ == "prep"), None)
    if prep is not None and prep.lower_ in ("for", "on") and prep.head == gov and _purpose_verb(gov):
        verb = decide_status(gov, gov)  # purpose: "will travel ... for talks", "will leave on a visit to X"
        if verb.status != "occurred":
            return StatusDecision(verb.status, f"nominal<-{verb.cue}", verb.weight)
        return None
    if any(t.dep_ == "prep" and t.lower_ in {"at", "during"} for t in path):
        verb = decide_status(gov, gov)  # "will be discussed at a meeting on Tuesday": the meeting is then
        if verb.status == "planned":
            return StatusDecision("planned", f"nominal<-at:{verb.cue}", verb.weight)
        return None
    if top.dep_ == "dobj":  # "after he concludes his visit to Y" under a plan: the visit is to come
        return future_date_on_past_verb(gov) or present_time_clause_under_plan(gov)
    return None


_PURPOSE_VERB_WORDS = word_set("events/purpose_verb_words")


def _purpose_verb(verb: Token) -> bool:
    """A verb of going or gathering, whose "for" phrase is its purpose ("will fly to X for talks"), unlike a reason
    ("could face sanctions for its attack"); "be" counts with a place ("will be in Lisbon for talks")."""
    if verb.lemma_.lower() == "be":
        return any(c.dep_ == "prep" and c.lower_ in _PURPOSE_VERB_WORDS for c in verb.children)
    return verb.lemma_.lower() in PURPOSE_VERBS


def future_date_on_past_verb(verb: Token) -> StatusDecision | None:
    """"announced a visit to X next month": a future date on a past verb belongs to the verb's event noun."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return None
    for c in verb.children:
        if c.dep_ in {"npadvmod", "prep"} and any(t.lower_ in FUTURE_DATE_WORDS for t in c.subtree) and any(
                t.ent_type_ == "DATE" or t.lower_ == "tomorrow" for t in c.subtree):
            return StatusDecision("planned", "nominal:date-on-past-verb", 0.75)
    return None


def _lexical_governor(gov: Token) -> StatusDecision | None:
    found = _by_word_class(gov, "gov", ((NOMINAL_NEGATING_GOVERNORS, "negated", 0.8),
                                        (NOMINAL_PLAN_GOVERNORS, "planned", 0.8),
                                        (NOMINAL_HYPOTHETICAL_GOVERNORS, "hypothetical", 0.6)))
    if found is None:  # a phrasal governor: "was looking forward to X's visit"
        lem = gov.lemma_.lower()
        for c in gov.children:
            if c.dep_ in {"prt", "advmod"} and f"{lem} {c.lower_}" in NOMINAL_PLAN_GOVERNORS:
                return StatusDecision("planned", f"nominal<-gov:{lem}-{c.lower_}", 0.8)
    return found


def _by_word_class(tok: Token, kind: str,
                   classes: tuple[tuple[frozenset[str] | set[str], str, float], ...]) -> StatusDecision | None:
    """The status of the first word class holding the token's lemma (rule "nominal<-KIND:LEMMA")."""
    lem = tok.lemma_.lower()
    for words, status, confidence in classes:
        if lem in words:
            return StatusDecision(status, f"nominal<-{kind}:{lem}", confidence)
    return None
