"""One display name per actor id in listings, aliases kept; stored dictionaries; candidate narrowing (both stores)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.records import Actor, Document, Event, Location, Mention
from communique.store import DuckDBStore, EventQuery, Store
from communique.store.base import Sharing, UserDictionary, display_name


def _doc(n: int) -> Document:
    return Document(id=f"d{n}", text="x", path=f"/a/{n}.txt", published="2022-09-20")


def _person(name: str, text: str, aid: str = "person:ana-sol") -> Actor:
    return Actor(aid, name, "person", "ESP", "GOV", "Foreign Minister", f"test alias={text}", text)


def _event(eid: str, actors: list[Actor], recipients: list[Actor] | None = None, date: str | None = "2022-09-19",
           place: str | None = None, doc: int = 1) -> Event:
    return Event("CONSULT", "040", actors=actors, recipients=recipients or [], date=date,
                 date_precision={4: "year", 7: "month"}.get(len(date), "day") if date else None,
                 location=Location(place) if place else None, id=eid,
                 mentions=[Mention(f"d{doc}", None, None, "2022-09-20", "s", 0, 1)])


@pytest.mark.parametrize(("counts", "kind", "want"), [
    ({"Sol": 5, "Ana Sol": 1}, "person", "Ana Sol"),  # a person's fullest name, not the frequent surname
    ({"Ana Sol": 1, "Ana María Sol": 1}, "person", "Ana María Sol"),
    ({"Antonio Guterres": 1, "António Guterres": 1}, "person", "António Guterres"),  # a tie: the diacritics
    ({"Antonio Guterres": 3, "António Guterres": 1}, "person", "Antonio Guterres"),  # else the frequent one
    ({"Spain leadership": 2, "other high-level officials": 1}, "group", "Spain leadership"),  # most frequent
    ({"Spain leadership": 1, "officials": 1}, "group", "Spain leadership"),  # then the longer
])
def test_store_display_name_rule(counts: dict[str, int], kind: str, want: str) -> None:
    assert display_name(counts, kind) == want


def test_store_names_one_display_name_per_id_with_evidence_kept(store: Store) -> None:
    store.write_batch([_doc(1)], [_event("e1", [_person("Sol", "Sol")])], [])
    store.write_batch([_doc(2)], [_event("e2", [_person("Ana Sol", "Foreign Minister Ana Sol")], doc=2),
                                  _event("e3", [_person("Sol", "the minister")], doc=2)], [])
    listed = list(store.query_events(EventQuery()))
    assert [a.name for e in listed for a in e.actors] == ["Ana Sol"] * 3
    assert sorted(a.text or "" for e in listed for a in e.actors) == ["Foreign Minister Ana Sol", "Sol",
                                                                      "the minister"]
    assert all("alias=" in (a.resolution or "") for e in listed for a in e.actors)
    (summary,) = list(store.actors())
    assert summary.name == "Ana Sol"
    assert summary.aliases == ["Foreign Minister Ana Sol", "Sol", "the minister"]
    # every report found by the display name, also those that named the actor otherwise
    assert {e.id for e in store.actor_events("Ana Sol")} == {"e1", "e2", "e3"}
    assert {e.id for e in store.query_events(EventQuery(actor="Ana Sol"))} == {"e1", "e2", "e3"}
    # merge candidates keep each report's own name: it is written back, so the audit trail is not rewritten
    raw = store.candidate_events("CONSULT", "2022-09-01", "2022-09-30", True)
    assert sorted(a.name for e in raw for a in e.actors) == ["Ana Sol", "Sol", "Sol"]


def test_store_sharing_narrows_candidates(store: Store) -> None:
    other = Actor("country:FRA", "France", "country", "FRA")
    store.write_batch([_doc(1)], [
        _event("shares-actor", [_person("Ana Sol", "Ana Sol")]),
        _event("shares-place", [other], place="Madrid"),
        _event("same-doc", [other], doc=7),
        _event("nothing", [other], place="Paris"),
    ], [])
    narrow = Sharing(frozenset({"person:ana-sol"}), frozenset({"madrid"}), frozenset({"d7"}))
    got = {e.id for e in store.candidate_events("CONSULT", "2022-01-01", "2022-12-31", True, narrow)}
    assert got == {"shares-actor", "shares-place", "same-doc"}
    assert len(store.candidate_events("CONSULT", "2022-01-01", "2022-12-31", True)) == 4


def test_store_dictionaries_replace_by_kind_and_name(store: Store) -> None:
    v1 = UserDictionary("verbs", "my.verbs.txt", "--- SNUB [111] ---\nSNUB\n", "a")
    assert store.save_dictionary(v1) is True
    assert store.save_dictionary(v1) is False  # the same text again: nothing changes
    v2 = UserDictionary("verbs", "my.verbs.txt", "--- SNUB [112] ---\nSNUB\n", "b")
    assert store.save_dictionary(v2) is True
    store.save_dictionary(UserDictionary("discards", "my.discards.txt", "+SPORTS\n", "c"))
    assert store.dictionaries() == [UserDictionary("discards", "my.discards.txt", "+SPORTS\n", "c"), v2]
    assert store.stats()["kb_dictionaries"] == 2


def test_store_dictionaries_table_added_to_an_older_store(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with DuckDBStore(path) as s:
        s._con.execute("DROP TABLE kb_dictionaries")  # as written before dictionaries were stored
    with DuckDBStore(path, read_only=True) as s:
        assert s.dictionaries() == [] and "kb_dictionaries" not in s.stats()
    with DuckDBStore(path) as s:  # opened for writing: the table is added, nothing else changes
        assert s.save_dictionary(UserDictionary("agents", "a.agents.txt", "DIPLOMAT [~GOV]\n", "x"))
        assert [d.name for d in s.dictionaries()] == ["a.agents.txt"]


def test_store_names_group_ids_keep_each_reports_own_name(store: Store) -> None:
    """group:XXX-SEC is a coarse key: "protesters" and "citizens" of one country share it but are not one actor."""
    protesters = Actor("group:GEO-CVL", "Thousands of protesters", "group", "GEO", "CVL", text="Thousands of protesters")
    citizens = Actor("group:GEO-CVL", "Georgian citizens", "group", "GEO", "CVL", text="Georgian citizens")
    eu = Actor("org:EU", "European Union", "organization", "EUR", "GOV")
    store.write_batch([_doc(1)], [_event("e1", [protesters]), _event("e2", [protesters], doc=1),
                                  _event("e3", [eu], [citizens])], [])
    names = {e.id: [a.name for a in e.actors + e.recipients] for e in store.query_events(EventQuery())}
    assert names["e3"] == ["European Union", "Georgian citizens"]
    assert names["e1"] == ["Thousands of protesters"]


def test_store_undated_events_follow_their_first_report(store: Store) -> None:
    """Dated events first by date; undated ones by their earliest article's publication date, then id."""
    def ev(eid: str, date: str | None, published: list[str | None]) -> Event:
        e = _event(eid, [_person("Ana Sol", "Ana Sol")], date=date)
        e.mentions = [Mention(f"d{i}", None, None, p, "s", 0, 1) for i, p in enumerate(published)]
        return e

    store.write_batch([_doc(1)], [ev("a-late", None, ["2023-05-02"]), ev("b-early", None, ["2023-06-01", "2021-01-01"]),
                                  ev("c-none", None, [None]), ev("d-dated", "2024-01-01", ["2024-01-02"])], [])
    assert [e.id for e in store.query_events(EventQuery())] == ["d-dated", "b-early", "a-late", "c-none"]


@pytest.mark.parametrize(("text", "anaphor"), [
    ("I", True), ("He", True), ("the sides", True), ("The two countries", True), ("both parties", True),
    ("Ana Sol", False), ("the minister", False), ("Foreign Minister Ana Sol", False), ("Iran", False),
])
def test_store_names_pronouns_and_group_anaphors_are_not_aliases(store: Store, text: str, anaphor: bool) -> None:
    store.write_batch([_doc(1)], [_event("e1", [_person("Ana Sol", "Ana Sol")]),
                                  _event("e2", [_person("Ana Sol", text)])], [])
    (summary,) = list(store.actors())
    assert (text in summary.aliases) is (not anaphor and text != "Ana Sol")
    # the evidence keeps the report's own words either way
    assert text in {a.text for e in store.query_events(EventQuery()) for a in e.actors}
