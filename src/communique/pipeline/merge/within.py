"""Merge reports of the same event within one article: follow-ups, repeated reports and expansions."""

from __future__ import annotations

import re

from msgspec.structs import replace

from ...lexicon.words import word_set
from ...records import Actor, Event
from ...timespan import day_span
from .combine import combine
from .score import (
    GENERIC_TYPE,
    SYMMETRIC_TYPES,
    dates_explicitly_differ,
    participant_ids,
    participant_keys,
    statuses_compatible,
    types_compatible,
)


def _is_follow_up(new: Event, earlier: Event) -> bool:
    """An anaphoric follow-up: all participants unresolved (after an event that names an actor), or a subset of
    the earlier event's participants.

    For directed types the sides must agree: "the secretary-general commended Azerbaijan" and "Azerbaijan supports
    the organisation" are two events, not one report of the same praise.
    """
    parts = list(new.actors) + list(new.recipients)
    resolved = participant_ids(parts)
    if not resolved:  # "the two sides discussed ...": back to an event with
        return bool(earlier.actors)  # an actor, not to an act no one is named as doing ("an attack blamed on X")
    if new.event_type in SYMMETRIC_TYPES:
        before = [*earlier.actors, *earlier.recipients]
        # "the parties discussed ..." read as the countries of the earlier talks' people: still those talks
        stood_for = {f"country:{a.country}" for a in before if a.kind == "person" and a.country}
        return resolved <= (participant_ids(before) | stood_for)
    if participant_ids(new.actors) <= participant_ids(earlier.actors) and participant_ids(new.recipients) <= participant_ids(
            earlier.recipients):
        return True
    # the earlier report was the shorter one ("she asked the president ..." then "we asked the president and
    # his government ..."): the same actors, and every party it named is named again
    named = participant_ids(earlier.recipients)
    return (bool(named) and participant_ids(new.actors) == participant_ids(earlier.actors)
            and named <= participant_ids(new.recipients))


def _same_report(new: Event, earlier: Event) -> bool:
    if new.event_type in SYMMETRIC_TYPES:
        pa = participant_ids(new.actors) | participant_ids(new.recipients)
        pb = participant_ids(earlier.actors) | participant_ids(earlier.recipients)
        return bool(pa) and pa == pb
    return bool(participant_ids(new.actors)) and participant_ids(new.actors) == participant_ids(earlier.actors) and (
        participant_ids(new.recipients) == participant_ids(earlier.recipients)
    )


def _is_expansion(new: Event, earlier: Event) -> bool:
    """A later, fuller report of a symmetric event: every resolved party of the earlier report (at least two)
    takes part in the new one ("X and Y discussed ..." then "Z hosted talks between X and Y"), and at most one of
    the two reports is dated."""
    if new.event_type not in SYMMETRIC_TYPES or (new.date and earlier.date and new.date != earlier.date):
        return False
    before = participant_ids(list(earlier.actors) + list(earlier.recipients))
    return len(before) >= 1 and before <= participant_ids(list(new.actors) + list(new.recipients))


VISIT_CODES = frozenset({"042", "043"})  # make or host a visit (also read by stages.visit_stops)


def _visits_elsewhere(new: Event, earlier: Event) -> bool:
    """Two visits whose hosts are of different countries (and no common one): a country, a city read as its
    country ("Dhaka, capital of Bangladesh"), a host of known country."""
    if new.cameo not in VISIT_CODES or earlier.cameo not in VISIT_CODES or not (new.recipients and earlier.recipients):
        return False
    if any(not r.country for r in (*new.recipients, *earlier.recipients)):
        return False
    return not {r.country for r in new.recipients} & {r.country for r in earlier.recipients}


TRIP_DAYS = 7  # one visit's reports (arrival, stay, departure) lie at most this many days apart


