"""`communique kb import` keeps PETRARCH verbs, agents and discards dictionaries in the store for later ingests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.ingest import load_extra
from communique.store import open_store

VERBS = "--- SNUB [111] ---\nSNUB\n"
ARTICLE = " date 2023-01-10 x\nFrench President Emmanuel Macron snubbed German Chancellor Olaf Scholz on Monday.\n"


def _run(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, list(args))
    return res.exit_code, res.output


def test_cli_kb_import_dictionaries_are_stored_and_idempotent(tmp_path: Path) -> None:
    d = tmp_path / "dicts"
    d.mkdir()
    (d / "my.verbs.txt").write_text(VERBS, "utf-8")
    (d / "my.agents.txt").write_text("PEACEMAKER [~GOV]\n", "utf-8")
    (d / "my.discards.txt").write_text("+FOOTBALL MATCH\n", "utf-8")
    db = str(tmp_path / "k.duckdb")
    code, out = _run("kb", "import", str(d), "--db", db)
    assert code == 0 and "3 dictionaries (3 new or changed, 0 already stored)" in out
    code, out = _run("kb", "import", str(d), "--db", db)
    assert code == 0 and "(0 new or changed, 3 already stored)" in out
    with open_store(db) as store:
        assert store.stats()["kb_dictionaries"] == 3
        extra = load_extra(store)
    assert [v.name for v in extra.verbs] == ["SNUB"]
    assert {w for r in extra.roles for w in r.words} == {"peacemaker", "peacemakers"}
    assert [(x.words, x.story) for x in extra.discards] == [(("football", "match"), True)]
    (d / "my.verbs.txt").write_text(VERBS + "--- SCOLD [111] ---\nSCOLD\n", "utf-8")  # changed: replaces it
    _run("kb", "import", str(d / "my.verbs.txt"), "--db", db)
    with open_store(db) as store:
        assert store.stats()["kb_dictionaries"] == 3
        assert [v.name for v in load_extra(store).verbs] == ["SNUB", "SCOLD"]


@pytest.mark.slow
def test_cli_kb_import_verbs_used_by_later_ingest(tmp_path: Path) -> None:
    (tmp_path / "my.verbs.txt").write_text("--- SERENADE [051] ---\nSERENADE\n", "utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE.replace("snubbed", "serenaded"), "utf-8")
    with_dict, without = str(tmp_path / "with.duckdb"), str(tmp_path / "without.duckdb")
    assert _run("kb", "import", str(tmp_path / "my.verbs.txt"), "--db", with_dict)[0] == 0
    for db in (with_dict, without):
        assert _run("ingest", str(tmp_path / "a.txt"), "--db", db, "--quiet")[0] == 0
    events = [json.loads(x) for x in _run("events", "--db", with_dict, "--format", "jsonl")[1].splitlines()]
    assert [(e["event_type"], e["cameo"]) for e in events] == [("SUPPORT", "051")]
    assert _run("events", "--db", without, "--format", "jsonl")[1].strip() == ""  # "serenaded" is in no bundled lexicon


@pytest.mark.parametrize(("name", "text", "says"), [
    ("bad.verbs.txt", "SNUB\n- * THEM [111]\n", "no '--- VERB [code] ---' blocks"),
    ("bad.agents.txt", "PEACEMAKER GOV\n", "no agent lines"),
    ("bad.discards.txt", "# only a comment\n", "no discard phrases"),
])
def test_cli_kb_import_bad_dictionary_is_named_with_the_fix(tmp_path: Path, name: str, text: str,
                                                           says: str) -> None:
    (tmp_path / name).write_text(text, "utf-8")
    db = tmp_path / "k.duckdb"
    code, out = _run("kb", "import", str(tmp_path / name), "--db", str(db))
    assert code != 0 and name in out and says in out
    if db.exists():
        with open_store(db, read_only=True) as store:
            assert store.dictionaries() == []


def test_cli_kb_import_binary_file_names_the_fix(tmp_path: Path) -> None:
    (tmp_path / "x.verbs.txt").write_bytes(b"\xff\xfe\x00caf\xe9")
    code, out = _run("kb", "import", str(tmp_path / "x.verbs.txt"), "--db", str(tmp_path / "k.duckdb"))
    assert code != 0 and "x.verbs.txt" in out and "UTF-8" in out


@pytest.mark.parametrize(("name", "text", "kind"), [
    ("x.verbs.txt", "", "verbs"),
    ("X.AGENTS.TXT", "", "agents"),
    ("stop.discards.txt", "", "discards"),
    ("mine.txt", "--- MEET [040] ---\nMEET\n", "verbs"),  # by content
    ("mine.txt", "DIPLOMAT [~GOV]\n", "agents"),
    ("people.txt", "JOHN_DOE [USAGOV]\n", None),  # an actors dictionary
    ("people.jsonl", '{"name": "A"}\n', None),
])
def test_cli_kb_import_dictionary_kind(name: str, text: str, kind: str | None) -> None:
    from communique.kb.importer import dictionary_kind

    assert dictionary_kind(name, text) == kind
