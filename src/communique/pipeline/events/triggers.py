"""Event triggers: lexicon matches over the dependency parse.

Verbs ("met", "condemned"), verb+object patterns ("paid a visit", "imposed sanctions"), light verbs with event
nouns ("held talks", "launched an attack") and event nouns with participants of their own ("Russia's attack on X")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon import Lexicon, PloverClass
from ...lexicon.user import UserLexicon, VerbMatch
from ...lexicon.words import word_map, word_set
from ..nlp import tokens_of
from .arguments import for_clause_marks, is_actor_like, with_conjuncts
from .claims import claimed_act
from .frames import idle_frame, idle_phrase_frame, lone_briefing
from .labour import labour_strike, labour_subject
from .tree import ancestors
from .user_actors import anchored_actor
from .verb_senses import (
    by_telephone,
    for_a_visit,
    has_object,
    infinitive_inside,
    ordered_out,
    receives_party,
    releases_persons,
    releases_property,
    speaks_with_party,
)

LIGHT_VERBS = word_set("events/light_verbs")
WEAK_LIGHT_VERBS = word_set("events/weak_light_verbs")  # report only meetings ("had talks", not "have deals")
CONTAINER_NOUNS = word_set("events/container_nouns")
OCCUR_VERBS = word_set("events/occur_verbs")
PART_NOUNS = word_set("events/part_nouns")  # "the second phase of the summit ended": the summit did
TEMPORAL_PREPS = word_set("events/temporal_preps")
RECIPIENT_PREPS = word_set("events/recipient_preps")
MILITARY_WORDS = word_set("events/military_words")
MOTION_VERBS = word_set("events/motion_verbs")
READINESS_GOVERNORS = word_set("events/readiness_governors")
# People who are held and released, beyond the actor nouns of arguments.ACTOR_NOUNS (CAMEO 0841 "release persons")
STANDALONE_NOUN_TYPES = word_set("events/standalone_noun_types")
# Verbs that report a refusal only of an act named by a gerund ("ruled out sending troops")
GERUND_ONLY_VERBS = word_set("events/gerund_only_verbs")
_REFUSABLE_ROOTS = word_set("events/refusable_roots")  # CAMEO roots of the acts a "rule out" refuses
# Event types whose noun in a time phrase still reports an event when it names a party ("after talks with X")
MEETING_NOUN_TYPES = word_set("events/meeting_noun_types")
MEETING_PARTY_PREPS = word_set("events/meeting_party_preps")


@dataclass
class Trigger:
    cameo: str
    plover: PloverClass
    rule: str
    head: Token  # the lexical trigger: verb, or the event noun
    clause: Token  # the verb whose arguments are the participants (the head itself, or a light verb)
    tokens: list[Token]
    object_role: str  # recipient | topic | -
    kind: str  # verb | phrase | light | noun
    base: float
    governed: list[Trigger] = field(default_factory=list)
    user: bool = False  # from a user verb dictionary: its code is kept as written (no CAMEO refinements)
    paired: str | None = None  # a paired code's second half: the same event seen from the recipient's side
    sources: list[Token] | None = None  # a user pattern's "$" (or "%") actor, when the pattern places one
    targets: list[Token] | None = None  # a user pattern's "+" actor
    mutual: bool = False  # a user pattern's "%": the compound actor's members act on one another


def vlemma(tok: Token, lex: Lexicon) -> str:
    """The verb's lemma, repaired when the tagger's lemma is not a known verb but the surface form is ("staged"
    lemmatised as "stag")."""
    lem = tok.lemma_.lower()

    def known(word: str) -> bool:
        return word in lex.known_verbs or word in LIGHT_VERBS

    if known(lem):
        return lem
    low = tok.lower_
    candidates = [low]
    if low.endswith("ied"):
        candidates.append(low[:-3] + "y")
    if low.endswith("ed"):
        candidates += [low[:-1], low[:-2], low[:-3]]
    if low.endswith("ing"):
        candidates += [low[:-3], low[:-3] + "e", low[:-4]]
    if low.endswith("s"):
        candidates += [low[:-1], low[:-2]]
    return next((c for c in candidates if known(c)), lem)


def vlemma_plain(tok: Token) -> str:
    return tok.lemma_.lower() if tok.pos_ in {"VERB", "AUX"} else ""


def _left_modifier(tok: Token) -> Token | None:
    """The compound or adjective right before the token that modifies it ("peace talks"): only the word before
    can be one, so only it is read (not every child of the token)."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is None:
        return None
    return prev if prev.dep_ in {"compound", "amod"} and prev.head.i == tok.i else None