def _one_trip(new: Event, earlier: Event) -> bool:
    """Two reports of one visit made on different days ("arrived in Hanoi on Monday", "ended his visit to
    Vietnam on Wednesday"): both visits of the same visitor to the same host country, dated at most TRIP_DAYS
    apart."""
    if new.cameo not in VISIT_CODES or earlier.cameo not in VISIT_CODES or new.status != earlier.status:
        return False
    if not participant_ids(new.actors) or participant_ids(new.actors) != participant_ids(earlier.actors):
        return False
    hosts, others = {r.country for r in new.recipients}, {r.country for r in earlier.recipients}
    if not hosts or None in hosts or hosts != others:
        return False
    a, b = day_span(new.date), day_span(earlier.date)
    return a is not None and b is not None and abs((a[0] - b[0]).days) <= TRIP_DAYS


def _two_acts_in_one_sentence(new: Event, earlier: Event) -> bool:
    """One sentence reporting one act done and another planned ("arrived on Monday to attend the summit"), or
    visits to two countries ("a tour that will take him to X and Y"): two events, not two reports of one."""
    if _visits_elsewhere(new, earlier):
        return True
    if new.status == earlier.status or not (new.mentions and earlier.mentions):
        return False
    a, b = new.mentions[0], earlier.mentions[0]
    return (a.doc_id, a.start, a.end) == (b.doc_id, b.start, b.end)


def _one_act_in_one_sentence(new: Event, earlier: Event) -> bool:
    """Two triggers of one act in one sentence ("headed for X for talks with Y", "arrived in X for a visit", "a news
    conference with Y, with whom he had talks"): same type and status, a shared actor, and for a directed type
    recipients that do not conflict (one side's resolved recipients within the other's, or a state and its
    leader)."""
    if new.event_type != earlier.event_type or new.status != earlier.status or not (new.mentions and earlier.mentions):
        return False
    a, b = new.mentions[0], earlier.mentions[0]
    if (a.doc_id, a.start, a.end) != (b.doc_id, b.start, b.end):
        return False
    if new.event_type in SYMMETRIC_TYPES:  # a shared party
        return bool(participant_keys([*new.actors, *new.recipients])
                    & participant_keys([*earlier.actors, *earlier.recipients]))
    if not participant_keys(new.actors) & participant_keys(earlier.actors):
        return False
    x, y = participant_ids(new.recipients), participant_ids(earlier.recipients)
    return x <= y or y <= x or _leader_and_state(new.recipients, earlier.recipients)


def _leader_and_state(a: list[Actor], b: list[Actor]) -> bool:
    """"called on Blair to ... and said Britain should ...": one side is the state itself, and every party of the
    other is placed in that state: one addressee. ("accused the Portuguese army of ... and Portuguese settlers of
    ...": two.)"""
    for state_side, other in ((a, b), (b, a)):
        states = {x.country for x in state_side if x.kind == "country"}
        if len(states) == 1 and all(x.country in states for x in [*state_side, *other]):
            return True
    return False


def _claimed_attack(new: Event, earlier: Event) -> bool:
    """"A bomb exploded ..., killing two" then "the group's fighters carried out Friday's attack": an attack
    reported with no target of its own after one by unidentified attackers is that attack, now attributed."""
    return (new.event_type == earlier.event_type == "ASSAULT" and not new.recipients and bool(new.actors)
            and bool(earlier.actors) and all(a.sector == UNIDENTIFIED for a in earlier.actors)
            and not any(a.sector == UNIDENTIFIED for a in new.actors)
            and _names_an_attack(new))


def _names_an_attack(event: Event) -> bool:
    """The report names the attack ("carried out Friday's attack", "the bombing"), as a claim of an attack told
    before does; a fresh act ("the blast prompted the soldiers to open fire") is another attack."""
    words = set(re.findall(r"[a-z]+", event.trigger.text.lower())) if event.trigger is not None else set()
    return (event.rule or "").startswith("noun:") or bool(words & _ATTACK_NOUNS)


