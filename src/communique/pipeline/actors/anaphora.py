"""Group anaphora and pronoun antecedents for actor resolution: which phrases are group anaphors, the syntactic
antecedents of "it"/"they", the organisation a definite description stands for ("the alliance" -> NATO), which
sets of parties an event offers to later group anaphors, whether an event is reciprocal ("each other"), and the
country a phrase's place modifiers name. Pure look-ups over the parse, the knowledge base and the document's
people (no actor building); ``actors`` resolves the antecedents these return.
"""

from __future__ import annotations

import bisect
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

from ...kb import KnowledgeBase, OrgEntry
from ...kb.base import REGION_WORDS
from ...lexicon.words import word_map, word_set
from ...records import Document, Event
from ..events.arguments import definite_issued_text
from ..nlp import entities
from .coref import DocPeople
from .names import COLLECTIVE_SECTORS, GROUP_PRONOUNS, fold_ascii_lower, lookup_role, split_name


class Scope(Protocol):
    """What the look-ups need from the actor-resolution context."""

    document: Document
    sdoc: Doc
    kb: KnowledgeBase
    people: DocPeople
    off: int


# counts above two: "the three leaders", "all four countries" (a definite counted set of parties just named)
COUNT_WORDS = word_set("actors/anaphora_count_words")
ANAPHOR_DETS = frozenset({"the", "both", "two", "all", "these", "those", *COUNT_WORDS})
ANAPHOR_MODS = word_set("actors/anaphora_anaphor_mods")
_COUNT_DETS = word_set("actors/anaphora_count_dets")
_LEADERS_OF_HEADS = word_set("actors/anaphora_leaders_of_heads")
# plural heads of group anaphors -> the kind of parties they can stand for
GROUP_HEADS: dict[str, str] = word_map("actors/anaphora_group_heads")


def group_anaphor(low: list[str]) -> str | None:
    """Is this (lower-cased) phrase a group anaphor? Returns what it may stand for: "any", "country", "person",
    "pronoun" ("they"/"them") or "leaders-of" ("the leaders of both nations"); None otherwise."""
    low = [w.replace("\u2019", "'") for w in low]
    if len(low) == 1 and low[0] in GROUP_PRONOUNS:
        return "pronoun"
    if low in (["each", "other"], ["one", "another"], ["both"], ["the", "two"], ["the", "pair"]):
        return "any"
    if "of" in low and 0 < low.index("of") < len(low) - 1:
        i = low.index("of")
        inner = group_anaphor(low[i + 1 :])
        if inner in ("country", "any") and low[i - 1] in _LEADERS_OF_HEADS:
            return "leaders-of"
        return None
    dets = [w for w in low if w in ANAPHOR_DETS]
    rest = [w for w in low if w not in ANAPHOR_DETS]
    if not rest or rest[-1] not in GROUP_HEADS or not all(w in ANAPHOR_MODS for w in rest[:-1]):
        return None
    if "both" in dets or "two" in dets or ("the" in dets and GROUP_HEADS[rest[-1]] == "any"):
        return GROUP_HEADS[rest[-1]]
    if COUNT_WORDS & set(dets) and _COUNT_DETS & set(dets):  # "the three leaders"
        return GROUP_HEADS[rest[-1]]
    return None


_SIZE_WORDS = {"both": 2, "two": 2, "pair": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}


def anaphor_size(low: list[str]) -> int | None:
    """How many parties a group anaphor says it stands for ("the two leaders", "both sides", "the pair" -> 2,
    "the three countries" -> 3); None when it does not say ("the sides", "they", "each other")."""
    sizes = {_SIZE_WORDS[w] for w in low if w in _SIZE_WORDS}
    return sizes.pop() if len(sizes) == 1 else None


GROUP_OF = word_set("actors/anaphora_group_of")


def is_plural(t: Token) -> bool:
    """Plural in meaning: "rebels", "X and Y", "police", "a group of leaders"."""
    if t.tag_ in ("NNS", "NNPS") or bool(t.conjuncts) or t.lower_ in ("police", "people"):
        return True
    return t.lower_ in GROUP_OF and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for g in c.children) for c in t.children)


def party_noun(ctx: Scope, t: Token, owners: bool = False) -> bool:
    """A noun phrase head that can be a party: a named country/organisation/group, or a collective or role noun
    with a country word ("British nationals"); with ``owners``, also a named owner ("Poland's plans")."""
    if owners and t.dep_ == "poss" and (t.ent_type_ in ("GPE", "ORG") or ctx.kb.country(t.text)):
        return True
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "amod", "poss"):
        return False
    if t.ent_type_ in ("GPE", "ORG", "NORP") or ctx.kb.country(t.text) or ctx.kb.organization(t.text):
        return True
    mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    return any(ctx.kb.country(c.text) is not None for c in mods) or t.lower_ in COLLECTIVE_SECTORS


