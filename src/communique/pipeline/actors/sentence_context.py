"""Sentence-level country fallback for actors the phrase itself leaves without a country.

A domestic body, party, titled official or group that neither the KB nor its own phrase places ("the Islamic
Salvation Front", "Judge Ana Ruiz", "the rebels") takes the country of its sentence when the sentence names
exactly one country (a country name, demonym, capital or large city). Refugees and international bodies never
do (they act abroad by nature), nor do named people without a title, nor actors the text already placed.
Rule: "text:sentence's only country 'X' -> ISO3".

Sector cues applied afterwards: a person or group introduced as former ("former President X") is an elite (ELI,
PLOVER's code for former officials), as is one ousted/deposed/exiled; a town the KB knows only as a
minor place is its people (CVL), as a known city is, and so is a capital that is attacked or threatened (a capital
that speaks stands for its government); radical/armed organisations and unknown "... Liberation/... Front" bodies
are rebels (REB).
"""

from __future__ import annotations

import functools
import re

from msgspec.structs import replace
from spacy.tokens import Doc, Span, Token

from ...kb import KnowledgeBase
from ...lexicon.words import word_list, word_set
from ...records import Actor, Event
from ..events.phrase_parts import named_after_place
from ..nlp import entities_within, sentence_at
from ..places import country_hints, place_in_context

# sectors of actors that are abroad by nature or not national: never placed by the sentence
_FOREIGN_SECTORS = word_set("actors/sentence_context_foreign_sectors")
# roles of people who act abroad: an envoy in a sentence about a country is rarely of that country
_ABROAD_ROLES = word_set("actors/sentence_context_abroad_roles")
_PLACE_LABELS = word_list("actors/sentence_context_place_labels")
FORMER_CUES = word_set("actors/sentence_context_former_cues")
_OFFICIAL_HEADS = word_set("actors/former_official_heads")  # "ex-strongman": an office; not "ex-colleagues"
_BIG_CITY = 100_000


def _sentence(sdoc: Doc, char: int) -> Span | None:
    return sentence_at(sdoc, char)


EXCLUSION_CUES = word_set("actors/sentence_context_exclusion_cues")


def excluding_cue(prep: Token) -> bool:
    """A preposition that leaves its object out: "except", "apart from", "other than", "with the exception of"."""
    return prep.lower_ in EXCLUSION_CUES or f"{prep.head.lower_} {prep.lower_}" in EXCLUSION_CUES


def excluded(tok: Token) -> bool:
    """A party the sentence names only to leave it out: the object of "except", "apart from", "other than" ..., or
    the appositive of "all but two leaders -- X and Y --"."""
    t = tok
    for _ in range(6):
        if t.dep_ not in ("conj", "appos", "pobj", "pcomp", "prep", "compound", "amod"):
            return False
        if t.dep_ in ("prep", "pcomp") and excluding_cue(t):
            return True
        if t.dep_ == "appos" and any(d.lower_ == "all" and any(c.lower_ == "but" for c in d.children)
                                     for d in t.head.children if d.dep_ in ("det", "predet")):
            return True
        t = t.head
    return False


def sentence_countries(sdoc: Doc, kb: KnowledgeBase, char: int) -> dict[str, str]:
    """ISO3 -> the first text naming it, for the countries the sentence at ``char`` names (entities only)."""
    sent = _sentence(sdoc, char)
    out: dict[str, str] = {}
    if sent is None:
        return out
    for ent in entities_within(sdoc, sent.start_char, sent.end_char):
        if ent.label_ not in _PLACE_LABELS or excluded(ent.root) or named_after_place(ent.root):
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        text = text[:-2] if text.endswith("'s") else text
        c = kb.country(text)
        if c is not None:
            if len(c.iso3) == 3 and c.iso3.isalpha():
                out.setdefault(c.iso3, text)
            continue
        place = kb.place(text)
        if place is not None and place.country and (place.kind == "capital" or (place.population or 0) >= _BIG_CITY):
            out.setdefault(place.country, text)
    return out


_GATHERINGS = word_set("events/gathering_nouns") | word_set("actors/sentence_context_venue_nouns")
_TRAVEL_VERBS = word_set("actors/sentence_context_venue_verbs")  # (not events/motion_verbs: its "meet", "sit" are no
# journey; a governor meeting elders in his city is of its country)


