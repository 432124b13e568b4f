"""Wider recipients: when the clause itself names none, the party of an object noun, of a complement verb, of a
condition ("unless X withdraws"), or the place an action is aimed at (``wider_recipients``)."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set
from .arguments import for_clause_marks, trailing_attribution, with_conjuncts
from .phrase_parts import PARTY_ENTS, is_named, is_party, owners_of, prep_objects, talk_topic
from .recipients import condemned_attack_victim_of, infinitive
from .triggers import MEETING_PARTY_PREPS, Trigger

# Prepositions whose (named) objects are the party an action is aimed at, taken from, or done for/in:
# "accepted demands from X", "fired shells at X", "left for X", "a ban by X", "sanctions over X".
_OBJECT_SOURCE_PREPS = word_set("events/object_source_preps")


# An object noun's target ("a blockade on X", "protests against X") is the recipient unless the event is a
# judgement of that action: "condemned the attack on X" does not condemn X.
_OBJECT_TARGET_PREPS = word_set("events/object_target_preps")


_JUDGEMENT_TYPES = word_set("events/judgement_types")


_VERB_PREPS = word_set("events/verb_preps")
TOPIC_PREPS = word_set("events/topic_preps")
_JOURNEY_CODES = frozenset({"042", "043"})  # CAMEO make / host a visit
_MEDIUM_NOUNS = word_set("events/medium_nouns")  # "on the [phone] to X": how they talked, no topic


def topic_partners(topic: Token) -> list[Token]:
    """What a meeting is about names no party to it; the "with"-object the parser hung on the topic does
    ("talks on military cooperation [with] X", "talking on the Taiwan issue [with] Chinese leaders")."""
    return [x for x, _ in prep_objects(topic, {"with"})]


def after_topic(party: Token, cameo: str) -> bool:
    """"exchanged views with X on food aid [to] Y": a phrase right after a talk's topic phrase belongs to the topic
    (the parser hung it on the verb), no party to the talk (not a journey's: "leave for X on way [to] Y")."""
    prep = party.head
    if not cameo.startswith("04") or cameo in _JOURNEY_CODES or prep.dep_ != "prep" or prep.i == 0 \
            or prep.lower_ in MEETING_PARTY_PREPS:  # "talked on the issue [with] X": the other side
        return False
    before = prep.doc[prep.i - 1]
    return before.ent_type_ not in ("DATE", "TIME") and before.lower_ not in _MEDIUM_NOUNS and any(
        a.dep_ == "prep" and a.lower_ in TOPIC_PREPS for a in [before, *before.ancestors][:3])


# Events whose place is their target when nothing else is ("demonstrated in X", "lifted the curfew in X").
_WIDE_PLACE_TYPES = word_set("events/wide_place_types")


_PLACE_ENTS = word_set("events/place_ents")
_CONTAINER_WORDS = word_set("places/container_words")
_FRAMING_NOUNS = word_set("events/framing_nouns")


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


_OBJECT_RECIPIENTS_EXTRA = word_set("events/object_recipients_extra")
CREATION_NOUNS = word_set("events/creation_nouns")
_STANCE_NOUNS = word_set("events/stance_nouns")
_AVOWING_VERBS = word_set("events/avowing_verbs")


def own_stance(noun: Token) -> bool:
    """"reaffirmed China's support", "reiterated Iran's opposition": a stance the speaker states, whose owner is
    the speaker's own side unless the actors stage finds the speaker of another country (``stages.stance_owner``;
    unlike "rejected Russia's position", where the owner is acted on)."""
    return (noun.lemma_.lower() in _STANCE_NOUNS and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in _AVOWING_VERBS)


def _object_recipients(obj: Token, own: set[int], etype: str) -> tuple[list[Token], str]:
    """Recipients inside an object phrase: its from/by/for/against... objects ("demands from X"), a named object
    ("expelled two Russian diplomats"), its owner ("Sweden's decision"), its of-object ("the removal of X")."""
    if any(trailing_attribution(c) for c in obj.children):
        return [], ""  # "seized two tons of opium, the X news agency reported": the source, misread as an object
    preps = _OBJECT_SOURCE_PREPS | (set() if etype in _JUDGEMENT_TYPES else _OBJECT_TARGET_PREPS)
    if etype == "CONSULT":
        preps = preps - {"at"}  # "held a meeting at the Foreign Ministry": where it met, not whom
    # "demonstrations against [the violations] by X", "[the return] of [property] seized by X": unnamed nouns
    # in between are followed (two steps)
    nouns = [obj]
    for _ in range(2):
        nouns += [x for n in nouns for x, _ in prep_objects(n, preps | _OBJECT_RECIPIENTS_EXTRA)  # "in protest against X"
                  if not is_named(x) and x not in nouns and x.ent_type_ not in _PLACE_ENTS]
    nouns += [s for n in list(nouns) for c in n.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}
              for s in [c] if s not in nouns]  # "property [seized by X]", "power lines [leading into X]"
    for i, noun in enumerate(nouns):  # of-objects of the followed nouns too ("against the policies of X")
        found = [x for x, p in prep_objects(noun, preps | ({"of"} if i else set())) if is_named(x) and not (
            p == "from" and noun.lemma_.lower() in MOVE_NOUNS and etype != "RETREAT")]  # "withdrawal from Y": a place
        if found:
            return found, "object-source"
    # a named party ("expelled two Russian diplomats"), not an unnamed one ("mobilized reservists") nor an
    # action of one ("protested President X's failure": the owner, below)
    if is_named(obj) and is_party(obj) and (obj.ent_type_ in PARTY_ENTS or owners_of(obj)) and not own_stance(obj):
        # (a stated stance is no party: "reiterated X's opposition" names X below, as the stance's owner)
        return [obj] if obj.i in own else with_conjuncts(obj), "named-object"
    for noun in nouns:
        if owners_of(noun):
            return owners_of(noun), "object-owner" + ("+stance-owner" if own_stance(noun) else "")
    found = [] if condemned_attack_victim_of(obj, etype) or obj.lemma_.lower() in CREATION_NOUNS else [
        x for x, _ in prep_objects(obj, {"of"}) if is_named(x)]  # ("the creation of a commission": made, not met)
    if found:
        return found, "object-of"
    return [], ""


