"""User verb dictionaries in the PETRARCH/TABARI format, and their matching against a dependency parse.

A user brings verb dictionaries the way they bring actor tables: ``load_verb_file(path)`` parses one into
``VerbEntry`` blocks, ``communique.dictionaries.load_user_dictionaries(folder)`` loads ``*.actors.txt``, ``*.agents.txt``, ``*.verbs.txt``
and ``*.discards.txt`` from a folder into one ``KBExtra``, which ``communique.extract(..., kb_extra=extra)`` and
``process_batch(documents, settings, extra)`` pass on to the event finder. User verbs are consulted first; the
bundled lexicon still fires for verbs the user dictionary does not cover.

The format (PETRARCH ``PETRreader.read_verb_dictionary``; TABARI before it)::

    &SYNSET                      # a synonym set, members on "+" lines (a member may be another &SYNSET)
    +MILITARY
    +ECONOMIC SANCTIONS
    --- RESTORE [064] ---        # a verb block and its default code; [---] = no event
    RESTORE                      # member verbs; irregular forms in braces, an own default code in brackets
    BREAK {BROKE BROKEN}
    +BREAK_DOWN {+BROKE_DOWN}    # a multi-word verb: "+" marks the verb word
    - * DIPLOMATIC TIES [064]    # a pattern: words before "*" precede the verb, words after it follow
    - NOT * [112]                # $ source, + target, % compound, ^ skip, & synset, _ joins adjacent words
    - * (TO) [032:033]           # a paired code: source->target 032 and target->source 033

Matching is a faithful simplification of PETRARCH's: the verb is found by lemma or surface form; a pattern
matches when its literal words (or synset members) occur in order before the verb in its sentence and after it
in its subtree (words joined by ``_`` or listed as one synset member must be adjacent); the most specific
matching pattern (most words) wins, else the block's (or member's) default code. ``{...}`` and ``(...)`` groups
in patterns (PETRARCH 2's noun- and prepositional-phrase brackets) are matched as their words in order. Words
before the verb are placed nearest the verb first; ``WORD_*`` / ``*_WORD`` must touch the verb; a noun matches
only as written ("* EFFORT" is not "efforts"), verbs and other words also through their lemma.

Actor markers are placed in the sentence (``Anchor``): ``$`` marks the source, ``+`` the target, ``%`` a
compound (before the verb: its members act on one another; after it: the other side), ``^`` skips a noun phrase
before the next marker. A marker after literal words points at the first actor following them, one before the
verb (or before a literal word) at the nearest actor preceding it; ``communique.pipeline.events.triggers`` resolves
them to tokens. Actors the pattern does not place come from the parse as for bundled verbs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError

if TYPE_CHECKING:
    from spacy.tokens import Token


NO_EVENT = "---"
MAX_EXPANSIONS = 200  # alternatives of one pattern item (synsets inside "_"-joined words multiply)

Item = tuple[tuple[str, ...], ...]  # alternatives, each a run of adjacent words


@dataclass(frozen=True)
class Marker:
    """An actor marker of a pattern: ``$`` source, ``+`` target, ``%`` compound (both), on one side of the verb,
    after ``index`` of that side's literal items, with ``skips`` ``^`` (skip one noun phrase) just before it."""

    kind: str  # "$", "+" or "%"
    side: str  # "before" | "after"
    index: int
    skips: int = 0


@dataclass(frozen=True)
class VerbPattern:
    """``- words * words [code]``: literal items before and after the verb, and the code it gives."""

    text: str  # as written, without the code and comment: "* DIPLOMATIC TIES"
    before: tuple[Item, ...]
    after: tuple[Item, ...]
    code: str | None  # None: no event ([---]); "032:033": paired events
    line: int = 0
    markers: tuple[Marker, ...] = ()  # where the pattern places the source, target or compound actor
    adjacent: tuple[bool, bool] = (False, False)  # "WORD_*" / "*_WORD": that word touches the verb

    @property
    def size(self) -> int:
        """Specificity: the number of words the pattern requires."""
        return sum(min(len(alt) for alt in item) for item in (*self.before, *self.after))


@dataclass(frozen=True)
class VerbForm:
    """One member verb of a block: its base and inflected forms, the words of a multi-word verb around it."""

    verb: str  # lower-case base form, "restore"
    forms: tuple[str, ...]  # lower-case surface forms (base, irregular and generated regular forms)
    before: tuple[str, ...] = ()  # "KLM_NOP_+RST": words preceding the verb word
    after: tuple[str, ...] = ()  # "+BREAK_DOWN": words following it
    code: str | None = None  # the member's own default code when it has one
    has_code: bool = False