def venue_city(sdoc: Doc, kb: KnowledgeBase, char: int, text: str) -> bool:
    """Is ``text``, a city the sentence at ``char`` names, only where someone travels or meets ("arrived in Paris",
    "the Arusha meeting", "a summit in Brussels"), which says nothing of whose the people there are? A country
    name or demonym never is."""
    sent = _sentence(sdoc, char)
    if sent is None or kb.country(text) is not None:
        return False
    for ent in entities_within(sdoc, sent.start_char, sent.end_char):
        if text not in ent.text:
            continue
        r = ent.root
        if r.dep_ in ("compound", "amod", "nmod") and r.head.lemma_.lower() in _GATHERINGS:
            return True  # "the Arusha meeting"
        if r.dep_ == "dobj" and r.head.lemma_.lower() in _TRAVEL_VERBS:
            return True  # "visited Paris"
        if r.dep_ == "pobj" and r.head.lower_ in ("in", "to", "for", "at") and (
                r.head.head.lemma_.lower() in _TRAVEL_VERBS | _GATHERINGS):
            return True  # "arrived in Paris", "a summit in Brussels"
    return False


_ABROAD_WORDS = word_list("actors/sentence_context_abroad_words")
# sectors a recipient group may be placed in: national bodies and armed or political groups, not people at large
_RECIPIENT_SECTORS = word_set("actors/sentence_context_recipient_sectors")


def _plain_words(a: Actor) -> list[str]:
    return [w.strip(",.()'\"`") for w in (a.text or a.name).replace("-", " ").lower().split()]


_NGO_CUES = ("human rights", "humanitarian", "aid ", "relief", "charity", "charitable", "advocacy", "watchdog",
             "non-governmental", "nongovernmental", "environmental", "press freedom", "civil liberties")
_NGO_HEADS = word_set("actors/sentence_context_ngo_heads")


def ngo_description(a: Actor) -> bool:
    """A non-governmental organisation described, not named ("a human rights group", "aid agencies")."""
    if a.country is not None or a.kind == "person":
        return False
    low = " ".join(_plain_words(a)) + " "
    return bool(_plain_words(a)) and _plain_words(a)[-1] in _NGO_HEADS and any(c in low for c in _NGO_CUES)


def _placeable(a: Actor) -> bool:
    if a.country is not None or (a.sector or "") in _FOREIGN_SECTORS or ngo_description(a):
        return False
    if any(w in a.name.lower() for w in _ABROAD_WORDS):  # "diplomats", "foreign observers"
        return False
    if a.kind == "person":
        return a.role is not None and a.role.lower() not in _ABROAD_ROLES and a.id is None
    if a.kind == "organization":
        return (a.resolution or "").startswith("text:organisation not in KB") or a.id is None
    return a.kind == "group" and a.sector is not None


def _city_in_name(kb: KnowledgeBase, name: str) -> tuple[str, str] | None:
    """The country of a capital or large city named inside an organisation's name."""
    for word in name.split():
        if not word[:1].isupper():
            continue
        place = kb.place(word)
        if place is not None and place.country and (place.kind == "capital" or (place.population or 0) >= _BIG_CITY):
            return place.country, word
    return None


_ORIGIN = re.compile(r"\b(?:in|from)\s+(?:the\s+)?((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){0,3})")
_DIRECTIONS = word_set("actors/sentence_context_directions")


def _origin_in_phrase(kb: KnowledgeBase, text: str, hints: list[str] | None = None) -> tuple[str, str] | None:
    """The country of a place the phrase itself puts its head in or from ("a missionary from Calgary", "a village
    in Western Cambodia"): a country name, else a capital or large city (an ambiguous city name read in the light
    of the countries of the sentence, ``hints``: "militias in Tripoli" beside "the north Lebanese port"), else a
    region whose name opens with a direction ("Northern Ireland")."""
    for m in _ORIGIN.finditer(text):
        words = m.group(1).split()
        if len(words) > 1 and words[0].lower() in _DIRECTIONS:
            whole = " ".join(words)
            region = kb.minor_place(whole) if kb.country(whole) is None else None
            if region is not None:  # "Northern Ireland" is not Ireland
                return region[0], whole
            words = words[1:]
        name = " ".join(words)
        country = kb.country(name)
        if country is not None:
            return country.iso3, name
        place = place_in_context(kb, name, hints or [])
        if place is not None and place.country and (place.kind == "capital" or (place.population or 0) >= _BIG_CITY):
            return place.country, name
    return None


def _named(a: Actor) -> bool:
    """A recipient group must be named by more than a common noun ("Moslem forces", not "students"): whoever is
    acted on in a country is often not of it (CAMEO leaves "police arrested students in X" uncoded)."""
    words = [w for w in (a.text or a.name).split() if w.lower() not in ("the", "a", "an")]
    return a.kind != "group" or (len(words) > 1 and any(w[:1].isupper() for w in words[:-1])
                                 and (a.sector or "") in _RECIPIENT_SECTORS)


