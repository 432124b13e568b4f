"""Who initiates when it is not the subject: "X received a call from Y" (Y calls X), "X told visiting Y" (Y
visits X), "X drew criticism from Y" (Y criticises X); and who is accused when an act is blamed on someone: "X
blamed the attack on Y" (X accuses Y, Y is the attacker)."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set
from .arguments import is_actor_like, with_conjuncts
from .claims import claimed_act
from .phrase_parts import owners_of, prep_objects
from .tours import TOUR_RULE, traveller_and_stops
from .triggers import Trigger

_RECEIVING_VERBS = word_set("events/receiving_verbs")
_CALL_NOUNS = word_set("events/call_nouns")
_BLAME_VERBS = word_set("events/blame_on_verbs")
_DRAWING_VERBS = word_set("events/reaction_drawing_verbs")
_OWNING_PRONOUNS = word_set("events/possessive_pronouns")  # "his remarks drew ...": whose the remarks are
_TWO_SIDED_VERBS = word_set("events/two_sided_verbs")
_FIRING_VERBS = word_set("events/projectile_firing_verbs")
_PROJECTILES = word_set("events/projectile_nouns")
_TARGET_PREPS = word_set("events/projectile_target_preps")
_NO_TARGETS = word_set("events/projectile_no_targets")
_EXERCISE_WORDS = word_set("events/projectile_exercise_words")


def blamed_on(verb: Token) -> list[Token]:
    """The parties an act is blamed on ("blamed the bombing on X", "blaming the attack on X and Y"), whether the
    parser hangs "on X" on the verb or on the act."""
    if verb.lemma_.lower() not in _BLAME_VERBS:
        return []
    acts = [c for c in verb.children if c.dep_ == "dobj" and not is_actor_like(c)]
    if not acts:
        return []
    found = [x for h in (verb, *acts) for x, _ in prep_objects(h, {"on"}) if is_actor_like(x)]
    return [y for x in found for y in (x, *x.conjuncts) if is_actor_like(y)]


def _blame_reading(trig: Trigger, actors: list[Token],
                   recipients: list[Token]) -> tuple[list[Token], list[Token], str] | None:
    if trig.kind == "verb" and trig.head.lemma_.lower() in _BLAME_VERBS:
        accused = blamed_on(trig.head)
        return (actors, accused, "blamed-on") if accused else None
    if trig.kind == "noun" and trig.head.dep_ == "dobj":  # the act blamed: its doers are the accused
        doers = blamed_on(trig.head.head)
        if doers:
            return doers, [r for r in recipients if r not in doers], "blamed-act-doers"
    return None


def reoriented(trig: Trigger, actors: list[Token], recipients: list[Token]) -> tuple[list[Token], list[Token], str] | None:
    """New (actors, recipients, rule) for a CONSULT whose subject is called or visited, or for an act blamed on
    someone, else None."""
    blamed = _blame_reading(trig, actors, recipients)
    if blamed is not None:
        return blamed
    if untargeted_fire(trig):
        return [], [], "untargeted-fire"
    drawn = _drawn_reaction(trig, actors)
    if drawn is not None:
        return drawn
    claimant = claimed_act(trig.head if trig.kind == "noun" else trig.clause)
    if claimant is not None:
        by = [x for c in claimant.children if c.dep_ == "nsubj" for x in with_conjuncts(c) if is_actor_like(x)]
        return (by, [r for r in recipients if r not in by], "claimed-by") if by else None
    if trig.rule == TOUR_RULE:
        found = traveller_and_stops(trig.head)
        return ([found[0]], found[1], "tour-stops") if found is not None else None
    if trig.plover.event_type != "CONSULT":
        return None
    head = trig.head
    if head.lemma_.lower() in _RECEIVING_VERBS:
        calls = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _CALL_NOUNS]
        callers = [x for c in calls for x, _ in prep_objects(c, {"from"}) if is_actor_like(x)]
        callers += [x for x, _ in prep_objects(head, {"from"}) if calls and is_actor_like(x)]
        if callers:
            return callers, [a for a in actors if a not in callers], "call-from"
        return None
    visitor = visiting_guest(head)
    if visitor is not None:
        return [visitor], [a for a in actors + recipients if a.i != visitor.i], "visiting-guest"
    return None


def untargeted_fire(trig: Trigger) -> bool:
    """Projectiles fired, launched or lobbed at no target the syntax names: no "at/on/into/against" object, or one
    that is the sea, the sky or space ("fired two missiles into the sea", "launched a rocket into space", "fired
    rockets from Gaza", "over Japan"), or a test or an exercise. Fired at a target ("into southern Israel", "at a
    bus"), it is an attack, whether or not the target is a party."""
    if trig.kind != "phrase" or trig.clause.lemma_.lower() not in _FIRING_VERBS or \
            trig.head.lemma_.lower() not in _PROJECTILES:
        return False
    verb = trig.clause
    if any(t.lemma_.lower() in _EXERCISE_WORDS for t in verb.subtree) or (
            verb.i > 1 and verb.doc[verb.i - 2].lower_ in _EXERCISE_WORDS and verb.doc[verb.i - 1].text == "-"):
        return True  # "test-fired", "as part of military exercises"
    holders = (verb, trig.head, *(c for c in verb.children if c.dep_ == "dobj"))  # "a salvo of rockets at X"
    targets = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
               for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]  # not "on Monday"
    return not any(g.lemma_.lower() not in _NO_TARGETS for g in targets)


