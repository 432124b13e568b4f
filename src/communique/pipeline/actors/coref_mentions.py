"""Mention finding for within-document coreference: person names in the parse (PERSON entities cleaned of titles,
title + capitalised name patterns, other occurrences of surnames and lone given names already found), role
descriptions ("the minister", "his Armenian counterpart"), the title phrases around them (premodifiers, appositions,
"of"-phrases) read into ``TitleInfo``, quotation spans and honorific gender. ``coref`` clusters what this finds.

All offsets are document offsets (``document.body_start + token.idx``) unless a function says otherwise.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...kb import KnowledgeBase, OrgEntry
from ...kb.base import big_place
from ...lexicon.words import word_set
from ..nlp import doc_text, entities, noun_chunks, parsed_text, token_starts, tokens_with_pos
from .appositions import TITLE_TOKENS
from .name_edges import (
    TITLE_WORDS,
    name_after_body,
    plain_word,
    title_run,
    with_cut_given_name,
    with_cut_surname,
    with_particles,
)
from .names import (
    BODY_WORDS,
    COLLECTIVE_SECTORS,
    HONORIFICS,
    INDEFINITE,
    INSTITUTION_WORDS,
    PATRONYMIC_MARKERS,
    RELATIONAL_ROLES,
    SURNAME_PARTICLES,
    RoleInfo,
    backer_suffix,
    fold_ascii_lower,
    lookup_role,
    name_tail,
    split_name,
    stance_prefix,
)

_LOCATIVE = word_set("actors/coref_mentions_locative")
_WORLD_REGIONS = word_set("actors/coref_mentions_world_regions")
_BIG_CITY = 500_000  # a one-word name of a capital or a city this big is read as the place, not a person


@dataclass
class TitleInfo:
    """What a title phrase says about a person: role, country (ISO3 or pseudo-country), the organisation."""

    role: RoleInfo | None = None
    country: str | None = None
    country_text: str | None = None
    countries: list[tuple[str, str]] = field(default_factory=list)  # every (code, text) found, in order
    org: OrgEntry | None = None
    relational: str | None = None  # "counterpart", "interlocutor"
    possessive: int | None = None  # doc offset of "his"/"her" in the phrase
    rule: str = ""

    def empty(self) -> bool:
        return self.role is None and self.country is None and self.relational is None


def _low(tok: Token) -> str:
    return tok.lower_.replace("\u2019", "'")


# --- reading titles --------------------------------------------------------------------------------------------------


_EDGE_WORDS = ("of", "the", "'s", "-", ",")  # no title span starts or ends with one


class _TitleWindows:
    """The spans of up to seven tokens a title scan tries at each position, longest first, with their texts; the
    tokens' words and offsets are read once (not once per span tried)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.text = parsed_text(tokens[0].doc) if tokens else ""
        self.edge = [_low(t) in _EDGE_WORDS for t in tokens]
        breaks = 0
        self.breaks = [0]  # punctuation other than "-", "." and "'" among the first k tokens
        for t in tokens:
            breaks += t.is_punct and t.text not in "-.'"
            self.breaks.append(breaks)
        self.start = [t.idx for t in tokens]
        self.end = [t.idx + len(t.text) for t in tokens]
        self.index = [t.i for t in tokens]

    def spans(self, i: int) -> list[tuple[int, str]]:
        """(end, text) of the spans starting at token i: as ``doc[first.i : last.i + 1].text``."""
        out = []
        for j in range(min(len(self.start), i + 7), i, -1):
            if self.edge[i] or self.edge[j - 1] or self.breaks[j] != self.breaks[i]:
                continue
            out.append((j, self.text[self.start[i]:self.end[j - 1]] if self.index[j - 1] >= self.index[i] else ""))
        return out


