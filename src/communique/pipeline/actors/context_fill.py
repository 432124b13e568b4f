"""Context rules for participants that their phrase and the KB leave without a country (run after places).

Each rule records itself in the actor's ``resolution`` (``communique events --explain`` shows it):

* ``context:place in phrase`` -- a place named inside the actor's own noun phrase, its relative or participial
  clause included ("refugees fleeing the civil war in Liberia"); not through "to/into/against/by/with" (a
  destination or another party). An ambiguous city is read in the light of the sentence's countries.
* ``context:domestic-counterpart`` -- a domestic-type actor (group, party, rebels, demonstrators, media, an
  unknown named body or person) whose event's other side is a state organ of one country C (sector GOV, COP,
  JUD, LEG; MIL outside fighting) takes C ("Turkish police prevented students ...", "President X lifted the ban
  on the Y Front"). Not for diplomatic contact (meetings, aid, support, cooperation), where the sides are
  usually of two countries, nor for a named person's accusation, demand, rejection or threat ("X blasted
  Washington"), which crosses borders as often.
* ``context:host-of-visit`` -- the host of a visit (CAMEO 043) with no country of its own is in the country the
  visit takes place in ("talks in X hosted by Prime Minister Y").
* ``context:event-location`` -- in events that happen where their parties are (protests, attacks, coercion,
  mobilisation, threats) an unplaced actor takes the country of the event's resolved location ("a journalist
  killed ... in eastern Beirut"); never a named person without a title, never from a visit's destination.
* ``context:article-country`` -- last resort, in the same local events and with the same reserve about bare
  recipient groups (and in any event the police act in): an unplaced domestic actor ("Police used water cannon
  ...", "Police blamed the insurgents") takes the article's country C
  when the article's body names no country but C, or when its dateline's place is in C and the event's sentence
  and the one before name C and no other country ("TBILISI -- ... rallied in Tbilisi. Police arrested ...").
* ``context:unidentified-attacker`` (``attack_context``) -- an attack with no actor whose cause is a weapon or explosion ("killed by
  an improvised explosive device", "a roadside bombing killed") gets "unidentified attackers" (sector UAF,
  CAMEO's unidentified forces) of the event location's country, else of the sentence's only country.
* ``context:claimant-territory`` (``attack_context``) -- unnamed places and people attacked ("some towns along the border were shelled
  by X", "X's troops fired at villages, killing two civilians") in a claim made by a country other than the
  attacker ("Y claimed that ...", "Y accused X ..., saying ...") belong to the claimant.
* ``context:transnational-organisation`` -- an organisation not in the KB whose name marks it as transnational
  ("International ...", "World ...", "... Forum", "Association of African ...", a ceasefire/monitoring
  committee) takes PLOVER's pseudo-country NGO (IGO for "International ... Office/Agency/Organization").
* ``context:restricted-place-population`` -- the place a curfew, martial law or state of emergency is imposed on
  or eased in (``phrase_recipients.restricted_place``) stands for its people: the place's country, sector CVL,
  also when it is the actor's own country ("Turkish authorities imposed a curfew in the town of X").
* ``context:ethnic-residence`` -- an ethnic group ("ethnic Hungarian activists", "the Turkish minority") is coded
  where it lives (CAMEO/PLOVER convention): the country of a place in its phrase, else of the event's location;
  never a state organ ("Israeli troops in Lebanon" stay Israeli).
* generic, uncodable parties ("developed countries", "other nations", "peace-building organizations", "the
  organization" left unresolved) are dropped from the event (the event's ``rule`` records it): nothing
  wrong is recorded rather than a countryless party.
* ``context:addressed collective, kept by name`` -- except a collective that a demand, charge or pledge is
  addressed to and that says what it asks ("urged the international community to ...", "called on all
  nations to ...", "accused western nations of ..."): it is the act's recipient, by name, with no country, and
  no counterpart rule gives it one.
"""

from __future__ import annotations

import bisect
import re

from msgspec.structs import replace
from spacy.tokens import Doc, Span

