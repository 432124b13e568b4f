"""Acts a story mentions without reporting them as its news: background history and the content of demands,
hopes, purposes, conditions and abilities (GUIDELINES: "not events").

* Background (``background_frame``): an act placed well before the story ("has previously accused", "begun six
  months ago", "from 1879 to 1883"), told in the past perfect outside reported speech ("X had signed ..."), in a
  "since" clause, or in a past relative clause that describes one of the sentence's parties ("the attack that
  removed the regime", "the court, which lawyers have accused of ..."). A new act about an old matter keeps its
  own frame ("sentenced X for the 1994 killings" is dated by nothing in its clause).
* Content (``content_of``): the complement of a demand, hope, need, offer, attempt, readiness or ability ("urged X
  to withdraw", "is ready to resume fighting", "impossible to convince X to help"), a condition ("if they
  attack"), a possibility ("could be sent"), or a gerund completing a noun ("cooperation in arresting
  suspects"). Only the governing act is an event; PLOVER readings derived from the statement (a threat, an
  intent) are kept.

Each function returns the cue that decided, or None.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...lexicon.words import word_map, word_set
from ...records import Event
from .claims import claimed_act
from .frames import QUESTION_VERBS, indirect_question
from .statements import DOCUMENT_NOUNS, SELF_PRONOUNS
from .status import REPORTING_VERBS, StatusDecision, decided_sense
from .triggers import Trigger

NOT_NEWS = "not-news:"  # rule part of an event found but not reported as news (see ``news_only``)


def news_only(events: list[Event]) -> list[Event]:
    """The events a story reports as news: those without a ``+not-news:`` rule part (the content of a demand,
    hope, condition or ability stays visible to callers of ``find_events``, with its status)."""
    return [e for e in events if f"+{NOT_NEWS}" not in (e.rule or "")]


CONTENT_GOVERNORS = word_set("events/content_governors")
PREP_CONTENT_GOVERNORS = word_set("events/prep_content_governors")  # "suspected of", "sentenced for",
# "thinking of": the charge, the deliberation
CONTENT_MARKS = word_set("events/content_marks")
_DESIRE_GOVERNORS = word_set("events/nominal_desire_governors")
CONTENT_AUX = word_set("events/content_aux")
ALLEGATION_ADVERBS = word_set("events/allegation_adverbs")
CHARGE_CONTENT_NOUNS = word_set("events/charge_content_nouns")
BACKGROUND_ADVERBS = word_set("events/background_adverbs")
AGO_UNITS = word_set("events/background_ago_units")
RECENT_WORDS = word_set("events/recent_words")
NEWS_DAY_WORDS = word_set("events/news_day_words")

_COMPLEMENT_DEPS = {"xcomp", "ccomp", "acomp", "pcomp", "oprd"}
_FOILING_VERBS = word_set("events/foiling_verbs")
_VERB_POS = {"VERB", "AUX"}


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def content_governor(clause: Token) -> str | None:
    """The demand/hope/ability word whose complement ``clause`` is ("urged them [to meet]", "ready [to fight]",
    "impossible [to convince X [to help]]"), up to a reporting verb ("said X would ..." reports, not demands)."""
    cur = clause
    while cur.dep_ == "conj" and cur.head != cur and cur.head.dep_ in _COMPLEMENT_DEPS:
        cur = cur.head  # "accused X of crashing the party [and launching] a tirade": both are what is charged
    for _ in range(4):
        linked = cur.dep_ in _COMPLEMENT_DEPS or (cur.dep_ in {"advcl", "acl", "relcl"} and _to_infinitive(cur))
        if not linked or cur.head == cur:
            return None
        cur = cur.head
        via_prep = cur.dep_ == "prep" and cur.pos_ == "ADP"
        if via_prep:  # "called on X to", "urged on"
            cur = cur.head
        low, lem = cur.lower_, cur.lemma_.lower()
        charge = next((c.lemma_.lower() for c in cur.children if via_prep and c.dep_ == "dobj"
                       and c.lemma_.lower() in PREP_CONTENT_GOVERNORS), None)
        if charge is not None:  # "gave them the maximum sentence [for murdering] ...": what they were sentenced for
            return charge
        forms = {lem, low, low[:-1], low[:-2]}  # the tagger's lemma can miss: "hopes" -> "hop"
        if decided_sense(cur):  # "the council determined to send X": decided, not "determined"
            forms = {"decide"}
        if via_prep and forms & PREP_CONTENT_GOVERNORS:  # "suspected [of] murdering X", "thinking [of] charging Y"
            return sorted(forms & PREP_CONTENT_GOVERNORS)[0]
        if lem in REPORTING_VERBS and lem not in CONTENT_GOVERNORS:
            return None
        if lem in _FOILING_VERBS:  # "prevented them from attacking", "thwarted a plot [to kill X]" (misparsed)
            return lem
        if forms & CONTENT_GOVERNORS:
            return sorted(forms & CONTENT_GOVERNORS)[0]
        pressing = [c for c in cur.children if c.dep_ == "nsubj" and c.lemma_.lower() in _DEMAND_SUBJECTS]
        if pressing and clause.i > cur.i:  # "pressure mounted [to deploy X]": what is demanded
            return pressing[0].lemma_.lower()
        if cur.pos_ == "NOUN" and cur.dep_ in {"dobj", "nsubjpass"} and cur.head.lemma_.lower() in _FOILING_VERBS:
            return f"{cur.head.lemma_.lower()}-{lem}"  # "foiled an attempt [to kill X]": an act prevented
        if cur.pos_ in {"NOUN", "PROPN"}:  # "residents [to denounce]" under "called on residents"
            if cur.dep_ in {"pobj", "dobj"} and cur.head.dep_ == "prep":
                cur = cur.head
    return None


def charged_clause(clause: Token) -> bool:
    """"renewed charges that X had sent troops [to fight]": the clause (or one it is subordinate to) is the
    that-clause of a charge noun (also when the parser hung it on the noun's verb: "heard allegations on Thursday
    that ..."), what is charged (a verb coordinated with it is often the speaker's own act, which
    the parser hangs there: "denied the charge that it armed the rebels and met X")."""
    cur = clause
    for _ in range(3):
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)
        if that and cur.dep_ in {"acl", "ccomp"} and cur.head.pos_ == "NOUN" and \
                cur.head.lemma_.lower() in CHARGE_CONTENT_NOUNS:
            return True
        if that and cur.dep_ == "ccomp" and any(o.dep_ == "dobj" and o.i < cur.i and o.lemma_.lower() in
                                                CHARGE_CONTENT_NOUNS for o in cur.head.children):
            return True  # "heard allegations Thursday [that] ...": the clause hung on the verb after a time
        if cur.dep_ not in {"xcomp", "advcl"} or cur.head == cur:  # not "conj": "... and urged X", the speaker's
            return False
        cur = cur.head
    return False


_CLAIM_VERBS = word_set("events/claim_verbs")


def claimed_by_another(clause: Token) -> bool:
    """"Ruritania claimed that its towns had been shelled by Norland", "claimed that Norland troops attacked its
    border posts": the clause is what one party claims another did to it. Its doer (the subject, or a passive's
    agent) is named, is not of the claimer's side ("its fighters", "Israeli troops" claimed by Israel), and the
    act is done to the claimer (a passive with its agent, or "its" / "their" / "our" outside the doer). A claim of
    the claimer's own side's act ("the army claimed that government troops killed 40 rebels") stays reported."""
    cur = clause
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head  # "claimed that X shelled villages and [killed] two civilians": both are claimed
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in _CLAIM_VERBS:
        return False
    claimer = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
    agent = next((g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    doer = next((c for c in cur.children if c.dep_ == "nsubj"), None) or agent
    if claimer is None or doer is None or doer.pos_ == "PRON" or _same_side(doer, claimer):
        return False
    doer_words = {t.i for t in doer.subtree}
    return doer is agent or any(t.lower_ in _OWNER_PRONOUNS and t.i not in doer_words for t in cur.subtree)


_OWNER_PRONOUNS = word_set("events/owner_pronouns")
_AIM_NOUNS = word_set("events/aim_nouns")
_IDENTIFYING_WORDS = frozenset({"first", "last", "only"})


def aimed_relative(clause: Token) -> bool:
    """An infinitival relative on a noun of aim ("efforts [to resume] talks", "the plan [to resume] the trial") or
    on a noun a ranking identifies ("X is the first Israeli minister [to visit] Y" says who he is): no act the
    story reports. Not a passive one ("the plan, to be discussed by the ministers on Sunday": scheduled), nor a
    ranking that tells the act now ("X on Monday became the first leader to visit Y")."""
    noun = clause.head
    if (clause.dep_ not in {"acl", "relcl"} and not (clause.dep_ == "advcl" and noun.tag_ in ("NN", "NNS"))) or any(
            c.dep_ == "auxpass" for c in clause.children):
        return False  # (a noun of aim the parser made a verb's adverbial, "a move [to censure] X": still its aim)
    if noun.lemma_.lower() in _AIM_NOUNS or noun.lower_ in _AIM_NOUNS:
        return True
    ranked = any(c.dep_ == "amod" and (c.lower_ in _IDENTIFYING_WORDS or c.ent_type_ == "ORDINAL")
                 for c in noun.children)
    verb = noun.head
    return ranked and noun.dep_ == "attr" and verb.lemma_.lower() == "be" and not any(
        t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.i != noun.i for t in c.subtree)


def _same_side(doer: Token, claimer: Token) -> bool:
    """The doer is the claimer's own: "its fighters", or a word of the claimer's name or its adjective ("Israeli
    troops" claimed by Israel, "rebel fighters" by the rebels)."""
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in doer.subtree):
        return True
    stems = {t.lower_[:5] for t in claimer.subtree if t.is_alpha and len(t) >= 4}
    return any(t.lower_[:5] in stems for t in doer.subtree if t.is_alpha and len(t) >= 4)


