"""Person actors and the resolution context: a coreference cluster, a name the parser did not tag, or a title with
no named holder in the article -> an ``Actor`` (split out of ``actors``; the phrase-level rules stay there).

Country rule for a KB person matched by name (``kb_person``): a country the text gives for the person (a title's
demonym, a nationality cue in the sentence) must agree with the KB person's country or one of their positions'
countries, else the KB person is not used ("kb:person country mismatch"): a name alone never overrides the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from spacy.tokens import Doc, Token

from ...kb import KnowledgeBase, OrgEntry
from ...kb.base import big_place
from ...lexicon.words import word_set
from ...records import Actor, Document
from ...timespan import week_monday
from .anaphora import kb_country_hint
from .coref import DocPeople, PersonCluster, PersonMention, TitleInfo
from .coref_mentions import indefinite_conjunct
from .names import (
    BODY_WORDS,
    INDEFINITE,
    INSTITUTION_WORDS,
    NameParts,
    fold_ascii_lower,
    lookup_role,
    person_id,
    split_name,
)
from .office_holders import PLACEHOLDER_ROLES, holds, kb_person, position_on, positions_sector
from .sentence_context import FORMER_CUES, sentence_countries, venue_city

DETS = word_set("actors/persons_dets")


def kb_date(value: str | None) -> str | None:
    """An event date at any precision as an ISO day for KB lookups ("2022-09" -> "2022-09-15", "2022-W37" ->
    "2022-09-15")."""
    if not value:
        return None
    if (monday := week_monday(value)) is not None:  # "2022-W37": its Thursday
        return (monday + timedelta(days=3)).isoformat()
    if len(value) == 4:
        return f"{value}-07-01"
    if len(value) == 7:
        return f"{value}-15"
    return value[:10]


@dataclass
class ActorCtx:
    """What resolving one event's references needs: the article, its parse, the KB, the article's people and the
    event date (ISO day) for time-aware look-ups."""

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


def strip_det(text: str) -> str:
    words = text.strip().split()
    while words and fold_ascii_lower(words[0]) in DETS:
        words.pop(0)
    t = " ".join(words)
    for suf in ("'s", "\u2019s"):
        if t.endswith(suf):
            t = t[: -len(suf)]
    return t


def known_surname(ctx: ActorCtx, name: str) -> bool:
    parts = split_name(name)
    if parts is None:
        return False
    if ctx.people.by_surname(parts.surname, typo=True) or _family_name_first(ctx, parts):
        return True
    return bool(ctx.kb.people_named(name, on=ctx.on))


def _family_name_first(ctx: ActorCtx, parts: NameParts) -> list[int]:
    """For a lone name: the one person of the article, titled or of three names, whose full name it opens ("Lim" of
    "Lim Kit Siang", family name first); not when it is a country's or a place's own name ("Baghdad")."""
    if parts.full or ctx.kb.country(parts.surname) is not None:
        return []
    place = ctx.kb.place(parts.surname)
    if place is not None and fold_ascii_lower(place.name) == parts.surname:
        return []
    clusters = [ctx.people.clusters[i] for i in ctx.people.by_given(parts.surname)]
    hit = [c.idx for c in clusters if c.role is not None or (c.parts is not None and len(c.parts.tokens) >= 3)]
    return hit if len(hit) == 1 else []


def surname_not_place(ctx: ActorCtx, name: str, tok: Token | None) -> bool:
    """``known_surname``, unless the tagger reads the name as a place, a big one, and no one in the article bears
    it ("left for Lima": the capital, though the KB knows a politician named Lima)."""
    if not known_surname(ctx, name):
        return False
    parts = split_name(name)
    return not (tok is not None and tok.ent_type_ in {"GPE", "LOC"} and parts is not None
                and not ctx.people.by_surname(parts.surname, typo=True) and not _family_name_first(ctx, parts)
                and big_place(ctx.kb, name, more_than=1_000_000))


def org_sector(org: OrgEntry | None, role_sector: str | None) -> str | None:
    """A generic government title held in a non-governmental organisation takes the organisation's sector ("IOC
    President": SOC, "Hamas leader": REB); in a governmental one it keeps its own ("UN Secretary-General")."""
    if org is None or not org.sector:
        return role_sector
    if role_sector is None or (role_sector == "GOV" and org.sector not in _STATE_SECTORS):
        return org.sector
    return role_sector


