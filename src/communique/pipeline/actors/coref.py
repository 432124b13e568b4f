"""Within-document person coreference: one pass over the whole parse, cached on the spaCy Doc.

Takes the person mentions ``coref_mentions`` finds (names, role descriptions, with the role, country and sector
their title phrases give: premodifiers, appositions, "of"-phrases, "his Armenian counterpart"), groups them into
clusters by name ("Bayramov" -> "Jeyhun Aziz Oglu Bayramov", accent-insensitive; a lone given name "Abiy" -> "Abiy
Ahmed" when only one person in the article has it), links role descriptions ("the minister", "the Azerbaijani top
diplomat", "his interlocutor") to the person holding that role in the article, finds the speakers of quotations and
the sets of coordinated parties ("Armenia and Azerbaijan") for group anaphora. Pronoun antecedents are looked up on
demand.

All offsets are document offsets (``document.body_start + token.idx``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from ...kb import KnowledgeBase, OrgEntry
from ...lexicon.words import word_set
from ...records import Document
from ..nlp import doc_text, heads_of_dep, sentences
from .appositions import appositions
from .coref_mentions import (
    TitleInfo,
    _description_spans,
    _gender,
    _left_window,
    _merge_titles,
    _name_spans,
    _name_text,
    _quotes,
    _tok_at,
    lone_name_ok,
    read_title,
)
from .lead_description import link_lead_descriptions
from .names import (
    INDEFINITE,
    PERSON_PRONOUNS,
    NameParts,
    RoleInfo,
    fold_ascii_lower,
    lookup_role,
    names_compatible,
    roles_compatible,
    split_name,
)

_CACHE_KEY = "communique.coref"
SAY_LEMMAS = word_set("actors/coref_say_lemmas")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


# Words after which a name names the father or forefather, not the person: "bin Hamad", "ibn Saud", "ould X".
PATRONYMIC_LINKS = word_set("actors/coref_patronymic_links")


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
    lone_ok: bool = True  # a one-word name that may stand alone for a person (``coref_mentions.lone_name_ok``)
    kin_subject: bool = False  # named in a subject that is the person's relative ("The son of X said he ...")


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
            if not subj and any(m.kin_subject for m in cands):
                return None  # "The son of X said he ...": the son, whom no name gives
            if s == sent:
                return (subj[-1] if subj else cands[-1]).cluster
            return (subj[0] if subj else cands[0]).cluster
        return None

    def find_holder(self, t: TitleInfo, pos: int, head: str | None = None) -> int | None:
        """The cluster of the person in the article holding the title ``t`` (role, and country/organisation if
        given): the most recently mentioned before ``pos``, else the first one after it. With the description's
        head word ``head`` read as another role ("Secretary" -> Minister), holders whose own title has that word
        ("the Secretary" -> a "Secretary of State") come before holders of the office it was read as."""
        if t.role is None:
            return None
        role = t.role.role
        fits = [c for c in self.clusters if c.role is not None
                and (t.country is None or c.country == t.country)
                and (t.org is None or c.org is None or c.org.code == t.org.code)]
        word = fold_ascii_lower(head) if head else None
        if word in fold_ascii_lower(role).split():  # the description's own word kept its meaning: no literal preference
            word = None
        literal = [c for c in fits if word and c.role is not None and word in fold_ascii_lower(c.role.role).split()]
        cands = literal or [c for c in fits if c.role is not None and roles_compatible(role, c.role.role)]
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

    def by_given(self, given: str) -> list[int]:
        """Clusters of full names (two to four words) whose given name is ``given`` (folded)."""
        return [c.idx for c in self.clusters if c.parts is not None and c.parts.given == given
                and 2 <= len(c.parts.tokens) <= 4 and "'s" not in c.display.replace("\u2019", "'")]

    def by_name_part(self, tokens: tuple[str, ...]) -> list[int]:
        """Clusters of longer full names holding ``tokens`` (folded) as a run of their inner or closing words but
        not as their given name: "Lula" and "Lula da Silva" of "Luiz Inacio Lula da Silva", "Lopez Obrador" of
        "Andres Manuel Lopez Obrador" (a short name that is part of the full name, not its first word)."""
        n = len(tokens)
        out = []
        for c in self.clusters:
            full = c.parts.tokens if c.parts is not None and c.parts.full else ()
            if len(full) <= n or len(full) < 3 or tokens[0] == full[0]:
                continue
            if any(full[k:k + n] == tokens and full[k - 1] not in PATRONYMIC_LINKS
                   for k in range(1, len(full) - n + 1)):
                out.append(c.idx)  # not a father's name: "Hamad" of "Tamim bin Hamad Al Thani" is another man
        return out

    def quote_speaker(self, pos: int) -> int | None:
        for q in self.quotes:
            if q.start <= pos < q.end and q.speaker is not None:
                return self.mentions[q.speaker].cluster
        return None


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
    sents = sentences(sdoc)
    sent_bounds = [(off + s.start_char, off + s.end_char) for s in sents]
    sent_starts = [s.start for s in sents]

    def sent_of(i: int) -> int:
        """Index of the sentence holding token i."""
        return bisect.bisect_right(sent_starts, i) - 1
    names = _name_spans(sdoc, kb)
    name_tokens = {t.i for sp in names for t in sp}
    mentions: list[tuple[PersonMention, Span | None]] = []
    for sp in names:
        sent = sents[sent_of(sp.start)]
        n0, ntext = _name_text(sp)
        left = _left_window(sdoc, sp.start, sent.start, name_tokens, kb) if n0 == sp.start_char else []
        lapp, rapp = appositions(sp.root, sp)
        title = _merge_titles(
            read_title(left, kb, off, "premodifier"),
            read_title(rapp, kb, off, "apposition"),
            read_title(lapp, kb, off, "apposition"),
        )
        gender = _gender(sdoc, sp.start, left)
        mentions.append((PersonMention(
            start=off + n0, end=off + sp.end_char, text=ntext, kind="name", sent=sent_of(sp.start), gender=gender,
            subject=sp.root.dep_ in SUBJECT_DEPS
            or (sp.root.dep_ in ("conj", "appos") and sp.root.head.dep_ in SUBJECT_DEPS),
            title=title, parts=split_name(ntext), lone_ok=len(sp) != 1 or lone_name_ok(sp[0], kb),
            kin_subject=_kin_subject(sp.root),
        ), sp))
    for chunk, toks in _description_spans(sdoc, kb, name_tokens):
        title = read_title(toks, kb, off, "description")
        if title.empty():
            continue
        mentions.append((PersonMention(
            start=off + chunk.start_char, end=off + chunk.end_char, text=chunk.text, kind="description",
            sent=sent_of(chunk.start), subject=chunk.root.dep_ in SUBJECT_DEPS, title=title,
        ), chunk))
    mentions.sort(key=lambda ms: ms[0].start)
    people = DocPeople(mentions=[m for m, _ in mentions], clusters=[], quotes=[], sent_bounds=sent_bounds)
    _cluster_names(people, kb, document.published[:10] if document.published else None)
    _link_descriptions(people)
    link_lead_descriptions(people, [sp for _, sp in mentions])
    for q0, q1 in _quotes(doc_text(sdoc), off):
        people.quotes.append(Quote(q0, q1, _speaker(sdoc, off, q0, q1, people)))
    people.parties = party_sets(sdoc, kb, off, people)
    return people


_KIN_NOUNS = word_set("actors/kin_nouns")


def _kin_subject(root: Token) -> bool:
    """The name is the person a subject is a relative of ("The son of X", "X's widow")."""
    kin = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else \
        root.head if root.dep_ == "poss" else None
    return kin is not None and kin.lemma_.lower() in _KIN_NOUNS and (
        kin.dep_ in SUBJECT_DEPS or kin.dep_ == "ROOT")  # a noun root: the parse lost the verb of its subject


_PARTY_ENTS = word_set("actors/coref_party_ents")


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


_VERB_PLACE_PREPS = word_set("actors/coref_place_preps")


def _places_of_a_verb(tok: Token) -> bool:
    """The object of a place preposition hung (through other prepositions: "from all over") on a verb: where
    something happens or comes from, not parties."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _VERB_PLACE_PREPS:
        return False
    head = tok.head
    while head.pos_ in ("ADP", "ADV") and head.head.i != head.i:
        head = head.head
    return head.pos_ in ("VERB", "AUX")