def preceding_party(ctx: Scope, tok: Token, plural: bool, owners: bool = False) -> Token | None:
    """The nearest party noun before the pronoun in its sentence, of the right number ("a reminder to Iraq that
    it must cooperate", "compensation to British nationals ... expelled them"; with ``owners`` also a named owner:
    "unease over Poland's plans and urged it to ...")."""
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        t = ctx.sdoc[i]
        if party_noun(ctx, t, owners) and is_plural(t) == plural and not (
                t.ent_type_ == "PERSON" or ctx.people.mention_in(ctx.off + t.idx, ctx.off + t.idx + len(t.text))):
            owner = [c for c in t.children if c.dep_ == "poss" and party_noun(ctx, c, owners)] if owners else []
            return owner[0] if owner else t  # "Poland's uncertainty ... urged it": Poland
    return None


def np_tokens(h: Token) -> list[Token]:
    out = [h]
    for ch in h.children:
        if ch.dep_ not in ("punct", "relcl", "acl", "appos", "advcl", "prep") or (ch.dep_ == "prep" and ch.i > h.i
                                                                                 and ch.lower_ in ("of", "in", "from")):
            out.extend(ch.subtree)
    return sorted(out, key=lambda t: t.i)


_OWNER_NOUNS = word_set("actors/anaphora_owner_nouns")


def clause_antecedent(ctx: Scope, tok: Token, plural: bool) -> Token | None:
    """The subject of a clause governing the pronoun ("Syria says it is willing", "The rebels said they will"),
    or the owner of a noun of commitment or announcement governing it ("Beijing's announcement that it would sign";
    not "the EU's demand that it halt", addressed to "it"), of the right number and not a person for "it"."""
    h, steps = tok.head, 0
    while steps < 6:
        deps = ("nsubj", "nsubjpass", "poss") if h.lemma_.lower() in _OWNER_NOUNS and h.i < tok.i else (
            "nsubj", "nsubjpass")
        for ch in h.children:
            if ch.dep_ in deps and ch.i < tok.i and ch.pos_ != "PRON" \
                    and not ch.left_edge.i <= tok.i <= ch.right_edge.i and is_plural(ch) == plural:
                if not plural and (ch.ent_type_ == "PERSON" or ctx.people.mention_in(
                        ctx.off + ch.idx, ctx.off + ch.idx + len(ch.text))):
                    return None
                return ch
        if h.head.i == h.i:
            break
        h, steps = h.head, steps + 1
    return None


def reciprocal(ctx: Scope, ev: Event) -> bool:
    """Does the event's own verb take "each other"/"one another" ("accused each other", "clashed with one
    another"), not a verb joined to it ("condemned the bombing and promised to help each other")?"""
    if ev.trigger is None:
        return False
    s = ctx.people.sentence_of(ev.trigger.start)
    end = ctx.people.sent_bounds[s][1] if ctx.people.sent_bounds else len(ctx.document.text)
    tail = fold_ascii_lower(ctx.document.text[ev.trigger.end : end])
    if " each other" not in f" {tail}" and " one another" not in f" {tail}":
        return False
    lo, hi = ev.trigger.start - ctx.off, ev.trigger.end - ctx.off
    trig = {t.i for t in ctx.sdoc if lo <= t.idx < hi}
    for other in (t for t in ctx.sdoc if t.lower_ in ("other", "another") and t.idx >= hi and t.idx < end - ctx.off):
        cur = other
        while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX") and cur.i not in trig:
            cur = cur.head
        if cur.i in trig:  # the first verb (or the trigger noun) above "each other" is the event's own
            return True
    return False


PLACE_PREPS = word_set("actors/anaphora_place_preps")


