"""A gathering named as the time of another act ("agreed during talks with X", "complained during the summit") took
place then: it is neither what is agreed nor the target of the complaint. Sentences written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import candidates


def test_status_talks_during_which_an_act_happened_occurred() -> None:
    events = candidates("Russia agreed during talks with Iran on Monday to supply nuclear fuel.",
                        published="2005-11-29")
    talks = [e for e in events if e.event_type == "CONSULT"]
    assert talks and talks[0].status == "occurred" and talks[0].date == "2005-11-28"


def test_status_gathering_owner_is_no_target_of_a_complaint() -> None:
    events = candidates("Zambian President Levy Mwanawasa complained during the Commonwealth summit in Malta that "
                        "price cuts hurt poor farmers.", published="2005-11-29")
    complaints = [e for e in events if e.event_type == "ACCUSE"]
    assert complaints and all(r.country != "IGO" and "Commonwealth" not in r.name for r in complaints[0].recipients)
