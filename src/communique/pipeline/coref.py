"""Within-document person coreference: one pass over the whole parse, cached on the spaCy Doc.

Collects person mentions (PERSON entities cleaned of titles, title + capitalised name patterns), reads each one's
role, country and sector from the text around it (premodifiers, appositions, "of"-phrases, "his Armenian
counterpart"), groups them into clusters by name ("Bayramov" -> "Jeyhun Aziz Oglu Bayramov", accent-insensitive),
links role descriptions ("the minister", "the Azerbaijani top diplomat", "his interlocutor") to the person holding
that role in the article, and finds the speakers of quotations. Pronoun antecedents are looked up on demand.

All offsets are document offsets (``document.body_start + token.idx``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from ..kb import KnowledgeBase, OrgEntry
from ..records import Document
from .actor_names import (
    BODY_WORDS,
    COLLECTIVE_SECTORS,
    HONORIFICS,
    INDEFINITE,
    INSTITUTION_WORDS,
    PERSON_PRONOUNS,
    RELATIONAL_ROLES,
    NameParts,
    RoleInfo,
    fold,
    lookup_role,
    names_compatible,
    roles_compatible,
    split_name,
)

_CACHE_KEY = "communique.coref"
SAY_LEMMAS = frozenset({"say", "tweet", "write", "add", "tell", "note", "stress", "state", "emphasize", "emphasise",
                        "declare", "announce", "post", "underline", "explain", "insist", "reply", "quote"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


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


@dataclass
class PersonMention:
    start: int  # name (or description) span, doc offsets
    end: int
    text: str
    kind: str  # "name" | "description"
    sent: int  # sentence index
    subject: bool
    title: TitleInfo = field(default_factory=TitleInfo)
    parts: NameParts | None = None
    cluster: int | None = None
    rule: str = ""
    ambiguous: bool = False
    gender: str | None = None


@dataclass
class PersonCluster:
    idx: int
    display: str
    parts: NameParts | None
    role: RoleInfo | None = None
    role_rule: str | None = None
    country: str | None = None
    country_rule: str | None = None
    org: OrgEntry | None = None
    mentions: list[int] = field(default_factory=list)
    gender: str | None = None  # "m" | "f" from honorifics ("Mr", "Ms", "Queen"); None when unknown

    def absorb_title(self, t: TitleInfo) -> None:
        if t.role is not None and self.role is None:
            self.role, self.role_rule = t.role, f"text:{t.rule} role"
        if t.country is not None and self.country is None:
            self.country, self.country_rule = t.country, f"text:{t.rule} country '{t.country_text}'"
        if t.org is not None and self.org is None:
            self.org = t.org


@dataclass
class Quote:
    start: int
    end: int
    speaker: int | None  # mention index


@dataclass
class PartySet:
    """A set of parties mentioned together ("Armenia and Azerbaijan", "between X and Y"), for group anaphora
    ("the sides", "the two countries", "they"). Offsets are doc offsets; ``members`` are (start, end, head)."""

    start: int
    end: int
    members: list[tuple[int, int, int]]
    rule: str
    subject: bool = False  # the set is a clause subject ("Armenia and Azerbaijan signed ..."): more salient


def _inflected_pair(a: str, b: str) -> bool:
    """Two surnames that differ by a final letter that makes a different name, not a typo: the feminine form
    ("Aliyev"/"Aliyeva", "Petrov"/"Petrova") or a plural/possessive-like "s"."""
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] in "as"


@dataclass
class DocPeople:
    mentions: list[PersonMention]
    clusters: list[PersonCluster]
    quotes: list[Quote]
    sent_bounds: list[tuple[int, int]]
    parties: list[PartySet] = field(default_factory=list)

    # Indexes built on first use (long articles: lookups stay logarithmic, not linear, in the article's length).
    def _index(self) -> tuple[list[int], list[PartySet], list[int], list[int], list[int]]:
        cache = self.__dict__.get("_cache")
        if cache is None or cache[5] != (len(self.parties), len(self.mentions), len(self.sent_bounds)):
            parties = sorted(self.parties, key=lambda p: p.end)
            order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
            cache = ([p.end for p in parties], parties, order, [self.mentions[i].start for i in order],
                     [s for s, _ in self.sent_bounds],
                     (len(self.parties), len(self.mentions), len(self.sent_bounds)))
            self.__dict__["_cache"] = cache
        return cache[0], cache[1], cache[2], cache[3], cache[4]

    def parties_before(self, pos: int) -> list[PartySet]:
        """Party sets ending at or before ``pos``, the most recent first."""
        ends, parties, *_ = self._index()
        return parties[: bisect.bisect_right(ends, pos)][::-1]

    def mention_in(self, start: int, end: int, head: int | None = None) -> list[int]:
        """Indices of mentions inside [start, end), the one containing ``head`` first."""
        _, _, order, starts, _ = self._index()
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        inside = sorted(i for i in order[lo:hi] if self.mentions[i].end <= end)
        if head is not None:
            inside.sort(key=lambda i: 0 if self.mentions[i].start <= head < self.mentions[i].end else 1)
        return inside

    def sentence_of(self, pos: int) -> int:
        *_, sent_starts = self._index()
        i = bisect.bisect_right(sent_starts, pos) - 1
        if 0 <= i < len(self.sent_bounds) and pos < self.sent_bounds[i][1]:
            return i
        return len(self.sent_bounds) - 1

    def antecedent(self, pos: int, exclude: frozenset[int] = frozenset(), lookback: int = 4,
                   gender: str | None = None) -> int | None:
        """Cluster a person pronoun at ``pos`` refers to: the subject of the same sentence before it, else the subject
        (or first person) of the nearest preceding sentence with a person in it; clusters in ``exclude`` and of the
        other known gender skipped."""
        sent = self.sentence_of(pos)
        for s in range(sent, max(-1, sent - lookback), -1):
            cands = [m for m in self.mentions if m.sent == s and m.end <= pos and m.cluster is not None
                     and m.cluster not in exclude
                     and not (gender and self.clusters[m.cluster].gender not in (None, gender))]
            if not cands:
                continue
            subj = [m for m in cands if m.subject]
            if s == sent:
                return (subj[-1] if subj else cands[-1]).cluster
            return (subj[0] if subj else cands[0]).cluster
        return None

    def find_holder(self, t: TitleInfo, pos: int) -> int | None:
        """The cluster of the person in the article holding the title ``t`` (role, and country/organisation if
        given): the most recently mentioned before ``pos``, else the first one after it."""
        if t.role is None:
            return None
        role = t.role.role
        cands = [c for c in self.clusters if c.role is not None and roles_compatible(role, c.role.role)
                 and (t.country is None or c.country == t.country)
                 and (t.org is None or c.org is None or c.org.code == t.org.code)]
        if not cands:
            return None

        def last_before(c: PersonCluster) -> int:
            return max((self.mentions[k].start for k in c.mentions if self.mentions[k].start < pos), default=-1)

        before = [c for c in cands if last_before(c) >= 0]
        if before:
            return max(before, key=last_before).idx
        return min(cands, key=lambda c: min(self.mentions[k].start for k in c.mentions)).idx

    def by_surname(self, surname: str, typo: bool = False) -> list[int]:
        """Clusters whose surname is ``surname`` (folded); with ``typo``, also one edit away for long names
        ("Blinked" -> Blinken)."""
        hit = [c.idx for c in self.clusters if c.parts is not None and c.parts.surname == surname]
        if hit or not typo or len(surname) < 6:
            return hit
        return [c.idx for c in self.clusters if c.parts is not None and c.parts.surname[:1] == surname[:1]
                and len(c.parts.surname) >= 6 and Levenshtein.distance(c.parts.surname, surname) == 1
                and not _inflected_pair(c.parts.surname, surname)]

    def quote_speaker(self, pos: int) -> int | None:
        for q in self.quotes:
            if q.start <= pos < q.end and q.speaker is not None:
                return self.mentions[q.speaker].cluster
        return None


def _low(tok: Token) -> str:
    return tok.lower_.replace("\u2019", "'")


# --- reading titles --------------------------------------------------------------------------------------------------


def _stance_prefix(tokens: list[Token], i: int) -> bool:
    """Token i follows "pro-"/"anti-" ("pro-Iranian group"): the country word names a side taken, not an origin."""
    k = tokens[i].i
    doc = tokens[i].doc
    return k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ in ("pro", "anti")


def read_title(tokens: list[Token], kb: KnowledgeBase, off: int, rule: str) -> TitleInfo:
    """Scan a title phrase for the longest role, country and organisation expressions (greedy, left to right)."""
    info = TitleInfo(rule=rule)
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.lower_ in ("his", "her") and info.possessive is None:
            info.possessive = off + tok.idx
        if tok.lower_ in RELATIONAL_ROLES:
            info.relational = tok.lower_
        matched = 0
        spans = []
        for j in range(min(n, i + 7), i, -1):
            first, last = tokens[i], tokens[j - 1]
            if _low(first) in ("of", "the", "'s", "-", ",") or _low(last) in ("of", "the", "-", "'s", ","):
                continue
            if any(t.is_punct and t.text not in "-.'" for t in tokens[i:j]):
                continue
            spans.append((j, tokens[0].doc[first.i : last.i + 1].text))
        # places and organisations first ("U.S. Secretary of State": U.S. + Secretary of State), then roles
        for j, text in spans:
            country = kb.country(text)
            if country is not None and _stance_prefix(tokens, i):  # "pro-Iranian", "anti-Syrian": not of it
                matched = j - i
                break
            if country is not None:
                info.countries.append((country.iso3, text))
                if info.country is None:
                    info.country, info.country_text = country.iso3, text
                matched = j - i
                break
            org = kb.organization(text) if (j - i > 1 or text[:1].isupper()) else None
            if org is not None:
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
                    if info.role is None:
                        info.role = role
                    matched = j - i
                    break
        i += max(1, matched)
    return info


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


_WINDOW_POS = frozenset({"PROPN", "NOUN", "ADJ"})


_TITLE_MODIFIERS = frozenset({"top", "chief", "senior", "former", "deputy", "vice", "acting", "foreign", "defense",
                              "defence", "interior", "prime", "general", "state", "affairs", "first", "new",
                              "junior", "assistant", "outgoing", "incoming", "interim", "caretaker", "veteran"})


def _left_window(sdoc: Doc, start_i: int, sent_start: int, name_tokens: set[int], kb: KnowledgeBase) -> list[Token]:
    """Title words right before a name ("Azerbaijani Foreign Minister", "his Armenian counterpart"); stops at
    words that are not part of a title ("hosting of COP29")."""
    toks: list[Token] = []
    i = start_i - 1
    while i >= sent_start and len(toks) < 9:
        t = sdoc[i]
        if i in name_tokens:
            break
        if t.lower_ in ("his", "her"):
            toks.append(t)
            break
        if t.pos_ in _WINDOW_POS or _low(t) in ("of", "the", "-", "'s"):
            if t.pos_ in ("NOUN", "ADJ") and not t.text[:1].isupper() and fold(t.text) in HONORIFICS:
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


def _appositions(root: Token, span: Span) -> tuple[list[Token], list[Token]]:
    """Left and right appositive phrases of a name: "The UN Secretary-General, António Guterres," and
    "Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan,"."""
    left: list[Token] = []
    right: list[Token] = []
    if root.dep_ == "appos" and root.head.i < span.start:
        h = root.head
        left = [t for t in h.doc[h.left_edge.i : span.start] if t.dep_ not in ("cc", "conj")]
        while left and left[-1].is_punct:
            left.pop()
    for child in root.children:  # "King Hassan of Morocco"
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == span.end:
            right = [t for t in child.subtree if t.dep_ not in ("cc", "conj")]
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            sub = list(child.subtree)
            cut: list[Token] = []
            for t in sub:
                if t.text in (",", ";", "(", ")") and t.i > child.i:
                    break
                cut.append(t)
            right = cut
            break
    return left, right


# --- building the mention list ---------------------------------------------------------------------------------------


def _name_spans(sdoc: Doc, kb: KnowledgeBase) -> list[Span]:
    """PERSON entities trimmed of titles, demonyms and role words; plus capitalised names right after a title."""
    spans: list[Span] = []
    taken: set[int] = set()
    for ent in sdoc.ents:
        if ent.label_ != "PERSON":
            continue
        s, e = ent.start, ent.end
        while e > s and (sdoc[e - 1].is_punct or sdoc[e - 1].is_space or _low(sdoc[e - 1]) == "'s"):
            e -= 1
        while s < e:
            t = sdoc[s]
            if (
                t.is_punct or not t.text[:1].isupper() or fold(t.text) in HONORIFICS
                or lookup_role(kb, t.text) is not None or kb.country(t.text) is not None
            ):
                s += 1
                continue
            # multiword role at the start: "Foreign Minister ..."
            if s + 1 < e and lookup_role(kb, sdoc[s : s + 2].text) is not None:
                s += 2
                continue
            break
        if e - s == 1 and (sdoc[s].text.isupper() or _big_place(kb, sdoc[s].text)
                           or kb.organization(sdoc[s].text) is not None):
            continue  # an acronym, place or organisation tagged as a person ("UNGA", "Baku")
        if s < e and (kb.country(sdoc[s:e].text) is not None or kb.organization(sdoc[s:e].text) is not None):
            continue  # "Sri Lanka" tagged as a person
        if s < e and any(tok.text[:1].isupper() and tok.is_alpha for tok in sdoc[s:e]):
            spans.append(sdoc[s:e])
            taken.update(range(s, e))
    ent_tok = {t.i for ent in sdoc.ents if ent.label_ != "PERSON" for t in ent}
    i = 0
    while i < len(sdoc):
        t = sdoc[i]
        if (
            i not in taken and i not in ent_tok and t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()
            and i > 0 and (lookup_role(kb, sdoc[i - 1].text) is not None or fold(sdoc[i - 1].text) in HONORIFICS)
            and lookup_role(kb, t.text) is None and kb.country(t.text) is None and kb.organization(t.text) is None
        ):
            j = i + 1
            while j < len(sdoc) and j not in taken and sdoc[j].pos_ == "PROPN" and sdoc[j].text[:1].isupper():
                j += 1
            spans.append(sdoc[i:j])
            taken.update(range(i, j))
            i = j
            continue
        i += 1
    multi_ent_tok = {t.i for ent in sdoc.ents if ent.label_ != "PERSON" and len(ent) > 1 for t in ent}
    _propagate_surnames(sdoc, kb, spans, taken, multi_ent_tok)
    spans.sort(key=lambda sp: sp.start)
    return spans


def _big_place(kb: KnowledgeBase, text: str) -> bool:
    place = kb.place(text)
    return place is not None and (place.kind == "capital" or (place.population or 0) > 500_000)


def _plain_word(tok: Token, kb: KnowledgeBase) -> bool:
    """A capitalised word that is not a title, honorific, country or organisation (may be part of a name)."""
    return (
        tok.is_alpha and tok.text[:1].isupper() and fold(tok.text) not in HONORIFICS
        and lookup_role(kb, tok.text) is None and kb.country(tok.text) is None and kb.organization(tok.text) is None
    )


def _propagate_surnames(sdoc: Doc, kb: KnowledgeBase, spans: list[Span], taken: set[int], ent_tok: set[int]) -> None:
    """Names the NER missed: other occurrences of a surname already found, with any given names before them."""
    surnames = set()
    for sp in spans:
        parts = split_name(sp.text)
        if parts is not None and len(parts.surname) > 2:
            surnames.add(parts.surname)
    if not surnames:
        return
    for tok in sdoc:
        if tok.i in taken or tok.i in ent_tok or tok.pos_ != "PROPN" or not _plain_word(tok, kb):
            continue
        if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"):
            continue
        parts = split_name(tok.text)
        if parts is None or parts.surname not in surnames:
            continue
        s = tok.i
        while s - 1 >= 0 and s - 1 not in taken and s - 1 not in ent_tok and _plain_word(sdoc[s - 1], kb) \
                and sdoc[s - 1].pos_ == "PROPN" and not sdoc[s - 1].is_sent_start:
            s -= 1
        if s - 1 >= 0 and sdoc[s - 1].is_sent_start and _plain_word(sdoc[s - 1], kb) and sdoc[s - 1].pos_ == "PROPN" \
                and s - 1 not in taken and s - 1 not in ent_tok:
            s -= 1
        spans.append(sdoc[s : tok.i + 1])
        taken.update(range(s, tok.i + 1))


def _name_text(sp: Span) -> tuple[int, str]:
    """The name's start and text, past a glued sentence end ("COP29.Antony Blinken" -> "Antony Blinken")."""
    m = re.match(r"^\S*?[.!?:;,](?=[A-Z])", sp.text)
    if m is None:
        return sp.start_char, sp.text
    return sp.start_char + m.end(), sp.text[m.end() :]