def party_sets(sdoc: Doc, kb: KnowledgeBase, off: int, people: DocPeople) -> list[PartySet]:
    """Coordinated parties in document order: "Bayramov and Mirzoyan", "between Armenia and Azerbaijan",
    "the Foreign Minister of Azerbaijan and the UN Secretary-General"."""
    out: list[PartySet] = []
    conj_heads = heads_of_dep(sdoc, "conj")  # only these have conjuncts to gather
    for tok in (sdoc[i] for i in conj_heads):
        if tok.dep_ == "conj" or not tok.conjuncts:
            continue
        if _places_of_a_verb(tok):
            continue  # "came from all over X, Y and Z": places, no set of parties ("officials in X and Y" are)
        heads = _list_siblings(tok) + sorted([tok, *tok.conjuncts], key=lambda t: t.i)
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


def _list_siblings(tok: Token) -> list[Token]:
    """Earlier items of a list the parser split off: in "A, B and C held talks" it may make A a second subject of
    the verb beside "B and C"; such a sibling with the same relation, separated by a comma only, is one of them."""
    out: list[Token] = []
    first = tok
    while True:
        comma = first.left_edge.i - 1
        if comma < 1 or first.doc[comma].text != ",":
            break
        prev = first.doc[comma - 1]
        while prev.head.i != prev.i and prev.head.i < first.i and prev.head.i != first.head.i:
            prev = prev.head
        if prev.i == first.head.i or prev.head.i != first.head.i or prev.dep_ != first.dep_ or \
                prev.right_edge.i != comma - 1 and first.doc[prev.right_edge.i].text != ",":
            break
        out.insert(0, prev)
        first = prev
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