def _place_by_name(kb: KnowledgeBase, ev: Event, hints: list[str] | None = None) -> None:
    """Unplaced actors whose own name says where they are from."""
    for side in (ev.actors, ev.recipients):
        for i, a in enumerate(side):
            words = a.name.split()
            if a.country is None and words and words[-1][:1].isupper() and words[-1].endswith("s") \
                    and (iso := kb.ethnic_group(words[-1])) is not None:  # "some 2,000 Chechens"
                side[i] = replace(a, id=f"group:{iso}-CVL", kind="group", country=iso, sector=a.sector or "CVL",
                                  resolution=f"{a.resolution}; kb:ethnic group '{words[-1]}' -> {iso}")
            elif a.country is None and (hit := _origin_in_phrase(kb, a.text or a.name, hints)) is not None:
                side[i] = replace(a, country=hit[0],
                                  id=f"group:{hit[0]}-{a.sector}" if a.kind == "group" and a.id is None and a.sector
                                  else a.id,
                                  resolution=f"{a.resolution}; text:place '{hit[1]}' in phrase -> {hit[0]}")
            elif a.kind == "organization" and _placeable(a) and (hit := _city_in_name(kb, a.name)) is not None:
                side[i] = replace(a, country=hit[0],  # "Baghdad University Medical School"
                                  resolution=f"{a.resolution}; text:city '{hit[1]}' in name -> {hit[0]}")


_PLACE_RULE = re.compile(r"text:place '([^']+)' -> ([A-Z]{3})")


def recheck_city(kb: KnowledgeBase, a: Actor, hints: list[str]) -> Actor:
    """An actor placed by a city name the sentence's countries read otherwise ("militias in Tripoli" beside
    "the north Lebanese port": Lebanon's Tripoli, not Libya's) takes that city's country."""
    m = _PLACE_RULE.search(a.resolution or "")
    if m is None or a.country != m.group(2) or kb.country(m.group(1)) is not None or a.country in hints:
        return a  # no city rule, or the sentence names the city's country itself ("Libyan ... Tripoli")
    others = [h for h in hints if h != a.country]
    place = place_in_context(kb, m.group(1), others)
    if place is None or place.country == a.country or place.country not in others:
        return a
    iso = str(place.country)
    new_id = f"group:{iso}-{a.sector}" if a.kind == "group" and (a.id or "").startswith("group:") and a.sector \
        else a.id
    return replace(a, id=new_id, country=iso,
                   resolution=f"{a.resolution}; context:city '{m.group(1)}' read by the sentence's countries -> {iso}")


@functools.lru_cache(maxsize=1024)
def _region_pattern(name: str) -> re.Pattern[str]:
    """"Northern <name>" and the like, compiled once per country name (re's own cache is too small for them all)."""
    return re.compile(r"\b((?:Northern|Southern|Eastern|Western|North|South|East|West|Upper|Lower) " + re.escape(name)
                      + r")\b")


def recheck_region(kb: KnowledgeBase, a: Actor) -> Actor:
    """An actor placed by a country name that is the tail of a region of another country ("... in Northern
    Ireland" is not Irish)."""
    entry = kb.country_by_code(a.country) if a.country and len(a.country) == 3 else None
    text = a.text or a.name
    if entry is None:
        return a
    for name in (entry.name, *entry.names):
        m = _region_pattern(name).search(text) if name in text else None  # no name in the text: no region of it
        if m is None or kb.country(m.group(1)) is not None:
            continue
        region = kb.minor_place(m.group(1))
        if region is not None and region[0] != a.country:
            iso = region[0]
            new_id = f"org:{iso}-{a.id.split('-', 1)[1]}" if (a.id or "").startswith(f"org:{a.country}-") and a.id \
                else (f"group:{iso}-{a.sector}" if (a.id or "").startswith("group:") and a.sector else a.id)
            return replace(a, id=new_id, country=iso,
                           resolution=f"{a.resolution}; context:region '{m.group(1)}' -> {iso}")
    return a


