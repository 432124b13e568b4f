"""The command line: every command has help, listing commands share output formats, bad input is reported."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"

COMMANDS = [[], ["ingest"], ["events"], ["actors"], ["actor"], ["kb"], ["kb", "import"], ["evaluate"], ["stats"]]


@pytest.mark.parametrize("cmd", COMMANDS, ids=lambda c: " ".join(c) or "main")
def test_cli_every_command_has_help(cmd: list[str]) -> None:
    res = CliRunner().invoke(main, [*cmd, "--help"])
    assert res.exit_code == 0
    assert "Usage:" in res.output
    # a sentence of description, not just the usage line
    assert len(res.output.splitlines()) > 3


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "ex.duckdb"
    res = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert res.exit_code == 0, res.output
    return db


def test_cli_events_formats_agree(example_db: Path) -> None:
    runner = CliRunner()
    jl = runner.invoke(main, ["events", "--db", str(example_db), "--format", "jsonl"])
    rows = [json.loads(x) for x in jl.output.splitlines()]
    assert rows, "the examples gave no events"
    cs = runner.invoke(main, ["events", "--db", str(example_db), "--format", "csv"])
    parsed = list(csv.DictReader(io.StringIO(cs.output)))
    assert [r["id"] for r in parsed] == [r["id"] for r in rows]
    tb = runner.invoke(main, ["events", "--db", str(example_db), "--format", "table"])
    lines = tb.output.splitlines()
    assert lines[0].split()[:3] == ["date", "reported", "event_type"]
    assert len(lines) == len(rows) + 2
    # "reported" is the first publication date of the event's articles, never taken for the event's own date
    for r, row in zip(rows, parsed, strict=True):
        published = sorted(m["published"][:10] for m in r["mentions"] if m["published"])
        assert row["reported"] == (published[0] if published else "")
        assert row["date"] == (r["date"] or "")


def test_cli_events_filters(example_db: Path) -> None:
    runner = CliRunner()

    def ids(*args: str) -> list[dict[str, object]]:
        res = runner.invoke(main, ["events", "--db", str(example_db), "--format", "jsonl", *args])
        assert res.exit_code == 0, res.output
        return [json.loads(x) for x in res.output.splitlines()]

    everything = ids()
    consult = ids("--type", "consult")
    assert consult and all(e["event_type"] == "CONSULT" for e in consult)
    assert len(consult) < len(everything)
    assert len(ids("--limit", "1")) == 1
    planned = ids("--status", "planned")
    assert all(e["status"] == "planned" for e in planned)
    late = ids("--since", "2023-05-01")
    assert late and all(e["date"] and e["date"] >= "2023-05" for e in late)
    fin = ids("--country", "fin")
    assert fin and all(any(a["country"] == "FIN" for a in e["actors"] + e["recipients"]) for e in fin)


def test_cli_ingest_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(" date 2023-01-10 x\nFrench President Emmanuel Macron met German "
                                     "Chancellor Olaf Scholz in Paris on Monday.\n", "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "latin.txt").write_bytes("Caf\xe9 diplomacy in Z\xfcrich.".encode("latin-1"))
    (folder / "bad.jsonl").write_text('{"text": "Russia condemned the strike.", "published": "2023-01-02"}\n'
                                      "{not json\n", "utf-8")
    db = tmp_path / "s.duckdb"
    res = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert res.exit_code == 1
    assert "empty.txt" in res.output and "latin.txt" in res.output and "bad.jsonl:2" in res.output
    assert "iconv" in res.output  # the message names the fix
    stats = CliRunner().invoke(main, ["stats", "--db", str(db)])
    assert "documents\t2" in stats.output


def test_cli_ingest_workers_reach_the_executor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import communique.executor as executor

    seen: list[tuple[str, int]] = []

    def spy(name: str = "local", workers: int = 1) -> executor.Executor:
        seen.append((name, workers))
        return executor.LocalExecutor()  # in this process: the worker pool itself is tested elsewhere

    monkeypatch.setattr(executor, "get_executor", spy)
    (tmp_path / "a.txt").write_text("French President Emmanuel Macron met German Chancellor Olaf Scholz.", "utf-8")
    res = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.duckdb"),
                                    "--workers", "2", "-q"])
    assert res.exit_code == 0, res.output
    assert seen == [("local", 2)]


def test_cli_events_on_missing_store_names_the_fix(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "nope.duckdb")])
    assert res.exit_code != 0
    assert "communique ingest" in res.output


def test_cli_actors_and_actor_timeline(example_db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["actors", "--db", str(example_db), "--format", "jsonl"])
    actors = [json.loads(x) for x in res.output.splitlines()]
    names = {a["name"] for a in actors}
    assert any("Haavisto" in n for n in names)
    # one canonical actor per person across the two outlets
    assert sum("Haavisto" in n for n in names) == 1
    res = runner.invoke(main, ["actor", "Haavisto", "--db", str(example_db), "--format", "jsonl"])
    assert res.exit_code == 0
    timeline = [json.loads(x) for x in res.output.splitlines()]
    dated = [e["date"] for e in timeline if e["date"]]
    assert timeline and dated and dated == sorted(dated)  # oldest first, undated events last
    assert all(e["date"] for e in timeline[: len(dated)])
    res = runner.invoke(main, ["actor", "Nobody Atall", "--db", str(example_db)])
    assert res.exit_code != 0


def test_cli_kb_import_is_used_by_later_ingests(tmp_path: Path) -> None:
    kb_file = tmp_path / "people.jsonl"
    kb_file.write_text(json.dumps({
        "id": "user:q1", "name": "Zorana Vukotic", "aliases": ["Z. Vukotic"], "country": "MNE",
        "positions": [{"role": "Foreign Minister", "country": "MNE", "start": "2030-01-01", "end": None}],
    }) + "\n", "utf-8")
    db = tmp_path / "kb.duckdb"
    res = CliRunner().invoke(main, ["kb", "import", str(kb_file), "--db", str(db)])
    assert res.exit_code == 0, res.output
    art = tmp_path / "a.txt"
    art.write_text(" date 2031-03-02 x\nVukotic met French President Emmanuel Macron in Paris on March 1.\n",
                   "utf-8")
    res = CliRunner().invoke(main, ["ingest", str(art), "--db", str(db), "--quiet"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    events = [json.loads(x) for x in res.output.splitlines()]
    people = [a for e in events for a in e["actors"] + e["recipients"] if "Vukotic" in a["name"]]
    assert people and people[0]["country"] == "MNE"


def test_cli_kb_import_bad_file_names_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "name": "A"}\n{oops\n', "utf-8")
    res = CliRunner().invoke(main, ["kb", "import", str(bad), "--db", str(tmp_path / "k.duckdb")])
    assert res.exit_code != 0
    assert "bad.jsonl:2" in res.output


def test_cli_events_explain_says_why(example_db: Path) -> None:
    res = CliRunner().invoke(main, ["events", "--db", str(example_db), "--format", "jsonl", "--explain"])
    rows = [json.loads(x) for x in res.output.splitlines()]
    assert rows and all("why" in r for r in rows)
    why = rows[0]["why"]
    assert why["rule"] and why["trigger"]
    assert all(a["resolution"] for a in why["actors"])
