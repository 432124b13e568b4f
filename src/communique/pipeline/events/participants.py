"""Participants of an event: initiators and recipients of a trigger from the dependency parse.

``participants`` applies the direct rules (subject, passive agent, object, recipient prepositions, a noun's own
modifiers) and then, when no recipient was found, in order: ``_fallback_recipients``, ``wider_recipients`` and
PETRARCH's first-actor-in-the-object-phrase convention (``phrase_recipients.phrase_recipients``), each recording
its rule. The trigger's own coordinated verbs are events of their own and never lend it a recipient ("recalled
its ambassador and accused X": X is accused, not recalled from)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon.words import word_set
from .arguments import (
    QUANTITY_HEADS,
    is_actor_like,
    passive_subjects,
    resolve_relative,
    speaking_body,
    subjects_of,
    with_conjuncts,
)
from .direction import reoriented
from .location import HOSTING_VERBS, location_of
from .noun_phrases import actor_head, guest_after_and, result_objects
from .phrase_parts import (
    alert_phrase,
    in_talks_copula,
    is_named,
    is_party,
    owners_of,
    prep_objects,
    talk_topic,
)
from .recipients import demanded_target, phrase_recipients, restricted_place, talks_counterpart
from .triggers import Trigger
from .wider import OWN_FORCE_WORDS, TOPIC_PREPS, after_topic, own_stance, topic_partners, wider_recipients

SYMMETRIC_CONSULT = word_set("events/symmetric_consult")


MEDIUM_NOUNS = word_set("events/medium_nouns")


_MEDIUM_NOUNS_WORDS = word_set("events/medium_nouns_words")


def _medium_nouns(clause: Token) -> list[Token]:
    """"by telephone", "over the phone", "via video link": the means of a conversation, whose own "with"/"to"
    phrase names the other party."""
    return [g for c in clause.children if c.dep_ in {"prep", "agent"} and c.lower_ in _MEDIUM_NOUNS_WORDS
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in MEDIUM_NOUNS]


def _invitation_host(clause: Token) -> list[Token]:
    """"at the invitation of X": X hosts the visit."""
    for c in clause.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() == "invitation":
                    return [x for x, _ in prep_objects(g, {"of"}) if is_actor_like(x)]
    return []


@dataclass
class Participants:
    actors: list[Token]
    recipients: list[Token]
    how: list[str]


def participants(trig: Trigger) -> Participants:
    """Initiators and recipients of a trigger from its clause and, for nouns, the noun's own modifiers."""
    pt = Participants([], [], [])
    clause = trig.clause
    if trig.kind == "noun":
        _noun_modifiers(trig, pt)
    else:
        passive = _subject_side(trig, clause, pt)
        if passive and not pt.actors:
            _agentless_passive_actor(trig, clause, pt)
        _object_side(trig, clause, pt, passive)
    _noun_head_participants(trig, clause, pt)
    _special_recipients(trig, clause, pt)
    _fallback_chain(trig, clause, pt)
    if (trig.plover.event_type == "CONSULT" and trig.cameo in SYMMETRIC_CONSULT and not pt.recipients
            and len(pt.actors) > 1):
        pt.how.append("symmetric")
    turned = reoriented(trig, pt.actors, pt.recipients)
    if turned is not None:
        pt.actors, pt.recipients, why = turned
        pt.how.append(why)
    actors = [a for a in pt.actors if a not in pt.recipients]
    split = _split_sides(actors)
    if split != actors:
        actors = split
        pt.how.append("coordinated-sides")
    return Participants(actors, pt.recipients, pt.how)


_NOUN_MODIFIERS_ENTS = word_set("events/noun_modifiers_ents")
_TIME_POSSESSORS = word_set("events/time_possessors")  # "Monday's talks", "last week's meeting": a date


def _visit_destination(trig: Trigger, mod: Token) -> bool:
    """A place name modifying a visit noun whose visitor is named by a possessor ("Kiir's US visit", "the
    premier's Japan trip"): where the visit goes, not a second visitor."""
    return (trig.cameo == "042" and mod.dep_ == "compound" and mod.ent_type_ == "GPE"
            and any(c.dep_ == "poss" for c in trig.head.children))