_KEPT_HYPOTHETICAL = {"aux:should", "aux:must", "aux:have-to", "aux:ought-to"}


def content_of(trig: Trigger, decision: StatusDecision) -> str | None:
    """Why the trigger's event is the content of another act or a mere possibility, or None when it is reported."""
    asker = trig.clause.head
    if trig.clause.dep_ == "ccomp" and asker.lemma_.lower() in QUESTION_VERBS and indirect_question(asker):
        return "content:question"  # "asked whether Germany would extradite them": what is asked about
    gov = content_governor(trig.clause)
    if gov is not None:
        return f"content:gov:{gov}"
    if charged_clause(trig.clause):
        return "content:charged"
    if claimed_by_another(trig.clause):
        return "content:claimed"
    if (decision.cue == "infinitival-relative" or trig.clause.dep_ == "advcl") and aimed_relative(trig.clause):
        return "content:aim"
    cue = decision.cue or ""
    if cue.startswith("purpose:") and trig.clause.head.dep_ == "relcl":
        return "content:relative-purpose"  # "engineers, who came to X to aid the victims, were hurt": who they are
    clause = trig.clause
    gerund = clause.tag_ == "VBG" and clause.dep_ == "pcomp"  # "for murdering", "against travelling"
    noun_obj = trig.head if trig.kind == "noun" and trig.head.dep_ == "pobj" else None  # "for his attack"
    if noun_obj is not None and _priced(noun_obj.head):
        return "content:priced"  # "the accounting rate for long-distance telephone calls": a service priced
    if trig.kind == "noun" and cue.startswith("nominal<-gov:") and cue.split(":", 1)[1] in _DESIRE_GOVERNORS and any(
            c.dep_ == "prep" and c.lower_ in {"between", "among"} for c in trig.head.children):
        return "content:wished-between"  # "wished a dialogue between X and Y": someone else's wish, no plan
    if trig.kind == "noun" and _object_of_infinitive(trig.head):
        return "content:purpose-object"  # "an offensive launched to stamp out rocket attacks on X"
    if any(c.dep_ == "advmod" and c.lower_ in ALLEGATION_ADVERBS for c in trig.clause.children):
        return "content:alleged"  # "suspended officials for allegedly helping tax evasion": what is alleged
    if cue == "neg:never" and clause.tag_ in {"VBP", "VBZ"} and not any(c.dep_ == "aux" for c in clause.children):
        return "content:habitual"  # "we never negotiate without X": a standing practice, no event
    if cue.startswith("gov:") and cue[4:] not in CONTENT_GOVERNORS:
        return None  # "tried to hack X": an attempt is an act
    if decision.status == "hypothetical" and cue not in _KEPT_HYPOTHETICAL:
        # "if they attack", "could be sent", "would encourage"; obligations ("should", "must") stay: they are
        # read as demands by whoever states them
        return f"content:{cue}"
    if gerund and clause.head.dep_ == "prep" and clause.head.head.pos_ == "NOUN" and claimed_act(clause) is None:
        return "content:noun-gerund"  # "cooperation in arresting suspects", "the need for mobilizing" (not
        # "claimed responsibility for firing rockets": the claimant's act)
    if gerund and clause.head.lower_ in _AVERTING_PREPS:
        return "content:against"  # "advised its nationals against travelling to X"
    reason = clause if gerund else noun_obj
    if reason is not None and reason.head.lower_ in {"for", "of"}:
        lem = reason.head.head.lemma_.lower()
        if lem in _PENALTY_VERBS:
            return "content:offence"  # "faces the death penalty for murdering four people": what the penalty is for
        if lem in _REPROACH_VERBS and reason.head.lower_ == "for":
            return "content:reason"  # "criticised X for his attack on Y", "thanked X for helping": what it is for
    return None