def _drawn_reaction(trig: Trigger, actors: list[Token]) -> tuple[list[Token], list[Token], str] | None:
    """"The plan drew sharp criticism from Russia", "Denmark sparked criticism from China": the reaction's authors
    (the from-objects) act on the subject, or on the subject's owner ("his remarks drew condemnation from X"). With
    no author named ("the plan drew criticism"), or a reaction only aimed at, forecast or avoided ("sought to win
    praise from X", "will draw criticism from X", "to avoid drawing criticism"), no one is coded."""
    verb = trig.clause
    if trig.kind != "phrase" or verb.lemma_.lower() not in _DRAWING_VERBS:
        return None
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children) or (
            verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "xcomp")):
        return [], [], "drawn-not-stated"
    # the reaction noun's own from-objects, else those of the verb's first "from" after it ("drew praise from X
    # and condemnation from Y": Y's is another reaction)
    found = [x for x, _ in prep_objects(trig.head, {"from"})]
    first = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > trig.head.i), None)
    if not found and first is not None:
        found = [x for g in first.children if g.dep_ == "pobj" for x in with_conjuncts(g)]
    authors = list(dict.fromkeys(x for x in found if is_actor_like(x)))
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.lemma_.lower() in _TWO_SIDED_VERBS:
        return authors, [], "drawn-from"  # "clashed with police, prompting criticism from X": aimed at whom?
    targets = [a for a in actors if a not in authors and a.head.dep_ != "agent"]  # not "was criticised by Y, and"
    if not targets:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        targets = [o for s in subjects for o in owners_of(s) + [c for c in s.children
                   if c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS]]
    return authors, targets, "drawn-from"


def visiting_guest(head: Token) -> Token | None:
    """The guest of "visiting" used as a premodifier ("told visiting Premier X"), also where the parser made it a
    verb whose object is that person rather than a place."""
    if head.tag_ != "VBG" or head.head.i == head.i:
        return None
    if head.dep_ in {"amod", "acl"} and head.i < head.head.i and is_actor_like(head.head):
        return head.head
    if head.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "dative"} for c in head.head.children):
        objs = [c for c in head.children if c.dep_ == "dobj" and c.ent_type_ in {"PERSON", "ORG"}]
        return objs[0] if objs and objs[0].left_edge.i == head.i + 1 else None
    return None
