"""Readings of a found event: CAMEO refinements by the governing trigger and the participants (joint exercises,
institutional protests, troop movements, rallies against a party, consultation modes) and the events PLOVER derives
from statements about other events (intent, threat, refusal, demand)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...lexicon.words import word_set
from ...records import ActorRef, Event
from .arguments import ACTOR_NOUNS, is_actor_like, subjects_of
from .claims import claimed_act
from .found import Found
from .noun_phrases import actor_ref
from .participants import Participants
from .statements import OBLIGATION_CUES, demanded_by_noun, reporter_of
from .triggers import Trigger

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


_REFINE_LABELS = word_set("events/refine_labels")


def refine(governor: Trigger, inner: Trigger) -> str | None:
    if governor.cameo[:2] == "03" and inner.cameo[:2] in _REFINE_LABELS and any(
            c.dep_ == "neg" for c in inner.clause.children):
        # "vowed not to return the land": a pledge not to cooperate is a refusal (CAMEO 12x), not an intent
        return REFINE.get(("12", inner.cameo[:2]), "120")
    if governor.cameo[:2] == "03" and any(c.dep_ == "neg" for c in inner.clause.children):
        return None  # "agreed not to attack": a pledge of restraint is no threat; the pledge keeps its own code
    if governor.cameo[:2] == "03" and inner.cameo[:2] == "13":  # "vowed to resume the offensive" (inner coded
        return inner.cameo  # as a threat by the lexicon): the vow is that threat
    return REFINE.get((governor.cameo[:2], inner.cameo[:2]))


COOPERATIVE = word_set("events/cooperative")


CONFLICTIVE = word_set("events/conflictive")
_DESTINATION = re.compile(r"\+prep:(?:to|into|in|toward|towards)(?:\+|$)")  # the finder's rule: where forces go


INTENT_CUES = word_set("events/intent_cues")


CONSULT_INTENT_CUES = word_set("events/consult_intent_cues")


THREAT_CUES = INTENT_CUES | {"aux:may", "aux:might", "aux:could", "mark:if", "mark:unless"}


REFUSAL_GOVERNORS = word_set("events/refusal_governors")


TROOP_WORDS = word_set("events/troop_words")


INSTITUTION_ENTS = word_set("events/institution_ents")


CROWD_WORDS = word_set("events/crowd_words")


def protest_or_complaint(trig: Trigger, cameo: str, parts: Participants) -> tuple[str, str]:
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


_VERBAL_ATTACK_NOUNS = word_set("events/verbal_attack_nouns")
_VERBAL_ATTACK_MODIFIERS = word_set("events/verbal_attack_modifiers")
_VERBAL_ATTACK_MEDIA = word_set("events/verbal_attack_media")
_VERBAL_ATTACK_SPEECH = word_set("events/verbal_attack_speech_verbs")
_VERBAL_ATTACK_TARGETS = word_set("events/verbal_attack_targets")
_VERBAL_ATTACK_TIME = word_set("events/verbal_attack_time_words")


def _attack_objects(trig: Trigger) -> list[Token]:
    """What an attack is aimed at: the verb's object, or the attack noun's "on"/"against" phrase."""
    objs = [c for c in trig.clause.children if c.dep_ == "dobj" and c not in trig.tokens]
    for h in {trig.head, trig.clause}:
        objs += [g for p in h.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                 for g in p.children if g.dep_ == "pobj"]
    return objs


def _verbal_cue(trig: Trigger) -> str | None:
    """Why an attack is a verbal one: a verbal modifier, an object only words can attack (a policy, remarks), a
    speech it was made in, a speech participle spelling it out, or a "for" reason ("attacked X for its stance")."""
    heads = {trig.head, trig.clause}
    if any(c.dep_ == "amod" and c.lemma_.lower() in _VERBAL_ATTACK_MODIFIERS for h in heads for c in h.children):
        return "modifier"
    if any(o.lemma_.lower() in _VERBAL_ATTACK_TARGETS for o in _attack_objects(trig)):
        return "object"
    for c in trig.clause.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(
                g.lemma_.lower() in _VERBAL_ATTACK_MEDIA for g in c.children if g.dep_ == "pobj"):
            return "medium"
        if (c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and c.lemma_.lower() in _VERBAL_ATTACK_SPEECH
                and trig.clause.dep_ != "ccomp"):  # "X said Y attacked Z, saying ...": the saying may be X's
            return "speech"
        if c.dep_ == "prep" and c.lower_ == "over" and trig.kind == "verb" and any(  # "attacked X over its
                g.dep_ == "pcomp" or g.lemma_.lower() in _VERBAL_ATTACK_TARGETS for g in c.children):  # handling /
            return "reason"  # over what she called a massacre" (not "over the weekend", "over the city")
        if c.dep_ == "prep" and c.lower_ == "for" and trig.kind == "verb" and any(
                g.lemma_.lower() not in _VERBAL_ATTACK_TIME and g.ent_type_ not in {"DATE", "TIME", "CARDINAL"}
                and not any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)  # "for no reason": no
                for g in c.children if g.dep_ in {"pobj", "pcomp"}):  # grievance, just an unprovoked attack
            return "reason"
    return None


def verbal_attack(trig: Trigger, cameo: str) -> tuple[str, str]:
    """"attacked the government's policy in a speech", "launched a fresh attack on X, dismissing its claims":
    an attack made with words is a criticism (ACCUSE 111), not an ASSAULT; a physical attack keeps its code."""
    if not cameo.startswith("19") or not any(t.lemma_.lower() in _VERBAL_ATTACK_NOUNS for t in trig.tokens) or (
            trig.kind == "noun" and claimed_act(trig.head) is not None):  # an attack claimed is a physical one
        return cameo, ""
    cue = _verbal_cue(trig)
    return ("111", f"+verbal-attack:{cue}") if cue is not None else (cameo, "")


_DEFIANT_VOW_VERBS = word_set("events/defiant_vow_verbs")


def negated_vow(trig: Trigger, cameo: str) -> tuple[str, str]:
    """"vowed he would not compromise", "swore never to give in": a vow whose complement (no coded act of its
    own) is negated is a refusal (REJECT 120), not an intent to cooperate."""
    if cameo != trig.cameo or cameo[:2] != "03" or trig.head.lemma_.lower() not in _DEFIANT_VOW_VERBS:
        return cameo, ""
    for c in trig.clause.children:
        if c.dep_ in {"ccomp", "xcomp"} and any(g.dep_ == "neg" for g in c.children):
            return "120", "+negated-vow"
    return cameo, ""


_WARNING_VERBS = word_set("events/warning_verbs")
_CONDITION_MARKS = word_set("events/condition_marks")
_SPEAKER_PRONOUNS = {"i", "we", "he", "she", "they"}
_WILL_AUX = {"will", "would", "'ll", "wo", "shall"}
_PARTY_ENTS = {"GPE", "ORG", "NORP", "PERSON"}


def has_condition(clause: Token) -> bool:
    """The clause has a condition of its own ("would meet him if he gave them a veto", "would retaliate if ...")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
               for c in clause.children)


