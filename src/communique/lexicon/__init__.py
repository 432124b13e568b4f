"""Event lexicon: verbs, event nouns and verb+object patterns -> CAMEO code -> PLOVER type, mode, context.

The tables live in ``lexicon/data/*.tsv`` (sources in ``lexicon/data/SOURCES.md``) and are loaded once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

from ..errors import CommuniqueError

DATA_PACKAGE = "communique.lexicon"


class LexiconError(CommuniqueError):
    """A lexicon table is malformed."""


@dataclass(frozen=True)
class PloverClass:
    """What a CAMEO code means in PLOVER (from the CAMEO->PLOVER 2021 table)."""

    cameo: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class VerbEntry:
    lemma: str  # "meet" or "call for" (verb + particle/preposition)
    cameo: str
    object_role: str  # recipient | topic
    source: str = "hand"  # hand: verbs.tsv; cameo2: generated verbs_cameo2.tsv


@dataclass(frozen=True)
class PhraseEntry:
    verb: str
    obj: str  # object head lemma, "modifier head" or "head of pobj"
    cameo: str
    source: str = "hand"  # hand: phrases.tsv; cameo2: generated phrases_cameo2.tsv


@dataclass
class Lexicon:
    plover: dict[str, PloverClass] = field(default_factory=dict)
    verbs: dict[str, VerbEntry] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    phrases: dict[tuple[str, str], PhraseEntry] = field(default_factory=dict)
    known_verbs: set[str] = field(default_factory=set)  # first words of verb and phrase entries
    _phrase_verbs: tuple[int, frozenset[str]] = field(default=(-1, frozenset()), init=False, repr=False,
                                                      compare=False)  # (len(phrases) when built, verbs)
    _classes: tuple[int, dict[str, PloverClass | None]] = field(default=(-1, {}), init=False, repr=False,
                                                                compare=False)  # (len(plover), classify answers)

    def classify(self, cameo: str) -> PloverClass | None:
        """The PLOVER class of a CAMEO code; falls back to the parent code (0231 -> 023 -> 02x root). Answers are
        remembered (a few hundred codes), afresh when entries are added."""
        if self._classes[0] != len(self.plover):
            self._classes = (len(self.plover), {})
        known = self._classes[1]
        if cameo not in known:
            known[cameo] = self._classify(cameo)
        return known[cameo]

    def _classify(self, cameo: str) -> PloverClass | None:
        code = cameo
        while code:
            found = self.plover.get(code)
            if found is not None:
                return PloverClass(cameo, found.event_type, found.mode, found.context, found.label)
            code = code[:-1] if len(code) > 3 else (code[:2] + "0" if len(code) == 3 and code[2] != "0" else "")
        return None

    def phrase(self, verb: str, obj: str) -> PhraseEntry | None:
        return self.phrases.get((verb.lower(), obj.lower()))

    def has_phrases(self, verb: str) -> bool:
        """Whether some phrase entry has this verb (``phrase(verb, obj)`` can find something for some object)."""
        if self._phrase_verbs[0] != len(self.phrases):  # built on first use, again when entries are added
            self._phrase_verbs = (len(self.phrases), frozenset(v for v, _ in self.phrases))
        return verb.lower() in self._phrase_verbs[1]


def _rows(name: str) -> list[list[str]]:
    text = resources.files(DATA_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2:
            raise LexiconError(f"{name}:{n}: expected tab-separated columns, got {line!r}")
        rows.append(cells)
    return rows


def _code(name: str, value: str) -> str:
    if not value.isdigit() or not 2 <= len(value) <= 4:
        raise LexiconError(f"{name}: bad CAMEO code {value!r}")
    return value


@functools.lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """Load (once per process) the lexicon tables bundled with the package."""
    lex = Lexicon()
    for cells in _rows("cameo_plover.tsv"):
        cells += [""] * (5 - len(cells))
        code, typ, mode, ctx, label = cells[:5]
        context = tuple(c for c in (x.strip() for x in ctx.split(";")) if c)
        lex.plover[_code("cameo_plover.tsv", code)] = PloverClass(code, typ, mode or None, context, label)
    # Generated tables first (scripts/build_lexicon.py), then the hand-written ones: a hand entry replaces a
    # generated entry with the same key.
    for name, source in (("verbs_cameo2.tsv", "cameo2"), ("verbs.tsv", "hand")):
        for cells in _rows(name):
            role = cells[2] if len(cells) > 2 else "recipient"
            lex.verbs[cells[0].lower()] = VerbEntry(cells[0].lower(), _code(name, cells[1]), role, source)
    for cells in _rows("nouns.tsv"):
        lex.nouns[cells[0].lower()] = _code("nouns.tsv", cells[1])
    for name, source in (("phrases_cameo2.tsv", "cameo2"), ("phrases.tsv", "hand")):
        for cells in _rows(name):
            if len(cells) < 3:
                raise LexiconError(f"{name}: expected verb, object, code: {cells!r}")
            entry = PhraseEntry(cells[0].lower(), cells[1].lower(), _code(name, cells[2]), source)
            lex.phrases[(entry.verb, entry.obj)] = entry
    lex.known_verbs = {k.split()[0] for k in lex.verbs} | {v.split()[0] for v, _ in lex.phrases}
    return lex


__all__ = ["Lexicon", "LexiconError", "PhraseEntry", "PloverClass", "VerbEntry", "get_lexicon"]
