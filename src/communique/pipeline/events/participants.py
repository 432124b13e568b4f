"""Participants of an event: initiators and recipients of a trigger from the dependency parse.

``participants`` applies the direct rules (subject, passive agent, object, recipient prepositions, a noun's own
modifiers) and then, when no recipient was found, in order: ``_fallback_recipients``, ``wider_recipients`` and
PETRARCH's first-actor-in-the-object-phrase convention (``phrase_recipients.phrase_recipients``), each recording
its rule. The trigger's own coordinated verbs are events of their own and never lend it a recipient ("recalled
its ambassador and accused X": X is accused, not recalled from).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .arguments import ACTOR_NOUNS, actor_head, is_actor_like, resolve_relative, subjects_of, with_conjuncts
from .recipients import demanded_target, phrase_recipients, restricted_place, talks_counterpart
from .triggers import Trigger

SYMMETRIC_CONSULT = {"040", "044", "046"}


def _prep_objects(tok: Token, preps: set[str]) -> list[tuple[Token, str]]:
    """Objects of the token's prepositions named in ``preps``; also of a "to" parsed as dative ("providing
    intelligence [to Macedonia]") and of a preposition whose object the parser hung as the subject of a
    following participle ("granted asylum to [five officers] holed up in ...")."""
    out = []
    for c in tok.children:
        if c.dep_ in {"prep", "agent"} or (c.dep_ == "dative" and c.pos_ == "ADP"):
            if c.lower_ not in preps:
                continue
            objs = [g for g in c.children if g.dep_ == "pobj"] or _stranded_object(c)
            for g in objs:
                out += [(x, c.lower_) for x in with_conjuncts(g)]
    return out


MEDIUM_NOUNS = {"phone", "telephone", "video", "videoconference", "videolink", "video-link", "call"}


def _medium_nouns(clause: Token) -> list[Token]:
    """"by telephone", "over the phone", "via video link": the means of a conversation, whose own "with"/"to"
    phrase names the other party."""
    return [g for c in clause.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "over", "via"}
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in MEDIUM_NOUNS]


def _stranded_object(prep: Token) -> list[Token]:
    """"to five officers holed up in ...": the parser made the object the subject of a participle clause."""
    if any(True for _ in prep.children):
        return []
    for v in prep.head.children:
        if v.dep_ in {"advcl", "acl", "relcl", "ccomp"} and v.tag_ in {"VBN", "VBG", "VBD"} and v.i > prep.i:
            for s in v.children:
                if s.dep_ in {"nsubj", "nsubjpass"} and s.left_edge.i == prep.i + 1:
                    return [s]
    return []


def _invitation_host(clause: Token) -> list[Token]:
    """"at the invitation of X": X hosts the visit."""
    for c in clause.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() == "invitation":
                    return [x for x, _ in _prep_objects(g, {"of"}) if is_actor_like(x)]
    return []


@dataclass
class Participants:
    actors: list[Token]
    recipients: list[Token]
    how: list[str]


def participants(trig: Trigger) -> Participants:
    """Initiators and recipients of a trigger from its clause and, for nouns, the noun's own modifiers."""
    how: list[str] = []
    actors: list[Token] = []
    recipients: list[Token] = []
    clause = trig.clause
    passive = any(c.dep_ == "nsubjpass" for c in clause.children)
    if trig.kind == "noun" and trig.clause == trig.head:
        noun = trig.head
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in {"compound", "amod"} and c.ent_type_ in {"GPE", "NORP", "ORG",
                                                                                      "PERSON"}):
                actors.append(c)
                how.append("noun-" + c.dep_)
        for x, p in _prep_objects(noun, {"by", "of"}):
            if is_actor_like(x) and (p == "by" or trig.plover.event_type == "CONSULT"):
                actors.append(x)
                how.append("noun-" + p)
    elif trig.kind in {"noun"}:  # "talks took place", "Ruritanian riots ... continued": the noun's own modifiers
        noun = trig.head
        for c in noun.children:
            if (c.dep_ == "poss" and is_actor_like(c)) or (
                    c.dep_ in {"compound", "amod"} and c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}):
                actors.append(c)
                how.append("noun-" + c.dep_)
    else:
        subs, sub_how = subjects_of(clause)
        actors = [s for s in subs if is_actor_like(s)]
        if not actors and subs:  # "the first deployment of NATO troops arrived": the action noun's of-object
            actors = [x for sub in subs for x, _ in _prep_objects(sub, {"of"}) if is_actor_like(x)][:2]
            sub_how += "+of-object" if actors else ""
        if actors:
            how.append(sub_how)
        gov = clause.head
        summoned = [o for o in gov.children if o.dep_ == "dobj" and is_actor_like(o)]
        if (gov.lemma_.lower() in SUMMON_VERBS and clause.dep_ in {"xcomp", "advcl"} and summoned
                and trig.plover.event_type != "CONSULT"):
            # "summoned X's ambassador to complain" (read as object control or as a purpose clause): the
            # summoner complains to the one summoned
            boss, boss_how = subjects_of(gov)
            boss = [b for b in boss if is_actor_like(b)]
            if boss:
                recipients += [x for o in summoned for x in with_conjuncts(o)]
                actors = boss
                how[-1:] = ["summoner:" + boss_how]
        if sub_how == "trailing-attribution" and trig.plover.event_type in _STATEMENT_ABOUT:
            # "X are failing to uphold ..., a rights group protested": the complaint is about the content's subject
            about, _ = subjects_of(clause.sent.root)
            recipients += [a for a in about if is_actor_like(a) and a.pos_ != "PRON" and a not in actors]
            if recipients:
                how.append("attributed-content-subject")
        if sub_how == "stative-passive":  # "X is opposed to ...": the subject holds the attitude, not a target
            passive = False
        elif not actors and sub_how == "passive-no-agent" and trig.cameo in STAND_DOWN_CODES:
            # "X's guerrillas have been demobilized": standing forces down is their own side's act (CAMEO 0873
            # demobilize, 0874 retreat or surrender militarily), so the passive subject is the actor
            subj = [x for c in clause.children if c.dep_ == "nsubjpass" for x in with_conjuncts(c)]
            actors = [x for x in subj if is_actor_like(x)] or [
                g for x in subj for g, _ in _prep_objects(x, {"of"}) if is_actor_like(g)]
            if actors:
                how.append("stand-down-subject")
                passive = False  # the subject is not the one acted on
        elif not actors and sub_how == "passive-no-agent" and trig.plover.event_type in _AUTHORITY_TYPES:
            # "was arrested in X", "was put under investigation in X": the state where it happened acts
            actors = [x for t in dict.fromkeys([clause, *trig.tokens]) for x, _ in _prep_objects(t, {"in"})
                      if x.ent_type_ == "GPE"][:1]  # "was put under investigation [in X]" too
            if actors:
                how.append("passive-place-authority")
        if (actors and trig.kind == "verb" and clause.dep_ == "acl" and clause.tag_ == "VBN"
                and trig.object_role == "recipient"
                and clause.head.pos_ in {"NOUN", "PROPN"} and is_actor_like(clause.head)
                and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in clause.children)
                and not sub_how.startswith(("acl-subject", "trailing-attribution"))):  # a finite verb misread
            recipients += with_conjuncts(clause.head)  # "three firms [accused by X of ...]": a reduced passive
            # (only with its agent: "companies accused of helping X" names no accuser and is no new event)
            how.append("reduced-passive-noun")
        if passive:
            recipients += [h for c in clause.children if c.dep_ == "nsubjpass"  # "Bazoum, [who] remains
                           for s in with_conjuncts(resolve_relative(c))  # detained": the one the clause is about
                           if trig.kind == "verb" and (h := _target(s, trig)) is not None]
            if trig.kind in {"phrase", "light"}:  # "X was put under investigation": X, unless the subject is
                # the pattern's own noun ("sanctions were imposed on X")
                own = {t.i for t in trig.tokens}
                recipients += [s for c in clause.children if c.dep_ == "nsubjpass" and c.i not in own
                               for s in with_conjuncts(c) if is_actor_like(s) and s.pos_ != "PRON"]
                if recipients:
                    how.append("passive-subject")
        elif trig.object_role == "recipient":
            for c in clause.children:
                if c.dep_ in {"dobj", "dative"}:
                    recipients += [h for h in (_target(x, trig) for x in with_conjuncts(c)) if h is not None]
            if recipients:
                how.append("dobj")
        if trig.object_role != "recipient" and trig.kind == "verb" and not _talk_topic(trig):  # "rejected
            # Kyiv's peace plan"; not "discussed Georgia's accession": what talks are about names no party to them
            for c in clause.children:
                if c.dep_ in {"dobj", "nsubjpass"}:
                    recipients += [p for p in c.children if p.dep_ == "poss" and is_actor_like(p)
                                   and p.lower_ not in {"its", "their", "his", "her", "our", "my", "your"}]
        for c in clause.children:
            if c.dep_ == "dative" and trig.object_role != "recipient":
                recipients += [x for x in with_conjuncts(c) if is_actor_like(x)]
        for x, p in _prep_objects(clause, _recipient_preps(trig)):
            if is_actor_like(x) and x not in recipients and x.ent_type_ not in {"DATE"}:
                recipients.append(x)
                how.append(f"prep:{p}")
        for medium in _medium_nouns(clause):  # "spoke by telephone [with X]": the PP hangs on the medium noun
            for x, p in _prep_objects(medium, _recipient_preps(trig)):
                if is_actor_like(x) and x not in recipients and x.ent_type_ not in {"DATE"}:
                    recipients.append(x)
                    how.append(f"medium-prep:{p}")
    if trig.head != clause or trig.kind == "noun":
        if not recipients and trig.kind != "noun" and trig.plover.event_type in TARGET_TYPES:
            # "tightened the blockade of X", "stepped up the shelling of X": the action noun's of-object
            recipients += [x for x, _ in _prep_objects(trig.head, {"of"}) if _named(x) and _party(x)]
            if recipients:
                how.append("noun-of-target")
        for x, p in _prep_objects(trig.head, _recipient_preps(trig)):
            if is_actor_like(x) and x not in recipients and not (p == "with" and _means(x)):
                recipients.append(x)
                how.append(f"noun-prep:{p}")
        between = [x for x, _ in _prep_objects(trig.head, {"between", "among"}) if is_actor_like(x)]
        if between:
            if (trig.kind == "phrase" and trig.clause.lemma_.lower() == "host") or (_mediating(trig) and actors):
                recipients += between  # "hosted talks between X and Y", "a mediation effort between X and Y"
            else:
                actors += [b for b in between if b not in actors]
            how.append("between")
    if trig.kind == "noun" and not actors and trig.head.dep_ == "pobj" and trig.head.head.head.pos_ == "VERB":
        subs, _ = subjects_of(trig.head.head.head)  # "arrived in Cairo for talks with X"
        actors = [x for x in subs if is_actor_like(x)]
        if actors:
            how.append("noun-under-verb")
    if trig.cameo == "042" and not recipients:
        place = location_of(trig)
        if place is not None and place.ent_type_ == "GPE":
            recipients.append(place)
            how.append("visit-place")
    if _mediating(trig) and trig.kind != "noun" and not recipients:  # "mediating between Israel and Hamas",
        # "launched a mediation effort on Saturday between X and Y"
        recipients += [x for x, _ in _prep_objects(clause, {"between", "among"}) if is_actor_like(x)]
        actors = [a for a in actors if a not in recipients]
        if recipients:
            how.append("between")
    host = _invitation_host(clause)
    if host and trig.plover.event_type == "CONSULT":
        recipients += [h for h in host if h not in recipients]
        how.append("invitation-of")
    if trig.kind == "verb" and trig.plover.event_type in {"ACCUSE", "PROTEST"} and recipients and all(
            _forum(r) for r in recipients):
        # "complained to the UN over Ruritanian raids": the forum hears the complaint; the raiders are its target
        target = [o for x, _ in _prep_objects(clause, {"over", "about", "against"}) for o in _owners(x)]
        if target:
            recipients = target
            how.append("forum-complaint")
    if trig.plover.event_type == "PROTEST" and recipients and trig.kind != "noun" and all(
            _place_word(r) for r in recipients):  # "blocked transport into X as they pressed to overthrow Y"
        aim, why = demanded_target(clause)
        if aim:
            recipients, how = aim, [*how, why]
    if not recipients and trig.kind in {"verb", "phrase", "light"}:
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
            found, why = phrase_recipients(trig, clause, actors)
        recipients += [x for x in found if x not in actors]
        if recipients:
            how.append(why)
    if trig.plover.event_type == "CONSULT" and trig.cameo in SYMMETRIC_CONSULT and not recipients and len(actors) > 1:
        how.append("symmetric")
    actors = [a for a in actors if a not in recipients]
    split = _split_sides(actors)
    if split != actors:
        actors = split
        how.append("coordinated-sides")
    return Participants(actors, recipients, how)