def _own_side(subject: Token) -> bool:
    """The speaker's side as the subject of a warning's content: a pronoun ("it would strike back") or a phrase
    owned by one ("his country would retaliate")."""
    return subject.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)


def bare_warning(trig: Trigger, cameo: str, parts: Participants) -> bool:
    """"warned that stocks had reached alarming levels": a warning about a state of affairs, with no one warned
    and no coded act in it, threatens nobody (rule: threat-needs-target). A threat stays: the speaker's own act
    ("warned that we will not stay silent") or a party's act made conditional ("warned that X would retaliate if
    ..."). A warning whose content is read as a violent act ("warned that extremists were planning to kidnap
    officials", cameo refined from the content's verb) is no threat by the speaker unless the content's subject is
    the speaker's side (a pronoun: "warned that it would strike back")."""
    if cameo[:2] != "13" or trig.kind != "verb":
        return False
    refined = cameo != trig.cameo
    warned = [c for c in trig.clause.children if c.dep_ in {"dobj", "dative"}]
    if parts.recipients and (warned or "that-clause" not in parts.how):
        return False  # someone is warned ("warned the rebels that ..."); a party named inside the content is not
    comps = [c for c in trig.clause.children if c.dep_ == "ccomp"]
    if parts.recipients and any(a.dep_ == "aux" and a.lower_ in _WILL_AUX for c in comps for a in c.children):
        return False  # "warned that police will no longer tolerate rallies by X": an act declared against X
    if trig.head.lemma_.lower() not in _WARNING_VERBS:
        return False
    if not comps:
        return False
    for comp in comps:
        subs = [c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(s.lower_ in _SPEAKER_PRONOUNS or (refined and _own_side(s)) for s in subs):
            return False
        conditional = has_condition(comp)
        if conditional and any(s.pos_ == "PRON" or s.ent_type_ in _PARTY_ENTS for s in subs):
            return False
    return True


_SESSION_BODIES = word_set("events/session_bodies")


def body_session(trig: Trigger, parts: Participants) -> bool:
    """"Parliament will meet next week", "the cabinet convened to discuss the budget": one body sitting in
    session, with nobody met, is no consultation between parties."""
    if trig.plover.event_type != "CONSULT" or trig.kind != "verb" or parts.recipients or len(parts.actors) != 1:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in trig.clause.children):
        return False
    body = parts.actors[0]
    return body.tag_ in {"NN", "NNP"} and body.lemma_.lower() in _SESSION_BODIES and not body.conjuncts


