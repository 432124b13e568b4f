"""The recipient named inside a trigger's object phrase (PETRARCH's target convention).

When the direct and fallback rules of ``participants`` find no recipient, PETRARCH codes as target the first
actor named in the verb phrase after the verb. ``phrase_recipients`` applies that convention to the phrase the
trigger governs: its objects and complements, followed through possessives, compounds, adjectives and
prepositional modifiers ("denounced [Serbia]'s suppression", "vetoed a [Security Council] resolution",
"refused any assistance to the [US]-led war", "rejected a call for forces to be deployed in [East Timor]").

Not followed: clauses that report or set the scene for something else (a that-clause with its own subject, a
temporal or causal adverbial clause, a relative clause on a party, a parenthetical), places and times attached
to the trigger's own verb ("rejected the claim in Geneva"), "according to" sources, and the actors' own
pronouns. A name that modifies a party noun gives that noun ("five Panamanian army [officers]"), and so does one
modifying a facility ("Burmese rebel [camps]": the resolver reads the owners from the modifiers).

Also here, the targets other rules reach through what an event demands or where it bites (each recorded by name):
a protest's demanded removal or independence ("demanded-removal", "demanded-independence-from",
"aimed-removal"), the place a curfew or martial law is imposed on or eased in ("restricted-place", or the people
named, "restricted-people") and the other side of talks a concession follows ("after-talks-with").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set
from .arguments import ACTOR_NOUNS, is_actor_like, trailing_attribution, with_conjuncts
from .noun_phrases import np_tokens
from .phrase_parts import named_after_place
from .status import absolute_clause
from .triggers import Trigger

NAMED_ENTS = word_set("events/named_ents")
MODIFIER_DEPS = word_set("events/modifier_deps")
# Facilities that stand for the party their modifiers name when attacked ("rebel camps", "army barracks").
FACILITY_NOUNS = word_set("events/facility_nouns")
# Clauses whose content is not part of the trigger's phrase.
_BREAK_DEPS = word_set("events/break_deps")
_BACKGROUND_MARKS = word_set("events/background_marks")
_CONDITION_MARKS = word_set("events/condition_marks")
# Prepositions that place or date the trigger's own verb, not its object.
_LOCATIVE_PREPS = word_set("events/locative_preps")
_TEMPORAL_ENTS = word_set("events/temporal_ents")
# Gatherings whose "in X" / "at X" is their venue
_VENUE_NOUNS = word_set("events/venue_nouns")
# Event types whose object names a topic, not a party, or whose target is found by other rules.
_SKIP_TYPES = {"CONSULT"}


def _crosses_break(tok: Token, top: Token, etype: str, own: frozenset[int] = frozenset()) -> bool:
    """Is ``tok`` inside a clause of its own below ``top`` (reported, background, relative on a party), or in a
    place/time adjunct of ``top`` itself? What an event type is about stays open: a threat's condition ("fight
    until they control X"), a protest's demand ("demonstrated, calling for X"), a refusal's pressure ("declined
    despite pressure by X")."""
    marks = _BACKGROUND_MARKS - (_CONDITION_MARKS if etype in {"THREATEN", "REQUEST"} else set())
    places = _LOCATIVE_PREPS - ({"despite"} if etype == "REJECT" else set())
    cur = tok
    while cur != top and cur.head != cur:
        parent = cur.head
        if cur.dep_ in _BREAK_DEPS:
            return True
        if cur.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children) and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            return True  # "said that X would ...": a statement of its own (not "allow X to land")
        if cur.dep_ in {"advcl", "pcomp"} and any(c.dep_ == "mark" and c.lower_ in marks for c in cur.children):
            return True
        if cur.dep_ == "advcl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children) and not any(
                c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS - marks for c in cur.children):
            return True  # an adverbial clause with a subject of its own
        if cur.dep_ in {"relcl", "acl"} and is_actor_like(parent):
            return True  # "the officials who met X", "demonstrators protesting X": about the party
        if cur.dep_ == "appos" and parent.i in own:
            return True  # "a major offensive, Operation Steel Curtain, ...": the act's own name, no party
        if cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"}:
            return True  # a coordinated verb is an event of its own
        if cur.dep_ in {"prep", "agent"} and parent == top and cur.lower_ in places:
            return True
        if cur.dep_ == "prep" and cur.lower_ in {"in", "at"} and parent.lemma_.lower() in _VENUE_NOUNS:
            return True  # "will sign an agreement at a summit in Paris": where the meeting is, not a party
        if cur.dep_ == "advcl" and parent == top and cur.tag_ == "VBG" and etype != "PROTEST":
            return True  # "..., citing domestic opposition": a reason, not the object
        if cur.dep_ in {"nsubj", "nsubjpass"} and parent == top:
            return True
        cur = parent
    return cur != top


