"""Issue 13 at the command line: clean errors for odd option values, a missing path fails alone, a read-only
store is named as such, a broken pipe is not an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import StoreError
from communique.store import open_store
from tests.helpers.paths import REPO


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "s.duckdb")
    open_store(path).close()
    return path


def test_limit_beyond_64_bits_is_a_clean_error(db: str) -> None:
    res = CliRunner().invoke(main, ["events", "--db", db, "--limit", "9223372036854775808"])
    assert res.exit_code == 2 and "--limit" in res.output and "Traceback" not in res.output


@pytest.mark.parametrize("value", ["2022-02-30", "2023-02-29", "2022-04-31"])
def test_impossible_since_day_is_refused(db: str, value: str) -> None:
    res = CliRunner().invoke(main, ["events", "--db", db, "--since", value])
    assert res.exit_code == 2 and "not a day of the calendar" in res.output
    assert CliRunner().invoke(main, ["events", "--db", db, "--since", "2024-02-29"]).exit_code == 0


def test_wait_option_on_readers(db: str) -> None:
    assert CliRunner().invoke(main, ["stats", "--db", db, "--wait", "0"]).exit_code == 0
    assert "--wait" in CliRunner().invoke(main, ["events", "--help"]).output


def test_missing_path_fails_that_path_only(tmp_path: Path, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import communique
    from communique.ingest import IngestReport

    (tmp_path / "a.txt").write_text("Scholz met Macron in Paris on Monday.")
    seen: list[list[str]] = []
    monkeypatch.setattr(communique, "check_model", lambda settings: None)
    monkeypatch.setattr(communique, "ingest_paths", lambda paths, store, **kw: seen.append(list(paths)) or
                        IngestReport())
    res = CliRunner().invoke(main, ["ingest", "--db", db, "-q", str(tmp_path / "nope.txt"), str(tmp_path / "a.txt")])
    assert res.exit_code == 0, res.output  # not refused as a usage error: the reader reports the missing path
    assert seen == [[str(tmp_path / "nope.txt"), str(tmp_path / "a.txt")]]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file")
def test_read_only_store_file_is_named_as_such(db: str) -> None:
    os.chmod(db, 0o444)
    with pytest.raises(StoreError, match="read-only"):
        open_store(db)
    open_store(db, read_only=True).close()


def test_broken_pipe_exits_0(db: str) -> None:
    code = "import sys; from communique.cli import main; sys.argv[0] = 'communique'; main()"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone (as `| head -1` does after its line): every write fails
    try:
        res = subprocess.run([sys.executable, "-c", code, "stats", "--db", db], env=env, stdout=write_end,
                             stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert res.returncode == 0, res.stderr
    assert "BrokenPipe" not in res.stderr and "Traceback" not in res.stderr