# Events that yield to the other side of talks ("called off the strike after talks with X").
_YIELDING_TYPES = {"CONCEDE", "RETREAT", "AGREE"}


def _place_word(tok: Token) -> bool:
    """A place named as where or into which something is done ("blocked roads into X", "marched in X")."""
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} and tok.dep_ == "pobj" and tok.head.lower_ in {
        "in", "into", "at", "to", "on", "through"}


# Bodies complaints are brought before ("complained to the Security Council"), not their targets.
FORUM_WORDS = {"nations", "council", "court", "tribunal", "commission", "assembly", "un", "u.n.", "ombudsman"}


def _forum(tok: Token) -> bool:
    return tok.lower_ in FORUM_WORDS and tok.ent_type_ == "ORG"


def _split_sides(actors: list[Token]) -> list[Token]:
    """"The Turkish and Greek sides", "Israeli and Palestinian leaders": an unnamed head with coordinated
    nationality modifiers names one party per modifier."""
    out: list[Token] = []
    for a in actors:
        mods = [c for c in a.children if c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"}
                and any(g.dep_ == "conj" for g in c.children)]
        if a.ent_type_ or not mods:
            out.append(a)
            continue
        out += [m for m in [mods[0], *mods[0].conjuncts] if m.ent_type_ in {"NORP", "GPE"} and m not in out]
    return out


