"""Statement events read off a clause rather than a lexicon trigger: "X said Y must ..." (a demand, CAMEO 100) and
"X said Y bore responsibility" (blame, CAMEO 112); and the reporter a complement clause belongs to."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon import Lexicon, PloverClass
from ...lexicon.words import word_set
from ...records import Event, Mention
from ..nlp import tokens_of
from .arguments import is_actor_like, passive_controllers, subjects_of, with_conjuncts
from .found import Found, embedding_weight, event_span, parse_depth, refs
from .frames import QUESTION_WORDS
from .status import REPORTING_VERBS
from .triggers import Trigger


def obligations(sent: SpacySpan, trigger_clauses: set[int], lex: Lexicon, mention: Mention,
                 offset: int) -> list[Found]:
    """"X said Y must drop its barriers", "X reiterated its demand that Y ease ...": a demand by X of Y even when
    the demanded action is not in the lexicon (clauses with a lexicon trigger are derived in ``readings.derive``).
    Y is another party: "we must ..." exhorts the speaker's own side (``SELF_PRONOUNS``)."""
    out: list[Found] = []
    plover = lex.classify("100")
    if plover is None:
        return out
    for tok in tokens_of(sent, "VERB", "AUX"):
        if tok.i in trigger_clauses:
            continue
        if any(c.dep_ in {"advmod", "mark"} and c.lower_ in QUESTION_WORDS and c.i < tok.i for c in tok.children):
            continue  # "discussed how Arabs should overcome ...": a question talked over, no demand
        if tok.lemma_.lower() in COGNITION_VERBS and not any(
                c.dep_ == "conj" and c.lemma_.lower() not in COGNITION_VERBS for c in tok.children):
            continue  # "the Greeks must also understand that ...": a view urged, no conduct demanded (not "must
            # understand X's position and stop drilling")
        if tok.lemma_.lower() == "be" and not any(c.dep_ in {"acomp", "attr", "xcomp", "ccomp"}
                                                  or c.lower_ in REMOVAL_PARTICLES for c in tok.children):
            continue  # "the observers should be in the border towns by May": a place or time expected, no conduct demanded (as
            # "should be more cooperative" or "should be out of X" is)
        must = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in {"must", "should"}
                and not _inverted_condition(c, tok)]
        if not must and _obliged(tok) and not any(c.dep_ == "neg" for c in tok.head.children):
            must = [tok.head]  # "X said Y has to / ought to leave"; "they don't have to worry" obliges no one
        reporter = reporter_of(tok) if must else demanded_by_noun(tok)
        if reporter is None:
            continue
        subs = subjects_of(tok)[0] or passive_controllers(tok)  # "It has to be done": what is to be done
        # "we will have to hurry up", "we must act": the speaker's own side exhorted, no demand of another actor
        recipients = [x for x in subs if is_actor_like(x) and x.i != reporter.i and not _self(x)
                      and x.lemma_.lower() not in DOCUMENT_NOUNS  # "the OECD report should silence ...": a
                      and not (x.pos_ == "PRON" and x.lower_ in _UNDEMANDED)]  # document is obliged to nothing,
        if not recipients:  # and the audience is not addressed ("you should not pay attention")
            continue
        tokens = sorted([*must, tok], key=lambda t: t.i)
        rule = f"obligation:{must[0].lemma_.lower() if must else 'demand-noun'}+reporter"
        out.append(_statement_event("100", plover, "obligation", tok, tokens, 0.85, rule, reporter, recipients,
                                    mention, offset))  # reporter and addressee known
    return out


def _inverted_condition(aux: Token, verb: Token) -> bool:
    """"the danger should such a regime have a nuclear capacity": "should" before its subject is an "if", no
    obligation."""
    return aux.lower_ == "should" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > aux.i for c in verb.children)


def _statement_event(cameo: str, plover: PloverClass, kind: str, tok: Token, tokens: list[Token],
                     confidence: float, rule: str, speaker: Token, addressees: list[Token], mention: Mention,
                     offset: int) -> Found:
    """An occurred statement event read off a clause, not a lexicon trigger ("X said Y must ...", "X said Y bore
    responsibility"): the speaker acts on the addressees."""
    trig = Trigger(cameo, plover, kind, tok, tok, tokens, "-", "verb", confidence)
    event = Event(
        event_type=plover.event_type, cameo=cameo, status="occurred", mode=plover.mode,
        context=list(plover.context), confidence=confidence, mentions=[mention], rule=rule,
        trigger=event_span(tokens, offset), actor_refs=refs([speaker], offset), recipient_refs=refs(addressees, offset),
    )
    found = Found(event, trig, parse_depth(tok), False, derived=True)
    event.confidence = round(event.confidence * embedding_weight(found), 3)
    return found


BLAME_NOUNS = word_set("events/blame_nouns")
DOCUMENT_NOUNS = word_set("events/document_nouns")  # texts named by their author ("the OECD report")
REMOVAL_PARTICLES = word_set("events/removal_particles")


BLAME_VERBS = word_set("events/blame_verbs")


SELF_PRONOUNS = word_set("events/self_pronouns")
_UNDEMANDED = word_set("events/undemanded_pronouns")


def _self(tok: Token) -> bool:
    """A first-person pronoun ("we", "I"; not "US", the country)."""
    return tok.lower_ in SELF_PRONOUNS and tok.pos_ == "PRON" and tok.text != "US"


# What one is blamed for ("responsible for the attack"), as opposed to a duty ("responsible for security").
HARM_NOUNS = word_set("events/harm_nouns")


_BLAMED_DEPS = word_set("events/blamed_deps")


