"""Knowledge-base look-ups for people during actor resolution: the unique KB person a name denotes (filtered by
date, country and role), the position held on a date, and the sector of a person's offices."""

from __future__ import annotations

from typing import Protocol

from ...kb import KnowledgeBase, PersonEntry, Position
from ...lexicon.words import word_set
from .coref import PersonCluster
from .names import lookup_role, roles_compatible, split_name

# roles a user dictionary gives when it names no office (its default code): not a title
PLACEHOLDER_ROLES = frozenset({"actor", ""})


class PersonScope(Protocol):
    """What the look-ups need from the actor-resolution context: the KB and the event date (ISO day or None)."""

    kb: KnowledgeBase
    on: str | None


def position_on(entry: PersonEntry, on: str | None) -> Position | None:
    """The position held on ``on``; when several overlap, the most specific (the latest start, then the
    earliest end: a short dated appointment overrides a long or open-ended one). No date: the last listed."""
    if on is None:
        return entry.positions[-1] if entry.positions else None
    active = [p for p in entry.positions
              if (p.start is None or p.start <= on) and (p.end is None or on <= p.end)]
    if not active:
        return None
    return max(active, key=lambda p: (p.start or "", "" if p.end is None else _invert(p.end)))


def _invert(iso: str) -> str:
    """A key that sorts earlier dates higher (for "the earliest end wins" inside max())."""
    return "".join(chr(ord("9") - ord(ch) + ord("0")) if ch.isdigit() else ch for ch in iso)


def kb_person(ctx: PersonScope, name: str, c: PersonCluster | None) -> tuple[PersonEntry | None, str]:
    """The unique KB person for a name (filtered by date, then by the country/role the text gives).

    A surname alone must match exactly one person in office on the date; a full name is also tried in its short
    form ("Jeyhun Aziz Oglu Bayramov" -> "Jeyhun Bayramov")."""
    parts = split_name(name)
    if parts is None:
        return None, ""
    if not parts.full:
        cands = [p for p in ctx.kb.people_named(name, on=ctx.on) if active_on(p, ctx.on)] if ctx.on \
            else ctx.kb.people_named(name, on=None)
    else:
        words = name.split()
        n_sur = len(parts.surname_full.split())
        short = " ".join([words[0], *words[-n_sur:]])
        cands = []
        for form in dict.fromkeys([name, short]):
            cands = ctx.kb.people_named(form, on=None)
            if cands:
                name = form
                break
        if len(cands) > 1 and ctx.on:
            dated = ctx.kb.people_named(name, on=ctx.on)
            cands = dated or cands
        if not cands and c is not None:
            cands = _one_name_leader(ctx, words[0], c) or _one_name_leader(ctx, words[-1], c)
    numeral = regnal_numeral(name)
    if numeral is not None:  # "Felipe VI" is not a KB "Felipe" (another king of the name)
        cands = [p for p in cands if any(regnal_numeral(n) == numeral for n in (p.name, *p.aliases))]
    if c is not None and len(cands) > 1 and c.country:
        cands = [p for p in cands if p.country == c.country or any(q.country == c.country for q in p.positions)] or cands
    if c is not None and len(cands) > 1 and c.role:
        role = c.role.role
        cands = [p for p in cands if any(roles_compatible(role, q.role) or roles_compatible(q.role, role)
                                         for q in p.positions)] or cands
    if len(cands) == 1:
        p = cands[0]
        if c is not None and c.country and p.country and p.country != c.country and \
                not any(q.country == c.country for q in p.positions):
            return None, "kb:person country mismatch"
        return p, f"kb:person {p.id}"
    if len(cands) > 1:
        return None, f"kb:ambiguous {len(cands)} people named '{name}'"
    return None, ""


_ROMAN = word_set("actors/office_holders_roman")


def regnal_numeral(name: str) -> str | None:
    """The regnal numeral closing a name ("Felipe VI" -> "vi"), or None. A one-letter "V"/"X" only after a
    name of two or more words is an initial, not a numeral, so those two need an uppercase, dot-free spelling."""
    words = name.replace(",", " ").split()
    if len(words) < 2 or not words[-1].isupper():
        return None
    last = words[-1].lower()
    return last if last in _ROMAN else None


def positions_sector(ctx: PersonScope, entries: list[PersonEntry], pos: Position | None) -> str | None:
    """The sector of a position, or the one sector all the entries' positions share."""
    positions = [pos] if pos is not None else [q for e in entries for q in e.positions]
    sectors = set()
    for q in positions:
        if q.role in PLACEHOLDER_ROLES:
            sectors.add(q.sector)
            continue
        info = lookup_role(ctx.kb, q.role)
        sectors.add(q.sector or (info.sector if info else None))
    return next(iter(sectors)) if len(sectors) == 1 else None


def _one_name_leader(ctx: PersonScope, word: str, c: PersonCluster) -> list[PersonEntry]:
    """"Zairean President Mobutu Sese Seko", "President Haji Muhammad Suharto": a leader the KB knows by one name
    (the leader lists do: "Mobutu", "Suharto"), the first or last word of the text's full name, in office on the
    date in the title's country, in a post the title can name (not a king for "Prime Minister X Y")."""
    if not ctx.on or not c.country or c.role is None:
        return []
    role = c.role.role
    return [p for p in ctx.kb.people_named(word, on=ctx.on) if len(p.name.split()) == 1
            and (pos := position_on(p, ctx.on)) is not None and pos.country == c.country
            and (roles_compatible(role, pos.role) or roles_compatible(pos.role, role))]


def active_on(entry: PersonEntry, on: str) -> bool:
    return any((p.start is None or p.start <= on) and (p.end is None or on <= p.end) for p in entry.positions)


def holds(ctx: PersonScope, entry: PersonEntry, role: str) -> bool:
    """Does the KB person hold a position compatible with ``role`` on the date (guards loose KB role matching)?"""
    for p in entry.positions:
        if ctx.on and not ((p.start is None or p.start <= ctx.on) and (p.end is None or ctx.on <= p.end)):
            continue
        if roles_compatible(role, p.role) or roles_compatible(p.role, role):
            return True
    return False