# Statements about a party: an attribution's content names whom they are about.
_STATEMENT_ABOUT = {"ACCUSE", "PROTEST", "REJECT", "REQUEST", "THREATEN", "SUPPORT"}
# CAMEO codes for standing one's own forces down: an agentless passive's subject is the actor.
STAND_DOWN_CODES = {"0873", "0874"}
# Agentless passive acts of state authority: the state where they happened is the initiator.
_AUTHORITY_TYPES = {"COERCE", "ACCUSE", "SANCTION"}
_SOURCE_VERBS = {"say", "quote", "report", "tell", "add", "confirm", "state", "announce", "claim", "write"}
# Action nouns whose from-object is the place left, not a party ("the withdrawal of X from Y").
MOVE_NOUNS = {"withdrawal", "pullout", "pull-out", "departure", "retreat", "evacuation", "removal", "exit"}
REFUGE_WORDS = {"refuge", "asylum", "shelter", "sanctuary"}
# Verbs whose object is called in to be addressed ("summoned the ambassador to protest").
SUMMON_VERBS = {"summon", "convoke"}
# Nouns naming a demand whose that-clause says of whom ("its demand that X withdraw").
DEMAND_NOUNS = {"demand", "call", "appeal", "request", "ultimatum", "plea", "insistence", "proposal", "condition"}
MEDIATION_WORDS = {"mediation", "mediate", "mediator", "intermediary", "go-between"}


