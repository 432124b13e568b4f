"""Shared output formats for every listing command: table, jsonl, csv. Rows are streamed where the format allows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

FORMATS = ("table", "jsonl", "csv")
TABLE_CELL_MAX = 48


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
        n += 1
    return n


def _clip(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str], chunk: int = 200,
                cell_max: int = TABLE_CELL_MAX) -> int:
    """An aligned text table (cells clipped at ``cell_max`` characters). Widths are fitted per chunk of rows so
    long listings still stream."""
    n = 0
    it: Iterator[dict[str, Any]] = iter(rows)
    header_done = False
    while True:
        block = []
        for row in it:
            block.append([_clip(_cell(row.get(c)), cell_max) for c in columns])
            if len(block) >= chunk:
                break
        if not block and header_done:
            break
        widths = [max([len(c)] + [len(r[i]) for r in block]) for i, c in enumerate(columns)]
        if not header_done:
            out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
            out.write("  ".join("-" * w for w in widths) + "\n")
            header_done = True
        for r in block:
            out.write("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")
        n += len(block)
        if len(block) < chunk:
            break
    return n


def emit(
    fmt: str,
    records: Iterable[dict[str, Any]],
    out: IO[str],
    *,
    columns: Sequence[str],
    flatten: Any = None,
    cell_max: int = TABLE_CELL_MAX,
) -> int:
    """Write records in ``fmt``. ``flatten`` turns a full record into a flat row for table/csv; table cells are
    clipped at ``cell_max`` characters."""
    if fmt == "jsonl":
        return write_jsonl(records, out)
    rows = (flatten(r) for r in records) if flatten else records
    if fmt == "csv":
        return write_csv(rows, columns, out)
    if fmt == "table":
        return write_table(rows, columns, out, cell_max=cell_max)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
