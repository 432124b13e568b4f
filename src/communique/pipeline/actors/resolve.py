"""Resolve actors: turn each event's ActorRefs into Actors with canonical ids, kind, country, sector and role.

Order of evidence for a reference (each Actor records its rule in ``resolution``):
  1. a person mention from within-document coreference (``coref.build_people``): names, surnames, role
     descriptions, counterparts, pronouns and first-person speech inside quotations;
  2. group anaphora ("the sides", "both parties", "the two countries/ministers/leaders", "they"/"them", "each
     other", "the leaders of both nations"): the parties of the most recent fitting earlier set in the article --
     coordinated mentions ("X and Y", "between X and Y", from ``coref.party_sets``) and the participants of earlier
     events -- minus the event's other side; sets of the wrong kind are skipped ("the two countries" never takes two
     people). Rule "coref:group->A + B (<set>)"; with no fitting set, "the two countries" are the two countries
     named in the three sentences up to it, if exactly two are; nothing fitting -> a group actor with id None. "they" first takes a
     plural subject governing it ("The rebels said they ..."); "it" a non-person subject or preceding party noun;
     Definite organisation descriptions ("the organization", "the alliance", "the bloc") take the most recent
     fitting named organisation (``anaphora.org_antecedent``; rule "coref:definite-org"); the sets of parties an
     event offers to later anaphors come from ``anaphora.event_party_sets`` (a host who urged two sides is not one
     of "the sides"), and a counted anaphor ("the two leaders") only takes a set of that size;
  3. title-only mentions with no person in the article -> ``kb.office_holder(country, role, date)``, else an
     office actor (name = the title, id None) rather than a wrong person;
  4. organisations and countries acting as such ("the United Nations", "Azerbaijan", "Armenian forces",
     "the Russian Ministry of Foreign Affairs", "NATO-member Norway"), plural demonyms as people ("Algerians");
  5. a group, body or office left without a country takes the country of a place its phrase names ("rebels in
     the Ivory Coast", "Cairo's security chief", "the Bush administration", "protesters marched in Baku"); a named
     person never takes the place of the event.

Phrase rules added for sectors (each records its rule):
  - coordinated country words sharing one head ("Senior Hungarian and Romanian officials", "French and Egyptian
    warships"), given as one reference or one per country word: one actor per country with the head's sector;
  - "<leaders/members/activists/...> of|from <body>": the body's country and sector (``member_of``; Phoenix codes
    such people by their body: PARTY_MEMBER [~PTY], OPPOSITION_LEADER [~OPP]);
  - a KB organisation modifying a non-person head is the organisation ("a U.N. Security Council resolution", "the
    Taliban faction", "the Hamas leadership"); a country word before a non-governmental federation's name is its
    national branch ("the Iranian Red Crescent" -> IRN with the federation's sector).

Modules: person actors and the context live in ``persons``, group anaphora in ``groups``, splitting a reference into
units in ``units``, organisations, bodies and country collectives in ``organisations``.

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

from dataclasses import dataclass, replace

from msgspec import structs
from spacy.tokens import Doc, Token

from ...kb import KnowledgeBase
from ...lexicon.words import word_set
from ...records import RECIPROCAL_RULE, Actor, ActorRef, Document, Event
from .anaphora import (
    context_country,
    document_issuer,
    event_party_sets,
    group_anaphor,
    org_antecedent,
    possessor_org,
    reciprocal,
)
from .article import acronym_in_article, dateline_appositive, fill_article_country
from .coref import PersonMention, TitleInfo, build_people, read_title
from .groups import (
    actor_key,
    dedupe,
    is_party,
    owner_country,
    resolve_group,
    resolve_it,
    span_ref,
    sub_ctx,
)
from .names import (
    COLLECTIVE_SECTORS,
    FIRST_PERSON,
    GROUP_NOUNS,
    PERSON_PRONOUNS,
    RELATIONAL_ROLES,
    fold_ascii_lower,
    lookup_role,
    slug,
    split_name,
)
from .no_party import PLACE_NOT_IN_KB, self_addressed, social_gathering, thing_at_place
from .office_holders import PLACEHOLDER_ROLES, position_on
from .organisations import (
    arms_sector,
    body_capital,
    capital_or_named_city,
    collective,
    head_country,
    is_collective,
    member_of,
    org_modifier,
    seat_of_government,
    unknown_org,
)
from .persons import (
    ActorCtx,
    cluster_actor,
    kb_date,
    name_only_actor,
    office_actor,
    strip_det,
    surname_not_place,
    surname_tagged_as_org,
    title_then_name,
)
from .phrases import chief_of, entity_text, full_name_actor, head_title, partitive_actors, partitive_target
from .pronouns import person_pronoun
from .sentence_context import apply_sector_cues, fill_sentence_country
from .units import first_texts, phrase_head, reference_units, whole_phrase
from .user_codes import USER_RULE, coded_actor, phrase_code, share_actor, with_actor

CITY_RESOLUTION = "kb:city "  # resolution prefix of a city read as its people (stages: a visit's host, a place)
_QUANTIFIERS = word_set("actors/resolve_quantifiers")
_NAME_SMALL_WORDS = word_set("actors/resolve_name_small_words")


def resolve_actors(document: Document, sdoc: Doc, events: list[Event], kb: KnowledgeBase) -> None:
    """Fill ``event.actors`` and ``event.recipients`` from the events' refs (drops no event).

    Events are resolved in text order so that the participants of earlier events are available to group anaphora
    ("the two ministers") in later ones."""
    if not events:
        return  # the document's people are only read for events' participants
    people = build_people(document, sdoc, kb)
    event_sets: list[tuple[int, str, list[Actor]]] = []

    def where(ev: Event) -> int:
        if ev.trigger is not None:
            return ev.trigger.start
        return min((r.start for r in [*ev.actor_refs, *ev.recipient_refs]), default=0)

    for ev in sorted(events, key=where):
        ctx = ActorCtx(document, sdoc, kb, people, kb_date(ev.date or document.published), document.body_start,
                   event_sets, event_type=ev.event_type)
        actors = share_actor(dedupe([a for ref in ev.actor_refs for a in resolve_ref(ctx, ref)]))
        keys = {actor_key(a) for a in actors}
        ctx.exclude = frozenset(actor_key(a) for a in actors if is_party(a))
        recips = [a for ref in ev.recipient_refs for a in resolve_ref(ctx, ref)]
        actors = self_addressed(actors, recips, actor_key)  # "She called on the mayor": she is not the mayor
        keys = {actor_key(a) for a in actors}
        recips = share_actor(dedupe([a for a in recips if actor_key(a) not in keys]))
        if not recips and len(actors) >= 2 and reciprocal(ctx, ev):  # "the two countries blame each other"
            recips = [structs.replace(a, resolution=f"{RECIPROCAL_RULE} 'each other'; {a.resolution}") for a in actors]
        ev.actors, ev.recipients = actors, recips
        fill_sentence_country(sdoc, kb, ev, document.body_start)  # "the Islamic Salvation Front" + one country
        fill_article_country(document, sdoc, kb, ev)  # "the interior ministry" in an article datelined in one country
        apply_sector_cues(ev)  # "former President X" -> ELI
        for party_set in event_party_sets(ev, [a for a in dedupe(actors) if is_party(a)],
                                          [a for a in dedupe(recips) if is_party(a)]):
            # "C urged A and B ...": the sides are A and B, not C (``anaphora.event_party_sets``)
            event_sets.append((where(ev), ev.event_type, party_set))


# A country's people one at a time (PLOVER CVL: civilians and other unarmed domestic entities).
_CIVILIAN_HEADS = word_set("actors/resolve_civilian_heads")
_SUBNATIONAL_HEADS = word_set("actors/resolve_subnational_heads")
_STATE_HEADS = frozenset({"country", "nation", "state", "kingdom", "republic"})  # "the Arab country of X": X


# --- resolving one unit ---------------------------------------------------------------------------------------------


def resolve_ref(ctx: ActorCtx, ref: ActorRef) -> list[Actor]:
    """The actors one reference stands for (several for "Armenia and Azerbaijan", "Hungarian and Romanian officials")."""
    moved = dateline_appositive(ctx.document, ctx.sdoc, ref)
    if moved is not None:  # "BRASILIA, Aug 8 - Brazilian President X called": X, not the dateline's place
        return [structs.replace(a, resolution=f"text:dateline->appositive; {a.resolution}")
                for a in resolve_ref(ctx, moved)]
    units = reference_units(ctx, ref)
    if not units:  # outside the parsed body (e.g. in a headline): the text alone
        bare = strip_det(ref.text)
        org, country = ctx.kb.organization(bare), ctx.kb.country(bare)
        if org is not None:
            return [Actor(f"org:{org.code}", org.name, org.kind or "organization", org.country or org.code, org.sector,
                          resolution=f"kb:organization '{bare}'", text=ref.text)]
        if country is not None:
            return [Actor(f"country:{country.iso3}", country.name, "country", country.iso3, None,
                          resolution=f"kb:country '{bare}'", text=ref.text)]
        return [Actor(None, ref.text, "group", resolution="unresolved:outside-parse", text=ref.text)]
    resolved = [(_resolve_shared_head(ctx, toks, text, start, end, ref.head),
                 phrase_code(ctx.kb, whole_phrase(toks), ctx.on)) for toks, text, start, end in units]
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


def _resolve_shared_head(ctx: ActorCtx, toks: list[Token], text: str, start: int, end: int, head: int) -> list[Actor]:
    """Coordinated premodifiers sharing one plural head ("Azerbaijani and Russian foreign ministers") -> one actor
    per country; otherwise one actor."""
    words = [t for t in toks if not t.is_punct]
    if len(words) >= 3 and any(t.dep_ == "cc" for t in words) and not ctx.people.mention_in(start, end):
        title = read_title(words, ctx.kb, ctx.off, "text")
        codes = list(dict.fromkeys(code for code, _ in title.countries))
        if len(codes) > 1:
            out = []
            for code, ctext in first_texts(title.countries):
                one = replace(title, country=code, country_text=ctext, countries=[(code, ctext)])
                out.append(_single_country_unit(ctx, one, words, text, start))
            return out
    got = _resolve_unit(ctx, toks, text, start, end, head)
    return got if isinstance(got, list) else [got]


def _single_country_unit(ctx: ActorCtx, title: TitleInfo, words: list[Token], text: str, start: int) -> Actor:
    # coordinated premodifiers share the phrase's last noun even where the parse made them its conjuncts
    head_tok = words[-1] if words[-1].pos_ == "NOUN" else phrase_head(words)
    if head_tok is not None:
        coll = collective(ctx, title, head_tok, words, text)
        if coll is not None:
            return coll
    if title.role is not None:
        name = f"{title.country_text} {title.role.role}"
        return office_actor(ctx, title, name, text, start)
    iso = title.country
    return Actor(f"country:{iso}", title.country_text or str(iso), "country", iso, None,
                 resolution=f"kb:country '{title.country_text}' (coordinated)", text=text)


def _resolve_unit(ctx: ActorCtx, toks: list[Token], text: str, start: int, end: int, head: int) -> Actor | list[Actor]:
    """One phrase -> its actor(s); a group, body or office left without a country takes the place its phrase
    names ("rebels in the Ivory Coast", "Darfur rebels", "Cairo's security chief")."""
    got = _resolve_phrase(ctx, toks, text, start, end, head)
    if isinstance(got, list) or got.resolution is None:
        return got
    if got.country is not None and got.resolution.startswith("text:people") and got.kind == "group":
        # an ethnic group is coded by where it lives ("ethnic Albanians in south Serbia" -> SRB), CAMEO's convention
        head_tok = phrase_head([t for t in toks if not t.is_punct])
        lives = context_country(ctx, head_tok, person=False, places_only=True) if head_tok is not None else None
        if lives is not None and lives[0] != got.country:
            return structs.replace(got, id=f"group:{lives[0]}-{got.sector or 'CVL'}", country=lives[0],
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
    head_tok = phrase_head(words)
    owner = owner_country(ctx, head_tok, resolve_ref) if head_tok is not None and got.kind != "person" else None
    if owner is not None:  # "its peacekeepers" after "Russia's defence ministry said"
        iso = owner[0]
        new_id = f"group:{iso}-{got.sector}" if got.kind == "group" and got.sector and got.id is None else got.id
        return structs.replace(got, id=new_id, country=iso, resolution=f"{got.resolution}; coref:its->{owner[1]} -> {iso}")
    found = context_country(ctx, head_tok, person=got.kind == "person") if head_tok is not None else None
    if found is None:
        return got
    iso, where, how = found
    new_id = got.id
    if got.kind == "group" and got.sector and got.id is None:
        new_id = f"group:{iso}-{got.sector}"
    return structs.replace(got, id=new_id, country=iso, resolution=f"{got.resolution}; text:{how} '{where}' -> {iso}")


@dataclass
class _Phrase:
    """A phrase being resolved and what every step reads of it."""

    toks: list[Token]
    text: str
    start: int
    end: int
    head: int
    words: list[Token]
    head_tok: Token | None
    low: list[str]
    bare: str


_Got = Actor | list[Actor] | None


def _resolve_phrase(ctx: ActorCtx, toks: list[Token], text: str, start: int, end: int, head: int) -> Actor | list[Actor]:
    """Resolve one phrase: the first step that knows what it is wins (the order is the rule)."""
    words = [t for t in toks if not t.is_punct]
    ph = _Phrase(toks, text, start, end, head, words, phrase_head(words), [t.lower_ for t in words], strip_det(text))
    if (seat := seat_of_government(ctx, ph.bare, text)) is not None:  # "the Kremlin": not a title ("Kremlin aide")
        return seat
    for step in (_by_chief_or_mention, _by_pronoun, _by_anaphor_or_whole_name, _by_known_name):
        got = step(ctx, ph)
        if got is not None:
            return got
    title = head_title(ctx, read_title(words, ctx.kb, ctx.off, "text"), words, ph.head_tok)
    for titled in (_by_group_title, _by_role_title, _by_unknown_name):
        got = titled(ctx, ph, title)
        if got is not None:
            return got
    return Actor(None, ph.bare or text, "group", resolution="unresolved:no-rule", text=text)


def _by_chief_or_mention(ctx: ActorCtx, ph: _Phrase) -> _Got:
    """A chief of a body, or a person mention found by coreference."""
    text, start, end, head, head_tok = ph.text, ph.start, ph.end, ph.head, ph.head_tok
    people = ctx.people
    has_name = any(people.mentions[mi].kind == "name" for mi in people.mention_in(start, end, head))
    chief = chief_of(ctx, head_tok, text, _resolve_unit) if head_tok is not None and ctx.depth <= 1 and \
        not has_name else None  # "the head of the IAEA, Rafael Grossi": the person named
    if chief is not None:  # "the deputy chief of X's militia ally", "the commander of the Y army"
        return chief
    # 1. person mentions found by coreference (the phrase's head, or a name in apposition to a title head)
    for mi in people.mention_in(start, end, head) or _name_running_on(ctx, start, end, head):
        m = people.mentions[mi]
        if head_tok is not None and not _mention_heads(ctx, m, head_tok):
            continue  # a name as a modifier: "Zoran Djindjic's opposition coalition"
        if m.cluster is not None:
            return cluster_actor(ctx, people.clusters[m.cluster], m, text)
        if m.ambiguous:
            return Actor(None, m.text, "person", resolution="coref:ambiguous-surname (several people in article)",
                         text=text)
        if m.kind == "description" and head_tok is not None and head_tok.tag_ == "NNS" \
                and head_tok.lower_ in COLLECTIVE_SECTORS:
            continue  # "Egyptian warships", "Romanian officials": a body or group, not one office holder
        if m.kind == "description":
            return office_actor(ctx, m.title, strip_det(m.text), text, m.start)
    return None

def _name_running_on(ctx: ActorCtx, start: int, end: int, head: int) -> list[int]:
    """A person name that starts in the phrase at its head and runs on past the phrase's end (the parse cut "Jose
    Eduardo | dos Santos" at the particle): the whole name stands for the phrase."""
    people = ctx.people
    return [mi for mi in people.mention_in(start, end + 40, head) if people.mentions[mi].kind == "name"
            and people.mentions[mi].start <= head < end < people.mentions[mi].end]


