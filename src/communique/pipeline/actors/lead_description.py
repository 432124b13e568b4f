"""Wire leads describe their actor and name them later ("A Ruritanian opposition leader on Friday called for ...",
then "Opposition leader Karl Brandt told reporters ..."): the description in the first sentence is that person
(coreference rule ``coref:lead-description``), who takes the description's country when the text gave none.

Only an indefinite description that is the active subject of the first sentence (not "A senior general was
killed"), that names no former holder ("A former prime minister"), whose role is the very role of exactly one
person first named after it ("A minister" is not "Prime Minister X"), and whose other capitalised words are among
that person's own ("A Republican senator" is not "Democratic Senator X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .names import INDEFINITE, fold_ascii_lower
from .sentence_context import FORMER_CUES

if TYPE_CHECKING:
    from .coref import DocPeople, PersonMention


def _lead_subject(m: PersonMention, span: Span | None) -> bool:
    """An unlinked role description that is the active subject of the story's first sentence and names no former
    holder ("A former prime minister")."""
    return (span is not None and m.kind == "description" and m.sent == 0 and m.cluster is None
            and m.title.role is not None and span.root.dep_ == "nsubj"
            and not any(tok.lower_ in FORMER_CUES or tok.lower_.startswith("ex-") for tok in span))


def _candidate(people: DocPeople, mi: int, spans: list[Span | None]) -> int | None:
    m, span = people.mentions[mi], spans[mi]
    t = m.title
    if span is None or t.role is None or not _lead_subject(m, span) or span[0].lower_ not in INDEFINITE:
        return None
    own = {fold_ascii_lower(w.text) for w in span[1:] if w.text[:1].isupper()} - {
        fold_ascii_lower(w) for w in (t.country_text or "").split()}
    fits = []
    for c in people.clusters:
        if c.role is None or c.role.role != t.role.role or c.parts is None or t.country not in (None, c.country or t.country):
            continue
        if min(people.mentions[k].start for k in c.mentions) > m.end and own <= _words_of(c.mentions, spans):
            fits.append(c.idx)
    return fits[0] if len(fits) == 1 else None


def _words_of(mentions: list[int], spans: list[Span | None]) -> set[str]:
    """The words of a person's names and of the few words before each (their titles: "Democratic Senator")."""
    out: set[str] = set()
    for k in mentions:
        sp = spans[k]
        if sp is not None:
            out |= {fold_ascii_lower(w.text) for w in sp.doc[max(sp.sent.start, sp.start - 6):sp.end]}
    return out


def _named_next(people: DocPeople, mi: int, spans: list[Span | None]) -> int | None:
    """"Japan's consul general here called on China ... . Hideaki Ueda called on Beijing ...": a definite
    description, the lead's only one and the active subject of its first sentence, is the person the next sentence
    names as the subject of a verb of the same lemma, with no title of their own (none anywhere in the story),
    first named there, of no other country."""
    m, span = people.mentions[mi], spans[mi]
    if span is None or not _lead_subject(m, span) or span[0].lower_ in INDEFINITE:
        return None
    if sum(1 for o in people.mentions if o.sent == 0 and o.kind == "description" and o.title.role is not None) != 1:
        return None
    named = [k for k, o in enumerate(people.mentions)
             if o.sent == 1 and o.kind == "name" and o.subject and o.cluster is not None]
    subject = spans[named[0]] if named else None
    o = people.mentions[named[0]] if named else None
    if subject is None or o is None or o.cluster is None or not _same_act(span, subject):
        return None
    c = people.clusters[o.cluster]
    t = m.title
    first = min(people.mentions[k].start for k in c.mentions)
    if c.role is not None or first != o.start or c.country not in (None, t.country or c.country):
        return None
    return c.idx


def _same_act(described: Span, named: Span) -> bool:
    """The named subject does what the description did ("called on China ... . X called on Beijing"): both the
    subjects of verbs of one lemma. Another verb is most often another person's answer ("X rejected the charge")."""
    a, b = described.root.head, named.root.head
    return a.pos_ in ("VERB", "AUX") and b.pos_ in ("VERB", "AUX") and a.lemma_.lower() == b.lemma_.lower()


def link_lead_descriptions(people: DocPeople, spans: list[Span | None]) -> None:
    """Join each lead description to the person it names (``spans``: each mention's span, in mention order)."""
    for mi, m in enumerate(people.mentions):
        ci = _candidate(people, mi, spans)
        if ci is None:
            ci = _named_next(people, mi, spans)
        if ci is None:
            continue
        c = people.clusters[ci]
        m.cluster, m.rule = ci, f"coref:lead-description '{m.text}'->{c.display}"
        c.mentions.append(mi)
        c.absorb_title(m.title)
