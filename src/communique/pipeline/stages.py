"""The declared pipeline: the per-document stages, in order, each with the event fields it fills.

Every stage has one shape: ``run(ctx: DocContext) -> None``, filling fields of ``ctx.events`` (or replacing the
list, as merging does). :data:`STAGES` is the one list that ``process_batch`` (ingest, the Python API, the
evaluators) runs; to add a stage, write a function of that shape and add a :class:`Stage` here.

Order matters: dates come before actors so office holders are looked up on the event's date, and the
context-country fill runs after places because the event's location is one of its cues.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from msgspec.structs import replace

from ..kb import KnowledgeBase
from ..lexicon import get_lexicon
from ..lexicon.words import word_set
from ..records import Actor, Event
from . import merge, places
from .actors.context_fill import dateline_country, fill_from_context
from .actors.no_party import drop_no_parties
from .actors.resolve import CITY_RESOLUTION, resolve_actors
from .canonical import canonical_names
from .context import DocContext
from .dates.offsets import shift_offset_clauses
from .dates.resolve import resolve_dates
from .dates.story_day import inherit_story_day
from .events.extractors import get_extractor
from .gate import gate
from .relevance import relevance


@dataclass(frozen=True)
class Stage:
    """One named step of the per-document pipeline."""

    name: str
    run: Callable[[DocContext], None]
    fills: tuple[str, ...]  # the Event fields it sets
    doc: str = ""


# A user dictionary's paired code ("032:033") or a compound acting on itself gives separate codings: they are
# kept out of within-document merging (which would fold them into one event).
USER_SIDE = re.compile(r"^user-verb:.*\+(paired|compound-mutual)")
SYMMETRIC_MEETINGS = frozenset({"040", "044", "046"})
_SPOKEN_TO = re.compile(r"\+prep:to(?:\+|$)")  # the finder's rule: the recipient came in by "to" ("talked to B")
_OWN_SIDE_TYPES = word_set("relevance/own_side_types")  # consult, meet at a third location, negotiate
_ATTACK_TYPES = frozenset({"ASSAULT"})
_FORCE_SECTORS = frozenset({"MIL", "COP"})


def find(ctx: DocContext) -> None:
    """Events of the parse: trigger, type, CAMEO code, mode, status, party references, evidence (user verb
    dictionaries consulted first)."""
    ctx.events = get_extractor(ctx.extractor)(ctx.document, ctx.sdoc, user_verbs=ctx.user_verbs)


def dates(ctx: DocContext) -> None:
    resolve_dates(ctx.document, ctx.sdoc, ctx.events)
    inherit_story_day(ctx.document, ctx.sdoc, ctx.events)
    shift_offset_clauses(ctx.document, ctx.sdoc, ctx.events)  # "a week after X imposed": X a week before


def actors(ctx: DocContext) -> None:
    resolve_actors(ctx.document, ctx.sdoc, ctx.events, ctx.kb)
    ctx.events = drop_no_parties(ctx.events)  # "the residence", "Pamuk's right": no side of the act


def locations(ctx: DocContext) -> None:
    places.resolve_places(ctx.document, ctx.sdoc, ctx.events, ctx.kb)


def context_countries(ctx: DocContext) -> None:
    fill_from_context(ctx.document, ctx.sdoc, ctx.events, ctx.kb)


def hosted_at_home(event: Event, home: str | None = None) -> bool:
    """"A met B in <B's country>": A came to B, who hosts; the guest is the initiator (a visit in all but name).
    With no place in the text, the dateline's country (``home``) is where the meeting is reported from: "BEIJING
    -- Hu will meet Bush" puts Bush first (the hosts become the recipients)."""
    where = event.location.country if event.location else home
    if not where:
        return False
    guests = {a.country for a in event.actors}
    return None not in guests and where not in guests and any(r.country == where for r in event.recipients)


