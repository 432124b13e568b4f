"""Group anaphora for actor resolution: "the sides", "both parties", "the two countries/ministers/leaders",
"they"/"them", "the leaders of both nations" -> the parties of the most recent fitting earlier set in the article
(coordinated mentions and the participants of earlier events, minus the event's other side); with no such set,
"the two countries" are the two countries named in the three sentences up to it, when exactly two are (rule
"the two countries just named"); and "it"/"its" -> a country or organisation (split out of ``actors``; the
reference resolver is passed in as ``resolve``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from msgspec import structs
from spacy.tokens import Token

from ...lexicon.words import word_set
from ...records import Actor, ActorRef
from ..events.arguments import ACTOR_NOUNS, subjects_of
from .anaphora import anaphor_size, clause_antecedent, is_plural, np_tokens, preceding_party
from .names import fold_ascii_lower
from .persons import ActorCtx

Resolver = Callable[[ActorCtx, ActorRef], list[Actor]]


def actor_key(a: Actor) -> str:
    """The identity of an actor within one event: its id, else its kind and folded name."""
    return a.id if a.id else f"{a.kind}|{fold_ascii_lower(a.name)}"


def dedupe(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for a in actors:
        k = actor_key(a)
        if k not in seen:
            seen[k] = a
    return list(seen.values())


def is_party(a: Actor) -> bool:
    """A resolved participant (not another anaphor or an unresolved group)."""
    return a.id is not None or a.country is not None or (a.kind == "person" and a.name[:1].isupper())


def _kind_ok(a: Actor, want: str) -> bool:
    if want == "country":
        return a.kind in ("country", "organization")
    if want == "person":
        return a.kind == "person"
    return True


def span_ref(ctx: ActorCtx, toks: list[Token]) -> ActorRef:
    s, e = ctx.off + toks[0].idx, ctx.off + toks[-1].idx + len(toks[-1].text)
    return ActorRef(ctx.sdoc[toks[0].i : toks[-1].i + 1].text, s, e, e - 1)


def sub_ctx(ctx: ActorCtx) -> ActorCtx:
    return replace(ctx, depth=ctx.depth + 1, exclude=frozenset())


# Event types whose parties are adversaries: after them, "both sides" in an appeal for restraint are these parties
# (rule "adversarial"), not a mediator and a caller mentioned since.
ADVERSARIAL_TYPES = word_set("actors/groups_adversarial_types")
# Verbs and nouns of an appeal addressed to the parties ("urged both sides to ...", "called on the parties to ...",
# "appealed to both sides for calm", "called for restraint from the two sides").
APPEAL_VERBS = word_set("actors/groups_appeal_verbs")
APPEAL_NOUNS = word_set("actors/groups_appeal_nouns")
# Nouns under which "between X and Y" names adversaries ("clashes between X and Y").
CONFLICT_NOUNS = word_set("actors/groups_conflict_nouns")
_STATE = word_set("actors/groups_state")
_NON_STATE = word_set("actors/groups_non_state")


def appeal_addressee(words: list[Token]) -> bool:
    """Is the phrase the addressee of an appeal ("urged [both sides] to", "called on [the parties] to", "appealed
    to [both sides] for calm", "called for restraint from [the two sides]")? Walks up at most three heads through
    objects and prepositions."""
    if not words:
        return False
    ids = {t.i for t in words}
    head = next((t for t in words if t.head.i not in ids or t.head.i == t.i), words[-1])
    if head.dep_ not in ("dobj", "pobj", "dative", "nsubj"):
        return False
    if head.dep_ == "nsubj" and not (head.head.dep_ in ("ccomp", "xcomp") and head.head.head.lemma_.lower() in
                                     APPEAL_VERBS):  # "urged that both sides show restraint"
        return False
    cur = head
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        lemma = cur.lemma_.lower()
        if (cur.pos_ == "VERB" and lemma in APPEAL_VERBS) or (cur.pos_ == "NOUN" and lemma in APPEAL_NOUNS):
            return True
        if cur.dep_ not in ("prep", "pobj", "dobj", "ccomp", "xcomp") and cur.pos_ != "ADP":
            return False
    return False


def adversaries(members: list[Actor]) -> bool:
    """Can these parties be the opposing sides of a conflict: two or more countries, or a state body and a
    non-state group of one country (not the victims of one attack: "villages and civilians")?"""
    countries = {a.country for a in members if a.country}
    if len(countries) >= 2:
        return True
    sectors = {a.sector for a in members}
    return bool(sectors & _STATE) and bool(sectors & _NON_STATE)


def _conflict_between(ctx: ActorCtx, start: int) -> bool:
    """A "between X and Y" set hung on a conflict noun ("clashes between X and Y")."""
    span = ctx.sdoc.char_span(start - ctx.off, start - ctx.off + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0].head if span[0].dep_ != "pobj" else span[0]
    prep = tok.head if tok.head.lower_ in ("between", "among") else None
    return prep is not None and prep.head.lower_ in CONFLICT_NOUNS


def _party_candidates(ctx: ActorCtx, pos: int, resolve: Resolver,
                      adversarial: bool = False) -> list[tuple[int, str, list[Actor]]]:
    """Earlier sets of parties: coordinated mentions and the participants of earlier events. Ordered by sentence,
    the most recent first; within a sentence, subjects and event participants before sets inside phrases
    ("cooperation between X and Y"). Participants of an earlier event of the same type within eight sentences come
    first, then subjects and other event participants within three, then everything by recency. With
    ``adversarial`` (an appeal to "both sides"), the parties of earlier conflict events and of "clashes between X
    and Y" within eight sentences come first (rule "+adversarial")."""
    found: list[tuple[int, int, int, str, list[Actor]]] = []  # (sentence, salience, end, rule, members)
    for ps in ctx.people.parties_before(pos)[:8]:
        sub = sub_ctx(ctx)
        members = [a for s, e, h in ps.members
                   for a in resolve(sub, ActorRef(ctx.document.text[s:e], s, e, h))]
        if adversarial and ps.rule == "between" and _conflict_between(ctx, ps.start):
            found.append((ctx.people.sentence_of(ps.start), 3, ps.end, "between+adversarial", members))
            continue
        found.append((ctx.people.sentence_of(ps.start), int(ps.subject), ps.end, ps.rule, members))
    here = ctx.people.sentence_of(pos)
    recent = 0
    for at, etype, members in reversed(ctx.event_sets):  # text order: scan back, a bounded number (long articles)
        if at >= pos:
            continue
        sent = ctx.people.sentence_of(at)
        recent += 1
        if recent > 24 or sent < here - 8:
            break
        if adversarial and etype in ADVERSARIAL_TYPES:  # "Pakistan accused India ... urged both sides"
            found.append((sent, 3, at, f"{etype} participants+adversarial", members))
            continue
        # participants of an earlier event of the same type are the most salient ("They discussed")
        found.append((sent, 2 if etype == ctx.event_type else 1, at, f"{etype} participants", members))
    window = {3: 8, 2: 8, 1: 3, 0: -1}  # sentences back in which a set of that salience outranks more recent ones
    found.sort(key=lambda f: (-f[1] if f[0] >= here - window[f[1]] else 1, -f[0], -f[1], -f[2]))
    return [(f[2], f[3], f[4]) for f in found]


def resolve_group(ctx: ActorCtx, words: list[Token], text: str, start: int, want: str,
                  resolve: Resolver) -> list[Actor] | Actor:
    """A group anaphor -> the parties of the most recent earlier set that fits (kind, not the event's other side);
    "they" first looks for a plural subject in its own sentence ("The rebels said they ...")."""
    if ctx.depth > 1:
        return Actor(None, text, "group", resolution="unresolved:group", text=text)
    if want == "pronoun":
        ante = clause_antecedent(ctx, words[0], plural=True) or preceding_party(ctx, words[0], plural=True)
        if ante is not None and ante.conjuncts and ante.tag_ not in ("NNS", "NNPS"):
            ante = None  # one member of "Japan and the Republic of Korea": the whole set, found below
        if ante is not None:
            got = resolve(sub_ctx(ctx), span_ref(ctx, np_tokens(ante)))
            if got:
                return [structs.replace(a, text=text, resolution=f"coref:pronoun '{text}'->{ante.text}; {a.resolution}")
                        for a in got]
        want = "any"
    inner = "country" if want == "leaders-of" else want
    size = anaphor_size([t.lower_ for t in words])  # "the two leaders" never stands for three people
    adversarial = want != "pronoun" and appeal_addressee(words)
    for _, rule, members in _party_candidates(ctx, start, resolve, adversarial):
        members = dedupe([a for a in members if is_party(a) and actor_key(a) not in ctx.exclude])
        if len(members) < 2 or not all(_kind_ok(a, inner) for a in members) or (size and len(members) != size):
            continue
        if rule.endswith("+adversarial") and not adversaries(members):
            continue
        names = " + ".join(a.name for a in members)
        if want == "leaders-of":
            return [Actor(f"group:{a.country}-GOV", f"{a.name} leadership", "group", a.country, "GOV",
                          resolution=f"coref:group->{names} ({rule}); leaders of '{a.name}'", text=text)
                    for a in members if a.country]
        return [structs.replace(a, text=text, resolution=f"coref:group->{names} ({rule}); {a.resolution}") for a in members]
    if inner == "country" and size == 2:
        pair = _two_countries_named(ctx, start)
        if pair is not None:
            names = " + ".join(a.name for a in pair)
            return [structs.replace(a, text=text, resolution=f"coref:group->{names} (the two countries just named); "
                                                           f"{a.resolution}") for a in pair]
    return Actor(None, text, "group", resolution="unresolved:group (no earlier set of parties)", text=text)


def _two_countries_named(ctx: ActorCtx, start: int) -> list[Actor] | None:
    """"Bulgaria hopes to reach a deal with the United States ... Ivanov said the two countries had agreed": with no
    earlier set of parties, "the two countries" are the two countries named in its sentence before it and in the
    two sentences before, when exactly two are (by name or demonym; a city named there counts its country, so
    "arrived in Nairobi" adds Kenya), neither of them the event's other side."""
    bounds = ctx.people.sent_bounds  # document offsets
    here = ctx.people.sentence_of(start)
    lo = (bounds[max(0, here - 2)][0] if 0 <= here < len(bounds) else start) - ctx.off
    found: dict[str, Actor] = {}
    cities: set[str] = set()
    for ent in ctx.sdoc.ents:
        if not (lo <= ent.start_char and ent.end_char <= start - ctx.off):
            continue
        if ent.label_ not in ("GPE", "NORP") and not (len(ent) == 1 and ent.root.dep_ in ("amod", "compound")):
            continue  # (a demonym before a title the tagger took for a name: "Ugandan President X")
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        country = ctx.kb.country(text)  # a name or a demonym ("Ugandan President X": Uganda is named)
        if country is None:
            place = ctx.kb.place(text) if ent.label_ == "GPE" else None  # a city names its country too
            if place is not None and place.country:
                cities.add(place.country)  # counted (a third country gives up), not taken as a party
            continue
        if country.iso3 not in found and len(country.iso3) == 3 and country.iso3.isalpha():
            found[country.iso3] = Actor(f"country:{country.iso3}", country.name, "country", country.iso3, None,
                                        resolution=f"kb:country '{text}'", text=text)
    if len(found) != 2 or cities - set(found):
        return None
    pair = list(found.values())
    if any(actor_key(a) in ctx.exclude for a in pair):
        return None
    return pair


def bound_subject_clusters(ctx: ActorCtx, tok: Token) -> frozenset[int]:
    """Binding: a plain object pronoun never stands for the subject of its own verb, shared or controlled subjects
    included ("Ruto held a call with X, urging him to ..." -> "him" is not Ruto). Returns the person clusters of
    that subject, for ``DocPeople.antecedent(..., exclude=...)`` (rule "coref:pronoun-not-own-subject");
    empty for reflexives, subjects that are pronouns themselves and pronouns that are no object."""
    if tok.dep_ not in ("dobj", "dative") or tok.lower_.endswith("self") or tok.head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    subs, _ = subjects_of(tok.head)
    out: set[int] = set()
    for s in subs:
        if s.pos_ == "PRON" or s.i == tok.i:
            continue
        start, end = s.left_edge, s.right_edge
        for mi in ctx.people.mention_in(ctx.off + start.idx, ctx.off + end.idx + len(end.text)):
            cluster = ctx.people.mentions[mi].cluster
            if cluster is not None:
                out.add(cluster)
    return frozenset(out)


def fronted_subject_cluster(ctx: ActorCtx, tok: Token, gender: str | None) -> tuple[int | None, bool]:
    """Cataphora: a possessive pronoun in a phrase set before its clause's subject is that subject ("Following his
    talks with X, Y also met Z", "After his meeting with X, Y said"), not the person of the sentence before. Also
    whether the subject was named in an earlier sentence: one first named there ("After his talks with X, Kremlin
    spokesman Y said") more likely speaks of the earlier subject's talks, and yields to the usual antecedent."""
    if tok.dep_ != "poss":
        return None, False
    node = tok.head
    for _ in range(4):
        if node.dep_ in _FRONTED_DEPS and node.head.pos_ in ("VERB", "AUX") and node.i < node.head.i:
            break
        node = node.head
    else:
        return None, False
    people, sent = ctx.people, ctx.people.sentence_of(ctx.off + tok.idx)
    subs, _ = subjects_of(node.head)
    for s in subs:
        if s.i <= node.right_edge.i or s.pos_ == "PRON":
            continue
        for mi in people.mention_in(ctx.off + s.left_edge.idx, ctx.off + s.right_edge.idx + len(s.right_edge.text)):
            ci = people.mentions[mi].cluster
            if ci is not None and people.clusters[ci].gender in (None, gender):
                return ci, any(people.mentions[k].sent < sent for k in people.clusters[ci].mentions)
    return None, False


_FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def _thing_before(tok: Token) -> bool:
    """"Syrian interference in Lebanon continues, and it must end": a subject "it" of a clause coordinated with one
    whose subject is a thing, not a party, is that thing."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return False
    first = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    head = first[0] if first else None
    return head is not None and head.pos_ == "NOUN" and not head.ent_type_ and \
        head.lemma_.lower() not in ACTOR_NOUNS and head.lower_ not in ACTOR_NOUNS


def resolve_it(ctx: ActorCtx, tok: Token, text: str, resolve: Resolver) -> Actor:
    """"it"/"its" -> a country or organisation: the subject of a clause governing it, else the nearest preceding
    party noun in its sentence, else the subject of the previous sentence (never a person)."""
    if _thing_before(tok):
        return Actor(None, text, "group", resolution="unresolved:pronoun 'it' (a thing: the subject of the clause "
                     "before)", text=text)
    # an object "it" is not its own clause's subject ("X urged it to ...": that would be "itself")
    governing = None if tok.dep_ in _OBJECT_DEPS else clause_antecedent(ctx, tok, plural=False)
    cands = [governing, preceding_party(ctx, tok, plural=False, owners=tok.dep_ in _OBJECT_DEPS)]
    if ctx.depth == 0 and tok.sent.start > 0:
        prev = ctx.sdoc[tok.sent.start - 1].sent
        subj = [t for t in prev if t.dep_ == "nsubj" and t.head.i == prev.root.i and t.pos_ != "PRON"]
        cands.append(subj[0] if subj and not is_plural(subj[0]) else None)
    if ctx.depth <= 1:
        for ante in cands:
            if ante is None:
                continue
            for a in resolve(sub_ctx(ctx), span_ref(ctx, np_tokens(ante))):
                if a.kind != "person":
                    return structs.replace(a, text=text, resolution=f"coref:pronoun '{text}'->{ante.text}; {a.resolution}")
    return Actor(None, text, "group", resolution="unresolved:pronoun 'it'", text=text)


def owner_country(ctx: ActorCtx, head: Token, resolve: Resolver) -> tuple[str, str] | None:
    """(ISO3, antecedent) of the owner an "its" before the head names ("Russia's defence ministry said its
    peacekeepers ...": Russia), or None."""
    for ch in head.children:
        if ch.dep_ == "poss" and ch.lower_ == "its" and ctx.depth == 0:
            owner = resolve_it(ctx, ch, ch.text, resolve)
            if owner.country is not None and owner.id is not None:
                return owner.country, owner.name
    return None


__all__ = ["Resolver", "actor_key", "adversaries", "appeal_addressee", "bound_subject_clusters", "dedupe", "is_party",
           "owner_country", "resolve_group", "resolve_it", "span_ref", "sub_ctx"]
