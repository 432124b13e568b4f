"""Find events: rule-based triggers over the spaCy dependency parse, with participants, status and evidence.

One Event per event mention. Triggers come from the lexicon (``communique.lexicon``): verbs ("met", "condemned"),
verb+object patterns ("paid a visit", "imposed sanctions"), light verbs with event nouns ("held talks") and event
nouns with their own participants ("Blinken's visit to Baku", "talks between X and Y"). Each event records the
rule that produced it and the cue behind its status.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lexicon import Lexicon, PloverClass, get_lexicon
from ...lexicon.user import UserLexicon, VerbEntry
from ...records import ActorRef, Document, Event, Mention, Span
from ..nlp import doc_text, sentences, tokens_of
from .arguments import (
    ACTOR_NOUNS,
    actor_ref,
    is_actor_like,
    np_tokens,
    subjects_of,
    with_conjuncts,
)
from .participants import Participants, location_of, participants
from .status import (
    REPORTING_VERBS,
    StatusDecision,
    background_cue,
    charge_apposition,
    decide_status,
    has_finite_verb,
    skip_sentence,
)
from .triggers import (
    BACKGROUND_MARKS,
    Trigger,
    background_clause,
    find_triggers,
    subject_actor,
    user_class,
    user_targets,
)

# A governor's own code refined by the root of the event it governs ("urged them to meet" -> 026)
REFINE: dict[tuple[str, str], str] = {
    ("02", "04"): "026", ("10", "04"): "106", ("03", "04"): "036", ("12", "04"): "125",
    ("02", "08"): "025", ("10", "08"): "105", ("03", "08"): "035", ("12", "08"): "124",
    ("02", "07"): "023", ("10", "07"): "103", ("03", "07"): "033", ("12", "07"): "122",
    ("02", "06"): "021", ("10", "06"): "101", ("03", "06"): "031", ("12", "06"): "121",
    ("03", "05"): "032", ("02", "05"): "022", ("10", "05"): "102",
    ("13", "19"): "138", ("13", "18"): "138", ("13", "16"): "1313", ("13", "17"): "132",
    ("13", "14"): "133", ("13", "15"): "138",
    ("02", "19"): "0256", ("02", "18"): "0256",
    ("03", "19"): "138", ("03", "18"): "138", ("03", "20"): "138", ("03", "17"): "132", ("03", "16"): "1313",
    ("03", "14"): "133",
}


def _refine(governor: Trigger, inner: Trigger) -> str | None:
    if governor.cameo[:2] == "03" and inner.cameo[:2] in {"04", "05", "06", "07", "08"} and any(
            c.dep_ == "neg" for c in inner.clause.children):
        # "vowed not to return the land": a pledge not to cooperate is a refusal (CAMEO 12x), not an intent
        return REFINE.get(("12", inner.cameo[:2]), "120")
    if governor.cameo[:2] == "03" and inner.cameo[:2] == "13":  # "vowed to resume the offensive" (inner coded
        return inner.cameo  # as a threat by the lexicon): the vow is that threat
    return REFINE.get((governor.cameo[:2], inner.cameo[:2]))


def _governing(trig: Trigger, by_clause: dict[int, Trigger]) -> Trigger | None:
    """The trigger whose complement this one is ("urged them to meet", "vowed to fight", "staged rallies to
    demand")."""
    cur = trig.clause
    for _ in range(3):
        infinitive = cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        if (cur.dep_ not in {"xcomp", "ccomp", "pcomp", "acomp"} and not infinitive) or cur.head == cur:
            return None
        cur = cur.head
        if cur.dep_ == "prep":
            cur = cur.head
            if cur.pos_ in {"NOUN", "PROPN"} and cur.dep_ == "dobj":  # "accused [the rebels of attacking]"
                cur = cur.head
        if charge_apposition(cur):
            return None  # "X accused Y ..., a charge Z denied": Z's denial does not govern X's accusation
        if cur.i in by_clause:
            return by_clause[cur.i]
    return None


def _reported(trig: Trigger) -> str | None:
    cur = trig.clause
    for _ in range(4):
        if cur.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or cur.head == cur:
            return None
        cur = cur.head
        lem = cur.lemma_.lower()
        if charge_apposition(cur):
            return None  # "..., a charge Z denied": the trailing verb reports no content of its own
        if lem in {"claim", "allege", "accuse", "blame", "suggest", "believe", "think", "deny"}:
            return lem
        if lem in REPORTING_VERBS:
            return None
    return None


def _span(tokens: list[Token], offset: int) -> Span:
    doc = tokens[0].doc
    s = tokens[0].idx
    text = doc[tokens[0].i: tokens[-1].i + 1].text  # Doc.text would rebuild the whole text on every call
    return Span(text=text, start=offset + s, end=offset + s + len(text))


def _published_year(document: Document) -> int | None:
    if document.published and re.match(r"\d{4}", document.published):
        return int(document.published[:4])
    return None


def sentence_mention(document: Document, sent: SpacySpan) -> Mention | None:
    """The evidence sentence in document coordinates (surrounding whitespace stripped)."""
    raw = doc_text(sent.doc)[sent.start_char : sent.end_char]  # = sent.text, without joining its tokens
    stripped = raw.strip()
    if not stripped:
        return None
    start = document.body_start + sent.start_char + (len(raw) - len(raw.lstrip()))
    end = start + len(stripped)
    return Mention(document.id, document.path, document.url, document.published, stripped, start, end)


COOPERATIVE = {"SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
CONFLICTIVE = {"SANCTION", "PROTEST", "COERCE", "ASSAULT", "MOBILIZE"}
INTENT_CUES = {"aux:will", "aux:would+reported", "aux:would", "gov:ready", "gov:willing", "gov:prepared",
               "gov:prepare", "gov:plan", "gov:intend", "gov:hope", "gov:want", "gov:seek",
               "gov:be-to", "aux:shall"}
CONSULT_INTENT_CUES = {"aux:would+reported", "aux:would", "gov:ready", "gov:willing", "gov:prepared", "gov:want",
                       "gov:hope"}
THREAT_CUES = INTENT_CUES | {"aux:may", "aux:might", "aux:could", "mark:if", "mark:unless"}
REFUSAL_GOVERNORS = {"gov:refuse", "gov:decline", "gov:fail"}
TROOP_WORDS = {"troop", "troops", "force", "forces", "soldier", "peacekeeper", "army", "unit", "battalion",
               "contingent", "warship", "deployment"}


@dataclass
class Found:
    """An event with what the sentence-level passes need: its trigger, depth in the parse, participants."""

    event: Event
    trig: Trigger
    depth: int
    governed: bool
    derived: bool = False


def _depth(tok: Token) -> int:
    d = 0
    while tok.head != tok and d < 50:
        tok = tok.head
        d += 1
    return d


def events_in_sentence(document: Document, sent: SpacySpan, lex: Lexicon,
                       user: UserLexicon | None = None) -> list[Event]:
    """Events of one sentence, with derived intent/threat/refusal/demand events (see ``_derive``)."""
    return [f.event for f in found_in_sentence(document, sent, lex, user)]


def found_in_sentence(document: Document, sent: SpacySpan, lex: Lexicon,
                      user: UserLexicon | None = None) -> list[Found]:
    mention = sentence_mention(document, sent)
    if mention is None or skip_sentence(mention.sentence) or not has_finite_verb(sent):
        return []
    if user is not None and user.discards and user.discarded(list(sent)) is not None:
        return []  # a user discard phrase ("BASEBALL"): the sentence is not about political events
    offset = document.body_start
    year = _published_year(document)
    triggers = find_triggers(sent, lex, user)
    by_clause = {t.clause.i: t for t in triggers if t.kind in {"verb", "phrase", "light"}}
    out: list[Found] = []
    for trig in triggers:
        objects = [c for c in trig.clause.children if c.dep_ in {"dobj", "nsubjpass"}]
        if background_cue(trig.clause, objects, year) is not None:
            continue
        decision = decide_status(trig.head, trig.clause)
        cameo = trig.cameo
        rule = trig.rule
        governed_by = _governing(trig, by_clause)
        if governed_by is not None:
            rule += f"+under:{governed_by.rule.split('+')[0]}"
        if trig.user:  # a user code is kept as written: no CAMEO refinements, modes or derived readings
            if trig.head.lemma_.lower() in REPORTING_VERBS and any(
                t.user and t.head.lemma_.lower() not in REPORTING_VERBS for t in triggers
            ):
                continue  # "X restored ties, an official said": the report of a coded event is not another one
            if background_clause(trig.clause):
                continue  # "... five years after crowds burned down its embassy": background, not news
            if trig.head.lemma_.lower() in REPORTING_VERBS and any(
                    c.dep_ in {"ccomp", "parataxis"} and c.i < trig.head.i for c in trig.head.children):
                continue  # "..., an official said": a trailing attribution is not an event of its own
            if _participle_adjunct(trig.clause):
                continue  # "Rebuked by X, Y is ...": a participle setting the scene, not the sentence's event
            if (governed_by is not None and governed_by.user
                    and governed_by.head.lemma_.lower() not in REPORTING_VERBS):
                continue  # PETRARCH codes a verb phrase once: "urged X to help", "abandoned efforts to stop"
            out += _user_events(trig, participants(trig), decision, rule, mention, offset, governed_by is not None)
            continue
        for inner in triggers:
            if inner is not trig and _governing(inner, by_clause) is trig:
                refined = _refine(trig, inner)
                if refined is not None and lex.classify(refined) is not None:
                    cameo = refined
                    rule += f"+refined:{inner.rule.split('+')[0]}"
                break
        refined_class = lex.classify(cameo)
        # participants are found for the refined reading ("swore to fight until X": a threat, aimed at X)
        parts = participants(trig if cameo == trig.cameo or refined_class is None else
                             replace(trig, cameo=cameo, plover=refined_class))
        cameo, why = _troop_movement(trig, cameo)
        if why:
            rule += why
        cameo, why = _protest_or_complaint(trig, cameo, parts)
        if why:
            rule += why
        opposed = _rallied_against(trig, cameo)
        if opposed:
            cameo = "113"
            rule += "+rally-against"
            parts.recipients = opposed
        plover = lex.classify(cameo) or trig.plover
        confidence = trig.base * decision.weight
        reported = _reported(trig)
        if reported is not None:
            confidence *= 0.8
            rule += f"+reported:{reported}"
        if parts.how:
            rule += "+" + "+".join(dict.fromkeys(parts.how))
        if decision.cue:
            rule += f"+status:{decision.cue}"
        if not parts.actors and not parts.recipients:
            confidence *= 0.5
        elif not parts.actors:
            confidence *= 0.85
        elif parts.actors and parts.recipients:
            confidence = min(1.0, confidence + 0.1)
        mode = plover.mode
        if plover.event_type == "CONSULT":
            mode = _consult_mode(trig, parts, mode)
            if mode == "phone" and cameo == "040":
                cameo = "041"
        loc = location_of(trig)
        event = Event(
            event_type=plover.event_type,
            cameo=cameo,
            status=decision.status,
            mode=mode,
            context=list(plover.context),
            confidence=round(max(0.05, min(1.0, confidence)), 3),
            mentions=[mention],
            rule=rule,
            trigger=_span(trig.tokens, offset),
            actor_refs=_refs(parts.actors, offset),
            recipient_refs=_refs(parts.recipients, offset),
            location_text=_np_text(loc) if loc is not None else None,
        )
        found = Found(event, trig, _depth(trig.clause), governed_by is not None)
        # Events embedded under another event or deep in the sentence are reported less directly
        event.confidence = round(event.confidence * _embedding_weight(found), 3)
        out.append(found)
        derived = _derive(found, decision.cue, governed_by, lex, offset)
        if derived is not None:
            # the PLOVER reading of the statement occurred: no modality discount...
            derived.event.confidence = round(min(1.0, event.confidence / max(decision.weight, 0.1)), 3)
            event.confidence = round(event.confidence * 0.9, 3)  # ...is surer than the announced action itself
            if derived.event.event_type == "REJECT" and event.status == "negated":
                out.pop()  # "will not recognize X": one statement, one event; the refusal is the REJECT (CAMEO 12)
            out.append(derived)
    out += _obligations(sent, {t.clause.i for t in triggers}, lex, mention, offset)
    out += _blame_statements(sent, {t.clause.i for t in triggers if t.kind != "noun"}, lex, mention, offset)
    return out


def _participle_adjunct(clause: Token) -> bool:
    """A subjectless past-participle clause fronted before its main clause ("Backed by X, Y ...")."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i < clause.head.i
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in clause.children))


def _user_events(trig: Trigger, parts: Participants, decision: StatusDecision, rule: str, mention: Mention,
                 offset: int, governed: bool) -> list[Found]:
    """The event of a user-dictionary verb; a paired code ("032:033") adds the recipient's side of it."""
    confidence = trig.base * decision.weight
    if decision.cue:
        rule += f"+status:{decision.cue}"
    if not parts.actors and not parts.recipients:
        confidence *= 0.5
    loc = location_of(trig)
    # Coordinated with an actor, a noun names an actor too ("Fornost and Gondor welcomed", the tagger's NOUN)
    actors = list(dict.fromkeys(c for a in parts.actors for c in with_conjuncts(a)
                                if c.pos_ in {"NOUN", "PROPN"} or c is a))
    parts = Participants(sorted(actors, key=lambda t: t.i), parts.recipients, parts.how)
    if trig.sources:  # the pattern's "$"/"%" places the source
        parts = Participants(list(trig.sources), parts.recipients, parts.how)
    elif trig.targets and any(t in trig.targets for t in parts.actors):
        # "+ * IN $" with the "$" actor not found: the "+" actor (the subject) is the target, not the source
        parts = Participants([a for a in parts.actors if a not in trig.targets], parts.recipients, parts.how)
        if not parts.actors and trig.clause.dep_ in {"ccomp", "xcomp"}:  # "X noted that Y regretted": X
            outer = [x for c in trig.clause.head.children if c.dep_ == "nsubj" and c not in trig.targets
                     for x in with_conjuncts(c) if is_actor_like(x)] or subject_actor(trig.clause.head)
            parts = Participants([a for a in outer if a not in trig.targets], parts.recipients, parts.how)
    elif not parts.actors:
        inner = subject_actor(trig.clause)
        if inner:
            parts = Participants(inner, parts.recipients, parts.how)
            rule += "+source:first-actor-in-subject"
    if trig.targets:  # the pattern's "+" places the target
        targets = list(trig.targets)
    elif parts.recipients and any(c.dep_ == "nsubjpass" and c in parts.recipients for c in trig.clause.children):
        targets = []  # "X was criticized over its dispute with Y": the passive subject X is the target
        rule += "+target:passive-subject"
    else:
        targets = user_targets(trig.head) if trig.head.i == trig.clause.i else []
        rule += "+target:first-actor-after" if targets else ""
    recipients = [t for t in targets if t not in parts.actors] or parts.recipients
    if trig.mutual and not trig.targets:
        recipients = []
    sides = [(trig.cameo, trig.plover, parts.actors, recipients, rule)]
    if not recipients and len(parts.actors) > 1:  # "X and Y delayed their meeting": each acts on the other
        sides = [(trig.cameo, trig.plover, [a], [b for b in parts.actors if b is not a], rule + "+compound-mutual")
                 for a in parts.actors]
    elif trig.paired is not None:
        sides.append((trig.paired, user_class(get_lexicon(), trig.paired), recipients, parts.actors,
                      rule + "+paired"))
    out: list[Found] = []
    for code, plover, actors, recipients, why in sides:
        if not actors and not recipients:
            continue  # no one to code: PETRARCH needs a source or a target
        event = Event(
            event_type=plover.event_type, cameo=code, status=decision.status, mode=plover.mode,
            context=list(plover.context), confidence=round(max(0.05, min(1.0, confidence)), 3),
            mentions=[mention], rule=why, trigger=_span(trig.tokens, offset), actor_refs=_refs(actors, offset),
            recipient_refs=_refs(recipients, offset), location_text=_np_text(loc) if loc is not None else None,
        )
        found = Found(event, trig, _depth(trig.clause), governed, derived=len(out) > 0)
        event.confidence = round(event.confidence * _embedding_weight(found), 3)
        out.append(found)
    return out


def _obligations(sent: SpacySpan, trigger_clauses: set[int], lex: Lexicon, mention: Mention,
                 offset: int) -> list[Found]:
    """"X said Y must drop its barriers", "X reiterated its demand that Y ease ...": a demand by X of Y even when
    the demanded action is not in the lexicon (clauses with a lexicon trigger are derived in ``_derive``)."""
    out: list[Found] = []
    plover = lex.classify("100")
    if plover is None:
        return out
    for tok in tokens_of(sent, "VERB", "AUX"):
        if tok.i in trigger_clauses:
            continue
        must = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in {"must", "should"}]
        if not must and _obliged(tok):  # "X said Y has to / ought to leave"
            must = [tok.head]
        reporter = _reporter(tok) if must else _demanded_by_noun(tok)
        if reporter is None:
            continue
        subs, _ = subjects_of(tok)
        recipients = [x for x in subs if is_actor_like(x) and x.i != reporter.i]
        if not recipients:
            continue
        tokens = sorted([*must, tok], key=lambda t: t.i)
        rule = f"obligation:{must[0].lemma_.lower() if must else 'demand-noun'}+reporter"
        out.append(_statement_event("100", plover, "obligation", tok, tokens, 0.85, rule, reporter, recipients,
                                    mention, offset))  # reporter and addressee known
    return out


def _statement_event(cameo: str, plover: PloverClass, kind: str, tok: Token, tokens: list[Token],
                     confidence: float, rule: str, speaker: Token, addressees: list[Token], mention: Mention,
                     offset: int) -> Found:
    """An occurred statement event read off a clause, not a lexicon trigger ("X said Y must ...", "X said Y bore
    responsibility"): the speaker acts on the addressees."""
    trig = Trigger(cameo, plover, kind, tok, tok, tokens, "-", "verb", confidence)
    event = Event(
        event_type=plover.event_type, cameo=cameo, status="occurred", mode=plover.mode,
        context=list(plover.context), confidence=confidence, mentions=[mention], rule=rule,
        trigger=_span(tokens, offset), actor_refs=_refs([speaker], offset), recipient_refs=_refs(addressees, offset),
    )
    found = Found(event, trig, _depth(tok), False, derived=True)
    event.confidence = round(event.confidence * _embedding_weight(found), 3)
    return found


BLAME_NOUNS = {"responsibility", "blame"}
BLAME_VERBS = {"bear", "carry", "have", "shoulder"}
SELF_PRONOUNS = {"we", "i", "us", "me"}
# What one is blamed for ("responsible for the attack"), as opposed to a duty ("responsible for security").
HARM_NOUNS = {"attack", "bombing", "killing", "death", "massacre", "violence", "crisis", "escalation", "incident",
              "collision", "clash", "war", "conflict", "explosion", "blast", "shooting", "failure", "unrest",
              "tension", "damage", "loss", "casualty", "collapse", "deterioration", "consequence",
              "provocation", "abduction", "kidnapping", "assassination", "strike", "raid", "shelling", "breakdown",
              "stalemate", "impasse", "bloodshed", "suffering", "crime", "atrocity", "attacks", "outbreak"}


def _blamed(verb: Token) -> tuple[str, list[Token]] | None:
    """(how, blamed parties) of a clause that assigns blame: "Y bore full responsibility", "Y was responsible
    for ...", "Y is to blame"; "X held Y responsible" names the blamed as the object."""
    lem = verb.lemma_.lower()
    kids = list(verb.children)
    if lem in BLAME_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in BLAME_NOUNS for c in kids):
        how = "bear-responsibility"
    elif lem == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() == "responsible" for c in kids):
        how = "be-responsible"
    elif lem == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be":
        verb, how = verb.head, "be-to-blame"
    elif lem == "hold" and any(c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and c.lower_ == "responsible"
                               for c in kids):
        objs = [c for c in kids if c.dep_ == "dobj"]
        return ("hold-responsible", with_conjuncts(objs[0])) if objs else None
    else:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    fors = [g for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "for" and t.head.i in {verb.i, *(
        c.i for c in verb.children)} for g in t.children if g.dep_ in {"pobj", "pcomp"}]
    if (fors or lem == "have") and not any(g.lemma_.lower() in HARM_NOUNS for g in fors):
        return None  # "is responsible for border security", "has responsibility for visas": a duty, not blame
    subs, _ = subjects_of(verb)
    return how, subs