def _noun_modifiers(trig: Trigger, pt: Participants) -> None:
    """A noun trigger's own actors: possessors and name modifiers, by- (and for talks of-) objects; an event noun
    reported by a verb ("talks took place") keeps only its modifiers."""
    if trig.kind == "noun" and trig.clause == trig.head:
        noun = trig.head
        for c in noun.children:
            if _visit_destination(trig, c):
                pt.recipients.append(c)
                pt.how.append("noun-destination")
            elif c.dep_ == "poss" and c.lemma_.lower() not in _TIME_POSSESSORS or (  # not "Monday's talks"
                    c.dep_ in {"compound", "amod"} and c.ent_type_ in _NOUN_MODIFIERS_ENTS):
                pt.actors.append(c)
                pt.how.append("noun-" + c.dep_)
        for x, p in prep_objects(noun, {"by", "of"}):
            if is_actor_like(x) and (p == "by" or trig.plover.event_type == "CONSULT"):
                pt.actors.append(x)
                pt.how.append("noun-" + p)
    elif trig.kind in {"noun"}:  # "talks took place", "Ruritanian riots ... continued": the noun's own modifiers
        noun = trig.head
        for c in noun.children:
            if _visit_destination(trig, c):
                pt.recipients.append(c)
                pt.how.append("noun-destination")
            elif (c.dep_ == "poss" and is_actor_like(c)) or (
                    c.dep_ in {"compound", "amod"} and c.ent_type_ in _NOUN_MODIFIERS_ENTS):
                pt.actors.append(c)
                pt.how.append("noun-" + c.dep_)
        if not pt.actors and trig.plover.event_type == "CONSULT":  # "a summit of X leaders opened"
            pt.actors += [x for x, _ in prep_objects(noun, {"of"}) if is_actor_like(x) and x.ent_type_ != "LOC"]
            if pt.actors:
                pt.how.append("noun-of")


_SUBJECT_SIDE_DEPS = word_set("events/subject_side_deps")


def _subject_side(trig: Trigger, clause: Token, pt: Participants) -> bool:
    """Actors from the clause's subjects (with the summoner, trailing-attribution, stand-down, authority and
    reduced-passive readings); whether the clause still reads as a passive."""
    passive = bool(passive_subjects(clause))
    subs, sub_how = subjects_of(clause)
    pt.actors = [s for s in subs if is_actor_like(s) or speaking_body(s)]
    if not pt.actors and trig.plover.event_type == "PROTEST":  # "thousands protested": a crowd acts
        pt.actors = [s for s in subs if s.lower_ in QUANTITY_HEADS and not list(s.children)]
        sub_how += "+crowd" if pt.actors else ""
    if not pt.actors and subs:  # "the first deployment of NATO troops arrived": the action noun's of-object
        pt.actors = [x for sub in subs for x, _ in prep_objects(sub, {"of"}) if is_actor_like(x)][:2]
        sub_how += "+of-object" if pt.actors else ""
    if pt.actors:
        pt.how.append(sub_how)
    gov = clause.head
    summoned = [o for o in gov.children if o.dep_ == "dobj" and is_actor_like(o)]
    if (gov.lemma_.lower() in SUMMON_VERBS and clause.dep_ in {"xcomp", "advcl"} and summoned
            and trig.plover.event_type != "CONSULT"):
        # "summoned X's ambassador to complain" (read as object control or as a purpose clause): the
        # summoner complains to the one summoned
        boss, boss_how = subjects_of(gov)
        boss = [b for b in boss if is_actor_like(b)]
        if boss:
            pt.recipients += [x for o in summoned for x in with_conjuncts(o)]
            pt.actors = boss
            pt.how[-1:] = ["summoner:" + boss_how]
    if sub_how == "trailing-attribution" and trig.plover.event_type in _STATEMENT_ABOUT:
        # "X are failing to uphold ..., a rights group protested": the complaint is about the content's subject
        about, _ = subjects_of(clause.sent.root)
        pt.recipients += [a for a in about if is_actor_like(a) and a.pos_ != "PRON" and a not in pt.actors]
        if pt.recipients:
            pt.how.append("attributed-content-subject")
    if sub_how == "stative-passive":  # "X is opposed to ...": the subject holds the attitude, not a target
        passive = False
    elif not pt.actors and sub_how == "passive-no-agent" and trig.cameo in STAND_DOWN_CODES:
        # "X's guerrillas have been demobilized": standing forces down is their own side's act (CAMEO 0873
        # demobilize, 0874 retreat or surrender militarily), so the passive subject is the actor
        subj = [x for c in clause.children if c.dep_ == "nsubjpass" for x in with_conjuncts(c)]
        pt.actors = [x for x in subj if is_actor_like(x)] or [
            g for x in subj for g, _ in prep_objects(x, {"of"}) if is_actor_like(g)]
        if pt.actors:
            pt.how.append("stand-down-subject")
            passive = False  # the subject is not the one acted on
    elif not pt.actors and sub_how == "passive-no-agent" and trig.plover.event_type in _AUTHORITY_TYPES:
        # "was arrested in X", "was put under investigation in X": the state where it happened acts
        pt.actors = [x for t in dict.fromkeys([clause, *trig.tokens]) for x, _ in prep_objects(t, {"in"})
                  if x.ent_type_ == "GPE" and x.lower_ not in _BELIEF_WORDS][:1]  # "was put under investigation
        # [in X]" too; "forbidden in Islam" names a faith, not a state
        if pt.actors:
            pt.how.append("passive-place-authority")
    if (pt.actors and trig.kind == "verb" and clause.dep_ == "acl" and clause.tag_ == "VBN"
            and trig.object_role == "recipient"
            and clause.head.pos_ in {"NOUN", "PROPN"} and is_actor_like(clause.head)
            and not any(c.dep_ in _SUBJECT_SIDE_DEPS for c in clause.children)
            and not sub_how.startswith(("acl-subject", "trailing-attribution"))):  # a finite verb misread
        pt.recipients += with_conjuncts(clause.head)  # "three firms [accused by X of ...]": a reduced passive
        # (only with its agent: "companies accused of helping X" names no accuser and is no new event)
        pt.how.append("reduced-passive-noun")
    return passive


