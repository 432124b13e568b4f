"""Merging reports of the same event: within one article, across articles, and clustering (hand-built events)."""

from __future__ import annotations

import pytest

from communique.pipeline.merge import (
    CLUSTER_THRESHOLD,
    MERGE_THRESHOLD,
    cluster,
    combine,
    dates_compatible,
    lemma_key,
    merge_into,
    merge_within_document,
    same_event,
    trigger_similarity,
)
from communique.records import Actor, Event, Location, Mention, Span


def actor(key: str | None, name: str = "") -> Actor:
    return Actor(id=key, name=name or (key or "the parties"), kind="country" if key else "group")


def event(
    trigger: str = "met",
    event_type: str = "CONSULT",
    cameo: str = "040",
    actors: tuple[str | None, ...] = ("country:AAA",),
    recipients: tuple[str | None, ...] = ("country:BBB",),
    date: str | None = None,
    precision: str | None = None,
    doc: str = "d1",
    published: str | None = "2024-03-02",
    start: int = 0,
    status: str = "occurred",
    confidence: float = 0.5,
    place: str | None = None,
) -> Event:
    sentence = f"sentence {start} {trigger}"
    return Event(
        event_type=event_type, cameo=cameo, status=status, date=date, date_precision=precision,
        date_text=date, actors=[actor(a) for a in actors], recipients=[actor(r) for r in recipients],
        location=Location(place) if place else None, confidence=confidence,
        mentions=[Mention(doc, None, None, published, sentence, start, start + len(sentence))],
        trigger=Span(trigger, start, start + len(trigger)),
    )


# ------------------------------------------------------------------------------------------------ within document


def test_merge_within_document_joins_duplicate_report() -> None:
    first = event(start=0, precision=None)
    second = event(trigger="talks", start=100, date="2024-03-01", precision="day", confidence=0.9)
    merged = merge_within_document([first, second])
    assert len(merged) == 1
    assert len(merged[0].mentions) == 2
    assert merged[0].date == "2024-03-01" and merged[0].date_precision == "day"
    assert merged[0].date_text == "2024-03-01"
    assert merged[0].confidence == 0.9


def test_merge_within_document_attaches_anaphoric_follow_up() -> None:
    meeting = event(start=0)
    follow_up = event(trigger="discussed", actors=(None,), recipients=(), start=200)
    merged = merge_within_document([meeting, follow_up])
    assert len(merged) == 1
    assert {a.id for a in merged[0].actors + merged[0].recipients} == {"country:AAA", "country:BBB"}
    assert len(merged[0].mentions) == 2


def test_merge_within_document_follow_up_needs_an_earlier_actor() -> None:
    # "a new attack blamed on a US officer ..." (no one named as blaming), then "a landlords' group denounced
    # the government move": the group's charge is no report of the actor-less one
    blamed = event(trigger="blamed", event_type="ACCUSE", cameo="112", actors=(), recipients=("group:USA-MIL",))
    denounced = event(trigger="denounced", event_type="ACCUSE", cameo="111", actors=(None,), recipients=(),
                      start=300)
    assert len(merge_within_document([blamed, denounced])) == 2


def test_merge_within_document_attaches_subset_of_participants() -> None:
    meeting = event(actors=("country:AAA", "country:CCC"), start=0)
    later = event(trigger="talks", actors=("country:AAA",), recipients=(), start=150)
    assert len(merge_within_document([meeting, later])) == 1


@pytest.mark.parametrize(("first", "second", "merged"), [
    (("country:BBB",), ("country:BBB", "country:CCC"), 1),  # the shorter report first, the fuller one later
    (("country:BBB", "country:CCC"), ("country:BBB",), 1),  # the fuller one first
    (("country:BBB",), ("country:CCC",), 2),                 # another party asked: another request
])
def test_merge_within_document_directed_report_shorter_or_fuller(first: tuple[str, ...], second: tuple[str, ...],
                                                                  merged: int) -> None:
    a = event(trigger="asked", event_type="REQUEST", cameo="020", recipients=first, start=0)
    b = event(trigger="asked", event_type="REQUEST", cameo="020", recipients=second, start=120)
    assert len(merge_within_document([a, b])) == merged


