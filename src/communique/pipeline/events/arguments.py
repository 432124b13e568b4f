"""Participants of an event from the dependency parse: subjects, objects, prepositional objects, noun phrases."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set
from .headlines import headline_participle
from .tree import ancestors, main_clause_of_participle

ACTOR_ENTS = word_set("events/actor_ents")
PERSONAL_PRONOUNS = word_set("events/personal_pronouns")
RELATIVE_PRONOUNS = word_set("events/relative_pronouns")
ACTOR_NOUNS = word_set("events/actor_nouns")
ISSUED_TEXTS = word_set("actors/issued_text_nouns")
# Adjectival passives whose subject holds the attitude ("Israel is opposed to ...", "is committed to ...").
STATIVE_PASSIVES = word_set("events/stative_passives")
QUANTITY_HEADS = word_set("events/quantity_heads")
MEASURE_ENTS = word_set("events/measure_ents")
FINITE_TAGS = word_set("events/finite_tags")
# Numerals that stand alone for a group of parties named before ("the two", "all three").
BARE_NUMERALS = word_set("events/bare_numerals")
NP_DROP_DEPS = word_set("events/np_drop_deps")
NP_KEEP_PREPS = word_set("events/np_keep_preps")


_IS_ACTOR_LIKE_ENTS = word_set("events/is_actor_like_ents")
_SUBJECT_CONTROL_PREPS = word_set("events/subject_control_preps")
_PATIENT_PARTICIPLE_VERBS = word_set("events/patient_participle_verbs")
_CONTACT_VERBS = word_set("events/contact_verbs")  # "telephoned X to congratulate": the caller congratulates
_IS_ACTOR_LIKE_DEPS = word_set("events/is_actor_like_deps")
_IS_ACTOR_LIKE_WORDS = word_set("events/is_actor_like_words")


def is_actor_like(tok: Token) -> bool:
    """Can this noun phrase head name a political actor (person, organisation, country, group)?"""
    low = tok.lower_
    if tok.pos_ == "PRON" or low in PERSONAL_PRONOUNS:
        return low in PERSONAL_PRONOUNS
    if tok.ent_type_ in ACTOR_ENTS:
        return True
    if low in BARE_NUMERALS and not any(c.dep_ == "prep" for c in tok.children) and any(
            c.dep_ in {"det", "predet"} and c.lower_ in _IS_ACTOR_LIKE_WORDS for c in tok.children):
        return True  # "where the two discussed ...": a group anaphor ("anaphora.group_anaphor")
    if low in QUANTITY_HEADS:  # "thousands of students", "a group of rebels"; but "the main rebel group"
        of_objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"]
        if of_objects or tok.lemma_.lower() not in ACTOR_NOUNS:
            return any(is_actor_like(g) for g in of_objects)

    if tok.ent_type_ in _IS_ACTOR_LIKE_ENTS:
        return False
    if tok.lemma_.lower() in ACTOR_NOUNS or low in ACTOR_NOUNS:
        return True
    if tok.dep_ == "nsubj" and definite_issued_text(tok):
        return True  # "The statement urged X": its issuer, if the story names one (actors.anaphora.document_issuer)
    if tok.pos_ == "PROPN":
        return True
    return any(c.dep_ in _IS_ACTOR_LIKE_DEPS and c.ent_type_ in ACTOR_ENTS for c in tok.children)


def definite_issued_text(tok: Token) -> bool:
    """"the statement", "this declaration": a text some party issued, named as the one the story told of."""
    return tok.lemma_.lower() in ISSUED_TEXTS and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                      for c in tok.children)


_SPEAKING_BODIES = word_set("events/speaking_bodies")


def speaking_body(tok: Token) -> bool:
    """"The summit welcomed ...": a meeting that speaks, as a subject, stands for its participants (the actors
    stage takes the meeting named earlier); "a news conference" is no speaker."""
    return (tok.lemma_.lower() in _SPEAKING_BODIES and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ in {"compound", "amod"} for c in tok.children))



_WITH_CONJUNCTS_POS = word_set("events/with_conjuncts_pos")
_WITH_CONJUNCTS_WORDS = word_set("events/with_conjuncts_words")


def with_conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Armenia and Azerbaijan")."""
    out = [tok]
    conjuncts = tok.conjuncts  # read once (spaCy walks the tree for it)
    chain = [tok, *conjuncts]
    if not any(c.dep_ == "cc" or c.lower_ in _WITH_CONJUNCTS_WORDS for t in chain for c in t.children):
        return out  # "The Foreign Minister, Jeyhun Bayramov, met": a comma-joined name, not a second party
    for c in conjuncts:
        if c.i != tok.i and c.pos_ in _WITH_CONJUNCTS_POS and not _owner_of_next(c, chain):
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def _owner_of_next(c: Token, chain: list[Token]) -> bool:
    """"the EU and [Iran]'s arch-enemy Israel", parsed with "Iran" as a conjunct: a possessor whose phrase the next
    conjunct begins owns that party; it is no party of its own."""
    return any(k.dep_ == "case" and k.tag_ == "POS" for k in c.children) and any(
        d.i > c.i and d.left_edge.i == c.right_edge.i + 1 for d in chain)