def _talk_topic(trig: Trigger) -> bool:
    """A talk verb whose object is what the talks are about ("discussed X's accession", "negotiated X's
    release"): the object and its owner are a topic, never a recipient."""
    return trig.plover.event_type == "CONSULT" and trig.object_role == "topic"


def _mediating(trig: Trigger) -> bool:
    """A mediation (CAMEO 045/039, or a trigger naming one): the parties mediated between are its recipients."""
    return trig.cameo[:3] in {"045", "039"} or any(t.lemma_.lower() in MEDIATION_WORDS for t in trig.tokens)


# "with X's help": the means an action uses, not a party to it.
MEANS_NOUNS = {"help", "support", "assistance", "aid", "backing", "cooperation", "consent", "approval",
               "permission", "participation", "mediation"}


def _means(tok: Token) -> bool:
    return tok.lemma_.lower() in MEANS_NOUNS and tok.ent_type_ == ""


TARGET_TYPES = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}
_PLACE_TARGET_TYPES = {"COERCE", "MOBILIZE", "ASSAULT", "THREATEN"}
_OWNER_ENTS = {"GPE", "NORP", "ORG"}


def _fallback_recipients(trig: Trigger, clause: Token) -> tuple[list[Token], str]:
    """Recipients the direct rules miss, in order of reliability (the first rule that finds one wins).

    - "demanded that X abandon ...", "insisted on its demand that X ...": the subject of the clause complement of
      an appeal, or of a demand noun's that-clause (REQUEST).
    - "boycott contact with the US", "suspension of air links with Serbia": with/to-objects of the object noun.
    - "rejected a US offer", "demanded a U.N. presence": the owner named in the object's modifiers.
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
        hosts = [x for x, _ in _prep_objects(clause, {"in"}) if x.ent_type_ == "GPE"]
        hosts += [x for o in objs for x, _ in _prep_objects(o, {"in"}) if x.ent_type_ == "GPE"]
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
        nouns = [c for c in clause.children if c.dep_ == "dobj"] + [x for x, _ in _prep_objects(clause, {"on", "in"})]
        for noun in [n for n in nouns if n.lemma_.lower() in DEMAND_NOUNS]:
            for c in noun.children:
                if c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    subs = [x for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} for x in with_conjuncts(s)
                            if is_actor_like(x) and x.pos_ != "PRON"]
                    if subs:
                        return subs, "demand-clause-subject"
    for o in objs:
        for noun in [o, *[g for x, _ in _prep_objects(o, {"of"}) for g in [x]]]:
            found = [x for x, _ in _prep_objects(noun, {"with", "to", "toward", "towards"}) if is_actor_like(x)]
            if found:
                return found, "object-prep"
    if etype in {"REJECT", "AGREE", "SUPPORT", "ACCUSE", "REQUEST"}:  # "demanded a UN presence": the UN
        for o in objs:
            owners = [c for c in o.children if c.dep_ in {"compound", "amod", "poss", "nmod"}
                      and c.ent_type_ in _OWNER_ENTS]
            if owners:
                return owners, "object-owner"
    for c in clause.children:
        if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} or (c.dep_ == "acomp" and any(
                g.dep_ == "xcomp" for g in c.children)):
            verb = c if c.dep_ == "xcomp" else next(g for g in c.children if g.dep_ == "xcomp")
            for o in verb.children:  # not the actor's own means ("refused to commit any troops")
                if o.dep_ == "dobj" and (h := actor_head(o)) is not None and not (
                        h is o and o.lemma_.lower() in OWN_FORCE_WORDS and not _owners(o)):
                    return [h], "complement-object"
            found = [x for x, _ in _prep_objects(verb, {"with", "against", "on", "from", "to", "into"})
                     if is_actor_like(x)]
            if not found:
                for o in verb.children:
                    if o.dep_ == "dobj":
                        found = [x for x, _ in _prep_objects(o, {"against", "on", "with", "to"}) if is_actor_like(x)]
                        if found:
                            break
            if found:
                return found, "complement-prep"
    if etype in _PLACE_TARGET_TYPES:
        places = [x for x, _ in _prep_objects(clause, {"in"}) if x.ent_type_ in {"GPE", "LOC"}]
        for o in objs:
            places += [x for x, _ in _prep_objects(o, {"in"}) if x.ent_type_ in {"GPE", "LOC"}]
            for x, _ in _prep_objects(o, {"in"}):
                places += [g for g, _ in _prep_objects(x, {"of"}) if g.ent_type_ in {"GPE", "LOC"}]
        if places:
            return sorted(places, key=lambda t: t.i)[:1], "place-target"  # "in the town of X in Y": X
    return [], ""


def _target(tok: Token, trig: Trigger) -> Token | None:
    """The recipient a phrase names; attacks, seizures and threats can also target things ("the convoy").

    An action noun as object names its target in a prepositional phrase: "threatened retaliation against
    European companies", "imposed sanctions on Russia" -> the companies, Russia.
    """
    head = actor_head(tok)
    if head is None and tok.pos_ == "NOUN" and trig.plover.event_type in TARGET_TYPES:
        aimed = [x for x, _ in _prep_objects(tok, {"against", "on", "upon", "toward", "towards"}) if is_actor_like(x)]
        if aimed:
            return aimed[0]
    if head is None and trig.plover.event_type in TARGET_TYPES and tok.pos_ in {"NOUN", "PROPN"} and (
        tok.ent_type_ not in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
    ):
        if tok.dep_ == "dobj" and _aimed_at(tok.head):  # "fired four shells at X": the shells are the means
            return None
        # a thing that belongs to or serves a party: "a camp for Congolese refugees", "the offices of X"
        owners = [x for x, _ in _prep_objects(tok, {"for", "of"}) if is_actor_like(x) and x.pos_ != "PRON"]
        return owners[0] if owners else tok
    return head


def _aimed_at(verb: Token) -> bool:
    """The verb names what it is aimed at in an at/upon-phrase ("fired shells at the town")."""
    return bool(_prep_objects(verb, {"at", "upon"}))


def _recipient_preps(trig: Trigger) -> set[str]:
    """Prepositions whose objects are recipients: "met with X", "visit to X", "attack on X", "called on X"."""
    preps = {"with", "to", "toward", "towards", "against", "into"}
    if trig.plover.event_type in {"ASSAULT", "COERCE", "SANCTION", "REQUEST", "THREATEN", "MOBILIZE"}:
        preps |= {"on", "upon", "at"}
    if trig.head.lemma_.lower() in HOSTING_VERBS and any(c.dep_ == "dobj" for c in trig.clause.children):
        preps -= {"to"}  # "welcomed X [to the White House]": the guest is the object, "to" names the place
    return preps


HOSTING_VERBS = {"welcome", "host", "receive"}


def location_of(trig: Trigger) -> Token | None:
    """The place in "met ... in New York", also behind a date ("on 19 September in New York")."""
    for tok in (trig.clause, trig.head):
        for x, _ in _prep_objects(tok, {"in", "at"}):
            if x.ent_type_ in {"GPE", "LOC", "FAC"}:
                return x
        for x, _ in _prep_objects(tok, {"on", "during"}):
            if x.ent_type_ not in {"DATE", "TIME"}:
                continue
            for y, _ in _prep_objects(x, {"in", "at"}):
                if y.ent_type_ in {"GPE", "LOC", "FAC"}:
                    return y
    if trig.cameo == "043" and trig.head.lemma_.lower() in HOSTING_VERBS:  # "welcomed X to Beijing"
        for x, _ in _prep_objects(trig.clause, {"to"}):
            if x.ent_type_ in {"GPE", "LOC", "FAC"}:
                return x
    if trig.cameo == "042":  # "made his first visit to Kyiv", "travelled to Beijing": a visit takes place where
        # it goes (rule: visit-destination)
        for tok in (trig.head, trig.clause):
            for x, _ in _prep_objects(tok, {"to"}):
                if x.ent_type_ in {"GPE", "LOC", "FAC"} or (x.pos_ == "PROPN" and x.ent_type_ not in {
                        "PERSON", "ORG"} and not any(c.dep_ == "prep" for c in x.children)):
                    return x  # a bare proper name after "visit to" is a place the tagger missed or mislabelled
    return None


# Prepositions whose (named) objects are the party an action is aimed at, taken from, or done for/in:
# "accepted demands from X", "fired shells at X", "left for X", "a ban by X", "sanctions over X".
_OBJECT_SOURCE_PREPS = {"from", "by", "for", "to", "with", "toward", "towards"}
# An object noun's target ("a blockade on X", "protests against X") is the recipient unless the event is a
# judgement of that action: "condemned the attack on X" does not condemn X.
_OBJECT_TARGET_PREPS = {"on", "against", "into", "at"}
_JUDGEMENT_TYPES = {"ACCUSE", "SUPPORT", "AGREE", "REJECT"}
_VERB_PREPS = {"from", "for", "at", "against", "on", "into", "over", "to", "toward", "towards"}
# Events whose place is their target when nothing else is ("demonstrated in X", "lifted the curfew in X").
_WIDE_PLACE_TYPES = {"COERCE", "MOBILIZE", "ASSAULT", "THREATEN", "PROTEST", "SANCTION", "RETREAT", "CONCEDE",
                     "AID"}  # not statements: "rejected the claim in Geneva"
_PLACE_ENTS = {"GPE", "LOC"}
_NAMED_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}


def _named(tok: Token) -> bool:
    """An actor-like phrase that is not a pronoun nor the subject's own ("its observers", "their forces")."""
    if any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in tok.children):
        return False
    return tok.pos_ != "PRON" and tok.lower_ not in _POSSESSIVE_PRONOUNS and is_actor_like(tok) and (
        tok.ent_type_ not in {"DATE", "TIME"})


