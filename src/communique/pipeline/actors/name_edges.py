"""Where a person's name begins and ends when the tagger cut it or ran it into a title: a surname left out
("Aldo | Verrani flew"), a given name left out after a title ("Prime Minister Inder | Kumar Gujral"), lowercase
particles ("Jose Eduardo | dos | Santos"), and a title run read as a name ("Deputy | Foreign Minister | Aziz Pahad")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import KnowledgeBase
from ...lexicon.words import word_set
from .names import BODY_WORDS, HONORIFICS, INSTITUTION_WORDS, SURNAME_PARTICLES, fold_ascii_lower, lookup_role

#: Portfolios and words of a title that are no name ("Treasury", "Elect", "Major"): the title's, never the name's.
TITLE_WORDS = word_set("actors/department_words") | word_set("actors/title_tail_words")


def plain_word(tok: Token, kb: KnowledgeBase) -> bool:
    """A capitalised word that is not a title, honorific, country or organisation (may be part of a name)."""
    return (
        tok.is_alpha and tok.text[:1].isupper() and fold_ascii_lower(tok.text) not in HONORIFICS
        and lookup_role(kb, tok.text) is None and kb.country(tok.text) is None and kb.organization(tok.text) is None
    )


def with_cut_surname(sdoc: Doc, e: int, kb: KnowledgeBase) -> int:
    """The end of a person name the tagger cut before its surname: "Aldo | Verrani flew", "Aung San | Suu Kyi", where
    the entity's last word is a compound of an untagged capitalised word at most three words on, the name's head,
    with only such words between."""
    while e < len(sdoc) and sdoc[e - 1].dep_ == "compound" and e <= sdoc[e - 1].head.i < e + 3:
        head = sdoc[e - 1].head.i
        if not all(sdoc[k].pos_ == "PROPN" and sdoc[k].ent_type_ == "" and plain_word(sdoc[k], kb)
                   for k in range(e, head + 1)):
            break
        e = head + 1
    return e


def with_cut_given_name(sdoc: Doc, s: int, kb: KnowledgeBase) -> int:
    """The start of a person name the tagger cut after its given name: "Prime Minister Inder | Kumar Gujral", one
    untagged capitalised word between a title (or honorific) and the name."""
    if s < 2:
        return s
    given, before = sdoc[s - 1], sdoc[s - 2]
    if given.pos_ != "PROPN" or given.ent_type_ != "" or not plain_word(given, kb) or given.text.isupper() \
            or given.lower_ in TITLE_WORDS:
        return s  # "Secretary [Treasury] Robert Rubin", "Chairman [PPP] X", "Mayor [Elect] X", "spokesman [Major] X"
    titled = lookup_role(kb, before.text) is not None or fold_ascii_lower(before.text) in HONORIFICS
    return s - 1 if titled else s


def title_run(sdoc: Doc, i: int, j: int, kb: KnowledgeBase) -> bool:
    """Capitalised words after a title word that are themselves a title ("Deputy [Foreign Minister]"), end in an
    honorific ("Prime Minister [Sir] Julius Chan", "Deputy [Prime Minister Sir] X") or are a portfolio or a rank
    ("Secretary [Treasury]", "spokesman [Major] X"), no name."""
    return (lookup_role(kb, sdoc[j - 1].text) is not None or lookup_role(kb, sdoc[i:j].text) is not None
            or fold_ascii_lower(sdoc[i].text) in HONORIFICS or fold_ascii_lower(sdoc[j - 1].text) in HONORIFICS
            or all(t.lower_ in TITLE_WORDS or t.text.isupper() for t in sdoc[i:j]))


def _particle(tok: Token) -> bool:
    return (tok.text.islower() or bool(tok.is_sent_start)) and tok.lower_ in SURNAME_PARTICLES


def _capital_name(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON")


def with_particles(sdoc: Doc, s: int, e: int) -> tuple[int, int]:
    """A person name widened over its lowercase surname particles, which the tagger often leaves out or splits the
    name at ("Jose Eduardo | dos | Santos", "Jan van | der | Berg"): a particle run followed by a capitalised name
    joins it to the name; a particle run right before the name ("dos Santos") starts it."""
    while True:
        j = e
        while j < len(sdoc) and _particle(sdoc[j]):
            j += 1
        if (j == e and not _particle(sdoc[e - 1])) or j >= len(sdoc) or not _capital_name(sdoc[j]):
            break
        e = j + 1
        while e < len(sdoc) and _capital_name(sdoc[e]) and sdoc[e].ent_type_ in ("", "PERSON"):
            e += 1
    while s > 0 and _particle(sdoc[s - 1]):
        s -= 1
    return s, e


_ORG_DETS = frozenset({"the"})
_UNIT_WORDS = BODY_WORDS | INSTITUTION_WORDS | word_set("actors/body_unit_words")


def name_after_body(sdoc: Doc, ent_start: int, ent_end: int, kb: KnowledgeBase) -> int | None:
    """Where a person's name begins inside an organisation entity that runs on past a body the KB knows into two or
    three capitalised words, right after a role word and its preposition ("Ambassador to [the UN Wang Guangya]",
    "chief of [the IAEA Mohamed ElBaradei]"), else None. The tagger reads the name as part of the body."""
    if ent_start < 2 or lookup_role(kb, sdoc[ent_start - 2].text) is None or sdoc[ent_start - 1].pos_ != "ADP":
        return None
    for k in range(ent_end - 2, max(ent_start, ent_end - 3) - 1, -1):
        body = [t for t in sdoc[ent_start:k] if t.lower_ not in _ORG_DETS]
        name = sdoc[k:ent_end]
        if not body or kb.organization(" ".join(t.text for t in body)) is None:
            continue
        if all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and lookup_role(kb, t.text) is None
               and kb.country(t.text) is None and t.lower_ not in _UNIT_WORDS for t in name) \
                and kb.organization(name.text) is None:
            return k
    return None