def _span_lookup(kb: KnowledgeBase, text: str) -> tuple[Any, Any, OrgEntry | None]:
    seat = kb.metonym(text) if text[:1].isupper() else None  # "State Department spokesman": the state's
    country = kb.country(text) or (seat[0] if seat else None)
    return country, kb.breakaway_region(text) or kb.breakaway_demonym(text), kb.organization(text)


def _span_entries(kb: KnowledgeBase, text: str) -> tuple[Any, Any, OrgEntry | None]:
    """The country, breakaway region and organisation a title span names, remembered by the knowledge base (a
    title scan asks them for every span it tries, and the same words come back in every article)."""
    found: tuple[Any, Any, OrgEntry | None] = kb.memo("title-span", text, partial(_span_lookup, kb))
    return found


def read_title(tokens: list[Token], kb: KnowledgeBase, off: int, rule: str) -> TitleInfo:
    """Scan a title phrase for the longest role, country and organisation expressions (greedy, left to right);
    only its first TITLE_TOKENS tokens are read."""
    info = TitleInfo(rule=rule)
    tokens = tokens[:TITLE_TOKENS]
    i, n = 0, len(tokens)
    windows = _TitleWindows(tokens)
    role_end = -1  # index after the last role span read
    while i < n:
        tok = tokens[i]
        if tok.lower_ in ("his", "her") and info.possessive is None:
            info.possessive = off + tok.idx
        if tok.lower_ in RELATIONAL_ROLES:
            info.relational = tok.lower_
        matched = 0
        spans = windows.spans(i)
        # places and organisations first ("U.S. Secretary of State": U.S. + Secretary of State), then roles
        for j, text in spans:
            if j - i > 1 and text.lower() in _WORLD_REGIONS:  # "Latin American nations": no USA in them
                matched = j - i
                break
            country, region, org = _span_entries(kb, text)
            if country is not None and (stance_prefix(tokens, i) or backer_suffix(tokens, j)):
                # "pro-Iranian", "anti-Syrian", "Iranian-backed": a side taken or a backer, not the party's own
                matched = j - i
                break
            if country is not None:
                info.countries.append((country.iso3, text))
                if info.country is None:
                    info.country, info.country_text = country.iso3, text
                matched = j - i
                break
            if region is not None and text[:1].isupper():  # "Somaliland President", "Transnistrian leader":
                info.countries.append((region.iso3, text))  # coded with the state it belongs to (Phoenix)
                if info.country is None:
                    info.country, info.country_text = region.iso3, text
                matched = j - i
                break
            place = kb.place(text) if i > 0 and _low(tokens[i - 1]) in _LOCATIVE else None
            if place is not None and place.country:  # "police in Brussels": the city, not the EU seated there;
                matched = j - i  # its country is read later with the sentence's context (actor_context)
                break
            if org is not None and (j - i > 1 or text[:1].isupper()) and not (j - i == 1 and name_tail(kb, tokens, i)):
                if info.org is None:
                    info.org = org
                    if info.country is None:
                        info.country, info.country_text = org.country or org.code, text
                matched = j - i
                break
        if not matched:
            for j, text in spans:
                role = lookup_role(kb, text)
                if role is not None:
                    at_head = j == n or tokens[j].pos_ == "PROPN"  # the title's last word, or before a name
                    if role_end == i and _low(tokens[i - 1]) in _RANK_WORDS:  # "deputy spokesman": a spokesman's
                        role = RoleInfo(f"{tokens[i - 1].text.capitalize()} {role.role}", role.sector, role.source)
                        info.role = None  # sector, in an office of its own (not the spokesman, nor the president)
                    if info.role is None or (role_end == i and at_head and _head_wins(info.role, role)):
                        info.role = role  # "civilian refugees": the head noun's sector beats its modifier's
                    head = _head_role(kb, tokens[j - 1]) if at_head and j - i > 1 else None
                    if head is not None and info.role is role and _head_wins(role, head):
                        info.role = head  # "the opposition newspaper" -> JRN (head beats the compiled phrase)
                    matched, role_end = j - i, j
                    break
        i += max(1, matched)
    return info