def _party(tok: Token) -> bool:
    """The phrase head itself names a party (not only through a modifier: "Haiti's elections")."""
    return tok.ent_type_ in _NAMED_ENTS or tok.pos_ == "PROPN" or tok.lemma_.lower() in ACTOR_NOUNS


def _owners(noun: Token) -> list[Token]:
    """Entity owners named in a noun's modifiers: "Sweden's decision", "a US offer", "President X's failure"."""
    return [c for c in noun.children if c.dep_ in {"compound", "amod", "poss", "nmod"}
            and c.lower_ not in _POSSESSIVE_PRONOUNS
            and (c.ent_type_ in _NAMED_ENTS or (c.dep_ == "poss" and c.pos_ != "PRON" and is_actor_like(c)))]


def _complements(verb: Token, conjuncts: bool = True) -> list[Token]:
    """Verbs completing this one: "agreed [to provide]", "threatened [to resume]", "staged a strike [to demand]",
    "resorted [to throwing]", "is willing [to withdraw]"; with ``conjuncts``, also a coordinated verb sharing its
    subject (inside a complement: "refused to allow planes to land [and evacuate]"). The trigger's own
    conjuncts are events of their own: "recalled its ambassador and accused X" does not recall X."""
    out = []
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}:
            out.append(c)
        elif c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            out.append(c)
        elif c.dep_ == "acomp":
            out += [g for g in c.children if g.dep_ == "xcomp"]
        elif c.dep_ == "prep":
            out += [g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
        elif conjuncts and c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            out.append(c)  # "refused to allow planes to land and evacuate ...": a shared-subject conjunct
    return out


def _open_preposition(verb: Token) -> bool:
    """"established ties with [and opened an embassy in] X": a preposition left without its object, which the
    coordinated verb's phrase supplies."""
    return any(t.dep_ == "prep" and not any(True for _ in t.children) for t in verb.subtree
               if t.i > verb.i and t.head.i >= verb.i)


def _object_recipients(obj: Token, own: set[int], etype: str) -> tuple[list[Token], str]:
    """Recipients inside an object phrase: its from/by/for/against... objects ("demands from X"), a named object
    ("expelled two Russian diplomats"), its owner ("Sweden's decision"), its of-object ("the removal of X")."""
    preps = _OBJECT_SOURCE_PREPS | (set() if etype in _JUDGEMENT_TYPES else _OBJECT_TARGET_PREPS)
    # "demonstrations against [the violations] by X", "[the return] of [property] seized by X": unnamed nouns
    # in between are followed (two steps)
    nouns = [obj]
    for _ in range(2):
        nouns += [x for n in nouns for x, _ in _prep_objects(n, preps | {"of", "in", "into"})  # "in protest against X"
                  if not _named(x) and x not in nouns and x.ent_type_ not in _PLACE_ENTS]
    nouns += [s for n in list(nouns) for c in n.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}
              for s in [c] if s not in nouns]  # "property [seized by X]", "power lines [leading into X]"
    for i, noun in enumerate(nouns):  # of-objects of the followed nouns too ("against the policies of X")
        found = [x for x, p in _prep_objects(noun, preps | ({"of"} if i else set())) if _named(x) and not (
            p == "from" and noun.lemma_.lower() in MOVE_NOUNS and etype != "RETREAT")]  # "withdrawal from Y": a place
        if found:
            return found, "object-source"
    # a named party ("expelled two Russian diplomats"), not an unnamed one ("mobilized reservists") nor an
    # action of one ("protested President X's failure": the owner, below)
    if _named(obj) and _party(obj) and (obj.ent_type_ in _NAMED_ENTS or _owners(obj)):
        return [obj] if obj.i in own else with_conjuncts(obj), "named-object"
    for noun in nouns:
        if _owners(noun):
            return _owners(noun), "object-owner"
    found = [x for x, _ in _prep_objects(obj, {"of"}) if _named(x)]
    if found:
        return found, "object-of"
    return [], ""


