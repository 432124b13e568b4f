"""Word lists and cue tables kept as data, not code: ``lexicon/data/words/<stage>/<name>.txt``.

One loader per kind of table, each cached once per process (as spaCy keeps ``lang/en/`` data apart from its
components):

- :func:`word_set` ("actors/group_pronouns"): one entry per line -> ``frozenset``;
- :func:`word_list`: the same file shape, order kept (for tables whose order matters: first match wins);
- :func:`word_map`: ``key<TAB>value`` per line -> ``dict``;
- :func:`word_table`: tab-separated rows of a fixed width -> ``tuple`` of ``tuple`` rows, order kept (for tables
  whose rows carry several values: ``head<TAB>kind<TAB>sector``).

Blank lines and lines starting with ``#`` are comments; entries keep their case and inner spaces. A newcomer
adds a cue word by adding a line to the file the module names; ``docs/ARCHITECTURE.md`` lists the tables.
"""

from __future__ import annotations

import functools
from importlib import resources

from ..errors import CommuniqueError

DATA_PACKAGE = "communique.lexicon"


class WordTableError(CommuniqueError):
    """A word table is missing or malformed."""


def _lines(name: str) -> list[str]:
    try:
        text = resources.files(DATA_PACKAGE).joinpath("data", "words", f"{name}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WordTableError(f"no word table {name!r}",
                             fix=f"Add src/communique/lexicon/data/words/{name}.txt") from None
    out = []
    for line in text.splitlines():
        line = line.rstrip("\n\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line.strip())
    return out


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of table ``name`` in file order."""
    return tuple(_lines(name))


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """The entries of table ``name`` as a set."""
    return frozenset(_lines(name))


@functools.cache
def word_map(name: str) -> dict[str, str]:
    """Table ``name`` of ``key<TAB>value`` lines as a dict (a later line replaces an earlier key). Callers must
    not mutate the result (it is shared)."""
    out: dict[str, str] = {}
    for n, line in enumerate(_lines(name), 1):
        key, sep, value = line.partition("\t")
        if not sep:
            raise WordTableError(f"word table {name!r}, entry {n}: expected key<TAB>value, got {line!r}",
                                 fix="Separate key and value with one tab")
        out[key.strip()] = value.strip()
    return out


@functools.cache
def word_table(name: str, width: int) -> tuple[tuple[str, ...], ...]:
    """Table ``name`` of tab-separated rows, each of exactly ``width`` cells (stripped), in file order."""
    out = []
    for n, line in enumerate(_lines(name), 1):
        cells = tuple(c.strip() for c in line.split("\t"))
        if len(cells) != width:
            raise WordTableError(f"word table {name!r}, entry {n}: expected {width} tab-separated cells, got {line!r}",
                                 fix="Separate the cells with one tab each")
        out.append(cells)
    return tuple(out)


__all__ = ["WordTableError", "word_list", "word_map", "word_set", "word_table"]