def _party_head(tok: Token, avoid: frozenset[str] = frozenset()) -> Token:
    """The phrase a name stands for: the last word of a multi-word name, or the party noun it modifies
    ("Panamanian army officers" -> officers, "the Turkish government" -> government); a name modifying a
    non-party noun stays itself ("a Security Council resolution" -> Council). A private body noun that is also the
    actor's own word (``avoid``: "the US team ... with the North Korean team") is not climbed to: the name keeps
    the target apart from the actor."""
    while tok.head.i > tok.i and (tok.dep_ in {"compound", "flat"} and tok.head.pos_ == "PROPN" or (
            tok.dep_ == "amod" and tok.head.pos_ == "ADJ" and tok.ent_type_ and tok.head.ent_type_ == tok.ent_type_)):
        tok = tok.head  # "South [Asian] nations": the name's last word, whichever part the parser hung it on
    cur = tok
    for _ in range(3):
        if cur.dep_ not in MODIFIER_DEPS or cur.head == cur or cur.head.pos_ not in {"NOUN", "PROPN"}:
            break
        if cur.dep_ == "poss":
            break  # "Serbia's suppression": the owner
        cur = cur.head
        if cur.lemma_.lower() in PRIVATE_BODY_NOUNS and cur.lower_ in avoid:
            break
        if cur.lemma_.lower() in ACTOR_NOUNS | FACILITY_NOUNS | PRIVATE_BODY_NOUNS or cur.lower_ in ACTOR_NOUNS:
            return cur  # a party, or a party's facility ("rebel training [camps]": their owners), or a private
            # body named by its country ("Spanish football club X": the club, not Spain)
    return tok


PRIVATE_BODY_NOUNS = word_set("events/private_body_nouns")


def _codable(tok: Token, own: set[int]) -> bool:
    if tok.i in own or tok.pos_ == "PRON" or tok.ent_type_ in _TEMPORAL_ENTS or tok.is_punct:
        return False
    before = tok.doc[tok.i - 1] if tok.i else None
    if before is not None and before.like_num and before.ent_type_ == "MONEY":
        return False  # "(6.6 million US)": a currency after an amount, not a country
    return tok.ent_type_ in NAMED_ENTS


_VENUE_NOUNS = word_set("events/venue_gathering_nouns")


def _venue_of_parties(tok: Token) -> bool:
    """"welcomed the peace talks [in Nigeria] between Sudan and the rebels": the place where a gathering meets is
    no target when the gathering names its parties."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("in", "at") or tok.ent_type_ not in ("GPE", "LOC", "FAC") \
            or prep.head.lemma_.lower() not in _VENUE_NOUNS:
        return False
    noun = prep.head
    for _ in range(3):  # "the resumption of talks [in X] between Y and Z": the parties may hang on a noun above
        if any(c.dep_ == "prep" and c.lower_ in ("between", "among") and any(g.dep_ == "pobj" for g in c.children)
               for c in noun.children):
            return True
        if noun.dep_ != "pobj" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = noun.head.head
    return False


def _gapped_item(tok: Token) -> bool:
    """"Greece promised 700 troops; Turkey, 500; Romania, 400": after a semicolon, a name beside a bare number is
    the subject of the verb's elided repeat (Turkey promised 500), not a target of the act."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ";" and any(
        c.dep_ in {"appos", "nummod"} and c.tag_ == "CD" for c in tok.children)


