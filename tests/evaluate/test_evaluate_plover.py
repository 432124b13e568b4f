"""The PLOVER gold-standard-records evaluator: reading records, choosing the best event, scoring."""

from __future__ import annotations

import json

import pytest

from communique.errors import EvaluationDataError
from communique.evaluate.plover_gsr import (
    GoldActor,
    best_event,
    country_hit,
    load_records,
    parse_records,
    score,
    sector_hit,
)
from communique.records import Actor, Event
from tests.helpers.paths import EVAL

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
    {"id": "R1", "date": "2000-01-01", "event": "AGREE", "text": "Senior  officials\nagreed.",
     "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}], "target": ""},
    {"id": "R2", "date": "2000-01-01", "event": "DEMAND", "text": "X demanded Y.",
     "source": [{"actorText": "X", "code": "JAP", "sector": "CVLalb"}],
     "target": [{"actorText": "Y", "code": "IGO", "sector": "***"}, {"actorText": "Z", "code": "CIV",
                                                                       "sector": "CIVsrp"}]},
    {"id": "R3", "date": "2000-01-01", "event": "FIGHT", "text": "They fought.", "target": "diplomatic"},
]


def ev(event_type: str, confidence: float = 0.5, actors=(), recipients=()) -> Event:
    return Event(event_type=event_type, cameo="000", confidence=confidence, actors=list(actors),
                 recipients=list(recipients))


def test_evaluate_plover_parse_skips_document_and_maps_old_labels():
    recs = parse_records(RECORDS)
    assert [r.id for r in recs] == ["R1", "R2", "R3"]
    assert [r.event_type for r in recs] == ["AGREE", "REQUEST", "ASSAULT"]
    assert recs[0].text == "Senior officials agreed."  # whitespace normalised: no line break splits a sentence
    assert recs[0].targets == [] and recs[2].targets == []  # "" and a stray string are "no target"


def test_evaluate_plover_parse_normalises_codes_and_sectors():
    r2 = parse_records(RECORDS)[1]
    assert r2.sources == [GoldActor("X", "JPN", "CVL")]
    # "CIV" as a sector is Cote d'Ivoire's country code used for civilians: read as CVL; as a country it stays CIV
    assert r2.targets == [GoldActor("Y", "IGO", None), GoldActor("Z", "CIV", "CVL")]


def test_evaluate_plover_load_records_from_file_or_folder(tmp_path):
    (tmp_path / "a.txt").write_text(json.dumps(RECORDS))
    (tmp_path / "readme.txt").write_text("not json")
    assert len(load_records(tmp_path / "a.txt")) == 3
    assert len(load_records(tmp_path)) == 3
    with pytest.raises(EvaluationDataError):
        load_records(tmp_path / "readme.txt")


def test_evaluate_plover_best_event_is_highest_confidence_first_on_ties():
    a, b, c = ev("AGREE", 0.4), ev("CONSULT", 0.9), ev("REJECT", 0.9)
    assert best_event([a, b, c]) is b
    assert best_event([]) is None


@pytest.mark.parametrize(
    "gold, actors, expected",
    [
        ([GoldActor("Hungary", "HUN", None)], [Actor("country:HUN", "Hungary", "country", country="HUN")], True),
        ([GoldActor("Hungary", "HUN", None)], [Actor("x", "x", "country", country="ROU")], False),
        ([GoldActor("A", "HUN", None), GoldActor("B", "ROU", None)],
         [Actor("x", "x", "country", country="ROU")], True),
        ([GoldActor("UN", "IGO", None)], [Actor("org:UNO", "UN", "organization", country="UNO")], True),
        ([GoldActor("X", None, None)], [], None),
        ([GoldActor("Hungary", "HUN", None)], [], False),
    ],
)
def test_evaluate_plover_country_hit_any_gold_code_among_actors(gold, actors, expected):
    assert country_hit(gold, actors) is expected


def test_evaluate_plover_sector_hit_compares_three_letter_sectors():
    gold = [GoldActor("x", "HUN", "GOV")]
    assert sector_hit(gold, [Actor("p", "p", "person", sector="GOV")]) is True
    assert sector_hit(gold, [Actor("p", "p", "person", sector="MIL")]) is False
    assert sector_hit([GoldActor("x", "HUN", None)], []) is None


