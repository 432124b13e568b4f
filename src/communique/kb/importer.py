"""User knowledge files (``communique kb import FILE``) -> KBExtra.

Formats:

* JSONL (``.jsonl``/``.json``): one object per line with ``id``, ``name``, ``aliases`` (list or ";"-separated),
  ``country``, ``positions`` (list of ``{role, country, start, end, sector}``), optional ``kind``
  ("person" default, or "organization" with ``sector``).
* CSV (``.csv``): columns ``id,name,aliases,country,role,start,end`` (+ optional ``sector``, ``kind``); one
  position per row, rows with the same id are merged.
* PETRARCH/TABARI actor dictionaries (``.txt``/``.actors`` or any file that looks like one): ``NAME_WITH_UNDERSCORES
  [CODE]`` lines, ``+SYNONYM`` lines, indented ``[CODE date-restriction]`` lines (``<yymmdd``, ``>yyyymmdd``,
  ``date - date``). A code's first three letters are the country, the next three the sector.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..lexicon.user import parse_discards, parse_verbs
from .entries import KBExtra, OrgEntry, PersonEntry, Position, RoleEntry

log = logging.getLogger(__name__)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_actor_file(path: str | Path) -> KBExtra:
    """Read a user actor file (JSONL, CSV or PETRARCH dictionary) into a KBExtra; InputError names file:line."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file", "Give the path of a .jsonl, .csv or PETRARCH .txt actor file")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc.reason})", "Save the file as UTF-8") from exc
    suffix = p.suffix.lower()
    if suffix in (".jsonl", ".json", ".ndjson"):
        return _load_jsonl(p, text)
    if suffix in (".csv", ".tsv"):
        return _load_csv(p, text, "\t" if suffix == ".tsv" else ",")
    if suffix in (".txt", ".actors", ".dict") or re.search(r"\[[A-Z-]{3}", text):
        return load_petrarch_actors(p, text)
    raise InputError(f"{p}: unknown actor file format '{suffix}'",
                     "Use .jsonl (one JSON object per line), .csv, or a PETRARCH .txt actor dictionary")


# --------------------------------------------------------------------------------------------- JSONL / CSV

def _date(value: object, where: str, column: str) -> str | None:
    if value in (None, ""):
        return None
    s = str(value).strip()
    if not _DATE.match(s):
        raise InputError(f"{where}: {column} '{s}' is not a date", f"Write {column} as YYYY-MM-DD (or leave it empty)")
    return s


def _aliases(value: object, where: str) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return tuple(a.strip() for a in value.split(";") if a.strip())
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return tuple(a.strip() for a in value if a.strip())
    raise InputError(f"{where}: aliases must be a list of strings or a ';'-separated string",
                     'Write e.g. "aliases": ["J. Bayramov", "Bayramov"]')


def _require(row: dict, key: str, where: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: row has no '{key}'", f"Give every row a non-empty '{key}'")
    return value.strip()


def _load_jsonl(p: Path, text: str) -> KBExtra:
    extra = KBExtra()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{p}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})", "Write one JSON object per line") from exc
        if not isinstance(row, dict):
            raise InputError(f"{where}: expected a JSON object", "Write one JSON object per line")
        name = _require(row, "name", where)
        ident = str(row.get("id") or name)
        aliases = _aliases(row.get("aliases"), where)
        country = (row.get("country") or None) and str(row["country"]).strip().upper()
        if row.get("kind") in ("organization", "organisation", "org"):
            extra.organizations.append(OrgEntry(code=ident, name=name, aliases=aliases, country=country,
                                                sector=row.get("sector"), source=f"user:{p.name}"))
            continue
        raw_positions = row.get("positions") or []
        if not isinstance(raw_positions, list):
            raise InputError(f"{where}: positions must be a list", 'Write e.g. "positions": [{"role": '
                             '"Foreign Minister", "country": "AZE", "start": "2020-07-16", "end": null}]')
        positions = []
        for q in raw_positions:
            if not isinstance(q, dict) or not q.get("role"):
                raise InputError(f"{where}: every position needs a 'role'",
                                 'Write positions as {"role": ..., "country": ..., "start": ..., "end": ...}')
            positions.append(Position(role=str(q["role"]), country=(q.get("country") or country),
                                      start=_date(q.get("start"), where, "start"), end=_date(q.get("end"), where, "end"),
                                      sector=q.get("sector"), source=f"user:{p.name}", org=q.get("org")))
        extra.people.append(PersonEntry(id=f"user:{ident}", name=name, aliases=aliases, country=country,
                                        positions=tuple(positions), source=f"user:{p.name}"))
    return extra


