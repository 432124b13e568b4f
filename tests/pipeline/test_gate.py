"""The gate stage: generic features of an event in its story, the confidence model, and what it keeps."""

from __future__ import annotations

import json
import logging
import math
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from communique.config import Settings
from communique.errors import CommuniqueError
from communique.kb import KnowledgeBase
from communique.pipeline.context import DocContext
from communique.pipeline.gate import gate
from communique.pipeline.gate.features import (
    FEATURES,
    StoryFacts,
    embedded,
    event_features,
    in_quote,
    old_time_in_sentence,
    trigger_token,
)
from communique.pipeline.gate.model import (
    MODEL_FILE,
    SENTENCE_MODEL_FILE,
    SHORT_TEXT_SENTENCES,
    ConfidenceModel,
    default_model,
    load_model,
    model_for,
    sentence_model,
)
from communique.pipeline.stages import stage_names
from communique.records import (
    ANNOUNCED_PLAN_RULE,
    NEWS_WITHOUT_DAY_RULE,
    Actor,
    Document,
    Event,
    Mention,
    Span,
)


def _event(doc: Document, trigger: str, *, actors: list[Actor] | None = None, status: str = "occurred",
           etype: str = "CONSULT", rule: str = "verb:meet+nsubj", when: str | None = None,
           recipients: list[Actor] | None = None, cameo: str = "040") -> Event:
    start = doc.text.index(trigger)
    return Event(event_type=etype, cameo=cameo, status=status, date=when, actors=actors or [],
                 recipients=recipients or [], rule=rule, trigger=Span(trigger, start, start + len(trigger)),
                 mentions=[Mention(doc.id, None, None, doc.published, "", start, start + len(trigger))])


COUNTRY = Actor(id="country:FRA", name="France", kind="country", country="FRA")
MINISTER = Actor(id="person:x", name="A Minister", kind="person", country="FRA", sector="GOV")
FAN = Actor(id=None, name="the fans", kind="group")


def _features(nlp: Language, text: str, trigger: str, **kw: object) -> dict[str, float]:
    doc = Document(id="d", text=text, published="2024-05-02")
    sdoc = nlp(text)
    ev = _event(doc, trigger, **kw)  # type: ignore[arg-type]
    story = StoryFacts.of([ev], sdoc, 0)
    return event_features(ev, story, sdoc, 0, date(2024, 5, 2))


@pytest.mark.slow
def test_gate_features_lead_sentence_and_sentence_index(nlp: Language) -> None:
    text = ("The foreign minister met his neighbour on Monday. The talks were long. Reporters waited outside. "
            "Later the two leaders signed a pact.")
    lead = _features(nlp, text, "met", actors=[MINISTER])
    late = _features(nlp, text, "signed", actors=[MINISTER])
    assert lead["lead"] == 1.0 and lead["sentence_log"] == 0.0
    assert late["lead"] == 0.0 and late["sentence_log"] > 1.0


@pytest.mark.slow
def test_gate_features_past_perfect(nlp: Language) -> None:
    f = _features(nlp, "The two governments had signed a border treaty before the war.", "signed",
                  actors=[COUNTRY])
    assert f["past_perfect"] == 1.0
    g = _features(nlp, "The two governments signed a border treaty on Friday.", "signed", actors=[COUNTRY])
    assert g["past_perfect"] == 0.0


@pytest.mark.slow
def test_gate_features_content_of_a_demand_or_purpose(nlp: Language) -> None:
    demand = _features(nlp, "The council urged the rebels to release the hostages.", "release", actors=[FAN])
    assert demand["under_irrealis"] == 1.0
    purpose = _features(nlp, "The army sent troops to stop the raids on the villages.", "stop", actors=[COUNTRY])
    assert purpose["embedded"] == 1.0 and purpose["under_irrealis"] == 1.0
    plain = _features(nlp, "The army stopped the raids on the villages.", "stopped", actors=[COUNTRY])
    assert plain["embedded"] == 0.0 and plain["under_irrealis"] == 0.0


SPAIN = Actor(id="country:ESP", name="Spain", kind="country", country="ESP")
PRISONS = Actor(id=None, name="the prisons", kind="group")


