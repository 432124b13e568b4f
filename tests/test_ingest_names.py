"""Canonical display names: a KB-defined actor id is shown under the KB entry's name, the report's kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.ingest import ingest
from communique.kb import get_kb
from communique.pipeline.canonical import canonical_names
from communique.records import Actor, Event
from communique.store import EventQuery, MemoryStore


@pytest.mark.parametrize(("aid", "reported", "want"), [
    ("person:antonio-guterres", "Antonio Guterres", "António Guterres"),  # the KB's spelling
    ("country:AZE", "Azerbaijani", "Azerbaijan"),
    ("org:UNO", "UN", "United Nations"),
    ("group:AZE-GOV", "Azerbaijani officials", "Azerbaijani officials"),  # not a KB entry: left to the store
    ("person:zz-nobody", "Zz Nobody", "Zz Nobody"),
])
def test_ingest_names_kb_canonical_name(aid: str, reported: str, want: str) -> None:
    a = Actor(aid, reported, "person", resolution="rule:x", text=f"the {reported}")
    canonical_names([Event("CONSULT", "040", actors=[a])], get_kb())
    assert a.name == want
    assert a.text == f"the {reported}"  # the surface text is evidence: never rewritten
    if want != reported:
        assert a.resolution == f"rule:x; name:kb {want!r} (report: {reported!r})"
    else:
        assert a.resolution == "rule:x"


A = (" date 2023-03-14 x\nUN Secretary-General Antonio Guterres met Finnish President Sauli Niinisto in "
     "Helsinki on March 13.\n")
B = (" date 2023-05-20 x\nUN Secretary-General António Guterres praised Estonia on Friday.\n")


@pytest.mark.slow
def test_ingest_names_one_name_across_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(A, "utf-8")
    (folder / "b.txt").write_text(B, "utf-8")
    store = MemoryStore()
    assert ingest([folder], store).ok
    shown = {a.name for e in store.query_events(EventQuery()) for a in [*e.actors, *e.recipients]
             if a.id == "person:antonio-guterres"}
    assert shown == {"António Guterres"}
    (summary,) = list(store.actors("Guterres"))
    assert summary.name == "António Guterres"
    assert "UN Secretary-General Antonio Guterres" in summary.aliases  # the unaccented report is an alias


def test_ingest_names_user_entries_give_the_name() -> None:
    from communique.kb.entries import KBExtra, OrgEntry, PersonEntry

    kb = get_kb().with_extra(KBExtra(people=[PersonEntry("user:q1", "Zorana Vukotić")],
                                     organizations=[OrgEntry("UNO", "The United Nations Organization")]))
    assert kb.canonical_name("user:q1") == "Zorana Vukotić"
    assert kb.canonical_name("org:UNO") == "The United Nations Organization"  # the user's entry wins
    assert get_kb().canonical_name("user:q1") is None
