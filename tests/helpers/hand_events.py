"""Hand-built events for the export, plot and serve tests: a small store whose every value is known."""

from __future__ import annotations

from communique.records import Actor, Document, Event, Location, Mention, Span
from communique.store.base import Store

DOCS = [
    Document(id="doc_a", text="x", path="/n/a.txt", url="https://a.example/talks", title="Talks in New York",
             source="Wire A", published="2022-09-20"),
    Document(id="doc_b", text="x", path="/n/b.txt", url="https://b.example/row", title="A row <b>&</b> sanctions",
             source="Wire B", published="2022-09-21"),
]

BAYRAMOV = Actor("person:jeyhun-bayramov", "Jeyhun Bayramov", "person", "AZE", "GOV", "Foreign Minister",
                 "kb:person", "Azerbaijani Foreign Minister Jeyhun Bayramov")
GUTERRES = Actor("person:antonio-guterres", "António Guterres", "person", "UNO", "GOV", "Secretary-General",
                 "kb:person", "Guterres")
RUSSIA = Actor("country:RUS", "Russia", "country", "RUS", None, None, "kb:country", "Moscow")
UKRAINE = Actor("country:UKR", "Ukraine", "country", "UKR", None, None, "kb:country", "Kyiv")
EU = Actor("org:EUR", "European Union", "organization", "EUR", "GOV", None, "kb:org", "the EU")
PROTESTERS = Actor(None, "protesters", "group", None, "CVL", None, "text:group", "protesters")


def _mention(doc: Document, sentence: str, start: int) -> Mention:
    return Mention(doc.id, doc.path, doc.url, doc.published, sentence, start, start + len(sentence))


MEET_1 = "Jeyhun Bayramov met António Guterres in New York on September 19."
MEET_2 = "Bayramov and Guterres met on Monday."
ACCUSE = "Moscow accused Kyiv of shelling <the plant> & more."
SANCTION = "The EU sanctioned Russia in September."
PROTEST = "protesters rallied outside."


def hand_events() -> list[Event]:
    a, b = DOCS
    return [
        Event("CONSULT", "040", date="2022-09-19", date_precision="day", date_text="on September 19",
              date_rule="month-day", actors=[BAYRAMOV, GUTERRES], recipients=[],
              location=Location("New York City", "USA", 40.7143, -74.006, "kb:place"), confidence=0.95,
              mentions=[_mention(a, MEET_1, 100), _mention(b, MEET_2, 10)], id="ev_meet", rule="verb:meet",
              trigger=Span("met", 116, 119)),
        Event("ACCUSE", "112", mode="disapprove", context=["military"], actors=[RUSSIA],
              recipients=[UKRAINE, BAYRAMOV], confidence=0.8, mentions=[_mention(b, ACCUSE, 200)], id="ev_accuse",
              rule="verb:accuse", trigger=Span("accused", 207, 214)),
        Event("SANCTION", "163", date="2022-09", date_precision="month", date_text="in September",
              actors=[EU], recipients=[RUSSIA], confidence=0.7, mentions=[_mention(a, SANCTION, 300)],
              id="ev_sanction", rule="verb:sanction", trigger=Span("sanctioned", 999, 1009)),
        Event("PROTEST", "141", actors=[PROTESTERS], confidence=0.6, mentions=[_mention(b, PROTEST, 400)],
              id="ev_protest", rule="verb:rally", trigger=Span("rallied", 411, 418)),
    ]


def fill(store: Store) -> Store:
    store.write_batch(list(DOCS), hand_events(), [])
    return store
