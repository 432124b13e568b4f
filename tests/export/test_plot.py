"""Charts: each kind draws what the events say (counts checked), into a PNG matplotlib can read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import PlotError
from communique.plot import plot_events
from communique.store import DuckDBStore, EventQuery, MemoryStore
from tests.helpers.hand_events import fill, hand_events

pytest.importorskip("matplotlib")


def _png_size(path: Path) -> tuple[int, int]:
    import matplotlib.image as mpimg

    img = mpimg.imread(path)
    return img.shape[1], img.shape[0]


def test_plot_timeline_places_undated_events_by_report(tmp_path: Path) -> None:
    report = plot_events(hand_events(), "timeline", tmp_path / "t.png")
    # the meeting on its day, the September sanction at its first day; the two undated events on the day reported
    assert report.counts == {"dated 2022-09-19": 1, "dated 2022-09-01": 1, "undated 2022-09-21": 2}
    assert report.left_out == 0 and report.bars == 3
    width, height = _png_size(tmp_path / "t.png")
    assert width > 500 and height > 300


def test_plot_types_by_status(tmp_path: Path) -> None:
    evs = hand_events()
    evs[0].status = "planned"
    report = plot_events(evs, "types", tmp_path / "t.png")
    assert report.counts == {"CONSULT planned": 1, "ACCUSE occurred": 1, "SANCTION occurred": 1,
                             "PROTEST occurred": 1}
    assert _png_size(tmp_path / "t.png")[0] > 500


def test_plot_dyads_counts_pairs(tmp_path: Path) -> None:
    report = plot_events(hand_events(), "dyads", tmp_path / "d.png", top=3)
    assert report.bars == 3 and all(n == 1 for n in report.counts.values())
    everything = plot_events(hand_events(), "dyads", tmp_path / "d.svg").counts
    assert set(everything) == {"Jeyhun Bayramov → António Guterres", "António Guterres → Jeyhun Bayramov",
                               "Russia → Ukraine", "Russia → Jeyhun Bayramov", "European Union → Russia"}
    assert (tmp_path / "d.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize(("kind", "events", "message"), [
    ("timeline", [], "no events match"),
    ("timeline", "undated", "has a date or a dated report"),
    ("dyads", "protest", "both an actor and a counterpart"),
    ("pie", "all", "unknown plot"),
])
def test_plot_errors_name_the_fix(tmp_path: Path, kind: str, events: object, message: str) -> None:
    evs = hand_events()
    chosen = {"all": evs, "protest": [evs[3]], "undated": [evs[3]]}.get(events, []) if isinstance(events, str) else []
    if events == "undated":
        chosen[0].mentions = []
    with pytest.raises(PlotError, match=message) as exc:
        plot_events(chosen, kind, tmp_path / "x.png")
    assert exc.value.fix


def test_plot_cli_with_filters(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with DuckDBStore(db) as s:
        fill(s)
    out = tmp_path / "types.png"
    res = CliRunner().invoke(main, ["plot", "types", "--db", str(db), "-o", str(out), "--reported-since", "2022-09-21"])
    assert res.exit_code == 0, res.output
    assert "types of 2 events" in res.stderr and out.stat().st_size > 1000
    with MemoryStore() as m:
        assert len(list(fill(m).query_events(EventQuery(reported_since="2022-09-21")))) == 2
    bad = CliRunner().invoke(main, ["plot", "types", "--db", str(db), "-o", str(out), "--type", "assault"])
    assert bad.exit_code == 1 and "no events match" in bad.output and "Loosen the filters" in bad.output