UNIDENTIFIED = "UAF"  # CAMEO/PLOVER sector of unidentified forces
_ATTACK_NOUNS = word_set("merge/attack_nouns")


def _between_same_countries(new: Event, earlier: Event) -> bool:
    """"The foreign ministers of X and Y will discuss ..." and "X's minister will pay a visit to Y", or "A headed
    for Y for talks with B" and "the X and Y leaders are meeting to consult": one meeting told by the countries'
    officials as a group and by name. Both meetings of one status, the same two or more countries on all sides,
    and one of them names its parties only as groups or states (two meetings of named people stay apart;
    explicit different dates are checked before); a meeting that took place only when that one names government
    groups ("leaders", "officials"; not "Pakistanis visiting India") in a sentence of its own."""
    if not (new.event_type == earlier.event_type == "CONSULT" and new.status == earlier.status):
        return False
    shared = _countries(new)
    if len(shared) < 2 or shared != _countries(earlier):
        return False
    if new.status == "planned":
        return _unnamed(new) or _unnamed(earlier)
    # a meeting that happened: told once as one of officials ("the two countries' leaders"), in its own sentence
    return (_officials(new) or _officials(earlier)) and not _same_sentence(new, earlier)


def _attack_retold(new: Event, earlier: Event) -> bool:
    """"Four Syrian farmers were wounded by Turkish gunfire on Monday" then "the medics said Turkish soldiers opened
    fire at a group of farmers": one attack told again. Both attacks that took place on one day (a report with no date
    of its own takes the lead's), by a state's forces (army or police; "Turkish gunfire", no party of its own, may
    stand for them), never by a named person or anyone else (settlers, gunmen, militants: two attacks by such
    groups are often two); not placed in two different places; every attacker of one country, the victims of
    exactly one other; and the later report with no word that tells it apart ("in a separate incident", "another",
    "also")."""
    if not (new.event_type == earlier.event_type == "ASSAULT" and new.status == earlier.status == "occurred"):
        return False
    if new.date is None or new.date != earlier.date or _elsewhere(new, earlier):
        return False
    attackers = [*new.actors, *earlier.actors]
    if not any(a.sector in _FORCES for a in attackers) or not all(map(_force_or_its_fire, attackers)):
        return False
    side = {a.country for a in attackers}
    victims = {a.country for a in (*new.recipients, *earlier.recipients) if a.country}
    if len(side) != 1 or None in side or len(victims) != 1 or victims & side:
        return False
    words = set(re.findall(r"[a-z]+", new.mentions[0].sentence.lower())) if new.mentions else set()
    return not words & _SEPARATE_WORDS


_DELEGATION_HEADS = word_set("merge/delegation_heads")


def _one_host_one_delegation(new: Event, earlier: Event) -> bool:
    """"X met with a Japanese delegation on Wednesday" then "X made the appeal while meeting the Japan-China
    Friendship Association delegation": one meeting told twice. Both meetings of one status, one named person
    shared, every other party a delegation (no person, no state) of one and the same country, one of them named only
    by its country ("a Japanese delegation": a business and a parliamentary delegation are two), and the later
    report with no word that tells it apart ("also", "another") or places it on another occasion ("the following
    day")."""
    if not (new.event_type == earlier.event_type == "CONSULT" and new.status == earlier.status):
        return False
    a, b = [*new.actors, *new.recipients], [*earlier.actors, *earlier.recipients]
    shared = {x.id for x in a if x.kind == "person" and x.id} & {x.id for x in b if x.kind == "person" and x.id}
    if len(shared) != 1:
        return False
    rest = [x for x in (*a, *b) if x.id not in shared]
    if not rest or {x.id for x in a} <= shared or {x.id for x in b} <= shared or any(
            x.kind not in ("group", "organization") or x.name.lower().split()[-1] not in _DELEGATION_HEADS
            for x in rest):
        return False
    if not any(len(x.name.split()) <= 2 for x in rest):  # "a Japanese delegation"; a business and a parliamentary
        return False  # delegation are two
    countries = {x.country for x in rest}
    return len(countries) == 1 and None not in countries and not _another_occasion(new)