# Sectors a head noun names on its own that a modifying role word does not change ("opposition newspaper" is a
# newspaper, "civilian refugees" are refugees); generic heads (leader, official, forces, people, party) take the
# modifier's sector instead ("rebel leader", "opposition party").
_SPECIFIC_HEAD_SECTORS = word_set("actors/coref_mentions_specific_head_sectors")
# Modifiers that say whose side a thing is on, not what it is ("opposition", "government", "civilian", "Muslim");
# an institutional modifier keeps its sector ("military police" is MIL in Phoenix and in PLOVER).
_AFFILIATION_SECTORS = word_set("actors/coref_mentions_affiliation_sectors")
# Role words that, right before another role, make an office of their own with its sector ("deputy spokesman": GOV,
# not a lawmaker, and not the spokesman himself; "deputy president": not the president).
_RANK_WORDS = word_set("actors/coref_mentions_rank_words")


def _head_wins(modifier: RoleInfo, head: RoleInfo) -> bool:
    return head.sector in _SPECIFIC_HEAD_SECTORS and head.sector != modifier.sector \
        and modifier.sector in _AFFILIATION_SECTORS


def _head_role(kb: KnowledgeBase, tok: Token) -> RoleInfo | None:
    return lookup_role(kb, tok.text) if tok.pos_ == "NOUN" else None


def _merge_titles(*titles: TitleInfo) -> TitleInfo:
    out = TitleInfo()
    for t in titles:
        if t.role is not None and out.role is None:
            out.role, out.rule = t.role, t.rule
        if t.country is not None and out.country is None:
            out.country, out.country_text = t.country, t.country_text
            out.rule = out.rule or t.rule
        out.org = out.org or t.org
        out.relational = out.relational or t.relational
        out.possessive = out.possessive if out.possessive is not None else t.possessive
    if not out.rule:
        out.rule = next((t.rule for t in titles if not t.empty()), "")
    return out


_WINDOW_POS = word_set("actors/coref_mentions_window_pos")


_TITLE_MODIFIERS = word_set("actors/coref_mentions_title_modifiers")
_POSTED_ROLES = word_set("actors/posted_roles")


# Participles and adjectives that may stand between a title and the country or possessor before it ("Jordan's
# visiting King", "Syria's ailing President").
_PASSING_WORDS = word_set("actors/coref_mentions_passing_words")


def _left_window(sdoc: Doc, start_i: int, sent_start: int, name_tokens: set[int], kb: KnowledgeBase) -> list[Token]:
    """Title words right before a name ("Azerbaijani Foreign Minister", "his counterpart"); stops at others."""
    toks: list[Token] = []
    i = start_i - 1
    while i >= sent_start and len(toks) < 9:
        t = sdoc[i]
        if i in name_tokens:
            break
        if t.lower_ in ("his", "her"):
            toks.append(t)
            break
        if t.lower_ == "to" and toks and i - 1 >= sent_start and sdoc[i - 1].lower_ in _POSTED_ROLES:
            toks = []  # "U.S. Ambassador [to Japan] X": the posting; the person's own country comes before
            i -= 1
            continue
        if t.lower_ in _PASSING_WORDS and toks:  # "Spain's visiting King Felipe VI": the title goes on
            toks.append(t)
            i -= 1
            continue
        if t.text == ")" and toks and i - 2 >= sent_start and sdoc[i - 2].text == "(" and sdoc[i - 1].pos_ == "PROPN":
            toks.append(sdoc[i - 1])  # "... for Refugees (UNHCR) spokesman X": the acronym names the body
            break
        if t.pos_ in _WINDOW_POS or _low(t) in ("of", "the", "-", "'s"):
            if t.pos_ in ("NOUN", "ADJ") and not t.text[:1].isupper() and fold_ascii_lower(t.text) in HONORIFICS:
                break
            if t.pos_ in ("NOUN", "ADJ") and not t.text[:1].isupper() and not (
                t.lower_ in _TITLE_MODIFIERS or t.lower_ in RELATIONAL_ROLES or lookup_role(kb, t.text) is not None
                or kb.country(t.text) is not None
                or (toks and lookup_role(kb, f"{t.text} {toks[-1].text}") is not None)
            ):
                break
            toks.append(t)
            i -= 1
            continue
        break
    toks.reverse()
    while toks and _low(toks[0]) in ("of", "-", "'s"):
        toks.pop(0)
    return toks