def resolve_relative(tok: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause modifies."""
    if tok.lower_ in RELATIVE_PRONOUNS:
        clause = tok.head
        if clause.dep_ == "relcl":
            return clause.head
    return tok


def _verbless_root(noun: Token) -> bool:
    """The noun (or the noun its prepositional phrase hangs on) is the root of a sentence without a verb."""
    up = noun.head.head if noun.dep_ == "pobj" else noun
    return up.dep_ == "ROOT" and up.pos_ in {"NOUN", "PROPN"} and not any(
        t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in noun.sent)


# Verbs whose object is someone else's act or text ("rejected a plan calling for ...").
DISOWNING_VERBS = word_set("events/disowning_verbs")
# Verbs that report a statement; their clause complement is the statement's content.
SAY_VERBS = word_set("events/say_verbs")


def _report_content(clause: Token) -> bool:
    """"X resorted to ..., officials said" parsed with the verb as a participle on X: X is the subject of a
    reporting verb that has no complement of its own, so the "participle" is the reported statement's verb."""
    noun = clause.head
    say = noun.head
    return (noun.dep_ == "nsubj" and say.lemma_.lower() in SAY_VERBS and say.i > clause.i
            and not any(c.dep_ in {"ccomp", "xcomp"} for c in say.children)
            and not any(c.dep_ == "agent" for c in clause.children))


def _trailing_say(say: Token, clause: Token) -> bool:
    """A report verb after the clause it reports, which the parser made an adverbial clause of the main verb
    ("X left, after holding talks with Y, television said"): what hangs on it before it is the report's content."""
    return (say.lemma_.lower() in SAY_VERBS and say.dep_ == "advcl" and say.i > clause.i and say.head.i < clause.i
            and say.head.pos_ in {"VERB", "AUX"})


def _distant_agent(clause: Token) -> list[Token]:
    """"X has been accused of misusing funds, much of it believed embezzled, by Y": a passive verb's by-phrase
    hung on a verb above it (as a plain preposition, not that verb's own agent), after the passive verb."""
    for up in ancestors(clause, 2):
        if up.pos_ not in {"VERB", "AUX"}:
            return []
        # its by-phrase, or one set off by a comma at the end of a parenthetical verb beside the passive one
        bys = [c for c in up.children if c.dep_ == "prep" and c.lower_ == "by"]
        bys += [a for c in up.children if c.dep_ in {"xcomp", "ccomp"} and c.i > clause.i for a in c.children
                if a.dep_ == "agent" and a.i > 0 and a.doc[a.i - 1].text == ","]
        for c in bys:
            if c.i > clause.i:
                objs = [g for g in c.children if g.dep_ == "pobj" and is_actor_like(g) and g.pos_ != "PRON"]
                if objs:
                    return with_conjuncts(objs[0])
    return []


_TRAILING_ATTRIBUTION_DEPS = word_set("events/trailing_attribution_deps")
_TRAILING_ATTRIBUTION_DEPS_2 = word_set("events/trailing_attribution_deps_2")


def trailing_attribution(clause: Token) -> bool:
    """"X are failing to uphold ..., a human rights group protested": a statement verb after the sentence's main
    clause, parsed as a participle on the comma-separated noun before it; it has no agent, object or clause of
    its own, so it is the finite verb of an attribution whose content is the main clause."""
    noun = clause.head
    if clause.dep_ != "acl" or clause.tag_ not in {"VBN", "VBD"} or not is_actor_like(noun) or noun.pos_ == "PRON":
        return False
    if any(c.dep_ in _TRAILING_ATTRIBUTION_DEPS for c in clause.children):
        return False
    if _bare_charged(clause):
        return False  # "..., the Aussie charged with fighting for X": the one charged, not an attribution
    root = clause.sent.root
    left = noun.left_edge.i - 1
    return root.i < noun.i and root.pos_ in {"VERB", "AUX"} and left >= 0 and clause.doc[left].text == "," and (
        clause.i > root.i) and all(t.dep_ in _TRAILING_ATTRIBUTION_DEPS_2 for t in clause.children)


_PHRASE_BEFORE_DEPS = word_set("events/phrase_before_deps")
_PHRASE_BEFORE_DEPS_2 = word_set("events/phrase_before_deps_2")
_PHRASE_BEFORE_TAGS = word_set("events/phrase_before_tags")


def _phrase_before(verb: Token) -> Token | None:
    """"With the signing of X, the government and Y have agreed": a main verb the parser left without a subject
    takes the actor phrase that ends right before it (auxiliaries and adverbs between), wherever it was hung."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in _PHRASE_BEFORE_DEPS:
        i -= 1
    if i < verb.sent.start or not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and verb.tag_ not in _PHRASE_BEFORE_TAGS:
        return None
    tok = verb.doc[i]
    while tok.dep_ in _PHRASE_BEFORE_DEPS_2 and tok.head.i > tok.i and tok.head.i < verb.i:
        tok = tok.head
    if tok.pos_ not in {"NOUN", "PROPN"} or not is_actor_like(tok) or tok.ent_type_ in {"DATE", "TIME"}:
        return None
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in {"NOUN", "PROPN"} and (
            is_actor_like(first.head)) and first.head.dep_ != "pobj":
        first = first.head  # "the government and SPLM/A": the first conjunct carries the others
    return first


def _right_conjuncts(tok: Token) -> list[Token]:
    """The token and the conjuncts hung below it (not the phrase it is itself a conjunct of)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}:
            out += _right_conjuncts(c)
    return out