def _description_spans(sdoc: Doc, kb: KnowledgeBase, name_tokens: set[int]) -> list[tuple[Span, list[Token]]]:
    """Noun phrases headed by a role word with no name in them: "the minister", "his Armenian counterpart"."""
    out: list[tuple[Span, list[Token]]] = []
    for chunk in sdoc.noun_chunks:
        root = chunk.root
        if any(t.i in name_tokens for t in chunk) or root.tag_ in ("NNS", "NNPS") or root.pos_ == "PRON":
            continue
        if root.i + 1 < len(sdoc) and sdoc[root.i + 1].i in name_tokens:
            continue  # a title in front of a name
        if any(ch.dep_ == "appos" and ch.i in name_tokens for ch in root.children):
            continue  # "Azerbaijan's Minister of Foreign Affairs, Jeyhun Bayramov"
        if root.lower_ in COLLECTIVE_SECTORS or root.lower_ in INSTITUTION_WORDS or root.lower_ in BODY_WORDS:
            continue  # "the government", "the ministry": bodies, not people
        head_ok = root.lower_ in RELATIONAL_ROLES or lookup_role(kb, root.text) is not None
        if not head_ok:
            continue
        toks = list(chunk)
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i > root.i:
                toks.extend(t for t in child.subtree if t.dep_ not in ("cc", "conj"))
        out.append((chunk, toks))
    return out