def context_country(ctx: Scope, head: Token, person: bool, places_only: bool = False) -> tuple[str, str, str] | None:
    """A country named by the head's modifiers: "in/of/from <place>" phrases, possessives and compounds that are
    countries or known places. For a person's title only "of" and possessives count ("governor of X"). With
    ``places_only``, only prepositional phrases and country names (not demonyms) count ("Albanians in Serbia")."""
    cands: list[Token] = [head] if head.pos_ == "PROPN" and not person else []  # "the regional capital Juba"
    for ch in head.children:
        if ch.dep_ == "prep" and ch.i > head.i and (ch.lower_ == "of" or (not person and ch.lower_ in PLACE_PREPS)):
            cands.extend(_names_in(ch))
        elif places_only:
            continue
        elif ch.dep_ == "poss" or (not person and ch.dep_ in ("compound", "nmod", "amod")):
            cands.extend(_names_in(ch))
    if not person and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        objs = [o for o in verb.children if o.dep_ == "dobj" and o.i != head.i] if head.dep_ == "nsubj" else []
        for ch in [c for x in (verb, *objs) for c in x.children]:  # "Thousands of people marched in Hong Kong",
            if ch.dep_ == "prep" and ch.lower_ in ("in", "across", "throughout", "inside"):  # "blocked streets in X"
                cands.extend(_names_in(ch))
    seen: set[int] = set()
    for t in cands:
        if t.i in seen:
            continue
        chain = [t]
        while chain[-1].i + 1 < len(ctx.sdoc) and ctx.sdoc[chain[-1].i + 1] in cands:
            chain.append(ctx.sdoc[chain[-1].i + 1])
        seen.update(c.i for c in chain)
        while len(chain) > 1 and lookup_role(ctx.kb, chain[0].text) is not None:  # "President Ilyas Tamirov"
            chain.pop(0)
        text = ctx.sdoc[chain[0].i : chain[-1].i + 1].text
        c = ctx.kb.country(text)
        if c is not None and places_only and fold_ascii_lower(text) not in {fold_ascii_lower(n) for n in (c.name, *c.names)}:
            continue  # "Israeli-occupied": a demonym says whose, not where
        if c is not None:
            return c.iso3, text, "place"
        if not all(t.text[:1].isupper() for t in chain):
            continue  # "al" of "al-Qaeda"
        if not places_only and chain[-1].i < head.i and (ethnic := ctx.kb.ethnic_group(text)) is not None:
            return ethnic, text, "ethnic group"  # "Yoruba leaders", "Karen guerrillas"
        if any(t.ent_type_ == "PERSON" for t in chain) or (  # a word tagged as a place is not a namesake's
                not any(t.ent_type_ in ("GPE", "LOC") for t in chain) and ctx.kb.people_named(text)):
            hint = kb_country_hint(ctx, text, leaders=True) if not person and (t.dep_ in ("compound", "poss") or (
                t.dep_ == "pobj" and t.head.lower_ == "of")) else None
            if hint is not None:  # "the Bush administration": the person's country
                return hint, text, "person"
            continue  # a person, not the place of that name
        place = ctx.kb.place(text)
        if places_only and not any(t.ent_type_ in ("GPE", "LOC") for t in chain):
            continue
        if place is not None and place.country and (place.kind == "capital" or (place.population or 0) >= 100_000
                                                    or any(t.ent_type_ in ("GPE", "LOC") for t in chain)):
            return place.country, text, "place"
        after = ctx.sdoc[chain[-1].i + 1] if chain[-1].i + 1 < len(ctx.sdoc) else None
        before = ctx.sdoc[chain[0].i - 1] if chain[0].i > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper():
            continue  # the tail of a longer name ("Kenzo Oshima"), not a town
        if place is None and (any(t.ent_type_ in ("GPE", "LOC") for t in chain)
                              or (after is not None and after.lower_ in REGION_WORDS)):
            minor = ctx.kb.minor_place(text)  # "Darfur rebels", "the government of Sindh province"
            if minor is not None:
                return minor[0], text, minor[1]
    if not places_only:  # an adjective naming a community: "Tibetan monks", "Chechen fighters"
        for ch in head.children:
            if ch.dep_ in ("amod", "compound") and ch.i < head.i and ch.text[:1].isupper() \
                    and (ethnic := ctx.kb.ethnic_group(ch.text)) is not None:
                return ethnic, ch.text, "ethnic group"
    return None