def _another_occasion(event: Event) -> bool:
    """The report's clause tells its act apart from one told before ("also", "another") or places it on another
    occasion ("before the trip", "on the sidelines of the summit", "the following day"). The clause: its sentence
    up to the first ", and" / ", but" / ";" after the trigger ("will exchange views with X ..., and the two sides
    will also sign": the "also" is the signing's)."""
    if not event.mentions:
        return False
    m = event.mentions[0]
    text = m.sentence
    if event.trigger is not None:
        cut = _NEXT_CLAUSE.search(text, max(0, event.trigger.start - m.start))
        text = text[:cut.start()] if cut else text
    tokens = re.findall(r"[A-Za-z]+", text)
    words = {w.lower() for k, w in enumerate(tokens) if w.islower() or k == 0}  # not in names ("... Conference")
    return bool(words & (_SEPARATE_WORDS | _OTHER_MEETING_WORDS))


_NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\s|;")


_OTHER_MEETING_WORDS = word_set("merge/other_meeting_words")


def _talks_during_visit(new: Event, earlier: Event) -> bool:
    """"X will visit Japan for talks" then "X will exchange views with Japanese politicians": talks the visitor
    holds with the host country's people are the visit told again. The earlier report a visit (CAMEO 042) to one
    country, the later a meeting of the same status that is no visit of its own and has no other day, the visitor
    (a named person) among its parties and every other party of the host country's government, who are the
    visit's hosts; not a meeting placed outside the host country, nor one its sentence tells apart ("also",
    "another") or places on another occasion ("before the trip", "at the summit")."""
    if earlier.cameo not in VISIT_CODES or new.cameo in VISIT_CODES or new.event_type != "CONSULT" \
            or new.status != earlier.status or (new.stated_date is not None and new.date != earlier.date):
        return False  # talks on a day of their own ("held talks with X on Tuesday") are news of that day
    visitor = {a.id for a in earlier.actors if a.kind == "person" and a.id}
    parties = [*new.actors, *new.recipients]
    hosts = {r.country for r in earlier.recipients}
    others = [x for x in parties if x.id not in visitor]
    if not visitor & {x.id for x in parties} or len(hosts) != 1 or None in hosts or not others:
        return False
    if new.location is not None and new.location.country not in hosts:
        return False  # "met X in Beirut" during a visit to Syria: another meeting
    # the host country's state (its people in government, or unplaced), not its opposition, business or groups
    state = all(x.country in hosts and (x.sector or "GOV") == "GOV" for x in others)
    return state and not _another_occasion(new)


def _elsewhere(new: Event, earlier: Event) -> bool:
    """Both placed, in different places ("in Jenin" and "in Nablus")."""
    a, b = new.location, earlier.location
    return a is not None and b is not None and a.name.lower() != b.name.lower()


def _force_or_its_fire(a: Actor) -> bool:
    """A state's forces (not a named officer), or an unresolved thing named for a country ("Turkish gunfire": no
    group, no KB id)."""
    if a.kind == "person":
        return a.id is None and a.sector in (*_FORCES, None)
    return a.sector in _FORCES


_FORCES = ("MIL", "COP")  # a state's armed forces and police
_SEPARATE_WORDS = word_set("merge/separate_incident_words")


def _countries(e: Event) -> set[str]:
    return {a.country for a in (*e.actors, *e.recipients) if a.country}


def _officials(e: Event) -> bool:
    """Every party a group of a government ("the Palestinian and Jordanian leaders") or a state ("Ruritania and
    Freedonia also discussed ...")."""
    return all(a.kind == "group" and a.sector == "GOV" or a.kind == "country" for a in (*e.actors, *e.recipients))


