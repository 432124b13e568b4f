"""Actor resolution: hand-built events over short made-up sentences, with a small fake knowledge base."""

from __future__ import annotations

import pytest

from communique.kb import (
    CountryEntry,
    KnowledgeBase,
    OrgEntry,
    PersonEntry,
    PlaceEntry,
    Position,
    RoleEntry,
    get_kb,
)
from communique.pipeline.actors.anaphora import group_anaphor
from communique.pipeline.actors.names import fold_ascii_lower
from communique.pipeline.actors.resolve import kb_date, resolve_actors
from communique.pipeline.nlp import parse_text
from communique.records import Actor, ActorRef, Document, Event, Span

# --- a small fake knowledge base ------------------------------------------------------------------------------------


class FakeKB(KnowledgeBase):
    """Made-up countries, organisations, roles and office holders (names are fictional unless generic)."""

    countries = [
        CountryEntry("AZE", "Azerbaijan", ("Republic of Azerbaijan",), ("Azerbaijani", "Azeri")),
        CountryEntry("ARM", "Armenia", ("Republic of Armenia",), ("Armenian",)),
        CountryEntry("USA", "United States", ("US", "U.S.", "United States of America"), ("American",)),
        CountryEntry("RUS", "Russia", ("Russian Federation",), ("Russian",)),
        CountryEntry("PAK", "Pakistan", (), ("Pakistani",)),
        CountryEntry("FRA", "France", (), ("French",)),
    ]
    orgs = [
        OrgEntry("UNO", "United Nations", ("UN", "U.N."), country="IGO", sector="IGO"),
        OrgEntry("NATO", "NATO", ("North Atlantic Treaty Organization",), country="IGO", sector="MIL"),
        OrgEntry("UNGA", "United Nations General Assembly", ("UN General Assembly", "General Assembly"),
                 country="IGO", sector="LEG"),
    ]
    roles = [RoleEntry("Foreign Minister", "GOV", ("foreign minister", "minister of foreign affairs", "top diplomat"))]
    people = [
        PersonEntry("kb:ruritania-fm-1", "Marta Kovel", country="FRA",
                    positions=(Position("Foreign Minister", "FRA", "2010-01-01", "2020-06-30"),)),
        PersonEntry("kb:ruritania-fm-2", "Olek Dravin", country="FRA",
                    positions=(Position("Foreign Minister", "FRA", "2020-07-01", None),)),
        PersonEntry("kb:un-sg", "Tomas Verhoek", positions=(Position("Secretary-General", "IGO", "2017-01-01", None),)),
        PersonEntry("kb:aze-pres", "Ilyas Tamirov", country="AZE",
                    positions=(Position("President", "AZE", "2003-10-31", None),)),
        PersonEntry("kb:pak-a", "Imran Qadri", country="PAK", positions=(Position("Minister", "PAK", "2018-01-01", None),)),
        PersonEntry("kb:pak-b", "Salim Qadri", country="PAK", positions=(Position("Senator", "PAK", "2015-01-01", None),)),
    ]

    def place(self, name: str) -> PlaceEntry | None:
        places = {"baku": PlaceEntry("Baku", "AZE", 40.4, 49.9, kind="capital"),
                  "ganja": PlaceEntry("Ganja", "AZE", 40.7, 46.4, kind="city")}
        return places.get(fold_ascii_lower(name))

    def country(self, text: str) -> CountryEntry | None:
        f = fold_ascii_lower(text)
        for c in self.countries:
            if f in {fold_ascii_lower(x) for x in (c.name, *c.names, *c.demonyms)}:
                return c
        return None

    def organization(self, text: str) -> OrgEntry | None:
        f = fold_ascii_lower(text)
        for o in self.orgs:
            if f in {fold_ascii_lower(x) for x in (o.name, *o.aliases)}:
                return o
        return None

    def role(self, text: str) -> RoleEntry | None:
        f = fold_ascii_lower(text)
        for r in self.roles:
            if f in r.words or f == fold_ascii_lower(r.role):
                return r
        return None

    def office_holder(self, country: str, role: str, on: str | None) -> PersonEntry | None:
        for p in self.people:
            for pos in p.positions:
                if pos.country == country and fold_ascii_lower(pos.role) == fold_ascii_lower(role) and on is not None and \
                        (pos.start is None or pos.start <= on) and (pos.end is None or on <= pos.end):
                    return p
        return None

    def people_named(self, name: str, on: str | None = None) -> list[PersonEntry]:
        f = fold_ascii_lower(name)
        out = []
        for p in self.people:
            full = fold_ascii_lower(p.name)
            if f == full or f == full.split()[-1]:
                if on is None or any((q.start is None or q.start <= on) and (q.end is None or on <= q.end)
                                     for q in p.positions):
                    out.append(p)
        return out


