"""Benchmark corpora: the real-news stories in ../shared when present, repeated with varied text to any size.

The stories are read where they lie and written to a temporary folder for a run: their text never enters the
repository (the data is licensed for internal evaluation only).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
REALNEWS = Path("eval") / "realnews_dev" / "corpus.jsonl"
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_NUMBER = re.compile(r"(?<![\d.,])\d{3,}(?![\d])")


def shared_dir() -> Path | None:
    """``shared`` beside the repository or beside one of its parents (a git worktree lies deeper)."""
    for parent in REPO.parents:
        if (parent / "shared").is_dir():
            return parent / "shared"
    return None


def realnews_path() -> Path | None:
    shared = shared_dir()
    path = shared / REALNEWS if shared else None
    return path if path is not None and path.exists() else None


def read_stories(path: Path) -> list[dict[str, Any]]:
    """JSONL records with "text" (and "published", "id", ...), or the .txt / .jsonl articles of a folder."""
    if path.is_file():
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    stories: list[dict[str, Any]] = []
    for p in sorted(path.iterdir()):
        if p.suffix == ".txt":
            stories.append({"id": p.stem, "text": p.read_text("utf-8")})
        elif p.suffix == ".jsonl":
            stories += [rec for rec in read_stories(p) if rec.get("text")]
    return stories


def _shift_year(iso: str | None, years: int) -> str | None:
    if not iso or not re.match(r"^\d{4}", iso):
        return iso
    out = f"{int(iso[:4]) + years:04d}{iso[4:]}"
    return out.replace("-02-29", "-02-28")


def varied(story: dict[str, Any], copy: int) -> dict[str, Any]:
    """Copy ``copy`` of a story (0: the story itself): years in the text and the publication date moved on by
    three years a copy (so copies report different events, not the same ones again), numbers of three digits or
    more changed, and a reference line when that left the text unchanged (so every copy is a new document)."""
    if copy == 0:
        return dict(story)
    years = 3 * copy
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + years), story["text"])
    text = _NUMBER.sub(lambda m: str(int(m.group(0)) + copy), text)
    if text == story["text"]:
        text += f"\n\n(Ref. {copy})"
    rec = {**story, "text": text, "published": _shift_year(story.get("published"), years)}
    rec["id"] = f"{story.get('id', 'story')}~{copy}"
    return rec


def write_corpus(stories: list[dict[str, Any]], n: int, out: Path) -> Path:
    """``n`` stories (the corpus, then varied copies of it, in order) as one JSONL file at ``out``."""
    if not stories:
        raise SystemExit("no stories to build a corpus from")
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            rec = varied(stories[i % len(stories)], i // len(stories))
            f.write(json.dumps({k: v for k, v in rec.items() if k in ("id", "text", "published", "title", "url")},
                               ensure_ascii=False) + "\n")
    return out
