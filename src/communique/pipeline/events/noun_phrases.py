"""The extent of an actor's noun phrase in the parse: titles, names, "of"-complements and appositions in, relative
clauses, other prepositional phrases and clause words the parser hung on the noun out (``np_tokens``), and the
phrase as an :class:`ActorRef` (``actor_ref``); the phrase's head actor (``actor_head``). Also the phrases the
parser misplaces around a party: the object of a result word read as a preposition ("shot [dead] X":
``result_objects``) and a guest after "between X and visiting" (``guest_in_between``, ``guest_after_and``; see
``arguments.guest_after`` for "with visiting X")."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set
from ...records import ActorRef
from .arguments import (
    ACTOR_ENTS,
    ACTOR_NOUNS,
    GUEST_PARTICIPLES,
    NP_DROP_DEPS,
    NP_KEEP_PREPS,
    SAY_VERBS,
    is_actor_like,
)

_NP_TOKENS_LEMMAS = word_set("events/np_tokens_lemmas")


def _coordinated_modifier(mod: Token, c: Token, top: bool) -> bool:
    """"Myanmar's agricultural [and sports] industries": a plain modifier's coordination stays in the phrase (not
    nationalities or places: "Israeli and Palestinian leaders" are two parties); so do the countries a common noun
    comes from ("delegations from China [and Vietnam]": the actors stage splits them, one party per country)."""
    if c.dep_ in {"cc", "conj"} and mod.dep_ == "pobj" and mod.ent_type_ == "GPE" and mod.head.lower_ in {"from", "of"}:
        return not top and mod.head.head.pos_ == "NOUN" and (c.dep_ == "cc" or c.ent_type_ == "GPE")
    return (c.dep_ in {"cc", "conj"} and mod.dep_ in {"amod", "compound"} and mod.head.pos_ == "NOUN"
            and not {mod.ent_type_, c.ent_type_} & {"NORP", "GPE", "ORG", "PERSON"})


def np_tokens(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``: titles, names, "of"-complements and
    appositions included; relative clauses, coordinated phrases and other prepositional phrases left out."""
    keep = {head.i}
    stack = [head]  # a walk down the tree with a stack: a deep parse (3,000 "…") exceeds Python's recursion limit
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ in NP_DROP_DEPS and not (c.dep_ == "prep" and c.lower_ in NP_KEEP_PREPS) and not (
                    tok == head and _place_of_unnamed(c, head)) and not _coordinated_modifier(tok, c, tok == head):
                continue
            if c.dep_ == "prep" and any(g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.tag_ == "VBG")
                                        for g in c.children):
                continue  # "the rebels [of attacking the convoy]"
            if tok == head and c.dep_ == "prep" and c.lower_ in {"of", "with"} and head.dep_ == "dobj" and \
                    head.head.lemma_.lower() in _NP_TOKENS_LEMMAS and any(
                        g.dep_ == "pobj" and (not is_actor_like(g) or any(m.tag_ == "VBG" for m in g.lefts))
                        for g in c.children):
                continue  # "accused the X government [of arresting activists]": the charge, not the accused
            if c.dep_ == "prep" and c.lower_ == "of" and tok.ent_type_ == "GPE" and any(
                    g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children):
                continue  # "accused Baku [of ethnic cleansing]": a charge, not part of a place's name
            if c.dep_ == "punct" or c.pos_ == "SPACE" or _no_part_of_phrase(tok, c):
                continue
            if c.dep_ == "appos" and (not _title_or_name(c, tok) or _reporter_before_verb(c)):
                continue
            keep.add(c.i)
            stack.append(c)
    doc = head.doc
    colons = [i for i in keep if doc[i].text == ":" or (doc[i].text == ")" and i + 1 < len(doc) and doc[i + 1].text == ":")]
    if colons:  # a dateline before the sentence ("New York, 20 September (TDI): The Foreign Minister ...")
        cut = max(colons)
        keep = {i for i in keep if i > cut + (1 if doc[cut].text == ")" else 0)} or keep
    start = end = head.i if head.i in keep else min(keep)
    while start - 1 in keep or (start - 1 >= 0 and _bridge(head, start - 1, keep)):
        start -= 1
    while end + 1 in keep or _bridge(head, end + 1, keep):
        end += 1
    while start < end and (doc[end].is_punct or doc[end].lower_ in {"and", "or"} or doc[end].dep_ == "case"
                           or (doc[end].pos_ == "ADP" and doc[end].dep_ == "prep")):  # "Thousands of X from"
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"and", "or"}):
        start += 1
    return start, end + 1