@dataclass
class _Acc:
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    kind: str = "person"
    sector: str | None = None
    positions: list[Position] = field(default_factory=list)


def _load_csv(p: Path, text: str, delimiter: str) -> KBExtra:
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "name" not in fields:
        raise InputError(f"{p}:1: the header has no 'name' column",
                         "Start the file with a header line: id,name,aliases,country,role,start,end")
    acc: dict[str, _Acc] = {}
    for n, raw in enumerate(reader, 2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k is not None}
        where = f"{p}:{n}"
        if None in raw:
            raise InputError(f"{where}: more fields than header columns", "Quote fields that contain the delimiter")
        name = _require(row, "name", where)
        ident = row.get("id") or name
        a = acc.get(ident)
        if a is None:
            a = acc[ident] = _Acc(name=name, country=row.get("country", "").upper() or None,
                                  kind=row.get("kind") or "person", sector=row.get("sector") or None)
        elif a.name != name:
            raise InputError(f"{where}: id '{ident}' was first named '{a.name}', here '{name}'",
                             "Use one name per id (put other spellings in aliases)")
        for alias in _aliases(row.get("aliases"), where):
            if alias not in a.aliases:
                a.aliases.append(alias)
        if row.get("role"):
            a.positions.append(Position(role=row["role"], country=row.get("country", "").upper() or a.country,
                                        start=_date(row.get("start"), where, "start"),
                                        end=_date(row.get("end"), where, "end"),
                                        sector=row.get("sector") or None, source=f"user:{p.name}"))
        elif row.get("start") or row.get("end"):
            raise InputError(f"{where}: start/end given without a role", "Fill the 'role' column for dated rows")
    extra = KBExtra()
    for ident, a in acc.items():
        if a.kind in ("organization", "organisation", "org"):
            extra.organizations.append(OrgEntry(code=ident, name=a.name, aliases=tuple(a.aliases), country=a.country,
                                                sector=a.sector, source=f"user:{p.name}"))
        else:
            extra.people.append(PersonEntry(id=f"user:{ident}", name=a.name, aliases=tuple(a.aliases),
                                            country=a.country, positions=tuple(a.positions), source=f"user:{p.name}"))
    return extra


# ------------------------------------------------------------------------------------------------ PETRARCH

_CODE = re.compile(r"\[([^\]]*)\]")
_RANGE = re.compile(r"^(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8})$")


def _tabari_date(s: str, where: str) -> str:
    s = s.strip()
    if len(s) == 6:  # yymmdd: TABARI convention, 2-digit years above 30 are 19xx
        s = ("19" if int(s[:2]) > 30 else "20") + s
    if len(s) != 8 or not s.isdigit():
        raise InputError(f"{where}: date '{s}' in an actor code", "Write dates as yymmdd or yyyymmdd")
    month = max(1, min(12, int(s[4:6])))
    day = max(1, min(28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31, int(s[6:])))
    return f"{s[:4]}-{month:02d}-{day:02d}"


@dataclass
class _PetrCode:
    code: str
    start: str | None
    end: str | None


def _parse_code(body: str, where: str) -> _PetrCode | None:
    body = body.strip()
    if not body or body.startswith("~"):
        return None  # empty or an agent code ([~GOV]) — not an actor code
    parts = body.split(None, 1)
    code = parts[0].upper()
    rest = parts[1].strip() if len(parts) > 1 else ""
    if rest and code[0] in "<>" and not re.match(r"[A-Z-]", code):
        raise InputError(f"{where}: code missing before '{body}'", "Write codes as [USAGOV >20010120]")
    start = end = None
    if rest.startswith("<"):
        end = _tabari_date(rest[1:], where)
    elif rest.startswith(">"):
        start = _tabari_date(rest[1:], where)
    elif rest:
        m = _RANGE.match(rest)
        if not m:
            raise InputError(f"{where}: cannot read the date restriction '{rest}'",
                             "Use '<date', '>date' or 'date - date' with yymmdd/yyyymmdd dates")
        start, end = _tabari_date(m.group(1), where), _tabari_date(m.group(2), where)
    return _PetrCode(code, start, end)