KB = FakeKB()


def make_event(text: str, actors: list[str], recipients: list[str] = (), published: str | None = "2022-09-20",
               date: str | None = None, doc_id: str = "d1", occurrence: dict[str, int] | None = None
               ) -> tuple[Document, Event]:
    """An Event over ``text`` with refs at the given phrases (the last sentence's occurrence unless told)."""
    doc = Document(id=doc_id, text=text, published=published)
    occurrence = occurrence or {}

    def ref(phrase: str) -> ActorRef:
        idx = text.rfind(phrase) if occurrence.get(phrase) is None else _nth(text, phrase, occurrence[phrase])
        assert idx >= 0, phrase
        return ActorRef(phrase, idx, idx + len(phrase), idx + len(phrase) - 1)

    ev = Event(event_type="CONSULT", cameo="040", date=date, actor_refs=[ref(a) for a in actors],
               recipient_refs=[ref(r) for r in recipients])
    return doc, ev


def _nth(text: str, phrase: str, n: int) -> int:
    idx = -1
    for _ in range(n + 1):
        idx = text.find(phrase, idx + 1)
    return idx


def run(text: str, actors: list[str], recipients: list[str] = (), **kw: object) -> Event:
    doc, ev = make_event(text, actors, recipients, **kw)  # type: ignore[arg-type]
    resolve_actors(doc, parse_text(text), [ev], KB)
    return ev


def one(actors: list[Actor]) -> Actor:
    assert len(actors) == 1, actors
    return actors[0]


# --- tests ------------------------------------------------------------------------------------------------------------


def test_actors_surname_links_to_full_name_with_patronymic() -> None:
    text = ("Jeyhun Aziz Oglu Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan, arrived in Paris. "
            "Bayramov met reporters on Monday.")
    a = one(run(text, ["Bayramov"]).actors)
    assert a.id == "person:jeyhun-bayramov"
    assert a.name == "Jeyhun Aziz Oglu Bayramov"
    assert a.country == "AZE" and a.role == "Foreign Minister" and a.sector == "GOV"
    assert "coref:surname" in (a.resolution or "")


def test_actors_accent_folding_shares_id_and_keeps_accents() -> None:
    text = "Antonio Guterres spoke on Monday. Later, António Guterres met the press."
    ev = run(text, ["Antonio Guterres"], ["António Guterres"])
    a = one(ev.actors)
    assert a.id == "person:antonio-guterres" and a.name == "António Guterres"
    assert ev.recipients == []  # the same person is never both actor and recipient


def test_actors_demonym_role_description_links_to_named_person() -> None:
    text = ("Azerbaijani Foreign Minister Jeyhun Bayramov met Armenian Foreign Minister Ararat Mirzoyan in Geneva. "
            "The Azerbaijani top diplomat briefed the press afterwards.")
    a = one(run(text, ["The Azerbaijani top diplomat"]).actors)
    assert a.id == "person:jeyhun-bayramov", a
    assert a.resolution and "description" in a.resolution


def test_actors_generic_minister_description_takes_most_recent_minister() -> None:
    text = ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived in Geneva. "
            "The minister expressed satisfaction about the talks.")
    assert one(run(text, ["The minister"]).actors).id == "person:jeyhun-bayramov"