def test_merge_within_document_keeps_explicitly_different_dates_apart() -> None:
    a = event(date="2024-03-01", precision="day", start=0)
    b = event(date="2024-05-10", precision="day", start=100)
    assert len(merge_within_document([a, b])) == 2


def test_merge_within_document_keeps_order_of_first_mention_and_types_apart() -> None:
    meeting = event(start=0)
    accusation = event(trigger="accused", event_type="ACCUSE", cameo="112", start=50)
    follow_up = event(trigger="discussed", actors=(None,), recipients=(), start=120)
    merged = merge_within_document([meeting, accusation, follow_up])
    assert [e.event_type for e in merged] == ["CONSULT", "ACCUSE"]
    assert len(merged[0].mentions) == 2 and len(merged[1].mentions) == 1


def test_merge_within_document_occurred_report_wins_over_planned() -> None:
    planned = event(status="planned", date="2024-03-01", precision="day", start=0)
    occurred = event(status="occurred", date="2024-03-01", precision="day", start=90)
    merged = merge_within_document([planned, occurred])
    assert len(merged) == 1 and merged[0].status == "occurred"


def test_merge_within_document_keeps_new_participants_out_of_follow_up() -> None:
    meeting = event(start=0)
    other = event(actors=("country:CCC",), recipients=("country:DDD",), start=90)
    assert len(merge_within_document([meeting, other])) == 2


# -------------------------------------------------------------------------------------------------- combine


def test_merge_combine_takes_most_specific_cameo_and_unions_actors() -> None:
    a = event(cameo="040", recipients=("country:BBB",))
    b = event(cameo="042", recipients=("country:CCC",), start=80)
    merged = combine(a, b)
    assert merged.cameo == "042"
    assert [r.id for r in merged.recipients] == ["country:BBB", "country:CCC"]
    assert a.cameo == "040" and len(a.mentions) == 1  # inputs untouched


def test_merge_combine_keeps_both_sides_of_a_reciprocal_act() -> None:
    """"The two countries blame each other" merged with another report: each side stays a recipient too (a party
    is otherwise never both actor and recipient of one event)."""
    from msgspec.structs import replace

    from communique.records import RECIPROCAL_RULE
    a = event("blame", "ACCUSE", "112", actors=("country:AAA", "country:BBB"), recipients=("country:AAA", "country:BBB"))
    a.recipients = [replace(r, resolution=f"{RECIPROCAL_RULE} 'each other'") for r in a.recipients]
    b = event("condemned", "ACCUSE", "111", actors=(), recipients=(), start=80)
    assert [r.id for r in combine(a, b).recipients] == ["country:AAA", "country:BBB"]
    plain = event("blame", "ACCUSE", "112", actors=("country:AAA", "country:BBB"), recipients=("country:BBB",))
    assert [r.id for r in combine(plain, b).recipients] == []  # not reciprocal: an actor is no recipient


@pytest.mark.parametrize(("text", "etype", "mutual"), [
    ("Armenia and Azerbaijan blamed each other on Monday for the clashes. Both countries blamed each other for the "
     "deaths of three soldiers.", "ACCUSE", True),
    # "each other" of a joined verb is no recipient of the first act
    ("Syria and Iran condemned the bombing on Monday and promised to stand by each other. Syria and Iran also "
     "condemned the bombing in a joint statement.", "ACCUSE", False),
])
def test_merge_reciprocal_only_for_the_events_own_verb(text: str, etype: str, mutual: bool) -> None:
    from tests.helpers.pipeline import candidates
    found = [e for e in candidates(text, published="2005-03-08") if e.event_type == etype]
    assert found
    assert bool(found[0].recipients) == mutual, [(r.name, r.resolution) for r in found[0].recipients]


def test_merge_combine_does_not_add_a_mention_twice() -> None:
    a = event()
    assert len(combine(a, a).mentions) == 1


# ---------------------------------------------------------------------------------------------- across documents


