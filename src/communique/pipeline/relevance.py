"""Relevance: an event is an act of a political participant, in a story about politics.

Two generic tests, run once the actors are resolved:

- **participants**: an event needs at least one political participant: an actor or recipient of a political sector
  (government, military, rebels, parties, courts, police, international or non-governmental organisations: the
  ``relevance/political_sectors`` table), a country acting as such, or an international organisation's
  pseudo-country. A political verb between a company and its rival, a singer and a crowd, or with no resolved party
  at all ("an index shot up", "a worker was killed when a pillar fell") is no political event.
- **story topic**: a story whose vocabulary is dominated by a non-political topic (sport, markets and business,
  culture, health and science: the ``relevance/topic_*`` tables, weighted towards the title) gives only events
  whose actor *and* recipient are political, or police, courts or soldiers coercing anyone ("police arrested the
  striker"); in a sport story a country's name stands for its team, so there the sides need a political sector.

- **official visits**: a visit (CAMEO 042, 043) is paid by an official, a government or a body; a crowd, migrants
  or a private person arriving somewhere travel, they pay no visit (and whoever receives them hosts none). A visit
  is made to someone: one with no host and a single visitor is left out; nor is a meeting a body of one state holds
  of its own (a cabinet, a provincial government) a consultation.
- **meeting nouns beside a told meeting**: a meeting named by a noun with no one met, after a verb that tells a
  meeting or trip of the same status in the same sentence ("left for X to attend the summit"), is that act's
  purpose or venue.
- **troop movements**: soldiers arriving somewhere or meeting up with another unit hold no talks and pay no
  visit.
- **mobilisation without force**: a company, a newspaper or a crowd (a known sector that is not political) that
  "sets up a base" mobilises nothing.
- **news window**: an act the text dates a month or more before publication ("visited X in January" in an April
  story, "the summit held on January 9"), or only to a past month or to a year ("last month", "earlier this
  year"), is the story's background, not its news (``Settings.news_window_days``, by default 30; 0 turns the test
  off). A text with no publication date is read against the latest date its acts carry (``latest_reported_day``),
  with the days test only.

Events a user dictionary coded (``user-verb`` rules) are the user's choice and always kept.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ..config import NEWS_WINDOW_DAYS
from ..lexicon.words import word_list, word_set
from ..records import Actor, Document, Event
from ..timespan import day_span, days_before
from .actors.names import GROUP_PRONOUNS, PERSON_PRONOUNS
from .actors.no_party import head_word
from .context import DocContext
from .dates.expressions import parse_anchor

POLITICAL_SECTORS = word_set("relevance/political_sectors")
ENFORCEMENT_SECTORS = word_set("relevance/enforcement_sectors")
ORGANISATION_CODES = word_set("relevance/organisation_codes")
NOT_COLLECTIVE_SECTORS = word_set("relevance/not_collective_sectors")
UNOFFICIAL_GUESTS = word_set("relevance/unofficial_guest_sectors")
VISITING_SECTORS = word_set("relevance/visiting_sectors")
PRIVATE_OCCUPATION_WORDS = word_set("relevance/private_occupation_words")
TROOP_WORDS = word_set("events/troop_words")
TOPICS: dict[str, frozenset[str]] = {
    name: word_set(f"relevance/topic_{name}") for name in ("sport", "market", "culture", "health")
}
POLITICAL_WORDS = word_set("relevance/topic_political")
TITLE_WEIGHT = 3  # a title word counts as much as three body words
MIN_TOPIC = 6  # a topic needs this many (weighted) words ...
TOPIC_RATIO = 3  # ... and this many times the political words to dominate the story
_WORD = re.compile(r"[a-z][a-z-]*")
# each word's topics, "political" first: one look-up a word of the story
_WORD_TOPICS: dict[str, tuple[str, ...]] = {
    word: tuple(name for name, words in (("political", POLITICAL_WORDS), *TOPICS.items()) if word in words)
    for word in POLITICAL_WORDS.union(*TOPICS.values())
}


def story_topic(title: str | None, text: str) -> str | None:
    """The non-political topic dominating a story (``"sport"``, ``"market"``, ``"culture"``, ``"health"``), or
    None when politics is not outweighed."""
    counts: Counter[str] = Counter()
    for part, weight in ((title or "", TITLE_WEIGHT), (text, 1)):
        for word in _WORD.findall(part.lower()):
            for name in _WORD_TOPICS.get(word, ()):
                counts[name] += weight
    best = max(TOPICS, key=lambda name: counts[name])
    if counts[best] >= MIN_TOPIC and counts[best] >= TOPIC_RATIO * max(counts["political"], 1):
        return best
    return None


def is_political(actor: Actor, strict: bool = False, countries: bool = True, by_context: bool = True) -> bool:
    """A participant that acts politically: of a political sector, an international organisation, or (with
    ``countries``) a country as such. Unless ``strict``, also a national collective ("Palestinians", "delegations
    from X", "doctors from American aid groups": people acting together, of a known country) that is no business;
    with ``by_context`` False, only one whose country its own words give (not "girlfriend" or "no one else", placed
    by the story's country)."""
    sector = (actor.sector or "").upper()
    if sector in POLITICAL_SECTORS:
        return True
    if (actor.country or "") in ORGANISATION_CODES:  # a body above states; a non-governmental one of a
        return actor.country != "NGO" or not sector  # non-political sector (a sports body, a firm) is not
    if countries and actor.kind == "country":
        return True
    return (not strict and actor.kind == "group" and actor.country is not None
            and (actor.sector or "").upper() not in NOT_COLLECTIVE_SECTORS
            and (by_context or not _placed_by_context(actor)))


CONTEXT_COUNTRY_RULES = word_list("relevance/context_country_rules")


def _placed_by_context(actor: Actor) -> bool:
    """A party whose country the text does not give: it was taken from the story's or the event's place
    ("girlfriend", "no one else" in a story set in one country). Its place says nothing of its acting together
    as a nation."""
    res = actor.resolution or ""
    return any(rule in res for rule in CONTEXT_COUNTRY_RULES if rule != _PLACE_IN_PHRASE or actor.sector is None)


_PLACE_IN_PHRASE = "text:place '"  # a place in the party's own words: context only for a party of no known kind
# ("the Denver office"); "Hebron shopkeepers" or "Lhasa monks" are people of that place


def has_political_party(event: Event, by_context: bool = True) -> bool:
    return any(is_political(a, by_context=by_context) for a in event.actors + event.recipients)


def private_affair(event: Event) -> bool:
    """An event of individuals whose only political participant is a collective the story's place gave a country
    ("a man stabbed his ex-girlfriend" in a story set in one country: "girlfriend" is no nation acting): a crime or
    a private act between people, no political event. A crowd's act (a mob, rioters, strikers) and a protest stay. (Run by the gate, after the story's facts are counted over
    the relevant events; events a user dictionary coded are kept.)"""
    if _user_coded(event) or event.event_type == "PROTEST" or any(a.kind == "group" for a in event.actors):
        return False  # a crowd, a mob or strikers act together: riots and protests are collective acts
    return not has_political_party(event, by_context=False)


def between_political_parties(event: Event, topic: str) -> bool:
    """A directed act from a political actor to a political recipient, or a joint act (talks, a signing) of
    political actors of two countries."""
    countries = topic != "sport"

    def political(a: Actor) -> bool:  # in a sport story, a club official acts for no state
        return is_political(a, True, countries) and (countries or not _club_official(a))

    actors = [a for a in event.actors if political(a)]
    if not actors:
        return False
    if any(map(political, event.recipients)):
        return True
    if event.event_type == "COERCE" and any(_enforcer(a) for a in actors):
        return True  # police or a court acting on anyone ("police arrested the striker"): a political actor acts
    if countries and (event.event_type == "CONSULT" or event.cameo == "057") and any(map(_states_body, actors)) \
            and all(is_political(r, True) for r in event.recipients):
        return True  # "a meeting of the SADC health ministers", "G7 health ministers signed an agreement": states
        # meeting or signing in their body, whatever the topic
    return len({a.country for a in actors if a.country}) >= 2


def _club_official(actor: Actor) -> bool:
    """In a sport story, a person known only by a title ("chairman Rupert Lowe", "his counterpart X"), whose
    country the story's place gave: a club's or a federation's official, not one of a state."""
    res = actor.resolution or ""
    return actor.kind == "person" and res.startswith("text:premodifier role") and "kb:" not in res and \
        "context:" in res


def _states_body(actor: Actor) -> bool:
    """The officials of a body of states as a group ("the SADC health ministers"; IGO, UNO, EUR, ...; not a
    non-governmental body, not its one chief, who may be meeting investors or firms)."""
    return actor.kind == "group" and (actor.country or "") in ORGANISATION_CODES and actor.country not in (
        "NGO", "IMG") and (actor.sector or "").upper() in {"GOV", "IGO"}


def _enforcer(actor: Actor) -> bool:
    """Police, or a court or an army whose own words give its country ("a Moscow court", "Nigerian navy"; not
    skating "judges" or a sports tribunal that took the sentence's only country)."""
    sector = (actor.sector or "").upper()
    if sector not in ENFORCEMENT_SECTORS:
        return False
    return sector == "COP" or (actor.country is not None and not _placed_by_context(actor))


def _user_coded(event: Event) -> bool:
    return (event.rule or "").startswith("user-verb")


def before_the_news(event: Event, anchor: date | None, days: int = NEWS_WINDOW_DAYS, coarse: bool = True) -> bool:
    """Whether the event's own date ends ``days`` or more before the publication day ``anchor``, or the text dates
    an act that took place only to a past month or to a year ("last month", "in March", "earlier this year": a
    story's news has its day or its week; only when ``coarse``) (never, for ``days`` 0)."""
    before = days_before(event.date, anchor) if days > 0 else None
    if before is None:
        return False
    if coarse and event.status == "occurred" and event.date_precision in ("month", "year"):
        span = day_span(event.date)
        if span is not None and (span[1] < anchor or event.date_precision == "year" and span[0] <= anchor):  # type: ignore[operator]
            return True
    return before >= days


def unofficial_visit(event: Event) -> bool:
    """A "visit" (CAMEO 042) made by no official: crowds, migrants or private people arriving somewhere ("13,000
    Albanians have arrived in Italy by boat", "the player flew to Milwaukee") travel; they pay no visit. Nor is
    a host (043) receiving them ("gave a mixed welcome to the influx of refugees") hosting a visit."""
    if event.cameo == "042" and event.actors and all(_private_person(a) for a in event.actors):
        return True  # "US boxing legend X arrived in Berlin", "NBA star X flew to Milwaukee": a private trip
    if event.cameo == "042":  # (a visitor not resolved at all, "him", may be anyone: kept)
        return any(a.country or a.sector for a in event.actors) and not any(
            is_political(a, strict=True) or (a.kind != "group" and (a.sector or "").upper() in VISITING_SECTORS)
            for a in event.actors)  # a pope visits; a crowd of worshippers travels
    return event.cameo == "043" and bool(event.recipients) and all(
        a.kind == "group" and (a.sector or "").upper() in UNOFFICIAL_GUESTS for a in event.recipients)


def hostless_visit(event: Event) -> bool:
    """A visit (CAMEO 042) with no host and one visitor ("said so while visiting a trade fair", "the economy is
    heading for recovery", "the minister's visit has been postponed"): a trip to no party, or one whose host the text
    does not give; as a row it cannot be right (a visit is made to someone). Meetings named as visits between two
    named parties keep both as actors."""
    return event.cameo == "042" and not event.recipients and len(event.actors) < 2


INTERNAL_MEETING_RULES = word_list("relevance/internal_meeting_rules")


def internal_meeting(event: Event) -> bool:
    """A body of one state holding a meeting or conference of its own ("the provincial government held a special
    conference", "the cabinet held a meeting"): one party, not an international body, and no one met: no
    consultation between parties."""
    return (event.cameo == "040" and not event.recipients and len(event.actors) == 1
            and (event.actors[0].country or "") not in ORGANISATION_CODES
            and (event.rule or "").startswith(INTERNAL_MEETING_RULES))


def meeting_noun_beside_a_meeting(event: Event, told: dict[tuple[str, int], list[tuple[int, str]]]) -> bool:
    """A meeting named by a noun, with no one met, after a verb that tells a meeting or trip of the same status in
    the same sentence ("left for the capital to attend the summit", "is traveling for a ministerial meeting", "will
    discuss cooperation at a meeting of the council"): the noun is that act's purpose or venue, no meeting of its
    own. A summit named before the verb ("the summit opened, a day after X met Y") stays. ``told``: per sentence,
    the trigger offsets and statuses of the story's verb-told meetings (:func:`_verb_told_meetings`)."""
    if not (event.event_type == "CONSULT" and (event.rule or "").startswith("noun:") and not event.recipients
            and event.mentions and event.trigger is not None):
        return False
    first = event.mentions[0]
    return len(event.mentions) == 1 and any(
        start < event.trigger.start and status == event.status for start, status in told.get((first.doc_id, first.start), ()))


def _verb_told_meetings(events: list[Event]) -> dict[tuple[str, int], list[tuple[int, str]]]:
    """The meetings and trips told by a verb or phrase with a resolved actor (not "plans will be discussed at a
    meeting of the ministers": there the noun names the only meeting with parties), by the sentence of their
    trigger: (trigger offset, status)."""
    out: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for e in events:
        if e.event_type != "CONSULT" or (e.rule or "").startswith("noun:") or e.trigger is None:
            continue
        if not any(a.id or a.country or a.sector for a in e.actors):
            continue
        for m in e.mentions:
            if m.start <= e.trigger.start < m.end:
                out.setdefault((m.doc_id, m.start), []).append((e.trigger.start, e.status))
    return out


def _private_person(actor: Actor) -> bool:
    """A person of no known political sector described by a private occupation ("boxing legend", "NBA star")."""
    if actor.kind != "person" or actor.sector:
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", actor.text or "")}
    return bool(words & PRIVATE_OCCUPATION_WORDS)


def _troops(actor: Actor) -> bool:
    word = head_word(actor.name)
    return word in TROOP_WORDS or (word.endswith("s") and word[:-1] in TROOP_WORDS)


def troop_meeting(event: Event) -> bool:
    """Soldiers arriving somewhere or meeting up with another unit ("French soldiers disembarked and met up with
    an Italian unit") move troops; they hold no consultation and pay no visit (CAMEO 04x)."""
    if event.event_type != "CONSULT" or not event.actors or not all(_troops(a) for a in event.actors):
        return False
    return event.cameo == "042" or all(_troops(r) for r in event.recipients)


def police_instruction(event: Event) -> bool:
    """Police asking or ordering people ("around 120 residents have been asked by police to leave their homes",
    "police ordered the employees into the basement", "police urged people to avoid the area"): a public-safety
    operation, no political request. A request to a political party (the government, a party) stays; an arrest is
    a COERCE and is kept."""
    return event.event_type == "REQUEST" and bool(event.actors) and all(
        (a.sector or "").upper() == "COP" for a in event.actors) and not any(
        is_political(r, strict=True) for r in event.recipients)


def unknown_actor(event: Event) -> bool:
    """An event whose every actor is a pronoun the story does not resolve ("He visited X and Y" after a sentence
    naming no one it could be): no one known acts, and a row with an unknown actor cannot be right. A pronoun with a
    country (a "they" of a named crowd) stays."""
    return bool(event.actors) and all(
        (a.resolution or "").startswith(_UNRESOLVED_PRONOUN) and not a.country for a in event.actors)


_UNRESOLVED_PRONOUN = "unresolved:pronoun"


def _placeless_pronoun(a: Actor) -> bool:
    return (a.id is None and not a.country and a.name.lower() in PERSON_PRONOUNS | GROUP_PRONOUNS
            and (a.resolution or "").startswith((_UNRESOLVED_PRONOUN, "unresolved:group")))


def drop_pronoun_leftovers(event: Event) -> None:
    """A pronoun the story does not resolve, beside a party that is named on the same side ("His comments drew
    condemnation" merged with "condemned Ahmadinejad's remarks"), says nothing of its own: it is left out (rule
    ``+unresolved-pronoun-dropped``). A side with nothing else keeps it (``unknown_actor`` judges that)."""
    dropped = False
    for side in ("actors", "recipients"):
        parties = getattr(event, side)
        kept = [a for a in parties if not _placeless_pronoun(a)]
        if kept and len(kept) != len(parties):
            setattr(event, side, kept)
            dropped = True
    if dropped:
        event.rule = f"{event.rule or ''}+unresolved-pronoun-dropped"


def forceless_mobilization(event: Event) -> bool:
    """A mobilisation whose every actor has a known sector that is not political, and so commands no force ("The
    nuclear industry group set up a research base in Shanghai"): no MOBILIZE."""
    return event.event_type == "MOBILIZE" and bool(event.actors) and all(
        a.sector and not is_political(a, strict=True) for a in event.actors)


def latest_reported_day(events: list[Event]) -> date | None:
    """For a text with no publication date: the latest day one of its acts that took place is dated to ("the
    break-in of June 17, 1972" beside "resigned on August 9, 1974": 1974-08-09), so that what it tells of long
    before is background as in a dated story. An act dated to a month or a year counts from its first day ("in
    2019": 2019-01-01, so that "on March 3, 2019" stays news of it); None when no act that took place is dated."""
    days = [span[0] for e in events if e.status == "occurred" and e.date
            for span in [day_span(e.date)] if span is not None]
    return max(days) if days else None


def relevant_events(document: Document, events: list[Event], window: int = NEWS_WINDOW_DAYS) -> list[Event]:
    """The events that pass the tests (see the module's doc)."""
    topic = story_topic(document.title, document.text[document.body_start:]) if events else None
    anchor = parse_anchor(document.published) if events and window > 0 else None
    coarse = anchor is not None  # a past month or year is background against a publication day only
    if not coarse and events and window > 0:  # no publication date: the latest day the text reports is its "now";
        anchor = latest_reported_day(events)  # an act dated only to that month or year may be news of it
    told = _verb_told_meetings(events)
    kept = []
    for event in events:
        drop_pronoun_leftovers(event)
        if _user_coded(event):
            kept.append(event)
        elif (before_the_news(event, anchor, window, coarse) or unofficial_visit(event) or hostless_visit(event)
              or internal_meeting(event) or troop_meeting(event) or police_instruction(event)
              or forceless_mobilization(event) or unknown_actor(event)
              or meeting_noun_beside_a_meeting(event, told)):
            continue
        elif topic is not None:
            if between_political_parties(event, topic):
                kept.append(event)
        elif has_political_party(event):
            kept.append(event)
    return kept


def relevance(ctx: DocContext) -> None:
    ctx.events = relevant_events(ctx.document, ctx.events, ctx.news_window_days)


__all__ = ["before_the_news", "between_political_parties", "has_political_party", "is_political",
           "latest_reported_day", "private_affair", "relevance", "relevant_events", "story_topic", "unofficial_visit"]