# A complement verb's object that is the actor's own means, not a recipient ("agreed to send troops").
OWN_FORCE_WORDS = word_set("events/own_force_words")


def _up_to_objects(verb: Token) -> list[Token]:
    """"kidnapped up to 16 advisers": the parser reads "up" as a particle and the object as its "to"-object."""
    return [g for c in verb.children if c.dep_ == "prt" and c.lower_ == "up" for p in c.children
            if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
            if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)]


def _places(verb: Token, objs: list[Token]) -> list[Token]:
    places = [x for x, _ in prep_objects(verb, {"in", "at"}) if x.ent_type_ in _PLACE_ENTS]
    for o in objs:
        for x, _ in prep_objects(o, {"in", "at"}):
            places += [x] if x.ent_type_ in _PLACE_ENTS else [
                g for g, _ in prep_objects(x, {"of", "in"}) if g.ent_type_ in _PLACE_ENTS]
    for x, _ in prep_objects(verb, {"in", "at"}):  # "rioted at this jail in northern Israel"
        places += [g for g, _ in prep_objects(x, {"of", "in"}) if g.ent_type_ in _PLACE_ENTS]
    return places


# Verbs taking a bare infinitive whose subject is the one helped or let act ("help X evade", "let X pass").
BARE_INFINITIVE_VERBS = word_set("events/bare_infinitive_verbs")


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
            for_clauses = [m.head for m in for_clause_marks(verb)] if etype == "REQUEST" and depth == 0 else []
            objs = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + _up_to_objects(verb)
            for o in [] if talk_topic(trig) else objs:  # "discussed support
                # for X": what talks are about names no party to them
                found, why = _object_recipients(o, own, etype)
                if found:
                    return found, why + ("" if depth == 0 else "@complement")
                if depth > 0 and is_named(o) and is_party(o) and o.lemma_.lower() not in OWN_FORCE_WORDS:
                    return with_conjuncts(o), "complement-object"  # "opened fire to disperse demonstrators"
            found = [s for c in verb.children if (c.dep_ in {"ccomp", "xcomp"} and (infinitive(c) or (
                depth == 0 and c.tag_ == "VB" and verb.lemma_.lower() in BARE_INFINITIVE_VERBS))  # "helping X
                # evade bans": the trigger's own bare infinitive only
                or c in for_clauses)  # "called for X to withdraw"
                     for x in c.children if x.dep_ == "nsubj" for s in with_conjuncts(x) if is_named(s) and is_party(s)]
            if found:  # "allowed X to take part", "decided to allow X to run": the one let/asked to act
                return found, "infinitive-subject" + ("" if depth == 0 else "@complement")
            found = [y for x, p in prep_objects(verb, _VERB_PREPS) if is_named(x)
                     for y in (topic_partners(x)[:1] if etype == "CONSULT" and p in TOPIC_PREPS else [x])]
            if found:
                return found, "verb-prep" + ("" if depth == 0 else "@complement")
            for x, p in prep_objects(verb, _VERB_PREPS | {"in", "during"}):  # "in protest of X's refusal"
                if etype == "CONSULT" and p in TOPIC_PREPS:  # "consulted over X's crisis": what a meeting is
                    partner = topic_partners(x)[:1]  # about names no party to it; "talked on the phone [with] X"
                    if partner:
                        return partner, "verb-prep-topic-with" + ("" if depth == 0 else "@complement")
                    continue
                if x.ent_type_ not in _PLACE_ENTS and x.i not in own and x.lemma_.lower() not in _CONTAINER_WORDS \
                        and x.lower_ not in _FRAMING_NOUNS:  # "on the sidelines of the Games": an occasion
                    # ("in the city of X": where it happened)
                    found, why = _object_recipients(x, own, etype)
                    if (why == "object-of" and p in {"against", "about"}) or (why == "object-owner" and p == "during"):
                        continue  # "warned against any forced displacement [of Palestinians]": the of-object
                        # is who would suffer the feared act, not the one warned (rule: feared-act-patient);
                        # "complained during the [Commonwealth] summit": the gathering's owner is no target
                    if found:
                        return found, "verb-prep-" + why + ("" if depth == 0 else "@complement")
            places += _places(verb, objs)
        if places and etype in _WIDE_PLACE_TYPES:
            return places[:1], "place" + ("" if depth == 0 else "@complement")
        level = [c for v in level for c in _complements(v, conjuncts=depth > 0 or _open_preposition(v))
                 if c.i not in seen]
        if etype == "REQUEST":  # "appealed to donors to keep supporting the mission", "appealed for aid to be sent
            break  # to Sudan": what is asked names no one it is asked of
        if not level:
            break
    ties = _ties_with(clause) if etype != "CONSULT" else []
    if ties:
        return ties, "ties-with"
    return _condition_subjects(clause, etype)