def _priced(prep: Token) -> bool:
    """"the rate for [calls]", "changing the rate for [calls]": a preposition after or on a price noun."""
    return prep.lower_ in {"for", "of", "on"} and prep.i > 0 and (
        prep.head.lemma_.lower() in _PRICE_NOUNS or prep.doc[prep.i - 1].lemma_.lower() in _PRICE_NOUNS)


_AVERTING_PREPS = word_set("events/averting_preps")
_PENALTY_VERBS = word_set("events/penalty_verbs")
_REPROACH_VERBS = word_set("events/reproach_verbs")
_PRICE_NOUNS = word_set("events/price_nouns")


def _object_of_infinitive(noun: Token) -> bool:
    """The event noun is the object of a "to"-infinitive of purpose or complement ("launched to stamp out
    [attacks]"): what the act aims at, not an act the sentence reports."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.dep_ in {"xcomp", "advcl", "acl"}
            and _to_infinitive(verb))
_BACKGROUND_NOUN_MODIFIERS = word_set("events/background_noun_modifiers")
_DEMAND_SUBJECTS = word_set("events/demand_subject_nouns")


# ---------------------------------------------------------------------------------------------- background


def _verb_of(trig: Trigger) -> Token | None:
    """The verb a nominal trigger is an argument of ("fought [the war]"), or the trigger's clause verb."""
    cur = trig.clause
    for _ in range(4):
        if cur.pos_ in _VERB_POS:
            return cur
        if cur.head == cur or cur.dep_ not in {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "conj"}:
            return None
        cur = cur.head
    return None


