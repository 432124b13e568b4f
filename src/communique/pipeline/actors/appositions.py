"""The appositive phrases around a person's name, read as titles by :mod:`.coref_mentions`: "The UN
Secretary-General, António Guterres," and "Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of
Azerbaijan,"."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

__all__ = ["TITLE_TOKENS", "appositions"]

# The most tokens of a title phrase read (the ones nearest the name): a title is a few words (at most 30 tokens over
# 185 ordinary news documents), and a cap keeps the work per mention bounded when a parse makes a whole run-on
# "sentence" of thousands of tokens one apposition (issue 13: cost per article linear in its length).
TITLE_TOKENS = 48


def appositions(root: Token, span: Span) -> tuple[list[Token], list[Token]]:
    """Left and right appositive phrases of a name: "The UN Secretary-General, António Guterres," and
    "Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan,". Each is cut to its TITLE_TOKENS
    tokens nearest the name."""
    left: list[Token] = []
    right: list[Token] = []
    if root.dep_ == "appos" and root.head.i < span.start:
        h = root.head
        begin = max(h.left_edge.i, span.start - TITLE_TOKENS)
        left = [t for t in h.doc[begin : span.start] if t.dep_ not in ("cc", "conj")]
        while left and left[-1].is_punct:
            left.pop()
    for child in root.children:  # "King Hassan of Morocco"
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == span.end:
            right = [t for t in islice(child.subtree, TITLE_TOKENS) if t.dep_ not in ("cc", "conj")]
    after = _hyphen_joined([c for c in root.children if c.dep_ == "appos" and c.i >= span.end])
    if after:
        cut: list[Token] = []
        for t in islice((t for c in after for t in c.subtree), TITLE_TOKENS):
            if t.text in (",", ";", "(", ")") and t.i > after[0].i:
                break
            cut.append(t)
        right = cut
    return left, right


def _hyphen_joined(appositions: list[Token]) -> list[Token]:
    """The first apposition, with the ones a hyphen joins to it: "vice-chairman of X" parsed as three appositions
    "vice", "-" and "chairman of X" is one title."""
    if not appositions:
        return []
    group = [appositions[0]]
    for c in appositions[1:]:
        joint = c.doc[group[-1].right_edge.i]
        if c.left_edge.i != group[-1].right_edge.i + 1 or not (joint.text == "-" or c.left_edge.text == "-"):
            break
        group.append(c)
    return group
