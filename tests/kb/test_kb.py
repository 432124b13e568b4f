"""Knowledge base: countries, organisations, roles, office holders over time, people, places, user imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import InputError
from communique.kb import KBExtra, KnowledgeBase, OrgEntry, PersonEntry, Position, get_kb, load_actor_file
from communique.kb.base import DATA_DIR, _read_raw
from communique.kb.base import KnowledgeBase as KB
from communique.kb.importer import load_petrarch_actors
from tests.helpers.paths import EVAL

PETR_ACTORS = EVAL / "petr_unittests" / "PETR.Validate.actors.txt"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return get_kb()


# ------------------------------------------------------------------------------------------------ countries

@pytest.mark.parametrize("text,iso3", [
    ("Azerbaijan", "AZE"), ("Azerbaijani", "AZE"), ("Azeri", "AZE"), ("AZERBAIJANI", "AZE"), ("AZE", "AZE"),
    ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"), ("America", "USA"), ("American", "USA"),
    ("UK", "GBR"), ("Britain", "GBR"), ("British", "GBR"), ("the Netherlands", "NLD"), ("Dutch", "NLD"),
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkish", "TUR"), ("Turkey's", "TUR"), ("Georgian", "GEO"),
    ("Soviet Union", "SUN"), ("Soviet", "SUN"), ("USSR", "SUN"), ("Yugoslavia", "YUG"), ("Czechoslovakia", "CSK"),
    ("East Germany", "DDR"), ("West German", "FRG"), ("Iranian", "IRN"), ("South Korean", "KOR"),
    ("North Korea", "PRK"), ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Emirati", "ARE"),
    ("Serbian", "SRB"), ("Serb", "SRB"), ("Serbs", "SRB"), ("Croat", "HRV"), ("Croatian", "HRV"),
    ("Algerians", "DZA"), ("Iraqis", "IRQ"), ("Liberians", "LBR"),  # plural demonyms the lists lack
    ("Zaire", "COD"), ("Zairean", "COD"), ("Republic of Zaire", "COD"),  # one state, renamed: one code
])
def test_kb_country_names_demonyms_and_variants(kb: KnowledgeBase, text: str, iso3: str) -> None:
    entry = kb.country(text)
    assert entry is not None and entry.iso3 == iso3


@pytest.mark.parametrize("text", ["us", "who", "Us", "Korean", "minister", "Baku", "", "Indias", "Chinas"])
def test_kb_country_rejects_words_and_ambiguous_forms(kb: KnowledgeBase, text: str) -> None:
    assert kb.country(text) is None


def test_kb_metonym_maps_seat_of_government(kb: KnowledgeBase) -> None:
    hit = kb.metonym("the Kremlin")
    assert hit is not None and hit[0].iso3 == "RUS" and hit[1] == "GOV"


# -------------------------------------------------------------------------------------------- organisations

@pytest.mark.parametrize("text,code,country", [
    ("United Nations", "UNO", "UNO"), ("the UN", "UNO", "UNO"), ("U.N.", "UNO", "UNO"),
    ("UN Security Council", "UNSC", "UNO"), ("Security Council", "UNSC", "UNO"),
    ("UN General Assembly", "UNGA", "UNO"), ("UNHCR", "UNHCR", "UNO"), ("WHO", "WHO", "UNO"),
    ("IAEA", "IAEA", "UNO"), ("OSCE", "OSCE", "IGO"), ("OSCE Minsk Group", "OSCE-MINSK", "IGO"),
    ("NATO", "NATO", "IGO"), ("European Commission", "EC", "EUR"), ("European Parliament", "EP", "EUR"),
    ("Council of the EU", "CEU", "EUR"), ("the European Union", "EU", "EUR"), ("CSTO", "CSTO", "IGO"),
    ("Non-Aligned Movement", "NAM", "IGO"), ("African Union", "AU", "IGO"), ("Arab League", "ARABLEAGUE", "IGO"),
    ("Shanghai Cooperation Organisation", "SCO", "IGO"), ("G20", "G20", "IGO"), ("World Bank", "WB", "IGO"),
    ("International Criminal Court", "ICC", "IGO"), ("Red Cross", "ICRC", "NGO"), ("Amnesty International", "AMNESTY", "NGO"),
    ("European Community", "EU", "EUR"), ("Hamas", "HAMAS", "PSE"), ("Hezbollah", "HEZBOLLAH", "LBN"),
    ("Taliban", "TALIBAN", "AFG"), ("CPC Central Committee", "CPC", "CHN"), ("Communist Party of Vietnam", "CPV", "VNM"),
])
def test_kb_organization_aliases_and_plover_country(kb: KnowledgeBase, text: str, code: str, country: str) -> None:
    org = kb.organization(text)
    assert org is not None and org.code == code and org.country == country


def test_kb_organization_count_and_acronym_case(kb: KnowledgeBase) -> None:
    assert kb.stats["organizations"] >= 100
    assert kb.organization("who") is None and kb.organization("WHO") is not None


# ------------------------------------------------------------------------------------------------------ roles

@pytest.mark.parametrize("text,role,sector", [
    ("foreign minister", "Foreign Minister", "GOV"),
    ("Minister of Foreign Affairs", "Foreign Minister", "GOV"),
    ("top diplomat", "Foreign Minister", "GOV"),
    ("US Secretary of State Antony Blinken", "Secretary of State", "GOV"),
    ("Chairman John Doe", "Chairman", "GOV"),
    ("Azerbaijani Foreign Minister Jeyhun Bayramov", "Foreign Minister", "GOV"),
    ("deputy foreign minister", "Deputy Foreign Minister", "GOV"),
    ("President", "President", "GOV"), ("prime minister", "Prime Minister", "GOV"), ("the king", "Monarch", "GOV"),
    ("general", "General", "MIL"), ("army chief", "General", "MIL"), ("commander", "General", "MIL"),
    ("troops", "Military", "MIL"), ("soldiers", "Military", "MIL"), ("police", "Police", "COP"),
    ("judge", "Judge", "JUD"), ("court", "Judge", "JUD"), ("lawmakers", "Lawmaker", "LEG"),
    ("parliament speaker", "Lawmaker", "LEG"), ("rebels", "Rebels", "REB"), ("opposition", "Opposition", "OPP"),
    ("spokesperson", "Spokesperson", "GOV"), ("spokesman", "Spokesperson", "GOV"),
    ("UN Secretary-General", "Secretary-General", "GOV"), ("ambassador", "Ambassador", "GOV"),
    ("envoy", "Ambassador", "GOV"), ("diplomats", "Ambassador", "GOV"),
])
def test_kb_role_longest_phrase_and_sector(kb: KnowledgeBase, text: str, role: str, sector: str) -> None:
    entry = kb.role(text)
    assert entry is not None and (entry.role, entry.sector) == (role, sector)


def test_kb_role_phoenix_agent_words(kb: KnowledgeBase) -> None:
    entry = kb.role("border patrol")
    assert entry is not None and entry.sector == "COP" and "Phoenix" in entry.source
    assert kb.role("bilateral cooperation") is None


# -------------------------------------------------------------------------------------- office holders by date

@pytest.mark.parametrize("country,role,day,name", [
    # REIGN-derived leaders: the same office on two dates gives two different people
    ("FRA", "Leader", "1965-01-01", "De Gaulle"), ("FRA", "Leader", "1985-01-01", "Mitterand"),
    ("SUN", "Leader", "1980-01-01", "Brezhnev"), ("Soviet Union", "Leader", "1988-01-01", "Gorbachev"),
    ("EGY", "Leader", "1975-01-01", "Anwar As-Sadat"), ("EGY", "Leader", "1990-01-01", "Hosni Mubarak"),
    ("USA", "President", "1950-01-01", "Harry S. Truman"), ("USA", "President", "1955-01-01", "Dwight D. Eisenhower"),
    ("GBR", "Prime Minister", "1975-01-01", "Harold Wilson"), ("GBR", "Prime Minister", "1985-01-01", "Margaret Thatcher"),
    ("AZE", "President", "2002-05-01", "Heydar Aliyev"), ("Azerbaijan", "president", "2024-09-16", "Ilham Aliyev"),
    ("AZE", "foreign minister", "2010-01-01", "Elmar Mammadyarov"), ("AZE", "top diplomat", "2022-09-19", "Jeyhun Bayramov"),
    ("USA", "secretary of state", "2022-01-01", "Antony Blinken"), ("USA", "Foreign Minister", "2025-06-01", "Marco Rubio"),
    ("United Nations", "Secretary-General", "2020-01-01", "António Guterres"),
    ("UNO", "Secretary-General", "2010-01-01", "Ban Ki-moon"), ("NATO", "secretary general", "2020-01-01", "Jens Stoltenberg"),
    ("NATO", "Secretary-General", "2025-01-01", "Mark Rutte"), ("Russia", "President", "2010-01-01", "Dmitry Medvedev"),
    ("Russia", "President", "2015-01-01", "Vladimir Putin"), ("European Commission", "President", "2020-01-01", "Ursula von der Leyen"),
    ("EU", "top diplomat", "2020-01-01", "Josep Borrell"), ("ARM", "Prime Minister", "2023-01-01", "Nikol Pashinyan"),
    # a successor of the predecessor's surname is another person (the sources date the handover a day or a few
    # days apart): not the father's or the predecessor's second term
    ("COD", "Leader", "2005-06-01", "Joseph Kabila Kabange"), ("COD", "Leader", "1999-06-01", "Laurent Desire Kabila"),
    ("AZE", "Leader", "2005-06-01", "Ilham Aliyev"), ("PAK", "Leader", "1965-01-01", "Ayub Khan"),
    ("KWT", "Monarch", "2010-01-01", "Sabah al Ahmad al Jabir al Sabah"),
    ("NLD", "Prime Minister", "2005-01-01", "Jan Peter Balkenende"),
])
def test_kb_office_holder_is_time_aware(kb: KnowledgeBase, country: str, role: str, day: str, name: str) -> None:
    person = kb.office_holder(country, role, day)
    assert person is not None and person.name == name


def test_kb_office_holder_unknown_or_ambiguous_is_none(kb: KnowledgeBase) -> None:
    assert kb.office_holder("IGO", "Secretary-General", "2020-01-01") is None  # NATO, OSCE, ...: ambiguous
    assert kb.office_holder("EUR", "President", "2020-01-01") is None  # Commission or Council: ambiguous
    assert kb.office_holder("AZE", "President", "1800-01-01") is None
    assert kb.office_holder("Atlantis", "President", "2020-01-01") is None


def test_kb_office_holder_respects_source_end(kb: KnowledgeBase) -> None:
    # CountryInfo's open-ended holdings stop at its last update: no stale claim about 2024
    holders = kb.office_holders("EGY", "Leader", "2024-01-01")
    assert all("Mubarak" not in p.name for p in holders)


# ---------------------------------------------------------------------------------------------------- people

def test_kb_people_named_prefers_people_in_office(kb: KnowledgeBase) -> None:
    assert [p.name for p in kb.people_named("Aliyev", on="2024-09-16")] == ["Ilham Aliyev"]
    assert [p.name for p in kb.people_named("Aliyev", on="2000-01-01")] == ["Heydar Aliyev"]
    assert [p.name for p in kb.people_named("Bush", on="2005-01-01")] == ["George W. Bush"]
    assert [p.name for p in kb.people_named("Bush", on="1990-06-01")] == ["George H. W. Bush"]


def test_kb_people_named_lone_name_finds_surname_bearers_too(kb: KnowledgeBase) -> None:
    # a source lists a 1970s leader by surname alone; the same surname in office decades later is another record
    assert [p.name for p in kb.people_named("Obasanjo", on="2005-12-04")] == ["Olusegun Obasanjo"]
    assert [p.name for p in kb.people_named("Obasanjo", on="1977-01-01")] == ["Obasanjo"]


def test_kb_people_named_ambiguous_surname_stays_ambiguous(kb: KnowledgeBase) -> None:
    assert len(kb.people_named("Aliyev")) >= 2
    assert len(kb.people_named("Bush")) >= 2


@pytest.mark.parametrize("query", ["Antonio Guterres", "António Guterres", "antonio guterres", "Guterres"])
def test_kb_people_named_accent_insensitive(kb: KnowledgeBase, query: str) -> None:
    found = kb.people_named(query, on="2022-09-19")
    assert [p.name for p in found] == ["António Guterres"]


def test_kb_people_named_partial_full_name(kb: KnowledgeBase) -> None:
    assert [p.name for p in kb.people_named("Recep Erdogan")] == ["Recep Tayyip Erdoğan"]
    assert kb.people_named("Zzyzx Qqq") == []


# ---------------------------------------------------------------------------------------------------- places

@pytest.mark.parametrize("name,city,iso3", [
    ("New York", "New York City", "USA"), ("Baku", "Baku", "AZE"), ("Washington", "Washington", "USA"),
    ("Kiev", "Kyiv", "UKR"), ("Geneva", "Geneva", "CHE"), ("Shusha", "Shusha", "AZE"), ("Paris", "Paris", "FRA"),
])
def test_kb_place_city_with_coordinates(kb: KnowledgeBase, name: str, city: str, iso3: str) -> None:
    place = kb.place(name)
    assert place is not None and (place.name, place.country) == (city, iso3)
    assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


@pytest.mark.parametrize("name", ["Azerbaijan", "Georgia", "the United States", "France", "Atlantis"])
def test_kb_place_country_name_is_not_a_city(kb: KnowledgeBase, name: str) -> None:
    assert kb.place(name) is None


def test_kb_place_country_hint(kb: KnowledgeBase) -> None:
    ontario = kb.place("London", country="CAN")
    assert ontario is not None and ontario.country == "CAN"
    assert kb.place("London") is not None and kb.place("London").country == "GBR"  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------- loading and layers

def test_kb_is_built_once_per_process() -> None:
    # load time is a benchmark figure (benchmarks/throughput.py), not a timed test
    assert get_kb() is get_kb()
    assert KB().country("France") is not None


def test_kb_index_matches_data_files() -> None:
    import json
    _, digest = _read_raw(DATA_DIR)
    index = json.loads((DATA_DIR / "index.json").read_text(encoding="utf-8"))
    assert index["data_sha1"] == digest, "run scripts/build_kb.py to refresh kb/data/index.json"


def test_kb_with_extra_layers_user_entries(kb: KnowledgeBase) -> None:
    person = PersonEntry(id="user:jdoe", name="Jane Qwertyson", aliases=("J. Qwertyson",), country="AZE",
                         positions=(Position("Foreign Minister", "AZE", "2030-01-01", None),))
    org = OrgEntry(code="XORG", name="Caspian Forum", aliases=("CF",), country="IGO", sector="GOV")
    layered = kb.with_extra(KBExtra(people=[person], organizations=[org]))
    assert layered.office_holder("AZE", "Foreign Minister", "2030-06-01") == person
    assert layered.office_holder("AZE", "Foreign Minister", "2024-01-01").name == "Jeyhun Bayramov"  # type: ignore[union-attr]
    assert layered.people_named("Qwertyson") == [person]
    assert layered.organization("Caspian Forum") == org and layered.organization("NATO").code == "NATO"  # type: ignore[union-attr]
    assert kb.people_named("Qwertyson") == []  # the bundled KB is unchanged


# --------------------------------------------------------------------------------------------------- imports

def test_kb_import_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "actors.jsonl"
    f.write_text(
        '{"id": "p1", "name": "Jane Qwertyson", "aliases": ["J. Qwertyson"], "country": "aze", "positions": '
        '[{"role": "Foreign Minister", "country": "AZE", "start": "2030-01-01", "end": null}]}\n'
        "\n"
        '{"id": "o1", "name": "Caspian Forum", "aliases": "CF;Forum", "kind": "organization", "country": "IGO"}\n',
        encoding="utf-8")
    extra = load_actor_file(f)
    assert [p.id for p in extra.people] == ["user:p1"] and extra.people[0].country == "AZE"
    assert extra.people[0].positions[0].start == "2030-01-01" and extra.people[0].aliases == ("J. Qwertyson",)
    assert extra.organizations[0].aliases == ("CF", "Forum")
    kb = get_kb().with_extra(extra)
    assert kb.office_holder("AZE", "foreign minister", "2031-01-01").name == "Jane Qwertyson"  # type: ignore[union-attr]


def test_kb_import_csv_merges_rows_by_id(tmp_path: Path) -> None:
    f = tmp_path / "actors.csv"
    f.write_text("id,name,aliases,country,role,start,end\n"
                 "x1,John Roe,J. Roe;Roe,ARM,Deputy Foreign Minister,2019-01-01,2021-01-01\n"
                 "x1,John Roe,,ARM,Foreign Minister,2021-01-01,\n", encoding="utf-8")
    extra = load_actor_file(f)
    assert len(extra.people) == 1
    roe = extra.people[0]
    assert [p.role for p in roe.positions] == ["Deputy Foreign Minister", "Foreign Minister"]
    assert roe.aliases == ("J. Roe", "Roe")


@pytest.mark.parametrize("suffix,content,where", [
    (".csv", "id,name,role,start\nx1,,President,2020-01-01\n", ":2"),
    (".csv", "id,name,role,start\nx1,A B,President,01/02/2020\n", ":2"),
    (".jsonl", '{"id": "a", "name": "A"}\n{"id": "b", "name": "B", "positions": [{"start": "2020"}]}\n', ":2"),
    (".jsonl", '{"id": "a", "name": "A"}\nnot json\n', ":2"),
    (".csv", "id,role\nx1,President\n", ":1"),
])
def test_kb_import_bad_row_names_file_and_line(tmp_path: Path, suffix: str, content: str, where: str) -> None:
    f = tmp_path / f"bad{suffix}"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_actor_file(f)
    assert f"{f}{where}" in str(err.value) and err.value.fix


def test_kb_import_petrarch_dictionary_with_date_restrictions(tmp_path: Path) -> None:
    f = tmp_path / "test.actors.txt"
    f.write_text(
        "<!-- a comment\n spanning lines -->\n"
        "FRODO_BAGGINS_ [HOBGOV >20010120]  # ring bearer\n"
        "+MR._UNDERHILL\n"
        "GANDALF_\n"
        "+MITHRANDIR\n"
        "\t[WIZ <950601]\n"
        "\t[WIZGOV 19950601 - 19990815]\n"
        "\t[WIZREB 990816-000101]\n"
        "SHIRE_MILITIA [HOBMIL]\n"
        "NOBODY [---]\n", encoding="utf-8")
    extra = load_actor_file(f)
    people = {p.name: p for p in extra.people}
    frodo = people["Frodo Baggins"]
    assert frodo.aliases == ("Mr. Underhill",)
    assert [(q.country, q.sector, q.start, q.end) for q in frodo.positions] == [("HOB", "GOV", "2001-01-20", None)]
    gandalf = people["Gandalf"]
    assert gandalf.aliases == ("Mithrandir",)
    assert [(q.country, q.sector, q.start, q.end) for q in gandalf.positions] == [
        ("WIZ", None, None, "1995-06-01"), ("WIZ", "GOV", "1995-06-01", "1999-08-15"),
        ("WIZ", "REB", "1999-08-16", "2000-01-01")]
    militia = extra.organizations[0]
    assert (militia.name, militia.code, militia.country, militia.sector) == ("Shire Militia", "HOBMIL", "HOB", "MIL")
    kb = get_kb().with_extra(extra)
    assert [p.name for p in kb.people_named("Mithrandir", on="1997-01-01")] == ["Gandalf"]
    assert kb.office_holder("WIZ", "GOV", "1997-01-01") == gandalf


def test_kb_import_petrarch_bad_date_strict(tmp_path: Path) -> None:
    f = tmp_path / "bad.txt"
    f.write_text("ELROND [ELFGOV 2004017-20061201]\n", encoding="utf-8")
    lenient = load_actor_file(f)  # by default a bad code is skipped with a warning
    assert [p.name for p in lenient.people] == ["Elrond"] and lenient.people[0].positions == ()
    with pytest.raises(InputError) as err:
        load_petrarch_actors(f, strict=True)
    assert f"{f}:1" in str(err.value)


def test_kb_import_petrarch_validation_dictionary() -> None:
    if not PETR_ACTORS.exists():
        pytest.skip("../shared/eval not found: PETRARCH validation dictionary lives beside the repo")
    extra = load_actor_file(PETR_ACTORS)
    assert len(extra.people) + len(extra.organizations) > 50
    assert all(p.name and "<" not in p.name for p in extra.people)


def test_kb_import_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_actor_file(tmp_path / "nope.jsonl")


def test_kb_import_petrarch_agents_become_user_role_words(tmp_path: Path) -> None:
    from communique.kb import load_agent_file
    from communique.kb.importer import agent_placement

    f = tmp_path / "agents.txt"
    f.write_text("!MINST! = MINISTER, MINISTRY\n"
                 "!MINST!_OF_SILLY_WALKS [~GOV]  # a comment\n"
                 "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
                 "HUMAN_RIGHTS_BODY  [NGO~]\n"
                 "POLICE {} [ ~COP]\n", encoding="utf-8")
    extra = load_agent_file(f)
    assert {r.words[0]: r.sector for r in extra.roles} == {
        "minister of silly walks": "GOV", "ministry of silly walks": "GOV", "golden goose": "GGS",
        "golden geese": "GGS", "human rights body": "NGO", "human rights bodies": "NGO", "police": "COP"}
    assert {r.words[0]: agent_placement(r) for r in extra.roles}["human rights body"] == "suffix"
    assert agent_placement(extra.roles[0]) == "prefix"
    kb = get_kb().with_extra(extra)
    hit = kb.role("the Minister of Silly Walks")
    assert hit is not None and hit.sector == "GOV" and "agents.txt" in hit.source
    assert kb.role("golden geese") is not None and get_kb().role("golden geese") is None


@pytest.mark.parametrize(("line", "plural"), [
    ("LAWMAKER [~LEG]", "lawmakers"),  # no braces: the regular plural
    ("AUTHORITY [~GOV]", "authorities"),
    ("PRESS {} [~MED]", None),  # "{}": no plural
    ("GOOSE {GEESE} [~GGS]", "geese"),
])
def test_kb_import_petrarch_agent_plurals(tmp_path: Path, line: str, plural: str | None) -> None:
    from communique.kb import load_agent_file

    f = tmp_path / "agents.txt"
    f.write_text(line + "\n", encoding="utf-8")
    words = [r.words[0] for r in load_agent_file(f).roles]
    assert words[1:] == ([plural] if plural else [])


def test_kb_import_petrarch_multi_part_codes_keep_every_sector(tmp_path: Path) -> None:
    from communique.kb import load_agent_file

    extra = load_petrarch_actors(tmp_path / "a.actors.txt", text="THE_DAILY_HORN [ZZQGOVMED]\n")
    assert extra.organizations[0].country == "ZZQ" and extra.organizations[0].sector == "GOVMED"
    f = tmp_path / "agents.txt"
    f.write_text("FOREIGN_MINISTER [~GOVFRM]\n", encoding="utf-8")
    assert load_agent_file(f).roles[0].sector == "GOVFRM"


@pytest.mark.parametrize("name,country", [
    ("Sindh province", "PAK"), ("West Darfur State", "SDN"), ("Darfur", "SDN"), ("Jericho", "PSE"),
])
def test_kb_minor_place_regions_and_towns(kb: KnowledgeBase, name: str, country: str) -> None:
    hit = kb.minor_place(name)
    assert hit is not None and hit[0] == country


@pytest.mark.parametrize("name", ["France", "Paris", "Central", "Northern", "Asia", "Pacific", "Africa"])
def test_kb_minor_place_never_shadows_countries_cities_or_words(kb: KnowledgeBase, name: str) -> None:
    assert kb.minor_place(name) is None


@pytest.mark.parametrize("name,country", [("Yoruba", "NGA"), ("Chechens", "RUS"), ("Kurds", None), ("Hutu", None)])
def test_kb_ethnic_group_only_single_country_communities(kb: KnowledgeBase, name: str, country: str | None) -> None:
    assert kb.ethnic_group(name) == country


def test_kb_people_like_finds_near_spellings_only(kb: KnowledgeBase) -> None:
    assert {p.country for p in kb.people_like("Abdelaziz Boutefliqa")} == {"DZA"}
    assert kb.people_like("Xavier Qwertyuiop") == []
    assert kb.people_like("Ng") == []  # short surnames are never guessed


def test_kb_people_named_finds_article_prefixed_surname(kb: KnowledgeBase) -> None:
    assert {p.country for p in kb.people_named("Assad")} == {"SYR"}


@pytest.mark.parametrize("text,country", [
    ("Shining Path", "PER"), ("Liberation Tigers of Tamil Eelam", "LKA"), ("LTTE", "LKA"), ("al-Qaeda", "IMG"),
])
def test_kb_organization_non_state_armed_groups_from_phoenix(kb: KnowledgeBase, text: str, country: str) -> None:
    org = kb.organization(text)
    assert org is not None and (org.country, org.sector) == (country, "REB")


@pytest.mark.parametrize("text,code,country,sector", [
    ("International Labor Office", "ILO", "UNO", "LAB"), ("International Labour Office", "ILO", "UNO", "LAB"),
    ("UN refugee agency", "UNHCR", "UNO", "REF"), ("U.N. High Commissioner for Refugees", "UNHCR", "UNO", "REF"),
    ("Red Cross", "ICRC", "NGO", "MED"), ("Red Crescent", "IFRC", "NGO", "MED"),
    ("UN peacekeepers", "UNPKF", "UNO", "MIL"), ("U.N. Security Council", "UNSC", "UNO", "GOV"),
    ("Organization of African Unity", "OAU", "IGO", "GOV"), ("ECOMOG", "ECOMOG", "IGO", "MIL"),
    ("KFOR", "KFOR", "IGO", "MIL"), ("UNPROFOR", "UNPROFOR", "UNO", "MIL"), ("Warsaw Pact", "WARSAWPACT", "IGO", "MIL"),
    ("International Criminal Tribunal for Rwanda", "ICTR", "UNO", "JUD"), ("WHO", "WHO", "UNO", "MED"),
    ("Norwegian Refugee Council", "NRC", "NGO", "REF"), ("Physicians for Human Rights", "PHR", "NGO", "MED"),
])
def test_kb_organization_sectors_follow_phoenix_codes(kb: KnowledgeBase, text: str, code: str, country: str,
                                                      sector: str) -> None:
    """Sectors of UN agencies, Red Cross bodies and peacekeeping forces (Phoenix.International.actors.txt codes:
    IGOUNOREFHCR -> REF, NGOHLHIRC -> MED, IGOUNOLABILO -> LAB)."""
    org = kb.organization(text)
    assert org is not None and (org.code, org.country, org.sector) == (code, country, sector)


@pytest.mark.parametrize("text", ["can", "amis", "alba"])
def test_kb_organization_lowercase_words_are_not_acronyms(kb: KnowledgeBase, text: str) -> None:
    assert kb.organization(text) is None


@pytest.mark.parametrize("text,iso3", [("Guinean", "GIN"), ("Guatemalan", "GTM"), ("Papua New Guinean", "PNG")])
def test_kb_countryinfo_records_with_another_states_iso_code_are_filed_under_their_own(
        kb: KnowledgeBase, text: str, iso3: str) -> None:
    c = kb.country(text)
    assert c is not None and c.iso3 == iso3


def test_kb_countryinfo_leaders_follow_the_records_own_country(kb: KnowledgeBase) -> None:
    assert {p.country for p in kb.people_named("Lansana Conte")} == {"GIN"}


@pytest.mark.parametrize("name, iso3", [("Bolivia", "BOL"), ("Colombia", "COL"), ("bolivia", "BOL")])
def test_kb_country_name_is_no_organization(name: str, iso3: str) -> None:
    """The old actor dictionaries file rebel groups under their country's name; that name still names the
    country (an organisation's own acronym that is also a code, "GUAM", stays the organisation)."""
    kb = get_kb()
    assert kb.organization(name) is None
    country = kb.country(name)
    assert country is not None and country.iso3 == iso3
    assert kb.organization("GUAM") is not None


def test_kb_countryinfo_synonym_names_are_one_person_with_aliases(kb: KnowledgeBase) -> None:
    """CountryInfo writes one person's spellings as "{A_}{B_}": A is the name and B an alias, never one braced
    string, and the cabinet record of the same person (under B) is merged into A."""
    raw = _read_raw(DATA_DIR)[0]["people"]
    assert not [p["name"] for p in raw if "{" in p["name"] or any("{" in a for a in p["aliases"])]
    assert all(p["name"] for p in raw)
    full = kb.people_named("Levy Patrick Mwanawasa", on="2005-11-29")
    short = kb.people_named("Levy Mwanawasa", on="2005-11-29")
    assert full and short and full[0].id == short[0].id and short[0].name == "Levy Mwanawasa"
    assert {p.role for p in short[0].positions} >= {"President", "Defense Minister"}
    assert kb.people_named("Abdullah II", on="2005-01-01")[0].name == "Abdullah II"  # a regnal number stays upper case
