"""PETRARCH-style actor codes for phrases covered by user PETRARCH/TABARI dictionaries.

When a user loads PETRARCH ``*.actors.txt`` / ``*.agents.txt`` dictionaries (``communique.lexicon.user``), the
actor code of a phrase follows PETRARCH's noun-phrase conventions rather than the bundled role table:

* the phrase's **actor** is the first user actor named in it (outside relative and other clauses), longest match
  first: "Ithilen's minister Calimehtar" -> Ithilen, "MSF Arnor diplomat" -> Arnor, "activists in Arnor" -> Arnor;
  actors coordinated with it ("lawmakers in Fornost and Gondor") give one code each, and a code written with
  slashes ("ELR/GAL") stands for several actors;
* **agent** words add their codes: a ``[~GOV]`` (prefix) agent's code follows the actor's ("Arnor's foreign
  minister" -> ARN + GOVFRM), a ``[NGO~]`` (suffix) agent's precedes it (MSF Arnor -> NGOARN); several agents
  concatenate in text order ("Danish Islamist media" -> DNK MUS MED); three-letter parts the code already has are
  not repeated ("the Quibbler [HGWGOVMED] government newspaper [~GOVMED]" -> HGWGOVMED);
* "former" makes the agent part ELI (PETRARCH's elite/former sector): "former Gondor prosecutors" -> GONELI;
* agents without an actor give "---" + agents ("officials" -> ---GOV).

The full code is carried as ``Actor.country`` = its first three letters and ``Actor.sector`` = the rest, which may
be a multi-part sector ("GOVMED", or "ARNGOV" after a suffix agent), so that ``country + sector`` is the code.
Phrases with no user actor or agent keep the pipeline's resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from msgspec.structs import replace
from spacy.tokens import Token

from ...kb import KnowledgeBase
from ...kb.entries import OrgEntry, PersonEntry, RoleEntry
from ...kb.importer import agent_placement
from ...lexicon.words import word_set
from ...records import Actor
from .office_holders import position_on

MAX_WORDS = 8
UNKNOWN = "---"
USER_RULE = "user-dict:"  # the resolution prefix of actors coded from user dictionaries
# dependents whose words belong to another clause, not to the phrase's own name
_CLAUSE_DEPS = word_set("actors/user_codes_clause_deps")
_FORMER = frozenset({"former", "ex"})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("_", " ")).strip().lower()


@dataclass
class CodeTable:
    """User actor names -> entries, agent phrases -> role entries (lower-case, single-spaced)."""

    actors: dict[str, OrgEntry | PersonEntry] = field(default_factory=dict)
    agents: dict[str, RoleEntry] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.actors or self.agents)


@lru_cache(maxsize=8)
def _table_for(key: int, kb: KnowledgeBase) -> CodeTable:
    del key
    table = CodeTable()
    extra = kb.extra
    for o in extra.organizations:
        if o.source.startswith("petrarch:"):
            for n in (o.name, *o.aliases):
                table.actors.setdefault(_norm(n), o)
    for p in extra.people:
        if p.source.startswith("petrarch:"):
            for n in (p.name, *p.aliases):
                table.actors.setdefault(_norm(n), p)
    for r in extra.roles:
        if agent_placement(r) is not None:
            for w in r.words:
                table.agents.setdefault(_norm(w), r)
    return table


def code_table(kb: KnowledgeBase) -> CodeTable:
    """The PETRARCH code table of a KB's user dictionaries (empty without them); cached per KB."""
    return _table_for(id(kb), kb)


@dataclass(frozen=True)
class _Hit:
    start: int  # token index
    end: int
    text: str
    actor: OrgEntry | PersonEntry | None = None
    agent: RoleEntry | None = None


def _actor_codes(entry: OrgEntry | PersonEntry, on: str | None) -> list[str]:
    if isinstance(entry, OrgEntry):
        raw = entry.code
    else:
        pos = position_on(entry, on)
        if pos is None and entry.positions:
            pos = entry.positions[-1]
        if pos is None:
            return []
        raw = (pos.country or "") + (pos.sector or "")
    return [c for c in raw.upper().split("/") if c and c.strip("-+")]