@pytest.mark.slow
@pytest.mark.parametrize(("actors", "recipients", "multi", "unresolved"), [
    ([MINISTER], [SPAIN], 1.0, 0.0),  # a French minister and Spain: two countries
    ([MINISTER], [COUNTRY], 0.0, 0.0),  # France and a French minister: one
    ([MINISTER], [PRISONS], 0.0, 1.0),  # "the prisons": no party the store can place
    ([FAN], [], 0.0, 0.0),  # no recipient: none unresolved
])
def test_gate_features_parties_countries_and_unresolved_recipient(
        nlp: Language, actors: list[Actor], recipients: list[Actor], multi: float, unresolved: float) -> None:
    f = _features(nlp, "France met the visitors on Monday.", "met", actors=actors, recipients=recipients)
    assert (f["parties_multi_country"], f["recipient_unresolved"]) == (multi, unresolved)


@pytest.mark.slow
@pytest.mark.parametrize(("rule", "weak"), [
    ("light:make-visit+nsubj", 1.0),
    ("obligation:must+nsubj", 1.0),
    ("verb:meet+nsubj", 0.0),
    ("phrase:call-on+nsubj", 0.0),
])
def test_gate_features_light_verb_or_obligation_is_weak(nlp: Language, rule: str, weak: float) -> None:
    assert _features(nlp, "France met the visitors on Monday.", "met", actors=[MINISTER], rule=rule)["rule_weak"] \
        == weak


@pytest.mark.slow
def test_gate_features_relative_clause(nlp: Language) -> None:
    f = _features(nlp, "The envoy, who visited the capital last year, arrived on Sunday.", "visited",
                  actors=[MINISTER])
    assert f["embedded"] == 1.0


@pytest.mark.slow
def test_gate_features_parties_status_and_dates(nlp: Language) -> None:
    text = "France met the visitors on Monday."
    f = _features(nlp, text, "met", actors=[MINISTER], status="planned", when="2024-03-01")
    assert f["actor_political"] == 1.0 and f["actor_person"] == 1.0 and f["actor_kb"] == 1.0
    assert f["status_planned"] == 1.0 and f["status_hypothetical"] == 0.0
    assert f["old_date"] == 1.0 and f["undated"] == 0.0
    g = _features(nlp, text, "met", actors=[FAN], when="2024-04-30")
    assert g["actor_political"] == 0.0 and g["actor_kb"] == 0.0 and g["old_date"] == 0.0
    h = _features(nlp, text, "met", actors=[FAN])
    assert h["undated"] == 1.0
    assert set(f) == set(FEATURES)
    assert f["actor_unresolved"] == 0.0 and g["actor_unresolved"] == 1.0 and f["type_consult"] == 1.0


@pytest.mark.parametrize("why", [
    NEWS_WITHOUT_DAY_RULE,  # a perfect after the lead (dates.story_day)
    ANNOUNCED_PLAN_RULE,  # a plan announced on the day of its report (dates.resolve)
])
def test_gate_features_news_without_a_day_is_not_undated(nlp: Language, why: str) -> None:
    doc = Document(id="d", text="Later, France has sent troops to the border.", published="2024-05-02")
    sdoc = nlp(doc.text)
    ev = _event(doc, "sent", actors=[COUNTRY], etype="MOBILIZE", cameo="154")
    ev.date_rule = why
    f = event_features(ev, StoryFacts.of([ev], sdoc, 0), sdoc, 0, date(2024, 5, 2))
    assert f["undated"] == 0.0
    ev.date_rule = "none"
    assert event_features(ev, StoryFacts.of([ev], sdoc, 0), sdoc, 0, date(2024, 5, 2))["undated"] == 1.0


@pytest.mark.parametrize(("rule", "expected"), [
    ("story-day:published", 1.0),  # no day in its clause or in the lead: the publication day stood in
    ("story-day:lead", 0.0),  # the day of the lead's act
    ("story-day:lead-date", 0.0),
    ("weekday-past;attached-to-trigger;tense=past", 0.0),  # its own day
])
def test_gate_features_day_from_publication(nlp: Language, rule: str, expected: float) -> None:
    doc = Document(id="d", text="Later, France sent troops to the border.", published="2024-05-02")
    sdoc = nlp(doc.text)
    ev = _event(doc, "sent", actors=[COUNTRY], etype="MOBILIZE", cameo="154", when="2024-05-02")
    ev.date_rule = rule
    assert event_features(ev, StoryFacts.of([ev], sdoc, 0), sdoc, 0, date(2024, 5, 2))["day_from_publication"] == expected