# Verbs whose prepositional object controls an infinitive after it: "called on X to ...", "appealed to X to ...",
# "pleaded with X to ...", "prevailed upon X to ...", "relied on X to ...".
PREP_CONTROL = {("call", "on"), ("call", "upon"), ("appeal", "to"), ("plead", "with"), ("prevail", "on"),
                ("prevail", "upon"), ("rely", "on"), ("count", "on"), ("depend", "on"), ("wait", "for"),
                ("look", "to")}


def _appeal_addressee(verb: Token) -> Token | None:
    """The actor-like prepositional object that controls the verb's infinitive ("called on [X] to release")."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "prep" and (lemma, c.lower_) in PREP_CONTROL:
            for g in c.children:
                if g.dep_ == "pobj" and is_actor_like(g):
                    return g
    return None


GUEST_PARTICIPLES = word_set("events/guest_participles")


def _participle_subject(subj: Token) -> Token | None:
    """The noun of a subject the parser read as a participle clause: "[The X operating in Y] said" parsed with
    "operating" as the subject and X as its subject."""
    if subj.tag_ != "VBG" or subj.pos_ != "VERB":
        return None
    inner = [c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i]
    if not inner and subj.dep_ == "csubj" and subj.lower_ in GUEST_PARTICIPLES and subj.i == subj.sent.start:
        # "[Visiting Russian Premier X] gave a warning": the guest, a person ("Visiting Moscow helped X": no one)
        inner = [c for c in subj.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    return inner[0] if inner and is_actor_like(inner[0]) else None


# Verbs whose "X accused of doing" modifier names the doer: "three firms [accused of supplying] parts".
CHARGE_VERBS = word_set("events/charge_verbs")

def subjects_of(clause: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Logical subjects (initiators) of a clause and how they were found.

    Active subject; passive agent ("was attacked by X"); controlled subjects of xcomp ("was delighted to meet",
    object control for "urged them to"); shared subjects of coordinated verbs; the noun a relative clause modifies.
    """
    own = _own_subjects(clause)
    if own is not None:
        return own
    if clause.head == clause:
        before = _phrase_before(clause)
        return (_right_conjuncts(before), "adjacent-subject") if before is not None else ([], "none")
    if depth > 3:
        return [], "none"
    head = clause.head
    return (_control_subjects(clause, head, depth) or _reduced_clause_subjects(clause, depth)
            or _shared_subjects(clause, head, depth) or ([], "none"))


