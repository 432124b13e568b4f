"""What ``communique ingest`` is given, checked before the run: the model setting (once, not per file), how many
documents the paths hold (the progress bar's total) and an article piped on standard input (``ingest -``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from .errors import InputError
from .pipeline.read import iter_files

STDIN_NAME = "stdin"


def _jsonl_records(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def _json_records(path: Path, max_bytes: int = 50_000_000) -> int:
    if path.stat().st_size > max_bytes:
        return 1
    try:
        data = json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError, RecursionError):
        return 1
    return len(data) if isinstance(data, list) else 1


def count_documents(paths: Sequence[str | Path]) -> int:
    """How many documents (or failures) reading ``paths`` will report: one per file, one per JSONL line, one per
    record of a JSON array. An estimate for a progress bar (a blank or bad record may count differently)."""
    total = 0
    for item in iter_files(paths):
        if not isinstance(item, Path):
            total += 1
            continue
        suffix = item.suffix.lower()
        try:
            total += _jsonl_records(item) if suffix == ".jsonl" else _json_records(item) if suffix == ".json" else 1
        except OSError:
            total += 1
    return total


def _suffix(text: str) -> str:
    """.jsonl when every non-blank line is a JSON object, .html for a page, else .txt (one article)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        try:
            if all(isinstance(json.loads(ln), dict) for ln in lines):
                return ".jsonl"
        except ValueError:
            pass
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return ".html"
    return ".txt"


def stdin_file(stream: IO[str], folder: str | Path) -> Path:
    """Write what arrives on ``stream`` (standard input) to a file in ``folder`` that the reader will take as one
    article (.txt), a JSONL export or an HTML page, by its content. Raises InputError when nothing arrives."""
    text = stream.read()
    if not text.strip():
        raise InputError("standard input (-) was empty", "Pipe an article into it: cat article.txt | communique ingest -")
    path = Path(folder) / f"{STDIN_NAME}{_suffix(text)}"
    path.write_text(text, encoding="utf-8")
    return path


def with_stdin(paths: Sequence[str], stream: IO[str], folder: str | Path) -> list[str]:
    """``paths`` with a "-" replaced by the file :func:`stdin_file` writes (standard input is read once)."""
    if paths.count("-") > 1:
        raise InputError("'-' (standard input) was given more than once", "Give it once")
    return [str(stdin_file(stream, folder)) if p == "-" else p for p in paths]