from ...kb import KnowledgeBase
from ...lexicon.words import word_list, word_set
from ...records import Actor, ActorRef, Document, Event
from ..nlp import sentence_at, sentences
from ..places import country_hints, place_in_context
from .attack_context import (
    claimant_territory,
    unidentified_attacker,
    unnamed_arresting_police,
    unnamed_security_forces,
    victims_at_attacked_place,
)
from .context_common import FIGHTING, actor_words, real_iso, trigger_token, with_country
from .sentence_context import excluded, ngo_description, recheck_city, recheck_region, sentence_countries

_FOREIGN_SECTORS = word_set("actors/context_fill_foreign_sectors")
_STATE_SECTORS = word_set("actors/context_fill_state_sectors")
_ABROAD_WORDS = word_list("actors/context_fill_abroad_words")
_ABROAD_ROLES = word_list("actors/context_fill_abroad_roles")
# events between parties of two countries as often as of one: no counterpart rule
_DIPLOMATIC = word_set("actors/context_fill_diplomatic")
_DIPLOMATIC_INTENTS = word_set("actors/context_fill_diplomatic_intents")  # "would like to work with X" (AGREE 031)
_VERBAL = word_set("actors/context_fill_verbal_types")  # a person's statement may cross a border
HOST_VISIT = "043"  # CAMEO "host a visit"
VISIT = "042"  # CAMEO "make a visit"
# events that happen where their parties are
_LOCAL_EVENTS = word_set("actors/context_fill_local_events")
_HOME_SECTORS = word_set("actors/context_fill_home_sectors")  # police act (and speak) at home
_NOT_ORIGIN_PREPS = word_set("actors/context_fill_not_origin_preps")
_GENERIC_HEADS = word_set("actors/context_fill_generic_heads")
_GENERIC_OPENERS = word_set("actors/context_fill_generic_openers")
_DOCUMENT_NOUNS = word_set("events/document_nouns")  # texts named by their author: "the motion", "the report"
_ADDRESSED_TYPES = word_set("actors/context_fill_addressed_types")
_ADDRESSED_HEADS = word_set("actors/context_fill_addressed_heads")
ADDRESSED = "context:addressed collective, kept by name"
_NAME_SMALL_WORDS = word_set("actors/context_fill_name_small_words")
_TRANSNATIONAL_OPEN = ("international ", "world ", "global ", "third world ", "inter-", "pan-", "transnational ")
_IGO_HEADS = word_set("actors/context_fill_igo_heads")
_REGION_ADJ = word_set("actors/context_fill_region_adj")
_MONITOR_WORDS = word_set("actors/context_fill_monitor_words")
_MONITOR_HEADS = word_set("actors/context_fill_monitor_heads")


def _domestic(a: Actor, refugees: bool) -> bool:
    """An actor the context may place: no country, not international by its sector or words, not an envoy."""
    if a.country is not None or (a.sector or "") in _FOREIGN_SECTORS:
        return False
    if a.sector == "REF" and not refugees:
        return False
    low = (a.text or a.name).lower()
    if any(w in low for w in _ABROAD_WORDS):
        return False
    heads = {w[-1] for w in (actor_words(a), a.name.lower().split()) if w}  # the text, or what "it" stood for
    if any(h in _DOCUMENT_NOUNS or h.rstrip("s") in _DOCUMENT_NOUNS for h in heads):
        return False  # "a motion ... called on Tehran": a text, no organ of the state it is aimed at
    if a.kind == "person" and a.role and any(r in a.role.lower() for r in _ABROAD_ROLES):
        return False
    return not (a.id or "").startswith("kb:") and "kb:person" not in (a.resolution or "")


_BARE_SKIP = word_set("actors/context_fill_bare_skip")


def bare_group(a: Actor) -> bool:
    """A group named by a common noun alone ("students", "200 demonstrators"): whoever a state organ acts on
    in a country is often not of it (CAMEO leaves "police arrested students in X" uncoded)."""
    words = [w for w in (a.text or a.name).split() if w.lower() not in _BARE_SKIP
             and not any(c.isdigit() for c in w) and w.lower() not in _NUMBER_WORDS]
    return a.kind == "group" and len(words) <= 1 and not any(w[:1].isupper() for w in words)


