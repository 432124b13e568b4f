"""The realnews evaluator: matching and scoring on hand-made events, loading, the CLI, and a few real stories.

The stories and gold of realnews_dev are licensed for internal evaluation only: the unit tests use made-up
sentences; only the last test reads the set, from ../shared/eval at run time.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.errors import EvaluationDataError
from communique.evaluate.realnews import Story, load_corpus, load_stories, score
from communique.evaluate.realnews_match import (
    GoldEvent,
    Party,
    fits,
    match_story,
    max_weight_pairs,
    name_words,
    sides_overlap,
)
from communique.records import Actor, DocResult, Event, Mention
from tests.helpers.paths import EVAL

REALNEWS = EVAL / "realnews_dev"

S1 = "Ruritania's foreign minister Anna Berg met the Freedonian president in Capital City on Monday."
S2 = "Berg and the president met again on Tuesday to sign a trade pact."
S3 = "The Freedonian opposition accused the government of fraud."
TEXT = "\n\n".join([S1, S2, S3])


def actor(name: str, country: str | None = None, sector: str | None = None, text: str | None = None) -> Actor:
    return Actor(id=None, name=name, kind="person", country=country, sector=sector, text=text)


def pred(event_type: str, actors: list[Actor], recipients: list[Actor] | None = None, sentence: str = S1,
         status: str = "occurred", date: str | None = None) -> Event:
    start = TEXT.index(sentence)
    mention = Mention("doc", None, None, "2005-01-05", sentence, start, start + len(sentence))
    return Event(event_type=event_type, cameo="040", status=status, date=date, actors=actors,
                 recipients=recipients or [], mentions=[mention], rule="test-rule", confidence=0.6)


def gold(event_type: str, actors: list[Party], recipients: list[Party] | None = None, evidence: str = S1,
         index: int = 0, optional: bool = False, alt_types: tuple[str, ...] = (), status: str = "occurred",
         date: str | None = None) -> GoldEvent:
    return GoldEvent(story="st", index=index, event_type=event_type, status=status, date=date, actors=actors,
                     recipients=recipients or [], evidence=[evidence], optional=optional, alt_types=alt_types)


BERG = Party("Anna Berg", "RUR", "GOV")
PRESIDENT = Party("Freedonian president", "FRE", "GOV")


def test_realnews_type_must_equal_the_gold_type_or_an_alt_type():
    p = pred("SUPPORT", [actor("Anna Berg", "RUR")])
    assert not fits(p, gold("AGREE", [BERG]))
    assert fits(p, gold("AGREE", [BERG], alt_types=("COOPERATE", "SUPPORT")))
    assert fits(pred("AGREE", [actor("Anna Berg", "RUR")]), gold("AGREE", [BERG], alt_types=("SUPPORT",)))


def test_realnews_actor_sides_overlap_by_country_code():
    assert sides_overlap([BERG], [actor("Ruritanian government", "RUR")])
    assert not sides_overlap([BERG], [actor("Freedonia", "FRE")])
    # a gold actor without a country can still match by name, never by a missing code
    assert not sides_overlap([Party("someone", None)], [actor("nobody", None)])


def test_realnews_actor_sides_overlap_by_a_name_word_of_three_letters():
    assert sides_overlap([Party("Foreign Minister Anna Berg", None)], [actor("Berg", None)])
    # the surface text counts too
    assert sides_overlap([Party("Anna Berg", None)], [actor("person:x", None, text="Mrs Berg")])
    # two-letter words and function words do not
    assert not sides_overlap([Party("the UN envoy", None)], [actor("the UN", None)])
    assert name_words("the UN of Ruritania") == {"ruritania"}


def test_realnews_gold_igo_accepts_organisation_pseudo_countries():
    assert sides_overlap([Party("APEC ministers", "IGO")], [actor("United Nations", "UNO")])
    assert sides_overlap([Party("APEC ministers", "IGO")], [actor("Some Forum", None, sector="IGO")])
    assert not sides_overlap([Party("UN Security Council", "UNO")], [actor("Some Forum", "IGO")])
    assert not sides_overlap([Party("APEC ministers", "IGO")], [actor("Freedonia", "FRE")])


def test_realnews_recipients_must_overlap_only_when_the_gold_has_recipients():
    g_with = gold("CONSULT", [BERG], [PRESIDENT])
    assert not fits(pred("CONSULT", [actor("Anna Berg", "RUR")]), g_with)
    assert not fits(pred("CONSULT", [actor("Anna Berg", "RUR")], [actor("Capital City", "XXX")]), g_with)
    assert fits(pred("CONSULT", [actor("Anna Berg", "RUR")], [actor("Freedonia", "FRE")]), g_with)
    g_without = gold("CONSULT", [BERG])
    assert fits(pred("CONSULT", [actor("Anna Berg", "RUR")], [actor("Capital City", "XXX")]), g_without)


def test_realnews_optional_gold_counts_neither_way():
    story = Story("st", TEXT, "2005-01-05", events=[
        gold("CONSULT", [BERG], evidence=S1, index=0),
        gold("AGREE", [BERG], evidence=S2, index=1, optional=True),
        gold("ACCUSE", [Party("opposition", "FRE")], evidence=S3, index=2, optional=True),
    ])
    preds = [
        pred("CONSULT", [actor("Anna Berg", "RUR")], sentence=S1),
        pred("AGREE", [actor("Berg", "RUR")], sentence=S2),  # matches optional gold: dropped from precision
        pred("THREATEN", [actor("Berg", "RUR")], sentence=S2),  # a real false positive
    ]
    f = score([story], {"st": preds})["figures"]
    assert f["matched"] == 1 and f["matched_optional"] == 1 and f["optional_unmatched"] == 1
    assert f["predictions"] == 3 and f["predictions_scored"] == 2
    assert f["precision"] == 0.5
    assert f["recall"] == 1.0  # the unmatched optional ACCUSE is no miss
    assert f["misses"] == 0 and f["false_positives"] == 1


def test_realnews_matching_prefers_pairs_whose_evidence_overlaps():
    first = gold("CONSULT", [BERG], evidence=S1, index=0)
    second = gold("CONSULT", [BERG], evidence=S2, index=1)
    only = pred("CONSULT", [actor("Berg", "RUR")], sentence=S2)
    (pair,) = match_story([only], [first, second], TEXT)
    assert (pair.gold, pair.evidence_overlap) == (1, True)
    # two predictions that fit both gold events pair by their sentences, whatever their order
    p1 = pred("CONSULT", [actor("Berg", "RUR")], sentence=S1)
    pairs = match_story([only, p1], [first, second], TEXT)
    assert {(p.pred, p.gold) for p in pairs} == {(0, 1), (1, 0)}
    assert all(p.evidence_overlap for p in pairs)


def test_realnews_matching_is_one_to_one_and_names_duplicates():
    story = Story("st", TEXT, events=[gold("CONSULT", [BERG], evidence=S1)])
    preds = [pred("CONSULT", [actor("Anna Berg", "RUR")], sentence=S2),
             pred("CONSULT", [actor("Anna Berg", "RUR")], sentence=S1)]
    out = score([story], {"st": preds})
    assert out["figures"]["matched"] == 1 and out["figures"]["precision"] == 0.5
    (fp,) = out["false_positives"]
    assert fp["reason"] == "duplicate" and fp["evidence"] == [S2]  # the one sharing no evidence is left over
    assert fp["rule"] == "test-rule" and fp["type"] == "CONSULT" and fp["actors"][0]["country"] == "RUR"


def test_realnews_errors_say_which_test_failed():
    story = Story("st", TEXT, events=[gold("CONSULT", [BERG], [PRESIDENT], evidence=S1, index=0),
                                      gold("ACCUSE", [Party("opposition", "FRE")], evidence=S3, index=1)])
    preds = [pred("CONSULT", [actor("Anna Berg", "RUR")], [actor("Capital City", None)]),
             pred("ACCUSE", [actor("Ruritania", "RUR")], sentence=S3),
             pred("AID", [actor("Anna Berg", "RUR")], sentence=S2)]
    out = score([story], {"st": preds})
    assert [fp["reason"] for fp in out["false_positives"]] == ["recipients-differ", "actors-differ",
                                                               "no-gold-of-type"]
    assert [(m["gold_index"], m["reason"]) for m in out["misses"]] == [(0, "recipients-differ"),
                                                                        (1, "actors-differ")]
    assert out["figures"]["precision"] == 0.0 and out["figures"]["recall"] == 0.0


def test_realnews_false_alarms_are_predictions_on_stories_without_gold():
    quiet = Story("quiet", TEXT, events=[])
    busy = Story("busy", TEXT, events=[gold("CONSULT", [BERG])])
    preds = {"quiet": [pred("PROTEST", [actor("Anna Berg", "RUR")]), pred("AID", [actor("x", "RUR")])],
             "busy": [pred("CONSULT", [actor("Anna Berg", "RUR")])]}
    out = score([quiet, busy], preds)
    f = out["figures"]
    assert f["false_alarms"] == 2 and f["false_alarm_stories"] == 1 and f["stories_without_gold"] == 1
    assert {fp["reason"] for fp in out["false_positives"]} == {"no-gold-story"}
    rows = {r.label: r for r in out["per_story"]}
    assert rows["quiet"].predicted == 2 and rows["quiet"].precision == 0.0 and rows["quiet"].recall is None
    assert rows["busy"].precision == 1.0 and rows["busy"].recall == 1.0


def test_realnews_field_accuracies_on_matched_pairs():
    both = [BERG, PRESIDENT]
    story = Story("st", TEXT, events=[
        gold("CONSULT", both, evidence=S1, index=0, date="2005-01-03"),
        gold("AGREE", [BERG], [PRESIDENT], evidence=S2, index=1, status="planned", date="2005-01-04"),
    ])
    preds = [pred("CONSULT", [actor("Anna Berg", "RUR")], sentence=S1, date=None),  # FRE missing, no date
             pred("AGREE", [actor("Berg", "RUR")], [actor("Freedonia", "FRE")], sentence=S2, status="planned",
                  date="2005-01-04")]
    out = score([story], {"st": preds})
    f = out["figures"]
    assert f["status_accuracy"] == 1.0
    assert f["date_accuracy"] == 0.5  # a null date for a dated gold event is wrong
    assert f["actor_country_accuracy"] == 0.5  # every gold country of the side must be found
    assert f["recipient_country_accuracy"] == 1.0 and f["recipient_country_n"] == 1
    assert sorted(e["field"] for e in out["field_errors"]) == ["actor_country", "date"]


def test_realnews_per_type_rows_count_predictions_by_their_own_type():
    story = Story("st", TEXT, events=[gold("AGREE", [BERG], evidence=S2, alt_types=("SUPPORT",))])
    out = score([story], {"st": [pred("SUPPORT", [actor("Berg", "RUR")], sentence=S2)]})
    rows = {r.label: r for r in out["per_type"]}
    assert rows["AGREE"].support == 1 and rows["AGREE"].recall == 1.0 and rows["AGREE"].predicted == 0
    assert rows["SUPPORT"].predicted == 1 and rows["SUPPORT"].precision == 1.0


def test_realnews_max_weight_pairs_agrees_with_brute_force():
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(0, 4), rng.randint(1, 4)
        w = [[rng.choice([0, 0, 1, 3, 10]) for _ in range(cols)] for _ in range(rows)]
        got = max_weight_pairs(w)
        assert len({i for i, _ in got}) == len(got) == len({j for _, j in got})
        assert all(w[i][j] > 0 for i, j in got)
        best = 0
        for perm in itertools.permutations(range(max(rows, cols)), rows):
            best = max(best, sum(w[i][j] for i, j in enumerate(perm) if j < cols))
        assert sum(w[i][j] for i, j in got) == best


def _write_set(folder: Path, stories: list[dict], gold_rows: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "stories.jsonl").write_text("".join(json.dumps(s) + "\n" for s in stories), "utf-8")
    (folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold_rows), "utf-8")


MADE_UP_STORY = {"id": "s1", "source": "XX", "published": "2005-01-05", "title": "t", "text": TEXT}
MADE_UP_GOLD = {"id": "s1", "published": "2005-01-05", "notes": "", "events": [{
    "type": "CONSULT", "mode": None, "status": "occurred", "date": "2005-01-03",
    "actors": [{"name": "Anna Berg", "country": "rur", "sector": "GOV"}],
    "recipients": [{"name": "Freedonian president", "country": "FRE", "sector": "GOV"}],
    "location": None, "evidence": [S1], "optional": True, "alt_types": ["agree"]}]}


def test_realnews_loads_the_folder_or_its_gold_file(tmp_path):
    _write_set(tmp_path / "set", [MADE_UP_STORY], [MADE_UP_GOLD])
    for path in (tmp_path / "set", tmp_path / "set" / "gold.jsonl"):
        (story,) = load_stories(path)
        (g,) = story.events
        assert story.published == "2005-01-05" and story.text == TEXT
        assert g.actors[0].country == "RUR" and g.alt_types == ("AGREE",) and g.optional
    with pytest.raises(EvaluationDataError, match="no text"):
        _write_set(tmp_path / "bad", [], [MADE_UP_GOLD])
        load_stories(tmp_path / "bad")
    with pytest.raises(EvaluationDataError, match="not found"):
        load_stories(tmp_path)


def test_realnews_reads_stories_with_their_dateline_as_ingest_does(tmp_path):
    from communique.evaluate.realnews import predict
    story = dict(MADE_UP_STORY, dateline="CAPITAL CITY, Jan. 5 , 2005 (XX)")
    _write_set(tmp_path / "set", [story], [MADE_UP_GOLD])
    (loaded,) = load_stories(tmp_path / "set")
    assert loaded.dateline == "CAPITAL CITY, Jan. 5 , 2005 (XX)" and loaded.text == TEXT
    events = predict([loaded])["s1"]
    assert events and all(m.sentence != loaded.dateline for e in events for m in e.mentions)
    assert events[0].mentions[0].start == TEXT.index(S1) + len(loaded.dateline) + len(" -- ")


def test_realnews_cli_json_lists_every_error(tmp_path, monkeypatch):
    import communique.pipeline.process as process
    from communique.cli import main

    def fake_batch(docs, settings=None, kb_extra=None):
        assert [d.published for d in docs] == ["2005-01-05"]  # the publication date reaches the pipeline
        return [DocResult(document=d, events=[pred("ASSAULT", [actor("Anna Berg", "RUR")], sentence=S3)])
                for d in docs]

    monkeypatch.setattr(process, "process_batch", fake_batch)
    gold_row = dict(MADE_UP_GOLD, events=[dict(MADE_UP_GOLD["events"][0], optional=False)])
    _write_set(tmp_path, [MADE_UP_STORY], [gold_row])
    res = CliRunner().invoke(main, ["evaluate", "realnews", str(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["name"] == "realnews" and data["figures"]["precision"] == 0.0
    assert data["details"]["false_positives"][0]["type"] == "ASSAULT"
    assert data["details"]["misses"][0]["reason"] == "no-prediction-of-type"
    table = CliRunner().invoke(main, ["evaluate", "realnews", str(tmp_path)])
    assert table.exit_code == 0 and "story s1" in table.output


@pytest.mark.slow
def test_realnews_runs_on_three_shared_stories():
    if not REALNEWS.exists():
        pytest.skip(f"{REALNEWS} not found: the realnews stories and gold are read from ../shared/eval")
    from communique.evaluate.realnews import evaluate_realnews

    report = evaluate_realnews(REALNEWS, limit=3)
    f = report.figures
    assert f["stories"] == 3 and len(report.per_group["story"]) == 3 and f["processing_failures"] == 0
    assert f["predictions"] > 0
    assert len(report.details["false_positives"]) == f["false_positives"]
    assert len(report.details["misses"]) == f["misses"]
    assert f["false_positives"] + f["matched"] + f["matched_optional"] == f["predictions"]
    assert f["misses"] + f["matched"] == f["gold_required"]


def test_realnews_load_corpus_reads_stories_without_gold(tmp_path):
    other = dict(MADE_UP_STORY, id="s2", text="Another story.\r\nSecond line.")
    empty = dict(MADE_UP_STORY, id="s3", text="  ")
    (tmp_path / "corpus.jsonl").write_text("\n".join(json.dumps(r) for r in (MADE_UP_STORY, other, empty)), "utf-8")
    stories = load_corpus(tmp_path)
    assert [s.id for s in stories] == ["s1", "s2"]  # a record without text is skipped
    assert stories[1].text == "Another story.\nSecond line." and not stories[0].events
    assert [s.id for s in load_corpus(tmp_path / "corpus.jsonl", {"s2"})] == ["s2"]
    with pytest.raises(EvaluationDataError, match="no corpus file"):
        load_corpus(tmp_path / "missing")


LABELS = Path(__file__).resolve().parents[2] / "benchmarks" / "labels" / "realnews_corpus.tsv"


def test_realnews_corpus_labels_are_well_formed():
    """The expert labels the confidence model is fitted on: no story text, one label per candidate key."""
    from communique.records import PLOVER_TYPES
    rows = [line.split("\t") for line in LABELS.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert len(rows) > 500
    keys = set()
    for story, start, end, etype, label in rows:
        assert story.startswith(("AFP_ENG_", "XIN_ENG_")) and etype in PLOVER_TYPES and label in {"0", "1", "opt"}
        assert 0 <= int(start) < int(end) and (story, start, end, etype) not in keys
        keys.add((story, start, end, etype))
    labels = [r[4] for r in rows]
    assert labels.count("1") > 100 and labels.count("0") > 100


def test_realnews_labels_pair_candidates_and_score_stored_rows(tmp_path):
    from communique.evaluate.realnews_labels import label_figures, read_labels
    from communique.records import Span
    f = tmp_path / "labels.tsv"
    f.write_text("# comment\ns1\t0\t3\tCONSULT\t1\ns1\t10\t14\tACCUSE\t0\ns1\t20\t24\tREQUEST\topt\n"
                 "s1\t30\t34\tAID\t1\n", "utf-8")
    labels = read_labels(f)
    assert labels[("s1", 20, 24, "REQUEST")] is None and len(labels) == 4

    def ev(etype, start, end):
        return Event(event_type=etype, cameo="010", status="occurred", trigger=Span("x", start, end))

    stored = {"s1": [ev("CONSULT", 0, 3), ev("ACCUSE", 10, 14), ev("REQUEST", 20, 24), ev("SUPPORT", 40, 44)]}
    got = label_figures(stored, labels)
    assert got["stored_labelled"] == 2 and got["stored_right"] == 1 and got["precision"] == 0.5
    assert got["right_kept_share"] == 0.5 and got["stored_unlabelled"] == 1  # the AID row was not stored
    f.write_text("s1\t0\tx\tCONSULT\t1\n", "utf-8")
    with pytest.raises(EvaluationDataError, match="not a label line"):
        read_labels(f)