def test_actors_counterpart_gets_role_and_country_from_text() -> None:
    text = ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived in Geneva. "
            "Bayramov and his Armenian counterpart Ararat Mirzoyan discussed the normalization process.")
    ev = run(text, ["Bayramov and his Armenian counterpart Ararat Mirzoyan"])
    assert [a.id for a in ev.actors] == ["person:jeyhun-bayramov", "person:ararat-mirzoyan"]
    m = ev.actors[1]
    assert m.country == "ARM" and m.role == "Foreign Minister" and m.sector == "GOV"


@pytest.mark.parametrize(
    ("text", "phrase", "country", "role"),
    [
        ("Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan, met the envoy.",
         "Jeyhun Bayramov", "AZE", "Foreign Minister"),
        ("President of the Republic of Azerbaijan Ilham Aliyev received the delegation.", "Ilham Aliyev", "AZE",
         "President"),
        ("US Secretary of State Antony Blinken called the leaders.", "Antony Blinken", "USA", "Secretary of State"),
        ("The UN Secretary-General, António Guterres, expressed hope.", "António Guterres", "IGO", "Secretary-General"),
        ("Russian Foreign Minister, Sergey Lavrov, received the guests.", "Sergey Lavrov", "RUS", "Foreign Minister"),
    ],
)
def test_actors_roles_from_premodifiers_appositions_and_of_phrases(text: str, phrase: str, country: str,
                                                                   role: str) -> None:
    a = one(run(text, [phrase]).actors)
    assert (a.country, a.role) == (country, role), a
    assert a.sector == "GOV"


def test_actors_title_only_office_holder_depends_on_event_date() -> None:
    text = "The French Foreign Minister condemned the attack."
    before = one(run(text, ["The French Foreign Minister"], date="2019-03-02").actors)
    after = one(run(text, ["The French Foreign Minister"], date="2021-03-02").actors)
    assert before.id == "kb:ruritania-fm-1" and before.name == "Marta Kovel"
    assert after.id == "kb:ruritania-fm-2" and after.name == "Olek Dravin"
    assert after.resolution == "kb:office-holder FRA Foreign Minister 2021-03-02"


def test_actors_title_only_falls_back_to_publication_date() -> None:
    text = "The French Foreign Minister condemned the attack."
    a = one(run(text, ["The French Foreign Minister"], published="2012-05-05").actors)
    assert a.id == "kb:ruritania-fm-1"


def test_actors_unknown_office_holder_is_the_office_not_a_person() -> None:
    text = "The Armenian Foreign Minister condemned the attack."
    a = one(run(text, ["The Armenian Foreign Minister"]).actors)
    assert a.id is None and a.kind == "person"
    assert (a.country, a.role) == ("ARM", "Foreign Minister")
    assert a.name == "Armenian Foreign Minister"


def test_actors_ambiguous_kb_surname_stays_unresolved_but_keeps_shared_country() -> None:
    text = "Qadri criticised the decision on Tuesday."
    a = one(run(text, ["Qadri"]).actors)
    assert a.id is None and a.country == "PAK"  # both KB Qadris are Pakistani
    assert "kb:country of every person named" in (a.resolution or "")


def test_actors_unique_kb_surname_resolves_with_kb_id() -> None:
    text = "Tamirov criticised the decision on Tuesday."
    a = one(run(text, ["Tamirov"]).actors)
    assert a.id == "kb:aze-pres" and a.name == "Ilyas Tamirov" and a.country == "AZE" and a.role == "President"


def test_actors_ambiguous_surname_within_document_stays_unresolved() -> None:
    text = "Ilham Aliyev met Heydar Aliyev in Baku. Aliyev said the talks were useful."
    a = one(run(text, ["Aliyev"]).actors)
    assert a.id is None and "ambiguous" in (a.resolution or "")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Azerbaijan condemned the attack.", "Azerbaijan", ("country:AZE", "country", "AZE", None)),
        ("Pakistan condemned the attack.", "Pakistan", ("country:PAK", "country", "PAK", None)),
        ("The United Nations condemned the attack.", "The United Nations", ("org:UNO", "organization", "IGO", "IGO")),
        ("NATO condemned the attack.", "NATO", ("org:NATO", "organization", "IGO", "MIL")),
        ("Armenian forces shelled the town.", "Armenian forces", ("group:ARM-MIL", "group", "ARM", "MIL")),
        ("The Russian Ministry of Foreign Affairs condemned the attack.", "The Russian Ministry of Foreign Affairs",
         ("org:RUS-foreign-ministry", "organization", "RUS", "GOV")),
        ("The Azerbaijani government condemned the attack.", "The Azerbaijani government",
         ("country:AZE", "country", "AZE", "GOV")),
    ],
)
def test_actors_countries_and_organisations(text: str, phrase: str, expected: tuple[str, str, str, str | None]) -> None:
    a = one(run(text, [phrase]).actors)
    assert (a.id, a.kind, a.country, a.sector) == expected, a