_NUMBER_WORDS = word_set("actors/context_fill_number_words")


def _named_person(a: Actor) -> bool:
    """A person known only by name (no title): the place of the event does not say where they are from."""
    return a.kind == "person" and a.role is None and a.name[:1].isupper()


def _sentence_of(sdoc: Doc, char: int) -> Span | None:
    return sentence_at(sdoc, char)


def _tokens_of(document: Document, sdoc: Doc, a: Actor, refs: list[ActorRef]) -> Span | None:
    """The tokens of the actor's own surface text inside one of its side's references."""
    text = a.text or a.name
    off = document.body_start
    for ref in refs:
        at = document.text.find(text, ref.start, max(ref.end, ref.start + len(text)))
        if at >= 0:
            span = sdoc.char_span(at - off, at - off + len(text), alignment_mode="expand")
            if span is not None and len(span):
                return span
    return None


# --- rule: a place inside the actor's own phrase -------------------------------------------------------------------


def _phrase_place(kb: KnowledgeBase, span: Span, hints: list[str]) -> tuple[str, str] | None:
    """(ISO3, place) for a country or known city named in the subtree of the phrase's head (its relative and
    participial clauses included), not reached through a destination/adversary preposition."""
    head = span.root
    conj = {c.i for c in head.conjuncts}
    for tok in head.subtree:
        if tok.ent_type_ not in ("GPE", "LOC") or tok.ent_iob_ != "B" or excluded(tok):
            continue
        if any(t.i in conj for t in tok.ancestors if t.i != head.i and head in t.ancestors):
            continue
        path_ok, linked = True, False  # through a preposition or a clause, not a premodifier ("anti-Syria")
        t = tok
        while t.i != head.i and t.head.i != t.i:
            if (t.dep_ in ("prep", "agent") and t.lower_ in _NOT_ORIGIN_PREPS) or t.dep_ == "conj":
                path_ok = False
                break
            linked = linked or t.dep_ in ("prep", "acl", "relcl")
            t = t.head
        if not path_ok or not linked:
            continue
        end = tok.i + 1
        while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
            end += 1
        name = tok.doc[tok.i:end].text
        name = name[4:] if name.lower().startswith("the ") else name
        name = name[:-2] if name.endswith("'s") else name
        country = kb.country(name)
        if country is not None and real_iso(country.iso3):
            return country.iso3, name
        place = place_in_context(kb, name, hints)
        if place is not None and place.country and (place.kind == "capital" or (place.population or 0) >= 100_000):
            return place.country, name
    return None


# --- rule: generic parties ----------------------------------------------------------------------------------------


def generic_party(a: Actor) -> bool:
    """An uncodable generic party: lower-case words only, headed by a collective noun of states/organisations
    ("developed countries", "some states", "peace-building organizations", "the organization")."""
    if a.country is not None or a.id is not None or a.kind == "person":
        return False
    words = (a.text or a.name).split()
    if not words or any(w[:1].isupper() for w in words[1:]) or any(c.isdigit() for c in a.text or ""):
        return False
    first = words[0]
    if first[:1].isupper() and first.lower() not in _GENERIC_OPENERS:
        return False
    ws = [w for w in actor_words(a) if w]
    if not ws:  # only punctuation ("-")
        return False
    head = ws[ws.index("of") - 1] if "of" in ws[1:] else ws[-1]  # "the leaders of the two countries": leaders
    return head in _GENERIC_HEADS and not ngo_description(a)


# --- rule: transnational organisations -----------------------------------------------------------------------------


_MEMBERS = re.compile(r"^(?:members|leaders|officials|delegates|representatives|experts|lawyers|staff) of "
                      r"(?:the )?([A-Z].*)$", re.IGNORECASE)