def _quotes(text: str, base: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for k, ch in enumerate(text):
        if ch == "\n" and open_at is not None and text[open_at:k].count("\n") > 3:
            open_at = None
        if ch == "\u201c" or (ch == '"' and open_at is None):
            open_at = k
        elif (ch == "\u201d" or ch == '"') and open_at is not None:
            spans.append((base + open_at, base + k + 1))
            open_at = None
    return spans


def build_people(document: Document, sdoc: Doc, kb: KnowledgeBase) -> DocPeople:
    """The document's people: mentions and clusters (cached on ``sdoc.user_data``)."""
    cached = sdoc.user_data.get(_CACHE_KEY)
    if cached is not None and cached[0] == id(kb) and cached[1] == document.id:
        people_cached: DocPeople = cached[2]
        return people_cached
    people = _build(document, sdoc, kb)
    sdoc.user_data[_CACHE_KEY] = (id(kb), document.id, people)
    return people


def _build(document: Document, sdoc: Doc, kb: KnowledgeBase) -> DocPeople:
    off = document.body_start
    sents = list(sdoc.sents)
    sent_bounds = [(off + s.start_char, off + s.end_char) for s in sents]
    sent_of_tok: dict[int, int] = {}
    for k, s in enumerate(sents):
        for t in s:
            sent_of_tok[t.i] = k
    names = _name_spans(sdoc, kb)
    name_tokens = {t.i for sp in names for t in sp}
    mentions: list[tuple[PersonMention, Span | None]] = []
    for sp in names:
        sent = sents[sent_of_tok[sp.start]]
        n0, ntext = _name_text(sp)
        left = _left_window(sdoc, sp.start, sent.start, name_tokens, kb) if n0 == sp.start_char else []
        lapp, rapp = _appositions(sp.root, sp)
        title = _merge_titles(
            read_title(left, kb, off, "premodifier"),
            read_title(rapp, kb, off, "apposition"),
            read_title(lapp, kb, off, "apposition"),
        )
        gender = _gender(sdoc, sp.start, left)
        mentions.append((PersonMention(
            start=off + n0, end=off + sp.end_char, text=ntext, kind="name", sent=sent_of_tok[sp.start], gender=gender,
            subject=sp.root.dep_ in SUBJECT_DEPS or (sp.root.dep_ in ("conj", "appos") and sp.root.head.dep_ in SUBJECT_DEPS),
            title=title, parts=split_name(ntext),
        ), sp))
    for chunk, toks in _description_spans(sdoc, kb, name_tokens):
        title = read_title(toks, kb, off, "description")
        if title.empty():
            continue
        mentions.append((PersonMention(
            start=off + chunk.start_char, end=off + chunk.end_char, text=chunk.text, kind="description",
            sent=sent_of_tok[chunk.start], subject=chunk.root.dep_ in SUBJECT_DEPS, title=title,
        ), chunk))
    mentions.sort(key=lambda ms: ms[0].start)
    people = DocPeople(mentions=[m for m, _ in mentions], clusters=[], quotes=[], sent_bounds=sent_bounds)
    _cluster_names(people)
    _link_descriptions(people)
    for q0, q1 in _quotes(sdoc.text, off):
        people.quotes.append(Quote(q0, q1, _speaker(sdoc, off, q0, q1, people)))
    people.parties = party_sets(sdoc, kb, off, people)
    return people


_PARTY_ENTS = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def _member_tokens(h: Token, conj_ids: set[int]) -> list[Token]:
    out = [h]
    for ch in h.children:
        if ch.i in conj_ids or ch.dep_ in ("cc", "conj", "preconj", "punct", "relcl", "acl", "appos"):
            continue
        out.extend(ch.subtree)
    return sorted(out, key=lambda t: t.i)


def _party_like(h: Token, toks: list[Token], kb: KnowledgeBase, people: DocPeople, off: int) -> bool:
    """Can this conjunct be a party (a person, country, organisation or office holder)?"""
    if h.pos_ not in ("PROPN", "NOUN") or h.tag_ in ("NNS", "NNPS") and h.ent_type_ not in _PARTY_ENTS:
        return False
    if h.ent_type_ in _PARTY_ENTS or kb.country(h.text) is not None or kb.organization(h.text) is not None:
        return True
    if h.pos_ == "PROPN" and h.text[:1].isupper() and h.is_alpha:  # a name the NER missed
        return True
    if any(m.start <= off + h.idx < m.end for m in people.mentions):
        return True
    text = " ".join(t.text for t in toks if t.lower_ not in ("the", "a", "an"))
    return kb.country(text) is not None or kb.organization(text) is not None or lookup_role(kb, h.text) is not None


def party_sets(sdoc: Doc, kb: KnowledgeBase, off: int, people: DocPeople) -> list[PartySet]:
    """Coordinated parties in document order: "Bayramov and Mirzoyan", "between Armenia and Azerbaijan",
    "the Foreign Minister of Azerbaijan and the UN Secretary-General"."""
    out: list[PartySet] = []
    for tok in sdoc:
        if tok.dep_ == "conj" or not tok.conjuncts:
            continue
        heads = sorted([tok, *tok.conjuncts], key=lambda t: t.i)
        ids = {h.i for h in heads}
        members: list[tuple[int, int, int]] = []
        for h in heads:
            toks = _member_tokens(h, ids)
            if not _party_like(h, toks, kb, people, off):
                members = []
                break
            members.append((off + toks[0].idx, off + toks[-1].idx + len(toks[-1].text), off + h.idx))
        if len(members) >= 2:
            rule = "between" if tok.head.lower_ == "between" else "coordination"
            subj = tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS)
            out.append(PartySet(members[0][0], max(m[1] for m in members), members, rule, subj))
    return out


