"""Group anaphora in appeals (actor_groups): "both sides"/"the parties"/"the two countries" addressed by an appeal
for restraint or talks stand for the adversaries of the latest conflict event, not for a mediator and the party
who phoned them since (rule "+adversarial"). Sentences written for these tests; real knowledge base."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from communique import extract
from communique.config import Settings
from communique.kb import get_kb
from communique.pipeline.actors.coref import build_people
from communique.pipeline.actors.groups import adversaries, appeal_addressee, bound_subject_clusters
from communique.pipeline.actors.persons import ActorCtx
from communique.pipeline.nlp import parse_text
from communique.records import Actor, Document, Event


def _kb_or_skip() -> None:
    if get_kb().country("France") is None:
        pytest.skip("KB not built")


def _words(sentence: str, phrase: str) -> list[Token]:
    doc = parse_text(sentence)
    start = sentence.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    return list(span)


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("The League urged both sides to exercise restraint.", "both sides", True),
    ("Norway called on the two countries to settle their dispute through talks.", "the two countries", True),
    ("The pope appealed to both sides for calm.", "both sides", True),
    ("Both sides agreed to resume the talks next month.", "Both sides", False),
    ("The envoy met both sides in Geneva on Monday.", "both sides", False),
])
def test_actor_groups_appeal_addressee_table(sentence: str, phrase: str, expected: bool) -> None:
    assert appeal_addressee(_words(sentence, phrase)) is expected


def _a(name: str, country: str | None, sector: str | None) -> Actor:
    return Actor(None, name, "group", country, sector)


@pytest.mark.parametrize(("members", "expected"), [
    ([_a("Chile", "CHL", None), _a("Peru", "PER", None)], True),
    ([_a("army", "SDN", "MIL"), _a("rebels", "SDN", "REB")], True),
    ([_a("villages", "IND", "CVL"), _a("civilians", "IND", "CVL")], False),
    ([_a("villages", None, "CVL"), _a("farmers", None, "CVL")], False),
])
def test_actor_groups_adversaries_need_two_countries_or_state_and_non_state(members: list[Actor],
                                                                          expected: bool) -> None:
    assert adversaries(members) is expected


def _request(events: list[Event], actor: str) -> Event:
    found = [e for e in events if e.event_type == "REQUEST" and any(actor in a.name for a in e.actors)]
    assert found, [(e.event_type, [a.name for a in e.actors]) for e in events]
    return found[0]


def test_actor_groups_both_sides_in_an_appeal_are_the_adversaries_not_the_callers() -> None:
    _kb_or_skip()
    text = ("Chile accused Peru of violating its airspace on Monday. Chilean President Gabriel Boric spoke by "
            "phone with French President Emmanuel Macron, who offered to help. The European Union urged both "
            "sides to exercise restraint.")
    ev = _request(extract(text, published="2024-05-10"), "European Union")
    assert sorted(r.country or "" for r in ev.recipients) == ["CHL", "PER"], [r.resolution for r in ev.recipients]
    assert all("adversarial" in (r.resolution or "") for r in ev.recipients)


def test_actor_groups_both_sides_outside_an_appeal_keep_the_most_recent_set() -> None:
    """Not an appeal: "both sides" agreeing after a call are the two on the call."""
    _kb_or_skip()
    text = ("Chile accused Peru of violating its airspace on Monday. Chilean President Gabriel Boric spoke by "
            "phone with French President Emmanuel Macron. Both sides agreed to meet in Paris next month.")
    found = extract(text, published="2024-05-10", settings=Settings(min_confidence=0.0))  # actors, not the gate
    evs = [e for e in found if e.event_type in ("AGREE", "CONSULT")
           and any("Both sides" in (a.text or "") for a in e.actors)]
    assert evs, "no event with 'Both sides' as actor"
    assert {a.country for a in evs[0].actors} == {"CHL", "FRA"}, [a.resolution for a in evs[0].actors]


def test_actor_groups_phone_calls_to_both_sides_are_no_appeal() -> None:
    words = _words("The envoy made phone calls to the leaders of both nations.", "the leaders of both nations")
    assert appeal_addressee(words) is False


@pytest.mark.parametrize(("text", "pronoun", "subject", "bound"), [
    ("Kenyan President William Ruto spoke by phone with Somali President Hassan Sheikh Mohamud, urging him to "
     "resume talks.", "him", "William Ruto", True),
    ("Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud and thanked him for his support.",
     "him", "William Ruto", True),
    ("Kenyan President William Ruto said Somali President Hassan Sheikh Mohamud had invited him to Mogadishu.",
     "him", "William Ruto", False),
])
def test_actor_groups_object_pronoun_is_not_its_own_verbs_subject(text: str, pronoun: str, subject: str,
                                                                  bound: bool) -> None:
    """Binding: "X ..., urging him": "him" is not X; across a clause boundary it may be ("X said Y invited
    him")."""
    _kb_or_skip()
    kb = get_kb()
    doc = Document(id="b", text=text, published="2024-05-10")
    sdoc = parse_text(text)
    people = build_people(doc, sdoc, kb)
    ctx = ActorCtx(doc, sdoc, kb, people, "2024-05-10", 0)
    tok = next(t for t in sdoc if t.text == pronoun)
    clusters = bound_subject_clusters(ctx, tok)
    names = {people.clusters[c].display for c in clusters}
    assert (any(subject in n for n in names)) is bound, names


@pytest.mark.parametrize(("text", "countries"), [
    ("Ghana hopes to reach a deal with Nigeria on the use of its ports, the minister said. Mensah said the two "
     "countries had agreed to jointly use the harbour.", {"GHA", "NGA"}),
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. The two countries "
     "agreed to build a railway.", {"KEN", "UGA"}),
])
def test_actor_groups_two_countries_just_named(text: str, countries: set[str]) -> None:
    """With no earlier set of parties, "the two countries" are the two countries named just before."""
    _kb_or_skip()
    found = [e for e in extract(text, published="2024-05-10", settings=Settings(min_confidence=0.0))
             if e.event_type == "AGREE"]
    assert found, "no AGREE by 'the two countries'"
    assert countries <= {a.country for a in found[0].actors}, [a.resolution for a in found[0].actors]
    assert "two countries just named" in (found[0].actors[0].resolution or "")


def test_actor_groups_two_countries_not_among_three() -> None:
    _kb_or_skip()
    text = ("Kenya hopes to reach a deal with Uganda and Tanzania on the border, the minister said. The two "
            "countries agreed to build a railway.")
    found = [e for e in extract(text, published="2024-05-10", settings=Settings(min_confidence=0.0))
             if e.event_type == "AGREE"]
    assert not any("two countries just named" in (a.resolution or "") for e in found for a in e.actors)


def test_actor_groups_two_countries_counts_a_city_named_before() -> None:
    _kb_or_skip()
    text = ("Ugandan President Yoweri Museveni arrived in Nairobi on Monday for a summit on Somalia. The two "
            "countries signed a trade deal.")
    found = [e for e in extract(text, published="2024-05-10", settings=Settings(min_confidence=0.0))]
    assert not any("two countries just named" in (a.resolution or "") for e in found for a in e.actors)