def test_merge_same_event_joins_same_meeting_from_two_outlets() -> None:
    first = event(date="2024-03-01", precision="day", doc="outlet-a", published="2024-03-01")
    second = event(trigger="held talks", doc="outlet-b", published="2024-03-02")  # undated, reported next day
    assert same_event(first, second) >= MERGE_THRESHOLD
    plan = merge_into([first], [second])
    assert plan.attach == {0: 0} and plan.create == []


def test_merge_same_event_consult_is_symmetric() -> None:
    first = event(date="2024-03-01", precision="day", doc="a")
    swapped = event(actors=("country:BBB",), recipients=("country:AAA",), date="2024-03-01", precision="day", doc="b")
    assert same_event(first, swapped) >= MERGE_THRESHOLD


def test_merge_same_event_directed_types_keep_roles() -> None:
    kw = {"event_type": "ACCUSE", "cameo": "112", "trigger": "accused", "date": "2024-03-01", "precision": "day"}
    a = event(actors=("country:AAA",), recipients=("country:BBB",), doc="a", **kw)  # type: ignore[arg-type]
    b = event(actors=("country:BBB",), recipients=("country:AAA",), doc="b", **kw)  # type: ignore[arg-type]
    assert same_event(a, b) < MERGE_THRESHOLD


def test_merge_same_event_keeps_same_people_a_year_apart() -> None:
    old = event(date="2023-03-01", precision="day", doc="a", published="2023-03-01")
    new = event(date="2024-03-01", precision="day", doc="b", published="2024-03-01")
    assert same_event(old, new) == 0.0
    assert merge_into([old], [new]).create == [0]


def test_merge_same_event_never_merges_undated_event_of_undated_document() -> None:
    dated = event(date="2024-03-01", precision="day", doc="a", published="2024-03-01")
    undated = event(doc="b", published=None)
    assert same_event(dated, undated) == 0.0
    assert same_event(undated, event(doc="c", published=None)) == 0.0


@pytest.mark.parametrize(
    ("pub_a", "pub_b", "compatible"),
    [("2024-03-01", "2024-03-03", True), ("2024-03-01", "2024-04-20", False), ("2024-03-01", None, False)],
)
def test_merge_dates_compatible_for_two_undated_reports(pub_a: str, pub_b: str | None, compatible: bool) -> None:
    assert dates_compatible(event(doc="a", published=pub_a), event(doc="b", published=pub_b)) is compatible


@pytest.mark.parametrize(
    ("date_a", "prec_a", "date_b", "prec_b", "compatible"),
    [
        ("2024-03-01", "day", "2024-03", "month", True),
        ("2024-03-01", "day", "2024-04", "month", False),
        ("2024-03-01", "day", "2024", "year", True),
        ("2024-03-01", "day", "2024-03-02", "day", False),
        ("2024-03-01", "day", "2024-W09", "week", True),  # Feb 26 - Mar 3
        ("2024-03-04", "day", "2024-W09", "week", False),
        ("2024-W09", "week", "2024-02", "month", True),  # a week across two months meets both
        ("2024-W09", "week", "2024-03", "month", True),
        ("2024-W09", "week", "2024-04", "month", False),
        ("2024-W09", "week", "2024-W10", "week", False),
        ("2020-W53", "week", "2021", "year", True),  # ISO 2020-W53 ends on 2021-01-03
    ],
)
def test_merge_dates_compatible_at_coarser_precision(
    date_a: str, prec_a: str, date_b: str, prec_b: str, compatible: bool
) -> None:
    a = event(date=date_a, precision=prec_a, doc="a")
    b = event(date=date_b, precision=prec_b, doc="b")
    assert dates_compatible(a, b) is compatible


def test_merge_dated_event_outside_recent_window_of_undated_report_stays_apart() -> None:
    dated = event(date="2024-01-10", precision="day", doc="a", published="2024-01-10")
    undated = event(doc="b", published="2024-03-02")
    assert same_event(dated, undated) == 0.0


@pytest.mark.parametrize(("published", "compatible"), [
    ("2024-03-05", True), ("2024-03-07", True), ("2024-03-08", False), ("2024-02-25", False)])
