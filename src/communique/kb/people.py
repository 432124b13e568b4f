"""People in the knowledge base: office holders over time, names and surnames (bundled table or user
entries), fuzzy surname matching."""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz, process

from .entries import PersonEntry, Position
from .normalize import fold, surname_first, surname_key
from .tables import Bucket, _add, _index_person

# Arabic articles a surname may be listed with ("al-Assad"), tried when the bare surname has no entry
ARTICLE_PREFIXES: tuple[str, ...] = ("al-", "el-")
FUZZY_SURNAME_CUTOFF = 85.0


def _active(pos: Position, on: str | None, inclusive_end: bool = False) -> bool:
    if on is None:  # "now": open-ended holdings not capped by a source's last update
        return pos.end is None and pos.known_until is None
    day = on[:10]
    if len(day) == 4:
        day += "-07-01"
    elif len(day) == 7:
        day += "-15"
    if pos.start and day < pos.start:
        return False
    if pos.end:
        return day <= pos.end if inclusive_end else day < pos.end
    return pos.known_until is None or day <= pos.known_until


class _PeopleLayer:
    """People with their name, surname and office keys (bundled table or user entries)."""

    def __init__(self, get: Callable[[int], PersonEntry], size: int, names: Bucket, surnames: Bucket,
                 offices: Bucket) -> None:
        self.get, self.size, self.names, self.surnames, self.offices = get, size, names, surnames, offices
        self._near: dict[tuple[int, float], list[str]] = {}  # surnames by the query lengths they can match

    @classmethod
    def from_entries(cls, people: list[PersonEntry]) -> _PeopleLayer:
        names: Bucket = {}
        surnames: Bucket = {}
        offices: Bucket = {}
        for i, p in enumerate(people):
            _index_person(names, surnames, p.name, p.aliases, i)
            for pos in p.positions:
                _add(offices, f"{pos.org or pos.country}|{fold(pos.role)}", i)
                if pos.org and pos.country:
                    _add(offices, f"{pos.country}|{fold(pos.role)}", i)
        return cls(people.__getitem__, len(people), names, surnames, offices)

    def holders(self, keys: list[str], org: str | None, role: str, on: str | None, inclusive: bool) -> list[PersonEntry]:
        want = fold(role)
        seen: set[int] = set()
        out: list[PersonEntry] = []
        for key in keys:
            for i in self.offices.get(key, []):
                if i in seen:
                    continue
                seen.add(i)
                p = self.get(i)
                for pos in p.positions:
                    if fold(pos.role) != want or (org is not None and pos.org not in (org, None)):
                        continue
                    if _active(pos, on, inclusive):
                        out.append(p)
                        break
        return out

    def named(self, name: str) -> list[PersonEntry]:
        key = fold(name)
        if not key:
            return []
        hit = self.names.get(key)
        toks = key.replace("-", " ").split()
        if len(toks) == 1:  # a lone name: whoever is recorded so (a source listing surnames only) and whoever bears
            # it as a surname ("Obasanjo" of 1976 and "Olusegun Obasanjo" of 1999); the date chooses among them
            return [self.get(i) for i in dict.fromkeys([*(hit or []), *self._surname_hits(key)])]
        if hit:
            return [self.get(i) for i in hit]
        # "Recep Erdogan", "J. Bayramov": same surname and the other tokens compatible with the full name
        out = []
        given = toks[1:] if surname_first(name) else toks[:-1]  # "Kim Jong-pil": both syllables are given
        for i in self._surname_hits(surname_key(name)):
            p = self.get(i)
            full = fold(p.name).replace("-", " ").split()
            if all(any(f == t or (len(t.rstrip(".")) == 1 and f.startswith(t.rstrip("."))) for f in full)
                   for t in given):
                out.append(p)
        return out

    def _surname_hits(self, key: str) -> list[int]:
        """Indices for a surname key; "Assad" also finds the article-prefixed "al-Assad"."""
        hit = self.surnames.get(key)
        if hit or "-" in key:
            return hit or []
        for prefix in ARTICLE_PREFIXES:
            hit = self.surnames.get(prefix + key)
            if hit:
                return hit
        return []

    def _near_length(self, n: int, cutoff: float) -> list[str]:
        """The surnames whose length lets ``fuzz.ratio`` reach ``cutoff`` against a word of n letters, in the table's
        order: the ratio is at most 200 * min(n, m) / (n + m), so no other can match (rapidfuzz scores the rest, the
        same matches in the same order, without a pass over every surname). Built once per length."""
        got = self._near.get((n, cutoff))
        if got is None:
            got = self._near[(n, cutoff)] = [s for s in self.surnames
                                             if 200 * min(n, len(s)) / (n + len(s)) >= cutoff - 1]
        return got

    def like(self, name: str, cutoff: float = FUZZY_SURNAME_CUTOFF) -> list[PersonEntry]:
        """People whose surname is a near spelling of the name's ("Bouteflicka" ~ "Bouteflika"), with a
        compatible given name when both have one; surnames shorter than 5 letters are never guessed."""
        sur = surname_key(name)
        if len(sur) < 5:
            return []
        given = fold(name).replace("-", " ").split()[:-1]
        out = []
        for key, _score, _ in process.extract(sur, self._near_length(len(sur), cutoff), scorer=fuzz.ratio,
                                              score_cutoff=cutoff, limit=8):
            for i in self.surnames[key]:
                p = self.get(i)
                full = fold(p.name).replace("-", " ").split()
                if not given or len(full) == 1 or any(fuzz.ratio(g, f) >= cutoff for g in given for f in full[:-1]):
                    out.append(p)
        return out