_OPEN_QUESTION_WORDS = word_set("events/open_question_words")


def _open_question(tok: Token) -> bool:
    """A clause that asks a question ("a stand on [whether Britain should give up its rebate]"): who it names is
    what the question is about, not the act's target."""
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _OPEN_QUESTION_WORDS
                                             and c.i < tok.i for c in tok.children)


def _examples(prep: Token) -> bool:
    """"small states [like Ireland and Luxembourg]", "countries [such as France]": examples of the actor, on the
    actor's side, no target."""
    return prep.dep_ == "prep" and (prep.lower_ in _EXAMPLE_PREPS or (
        prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"))


_EXAMPLE_PREPS = word_set("events/example_preps")


def phrase_recipients(trig: Trigger, clause: Token, actors: list[Token]) -> tuple[list[Token], str]:
    """The first codable actor named in the trigger's object phrase (see the module docstring), with the actors
    coordinated with it; ``[]`` when there is none or the event type takes no such target. Rule: "object-phrase"."""
    if trig.plover.event_type in _SKIP_TYPES:
        return [], ""
    own = {t.i for t in trig.tokens}
    last = max(own)
    skip = {i for a in actors for x in with_conjuncts(a) for i in range(*np_tokens(x))} | own
    skip |= {t.i for a in actors for x in with_conjuncts(a) for c in x.children if _examples(c) for t in c.subtree}
    skip |= {t.i for c in clause.children if any(trailing_attribution(x) for x in c.children)
             for t in c.subtree}  # "..., the X news agency reported": the report's source
    skip |= {t.i for c in clause.subtree if _gapped_item(c) or _open_question(c) or (c != clause and absolute_clause(c))
             for t in c.subtree}  # "..., with the government blocking a deal": another act's parties
    skip |= _asked_content(trig, clause)
    actor_words = frozenset(a.lower_ for a in actors)
    for tok in clause.subtree:
        if tok.i <= last or tok.i in skip or not _codable(tok, own) or named_after_place(tok):
            continue
        if _crosses_break(tok, clause, trig.plover.event_type, frozenset(own)) or _feared_act(tok, trig, clause) \
                or _scene_of_condemned_attack(tok, trig, clause) or _venue_of_parties(tok):
            continue
        head = _party_head(tok, actor_words)
        if head.i in skip or any(head.lower_ == a.lower_ for a in actors):
            continue
        return [x for x in with_conjuncts(head) if x.pos_ != "PRON" and x.i not in skip], "object-phrase"
    return [], ""


_ADDRESSEE_PREPS = word_set("events/addressee_preps")
_TIME_ENTS = frozenset({"DATE", "TIME"})


def _addressed_demand(trig: Trigger, clause: Token) -> bool:
    """A demand made of someone: a REQUEST whose verb has an addressee, an object ("urged donors to ...") or a
    to/on-object that is no time ("appealed to donors to ...", "called on them to ..."; not "demanded on Monday")."""
    if trig.plover.event_type != "REQUEST":
        return False
    return any(c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS and any(
        g.dep_ == "pobj" and g.ent_type_ not in _TIME_ENTS for g in c.children)) for c in clause.children)


def _asked_content(trig: Trigger, clause: Token) -> set[int]:
    """A demand made of someone ("appealed to donors to keep supporting the mission", "encouraged its car makers
    to ..."): the infinitive that follows says what is asked, not of whom; its words name no target."""
    if not _addressed_demand(trig, clause):
        return set()
    return {t.i for c in clause.children if c.dep_ in {"xcomp", "ccomp"} and infinitive(c) for t in c.subtree}


def infinitive(verb: Token) -> bool:
    """A to-infinitive ("to support")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_ATTACK_SCENE_NOUNS = word_set("events/attack_scene_nouns")
_AGENT_OF_NOUNS = word_set("events/attack_agent_of_nouns")
_BLAMING_VERBS = frozenset({"blame", "attribute", "pin"})
_SCENE_PREPS = frozenset({"in", "at", "near", "on", "against", "outside", "inside", "across", "targeting"})


def _scene_of_condemned_attack(tok: Token, trig: Trigger, clause: Token) -> bool:
    """"condemned the bombings against three hotels in Amman": where an attack struck and whom it struck are its
    scene and victims, not the party an accusation is aimed at (its perpetrator: "by X", "X's attack").
    Rule: attack-scene-not-accused."""
    if trig.plover.event_type != "ACCUSE" or trig.head.lemma_.lower() in _BLAMING_VERBS:
        return False  # "blamed the attacks on X": X is who is blamed
    cur, below = tok, tok
    while cur != clause and cur.head != cur:
        parent = cur.head
        if cur.dep_ in {"prep", "acl"} and cur.lower_ in _SCENE_PREPS and parent.pos_ == "NOUN" \
                and _attack_noun(parent):
            return True
        if cur.dep_ == "relcl" and parent.pos_ == "NOUN" and _attack_noun(parent):
            # "a suicide bombing [in which five Israelis were killed]", "blasts [that took place in X]"; but
            # "the attack [which X launched]", "[claimed by X]": the attacker
            return below is cur or below.dep_ not in {"nsubj", "agent"}
        below = cur
        if cur.dep_ == "prep" and cur.lower_ == "of" and parent.pos_ == "NOUN" \
                and parent.lemma_.lower() in _ATTACK_SCENE_NOUNS - _AGENT_OF_NOUNS:
            return True  # "the killings [of opposition figures]"
        cur = parent
    return False


def _attack_noun(noun: Token) -> bool:
    """A noun naming an attack: an attack word, or an act a modifier calls violent ("the terrorist acts")."""
    return noun.lemma_.lower() in _ATTACK_SCENE_NOUNS or (noun.lemma_.lower() == "act" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _VIOLENT_ACT_MODIFIERS for c in noun.children))


_VIOLENT_ACT_MODIFIERS = word_set("events/violent_act_modifiers")


def condemned_attack_victim_of(obj: Token, etype: str) -> bool:
    """"condemned the killings of opposition figures": the of-object of a condemned attack is its victim (or the
    place struck), not the party the accusation is aimed at. Rule: attack-scene-not-accused."""
    return (etype == "ACCUSE" and obj.lemma_.lower() in _ATTACK_SCENE_NOUNS
            and obj.lemma_.lower() not in _AGENT_OF_NOUNS and obj.head.lemma_.lower() not in _BLAMING_VERBS)


WARNING_VERBS = word_set("events/warning_verbs")


_FEARED_ACT_WORDS = word_set("events/feared_act_words")


def _feared_act(tok: Token, trig: Trigger, clause: Token) -> bool:
    """"warned against any forced displacement of Palestinians": a party inside what is warned against (or
    about, or of) would suffer or do the feared act; the one warned is the object ("warned Israel against").
    Rule: feared-act-not-warned."""
    if trig.head.lemma_.lower() not in WARNING_VERBS:
        return False
    cur = tok
    while cur != clause and cur.head != cur:
        if cur.dep_ == "prep" and cur.head == clause and cur.lower_ in _FEARED_ACT_WORDS:
            return True
        cur = cur.head
    return False


# --- a protest's demand: the party to be removed or broken away from ----------------------------------------------

# Words that introduce what protesters demand ("calling for", "demanding", "in demand of", "urging").
DEMAND_WORDS = word_set("events/demand_words")
# The removal of a person or body from power: "the removal / resignation / ouster of X", "X's resignation".
REMOVAL_NOUNS = word_set("events/removal_nouns")
# Breaking away from a state: "independence / secession / autonomy from X".
SEPARATION_NOUNS = word_set("events/separation_nouns")
# Rule by a state or party, named by its modifier or of-object: "Indonesian rule", "the occupation of X".
RULE_NOUNS = word_set("events/rule_nouns")


_RULER_DEPS = word_set("events/ruler_deps")


def _ruler(noun: Token) -> list[Token]:
    """The party a rule noun names ("Indonesian rule", "rule by X", "the occupation of X"), or the noun itself
    when it is a party."""
    if noun.lemma_.lower() not in RULE_NOUNS:
        return [noun] if is_actor_like(noun) and noun.pos_ != "PRON" else []
    mods = [c for c in noun.children if c.dep_ in _RULER_DEPS and c.ent_type_ in NAMED_ENTS]
    mods += [g for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "by"}
             for g in p.children if g.dep_ == "pobj" and is_actor_like(g)]
    return mods[:1]


def _demanded(tok: Token, clause: Token) -> bool:
    """Is ``tok`` inside what a demand word below ``clause`` asks for ("calling for [the removal of X]")?"""
    cur = tok
    while cur != clause and cur.head != cur:
        cur = cur.head
        if cur.lemma_.lower() in DEMAND_WORDS and cur.pos_ in {"VERB", "NOUN"}:
            if cur == clause or cur.pos_ == "NOUN":
                return True
            # a demand verb with a subject of its own is another party's ("as the army pressed for ...")
            return all(c.pos_ == "PRON" for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"})
    return False


# Verbs of removing a ruler, in a protest's purpose or effort ("their effort to overthrow the government of X").
REMOVAL_VERBS = word_set("events/removal_verbs")
# Nouns of a sustained effort whose content is the protesters' aim.
EFFORT_NOUNS = word_set("events/effort_nouns")


_OWN_EFFORT_DEPS = word_set("events/own_effort_deps")


def _own_effort(effort: Token, clause: Token) -> bool:
    """Whether an effort noun is the protesters' own: the verb carrying it has no subject of its own other than a
    pronoun ("as they continued their effort to ..."), not another party ("as the army pressed its campaign")."""
    verb = effort.head
    while verb.dep_ in _OWN_EFFORT_DEPS and verb != clause and verb.head != verb:
        verb = verb.head
    if verb == clause:
        return True
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return all(c.pos_ == "PRON" for c in subjects)


def _removal_aim(tok: Token, clause: Token) -> list[Token]:
    """"(an effort / a bid) to overthrow X", "demanding to oust X": the party a protest aims to remove."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in REMOVAL_VERBS:
        return []
    aimed = _demanded(tok, clause) or any(a.lemma_.lower() in EFFORT_NOUNS and _own_effort(a, clause)
                                          for a in tok.ancestors if clause in a.ancestors) or (
        tok.head == clause and tok.dep_ in {"xcomp", "advcl"})
    if not aimed:
        return []
    return [x for c in tok.children if c.dep_ == "dobj" for x in with_conjuncts(c)
            if is_actor_like(x) and x.pos_ != "PRON"][:1]


def demanded_target(clause: Token) -> tuple[list[Token], str]:
    """The party a protest demands action against: the one whose removal is demanded ("a demonstration calling
    for the removal of President X", "demanding X's resignation") or the state independence is demanded from
    ("calling for independence from X", "a referendum on independence from X rule"), or the one the protest's
    effort aims to remove ("... as they continued their effort to overthrow X"). Rules "demanded-removal",
    "demanded-independence-from", "aimed-removal"."""
    for tok in clause.subtree:
        lemma = tok.lemma_.lower()
        aim = _removal_aim(tok, clause)
        if aim:
            return with_conjuncts(aim[0]), "aimed-removal"
        if tok.pos_ != "NOUN" or not _demanded(tok, clause):
            continue
        if lemma in REMOVAL_NOUNS:
            found = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj" and is_actor_like(g) and g.pos_ != "PRON"]
            found += [c for c in tok.children if c.dep_ == "poss" and is_actor_like(c) and c.pos_ != "PRON"]
            if found:
                return with_conjuncts(found[0]), "demanded-removal"
        if lemma in SEPARATION_NOUNS:  # "from X" on the noun, or on the demand verb ("demanding independence
            # from X" parsed with the verb's preposition)
            holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
            found = [r for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                     for g in p.children if g.dep_ == "pobj" for r in _ruler(g)]
            if found:
                return found[:1], "demanded-independence-from"
    return [], ""


# --- the place a restriction is imposed on or eased in ------------------------------------------------------------

# CAMEO codes of restrictions on a place's population and their easing: 1723 impose curfew, 1724 impose state of
# emergency or martial law, 1323/1324 threaten to impose them, 0813 ease curfew, 0814 ease state of emergency or
# martial law, 0811/0812 ease restrictions on political freedoms / on parties (CAMEO_codefile.txt).
RESTRICTION_CODES = word_set("events/restriction_codes")
_PLACE_PREPS = word_set("events/place_preps")


_RESTRICTED_PLACE_WORDS = word_set("events/restricted_place_words")
_RESTRICTED_PLACE_ENTS = word_set("events/restricted_place_ents")
_RESTRICTED_PLACE_LEMMAS = word_set("events/restricted_place_lemmas")


def restricted_place(trig: Trigger, clause: Token) -> tuple[list[Token], str]:
    """The place whose population a curfew, martial law or state of emergency is imposed on (or eased for): the
    first named place in an in/across/throughout-phrase of the trigger's clause, also in a clause hung on it
    ("imposed a curfew in the town of X", "prepared to impose martial law as battles raged in central X",
    "shortened the curfew imposed in X", "enhance political freedoms ... in X"). Rule "restricted-place"."""
    if trig.cameo not in RESTRICTION_CODES:
        return [], ""
    for noun in trig.tokens:  # "lifted the curfew on Palestinians living in X": the people named, not the place
        people = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in _RESTRICTED_PLACE_WORDS
                  for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in _RESTRICTED_PLACE_ENTS
                  and is_actor_like(g) and g.pos_ != "PRON"]
        if people:
            return with_conjuncts(people[0]), "restricted-people"
    for tok in clause.subtree:
        if tok.ent_type_ not in {"GPE", "LOC"} or tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS:
            continue
        if any(a.dep_ in {"ccomp", "parataxis"} and any(c.dep_ == "nsubj" for c in a.children) and
               a.lemma_.lower() in _RESTRICTED_PLACE_LEMMAS for a in tok.ancestors if clause in a.ancestors):
            continue  # "..., officials in X said"
        if _in_background(tok, clause):
            continue  # "declared a state of emergency after talks in X collapsed", "after rebels trained in X"
        return [tok], "restricted-place"
    return [], ""