def _patronymic(c: PersonCluster) -> bool:
    """A full name with a father's name linked in ("Muhammad bin Muhammad Taib", "Tamim bin Hamad Al Thani"): its
    bearer goes by the given name alone, whoever else the knowledge base knows by that name as a surname."""
    return c.parts is not None and c.parts.full and any(t in PATRONYMIC_LINKS for t in c.parts.tokens[1:-1])


def _kb_surname_elsewhere(kb: KnowledgeBase, word: str, c: PersonCluster, on: str | None) -> bool:
    """Does the knowledge base know someone other than the cluster's person with ``word`` as surname, in office
    around the article's date ``on`` when given (then a lone "Ahmed" may mean them, not "Ahmed Shah")?"""
    folded = fold_ascii_lower(word)
    for p in kb.people_named(word, on=on):
        pp = split_name(p.name)
        if pp is None or pp.surname != folded:
            continue
        if c.parts is None or not names_compatible(pp, c.parts):
            return True
    return False


def _cluster_names(people: DocPeople, kb: KnowledgeBase, on: str | None = None) -> None:
    names = [i for i, m in enumerate(people.mentions) if m.kind == "name" and m.parts is not None]
    for mi in names:  # full names first, in document order
        parts = people.mentions[mi].parts
        assert parts is not None
        if not parts.full:
            continue
        hit = [c.idx for c in people.clusters
               if c.parts is not None and c.parts.full and names_compatible(c.parts, parts)]
        if hit:
            _join(people, mi, hit[0], "coref:full-name")
        elif len(inner := people.by_name_part(parts.tokens)) == 1:  # "Lopez Obrador" after "Andres Manuel ..."
            _join(people, mi, inner[0], f"coref:name-part->{people.clusters[inner[0]].display}")
        else:
            _new_cluster(people, mi)
    for mi in names:  # then surnames alone
        m = people.mentions[mi]
        parts = m.parts
        assert parts is not None
        if parts.full:
            continue
        hit = people.by_surname(parts.surname, typo=True)
        if len(hit) > 1:  # a surname alone means the namesake already introduced by full name, not one named later
            hit = [c for c in hit if people.mentions[people.clusters[c].mentions[0]].start < m.start] or hit
        if len(hit) > 1 and m.title.role is not None:  # "President Bush" after "George W. Bush" and "Laura Bush"
            hit = [c for c in hit if _holds_role(people.clusters[c], m.title.role)] or hit
        if hit:
            if len(hit) == 1:
                _join(people, mi, hit[0], f"coref:surname->{people.clusters[hit[0]].display}")
            else:
                m.ambiguous, m.rule = True, "coref:ambiguous-surname"
            continue
        # a given name alone ("Abiy" of "Abiy Ahmed", "Xi" of "Xi Jinping"): only when one person in the article has
        # it and the knowledge base knows nobody else by it as a surname
        hit = people.by_given(parts.surname)
        if hit and not m.lone_ok:  # "Bloomington residents": no person of its own either (it would take in the
            m.rule = "coref:not-a-lone-name"  # later "Alice" of an "Alice McMeekin" as its surname)
        elif len(hit) == 1 and (_patronymic(people.clusters[hit[0]])  # "Muhammad" of "Muhammad bin X Taib": the
                                or not _kb_surname_elsewhere(kb, m.text, people.clusters[hit[0]], on)):  # name he goes by
            _join(people, mi, hit[0], f"coref:given-name->{people.clusters[hit[0]].display}")
        elif len(hit) > 1:
            m.ambiguous, m.rule = True, "coref:ambiguous-given-name"
        elif len(inner := people.by_name_part(parts.tokens)) == 1 and m.lone_ok \
                and not _kb_surname_elsewhere(kb, m.text, people.clusters[inner[0]], on):
            _join(people, mi, inner[0], f"coref:name-part->{people.clusters[inner[0]].display}")  # "Lula"
        elif len(inner) > 1:
            m.ambiguous, m.rule = True, "coref:ambiguous-name-part"
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


