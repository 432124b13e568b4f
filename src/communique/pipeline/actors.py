"""Resolve actors: turn each event's ActorRefs into Actors with canonical ids, kind, country, sector and role.

Order of evidence for a reference (each Actor records its rule in ``resolution``):
  1. a person mention from within-document coreference (``coref.build_people``): names, surnames, role
     descriptions, counterparts, pronouns and first-person speech inside quotations;
  2. group anaphora ("the sides", "both parties", "the two countries/ministers/leaders", "they"/"them", "each
     other", "the leaders of both nations"): the parties of the most recent fitting earlier set in the article --
     coordinated mentions ("X and Y", "between X and Y", from ``coref.party_sets``) and the participants of earlier
     events -- minus the event's other side; sets of the wrong kind are skipped ("the two countries" never takes two
     people). Rule "coref:group->A + B (<set>)"; nothing fitting -> a group actor with id None. "they" first takes a
     plural subject governing it ("The rebels said they ..."); "it" a non-person subject or preceding party noun;
  3. title-only mentions with no person in the article -> ``kb.office_holder(country, role, date)``, else an
     office actor (name = the title, id None) rather than a wrong person;
  4. organisations and countries acting as such ("the United Nations", "Azerbaijan", "Armenian forces",
     "the Russian Ministry of Foreign Affairs", "NATO-member Norway"), plural demonyms as people ("Algerians");
  5. a group, body or office left without a country takes the country of a place its phrase names ("rebels in
     the Ivory Coast", "Cairo's security chief", "the Bush administration", "protesters marched in Baku"); a named
     person never takes the place of the event.

Role policy: ``role`` is the canonical form of the title the text gives (KB role table, then the fallback lexicon
in ``actor_names``), not the KB's name for the office: "U.S. Secretary of State Antony Blinken" has role
"Secretary of State" (sector GOV), "Foreign Secretary" stays "Foreign Minister" (a synonym, not another office).
Titles naming the same office (``actor_names.ROLE_EQUIVALENTS``, ``kb.base.OFFICE_EQUIVALENTS``) are matched as one
office for coreference and KB office-holder look-ups. Only when the text gives no title does the role come from
the KB position held on the event date. The sector follows the role (else the organisation, else the KB
positions when they all agree).

Ids: "person:<given>-<surname>" (or the KB person id when the KB knows the person unambiguously), "country:ISO3",
"org:CODE" (KB organisations) or "org:ISO3-<institution>" (national bodies), "group:ISO3-SECTOR". A surname the KB
knows for several people keeps id None but takes their country when they all share one ("Bush" -> USA).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..kb import KnowledgeBase
from ..records import Actor, ActorRef, Document, Event
from .actor_codes import USER_RULE, coded_actor, phrase_code, share_actor, with_actor
from .actor_context import apply_sector_cues, fill_sentence_country
from .actor_names import (
    BODY_WORDS,
    COLLECTIVE_SECTORS,
    FIRST_PERSON,
    GROUP_NOUNS,
    INDEFINITE,
    INSTITUTION_WORDS,
    PERSON_PRONOUNS,
    RELATIONAL_ROLES,
    fold,
    institution_slug,
    lookup_role,
    person_id,
    slug,
    split_name,
)
from .actor_people import PLACEHOLDER_ROLES, holds, kb_person, position_on, positions_sector
from .anaphora import (
    clause_antecedent,
    context_country,
    group_anaphor,
    is_plural,
    kb_country_hint,
    np_tokens,
    preceding_party,
    reciprocal,
)
from .coref import DocPeople, PersonCluster, PersonMention, TitleInfo, build_people, read_title

_QUANTIFIERS = frozenset({"several", "some", "many", "other", "few", "various", "all", "both", "senior", "top", "two",
                          "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds"})
_DETS = frozenset({"the", "a", "an", "his", "her", "its", "their", "both", "all", "two"})


def kb_date(value: str | None) -> str | None:
    """An event date at any precision as an ISO day for KB lookups ("2022-09" -> "2022-09-15")."""
    if not value:
        return None
    if len(value) == 4:
        return f"{value}-07-01"
    if len(value) == 7:
        return f"{value}-15"
    return value[:10]


@dataclass
class _Ctx:
    document: Document
    sdoc: Doc
    kb: KnowledgeBase
    people: DocPeople
    on: str | None
    off: int
    event_sets: list[tuple[int, str, list[Actor]]] = field(default_factory=list)  # (trigger offset, type, parties)
    event_type: str = ""
    exclude: frozenset[str] = frozenset()  # keys of actors a group anaphor cannot stand for (the other side)
    depth: int = 0


def resolve_actors(document: Document, sdoc: Doc, events: list[Event], kb: KnowledgeBase) -> None:
    """Fill ``event.actors`` and ``event.recipients`` from the events' refs (drops no event).

    Events are resolved in text order so that the participants of earlier events are available to group anaphora
    ("the two ministers") in later ones."""
    people = build_people(document, sdoc, kb)
    event_sets: list[tuple[int, str, list[Actor]]] = []

    def where(ev: Event) -> int:
        if ev.trigger is not None:
            return ev.trigger.start
        return min((r.start for r in [*ev.actor_refs, *ev.recipient_refs]), default=0)

    for ev in sorted(events, key=where):
        ctx = _Ctx(document, sdoc, kb, people, kb_date(ev.date or document.published), document.body_start,
                   event_sets, event_type=ev.event_type)
        actors = share_actor(_dedupe([a for ref in ev.actor_refs for a in resolve_ref(ctx, ref)]))
        keys = {_key(a) for a in actors}
        ctx.exclude = frozenset(_key(a) for a in actors if _is_party(a))
        recips = share_actor(_dedupe([a for ref in ev.recipient_refs for a in resolve_ref(ctx, ref)
                                       if _key(a) not in keys]))
        if not recips and len(actors) >= 2 and reciprocal(ctx, ev):  # "the two countries blame each other"
            recips = [replace(a, resolution=f"coref:reciprocal 'each other'; {a.resolution}") for a in actors]
        ev.actors, ev.recipients = actors, recips
        fill_sentence_country(sdoc, kb, ev, document.body_start)  # "the Islamic Salvation Front" + one country
        apply_sector_cues(ev)  # "former President X" -> ELI
        known = [a for a in _dedupe([*actors, *recips]) if _is_party(a)]
        if len(known) >= 2:
            event_sets.append((where(ev), ev.event_type, known))


def _entity_text(tok: Token) -> str:
    """The text of the named entity a token is in (walking the IOB tags: no scan of the document's entities)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _key(a: Actor) -> str:
    return a.id if a.id else f"{a.kind}|{fold(a.name)}"


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for a in actors:
        k = _key(a)
        if k not in seen:
            seen[k] = a
    return list(seen.values())


# --- splitting a reference into its conjuncts ------------------------------------------------------------------------


def _tokens(ctx: _Ctx, start: int, end: int) -> Span | None:
    return ctx.sdoc.char_span(start - ctx.off, end - ctx.off, alignment_mode="expand")


def _units(ctx: _Ctx, ref: ActorRef) -> list[tuple[list[Token], str, int, int]]:
    span = _tokens(ctx, ref.start, ref.end)
    if span is None or len(span) == 0:
        return []
    if len(span) == 1 and span[0].pos_ == "NOUN":  # a bare head: take its premodifiers ("Senior Hungarian and
        left = span[0].left_edge.i  # Romanian officials" given as "officials")
        if left < span.start:
            span = ctx.sdoc[left : span.end]
    if ctx.kb.country(_strip_det(ref.text)) or ctx.kb.organization(_strip_det(ref.text)):
        return [(list(span), span.text, ctx.off + span.start_char, ctx.off + span.end_char)]
    head = span.root
    heads = [head] + [c for c in head.conjuncts if span.start <= c.i < span.end]
    if len(heads) == 1:
        return [(list(span), span.text, ctx.off + span.start_char, ctx.off + span.end_char)]
    out = []
    conj_ids = {h.i for h in heads}
    for h in sorted(heads, key=lambda t: t.i):
        toks = _subtree_without_conj(h, conj_ids)
        toks = [t for t in toks if span.start <= t.i < span.end]
        while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
            toks.pop()
        if toks:
            out.append((toks, ctx.sdoc[toks[0].i : toks[-1].i + 1].text, ctx.off + toks[0].idx,
                        ctx.off + toks[-1].idx + len(toks[-1].text)))
    return out


def _subtree_without_conj(h: Token, conj_ids: set[int]) -> list[Token]:
    out = [h]
    for ch in h.children:
        if ch.i in conj_ids or ch.dep_ in ("cc", "conj", "preconj"):
            continue
        if ch.dep_ == "punct" and ch.i > h.i:
            continue
        out.extend(ch.subtree)
    return sorted(out, key=lambda t: t.i)


def _strip_det(text: str) -> str:
    words = text.strip().split()
    while words and fold(words[0]) in _DETS:
        words.pop(0)
    t = " ".join(words)
    for suf in ("'s", "\u2019s"):
        if t.endswith(suf):
            t = t[: -len(suf)]
    return t


# --- resolving one unit ---------------------------------------------------------------------------------------------


def resolve_ref(ctx: _Ctx, ref: ActorRef) -> list[Actor]:
    """The actors one reference stands for (several for "Armenia and Azerbaijan", "Hungarian and Romanian officials")."""
    units = _units(ctx, ref)
    if not units:  # outside the parsed body (e.g. in a headline): the text alone
        bare = _strip_det(ref.text)
        org, country = ctx.kb.organization(bare), ctx.kb.country(bare)
        if org is not None:
            return [Actor(f"org:{org.code}", org.name, org.kind or "organization", org.country or org.code, org.sector,
                          resolution=f"kb:organization '{bare}'", text=ref.text)]
        if country is not None:
            return [Actor(f"country:{country.iso3}", country.name, "country", country.iso3, None,
                          resolution=f"kb:country '{bare}'", text=ref.text)]
        return [Actor(None, ref.text, "group", resolution="unresolved:outside-parse", text=ref.text)]
    resolved = [(_resolve_shared_head(ctx, toks, text, start, end, ref.head),
                 phrase_code(ctx.kb, _whole_phrase(toks), ctx.on)) for toks, text, start, end in units]
    found = [a for _, pc in resolved if pc is not None for a in pc.actors]
    out: list[Actor] = []
    for got, pc in resolved:
        if pc is None or not got:
            out.extend(got)
            continue
        codes, rule = pc.codes, pc.rule
        if not pc.has_actor and found:  # "lawmakers and officials in X": the agents apply to the shared actor
            codes = with_actor(pc, list(dict.fromkeys(found)))
            rule = f"{USER_RULE}{'+'.join(codes)} (actor shared with its conjuncts); {rule}"
        elif not pc.has_actor and got[0].country and f"-> {got[0].country}" not in (got[0].resolution or ""):
            # "President Tamirov": the country the KB knows for the phrase itself (not one taken from the place
            # of the event: "students in <city>" stays ---EDU) with the user's agent
            codes = with_actor(pc, [got[0].country])
            rule = f"{USER_RULE}{'+'.join(codes)} (actor from the knowledge base); {rule}"
        out.extend(coded_actor(got[0], code, rule, several=len(codes) > 1) for code in codes)
    return out


def _whole_phrase(toks: list[Token]) -> list[Token]:
    """A unit with the rest of its noun phrase in the sentence (a reference may give only its head: "activists"
    of "human rights activists in X"), without the head's conjuncts, which are units of their own."""
    words = [t for t in toks if not t.is_punct]
    head = _phrase_head(words)
    if head is None:
        return toks
    conj = {c.i for c in head.conjuncts}
    return sorted({*toks, *_subtree_without_conj(head, conj)}, key=lambda t: t.i)


# --- group anaphora: "the sides", "the two countries", "they", "it" ---------------------------------------------------

def _is_party(a: Actor) -> bool:
    """A resolved participant (not another anaphor or an unresolved group)."""
    return a.id is not None or a.country is not None or (a.kind == "person" and a.name[:1].isupper())


def _kind_ok(a: Actor, want: str) -> bool:
    if want == "country":
        return a.kind in ("country", "organization")
    if want == "person":
        return a.kind == "person"
    return True


def _span_ref(ctx: _Ctx, toks: list[Token]) -> ActorRef:
    s, e = ctx.off + toks[0].idx, ctx.off + toks[-1].idx + len(toks[-1].text)
    return ActorRef(ctx.sdoc[toks[0].i : toks[-1].i + 1].text, s, e, e - 1)


def _sub(ctx: _Ctx) -> _Ctx:
    return replace(ctx, depth=ctx.depth + 1, exclude=frozenset())


def _party_candidates(ctx: _Ctx, pos: int) -> list[tuple[int, str, list[Actor]]]:
    """Earlier sets of parties: coordinated mentions and the participants of earlier events. Ordered by sentence,
    the most recent first; within a sentence, subjects and event participants before sets inside phrases
    ("cooperation between X and Y"). Participants of an earlier event of the same type within eight sentences come
    first, then subjects and other event participants within three, then everything by recency."""
    found: list[tuple[int, int, int, str, list[Actor]]] = []  # (sentence, salience, end, rule, members)
    for ps in ctx.people.parties_before(pos)[:8]:
        sub = _sub(ctx)
        members = [a for s, e, h in ps.members
                   for a in resolve_ref(sub, ActorRef(ctx.document.text[s:e], s, e, h))]
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
        # participants of an earlier event of the same type are the most salient ("They discussed")
        found.append((sent, 2 if etype == ctx.event_type else 1, at, f"{etype} participants", members))
    window = {2: 8, 1: 3, 0: -1}  # sentences back in which a set of that salience outranks more recent ones
    found.sort(key=lambda f: (-f[1] if f[0] >= here - window[f[1]] else 1, -f[0], -f[1], -f[2]))
    return [(f[2], f[3], f[4]) for f in found]


def _resolve_group(ctx: _Ctx, words: list[Token], text: str, start: int, want: str) -> list[Actor] | Actor:
    """A group anaphor -> the parties of the most recent earlier set that fits (kind, not the event's other side);
    "they" first looks for a plural subject in its own sentence ("The rebels said they ...")."""
    if ctx.depth > 1:
        return Actor(None, text, "group", resolution="unresolved:group", text=text)
    if want == "pronoun":
        ante = clause_antecedent(ctx, words[0], plural=True) or preceding_party(ctx, words[0], plural=True)
        if ante is not None:
            got = resolve_ref(_sub(ctx), _span_ref(ctx, np_tokens(ante)))
            if got:
                return [replace(a, text=text, resolution=f"coref:pronoun '{text}'->{ante.text}; {a.resolution}")
                        for a in got]
        want = "any"
    inner = "country" if want == "leaders-of" else want
    for _, rule, members in _party_candidates(ctx, start):
        members = _dedupe([a for a in members if _is_party(a) and _key(a) not in ctx.exclude])
        if len(members) < 2 or not all(_kind_ok(a, inner) for a in members):
            continue
        names = " + ".join(a.name for a in members)
        if want == "leaders-of":
            return [Actor(f"group:{a.country}-GOV", f"{a.name} leadership", "group", a.country, "GOV",
                          resolution=f"coref:group->{names} ({rule}); leaders of '{a.name}'", text=text)
                    for a in members if a.country]
        return [replace(a, text=text, resolution=f"coref:group->{names} ({rule}); {a.resolution}") for a in members]
    return Actor(None, text, "group", resolution="unresolved:group (no earlier set of parties)", text=text)


def _resolve_it(ctx: _Ctx, tok: Token, text: str) -> Actor:
    """"it"/"its" -> a country or organisation: the subject of a clause governing it, else the nearest preceding
    party noun in its sentence, else the subject of the previous sentence (never a person)."""
    cands = [clause_antecedent(ctx, tok, plural=False), preceding_party(ctx, tok, plural=False)]
    if ctx.depth == 0 and tok.sent.start > 0:
        prev = ctx.sdoc[tok.sent.start - 1].sent
        subj = [t for t in prev if t.dep_ == "nsubj" and t.head.i == prev.root.i and t.pos_ != "PRON"]
        cands.append(subj[0] if subj and not is_plural(subj[0]) else None)
    if ctx.depth <= 1:
        for ante in cands:
            if ante is None:
                continue
            for a in resolve_ref(_sub(ctx), _span_ref(ctx, np_tokens(ante))):
                if a.kind != "person":
                    return replace(a, text=text, resolution=f"coref:pronoun '{text}'->{ante.text}; {a.resolution}")
    return Actor(None, text, "group", resolution="unresolved:pronoun 'it'", text=text)


def _resolve_shared_head(ctx: _Ctx, toks: list[Token], text: str, start: int, end: int, head: int) -> list[Actor]:
    """Coordinated premodifiers sharing one plural head ("Azerbaijani and Russian foreign ministers") -> one actor
    per country; otherwise one actor."""
    words = [t for t in toks if not t.is_punct]
    if len(words) >= 3 and any(t.dep_ == "cc" for t in words) and not ctx.people.mention_in(start, end):
        title = read_title(words, ctx.kb, ctx.off, "text")
        codes = list(dict.fromkeys(code for code, _ in title.countries))
        if len(codes) > 1:
            out = []
            for code, ctext in _first_texts(title.countries):
                one = replace(title, country=code, country_text=ctext, countries=[(code, ctext)])
                out.append(_single_country_unit(ctx, one, words, text, start))
            return out
    got = _resolve_unit(ctx, toks, text, start, end, head)
    return got if isinstance(got, list) else [got]


def _first_texts(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for code, text in pairs:
        seen.setdefault(code, text)
    return list(seen.items())


def _single_country_unit(ctx: _Ctx, title: TitleInfo, words: list[Token], text: str, start: int) -> Actor:
    head_tok = _phrase_head(words)
    if head_tok is not None:
        coll = _collective(ctx, title, head_tok, words, text)
        if coll is not None:
            return coll
    if title.role is not None:
        name = f"{title.country_text} {title.role.role}"
        return _office_actor(ctx, title, name, text, start)
    iso = title.country
    return Actor(f"country:{iso}", title.country_text or str(iso), "country", iso, None,
                 resolution=f"kb:country '{title.country_text}' (coordinated)", text=text)


def _resolve_unit(ctx: _Ctx, toks: list[Token], text: str, start: int, end: int, head: int) -> Actor | list[Actor]:
    """One phrase -> its actor(s); a group, body or office left without a country takes the place its phrase
    names ("rebels in the Ivory Coast", "Darfur rebels", "Cairo's security chief")."""
    got = _resolve_phrase(ctx, toks, text, start, end, head)
    if isinstance(got, list) or got.resolution is None:
        return got
    if got.country is not None and got.resolution.startswith("text:people") and got.kind == "group":
        # an ethnic group is coded by where it lives ("ethnic Albanians in south Serbia" -> SRB), CAMEO's convention
        head_tok = _phrase_head([t for t in toks if not t.is_punct])
        lives = context_country(ctx, head_tok, person=False, places_only=True) if head_tok is not None else None
        if lives is not None and lives[0] != got.country:
            return replace(got, id=f"group:{lives[0]}-{got.sector or 'CVL'}", country=lives[0],
                           resolution=f"{got.resolution}; text:living in '{lives[1]}' -> {lives[0]}")
        return got
    if got.country is not None:
        return got
    if got.kind not in ("group", "organization", "person") and not got.resolution.startswith("unresolved:place"):
        return got
    if got.resolution.startswith(("coref:", "unresolved:group", "unresolved:pronoun")):
        return got
    if got.kind == "person" and got.role is None:
        return got  # a named person: "Blinken in Paris" is not French
    words = [t for t in toks if not t.is_punct]
    head_tok = _phrase_head(words)
    found = context_country(ctx, head_tok, person=got.kind == "person") if head_tok is not None else None
    if found is None:
        return got
    iso, where, how = found
    new_id = got.id
    if got.kind == "group" and got.sector and got.id is None:
        new_id = f"group:{iso}-{got.sector}"
    return replace(got, id=new_id, country=iso, resolution=f"{got.resolution}; text:{how} '{where}' -> {iso}")


def _head_country(ctx: _Ctx, head: Token | None, words: list[Token]) -> Actor | None:
    """The phrase's head (with its compound names) is a country: "NATO-member Norway", "Pakistan, a key ally"."""
    if head is None or head.pos_ != "PROPN":
        return None
    left = head
    while left.i - 1 >= 0 and left.doc[left.i - 1].dep_ == "compound" and left.doc[left.i - 1].head.i == head.i \
            and left.doc[left.i - 1].pos_ == "PROPN":
        left = left.doc[left.i - 1]
    for first in (left, head):
        text = head.doc[first.i : head.i + 1].text
        c = ctx.kb.country(text)
        if c is not None and fold(text) in {fold(n) for n in (c.name, *c.names, c.iso3)}:
            return Actor(f"country:{c.iso3}", c.name, "country", c.iso3, None,
                         resolution=f"kb:country head '{text}'", text=" ".join(t.text for t in words))
    return None


def _resolve_phrase(ctx: _Ctx, toks: list[Token], text: str, start: int, end: int, head: int) -> Actor | list[Actor]:
    people = ctx.people
    words = [t for t in toks if not t.is_punct]
    head_tok = _phrase_head(words)
    # 1. person mentions found by coreference (the phrase's head, or a name in apposition to a title head)
    for mi in people.mention_in(start, end, head):
        m = people.mentions[mi]
        if head_tok is not None and not _mention_heads(ctx, m, head_tok):
            continue  # a name as a modifier: "Zoran Djindjic's opposition coalition"
        if m.cluster is not None:
            return _cluster_actor(ctx, people.clusters[m.cluster], m, text)
        if m.ambiguous:
            return Actor(None, m.text, "person", resolution="coref:ambiguous-surname (several people in article)",
                         text=text)
        if m.kind == "description":
            return _office_actor(ctx, m.title, _strip_det(m.text), text, m.start)
    low = [t.lower_ for t in words]
    # 2. pronouns
    if len(words) == 1 and low[0] in PERSON_PRONOUNS:
        gender = "m" if low[0] in ("he", "him", "his", "himself") else "f"
        ci = people.antecedent(start, gender=gender)
        if ci is not None:
            c = people.clusters[ci]
            a = _cluster_actor(ctx, c, None, text)
            a.resolution = f"coref:pronoun '{text}'->{c.display}; {a.resolution}"
            return a
        return Actor(None, text, "person", resolution="unresolved:pronoun", text=text)
    if len(words) == 1 and low[0] in FIRST_PERSON and not (len(low[0]) > 1 and words[0].text.isupper()):  # not "US"
        ci = people.quote_speaker(start)
        if ci is not None:
            c = people.clusters[ci]
            a = _cluster_actor(ctx, c, None, text)
            a.resolution = f"coref:quote-speaker '{text}'->{c.display}; {a.resolution}"
            return a
        kind = "person" if low[0] in ("i", "me", "my") else "group"
        return Actor(None, text, kind, resolution="unresolved:first-person", text=text)
    group = group_anaphor(low)
    if group is not None:
        return _resolve_group(ctx, words, text, start, group)
    if len(words) == 1 and low[0] in ("it", "its"):
        return _resolve_it(ctx, words[0], text)
    bare = _strip_det(text)
    # 3. a user's own entry for exactly this name wins ("ZIMBABWE [RHO <790606] [ZBW]" in a user dictionary)
    user = ctx.kb.user_person(bare) if hasattr(ctx.kb, "user_person") else None
    if user is not None and user.positions and all(p.role in PLACEHOLDER_ROLES for p in user.positions):
        pos = position_on(user, ctx.on)
        if pos is not None:
            return Actor(user.id, user.name, "organization", pos.country or user.country, pos.sector,
                         resolution=f"user:entry {user.id} on {ctx.on}", text=text)
    # 4. organisations and countries as such
    org = ctx.kb.organization(bare)
    if org is not None:
        return Actor(f"org:{org.code}", org.name, org.kind or "organization", org.country or org.code, org.sector,
                     resolution=f"kb:organization '{bare}'", text=text)
    country = ctx.kb.country(bare)
    demonyms = {fold(d) for d in country.demonyms} if country is not None else set()
    if country is not None and len(words) == 1 and (fold(bare) in demonyms or fold(bare[:-1]) in demonyms) and (
            words[0].tag_ in ("NNPS", "NNS") or (bare.endswith("s") and fold(bare[:-1]) in demonyms)):
        # "Palestinians", "Algerians": people, not the state
        return Actor(f"group:{country.iso3}-CVL", bare, "group", country.iso3, "CVL",
                     resolution=f"kb:country demonym plural '{bare}'", text=text)
    if country is not None:
        how = "demonym " if fold(bare) in demonyms else ""
        return Actor(f"country:{country.iso3}", country.name, "country", country.iso3, None,
                     resolution=f"kb:country {how}'{bare}'", text=text)
    if len(words) == 1 and bare[:1].isupper():
        if bare.endswith("s") and (country := ctx.kb.country(bare[:-1])) is not None:  # "Nigerians"
            return Actor(f"group:{country.iso3}-CVL", bare, "group", country.iso3, "CVL",
                         resolution=f"kb:country demonym plural '{bare}'", text=text)
    named_country = _head_country(ctx, head_tok, words)
    if named_country is not None:  # "NATO-member Norway", "Pakistan, a key ally"
        return named_country
    if words and all(t.text[:1].isupper() for t in words) and words[-1].ent_type_ not in ("ORG", "NORP") \
            and not _known_surname(ctx, bare):
        place = ctx.kb.place(bare)
        if place is not None and place.kind == "capital" and place.country:  # "Moscow said ..." (metonymy)
            return Actor(f"country:{place.country}", place.name, "country", place.country, "GOV",
                         resolution=f"kb:capital '{bare}'", text=text)
        if place is not None and place.country:  # a city's people
            return Actor(f"group:{place.country}-CVL", place.name, "group", place.country, "CVL",
                         resolution=f"kb:city '{bare}'", text=text)
    title = read_title(words, ctx.kb, ctx.off, "text")
    bare_group = all(t.pos_ in ("DET", "NUM", "PRON") or t.lower_ in _QUANTIFIERS or t.lower_ in GROUP_NOUNS
                     for t in words)
    if words and bare_group and (low[-1] in GROUP_NOUNS or (low[0] in ("both", "two") and len(words) <= 3)) \
            and not _has_country(ctx, words) and group_anaphor(low) is None:
        if title.org is not None:  # "Red Cross officials", "European Community foreign ministers"
            org = title.org
            return Actor(f"org:{org.code}", org.name, org.kind or "organization", org.country or org.code,
                         org.sector if title.role is None else (title.role.sector or org.sector),
                         resolution=f"kb:organization '{title.country_text}' + '{low[-1]}'", text=text)
        return Actor(None, text, "group", resolution="unresolved:group", text=text)
    ents = {t.ent_type_ for t in words if t.ent_type_}
    proper = [t for t in words if t.lower_ not in ("of", "the", "and", "for", "'s")]
    named = _title_then_name(ctx, words)
    if named is not None:  # "Vice-President Moody Awori" with the name tagged as an organisation
        return _name_only_actor(ctx, named, text, title)
    if title.role is not None and "ORG" in ents and proper and all(t.text[:1].isupper() for t in proper) \
            and head_tok is not None and head_tok.pos_ == "PROPN":  # "Nigerian Union of Teachers"
        return Actor(f"org:{slug(bare)}", bare, "organization", title.country, title.role.sector,
                     resolution="text:organisation not in KB", text=text)
    if title.country is not None and head_tok is not None:
        coll = _collective(ctx, title, head_tok, words, text)
        if coll is not None:
            return coll
    if title.role is not None and head_tok is not None and is_collective(head_tok):
        iso, sector = title.country, title.role.sector
        row = COLLECTIVE_SECTORS.get(_two_words(words)) or COLLECTIVE_SECTORS.get(head_tok.lower_)
        head_role = lookup_role(ctx.kb, head_tok.text) if row is None and sector == "REL" else None
        sector = row[1] if row else (head_role.sector if head_role and head_role.sector else sector)  # "Jewish settlers"
        if sector == "MIL" and title.role.sector == "REL" and iso is None:  # "Moslem forces": a faith's fighters
            sector = "REB"
        return Actor(f"group:{iso}-{sector}" if iso and sector else None, bare, "group", iso, sector,
                     resolution=f"text:collective '{head_tok.text}' ({title.role.role})", text=text)
    if title.role is not None:
        return _office_actor(ctx, title, bare, text, start)
    if title.country is not None and head_tok is not None and head_tok.pos_ in ("NOUN", "PROPN") \
            and ctx.kb.country(head_tok.text) is None:  # "U.S. negotiator"
        if head_tok.tag_ in ("NNS", "NNPS") and head_tok.pos_ == "NOUN" and title.org is None \
                and head_tok.lower_ not in GROUP_NOUNS:  # "Iraqi youths": the country's people (not "EU member states")
            return Actor(f"group:{title.country}-CVL", bare, "group", title.country, "CVL",
                         resolution=f"text:country modifier '{title.country_text}' + people '{head_tok.text}'",
                         text=text)
        kind = "group" if head_tok.tag_ in ("NNS", "NNPS") else "person"
        return Actor(None, bare, kind, title.country, None,
                     resolution=f"text:country modifier '{title.country_text}' (role unknown)", text=text)
    # 4. named entities the KB does not know
    if len(words) == 1 and words[0].pos_ == "PROPN" and _known_surname(ctx, bare):
        return _name_only_actor(ctx, bare, text)
    if title.country is not None and head_tok is not None and head_tok.text.endswith("s") \
            and ctx.kb.country(head_tok.text) is not None:
        iso = title.country  # "ethnic Albanians", "Iraqi Kurds"
        return Actor(f"group:{iso}-CVL", bare, "group", iso, "CVL",
                     resolution=f"text:people '{title.country_text}'", text=text)
    if head_tok is not None and head_tok.ent_type_ in ("ORG", "NORP") and head_tok.pos_ == "PROPN":
        oname = _strip_det(_entity_text(head_tok)) or bare
        return Actor(f"org:{slug(oname)}", oname, "organization", title.country, None,
                     resolution="text:organisation not in KB", text=text)
    if words and ents & {"GPE", "LOC"} and not ents & {"PERSON"}:
        return Actor(None, bare, "country", None, None, resolution="unresolved:place not in KB", text=text)
    if title.country is not None and len(proper) > 1 and all(t.text[:1].isupper() for t in proper):
        return Actor(f"org:{slug(bare)}", bare, "organization", title.country, None,  # "Kenya Anti-Corruption ..."
                     resolution="text:organisation not in KB", text=text)
    # 5. a capitalised name: treat as a person name (not an acronym)
    if words and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and split_name(bare) is not None \
            and not any(t.text.isupper() and len(t.text) > 1 for t in words) \
            and not (words[-1].tag_ == "NNPS" and words[-1].text.endswith("s")):
        return _name_only_actor(ctx, bare, text)
    return Actor(None, bare or text, "group", resolution="unresolved:no-rule", text=text)


def _known_surname(ctx: _Ctx, name: str) -> bool:
    parts = split_name(name)
    if parts is None:
        return False
    if ctx.people.by_surname(parts.surname, typo=True):
        return True
    return bool(ctx.kb.people_named(name, on=ctx.on))


def is_collective(head: Token) -> bool:
    """A head noun naming a body or a group rather than one person ("forces", "ministry", "officials")."""
    return (head.is_alpha and head.tag_ in ("NNS", "NNPS")) or head.lower_ in COLLECTIVE_SECTORS \
        or head.lower_ in INSTITUTION_WORDS or head.lower_ in BODY_WORDS


def _mention_heads(ctx: _Ctx, m: PersonMention, head: Token) -> bool:
    """Does the person mention stand for the whole phrase (contains its head, or is in apposition to a title)?"""
    h0 = ctx.off + head.idx
    if m.start <= h0 < m.end:
        return True
    for t in head.children:
        if t.dep_ == "appos" and m.start <= ctx.off + t.idx < m.end:
            return True
    return m.kind == "name" and (head.lower_ in RELATIONAL_ROLES or lookup_role(ctx.kb, head.text) is not None) \
        and not is_collective(head)


def _title_then_name(ctx: _Ctx, words: list[Token]) -> str | None:
    """The name in "<role words> <Capitalised Name>" when the NER did not tag it as a person."""
    for i in range(1, len(words)):
        rest = words[i:]
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in rest):
            continue
        if any(ctx.kb.country(t.text) or ctx.kb.organization(t.text) or lookup_role(ctx.kb, t.text) for t in rest):
            continue
        if rest[-1].lower_ in BODY_WORDS or rest[-1].lower_ in INSTITUTION_WORDS:
            return None
        title_words = [t.text for t in words[:i] if ctx.kb.country(t.text) is None and fold(t.text) not in _DETS]
        if title_words and lookup_role(ctx.kb, " ".join(title_words).replace(" - ", "-")) is not None:
            return words[0].doc[rest[0].i : rest[-1].i + 1].text
        return None
    return None


def _two_words(words: list[Token]) -> str:
    return f"{words[-2].lower_} {words[-1].lower_}" if len(words) >= 2 else ""


def _has_country(ctx: _Ctx, words: list[Token]) -> bool:
    return any(ctx.kb.country(t.text) is not None for t in words if t.text[:1].isupper())


def _phrase_head(words: list[Token]) -> Token | None:
    ids = {t.i for t in words}
    roots = [t for t in words if t.head.i not in ids or t.head.i == t.i]
    return roots[0] if roots else None


def _collective(ctx: _Ctx, title: TitleInfo, head: Token, words: list[Token], text: str) -> Actor | None:
    """A country word with a collective or institution noun: "Armenian forces", "the Russian Ministry of ..."."""
    iso = title.country
    assert iso is not None
    hl = head.lower_
    two = f"{words[-2].lower_} {words[-1].lower_}" if len(words) >= 2 else ""
    row = COLLECTIVE_SECTORS.get(two) or COLLECTIVE_SECTORS.get(hl)
    if hl in INSTITUTION_WORDS or hl in BODY_WORDS or (row is not None and row[0] == "organization"):
        sector = row[1] if row else ("GOV" if hl in INSTITUTION_WORDS else (title.role.sector if title.role else None))
        inst = [t for t in words if not (t.text == title.country_text or fold(t.text) in _DETS or t.lower_ == "'s")]
        name_part = " ".join(t.text for t in inst) or head.text
        return Actor(f"org:{iso}-{institution_slug(name_part)}", _strip_det(text), "organization", iso, sector,
                     resolution=f"text:institution of '{title.country_text}'", text=text)
    if row is not None:
        kind, sector = row
        if kind == "country":
            return Actor(f"country:{iso}", title.country_text or iso, "country", iso, sector,
                         resolution=f"text:country '{title.country_text}' + '{hl}'", text=text)
        return Actor(f"group:{iso}-{sector}", _strip_det(text), "group", iso, sector,
                     resolution=f"text:country '{title.country_text}' + '{hl}'", text=text)
    if title.role is None and len(words) == 1:
        return Actor(f"country:{iso}", title.country_text or iso, "country", iso, None,
                     resolution=f"kb:country demonym '{title.country_text}'", text=text)
    return None


# --- people -----------------------------------------------------------------------------------------------------------


def _cluster_actor(ctx: _Ctx, c: PersonCluster, m: PersonMention | None, text: str) -> Actor:
    parts = c.parts
    entry, why = kb_person(ctx, c.display, c)
    name = c.display
    country, role, sector = c.country, (c.role.role if c.role else None), (c.role.sector if c.role else None)
    if sector is None and c.org is not None:
        sector = c.org.sector
    rules = [m.rule] if m is not None and m.rule and m.rule != "name" else []
    if c.role_rule:
        rules.append(c.role_rule)
    if c.country_rule:
        rules.append(c.country_rule)
    pid: str | None
    if entry is not None:
        pid = entry.id
        if parts is None or not parts.full:
            name = entry.name
        pos = position_on(entry, ctx.on)
        if country is None:  # the office held on the date speaks for the actor (a UN post: UNO), else the person
            country = (pos.country if pos and pos.country else None) or entry.country
        if pos is not None and pos.role in PLACEHOLDER_ROLES:  # a dictionary's default code: no office
            sector = sector or pos.sector
        elif role is None and pos is not None:
            role, sector = pos.role, sector or pos.sector
        if sector is None:  # the sector of the offices the person held, when they agree ("Sharon" -> GOV)
            sector = positions_sector(ctx, [entry] if pos is None else [], pos)
        rules.append(why)
    else:
        pid = person_id(c.display) if parts is not None and parts.full else None
        if why:
            rules.append(why)
        hint = kb_country_hint(ctx, c.display) if country is None else None
        if hint is not None:
            country = hint
            rules.append(f"kb:country of every person named '{c.display}' -> {hint}")
            if sector is None:
                sector = positions_sector(ctx, ctx.kb.people_named(c.display, on=None), None)
        if pid is None:
            rules.append("unresolved:surname-only")
    return Actor(pid, name, "person", country, sector, role, "; ".join(r for r in rules if r) or "text:name", text)


def _name_only_actor(ctx: _Ctx, name: str, text: str, title: TitleInfo | None = None) -> Actor:
    """A person name the coreference pass did not see (NER missed it): surname link, else a person of its own
    with the role/country its title gives."""
    parts = split_name(name)
    if parts is not None and not parts.full:
        hit = [ctx.people.clusters[i] for i in ctx.people.by_surname(parts.surname, typo=True)]
        if len(hit) == 1:
            a = _cluster_actor(ctx, hit[0], None, text)
            a.resolution = f"coref:surname->{hit[0].display}; {a.resolution}"
            return a
    c = PersonCluster(idx=-1, display=name, parts=parts)
    if title is not None:
        c.absorb_title(title)
    a = _cluster_actor(ctx, c, None, text)
    a.resolution = f"text:capitalised name; {a.resolution}"
    return a


def _office_actor(ctx: _Ctx, title: TitleInfo, name: str, text: str, pos: int) -> Actor:
    """A title with no named holder in the article: the KB office holder on the event date, else the office."""
    role = title.role
    if role is None:
        return Actor(None, name, "person", title.country, None, None, "unresolved:relational", text)
    ci = ctx.people.find_holder(title, pos) if text.split()[0].lower() not in INDEFINITE else None
    if ci is not None:
        c = ctx.people.clusters[ci]
        a = _cluster_actor(ctx, c, None, text)
        a.resolution = f"coref:title '{name}'->{c.display}; {a.resolution}"
        return a
    if text.split()[0].lower() in INDEFINITE:  # "a judge", "a Western diplomat": someone, not the office holder
        sector = role.sector or (title.org.sector if title.org else None)
        return Actor(None, name, "person", title.country, sector, role.role, f"text:indefinite '{role.role}'", text)
    codes = [title.org.code] if title.org else ([title.country] if title.country else [])
    for code in codes:
        entry = ctx.kb.office_holder(code, role.role, ctx.on)
        if entry is not None and holds(ctx, entry, role.role):
            held = position_on(entry, ctx.on)
            country = title.country or entry.country
            sector = role.sector or (held.sector if held else None)
            return Actor(entry.id, entry.name, "person", country, sector, role.role,
                         f"kb:office-holder {code} {role.role} {ctx.on}", text)
    sector = role.sector or (title.org.sector if title.org else None)
    return Actor(None, name, "person", title.country, sector, role.role,
                 f"unresolved:office {title.country or '?'} {role.role} {ctx.on}", text)


__all__ = ["kb_date", "resolve_actors", "resolve_ref"]