def _by_pronoun(ctx: ActorCtx, ph: _Phrase) -> _Got:
    """A personal or first-person pronoun."""
    text, start, words, low = ph.text, ph.start, ph.words, ph.low
    people = ctx.people
    # 2. pronouns
    if len(words) == 1 and low[0] in PERSON_PRONOUNS:
        return person_pronoun(ctx, words[0], text, start)
    if len(words) == 1 and low[0] in FIRST_PERSON and not (len(low[0]) > 1 and words[0].text.isupper()):  # not "US"
        ci = people.quote_speaker(start)
        if ci is not None:
            c = people.clusters[ci]
            a = cluster_actor(ctx, c, None, text)
            a.resolution = f"coref:quote-speaker '{text}'->{c.display}; {a.resolution}"
            return a
        kind = "person" if low[0] in ("i", "me", "my") else "group"
        return Actor(None, text, kind, resolution="unresolved:first-person", text=text)
    return None

def _by_anaphor_or_whole_name(ctx: ActorCtx, ph: _Phrase) -> _Got:
    """A partitive, a definite description of an organisation, a group anaphor, "it", a long name."""
    text, start, words, head_tok, low, bare = ph.text, ph.start, ph.words, ph.head_tok, ph.low, ph.bare
    part = partitive_target(head_tok) if head_tok is not None and ctx.depth <= 2 else None
    inner = partitive_actors(ctx, part[0], part[1], text, resolve_ref, _resolve_shared_head) if part else None
    if inner:  # "scores of Togolese and Beninese refugees", "the offices of the X administrators"
        return inner[0] if len(inner) == 1 else inner  # one actor: the phrase's own place may still apply
    org_ante = org_antecedent(ctx, words) if ctx.depth <= 1 else None
    if org_ante is not None:  # "As a member of the UN, X supports the organization's work" -> the UN
        for a in resolve_ref(sub_ctx(ctx), span_ref(ctx, list(org_ante))):
            if a.kind in ("organization", "country") and a.id is not None:
                return structs.replace(a, text=text,
                               resolution=f"coref:definite-org '{text}'->{org_ante.text}; {a.resolution}")
    issuer = document_issuer(ctx, words) if ctx.depth <= 1 else None
    if issuer:  # "APEC ministers issued a statement. The statement urged X": the ministers
        found = resolve_ref(sub_ctx(ctx), span_ref(ctx, issuer))
        if found:
            return [structs.replace(a, text=text, resolution=f"coref:issued-text '{text}'->"
                    f"{' '.join(t.text for t in issuer)}; {a.resolution}") for a in found]
    group = group_anaphor(low)
    if group is not None:
        return resolve_group(ctx, words, text, start, group, resolve_ref)
    if len(words) == 1 and low[0] in ("it", "its"):
        return resolve_it(ctx, words[0], text, resolve_ref)
    whole = full_name_actor(ctx, words, bare, text, unknown_org) if ctx.depth <= 1 else None
    if whole is not None:  # "National Front" of "National Front for the Liberation of Westland (NFLW)"
        return whole
    return None

