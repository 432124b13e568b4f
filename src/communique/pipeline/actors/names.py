"""Names, titles and role words for actor resolution.

Pure string machinery (no spaCy, no KB state): accent folding, person-name splitting and canonical person ids,
a small fallback table of role words -> (canonical role, PLOVER sector) used when the knowledge base has no entry,
and the closed word classes (pronouns, group nouns, collective nouns with their sectors).

Sector codes follow the PLOVER/CAMEO agent conventions (GOV, MIL, LEG, JUD, COP, REB, OPP, CVL, MED, BUS, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial

from spacy.tokens import Token
from unidecode import unidecode

from ...kb import KnowledgeBase
from ...kb.normalize import join_broken_hyphens, surname_first
from ...kb.tables import fallback_roles
from ...lexicon.words import word_set, word_table

# --- folding and slugs ---------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"})


_NOT_WORD = re.compile(r"[^a-z0-9' -]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # pure; called for every candidate name and title word
def fold_ascii_lower(text: str) -> str:
    """ASCII, lower case, only letters, digits, apostrophes, hyphens and single spaces: "António Guterres" ->
    "antonio guterres". For matching names and title words; unlike the knowledge-base key ``kb.normalize.fold`` it
    keeps articles and possessives and turns other punctuation into spaces."""
    t = unidecode(text if text.isascii() else text.translate(_QUOTES)).lower()  # the table maps no ASCII character
    t = _NOT_WORD.sub(" ", t)
    return _SPACES.sub(" ", t).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_ascii_lower(text)).strip("-")


# --- person names --------------------------------------------------------------------------------------------------

# Honorifics and titles that may be glued to a name by the NER ("President Ilham Aliyev", "Mr. Lavrov").
HONORIFICS = word_set("actors/names_honorifics")
# Patronymic markers (Turkic "oglu/ogly/kyzy/qizi", Arabic "bin/ibn/bint" handled as particles instead).
PATRONYMIC_MARKERS = word_set("actors/names_patronymic_markers")
# Lowercase particles that belong to the surname ("bin Salman", "van der Leyen", "de Mistura").
SURNAME_PARTICLES = word_set("actors/names_surname_particles")
SUFFIXES = word_set("actors/names_suffixes")


@dataclass(frozen=True)
class NameParts:
    """A person name split for matching: ``given`` and ``surname`` folded; ``tokens`` folded, titles dropped."""

    tokens: tuple[str, ...]
    given: str | None
    surname: str  # last name token, folded, "al-" prefix removed ("al-sisi" -> "sisi")
    surname_full: str  # with particles, for ids ("bin laden")

    @property
    def full(self) -> bool:
        return self.given is not None

    def key(self) -> str:
        return f"{self.given or ''}|{self.surname}"


_ARTICLE_PREFIX = re.compile(r"^(al|el|ad|as|ash|at|az|ar)-")


def _core_surname(tok: str) -> str:
    return _ARTICLE_PREFIX.sub("", tok)


def split_name(name: str) -> NameParts | None:
    """Split a person name: "Jeyhun Aziz Oglu Bayramov" -> given "jeyhun", surname "bayramov".

    Middle names and patronymics are ignored for identity; initials are kept as one-letter given names.
    Returns None when nothing name-like remains after dropping titles.
    """
    name = join_broken_hyphens(name)
    raw = [t for t in _SPACES.split(fold_ascii_lower(name.replace(".", ". ")).replace("'s", "")) if t]
    toks = [t.strip(".'-") for t in raw if t.strip(".'-")]
    while toks and (toks[0] in HONORIFICS or toks[0] + "." in HONORIFICS):
        toks.pop(0)
    while toks and toks[-1] in SUFFIXES:
        toks.pop()
    if not toks:
        return None
    # drop patronymic marker and the father's name before it
    cleaned: list[str] = []
    for t in toks:
        if t in PATRONYMIC_MARKERS:
            if len(cleaned) > 1:
                cleaned.pop()
            continue
        cleaned.append(t)
    toks = cleaned or toks
    if len(toks) == 2 and surname_first(name.strip()):  # "Lee Teng-hui": the surname comes first
        return NameParts(tokens=tuple(toks), given=toks[1], surname=_core_surname(toks[0]), surname_full=toks[0])
    last = toks[-1]
    # surname with particles: "osama bin laden" -> "bin laden"
    i = len(toks) - 1
    while i - 1 >= 1 and toks[i - 1] in SURNAME_PARTICLES:
        i -= 1
    if toks[0] in SURNAME_PARTICLES and len(toks) > 1 and all(t in SURNAME_PARTICLES for t in toks[:-1]):
        i = 0  # a surname alone with its particles: "dos santos", "van der berg"
    surname_full = " ".join(toks[i:])
    given = toks[0] if i >= 1 else None
    if given is not None and len(toks) == 1:
        given = None
    return NameParts(tokens=tuple(toks), given=given, surname=_core_surname(last), surname_full=surname_full)


def person_id(name: str) -> str | None:
    """Canonical cross-document id: "person:" + slug(first given name + surname).

    "Jeyhun Bayramov" and "Jeyhun Aziz Oglu Bayramov" -> "person:jeyhun-bayramov"; accents folded.
    """
    parts = split_name(name)
    if parts is None:
        return None
    body = f"{parts.given} {parts.surname_full}" if parts.given else parts.surname_full
    s = slug(body)
    return f"person:{s}" if s else None


def names_compatible(a: NameParts, b: NameParts) -> bool:
    """Same person? Same surname and compatible given names (equal, or one an initial of the other, or one absent)."""
    if a.surname != b.surname:
        return False
    if a.given is None or b.given is None:
        return True
    if a.given == b.given:
        return True
    if len(a.given) == 1 or len(b.given) == 1:
        return a.given[0] == b.given[0]
    return False


# --- roles -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleInfo:
    role: str  # canonical title
    sector: str | None
    source: str  # "kb" or "lexicon"


# Fallback role words (used only when the KB has no entry): kb/data/manual/roles_fallback.psv (its header says how it
# differs from the KB's roles.psv).
_ROLE_TABLE = fallback_roles()
# Words that only make sense relative to another person in the sentence.
RELATIONAL_ROLES = word_set("actors/names_relational_roles")


def lookup_role(kb: KnowledgeBase, phrase: str) -> RoleInfo | None:
    """Role words -> canonical role + sector: the KB first, then the fallback table. The answer is remembered by
    the knowledge base; each call returns a new RoleInfo (callers compare them by identity)."""
    found: tuple[str, str | None, str] | None = kb.memo("role-info", phrase, partial(_role_fields, kb))
    return RoleInfo(*found) if found is not None else None


def _role_fields(kb: KnowledgeBase, phrase: str) -> tuple[str, str | None, str] | None:
    text = fold_ascii_lower(phrase).replace("'s", "").strip()
    if not text:
        return None
    entry = kb.role(phrase)
    if entry is not None and not _covers(entry.role, entry.words, text):
        entry = None  # the KB found a role inside the phrase; we want the phrase to be a role
    if entry is not None:
        return entry.role, entry.sector, "kb"
    row = _ROLE_TABLE.get(text) or _ROLE_TABLE.get(text.rstrip("s")) or _ROLE_TABLE.get(text.replace("-", " "))
    if row is not None:
        return row[0], row[1], "lexicon"
    return None


def _singular(text: str) -> str:
    if text.endswith("ies"):
        return text[:-3] + "y"
    if text.endswith("s") and not text.endswith("ss"):
        return text[:-1]
    return text


def _covers(role: str, words: tuple[str, ...], text: str) -> bool:
    forms = {fold_ascii_lower(w) for w in words} | {fold_ascii_lower(role)}
    forms |= {f.replace("-", " ") for f in forms}
    return text in forms or _singular(text) in forms or text.replace("-", " ") in forms


def role_head(role: str) -> str:
    """The head word of a canonical role: "Foreign Minister" -> "minister", "Secretary of State" -> "secretary"."""
    f = fold_ascii_lower(role).split(" of ")[0].split()
    return f[-1] if f else ""


# Titles naming the same office as another canonical role (the role keeps the text's title; matching treats them
# as one office): a US "Secretary of State" is the country's foreign minister.
ROLE_EQUIVALENTS: dict[str, str] = {"secretary of state": "foreign minister"}


def roles_compatible(description: str, held: str) -> bool:
    """Can a role description ("minister", "Foreign Minister") refer to a person holding ``held``?"""
    d, h = fold_ascii_lower(description), fold_ascii_lower(held)
    if d == h or ROLE_EQUIVALENTS.get(d, d) == ROLE_EQUIVALENTS.get(h, h):
        return True
    if " " not in d and d == role_head(held):  # generic head: "the minister" -> Foreign Minister
        return True
    return d == "leader" and h in LEADER_OFFICES  # "the Ethiopian leader" -> its Prime Minister or President


# Offices a bare "leader" describes (a state's head of state or government): "the Ethiopian leader thanked ...".
LEADER_OFFICES = word_set("actors/names_leader_offices")


# --- closed classes -------------------------------------------------------------------------------------------------

INDEFINITE = word_set("actors/names_indefinite")
PERSON_PRONOUNS = word_set("actors/names_person_pronouns")
FIRST_PERSON = word_set("actors/names_first_person")
GROUP_PRONOUNS = word_set("actors/names_group_pronouns")
GROUP_NOUNS = word_set("actors/names_group_nouns")

# Collective nouns after a country word: "Armenian forces" -> (kind, sector). Sector conventions follow the PLOVER
# manual, Table 5.2 (CC BY-SA 4.0), and where it is silent the Phoenix agents dictionary (Phoenix.agents.txt, OEDA,
# MIT): MIL is state-military personnel and equipment; REB armed opposition groups, so militia(s)/militiamen are
# REB (Phoenix's [~UAF] for them is CAMEO's "unaligned"; PLOVER's UAF is only unidentified armed forces, "unknown
# gunmen"), and pro-government militias/paramilitaries PRM; SECURITY_FORCE is listed both [~COP] and [~MIL] in
# Phoenix, so "security forces" keep the armed-forces reading MIL while "police", "riot police" and "security
# officials" (SECURITY_OFFICIAL [~COP]) are COP; ARCHBISHOP [~CHR] -> REL; former officials are ELI (PLOVER: "former
# government officials ... including exiled/ousted officials", applied in ``actor_context``).
COLLECTIVE_SECTORS: dict[str, tuple[str, str]] = {
    head: (kind, sector) for head, kind, sector in word_table("actors/names_collective_sectors", 3)}
INSTITUTION_WORDS = word_set("actors/names_institution_words")
# Heads naming an organised body (never one person): "opposition coalition", "human rights group".
BODY_WORDS = word_set("actors/names_body_words")


def institution_slug(text: str) -> str:
    """Normalise a national institution's name for an id: "Ministry of Foreign Affairs" -> "foreign-ministry"."""
    t = fold_ascii_lower(text)
    t = re.sub(r"^(the )", "", t)
    m = re.match(r"^ministry (?:of|for) (?:the )?(.+?)(?: affairs)?$", t)
    if m:
        t = f"{m.group(1)} ministry"
    t = t.replace(" affairs ministry", " ministry")
    return slug(t)