_STATE_SECTORS = frozenset({"GOV", "IGO"})


def cluster_actor(ctx: ActorCtx, c: PersonCluster, m: PersonMention | None, text: str) -> Actor:
    parts = c.parts
    entry, why = kb_person(ctx, c.display, c)
    name = c.display
    country, role, sector = c.country, (c.role.role if c.role else None), (c.role.sector if c.role else None)
    if c.org is not None and (sector is None or sector == "GOV"):
        sector = org_sector(c.org, sector)
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
        at = m.start if m is not None else (ctx.people.mentions[c.mentions[0]].start if c.mentions else None)
        if hint is not None and at is not None:
            hint, country, why_not = _weak_namesake(ctx, c, hint, at)
            rules.append(why_not)
        if hint is not None:
            country = hint
            rules.append(f"kb:country of every person named '{c.display}' -> {hint}")
            if sector is None:
                sector = positions_sector(ctx, ctx.kb.people_named(c.display, on=None), None)
        if pid is None:
            rules.append("unresolved:surname-only")
    return Actor(pid, name, "person", country, sector, role, "; ".join(r for r in rules if r) or "text:name", text)


def _weak_namesake(ctx: ActorCtx, c: PersonCluster, hint: str, at: int) -> tuple[str | None, str | None, str]:
    """Rule "kb:namesake ignored": the country of KB namesakes (``kb_country_hint``) is not taken for a person when
    the match is weak -- the text gives a full name and the KB knows the namesakes by surname alone, so the given
    name could not be checked ("Alejandro Rivera" vs a "Rivera"), or the text's title is of another sector than
    every office the namesakes held (a judge vs a head of state) -- and the sentence names countries, none of them
    the namesakes' ("Judge Alejandro Rivera ... Chilean officials"). A titled person then takes the sentence's only
    country when it names exactly one. Returns (hint, country, rule)."""
    parts = c.parts
    if parts is None:
        return hint, None, ""
    cands = [*ctx.kb.people_named(c.display, on=None), *ctx.kb.people_named(parts.surname, on=None),
             *ctx.kb.people_like(c.display)]
    name_weak = parts.full and bool(cands) and all(len(p.name.split()) == 1 for p in cands)
    sector = c.role.sector if c.role is not None else None
    held = {q.sector or (info.sector if (info := lookup_role(ctx.kb, q.role)) else None)
            for p in cands for q in p.positions}
    if not name_weak and (sector is None or sector in held or None in held):
        return hint, None, ""
    cues = {iso: text for iso, text in sentence_countries(ctx.sdoc, ctx.kb, at - ctx.off).items()
            if not venue_city(ctx.sdoc, ctx.kb, at - ctx.off, text)}  # a summit "in Brussels" is no nationality
    if not cues or hint in cues:
        return hint, None, ""
    why = f"kb:namesake in {hint} ignored (sentence names {', '.join(cues.values())})"
    if c.role is not None and len(cues) == 1:
        iso, where = next(iter(cues.items()))
        return None, iso, f"{why}; text:sentence's only country '{where}' -> {iso}"
    return None, None, why


def name_only_actor(ctx: ActorCtx, name: str, text: str, title: TitleInfo | None = None) -> Actor:
    """A person name the coreference pass did not see (NER missed it): surname link, else a person of its own
    with the role/country its title gives."""
    parts = split_name(name)
    if parts is not None and not parts.full:
        hit = [ctx.people.clusters[i] for i in ctx.people.by_surname(parts.surname, typo=True)]
        how = "surname"
        if not hit:
            hit, how = [ctx.people.clusters[i] for i in _family_name_first(ctx, parts)], "family-name-first"
        if len(hit) == 1:
            a = cluster_actor(ctx, hit[0], None, text)
            a.resolution = f"coref:{how}->{hit[0].display}; {a.resolution}"
            return a
    c = PersonCluster(idx=-1, display=name, parts=parts)
    if title is not None:
        c.absorb_title(title)
    a = cluster_actor(ctx, c, None, text)
    a.resolution = f"text:capitalised name; {a.resolution}"
    return a


