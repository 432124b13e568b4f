"""Context rules that read the clause of an attack's trigger (run by ``context_fill``):

* unidentified attackers -- an attack with no actor whose cause is a weapon or explosion gets "unidentified
  attackers" (UAF) of the event location's country, else of the sentence's only country; an attack noun with a
  country modifier ("US Predator attacks") gets that country's forces instead;
* claimant's territory -- unnamed places and people attacked in a claim made by a country other than the attacker
  belong to the claimant;
* unnamed security forces -- security tightened with no one named as doing it ("security has been tightened
  around the embassy in X") is done by the security forces (COP) of the event location's country, else of the
  sentence's only country; with neither, the event keeps no actor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import KnowledgeBase
from ...lexicon.words import word_set
from ...records import Actor, Document, Event
from ..events.phrase_parts import alert_phrase
from ..events.tree import main_clause_of_participle
from .context_common import FIGHTING, actor_words, real_iso, trigger_token, with_country
from .sentence_context import sentence_countries

_WEAPONS = word_set("actors/context_fill_weapons")
_ACCIDENT_WORDS = word_set("actors/context_fill_accident_words")


_ATTACK_NOUNS = word_set("actors/context_fill_attack_nouns")


_SPEECH = word_set("actors/context_fill_speech")


_PLACE_NOUNS = word_set("actors/context_fill_place_nouns")


# unnamed people hit in a reported attack ("killing two civilians"): the claimant's, like the unnamed places
_VICTIM_NOUNS = word_set("actors/context_fill_victim_nouns")


def _cause(trigger: Token) -> Token | None:
    """The weapon/explosion noun that causes the trigger's event: its subject ("a roadside bombing killed"), its
    passive agent ("killed by an improvised explosive device") or the object of "in" ("killed in a car bomb
    explosion")."""
    cands: list[Token] = []
    verbs = [trigger]
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG":  # "a bomb exploded ..., killing two": what exploded
        verbs.append(main_clause_of_participle(trigger) or trigger.head)
    for ch in (c for v in verbs for c in v.children):
        if ch.dep_ in ("nsubj", "csubj"):
            cands.append(ch)
        elif ch.dep_ in ("agent", "prep") and ch.lower_ in ("by", "in", "from"):
            cands.extend(g for g in ch.children if g.dep_ == "pobj")
    for noun in cands:
        words = {noun.lower_, noun.lemma_.lower()} | {c.lower_ for c in noun.children
                                                      if c.dep_ in ("compound", "amod", "nmod")}
        if words & _WEAPONS:  # "a roadside bombing", "a bomb attack", "a car bomb explosion"
            if any(t.lower_ in _ACCIDENT_WORDS for t in noun.subtree if t.i < noun.i):
                return None  # "a coal mine blast", "a gas explosion": an accident, no one attacked
            return noun
    return None


def _attack_owner(kb: KnowledgeBase, trigger: Token) -> tuple[Token, str, str] | None:
    """(noun, ISO3, country word) for an attack noun causing the trigger's event whose modifier names a country
    ("US Predator attacks have killed ...", "killed in Israeli air strikes")."""
    for ch in trigger.children:
        nouns = [ch] if ch.dep_ in ("nsubj", "csubj") else \
            [g for g in ch.children if g.dep_ == "pobj"] if ch.dep_ in ("agent", "prep") and ch.lower_ in (
                "by", "in") else []
        for noun in nouns:
            if noun.lemma_.lower() not in _ATTACK_NOUNS and noun.lower_ not in _ATTACK_NOUNS:
                continue
            for mod in noun.subtree:  # "US Predator attacks": US modifies Predator
                if mod.dep_ in ("compound", "amod", "poss", "nmod") and mod.text[:1].isupper() and mod.i < noun.i:
                    c = kb.country(mod.text[:-2] if mod.text.endswith("'s") else mod.text)
                    if c is not None and real_iso(c.iso3):
                        return noun, c.iso3, mod.text
    return None


def _noun_phrase(tok: Token) -> str:
    left = [c for c in tok.lefts if c.dep_ not in ("det", "nummod", "predet", "punct")]
    start = min([tok.i, *[c.left_edge.i for c in left]])
    return tok.doc[start:tok.i + 1].text


def _where(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event, exclude: set[str | None],
           places_only: bool = False) -> tuple[str | None, str]:
    """The country an unnamed agent acts in: the event location's, else the sentence's only country (leaving out
    ``exclude``; with ``places_only``, only when a place names it, a city or the country by name, not a demonym),
    with why; (None, "") when neither is known."""
    if ev.location is not None and real_iso(ev.location.country):
        return ev.location.country, f"event location '{ev.location.name}'"
    if ev.trigger is not None:
        found = sentence_countries(sdoc, kb, ev.trigger.start - document.body_start)
        left = {k: v for k, v in found.items() if k not in exclude}
        if len(left) == 1:
            where, text = next(iter(left.items()))
            if not places_only or _names_place(kb, text):
                return where, f"sentence's only country '{text}'"
    return None, ""


def _names_place(kb: KnowledgeBase, text: str) -> bool:
    country = kb.country(text)
    return kb.place(text) is not None or (country is not None and text.lower() == country.name.lower())


def unnamed_security_forces(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event) -> None:
    """"Security has been tightened around the embassy in X": the security forces of X did it (in place). The
    place: the event's location, else the sentence's only country when a place names it (not a demonym: "ahead of
    a visit by the Chinese president" names no place where security was tightened)."""
    if not alert_phrase(ev.rule or "") or ev.actors:
        return
    where, why = _where(document, sdoc, kb, ev, set(), places_only=True)
    if where is None:
        return
    ev.actors = [Actor(f"group:{where}-COP", "security forces", "group", where, "COP",
                       resolution=f"context:unnamed-security-forces; {why} -> {where}", text="security")]


_ARREST_VERBS = word_set("actors/unnamed_arrest_verbs")
_MILITARY_CUES = word_set("actors/unnamed_arrest_military_cues")


def unnamed_arresting_police(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event) -> None:
    """"Between 20 and 30 people were arrested on Monday in the Paris region": an arrest told in the passive with no
    one named as making it was made by the police of the place where it was made (the event's location; not a
    place the sentence names for something else: "arrested after returning from Syria", "over the plot to kill X
    in the United States"; not a demonym: "two Turkish nationals were detained" says nothing of where)."""
    if ev.event_type != "COERCE" or ev.actors or all(r.kind == "country" for r in ev.recipients):
        return  # (no one arrested but a place: "was arrested in Spain" read with the place as target)
    trig = trigger_token(document, sdoc, ev)
    if trig is None or trig.lemma_.lower() not in _ARREST_VERBS or trig.tag_ != "VBN" or not any(
            c.dep_ == "auxpass" for c in trig.children):
        return
    if any(c.dep_ == "agent" for c in trig.children) or any(t.lower_ in _MILITARY_CUES for t in trig.sent):
        return  # "arrested by soldiers", "at a checkpoint": the arresting force may not be the police
    place = ev.location
    if place is not None and real_iso(place.country):
        ev.actors = [Actor(f"group:{place.country}-COP", "police", "group", place.country, "COP", text=trig.text,
                           resolution=f"context:unnamed-arresting-police; event location '{place.name}' -> {place.country}")]


def unidentified_attacker(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event) -> None:
    if ev.event_type != "ASSAULT" or ev.actors:
        return
    trig = trigger_token(document, sdoc, ev)
    if trig is None:
        return
    owner = _attack_owner(kb, trig)
    if owner is not None:  # not unidentified: the attack's country ("US Predator attacks")
        noun, iso, word = owner
        ev.actors = [Actor(f"group:{iso}-MIL", f"{word} forces", "group", iso, "MIL",
                           resolution=f"context:attacker of '{_noun_phrase(noun)}' -> {iso}", text=_noun_phrase(noun))]
        return
    cause = _cause(trig)
    if cause is None:
        return
    soldiers = {r.country for r in ev.recipients if r.sector == "MIL"}  # troops are often abroad
    where, why = _where(document, sdoc, kb, ev, soldiers, places_only=True)  # a victim's nationality ("a US soldier
    # was killed") is not where the attack happened
    phrase = _noun_phrase(cause)
    rule = f"context:unidentified-attacker (cause '{phrase}')" + (f"; {why} -> {where}" if where else "")
    ev.actors = [Actor(f"group:{where}-UAF" if where else None, "unidentified attackers", "group", where, "UAF",
                       resolution=rule, text=phrase)]


def _claimant(kb: KnowledgeBase, trigger: Token) -> tuple[str, str] | None:
    """(ISO3, text) of the country whose claim the trigger's clause reports ("Armenia claimed that ...")."""
    tok = trigger
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _SPEECH:
            speaker = tok
            if tok.dep_ in ("advcl", "xcomp") and not any(ch.dep_ == "nsubj" for ch in tok.children):
                speaker = tok.head  # "X accused Y ..., saying ...": the participle's speaker is X
            for ch in speaker.children:
                if ch.dep_ == "nsubj":
                    for t in ch.subtree:
                        c = kb.country(t.text) if t.text[:1].isupper() else None
                        if c is not None and real_iso(c.iso3):
                            return c.iso3, t.text
            return None
    return None


def claimant_territory(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event) -> None:
    if ev.event_type not in FIGHTING:
        return
    targets = [i for i, r in enumerate(ev.recipients) if r.country is None and actor_words(r)
               and actor_words(r)[-1] in _PLACE_NOUNS | _VICTIM_NOUNS
               and not any(w[:1].isupper() for w in (r.text or r.name).split()[1:])]
    if not targets:
        return
    trig = trigger_token(document, sdoc, ev)
    hit = _claimant(kb, trig) if trig is not None else None
    if hit is None or hit[0] in {a.country for a in ev.actors}:
        return
    for i in targets:
        ev.recipients[i] = with_country(ev.recipients[i], hit[0],
                                         f"context:claimant-territory '{hit[1]}' -> {hit[0]}",
                                         sector=ev.recipients[i].sector or "CVL")


def victims_at_attacked_place(document: Document, sdoc: Doc, kb: KnowledgeBase, ev: Event) -> None:
    """"X shelled the city of Kharkiv, killing three civilians": unplaced victims of an attack on a place or party
    of one other country, named in the event or as the object of the attack the victims' participle adjoins, are
    that country's people (rule ``context:attacked-place``), whatever other country the article names."""
    if ev.event_type not in FIGHTING:
        return
    victims = [i for i, r in enumerate(ev.recipients)
               if r.country is None and actor_words(r) and actor_words(r)[-1] in _VICTIM_NOUNS]
    if not victims:
        return
    own = {a.country for a in ev.actors}
    places = {str(r.country) for r in ev.recipients if r.country and r.country not in own}
    trig = trigger_token(document, sdoc, ev) if not places else None
    if trig is not None and trig.tag_ == "VBG" and trig.dep_ in ("advcl", "xcomp", "conj"):
        places = {iso for iso in _attacked_countries(kb, trig.head) if iso not in own}
    if len(places) != 1:
        return
    iso = next(iter(places))
    for i in victims:
        ev.recipients[i] = with_country(ev.recipients[i], iso, f"context:attacked-place -> {iso}",
                                        sector=ev.recipients[i].sector or "CVL")


def _attacked_countries(kb: KnowledgeBase, verb: Token) -> set[str]:
    """Countries of the places a verb's objects name ("shelled [the city of Kharkiv]", "attacked [Ruritania]")."""
    out: set[str] = set()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for tok in obj.subtree:
            if tok.ent_type_ == "NORP" or (tok.pos_ == "PROPN" and tok.ent_type_ != "ORG"):  # "an Indian village",
                country = kb.country(tok.text)  # "Kharkiv" (a city the tagger may call a person)
                place = kb.place(tok.text) if country is None and tok.ent_type_ != "NORP" else None
                iso = country.iso3 if country is not None else (place.country if place is not None else None)
                if iso:
                    out.add(str(iso))
    return out