_TIES_NOUNS = word_set("events/ties_nouns")


def _ties_with(verb: Token) -> list[Token]:
    """"warned of a threat to relations with Germany": the other side of the relations named in the verb's own
    phrases (followed through prepositions and objects only, never into another clause)."""
    for tok in verb.subtree:
        if tok.lemma_.lower() not in _TIES_NOUNS or tok.i == verb.i:
            continue
        path = [a for a in tok.ancestors if a.i != verb.i and verb.i in {x.i for x in a.ancestors}]
        if any(a.dep_ not in {"prep", "pobj", "dobj"} for a in [tok, *path]):
            continue
        found = [x for x, _ in prep_objects(tok, {"with"}) if is_named(x) and is_party(x)]
        if found:
            return [y for x in found for y in with_conjuncts(x)]
    return []


_CONDITION_MARKS = word_set("events/wider_condition_marks")


_STATEMENT_TYPES = word_set("events/statement_types")


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
                         if is_named(s) and is_party(s)]
                if found:
                    return found, "condition-subject"
    if etype not in _STATEMENT_TYPES:
        return [], ""
    for c in clause.children:
        if c.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            continue
        for verb in [c, *_complements(c)]:
            found = [x for x, _ in prep_objects(verb, _VERB_PREPS | {"by"}) if is_named(x) and is_party(x)]
            for o in [] if found else [g for g in verb.children if g.dep_ in {"dobj", "nsubjpass"}]:
                found, _ = _object_recipients(o, set(), etype)
                if found:
                    break
            if found:
                return found, "that-clause"
    return [], ""


# Action nouns whose from-object is the place left, not a party ("the withdrawal of X from Y").
MOVE_NOUNS = word_set("events/move_nouns")