def test_merge_week_dated_event_and_undated_report_of_the_following_days(published: str, compatible: bool) -> None:
    dated = event(date="2024-W09", precision="week", doc="a", published="2024-03-04")  # Feb 26 - Mar 3
    assert dates_compatible(dated, event(doc="b", published=published)) is compatible


def test_merge_combine_prefers_a_day_over_a_week_and_a_week_over_a_month() -> None:
    week = event(date="2024-W09", precision="week", doc="a")
    assert combine(event(date="2024-03", precision="month", doc="b"), week).date == "2024-W09"
    assert combine(week, event(date="2024-03-01", precision="day", doc="c")).date == "2024-03-01"


def test_merge_planned_and_occurred_on_same_date_merge_keeping_occurred() -> None:
    planned = event(status="planned", date="2024-03-01", precision="day", doc="a", published="2024-02-25")
    occurred = event(status="occurred", date="2024-03-01", precision="day", doc="b")
    assert same_event(planned, occurred) >= MERGE_THRESHOLD
    assert combine(planned, occurred).status == "occurred"


def test_merge_into_is_idempotent_for_the_same_document() -> None:
    doc_events = merge_within_document([event(start=0), event(trigger="talks", start=90, date="2024-03-01",
                                                                  precision="day")])
    existing = list(doc_events)
    plan = merge_into(existing, doc_events)
    assert plan.create == [] and plan.attach == {0: 0}
    again = combine(existing[0], doc_events[0])
    assert len(again.mentions) == len(existing[0].mentions) == 2
    assert again.public() == existing[0].public()


def test_merge_into_creates_every_unmatched_new_event() -> None:
    a = event(date="2024-03-01", precision="day", doc="a")
    b = event(actors=("country:CCC",), recipients=("country:BBB",), date="2024-03-01", precision="day", doc="a",
              start=60)
    plan = merge_into([], [a, b])
    assert plan.create == [0, 1] and plan.attach == {}


@pytest.mark.parametrize(
    ("first", "second", "merges"),
    [
        (("country:AAA", "country:BBB"), ("country:AAA", "country:BBB"), True),
        (("country:AAA", "country:BBB"), ("country:AAA",), True),
        (("country:AAA", "country:BBB"), ("country:AAA", "country:CCC"), False),
        (("country:AAA", "country:BBB", "country:CCC"), ("country:AAA", "country:BBB", "country:DDD"), True),
    ],
)
def test_merge_consult_participant_sets(first: tuple[str, ...], second: tuple[str, ...], merges: bool) -> None:
    a = event(actors=first, recipients=(), date="2024-03-01", precision="day", doc="a")
    b = event(trigger="talks", actors=second, recipients=(), date="2024-03-01", precision="day", doc="b")
    assert (same_event(a, b) >= MERGE_THRESHOLD) is merges


@pytest.mark.parametrize(
    ("other", "relation"),
    [
        (Location("Vienna", "AUT", 48.2, 16.37), "same"),
        (Location("Cairo", "EGY", 30.04, 31.24), "different"),
        (Location("Salzburg", "AUT", 47.8, 13.04), "different"),
        (Location("Austria", "AUT"), "unknown"),
    ],
)
def test_merge_place_comparison(other: Location, relation: str) -> None:
    a = event(date="2024-03-01", precision="day", doc="a")
    a.location = Location("Vienna", "AUT", 48.2, 16.37)
    b = event(date="2024-03-01", precision="day", doc="b")
    nowhere = event(date="2024-03-01", precision="day", doc="c")
    b.location = other
    expected = {"same": same_event(a, nowhere) + 0.1, "different": same_event(a, nowhere) - 0.25,
                "unknown": same_event(a, nowhere)}[relation]
    assert same_event(a, b) == pytest.approx(min(1.0, expected))


def test_merge_different_places_lower_the_score() -> None:
    a = event(date="2024-03-01", precision="day", doc="a", place="Vienna")
    b = event(date="2024-03-01", precision="day", doc="b", place="Vienna")
    c = event(date="2024-03-01", precision="day", doc="c", place="Cairo")
    assert same_event(a, b) > same_event(a, c)