Subjects = tuple[list[Token], str]


def elided_passive(verb: Token) -> bool:
    """A participle coordinated with a passive verb, its "were" left out ("X was killed and Y wounded"): passive
    too, so its subject is who suffered it."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "auxpass" for c in verb.head.children)
            and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children))


_JOURNEY_VERBS = word_set("events/journey_verbs")


def _bare_charged(verb: Token) -> bool:
    """"X charged with / accused of ..." with no auxiliary and no object: a reduced passive the parser made the
    sentence's verb, or hung on X tagged as a past tense ("the Briton charged with spying"); X is the one charged,
    not the accuser."""
    return (verb.lemma_.lower() in CHARGE_VERBS and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "acl")
            and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in {"with", "of"} for c in verb.children))


def _destination_read_as_subject(clause: Token, subj: list[Token]) -> bool:
    """"left for X to attend ...": the parser read "for X to" as an infinitive with a subject, but a place is the
    journey's destination, not who attends."""
    return (any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and clause.dep_ == "advcl"
            and (clause.head.lemma_.lower() in _JOURNEY_VERBS
                 or all(c.ent_type_ in {"GPE", "LOC", "FAC"} for c in subj)))


_ARMS = word_set("actors/context_fill_weapons") | word_set("actors/context_fill_attack_nouns") | word_set(
    "events/wielded_arms")