@dataclass(frozen=True)
class VerbEntry:
    """A ``--- NAME [code] ---`` block: member verbs, patterns, default code (None = no event)."""

    name: str
    code: str | None
    forms: tuple[VerbForm, ...]
    patterns: tuple[VerbPattern, ...]
    source: str = ""  # file:line


@dataclass(frozen=True)
class Discard:
    """A PETRARCH discard phrase: a sentence containing it yields no event; ``story`` discards the document."""

    words: tuple[str, ...]
    story: bool


@dataclass(frozen=True)
class Anchor:
    """A matched pattern's actor marker in the sentence: look for the actor from doc index ``at`` forward
    (``after``) or backward from just before it (``before``), passing over ``skips`` noun phrases first."""

    kind: str  # "$" source, "+" target, "%" compound
    direction: str  # "after" | "before"
    at: int
    skips: int = 0


@dataclass(frozen=True)
class VerbMatch:
    """What a user verb gives for one verb token."""

    entry: VerbEntry
    code: str | None
    pattern: VerbPattern | None
    anchors: tuple[Anchor, ...] = ()  # the pattern's actor markers placed in the sentence

    @property
    def codes(self) -> tuple[str, ...]:
        """One code, or the two of a paired code ("032:033" -> ("032", "033"))."""
        if self.code is None:
            return ()
        return tuple(c for c in self.code.split(":") if c and c != NO_EVENT)

    @property
    def rule(self) -> str:
        shown = f"{self.entry.name} {self.pattern.text}" if self.pattern else self.entry.name
        return f"user-verb:{shown} [{self.code or NO_EVENT}]"


# ----------------------------------------------------------------------------------------------- parsing

_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)
_BLOCK = re.compile(r"^-{3}\s*(\S+)\s*\[([^\]]*)\](?:\s*\[[^\]]*\])*\s*-{3}")  # "--- V [120] [031:031] ---"
_CODE = re.compile(r"\[([^\]]*)\]")
_MARKERS = {"$", "+", "%", "^"}


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _code(raw: str) -> str | None:
    code = raw.strip()
    return None if not code or code == NO_EVENT else code


def _words(chunk: str) -> list[str]:
    """Words of an ``_``-joined chunk, markers and brackets removed: "NEW_&TIETYPES_RELATIONS"."""
    out = []
    for w in chunk.split("_"):
        w = w.strip("(){}").strip()
        if w and w not in _MARKERS and w != "*":
            out.append(w.lstrip("+$%^") if len(w) > 1 else w)
    return [w for w in out if w]


def regular_forms(verb: str) -> tuple[str, ...]:
    """verb, verbs, verbed, verbing with the usual spelling rules (irregular forms come from the file)."""
    v = verb.lower()
    if v.endswith("e"):
        forms = [v, v + "s", v + "d", v[:-1] + "ing"]
    elif re.search(r"[^aeiou]y$", v):
        forms = [v, v[:-1] + "ies", v[:-1] + "ied", v + "ing"]
    elif re.search(r"(s|x|z|ch|sh)$", v):
        forms = [v, v + "es", v + "ed", v + "ing"]
    else:
        forms = [v, v + "s", v + "ed", v + "ing"]
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", v) and len(v) <= 4:
            forms += [v + v[-1] + "ed", v + v[-1] + "ing"]
    return tuple(dict.fromkeys(forms))


class _Synsets:
    def __init__(self) -> None:
        self.members: dict[str, list[str]] = {}

    def expand(self, word: str, depth: int = 0) -> list[tuple[str, ...]]:
        """Word runs a pattern word stands for: itself, or a synset's members (recursively)."""
        if not word.startswith("&"):
            return [(word.lower(),)]
        name = word[1:].rstrip("_").upper()
        members = self.members.get(name)
        if members is None or depth > 5:
            return [(word.lower(),)]  # an unknown synset only matches itself (never, in practice)
        out: list[tuple[str, ...]] = []
        for m in members:
            parts: list[list[tuple[str, ...]]] = [self.expand(w, depth + 1) for w in _words(m.replace(" ", "_"))]
            for combo in itertools.islice(itertools.product(*parts), MAX_EXPANSIONS):
                out.append(tuple(w for run in combo for w in run))
        return out or [(word.lower(),)]

    def item(self, chunk: str) -> Item | None:
        words = _words(chunk)
        if not words:
            return None
        parts = [self.expand(w) for w in words]
        alts = [tuple(w for run in combo for w in run)
                for combo in itertools.islice(itertools.product(*parts), MAX_EXPANSIONS)]
        return tuple(dict.fromkeys(a for a in alts if a))