def _noun_keys(tok: Token) -> list[str]:
    keys = []
    if tok.lemma_.lower() in CONTAINER_NOUNS:  # "a mediation effort", "a round of talks", "10 days of war games"
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN":
                keys.append(c.lemma_.lower())
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        keys += _noun_keys(g)
    mod = _left_modifier(tok)
    if mod is not None:
        keys.append(f"{mod.lemma_.lower()} {tok.lemma_.lower()}")
        keys.append(f"{mod.lower_} {tok.lower_}")
    keys += [tok.lemma_.lower(), tok.lower_]
    return keys


_OBJECTS_DEPS = word_set("events/objects_deps")


def _objects(verb: Token) -> list[Token]:
    objs = [x for c in verb.children if c.dep_ in _OBJECTS_DEPS for x in with_conjuncts(c)]
    for o in list(objs):  # "a mission of observers", "5 million dollars of aid"
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs += [g for g in c.children if g.dep_ == "pobj"]
    for c in verb.children:
        if c.dep_ == "prep":
            objs += [g for g in c.children if g.dep_ == "pobj"]
        if _out_of(c):  # "walked out of the talks": "out" read as a preposition with its own "of" phrase
            objs += [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        if c.dep_ == "prt":  # "carried out an attack"
            continue
    if not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        objs += _misparsed_objects(verb)
    if verb_read_as_modifier(verb):  # "X renewed [charges] that ..."
        objs.append(verb.head)
    return objs


def verb_read_as_modifier(verb: Token) -> bool:
    """"X on Tuesday renewed charges that ...": a verb with its own subject that the parser hung on its object
    noun as a modifier (the noun made the sentence's root)."""
    return (verb.dep_ == "amod" and verb.head.i > verb.i and verb.head.pos_ == "NOUN"
            and any(c.dep_ == "nsubj" for c in verb.children))


def _misparsed_objects(verb: Token) -> list[Token]:
    """"shortened by one hour [the curfew imposed in X after a coup] toppled ...": an object noun the parser made
    the subject of a following clause with no "that" (only nouns, only after the verb)."""
    return [g for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and not any(
            m.dep_ == "mark" for m in c.children) for g in c.children
            if g.dep_ == "nsubj" and g.pos_ == "NOUN" and verb.i < g.i < c.i]


def _phrase_match(lex: Lexicon, verb: Token) -> tuple[Token, str, str] | None:
    """(object noun, code, key) for a verb+object pattern such as "paid a visit" or "declared a state of
    emergency"."""
    vlem = vlemma(verb, lex)
    vkeys = [f"{vlem} {c.lower_}" for c in verb.children if c.dep_ == "prt" or _out_of(c)] + [vlem]
    if not any(lex.has_phrases(vkey) for vkey in vkeys):
        return _measures_against(verb, vlem)  # no phrase of these verbs: no object to read
    for obj in _objects(verb):
        keys = _noun_keys(obj)
        for g in obj.children:
            if g.dep_ == "prep" and g.lower_ == "of":
                keys += [f"{obj.lemma_.lower()} of {p.lemma_.lower()}" for p in g.children if p.dep_ == "pobj"]
        for key in keys:
            for vkey in vkeys:
                entry = lex.phrase(vkey, key)
                if entry is not None and entry.cameo == "040" and _content_participle(verb, obj):
                    return None  # "sent a letter calling for X": the letter is that request, no meeting
                if entry is not None:
                    if entry.cameo == "195" and obj.lemma_.lower() == "strike" and labour_subject(verb):
                        return obj, "143", f"{key}+labour"  # "worker groups launched a joint strike"
                    return obj, entry.cameo, key
    return _measures_against(verb, vlem)


_MESSAGE_CONTENT_VERBS = word_set("events/message_content_verbs")


def _content_participle(verb: Token, obj: Token) -> bool:
    """A letter or message sent with a participle, on it or on the sending verb, that tells what it does ("sent the
    minister a letter calling for ...", "sent a letter to X on Monday pleading for ..."); not talks, contacts or
    meetings ("established contact with X, offering to ...": the contact is the event)."""
    return verb.lemma_.lower() in _SENDING_VERBS and obj.lemma_.lower() in _MESSAGE_NOUNS and any(
        c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in _MESSAGE_CONTENT_VERBS
        for c in (*obj.children, *verb.children))


_MESSAGE_NOUNS = word_set("events/message_nouns")
_SENDING_VERBS = word_set("events/sending_verbs")


MEASURE_NOUNS = word_set("events/measure_nouns")


_MEASURES_AGAINST_WORDS = word_set("events/measures_against_words")


def _measures_against(verb: Token, vlem: str) -> tuple[Token, str, str] | None:
    """"took control measures against X vessels", "took action against X": a coercive act aimed at an actor
    (CAMEO 170 "coerce"; announced or conditional ones become threats, cf. PETRARCH2 "* MEASURES (AGAINST)"
    [130]). Measures against inflation or a disease name no actor and are no event."""
    if vlem not in _MEASURES_AGAINST_WORDS:
        return None
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        if obj.lemma_.lower() not in MEASURE_NOUNS:
            continue
        against = [g for t in (obj, verb) for c in t.children if c.dep_ == "prep" and c.lower_ == "against"
                   for g in c.children if g.dep_ == "pobj"]
        if any(is_actor_like(g) for g in against):
            return obj, "170", f"{obj.lemma_.lower()} against"
    return None


_VERB_ENTRY_WORDS = word_set("events/verb_entry_words")
COMBAT_NOUNS = word_set("events/combat_nouns")
_VERB_ENTRY_WORDS_2 = word_set("events/verb_entry_words_2")
_VERB_ENTRY_DEPS = word_set("events/verb_entry_deps")
_TIME_WORDS = word_set("events/verbal_attack_time_words")


def _bare_time(noun: Token) -> bool:
    """"for the first time", "for a week": a time, no verb+preposition object ("push for"); not "for a day of
    mourning"."""
    return noun.lemma_.lower() in _TIME_WORDS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _readiness_complement(verb: Token) -> bool:
    """"China is ready to work with X", "would like to work with X": the verb is the infinitive complement of a
    stated readiness or wish."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in READINESS_GOVERNORS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "neg" for t in (verb.head, verb.head.head) for c in t.children)  # not "is not ready to"


_DEMAND_ROOTS = frozenset({"02", "10"})  # CAMEO appeal, demand
_SPAN_WORDS = word_set("events/journey_span_words")
_TROOP_WORDS = word_set("events/troop_words")


def _carried(obj: Token) -> bool:
    """The object of "fly" is people or goods carried ("flew 100 pilgrims", "flew troops"), not a place, a time or a
    distance ("flew 13 hours to X", "flew thousands of miles")."""
    head = obj.lemma_.lower()
    inner = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return obj.ent_type_ not in {"GPE", "LOC", "FAC"} and head not in _SPAN_WORDS and not any(
        g.lemma_.lower() in _SPAN_WORDS for g in inner) and (
        obj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "nummod" for c in obj.children))


def _entry_parts(verb: Token) -> tuple[list[Token], bool]:
    """The particles and prepositions that may make a verb+part entry, and whether the verb names something
    ("called the bailout critical for Europe": not "call for")."""
    children = list(verb.children)
    parts = [c for c in children if c.dep_ == "prt"]
    dated = any(c.dep_ == "dobj" for c in children)  # "called X on Monday": not "call on"
    named = dated and any(c.dep_ == "oprd" for c in children)
    parts += sorted((c for c in children if c.dep_ == "prep" and c.i > verb.i and not any(g.dep_ == "pobj" and (
        (dated and g.ent_type_ in {"DATE", "TIME"}) or _bare_time(g)) for g in c.children)), key=lambda c: c.i)
    objected = any(c.dep_ == "dobj" and c.ent_type_ not in {"DATE", "TIME"} and not _bare_time(c) for c in children)
    parts += [] if objected else for_clause_marks(verb)  # "called (Sunday) for Ruritania to withdraw": the
    # for-clause parsed as a clause (not "called early elections for voters to decide", "called Sharon for the two
    # to coordinate")
    return parts, named


def _verb_entry(lex: Lexicon, verb: Token) -> tuple[str, str, str] | None:
    """(code, key, object role) for a verb, preferring verb+particle and verb+preposition entries."""
    lem = vlemma(verb, lex)
    parts, named = _entry_parts(verb)
    for c in parts:
        entry = lex.verbs.get(f"{lem} {c.lower_}") if not (named and c.dep_ == "prep") else None
        if entry is not None and c.dep_ == "mark" and entry.cameo[:2] not in _DEMAND_ROOTS:
            continue  # "departed Washington for X to attend the summit": a journey's goal, not a demand
        if entry is not None and entry.lemma in GERUND_ONLY_VERBS and not _act_complement(lex, verb):
            continue  # "ruled out sending troops", "ruled out talks", not "ruled out a case of bird flu"
        if entry is not None and entry.object_role == "intent":
            return (entry.cameo, f"{entry.lemma}+readiness", "recipient") if _readiness_complement(verb) else None
        if entry is not None:
            if idle_frame(verb, entry.lemma):  # "met with reporters"
                return None
            if entry.cameo == "042" and any(g.dep_ == "pobj" and g.lower_ == "home" and not any(True for _ in g.children)
                                            for g in c.children):
                return None  # "left for home": a journey back, no visit (not "the home of X")
            carried = [k for k in verb.children if k.dep_ == "dobj" and _carried(k)] if lem == "fly" else []
            if carried and entry.cameo == "042" and c.dep_ == "prep":  # "flew 100 pilgrims to Mecca": carrying
                # others, no visit ("flew 13 hours to X" stays); troops flown somewhere are a deployment (154)
                movers = carried + [k for k in verb.children if k.dep_ == "nsubj"]  # "the Air Force flew bombers"
                if {t.lemma_.lower() for k in movers for t in k.subtree} & _TROOP_WORDS:
                    return "154", f"{entry.lemma}+troops-carried", "topic"
                continue
            if c.dep_ == "prep" and entry.object_role == "recipient" and any(
                    k.dep_ == "dobj" for k in verb.children):
                return entry.cameo, entry.lemma, "topic"  # "fired tear gas [at X]": the object is the means
            return entry.cameo, entry.lemma, entry.object_role
    entry = lex.verbs.get(lem)
    if entry is None or idle_frame(verb, lem):  # "killed themselves", "declined to name him"
        return None
    if entry.object_role == "dobj" and not has_object(verb):
        return None
    if lem == "speak" and not speaks_with_party(verb):
        return None
    if lem == "strike" and labour_strike(verb):  # "garment workers strike over wages": a labour strike
        return "143", "strike+labour", "topic"  # (CAMEO 143 "conduct strike or boycott"), not an attack
    if lem in _VERB_ENTRY_WORDS and ordered_out(verb):  # "ordered the French ambassador to
        return "166", f"{entry.lemma}+diplomat-to-leave", "recipient"  # leave": an expulsion, as "expel
        # ambassador" (166; PETRARCH2 "ORDER * AMBASSADOR (TO RETURN)" is the same act)
    if lem == "receive" and not receives_party(verb):
        return None
    if lem in {"welcome", "receive"} and for_a_visit(verb):  # "welcomed X to the White House for a state
        return "043", f"{entry.lemma}+for-visit", "recipient"  # visit": hosting a visit (CAMEO 043)
    if lem in _VERB_ENTRY_WORDS_2 and by_telephone(verb):
        return "041", f"{entry.lemma}+by-phone", "recipient"  # CAMEO 041 "discuss by telephone"
    if entry.cameo == "0841" and not releases_persons(verb):
        if releases_property(verb):  # "release the seized food aid / frozen assets" (CAMEO 0842)
            return "0842", f"{entry.lemma}+property", entry.object_role
        return None  # "release vote counts / a statement / the report": no release event
    if lem in {"allow", "permit"}:  # "allowed the refugees to return": yielding to people, not "the law allows"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
        if not objs or not is_actor_like(objs[0]) or not (any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)
                                                          or infinitive_inside(objs[0])):
            return None
    if lem in {"mobilize", "mobilise"}:  # "mobilized reservists" vs "mobilized support / pressure groups"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if objs and not ({t.lemma_.lower() for t in objs[0].subtree} & MILITARY_WORDS):
            return "053", f"{lem}+non-military", "-"  # the mobilized are the means; the cause is the target
    if entry.object_role == "recipient" and any(c.dep_ == "dobj" and c.lemma_.lower() in COMBAT_NOUNS
                                                 for c in verb.children):
        return entry.cameo, f"{entry.lemma}+combat-object", "topic"  # "fought fierce battles with X": the
        # object names the fighting; the enemy is in the "with" or "against" phrase
    if lem == "call":  # "called X" is a phone call only with a person/state object and no complement
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs or not is_actor_like(objs[0]) or any(
            c.dep_ in _VERB_ENTRY_DEPS for c in verb.children
        ):
            return None
    return entry.cameo, entry.lemma, entry.object_role


def _make(lex: Lexicon, cameo: str, rule: str, head: Token, clause: Token, tokens: list[Token], role: str,
          kind: str, base: float) -> Trigger | None:
    plover = lex.classify(cameo)
    if plover is None:
        return None
    return Trigger(cameo, plover, rule, head, clause, tokens, role, kind, base)


def user_class(lex: Lexicon, code: str) -> PloverClass:
    """PLOVER class of a user code: the CAMEO->PLOVER table for CAMEO-like codes, else OTHER (code kept raw)."""
    found = lex.classify(code) if code.isdigit() and code[:2] <= "20" else None
    return found if found is not None else PloverClass(code, "OTHER", None, (), "user code")


def user_trigger(lex: Lexicon, tok: Token, match: VerbMatch) -> Trigger | None:
    codes = match.codes
    if not codes:
        return None
    trig = Trigger(codes[0], user_class(lex, codes[0]), match.rule, tok, tok, [tok], "recipient", "verb", 0.8,
                   user=True, paired=codes[1] if len(codes) > 1 else None)
    for anchor in match.anchors:
        found = anchored_actor(tok.sent, anchor)
        if not found:
            continue
        if anchor.kind == "+" or (anchor.kind == "%" and anchor.direction == "after"):
            trig.targets = found  # "* WITH %": the compound is the other side
        else:
            trig.sources = found
            trig.mutual = trig.mutual or anchor.kind == "%"
    if match.anchors:
        trig.rule += "+markers:" + "".join(a.kind for a in match.anchors)
    return trig


_FIND_TRIGGERS_TYPES = word_set("events/find_triggers_types")
TITLE_ROLE_NOUNS = word_set("events/title_role_nouns")
_FIND_TRIGGERS_TYPES_2 = word_set("events/find_triggers_types_2")


def find_triggers(sent: SpacySpan, lex: Lexicon, user: UserLexicon | None = None) -> list[Trigger]:
    """All event triggers in a sentence, verbs first; nouns used by a verb pattern are not triggers again.

    With a user lexicon its verbs are consulted first; a verb it covers is never read by the bundled lexicon
    (a ``[---]`` code there means no event)."""
    triggers: list[Trigger] = []
    used: set[int] = set()
    for tok in tokens_of(sent, "VERB"):
        if tok.i in used or (tok.dep_ in {"amod", "compound"} and not verb_read_as_modifier(tok)) or _named_gerund(tok):
            continue
        if user is not None:
            match = user.match(tok, sent.start)
            if match is not None:
                used.add(tok.i)
                utrig = user_trigger(lex, tok, match)
                if utrig is not None:
                    triggers.append(utrig)
                continue
        phrase = _phrase_match(lex, tok)
        if phrase is not None and idle_phrase_frame(tok, vlemma(tok, lex)):  # "ended the talks with an agreement"
            continue
        if phrase is not None:
            obj, cameo, key = phrase
            used.update({obj.i, tok.i})
            trig = _make(lex, cameo, f"phrase:{vlemma(tok, lex)}+{key}", obj, tok,
                         sorted({tok, obj, *[c for c in obj.children if c.dep_ == "compound"]}, key=lambda t: t.i),
                         "-", "phrase", 0.85)
            if trig is not None:
                triggers.append(trig)
            continue  # statement patterns ("expressed hope") block other readings
        entry = _verb_entry(lex, tok)
        if entry is not None:
            cameo, key, role = entry
            trig = _make(lex, cameo, f"verb:{key}", tok, tok, [tok], role, "verb", 0.75)
            if trig is not None:
                used.add(tok.i)
                triggers.append(trig)
                continue
        if vlemma(tok, lex) in LIGHT_VERBS:
            weak = vlemma(tok, lex) in WEAK_LIGHT_VERBS
            for obj in _objects(tok):
                if obj.head != tok and obj.head.dep_ == "prep" and obj.head.head == tok and not (
                    obj.head.lower_ == "in" and vlemma(tok, lex) == "engage"
                ):
                    continue  # a light verb reports its object, not a prepositional phrase ("engaged in" aside)
                code = next((lex.nouns[k] for k in _noun_keys(obj) if k in lex.nouns), None)
                if code is None:
                    continue
                plover = lex.classify(code)
                if plover is None or plover.event_type in _FIND_TRIGGERS_TYPES or (
                    weak and plover.event_type not in _FIND_TRIGGERS_TYPES_2
                ):
                    continue  # "initiated the treaty", "have agreements": documents, not events
                trig = _make(lex, code, f"light:{vlemma(tok, lex)}+{obj.lemma_.lower()}", obj, tok,
                             sorted({tok, obj}, key=lambda t: t.i), "-", "light", 0.8)
                if trig is not None:
                    used.update({obj.i, tok.i})
                    triggers.append(trig)
                break
    for tok in tokens_of(sent, "NOUN", "PROPN"):
        trig = None if tok.i in used else _noun_trigger(lex, tok)
        if trig is not None:
            used.add(tok.i)
            triggers.append(trig)
    if user is not None:
        triggers = _inside_user_phrases(triggers)
    return [t for t in triggers if t.kind not in {"noun", "phrase", "light"} or not lone_briefing(t.head)]


def _noun_trigger(lex: Lexicon, tok: Token) -> Trigger | None:
    """An event noun that reports an event on its own ("talks between X and Y", "the agreement reached between X
    and Y"), or None."""
    key = next((k for k in _noun_keys(tok) if k in lex.nouns), None)
    if key is None:
        return None
    settled = _settled_agreement(tok)
    if settled is not None:  # "welcomed the agreement reached between X and Y": the agreement is news too
        code, verb = settled
        return _make(lex, code, f"noun:{key}+settled:{verb.lemma_.lower()}", tok, verb, [tok, verb], "-", "noun", 0.6)
    noun_class = lex.classify(lex.nouns[key])
    if noun_class is None or noun_class.event_type not in STANDALONE_NOUN_TYPES:
        return None
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.lower_ in TITLE_ROLE_NOUNS:
        return None  # "the chief envoy to the talks between X and Y": a post, not news of talks
    how = _standalone_noun(tok, noun_class.event_type)
    if how is None:
        return None
    return _make(lex, lex.nouns[key], f"noun:{key}+{how}", tok, _noun_clause(tok, how), [tok], "-", "noun",
                 0.7 if how.startswith("occur") else 0.6)


def _inside_user_phrases(triggers: list[Trigger]) -> list[Trigger]:
    """A user verb codes its whole phrase: bundled triggers inside a user verb's subtree are not read again
    ("condemned an attack by X" is the user's CONDEMN, not also an attack)."""
    heads = {t.head.i for t in triggers if t.user}
    if not heads:
        return triggers

    def under_user(tok: Token) -> bool:
        return any(cur.i in heads for cur in ancestors(tok, 12))

    return [t for t in triggers if t.user or not under_user(t.head)]


_AGREEMENT_PARTICIPLES = word_map("events/agreement_participles")


def _settled_agreement(tok: Token) -> tuple[str, Token] | None:
    """(code, participle) for an agreement noun with a participle naming who settled it ("the agreement reached
    between X and Y", "a deal signed by X and Y"), else None."""
    for verb in tok.children:
        code = _AGREEMENT_PARTICIPLES.get(verb.lemma_.lower())
        if code is None or verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        for c in verb.children:
            if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "between")) and any(
                    g.dep_ == "pobj" and is_actor_like(g) for g in c.children):
                return code, verb
    return None