def test_actors_coordinated_demonyms_give_one_actor_per_country() -> None:
    ev = run("Senior Armenian and Azerbaijani officials agreed to meet.", ["Senior Armenian and Azerbaijani officials"])
    assert [(a.id, a.sector) for a in ev.actors] == [("country:ARM", "GOV"), ("country:AZE", "GOV")]


def test_actors_coordinated_role_plural_gives_office_per_country() -> None:
    ev = run("The French and Armenian foreign ministers met.", ["The French and Armenian foreign ministers"],
             date="2021-01-10")
    assert [(a.id, a.country, a.role) for a in ev.actors] == [
        ("kb:ruritania-fm-2", "FRA", "Foreign Minister"), (None, "ARM", "Foreign Minister")]


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Pakistanis protested against the decision.", "Pakistanis", "group:PAK-CVL"),
    ("Baku rejected the claims.", "Baku", "country:AZE"),
])
def test_actors_plural_demonym_and_capital_metonymy(text: str, phrase: str, expected: str) -> None:
    assert one(run(text, [phrase]).actors).id == expected


def test_actors_lone_demonym_is_the_country_with_reason() -> None:
    a = one(run("The talks were welcomed by the Azerbaijani side and Armenian.", ["Armenian"]).actors)
    assert a.id == "country:ARM" and a.resolution == "kb:country demonym 'Armenian'"


def test_actors_conjoined_countries_split() -> None:
    ev = run("Armenia and Azerbaijan signed the document.", ["Armenia and Azerbaijan"])
    assert [a.id for a in ev.actors] == ["country:ARM", "country:AZE"]


@pytest.mark.parametrize("phrase", ["the parties", "both sides", "They"])
def test_actors_group_references_without_earlier_parties_stay_unresolved(phrase: str) -> None:
    text = f"The talks resumed. Later {phrase} discussed the border." if phrase != "They" else \
        "The talks resumed. They discussed the border."
    a = one(run(text, [phrase]).actors)
    assert a.id is None and a.kind == "group" and (a.resolution or "").startswith("unresolved:group")


def test_actors_pronoun_links_to_previous_subject() -> None:
    text = "Antonio Guterres praised the agreement. He emphasized the importance of dialogue."
    a = one(run(text, ["He"]).actors)
    assert a.id == "person:antonio-guterres" and "pronoun" in (a.resolution or "")


def test_actors_first_person_in_quote_links_to_speaker() -> None:
    text = ("Azerbaijani Foreign Minister Jeyhun Bayramov was in New York. "
            "\u201cI was delighted to meet the Secretary-General,\u201d Bayramov tweeted.")
    a = one(run(text, ["I"]).actors)
    assert a.id == "person:jeyhun-bayramov" and "quote-speaker" in (a.resolution or "")


def test_actors_secretary_title_and_surname() -> None:
    text = "US Secretary of State Antony Blinken arrived. Secretary Blinken conveyed condolences."
    a = one(run(text, ["Secretary Blinken"]).actors)
    assert a.id == "person:antony-blinken" and a.country == "USA"


def test_actors_ids_stable_across_documents() -> None:
    t1 = "Azerbaijani Foreign Minister Jeyhun Bayramov met the envoy."
    t2 = "Jeyhun Aziz Oglu Bayramov, the foreign minister, visited Moscow. Bayramov later met reporters."
    a1 = one(run(t1, ["Azerbaijani Foreign Minister Jeyhun Bayramov"], doc_id="a").actors)
    a2 = one(run(t2, ["Bayramov"], doc_id="b").actors)
    assert a1.id == a2.id == "person:jeyhun-bayramov"