def _phrase_tokens(toks: list[Token]) -> list[Token]:
    """The phrase's tokens minus those inside clauses hanging off it ("a woman believed linked to X")."""
    ids = {t.i for t in toks}
    drop: set[int] = set()
    for t in toks:
        if t.dep_ in _CLAUSE_DEPS and t.head.i in ids:
            drop |= {d.i for d in t.subtree}
    return [t for t in toks if t.i not in drop]


def _hits(table: CodeTable, toks: list[Token]) -> list[_Hit]:
    """Longest-first, non-overlapping dictionary matches over runs of adjacent tokens (actors win ties)."""
    if not toks:
        return []
    doc = toks[0].doc
    ids = {t.i for t in toks}
    out: list[_Hit] = []
    i = min(ids)
    last = max(ids)
    while i <= last:
        if i not in ids:
            i += 1
            continue
        found: _Hit | None = None
        for j in range(min(last + 1, i + MAX_WORDS), i, -1):
            if any(k not in ids for k in range(i, j)):
                continue
            text = _norm(doc[i:j].text)
            short = j - i == 1 and len(text) <= 3 and doc[i].text.islower()
            if text in table.actors and not short:  # a short actor name ("US", "UN") is not the word "us", "un"
                found = _Hit(i, j, text, actor=table.actors[text])
            elif text in table.agents:
                found = _Hit(i, j, text, agent=table.agents[text])
            if found is not None:
                break
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.end
    return out


_LINKS = word_set("actors/user_codes_links")


def _coordinated(actor_hits: list[_Hit], words: list[Token], agent_hits: list[_Hit]) -> list[_Hit]:
    """The first actor and the actors coordinated with it: conjuncts in the parse, or actors separated only by
    "and"/","/"or", determiners and adjectives ("Fornost and the evil awful Gondor") whatever the parse says."""
    doc = words[0].doc
    first = actor_hits[0]
    group = [first]
    conj_heads = {c.i for k in range(first.start, first.end) for c in doc[k].conjuncts}
    prev = first
    for h in actor_hits[1:]:
        between = [doc[k] for k in range(prev.end, h.start)]
        linked = any(t.lower_ in ("and", "or", ",") for t in between) and all(
            t.lower_ in _LINKS or (t.pos_ in ("DET", "ADJ", "ADV", "CCONJ", "PUNCT", "NOUN") and t.text.islower()
                                   and not any(a.start <= t.i < a.end for a in agent_hits))
            for t in between)
        if not (linked or any(k in conj_heads for k in range(h.start, h.end))):
            break
        group.append(h)
        prev = h
    return group


@dataclass(frozen=True)
class PhraseCode:
    """The code(s) a phrase gets from the user dictionaries, and why."""

    codes: tuple[str, ...]
    rule: str
    actors: tuple[str, ...]  # the actor codes before agents were added (empty: agents only)
    agent_part: tuple[str, str]  # (codes before the actor, codes after it)

    @property
    def has_actor(self) -> bool:
        return bool(self.actors)