def _pattern(body: str, line: int, synsets: _Synsets) -> VerbPattern | None:
    m = _CODE.search(body)
    if m is None:
        return None
    code = _code(m.group(1))
    text = " ".join(body[: m.start()].split())
    spaced = re.sub(r"_?\*_?", " * ", text)
    if "*" not in spaced:
        spaced = "* " + spaced
    before_s, after_s = spaced.split("*", 1)
    markers: list[Marker] = []

    def side(chunks: list[str], name: str) -> tuple[Item, ...]:
        items: list[Item] = []
        skips = 0
        for c in chunks:
            bare = c.strip("(){}")
            if bare in {"$", "+", "%"}:
                markers.append(Marker(bare, name, len(items), skips))
                skips = 0
            elif bare == "^":
                skips += 1
            else:
                item = synsets.item(c)
                if item:
                    items.append(item)
                    skips = 0
        return tuple(items)

    before = side(before_s.split(), "before")
    after = side(after_s.replace("*", " ").split(), "after")
    adjacent = (bool(re.search(r"\S_\*", text)) and bool(before), bool(re.search(r"\*_\S", text)) and bool(after))
    return VerbPattern(text, before, after, code, line, tuple(markers), adjacent)


def _form(spec: str, line_code: str | None, has_code: bool) -> VerbForm | None:
    """``RESTORE``, ``BAN {BANS BANNED}``, ``+BREAK_DOWN {+BROKE_DOWN}``, ``WIRE_+TAP {WIRE_+TAPPED}``."""
    main, _, irregular = spec.partition("{")
    variants = [main.strip()] + irregular.replace("}", " ").split()
    verb = ""
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    forms: list[str] = []
    for n, v in enumerate(variants):
        words = [w for w in v.strip().split("_") if w]
        if not words:
            continue
        idx = next((i for i, w in enumerate(words) if w.startswith("+")), 0 if len(words) == 1 else None)
        if idx is None:
            idx = 0
        word = words[idx].lstrip("+").lower()
        if n == 0:
            verb = word
            before = tuple(w.lstrip("+").lower() for w in words[:idx])
            after = tuple(w.lstrip("+").lower() for w in words[idx + 1 :])
            forms += regular_forms(word)
        else:
            forms.append(word)
    if not verb:
        return None
    return VerbForm(verb, tuple(dict.fromkeys(forms)), before, after, line_code, has_code)