def _wielder(agent: Token) -> Token:
    """Whose weapon or fire the agent is: "wounded by Israeli troops' gunfire", "killed by the army's shelling"
    were the troops' and the army's doing; any other agent is itself."""
    if agent.lemma_.lower() in _ARMS or agent.lower_ in _ARMS:
        owner = next((c for c in agent.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:
            return owner
    return agent


def _subject_after_source(subj: Token) -> Token | None:
    """"According to the radio station KRV, the union called ...": the parser makes the source's name the
    subject and the real subject its apposition; the apposition is the subject."""
    if subj.i == 0 or not any(a.lower_ == "according" for a in subj.doc[subj.i - 1].ancestors):
        return None
    return next((a for a in subj.children if a.dep_ == "appos" and a.i > subj.i
                 and subj.doc[a.left_edge.i - 1].is_punct), None)


def passive_controllers(clause: Token) -> list[Token]:
    """The one a passive infinitive is about: its governing verb's object ("ordered X [to be detained]"), else its
    subject ("X had [to be airlifted]", "X is expected [to be freed]"); [] for any other clause."""
    if clause.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in clause.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return []
    objs = [c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i]  # "ordered X to be detained"
    return [x for c in objs or [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            for x in with_conjuncts(c)]


def passive_subjects(clause: Token) -> list[Token]:
    """The clause's passive subjects, or the one its passive infinitive is about (:func:`passive_controllers`)."""
    return [c for c in clause.children if c.dep_ == "nsubjpass"] or passive_controllers(clause)


def _own_subjects(clause: Token) -> Subjects | None:
    """The clause's own subjects: a passive agent, an active subject, a passive subject's reading; None when the
    clause has none and they are to be looked for above it."""
    for c in clause.children:
        if c.dep_ == "agent":  # not a measure read as an agent ("shortened by one hour the curfew")
            objs = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in MEASURE_ENTS]
            if objs:
                return with_conjuncts(_wielder(objs[0])), "agent"
    kids = list(clause.children)
    kids += [g for c in kids if c.dep_ in {"aux", "auxpass"} for g in c.children]  # "X and Y have in Z discussed"
    subj = [c for c in kids if c.dep_ in {"nsubj", "csubj"}]
    if subj and _destination_read_as_subject(clause, subj):
        return None  # "departed for Mar del Plata to attend the summit": the traveller attends
    if subj and elided_passive(clause):  # "one militant was killed and nine others [were] wounded": victims
        return [], "passive-no-agent"
    if subj and _bare_charged(clause):  # "A businessman charged with exporting X pleaded not guilty": the accused
        return [], "passive-no-agent"
    if len(subj) > 1:  # "New York, 20 September (TDI): The Foreign Minister ... met": the dateline is not a subject
        paired = _coordinated_subjects(subj)
        if paired:
            return paired, "nsubj"
        # the last one that can name an actor ("Members of X, a body linked to Y, investigated")
        ordered = sorted(subj, key=lambda c: -c.i)
        subj = [next((c for c in ordered if is_actor_like(resolve_relative(c))), ordered[0])]
    for c in subj:
        if c.dep_ in {"nsubj", "csubj"}:
            c = resolve_relative(c)
            if c.dep_ == "expl":
                continue
            real = _subject_after_source(c)
            if real is not None:  # "According to the radio station KRV, the teachers' union called ..."
                return with_conjuncts(real), "nsubj:after-source"
            inner = _participle_subject(c)
            if inner is not None:  # "The aid agency operating in Yemen said": a reduced relative read as a clause
                return with_conjuncts(inner), "nsubj:participle-phrase"
            return with_conjuncts(c), "nsubj"
    if not subj and passive_controllers(clause):
        return [], "passive-no-agent"  # "X had to be airlifted", "is expected to be freed": X suffers it
    if any(c.dep_ == "nsubjpass" for c in clause.children):
        if clause.lemma_.lower() in STATIVE_PASSIVES:  # "Israel is opposed to ...", "X is committed to ..."
            return with_conjuncts(next(c for c in clause.children if c.dep_ == "nsubjpass")), "stative-passive"
        far = _distant_agent(clause)
        if far:
            return far, "distant-agent"
        return [], "passive-no-agent"
    return None


def _coordinated_subjects(subj: list[Token]) -> list[Token]:
    """Two subjects the parser hung on the verb separately though an "and" joins them ("Kenyan leader A and
    Ugandan Foreign Minister B met"): both, when the first ends with the coordinator and both can name an actor."""
    first, second = sorted(subj, key=lambda c: c.i)[:2]
    joined = any(c.dep_ == "cc" and c.lower_ in {"and", "&"} and c.i > first.i and c.i < second.left_edge.i
                 for c in first.children)
    if not joined or not all(is_actor_like(c) for c in (first, second)):
        return []
    return sorted({*with_conjuncts(first), *with_conjuncts(second)}, key=lambda t: t.i)


def _control_subjects(clause: Token, head: Token, depth: int) -> Subjects | None:
    """Subjects of a complement: object control, raising, control by the governing verb, a copula's subject."""
    if clause.dep_ == "xcomp":
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if objs and head.lemma_.lower() in _CONTACT_VERBS:  # "telephoned X to congratulate": the caller does
            found, how = subjects_of(head, depth + 1)
            return found, "contact-purpose:" + how
        if objs and (is_actor_like(objs[0]) or head.pos_ != "VERB"):
            return with_conjuncts(objs[0]), "object-control"  # "urged them to": not "used tear gas to"
        addressee = _appeal_addressee(head) if not objs else None
        if addressee is not None:  # "called on X to release ...": X releases, not the caller
            return with_conjuncts(addressee), "object-control:prep"
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised:  # "X is scheduled to meet"
            return with_conjuncts(raised[0]), "raising"
        found, how = subjects_of(head, depth + 1)
        return found, "control:" + how
    if clause.dep_ == "acomp" and head.pos_ == "AUX":  # "Israel is opposed to ...": the copula's subject
        found, how = subjects_of(head, depth + 1)
        return found, "copula:" + how
    return None


def _disowning(gov: Token) -> bool:
    """A verb by which its subject does not own the document it acts on: "vetoed / voted down a resolution
    condemning X", "would not support a resolution condemning X"."""
    lemma = gov.lemma_.lower()
    particles = {f"{lemma} {c.lower_}" for c in gov.children if c.dep_ in ("prt", "prep")}  # "voted down"
    return (lemma in DISOWNING_VERBS or bool(particles & DISOWNING_VERBS)
            or any(c.dep_ == "neg" for c in gov.children))


def _reduced_clause_subjects(clause: Token, depth: int) -> Subjects | None:
    """Subjects of a participle, infinitive, relative or misattached finite clause: the noun it hangs on or the
    subject of the verb whose object that noun is."""
    if clause.dep_ in {"acl", "relcl"} and (clause.tag_ == "VBG" or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)) and (
            clause.head.dep_ in {"pobj", "dobj"} and not is_actor_like(clause.head)) and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        gov = clause.head.head.head if clause.head.dep_ == "pobj" else clause.head.head
        if gov.pos_ in {"VERB", "AUX"} and not _disowning(gov):
            # "were converging for a rally to protest", "issued a statement demanding": those who hold the rally
            # or issue the statement (not "vetoed a resolution condemning": someone else's text)
            found, how = subjects_of(gov, depth + 1)
            return found, "purpose:" + how
    if clause.dep_ == "relcl" and clause.head.pos_ in {"NOUN", "PROPN"}:
        return [clause.head], "relcl"
    if trailing_attribution(clause):  # "X are failing ..., a human rights group protested"
        return [clause.head], "trailing-attribution"
    if clause.dep_ == "acl" and clause.head.pos_ in {"NOUN", "PROPN"} and not _passive_participle(clause) and (
            clause.tag_ in _PHRASE_BEFORE_TAGS or (clause.tag_ == "VBN" and (
                (_verbless_root(clause.head) and not headline_participle(clause)) or _report_content(clause)))):
        # "..., a rights group protested": a finite verb hung on its subject; a verbless sentence's "participle"
        # ("Youths resorted to ...", "Doctors from two groups donated ...") is its finite verb
        noun = clause.head
        up = noun.head.head if noun.dep_ == "pobj" else noun
        if up.dep_ == "ROOT" and up.pos_ in {"NOUN", "PROPN"} and is_actor_like(up):
            noun = up  # "Doctors from two groups donated": the verb hung on the last noun of the subject
        return [noun], "acl-subject"
    if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.pos_ in {"NOUN", "PROPN"} and is_actor_like(
            clause.head) and (_set_off(clause) or clause.lemma_.lower() not in _IDENTIFYING_PARTICIPLES):
        return with_conjuncts(clause.head), "participle-subject"  # "demonstrators protesting the results"
    return None


def _set_off(participle: Token) -> bool:
    """A participle set off by a comma ("EU leaders, meeting at a summit, ..."): news of what its noun does."""
    i = participle.left_edge.i - 1
    return i >= 0 and participle.doc[i].text == ","


_IDENTIFYING_PARTICIPLES = word_set("events/identifying_participles")


def _passive_participle(verb: Token) -> bool:
    """"the bodies of civilians shot dead", "people killed by the army": a participle with an agent, or a
    resultative complement and no object, is passive (the tagger may call it a past tense): its noun is the
    victim, not the subject."""
    deps = {c.dep_ for c in verb.children}
    if verb.tag_ == "VBN" and verb.lemma_.lower() in _VICTIM_PARTICIPLES and not deps & {"dobj", "nsubj"}:
        return True  # "... and 26 other people wounded during the fighting, witnesses said": the wounded
    return "agent" in deps or _bare_charged(verb) or (  # "the Briton charged with spying": the one charged
        any(c.dep_ == "oprd" and c.pos_ == "ADJ" for c in verb.children) and not deps & {"dobj", "nsubj"})


_VICTIM_PARTICIPLES = word_set("events/victim_participles")


_SHARED_SUBJECTS_DEPS = word_set("events/shared_subjects_deps")
_SHARED_SUBJECTS_DEPS_2 = word_set("events/shared_subjects_deps_2")


def _linked(conj: Token, head: Token) -> bool:
    """A coordinated verb is linked to the one before it by a conjunction or a punctuation mark ("met X and
    criticised Y", "met X, criticised Y"), not hung on it across a noun phrase by the parser."""
    between = range(head.i + 1, conj.i)
    return any(c.dep_ in {"cc", "preconj"} for c in (*head.children, *conj.children)) or any(
        conj.doc[i].is_punct and conj.doc[i].head in (head, conj) for i in between)


def _shared_subjects(clause: Token, head: Token, depth: int) -> Subjects | None:
    """Subjects shared with the clause's governor: an appeal's addressee, the finite verb above a gerund, the
    verb a by-means clause serves, coordinated and adverbial clauses."""
    if clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and (
            addressee := _appeal_addressee(head)) is not None:  # "pleaded with X [to free ...]" read as a purpose
        return with_conjuncts(addressee), "object-control:prep"
    if clause.dep_ == "conj" and clause.tag_ in FINITE_TAGS and head.tag_ == "VBG" and head.dep_ in _SHARED_SUBJECTS_DEPS:
        # "X accused Y of violating Z [and recalled] its ambassador": a finite verb is not coordinated with a
        # gerund but with the finite verb above it, whose subject it shares
        finite = next((a for a in ancestors(head, 4) if a.tag_ in FINITE_TAGS), None)
        if finite is not None:
            found, how = subjects_of(finite, depth + 1)
            return found, "shared-finite:" + how
    if clause.dep_ == "pcomp" and head.lower_ == "by" and head.head.pos_ == "VERB":
        found, how = subjects_of(head.head, depth + 1)  # "violating X's sovereignty [by signing] a deal": the
        if found:  # violator signs (the means shares the subject of what it is the means of)
            return found, "by-means:" + how
    loose = clause.dep_ == "conj" or (clause.dep_ == "advcl" and clause.tag_ == "VBD" and not any(
        c.dep_ == "mark" for c in clause.children))
    if loose and not _linked(clause, head):
        return None  # "a pullout agreed in the accord" misparsed as a second verb: no "and" or comma links them
    past = clause.dep_ == "conj" and head.tag_ == "VBD" and any(c.dep_ == "dobj" for c in clause.children) and not any(
        c.dep_ in {"aux", "auxpass"} for c in clause.children)  # "opened talks and criticised X", "criticised" tagged VBN
    if clause.dep_ in _SHARED_SUBJECTS_DEPS_2 and (clause.tag_ != "VBN" or past):
        if clause.dep_ == "pcomp":
            subject_control = head.lower_ in _SUBJECT_CONTROL_PREPS and (  # "told Y [after winning]": the
                head.head.lemma_.lower() not in _PATIENT_PARTICIPLE_VERBS)  # teller won; "arrested the cleric
            # [after criticising X]": the cleric did
            head = head.head
            if _trailing_say(head, clause):  # "X left Libya, after holding talks with Y, Libyan television
                found, how = subjects_of(head.head, depth + 1)  # said": the adjunct hung on the report belongs
                return found, "report-adjunct:" + how  # to the reported clause
            if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in {"NOUN", "PROPN"} and (
                    is_actor_like(head.head)) and head.lemma_.lower() in CHARGE_VERBS:
                return with_conjuncts(head.head), "accused-noun"  # "three firms [accused of supplying] parts"
            if head.pos_ == "ADJ" and head.dep_ in {"acomp", "amod"} and head.head != head:
                head = head.head  # "are guilty of violating": the subject of "are"
            controller = None if subject_control else _controlling_object(head)
            if controller is not None:  # "accused [the rebels of attacking]", "accused the West of waging": the
                return with_conjuncts(controller), "object-of-accusation"  # West wages
        main = main_clause_of_participle(clause)
        if main is not None:
            found, how = subjects_of(main, depth + 1)
            return found, "shared-main:" + how
        found, how = subjects_of(head, depth + 1)
        return found, "shared:" + how
    return None


def _controlling_object(head: Token) -> Token | None:
    """The object that does what a preposition's -ing complement says: the accused noun itself ("the rebels [of
    attacking]") or the governing verb's object ("accused the West of waging"); not in "violating its sovereignty by
    signing" (the violator signs)."""
    if head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "dobj" and is_actor_like(head):
        return head
    objs = [c for c in head.children if c.dep_ == "dobj"]
    if objs and head.pos_ == "VERB" and is_actor_like(objs[0]):
        return objs[0]
    return None


def for_clause_marks(verb: Token) -> list[Token]:
    """The "for" of a "for X to do" clause the parser hung under the verb as an adverbial clause ("called for
    Ruritania to withdraw its troops", "appealed for the talks to resume"): the verb's preposition in all but
    name (so "call for", "appeal for" apply)."""
    return [m for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for m in c.children
        if m.dep_ == "mark" and m.lower_ == "for" and m.i > verb.i]


_GUEST_TALK_HEADS = word_set("events/guest_talk_heads")


def guest_after(prep: Token) -> list[Token]:
    """"talks with visiting US President X": the parser made "visiting" a gerund with X as its object; X is the
    preposition's object, a guest, and "visiting" says only that (no visit by anyone else). Only after words of
    talks ("met / talks / discussed / agreed with")."""
    out: list[Token] = []
    talks = prep.lower_ == "with" and any(h.lemma_.lower() in _GUEST_TALK_HEADS for h in (prep.head, prep.head.head))
    # ("discussed security with visiting X"); "spent Saturday with visiting X", "announced to visiting X": as they were
    for v in prep.children if talks else ():
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.lower_ in GUEST_PARTICIPLES and v.i == prep.i + 1:
            out += [o for o in v.children if o.dep_ == "dobj" and o.left_edge.i == v.i + 1
                    and any(t.ent_type_ == "PERSON" for t in o.subtree)]
    return out