# --- building the mention list ---------------------------------------------------------------------------------------


def _name_spans(sdoc: Doc, kb: KnowledgeBase) -> list[Span]:
    """PERSON entities trimmed of titles, demonyms and role words; plus capitalised names right after a title."""
    spans: list[Span] = []
    taken: set[int] = set()
    ents = entities(sdoc)  # built by walking every token: read once per document
    for ent in ents:
        if ent.label_ != "PERSON" or ent.start in taken:
            continue
        s, e = ent.start, ent.end
        while e > s and (sdoc[e - 1].is_punct or sdoc[e - 1].is_space or _low(sdoc[e - 1]) == "'s"):
            e -= 1
        while s < e:
            t = sdoc[s]
            if (
                t.is_punct or not t.text[:1].isupper() or fold_ascii_lower(t.text) in HONORIFICS
                or lookup_role(kb, t.text) is not None or kb.country(t.text) is not None or t.lower_ in TITLE_WORDS
            ):
                s += 1
                continue
            # multiword role at the start: "Foreign Minister ..."
            if s + 1 < e and lookup_role(kb, sdoc[s : s + 2].text) is not None:
                s += 2
                continue
            break
        if e - s == 1 and (sdoc[s].text.isupper() or big_place(kb, sdoc[s].text, more_than=_BIG_CITY)
                           or kb.organization(sdoc[s].text) is not None
                           or kb.breakaway_region(sdoc[s].text) is not None):
            continue  # an acronym, place or organisation tagged as a person ("UNGA", "Baku")
        if s < e and (kb.country(sdoc[s:e].text) is not None or kb.organization(sdoc[s:e].text) is not None):
            continue  # "Sri Lanka" tagged as a person
        if s < e and _modifies_things(sdoc[e - 1], kb):
            continue  # "the Al-Ramla and Beer Sheva detentions": a place tagged as a person
        if s < e and any(tok.text[:1].isupper() and tok.is_alpha for tok in sdoc[s:e]):
            s, e = with_particles(sdoc, with_cut_given_name(sdoc, s, kb), with_cut_surname(sdoc, e, kb))
            spans.append(sdoc[s:e])
            taken.update(range(s, e))
    for ent in ents:  # "Ambassador to [the UN Wang Guangya]" tagged as one body
        k = name_after_body(sdoc, ent.start, ent.end, kb) if ent.label_ == "ORG" and len(ent) >= 3 else None
        if k is not None and not taken.intersection(range(k, ent.end)):
            spans.append(sdoc[k:ent.end])
            taken.update(range(k, ent.end))
    people_words = {t.lower_ for ent in ents if ent.label_ == "PERSON" for t in ent}
    ent_tok = {t.i for ent in ents if ent.label_ != "PERSON" and not _titled_name(sdoc, ent, kb, people_words)
               for t in ent}
    after = 0  # proper nouns before this index were taken into the previous name
    for i in tokens_with_pos(sdoc, "PROPN"):
        t = sdoc[i]
        if (
            i >= after and i not in taken and i not in ent_tok and t.is_alpha and t.text[:1].isupper()
            and i > 0 and (lookup_role(kb, sdoc[i - 1].text) is not None or fold_ascii_lower(sdoc[i - 1].text) in HONORIFICS)
            and lookup_role(kb, t.text) is None and kb.country(t.text) is None and kb.organization(t.text) is None
        ):
            j = i + 1
            while j < len(sdoc) and j not in taken and sdoc[j].pos_ == "PROPN" and sdoc[j].text[:1].isupper():
                j += 1
            if title_run(sdoc, i, j, kb):
                continue  # "Deputy [Foreign Minister] Aziz Pahad": the rest of the title
            spans.append(sdoc[i:j])
            taken.update(range(i, j))
            after = j
    multi_ent_tok = {t.i for ent in ents if ent.label_ != "PERSON" and len(ent) > 1 for t in ent}
    _propagate_surnames(sdoc, kb, spans, taken, multi_ent_tok)
    _propagate_given_names(sdoc, kb, spans, taken, multi_ent_tok)
    spans.sort(key=lambda sp: sp.start)
    return spans