def _reported(verb: Token) -> bool:
    """``verb`` is (transitively) the complement of a reporting verb or noun: the past perfect is backshift."""
    cur = verb
    for _ in range(5):
        if cur.head == cur:
            return False
        if cur.dep_ in {"ccomp", "parataxis", "acl"} or (cur.dep_ == "advcl" and cur.head.lemma_ in REPORTING_VERBS):
            return True
        if cur.dep_ not in {"xcomp", "conj", "advcl"}:
            return False
        cur = cur.head
    return False


def _dates_verb(tok: Token, verb: Token) -> bool:
    """``tok`` (a date word) is in a time phrase of ``verb`` itself ("in 1991", "from 1879 to 1883"), not a
    modifier of one of its nouns ("the 1994 killings")."""
    cur = tok
    for _ in range(6):
        if cur.i == verb.i:
            return True
        if cur.head == cur:
            return False
        if cur.pos_ in {"NOUN", "PROPN"} and cur.ent_type_ != "DATE" and cur.dep_ != "npadvmod":
            return False
        if cur.pos_ in _VERB_POS:
            return False
        cur = cur.head
    return False


def _news_day(verb: Token) -> bool:
    """A day of the news week dates the verb ("On Monday, the ministers had met ...")."""
    return any(t.lower_ in NEWS_DAY_WORDS and _dates_verb(t, verb) for t in verb.subtree)