def test_actors_recipient_equal_to_actor_is_dropped_and_duplicates_merged() -> None:
    text = "Bayramov met Jeyhun Bayramov and Azerbaijan met Azerbaijan."
    doc, ev = make_event(text, ["Bayramov", "Jeyhun Bayramov"], ["Azerbaijan"], occurrence={"Azerbaijan": 0})
    ev.recipient_refs.append(ActorRef("Azerbaijan", text.rfind("Azerbaijan"), len(text) - 1, len(text) - 2))
    resolve_actors(doc, parse_text(text), [ev], KB)
    assert [a.id for a in ev.actors] == ["person:jeyhun-bayramov"]
    assert [a.id for a in ev.recipients] == ["country:AZE"]


def test_actors_body_start_offsets_are_respected() -> None:
    header = " date 2022-09-20 header residue\n"
    body = "Azerbaijan condemned the attack."
    text = header + body
    doc = Document(id="x", text=text, published="2022-09-20", body_start=len(header))
    i = text.find("Azerbaijan")
    ev = Event(event_type="ACCUSE", cameo="111", actor_refs=[ActorRef("Azerbaijan", i, i + 10, i)])
    resolve_actors(doc, parse_text(body), [ev], KB)
    assert one(ev.actors).id == "country:AZE"


@pytest.mark.parametrize(("value", "expected"), [("2022-09-19", "2022-09-19"), ("2022-09", "2022-09-15"),
                                                 ("2022", "2022-07-01"), (None, None)])
def test_actors_kb_date_pads_partial_dates(value: str | None, expected: str | None) -> None:
    assert kb_date(value) == expected


# --- against the real knowledge base (skipped until it is built) -------------------------------------------------


def _real_kb() -> KnowledgeBase:
    kb = get_kb()
    if kb.country("France") is None:
        pytest.skip("KB not built")
    return kb


def test_actors_real_kb_country_and_demonym() -> None:
    kb = _real_kb()
    text = "Azerbaijani forces shelled the border. Armenia protested."
    doc, ev = make_event(text, ["Armenia"], ["Azerbaijani forces"])
    resolve_actors(doc, parse_text(text), [ev], kb)
    assert one(ev.actors).id == "country:ARM"
    r = one(ev.recipients)
    assert (r.country, r.sector) == ("AZE", "MIL")


def test_actors_real_kb_named_person_keeps_text_country() -> None:
    kb = _real_kb()
    text = "Russian Foreign Minister Sergey Lavrov met the envoy."
    doc, ev = make_event(text, ["Russian Foreign Minister Sergey Lavrov"])
    resolve_actors(doc, parse_text(text), [ev], kb)
    a = one(ev.actors)
    assert a.country == "RUS" and a.kind == "person" and a.sector == "GOV"


def test_actors_office_holder_of_another_role_is_not_taken() -> None:
    class LooseKB(FakeKB):
        def office_holder(self, country: str, role: str, on: str | None) -> PersonEntry | None:
            return self.people[0]  # a KB that matches offices loosely

    text = "The French Prime Minister condemned the attack."
    doc, ev = make_event(text, ["The French Prime Minister"], date="2019-03-02")
    resolve_actors(doc, parse_text(text), [ev], LooseKB())
    a = one(ev.actors)
    assert a.id is None and a.role == "Prime Minister" and a.country == "FRA"


def test_actors_title_of_another_organisation_does_not_link_to_named_person() -> None:
    text = ("UN Secretary-General Tomas Verhoek arrived. "
            "The minister welcomed the Secretary-General of the UN General Assembly.")
    a = one(run(text, ["the Secretary-General of the UN General Assembly"]).actors)
    assert a.id != "person:tomas-verhoek" and a.id != "kb:un-sg"


def test_actors_title_alone_links_to_named_holder_in_article() -> None:
    text = "UN Secretary-General Tomas Verhoek arrived in Baku. The UN Secretary-General met the president."
    a = one(run(text, ["The UN Secretary-General"]).actors)
    assert a.name == "Tomas Verhoek" and a.role == "Secretary-General"


