"""Personal pronouns ("he", "his", "she", "her"): the person of the article they refer to.

The antecedent is a named person (``DocPeople.antecedent``: the subject of the sentence before it, else of the
nearest preceding sentence with a person in it), or the subject a fronted possessive names ("After his talks with X,
Y said": Y). When no named person comes before it, a person told only by a title may: "The Iraqi prime minister
arrived in Tehran on Saturday. He held talks with ..." is the prime minister (the KB's holder on the event's date,
as the title itself is), by the same salience (rule ``coref:pronoun-description``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.words import word_set
from ...records import Actor
from .coref import DocPeople, PersonMention
from .coref_mentions import FEMALE_TITLES, MALE_TITLES
from .groups import bound_subject_clusters, fronted_subject_cluster
from .persons import ActorCtx, cluster_actor, office_actor, strip_det
from .sentence_context import FORMER_CUES

_MALE_PRONOUNS = word_set("actors/resolve_male_pronouns")


def person_pronoun(ctx: ActorCtx, word: Token, text: str, start: int) -> Actor:
    """The person a third-person pronoun stands for, or an unresolved pronoun actor."""
    people = ctx.people
    gender = "m" if word.lower_ in _MALE_PRONOUNS else "f"
    bound = bound_subject_clusters(ctx, word)  # "X ..., urging him to": "him" is not X
    fronted, known = fronted_subject_cluster(ctx, word, gender)  # "After his talks with X, Y said"
    ante = None if known else people.antecedent(start, gender=gender, exclude=bound)
    if ante is not None:  # a subject first named in this sentence yields to the usual antecedent
        fronted = None
    ci = fronted if ante is None else ante
    if ci is not None:
        c = people.clusters[ci]
        a = cluster_actor(ctx, c, None, text)
        why = "coref:pronoun-fronted" if fronted is not None else (
            "coref:pronoun-not-own-subject" if bound else "coref:pronoun")
        a.resolution = f"{why} '{text}'->{c.display}; {a.resolution}"
        return a
    m = None if known else description_antecedent(people, start, gender, ctx.sdoc.text)
    if m is not None:
        a = office_actor(ctx, m.title, strip_det(m.text), text, m.start)
        a.resolution = f"coref:pronoun-description '{text}'->{m.text}; {a.resolution}"
        return a
    return Actor(None, text, "person", resolution="unresolved:pronoun", text=text)


def description_antecedent(people: DocPeople, pos: int, gender: str, text: str) -> PersonMention | None:
    """The title-only person a pronoun at ``pos`` refers to when no named person comes before it: the subject of
    the pronoun's own sentence before it, else of the sentence just before, when that subject is a description of
    one person ("the Iraqi prime minister", not "officials") that names no one. Not further back: a chain of
    pronouns there ("He was married ... His family ...") goes back to a name out of reach, not to a title that
    happens to stand in between. Not a pronoun inside a quotation (someone else's words), nor one whose sentence
    names its subject after it ("Before he met X, negotiator Y rejected ..."); not a title of the other sex ("The
    queen ... He"), a former holder's, or one that only owns the subject ("the secretary general's spokesman")."""
    if any(q.start <= pos < q.end for q in people.quotes):
        return None
    sent = people.sentence_of(pos)
    if any(m.sent == sent and m.start > pos and m.subject and m.kind == "name" for m in people.mentions):
        return None
    for s in (sent, sent - 1):
        cands = [m for m in people.mentions if m.sent == s and m.end <= pos and m.subject]
        if not cands:
            continue
        pick = cands[-1] if s == sent else cands[0]
        if pick.kind != "description" or pick.cluster is not None or pick.title.role is None:
            return None
        words = set(pick.text.lower().split())
        if _plural(pick.text) or words & FORMER_CUES or words & (FEMALE_TITLES if gender == "m" else MALE_TITLES):
            return None
        return None if _owner_only(pick, text) else pick
    return None


def _owner_only(m: PersonMention, text: str) -> bool:
    """The title is only the owner of the subject ("the secretary general's spokesman"): the mention is followed
    by a possessive, or names after its last possessive a head that is not its role ("Iran's foreign minister"
    stays)."""
    if text[m.end:m.end + 2] in ("'s", "\u2019s"):
        return True
    head = m.text.replace("\u2019", "'").rsplit("'s", 1)
    role = m.title.role.role.lower().replace("-", " ").split() if m.title.role else []
    return len(head) == 2 and not set(head[1].lower().replace("-", " ").split()) & set(role)


def _plural(text: str) -> bool:
    last = text.split()[-1].lower() if text.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


__all__ = ["description_antecedent", "person_pronoun"]