def _noun_clause(tok: Token, how: str) -> Token:
    if how == "occur-part":
        return tok.head.head.head  # "the second phase [of] the summit [wrapped up]"
    return tok.head if how == "occur" else tok


def _part_occurred(tok: Token) -> bool:
    """The noun names what a part of it did: "the second phase of the summit wrapped up"."""
    part = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return (part is not None and part.lemma_.lower() in PART_NOUNS and part.dep_ in {"nsubj", "nsubjpass"}
            and part.head.lemma_.lower() in OCCUR_VERBS)


_STANDALONE_NOUN_WORDS = word_set("events/standalone_noun_words")


def _standalone_noun(tok: Token, event_type: str = "") -> str | None:
    """Why an event noun on its own reports an event ("talks took place", "Russia's attack on X"), or None when it
    only refers back to one ("during the meeting") or names a topic. A meeting in a time phrase reports one when it
    names its other party ("said after talks with X", "during a meeting between X and Y")."""
    if tok.dep_ in {"nsubj", "nsubjpass"} and (
        tok.head.lemma_.lower() in OCCUR_VERBS or (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() == "hold")
        or _under_way(tok.head)
    ):
        return "occur"
    if _part_occurred(tok):
        return "occur-part"
    if claimed_act(tok) is not None:
        return "claimed"  # "X claimed responsibility for the bombings": X's act
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "on") and vlemma_plain(tok.head.head) in MOTION_VERBS:
        return "purpose"  # "flew to Moscow for talks", "left Beijing on a visit to Iran"
    if tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS:
        return _party_prep(tok) if event_type in MEETING_NOUN_TYPES else None
    if tok.dep_ in {"compound", "amod"}:
        return None
    for c in tok.children:
        if c.dep_ == "poss" and is_actor_like(c) and c.lower_ not in _STANDALONE_NOUN_WORDS:
            return "poss"
        if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS | {"between", "by"}:
            if any(g.dep_ == "pobj" and is_actor_like(g) for g in c.children):
                return f"prep:{c.lower_}"
    return None