# A complement verb's object that is the actor's own means, not a recipient ("agreed to send troops").
OWN_FORCE_WORDS = {"troop", "troops", "force", "forces", "soldier", "army", "peacekeeper", "reservist", "personnel",
                   "inspector", "observer", "unit", "worker", "official", "delegation", "envoy", "ship", "warship"}


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _up_to_objects(verb: Token) -> list[Token]:
    """"kidnapped up to 16 advisers": the parser reads "up" as a particle and the object as its "to"-object."""
    return [g for c in verb.children if c.dep_ == "prt" and c.lower_ == "up" for p in c.children
            if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
            if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)]


def _places(verb: Token, objs: list[Token]) -> list[Token]:
    places = [x for x, _ in _prep_objects(verb, {"in", "at"}) if x.ent_type_ in _PLACE_ENTS]
    for o in objs:
        for x, _ in _prep_objects(o, {"in", "at"}):
            places += [x] if x.ent_type_ in _PLACE_ENTS else [
                g for g, _ in _prep_objects(x, {"of", "in"}) if g.ent_type_ in _PLACE_ENTS]
    for x, _ in _prep_objects(verb, {"in", "at"}):  # "rioted at this jail in northern Israel"
        places += [g for g, _ in _prep_objects(x, {"of", "in"}) if g.ent_type_ in _PLACE_ENTS]
    return places