def parse_verbs(text: str, source: str = "<string>") -> list[VerbEntry]:
    """Verb blocks of a PETRARCH/TABARI verb dictionary (synsets resolved into the patterns)."""
    text = _COMMENT_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    synsets = _Synsets()
    lines = text.splitlines()
    # Synsets may be defined after the patterns that use them: collect them first.
    current: str | None = None
    for raw in lines:
        line = _strip_comment(raw).strip()
        if line.startswith("&"):
            current = line.split()[0][1:].rstrip("_").upper()
            synsets.members.setdefault(current, [])
        elif current is not None and line.startswith("+"):
            synsets.members[current].append(line[1:].strip())
        elif line.startswith("---") or line.startswith("- ") or (line and current is not None):
            current = None
    entries: list[VerbEntry] = []
    state = "none"
    name, code, start = "", None, 0
    forms: list[VerbForm] = []
    patterns: list[VerbPattern] = []

    def flush() -> None:
        if name and forms:
            entries.append(VerbEntry(name, code, tuple(forms), tuple(patterns), f"{source}:{start}"))

    for n, raw in enumerate(lines, 1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("~") or re.match(r"#+\s*TRANSFORMATIONS", raw.strip()):
            break  # PETRARCH 2 transformations: a different language, not read
        block = _BLOCK.match(line)
        if block:
            flush()
            name, code, start = block.group(1).rstrip("_").upper(), _code(block.group(2)), n
            forms, patterns = [], []
            state = "verb"
        elif line.startswith("&"):
            state = "synset"
        elif state == "synset" and line.startswith("+"):
            continue
        elif state == "verb" and line.startswith("-"):
            pat = _pattern(line[1:], n, synsets)
            if pat is not None:
                patterns.append(pat)
        elif state == "verb":
            m = _CODE.search(line)
            spec = line[: m.start()] if m else line
            form = _form(spec, _code(m.group(1)) if m else None, m is not None)
            if form is not None:
                forms.append(form)
    flush()
    return entries


def load_verb_file(path: str | Path) -> list[VerbEntry]:
    """Read a PETRARCH/TABARI verb dictionary; InputError when it cannot be read or holds no verb block."""
    p = Path(path)
    try:
        text = p.read_text("utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read verb dictionary {p}: {exc}") from exc
    entries = parse_verbs(text, p.name)
    if not entries:
        raise InputError(f"{p}: no '--- VERB [code] ---' blocks: not a PETRARCH verb dictionary")
    return entries


def parse_discards(text: str) -> list[Discard]:
    """PETRARCH discard phrases: one a line, ``+`` in front for a story-level discard, ``#`` comments."""
    out = []
    for raw in text.splitlines():
        line = _strip_comment(raw).split(";", 1)[0].strip()
        story = line.startswith("+")
        words = tuple(w.lower() for w in line.lstrip("+").replace("_", " ").split())
        if words:
            out.append(Discard(words, story))
    return out


def load_discard_file(path: str | Path) -> list[Discard]:
    p = Path(path)
    try:
        return parse_discards(p.read_text("utf-8", errors="replace"))
    except OSError as exc:
        raise InputError(f"cannot read discards file {p}: {exc}") from exc


# ----------------------------------------------------------------------------------------------- matching


def _word_matches(tok: Token, word: str) -> bool:
    low = tok.lower_
    if low == word:
        return True
    lem = tok.lemma_.lower()
    if tok.pos_ in {"NOUN", "PROPN"} and low != lem:
        return False  # PETRARCH matches nouns as written: "* EFFORT" is not "efforts" (synsets list plurals)
    if lem == word or (word.endswith("s") and lem in {word[:-1], word[:-2]}):
        return True
    # TABARI stems: a pattern word matches its inflections ("SANCTION" ~ "sanctions", "EXERCISE" ~ "exercises")
    return len(word) >= 3 and low.startswith(word) and low[len(word):] in {"s", "es", "d", "ed", "ing"}


def _find(tokens: Sequence[Token], item: Item, start: int) -> int | None:
    """Index just past the earliest-ending occurrence of one of the item's word runs at or after ``start``."""
    best: int | None = None
    for alt in item:
        n = len(alt)
        for i in range(start, len(tokens) - n + 1):
            if best is not None and i + n >= best:
                break
            if all(_word_matches(tokens[i + k], alt[k]) for k in range(n)):
                best = i + n
                break
    return best


def _in_order(tokens: Sequence[Token], items: Iterable[Item]) -> bool:
    return _spans(tokens, items) is not None


def _spans(tokens: Sequence[Token], items: Iterable[Item]) -> list[tuple[int, int]] | None:
    """(start, end) indices into ``tokens`` of each item matched in order, or None when one is missing."""
    pos = 0
    out: list[tuple[int, int]] = []
    for item in items:
        got = _find(tokens, item, pos)
        if got is None:
            return None
        start = next((got - len(a) for a in item if got - len(a) >= pos
                      and all(_word_matches(tokens[got - len(a) + k], a[k]) for k in range(len(a)))), got - 1)
        out.append((start, got))
        pos = got
    return out


def _pattern_fits(verb: Token, pat: VerbPattern, before: Sequence[Token], after: Sequence[Token]) -> bool:
    """The pattern's words occur in order around the verb; ``WORD_*`` / ``*_WORD`` words right beside it."""
    b_spans = _spans_from_right(before, pat.before)
    a_spans = _spans(after, pat.after)
    if b_spans is None or a_spans is None:
        return False
    if pat.adjacent[0] and b_spans[-1][1] != len(before):
        return False
    return not (pat.adjacent[1] and after[a_spans[0][0]].i != verb.i + 1)


def _spans_from_right(tokens: Sequence[Token], items: Sequence[Item]) -> list[tuple[int, int]] | None:
    """Like ``_spans``, each item at its latest place: words before the verb are read back from the verb."""
    rev_items = [tuple(tuple(reversed(a)) for a in item) for item in reversed(items)]
    got = _spans(list(reversed(tokens)), rev_items)
    if got is None:
        return None
    n = len(tokens)
    return [(n - e, n - s) for s, e in reversed(got)]


def anchors(verb: Token, pattern: VerbPattern, before: Sequence[Token], after: Sequence[Token]) -> tuple[Anchor, ...]:
    """Where a matched pattern's ``$ + %`` markers sit in the sentence (doc indices), PETRARCH-style: a marker
    after literal words looks for the actor following them, one before the verb (or before a literal word that
    precedes the verb) for the actor preceding it."""
    if not pattern.markers:
        return ()
    b_spans = _spans_from_right(before, pattern.before) or []
    a_spans = _spans(after, pattern.after) or []
    out: list[Anchor] = []
    for m in pattern.markers:
        if m.side == "after":
            at = after[a_spans[m.index - 1][1] - 1].i + 1 if m.index and m.index <= len(a_spans) else verb.i + 1
            out.append(Anchor(m.kind, "after", at, m.skips))
        elif m.index < len(b_spans):  # "+ WAS *": the actor before the next literal word
            out.append(Anchor(m.kind, "before", before[b_spans[m.index][0]].i, m.skips))
        else:  # "% HAVE *" / "FREE + *": the last marker before the verb names the actor before it
            out.append(Anchor(m.kind, "before", verb.i, m.skips))
    return tuple(out)


def _lemma_fallback_ok(verb: Token) -> bool:
    """Read a form the dictionary does not list through its lemma only when it is an irregular form ("sought"),
    not a misspelt regular one ("departes" is no form of "depart")."""
    lem, low = verb.lemma_.lower(), verb.lower_
    if low in regular_forms(lem) or low in {lem + lem[-1:] + "ed", lem + lem[-1:] + "ing"}:
        return True  # regular, or with its final consonant doubled ("regretted", "committing")
    return not low.startswith(lem)


@dataclass
class UserLexicon:
    """User verb entries indexed by lower-case form, with the discard phrases."""

    entries: list[VerbEntry] = field(default_factory=list)
    discards: list[Discard] = field(default_factory=list)
    index: dict[str, list[tuple[VerbEntry, VerbForm]]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Sequence[Any], discards: Sequence[Any] = ()) -> UserLexicon:
        lex = cls(list(entries), list(discards))
        for entry in lex.entries:
            for form in entry.forms:
                for f in form.forms:
                    lex.index.setdefault(f, []).append((entry, form))
        for cands in lex.index.values():  # multi-word verbs first: they are more specific
            cands.sort(key=lambda c: -(len(c[1].before) + len(c[1].after)))
        return lex

    def covers(self, word: str) -> bool:
        return word.lower() in self.index

    def match(self, verb: Token, sent_start: int | None = None) -> VerbMatch | None:
        """The user coding of a verb token, or None when no user verb has this form."""
        # the surface form first: a block may list an inflected form of its own ("--- LEFT [032:033] ---")
        cands = self.index.get(verb.lower_) or (self.index.get(verb.lemma_.lower())
                                                 if _lemma_fallback_ok(verb) else None)
        if not cands:
            return None
        doc = verb.doc
        start = verb.sent.start if sent_start is None else sent_start
        before = [doc[i] for i in range(start, verb.i)]
        after = sorted((t for t in verb.subtree if t.i > verb.i), key=lambda t: t.i)
        fallback: VerbMatch | None = None
        best: tuple[VerbEntry, VerbPattern] | None = None
        for entry, form in cands:  # a verb may head several blocks: the best pattern of all of them wins
            if form.before and not _in_order(before, [((w,),) for w in form.before]):
                continue
            if form.after and not _in_order([doc[i] for i in range(verb.i + 1, verb.sent.end)],
                                             [((w,),) for w in form.after]):
                continue
            for pat in entry.patterns:
                if best is not None and pat.size <= best[1].size:
                    continue
                if _pattern_fits(verb, pat, before, after):
                    best = (entry, pat)
            if fallback is None:
                fallback = VerbMatch(entry, form.code if form.has_code else entry.code, None)
        if best is not None:
            return VerbMatch(best[0], best[1].code, best[1], anchors(verb, best[1], before, after))
        return fallback

    def discarded(self, tokens: Sequence[Token]) -> Discard | None:
        """The discard phrase the tokens contain, if any."""
        for d in self.discards:
            if _find(tokens, (d.words,), 0) is not None:
                return d
        return None


__all__ = [
    "Anchor", "Discard", "Marker", "UserLexicon", "VerbEntry", "VerbForm", "VerbMatch", "VerbPattern", "anchors",
    "load_discard_file", "load_verb_file", "parse_discards", "parse_verbs", "regular_forms",
]
