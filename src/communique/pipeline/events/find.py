"""Find events: rule-based triggers over the spaCy dependency parse, with participants, status and evidence.

One Event per event mention. Triggers come from the lexicon (``communique.lexicon``): verbs ("met", "condemned"),
verb+object patterns ("paid a visit", "imposed sanctions"), light verbs with event nouns ("held talks") and event
nouns with their own participants ("Blinken's visit to Baku", "talks between X and Y"). Each event records the
rule that produced it and the cue behind its status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lexicon import Lexicon, get_lexicon
from ...lexicon.user import UserLexicon, VerbEntry
from ...lexicon.words import word_set
from ...records import Document, Event, Mention
from ..nlp import first_conjunct, sentences
from .background import NOT_NEWS, background_frame, content_of
from .found import (
    Found,
    embedding_weight,
    event_span,
    np_text,
    parse_depth,
    primary_of,
    published_year,
    refs,
    sentence_mention,
)
from .headlines import passive_headlines
from .location import location_of
from .participants import Participants, participants
from .prose import has_finite_verb, skip_sentence
from .readings import (
    bare_warning,
    body_session,
    consult_mode,
    derive,
    has_condition,
    negated_vow,
    protest_or_complaint,
    rallied_against,
    refine,
    troop_movement,
    verbal_attack,
)
from .statements import OBLIGATION_CUES, blame_statements, obligations
from .status import (
    REPORTING_VERBS,
    StatusDecision,
    absolute_clause,
    background_cue,
    charge_apposition,
    decide_status,
)
from .tours import with_tours
from .triggers import Trigger, find_triggers
from .user_actors import background_clause
from .user_events import user_events

# Contents whose modal reading is no one's intent or threat: what is asked about, alleged or forecast ("reports
# speculated that X would resign" is no intent of X's)
_UNOWNED_CONTENT = frozenset({"content:question", "content:alleged", "content:gov:speculate", "content:gov:predict",
                              "content:gov:forecast"})
_FEAR_VERBS = word_set("events/fear_verbs")
_GOVERNING_DEPS = word_set("events/governing_deps")


def _governing(trig: Trigger, by_clause: dict[int, Trigger]) -> Trigger | None:
    """The trigger whose complement this one is ("urged them to meet", "vowed to fight", "staged rallies to
    demand")."""
    cur = trig.clause
    if absolute_clause(cur):  # "..., with the government blocking a deal": its own act, no one's complement
        return None
    for _ in range(3):
        infinitive = cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        if (cur.dep_ not in _GOVERNING_DEPS and not infinitive) or cur.head == cur:
            return None
        cur = cur.head
        if cur.dep_ == "prep":
            cur = cur.head
            if cur.pos_ in {"NOUN", "PROPN"} and cur.dep_ == "dobj":  # "accused [the rebels of attacking]"
                cur = cur.head
        if charge_apposition(cur):
            return None  # "X accused Y ..., a charge Z denied": Z's denial does not govern X's accusation
        if cur.i in by_clause:
            return by_clause[cur.i]
    return None


_REPORTED_WORDS = word_set("events/reported_words")
_REPORTED_DEPS = word_set("events/reported_deps")


def _reported(trig: Trigger) -> str | None:
    cur = trig.clause
    for step in range(4):
        if cur.dep_ not in _REPORTED_DEPS or cur.head == cur:
            return None
        if step == 0 and cur.dep_ == "conj" and cur.head.lemma_.lower() in _REPORTED_WORDS:
            return None  # "has claimed X and criticised Y": a second act of the claimant, not what is claimed
        cur = cur.head
        lem = cur.lemma_.lower()
        if charge_apposition(cur):
            return None  # "..., a charge Z denied": the trailing verb reports no content of its own
        if lem in _REPORTED_WORDS:
            return lem
        if lem in REPORTING_VERBS:
            return None
    return None


def events_in_sentence(document: Document, sent: SpacySpan, lex: Lexicon,
                       user: UserLexicon | None = None) -> list[Event]:
    """Events of one sentence, with derived intent/threat/refusal/demand events (see ``readings.derive``)."""
    return [f.event for f in found_in_sentence(document, sent, lex, user)]


_FOUND_IN_SENTENCE_WORDS = word_set("events/found_in_sentence_words")


def found_in_sentence(document: Document, sent: SpacySpan, lex: Lexicon,
                      user: UserLexicon | None = None) -> list[Found]:
    mention = sentence_mention(document, sent)
    if mention is None or skip_sentence(mention.sentence) or not has_finite_verb(sent):
        return []
    if user is not None and user.discards and user.discarded(list(sent)) is not None:
        return []  # a user discard phrase ("BASEBALL"): the sentence is not about political events
    offset = document.body_start
    year = published_year(document)
    triggers = find_triggers(sent, lex, user)
    triggers = with_tours(triggers, sent, lex)
    by_clause = {t.clause.i: t for t in triggers if t.kind in _FOUND_IN_SENTENCE_WORDS}
    out: list[Found] = []
    for trig in triggers:
        objects = [c for c in trig.clause.children if c.dep_ in {"dobj", "nsubjpass"}]
        if background_cue(trig.clause, objects, year) is not None or background_frame(trig, year) is not None:
            continue
        decision = decide_status(trig.head, trig.clause)
        rule = trig.rule
        governed_by = _governing(trig, by_clause)
        if governed_by is not None:
            rule += f"+under:{governed_by.rule.split('+')[0]}"
        if trig.user:  # a user code is kept as written: no CAMEO refinements, modes or derived readings
            if not _user_trigger_skipped(trig, triggers, governed_by):
                out += user_events(trig, participants(trig), decision, rule, mention, offset, governed_by is not None)
            continue
        cameo, rule, parts = _bundled_reading(trig, triggers, by_clause, rule, lex)
        if bare_warning(trig, cameo, parts) or body_session(trig, parts):
            continue
        out += _bundled_events(trig, cameo, rule, parts, governed_by, decision, lex, mention, offset)
    out += _demanded_content(obligations(sent, {t.clause.i for t in triggers}, lex, mention, offset), out)
    out += blame_statements(sent, {t.clause.i for t in triggers if t.kind != "noun"}, lex, mention, offset)
    return _travel_to_gathering(out)


def _demanded_content(demands: list[Found], found: list[Found]) -> list[Found]:
    """The demands read off clauses with no trigger ("X said Britain should play its part in funding Y"), after
    marking what they contain: a hypothetical act inside a demanded clause (the funding) is what is demanded, not
    an act of its own (as "X said India must help" in ``_bundled_events``)."""
    clauses = {d.trig.clause.i for d in demands}
    for f in found:
        ev = f.event
        if ev.status != "hypothetical" or NOT_NEWS in (ev.rule or ""):
            continue
        cur = f.trig.clause
        while cur.head != cur and cur.i not in clauses:
            cur = cur.head
        if cur.i in clauses and cur != f.trig.clause:
            ev.rule = f"{ev.rule or ''}+{NOT_NEWS}content:demanded"
    return demands


_GATHERING_NOUNS = word_set("events/gathering_nouns")


def _travel_to_gathering(out: list[Found]) -> list[Found]:
    """"Leaders arrived in Dhaka to join the summit": the journey to a gathering and the attendance it is for are
    one event, the attendance (planned: the journey's purpose), held where the journey went."""
    attend = {f.trig.clause.head.i: f for f in out if "+status:purpose:" in (f.event.rule or "")
              and f.trig.head.lemma_.lower() in _GATHERING_NOUNS}
    kept = []
    for f in out:
        purpose = attend.get(f.trig.head.i) if f.event.cameo == "042" and f.trig.kind == "verb" else None
        if purpose is None:
            kept.append(f)
            continue
        ev = purpose.event
        ev.recipient_refs = ev.recipient_refs + [r for r in f.event.recipient_refs if r not in ev.recipient_refs]
        ev.rule = f"{ev.rule}+journey-to-gathering"
    return kept


def _user_trigger_skipped(trig: Trigger, triggers: list[Trigger], governed_by: Trigger | None) -> bool:
    """A user verb that codes no event of its own: a report of another coded event, background, a trailing
    attribution, a scene-setting participle, or a verb phrase already coded by its governing user verb."""
    if trig.head.lemma_.lower() in REPORTING_VERBS and any(
        t.user and t.head.lemma_.lower() not in REPORTING_VERBS for t in triggers
    ):
        return True  # "X restored ties, an official said": the report of a coded event is not another one
    if background_clause(trig.clause):
        return True  # "... five years after crowds burned down its embassy": background, not news
    if trig.head.lemma_.lower() in REPORTING_VERBS and any(
            c.dep_ in {"ccomp", "parataxis"} and c.i < trig.head.i for c in trig.head.children):
        return True  # "..., an official said": a trailing attribution is not an event of its own
    if _participle_adjunct(trig.clause):
        return True  # "Rebuked by X, Y is ...": a participle setting the scene, not the sentence's event
    # PETRARCH codes a verb phrase once: "urged X to help", "abandoned efforts to stop"
    return (governed_by is not None and governed_by.user
            and governed_by.head.lemma_.lower() not in REPORTING_VERBS)


_PROMISE_VERBS = word_set("events/promise_verbs")


def _bundled_reading(trig: Trigger, triggers: list[Trigger], by_clause: dict[int, Trigger], rule: str,
                     lex: Lexicon) -> tuple[str, str, Participants]:
    """The code, rule and participants of a bundled trigger: refined by the trigger it governs, its participants
    found for the refined reading, then re-read as a troop movement, complaint or rally against a party."""
    cameo = trig.cameo
    content: Trigger | None = None
    for inner in triggers:
        if inner is not trig and _governing(inner, by_clause) is trig:
            refined = refine(trig, inner)
            if refined is not None and lex.classify(refined) is not None:
                cameo, content = refined, inner
                rule += f"+refined:{inner.rule.split('+')[0]}"
            break
    refined_class = lex.classify(cameo)
    # participants are found for the refined reading ("swore to fight until X": a threat, aimed at X)
    parts = participants(trig if cameo == trig.cameo or refined_class is None else
                         replace(trig, cameo=cameo, plover=refined_class))
    if content is not None and not parts.recipients and trig.head.lemma_.lower() in _PROMISE_VERBS:
        # "promised aid to help the Palestinians": whom the promised act is for receives the promise
        parts.recipients = [r for r in participants(content).recipients if r not in parts.actors]
        if parts.recipients:
            rule += "+content-recipients"
    cameo, why = troop_movement(trig, cameo)
    if why:
        rule += why
    cameo, why = protest_or_complaint(trig, cameo, parts)
    if why:
        rule += why
    for reread in (verbal_attack, negated_vow):
        cameo, why = reread(trig, cameo)
        rule += why
    opposed = rallied_against(trig, cameo)
    if opposed:
        cameo = "113"
        rule += "+rally-against"
        parts.recipients = opposed
    return cameo, rule, parts


def _bundled_events(trig: Trigger, cameo: str, rule: str, parts: Participants, governed_by: Trigger | None,
                    decision: StatusDecision, lex: Lexicon, mention: Mention, offset: int) -> list[Found]:
    """The event of a bundled trigger with its confidence and mode, and the event PLOVER derives from it."""
    out: list[Found] = []
    plover = lex.classify(cameo) or trig.plover
    confidence = trig.base * decision.weight
    reported = _reported(trig)
    if reported is not None:
        confidence *= 0.8
        rule += f"+reported:{reported}"
    if parts.how:
        rule += "+" + "+".join(dict.fromkeys(parts.how))
    if decision.cue:
        rule += f"+status:{decision.cue}"
    if not parts.actors and not parts.recipients:
        confidence *= 0.5
    elif not parts.actors:
        confidence *= 0.85
    elif parts.actors and parts.recipients:
        confidence = min(1.0, confidence + 0.1)
    mode = plover.mode
    if plover.event_type == "CONSULT":
        mode = consult_mode(trig, parts, mode)
        if mode == "phone" and cameo in {"040", "043"}:  # a call is no hosted visit
            cameo = "041"
    loc = location_of(trig)
    event = Event(
        event_type=plover.event_type,
        cameo=cameo,
        status=decision.status,
        mode=mode,
        context=list(plover.context),
        confidence=round(max(0.05, min(1.0, confidence)), 3),
        mentions=[mention],
        rule=rule,
        trigger=event_span(trig.tokens, offset),
        actor_refs=refs(parts.actors, offset),
        recipient_refs=refs(parts.recipients, offset),
        location_text=np_text(loc) if loc is not None else None,
    )
    found = Found(event, trig, parse_depth(trig.clause), governed_by is not None)
    # Events embedded under another event or deep in the sentence are reported less directly
    event.confidence = round(event.confidence * embedding_weight(found), 3)
    out.append(found)
    derived = derive(found, decision.cue, governed_by, lex, offset)
    if derived is not None:
        # the PLOVER reading of the statement occurred: no modality discount...
        derived.event.confidence = round(min(1.0, event.confidence / max(decision.weight, 0.1)), 3)
        event.confidence = round(event.confidence * 0.9, 3)  # ...is surer than the announced action itself
        if derived.event.event_type == "REJECT" and event.status == "negated":
            out.pop()  # "will not recognize X": one statement, one event; the refusal is the REJECT (CAMEO 12)
        elif (derived.event.rule or "").startswith("derived:intent") and event.status == "planned" and \
                event.event_type in _INTENDED_TYPES:  # "said it would improve relations with X", "will give all
            event.rule = f"{event.rule or ''}+{NOT_NEWS}content:intended"  # necessary support": one statement,
            # one event, the intent to cooperate (AGREE 03x); a planned meeting or withdrawal stays a plan
        out.append(derived)
    content = _content(trig, decision, event)
    if content is not None:  # "urged X to withdraw", "ready to fight": the content is no event of its own; the
        # rules extractor leaves it out (the derived reading stays)
        event.rule = f"{event.rule or ''}+{NOT_NEWS}{content}"
        if derived is not None and (unowned := _unowned(content, trig)):  # no one intends or threatens what
            derived.event.rule = f"{derived.event.rule}+{NOT_NEWS}{unowned}"  # is asked about, alleged or feared
    elif event.status == "hypothetical" and (
            (derived is not None and (derived.event.rule or "").startswith("derived:demand"))
            or (governed_by is not None and decision.cue in OBLIGATION_CUES)):
        # "X said India must help [to conclude the round]": X's demand is the event; India's help is its content,
        # and so is what the help is for
        event.rule = f"{event.rule or ''}+{NOT_NEWS}content:demanded"
    elif derived is not None and event.status == "planned" and (derived.event.rule or "").startswith(
            "derived:intent") and not has_condition(trig.clause) and (
            event.event_type == "CONSULT" or (event.event_type not in _PROMISED_TYPES and not _announced(trig.clause))):
        out.remove(derived)  # "said he would talk to X", "the army will withdraw 500 troops": one event, the
        # planned meeting or withdrawal (no intent to meet or yield, AGREE 03x, beside it); "would meet X if ...":
        # the conditional offer (AGREE 036) stays, and so does an actor's own announcement of what it will do
        # ("said it will release the hostages": CAMEO's intent to yield, 035)
    return out


def _content(trig: Trigger, decision: StatusDecision, event: Event) -> str | None:
    """Why the event is the content of another act (see ``content_of``), or None."""
    content = content_of(trig, decision)
    if content is None and _object_controlled(event.rule or "") and (
            trig.clause.head.lemma_.lower() not in _CAUSATIVE_VERBS):  # "helped X to sign": X signed
        return "content:object-control"  # "forced it to call for X", "authorized the council to negotiate":
        # what the object is let or sent to do
    if content is None and decision.cue == "gov:agree" and event.status == "planned" and \
            event.event_type in _INTENDED_TYPES:  # "agreed to cooperate in solving X": the agreement (AGREE 03x,
        return "content:agreed"  # refined by what is agreed to) is the event; what they will do is its content
    return content


_CAUSATIVE_VERBS = word_set("events/causative_verbs")


def _object_controlled(rule: str) -> bool:
    """The event's actor is the object of the verb its clause completes ("urged them [to withdraw]", "sent troops
    [to aid X]", "in a bid [to improve] relations"): the rule's subject part says so. A participle sharing such an
    actor ("..., even arresting him": shared) is told as done and stays."""
    return any(part == "object-control" or (part.endswith(":object-control") and not part.startswith("shared"))
               for part in rule.split("+"))


def _unowned(content: str, trig: Trigger) -> str | None:
    """Why the modal reading of a content is no one's intent or threat: what is asked about, alleged or forecast,
    or what someone fears ("he fears he could be abducted by X": no threat by X)."""
    if content in _UNOWNED_CONTENT:
        return content
    feared = trig.clause.dep_ == "ccomp" and trig.clause.head.lemma_.lower() in _FEAR_VERBS
    return "content:feared" if feared else None


_ANNOUNCING_VERBS = word_set("events/say_verbs") | word_set("events/avowing_verbs")


def _announced(clause: Token) -> bool:
    """The clause is what someone said, announced or vowed ("said it will release", "announced it would return")."""
    cur = first_conjunct(clause)
    return cur.dep_ in {"ccomp", "parataxis"} and cur.head.lemma_.lower() in _ANNOUNCING_VERBS


_PARTICIPLE_ADJUNCT_DEPS = word_set("events/participle_adjunct_deps")
# planned acts whose announcement is the news as an intent to cooperate (AGREE 03x), not as the act itself
_INTENDED_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID"})
# planned acts whose intent reading stays beside them even unannounced: those and an easing ("will allow the
# refugees to return" is CAMEO's intent to yield, 035); a planned withdrawal or mobilisation is one event
_PROMISED_TYPES = _INTENDED_TYPES | {"CONCEDE"}


def _participle_adjunct(clause: Token) -> bool:
    """A subjectless past-participle clause fronted before its main clause ("Backed by X, Y ...")."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i < clause.head.i
            and not any(c.dep_ in _PARTICIPLE_ADJUNCT_DEPS for c in clause.children))


UserVerbs = UserLexicon | Sequence[VerbEntry] | None


def _user_lexicon(user_verbs: UserVerbs) -> UserLexicon | None:
    if user_verbs is None or isinstance(user_verbs, UserLexicon):
        return user_verbs
    return UserLexicon.build(list(user_verbs)) if user_verbs else None


def find_events(document: Document, sdoc: Doc, user_verbs: UserVerbs = None) -> list[Event]:
    """Events mentioned in a parsed document body (``sdoc`` parses ``document.text[document.body_start:]``).

    ``user_verbs``: user verb dictionaries (``communique.lexicon.user``), consulted before the bundled lexicon;
    a story-level user discard phrase anywhere in the document discards it whole."""
    lex = get_lexicon()
    user = _user_lexicon(user_verbs)
    if user is not None and any(d.story for d in user.discards):
        story = UserLexicon(discards=[d for d in user.discards if d.story])
        if story.discarded(list(sdoc)) is not None:
            return []
    passive_headlines(sdoc)  # "Opposition leader detained in Harare": the leader was detained
    events: list[Event] = []
    for sent in sentences(sdoc):
        events.extend(events_in_sentence(document, sent, lex, user))
    return events


def primary_event(document: Document, sdoc: Doc, user_verbs: UserVerbs = None) -> Event | None:
    """For evaluation on one-sentence texts: the main event of the text (see ``primary_of``)."""
    lex = get_lexicon()
    user = _user_lexicon(user_verbs)
    found = [f for sent in sentences(sdoc) for f in found_in_sentence(document, sent, lex, user)]
    best = primary_of(found)
    return best.event if best is not None else None
