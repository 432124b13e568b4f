"""Article-level evidence for actor resolution: the dateline and the article's own country.

- A wire dateline that the reader left in the body ("BRASILIA, Aug 8, 2024 - Brazilian President X on Thursday
  called ...", below a headline) is parsed as the sentence's subject with the real subject in apposition: the
  reference is moved to that appositive (rule "dateline->appositive").
- A national office or body named without its country ("the Foreign Office", "the interior ministry", "Foreign
  Office spokeswoman X", "security forces") takes the article's country: the country of the dateline place, when
  the article names no other country or names it at least DOMINANT times as often as any other (rule
  "context:article country"), unless its sentence names another country before it or the sentence before names
  only other countries (then "the interior ministry" may be theirs).
"""

from __future__ import annotations

import re
from collections import Counter

from msgspec.structs import replace
from spacy.tokens import Doc, Token

from ...kb import KnowledgeBase
from ...lexicon.words import word_set
from ...records import Actor, ActorRef, Document, Event
from ..nlp import parsed_text, sentence_at, sentences, tokens_with_pos
from ..read import dateline_length
from .names import institution_slug, slug
from .persons import kb_date
from .sentence_context import sentence_countries

_TOP_LINES = 4  # a dateline stands within the first lines (after a headline and a blank line)
_CACHE = "communique_article_country"

# words naming a national institution or state body that belongs to the article's country when it names no other
_NATIONAL_WORDS = word_set("actors/article_national_words")
_NATIONAL_SECTORS = word_set("actors/article_national_sectors")
# words marking someone from abroad or an international body, never placed in the article's country
_FOREIGN_WORDS = word_set("actors/article_foreign_words")
_HOME_AFTER_FOREIGN = word_set("actors/article_home_after_foreign")


DOMINANT = 2  # the dateline's country is the article's own when named this many times as often as any other
_DATELINE_MAX = 2_000  # a dateline is short: only the head of a (possibly million-character) line is looked at
_LAST_DATELINE: list[tuple[tuple[str, int, int], tuple[int, int] | None]] = []  # ((id, body start, text hash), range)


def dateline_range(document: Document) -> tuple[int, int] | None:
    """(start, end) document offsets of a dateline ("ISLAMABAD, October 2, 2023 (Reuters) - ") on one of the
    article's first lines, or None. Worked out once per document (it is asked once per actor reference)."""
    key = (document.id, document.body_start, hash(document.text))  # a str caches its hash: O(1) after the first
    last = _LAST_DATELINE[0] if _LAST_DATELINE else None  # read once: threads may replace it
    if last is not None and last[0] == key:
        return last[1]
    found = _dateline_range(document)
    _LAST_DATELINE[:] = [(key, found)]
    return found


def _dateline_range(document: Document) -> tuple[int, int] | None:
    text = document.text
    pos = 0  # the reader may already have cut an opening dateline off the body: look from the top
    for _ in range(_TOP_LINES + (text.count("\n", 0, document.body_start))):
        if pos >= len(text):
            return None
        nl = text.find("\n", pos)
        line = text[pos: min(nl if nl >= 0 else len(text), pos + _DATELINE_MAX)]
        if line.strip():
            n = dateline_length(line)
            if n > 0:
                return pos, pos + n
        if nl < 0:
            return None
        pos = nl + 1
    return None


def dateline_place(document: Document) -> str | None:
    """The first place name of the dateline ("ISLAMABAD"), or None."""
    rng = dateline_range(document)
    if rng is None:
        return None
    m = re.match(r"\s*([^,(:\-\u2013\u2014]+)", document.text[rng[0]: rng[1]])
    return m.group(1).strip() if m else None


