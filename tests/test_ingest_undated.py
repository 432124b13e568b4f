"""Undated events across articles: several outlets' copies of one wire story give each event once, with every
outlet as a source; different events of the same days stay apart (issue 11)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from communique.config import Settings
from communique.ingest import ingest
from communique.records import Event
from communique.store import DuckDBStore, EventQuery, Store

pytestmark = pytest.mark.slow

# No sentence gives a date: every event is placed by its article's publication date. Several parties are not in
# the knowledge base ("the farmers union", "the ministry", "Police"), so only their names can match.
STORY = [
    "Governor Tomas Ekberg of the Northern Province {met} opposition leader Anna Lindqvist in the provincial capital.",
    "Mayor Jonas Weller condemned the regional council for cutting school funding.",
    "The farmers union threatened to block highways if the ministry does not raise subsidies.",
    "Police detained the union leader Peter Varga after the rally.",
    "Protesters marched through the {centre} demanding the resignation of police chief Marta Olsen.",
]
OTHER = [  # the same kinds of event, the same days, other parties and places
    "Governor Erik Dahl of the Southern Province met union leader Sofia Berg in the port city.",
    "Mayor Hanna Berg condemned the national assembly for cutting school funding.",
    "The teachers union threatened to strike if the parliament does not raise salaries.",
    "Soldiers detained the journalist Ivan Petrov after the rally.",
]


def _copy(i: int, published: dt.date) -> tuple[str, str]:
    """Outlet i's copy: its own outlet line and byline, one wording changed, published 0-3 days after the wire."""
    body = "\n\n".join(STORY).format(met=("met", "held talks with")[i % 2], centre=("city centre", "town centre")[i % 3 == 0])
    return f"Outlet {i} | {published.isoformat()} | Share", f"By Reporter {i} ({'AP' if i % 4 else 'Reuters'})\n\n{body}\n"


def _write_copies(folder: Path, outlets: range, first: dt.date) -> None:
    """Half as .txt with a ` date` header line, half as one JSONL export with `published`."""
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    for i in outlets:
        published = first + dt.timedelta(days=i % 4)
        header, text = _copy(i, published)
        if i % 2:
            (folder / f"outlet{i:02d}.txt").write_text(f" date {published.isoformat()} {header}\n\n{text}", "utf-8")
        else:
            records.append({"id": f"outlet-{i:02d}", "published": published.isoformat(), "title": header,
                            "source": f"Outlet {i}", "url": f"https://example.org/{i}", "text": text})
    (folder / "export.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")


# every event the rules find, whatever the gate's confidence: this is about merging, not about which events to keep
ALL = Settings(min_confidence=0.0)


def _undated_in_text(e: Event) -> bool:
    """No sentence gives the event a date: none, or only the story's day (rule ``story-day:...``)."""
    return e.date is None or (e.date_rule or "").startswith("story-day")


def _events(store: Store) -> list[Event]:
    return list(store.query_events(EventQuery()))


def _kinds(events: list[Event]) -> list[tuple[str, str]]:
    return sorted((e.event_type, e.status) for e in events)


def test_ingest_forty_outlets_undated_copies_give_each_event_once(tmp_path: Path) -> None:
    with DuckDBStore(tmp_path / "one.duckdb") as one:
        _write_copies(tmp_path / "one", range(1), dt.date(2023, 5, 10))
        ingest([tmp_path / "one"], one, settings=ALL)
        single = _events(one)
    assert len(single) >= 5 and all(_undated_in_text(e) for e in single)  # no sentence dates an event
    assert any(a.id is None for e in single for a in [*e.actors, *e.recipients])  # some parties only named

    _write_copies(tmp_path / "all", range(40), dt.date(2023, 5, 10))
    with DuckDBStore(tmp_path / "all.duckdb") as store:
        report = ingest([tmp_path / "all"], store, settings=ALL)
        assert report.ok and report.documents_new == 40
        events = _events(store)
        assert _kinds(events) == _kinds(single)  # 40 copies: the story's events once each ...
        assert [e.sources for e in events] == [40] * len(events)  # ... each with 40 sources
        assert store.stats()["events"] == len(single)


def test_ingest_undated_reports_of_other_events_stay_apart(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write_copies(folder / "story", range(2), dt.date(2023, 5, 10))
    _write_copies(folder / "weeks-later", range(4, 6), dt.date(2023, 7, 1))  # the same story seven weeks on
    (folder / "other.txt").write_text(" date 2023-05-11 Other news\n\n" + "\n\n".join(OTHER) + "\n", "utf-8")
    with DuckDBStore(tmp_path / "s.duckdb") as store:
        ingest([folder], store, settings=ALL)
        events = _events(store)
    by_docs: dict[frozenset[str], list[Event]] = {}
    for e in events:
        by_docs.setdefault(frozenset(Path(m.path or "").parent.name or Path(m.path or "").name for m in e.mentions),
                           []).append(e)
    groups = {tuple(sorted(k)): len(v) for k, v in by_docs.items()}
    story = groups[("story",)]
    assert story >= 5 and all(e.sources == 2 for e in by_docs[frozenset({"story"})])  # the two copies merge
    assert groups[("weeks-later",)] == story  # the late copies' events are new events (merged with each other)
    assert all(e.sources == 2 for e in by_docs[frozenset({"weeks-later"})])
    assert groups.get(("in",), 0) >= 3  # the other article's events (in/other.txt) stand alone
    assert set(groups) == {("story",), ("weeks-later",), ("in",)}  # no event mixes two of them
