"""Noun-phrase shapes that move an actor phrase's head to another noun (pure parse machinery, no KB):

  - quantity partitives ("scores of Togolese and Beninese refugees", "thousands of Kurdish villagers",
    "two of the ministers"): the actor is what the "of"-phrase names, not the quantity;
  - premises of an occupant ("the offices of the provincial administrators", "the headquarters of the party"):
    an attack on the offices of X is an act on X (PETRARCH codes the owner named in the phrase);
  - the noun phrase an "of"-object heads in the sentence, without its clauses and appositions, even where the
    event's reference was cut short ("scores of Togolese" given for the whole phrase).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from msgspec import structs
from spacy.tokens import Token

from ...kb import OrgEntry
from ...lexicon.words import word_set
from ...records import Actor, ActorRef
from .coref_mentions import TitleInfo, read_title
from .groups import span_ref, sub_ctx
from .names import BODY_WORDS, fold_ascii_lower, lookup_role
from .persons import DETS, ActorCtx, cluster_actor, strip_det

Resolve = Callable[[ActorCtx, ActorRef], list[Actor]]
SharedResolve = Callable[[ActorCtx, list[Token], str, int, int, int], list[Actor]]
ResolveUnit = Callable[[ActorCtx, list[Token], str, int, int, int], "Actor | list[Actor]"]
UnknownOrg = Callable[[ActorCtx, str, "str | None", "str | None", "Token | None", str], Actor]

# Nouns of quantity: "<quantity> of <people>" names the people.
QUANTITY_HEADS = word_set("actors/phrases_quantity_heads")
# Premises named by their occupant: "the offices of X", "the home of X".
PREMISES_HEADS = word_set("actors/phrases_premises_heads")
# Dependents that are not part of the noun phrase proper.
_CLAUSAL = word_set("actors/phrases_clausal")


def phrase_tokens(tok: Token) -> list[Token]:
    """The noun phrase ``tok`` heads, with its conjuncts, without clauses, appositions or trailing punctuation,
    cut at the first gap ("Togolese and Beninese refugees, whom ..." -> up to "refugees")."""
    out: list[Token] = []
    stack = [tok]  # iterative: a very deep parse would exceed Python's recursion limit
    while stack:
        t = stack.pop()
        out.append(t)
        for ch in t.children:
            if ch.dep_ in _CLAUSAL and not (ch.dep_ == "punct" and ch.i < t.i):
                continue
            stack.append(ch)
    out.sort(key=lambda t: t.i)
    run = [out[0]]
    for t in out[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    while run and (run[-1].is_punct or run[-1].dep_ == "cc"):
        run.pop()
    return run


def of_object(head: Token) -> Token | None:
    """The object of an "of" after ``head`` ("scores of >refugees<")."""
    return next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > head.i
                 for g in p.children if g.dep_ == "pobj"), None)


def partitive_target(head: Token) -> tuple[list[Token], str] | None:
    """(tokens, rule) of the phrase a quantity or premises head stands for, or None."""
    if head.lower_ in QUANTITY_HEADS or (head.pos_ == "NUM" and head.like_num):
        kind = "quantity"
    elif head.lower_ in PREMISES_HEADS and head.pos_ == "NOUN" and not head.text[:1].isupper():
        kind = "premises"
    else:
        return None
    obj = of_object(head)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None  # "thousands of them" is left to the pronoun rules
    toks = phrase_tokens(obj)
    return (toks, f"text:{kind} '{head.text} of'") if toks else None




# --- proper names the parse or the event finder cut ("National Union" + "the Total Independence of Angola") ---------

_NAME_LINKS = word_set("actors/phrases_name_links")


def _cap(t: Token) -> bool:
    return t.text[:1].isupper() and t.is_alpha or t.text in ("'s",) or (t.text[:1].isupper() and "-" in t.text)


def name_extent(first: Token, last: Token) -> tuple[list[Token], str | None]:
    """The whole capitalised name a fragment [first, last] is part of, across "for/of/and the" links ("National
    Union" -> "National Union for the Total Independence of Angola"), and the acronym in brackets right after it
    ("(UNITA)"), or None. The extent is the fragment itself when it links to nothing."""
    doc = first.doc
    sent = first.sent
    lo, hi = first.i, last.i
    while hi + 2 < sent.end:  # rightwards: "<name> for the <Name> of <Name>"
        k = hi + 1
        links = 0
        while k < sent.end and doc[k].lower_ in _NAME_LINKS and links < 2:
            k, links = k + 1, links + 1
        if links == 0 or k >= sent.end or not _cap(doc[k]) or doc[k].lower_ in _NAME_LINKS:
            break
        while k + 1 < sent.end and _cap(doc[k + 1]):
            k += 1
        hi = k
    while lo - 2 >= sent.start:  # leftwards: "<Name> for [the] >fragment<"
        k = lo - 1
        links = 0
        while k >= sent.start and doc[k].lower_ in _NAME_LINKS and links < 2:
            k, links = k - 1, links + 1
        if links == 0 or k < sent.start or not _cap(doc[k]):
            break
        if doc[k + 1].lower_ == "the" and links == 1:
            break  # "... Minister the X" is no name link
        while k - 1 >= sent.start and _cap(doc[k - 1]):
            k -= 1
        lo = k
    while lo < hi and doc[lo].lower_ in _NAME_LINKS:
        lo += 1
    acronym = None
    if hi + 3 < len(doc) and doc[hi + 1].text == "(" and doc[hi + 3].text == ")" and doc[hi + 2].text.isupper() \
            and doc[hi + 2].is_alpha and len(doc[hi + 2].text) >= 2:
        acronym = doc[hi + 2].text
    return list(doc[lo : hi + 1]), acronym


_LONG_NAME_WORDS = word_set("actors/phrases_long_name_words")


def acronym_further(last: Token, reach: int = 8) -> str | None:
    """The "(ACRONYM)" closing a longer name that goes on past ``last`` across "and"/"in" ("Organization for
    Security [and Cooperation in Europe] (OSCE)"), or None."""
    doc, end = last.doc, last.sent.end
    k = last.i + 1
    while k < end and k - last.i <= reach and (doc[k].lower_ in _LONG_NAME_WORDS or _cap(doc[k])):
        k += 1
    if k + 2 < len(doc) and k > last.i + 1 and doc[k].text == "(" and doc[k + 2].text == ")" and \
            doc[k + 1].text.isupper() and doc[k + 1].is_alpha and len(doc[k + 1].text) >= 2:
        return doc[k + 1].text
    return None


# --- rules over whole phrases (called from ``actors._resolve_phrase``) ----------------------------------------


def partitive_actors(ctx: ActorCtx, toks: list[Token], rule: str, text: str, resolve: Resolve,
                     shared: SharedResolve) -> list[Actor]:
    """The actors the "of"-phrase of a quantity or premises head names (``actor_phrases.partitive_target``);
    coordinated country words before a common-noun head share it even where the parse made them conjuncts
    ("Togolese and Beninese refugees" -> TGO/REF + BEN/REF). Empty when the phrase resolves to nothing."""
    sub = sub_ctx(ctx)
    words = [t for t in toks if not t.is_punct]
    start, end = ctx.off + toks[0].idx, ctx.off + toks[-1].idx + len(toks[-1].text)
    span_text = ctx.sdoc[toks[0].i : toks[-1].i + 1].text
    if any(t.dep_ == "cc" for t in words) and words[-1].pos_ == "NOUN" and \
            len({c for c, _ in read_title(words, ctx.kb, ctx.off, "text").countries}) > 1:
        got = shared(sub, toks, span_text, start, end, end - 1)
    else:
        got = resolve(sub, span_ref(ctx, toks))
    if not got or all(a.country is None and a.sector is None for a in got):
        return []
    return [structs.replace(a, text=text, resolution=f"{rule}; {a.resolution}") for a in got]


def _shares_word(name: str, org: OrgEntry) -> bool:
    """Whether a name and a KB organisation's name or aliases share a content word (an acronym is only a key to
    the organisation the article spells out)."""
    words = {w for w in fold_ascii_lower(name).replace("-", " ").split() if w not in _LONG_NAME_WORDS and len(w) > 2}
    known = {w for n in (org.name, *org.aliases) for w in fold_ascii_lower(n).replace("-", " ").split()}
    return bool(words & known)


def _other_country(ctx: ActorCtx, name: list[Token], org: OrgEntry) -> bool:
    """The spelled-out name names a country (or its people) that the KB organisation's names do not: another
    organisation with the same acronym."""
    known = {fold_ascii_lower(w) for n in (org.name, *org.aliases) for w in n.split()}
    for tok in name:
        if tok.text[:1].isupper() and fold_ascii_lower(tok.text) not in known:
            found = ctx.kb.country(tok.text)
            if found is not None and found.iso3 != org.country:
                return True
    return False


def full_name_actor(ctx: ActorCtx, words: list[Token], bare: str, text: str, unknown_org: UnknownOrg) -> Actor | None:
    """A capitalised name fragment resolved as the whole name it is part of (``actor_phrases.name_extent``: the
    parse or the event finder often cut an organisation's name at "for/of the"): the KB organisation named by the
    whole name or by the acronym in brackets after it ("(UNITA)"; rule "kb:organization full name/acronym"), else,
    for a fragment the KB does not know whose name opens with a body word ("... Union for ...", "... Front of
    ..."), an organisation of that whole name, so the fragments are one actor."""
    proper = [t for t in words if fold_ascii_lower(t.text) not in DETS]
    if not proper or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "the") for t in proper):
        return None
    ext, acronym = name_extent(proper[0], proper[-1])
    name = ctx.sdoc[ext[0].i : ext[-1].i + 1].text
    longer = len(ext) > len(proper)
    known = ctx.kb.organization(bare)
    if not longer and known is not None:
        return None  # the KB's own name, whatever its acronym
    further = acronym_further(ext[-1]) if acronym is None else None
    for key, how in ((name if longer else None, "full name"), (acronym, "acronym"), (further, "acronym further")):
        org = ctx.kb.organization(key) if key else None
        if org is not None and how != "full name" and (not _shares_word(name, org) or _other_country(ctx, ext, org)):
            continue  # "Rapid Support Forces (RSF)" is not the KB's RSF, Reporters Without Borders; "Afghan
            # National Army (ANA)" not the KB's Albanian one
        if org is not None and org.country is not None:
            return Actor(f"org:{org.code}", org.name, org.kind or "organization", org.country or org.code, org.sector,
                         resolution=f"kb:organization {how} '{key}' of '{bare}'", text=text)
    if further is not None:
        return None  # the name goes on past "and" to its acronym: no organisation made of its first part
    if not longer or ctx.kb.country(bare) is not None or (known is not None and ext[0].i != proper[0].i):
        return None  # a KB organisation opening a longer name ("the Alliance for ...") is that longer name
    first = next((t for t in ext if t.lower_ in ("of", "for")), None)
    lead = ext[: ext.index(first)] if first is not None else ext
    if not lead or lead[-1].lower_ not in BODY_WORDS or ctx.kb.country(name) is not None:
        return None
    opener = ctx.kb.country(lead[0].text) if len(lead) == 2 else None  # "Chinese Association for ...": China's
    # (not "Turkish Cypriot Association", "Indian Ocean Rim Association": a country word is not the body's country)
    got = unknown_org(ctx, name, opener.iso3 if opener is not None else None, None, lead[-1], text)
    how = f"text:whole name '{name}' of '{bare}'" + (f"; text:country word '{lead[0].text}'" if opener else "")
    return structs.replace(got, resolution=f"{how}; {got.resolution}")