def test_evaluate_plover_score_on_hand_made_predictions():
    recs = parse_records(RECORDS)
    hun = Actor("country:HUN", "Hungary", "country", country="HUN", sector="GOV")
    preds = [
        [ev("CONSULT", 0.3), ev("AGREE", 0.8, actors=[hun])],  # best = AGREE: right type, right actor
        [ev("ACCUSE", 0.6), ev("REQUEST", 0.2)],  # best is the wrong type (gold REQUEST); no actors
        [],  # no event (gold ASSAULT)
    ]
    out = score(recs, preds)
    f = out["figures"]
    assert f["records"] == 3 and f["records_with_event"] == 2
    assert f["event_type_accuracy"] == pytest.approx(1 / 3)
    assert f["event_type_in_any_event"] == pytest.approx(2 / 3)  # R2's REQUEST is there, just not best
    # AGREE F1 = 1; REQUEST F1 = 0 (gold, never predicted); ACCUSE F1 = 0 (predicted, not gold); ASSAULT 0
    assert f["macro_f1"] == pytest.approx(1 / 4)
    assert f["actor_country_accuracy"] == pytest.approx(1 / 2)  # R1 hit, R2 missed, R3 has no source
    assert f["actor_sector_accuracy"] == pytest.approx(1 / 2)
    assert f["recipient_country_n"] == 1 and f["recipient_country_accuracy"] == 0.0
    assert f["no_event_precision"] is None  # no gold no-event records
    assert out["confusion"]["REQUEST"] == {"ACCUSE": 1} and out["confusion"]["ASSAULT"] == {"NONE": 1}
    assert out["error_classes"]["no-event"] == 1 and out["error_classes"]["wrong-type"] == 1
    assert out["error_classes"]["actor-missing"] == 1  # R2: an event with no actor at all
    assert {e.id for e in out["errors"]} == {"R2", "R3"}


def test_evaluate_plover_no_event_precision_when_gold_has_none_records():
    recs = parse_records([
        {"id": "N1", "event": "", "text": "Nothing happened."},
        {"id": "A1", "event": "AGREE", "text": "They agreed."},
    ])
    assert recs[0].event_type == "NONE"
    out = score(recs, [[], []])
    assert out["figures"]["no_event_precision"] == 0.5


@pytest.mark.slow
def test_evaluate_plover_regression_slice_floor():
    """Every 5th record (all 16 types) through the whole pipeline; floors a little below what was measured."""
    if not EVAL.exists():
        pytest.skip("../shared/eval not found: the PLOVER gold-standard records are read from there")
    from communique.evaluate.plover_gsr import predict

    records = load_records(EVAL / "plover_gsr")[::5]
    figures = score(records, predict(records))["figures"]
    assert figures["records"] == 65
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, f"{name} fell to {figures[name]:.3f} (floor {floor})"


# Measured on this slice 2026-11-23 19:18 UTC: type accuracy 0.846, macro-F1 0.806, actor country 0.875, actor
# sector 0.844, recipient country 0.862, recipient sector 0.735 (see benchmarks/ACCURACY.md); floors a little
# below so a real regression fails.
FLOORS = {"event_type_accuracy": 0.80, "macro_f1": 0.76, "actor_country_accuracy": 0.83,
          "actor_sector_accuracy": 0.80, "recipient_country_accuracy": 0.82, "recipient_sector_accuracy": 0.68}


def test_evaluate_plover_predict_reports_processing_failures(monkeypatch):
    import communique.pipeline.process as process
    from communique.evaluate.plover_gsr import predict
    from communique.records import DocResult

    def failing_batch(docs, settings=None, kb_extra=None):
        return [DocResult(document=d, events=[], error="ValueError: boom") for d in docs]

    monkeypatch.setattr(process, "process_batch", failing_batch)
    failed: list[str] = []
    out = predict(parse_records(RECORDS), failures=failed)
    assert out == [[], [], []] and failed == ["R1", "R2", "R3"]