_SCENE_MARKS = word_set("events/scene_marks")


def _in_background(tok: Token, clause: Token) -> bool:
    """Whether ``tok`` lies in a clause that only sets the scene for ``clause``: an adverbial clause opened by
    "after/before/since/when/because ..." (not "as": "as battles raged in X" is where), or a clause describing a
    party ("rebels [trained in X]")."""
    for a in [tok, *tok.ancestors]:
        if a == clause:
            return False
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SCENE_MARKS for c in a.children):
            return True
        if a.dep_ == "pcomp" and a.head.lower_ in _SCENE_MARKS:
            return True  # "after talks in X collapsed" parsed under the preposition "after"
        if a.dep_ in {"acl", "relcl"} and is_actor_like(a.head):
            return True
    return False


# --- the counterpart of talks a concession follows ----------------------------------------------------------------

TALK_NOUNS = word_set("events/talk_nouns")
_AFTER_PREPS = word_set("events/after_preps")


def talks_counterpart(clause: Token) -> tuple[list[Token], str]:
    """A concession, retreat or agreement made after talks with a party yields to that party: "called off the
    strike after deliberations with X", "withdrew following negotiations with X" -> X. Rule "after-talks-with"."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AFTER_PREPS:
            continue
        for talk in prep.children:
            if talk.dep_ not in {"pobj", "pcomp"} or talk.lemma_.lower() not in TALK_NOUNS | {"meet", "talk"}:
                continue
            found = [x for w in talk.children if w.dep_ == "prep" and w.lower_ == "with" for x in w.children
                     if x.dep_ == "pobj" and is_actor_like(x) and x.pos_ != "PRON"]
            if found:
                return with_conjuncts(found[0]), "after-talks-with"
    return [], ""