def _same_sentence(new: Event, earlier: Event) -> bool:
    return bool(new.mentions and earlier.mentions) and (
        (new.mentions[0].doc_id, new.mentions[0].start) == (earlier.mentions[0].doc_id, earlier.mentions[0].start))


def _unnamed(e: Event) -> bool:
    """Every party a group or a state ("the foreign ministers of X and Y")."""
    return all(a.kind in ("group", "country") for a in (*e.actors, *e.recipients))


#: Statements whose restatement by a state's official is the same statement ("Iran rejected the EU's call" and
#: "Iran's chief negotiator rejected the EU call"); acts of force are not: two attacks by one army are two.
SPOKEN_TYPES = word_set("merge/spoken_types")


def _state_and_its_voice(new: Event, earlier: Event) -> bool:
    """Likely one statement told as the state's and as its official's ("Iran rejected ..." and "Iran's chief
    negotiator rejected ..."): the same spoken type, status and date; one report's actors are the state itself, the
    other's its government's people or offices; a recipient shared by id, or given by one report only. A ministry
    and the president, legislators and the foreign minister, stay two statements; two statements of one day with
    the same addressee ("Russia accused the US of X ... Lavrov accused Washington of Y") are merged (a known limit)."""
    if new.event_type != earlier.event_type or new.event_type not in SPOKEN_TYPES:
        return False
    if new.status != earlier.status or new.date != earlier.date or not (new.actors and earlier.actors):
        return False
    for state, voice in ((new, earlier), (earlier, new)):
        if not all(a.kind == "country" for a in state.actors):
            continue
        if not all(a.kind in ("person", "group") and a.sector == "GOV" for a in voice.actors):
            continue
        countries = {a.country for a in (*state.actors, *voice.actors)}
        if len(countries) == 1 and None not in countries:
            return _recipients_agree(new, earlier)
    return False


_CASUALTY_VERBS = word_set("merge/casualty_verbs")
_SHARED_VERB_RULE = re.compile(r"^verb:([a-z ]+)\+shared:")  # the finder's rule: a verb whose subject it shared


def _casualties_of_one_attack(new: Event, earlier: Event) -> bool:
    """"Gunmen opened fire on a car, killing A and wounding B": the wounding is told as a second participle of the
    same clause's attack (its subject shared from it), not a second attack: same sentence, both attacks that took
    place, a shared attacker, not placed apart, and the later trigger a casualty participle whose subject came from
    a joined verb (not "killed three in Baghdad and wounded two in Mosul")."""
    if not (new.event_type == earlier.event_type == "ASSAULT" and new.status == earlier.status == "occurred"):
        return False
    if not _same_sentence(new, earlier) or not participant_keys(new.actors) & participant_keys(earlier.actors):
        return False
    if _elsewhere(new, earlier) or new.trigger is None or not new.trigger.text.lower().endswith("ing"):
        return False  # "killed three in Baghdad and wounded two in Mosul": two attacks
    found = _SHARED_VERB_RULE.match(new.rule or "")
    return found is not None and found.group(1) in _CASUALTY_VERBS


def _recipients_agree(new: Event, earlier: Event) -> bool:
    if not new.recipients or not earlier.recipients:
        return True
    return bool(participant_ids(new.recipients) & participant_ids(earlier.recipients))


def _bare_nominal(event: Event) -> bool:
    """A noun told as known, with no day and no status of its own ("his talk with X touched on politics", "her
    visit to Y is a signal", "Z's visit to W would be an important move"): a report of an act the story tells
    elsewhere, whatever that report's day and status; not one that names another occasion ("his last meeting")."""
    rule = event.rule or ""
    if not rule.startswith("noun:") or "+status:" in rule or event.stated_date is not None:
        return False
    if event.trigger is None or not event.mentions:
        return True
    m = event.mentions[0]
    before = m.sentence[max(0, event.trigger.start - m.start - 40):max(0, event.trigger.start - m.start)]
    return not set(re.findall(r"[a-z]+", before.lower())[-3:]) & _OTHER_OCCASION