# ------------------------------------------------------------------------------------------------ triggers, cluster


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("met", "meet"), ("meetings", "meet"), ("arrested", "arrest"), ("killings", "kill"), ("talks", "talk"),
     ("stopped", "stop"), ("shooting", "shoot"), ("deaths", "die"), ("strikes", "strike"), ("crashes", "crash"),
     ("business", "business"), ("announced", "announce"), ("sees", "see"), ("slayings", "slay"),
     ("hung", "hang"), ("robbery", "rob"), ("dismissal", "dismiss"), ("placed", "place")],
)
def test_merge_lemma_key(word: str, lemma: str) -> None:
    assert lemma_key(word) == lemma


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("met", "meeting", 1.0), ("nominated", "nomination", 0.95), ("earthquake", "quake", 0.9),
     ("arrested", "resigned", 0.0), ("discovered", "found", 0.9), ("heist", "robbery", 0.9),
     ("blaze", "fire", 0.9), ("fired", "dismissal", 0.9), ("damaged", "resigned", 0.0)],
)
def test_merge_trigger_similarity(a: str, b: str, expected: float) -> None:
    ea = event(trigger=a, event_type="EVENT", cameo="")
    eb = event(trigger=b, event_type="EVENT", cameo="")
    assert trigger_similarity(ea, eb) == expected


def test_merge_cluster_groups_same_event_reports() -> None:
    reports = [
        event(date="2024-03-01", precision="day", doc="a"),
        event(trigger="accused", event_type="ACCUSE", cameo="112", date="2024-03-01", precision="day", doc="a",
              start=50),
        event(trigger="talks", date="2024-03-01", precision="day", doc="b"),
        event(date="2023-03-01", precision="day", doc="c"),
    ]
    assert cluster(reports) == [[0, 2], [1], [3]]
    assert cluster(reports) == cluster(reports)
    assert cluster([]) == []


def test_merge_cluster_average_link_cut_is_below_pair_threshold() -> None:
    """Two same-trigger reports with no participants (0.65) and a synonym report (0.585 with each): one event at
    the default cut; a cut above the synonym score splits off the synonym report."""
    reports = [event(trigger="arrested", event_type="EVENT", cameo="", doc=d, actors=(), recipients=())
               for d in ("a", "b")]
    reports.append(event(trigger="detained", event_type="EVENT", cameo="", doc="c", actors=(), recipients=()))
    assert cluster(reports, same_period=True) == [[0, 1, 2]]
    assert cluster(reports, same_period=True, threshold=0.6) == [[0, 1], [2]]
    assert CLUSTER_THRESHOLD < MERGE_THRESHOLD


def test_merge_cluster_same_period_lets_undated_reports_merge() -> None:
    reports = [event(doc="a", published=None, actors=(), recipients=()),
               event(doc="b", published=None, actors=(), recipients=())]
    assert cluster(reports) == [[0], [1]]
    assert cluster(reports, same_period=True) == [[0, 1]]


def test_merge_into_is_idempotent_after_cross_document_attachment() -> None:
    first = event(date="2024-03-01", precision="day", doc="outlet-a", published="2024-03-01")
    second = event(trigger="held talks", doc="outlet-b", published="2024-03-02", start=40)
    stored = combine(first, second)
    plan = merge_into([stored], [second])
    assert plan.attach == {0: 0}
    assert combine(stored, second).public() == stored.public()


def test_merge_same_sentence_events_are_not_the_same_report() -> None:
    a = event(doc="a", start=0)
    b = event(trigger="accused", event_type="ACCUSE", cameo="112", doc="a", start=0)
    assert same_event(a, b) == 0.0


