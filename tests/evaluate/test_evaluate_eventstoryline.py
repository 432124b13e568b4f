"""Date normalisation scored on the Event StoryLine Corpus (read from ../shared/eval when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import EvaluationDataError
from communique.evaluate.eventstoryline import (
    EventStoryLineReport,
    _gold_value,
    evaluate_eventstoryline,
    kind_of,
)
from tests.helpers.paths import EVAL

ESC = EVAL / "eventstoryline_dev"

CAT_XML = """<?xml version='1.0' encoding='UTF-8'?>
<Document doc_name="t_1ecbplus.xml">
  <token t_id="1" sentence="0" number="0">May</token>
  <token t_id="2" sentence="0" number="1">3</token>
  <token t_id="3" sentence="0" number="2">,</token>
  <token t_id="4" sentence="0" number="3">2013</token>
  <token t_id="5" sentence="1" number="0">She</token>
  <token t_id="6" sentence="1" number="1">was</token>
  <token t_id="7" sentence="1" number="2">arrested</token>
  <token t_id="8" sentence="1" number="3">Thursday</token>
  <token t_id="9" sentence="1" number="4">after</token>
  <token t_id="10" sentence="1" number="5">a</token>
  <token t_id="11" sentence="1" number="6">crash</token>
  <token t_id="12" sentence="1" number="7">on</token>
  <token t_id="13" sentence="1" number="8">Nov</token>
  <token t_id="14" sentence="1" number="9">.</token>
  <token t_id="15" sentence="1" number="10">30</token>
  <token t_id="16" sentence="1" number="11">for</token>
  <token t_id="17" sentence="1" number="12">90</token>
  <token t_id="18" sentence="1" number="13">days</token>
  <token t_id="19" sentence="1" number="14">last</token>
  <token t_id="20" sentence="1" number="15">week</token>
  <token t_id="21" sentence="1" number="16">.</token>
  <Markables>
    <TIME_DATE m_id="1" DCT="TRUE" value="2013-05-03" anchorTimeID="">
      <token_anchor t_id="1"/><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/>
    </TIME_DATE>
    <TIME_DATE m_id="2" DCT="FALSE" value="2013-05-02" anchorTimeID="1"><token_anchor t_id="8"/></TIME_DATE>
    <TIME_DATE m_id="3" DCT="FALSE" value="2012-11-30" anchorTimeID=""><token_anchor t_id="13"/>
      <token_anchor t_id="14"/><token_anchor t_id="15"/></TIME_DATE>
    <TIME_DURATION m_id="4" value="P90D"><token_anchor t_id="17"/><token_anchor t_id="18"/></TIME_DURATION>
    <TIME_DATE m_id="5" DCT="FALSE" value="2013-W17" anchorTimeID=""><token_anchor t_id="19"/>
      <token_anchor t_id="20"/></TIME_DATE>
  </Markables>
</Document>
"""


def test_evaluate_eventstoryline_scores_hand_built_document(tmp_path: Path) -> None:
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "t_1ecbplus.xml.xml").write_text(CAT_XML, encoding="utf-8")
    report = evaluate_eventstoryline(tmp_path, use_parser=False)
    assert isinstance(report, EventStoryLineReport)
    assert report.documents == 1
    assert report.total == 3 and report.correct == 3 and report.accuracy == 1.0  # "last week" -> 2013-W17
    assert report.by_kind["relative"].count == 2 and report.by_kind["underspecified"].count == 1
    assert report.excluded == {"document-date": 1, "duration": 1}
    data = report.to_dict()
    assert data["scored"] == 3 and data["by_kind"]["absolute"]["count"] == 0 and data["errors"] == []


def test_evaluate_eventstoryline_records_errors(tmp_path: Path) -> None:
    wrong = CAT_XML.replace('value="2012-11-30"', 'value="2011-11-30"')
    (tmp_path / "doc.xml").write_text(wrong, encoding="utf-8")
    report = evaluate_eventstoryline(tmp_path / "doc.xml", use_parser=False)
    assert report.correct == 2 and len(report.errors) == 1
    err = report.errors[0]
    assert (err.expr, err.anchor, err.expected, err.got) == ("Nov. 30", "2013-05-03", "2011-11-30", "2012-11-30")


def test_evaluate_eventstoryline_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(EvaluationDataError):
        evaluate_eventstoryline(tmp_path / "absent")


@pytest.mark.parametrize(
    ("expr", "kind"),
    [("June 2005", "absolute"), ("Oct. 21, 2011", "absolute"), ("June 8", "underspecified"),
     ("September", "underspecified"), ("Thursday", "relative"), ("last month", "relative"),
     ("a month ago", "relative"), ("that day", None), ("the day after", None)],
)
def test_evaluate_eventstoryline_kinds(expr: str, kind: str | None) -> None:
    assert kind_of(expr) == kind


@pytest.mark.parametrize(
    ("value", "gold"),
    [("2009-12-7", "2009-12-07"), ("1979-2", "1979-02"), ("2013-05-02TNI", "2013-05-02"), ("2010", "2010"),
     ("PAST_REF", None), ("2007-W14", "2007-W14"),
     ("2009-W05-WE", None), ("2007-WXX", None), ("194X", None), ("2007-04-XX", None), ("", None)],
)
def test_evaluate_eventstoryline_reads_gold_values(value: str, gold: str | None) -> None:
    assert _gold_value(value) == gold


@pytest.mark.slow
def test_evaluate_eventstoryline_dev_accuracy() -> None:
    if not ESC.exists():
        pytest.skip("../shared/eval not found: the Event StoryLine dev set is read from ../shared/eval")
    report = evaluate_eventstoryline(ESC)
    assert report.documents > 200 and report.total > 300
    assert report.accuracy >= 0.90
    assert report.by_kind["absolute"].accuracy >= 0.90
    assert report.excluded["duration"] > 0