# Fights whose other side made the arrest or the killing ("were arrested after a shootout with police")
FIGHT_NOUNS = word_set("events/fight_nouns")
# Event types an organisation reporting its own agentless passive act performed ("the bank said a loan was granted")
REPORTED_OWN_ACT_TYPES = word_set("events/reported_own_act_types")


def _agentless_passive_actor(trig: Trigger, clause: Token, pt: Participants) -> None:
    """The actor of a passive without a by-agent: the other side of the fight it followed ("were arrested after
    a shootout with police", "killed in an exchange of fire with troops"), or the organisation that reports it
    ("the bank said a loan had been granted")."""
    if trig.plover.event_type in {"COERCE", "ASSAULT"}:
        fights = [x for x, _ in prep_objects(clause, {"after", "in", "during", "following", "amid"})
                  if x.lemma_.lower() in FIGHT_NOUNS]
        fights += [g for f in list(fights) for g, _ in prep_objects(f, {"of"}) if g.lemma_.lower() in FIGHT_NOUNS]
        pt.actors += [x for f in fights for x, _ in prep_objects(f, {"with"}) if is_actor_like(x)][:2]
        if pt.actors:
            pt.how.append("fight-counterpart")
    elif trig.plover.event_type in REPORTED_OWN_ACT_TYPES and clause.dep_ == "ccomp" and \
            clause.head.lemma_.lower() in _SOURCE_VERBS and not any(c.dep_ == "agent" for c in clause.children):
        pt.actors += [x for x in subjects_of(clause.head)[0]
                      if x.ent_type_ == "ORG" and x.pos_ != "PRON"][:1]
        if pt.actors:
            pt.how.append("reporting-organisation")


_OBJECT_SIDE_WORDS = word_set("events/object_side_words")