def transnational(a: Actor) -> str | None:
    """The pseudo-country of an organisation whose name marks it as transnational, else None."""
    if a.country is not None:
        return None
    name = a.name.strip()
    member = _MEMBERS.match(name)
    if member is not None and a.kind == "group" and (a.resolution or "").startswith("unresolved:"):
        name = member.group(1)  # "Members of the Association of ...": the organisation's people
    elif a.kind != "organization" or "not in KB" not in (a.resolution or ""):
        return None
    low = name.lower()
    words = [w.strip("(),.") for w in low.replace("-", " - ").split()]
    if not name[:1].isupper() or not words:
        return None
    proper = [w for w in name.split() if w.lower() not in _NAME_SMALL_WORDS]
    if not all(w[:1].isupper() or w[:1] == "(" for w in proper):
        return None
    head = words[-1] if "of" not in words else words[words.index("of") - 1]
    if low.startswith(_TRANSNATIONAL_OPEN) and "summit" in words[: words.index("on") if "on" in words else None]:
        return "IGO"  # "World Summit on the Information Society": a meeting of governments
    if low.startswith(_TRANSNATIONAL_OPEN):
        return "IGO" if low.startswith("international ") and head in _IGO_HEADS else "NGO"
    if words[-1] == "forum":
        return "NGO"
    m = re.match(r"^(?:\w+ )?(?:association|federation|union|council|league|network|alliance) of (\w+)", low)
    if m is not None and m.group(1) in _REGION_ADJ:  # "Association of African Jurists"
        return "NGO"
    if _MONITOR_WORDS & set(words) and _MONITOR_HEADS & set(words):
        return "NGO"
    return None


# --- the pass --------------------------------------------------------------------------------------------------------


def _counterpart(ev: Event, other: list[Actor]) -> str | None:
    """The one country whose state organs make up the other side (None when none or several)."""
    mil_ok = ev.event_type not in FIGHTING and ev.event_type not in _VERBAL  # troops are often abroad: a demand
    # about "US troops" ("called for a reduction of US troops") places no one in the US
    found = {o.country for o in other if real_iso(o.country)
             and ((o.sector or "") in _STATE_SECTORS or (mil_ok and o.sector == "MIL"))
             and not (o.role and any(r in o.role.lower() for r in _ABROAD_ROLES))}
    return next(iter(found)) if len(found) == 1 else None


def states_what(document: Document, sdoc: Doc, ev: Event) -> bool:
    """The report says what is demanded or charged: an infinitive or clause under the trigger ("urged X to act",
    "called on X to ..."), a charge's "of" or a call's "for" ("accused X of meddling"), or a reported obligation
    ("X should act"). "Reached out to the international community" says nothing of the kind."""
    if (ev.rule or "").startswith("obligation:"):
        return True
    root = trigger_token(document, sdoc, ev)
    if root is None:
        return False
    heads = [root, *(c for c in root.children if c.dep_ == "dobj"),
             *(g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    for c in (c for h in heads for c in h.children):  # "accused X of ...": the "of" may hang on X
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                      for g in c.children)):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            return True
    return False


def addressed_collective(ev: Event, a: Actor, stated: bool = True) -> bool:
    """A generic collective addressed by a demand, charge or offer that says what it asks or charges ("urged the
    international community to act", "called on all nations to ..."): a recipient worth keeping by name, though
    it has no country."""
    if not stated or ev.event_type not in _ADDRESSED_TYPES or not generic_party(a):
        return False
    ws = [w for w in actor_words(a) if w]
    if any(w in _NUMBER_WORDS or w == "both" or w.isdigit() for w in ws):
        return False  # "the two countries": parties the story names, not a collective
    at = ws.index("of") - 1 if "of" in ws[1:] else len(ws) - 1
    head = ws[at]
    if head == "community":  # "the international community (of donors)", not a local one
        return at > 0 and ws[at - 1] in ("international", "world")
    return head in _ADDRESSED_HEADS


def _as_addressed(a: Actor) -> Actor:
    """A kept addressed collective: states or bodies, not civilians; the rule recorded."""
    return replace(a, sector=None if a.sector == "CVL" else a.sector, resolution=f"{a.resolution}; {ADDRESSED}")