def _names_in(tok: Token) -> list[Token]:
    """Proper nouns in a modifier, looking into its own prepositional modifiers only when they locate ("students
    throughout Indonesia"; "a stronghold on the Thai border" names no place for the stronghold's owners)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        x = stack.pop()
        if x.pos_ == "PROPN":
            out.append(x)
        stack.extend(c for c in x.children if not (c.dep_ == "prep" and c.lower_ not in PLACE_PREPS)
                     and c.dep_ not in ("relcl", "acl", "advcl", "appos"))
    return sorted(out, key=lambda t: t.i)


# Roles whose holder's name stands for a government ("the Bush administration", "the Modi government").
LEADER_ROLES = word_set("actors/anaphora_leader_roles")


def kb_country_hint(ctx: Scope, name: str, leaders: bool = False) -> str | None:
    """The country when every KB person the name may denote has the same one ("Bush" -> USA), even though the
    person is not identified; a full name the KB lacks is tried by surname with the same given name. ``leaders``:
    only people who led a state or government count (a name modifying "administration"/"juntas": not the
    "Sahel juntas" of a namesake minister)."""
    parts = split_name(name)
    if parts is None:
        return None
    cands = ctx.kb.people_named(name, on=None)
    if not cands and parts.full:
        cands = [p for p in ctx.kb.people_named(parts.surname, on=None)
                 if (sp := split_name(p.name)) is not None and (parts.given in sp.tokens or len(sp.tokens) == 1)]
    if not cands and parts.full:  # "Bouteflicka", "Gbago": a near spelling of one country's people
        cands = ctx.kb.people_like(name)
    if leaders:
        cands = [p for p in cands if any(pos.role in LEADER_ROLES for pos in p.positions)]
    countries = {p.country for p in cands}
    if len(countries) == 1 and None not in countries:
        return next(iter(countries))
    return None


# --- definite organisation descriptions: "the organization", "the alliance", "the bloc" ------------------------------

# Head nouns of definite descriptions that can stand for an organisation named earlier in the article.
ORG_ANAPHOR_HEADS = word_set("actors/anaphora_org_anaphor_heads")
_IGO_LIKE = word_set("actors/anaphora_igo_like")
# An organisation whose name ends in one of these is that kind of thing, not an "organization"/"body"/"agency"
# ("the Non-Aligned Movement" is a movement; "the organization" after it and the UN is the UN).
_OTHER_KINDS = word_set("actors/anaphora_other_kinds")
_BODY_WORDS = word_set("actors/anaphora_body_words")
_SAME_WORD = {"organisation": "organization"}
_ORG_ENTS = word_set("actors/anaphora_org_ents")
_ORG_LOOKBACK = 8  # sentences
_NAMED_LOOKBACK = 40  # sentences, for a description whose head word is in the name


def definite_org_head(words: list[Token]) -> Token | None:
    """The head of a definite organisation description ("the organization", "the organisation's", "the Western
    alliance", "the 27-member bloc", "the world body"), or None. Not when a name, a country word or an "of"/"for"
    phrase says which one ("the African Union", "the Kenyan agency", "the group of states"), nor a bare "the
    body"."""
    toks = [t for t in words if not t.is_punct and t.lower_.replace("\u2019", "'") != "'s"]
    if len(toks) < 2 or toks[0].lower_ != "the":
        return None
    head = toks[-1]
    if head.lower_ not in ORG_ANAPHOR_HEADS or head.tag_ in ("NNS", "NNPS"):
        return None
    for t in toks[1:-1]:
        if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") \
                or not (t.pos_ in ("ADJ", "NOUN", "NUM", "ADV", "VERB") or t.text == "-"):
            return None
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > head.i for c in head.children):
        return None
    if head.lower_ == "body" and len(toks) == 2:  # a bare "the body" is as often a dead body as the world body
        return None
    return head


def _org_fits(head: str, org: OrgEntry | None, text: str) -> bool:
    """Can a definite description with this head word stand for this organisation (KB entry, or None for an
    organisation the knowledge base lacks, known only by its text)?"""
    head = _SAME_WORD.get(head, head)
    names = [text] if org is None else [text, org.name, *org.aliases]
    words = {_SAME_WORD.get(w, w) for n in names for w in fold_ascii_lower(n).replace("-", " ").split()}
    if head in words:  # "the Union" -> the African Union
        return True
    if org is None:
        return head == "group"  # "Amnesty International ... the group said"
    last = fold_ascii_lower(org.name).split()[-1] if org.name else ""
    if head in ("organization", "body", "agency") and last in _OTHER_KINDS:
        return False
    igo = (org.country or "") in _IGO_LIKE
    if head == "organization":
        return True
    if head == "body":
        return igo or bool(words & _BODY_WORDS)
    if head == "agency":
        return org.country == "UNO" and org.code != "UNO"
    if head == "alliance":
        return igo and org.sector == "MIL" or "treaty" in words or "pact" in words
    if head == "bloc":
        return (org.country or "") in ("IGO", "EUR") and last not in ("bank", "fund", "court")
    if head == "group":
        return not igo and org.sector in ("REB", "NGO", "BUS", "MIL", "SOC", "CRM")
    if head == "movement":  # "the Taliban ... the movement's fighters": an armed, opposition or party movement
        return not igo and org.sector in _MOVEMENT_SECTORS
    return False