def _titled_name(sdoc: Doc, ent: Span, kb: KnowledgeBase, people_words: set[str]) -> bool:
    """Two or three capitalised words right after a person's role word, tagged as an organisation ("spokesman
    [Yousuf Stanizai]"), no body the KB knows or a name says is one, whose last word names no other person of the
    article (a namesake would make it ambiguous): a person's name."""
    return (ent.label_ == "ORG" and ent.start > 0 and 2 <= len(ent) <= 3 and lookup_role(kb, sdoc[ent.start - 1].text)
            is not None and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in ent)
            and kb.organization(ent.text) is None and not any(t.lower_ in BODY_WORDS for t in ent)
            and not (ent.end < len(sdoc) and sdoc[ent.end].lower_ == "of") and ent[-1].lower_ not in people_words)


def _propagate_surnames(sdoc: Doc, kb: KnowledgeBase, spans: list[Span], taken: set[int], ent_tok: set[int]) -> None:
    """Names the NER missed: other occurrences of a surname already found, with any given names before them."""
    surnames = set()
    for sp in spans:
        parts = split_name(sp.text)
        if parts is not None and len(parts.surname) > 2:
            surnames.add(parts.surname)
    if not surnames:
        return
    for tok in (sdoc[i] for i in tokens_with_pos(sdoc, "PROPN")):
        if tok.i in taken or tok.i in ent_tok or not plain_word(tok, kb):
            continue
        if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"):
            continue
        parts = split_name(tok.text)
        if parts is None or parts.surname not in surnames:
            continue
        s = tok.i
        while s - 1 >= 0 and s - 1 not in taken and s - 1 not in ent_tok and plain_word(sdoc[s - 1], kb) \
                and sdoc[s - 1].pos_ == "PROPN" and not sdoc[s - 1].is_sent_start:
            s -= 1
        if s - 1 >= 0 and sdoc[s - 1].is_sent_start and plain_word(sdoc[s - 1], kb) and sdoc[s - 1].pos_ == "PROPN" \
                and s - 1 not in taken and s - 1 not in ent_tok:
            s -= 1
        spans.append(sdoc[s : tok.i + 1])
        taken.update(range(s, tok.i + 1))


def _modifies_things(last: Token, kb: KnowledgeBase) -> bool:
    """A name modifying a plural common noun that names no role ("Beer Sheva detentions", "Tokyo markets"), not
    people ("Putin aides")."""
    head = last.head
    return last.dep_ in ("compound", "amod", "nmod") and head.tag_ == "NNS" and head.i > last.i \
        and head.lower_ not in SURNAME_PARTICLES and lookup_role(kb, head.text) is None \
        and lookup_role(kb, head.lemma_) is None  # not "Armando [dos] Reis" misparsed as a noun