def _by_known_name(ctx: ActorCtx, ph: _Phrase) -> _Got:
    """A user entry, an organisation, a country, a region or a city the knowledge base knows."""
    text, words, head_tok, bare = ph.text, ph.words, ph.head_tok, ph.bare
    # 3. a user's own entry for exactly this name wins ("ZIMBABWE [RHO <790606] [ZBW]" in a user dictionary)
    user = ctx.kb.user_person(bare) if hasattr(ctx.kb, "user_person") else None
    if user is not None and user.positions and all(p.role in PLACEHOLDER_ROLES for p in user.positions):
        pos = position_on(user, ctx.on)
        if pos is not None:
            return Actor(user.id, user.name, "organization", pos.country or user.country, pos.sector,
                         resolution=f"user:entry {user.id} on {ctx.on}", text=text)
    # 4. organisations and countries as such
    org = ctx.kb.organization(bare)
    spelled = acronym_in_article(ctx.document, bare) if org is not None and ctx.depth <= 1 else None
    if org is not None and spelled is not None and fold_ascii_lower(spelled[2]) not in {fold_ascii_lower(n) for n in (org.name, *org.aliases)}:
        # "RSF" in an article naming the "Rapid Support Forces": the article's body, not the KB's namesake
        got = resolve_ref(sub_ctx(ctx), ActorRef(spelled[2], spelled[0], spelled[1], spelled[1] - 1))
        if got:
            return structs.replace(got[0], text=text, resolution=f"text:acronym of '{spelled[2]}'; {got[0].resolution}")
    if org is not None:
        return Actor(f"org:{org.code}", org.name, org.kind or "organization", org.country or org.code, org.sector,
                     resolution=f"kb:organization '{bare}'", text=text)
    country = ctx.kb.country(bare)
    demonyms = {fold_ascii_lower(d) for d in country.demonyms} if country is not None else set()
    if country is not None and len(words) == 1 and (fold_ascii_lower(bare) in demonyms or fold_ascii_lower(bare[:-1]) in demonyms) and (
            words[0].tag_ in ("NNPS", "NNS") or (bare.endswith("s") and fold_ascii_lower(bare[:-1]) in demonyms)):
        # "Palestinians", "Algerians": people, not the state
        return Actor(f"group:{country.iso3}-CVL", bare, "group", country.iso3, "CVL",
                     resolution=f"kb:country demonym plural '{bare}'", text=text)
    if country is not None:
        how = "demonym " if fold_ascii_lower(bare) in demonyms else ""
        return Actor(f"country:{country.iso3}", country.name, "country", country.iso3, None,
                     resolution=f"kb:country {how}'{bare}'", text=text)
    region = ctx.kb.breakaway_region(bare)
    if region is not None:  # a de facto state, coded with the state it belongs to ("Transnistria" -> MDA)
        return Actor(f"region:{slug(region.name)}", region.name, "country", region.iso3, None,
                     resolution=f"kb:breakaway region '{bare}' -> {region.iso3} ({region.source})", text=text)
    if len(words) == 1 and bare[:1].isupper():
        if bare.endswith("s") and (country := ctx.kb.country(bare[:-1])) is not None:  # "Nigerians"
            return Actor(f"group:{country.iso3}-CVL", bare, "group", country.iso3, "CVL",
                         resolution=f"kb:country demonym plural '{bare}'", text=text)
    named_country = head_country(ctx, head_tok, words)
    if named_country is not None:  # "NATO-member Norway", "Pakistan, a key ally"
        return named_country
    member = member_of(ctx, head_tok, text, _resolve_unit) if head_tok is not None and ctx.depth <= 1 else None
    if member is not None:  # "Leaders of the X opposition coalition", "activists from the Y Party"
        return member
    if words and all(t.text[:1].isupper() for t in words) and (words[-1].ent_type_ not in ("ORG", "NORP") or (
            len(words) == 1 and ctx.kb.organization(bare) is None and capital_or_named_city(ctx, bare, words[0]))) \
            and not surname_not_place(ctx, bare, words[-1]):  # a lone capital the tagger calls an organisation ("Mogadishu")
        place = ctx.kb.place(bare)
        body = body_capital(ctx, bare, text) if place is not None and place.kind == "capital" else None
        if body is not None:  # "Brussels turned down the request" in a story about the EU
            return body
        if place is not None and place.kind == "capital" and place.country:  # "Moscow said ..." (metonymy)
            return Actor(f"country:{place.country}", place.name, "country", place.country, "GOV",
                         resolution=f"kb:capital '{bare}'", text=text)
        if place is not None and place.country:  # a city's people
            return Actor(f"group:{place.country}-CVL", place.name, "group", place.country, "CVL",
                         resolution=f"{CITY_RESOLUTION}'{bare}'", text=text)
    return None