def test_actors_misspelt_surname_links_to_person() -> None:
    text = "US Secretary of State Antony Blinken hosted the talks. Later Blinked asked the parties to meet."
    a = one(run(text, ["Blinked"]).actors)
    assert a.id == "person:antony-blinken"


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "sector"),
    [
        ("The Armenian opposition coalition rejected the plan.", "The Armenian opposition coalition", "organization",
         None),
        ("The Armenian rebel group rejected the plan.", "The Armenian rebel group", "organization", "REB"),
        ("Azerbaijani students protested.", "Azerbaijani students", "group", "EDU"),
    ],
)
def test_actors_bodies_and_groups_are_never_one_person(text: str, phrase: str, kind: str, sector: str | None) -> None:
    a = one(run(text, [phrase]).actors)
    assert a.kind == kind and a.sector == sector, a
    assert a.country == ("ARM" if "Armenian" in phrase else "AZE")


def test_actors_us_is_a_country_not_first_person() -> None:
    a = one(run("The US condemned the attack.", ["The US"]).actors)
    assert a.id == "country:USA"


def test_actors_city_stands_for_its_people() -> None:
    a = one(run("Ganja protested the shelling.", ["Ganja"]).actors)
    assert (a.id, a.country, a.sector) == ("group:AZE-CVL", "AZE", "CVL")


def test_actors_country_after_name_of_phrase() -> None:
    text = "King Hassan of Morocco received the envoy."
    a = one(run(text, ["King Hassan of Morocco"]).actors)
    assert a.role == "King" and a.name == "Hassan"


def test_actors_ref_outside_the_parsed_body_uses_its_text() -> None:
    header = "Azerbaijan headline\n"
    body = "The talks went on."
    text = header + body
    doc = Document(id="h", text=text, published="2022-09-20", body_start=len(header))
    ev = Event(event_type="CONSULT", cameo="040", actor_refs=[ActorRef("Azerbaijan", 0, 10, 0)])
    resolve_actors(doc, parse_text(body), [ev], KB)
    a = one(ev.actors)
    assert a.id == "country:AZE" and a.resolution == "kb:country 'Azerbaijan'"


def test_actors_indefinite_title_is_someone_not_the_office_holder() -> None:
    text = "A French foreign minister once visited Baku."
    a = one(run(text, ["A French foreign minister"], date="2021-03-02").actors)
    assert a.id is None and a.country == "FRA" and a.resolution and a.resolution.startswith("text:indefinite")


# --- group anaphora, pronouns and places around a phrase -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the sides", "any"), ("both parties", "any"), ("the two countries", "country"), ("both nations", "country"),
        ("the two ministers", "person"), ("the two foreign ministers", "person"), ("they", "pronoun"),
        ("them", "pronoun"), ("each other", "any"), ("the leaders of both nations", "leaders-of"),
        ("opposition parties", None), ("the countries", None), ("ministers", None), ("the Armenian side", None),
    ],
)
def test_actors_group_anaphor_phrases(phrase: str, expected: str | None) -> None:
    assert group_anaphor(phrase.lower().split()) == expected


def test_actors_group_anaphor_takes_coordinated_parties_minus_the_other_side() -> None:
    text = ("Foreign ministers Jeyhun Bayramov and Ararat Mirzoyan discussed the border. "
            "Secretary Tony Blanken encouraged the sides to meet again.")
    ev = run(text, ["Secretary Tony Blanken"], ["the sides"])
    assert [a.id for a in ev.recipients] == ["person:jeyhun-bayramov", "person:ararat-mirzoyan"]
    assert all((a.resolution or "").startswith("coref:group->Jeyhun Bayramov + Ararat Mirzoyan") for a in ev.recipients)


def test_actors_group_anaphor_of_countries_skips_sets_of_people() -> None:
    text = ("Armenia and Azerbaijan clashed on the border. Later Ilyas Tamirov and Marta Kovel met. "
            "The two countries blamed each other.")
    ev = run(text, ["The two countries"])
    assert [a.id for a in ev.actors] == ["country:ARM", "country:AZE"]


