"""Small walks over the dependency tree shared by the event rules."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token


def main_clause_of_participle(clause: Token) -> Token | None:
    """"A bomb exploded near the building where X will meet, killing two people": a participle after a comma that
    the parser hangs on a relative clause's verb adjoins the main clause; its verb, or None."""
    head = clause.head
    if not (clause.dep_ == "advcl" and clause.tag_ == "VBG" and head.dep_ == "relcl" and clause.i > 0
            and clause.nbor(-1).lower_ == ","):
        return None
    return next((a for a in ancestors(head.head, 4) if a.pos_ in {"VERB", "AUX"}), None)


def ancestors(tok: Token, limit: int) -> Iterator[Token]:
    """The token's heads, nearest first, at most ``limit`` of them (stops at the root)."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            return
        cur = cur.head
        yield cur