def _petr_name(raw: str) -> str:
    name = raw.strip().strip("_").replace("_", " ")
    name = re.sub(r"\s+", " ", name)
    def word(w: str) -> str:
        if any(c.islower() for c in w):
            return w
        if w.count(".") > 1 or len(w.replace(".", "")) <= 1:  # "U.S.S.R.", "W."
            return w.upper()
        return w.capitalize()

    return " ".join(word(w) for w in name.split())


def load_petrarch_actors(path: str | Path, text: str | None = None, strict: bool = False) -> KBExtra:
    """A PETRARCH/TABARI ``.actors`` dictionary as KBExtra.

    Entries with dated codes (or several codes) become people whose positions carry each code's country (first
    three letters) and sector (next three) with start/end; an entry with one undated code becomes an
    organisation-like actor (``kind="actor"``, code = the full CAMEO code). Published dictionaries contain typos
    in dates: such a code is skipped with a logged warning, or raises InputError when ``strict``.
    """
    p = Path(path)
    text = p.read_text(encoding="utf-8") if text is None else text
    text = re.sub(r"<!\s*--.*?--\s*>", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    entries: list[tuple[str, list[str], list[_PetrCode]]] = []
    current: tuple[str, list[str], list[_PetrCode]] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        where = f"{p}:{n}"
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes_here = []
        for body in _CODE.findall(line):
            try:
                code = _parse_code(body, where)
            except InputError as exc:
                if strict:
                    raise
                log.warning("%s (code skipped)", exc)
                continue
            if code:
                codes_here.append(code)
        head = _CODE.sub("", line).strip()
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        if line[0] in " \t" and not head:
            if current is None:
                raise InputError(f"{where}: code line before any actor name", "Put the actor's NAME line first")
            current[2].extend(codes_here)
        elif line.startswith("+"):
            if current is None:
                raise InputError(f"{where}: synonym '+{head[1:]}' before any actor name",
                                 "Put the actor's NAME line before its + synonyms")
            current[1].append(_petr_name(head[1:]))
            current[2].extend(codes_here)
        else:
            if line.lstrip().startswith("[") and current is not None:
                current[2].extend(codes_here)
                continue
            current = (_petr_name(head), [], codes_here)
            entries.append(current)
    extra = KBExtra()
    for name, aliases, codes in entries:
        if not name:
            continue
        real = [c for c in codes if c.code != "---" and c.code.strip("-")]
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        source = f"petrarch:{p.name}"
        if len(real) == 1 and real[0].start is None and real[0].end is None and len(codes) == 1:
            c = real[0]
            extra.organizations.append(OrgEntry(code=c.code, name=name, aliases=tuple(aliases), country=c.code[:3],
                                                sector=c.code[3:] or None, kind="actor", source=source))
            continue
        positions = tuple(Position(role=c.code[3:6] or "actor", country=c.code[:3], start=c.start, end=c.end,
                                   sector=c.code[3:] or None, source=f"{source} [{c.code}]") for c in real)
        country = real[-1].code[:3] if real else None
        extra.people.append(PersonEntry(id=f"petrarch:{slug}", name=name, aliases=tuple(aliases), country=country,
                                        positions=positions, source=source))
    return extra


# ------------------------------------------------------------------------------------------ PETRARCH agents

AGENT_SOURCE = "petrarch-agents:"

# "[~GOV]" (prefix agent) or "[NGO~]" (suffix agent); spacing inside the brackets varies in published files
_AGENT = re.compile(r"^(?P<word>[^\[{#]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*"
                    r"\[\s*(?:~\s*(?P<code>[A-Za-z]{3}[A-Za-z]*)|(?P<code2>[A-Za-z]{3}[A-Za-z]*)\s*~)\s*\]")


def load_agent_file(path: str | Path) -> KBExtra:
    """A PETRARCH/TABARI agents dictionary (``WORD_PHRASE {PLURAL} [~GOV]``, ``!MACRO! = A, B`` substitutions)
    as KBExtra roles: each phrase (and its plural: regular unless braces give it, none for ``{}``) ->
    RoleEntry(role=the phrase, sector=the agent's whole code, e.g. "GOVFRM"); the source keeps the code as written
    (``[~GOV]`` or ``[NGO~]``, see ``agent_placement``)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file", "Give the path of a PETRARCH agents dictionary")
    return parse_agents(p.read_text(encoding="utf-8"), str(p))


def parse_agents(text: str, name: str, warnings: list[str] | None = None) -> KBExtra:
    """The text of a PETRARCH agents dictionary (see :func:`load_agent_file`); ``name`` names it in sources and
    messages. Lines that cannot be read are skipped and said in ``warnings`` (logged when it is None)."""
    p = Path(name)
    text = re.sub(r"<!\s*--.*?--\s*>", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    macros: dict[str, list[str]] = {}
    extra = KBExtra()
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        macro = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1).upper()] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        m = _AGENT.match(line)
        if not m:
            if "[" in line:
                _warn(warnings, f"{p}:{n}: cannot read agent line {line!r} (skipped)")
            continue
        prefix = m.group("code") is not None
        code = (m.group("code") or m.group("code2")).upper()
        words = [m.group("word").strip()]
        plural = m.group("plural")
        if plural is None and not words[0].lower().endswith("s"):  # no braces -> the regular plural (none for
            words.append(_plural(words[0]))  # a word already ending in s); "{}" -> no plural; "{X}" -> X
        elif plural is not None and plural.strip():
            words += plural.split()
        marked = f"~{code}" if prefix else f"{code}~"
        for word in words:
            for form in _expand_macros(word, macros):
                phrase = form.replace("_", " ").strip().lower()
                phrase = re.sub(r"\s+", " ", phrase)
                if phrase:
                    extra.roles.append(RoleEntry(role=phrase.title(), sector=code, words=(phrase,),
                                                 source=f"{AGENT_SOURCE}{p.name} [{marked}]"))
    return extra


def _warn(warnings: list[str] | None, message: str) -> None:
    if warnings is None:
        log.warning("%s", message)
    else:
        warnings.append(message)


# ------------------------------------------------------------------------------- user PETRARCH dictionaries

DICTIONARY_SUFFIXES: dict[str, tuple[str, ...]] = {
    "verbs": (".verbs.txt", ".verbs"), "agents": (".agents.txt", ".agents"), "discards": (".discards.txt", ".discards"),
}
_VERB_BLOCK = re.compile(r"^\s*-{3}\s*\S+\s*\[[^\]]*\].*-{3}", re.M)
_AGENT_LINE = re.compile(r"\[\s*(~\s*[A-Za-z]{3}|[A-Za-z]{3}[A-Za-z]*\s*~)\s*\]")


def dictionary_kind(path: str | Path, text: str) -> str | None:
    """"verbs", "agents" or "discards" for a PETRARCH dictionary file (by its name: ``X.verbs.txt``,
    ``X.agents.txt``, ``X.discards.txt``; else verbs by ``--- VERB [code] ---`` blocks and agents by
    ``[~GOV]`` codes); None for anything else (an actor file)."""
    low = Path(path).name.lower()
    for kind, suffixes in DICTIONARY_SUFFIXES.items():
        if low.endswith(suffixes):
            return kind
    if _VERB_BLOCK.search(text):
        return "verbs"
    if _AGENT_LINE.search(text):
        return "agents"
    return None


def parse_dictionary(kind: str, name: str, text: str, warnings: list[str] | None = None) -> KBExtra:
    """A user PETRARCH dictionary's text as KBExtra (verbs, agent roles or discards); InputError (with the fix)
    when it holds nothing of its kind. Used by ``kb import`` and again by each ingest on the stored text."""
    if kind == "verbs":
        verbs = parse_verbs(text, name)
        if not verbs:
            raise InputError(f"{name}: no '--- VERB [code] ---' blocks, so not a PETRARCH verb dictionary",
                             "Give a verbs file (blocks like '--- MEET [040] ---' with member verbs and '- * X "
                             "[code]' patterns), or rename the file if it is an actors/agents/discards one")
        return KBExtra(verbs=list(verbs))
    if kind == "agents":
        extra = parse_agents(text, name, warnings)
        if not extra.roles:
            raise InputError(f"{name}: no agent lines (WORD [~GOV] or WORD [NGO~]), so not a PETRARCH agents "
                             "dictionary", "Give an agents file, or rename the file if it is another kind")
        return extra
    if kind == "discards":
        discards = parse_discards(text)
        if not discards:
            raise InputError(f"{name}: no discard phrases", "Give one phrase a line (+PHRASE for a whole story)")
        return KBExtra(discards=list(discards))
    raise InputError(f"{name}: unknown dictionary kind {kind!r}", "Use verbs, agents or discards")


@dataclass(frozen=True)
class DictionaryText:
    """A user PETRARCH dictionary as imported: kept as text in the store, parsed again by each ingest."""

    kind: str  # verbs | agents | discards
    name: str  # the file name: importing a file of the same kind and name replaces the stored one
    text: str


@dataclass
class KBImport:
    """What ``communique kb import PATH`` brings: entries (people, organisations) and dictionaries."""

    extra: KBExtra = field(default_factory=KBExtra)
    dictionaries: list[DictionaryText] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _read_text(p: Path) -> str:
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})",
                         f"Save it as UTF-8 (e.g. iconv -f latin1 -t utf-8 {p.name} > fixed.txt)") from exc
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})", "Check the path and its permissions") from exc


def read_kb_import(path: str | Path) -> KBImport:
    """Read a user knowledge file, or a folder of PETRARCH dictionaries (``*.actors.txt``, ``*.agents.txt``,
    ``*.verbs.txt``, ``*.discards.txt``), for ``kb import``. Every dictionary is parsed here so that a bad file is
    refused (InputError naming it, with the fix) before anything is stored."""
    p = Path(path)
    out = KBImport()
    if p.is_dir():
        files = [f for f in sorted(p.iterdir()) if f.is_file() and f.name.lower().endswith(
            (".actors.txt", *[x for xs in DICTIONARY_SUFFIXES.values() for x in xs]))]
        if not files:
            raise InputError(f"{p}: no dictionary files in the folder",
                             "Name them X.actors.txt, X.agents.txt, X.verbs.txt or X.discards.txt")
    elif p.is_file():
        files = [p]
    else:
        raise InputError(f"{p}: no such file or folder", "Give a .jsonl/.csv actor file, a PETRARCH dictionary "
                         "or a folder of them")
    for f in files:
        text = _read_text(f)
        kind = None if f.name.lower().endswith(".actors.txt") else dictionary_kind(f, text)
        if kind is None:
            got = load_actor_file(f)
            out.extra.people += got.people
            out.extra.organizations += got.organizations
            continue
        parse_dictionary(kind, f.name, text, out.warnings)
        out.dictionaries.append(DictionaryText(kind, f.name, text))
    return out


def _plural(word: str) -> str:
    """PETRARCH's regular plural of an agent phrase: its last word takes -s/-es/-ies ("LAWMAKER" -> "LAWMAKERS")."""
    low = word.lower()
    if re.search(r"[^aeiou]y$", low):
        return word[:-1] + ("IES" if word[-1].isupper() else "ies")
    if re.search(r"(s|x|z|ch|sh)$", low):
        return word + ("ES" if word[-1].isupper() else "es")
    return word + ("S" if word[-1].isupper() else "s")


def agent_placement(role: RoleEntry) -> str | None:
    """"prefix" for a PETRARCH ``[~GOV]`` agent (its code follows the actor's: ARNGOV), "suffix" for ``[NGO~]``
    (its code precedes: NGOARN); None for a role word that did not come from an agents dictionary."""
    if not role.source.startswith(AGENT_SOURCE):
        return None
    return "suffix" if role.source.rstrip().endswith("~]") else "prefix"


def _expand_macros(word: str, macros: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!(\w+)!", word)
    if not m:
        return [word]
    alternatives = macros.get(m.group(1).upper(), [m.group(1)])
    out: list[str] = []
    for alt in alternatives:
        out.extend(_expand_macros(word[:m.start()] + alt + word[m.end():], macros))
    return out