PROTECTIVE_VERBS = word_set("events/protective_verbs")


def rallied_against(trig: Trigger, cameo: str) -> list[Token]:
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


def troop_movement(trig: Trigger, cameo: str) -> tuple[str, str]:
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


_DERIVE_WORDS = word_set("events/derive_words")
AGREEMENT_CODES = {"057"}  # sign formal agreement: itself an agreement, announced or done


_FEAR_NOUNS = word_set("events/fear_nouns")


def _feared(clause: Token) -> bool:
    """The clause says what is feared or thought possible ("amid fears that X may strike")."""
    return clause.dep_ == "acl" and clause.head.lemma_.lower() in _FEAR_NOUNS


def _another_subjects_wish(trig: Trigger, actors: list[ActorRef], cue: str | None, offset: int) -> bool:
    """"The US wants talks between A and B to resume": the governing verb's subject wants; the parties of what is
    wanted intend nothing (rule: no intent of theirs). "X wants to meet Y" is X's own intent."""
    if not (cue or "").startswith("gov:") or trig.clause.dep_ not in {"xcomp", "ccomp"}:
        return False
    gov = trig.clause.head
    subs = [c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subs) and not any(r.start <= offset + s.idx < r.end for s in subs for r in actors)


def derive(found: Found, cue: str | None, governed_by: Trigger | None, lex: Lexicon, offset: int) -> Found | None:
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
        if (ev.event_type == "AGREE" or ev.cameo in AGREEMENT_CODES) and cue in INTENT_CUES:
            return None  # "will sign an agreement": the planned act is the news; an intent to agree repeats it
        if (ev.event_type in COOPERATIVE and cue in INTENT_CUES) or (
                ev.event_type == "CONSULT" and cue in CONSULT_INTENT_CUES):
            if _another_subjects_wish(trig, ev.actor_refs, cue, offset):
                return None
            kind = "03"
        elif ev.event_type in CONFLICTIVE and cue in THREAT_CUES and (
                ev.event_type != "MOBILIZE" or (ev.recipient_refs and not _DESTINATION.search(ev.rule or ""))
        ) and not _feared(trig.clause):
            # "would deploy police along the border": a planned deployment with no one it is aimed at threatens
            # no one (rule: threat-needs-target), nor one sent to a place ("will send troops to the state of X":
            # a destination); "fears that X may strike": no one's threat
            kind = "13"
        elif cue in OBLIGATION_CUES:
            reporter = reporter_of(trig.clause)
            if reporter is not None:
                kind = "10"
                recipients = ev.actor_refs or ev.recipient_refs  # "X has to be arrested": a demand about X
                actors = [actor_ref(reporter, offset)]
    if kind is None and ev.status != "negated" and demanded_by_noun(trig.clause) is not None:
        reporter = demanded_by_noun(trig.clause)
        if reporter is not None:
            kind = "10"
            recipients = ev.actor_refs
            actors = [actor_ref(reporter, offset)]
    elif ev.status == "negated" and ev.event_type in COOPERATIVE | {"CONSULT", "AGREE"}:
        future_neg = any(a.lower_ in _DERIVE_WORDS for a in trig.clause.children if a.dep_ == "aux")
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


_CONSULT_MODE_EXTRA = word_set("events/consult_mode_extra")
_CONSULT_MODE_EXTRA_2 = word_set("events/consult_mode_extra_2")
_CONSULT_MODE_EXTRA_3 = word_set("events/consult_mode_extra_3")
_CONSULT_MODE_WORDS = word_set("events/consult_mode_words")


def consult_mode(trig: Trigger, parts: Participants, mode: str | None) -> str | None:
    words = {t.lemma_.lower() for t in trig.tokens} | {c.lemma_.lower() for c in trig.head.children}
    words |= {g.lemma_.lower() for c in trig.clause.children if c.dep_ in {"prep", "agent"} and c.lower_ in _CONSULT_MODE_WORDS
              for g in c.children}
    if words & _CONSULT_MODE_EXTRA:
        return "phone"
    if trig.cameo in {"042", "043"} or words & _CONSULT_MODE_EXTRA_2:
        return "visit"
    if words & _CONSULT_MODE_EXTRA_3 or len(parts.actors) + len(parts.recipients) > 2:
        return "multilateral"
    if trig.cameo == "044":
        return "third-party"
    return mode
