"""Places: event locations from locative phrases in the evidence sentence, resolved through the KB."""

from __future__ import annotations

import pytest

from communique.kb import get_kb
from communique.pipeline import nlp
from communique.pipeline.places import country_hints, place_in_context, resolve_places
from communique.records import ActorRef, Document, Event, Location, Mention, Span

HEADER = " date 2024-01-01 header line\n\n"


def _run(sentence: str, trigger: str, actor: str | None = None, location_text: str | None = None) -> Event:
    text = HEADER + sentence
    body_start = len(HEADER)
    document = Document(id="d1", text=text, published="2024-01-01", body_start=body_start)
    sdoc = nlp.parse_text(sentence)
    at = text.index(trigger, body_start)
    refs = []
    if actor:
        a = text.index(actor, body_start)
        refs.append(ActorRef(text=actor, start=a, end=a + len(actor), head=a))
    event = Event(event_type="CONSULT", cameo="040", trigger=Span(trigger, at, at + len(trigger)),
                  actor_refs=refs, location_text=location_text,
                  mentions=[Mention("d1", None, None, "2024-01-01", sentence, body_start, len(text))])
    resolve_places(document, sdoc, [event], get_kb())
    return event


@pytest.mark.parametrize("sentence,trigger,name,iso3,rule", [
    ("The foreign ministers have in New York discussed bilateral cooperation.", "discussed", "New York City", "USA",
     "rule:prep-in-city"),
    ("The two ministers met in the capital Baku on Monday.", "met", "Baku", "AZE", "rule:prep-in-city"),
    ("Talks were held in the city of Shusha on Friday.", "held", "Shusha", "AZE", "rule:prep-in-city"),
    ("The president paid a visit to Ankara last week.", "visit", "Ankara", "TUR", "rule:prep-to-city"),
    ("The delegations met at Geneva on Tuesday.", "met", "Geneva", "CHE", "rule:prep-at-city"),
])
def test_places_city_from_locative_phrase(sentence: str, trigger: str, name: str, iso3: str, rule: str) -> None:
    loc = _run(sentence, trigger).location
    assert loc is not None and (loc.name, loc.country, loc.resolution) == (name, iso3, rule)
    assert loc.lat is not None and loc.lon is not None


@pytest.mark.parametrize("sentence,trigger,iso3", [
    ("The leaders met in Azerbaijan on Monday.", "met", "AZE"),
    ("The minister visited Georgia in May.", "visited", "GEO"),
])
def test_places_country_alone_has_no_coordinates(sentence: str, trigger: str, iso3: str) -> None:
    loc = _run(sentence, trigger).location
    assert loc is not None and loc.country == iso3 and loc.lat is None and loc.lon is None
    assert loc.resolution is not None and loc.resolution.endswith("-country")


@pytest.mark.parametrize("sentence,trigger", [
    ("The president arrived from Moscow on Monday.", "arrived"),  # origin, not venue
    ("The ministers discussed bilateral cooperation.", "discussed"),  # no place at all
])
def test_places_no_location_when_none_is_stated(sentence: str, trigger: str) -> None:
    assert _run(sentence, trigger).location is None


def test_places_actor_country_is_not_the_location() -> None:
    event = _run("Officials in Armenia accused Azerbaijan of shelling.", "accused", actor="Armenia")
    assert event.location is None


def test_places_location_text_from_event_finder_wins() -> None:
    loc = _run("The ministers met on Monday.", "met", location_text="Brussels").location
    assert loc is not None and loc.name == "Brussels" and loc.country == "BEL"
    assert loc.resolution == "rule:location-text-city"


def test_places_existing_location_is_kept() -> None:
    text = HEADER + "They met in Baku."
    document = Document(id="d1", text=text, body_start=len(HEADER))
    preset = Location(name="Somewhere", resolution="given")
    event = Event(event_type="CONSULT", cameo="040", location=preset,
                  mentions=[Mention("d1", None, None, None, "They met in Baku.", len(HEADER), len(text))])
    resolve_places(document, nlp.parse_text("They met in Baku."), [event], get_kb())
    assert event.location is preset


def test_places_visit_destination_may_be_the_host_actor() -> None:
    event = _run("The minister will pay an official visit to Russia on August 26.", "visit", actor="Russia")
    assert event.location is not None and event.location.country == "RUS" and event.location.lat is None


def test_places_place_of_another_clause_is_not_borrowed() -> None:
    event = _run("The minister expressed satisfaction about the recent visits of officials to Azerbaijan.",
                 "expressed")
    assert event.location is None


def test_places_locative_on_the_clause_verb_of_a_noun_trigger() -> None:
    loc = _run("The two presidents held talks in Baku on Monday.", "talks").location
    assert loc is not None and loc.name == "Baku"


@pytest.mark.parametrize("sentence,trigger,iso3", [
    ("Two soldiers were killed by a bomb outside of the city of Mosul.", "killed", "IRQ"),  # "outside of"
    ("A policeman was killed in a bomb explosion in a crowded sector of eastern Kabul.", "killed", "AFG"),
    ("A car bomb explosion in central Peshawar killed six shoppers.", "killed", "PAK"),  # city tagged PRODUCT
])
def test_places_location_through_the_events_cause_and_parts_of_a_city(sentence: str, trigger: str,
                                                                      iso3: str) -> None:
    loc = _run(sentence, trigger).location
    assert loc is not None and loc.country == iso3 and loc.lat is not None, loc


def test_places_ambiguous_city_read_by_the_sentences_countries() -> None:
    loc = _run("Lebanese militias clashed in Tripoli on Monday.", "clashed").location
    assert loc is not None and loc.name == "Tripoli" and loc.country == "LBN", loc


@pytest.mark.parametrize("hints,iso3", [([], "LBY"), (["LBN"], "LBN"), (["FRA", "LBN"], "LBN"), (["FRA"], "LBY")])
def test_places_place_in_context_prefers_a_hinted_country(hints: list[str], iso3: str) -> None:
    place = place_in_context(get_kb(), "Tripoli", hints)
    assert place is not None and place.country == iso3


def test_places_country_hints_are_the_sentences_countries_in_order() -> None:
    text = "Syrian officers left Tripoli as shells hit the north Lebanese port."
    assert country_hints(nlp.parse_text(text), 0, len(text), get_kb()) == ["SYR", "LBN"]


def test_places_place_of_the_reason_is_not_the_venue() -> None:
    event = _run("The ministry condemned the government for a missile strike on the port of Odesa.", "condemned")
    assert event.location is None