def dateline_appositive(document: Document, sdoc: Doc, ref: ActorRef) -> ActorRef | None:
    """A reference lying in the dateline whose head has an appositive after it, or a second subject of its verb:
    that phrase ("BRASILIA, Aug 8, 2024 - Brazilian President X on Thursday called": X's phrase), else None."""
    rng = dateline_range(document)
    if rng is None or not (rng[0] <= ref.start and ref.end <= rng[1]):
        return None
    off = document.body_start
    span = sdoc.char_span(ref.start - off, ref.end - off, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    end_i = len(sdoc)
    for tok in span:
        # the appositive, else a second subject of the same verb after the dateline ("SANAA, Feb 19 - Yemen's
        # Houthi movement said": the parser made both subjects of "said")
        after = [ch for ch in tok.children if ch.dep_ == "appos" and off + ch.idx >= rng[1]]
        if not after and tok.dep_ in ("nsubj", "nsubjpass"):
            after = [ch for ch in tok.head.children if ch.dep_ == tok.dep_ and ch.i > tok.i]
        for ch in after:
            if off + ch.idx >= rng[1]:
                toks = [t for t in ch.subtree if off + t.idx >= rng[1]]
                toks = _contiguous(toks, ch, end_i)
                if toks:
                    first, last = toks[0], toks[-1]
                    start, end = off + first.idx, off + last.idx + len(last.text)
                    return ActorRef(text=sdoc[first.i: last.i + 1].text, start=start, end=end, head=off + ch.idx)
    return None


def _contiguous(toks: list[Token], head: Token, limit: int) -> list[Token]:
    """The run of ``toks`` around ``head`` without gaps (a subtree cut at the dateline may leave a hole)."""
    ids = {t.i for t in toks}
    lo = hi = head.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids and hi + 1 < limit:
        hi += 1
    return [t for t in toks if lo <= t.i <= hi]


_CONNECTORS = word_set("actors/article_connectors")
_NAME_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|the|and|de|du|des|la|le|al)\s+)*[A-Z][\w'\u2019-]*)+")


def acronym_in_article(document: Document, acronym: str) -> tuple[int, int, str] | None:
    """(start, end, name) of a capitalised name in the article whose initials spell ``acronym``: one the article
    defines as it ("Rapid Support Forces (RSF)" or "RSF (Rapid Support Forces)"), or a whole capitalised name for an
    acronym of three or more letters; never the inside of a longer name ("Ababa University" of "Addis Ababa
    University") or any two words for a two-letter acronym ("Upper Nile" for "UN"). None when there is none or two
    different ones."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    found: dict[str, tuple[int, int, str]] = {}
    for m in _NAME_RUN.finditer(document.text, document.body_start):
        words = m.group(0).split()
        # the run may hold more than the name: try each sub-run of capitalised words of the right length
        for i in range(len(words)):
            if words[i].lower() in _CONNECTORS:
                continue
            taken: list[str] = []
            j = i
            while j < len(words) and len(taken) < len(acronym):
                if words[j].lower() not in _CONNECTORS:
                    taken.append(words[j])
                j += 1
            if len(taken) == len(acronym) and "".join(w[0] for w in taken).upper() == acronym \
                    and not any(w.isupper() and len(w) > 1 for w in taken):
                name = " ".join(words[i:j])
                start = m.start() + m.group(0).find(words[i])
                end = start + len(name)
                defined = re.match(rf"\s*\(\s*{acronym}\s*\)", document.text[end : end + len(acronym) + 6])
                named_at = document.text.find(f"{acronym} (", max(0, start - len(acronym) - 4), start)
                whole = i == 0 and j == len(words) and len(acronym) >= 3  # a whole name, not two letters
                if j == len(words) and (defined or named_at >= 0 or whole):  # "Rapid Support Forces (RSF)"
                    found.setdefault(name.lower(), (start, end, name))
    if len(found) != 1:
        return None
    return next(iter(found.values()))


def article_country(document: Document, sdoc: Doc, kb: KnowledgeBase) -> tuple[str, str] | None:
    """(ISO3, evidence) for the article's own country: the dateline place's country (a country name, a capital or
    a city) when the article names no other country, or names it DOMINANT times as often as any other; cached."""
    cached = sdoc.user_data.get(_CACHE)
    if cached is not None and cached[0] == document.id:
        found: tuple[str, str] | None = cached[1]
        return found
    found = _article_country(document, sdoc, kb)
    sdoc.user_data[_CACHE] = (document.id, found)
    return found


def _article_country(document: Document, sdoc: Doc, kb: KnowledgeBase) -> tuple[str, str] | None:
    """The dateline's country, when the article names no other country or names it at least DOMINANT times as
    often as any other (counting the sentences that name a country, and again each capitalised word that names
    one, "Sudan's" and "Kenyan" included, so a country named as a word weighs more than one named only through a
    city; on the corpus this weighting placed 22 of 24 changed rows right): a dateline at a third-country venue
    ("JEDDAH -" for talks on Sudan) or a story about a neighbour would otherwise give its offices the wrong
    country, and a wrong office holder is worse than none."""
    place = dateline_place(document)
    if not place:
        return None
    iso = _place_country(kb, place)
    if iso is None:
        return None
    counts: Counter[str] = Counter()
    for s in sentences(sdoc):
        counts.update(sentence_countries(sdoc, kb, s.start_char).keys())
    for i in [*tokens_with_pos(sdoc, "PROPN"), *tokens_with_pos(sdoc, "ADJ")]:  # each word naming a country
        word = sdoc[i].text
        if word[:1].isupper() and (c := kb.country(word)) is not None and len(c.iso3) == 3 and c.iso3.isalpha():
            counts[c.iso3] += 1
    others = max((n for k, n in counts.items() if k != iso), default=0)
    if others == 0:
        return iso, f"dateline '{place}'"
    if counts[iso] >= DOMINANT * others:
        return iso, f"dateline '{place}', the country the article names most"
    return None


def _place_country(kb: KnowledgeBase, place: str) -> str | None:
    c = kb.country(place)
    if c is not None:
        return c.iso3
    city = kb.place(place) or kb.place(place.title())
    if city is not None and city.country:
        return city.country
    region = kb.minor_place(place.title())
    return region[0] if region is not None else None


def _national(a: Actor) -> bool:
    if a.country is not None or (a.sector or "") not in _NATIONAL_SECTORS:
        return False
    if (a.resolution or "").startswith(("coref:", "unresolved:pronoun", "unresolved:group")):
        return False
    words = [w.strip(",.()'\"`").lower() for w in (a.text or a.name).replace("-", " ").split()]
    if any(w in _FOREIGN_WORDS and not (w == "foreign" and nxt in _HOME_AFTER_FOREIGN)
           for w, nxt in zip(words, [*words[1:], ""], strict=True)):
        return False  # "foreign diplomats", "a U.N. envoy" (but "the Foreign Office" is the country's own)
    if a.kind == "person":
        return a.role is not None
    return any(w in _NATIONAL_WORDS for w in words)


def _other_country_before(sdoc: Doc, kb: KnowledgeBase, iso: str, char: int) -> bool:
    """Does the sentence at body offset ``char`` name another country before ``char``, or (naming none before
    it) does the sentence before name only other countries?"""
    sent = sentence_at(sdoc, char)
    if sent is None:
        return True
    before = {k: v for k, v in sentence_countries(sdoc, kb, sent.start_char).items()
              if parsed_text(sdoc).find(v, sent.start_char) < char}
    if any(k != iso for k in before):
        return True
    if before:
        return False
    if sent.start == 0:
        return False
    prev = sentence_at(sdoc, sdoc[sent.start - 1].idx)
    if prev is None:
        return False
    named = sentence_countries(sdoc, kb, prev.start_char)
    return bool(named) and iso not in named


def fill_article_country(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event) -> None:
    """Give the event's national offices and bodies left without a country the article's country (in place)."""
    found = None
    off = document.body_start
    for side in (ev.actors, ev.recipients):
        for i, a in enumerate(side):
            if not _national(a):
                continue
            if found is None:
                found = article_country(document, sdoc, kb)
                if found is None:
                    return
            iso, why = found
            at = _mention_at(document, sdoc, a, ev)
            if at is None or _other_country_before(sdoc, kb, iso, at - off):
                continue
            new_id = a.id
            if a.kind == "group" and a.id is None and a.sector:
                new_id = f"group:{iso}-{a.sector}"
            elif a.kind == "organization" and a.id == f"org:{slug(a.name)}":  # "the Foreign Office" of this country
                new_id = f"org:{iso}-{institution_slug(a.name)}"
            placed = replace(a, id=new_id, country=iso,
                             resolution=f"{a.resolution}; context:article country ({why}) -> {iso}")
            side[i] = _office_holder(kb, placed, ev.date or document.published) or placed


def _office_holder(kb: KnowledgeBase, a: Actor, date: str | None) -> Actor | None:
    """An office ("the defence minister") placed in the article's country: its holder on the date when the KB
    knows exactly one (rule "kb:office-holder"), else None."""
    if a.kind != "person" or a.id is not None or a.role is None or a.country is None \
            or not (a.resolution or "").startswith("unresolved:office"):
        return None
    entry = kb.office_holder(a.country, a.role, kb_date(date))
    if entry is None:
        return None
    return replace(a, id=entry.id, name=entry.name,
                   resolution=f"{a.resolution}; kb:office-holder {a.country} {a.role} {kb_date(date)}")


def _mention_at(document: Document, sdoc: Doc, a: Actor, ev: Event) -> int | None:
    """The document offset of the actor's text in the event's sentence (else the trigger's offset)."""
    if ev.trigger is None:
        return None
    off = document.body_start
    sent = sentence_at(sdoc, ev.trigger.start - off)
    if sent is None:
        return None
    if a.text:
        k = parsed_text(sdoc).find(a.text, sent.start_char, sent.end_char)
        if k >= 0:
            return off + k
    return ev.trigger.start


__all__ = ["acronym_in_article", "article_country", "dateline_appositive", "dateline_place", "dateline_range", "fill_article_country"]