def _blamed(verb: Token) -> tuple[str, list[Token]] | None:
    """(how, blamed parties) of a clause that assigns blame: "Y bore full responsibility", "Y was responsible
    for ...", "Y is to blame"; "X held Y responsible" names the blamed as the object."""
    lem = verb.lemma_.lower()
    if lem not in BLAME_VERBS and lem not in ("be", "blame", "hold"):
        return None  # (most verbs: their children are not read)
    kids = list(verb.children)
    if lem in BLAME_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in BLAME_NOUNS for c in kids):
        how = "bear-responsibility"
    elif lem == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() == "responsible" for c in kids):
        how = "be-responsible"
    elif lem == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be":
        verb, how = verb.head, "be-to-blame"
    elif lem == "hold" and any(c.dep_ in _BLAMED_DEPS and c.lower_ == "responsible"
                               for c in kids):
        objs = [c for c in kids if c.dep_ == "dobj"]
        return ("hold-responsible", with_conjuncts(objs[0])) if objs else None
    else:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    fors = [g for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "for" and t.head.i in {verb.i, *(
        c.i for c in verb.children)} for g in t.children if g.dep_ in {"pobj", "pcomp"}]
    if (fors or lem == "have") and not any(g.lemma_.lower() in HARM_NOUNS for g in fors):
        return None  # "is responsible for border security", "has responsibility for visas": a duty, not blame
    subs, _ = subjects_of(verb)
    return how, subs


_OWN_PEOPLE_WORDS = word_set("events/own_people_words")


def _own_people(tok: Token) -> bool:
    """"its fighters", "our forces": the speaker's own people (a claim of responsibility, not blame)."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN_PEOPLE_WORDS for c in tok.children)


def blame_statements(sent: SpacySpan, trigger_clauses: set[int], lex: Lexicon, mention: Mention,
                      offset: int) -> list[Found]:
    """"X said Y bore full responsibility", "X held Y responsible for ...": X blames Y, an accusation (CAMEO 112;
    PETRARCH2 "HOLD * RESPONSIBLE" [112]). Owning up ("we bear responsibility") blames no one else."""
    out: list[Found] = []
    plover = lex.classify("112")
    if plover is None:
        return out
    for tok in tokens_of(sent, "VERB", "AUX"):
        if tok.i in trigger_clauses:
            continue
        found_blame = _blamed(tok)
        if found_blame is None:
            continue
        how, blamed = found_blame
        if how == "hold-responsible":
            subs, _ = subjects_of(tok)
            accuser = next((x for x in subs if is_actor_like(x)), None)
        else:
            clause = tok.head if how == "be-to-blame" and tok.dep_ == "xcomp" else tok
            accuser = reporter_of(clause)
        if accuser is None:
            continue
        recipients = [x for x in blamed if is_actor_like(x) and x.i != accuser.i and not _self(x)
                      and x.pos_ != "PRON" and not _own_people(x)]
        if not recipients:
            continue
        tokens = sorted([tok, *(c for c in tok.children if c.lemma_.lower() in BLAME_NOUNS | {"responsible"})],
                        key=lambda t: t.i)
        out.append(_statement_event("112", plover, "blame", tok, tokens, 0.8, f"blame:{how}+reporter", accuser,
                                    recipients, mention, offset))
    return out


# Status cues of an obligation stated by someone ("X said Y must/should/has to/ought to ..."): a demand of Y.
OBLIGATION_CUES = word_set("events/obligation_cues")
COGNITION_VERBS = word_set("events/cognition_verbs")


def _obliged(verb: Token) -> bool:
    """"has to leave", "ought to release": the verb is the to-infinitive of a present obligation verb ("they had
    to abandon" reports what happened). A "have" with an object of its own is possession, its infinitive a purpose
    ("would have better relations with X to avoid ...")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"have", "ought"} and verb.head.tag_ != "VBD" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "dobj" for c in verb.head.children)


REQUEST_NOUNS = word_set("events/request_nouns")


_REPORTER_OF_DEPS = word_set("events/reporter_of_deps")
_REPORTER_OF_EXTRA = word_set("events/reporter_of_extra")


def reporter_of(clause: Token) -> Token | None:
    """The subject of the reporting verb a clause is the complement of ("Chirac said Iraq must ...", "issued a
    reminder that Iraq must ...", "reiterated its demand that Israel ease ...")."""
    cur = clause
    for _ in range(3):
        if cur.dep_ not in _REPORTER_OF_DEPS or cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in REQUEST_NOUNS:
            subs, _ = subjects_of(cur.head)
            return subs[0] if subs and is_actor_like(subs[0]) else None
        if cur.lemma_.lower() in REPORTING_VERBS | _REPORTER_OF_EXTRA:
            outer = cur.head
            if cur.dep_ == "ccomp" and outer.i < clause.i < cur.i and outer.lemma_.lower() in REPORTING_VERBS:
                cur = outer  # "X ... and said Y should ..., X's office said": the trailing attribution, parsed as
                # the first verb's complement, reports the whole sentence; the clause is what the first says
            subs, _ = subjects_of(cur)
            return subs[0] if subs and is_actor_like(subs[0]) else None
    return None


def demanded_by_noun(clause: Token) -> Token | None:
    """"X's demand that Y ease ...": the clause is the content of a demand noun; X demands it of Y."""
    if clause.dep_ in {"acl", "ccomp"} and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in REQUEST_NOUNS:
        return reporter_of(clause)
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" and any(  # "reiterated its demand today that Y ..."
        c.dep_ == "dobj" and c.lemma_.lower() in REQUEST_NOUNS for c in clause.head.children
    ):
        subs, _ = subjects_of(clause.head)
        return subs[0] if subs and is_actor_like(subs[0]) else None
    return None