def test_merge_combine_never_keeps_a_party_on_both_sides() -> None:
    from communique.pipeline.merge import combine
    from communique.records import Actor, Event, Mention

    a = Actor("person:a-b", "A B", "person")
    c = Actor("person:c-d", "C D", "person")
    m1 = Mention("d1", None, None, "2023-01-02", "s1", 0, 2)
    m2 = Mention("d1", None, None, "2023-01-02", "s2", 3, 5)
    first = Event(event_type="REQUEST", cameo="020", actors=[a], recipients=[c], mentions=[m1])
    second = Event(event_type="REQUEST", cameo="020", actors=[c], recipients=[a], mentions=[m2])
    merged = combine(first, second)
    ids_a = {x.id for x in merged.actors}
    assert ids_a and not ids_a & {x.id for x in merged.recipients}


def test_merge_within_document_directed_events_keep_their_sides_apart() -> None:
    from communique.pipeline.merge import merge_within_document
    from communique.records import Actor, Event, Mention

    un = Actor("org:UNO", "United Nations", "organization", "UNO")
    aze = Actor("country:AZE", "Azerbaijan", "country", "AZE")
    praise = Event(event_type="SUPPORT", cameo="051", actors=[un], recipients=[aze],
                   mentions=[Mention("d", None, None, None, "a", 0, 1)])
    back = Event(event_type="SUPPORT", cameo="051", actors=[aze], recipients=[un],
                 mentions=[Mention("d", None, None, None, "b", 2, 3)])
    again = Event(event_type="SUPPORT", cameo="051", actors=[un], recipients=[],
                  mentions=[Mention("d", None, None, None, "c", 4, 5)])
    merged = merge_within_document([praise, back, again])
    assert len(merged) == 2  # the reverse praise stays apart; the follow-up by the same actor joins the first
    assert [a.id for a in merged[0].actors] == ["org:UNO"] and [a.id for a in merged[0].recipients] == ["country:AZE"]


@pytest.mark.parametrize(("type_", "code_a", "code_b", "merges"), [
    ("SUPPORT", "051", "057", False),  # praising and signing an agreement are two acts
    ("AID", "071", "072", False),
    ("SUPPORT", "050", "057", True),  # an unspecific code may be either
    ("ACCUSE", "111", "112", True),  # criticised / accused: one statement worded two ways
    ("CONSULT", "042", "043", True),  # a visit and hosting it are one meeting
])
def test_merge_same_type_with_different_specific_acts(type_: str, code_a: str, code_b: str, merges: bool) -> None:
    a = event(trigger="praised", event_type=type_, cameo=code_a, doc="a", start=0, place="Nairobi")
    b = event(trigger="signed", event_type=type_, cameo=code_b, doc="a", start=50, place="Nairobi")
    assert (same_event(a, b) >= MERGE_THRESHOLD) is merges


# ------------------------------------------------------------------- undated copies naming unresolved parties


def named(names_a: tuple[str, ...], names_r: tuple[str, ...], **kw: object) -> Event:
    """An undated THREATEN report whose parties the KB could not resolve (no ids, only names)."""
    ev = event(trigger="threatened", event_type="THREATEN", cameo="130", actors=(), recipients=(), **kw)  # type: ignore[arg-type]
    ev.actors = [actor(None, n) for n in names_a]
    ev.recipients = [actor(None, n) for n in names_r]
    return ev


def test_merge_undated_copies_naming_the_same_unresolved_parties_merge() -> None:
    a = named(("farmers union",), ("ministry",), doc="outlet-a", published="2024-03-01")
    b = named(("The Farmers  Union",), ("the ministry",), doc="outlet-b", published="2024-03-03")
    assert same_event(a, b) >= MERGE_THRESHOLD
    assert merge_into([a], [b]).attach == {0: 0}
    # one side naming a party the other leaves out is still the same report (wire copy trimmed by an outlet)
    assert same_event(a, named(("farmers union",), (), doc="outlet-c", published="2024-03-02")) >= MERGE_THRESHOLD


