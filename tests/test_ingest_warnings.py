"""Reader and pipeline warnings reach IngestReport.warnings, named by file, each once; none bypass it."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.config import Settings
from communique.ingest import ingest
from communique.pipeline.read import read_paths
from communique.records import Document
from communique.store import MemoryStore

TEXT = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday."


def _jsonl(tmp_path: Path) -> Path:
    f = tmp_path / "recs.jsonl"
    f.write_text(json.dumps({"id": "r1", "text": TEXT, "published": "last Tuesday"}) + "\n", "utf-8")
    return f


def test_read_warning_goes_to_the_callback_not_the_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    got: list[tuple[str, str]] = []
    with caplog.at_level(logging.WARNING):
        docs = list(read_paths([_jsonl(tmp_path)], on_warning=lambda p, m: got.append((p, m))))
    assert isinstance(docs[0], Document)
    assert got == [(str(tmp_path / "recs.jsonl"), "record L1: published 'last Tuesday' is not an ISO date; "
                    "looked for a date in the text")]
    assert not [r for r in caplog.records if r.name.startswith("communique")]


@pytest.mark.slow
def test_ingest_warnings_named_by_file_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder)
    (folder / "long.txt").write_text(" date 2023-01-10 x\n" + (TEXT + " ") * 40 + "\n", "utf-8")
    with caplog.at_level(logging.WARNING):
        report = ingest([folder], MemoryStore(), settings=Settings(max_chars=1000))
    assert [w for w in report.warnings if "not an ISO date" in w] == [
        f"{folder / 'recs.jsonl'}: record L1: published 'last Tuesday' is not an ISO date; looked for a date in "
        "the text"]
    truncated = [w for w in report.warnings if "truncated" in w]
    assert len(truncated) == 1 and truncated[0].startswith(f"{folder / 'long.txt'}: ")
    assert not [r for r in caplog.records if r.name.startswith("communique")]


@pytest.mark.slow
def test_cli_ingest_shows_each_warning_once(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["ingest", str(_jsonl(tmp_path)), "--db", str(tmp_path / "s.duckdb")])
    assert res.exit_code == 0, res.output
    assert res.output.count("not an ISO date") == 1
    assert f"warning: {tmp_path / 'recs.jsonl'}: record L1" in res.output


def test_ingest_report_keeps_each_warning_once_in_order() -> None:
    from communique.ingest import IngestReport

    report = IngestReport()
    for i in range(3):
        report.warn("a.jsonl", f"line {i}: published not ISO")
        report.warn("a.jsonl", "line 0: published not ISO")
    assert report.warnings == [f"a.jsonl: line {i}: published not ISO" for i in range(3)]