def head_title(ctx: ActorCtx, title: TitleInfo, words: list[Token], head: Token | None) -> TitleInfo:
    """A role read only from a complement after a common-noun head does not give the head its sector ("the
    administrators of Muslim property" are not clerics; rule: the head's sector beats a nested modifier's)."""
    if title.role is None or head is None or head.pos_ != "NOUN":
        return title
    pre = [t for t in words if t.i <= head.i]
    post = [t for t in words if t.i > head.i]
    objs = [g for p in head.children if p.dep_ == "prep" and p.i > head.i for g in p.children if g.dep_ == "pobj"]
    if not post or read_title(pre, ctx.kb, ctx.off, "text").role is not None:
        return title
    if not objs or any(g.pos_ != "NOUN" or lookup_role(ctx.kb, g.text) is not None for g in objs):
        return title  # "a group of Yoruba leaders", "supporters of former President X": the complement's head
    if read_title(post, ctx.kb, ctx.off, "text").role != title.role:
        return title
    return replace(title, role=None)


# Heads naming the person at the top of a body named after "of": Phoenix codes such people by the body
# ("REBEL_COMMANDER [~REB]", "GUERRILLA_LEADER [~REB]", "head of national police [~COP]"; Phoenix.agents.txt).
CHIEF_HEADS = word_set("actors/phrases_chief_heads")