def _object_side(trig: Trigger, clause: Token, pt: Participants, passive: bool) -> None:
    """Recipients from the clause's passive subject or objects, possessors of a topic object, datives and
    recipient prepositions (also on a medium noun: "spoke by telephone with X")."""
    if passive:
        pt.recipients += [h for c in passive_subjects(clause)  # "Bazoum, [who] remains
                       for s in with_conjuncts(resolve_relative(c))  # detained": the one the clause is about
                       if trig.kind == "verb" and (h := _target(s, trig)) is not None]
        if trig.kind in {"phrase", "light"}:  # "X was put under investigation": X, unless the subject is
            # the pattern's own noun ("sanctions were imposed on X")
            own = {t.i for t in trig.tokens}
            pt.recipients += [s for c in clause.children if c.dep_ == "nsubjpass" and c.i not in own
                           for s in with_conjuncts(c) if is_actor_like(s) and s.pos_ != "PRON"]
            if pt.recipients:
                pt.how.append("passive-subject")
    elif trig.object_role == "recipient":
        for c in clause.children:
            for o in result_objects(c) if c.dep_ == "prep" else [c] if c.dep_ in {"dobj", "dative"} else []:
                pt.recipients += [h for h in (_target(x, trig) for x in with_conjuncts(o)) if h is not None]
        if pt.recipients:
            pt.how.append("dobj")
    if trig.object_role != "recipient" and trig.kind == "verb" and not talk_topic(trig):  # "rejected
        # Kyiv's peace plan"; not "discussed Georgia's accession": what talks are about names no party to them
        for c in clause.children:
            if c.dep_ in {"dobj", "nsubjpass"}:
                pt.recipients += [p for p in c.children if p.dep_ == "poss" and is_actor_like(p)
                               and p.lower_ not in _OBJECT_SIDE_WORDS]
    for c in clause.children:
        if c.dep_ == "dative" and trig.object_role != "recipient":
            pt.recipients += [x for x in with_conjuncts(c) if is_actor_like(x)]
    for x, p in prep_objects(clause, _recipient_preps(trig)):
        if is_actor_like(x) and x not in pt.recipients and x.ent_type_ != "DATE" and not after_topic(x, trig.cameo):
            pt.recipients.append(x)
            pt.how.append(f"prep:{p}")
    for medium in _medium_nouns(clause):  # "spoke by telephone [with X]": the PP hangs on the medium noun
        for x, p in prep_objects(medium, _recipient_preps(trig)):
            if is_actor_like(x) and x not in pt.recipients and x.ent_type_ not in {"DATE"}:
                pt.recipients.append(x)
                pt.how.append(f"medium-prep:{p}")


def _noun_head_participants(trig: Trigger, clause: Token, pt: Participants) -> None:
    """Participants on the event noun of a phrase, light verb or noun trigger ("the shelling of X", "talks
    between X and Y"), and the subject of the verb a noun trigger hangs on ("arrived for talks with X")."""
    if trig.head != clause or trig.kind == "noun":
        if not pt.recipients and trig.kind != "noun" and trig.plover.event_type in TARGET_TYPES:
            # "tightened the blockade of X", "stepped up the shelling of X": the action noun's of-object
            pt.recipients += [x for x, _ in prep_objects(trig.head, {"of"}) if is_named(x) and is_party(x)]
            if pt.recipients:
                pt.how.append("noun-of-target")
        for x, p in prep_objects(trig.head, _recipient_preps(trig)):
            if is_actor_like(x) and x not in pt.recipients and not (p == "with" and _means(x)):
                pt.recipients.append(x)
                pt.how.append(f"noun-prep:{p}")
        if not pt.recipients and trig.plover.event_type == "CONSULT":  # "talks on military cooperation with X"
            topics = [x for x, _ in prep_objects(trig.head, TOPIC_PREPS)]
            pt.recipients += [x for t in topics for x in topic_partners(t) if is_actor_like(x)]
            if pt.recipients:
                pt.how.append("topic-with")
        between = [y for h in _between_holders(trig) for x, _ in prep_objects(h, {"between", "among"})
                   for y in (x, *guest_after_and(x)) if is_actor_like(y)]
        if between:
            if (trig.kind == "phrase" and trig.clause.lemma_.lower() == "host") or (_mediating(trig) and pt.actors):
                pt.recipients += between  # "hosted talks between X and Y", "a mediation effort between X and Y"
            else:
                pt.actors += [b for b in between if b not in pt.actors]
            pt.how.append("between")
    if trig.kind == "noun" and trig.clause.dep_ == "acl" and trig.clause.head.i == trig.head.i:
        agents = [x for x, _ in prep_objects(trig.clause, {"by"}) if is_actor_like(x)]  # "a deal signed by X"
        pt.actors += [x for a in agents for x in with_conjuncts(a) if x not in pt.actors]
        if agents:
            pt.how.append("noun-participle-agent")
    under = trig.head.head.head if trig.head.dep_ == "pobj" else trig.head.head if trig.head.dep_ == "dobj" and \
        trig.head.head.lemma_.lower() in _ADDRESSING_VERBS else None  # "told a joint news conference with X"
    in_talks = under is not None and in_talks_copula(under, trig.head)  # "X is in talks with Y"
    if trig.kind == "noun" and not pt.actors and under is not None and (under.pos_ == "VERB" or in_talks):
        subs, _ = subjects_of(under)  # "arrived in Cairo for talks with X"
        pt.actors = [x for x in subs if is_actor_like(x) and (not in_talks or is_party(x))]
        if pt.actors:
            pt.how.append("noun-under-verb")