def lone_name_ok(tok: Token, kb: KnowledgeBase) -> bool:
    """Can this one capitalised word stand alone for a person (a given name used alone)? Not when it is part of a
    longer name (a capitalised word next to it that is no title), follows a determiner ("the Colts"), is plural, modifies a noun
    ("Bloomington residents") or names a place ("in Bloomington", a big city)."""
    doc = tok.doc
    if tok.tag_ == "NNPS" or big_place(kb, tok.text, more_than=_BIG_CITY):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE and kb.place(tok.text) is not None:
        return False
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_sent_start:
        return False  # "Abiy Mohammed": another name
    prev = doc[tok.i - 1] if tok.i > 0 and not tok.is_sent_start else None
    # "President Xi" and a sentence's first word outside any name ("Young Frederick") are fine; "Westpac Rescue
    # Helicopter" is a longer name
    if prev is not None and prev.pos_ == "DET":
        return False
    return prev is None or (prev.is_sent_start and not prev.ent_type_) or not (
        prev.pos_ == "PROPN" and plain_word(prev, kb))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # as the regular expression \w (and so \b) reads a character


def _written_lower(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` as a word of its own in lower case ("fire", "will"): whether ``word`` is one
    of ``re.findall(r"\\b[a-z]+\\b", text)``, found without listing every word of the text."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False  # not [a-z]+: never such a word
    k = text.find(word)
    while k >= 0:
        end = k + len(word)
        if (k == 0 or not _is_word_char(text[k - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        k = text.find(word, k + 1)
    return False


def _propagate_given_names(sdoc: Doc, kb: KnowledgeBase, spans: list[Span], taken: set[int],
                           ent_tok: set[int]) -> None:
    """A lone given name of a full name already found ("Abiy" after "Abiy Ahmed", "Prayut" after "Prayut
    Chan-o-cha"), as a one-word mention; ``coref`` decides whether it is unambiguous. Only where ``lone_name_ok``
    and not for an ordinary word the article also writes in lower case ("Fire" of a misread "Fire Marshall": "the
    fire")."""
    given = set()
    for sp in spans:
        parts = split_name(sp.text)
        if parts is not None and parts.given is not None and len(parts.given) > 2 and len(parts.tokens) >= 2:
            given.add(parts.given)
        if parts is not None and len(parts.tokens) >= 3:  # an inner name used alone: "Lula" of "Luiz Inacio Lula
            given.update(t for t in parts.tokens[1:-1]  # da Silva" (coref joins it only when one person has it)
                         if len(t) > 2 and t not in SURNAME_PARTICLES and t not in PATRONYMIC_MARKERS)
    if not given:
        return
    text = doc_text(sdoc)
    given = {g for g in given if not _written_lower(g, text)}  # ordinary words the article writes in lower case
    if not given:
        return
    for tok in (sdoc[i] for i in tokens_with_pos(sdoc, "PROPN")):
        if fold_ascii_lower(tok.text) not in given or tok.i in taken or tok.i in ent_tok:  # cheapest test first
            continue
        if tok.tag_ == "NNPS" or not plain_word(tok, kb):
            continue
        if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"):
            continue
        if not lone_name_ok(tok, kb):
            continue
        spans.append(sdoc[tok.i : tok.i + 1])
        taken.add(tok.i)


_GLUED_END = re.compile(r"^\S*?[.!?:;,](?=[A-Z])")


def _name_text(sp: Span) -> tuple[int, str]:
    """The name's start and text, past a glued sentence end ("COP29.Antony Blinken" -> "Antony Blinken")."""
    text = sp.text
    m = _GLUED_END.match(text)
    if m is None:
        return sp.start_char, text
    return sp.start_char + m.end(), text[m.end() :]


def indefinite_conjunct(tok: Token) -> bool:
    """"a newspaper boss and [lawmaker]": the second of two nouns the first one's indefinite article covers (not one
    with a determiner of its own: "a White House aide and [the president]")."""
    return (tok.dep_ == "conj" and not any(d.dep_ in ("det", "poss") for d in tok.children)
            and any(d.dep_ == "det" and d.lower_ in INDEFINITE for d in tok.head.children))


def _description_spans(sdoc: Doc, kb: KnowledgeBase, name_tokens: set[int]) -> list[tuple[Span, list[Token]]]:
    """Noun phrases headed by a role word with no name in them: "the minister", "his Armenian counterpart"."""
    out: list[tuple[Span, list[Token]]] = []
    for chunk in noun_chunks(sdoc):
        if not name_tokens.isdisjoint(range(chunk.start, chunk.end)):
            continue
        root = chunk.root
        if root.tag_ in ("NNS", "NNPS") or root.pos_ == "PRON":
            continue
        if root.i + 1 < len(sdoc) and root.i + 1 in name_tokens:
            continue  # a title in front of a name
        # (the word tests come before the walk over the head's children: most chunks fail them)
        low = root.lower_
        if low in COLLECTIVE_SECTORS or low in INSTITUTION_WORDS or low in BODY_WORDS:
            continue  # "the government", "the ministry": bodies, not people
        head_ok = low in RELATIONAL_ROLES or lookup_role(kb, root.text) is not None
        if not head_ok:
            continue
        if any(ch.dep_ == "appos" and ch.i in name_tokens for ch in root.children):
            continue  # "Azerbaijan's Minister of Foreign Affairs, Jeyhun Bayramov"
        if _title_run_into_name(kb, root, name_tokens):
            continue  # "head of state Sultan X": the name is the person
        if indefinite_conjunct(root):
            continue  # "a newspaper boss and lawmaker": someone new, as the first conjunct says
        end = chunk.end
        while end + 1 < len(sdoc) and sdoc[end].tag_ == "HYPH" and sdoc[end + 1].head == root:
            end += 2  # "the secretary-general" parsed as "secretary" with "general" after it: the whole title
        chunk = sdoc[chunk.start:end]
        toks = list(chunk)
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i > root.i:
                toks.extend(t for t in islice(child.subtree, TITLE_TOKENS) if t.dep_ not in ("cc", "conj"))
        out.append((chunk, toks[:TITLE_TOKENS]))
    return out


def _title_run_into_name(kb: KnowledgeBase, root: Token, name_tokens: set[int]) -> bool:
    """"head of state Sultan X", "Minister of Foreign Affairs X": the title's "of"-phrase runs into its holder's
    name (the name parsed as the object of "of", with the title's last words before it); not "the envoy of
    President X", whose "of"-object is another person, a title and a name."""
    return any(g.dep_ == "pobj" and g.i in name_tokens and any(
        m.dep_ == "compound" and m.i not in name_tokens and m.pos_ in ("NOUN", "PROPN")
        and lookup_role(kb, m.text) is None for m in g.children)
        for ch in root.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children)


_QUOTE_OR_LINE = re.compile("[\n\"\u201c\u201d]")


def _quotes(text: str, base: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_OR_LINE.finditer(text):  # the only characters that open, close or cut off a quote
        k, ch = m.start(), m.group()
        if ch == "\n" and open_at is not None and text[open_at:k].count("\n") > 3:
            open_at = None
        if ch == "\u201c" or (ch == '"' and open_at is None):
            open_at = k
        elif (ch == "\u201d" or ch == '"') and open_at is not None:
            spans.append((base + open_at, base + k + 1))
            open_at = None
    return spans

MALE_TITLES = word_set("actors/coref_mentions_male")
FEMALE_TITLES = word_set("actors/coref_mentions_female")


def _gender(sdoc: Doc, start_i: int, left: list[Token]) -> str | None:
    """Gender from an honorific or gendered title right before the name ("Ms Kallas", "Queen Rania")."""
    words = [fold_ascii_lower(t.text).strip(".") for t in left[-3:]]
    if start_i > 0:
        words.append(fold_ascii_lower(sdoc[start_i - 1].text).strip("."))
    for w in reversed(words):
        if w in MALE_TITLES:
            return "m"
        if w in FEMALE_TITLES:
            return "f"
    return None


def _tok_at(sdoc: Doc, char: int) -> int:
    """Index of the first token starting at or after ``char`` (body offsets), clamped to the document."""
    starts = token_starts(sdoc)
    return min(len(sdoc), max(0, bisect.bisect_left(starts, char)))