def office_actor(ctx: ActorCtx, title: TitleInfo, name: str, text: str, pos: int, head: Token | None = None) -> Actor:
    """A title with no named holder in the article: the KB office holder on the event date, else the office.
    ``head``: the title's head word, when the phrase may be the second of "a X and Y" (indefinite too)."""
    role = title.role
    if role is None:
        return Actor(None, name, "person", title.country, None, None, "unresolved:relational", text)
    indefinite = text.split()[0].lower() in INDEFINITE or (head is not None and indefinite_conjunct(head))
    ci = ctx.people.find_holder(title, pos) if not indefinite else None
    if ci is not None:
        c = ctx.people.clusters[ci]
        a = cluster_actor(ctx, c, None, text)
        a.resolution = f"coref:title '{name}'->{c.display}; {a.resolution}"
        return a
    if indefinite:  # "a judge", "a Western diplomat", "a newspaper boss and lawmaker": someone, not the office holder
        sector = org_sector(title.org, role.sector)
        return Actor(None, name, "person", title.country, sector, role.role, f"text:indefinite '{role.role}'", text)
    codes = [title.org.code] if title.org else ([title.country] if title.country else [])
    if set(fold_ascii_lower(text).split()) & FORMER_CUES:
        codes = []  # "the former Iraqi president", "the ousted leader": not the holder of the day
    for code in codes:
        entry = ctx.kb.office_holder(code, role.role, ctx.on)
        if entry is not None and holds(ctx, entry, role.role):
            held = position_on(entry, ctx.on)
            country = title.country or entry.country
            sector = role.sector or (held.sector if held else None)
            return Actor(entry.id, entry.name, "person", country, sector, role.role,
                         f"kb:office-holder {code} {role.role} {ctx.on}", text)
    sector = org_sector(title.org, role.sector)
    return Actor(None, name, "person", title.country, sector, role.role,
                 f"unresolved:office {title.country or '?'} {role.role} {ctx.on}", text)


def surname_tagged_as_org(ctx: ActorCtx, bare: str, text: str) -> Actor | None:
    """A person's surname alone that the tagger calls an organisation ("Douste-Blazy" after "Philippe
    Douste-Blazy"): the one person of the article with that surname, named in full before."""
    parts = split_name(bare) if " " not in bare.strip() else None
    if parts is None or parts.given is not None:
        return None
    found = [ctx.people.clusters[i] for i in ctx.people.by_surname(parts.surname)]
    hit = [c for c in found if c.parts is not None and c.parts.full]
    if len(hit) != 1:
        return None
    a = cluster_actor(ctx, hit[0], None, text)
    a.resolution = f"coref:surname tagged as organisation->{hit[0].display}; {a.resolution}"
    return a


def title_then_name(ctx: ActorCtx, words: list[Token]) -> str | None:
    """The name in "<role words> <Capitalised Name>" when the NER did not tag it as a person."""
    for i in range(1, len(words)):
        rest = words[i:]
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in rest):
            continue
        if any(ctx.kb.country(t.text) or ctx.kb.organization(t.text) or lookup_role(ctx.kb, t.text) for t in rest):
            continue
        if rest[-1].lower_ in BODY_WORDS or rest[-1].lower_ in INSTITUTION_WORDS:
            return None
        head = words[:i]
        for j in range(len(head), 1, -1):  # a country of several words before the title: "South African President"
            if ctx.kb.country(" ".join(t.text for t in head[:j])) is not None:
                head = head[j:]
                break
        title_words = [t.text for t in head if ctx.kb.country(t.text) is None and fold_ascii_lower(t.text) not in DETS]
        if title_words and lookup_role(ctx.kb, " ".join(title_words).replace(" - ", "-")) is not None:
            return words[0].doc[rest[0].i : rest[-1].i + 1].text
        return None
    return None


__all__ = ["DETS", "ActorCtx", "cluster_actor", "kb_date", "known_surname", "name_only_actor", "office_actor",
           "strip_det", "surname_not_place", "surname_tagged_as_org", "title_then_name"]