def _by_group_title(ctx: ActorCtx, ph: _Phrase, title: TitleInfo) -> _Got:
    """A bare group noun, a name after a title, an organisation, a collective with a country."""
    text, words, head_tok, low, bare = ph.text, ph.words, ph.head_tok, ph.low, ph.bare
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
    proper = [t for t in words if t.lower_ not in _NAME_SMALL_WORDS]
    named = title_then_name(ctx, words)
    if named is not None:  # "Vice-President Moody Awori" with the name tagged as an organisation
        return name_only_actor(ctx, named, text, title)
    if title.role is not None and "ORG" in ents and proper and all(t.text[:1].isupper() for t in proper) \
            and head_tok is not None and head_tok.pos_ == "PROPN":  # "Nigerian Union of Teachers"
        return unknown_org(ctx, bare, title.country, title.role.sector, head_tok, text)
    org_mod = org_modifier(title, head_tok, bare, text)
    if org_mod is not None:  # "the Iranian Red Crescent", "a U.N. Security Council resolution"
        return org_mod
    if title.country is not None and head_tok is not None:
        coll = collective(ctx, title, head_tok, words, text)
        if coll is not None:
            return coll
    return None

def _by_role_title(ctx: ActorCtx, ph: _Phrase, title: TitleInfo) -> _Got:
    """A collective or an office with a role word, or a country modifier."""
    text, start, words, head_tok, bare = ph.text, ph.start, ph.words, ph.head_tok, ph.bare
    if social_gathering(head_tok):
        return None  # "an office Christmas party": a gathering, no political party
    if title.role is not None and head_tok is not None and is_collective(head_tok):
        iso, sector = title.country, title.role.sector
        owner = possessor_org(ctx, head_tok) if iso is None and ctx.depth <= 1 else None
        iso = owner.country if owner is not None else iso  # "the movement's fighters" after "the Taliban"
        row = COLLECTIVE_SECTORS.get(_two_words(words)) or COLLECTIVE_SECTORS.get(head_tok.lower_)
        head_role = lookup_role(ctx.kb, head_tok.text) if row is None and sector == "REL" else None
        sector = arms_sector(row[1], title.role) if row else (
            head_role.sector if head_role and head_role.sector else sector)  # "Jewish settlers"
        if sector == "MIL" and title.role.sector == "REL" and iso is None:  # "Moslem forces": a faith's fighters
            sector = "REB"
        return Actor(f"group:{iso}-{sector}" if iso and sector else None, bare, "group", iso, sector,
                     resolution=f"text:collective '{head_tok.text}' ({title.role.role})"
                     + (f"; coref:possessor-org -> {owner.name}" if owner is not None else ""), text=text)
    if title.role is not None:
        return office_actor(ctx, title, bare, text, start, head_tok)
    if title.country is not None and head_tok is not None and head_tok.pos_ in ("NOUN", "PROPN") \
            and ctx.kb.country(head_tok.text) is None:  # "U.S. negotiator"
        if head_tok.tag_ in ("NNS", "NNPS") and head_tok.pos_ == "NOUN" and title.org is None \
                and head_tok.lower_ not in GROUP_NOUNS:  # "Iraqi youths": the country's people (not "EU member states")
            return Actor(f"group:{title.country}-CVL", bare, "group", title.country, "CVL",
                         resolution=f"text:country modifier '{title.country_text}' + people '{head_tok.text}'",
                         text=text)
        if head_tok.lemma_.lower() in _CIVILIAN_HEADS:  # "a US national": one of the country's people (PLOVER CVL)
            return Actor(None, bare, "person", title.country, "CVL",
                         resolution=f"text:country modifier '{title.country_text}' + civilian '{head_tok.text}'",
                         text=text)
        if head_tok.lemma_.lower() in _STATE_HEADS and head_tok.tag_ == "NN":  # "the Arab country of Tunisia"
            return Actor(f"country:{title.country}", title.country_text or str(title.country), "country",
                         title.country, None, resolution=f"text:'{head_tok.text}' of '{title.country_text}'", text=text)
        if head_tok.lemma_.lower() in _SUBNATIONAL_HEADS:  # "China's southern province": its local government
            return Actor(None, bare, "organization", title.country, "GOV", text=text,
                         resolution=f"text:country modifier '{title.country_text}' + local government '{head_tok.text}'")
        kind = "group" if head_tok.tag_ in ("NNS", "NNPS") else "person"
        return Actor(None, bare, kind, title.country, None,
                     resolution=f"text:country modifier '{title.country_text}' (role unknown)", text=text)
    return None