_MOVEMENT_SECTORS = word_set("actors/anaphora_movement_sectors")


def possessor_org(ctx: Scope, head: Token) -> OrgEntry | None:
    """The organisation a definite possessor stands for ("one of the movement's fighters" after "the Taliban"),
    or None."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    span = org_antecedent(ctx, list(poss.subtree)) if poss is not None else None
    return ctx.kb.organization(span.text) if span is not None else None


def org_antecedent(ctx: Scope, words: list[Token], lookback: int = _ORG_LOOKBACK) -> Span | None:
    """The organisation a definite description stands for ("As a member of the UN, X supports the organization's
    work" -> "UN"; "NATO ... the alliance"; "the EU ... the bloc"): the most recent named organisation of a fitting
    kind before it, in its sentence or the ``lookback`` sentences before (rule "coref:definite-org" in ``actors``).
    Returns the organisation's entity span without a leading "the"; None when the phrase is no such description or
    nothing fits."""
    head = definite_org_head(words)
    if head is None:
        return None
    first = min(t.i for t in words)
    ents = _ents(ctx.sdoc)
    ends = [e.end for e in ents]
    here = ctx.people.sentence_of(ctx.off + head.idx)
    for ent in reversed(ents[: bisect.bisect_right(ends, first)]):
        far = ctx.people.sentence_of(ctx.off + ent.start_char) < here - lookback
        if ctx.people.sentence_of(ctx.off + ent.start_char) < here - _NAMED_LOOKBACK:
            break
        named = head.lower_ in fold_ascii_lower(ent.text).split()
        if far and not named:
            continue  # further back only the organisation whose name has the word ("the commission")
        if ent.label_ not in _ORG_ENTS:
            continue
        span = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
        text = span.text
        if ctx.kb.country(text) is not None:
            continue
        org = ctx.kb.organization(text)
        if org is None and (ent.label_ != "ORG" or (
                ctx.people.sentence_of(ctx.off + ent.start_char) < here - 1 and not named)):
            continue  # an organisation the knowledge base lacks: only from this sentence or the one before
        if _org_fits(head.lower_, org, text):
            return span
    return None


ISSUING_VERBS = word_set("actors/issuing_verbs")


def document_issuer(ctx: Scope, words: list[Token], lookback: int = 3) -> list[Token] | None:
    """The party a definite text stands for ("APEC ministers issued a joint statement. The statement urged X ..."
    -> the ministers): the subject of the nearest earlier verb of issuing whose object is the same kind of text, in
    its sentence or the ``lookback`` sentences before; None when the phrase is no such text or nothing fits."""
    if not words or not definite_issued_text(words[-1]):
        return None
    head = words[-1]
    here = ctx.people.sentence_of(ctx.off + head.idx)
    for tok in reversed(ctx.sdoc[: words[0].i]):
        if ctx.people.sentence_of(ctx.off + tok.idx) < here - lookback:
            return None
        if tok.lemma_.lower() != head.lemma_.lower() or tok.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = tok.head
        if verb.lemma_.lower() not in ISSUING_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
        if subj is not None and subj.dep_ == "agent":
            subj = next((g for g in subj.children if g.dep_ == "pobj"), None)
        return np_tokens(subj) if subj is not None else None
    return None


def _ents(sdoc: Doc) -> list[Span]:
    cached = sdoc.user_data.get("communique.ents_by_end")
    if cached is None or len(cached) != len(entities(sdoc)):
        cached = sorted(entities(sdoc), key=lambda e: e.end)
        sdoc.user_data["communique.ents_by_end"] = cached
    ents: list[Span] = cached
    return ents


# --- the sets of parties an event offers to later group anaphors -----------------------------------------------------

P = TypeVar("P")


def event_party_sets(ev: Event, actors: list[P], recipients: list[P]) -> list[list[P]]:
    """The sets of parties a resolved event offers to later group anaphors ("the sides", "they"), most salient
    first. The parties of a meeting, call or visit are one set ("A met B and C. The parties ..."; a host took part
    in the talks). Otherwise a side with two or more parties is a set of its own and the lone party on the other
    side stays out of it: after "C asked A and B to ..." the sides are A and B, not C; "A and B accused C" offers A
    and B. Only when neither side has two parties are both sides together one set ("A accused B. The two ...")."""
    both = [*actors, *recipients]
    if ev.event_type == "CONSULT":
        return [both] if len(both) >= 2 else []
    sides = [side for side in (actors, recipients) if len(side) >= 2]
    if sides:
        return sides
    return [both] if len(both) >= 2 else []
