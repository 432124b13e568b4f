"""End-to-end: ingest the seed articles twice and check the events a user expects (issue 2, 'Done when')."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from communique.cli import main

pytestmark = pytest.mark.slow


def _events(db: Path) -> list[dict[str, Any]]:
    res = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_events(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Path]:
    from tests.helpers.paths import SEEDS, need

    seeds = need(SEEDS)
    db = tmp_path_factory.mktemp("e2e") / "seeds.duckdb"
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(seeds), "--db", str(db), "--quiet"])
    assert res.exit_code == 0, res.output
    first = _events(db)
    res = runner.invoke(main, ["ingest", str(seeds), "--db", str(db), "--quiet"])
    assert res.exit_code == 0, res.output
    return first, _events(db), seeds


def _people(ev: dict[str, Any]) -> set[str]:
    return {a["name"].split()[-1].lower() for a in ev["actors"] + ev["recipients"]}


def _docs(ev: dict[str, Any]) -> set[str]:
    return {Path(m["path"]).name[:3] for m in ev["mentions"]}


def test_e2e_un_meeting_is_one_event_from_two_articles(seed_events: Any) -> None:
    events, _, _ = seed_events
    hits = [e for e in events if e["event_type"] == "CONSULT" and e["date"] == "2022-09-19"
            and {"bayramov", "guterres"} <= _people(e)]
    assert len(hits) == 1, [(_people(e), e["date"]) for e in events if e["event_type"] == "CONSULT"]
    ev = hits[0]
    assert {"000", "001"} <= _docs(ev)
    assert ev["sources"] >= 2
    bayramov = next(a for a in ev["actors"] + ev["recipients"] if a["name"].endswith("Bayramov"))
    assert bayramov["country"] == "AZE"
    guterres = next(a for a in ev["actors"] + ev["recipients"] if a["name"].endswith("Guterres"))
    assert "Secretary-General" in (guterres["role"] or "")


def test_e2e_blinken_hosted_talks_are_separate(seed_events: Any) -> None:
    events, _, _ = seed_events
    hits = [e for e in events if e["event_type"] == "CONSULT" and {"bayramov", "mirzoyan"} <= _people(e)]
    assert hits, "the Bayramov-Mirzoyan talks were not found"
    assert any(e["date"] == "2022-09-19" for e in hits)
    assert all("guterres" not in _people(e) for e in hits)


def test_e2e_earlier_meeting_not_merged(seed_events: Any) -> None:
    events, _, _ = seed_events
    in_002 = [e for e in events if e["event_type"] == "CONSULT" and "002" in _docs(e)
              and {"bayramov", "guterres"} <= _people(e)]
    assert in_002, "the Guterres-Bayramov meeting of 002 was not found"
    assert all(not ({"000", "001"} & _docs(e)) for e in in_002)


def test_e2e_phone_call(seed_events: Any) -> None:
    events, _, _ = seed_events
    calls = [e for e in events if e["event_type"] == "CONSULT" and e["mode"] == "phone"
             and {"blinken", "aliyev"} <= _people(e)]
    assert calls and any(e["date"] == "2024-09-16" for e in calls)


def test_e2e_planned_visit(seed_events: Any) -> None:
    events, _, _ = seed_events
    visits = [e for e in events if e["event_type"] == "CONSULT" and e["status"] == "planned"
              and "bayramov" in _people(e) and e["date"] == "2020-08-26"]
    assert visits
    assert any(a["country"] == "RUS" for e in visits for a in e["actors"] + e["recipients"]) or any(
        (e["location"] or {}).get("country") == "RUS" for e in visits)


def test_e2e_no_event_from_link_line_and_offsets_exact(seed_events: Any) -> None:
    events, _, seeds = seed_events
    texts = {p.name: p.read_text("utf-8") for p in Path(seeds).glob("*.txt")}
    for e in events:
        for m in e["mentions"]:
            assert not m["sentence"].startswith("Also Read"), m["sentence"]
            text = texts[Path(m["path"]).name]
            assert text[m["start"]:m["end"]] == m["sentence"]


def test_e2e_no_occurred_event_after_its_article(seed_events: Any) -> None:
    events, _, _ = seed_events
    for e in events:
        if e["status"] != "occurred" or not e["date"]:
            continue
        for m in e["mentions"]:
            if m["published"]:
                assert e["date"][:10] <= m["published"], (e["date"], m["published"], m["sentence"])


def test_e2e_reingest_changes_nothing(seed_events: Any) -> None:
    first, second, _ = seed_events
    assert len(first) == len(second)
    assert sorted(sum(len(e["mentions"]) for e in first) for _ in [0]) == sorted(
        sum(len(e["mentions"]) for e in second) for _ in [0])
    assert [e["id"] for e in first] == [e["id"] for e in second]


def test_e2e_every_party_has_a_country_and_people_are_one_actor(seed_events: Any) -> None:
    """Issue 4: every actor and recipient of every seed event has a country; each named person is one actor id
    with one display name and a role."""
    events, _, _ = seed_events
    parties = [a for ev in events for a in ev["actors"] + ev["recipients"]]
    assert parties and all(a["country"] for a in parties), [a["name"] for a in parties if not a["country"]]
    people: dict[str, set[str]] = {}
    for a in parties:
        if a["kind"] == "person" and a["id"]:
            people.setdefault(a["id"], set()).add(a["name"])
            assert a["role"], a
    assert all(len(names) == 1 for names in people.values()), people
    surnames = {next(iter(n)).split()[-1] for n in people.values()}
    assert sum(1 for n in people.values() if next(iter(n)).endswith("Bayramov")) == 1
    assert len(surnames) == len(people)  # no person split into two ids