_OTHER_OCCASION = word_set("merge/other_occasion_words")


def _told_before(event: Event, earlier: Event) -> bool:
    """A later bare noun report of an act that took place or is planned (not one denied or supposed)."""
    return _bare_nominal(event) and not _bare_nominal(earlier) and earlier.status in ("occurred", "planned")


def _mergeable(event: Event, earlier: Event) -> bool:
    if not types_compatible(earlier, event) or GENERIC_TYPE in (earlier.event_type, event.event_type):
        return False
    if _two_acts_in_one_sentence(event, earlier):
        return False
    if _told_before(event, earlier):
        return True  # the later bare noun's day (the story's) and status (occurred) are defaults, no evidence
    if not statuses_compatible(earlier, event):
        return False
    return not dates_explicitly_differ(earlier, event) or _one_trip(event, earlier)


def _target(out: list[Event], event: Event) -> int | None:
    """The most recent earlier event one of the rules joins ``event`` to; but where that is only another act of the
    same sentence sharing a party, an earlier report of the very same parties first ("X held talks with Y. ...
    Following his talks with Y, X also met Z": those talks are the first ones, not the meeting with Z)."""
    for j in range(len(out) - 1, -1, -1):
        earlier = out[j]
        if not _mergeable(event, earlier):
            continue
        if _same_report(event, earlier) or _is_follow_up(event, earlier) or _is_expansion(event, earlier) \
                or _claimed_attack(event, earlier) or _between_same_countries(event, earlier) \
                or _one_trip(event, earlier) or _state_and_its_voice(event, earlier) \
                or _attack_retold(event, earlier) or _casualties_of_one_attack(event, earlier) \
                or _one_host_one_delegation(event, earlier) or _talks_during_visit(event, earlier):
            return j
        if _one_act_in_one_sentence(event, earlier):
            same = [k for k in range(j - 1, -1, -1) if _mergeable(event, out[k]) and _same_report(event, out[k])]
            return same[0] if same else j
    return None


def merge_within_document(events: list[Event]) -> list[Event]:
    """Merge reports of one event within one article; keeps the order of first mention.

    A later event joins the most recent earlier event of the same type (``rule`` notes are not changed) when it
    has the same participants (a duplicate report) or is an anaphoric follow-up ("the two sides discussed ..."),
    unless the two carry explicitly different dates or incompatible statuses.
    """
    out: list[Event] = []
    for event in events:
        target = _target(out, event)
        if target is None:
            out.append(event)
        elif event.recipients and not out[target].recipients and _one_act_in_one_sentence(event, out[target]):
            out[target] = combine(event, out[target])  # the directed reading ("a conference with Y") leads
        elif _between_same_countries(event, out[target]) and _unnamed(out[target]) != _unnamed(event):
            named = out[target] if _unnamed(event) else event  # the report that names the people leads
            merged = combine(out[target], event)
            out[target] = replace(merged, actors=list(named.actors), recipients=list(named.recipients),
                                  rule=f"{merged.rule or ''}+same-countries")
        elif _talks_during_visit(event, out[target]):  # the visitor's hosts stay the visit's recipients
            visitor = {a.id for a in out[target].actors}
            hosts = [x for x in (*event.actors, *event.recipients) if x.id not in visitor]
            out[target] = combine(out[target], replace(event, actors=[], recipients=hosts))
        elif _claimed_attack(event, out[target]):  # the attributed attackers replace the unidentified ones
            merged = combine(out[target], event)
            out[target] = replace(merged, actors=list(event.actors), rule=f"{merged.rule or ''}+attributed")
        elif _told_before(event, out[target]):  # the report told before keeps its day and status
            told = out[target]
            out[target] = replace(combine(told, event), status=told.status, date=told.date,
                                  date_precision=told.date_precision, date_text=told.date_text,
                                  date_rule=told.date_rule)
        else:
            out[target] = combine(out[target], event)
    return out