def guest_first(event: Event, home: str | None, travellers: frozenset[str] = frozenset()) -> None:
    """A meeting with no place in the text between hosts of the dateline's country and guests from abroad ("BEIJING
    -- Hu will meet Bush"): the guests are the initiators, the hosts the recipients (as for a visit). Not when the
    story has the home side travelling (``travellers``: the ids of the story's visitors): "OSLO -- During his
    stay, the premier will hold talks with his Ruritanian host" is a preview of a trip abroad."""
    if event.event_type != "CONSULT" or event.cameo not in SYMMETRIC_MEETINGS or event.location is not None:
        return
    if any(a.id in travellers for a in event.actors):
        return
    if _SPOKEN_TO.search(event.rule or ""):  # "sent a letter to his French counterpart": the sender addresses
        return
    if home and event.actors and event.recipients and all(a.country == home for a in event.actors) \
            and all(r.country and r.country != home for r in event.recipients):
        event.actors, event.recipients = event.recipients, event.actors
        event.actor_refs, event.recipient_refs = event.recipient_refs, event.actor_refs
        event.rule = f"{event.rule or ''}+guest-first-at-dateline"


def symmetric_parties(event: Event, home: str | None = None) -> None:
    """PLOVER's actor is the initiator, or every party when nobody hosts: in a meeting or negotiation with no
    host, visit or call ("A met B", "A held talks with B") all parties are actors and there is no recipient. One
    spoken to ("A talked to B") is the addressee: B stays the recipient."""
    if event.event_type != "CONSULT" or event.cameo not in SYMMETRIC_MEETINGS or event.mode is not None:
        return
    if (event.rule or "").startswith("user-verb"):  # a user dictionary's coding keeps its own direction
        return
    if not event.recipients or not event.actors:
        return
    if _SPOKEN_TO.search(event.rule or ""):  # "talked to the parliament": an addressee, not a partner in talks
        return
    if hosted_at_home(event, home):
        event.rule = f"{event.rule or ''}+met-host-at-home"
        return
    ids = {a.id for a in event.actors if a.id}
    event.actors = event.actors + [r for r in event.recipients if not (r.id and r.id in ids)]
    event.recipients = []
    event.rule = f"{event.rule or ''}+symmetric-parties"


def own_side_recipients(event: Event) -> None:
    """In a cooperative act of a government side, the side's own country is no recipient ("Wang reaffirmed China's
    support for reform": China is the speaker's side); nor is it the target of its own forces' attack ("an Israeli
    air strike": Israel is the attacker's side)."""
    if event.event_type not in _OWN_SIDE_TYPES | _ATTACK_TYPES or not event.recipients:
        return
    sides = {"GOV"} | (_FORCE_SECTORS if event.event_type in _ATTACK_TYPES else set())
    own = {a.country for a in event.actors if a.country and (a.kind == "country" or a.sector in sides)}
    kept = [r for r in event.recipients if not (r.kind == "country" and r.country in own)]
    if len(kept) != len(event.recipients):
        event.recipients = kept
        event.rule = f"{event.rule or ''}+own-side-dropped"


def visit_stops(event: Event) -> list[Event]:
    """A visit to several countries is a visit to each ("his tour will take him to X and Y"): one event per
    country visited, each with its own recipient (and reference), so that each stop can be dated and merged."""
    if event.cameo not in merge.within.VISIT_CODES or len(event.recipients) < 2 or any(
            r.kind != "country" for r in event.recipients):
        return [event]
    if len({r.country for r in event.recipients}) != len(event.recipients):
        return [event]
    out = []
    for r in event.recipients:
        refs = [x for x in event.recipient_refs if x.text == r.text] or list(event.recipient_refs)
        out.append(replace(event, recipients=[r], recipient_refs=refs, mentions=list(event.mentions),
                           rule=f"{event.rule or ''}+stop"))
    return out


def stance_owner(event: Event) -> None:
    """"Wang reaffirmed China's support": the owner of a stance the speaker states is the speaker's side, not a
    recipient, unless the speaker is of another country ("the UN chief reiterated Turkey's readiness")."""
    if "+stance-owner" not in (event.rule or ""):
        return
    own = {a.country for a in event.actors if a.country}
    owners = [r for r in event.recipients if r.kind == "country" and (not own or r.country in own)]
    if not owners:
        return
    event.recipients = [r for r in event.recipients if r not in owners]
    if not own and len({r.country for r in owners}) == 1:
        iso = owners[0].country
        event.actors = [replace(a, country=iso, resolution=f"{a.resolution or ''}; text:states {iso}'s stance")
                        if a.country is None else a for a in event.actors]
    event.rule = f"{event.rule}+stance-of-own-side"


