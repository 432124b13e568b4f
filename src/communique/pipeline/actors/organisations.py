"""Organisations, bodies and countries named by a phrase: a country as the phrase's head, the members of a body
("leaders of the X Party"), an organisation the KB lacks, a KB organisation as a modifier, and a country word with a
collective or institution noun ("Armenian forces", "the Russian Ministry of ...").

``member_of`` resolves the body through the caller's unit resolver (passed in, so this module does not import
``resolve``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from msgspec.structs import replace
from spacy.tokens import Token

from ...kb import OrgEntry
from ...kb.base import big_place
from ...lexicon.words import word_map, word_set
from ...records import Actor
from .coref import TitleInfo, read_title
from .groups import sub_ctx
from .names import (
    BODY_WORDS,
    COLLECTIVE_SECTORS,
    INSTITUTION_WORDS,
    RoleInfo,
    fold_ascii_lower,
    institution_slug,
    lookup_role,
    slug,
)
from .persons import DETS, ActorCtx, strip_det

# resolve._resolve_unit: (ctx, toks, text, start, end, head) -> the unit's actor(s)
UnitResolver = Callable[[ActorCtx, list[Token], str, int, int, int], "Actor | list[Actor]"]


def head_country(ctx: ActorCtx, head: Token | None, words: list[Token]) -> Actor | None:
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
        if c is not None and fold_ascii_lower(text) in {fold_ascii_lower(n) for n in (c.name, *c.names, c.iso3)}:
            return Actor(f"country:{c.iso3}", c.name, "country", c.iso3, None,
                         resolution=f"kb:country head '{text}'", text=" ".join(t.text for t in words))
    return None


# Heads standing for the members of a body named after "of"/"from": the Phoenix agents dictionary codes such people
# by the body ("PARTY_MEMBER [~PTY]", "OPPOSITION_LEADER [~OPP]", "GUERRILLA_LEADER [~REB]"), so they take the
# body's country and sector (Phoenix.agents.txt, OEDA, MIT).
MEMBER_HEADS = word_set("actors/resolve_member_heads")


def member_of(ctx: ActorCtx, head: Token, text: str, resolve_unit: UnitResolver) -> Actor | None:
    """"<members/leaders/activists> of|from <body>" -> the body's country and sector (rule "text:members of"); a
    bare country ("leaders of Romania") or an unresolved body is left to the other rules."""
    if head.lower_ not in MEMBER_HEADS or any(c.dep_ == "poss" for c in head.children):
        return None  # "Azerbaijan's leadership of the Movement": the possessor acts, not the body
    pobj = next((g for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                 for g in p.children if g.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN"):
        return None
    toks = [t for t in pobj.subtree if not t.is_punct or t.text in "()"]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    span = ctx.sdoc[toks[0].i : toks[-1].i + 1]
    start = ctx.off + span.start_char
    inner = resolve_unit(sub_ctx(ctx), toks, span.text, start, ctx.off + span.end_char, ctx.off + pobj.idx)
    if isinstance(inner, list) or inner.kind not in ("organization", "group", "country") or inner.sector is None \
            or inner.sector in ("CVL", "REF") or (inner.resolution or "").startswith(("unresolved", "coref")):
        return None
    if pobj.pos_ == "PROPN" and "text:body of" not in (inner.resolution or "") and \
            read_title(toks, ctx.kb, ctx.off, "text").role is not None and \
            read_title([t for t in toks if t.i <= pobj.i], ctx.kb, ctx.off, "text").role is None:
        return None  # a role word inside a proper name's complement ("Movement for ... the Sovereign State")
    return replace(inner, text=text, resolution=f"text:{head.lower_} of '{strip_det(span.text)}'; {inner.resolution}")


# Heads of bodies named after their members ("Union of Teachers", "Association of Jurists"): the Phoenix agents
# dictionary codes such a body by its members' agent word (TEACHER [~EDU]; it has no entry for a bare "union").
_MEMBER_BODIES = word_set("actors/resolve_member_bodies")


def unknown_org(ctx: ActorCtx, name: str, iso: str | None, sector: str | None, head: Token | None,
                 text: str) -> Actor:
    """An organisation the KB lacks; a body named after its members takes their sector ("Nigerian Union of
    Teachers" -> EDU, "Association of African Jurists" -> JUD; rule "text:body of '<members>'")."""
    rule = "text:organisation not in KB"
    if head is not None and head.lower_ in _MEMBER_BODIES:
        pobj = next((g for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                     for g in p.children if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")), None)
        info = lookup_role(ctx.kb, pobj.text) if pobj is not None else None
        if pobj is not None and info is not None and info.sector and info.sector not in ("GOV", "CVL"):
            sector, rule = info.sector, f"{rule}; text:body of '{pobj.text}' -> {info.sector}"
    return Actor(f"org:{slug(name)}", name, "organization", iso, sector, resolution=rule, text=text)


def org_modifier(title: TitleInfo, head: Token | None, bare: str, text: str) -> Actor | None:
    """A KB organisation in a phrase with no role word: a national branch of a non-governmental federation ("the
    Iranian Red Crescent" -> IRN with the federation's sector; rule "national branch"), or the organisation whose
    document or act the head names ("a U.N. Security Council resolution" -> the Council; PETRARCH codes a noun
    phrase by the actor in it)."""
    org = title.org
    if org is None or title.role is not None or head is None:
        return None
    if org.country == "NGO" and title.countries and head.pos_ == "PROPN":
        iso, ctext = title.countries[0]
        return Actor(f"org:{iso}-{org.code}", bare, "organization", iso, org.sector,
                     resolution=f"kb:organization '{org.name}' national branch in '{ctext}'", text=text)
    row = COLLECTIVE_SECTORS.get(head.lower_)
    if not title.countries and head.pos_ == "NOUN" and ((row is not None and row[0] == "country") or (
            head.tag_ == "NN" and (head.lower_ in BODY_WORDS or (not is_collective(head) and row is None)))):
        # "the Taliban faction", "the Hamas leadership" (the body itself, with its own sector)
        return Actor(f"org:{org.code}", org.name, org.kind or "organization", org.country or org.code, org.sector,
                     resolution=f"kb:organization '{title.country_text}' (modifier of '{head.text}')", text=text)
    return None


def arms_sector(sector: str | None, role: RoleInfo | None, org: OrgEntry | None = None) -> str | None:
    """A head of the armed forces' kind ("forces", "jeeps", "gunboats": MIL) takes the sector its modifier names when
    that is no state's: "rebel forces", "Maoist rebel jeeps" (REB), "police jeeps" (COP), a militia's "forces"."""
    if sector != "MIL":
        return sector
    for named in (role, org):
        if named is not None and named.sector not in (None, "GOV", "MIL", "REL", "IGO", "UNO"):
            return named.sector
    return sector


def is_collective(head: Token) -> bool:
    """A head noun naming a body or a group rather than one person ("forces", "ministry", "officials")."""
    return (head.is_alpha and head.tag_ in ("NNS", "NNPS")) or head.lower_ in COLLECTIVE_SECTORS \
        or head.lower_ in INSTITUTION_WORDS or head.lower_ in BODY_WORDS


# The people an organisation employs: they act for it ("Red Cross workers" are the Red Cross, not labour).
_STAFF_HEADS = word_set("actors/resolve_staff_heads")


def collective(ctx: ActorCtx, title: TitleInfo, head: Token, words: list[Token], text: str) -> Actor | None:
    """A country word with a collective or institution noun: "Armenian forces", "the Russian Ministry of ..."."""
    iso = title.country
    assert iso is not None
    hl = head.lower_
    two = f"{words[-2].lower_} {words[-1].lower_}" if len(words) >= 2 else ""
    row = COLLECTIVE_SECTORS.get(two) or COLLECTIVE_SECTORS.get(hl)
    if hl in INSTITUTION_WORDS or hl in BODY_WORDS or (row is not None and row[0] == "organization"):
        sector = row[1] if row else ("GOV" if hl in INSTITUTION_WORDS else (title.role.sector if title.role else None))
        inst = [t for t in words if not (t.text == title.country_text or fold_ascii_lower(t.text) in DETS or t.lower_ == "'s")]
        name_part = " ".join(t.text for t in inst) or head.text
        return Actor(f"org:{iso}-{institution_slug(name_part)}", strip_det(text), "organization", iso, sector,
                     resolution=f"text:institution of '{title.country_text}'", text=text)
    if title.org is not None and hl in _STAFF_HEADS and title.country == (title.org.country or title.org.code):
        org = title.org  # "Red Cross workers", "UN staff": the organisation's people, with its sector (not LAB)
        return Actor(f"org:{org.code}", org.name, org.kind or "organization", iso, org.sector,
                     resolution=f"kb:organization '{title.country_text}' + staff '{hl}'", text=text)
    if row is not None:
        kind, sector = row
        sector = arms_sector(sector, title.role, title.org)
        if kind == "country":
            return Actor(_country_id(ctx, title), title.country_text or iso, "country", iso, sector,
                         resolution=f"text:country '{title.country_text}' + '{hl}'", text=text)
        return Actor(f"group:{iso}-{sector}", strip_det(text), "group", iso, sector,
                     resolution=f"text:country '{title.country_text}' + '{hl}'", text=text)
    if title.role is None and len(words) == 1:
        return Actor(_country_id(ctx, title), title.country_text or iso, "country", iso, None,
                     resolution=f"kb:country demonym '{title.country_text}'", text=text)
    return None


def capital_or_named_city(ctx: ActorCtx, name: str, tok: Token | None = None) -> bool:
    """A capital, or a big city named where something happens ("arrived in Durres"), whatever entity type the
    tagger gave the name."""
    place = ctx.kb.place(name)
    if place is not None and place.kind == "capital":
        return True
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS and big_place(
        ctx.kb, name, more_than=100_000, not_country=True)


_PLACE_PREPS = frozenset({"in", "at", "near", "to", "from"})


def _country_id(ctx: ActorCtx, title: TitleInfo) -> str:
    """"country:ISO3", or "region:<slug>" for a breakaway region's word ("Puntland officials" are not Somalia's
    government, though Phoenix codes both SOM)."""
    text = title.country_text or ""
    region = ctx.kb.breakaway_region(text) or ctx.kb.breakaway_demonym(text) if text else None
    return f"region:{slug(region.name)}" if region is not None else f"country:{title.country}"


def seat_of_government(ctx: ActorCtx, bare: str, text: str) -> Actor | None:
    """A seat of government standing for its government ("the Kremlin said", "the State Department urged", "the
    Pentagon"): the state, with the sector the KB gives the seat (GOV, MIL for a defence ministry's)."""
    found = ctx.kb.metonym(bare) if bare[:1].isupper() else None  # a name ("the Pentagon"), not "the south block"
    if found is None:
        return None
    entry, sector = found
    return Actor(f"country:{entry.iso3}", entry.name, "country", entry.iso3, sector,
                 resolution=f"kb:seat of government '{bare}'", text=text)


BODY_CAPITALS = word_map("actors/body_capitals")


def body_capital(ctx: ActorCtx, bare: str, text: str) -> Actor | None:
    """A capital that is also the seat of an international body (``BODY_CAPITALS``) standing for that body in a story
    that names the body (its name, code or a KB alias) and not the capital's own state by name ("Brussels turned down
    the request" in a story about the EU; in one where Belgium acts, Brussels stays Belgium). Decided once per story
    and capital."""
    key = f"communique.body_capital.{bare}"
    if key not in ctx.sdoc.user_data:
        ctx.sdoc.user_data[key] = _body_of_capital(ctx, bare)
    org = ctx.sdoc.user_data[key]
    if org is None:
        return None
    return Actor(f"org:{org.code}", org.name, org.kind or "organization", org.country or org.code, org.sector,
                 resolution=f"kb:seat of '{org.name}' '{bare}' (the story names it)", text=text)


def _body_of_capital(ctx: ActorCtx, bare: str) -> OrgEntry | None:
    name = BODY_CAPITALS.get(bare)
    org = ctx.kb.organization(name) if name else None
    place = ctx.kb.place(bare)
    if org is None or place is None:
        return None
    story = ctx.document.text
    state = ctx.kb.country(place.country) if place.country else None
    if state is not None and re.search(rf"\b{re.escape(state.name)}\b", story):
        return None
    names = {org.code, org.name, *org.aliases}
    return org if re.search("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), story) else None