_ADDRESSING_VERBS = word_set("events/addressing_verbs")


def _between_holders(trig: Trigger) -> list[Token]:
    """Where "between X and Y" names the parties: the event noun, and for a noun reported by an occurrence verb
    the verb and its object ("talks were taking place between X and Y")."""
    if trig.kind != "noun" or trig.clause == trig.head:
        return [trig.head]
    return [trig.head, trig.clause, *[c for c in trig.clause.children if c.dep_ == "dobj"]]


_SPECIAL_RECIPIENTS_WORDS = word_set("events/special_recipients_words")


def _special_recipients(trig: Trigger, clause: Token, pt: Participants) -> None:
    """Recipients particular to some events: the place visited, the sides mediated between, the host of an
    invitation, the target of a complaint to a forum, the aim of a protest at a place."""
    if trig.cameo == "042" and not pt.recipients:
        place = location_of(trig)
        if place is not None and place.ent_type_ == "GPE":
            pt.recipients.append(place)
            pt.how.append("visit-place")
    if _mediating(trig) and trig.kind != "noun" and not pt.recipients:  # "mediating between Israel and Hamas",
        # "launched a mediation effort on Saturday between X and Y"
        pt.recipients += [x for x, _ in prep_objects(clause, {"between", "among"}) if is_actor_like(x)]
        pt.actors = [a for a in pt.actors if a not in pt.recipients]
        if pt.recipients:
            pt.how.append("between")
    host = _invitation_host(clause)
    if host and trig.plover.event_type == "CONSULT":
        pt.recipients += [h for h in host if h not in pt.recipients]
        pt.how.append("invitation-of")
    if trig.kind == "verb" and trig.plover.event_type in {"ACCUSE", "PROTEST"} and pt.recipients and all(
            _forum(r) for r in pt.recipients):
        # "complained to the UN over Ruritanian raids": the forum hears the complaint; the raiders are its target
        target = [o for x, _ in prep_objects(clause, _SPECIAL_RECIPIENTS_WORDS) for o in owners_of(x)]
        if target:
            pt.recipients = target
            pt.how.append("forum-complaint")
    if trig.plover.event_type == "PROTEST" and pt.recipients and trig.kind != "noun" and all(
            _place_word(r) for r in pt.recipients):  # "blocked transport into X as they pressed to overthrow Y"
        aim, why = demanded_target(clause)
        if aim:
            pt.recipients, pt.how = aim, [*pt.how, why]


_FALLBACK_CHAIN_WORDS = word_set("events/fallback_chain_words")


def _fallback_chain(trig: Trigger, clause: Token, pt: Participants) -> None:
    """With no recipient yet, the wider rules in order (see the module docstring)."""
    if not pt.recipients and trig.kind in _FALLBACK_CHAIN_WORDS and not alert_phrase(trig.rule):
        # (security tightened "at the airport", "around the embassy" is aimed at no one)
        found, why = restricted_place(trig, clause)
        if not found and trig.plover.event_type == "PROTEST":
            found, why = demanded_target(clause)
        if not found and trig.plover.event_type in _YIELDING_TYPES:
            found, why = talks_counterpart(clause)
        if not found:
            found, why = _fallback_recipients(trig, clause)
        if not found:
            found, why = wider_recipients(trig, clause)
        if not found:
            found, why = phrase_recipients(trig, clause, pt.actors)
        pt.recipients += [x for x in found if x not in pt.actors]
        if pt.recipients:
            pt.how.append(why)