def _new_cluster(people: DocPeople, mi: int) -> int:
    m = people.mentions[mi]
    c = PersonCluster(idx=len(people.clusters), display=m.text, parts=m.parts)
    people.clusters.append(c)
    _join(people, mi, c.idx, "name")
    return c.idx


def _join(people: DocPeople, mi: int, ci: int, rule: str) -> None:
    m, c = people.mentions[mi], people.clusters[ci]
    m.cluster, m.rule = ci, rule
    c.mentions.append(mi)
    if m.kind == "name" and m.parts is not None:
        n_new, n_cur = len(m.text.split()), len(c.display.split())
        if c.parts is None or n_new > n_cur or (n_new == n_cur and not m.text.isascii() and c.display.isascii()):
            c.display, c.parts = m.text, m.parts
    c.absorb_title(m.title)
    if c.gender is None and m.gender is not None:
        c.gender = m.gender


def _cluster_names(people: DocPeople) -> None:
    names = [i for i, m in enumerate(people.mentions) if m.kind == "name" and m.parts is not None]
    for mi in names:  # full names first, in document order
        parts = people.mentions[mi].parts
        assert parts is not None
        if not parts.full:
            continue
        hit = [c.idx for c in people.clusters if c.parts is not None and c.parts.full and names_compatible(c.parts, parts)]
        if hit:
            _join(people, mi, hit[0], "coref:full-name")
        else:
            _new_cluster(people, mi)
    for mi in names:  # then surnames alone
        m = people.mentions[mi]
        parts = m.parts
        assert parts is not None
        if parts.full:
            continue
        hit = people.by_surname(parts.surname, typo=True)
        if not hit:  # surname-first names ("Xi" of "Xi Jinping") when unique
            hit = [c.idx for c in people.clusters if c.parts is not None and c.parts.given == parts.surname
                   and len(c.parts.tokens) == 2]
        if len(hit) == 1:
            _join(people, mi, hit[0], f"coref:surname->{people.clusters[hit[0]].display}")
        elif len(hit) > 1:
            m.ambiguous, m.rule = True, "coref:ambiguous-surname"
        else:
            _new_cluster(people, mi)
    # counterparts: same role as the person the possessive refers to ("his Armenian counterpart Ararat Mirzoyan")
    for m in people.mentions:
        if m.kind == "name" and m.title.relational and m.cluster is not None:
            other = _possessor(people, m)
            c = people.clusters[m.cluster]
            if other is not None and other != m.cluster and c.role is None:
                oc = people.clusters[other]
                if oc.role is not None:
                    c.role, c.role_rule = oc.role, f"text:{m.title.relational} of {oc.display}"