def _drop_generic(ev: Event, stated: bool = False) -> None:
    """Drop generic and empty parties (but a collective addressed by a demand or charge that ``stated`` what it
    asks is kept); an event whose every actor was generic has no source to code, so its unplaced recipients go
    too (nothing wrong is recorded rather than a half-coded event)."""
    had_actors = bool(ev.actors)
    kept = [a for a in ev.recipients if addressed_collective(ev, a, stated)]
    dropped = [a.text or a.name for side in (ev.actors, ev.recipients) for a in side
               if (generic_party(a) or empty_party(a)) and not any(a is k for k in kept)]
    if not dropped and not kept:
        return
    def is_kept(a: Actor) -> bool:
        return any(a is k for k in kept)

    ev.actors = [a for a in ev.actors if not (generic_party(a) or empty_party(a))]
    ev.recipients = [_as_addressed(a) if is_kept(a) else a for a in ev.recipients
                     if is_kept(a) or not (generic_party(a) or empty_party(a))]
    if had_actors and not ev.actors:
        dropped += [a.text or a.name for a in ev.recipients if a.country is None]
        ev.recipients = [a for a in ev.recipients if a.country is not None]
    if dropped:
        ev.rule = f"{ev.rule or ''}+context:generic-party-dropped({', '.join(dropped)})"


_MEMBERS_OF_BODY = re.compile(r"^(?:all |the |other |its |their |some |most )*member(?:s| states| countries| nations"
                              r"| economies| governments)$")


def _body_members(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event) -> None:
    """"all member states must ensure ...": the members of the one international body the sentence names
    (rule ``context:members-of-body``), PLOVER's pseudo-country of that body; else left generic (dropped)."""
    sent = _sentence_of(sdoc, ev.trigger.start - document.body_start) if ev.trigger is not None else None
    members = [(side, i) for side in (ev.actors, ev.recipients) for i, a in enumerate(side)
               if a.country is None and _MEMBERS_OF_BODY.match((a.text or a.name).lower())]
    if sent is None or not members:
        return
    names = {e.text for e in sent.ents if e.label_ == "ORG"} | {t.text for t in sent if t.is_upper and len(t) > 2}
    bodies = {org.code: org for name in names  # (an acronym the tagger calls a person: "SAARC objective")
              if (org := kb.organization(name)) is not None and org.country and not real_iso(org.country)}
    if len(bodies) != 1:
        return
    org = next(iter(bodies.values()))
    for side, i in members:
        side[i] = replace(side[i], name=f"{org.name} member states", country=org.country, sector="GOV",
                          resolution=f"{side[i].resolution}; context:members-of-body '{org.code}' -> {org.country}")


def empty_party(a: Actor) -> bool:
    """A party whose words are all function words ("the"): a parsing accident, not an actor."""
    return a.country is None and a.id is None and all(w.strip(",.()'\"`") in _FUNCTION_WORDS
                                                      for w in a.name.lower().split())