def _chunks(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def _compose(actor: str, before: list[str], after: list[str]) -> str:
    have = set(_chunks(actor)) if actor != UNKNOWN else set()
    pre = ""
    for a in before:
        new = "".join(c for c in _chunks(a) if c not in have)
        have |= set(_chunks(new))
        pre += new
    post = ""
    for a in after:
        new = "".join(c for c in _chunks(a) if c not in have)
        have |= set(_chunks(new))
        post += new
    if actor == UNKNOWN and pre and not post:  # a suffix agent alone: "MSF" -> NGO
        return pre
    return pre + actor + post


def phrase_code(kb: KnowledgeBase, toks: list[Token], on: str | None) -> PhraseCode | None:
    """PETRARCH code(s) of a phrase from the user dictionaries; None when no user actor or agent is named in it."""
    table = code_table(kb)
    if not table or not toks:
        return None
    words = _phrase_tokens(toks)
    hits = _hits(table, words)
    if not hits:
        return None
    actor_hits = [h for h in hits if h.actor is not None]
    agent_hits = [h for h in hits if h.agent is not None]
    before = [h.agent.sector for h in agent_hits if h.agent is not None and agent_placement(h.agent) == "suffix"]
    after = [h.agent.sector for h in agent_hits if h.agent is not None and agent_placement(h.agent) == "prefix"]
    former = any(t.lower_ in _FORMER for t in words)
    if former:
        before, after = [], ["ELI"]
    actors: list[str] = []
    names: list[str] = []
    if actor_hits:
        group = _coordinated(actor_hits, words, [h for h in hits if h.agent is not None])
        for h in group:
            assert h.actor is not None
            actors += _actor_codes(h.actor, on)
            names.append(h.text)
    if actor_hits and not actors:  # a dictionary actor coded "---" (no code on this date)
        actors = [UNKNOWN]
    codes = tuple(dict.fromkeys(_compose(a, before, after) for a in (actors or [UNKNOWN])))
    codes = tuple(c for c in codes if c and c != UNKNOWN) or ((UNKNOWN,) if actor_hits else ())
    if not codes:
        return None
    agents = [h.text for h in agent_hits]
    rule = USER_RULE + "+".join(codes) + f" (actor {'/'.join(names) or 'none'}; agents {', '.join(agents) or 'none'}" \
        + ("; former->ELI" if former else "") + ")"
    real = tuple(a for a in actors if a != UNKNOWN)
    return PhraseCode(codes, rule, real, ("".join(before), "".join(after)))


def with_actor(code: PhraseCode, actor_codes: list[str]) -> tuple[str, ...]:
    """An agent-only phrase's agents applied to actors found elsewhere ("lawmakers and officials in X")."""
    before, after = code.agent_part
    return tuple(dict.fromkeys(_compose(a, [before] if before else [], [after] if after else [])
                               for a in actor_codes))


def coded_actor(a: Actor, code: str, rule: str, several: bool = False) -> Actor:
    """An actor carrying a PETRARCH code from the user dictionaries: country = its first three letters (None for
    "---"), sector = the rest (possibly several parts: "GOVMED")."""
    country = code[:3] if code[:3] != "---" else None
    sector = code[3:] or None
    same = (a.country or "") + (a.sector or "") == code
    new_id = a.id if (same or a.kind == "person") and not several else f"code:{code}"
    return replace(a, id=new_id, country=country, sector=sector, resolution=f"{rule}; {a.resolution}")


def share_actor(side: list[Actor]) -> list[Actor]:
    """User-dictionary coding of one side of an event: an agent without an actor ("officials" in "lawmakers and
    officials in X", "government" in "Danish media and government") takes the actors its coordinated references
    name, one actor each (PETRARCH distributes shared modifiers over conjuncts). Beside actors the user's
    dictionaries code, a participant they do not know and the pipeline gave no country ("54 civilians" -> ---CVL
    from the bundled role words) is dropped: PETRARCH codes only what its dictionaries name."""
    coded = [a for a in side if (a.resolution or "").startswith(USER_RULE)]
    countries = list(dict.fromkeys(a.country for a in coded if a.country))
    if not countries:
        return side
    out: list[Actor] = []
    for a in side:
        if a in coded and a.country is None and a.sector:
            out += [coded_actor(a, c + a.sector, f"{USER_RULE}agent '{a.text}' shared with its conjuncts' actor {c}",
                                several=True) for c in countries]
        elif a in coded or a.country is not None:
            out.append(a)
    return list({(a.id or a.name) + "|" + (a.country or "") + (a.sector or ""): a for a in out}.values())


__all__ = [
    "USER_RULE", "CodeTable", "PhraseCode", "code_table", "coded_actor", "phrase_code", "share_actor", "with_actor",
]