def _by_unknown_name(ctx: ActorCtx, ph: _Phrase, title: TitleInfo) -> _Got:
    """Named entities the KB does not know."""
    text, words, head_tok, bare = ph.text, ph.words, ph.head_tok, ph.bare
    ents = {t.ent_type_ for t in words if t.ent_type_}
    proper = [t for t in words if t.lower_ not in _NAME_SMALL_WORDS]
    # 4. named entities the KB does not know
    if len(words) == 1 and words[0].pos_ == "PROPN" and surname_not_place(ctx, bare, words[0]):
        return name_only_actor(ctx, bare, text)
    if title.country is not None and head_tok is not None and head_tok.text.endswith("s") \
            and ctx.kb.country(head_tok.text) is not None:
        iso = title.country  # "ethnic Albanians", "Iraqi Kurds"
        return Actor(f"group:{iso}-CVL", bare, "group", iso, "CVL",
                     resolution=f"text:people '{title.country_text}'", text=text)
    if head_tok is not None and head_tok.ent_type_ in ("ORG", "NORP") and head_tok.pos_ == "PROPN":
        if head_tok.ent_type_ == "ORG" and (person := surname_tagged_as_org(ctx, bare, text)) is not None:
            return person
        oname = strip_det(entity_text(head_tok)) or bare
        return unknown_org(ctx, oname, title.country, None, head_tok, text)
    if words and ents & {"GPE", "LOC"} and not ents & {"PERSON"} and not thing_at_place(head_tok):
        return Actor(None, bare, "country", None, None, resolution=PLACE_NOT_IN_KB, text=text)
    if title.country is not None and len(proper) > 1 and all(t.text[:1].isupper() for t in proper):
        return unknown_org(ctx, bare, title.country, None, head_tok, text)  # "Kenya Anti-Corruption ..."
    # 5. a capitalised name: treat as a person name (not an acronym)
    if words and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and split_name(bare) is not None \
            and not any(t.text.isupper() and len(t.text) > 1 for t in words) \
            and not (words[-1].tag_ == "NNPS" and words[-1].text.endswith("s")):
        return name_only_actor(ctx, bare, text)
    return None


def _mention_heads(ctx: ActorCtx, m: PersonMention, head: Token) -> bool:
    """Does the person mention stand for the whole phrase (contains its head, or is in apposition to a title)?"""
    h0 = ctx.off + head.idx
    if m.start <= h0 < m.end:
        return True
    for t in head.children:
        if t.dep_ == "appos" and m.start <= ctx.off + t.idx < m.end:
            return True
    return m.kind == "name" and (head.lower_ in RELATIONAL_ROLES or lookup_role(ctx.kb, head.text) is not None) \
        and not is_collective(head)


def _two_words(words: list[Token]) -> str:
    return f"{words[-2].lower_} {words[-1].lower_}" if len(words) >= 2 else ""


def _has_country(ctx: ActorCtx, words: list[Token]) -> bool:
    return any(ctx.kb.country(t.text) is not None for t in words if t.text[:1].isupper())


__all__ = ["CITY_RESOLUTION", "kb_date", "resolve_actors", "resolve_ref"]