@pytest.mark.parametrize(("sentence", "trigger", "quoted"), [
    ('"We will meet them on Friday," the minister said.', "meet", True),
    ('The minister said he would meet them, calling it "urgent".', "meet", False),
    ('"It is urgent," the minister said after he met them.', "met", False),
])
def test_gate_features_in_quote(sentence: str, trigger: str, quoted: bool) -> None:
    start = sentence.index(trigger)
    ev = Event(event_type="CONSULT", cameo="040", status="occurred", trigger=Span(trigger, 100 + start, 100 + start + 4),
               mentions=[Mention("d", None, None, None, sentence, 100, 100 + len(sentence))])
    assert in_quote(ev) is quoted


@pytest.mark.slow
def test_gate_trigger_token_with_a_header(nlp: Language) -> None:
    header = " date 2024-05-02 page\n"
    text = header + "The minister met the envoy."
    doc = Document(id="d", text=text, published="2024-05-02", body_start=len(header))
    sdoc = nlp(text[len(header):])
    ev = _event(doc, "met", actors=[MINISTER])
    tok = trigger_token(ev, sdoc, len(header))
    assert tok is not None and tok.text == "met"


def test_gate_story_facts_political_share_and_countries() -> None:
    doc = Document(id="d", text="x met y. z met w.", published="2024-05-02")
    evs = [_event(doc, "met", actors=[COUNTRY], recipients=[Actor(None, "Spain", "country", "ESP")]),
           _event(doc, "met", actors=[FAN])]
    story = StoryFacts.of(evs, None, 0)
    assert story.political_share == 0.5 and story.countries == 2


def test_gate_model_file_loads_once_with_every_feature() -> None:
    m = default_model()
    assert m is default_model()
    assert set(m.weights) == set(FEATURES)
    assert 0.0 <= m.threshold < 1.0
    raw = json.loads(MODEL_FILE.read_text("utf-8"))
    assert raw["provenance"]["features"] == list(FEATURES)


def test_gate_model_is_a_logistic_dot_product() -> None:
    m = ConfidenceModel(intercept=-1.0, weights={"lead": 2.0, "undated": -0.5})
    assert m.probability({"lead": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -1.0))
    assert m.probability({}) < 0.5 < m.probability({"lead": 1.0})
    assert m.reasons({"lead": 1.0, "undated": 1.0}) == ["+lead", "-undated"]


def test_gate_model_malformed_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "m.json"
    bad.write_text('{"weights": {"lead": "x"}}', "utf-8")
    with pytest.raises(CommuniqueError, match="fit_confidence"):
        load_model(bad)


def _ctx(fake_kb: KnowledgeBase, events: list[Event], doc: Document, min_confidence: float | None) -> DocContext:
    ctx = DocContext(doc, None, fake_kb, min_confidence=min_confidence)  # type: ignore[arg-type]
    ctx.events = events
    return ctx


LEAD_MODEL = ConfidenceModel(intercept=-1.0, weights={"lead": 2.0, "status_hypothetical": -3.0}, threshold=0.5)


def test_gate_drops_events_without_a_resolved_party(fake_kb: KnowledgeBase, caplog: pytest.LogCaptureFixture) -> None:
    doc = Document(id="d", text="A met B. C met D.", published="2024-05-02")
    keep = _event(doc, "met", actors=[COUNTRY])
    unnamed_assailant = _event(doc, "met", actors=[FAN], recipients=[COUNTRY])  # "gunmen attacked the governor"
    only_recipient = _event(doc, "met", recipients=[COUNTRY])
    unresolved = _event(doc, "met", actors=[FAN])
    ctx = _ctx(fake_kb, [keep, unnamed_assailant, only_recipient, unresolved], doc, 0.0)
    with caplog.at_level(logging.DEBUG, logger="communique.pipeline.gate"):
        gate(ctx, LEAD_MODEL)
    # nobody acting ("four people were killed", "an attempt on the governor was foiled"): no who-did-what row
    assert ctx.events == [keep, unnamed_assailant]
    assert "no party with a country, a KB id or a sector" in caplog.text
    assert keep.rule is not None and "+gate:" in keep.rule
    assert keep.gate_features is not None and 0.0 < keep.confidence < 1.0