_FUNCTION_WORDS = frozenset({"", "the", "a", "an", "this", "that", "these", "those", "it", "its", "which", "who",
                             "whom", "what", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with"})
# --- rule: the article's one country --------------------------------------------------------------------------------


_DATELINE_PLACE = re.compile(r"^\s*([A-Z][\w'.\-]*(?:\s+[A-Za-z][\w'.\-]*){0,3}?)\s*(?:[,(]|--|[-\u2013\u2014])")


def dateline_country(document: Document, kb: KnowledgeBase) -> str | None:
    """The country of the place opening the dateline the reader cut off the body ("TBILISI, 21 Nov -- ")."""
    head = document.text[: document.body_start].strip().split("\n")[-1] if document.body_start else ""
    m = _DATELINE_PLACE.match(head)
    if m is None:
        return None
    name = m.group(1).strip()
    c = kb.country(name)
    if c is not None:
        return c.iso3 if real_iso(c.iso3) else None
    place = kb.place(name.title() if name.isupper() else name)
    if place is not None and real_iso(place.country) and (place.kind == "capital" or (place.population or 0) >= 100_000):
        return place.country
    return None


class ArticleCountry:
    """The countries an article's sentences name, for rule ``context:article-country`` (computed once)."""

    def __init__(self, document: Document, sdoc: Doc, kb: KnowledgeBase) -> None:
        self.sents = sentences(sdoc)
        self.starts = [s.start_char for s in self.sents]
        self.named = [set(sentence_countries(sdoc, kb, s.start_char)) for s in self.sents]
        self.dateline = dateline_country(document, kb)
        self.off = document.body_start

    def country(self, ev: Event) -> tuple[str, str] | None:
        """(ISO3, why) or None: the article names one country only, or the dateline's country is the only one
        the event's sentence and the sentence before name."""
        every = set().union(*self.named) if self.named else set()
        if len(every) == 1:
            return next(iter(every)), "the article's only country"
        if self.dateline is None or ev.trigger is None:
            return None
        at = ev.trigger.start - self.off
        i = bisect.bisect_right(self.starts, at) - 1
        if i < 0 or at >= self.sents[i].end_char:
            return None
        near = self.named[i] | (self.named[i - 1] if i > 0 else set())
        if near == {self.dateline}:
            return self.dateline, "the dateline's country, the only one named nearby"
        return None


# --- rule: the population of a place under (or freed from) a curfew or martial law --------------------------------


def _ref_country(document: Document, sdoc: Doc, kb: KnowledgeBase, ref: ActorRef, hints: list[str]) -> str | None:
    """The country of a place reference: a country's name, else a known city's country."""
    span = sdoc.char_span(ref.start - document.body_start, ref.end - document.body_start, alignment_mode="expand")
    names = [e.text for e in span.ents] if span is not None else []
    for name in [*names, ref.text]:
        name = name[4:] if name.lower().startswith("the ") else name
        country = kb.country(name)
        if country is not None and real_iso(country.iso3):
            return country.iso3
        place = place_in_context(kb, name, hints)
        if place is not None and real_iso(place.country):
            return str(place.country)
    return None


def _restricted_population(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event, hints: list[str]) -> None:
    """A curfew, martial law or state of emergency is imposed on (or eased for) the people of a place: the place
    found by ``phrase_recipients.restricted_place`` stands for its population (sector CVL, CAMEO's civilians), also
    when the place is in the actor's own country (rule ``context:restricted-place-population``)."""
    if "restricted-place" not in (ev.rule or "") or not ev.recipient_refs:
        return
    if ev.recipients and any(r.kind != "country" for r in ev.recipients):
        return  # a party named as the target ("imposed a curfew on the Kurds")
    ref = ev.recipient_refs[0]
    iso = next((r.country for r in ev.recipients if real_iso(r.country)), None)
    iso = iso or _ref_country(document, sdoc, kb, ref, hints)
    if iso is None and ev.location is not None and real_iso(ev.location.country):
        iso = ev.location.country
    if iso is None:
        return
    why = f"context:restricted-place-population '{ref.text}' -> {iso}/CVL"
    ev.recipients = [Actor(id=None, name=f"population of {ref.text}", kind="group", country=iso, sector="CVL",
                           resolution=why, text=ref.text)]


# --- rule: an ethnic population is coded where it lives --------------------------------------------------------

# Nouns for the people of an ethnic group living somewhere ("the Ukrainian minority", "the Turkish minority").
_POPULATION_HEADS = word_set("actors/context_fill_population_heads")
# Sectors of a state's own organs: "Israeli troops in Lebanon" stay Israeli.
_NATIONAL_SECTORS = word_set("actors/context_fill_national_sectors")


def _ethnic(a: Actor, span: Span) -> bool:
    """"ethnic Hungarian activists", "the Ukrainian minority": an ethnic group named by a demonym."""
    if (a.sector or "") in _NATIONAL_SECTORS:
        return False
    words = [t.lower_ for t in span]
    if "ethnic" in words[:-1]:
        return True
    root = span.root
    return root.lower_ in _POPULATION_HEADS and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in root.children)


def _ethnic_residence(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event, hints: list[str]) -> None:
    """CAMEO and PLOVER code an ethnic population by where it lives, not by its demonym: "ethnic Hungarian activists
    living in Slovakia" -> SVK, "attacks in Moldova on the Ukrainian minority" -> MDA. The country of a place in the actor's own phrase wins, else the event's location (rule
    ``context:ethnic-residence``). Not for state organs ("Israeli troops in Lebanon")."""
    for side, refs in ((ev.actors, ev.actor_refs), (ev.recipients, ev.recipient_refs)):
        for i, a in enumerate(side):
            if not real_iso(a.country):
                continue
            span = _tokens_of(document, sdoc, a, refs)
            if span is None or not _ethnic(a, span):
                continue
            hit = _phrase_place(kb, span, hints)
            where = (hit[0], hit[1]) if hit is not None else None
            loc = ev.location
            if where is None and loc is not None and real_iso(loc.country) and ev.event_type not in _DIPLOMATIC:
                where = (str(loc.country), loc.name)
            if where is None or where[0] == a.country:
                continue
            side[i] = replace(a, country=where[0], id=None if (a.id or "").startswith("country:") else a.id,
                              resolution=f"{a.resolution}; context:ethnic-residence '{where[1]}' -> {where[0]}")


def _visit_here(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event, article: ArticleCountry | None) -> None:
    """Rule ``context:visit-here``: a visit with no host that comes "here" ("arrived here Wednesday for a
    three-day visit") is to the country of the dateline's place; not a return home."""
    if ev.cameo != VISIT or ev.recipients or ev.trigger is None:
        return
    off = document.body_start
    span = sdoc.char_span(ev.trigger.start - off, ev.trigger.end - off, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    here = False
    for _ in range(3):
        if tok is None or (here := any(c.lower_ == "here" and c.dep_ == "advmod" for c in tok.children)):
            break
        tok = tok.head if tok.head != tok else None
    home = (article.dateline if article is not None else dateline_country(document, kb)) if here else None
    entry = kb.country_by_code(home) if home is not None else None
    if entry is None or any(a.country == home for a in ev.actors):
        return
    ev.recipients.append(Actor(f"country:{home}", entry.name, "country", home, None, text="here",
                               resolution=f"context:visit-here -> dateline country {home}"))


def _fill_event(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event,
                article: ArticleCountry | None = None) -> None:
    _body_members(document, sdoc, kb, ev)
    _visit_here(document, sdoc, kb, ev, article)  # the article's dateline country, read once
    _drop_generic(ev, ev.event_type in _ADDRESSED_TYPES and states_what(document, sdoc, ev))
    unidentified_attacker(document, sdoc, kb, ev)
    unnamed_security_forces(document, sdoc, kb, ev)
    unnamed_arresting_police(document, sdoc, kb, ev)
    claimant_territory(document, sdoc, kb, ev)
    victims_at_attacked_place(document, sdoc, kb, ev)
    sent = _sentence_of(sdoc, ev.trigger.start - document.body_start) if ev.trigger is not None else None
    hints = country_hints(sdoc, sent.start_char, sent.end_char, kb) if sent is not None else []
    _restricted_population(document, sdoc, kb, ev, hints)
    _ethnic_residence(document, sdoc, kb, ev, hints)
    sides = ((ev.actors, ev.actor_refs, ev.recipients), (ev.recipients, ev.recipient_refs, ev.actors))
    for side, refs, other in sides:
        for i, a in enumerate(side):
            if a.country is not None:
                side[i] = recheck_region(kb, recheck_city(kb, a, hints))
                continue
            if ngo_description(a):
                side[i] = replace(a, country="NGO", id=a.id or f"group:NGO-{a.sector or 'NGO'}",
                                  resolution=f"{a.resolution}; context:ngo-description -> NGO")
                continue
            pseudo = transnational(a)
            if pseudo is not None:
                side[i] = replace(a, country=pseudo, sector=a.sector or (pseudo if pseudo == "IGO" else None),
                                  resolution=f"{a.resolution}; context:transnational-organisation -> {pseudo}")
                continue
            span = _tokens_of(document, sdoc, a, refs) if (a.sector or "") not in _FOREIGN_SECTORS else None
            hit = _phrase_place(kb, span, hints) if span is not None else None
            if hit is not None:
                side[i] = with_country(a, hit[0], f"context:place '{hit[1]}' in phrase -> {hit[0]}")
                continue
            bare = side is ev.recipients and bare_group(a)
            speaker = side is ev.actors and a.kind == "person" and ev.event_type in _VERBAL  # "X blasted Washington"
            addressed = ADDRESSED in (a.resolution or "")  # "all nations": no state's organs
            iso = (_counterpart(ev, other) if ev.event_type not in _DIPLOMATIC and not bare and not speaker
                   and not addressed and ev.cameo[:3] not in _DIPLOMATIC_INTENTS else None)
            if iso is not None and _domestic(a, refugees=True) and a.kind != "country" and not (
                    a.resolution or "").startswith("unresolved:pronoun"):  # not a place; an unresolved "he" may
                # be anyone ("he said, accusing Washington of ...": most likely a foreigner)
                side[i] = with_country(a, iso, f"context:domestic-counterpart (state organ of {iso}) -> {iso}")
                continue
            loc = ev.location
            if ev.cameo == HOST_VISIT and side is ev.actors and loc is not None and real_iso(loc.country) \
                    and (a.sector or "GOV") == "GOV" and a.kind != "country":
                side[i] = with_country(a, str(loc.country), f"context:host-of-visit '{loc.name}' -> {loc.country}")
                continue  # "talks in X hosted by Prime Minister Y": the host is at home
            if ev.event_type in _LOCAL_EVENTS and loc is not None and real_iso(loc.country) \
                    and not (bare and ev.event_type != "ASSAULT") \
                    and not any(p in (loc.resolution or "") for p in ("prep-to", "visit-object")) \
                    and _domestic(a, refugees=False) and not _named_person(a):
                side[i] = with_country(a, str(loc.country),
                                        f"context:event-location '{loc.name}' -> {loc.country}")
                continue
            local = ev.event_type in _LOCAL_EVENTS or (side is ev.actors and (a.sector or "") in _HOME_SECTORS)
            if article is not None and local and not (bare and ev.event_type != "ASSAULT") \
                    and _domestic(a, refugees=False) and not _named_person(a) and a.kind != "country" \
                    and (hit2 := article.country(ev)) is not None:
                side[i] = with_country(a, hit2[0], f"context:article-country ({hit2[1]}) -> {hit2[0]}")


def fill_from_context(document: Document, sdoc: Doc, events: list[Event], kb: KnowledgeBase) -> None:
    """Give unplaced participants a country from context, add unidentified attackers, drop generic parties
    (in place; run after ``places.resolve_places``: the event location is one of the cues)."""
    article = ArticleCountry(document, sdoc, kb) if events else None
    for ev in events:
        _drop_own_side_owner(ev)
        _fill_event(document, sdoc, kb, ev, article)


def _drop_own_side_owner(ev: Event) -> None:
    """"The Secretary-General reiterated the UN's readiness": the owner of the object noun is the actor's own
    body or state, not a recipient (rule ``context:own-side-owner-dropped``). Only for recipients taken from the
    object's owner, and only bodies or states (an official's own country may well be acted on by name)."""
    if "object-owner" not in (ev.rule or "") or not ev.actors:
        return
    own = {a.country for a in ev.actors if a.kind == "person" and a.country}
    own_ids = {a.id for a in ev.actors if a.id}
    dropped = [r for r in ev.recipients if r.id in own_ids
               or (r.kind in ("organization", "country") and r.country in own)]
    if dropped:
        ev.recipients = [r for r in ev.recipients if r not in dropped]
        ev.rule = f"{ev.rule}+context:own-side-owner-dropped({', '.join(r.text or r.name for r in dropped)})"


__all__ = ["fill_from_context", "generic_party", "transnational"]