def test_actors_group_anaphor_of_people_skips_sets_of_countries() -> None:
    text = "Ilyas Tamirov and Marta Kovel met. Armenia and Azerbaijan clashed. The two leaders discussed it."
    ev = run(text, ["The two leaders"])
    assert [a.id for a in ev.actors] == ["kb:aze-pres", "kb:ruritania-fm-1"]


def _event_at(text: str, trigger: str, actors: list[str], recipients: list[str] = ()) -> Event:  # type: ignore[assignment]
    _, ev = make_event(text, actors, recipients)
    i = text.rfind(trigger)
    ev.trigger = Span(trigger, i, i + len(trigger))
    return ev


def test_actors_group_anaphor_uses_participants_of_an_earlier_event() -> None:
    text = "Ilyas Tamirov met Marta Kovel in Baku. The two leaders discussed the border."
    doc = Document(id="d1", text=text, published="2022-09-20")
    first = _event_at(text, "met", ["Ilyas Tamirov"], ["Marta Kovel"])
    second = _event_at(text, "discussed", ["The two leaders"])
    resolve_actors(doc, parse_text(text), [second, first], KB)  # resolved in text order whatever the list order
    assert [a.id for a in second.actors] == ["kb:aze-pres", "kb:ruritania-fm-1"]
    assert "CONSULT participants" in (second.actors[0].resolution or "")


def test_actors_each_other_makes_the_group_its_own_recipients() -> None:
    text = "Armenia and Azerbaijan fought a war. The two countries blame each other for the violence."
    doc = Document(id="d1", text=text, published="2022-09-20")
    ev = _event_at(text, "blame", ["The two countries"])
    resolve_actors(doc, parse_text(text), [ev], KB)
    assert [a.id for a in ev.recipients] == ["country:ARM", "country:AZE"]
    assert (ev.recipients[0].resolution or "").startswith("coref:reciprocal")


def test_actors_leaders_of_both_nations_are_each_countrys_government() -> None:
    text = "Armenia and Azerbaijan clashed again. The envoy called the leaders of both nations."
    ev = run(text, ["The envoy"], ["the leaders of both nations"])
    assert [(a.id, a.country, a.sector) for a in ev.recipients] == [("group:ARM-GOV", "ARM", "GOV"),
                                                                    ("group:AZE-GOV", "AZE", "GOV")]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Pakistan said it would release the prisoners.", "it", "country:PAK"),
        ("The government of France said it would not attend.", "it", "country:FRA"),
        ("Armenia rejected the offer. It said the talks had failed.", "It", "country:ARM"),
    ],
)
def test_actors_it_links_to_a_governing_non_person_subject(text: str, phrase: str, expected: str) -> None:
    a = one(run(text, [phrase]).actors)
    assert a.id == expected and (a.resolution or "").startswith(f"coref:pronoun '{phrase}'")


def test_actors_it_does_not_link_to_a_person() -> None:
    a = one(run("Ilyas Tamirov said it would rain.", ["it"]).actors)
    assert a.id is None and a.country is None


def test_actors_they_links_to_the_plural_subject_of_its_clause() -> None:
    a = one(run("Armenian officials said they would attend.", ["they"]).actors)
    assert a.country == "ARM" and (a.resolution or "").startswith("coref:pronoun 'they'->officials")


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Rebels attacked the convoy in Pakistan.", "Rebels", "PAK"),
        ("Thousands of protesters marched in Baku on Sunday.", "Thousands of protesters", "AZE"),
        ("Baku's police chief banned the rally.", "Baku's police chief", "AZE"),
        ("The Tamirov administration rejected the plan.", "The Tamirov administration", "AZE"),
    ],
)
def test_actors_groups_and_offices_take_the_place_their_phrase_names(text: str, phrase: str, country: str) -> None:
    a = one(run(text, [phrase]).actors)
    assert a.country == country


def test_actors_named_person_does_not_take_the_place_of_the_event() -> None:
    a = one(run("Marta Kovel arrived in Baku on Sunday.", ["Marta Kovel"]).actors)
    assert a.country == "FRA"