@pytest.mark.parametrize(
    "other",
    [
        named(("teachers union",), ("ministry",), doc="b", published="2024-03-02"),  # another party
        named(("farmers union",), ("parliament",), doc="b", published="2024-03-02"),  # threatened someone else
        named(("farmers union",), ("ministry",), doc="b", published="2024-04-20"),  # published weeks later
        named(("farmers union",), ("ministry",), doc="b", published="2024-03-02", place="Lima"),  # elsewhere
        named(("farmers union",), ("ministry",), doc="b", published="2024-03-02", status="hypothetical"),
        named((), (), doc="b", published="2024-03-02"),  # says nothing of who
    ],
    ids=["other-party", "other-recipient", "weeks-later", "other-place", "other-status", "no-parties"],
)
def test_merge_undated_reports_of_different_events_stay_apart(other: Event) -> None:
    base = named(("farmers union",), ("ministry",), doc="a", published="2024-03-01", place="Nairobi")
    assert same_event(base, other) < MERGE_THRESHOLD


def test_merge_undated_reports_of_another_type_stay_apart() -> None:
    base = named(("farmers union",), ("ministry",), doc="a", published="2024-03-01")
    protest = named(("farmers union",), ("ministry",), doc="b", published="2024-03-02")
    protest.event_type, protest.cameo = "PROTEST", "140"
    assert same_event(base, protest) == 0.0


def test_merge_names_do_not_override_resolved_ids() -> None:
    """Resolved ids that conflict keep two reports apart whatever names they share."""
    a = event(actors=("country:AAA",), recipients=("country:BBB",), doc="a", published="2024-03-01")
    b = event(actors=("country:AAA",), recipients=("country:CCC",), doc="b", published="2024-03-02")
    b.recipients = [Actor("country:CCC", a.recipients[0].name, "country")]
    assert same_event(a, b) < MERGE_THRESHOLD


def _attack(actor_: Actor, start: int, recipients: tuple[str | None, ...] = ()) -> Event:
    ev = event(trigger="attack", event_type="ASSAULT", cameo="190", actors=(), recipients=recipients,
               date="2024-03-01", precision="day", start=start)
    ev.actors = [actor_]
    return ev


def test_merge_within_document_attack_attributed_later_replaces_unidentified_attackers() -> None:
    unknown = Actor(id="group:AAA-UAF", name="unidentified attackers", kind="group", country="AAA", sector="UAF")
    rebels = Actor(id="group:AAA-REB", name="the movement's fighters", kind="group", country="AAA", sector="REB")
    merged = merge_within_document([_attack(unknown, 0, ("country:BBB",)), _attack(rebels, 100)])
    assert len(merged) == 1
    assert [a.name for a in merged[0].actors] == ["the movement's fighters"]
    assert [r.id for r in merged[0].recipients] == ["country:BBB"] and len(merged[0].mentions) == 2


def test_merge_within_document_attack_on_another_target_stays_apart() -> None:
    unknown = Actor(id="group:AAA-UAF", name="unidentified attackers", kind="group", country="AAA", sector="UAF")
    rebels = Actor(id="group:AAA-REB", name="rebels", kind="group", country="AAA", sector="REB")
    merged = merge_within_document([_attack(unknown, 0, ("country:BBB",)), _attack(rebels, 100, ("country:CCC",))])
    assert len(merged) == 2


def _planned(parties: list[Actor], recipients: list[Actor], start: int, cameo: str = "040") -> Event:
    ev = event(trigger="talks", cameo=cameo, actors=(), recipients=(), start=start, status="planned")
    ev.actors, ev.recipients = parties, recipients
    return ev


def test_merge_within_document_planned_talks_by_group_and_by_name_are_one() -> None:
    ministers = Actor(id="group:AAA-GOV", name="the foreign ministers of AAA", kind="group", country="AAA", sector="GOV")
    bbb = Actor(id="country:BBB", name="BBB", kind="country", country="BBB")
    minister = Actor(id="person:x", name="X", kind="person", country="AAA", sector="GOV")
    merged = merge_within_document([_planned([ministers, bbb], [], 0), _planned([minister], [bbb], 100, "042")])
    assert len(merged) == 1 and len(merged[0].mentions) == 2
    assert [a.name for a in merged[0].actors] == ["X"] and merged[0].cameo == "042"