# Events that yield to the other side of talks ("called off the strike after talks with X").
_YIELDING_TYPES = word_set("events/yielding_types")


_PLACE_WORD_ENTS = word_set("events/place_word_ents")
_PLACE_WORD_WORDS = word_set("events/place_word_words")


def _place_word(tok: Token) -> bool:
    """A place named as where or into which something is done ("blocked roads into X", "marched in X")."""
    return tok.ent_type_ in _PLACE_WORD_ENTS and tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_WORD_WORDS


# Bodies complaints are brought before ("complained to the Security Council"), not their targets.
FORUM_WORDS = word_set("events/forum_words")


def _forum(tok: Token) -> bool:
    return tok.lower_ in FORUM_WORDS and tok.ent_type_ == "ORG"


def _split_sides(actors: list[Token]) -> list[Token]:
    """"The Turkish and Greek sides", "Israeli and Palestinian leaders", "the delegations of X and Y": an unnamed
    head with coordinated nationality modifiers or of-objects names one party per modifier or object."""
    out: list[Token] = []
    for a in actors:
        mods = [c for c in a.children if c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"}
                and any(g.dep_ == "conj" for g in c.children)]
        mods = mods or [x for x, _ in prep_objects(a, {"of"}) if a.tag_ == "NNS" and x.ent_type_ == "GPE" and x.conjuncts]
        if a.ent_type_ or not mods:
            out.append(a)
            continue
        out += [m for m in [mods[0], *mods[0].conjuncts] if m.ent_type_ in {"NORP", "GPE"} and m not in out]
    return out


# Statements about a party: an attribution's content names whom they are about.
_STATEMENT_ABOUT = word_set("events/statement_about")
# CAMEO codes for standing one's own forces down: an agentless passive's subject is the actor.
STAND_DOWN_CODES = word_set("events/stand_down_codes")
# Agentless passive acts of state authority: the state where they happened is the initiator.
_AUTHORITY_TYPES = word_set("events/authority_types")
_BELIEF_WORDS = word_set("events/belief_words")  # faiths the tagger may take for places
_SOURCE_VERBS = word_set("events/source_verbs")
REFUGE_WORDS = word_set("events/refuge_words")
# Verbs whose object is called in to be addressed ("summoned the ambassador to protest").
SUMMON_VERBS = word_set("events/summon_verbs")
# Nouns naming a demand whose that-clause says of whom ("its demand that X withdraw").
DEMAND_NOUNS = word_set("events/demand_nouns")
# Nouns naming an accusation whose that-clause says whom it accuses ("its charges that X ...").
ACCUSATION_NOUNS = word_set("events/accusation_nouns")
MEDIATION_WORDS = word_set("events/mediation_words")


def _accused_in_charge(objs: list[Token]) -> list[Token]:
    """Whom an accusation noun's that-clause names ("renewed its charges [that X had sent troops]")."""
    return [x for o in objs if o.lemma_.lower() in ACCUSATION_NOUNS for x in _that_clause_subjects(o)]


def _that_clause_subjects(noun: Token) -> list[Token]:
    """The named subjects of a noun's that-clause ("charges [that X had sent troops]")."""
    return [x for c in noun.children if c.dep_ in {"acl", "ccomp"} and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} for x in with_conjuncts(s)
            if is_actor_like(x) and x.pos_ != "PRON"]


def _mediating(trig: Trigger) -> bool:
    """A mediation (CAMEO 045/039, or a trigger naming one): the parties mediated between are its recipients."""
    return trig.cameo[:3] in {"045", "039"} or any(t.lemma_.lower() in MEDIATION_WORDS for t in trig.tokens)


# "with X's help": the means an action uses, not a party to it.
MEANS_NOUNS = word_set("events/means_nouns")