def shared_obligation(event: Event) -> None:
    """An obligation the speaker's own side shares with others ("China and the United States should promote
    cooperation", said by a Chinese official) states an intent to cooperate with the others (AGREE, CAMEO 030):
    it is no demand of the speaker's own country."""
    if event.cameo != "100" or not (event.rule or "").startswith("obligation:"):
        return
    own = {a.country for a in event.actors if a.country}
    others = [r for r in event.recipients if r.country and r.country not in own]
    if not others or not any(r.country in own for r in event.recipients):
        return
    plover = get_lexicon().classify("030")
    if plover is None:
        return
    event.event_type, event.cameo, event.mode = plover.event_type, "030", plover.mode
    event.context = list(plover.context)
    event.recipients = others
    event.rule = f"{event.rule}+shared-obligation"


FIRST_PERSON = frozenset({"we", "us", "i", "me"})


def self_obligation(event: Event) -> bool:
    """An obligation stated of the speaker's own government only (a premier's "the government should decide") or
    of the speaker's "we" resolved to a party ("we have to remind ourselves that ...", "we have to build on the
    momentum"): a statement of intent or a remark, not a demand of anyone. (An obligation whose only subject is a
    first-person pronoun gives no event in the first place: ``events.statements.obligations``.)"""
    if event.cameo != "100" or not (event.rule or "").startswith("obligation:"):
        return False
    own = {a.country for a in event.actors if a.country}
    return bool(event.recipients) and all(
        (r.text or r.name).lower() in FIRST_PERSON or (r.country in own and (r.sector == "GOV" or r.kind == "country"))
        for r in event.recipients)  # ("Ruritania must make efforts to ...", said its minister: a policy remark)


def two_sided_meeting(event: Event) -> None:
    """A meeting first read as multilateral for its count of parties ("Hu and Wen met Bush") whose parties, once
    resolved, belong to two countries is bilateral: no mode (PLOVER's "multilateral" is three or more sides)."""
    if event.event_type != "CONSULT" or event.mode != "multilateral":
        return
    parties = [*event.actors, *event.recipients]
    if all(p.country for p in parties) and len({p.country for p in parties}) == 2:
        event.mode = None
        event.rule = f"{event.rule or ''}+two-sided"


# Statements and cooperation: a city named with them is where they were made or meant, never their addressee (a
# city can be visited, shelled, put under curfew or sent troops: CONSULT, ASSAULT, COERCE, MOBILIZE keep it).
_CITY_PLACE_TYPES = frozenset({"ACCUSE", "AGREE", "SUPPORT", "REJECT", "REQUEST", "COOPERATE", "AID"})


def visited_city_is_its_country(event: Event, kb: KnowledgeBase) -> None:
    """A visit's recipient read as a city's people ("arrived in Busan", "flew to Brisbane") is the city's country,
    the host of the visit (PLOVER and ICEWS code a visit's target as the host state; rule +city-to-country)."""
    if event.event_type != "CONSULT" or event.cameo not in merge.within.VISIT_CODES:
        return
    changed = False
    for i, r in enumerate(event.recipients):
        if (r.resolution or "").startswith(CITY_RESOLUTION) and r.country:
            state = kb.country_by_code(r.country)
            if state is not None:
                event.recipients[i] = Actor(f"country:{state.iso3}", state.name, "country", state.iso3,
                                            resolution=f"{r.resolution}; host country {state.iso3}", text=r.text)
                changed = True
    if changed:
        event.rule = f"{event.rule or ''}+city-to-country"


def homecoming(event: Event) -> bool:
    """A journey whose only destination is the traveller's own country ("the Lebanese prime minister is to leave
    Monday for Lebanon") is a return home, and one to the traveller's own forces ("the US defence secretary will
    visit US troops") an inspection: not a visit between parties (rule: no event)."""
    if event.event_type != "CONSULT" or event.cameo not in merge.within.VISIT_CODES or not event.recipients:
        return False
    if any(_GUESSED_COUNTRY.search(a.resolution or "") for a in [*event.actors, *event.recipients]):
        return False  # a country only guessed from the sentence or the article may be the host's
    homes = {a.country for a in event.actors}
    return len(homes) == 1 and None not in homes and all(
        (r.kind == "country" or r.sector == "MIL") and r.country in homes for r in event.recipients)


