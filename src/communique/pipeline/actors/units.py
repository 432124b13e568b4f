"""Splitting an actor reference into the units resolved one by one: its conjuncts ("Armenia and Azerbaijan"), a
country word sharing a head noun with its siblings ("Hungarian" of "Senior Hungarian and Romanian officials"), and
the phrase's head. Pure reading of the parse: no knowledge-base rule decides anything here beyond "is a country"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon.words import word_set
from ...records import ActorRef
from .persons import ActorCtx, strip_det
from .sentence_context import EXCLUSION_CUES, excluding_cue


def _tokens(ctx: ActorCtx, start: int, end: int) -> Span | None:
    return ctx.sdoc.char_span(start - ctx.off, end - ctx.off, alignment_mode="expand")


def reference_units(ctx: ActorCtx, ref: ActorRef) -> list[tuple[list[Token], str, int, int]]:
    span = _tokens(ctx, ref.start, ref.end)
    if span is None or len(span) == 0:
        return []
    root = span.root
    if root.pos_ == "NOUN" and span.end - 1 == root.i and root.left_edge.i < span.start and \
            (len(span) == 1 or any(t.dep_ == "cc" and t.head.head.i == root.i
                                   for t in ctx.sdoc[root.left_edge.i : span.start])):
        # a bare head: take its premodifiers ("Senior Hungarian and Romanian officials" given as "officials" or as
        # "Romanian officials": the head's coordinated modifiers are part of the phrase)
        span = ctx.sdoc[root.left_edge.i : span.end]
    cue = next((t for t in span[1:] if t.dep_ == "prep" and excluding_cue(t)), None)
    if cue is not None:  # "Leaders of all member states except X": X is left out, not part of the party
        two_words = cue.lower_ not in EXCLUSION_CUES and span.start < cue.head.i < cue.i  # "apart from"
        cut = cue.head.i if two_words else cue.i
        while cut > span.start + 1 and (ctx.sdoc[cut - 1].is_punct or ctx.sdoc[cut - 1].dep_ == "det"
                                        or ctx.sdoc[cut - 1].lower_ == "with"):
            cut -= 1
        span = ctx.sdoc[span.start : cut]
    shared = _shared_head_unit(ctx, span)
    if shared is not None:  # "Hungarian" of "Senior Hungarian and Romanian officials" -> "Senior Hungarian officials"
        return [(shared, " ".join(t.text for t in shared), ref.start, ref.end)]
    if ctx.kb.country(strip_det(ref.text)) or ctx.kb.organization(strip_det(ref.text)):
        return [(list(span), span.text, ctx.off + span.start_char, ctx.off + span.end_char)]
    head = span.root
    heads = [head] + [c for c in head.conjuncts if span.start <= c.i < span.end]
    if len(heads) == 1:
        return [(list(span), span.text, ctx.off + span.start_char, ctx.off + span.end_char)]
    out = []
    conj_ids = {h.i for h in heads}
    for h in sorted(heads, key=lambda t: t.i):
        toks = _subtree_without_conj(h, conj_ids)
        toks = [t for t in toks if span.start <= t.i < span.end]
        while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
            toks.pop()
        if toks:
            out.append((toks, ctx.sdoc[toks[0].i : toks[-1].i + 1].text, ctx.off + toks[0].idx,
                        ctx.off + toks[-1].idx + len(toks[-1].text)))
    return out


_MODIFIER_DEPS = word_set("actors/resolve_modifier_deps")


def _shared_head_unit(ctx: ActorCtx, span: Span) -> list[Token] | None:
    """A reference that is one of several coordinated country words sharing a head noun outside it ("Hungarian" in
    "Senior Hungarian and Romanian officials", "French" in "French and Egyptian warships"): that word with the
    head and the head's other premodifiers, without the sibling conjuncts, so the head's sector is kept (rule
    "coordinated modifier + shared head"). Only for a country word (demonym or name) and a common-noun head."""
    if len(span) != 1:
        return None
    tok = span[0]
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in _MODIFIER_DEPS or (first is tok and not tok.conjuncts):
        return None
    head = first.head
    if head.pos_ != "NOUN" or span.start <= head.i < span.end or ctx.kb.country(tok.text) is None:
        return None
    mods = [t for c in head.children if c.i < head.i and c.i != first.i and c.dep_ not in ("det", "punct", "cc")
            for t in c.subtree]
    return sorted({tok, head, *mods}, key=lambda t: t.i)


def _subtree_without_conj(h: Token, conj_ids: set[int]) -> list[Token]:
    out = [h]
    for ch in h.children:
        if ch.i in conj_ids or ch.dep_ in ("cc", "conj", "preconj"):
            continue
        if ch.dep_ == "punct" and ch.i > h.i:
            continue
        out.extend(ch.subtree)
    return sorted(out, key=lambda t: t.i)


def whole_phrase(toks: list[Token]) -> list[Token]:
    """A unit with the rest of its noun phrase in the sentence (a reference may give only its head: "activists"
    of "human rights activists in X"), without the head's conjuncts, which are units of their own."""
    words = [t for t in toks if not t.is_punct]
    head = phrase_head(words)
    if head is None:
        return toks
    conj = {c.i for c in head.conjuncts}
    return sorted({*toks, *_subtree_without_conj(head, conj)}, key=lambda t: t.i)


def first_texts(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for code, text in pairs:
        seen.setdefault(code, text)
    return list(seen.items())


def phrase_head(words: list[Token]) -> Token | None:
    ids = {t.i for t in words}
    roots = [t for t in words if t.head.i not in ids or t.head.i == t.i]
    if len(roots) > 1 and roots[0].pos_ not in ("NOUN", "PROPN"):  # a unit built around a shared head
        nouns = [t for t in roots if t.pos_ in ("NOUN", "PROPN")]  # ("Egyptian" + "warships"): the noun
        return nouns[-1] if nouns else roots[0]
    return roots[0] if roots else None