def _possessor(people: DocPeople, m: PersonMention) -> int | None:
    pos = m.title.possessive if m.title.possessive is not None else m.start
    return people.antecedent(pos)


def _link_descriptions(people: DocPeople) -> None:
    for mi, m in enumerate(people.mentions):
        if m.kind != "description":
            continue
        t = m.title
        if m.text.split()[0].lower() in INDEFINITE:
            continue  # "a diplomat" introduces someone new
        if t.relational and t.role is None:  # "his interlocutor": the most recent other person
            owner = _possessor(people, m)
            cand = people.antecedent(m.start, exclude=frozenset({owner}) if owner is not None else frozenset(),
                                     lookback=len(people.sent_bounds))
            if cand is not None:
                _join_desc(people, mi, cand, f"coref:{t.relational}->{people.clusters[cand].display}")
            continue
        if t.role is None:
            continue
        ci = people.find_holder(t, m.start)
        if ci is not None:
            what = f"{t.country_text} {t.role.role}" if t.country_text else t.role.role
            _join_desc(people, mi, ci, f"coref:description '{what}'->{people.clusters[ci].display}")


def _join_desc(people: DocPeople, mi: int, ci: int, rule: str) -> None:
    m = people.mentions[mi]
    m.cluster, m.rule = ci, rule
    people.clusters[ci].mentions.append(mi)