def _means(tok: Token) -> bool:
    return tok.lemma_.lower() in MEANS_NOUNS and tok.ent_type_ == ""


TARGET_TYPES = word_set("events/target_types")
_PLACE_TARGET_TYPES = word_set("events/place_target_types")
_OWNER_ENTS = word_set("events/owner_ents")


_FALLBACK_RECIPIENTS_LABELS = word_set("events/fallback_recipients_labels")
_FALLBACK_RECIPIENTS_WORDS = word_set("events/fallback_recipients_words")
_FALLBACK_RECIPIENTS_WORDS_2 = word_set("events/fallback_recipients_words_2")
_FALLBACK_RECIPIENTS_DEPS = word_set("events/fallback_recipients_deps")
_FALLBACK_RECIPIENTS_WORDS_3 = word_set("events/fallback_recipients_words_3")


def _fallback_recipients(trig: Trigger, clause: Token) -> tuple[list[Token], str]:
    """Recipients the direct rules miss, in order of reliability (the first rule that finds one wins).

    - "demanded that X abandon ...", "insisted on its demand that X ...": the subject of the clause complement of
      an appeal, or of a demand noun's that-clause (REQUEST).
    - "renewed its charges that X ...": whom an accusation's that-clause names (ACCUSE).
    - "boycott contact with the US", "suspension of air links with Serbia": with/to-objects of the object noun;
      "rejected a US offer", "demanded a U.N. presence": the owner named in the object's modifiers.
    - "threatened to launch an offensive against Iraq", "willing to withdraw from Lebanon": the complement
      verb's object or with/against/on/from/to-objects.
    - "imposed a curfew in Cizre", "on alert in the West Bank": the place, for coercion, mobilisation, attacks.
    """
    etype = trig.plover.event_type
    objs = [c for c in clause.children if c.dep_ in {"dobj", "attr"}]
    if trig.kind == "phrase":  # "hosted X for a meeting": an actor object outside the phrase is the recipient
        own = {t.i for t in trig.tokens}
        direct = [h for o in objs if o.dep_ == "dobj" and o.i not in own for h in [actor_head(o)] if h is not None]
        if direct:
            return direct, "phrase-object"
    if etype == "REQUEST" and any(o.lemma_.lower() in REFUGE_WORDS for o in objs):
        # "sought asylum in X": the country where refuge is sought is asked for it
        hosts = [x for x, _ in prep_objects(clause, {"in"}) if x.ent_type_ == "GPE"]
        hosts += [x for o in objs for x, _ in prep_objects(o, {"in"}) if x.ent_type_ == "GPE"]
        if hosts:
            return hosts[:1], "refuge-host"
    if etype == "REQUEST":
        for c in clause.children:
            if c.dep_ == "ccomp" and not (c.lemma_.lower() in _SOURCE_VERBS and c.i > clause.i and not any(
                    m.dep_ == "mark" for m in c.children)):  # "..., diplomats quoted X as saying": the source
                subs = [x for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} for x in with_conjuncts(s)]
                subs = [x for x in subs if is_actor_like(x)]
                if subs:
                    return subs, "ccomp-subject"
        # "insisted on its demands that X grant ...", "repeated its call that X withdraw": the demand's content
        nouns = [c for c in clause.children if c.dep_ == "dobj"] + [x for x, _ in prep_objects(clause, {"on", "in"})]
        subs = [x for n in nouns if n.lemma_.lower() in DEMAND_NOUNS for x in _that_clause_subjects(n)]
        if subs:
            return subs, "demand-clause-subject"
    if etype == "ACCUSE" and (accused := _accused_in_charge(objs)):
        return accused, "charge-clause-subject"
    for o in objs:
        for noun in [o, *[g for x, _ in prep_objects(o, {"of"}) for g in [x]]]:
            found = [x for x, _ in prep_objects(noun, _FALLBACK_RECIPIENTS_WORDS) if is_actor_like(x)]
            if found:
                return found, "object-prep"
    if etype in _FALLBACK_RECIPIENTS_LABELS:  # "demanded a UN presence": the UN
        for o in (o for o in objs if not own_stance(o)):  # a stated stance's owner: last resort (wider.py)
            owners = [c for c in o.children if c.dep_ in _FALLBACK_RECIPIENTS_DEPS
                      and c.ent_type_ in _OWNER_ENTS]
            if owners:
                return owners, "object-owner"
    for c in clause.children:
        if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} or (c.dep_ == "acomp" and any(
                g.dep_ == "xcomp" for g in c.children)):
            verb = c if c.dep_ == "xcomp" else next(g for g in c.children if g.dep_ == "xcomp")
            for o in verb.children:  # not the actor's own means ("refused to commit any troops")
                if o.dep_ == "dobj" and (h := actor_head(o)) is not None and not (
                        h is o and o.lemma_.lower() in OWN_FORCE_WORDS and not owners_of(o)):
                    return [h], "complement-object"
            found = [x for x, _ in prep_objects(verb, _FALLBACK_RECIPIENTS_WORDS_2)
                     if is_actor_like(x)]
            if not found:
                for o in verb.children:
                    if o.dep_ == "dobj":
                        found = [x for x, _ in prep_objects(o, _FALLBACK_RECIPIENTS_WORDS_3) if is_actor_like(x)]
                        if found:
                            break
            if found:
                return found, "complement-prep"
    if etype in _PLACE_TARGET_TYPES:
        places = [x for x, _ in prep_objects(clause, {"in"}) if x.ent_type_ in {"GPE", "LOC"}]
        for o in objs:
            places += [x for x, _ in prep_objects(o, {"in"}) if x.ent_type_ in {"GPE", "LOC"}]
            for x, _ in prep_objects(o, {"in"}):
                places += [g for g, _ in prep_objects(x, {"of"}) if g.ent_type_ in {"GPE", "LOC"}]
        if places:
            return sorted(places, key=lambda t: t.i)[:1], "place-target"  # "in the town of X in Y": X
    return [], ""