def _old_date(verb: Token, year: int | None) -> str | None:
    for t in verb.subtree:
        if t.lower_ == "ago" and _dates_verb(t, verb):
            units = {c.lower_ for c in t.subtree}
            if units & AGO_UNITS:
                return "background:ago"
        if year is not None and t.ent_type_ == "DATE" and _dates_verb(t, verb):
            m = re.fullmatch(r"(\d{4})s?", t.text)
            if m and int(m.group(1)) < year - 1:
                return "background:old-year"
    return None


def _undated(verb: Token) -> bool:
    """Nothing in the verb's clause dates it to a day or to the news ("on Monday", "recently")."""
    return not any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in RECENT_WORDS for t in verb.subtree)


def _relative_past(verb: Token) -> bool:
    """A past relative clause describing a party ("the attack that removed X", "the court, which lawyers have
    accused of ..."), with nothing that dates it to the news ("which signed on Monday", "who recently ...")."""
    if verb.dep_ != "relcl":
        where = _where_before(verb)
        if where is None:
            return False
        verb = where
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if before is not None and before.lower_ in {",", "-", "--"} and not perfect:
        return False  # "the minister, who flew to X for talks, ...": an aside that may well be the news
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))
    if not past:
        return False
    return _undated(verb)


def _where_before(verb: Token) -> Token | None:
    """The verb of a "where" clause the parser hung as an adverbial on a verb of now or later, ``verb`` itself or
    the verb it is joined to: "arrives from west Africa [where she visited X (and signed) ...]" tells what came
    before, as a relative clause would; under a past verb ("flew to Islamabad where she met X") it tells the trip
    itself (None)."""
    while verb.dep_ == "conj" and verb.head != verb:  # "where she visited X [and signed] a deal with Y"
        verb = verb.head
    return verb if verb.dep_ == "advcl" and verb.head.tag_ in {"VBZ", "VBP", "VB"} and any(
        c.dep_ == "advmod" and c.lower_ == "where" and c.i < verb.i for c in verb.children) else None


_DONE_BEFORE_ADVERBS = word_set("events/done_before_adverbs")


def _done_before(verb: Token) -> bool:
    """A past perfect with "already" and no date of its own ("Canberra had already imposed restrictions"): an act
    done before the news, told as its context, even under a report ("said that X had already ..."). The present
    perfect ("Russia has already expelled two diplomats") reports the latest act: news."""
    return (any(c.dep_ == "advmod" and c.lower_ in _DONE_BEFORE_ADVERBS for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and _undated(verb))


_ONGOING_NEWS_TYPES = word_set("events/ongoing_news_types")


def _ongoing_perfect(trig: Trigger, verb: Token) -> bool:
    """A perfect progressive after the lead with no date of its own ("the Palestinians have been pushing for X",
    "they have been boycotting the institutions"): an activity going on for a while, the story's context, not a
    new act. One the text dates ("for the last few days X has been issuing warnings", "since Monday") stays, as
    does the lead's ("negotiators have been meeting in Nairobi"), a fight, an arrest, a protest or talks going on
    ("troops have been shelling X, residents said") and a past one ("10,000 people had been marching
    to protest ... when police fired"), often the scene of the news."""
    if trig.plover.event_type in _ONGOING_NEWS_TYPES:
        return False  # "troops have been shelling X, residents said": a fight or talks going on are news
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (verb.tag_ == "VBG" and "been" in auxes and bool(auxes & {"has", "have", "'ve", "'s"})
            and verb.sent.start != 0 and _undated(verb))


_TIME_HEADS = word_set("events/time_head_nouns")


def _relative_present(verb: Token) -> bool:
    """A present-simple relative clause describing a party ("Erbakan, who opposes close ties with Israel", "a group
    which demands independence"): a standing trait, not the news; one dated to a day ("who arrives on Monday") is."""
    if verb.dep_ != "relcl" or verb.tag_ not in {"VBZ", "VBP"} or verb.head.lemma_.lower() in _TIME_HEADS:
        return False  # "by the time Hashimoto meets Clinton": a time to come, no trait
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    return _undated(verb)


_STANCE_TYPES = word_set("events/stance_types")


def _standing_stance(trig: Trigger, verb: Token) -> bool:
    """A charge told in the present simple by the story's own narration, after its first sentence and undated ("the
    United States accuses Iran of ...", "the authorities allege that ..."): a standing position, not the news.
    Not a quoted speaker ("we accuse ..."), not a text that speaks ("the report accuses ...", "in the letter, X
    accuses Y"), not a verb under a report ("X said Y accuses ...")."""
    if trig.plover.event_type not in _STANCE_TYPES or verb.dep_ != "ROOT" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if verb.sent.start == 0 or any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in SELF_PRONOUNS or subj.lemma_.lower() in DOCUMENT_NOUNS:
        return False
    if any(t.text in {'"', "\u201c", "\u201d"} for t in verb.sent):
        return False  # a quotation: someone's words, as said that day
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS for g in c.children)
           for c in verb.children):
        return False  # "In the letter, X accuses Y": a text that speaks
    return _undated(verb)