def _holds_role(c: PersonCluster, role: RoleInfo) -> bool:
    return c.role is not None and roles_compatible(role.role, c.role.role)


def _possessor(people: DocPeople, m: PersonMention) -> int | None:
    pos = m.title.possessive if m.title.possessive is not None else m.start
    return people.antecedent(pos)


def _link_descriptions(people: DocPeople) -> None:
    for mi, m in enumerate(people.mentions):
        if m.kind != "description":
            continue
        t = m.title
        if m.text.split()[0].lower() in INDEFINITE:
            continue  # "a diplomat" introduces someone new (but see lead_description)
        if t.relational and t.role is None:  # "his interlocutor": the most recent other person
            owner = _possessor(people, m)
            cand = people.antecedent(m.start, exclude=frozenset({owner}) if owner is not None else frozenset(),
                                     lookback=len(people.sent_bounds))
            if cand is not None:
                _join_desc(people, mi, cand, f"coref:{t.relational}->{people.clusters[cand].display}")
            continue
        if t.role is None:
            continue
        ci = people.find_holder(t, m.start, head=m.text.split()[-1])
        if ci is not None:
            what = f"{t.country_text} {t.role.role}" if t.country_text else t.role.role
            _join_desc(people, mi, ci, f"coref:description '{what}'->{people.clusters[ci].display}")


def _join_desc(people: DocPeople, mi: int, ci: int, rule: str) -> None:
    m = people.mentions[mi]
    m.cluster, m.rule = ci, rule
    people.clusters[ci].mentions.append(mi)


def _speaker(sdoc: Doc, off: int, q0: int, q1: int, people: DocPeople) -> int | None:
    """The mention index of a quotation's speaker: subject of a speech verb right after or right before it."""
    def person_at(tok: Token) -> int | None:
        a = off + tok.idx
        for k, m in enumerate(people.mentions):
            if m.start <= a < m.end and m.cluster is not None:
                return k
        return None

    # the tokens starting in the 120 characters after the quote and the 160 before it, by bisection over the
    # token offsets (a Token is made only for the words read)
    lo, hi = _tok_at(sdoc, q0 - 160 - off), _tok_at(sdoc, q1 + 120 - off)
    after = range(max(lo, _tok_at(sdoc, q1 - off)), hi)
    before = range(min(hi, _tok_at(sdoc, q0 - off)) - 1, lo - 1, -1)
    # the speaking verb after the quote ("...," X said), else before it (X said: "...")
    for indices, stop in ((after, "\u201c"), (before, "\u201d")):
        for t in (sdoc[j] for j in indices):
            if t.text in (stop, '"') or "\n" in t.text:
                break
            if t.pos_ in ("VERB", "AUX") and t.lemma_ in SAY_LEMMAS:
                for ch in t.children:
                    if ch.dep_ not in SUBJECT_DEPS:
                        continue
                    if (k := person_at(ch)) is not None:
                        return k
                    if ch.lower_ in ("he", "she"):  # '"...," he said': who he is
                        return _pronoun_mention(people, off + ch.idx, "m" if ch.lower_ == "he" else "f")
    return None


def _pronoun_mention(people: DocPeople, pos: int, gender: str) -> int | None:
    """The last mention before ``pos`` of the person a pronoun there refers to (:meth:`DocPeople.antecedent`)."""
    ci = people.antecedent(pos, gender=gender)
    found = [k for k, m in enumerate(people.mentions) if m.cluster == ci and m.end <= pos] if ci is not None else []
    return found[-1] if found else None


def is_person_pronoun(text: str) -> bool:
    return fold_ascii_lower(text) in PERSON_PRONOUNS


__all__ = ["DocPeople", "PartySet", "PersonCluster", "PersonMention", "Quote", "TitleInfo", "build_people",
           "is_person_pronoun", "party_sets", "read_title"]