_TARGET_ENTS = word_set("events/target_ents")
_TARGET_WORDS = word_set("events/target_words")


def _target(tok: Token, trig: Trigger) -> Token | None:
    """The recipient a phrase names; attacks, seizures and threats can also target things ("the convoy").

    An action noun as object names its target in a prepositional phrase: "threatened retaliation against
    European companies", "imposed sanctions on Russia" -> the companies, Russia.
    """
    head = actor_head(tok)
    if head is None and tok.pos_ == "NOUN" and trig.plover.event_type in TARGET_TYPES:
        aimed = [x for x, _ in prep_objects(tok, _TARGET_WORDS) if is_actor_like(x)]
        if aimed:
            return aimed[0]
    if head is None and trig.plover.event_type in TARGET_TYPES and tok.pos_ in {"NOUN", "PROPN"} and (
        tok.ent_type_ not in _TARGET_ENTS
    ):
        if tok.dep_ == "dobj" and prep_objects(tok.head, {"at", "upon"}):  # "fired four shells at X": the means
            return None
        # a thing that belongs to or serves a party: "a camp for Congolese refugees", "the offices of X"
        owners = [x for x, _ in prep_objects(tok, {"for", "of"}) if is_actor_like(x) and x.pos_ != "PRON"]
        return owners[0] if owners else tok
    return head


_RECIPIENT_PREPS_WORDS = word_set("events/recipient_preps_words")
_RECIPIENT_PREPS_TYPES = word_set("events/recipient_preps_types")
_RECIPIENT_PREPS_WORDS_2 = word_set("events/recipient_preps_words_2")


def _recipient_preps(trig: Trigger) -> frozenset[str]:
    """Prepositions whose objects are recipients: "met with X", "visit to X", "attack on X", "called on X"."""
    preps = _RECIPIENT_PREPS_WORDS
    if trig.plover.event_type in _RECIPIENT_PREPS_TYPES and not alert_phrase(trig.rule):
        preps |= _RECIPIENT_PREPS_WORDS_2  # not "tightened security [at the airport]": a place
    if trig.head.lemma_.lower() in HOSTING_VERBS and any(c.dep_ == "dobj" for c in trig.clause.children):
        preps -= {"to"}  # "welcomed X [to the White House]": the guest is the object, "to" names the place
    return preps