def _under_way(verb: Token) -> bool:
    """"talks were under way (between X and Y)", "talks are underway": a copula saying the event is going on."""
    if verb.lemma_.lower() != "be":
        return False
    return any((c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "way" for g in c.children))
               or (c.dep_ in {"acomp", "advmod"} and c.lower_ == "underway") for c in verb.children)


def _party_prep(tok: Token) -> str | None:
    """"with X" / "between X and Y" on a meeting noun: the meeting names a party of its own."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in MEETING_PARTY_PREPS and any(
                g.dep_ == "pobj" and is_actor_like(g) and g.pos_ != "PRON" and g.ent_type_ != "LOC"
                for g in c.children):
            return f"prep:{c.lower_}"
    return None


def _out_of(tok: Token) -> bool:
    """"out" before an "of" phrase, parsed as a preposition: a particle of the verb ("walked out of X")."""
    return tok.dep_ == "prep" and tok.lower_ == "out" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


_DEFINITE_DETS = word_set("events/definite_dets")


def _named_gerund(tok: Token) -> bool:
    """"the Verrani killing" parsed as a gerund with "the Verrani" its subject: a noun phrase naming an act by its
    victim, not a clause whose subject acts."""
    return tok.tag_ == "VBG" and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and any(
        c.dep_ == "nsubj" and c.i == tok.i - 1 and c.tag_ == "NNP" and any(
            d.dep_ == "det" and d.lower_ in _DEFINITE_DETS for d in c.children) for c in tok.children)


def _act_complement(lex: Lexicon, verb: Token) -> bool:
    """An -ing complement naming an act ("ruled out [sending] troops") or an object noun of talks, deals, aid or
    sanctions ("ruled out [talks]"); not of violence ("police ruled out an [attack]": it did not happen)."""
    return any((c.tag_ == "VBG" and c.dep_ in {"xcomp", "advcl", "dobj", "ccomp", "pcomp"}) or (c.dep_ == "dobj" and (
        c.pos_ == "NOUN" and any(lex.nouns[k][:2] in _REFUSABLE_ROOTS for k in _noun_keys(c) if k in lex.nouns)))
               for c in verb.children)