# Verbs taking a bare infinitive whose subject is the one helped or let act ("help X evade", "let X pass").
BARE_INFINITIVE_VERBS = {"help", "let", "make", "assist"}


def wider_recipients(trig: Trigger, clause: Token) -> tuple[list[Token], str]:
    """Recipients the fallback rules miss, searched in the clause and then in its complement verbs (two levels):

    - objects: "accepted demands from X", "vetoed a Security Council resolution", "the removal of President X",
      "expelled two Russian diplomats" (a named object of a verb+object phrase);
    - in complement verbs, also a party object: "opened fire to disperse the demonstrators";
    - the subject of an infinitive complement: "allowed X to take part";
    - the verb's own from/for/at/against/on/over-objects: "fired shells at X", "left for X", "withdrew from X",
      or a party named inside them: "in protest against the policies of X";
    - the place, for events aimed at one (not statements): "demonstrated in X", "lifted the curfew in X".
    Each rule is recorded ("+object-source", "+place@complement", ...). The trigger's actors are never their own
    recipient (the caller drops them).
    """
    own = {t.i for t in trig.tokens} if trig.kind in {"phrase", "light"} else set()
    etype = trig.plover.event_type
    level = [clause]
    seen: set[int] = set()
    for depth in range(3):
        places: list[Token] = []
        for verb in level:
            seen.add(verb.i)
            objs = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + _up_to_objects(verb)
            for o in [] if _talk_topic(trig) else objs:  # "discussed support
                # for X": what talks are about names no party to them
                found, why = _object_recipients(o, own, etype)
                if found:
                    return found, why + ("" if depth == 0 else "@complement")
                if depth > 0 and _named(o) and _party(o) and o.lemma_.lower() not in OWN_FORCE_WORDS:
                    return with_conjuncts(o), "complement-object"  # "opened fire to disperse demonstrators"
            found = [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and (_infinitive(c) or (
                depth == 0 and c.tag_ == "VB" and verb.lemma_.lower() in BARE_INFINITIVE_VERBS))  # "helping X
                # evade bans": the trigger's own bare infinitive only
                     for x in c.children if x.dep_ == "nsubj" for s in with_conjuncts(x) if _named(s) and _party(s)]
            if found:  # "allowed X to take part", "decided to allow X to run": the one let/asked to act
                return found, "infinitive-subject" + ("" if depth == 0 else "@complement")
            found = [x for x, _ in _prep_objects(verb, _VERB_PREPS) if _named(x)]
            if found:
                return found, "verb-prep" + ("" if depth == 0 else "@complement")
            for x, p in _prep_objects(verb, _VERB_PREPS | {"in", "during"}):  # "in protest of X's refusal"
                if x.ent_type_ not in _PLACE_ENTS and x.i not in own:
                    found, why = _object_recipients(x, own, etype)
                    if why == "object-of" and p in {"against", "about"}:
                        continue  # "warned against any forced displacement [of Palestinians]": the of-object
                        # is who would suffer the feared act, not the one warned (rule: feared-act-patient)
                    if found:
                        return found, "verb-prep-" + why + ("" if depth == 0 else "@complement")
            places += _places(verb, objs)
        if places and etype in _WIDE_PLACE_TYPES:
            return places[:1], "place" + ("" if depth == 0 else "@complement")
        level = [c for v in level for c in _complements(v, conjuncts=depth > 0 or _open_preposition(v))
                 if c.i not in seen]
        if not level:
            break
    return _condition_subjects(clause, etype)