def _own_people(tok: Token) -> bool:
    """"its fighters", "our forces": the speaker's own people (a claim of responsibility, not blame)."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "our", "their", "his", "her", "my"} for c in tok.children)


def _blame_statements(sent: SpacySpan, trigger_clauses: set[int], lex: Lexicon, mention: Mention,
                      offset: int) -> list[Found]:
    """"X said Y bore full responsibility", "X held Y responsible for ...": X blames Y, an accusation (CAMEO 112;
    PETRARCH2 "HOLD * RESPONSIBLE" [112]). Owning up ("we bear responsibility") blames no one else."""
    out: list[Found] = []
    plover = lex.classify("112")
    if plover is None:
        return out
    for tok in tokens_of(sent, "VERB", "AUX"):
        if tok.i in trigger_clauses:
            continue
        found_blame = _blamed(tok)
        if found_blame is None:
            continue
        how, blamed = found_blame
        if how == "hold-responsible":
            subs, _ = subjects_of(tok)
            accuser = next((x for x in subs if is_actor_like(x)), None)
        else:
            clause = tok.head if how == "be-to-blame" and tok.dep_ == "xcomp" else tok
            accuser = _reporter(clause)
        if accuser is None:
            continue
        recipients = [x for x in blamed if is_actor_like(x) and x.i != accuser.i and x.lower_ not in SELF_PRONOUNS
                      and x.pos_ != "PRON" and not _own_people(x)]
        if not recipients:
            continue
        tokens = sorted([tok, *(c for c in tok.children if c.lemma_.lower() in BLAME_NOUNS | {"responsible"})],
                        key=lambda t: t.i)
        out.append(_statement_event("112", plover, "blame", tok, tokens, 0.8, f"blame:{how}+reporter", accuser,
                                    recipients, mention, offset))
    return out


# Status cues of an obligation stated by someone ("X said Y must/should/has to/ought to ..."): a demand of Y.
OBLIGATION_CUES = frozenset({"aux:must", "aux:should", "aux:have-to", "aux:ought-to"})


def _obliged(verb: Token) -> bool:
    """"has to leave", "ought to release": the verb is the to-infinitive of a present obligation verb ("they had
    to abandon" reports what happened)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"have", "ought"} and verb.head.tag_ != "VBD" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


INSTITUTION_ENTS = {"ORG", "GPE"}
CROWD_WORDS = {"student", "worker", "protester", "demonstrator", "activist", "people", "resident", "villager",
               "farmer", "youth", "supporter", "crowd", "thousand", "hundred", "dozen", "citizen", "woman", "man",
               "teacher", "doctor", "employee", "prisoner", "refugee", "miner", "driver", "opposition"}


def _protest_or_complaint(trig: Trigger, cameo: str, parts: Participants) -> tuple[str, str]:
    """"Students protested" is a PROTEST; "the ministry protested" is an official complaint (ACCUSE 114).
    "Joint" military exercises, or exercises by several parties, are military cooperation (COOPERATE 062)."""
    if cameo[:2] == "15" and cameo.startswith("150") and (
        len(parts.actors) > 1 or any(c.lower_ == "joint" for c in trig.head.children)
    ):
        return "062", "+joint-exercise"
    if cameo[:2] != "14" or trig.kind != "verb" or not parts.actors:
        return cameo, ""
    words = {t.lemma_.lower() for a in parts.actors for t in a.subtree}
    if words & CROWD_WORDS:
        return cameo, ""
    if all(a.ent_type_ in INSTITUTION_ENTS or a.lemma_.lower() in ACTOR_NOUNS for a in parts.actors) and all(
        a.tag_ not in {"NNS", "NNPS"} for a in parts.actors
    ):
        return "114", "+institution-protest"
    return cameo, ""


PROTECTIVE_VERBS = {"protect", "defend", "shield", "guard", "secure", "help", "insure", "safeguard"}


def _rallied_against(trig: Trigger, cameo: str) -> list[Token]:
    """An appeal to act against a third party ("called on Arabs to unite against X", "called for sanctions against
    X") rallies opposition against X (CAMEO 113, ACCUSE), with X as the recipient."""
    if cameo[:2] not in {"02", "10"} or trig.kind != "verb":
        return []
    out: list[Token] = []
    heads: list[Token] = []
    for c in trig.clause.children:
        if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() not in PROTECTIVE_VERBS:
            heads += [c, *c.conjuncts]  # "called on Arabs to unite and mobilize against X"
        elif c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "for"):  # "called for sanctions against X"
            heads += [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "against":
                out += [g for g in p.children if g.dep_ == "pobj" and is_actor_like(g)]
    return out


def _troop_movement(trig: Trigger, cameo: str) -> tuple[str, str]:
    """Troops arriving or being sent somewhere are a deployment, not a visit: peacekeepers -> AID 074, other
    forces -> MOBILIZE 154."""
    if cameo not in {"042", "043"}:
        return cameo, ""
    subs, _ = subjects_of(trig.clause)
    words = {t.lemma_.lower() for s in subs for t in s.subtree}
    if words & TROOP_WORDS:
        if any("peacekeep" in w for w in words):
            return "074", "+troops:peacekeeping"
        return "154", "+troops"
    return cameo, ""


def _derive(found: Found, cue: str | None, governed_by: Trigger | None, lex: Lexicon, offset: int) -> Found | None:
    """PLOVER reads some statements about other events as events of their own:
    a cooperative action announced for the future or offered is an AGREE (intent); a conflictive action announced
    or made conditional is a THREATEN; a refused cooperative action ("will not meet", "failed to reach") is a
    REJECT; "X said Y must ..." is a REQUEST by X of Y."""
    ev, trig = found.event, found.trig
    if governed_by is not None and governed_by.kind != "noun" and cue not in OBLIGATION_CUES:
        return None
    root = ev.cameo[:2]
    kind: str | None = None
    actors, recipients = ev.actor_refs, ev.recipient_refs
    if ev.status in {"planned", "hypothetical"} and not ev.actor_refs and cue not in OBLIGATION_CUES:
        return None  # an intent or a threat needs someone who intends or threatens ("if it is attacked")
    if ev.status in {"planned", "hypothetical"}:
        if ev.event_type in COOPERATIVE and cue in INTENT_CUES:
            kind = "03"
        elif ev.event_type == "CONSULT" and cue in CONSULT_INTENT_CUES:
            kind = "03"
        elif ev.event_type in CONFLICTIVE and cue in THREAT_CUES and (
                ev.recipient_refs or ev.event_type != "MOBILIZE"):  # "would deploy police along the border":
            # a planned deployment with no one it is aimed at threatens no one (rule: threat-needs-target)
            kind = "13"
        elif cue in OBLIGATION_CUES:
            reporter = _reporter(trig.clause)
            if reporter is not None:
                kind = "10"
                recipients = ev.actor_refs
                actors = [actor_ref(reporter, offset)]
    if kind is None and ev.status != "negated" and _demanded_by_noun(trig.clause) is not None:
        reporter = _demanded_by_noun(trig.clause)
        if reporter is not None:
            kind = "10"
            recipients = ev.actor_refs
            actors = [actor_ref(reporter, offset)]
    elif ev.status == "negated" and ev.event_type in COOPERATIVE | {"CONSULT", "AGREE"}:
        future_neg = any(a.lower_ in {"will", "would", "wo", "shall"} for a in trig.clause.children if a.dep_ == "aux")
        if future_neg or cue in REFUSAL_GOVERNORS:
            kind = "12"
    if kind is None:
        return None
    code = REFINE.get((kind, root)) or (kind + "0")
    plover = lex.classify(code)
    if plover is None:
        return None
    names = {"03": "intent", "13": "threat", "12": "refusal", "10": "demand"}
    derived = Event(
        event_type=plover.event_type, cameo=code, status="occurred", mode=plover.mode, context=list(plover.context),
        confidence=ev.confidence, mentions=list(ev.mentions),
        rule=f"derived:{names[kind]}({cue})<-{ev.rule}", trigger=ev.trigger, actor_refs=list(actors),
        recipient_refs=list(recipients), location_text=ev.location_text,
    )
    return Found(derived, trig, found.depth, found.governed, derived=True)


REQUEST_NOUNS = {"demand", "call", "appeal", "request", "reminder", "ultimatum", "plea", "insistence"}


def _reporter(clause: Token) -> Token | None:
    """The subject of the reporting verb a clause is the complement of ("Chirac said Iraq must ...", "issued a
    reminder that Iraq must ...", "reiterated its demand that Israel ease ...")."""
    cur = clause
    for _ in range(3):
        if cur.dep_ not in {"ccomp", "xcomp", "conj", "acl"} or cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in REQUEST_NOUNS:
            subs, _ = subjects_of(cur.head)
            return subs[0] if subs and is_actor_like(subs[0]) else None
        if cur.lemma_.lower() in REPORTING_VERBS | {"demand", "insist", "conclude", "remind", "warn", "declare"}:
            subs, _ = subjects_of(cur)
            return subs[0] if subs and is_actor_like(subs[0]) else None
    return None


def _demanded_by_noun(clause: Token) -> Token | None:
    """"X's demand that Y ease ...": the clause is the content of a demand noun; X demands it of Y."""
    if clause.dep_ in {"acl", "ccomp"} and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in REQUEST_NOUNS:
        return _reporter(clause)
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" and any(  # "reiterated its demand today that Y ..."
        c.dep_ == "dobj" and c.lemma_.lower() in REQUEST_NOUNS for c in clause.head.children
    ):
        subs, _ = subjects_of(clause.head)
        return subs[0] if subs and is_actor_like(subs[0]) else None
    return None