def test_gate_drops_below_the_threshold(fake_kb: KnowledgeBase, caplog: pytest.LogCaptureFixture) -> None:
    doc = Document(id="d", text="A met B. C met D.", published="2024-05-02")
    sure = _event(doc, "met", actors=[COUNTRY])
    unsure = _event(doc, "met", actors=[COUNTRY], status="hypothetical")
    with caplog.at_level(logging.DEBUG, logger="communique.pipeline.gate"):
        ctx = _ctx(fake_kb, [sure, unsure], doc, None)  # None: the model's own threshold (0.5)
        gate(ctx, LEAD_MODEL)
    assert ctx.events == [sure]
    assert "confidence" in caplog.text and "< 0.500" in caplog.text
    ctx = _ctx(fake_kb, [sure, unsure], doc, 0.0)  # 0 disables the cut
    gate(ctx, LEAD_MODEL)
    assert len(ctx.events) == 2 and unsure.confidence < 0.5 < sure.confidence


def test_gate_is_the_last_stage() -> None:
    assert stage_names()[-1] == "gate"


def test_gate_setting_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMUNIQUE_MIN_CONFIDENCE", raising=False)
    assert Settings().min_confidence is None
    monkeypatch.setenv("COMMUNIQUE_MIN_CONFIDENCE", "0.4")
    assert Settings().min_confidence == 0.4
    monkeypatch.setenv("COMMUNIQUE_MIN_CONFIDENCE", "0")
    assert Settings().min_confidence == 0.0
    monkeypatch.setenv("COMMUNIQUE_MIN_CONFIDENCE", "high")
    with pytest.raises(CommuniqueError, match="between 0 and 1"):
        Settings()


@pytest.mark.parametrize("text", [
    "The minister, who visited Baku to sign the deal, said talks would resume.\nTalks resumed on Monday.",
    "Armenia agreed to hold talks after Azerbaijan, which had refused, accepted the offer.",
])
def test_features_embedded_same_as_comparing_sentences(text: str) -> None:
    from communique.pipeline.gate.features import EMBEDDING_DEPS, _ancestors
    from communique.pipeline.nlp import parse_text

    for tok in parse_text(text):  # (no schedule in these texts: see the test below)
        before = any(t.dep_ in EMBEDDING_DEPS for t in _ancestors(tok) if t.sent == tok.sent)
        assert embedded(tok) == before


@pytest.mark.parametrize(("sentence", "old"), [
    ("Rebels who fought in the 1994 war attacked the town.", True),  # a year before the story's
    ("The ministers met in October to prepare the summit.", True),  # a month already past (story of May 2024)
    ("The ministers met on Monday to prepare the summit.", False),  # this week
    ("The ministers met two weeks ago.", False),  # under a month
    ("The ministers met to prepare the summit.", False),
])
def test_gate_features_old_time_in_sentence(sentence: str, old: bool) -> None:
    ev = Event(event_type="CONSULT", cameo="040", status="occurred",
               mentions=[Mention("d", None, None, "2024-05-02", sentence, 0, len(sentence))])
    assert old_time_in_sentence(ev, date(2024, 5, 2)) is old
    assert old_time_in_sentence(ev, None) is False  # no publication date: nothing is old


@pytest.mark.parametrize(("sentence", "status", "old"), [
    ("The two countries will sign the treaty on June 20.", "planned", False),  # next month, not last June
    ("The two countries signed the treaty on June 20.", "occurred", True),  # last June
    ("The two countries will sign the treaty on March 20.", "planned", False),  # a day six weeks back: next year's
    ("The two countries will sign the treaty in 2023.", "planned", True),  # a year given is read as written
])
def test_gate_features_old_time_read_in_the_events_tense(sentence: str, status: str, old: bool) -> None:
    ev = Event(event_type="AGREE", cameo="057", status=status,
               mentions=[Mention("d", None, None, "2024-05-02", sentence, 0, len(sentence))])
    assert old_time_in_sentence(ev, date(2024, 5, 2)) is old


@pytest.mark.slow
def test_gate_features_directed_type_without_recipient(nlp: Language) -> None:
    text = "France accused the rebels of shelling the town."
    bare = _features(nlp, text, "accused", actors=[COUNTRY], etype="ACCUSE")
    aimed = _features(nlp, text, "accused", actors=[COUNTRY], etype="ACCUSE", recipients=[FAN])
    meeting = _features(nlp, text, "accused", actors=[COUNTRY], etype="CONSULT")
    assert bare["directed_without_recipient"] == 1.0
    assert aimed["directed_without_recipient"] == 0.0 and meeting["directed_without_recipient"] == 0.0