# --- country and organisation words inside a title or a name ---------------------------------------------------


def stance_prefix(tokens: list[Token], i: int) -> bool:
    """Token i follows "pro-"/"anti-" ("pro-Iranian group"): the country word names a side taken, not an origin."""
    k = tokens[i].i
    doc = tokens[i].doc
    return k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ in ("pro", "anti")


_BACKER_WORDS = word_set("actors/backer_participles")


def backer_suffix(tokens: list[Token], j: int) -> bool:
    """The country word ending before token j is followed by "-backed" / "-sponsored" ("the Iranian-backed
    Hezbollah"): it names a backer, not the party's own country."""
    doc = tokens[0].doc
    k = tokens[j - 1].i + 1
    return k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].text.lower() in _BACKER_WORDS


def name_tail(kb: KnowledgeBase, tokens: list[Token], i: int) -> bool:
    """Token i, a common word for a body that names one organisation alone ("the Alliance": NATO), ends a longer
    proper name ("Business Software Alliance", "Democratic Alliance"): the word before it is a capitalised proper
    noun that names no country, place or organisation itself. An acronym or a name ("Kabul NATO commanders",
    "Hamburg Greenpeace activists") is the organisation wherever it stands."""
    prev = tokens[i - 1] if i > 0 else None
    return prev is not None and tokens[i].lower_ in BODY_WORDS and prev.pos_ == "PROPN" and prev.text[:1].isupper() \
        and kb.country(prev.text) is None and kb.organization(prev.text) is None and kb.place(prev.text) is None