def fill_sentence_country(sdoc: Doc, kb: KnowledgeBase, ev: Event, off: int) -> None:
    """Give the event's unplaced actors/recipients a country from their own name, else the sentence's only
    country (in place)."""
    sent = _sentence(sdoc, ev.trigger.start - off) if ev.trigger is not None else None
    hints = country_hints(sdoc, sent.start_char, sent.end_char, kb) if sent is not None else []
    _place_by_name(kb, ev, hints)
    for side in (ev.actors, ev.recipients):
        for i, a in enumerate(side):
            if a.country is not None:  # "militias in Tripoli" beside "Lebanese"; "... in Northern Ireland"
                side[i] = recheck_region(kb, recheck_city(kb, a, hints))
    sides = (ev.actors, ev.recipients)
    if ev.trigger is None:
        return
    if not any(_placeable(a) and (side is ev.actors or _named(a)) for side in sides for a in side):
        return
    found = sentence_countries(sdoc, kb, ev.trigger.start - off)
    if len(found) != 1:
        return
    iso, text = next(iter(found.items()))
    # "the Archipelago wanted ties with Angola": a state that is itself the other side is not this side's
    # (its government may be: "rebels accused the Chadian government" stay Chadian)
    others = ({r.country for r in ev.recipients if r.kind == "country" and r.sector is None},
              {a.country for a in ev.actors if a.kind == "country" and a.sector is None})
    for side, other in zip(sides, others, strict=True):
        if iso in other:
            continue
        for i, a in enumerate(side):
            if a.kind == "person" and text not in (a.text or "") and venue_city(sdoc, kb, ev.trigger.start - off, text):
                continue  # a city a person travels to or meets in is not whose the person is ("attend the Arusha
                # meeting"); a local official's own city still places ("the governor ... in Kandahar")
            if _placeable(a) and (side is ev.actors or _named(a)):
                new_id = f"group:{iso}-{a.sector}" if a.kind == "group" and a.id is None and a.sector else a.id
                side[i] = replace(a, id=new_id, country=iso,
                                  resolution=f"{a.resolution}; text:sentence's only country '{text}' -> {iso}")


# events whose target place is hit where people live: "shelled Xville", "threatened to bomb Xville" -> CVL
_PLACE_HIT_EVENTS = frozenset({"ASSAULT", "THREATEN"})
_PLACE_NOUNS = word_set("actors/sentence_context_place_nouns")
_ARMED_CUES = word_set("actors/sentence_context_armed_cues")
_FOLLOWERS = word_set("actors/sentence_context_followers")
_ARMED_NAME_WORDS = word_set("actors/sentence_context_armed_name_words")


def _former(a: Actor) -> str | None:
    """The cue word opening the actor's text ("former", "ousted", ...), or None."""
    words = (a.text or "").replace("-", " ").lower().split()
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    return words[0] if words and words[0] in FORMER_CUES else None


def _words(a: Actor) -> list[str]:
    return [w.strip(",.()'\"") for w in (a.text or a.name).replace("-", " ").lower().split()]


def _sector_cue(ev: Event, a: Actor, recipient: bool) -> tuple[str, str] | None:
    """(new sector, rule) for one actor, or None (the first matching cue wins)."""
    res = a.resolution or ""
    words = _words(a)
    cue = _former(a) if a.kind in ("person", "group") and (a.sector in ("GOV", "LEG", "MIL", "JUD") or (
        a.sector is None and words and words[-1] in _OFFICIAL_HEADS)) else None
    if cue is not None:
        return "ELI", "text:former official -> ELI"
    if a.sector == "ELI" and _FOLLOWERS & set(words[:4]):  # "supporters of former President X": out of power
        return "OPP", "text:followers of a former leader -> OPP"
    if a.sector is None and "unresolved:place not in KB" in res and "; text:town " in res:
        return "CVL", "text:town's people -> CVL"
    if recipient and res.startswith("kb:capital") and ev.event_type in _PLACE_HIT_EVENTS:
        return "CVL", f"text:capital as target of {ev.event_type} -> its people (CVL)"
    if a.sector is None and "(role unknown)" in res and _PLACE_NOUNS & set(words):
        return "CVL", "text:town's people -> CVL"
    own = (a.name if res.startswith("text:quantity") else a.text) or ""  # "Thousands of Syrian Druze": the people
    if a.sector is None and "(role unknown)" in res and a.kind == "group" and own.rstrip()[-1:] == "s" \
            and own.split()[-1][:1].isupper() and "of" not in own.lower().split():
        return "CVL", "text:a country's people group -> CVL"  # "Some 800,000 Iraqi Kurds"
    if a.kind == "organization" and a.sector in (None, "REL", "OPP"):
        if _ARMED_CUES & set(words):
            return "REB", "text:radical/armed organisation -> REB"
        if "organisation not in KB" in res and _ARMED_NAME_WORDS & set(_words(a)[-6:]) \
                and any(w[:1].isupper() for w in (a.text or a.name).split()):
            return "REB", "text:liberation/front organisation -> REB"
    return None


def apply_sector_cues(ev: Event) -> None:
    """Sector cues read off the actor's own words and the event (in place; each change records its rule):
    former/ousted officials -> ELI, towns and attacked capitals -> CVL, radical/armed or
    "... Front"/"... Liberation ..." organisations -> REB."""
    for side in (ev.actors, ev.recipients):
        for i, a in enumerate(side):
            hit = _sector_cue(ev, a, side is ev.recipients)
            if hit is not None:
                side[i] = replace(a, sector=hit[0], resolution=f"{a.resolution}; {hit[1]}")
