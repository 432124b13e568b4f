"""Issue 13: one bad article never stops a run, and never costs unboundedly more than ordinary news.

Each reproducer of the issue is pinned here at the level of the reader and the pipeline (the store and CLI levels
are in tests/test_ingest_bad_input.py and tests/cli/test_cli_bad_input.py).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

import communique
from communique.errors import ExtractionError
from communique.pipeline import nlp
from communique.pipeline.actors import article
from communique.pipeline.dates.expressions import ANCHOR_YEARS, resolve_expression
from communique.pipeline.merge.across import candidate_window
from communique.pipeline.process import ArticleTimeout, process_batch, time_budget
from communique.pipeline.read import ANCHOR_YEARS as READ_YEARS
from communique.pipeline.read import make_document, read_paths
from communique.records import Document, Event, Mention, ReadFailure

SENTENCE = "Scholz met Macron in Paris on Monday."


def _read(tmp_path: Path, *paths: Path) -> tuple[list[Document], list[ReadFailure], list[str]]:
    warnings: list[str] = []
    items = list(read_paths(paths, on_warning=lambda p, m: warnings.append(f"{p}: {m}")))
    return ([d for d in items if isinstance(d, Document)], [f for f in items if isinstance(f, ReadFailure)],
            warnings)


# ----------------------------------------------------------------------------------- 1. bad code points


def test_lone_surrogates_in_jsonl_metadata_are_replaced_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "t.jsonl"
    p.write_text('{"text": "Scholz met Macron in Paris on Monday.", "title": "x\\udc80", "id": "a\\ud800", '
                 '"url": "http://x/\\udfff", "source": "s\\udc80"}\n', encoding="utf-8")
    docs, failures, warnings = _read(tmp_path, p)
    assert not failures and len(docs) == 1
    d = docs[0]
    for value in (d.title, d.url, d.source, d.path):
        assert value is not None
        value.encode("utf-8")  # storable
        assert "\ufffd" in value
    assert any("title" in w and "lone surrogates" in w for w in warnings)


def test_lone_surrogate_in_text_keeps_offsets(tmp_path: Path) -> None:
    doc = make_document("Scholz met \udc80Macron in Paris.")
    assert len(doc.text) == len("Scholz met \udc80Macron in Paris.")
    assert doc.text.index("Macron") == 12
    doc.text.encode("utf-8")


def test_file_name_that_is_not_utf8_is_read(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    docs, failures, _ = _read(tmp_path, tmp_path)
    assert not failures and len(docs) == 1
    assert docs[0].path is not None
    docs[0].path.encode("utf-8")


# ----------------------------------------------------------------------------------- 2. implausible dates


@pytest.mark.parametrize("text,published", [
    (" date 9999-12-31\n" + SENTENCE, None), (" date 0001-01-01\n" + SENTENCE, None),
    (SENTENCE, "9999-12-31"), (SENTENCE, "0001-01-01T00:00:00Z")])
def test_implausible_publication_date_is_ignored_with_a_message(text: str, published: str | None) -> None:
    heard: list[str] = []
    doc = make_document(text, published=published, on_warning=heard.append)
    assert doc.published is None
    assert any("not plausible" in h for h in heard)
    assert doc.text[doc.body_start:].startswith("Scholz")


def test_read_and_dates_agree_on_plausible_years() -> None:
    assert READ_YEARS == ANCHOR_YEARS


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "9999", "0001-01"])
def test_candidate_window_near_the_ends_of_the_calendar_does_not_overflow(date: str) -> None:
    ev = Event(event_type="CONSULT", cameo="040", date=date, id="e1",
               mentions=[Mention("d", None, None, date if len(date) == 10 else None, "x", 0, 1)])
    lo, hi, _ = candidate_window(ev)
    assert lo is not None and hi is not None and lo <= hi
    undated = Event(event_type="CONSULT", cameo="040", id="e2", mentions=[Mention("d", None, None, "9999-12-31", "x", 0, 1)])
    assert candidate_window(undated)[1] == "9999-12-31"


# ----------------------------------------------------------------------------------- 3. bounded cost


def test_symbol_runs_are_blanked_with_offsets_kept() -> None:
    text = "Talks (" + "(" * 5000 + ") ended" + "…" * 3000 + " -- ok ([([([" * 20
    out = nlp.collapse_runs(text)
    assert len(out) == len(text)
    assert out.startswith("Talks (((   ")
    assert out.count("(") < 100 and out.count("…") == nlp.RUN_KEEP
    assert nlp.collapse_runs("a" + "_" * 100) == "a___" + " " * 97
    assert nlp.collapse_runs("U.S. -- a... b!!") == "U.S. -- a... b!!"  # short runs stay


def test_dateline_is_worked_out_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = article._dateline_range
    monkeypatch.setattr(article, "_dateline_range", lambda d: calls.append(d.id) or real(d))
    doc = make_document("PARIS (Wire) - Scholz met Macron. " + "x " * 100_000)
    for _ in range(50):
        article.dateline_range(doc)
    assert len(calls) == 1


def test_time_budget_fails_a_slow_article() -> None:
    with pytest.raises(ArticleTimeout, match="article_seconds"):
        with time_budget(0.2):
            time.sleep(1.0)
    with time_budget(5):
        pass


def test_time_budget_is_a_setting_and_names_the_article_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.pipeline import process

    def slow(*args: object, **kwargs: object) -> None:
        time.sleep(2)

    monkeypatch.setattr(process, "process_document", slow)
    result = process_batch([make_document(SENTENCE)], communique.Settings(article_seconds=0.3))[0]
    assert result.error is not None and "article_seconds" in result.error


@pytest.mark.parametrize("text", ["Scholz met Macron. " + "(" * 20_000, "Scholz met Macron. " + "_" * 20_000, "Scholz met Macron " + "…" * 3000 + " in Paris.",
                                  "Scholz met Macron " + "… " * 1500 + " in Paris."])
def test_pathological_article_is_processed_quickly(text: str) -> None:
    process_batch([make_document(SENTENCE)])  # model loaded
    start = time.monotonic()
    result = process_batch([make_document(text)])[0]
    assert result.error is None
    assert time.monotonic() - start < 60


# ----------------------------------------------------------------------------------- 4-5. named failures


def test_extract_raises_a_named_error_instead_of_returning_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.pipeline import process

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(process, "process_document", broken)
    with pytest.raises(ExtractionError, match="boom") as info:
        communique.extract(SENTENCE)
    assert "KeyError" in info.value.cause


def test_misspelt_month_is_read_not_a_crash() -> None:
    got = resolve_expression("3 Sepember 2022", "2022-09-10")
    assert got is None or got.value == "2022-09-03"
    events = communique.extract("Scholz met Macron in Paris on 3 Sepember 2022.", published="2022-09-10")
    assert events


def test_long_ellipsis_run_is_not_a_recursion_error() -> None:
    events = communique.extract("Scholz met Macron " + "…" * 3000 + " in Paris.")
    assert isinstance(events, list)


# ----------------------------------------------------------------------------------- 6. reader gaps


def test_deeply_nested_jsonl_line_fails_alone(tmp_path: Path) -> None:
    p = tmp_path / "t.jsonl"
    good = json.dumps({"text": SENTENCE})
    p.write_text(good + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + good.replace("Monday", "Friday") + "\n")
    docs, failures, _ = _read(tmp_path, p)
    assert len(docs) == 2
    assert len(failures) == 1 and failures[0].line == 2 and "nested" in failures[0].problem


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_subfolder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(SENTENCE)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "y.txt").write_text(SENTENCE)
    (tmp_path / "a").chmod(0)
    try:
        docs, failures, _ = _read(tmp_path, tmp_path)
    finally:
        (tmp_path / "a").chmod(0o755)
    assert len(docs) == 1
    assert len(failures) == 1 and "folder cannot be read" in failures[0].problem


def test_unreadable_subfolder_is_reported_when_listing_fails(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "y.txt").write_text(SENTENCE)
    real = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("/a"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    docs, failures, _ = _read(tmp_path, tmp_path)
    assert len(docs) == 1
    assert len(failures) == 1 and "folder cannot be read" in failures[0].problem and failures[0].path.endswith("a")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_utf16_files_with_a_bom_are_read(tmp_path: Path, encoding: str, suffix: str) -> None:
    bom = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
    body = SENTENCE if suffix == ".txt" else json.dumps({"text": SENTENCE}) + "\n"
    p = tmp_path / f"a{suffix}"
    p.write_bytes(bom + body.encode(encoding))
    docs, failures, _ = _read(tmp_path, p)
    assert not failures
    assert [d.text for d in docs] == [SENTENCE]


def test_missing_path_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE)
    docs, failures, _ = _read(tmp_path, tmp_path / "nope.txt", tmp_path / "a.txt")
    assert len(docs) == 1 and len(failures) == 1 and "no such file" in failures[0].problem