@pytest.mark.slow
def test_gate_features_signing_among_parties_wants_no_recipient(nlp: Language) -> None:
    text = "France and Kenya signed a trade agreement."
    two = _features(nlp, text, "signed", actors=[COUNTRY, Actor("country:KEN", "Kenya", "country", "KEN")],
                    etype="SUPPORT", cameo="057")
    one = _features(nlp, text, "signed", actors=[COUNTRY], etype="SUPPORT", cameo="057")
    praise = _features(nlp, text, "signed", actors=[COUNTRY, Actor("country:KEN", "Kenya", "country", "KEN")],
                       etype="SUPPORT", cameo="051")
    assert two["directed_without_recipient"] == 0.0  # each signatory is the other's counterpart
    assert one["directed_without_recipient"] == 1.0 and praise["directed_without_recipient"] == 1.0


@pytest.mark.slow
def test_gate_features_undated_only_in_a_dated_story(nlp: Language) -> None:
    text = "France met the visitors."
    doc = Document(id="d", text=text, published=None)
    ev = _event(doc, "met", actors=[COUNTRY])
    f = event_features(ev, StoryFacts.of([ev], nlp(text), 0), nlp(text), 0, None)
    assert f["undated"] == 0.0  # a story without a publication date dates nothing: no penalty
    assert _features(nlp, text, "met", actors=[COUNTRY])["undated"] == 1.0


def test_gate_model_for_short_texts_is_the_sentence_model() -> None:
    assert model_for(1) is sentence_model() and model_for(SHORT_TEXT_SENTENCES) is sentence_model()
    assert model_for(SHORT_TEXT_SENTENCES + 1) is default_model()
    assert default_model() is not sentence_model()
    assert 0.0 <= sentence_model().threshold < 1.0
    assert json.loads(SENTENCE_MODEL_FILE.read_text("utf-8"))["provenance"]["script"] == "scripts/fit_confidence.py"


@pytest.mark.slow
def test_gate_scores_a_short_text_with_the_sentence_model(nlp: Language, fake_kb: KnowledgeBase) -> None:
    story = "France met the visitors. The talks were long. Reporters waited outside."
    for text, model in (("France met the visitors.", sentence_model()), (story, default_model())):
        doc = Document(id="d", text=text, published="2024-05-02")
        ev = _event(doc, "met", actors=[COUNTRY])
        ctx = DocContext(doc, nlp(text), fake_kb, min_confidence=0.0)
        ctx.events = [ev]
        gate(ctx)
        assert ev.gate_features is not None
        assert ev.confidence == pytest.approx(model.probability(ev.gate_features))


@pytest.mark.slow
def test_gate_features_a_dateline_line_is_no_sentence_of_the_story(nlp: Language) -> None:
    text = ("Norland agrees new trade pact\nPORTO (Example Desk) -\nNorland signed a trade pact with Sudland on "
            "Friday.\nThe ministers said more talks would follow.\nReporters waited outside.")
    f = _features(nlp, text, "signed", actors=[COUNTRY])
    assert f["lead"] == 1.0 and f["sentence_log"] == pytest.approx(math.log1p(1))


@pytest.mark.slow
@pytest.mark.parametrize(("last", "trigger", "present"), [
    ("Norland accuses Sudland of arming the rebels.", "accuses", True),  # a standing stance told in the present
    ("Norland accused Sudland of arming the rebels.", "accused", False),
    ("Norland has accused Sudland of arming the rebels.", "accused", False),
])
def test_gate_features_present_simple_after_the_lead(nlp: Language, last: str, trigger: str, present: bool) -> None:
    text = "The two ministers met on Monday. The talks were long. " + last
    f = _features(nlp, text, trigger, actors=[COUNTRY], etype="ACCUSE")
    assert f["present_simple"] == float(present)
    assert f["is_accuse"] == 1.0 and f["is_assault"] == 0.0 and f["type_consult"] == 0.0
    headline = _features(nlp, "Norland accuses Sudland of arming rebels. The talks were long.", "accuses",
                         actors=[COUNTRY], etype="ACCUSE")
    assert headline["present_simple"] == 0.0  # a headline's or lead's present is the news


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The minister is scheduled to meet his Kenyan counterpart on Friday.", "meet", False),
    ("The envoy is expected to arrive in Nairobi on Monday.", "arrive", False),
    ("The minister hopes to meet his Kenyan counterpart on Friday.", "meet", True),
    ("The minister flew to Nairobi to meet his Kenyan counterpart.", "meet", True),
    ("The rebels set out to capture the town on Monday.", "capture", True),  # "set out to": no schedule
])
def test_gate_features_scheduled_complement_is_not_embedded(nlp: Language, text: str, trigger: str,
                                                            expected: bool) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert embedded(tok) is expected