_GUESSED_COUNTRY = re.compile(r"only country|context:")


def city_recipients(event: Event) -> None:
    """A city named as the recipient of a statement or a cooperative act is where it happened or what it is about
    ("condemned this operation in Netanya", "reaffirm the commitments of Istanbul"), not whom it was aimed at:
    dropped (rule +city-is-place)."""
    if event.event_type not in _CITY_PLACE_TYPES or not event.recipients:
        return
    kept = [r for r in event.recipients if not (r.resolution or "").startswith(CITY_RESOLUTION)]
    if len(kept) != len(event.recipients):
        event.recipients = kept
        event.rule = f"{event.rule or ''}+city-is-place"


def symmetric(ctx: DocContext) -> None:
    home = dateline_country(ctx.document, ctx.kb) if ctx.events else None
    travellers = frozenset(a.id for ev in ctx.events if ev.cameo == "042" for a in ev.actors if a.id)
    for ev in ctx.events:
        city_recipients(ev)
        visited_city_is_its_country(ev, ctx.kb)
        shared_obligation(ev)
        stance_owner(ev)
        own_side_recipients(ev)
        guest_first(ev, home, travellers)
        symmetric_parties(ev, home)
        two_sided_meeting(ev)  # after: the label only, not who initiates
    ctx.events = [ev for ev in ctx.events if not self_obligation(ev) and not homecoming(ev)]
    ctx.events = [stop for ev in ctx.events for stop in visit_stops(ev)]


def merge_within(ctx: DocContext) -> None:
    sides = [e for e in ctx.events if USER_SIDE.search(e.rule or "")]
    ctx.events = merge.merge_within_document([e for e in ctx.events if not USER_SIDE.search(e.rule or "")]) + sides


def event_key(event: Event) -> str:
    """A stable id for an event found in one document (before cross-document merging)."""
    m = event.mentions[0] if event.mentions else None
    trig = event.trigger.start if event.trigger else -1
    sides = "|".join(",".join(sorted(a.id or a.name for a in group)) for group in (event.actors, event.recipients))
    raw = f"{m.doc_id if m else ''}|{m.start if m else -1}|{trig}|{event.cameo}|{sides}"
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def ids(ctx: DocContext) -> None:
    for ev in ctx.events:
        if ev.id is None:
            ev.id = event_key(ev)


def names(ctx: DocContext) -> None:
    canonical_names(ctx.events, ctx.kb)


STAGES: tuple[Stage, ...] = (
    Stage("events", find, ("event_type", "cameo", "mode", "context", "status", "confidence", "rule", "trigger",
                           "actor_refs", "recipient_refs", "location_text", "mentions"),
          "pipeline/events: triggers, participants, arguments, status"),
    Stage("dates", dates, ("date", "date_precision", "date_text", "date_rule"), "pipeline/dates"),
    Stage("actors", actors, ("actors", "recipients"), "pipeline/actors: names, people, groups, coreference"),
    Stage("places", locations, ("location",), "pipeline/places.py"),
    Stage("context-countries", context_countries, ("actors", "recipients"), "pipeline/actors/context_fill.py"),
    Stage("symmetric-parties", symmetric, ("actors", "recipients", "rule"),
          "meetings nobody hosts; a visit to several countries is one visit per country"),
    Stage("merge-within", merge_within, ("mentions",), "pipeline/merge.py: reports of one event in one article"),
    Stage("relevance", relevance, ("events",),
          "pipeline/relevance.py: drops events with no political participant or off the story's political topic"),
    Stage("ids", ids, ("id",), "a stable id per event"),
    Stage("canonical-names", names, ("actors", "recipients"), "KB display names (pipeline/canonical.py)"),
    Stage("gate", gate, ("confidence", "rule", "gate_features"),
          "pipeline/gate: the confidence model; keeps events with a resolved actor above Settings.min_confidence"),
)


def run_stages(ctx: DocContext, stages: tuple[Stage, ...] = STAGES) -> list[Event]:
    """Run ``stages`` over one document's context, in order; returns the context's events."""
    for stage in stages:
        stage.run(ctx)
    return ctx.events


def stage_names() -> list[str]:
    return [s.name for s in STAGES]


__all__ = ["STAGES", "Stage", "event_key", "run_stages", "stage_names", "symmetric_parties"]