def background_frame(trig: Trigger, year: int | None) -> str | None:
    """Why the trigger's act is background to the story rather than its news, or None."""
    if trig.head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _BACKGROUND_NOUN_MODIFIERS
                                        for c in trig.head.children):
        return "background:noun-modifier"  # "the recent visits of X", "his previous talks with Y"
    if trig.kind == "noun" and trig.head.dep_ == "pobj" and trig.head.head.lower_ == "since":
        return "background:since-noun"  # "the first contact since a conference between X and Y in June"
    verb = _verb_of(trig)
    if verb is None:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in verb.children):
        return "background:adverb"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return "background:since-clause"
    if (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
            and not _reported(verb) and not _news_day(verb)):
        return "background:past-perfect"
    if _relative_past(verb):
        return "background:relative-past"
    if _done_before(verb):
        return "background:done-before"
    if _ongoing_perfect(trig, verb):
        return "background:ongoing-perfect"
    if _relative_present(verb):
        return "background:relative-present"
    if _standing_stance(trig, verb):
        return "background:standing-stance"
    if _relative_calendar_date(verb):
        return "background:relative-dated"
    if _life_stage(verb):
        return "background:life-stage"
    if _remembered(verb):
        return "background:remembered"
    return _old_date(verb, year)


_LIFE_STAGE_WORDS = word_set("events/life_stage_words")
_MEMORY_VERBS = word_set("events/memory_verbs")


def _remembered(verb: Token) -> bool:
    """The act is what someone recalls ("the witness recalled how the guards shelled his village", "recalled a
    cult member telling him"): a memory told, not the story's news."""
    cur = verb
    for _ in range(3):
        if cur.dep_ not in {"ccomp", "xcomp", "advcl", "acl", "pcomp", "dobj"} or cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in _MEMORY_VERBS:
            return True
    return False
_MONTHS = frozenset(word_map("dates/months"))


def _relative_calendar_date(verb: Token) -> bool:
    """A past relative clause dated by the calendar ("the party, which X dismissed from government on October
    28"): wire copy names the days of the news week by weekday, so a month's date in a clause that describes a
    party is its history."""
    if verb.dep_ != "relcl" or verb.tag_ not in {"VBD", "VBN"}:
        return False
    return any(t.ent_type_ == "DATE" and t.lower_ in _MONTHS and _dates_verb(t, verb) for t in verb.subtree)


def _life_stage(verb: Token) -> bool:
    """A "when" clause of a time of life dates the act ("they met again when she was 15", "when he was a
    student")."""
    for c in verb.children:
        if c.dep_ != "advcl" or not any(m.dep_ in {"mark", "advmod"} and m.lower_ == "when" for m in c.children):
            continue
        if c.lemma_ == "be" and any(t.dep_ in {"attr", "acomp"} and (t.like_num or t.lemma_.lower() in _LIFE_STAGE_WORDS)
                                    for t in c.children):
            return True
    return False