def _embedding_weight(found: Found) -> float:
    """0.7 for an event governed by another trigger ("urged them to meet": meet); 0.8 in a relative or participle
    clause ("the helicopter that was captured", "a letter handed over"); 0.85 in an adverbial clause ("...,
    setting fire to"); less 0.06 per level of depth.

    The sentence's main event is its main clause's: a clause introduced by a temporal or causal subordinator
    ("..., a day after X signed a deal") sets the scene, so its event is weighted 0.8 on top, also where the
    parser coordinated it with the main verb instead of subordinating it."""
    clause = found.trig.clause
    dep = clause.dep_
    weight = 0.7 if found.governed else 1.0
    if dep in {"relcl", "acl"}:
        weight *= 0.8
    elif dep == "advcl":
        weight *= 0.85
    if background_clause(clause) or (dep == "conj" and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children)):
        weight *= 0.8
    return weight * (1.0 - 0.06 * min(found.depth, 4))


def primary_of(found: list[Found]) -> Found | None:
    """The event a one-sentence text is mainly about: the trigger highest in the parse (derived readings before
    the event they were derived from), then the most confident."""
    if not found:
        return None
    return min(found, key=lambda f: (f.governed, f.depth, not f.derived, -f.event.confidence))


def _consult_mode(trig: Trigger, parts: Participants, mode: str | None) -> str | None:
    words = {t.lemma_.lower() for t in trig.tokens} | {c.lemma_.lower() for c in trig.head.children}
    words |= {g.lemma_.lower() for c in trig.clause.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "over", "via"}
              for g in c.children}
    if words & {"phone", "telephone", "call", "video", "videoconference"}:
        return "phone"
    if trig.cameo in {"042", "043"} or words & {"visit", "trip", "tour"}:
        return "visit"
    if words & {"summit", "conference", "multilateral"} or len(parts.actors) + len(parts.recipients) > 2:
        return "multilateral"
    if trig.cameo == "044":
        return "third-party"
    return mode