def chief_of(ctx: ActorCtx, head: Token, text: str, resolve_unit: ResolveUnit) -> Actor | None:
    """"<chief/head/commander> of <body>" -> a person with the body's country and sector (rule "text:chief of");
    an "of"-phrase that gives no sector ("head of state", "chief of staff") is left to the role rules; a role word
    for the body beats the institution's GOV ("chief of X's spy agency" is SPY)."""
    if head.lower_ not in CHIEF_HEADS or head.pos_ != "NOUN" or any(c.dep_ == "poss" for c in head.children):
        return None
    obj = of_object(head)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    toks = phrase_tokens(obj)
    if not toks:
        return None
    span = ctx.sdoc[toks[0].i : toks[-1].i + 1]
    inner = resolve_unit(sub_ctx(ctx), toks, span.text, ctx.off + span.start_char, ctx.off + span.end_char,
                          ctx.off + obj.idx)
    chief = _chief_named(ctx, head, text)
    if isinstance(inner, list) or inner.sector in (None, "CVL") or inner.kind == "person" and \
            not (inner.resolution or "").startswith("unresolved:office") or \
            (inner.resolution or "").startswith("coref"):
        if chief is None:
            return None
        org = next((o for o in (ctx.kb.organization(k) for k in (_bracketed_after(toks[-1]), acronym_further(toks[-1]),
                                                                  entity_text(obj)) if k) if o is not None), None)
        chief.country, chief.sector = (org.country or org.code, org.sector) if org is not None else (None, None)
        chief.resolution = f"{chief.resolution}; text:{head.lower_} of '{org.name if org else span.text}'"
        return chief
    body = " ".join(t.text for t in obj.lefts if t.dep_ in ("compound", "amod")) + " " + obj.text
    named = lookup_role(ctx.kb, body.strip())  # "spy agency" says SPY where the institution rule says GOV
    sector = named.sector if named is not None and named.sector else inner.sector
    if chief is not None and (chief.id is None or chief.id.startswith("person:")):  # the body's country and sector
        chief.country, chief.sector = inner.country or chief.country, sector
        chief.resolution = f"{chief.resolution}; text:{head.lower_} of '{strip_det(span.text)}' -> {inner.country}"
        return chief
    return Actor(None, strip_det(text), "person", inner.country, sector, None,
                 f"text:{head.lower_} of '{strip_det(span.text)}'; {inner.resolution}", text)


