"""The PETRARCH unit-test evaluator: tolerant reading, actor codes, triple matching and scoring."""

from __future__ import annotations

import pytest

from communique.errors import EvaluationDataError
from communique.evaluate.petrarch import (
    CameoToPlover,
    Triple,
    actor_code,
    attributes,
    event_triples,
    load_cameo_plover_table,
    locate,
    parse_records,
    score,
)
from communique.records import Actor, Event
from tests.helpers.paths import EVAL

SNIPPET = """<Validation>
<!-- a comment with <Sentence date="1" id="FAKE" category="X"> inside -->
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- Simple coding -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with
Gondor.
</Text>
<Parse> (ROOT (S (NP (NNP Arnor)) )) </Parse>
</Sentence>
<Sentence date = "20080801" id ="COMP-1"  category="COMPOUND" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode='"THE MINISTRY"' targetcode="GONGOV" eventcode="033"/>
<Text>Arnor and the ministry visited Gondor.</Text>
</Sentence>
<Sentence date="19950104" id="NULL-1" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing at all.</Text>
</Sentence>
<Sentence date="19950104" id="ERR-1" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Broken.</Text>
</Sentence>
<Sentence date="19950104" id="ERR-2" category="ERROR" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Ballclub news.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_evaluate_petrarch_reader_parses_not_quite_xml():
    recs = parse_records(SNIPPET)
    assert [r.id for r in recs] == ["DEMO-00", "COMP-1", "NULL-1", "ERR-1", "ERR-2"]  # comment's fake one dropped
    demo = recs[0]
    assert demo.date == "1995-01-01" and demo.category == "DEMO"
    assert demo.text == "Arnor is about to restore full diplomatic ties with Gondor."
    assert demo.codings == [Triple("ARN", "064", "GON")]
    comp = recs[1]
    assert comp.date == "2008-08-01"
    assert comp.codings == [Triple("ARN", "032", "GON"), Triple('"THE MINISTRY"', "033", "GONGOV")]


def test_evaluate_petrarch_reader_flags_noevents_and_errors():
    recs = {r.id: r for r in parse_records(SNIPPET)}
    assert recs["NULL-1"].noevents and recs["NULL-1"].expects_nothing and recs["NULL-1"].codings == []
    assert recs["ERR-1"].error == "bad_input_parse" and not recs["ERR-1"].scored
    assert recs["ERR-2"].expects_nothing and recs["ERR-2"].scored


@pytest.mark.parametrize(
    "raw, expected",
    [
        ('date="19950101" id="X"', {"date": "19950101", "id": "X"}),
        ('date = "2008" id ="Y"  category="Z"', {"date": "2008", "id": "Y", "category": "Z"}),
        ("sourcecode='\"INJURY TOLL\"'", {"sourcecode": '"INJURY TOLL"'}),
    ],
)
def test_evaluate_petrarch_attributes_tolerant(raw, expected):
    assert attributes(raw) == expected


@pytest.mark.parametrize(
    "actor, code",
    [
        (Actor("c", "Arnor", "country", country="ARN"), "ARN"),
        (Actor("p", "x", "person", country="ARN", sector="GOV"), "ARNGOV"),
        (Actor("p", "x", "person", sector="GOV"), "---GOV"),
        (Actor("p", "x", "person"), "---"),
        (Actor("p", "x", "person", country="HOB", sector="HOBGOV"), "HOBGOV"),
        (Actor("o", "x", "organization", country="ZZQ", sector="GOVMED"), "ZZQGOVMED"),  # multi-part sector
        (Actor("o", "x", "organization", country="NGO", sector="ZZQGOV"), "NGOZZQGOV"),  # suffix agent first
        (None, "---"),
    ],
)
def test_evaluate_petrarch_actor_code_country_plus_sector(actor, code):
    assert actor_code(actor) == code


def test_evaluate_petrarch_event_triples_cross_product_of_compounds():
    arn = Actor("c", "Arnor", "country", country="ARN")
    gon = Actor("c", "Gondor", "country", country="GON")
    osg = Actor("c", "Osgiliath", "country", country="OSG")
    event = Event(event_type="CONSULT", cameo="032", actors=[arn, gon], recipients=[osg])
    assert event_triples(event) == [Triple("ARN", "032", "OSG"), Triple("GON", "032", "OSG")]
    lone = Event(event_type="CONSULT", cameo="040", actors=[arn])
    assert event_triples(lone) == [Triple("ARN", "040", "---")]


def test_evaluate_petrarch_score_triples_roots_spurious_and_noevents():
    recs = parse_records(SNIPPET)
    preds = [
        [Triple("ARN", "064", "GON")],  # exact
        [Triple("ARN", "032", "GON"), Triple("GON", "036", "ARN"), Triple("ARN", "173", "GON")],
        [Triple("ARN", "010", "---")],  # event where none expected
        [Triple("X", "999", "Y")],  # not scored (bad parse record)
        [],  # discard: nothing, correct
    ]
    out = score(recs, preds, CameoToPlover())
    f = out["figures"]
    assert f["sentences"] == 4 and f["sentences_not_scored"] == 1
    assert f["gold_codings"] == 3 and f["predicted_codings"] == 5
    assert f["triple_recall"] == pytest.approx(2 / 3)
    assert f["triple_precision"] == pytest.approx(2 / 5)
    assert f["root_code_recall"] == 1.0  # 033 is matched at root level by 032/036
    assert f["dyad_recall"] == pytest.approx(2 / 3)  # ("THE MINISTRY", GONGOV) never predicted
    assert f["spurious_share"] == pytest.approx(3 / 5)
    assert f["spurious_root_share"] == pytest.approx(2 / 5)  # 173 and 010 share no root with gold
    assert f["no_event_accuracy"] == pytest.approx(1 / 2)
    assert f["plover_type_recall"] == 1.0  # 064->COOPERATE, 032/033->AGREE
    rows = {r.label: r for r in out["rows"]}
    assert rows["DEMO"].recall == 1.0 and rows["COMPOUND"].recall == 0.5
    assert out["error_classes"]["event-where-none"] == 1
    assert out["error_classes"]["event:wrong-subcode"] == 1 and out["error_classes"]["source:wrong-actor"] == 1
    assert out["error_classes"]["spurious-event"] == 1


@pytest.mark.parametrize(
    "code, plover",
    [("064", "COOPERATE"), ("0331", "AGREE"), ("084", "RETREAT"), ("081", "CONCEDE"), ("163", "COERCE"),
     ("1717", "COERCE"), ("023", None), ("903", None), ("174L", "COERCE")],
)
def test_evaluate_petrarch_cameo_to_plover_root_fallback(code, plover, monkeypatch):
    to_plover = CameoToPlover()
    to_plover.func = None  # the built-in table, whatever the lexicon offers
    to_plover.table.update({"163": "COERCE", "084": "RETREAT", "081": "CONCEDE"})
    assert to_plover(code) == plover


def test_evaluate_petrarch_loads_cameo_plover_table(tmp_path):
    f = tmp_path / "c2p.txt"
    f.write_text("# header\n03: AGREE\n163: COERCE, restrict,   diplomatic # Impose embargo\n")
    assert load_cameo_plover_table(f) == {"03": "AGREE", "163": "COERCE"}


def test_evaluate_petrarch_locate_folder_and_missing(tmp_path):
    with pytest.raises(EvaluationDataError):
        locate(tmp_path)
    (tmp_path / "PETR.UnitTest.records.xml").write_text(SNIPPET)
    (tmp_path / "PETR.Validate.actors.txt").write_text("ARNOR [ARN]\n")
    found = locate(tmp_path)
    assert len(found.records) == 5 and [p.name for p in found.actors_files] == ["PETR.Validate.actors.txt"]


@pytest.mark.slow
def test_evaluate_petrarch_regression_slice_floor():
    """Every 4th unit-test sentence through the pipeline with the test dictionaries; floors a little below measured."""
    if not EVAL.exists():
        pytest.skip("../shared/eval not found: the PETRARCH unit-test records are read from there")
    from communique.dictionaries import load_user_dictionaries
    from communique.evaluate.petrarch import predict

    data = locate(EVAL / "petr_unittests")
    records = data.records[::4]
    extra = load_user_dictionaries(data.records_file.parent)  # as the evaluator does: actors, agents, verbs
    figures = score(records, predict(records, extra), CameoToPlover())["figures"]
    assert figures["sentences"] + figures["sentences_not_scored"] == len(records) == 71
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, f"{name} fell to {figures[name]:.3f} (floor {floor})"


# Measured on this slice 2026-11-23 16:00 UTC with the set's own dictionaries: dyad recall 0.817, root-code
# recall 0.892, exact triple recall 0.806 (see benchmarks/ACCURACY.md); floors set a little below.
FLOORS = {"dyad_recall": 0.76, "root_code_recall": 0.85, "triple_recall": 0.75}


def test_evaluate_petrarch_unreadable_dictionary_is_noted_not_fatal(tmp_path, monkeypatch):
    import communique.kb as kb
    from communique.errors import InputError
    from communique.evaluate.petrarch import load_kb_extra

    def broken(path):
        raise InputError(f"{path}: bad line", "Fix it")

    monkeypatch.setattr(kb, "load_actor_file", broken, raising=False)
    f = tmp_path / "X.actors.txt"
    f.write_text("ARNOR [ARN]\n")
    extra, notes = load_kb_extra([f], [])
    assert extra is None and any("could not be loaded" in n for n in notes)
