from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.output import emit

ROWS = [{"a": 1, "b": "x"}, {"a": 22, "b": None}, {"a": 3, "b": ["p", "q"]}]


def test_output_jsonl_one_object_per_line() -> None:
    out = io.StringIO()
    n = emit("jsonl", iter(ROWS), out, columns=["a", "b"])
    assert n == 3
    assert [json.loads(line) for line in out.getvalue().splitlines()] == ROWS


def test_output_csv_header_and_nested_cells_as_json() -> None:
    out = io.StringIO()
    emit("csv", iter(ROWS), out, columns=["a", "b"])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["a", "b"]
    assert rows[2] == ["22", ""]
    assert json.loads(rows[3][1]) == ["p", "q"]


def test_output_table_aligns_columns() -> None:
    out = io.StringIO()
    emit("table", iter(ROWS), out, columns=["a", "b"])
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["a", "b"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[3].startswith("22")
    # the second column starts at the same offset on every row
    col = lines[0].index("b")
    assert lines[2][col] == "x"


def test_output_table_with_no_rows_prints_header() -> None:
    out = io.StringIO()
    assert emit("table", iter([]), out, columns=["a", "b"]) == 0
    assert out.getvalue().splitlines()[0].split() == ["a", "b"]


def test_output_unknown_format_raises() -> None:
    with pytest.raises(ValueError):
        emit("xml", iter(ROWS), io.StringIO(), columns=["a"])


@settings(deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["a", "b", "c"]), st.text() | st.integers() | st.none()), max_size=20))
def test_output_csv_round_trips_text_cells(rows: list[dict[str, object]]) -> None:
    out = io.StringIO()
    emit("csv", iter(rows), out, columns=["a", "b", "c"])
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(back) == len(rows)
    for orig, got in zip(rows, back, strict=True):
        for k in ("a", "b", "c"):
            v = orig.get(k)
            assert got[k] == ("" if v is None else str(v))