def test_actors_country_head_with_apposition_or_prefix() -> None:
    a = one(run("Pakistan, a key U.S. ally, refused to send troops.", ["Pakistan, a key U.S. ally"]).actors)
    assert a.id == "country:PAK" and a.resolution == "kb:country head 'Pakistan'"


def test_actors_real_kb_secretary_of_state_keeps_its_title() -> None:
    text = "U.S. Secretary of State Antony Blinken met the delegation on Monday."
    doc, ev = make_event(text, ["U.S. Secretary of State Antony Blinken"], published="2022-09-20")
    resolve_actors(doc, parse_text(text), [ev], get_kb())
    a = one(ev.actors)
    assert (a.name, a.country, a.sector, a.role) == ("Antony Blinken", "USA", "GOV", "Secretary of State")


@pytest.mark.parametrize(("phrase", "country", "sector"), [("Algerians", "DZA", "CVL"), ("Hamas", "PSE", "REB"),
                                                           ("Serb forces", "SRB", "MIL")])
def test_actors_real_kb_plural_demonyms_armed_groups_and_serbs(phrase: str, country: str, sector: str) -> None:
    text = f"{phrase} rejected the plan."
    doc, ev = make_event(text, [phrase], published="2001-01-01")
    resolve_actors(doc, parse_text(text), [ev], get_kb())
    a = one(ev.actors)
    assert (a.country, a.sector) == (country, sector)


def test_actors_bare_head_ref_takes_its_premodifiers() -> None:
    ev = run("Senior Armenian and Azerbaijani officials agreed on Wednesday to meet again.", ["officials"])
    assert [(a.country, a.sector) for a in ev.actors] == [("ARM", "GOV"), ("AZE", "GOV")]


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("The envoy reminded Pakistan that it must cooperate fully.", "it", "PAK"),
        ("Baku paid compensation to 67 French nationals for assets the army took from them.", "them", "FRA"),
        ("A group of Armenian leaders announced that they will attend.", "they", "ARM"),
    ],
)
def test_actors_pronouns_link_to_a_preceding_party_of_their_number(text: str, phrase: str, country: str) -> None:
    a = one(run(text, [phrase]).actors)
    assert a.country == country and (a.resolution or "").startswith("coref:pronoun")


@pytest.mark.parametrize(("text", "phrase", "sector"), [("Armenian youths threw stones.", "Armenian youths", "CVL"),
                                                        ("NATO member states protested.", "NATO member states", None)])
def test_actors_country_modifier_with_plural_people_is_civilians(text: str, phrase: str, sector: str | None) -> None:
    assert one(run(text, [phrase]).actors).sector == sector


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Ethnic Armenians in Azerbaijan demanded autonomy.", "Ethnic Armenians in Azerbaijan", "AZE"),
        ("Armenians of the Azerbaijani-held villages protested.", "Armenians of the Azerbaijani-held villages", "ARM"),
        ("Young Armenians blocked the roads.", "Young Armenians", "ARM"),
    ],
)
def test_actors_real_kb_ethnic_group_is_coded_where_it_lives(text: str, phrase: str, country: str) -> None:
    doc, ev = make_event(text, [phrase], published="2001-01-01")
    resolve_actors(doc, parse_text(text), [ev], get_kb())
    a = one(ev.actors)
    assert (a.country, a.sector) == (country, "CVL")


def test_actors_place_behind_a_non_locating_preposition_is_not_taken() -> None:
    a = one(run("Troops captured part of a rebel stronghold on the Pakistan border.",
                ["part of a rebel stronghold"]).actors)
    assert a.country is None


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Hundreds of people blocked streets in Baku on Sunday.", "Hundreds of people", "AZE"),
        ("The military government of President Ilyas Tamirov declared a curfew.",
         "The military government of President Ilyas Tamirov", "AZE"),
        ("Rebels shelled the regional capital Baku.", "the regional capital Baku", "AZE"),
    ],
)
def test_actors_groups_take_the_place_of_their_clause_or_the_person_they_belong_to(
        text: str, phrase: str, country: str) -> None:
    assert one(run(text, [phrase]).actors).country == country