_CONDITION_MARKS = {"if", "unless", "until"}
_STATEMENT_TYPES = {"THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT"}


def _condition_subjects(clause: Token, etype: str) -> tuple[list[Token], str]:
    """Last resort: the party a condition or a reported clause is about.

    - "threatened to stop the talks unless X withdraws", "agreed to resume aid if X frees them": the subject of
      an if/unless/until clause under the verb or its complements is the one the threat/offer is aimed at;
    - "warned that police will not tolerate marches by X", "demanded that the ministry be taken from X": a named
      party in a statement's that-clause (its from/by/against... objects or its object's owner).
    """
    if etype == "CONSULT":
        return [], ""
    verbs = [clause, *_complements(clause, conjuncts=False)]
    verbs += [g for v in list(verbs) for g in _complements(v) if g not in verbs]
    for verb in verbs:
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children):
                found = [s for x in c.children if x.dep_ == "nsubj" for s in with_conjuncts(x)
                         if _named(s) and _party(s)]
                if found:
                    return found, "condition-subject"
    if etype not in _STATEMENT_TYPES:
        return [], ""
    for c in clause.children:
        if c.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            continue
        for verb in [c, *_complements(c)]:
            found = [x for x, _ in _prep_objects(verb, _VERB_PREPS | {"by"}) if _named(x) and _party(x)]
            for o in [] if found else [g for g in verb.children if g.dep_ in {"dobj", "nsubjpass"}]:
                found, _ = _object_recipients(o, set(), etype)
                if found:
                    break
            if found:
                return found, "that-clause"
    return [], ""
