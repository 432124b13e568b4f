"""Text keys for knowledge-base lookups: accent folding, case, "the", possessives, punctuation."""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from ..lexicon.words import word_set

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_EDGE = re.compile(r"^[\s\"'(\[,;:]+|[\s\"')\],;:]+$")
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|s')$", re.I)


def _plain_quotes(text: str) -> str:
    """Curly quotes and dashes made plain; an ASCII text (most) has none, so it is not translated at all."""
    return text if text.isascii() else text.translate(_QUOTES)


@lru_cache(maxsize=1 << 16)  # pure and called for every token looked up: names repeat across an article
def fold(text: str) -> str:
    """Case- and accent-insensitive key: "the  Azərbaycan's" -> "azerbaycan"; "António Guterres" -> "antonio guterres"."""
    t = unidecode(_plain_quotes(text)).replace("_", " ")
    t = _SPACE.sub(" ", t).strip()
    t = _EDGE.sub("", t)
    t = _ARTICLE.sub("", t)
    t = _POSSESSIVE.sub("", t) if len(t) > 3 else t
    t = t.rstrip(".") if t.count(".") == 1 else t  # "Jr." -> "Jr", but keep "U.S."
    return t.lower()


def exact_key(text: str) -> str:
    """Case-sensitive key for acronyms that collide with common words ("US" vs "us", "WHO" vs "who")."""
    t = _SPACE.sub(" ", unidecode(_plain_quotes(text))).strip()
    t = _EDGE.sub("", t)
    t = _ARTICLE.sub("", t)
    return _POSSESSIVE.sub("", t) if len(t) > 4 else t


def is_acronym(alias: str) -> bool:
    """All-capital short forms without dots are matched case-sensitively ("US", "UN", "WHO", "AU")."""
    core = alias.replace("-", "").replace("+", "")
    return core.isalpha() and core.isupper() and len(core) <= 6


_TOKEN_GAP = re.compile(r"[\s,;:()\"]+")


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN_GAP.split(fold(text)) if t]


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_NAME_SUFFIXES = word_set("actors/kb_normalize_name_suffixes")


#: A two-part given name romanised with a hyphen and a lower-case second part ("Teng-hui", "Dae-jung", "Ki-moon"):
#: written after the surname, as Chinese and Korean names are ("Lee Teng-hui", "Kim Dae-jung"); wire copy also
#: capitalises the second syllable ("Kye-Gwan", "Jong-Il"): two short syllables, the first no surname particle
#: ("Al-Sadr", "Ould-Taya" are surnames; "Ramos-Horta", "Boutros-Ghali" are too long for syllables).
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_HYPHENATED_SYLLABLES = re.compile(r"^([A-Z][a-z]{1,4})-[A-Z][a-z]{1,3}$")
_HYPHEN_PARTICLES = word_set("actors/kb_normalize_hyphen_particles")
#: A hyphen the wire split from its second part ("Ki- moon"): joined again before a name is read.
_BROKEN_HYPHEN = re.compile(r"(?<=[A-Za-z])- (?=[a-z])")


def join_broken_hyphens(name: str) -> str:
    """"Ban Ki- moon" -> "Ban Ki-moon" (a line-break hyphen of wire copy)."""
    return _BROKEN_HYPHEN.sub("-", name) if "- " in name else name


def surname_first(name: str) -> bool:
    """A name of a surname then a hyphenated two-part given name ("Lee Teng-hui", "Roh Moo-hyun", "Kim Kye-Gwan")."""
    toks = join_broken_hyphens(name).split()
    if len(toks) != 2 or not toks[0][:1].isupper():
        return False
    if _HYPHENATED_GIVEN.match(toks[1]):
        return True
    m = _HYPHENATED_SYLLABLES.match(toks[1])
    return m is not None and m.group(1).lower() not in _HYPHEN_PARTICLES


def surname_key(name: str) -> str:
    toks = [t for t in fold(join_broken_hyphens(name)).replace(",", " ").split() if t not in _NAME_SUFFIXES]
    if toks and surname_first(name.strip()):
        return toks[0]
    return toks[-1] if toks else ""