_MALE = frozenset({"mr", "sir", "king", "lord", "prince", "sheikh", "emir", "sultan", "pope"})
_FEMALE = frozenset({"mrs", "ms", "miss", "madam", "madame", "queen", "dame", "lady", "princess", "sheikha"})


def _gender(sdoc: Doc, start_i: int, left: list[Token]) -> str | None:
    """Gender from an honorific or gendered title right before the name ("Ms Kallas", "Queen Rania")."""
    words = [fold(t.text).strip(".") for t in left[-3:]]
    if start_i > 0:
        words.append(fold(sdoc[start_i - 1].text).strip("."))
    for w in reversed(words):
        if w in _MALE:
            return "m"
        if w in _FEMALE:
            return "f"
    return None


def _tok_at(sdoc: Doc, char: int) -> int:
    """Index of the first token starting at or after ``char`` (body offsets), clamped to the document."""
    starts = sdoc.user_data.get("communique.tok_starts")
    if starts is None or len(starts) != len(sdoc):
        starts = [t.idx for t in sdoc]
        sdoc.user_data["communique.tok_starts"] = starts
    return min(len(sdoc), max(0, bisect.bisect_left(starts, char)))


def _speaker(sdoc: Doc, off: int, q0: int, q1: int, people: DocPeople) -> int | None:
    """The mention index of a quotation's speaker: subject of a speech verb right after or right before it."""
    def person_at(tok: Token) -> int | None:
        a = off + tok.idx
        for k, m in enumerate(people.mentions):
            if m.start <= a < m.end and m.cluster is not None:
                return k
        return None

    lo, hi = _tok_at(sdoc, q0 - 160 - off), _tok_at(sdoc, q1 + 120 - off)
    window = sdoc[lo:hi]
    after = [t for t in window if off + t.idx >= q1 and off + t.idx < q1 + 120]
    before = [t for t in window if q0 - 160 <= off + t.idx < q0]
    # the speaking verb after the quote ("...," X said), else before it (X said: "...")
    for tokens, stop in ((after, "\u201c"), (list(reversed(before)), "\u201d")):
        for t in tokens:
            if t.text in (stop, '"') or "\n" in t.text:
                break
            if t.pos_ in ("VERB", "AUX") and t.lemma_ in SAY_LEMMAS:
                for ch in t.children:
                    if ch.dep_ in SUBJECT_DEPS and (k := person_at(ch)) is not None:
                        return k
    return None


def is_person_pronoun(text: str) -> bool:
    return fold(text) in PERSON_PRONOUNS