def _bracketed_after(tok: Token) -> str | None:
    """The acronym in brackets right after a token ("... in Europe (OSCE)"), or None."""
    doc, k = tok.doc, tok.i + 1
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text.isupper():
        return doc[k + 1].text
    return None


def _chief_named(ctx: ActorCtx, head: Token, text: str) -> Actor | None:
    """"The head of the UN mission in Kosovo, Soren Jessen-Petersen, met ...": the chief named in apposition after
    the body's phrase (the parser hangs the name on the body's last noun as often as on the chief): that person."""
    doc, end = head.doc, head.sent.end
    k = head.i + 1
    while k < end and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX"):
        k += 1
    e = k + 1
    while e < end and doc[e].ent_type_ == "PERSON" and (e == k + 1 or doc[e].ent_iob_ == "I"):
        e += 1
    if e == k + 1 or k >= end or doc[k].text != "," or e >= end or not (doc[e].text == "," or doc[e].pos_ == "VERB"):
        return None
    span = doc[k + 1 : e]
    found = ctx.people.mention_in(ctx.off + span.start_char, ctx.off + span.end_char)
    m = ctx.people.mentions[found[0]] if found else None
    if m is None or m.cluster is None:
        return None
    a = cluster_actor(ctx, ctx.people.clusters[m.cluster], m, text)
    a.resolution = f"text:{head.lower_} named in apposition '{span.text}'; {a.resolution}"
    return a


def entity_text(tok: Token) -> str:
    """The text of the named entity a token is in (walking the IOB tags: no scan of the document's entities)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


__all__ = ["CHIEF_HEADS", "PREMISES_HEADS", "QUANTITY_HEADS", "acronym_further", "chief_of", "entity_text",
           "full_name_actor", "head_title", "name_extent", "of_object", "partitive_actors", "partitive_target",
           "phrase_tokens"]