def test_merge_within_document_planned_talks_of_named_people_stay_apart() -> None:
    a1 = Actor(id="person:x", name="X", kind="person", country="AAA", sector="GOV")
    a2 = Actor(id="person:y", name="Y", kind="person", country="AAA", sector="GOV")
    bbb = Actor(id="person:z", name="Z", kind="person", country="BBB", sector="GOV")
    assert len(merge_within_document([_planned([a1], [bbb], 0), _planned([a2], [bbb], 100)])) == 2


def _held(parties: list[Actor], recipients: list[Actor], start: int, cameo: str = "040") -> Event:
    ev = event(trigger="talks", cameo=cameo, actors=(), recipients=(), start=start, status="occurred")
    ev.actors, ev.recipients = parties, recipients
    return ev


_LEADERS = [Actor(id=f"group:{c}-GOV", name=f"{c} leaders", kind="group", country=c, sector="GOV")
            for c in ("AAA", "BBB")]
_NAMED = ([Actor(id="person:x", name="X", kind="person", country="AAA", sector="GOV")],
          [Actor(id="person:z", name="Z", kind="person", country="BBB", sector="GOV")])


@pytest.mark.parametrize(("grouped", "start", "merged"), [
    (_LEADERS, 100, True),     # "X headed for BBB for talks with Z" ... "the AAA and BBB leaders are meeting"
    (_LEADERS, 0, False),      # in the same sentence: two readings of two acts
    ([Actor(id="group:AAA", name="AAA travellers", kind="group", country="AAA"),  # "AAA travellers visiting BBB":
      Actor(id="country:BBB", name="BBB", kind="country", country="BBB")], 100, False),  # no officials' meeting
])
def test_merge_within_document_talks_held_by_officials_and_by_name_are_one(grouped: list[Actor], start: int,
                                                                           merged: bool) -> None:
    out = merge_within_document([_held(*_NAMED, 0, "042"), _held(grouped, [], start)])
    assert (len(out) == 1) is merged
    if merged:
        assert [a.name for a in out[0].actors] == ["X"] and len(out[0].mentions) == 2


def test_merge_combine_meeting_without_initiator_takes_the_other_reports_parties() -> None:
    """"will be discussed at a meeting of the ministers" read twice: once with the ministers as the object of
    "discussed" (no initiator), once as the meeting's parties; the merged meeting has them as its actors."""
    from communique.pipeline.merge import combine

    ministers = "group:ministers"
    no_initiator = event(actors=(), recipients=(ministers,), status="planned")
    meeting = event(trigger="meeting", actors=(ministers,), recipients=(), status="planned", start=40)
    merged = combine(no_initiator, meeting)
    assert [a.id for a in merged.actors] == [ministers]
    assert merged.recipients == []


def test_merge_combine_a_report_dated_by_the_story_day_does_not_make_a_plan_occur() -> None:
    """A planned visit merged with an occurred report whose date was only inherited from the story's day
    ("story-day:...") stays planned: the inherited day is no evidence that the visit took place."""
    from communique.pipeline.merge import combine

    plan = event(status="planned", date="2024-03-04", precision="day")
    plan.date_rule = "weekday-future;attached-to-trigger;tense=future"
    inherited = event(status="occurred", date="2024-03-03", precision="day", start=40)
    inherited.date_rule = "story-day:published"  # one day off a deictic date: not explicitly different
    assert combine(plan, inherited).status == "planned"
    inherited.date_rule = "weekday-past;attached-to-trigger;tense=past"
    assert combine(plan, inherited).status == "occurred"


@pytest.mark.parametrize("done_date, merged", [
    ("2024-02-20", False),  # stated to have taken place before the plan was reported: another meeting
    ("2024-W07", False),
    ("2024-03-05", True),  # on or after the plan's report: may be what was planned
    (None, True),  # undated: nothing says otherwise
])
def test_merge_within_document_past_event_is_not_the_planned_one(done_date: str | None, merged: bool) -> None:
    planned = event(trigger="will hold talks", status="planned", start=0, published="2024-03-02")
    done = event(trigger="made a trip", status="occurred", start=200, date=done_date,
                 precision="week" if done_date and "W" in done_date else "day", published="2024-03-02")
    assert (len(merge_within_document([planned, done])) == 1) == merged