def _np_text(tok: Token) -> str:
    start, end = np_tokens(tok)
    doc = tok.doc
    return doc[start:end].text


def _refs(tokens: list[Token], offset: int) -> list[ActorRef]:
    seen: set[int] = set()
    out = []
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            out.append(actor_ref(t, offset))
    return out


UserVerbs = UserLexicon | Sequence[VerbEntry] | None


def _user_lexicon(user_verbs: UserVerbs) -> UserLexicon | None:
    if user_verbs is None or isinstance(user_verbs, UserLexicon):
        return user_verbs
    return UserLexicon.build(list(user_verbs)) if user_verbs else None


def find_events(document: Document, sdoc: Doc, user_verbs: UserVerbs = None) -> list[Event]:
    """Events mentioned in a parsed document body (``sdoc`` parses ``document.text[document.body_start:]``).

    ``user_verbs``: user verb dictionaries (``communique.lexicon.user``), consulted before the bundled lexicon;
    a story-level user discard phrase anywhere in the document discards it whole."""
    lex = get_lexicon()
    user = _user_lexicon(user_verbs)
    if user is not None and any(d.story for d in user.discards):
        story = UserLexicon(discards=[d for d in user.discards if d.story])
        if story.discarded(list(sdoc)) is not None:
            return []
    events: list[Event] = []
    for sent in sentences(sdoc):
        events.extend(events_in_sentence(document, sent, lex, user))
    return events


def primary_event(document: Document, sdoc: Doc, user_verbs: UserVerbs = None) -> Event | None:
    """For evaluation on one-sentence texts: the main event of the text (see ``primary_of``)."""
    lex = get_lexicon()
    user = _user_lexicon(user_verbs)
    found = [f for sent in sentences(sdoc) for f in found_in_sentence(document, sent, lex, user)]
    best = primary_of(found)
    return best.event if best is not None else None