def _no_part_of_phrase(tok: Token, c: Token) -> bool:
    """Words the parser hung on a noun that are no part of its phrase: a result word opening it ("shot [dead] two
    soldiers", "[dead] several protesters"), and a time or place of the clause after it ("four guerrillas [here]
    [Monday]")."""
    if c.dep_ == "amod" and c.lower_ in _RESULT_WORDS and c.i == tok.left_edge.i and any(
            d.i > c.i for d in tok.children if d.dep_ != "punct"):
        return True
    return c.i > tok.i and ((c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
                            or (c.dep_ == "advmod" and c.lower_ in _DEICTIC_PLACE_ADVERBS))


_DEICTIC_PLACE_ADVERBS = word_set("events/deictic_place_adverbs")
_RESULT_WORDS = word_set("events/result_words")


def guest_in_between(word: Token) -> bool:
    """"between Putin and [visiting] Indian Prime Minister Singh": a participle that marks the guest among the
    parties of a "between" phrase, no act of its own."""
    doc = word.doc
    if word.lower_ not in GUEST_PARTICIPLES or word.i < 2 or doc[word.i - 1].lower_ != "and":
        return False
    return any(a.dep_ == "prep" and a.lower_ in ("between", "among") for a in list(doc[word.i - 2].ancestors)[:3])


def guest_after_and(party: Token) -> list[Token]:
    """"talks between Hu and [visiting] US President Bush": the guest after "and" that the parser hung elsewhere
    (the participle read as a verb with the guest as its object, or as a modifier of the guest)."""
    doc, j = party.doc, party.right_edge.i + 1
    if j + 2 >= len(doc) or doc[j].lower_ != "and" or doc[j + 1].lower_ not in GUEST_PARTICIPLES \
            or any(c.dep_ == "conj" for c in party.children):
        return []
    word, k = doc[j + 1], j + 2
    while k + 1 < len(doc) and doc[k].dep_ == "compound":  # "visiting US President George W. [Bush] said"
        k += 1
    return [c for c in word.children if c.dep_ == "dobj"] or ([word.head] if word.dep_ == "amod" else [
        doc[k]] if doc[k].pos_ in ("PROPN", "NOUN") else [])


def result_objects(prep: Token) -> list[Token]:
    """"shot [dead] X" parsed with "dead" as a preposition: X is the verb's object."""
    return [g for g in prep.children if g.dep_ == "pobj"] if prep.lower_ in _RESULT_WORDS else []


def _reporter_before_verb(appos: Token) -> bool:
    """"... relations with Zimbabwe, [the outgoing Malaysian ambassador] said on Thursday": the parser hung the
    speaker on the noun before it; right before a report verb that has no subject (the sentence's root, or hung as
    an adverbial or a conjunct), it is that verb's subject, no other name of the noun."""
    doc = appos.doc
    nxt = appos.right_edge.i + 1
    comma = nxt + 1 < len(doc) and doc[nxt].text == ","  # "..., X, coordinator for Y, told AFP"
    nxt += comma
    if nxt >= len(doc) or (comma and doc[nxt].tag_ not in ("VBD", "VBZ", "VBP")):
        return False  # "arrested the speaker, X, saying he was ...": a participle of the clause, not X's report
    verb = doc[nxt]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SAY_VERBS and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


_PLACE_OF_UNNAMED_DEPS = word_set("events/place_of_unnamed_deps")
_PLACE_OF_UNNAMED_ENTS = word_set("events/place_of_unnamed_ents")


def _place_of_unnamed(prep: Token, head: Token) -> bool:
    """An in/at-place that says whose an unnamed group is ("refugees in X", "students at X University"): kept,
    since the place is all that names its country; a named or nationality-marked head keeps its own."""
    if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"} or head.ent_type_ or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in _PLACE_OF_UNNAMED_DEPS and c.ent_type_ in ACTOR_ENTS for c in head.children):
        return False
    return any(g.dep_ == "pobj" and g.ent_type_ in _PLACE_OF_UNNAMED_ENTS for g in prep.children)


def _title_or_name(appos: Token, head: Token) -> bool:
    """An apposition belongs to the phrase when it is a name for a title ("Minister, Sergey Lavrov") or a title
    for a name ("Bayramov, Minister of Foreign Affairs"), not a source credit ("Aliyev, News.Az reports")."""
    if appos.ent_type_ == "PERSON" and head.ent_type_ != "PERSON":
        return True
    return appos.lemma_.lower() in ACTOR_NOUNS and appos.ent_type_ not in {"GPE"}


def actor_head(tok: Token) -> Token | None:
    """The actor a phrase names: the token itself, or its possessor/actor modifier ("Azerbaijan's leadership")."""
    if is_actor_like(tok):
        return tok
    for c in tok.children:
        if c.dep_ == "poss" and is_actor_like(c):
            return c
    return None


def _bridge(head: Token, i: int, keep: set[int]) -> bool:
    """Punctuation inside the phrase (a hyphen, the comma of an apposition) joins kept tokens."""
    doc = head.doc
    if i < 0 or i >= len(doc) or not doc[i].is_punct or "\n" in doc[i].text:
        return False
    return (i - 1 in keep) and (i + 1 in keep)


_RELATION_NOUNS = word_set("events/relation_nouns")
_NAMED_PARTY_ENTS = word_set("events/relation_named_party_ents")


def _named_relative(head: Token) -> Token:
    """"China's ally Pakistan", "its neighbour, Laos": a relation noun with a named apposition stands for the one
    named (the possessor is the other side of the relation, not the party)."""
    if head.lemma_.lower() not in _RELATION_NOUNS:
        return head
    return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ in _NAMED_PARTY_ENTS), head)


def actor_ref(head: Token, offset: int) -> ActorRef:
    head = _named_relative(head)
    start, end = np_tokens(head)
    doc = head.doc
    opened = [t.i for t in doc[start:end] if t.text == "("]
    if end < len(doc) and doc[end].text == ")" and opened and opened[-1] > start \
            and end - opened[-1] == 2 and doc[end - 1].text.isupper():
        end = opened[-1]  # "The European Union (EU) on Thursday": the name, without its bracketed acronym
        if head.i >= end:
            head = doc[end - 1]
    if head.i < start:  # the parse put a dateline's place at the head: the phrase after the colon is the actor
        inside = [t for t in doc[start:end] if not (start <= t.head.i < end) or t.head == t]
        head = inside[0] if inside else doc[start]
    s = doc[start].idx
    e = doc[end - 1].idx + len(doc[end - 1].text)
    text = doc[start:end].text  # Doc.text would rebuild the whole text on every call
    return ActorRef(text=text, start=offset + s, end=offset + e, head=offset + head.idx)
