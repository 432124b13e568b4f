"""The web page: every view and its JSON through Flask's test client (escaping, bounds, errors), and one real
headless Chromium run that applies a filter and finds the rows."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from msgspec.structs import replace

from communique.errors import MissingExtra
from communique.store import DuckDBStore, MemoryStore
from tests.helpers.hand_events import DOCS, fill, hand_events

flask = pytest.importorskip("flask")

from communique.serve import create_app  # noqa: E402
from communique.serve.data import MAX_LIMIT, parse_query  # noqa: E402


@pytest.fixture
def client() -> Iterator[Any]:
    with MemoryStore() as store:
        yield create_app(fill(store), db_label="hand").test_client()


def _ids(html: str) -> list[str]:
    import re

    return re.findall(r'class="event-row" data-id="([^"]+)"', html)


def test_serve_events_page_filters_like_events(client: Any) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert _ids(page.text) == ["ev_sanction", "ev_meet", "ev_accuse", "ev_protest"]
    assert _ids(client.get("/?type=accuse").text) == ["ev_accuse"]
    assert _ids(client.get("/?actor=bayramov&reported_since=2022-09-21").text) == ["ev_accuse"]
    data = client.get("/api/events?country=RUS").get_json()
    assert [e["id"] for e in data["events"]] == ["ev_sanction", "ev_accuse"] and data["total"] == 2
    dated = client.get("/?since=2022-09-01")
    assert _ids(dated.text) == ["ev_sanction", "ev_meet"]
    assert "2 undated events left out" in dated.text
    assert client.get("/api/events?since=2022-09-01").get_json()["undated_left_out"] == 2


def test_serve_escapes_article_text(client: Any) -> None:
    page = client.get("/event/ev_accuse").text
    assert "&lt;the plant&gt; &amp; more" in page and "<the plant>" not in page
    assert "A row &lt;b&gt;&amp;&lt;/b&gt; sanctions" in page and "<b>&</b>" not in page
    assert "<mark>accused</mark>" in page  # the trigger, highlighted with our own markup only


def test_serve_event_page_has_evidence_sources_and_explain_trail(client: Any) -> None:
    page = client.get("/event/ev_meet").text
    assert page.count('class="mention"') == 2
    assert "<mark>met</mark>" in page  # found by offsets in the first report, by its words in the second
    assert '<a href="https://a.example/talks" rel="noopener noreferrer">Talks in New York</a>' in page
    assert "verb:meet" in page and "kb:person" in page  # the --explain trail
    data = client.get("/api/events/ev_meet").get_json()
    assert data["why"]["rule"] == "verb:meet" and len(data["sources"]) == 2
    assert data["evidence"][1]["segments"] == [{"text": "Bayramov and Guterres ", "trigger": False},
                                               {"text": "met", "trigger": True},
                                               {"text": " on Monday.", "trigger": False}]
    assert client.get("/event/ev_nope").status_code == 404
    assert client.get("/api/events/ev_nope").get_json() == {"error": "no event ev_nope"}


def test_serve_links_only_http_urls() -> None:
    evs = hand_events()
    evs[1].mentions = [replace(evs[1].mentions[0], url="javascript:alert(1)")]
    with MemoryStore() as store:
        store.write_batch(list(DOCS), evs, [])
        page = create_app(store).test_client().get("/event/ev_accuse").text
    assert "javascript:" not in page


def test_serve_actor_page_with_timeline(client: Any) -> None:
    page = client.get("/actor/person:jeyhun-bayramov")
    assert page.status_code == 200 and "<svg" in page.text and "Foreign Minister" in page.text
    assert _ids(page.text) == ["ev_meet", "ev_accuse"]
    data = client.get("/api/actors/person:jeyhun-bayramov").get_json()
    assert data["timeline"] == [{"month": "2022-09", "events": 1}] and data["undated"] == 1
    assert data["actor"]["name"] == "Jeyhun Bayramov" and data["total"] == 2
    assert client.get("/actor/person:nobody").status_code == 404


def test_serve_dyad_network(client: Any) -> None:
    data = client.get("/api/dyads").get_json()
    pairs = {(e["source"], e["target"]): e["weight"] for e in data["edges"]}
    assert pairs == {("person:jeyhun-bayramov", "person:antonio-guterres"): 1,
                     ("person:antonio-guterres", "person:jeyhun-bayramov"): 1, ("country:RUS", "country:UKR"): 1,
                     ("country:RUS", "person:jeyhun-bayramov"): 1, ("org:EUR", "country:RUS"): 1}
    assert next(n for n in data["nodes"] if n["id"] == "country:RUS")["events"] == 2
    page = client.get("/dyads?type=SANCTION").text
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and "European Union" in page and "Ukraine" not in page


def test_serve_map_of_located_events(client: Any) -> None:
    data = client.get("/api/map").get_json()
    assert [(p["id"], p["place"], p["lat"], p["lon"]) for p in data["points"]] == [
        ("ev_meet", "New York City", 40.7143, -74.006)]
    assert data["unlocated"] == 3
    page = client.get("/map").text
    assert '<a href="/event/ev_meet"><circle' in page


def test_serve_pages_need_nothing_from_elsewhere(client: Any) -> None:
    """No script, stylesheet, font, image or tile from another host: everything ships in the package."""
    import re

    for url in ("/", "/event/ev_meet", "/actor/country:RUS", "/dyads", "/map"):
        page = client.get(url).text
        assert "<script" not in page and "<link" not in page and "<img" not in page and "@import" not in page
        articles = re.sub(r'<a href="https://[^"]+" rel="noopener noreferrer">', "", page)  # links to the sources
        assert not re.search(r'\b(src|href)="(https?:)?//', articles)
        assert 'id="json-link"' in page  # every view links to its JSON


def test_serve_bad_parameters_and_bounds(client: Any) -> None:
    page = client.get("/?since=yesterday")
    assert page.status_code == 400 and "YYYY-MM-DD" in page.text
    bad = client.get("/api/events?type=party")
    assert bad.status_code == 400 and "PLOVER" in bad.get_json()["error"]
    assert client.get("/api/events?limit=ten").status_code == 400
    assert client.get("/api/events?actor=%27%20OR%201%3D1%20--").get_json()["events"] == []  # a parameter
    assert parse_query({"limit": "999999"}).limit == MAX_LIMIT
    assert parse_query({}).limit == 100
    assert client.get("/api/events?limit=1").get_json()["shown"] == 1


def test_serve_reads_duckdb_read_only(tmp_path: Path) -> None:
    with DuckDBStore(tmp_path / "s.duckdb") as s:
        fill(s)
    with DuckDBStore(tmp_path / "s.duckdb", read_only=True) as store:
        c = create_app(store).test_client()
        assert _ids(c.get("/?status=occurred&type=CONSULT").text) == ["ev_meet"]
        assert c.get("/api/dyads").get_json()["edges"]


def test_serve_without_flask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "flask", None)
    with pytest.raises(MissingExtra, match="Flask") as exc:
        create_app(MemoryStore())
    assert "communique[serve]" in exc.value.fix


# ------------------------------------------------------------------------------------------ real browser

CHROMIUM, CHROMEDRIVER = shutil.which("chromium") or "/usr/bin/chromium", shutil.which("chromedriver")


def _browser(profile: Path) -> Any:
    if not Path(CHROMIUM).exists() or CHROMEDRIVER is None:
        pytest.skip("no headless browser: install Debian's chromium and chromium-driver "
                    "(apt-get install -y chromium chromium-driver) to run the browser test")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,900"):
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)


def test_serve_in_headless_chromium_filter_finds_rows(tmp_path: Path) -> None:
    from werkzeug.serving import make_server

    driver = _browser(tmp_path / "profile")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    store = fill(MemoryStore())
    server = make_server("127.0.0.1", 0, create_app(store), threaded=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        driver.get(f"http://127.0.0.1:{server.server_port}/")
        rows = driver.find_elements(By.CSS_SELECTOR, "tr.event-row")
        assert len(rows) == 4
        Select(driver.find_element(By.ID, "f-type")).select_by_value("ACCUSE")
        driver.find_element(By.ID, "f-actor").send_keys("Bayramov")
        driver.find_element(By.ID, "apply").click()
        WebDriverWait(driver, 10).until(lambda d: "type=ACCUSE" in d.current_url)
        rows = driver.find_elements(By.CSS_SELECTOR, "tr.event-row")
        assert [r.get_attribute("data-id") for r in rows] == ["ev_accuse"]
        assert "Russia" in rows[0].text and "Jeyhun Bayramov" in rows[0].text
        rows[0].find_element(By.LINK_TEXT, "evidence").click()
        WebDriverWait(driver, 10).until(lambda d: "/event/ev_accuse" in d.current_url)
        assert driver.find_element(By.CSS_SELECTOR, "#evidence mark").text == "accused"
    finally:
        driver.quit()
        server.shutdown()


def test_serve_cli_without_flask_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from click.testing import CliRunner

    from communique.cli import main

    db = tmp_path / "s.duckdb"
    with DuckDBStore(db) as s:
        fill(s)
    monkeypatch.setitem(sys.modules, "flask", None)
    res = CliRunner().invoke(main, ["serve", "--db", str(db)])
    assert res.exit_code == 1 and "pip install 'communique[serve]'" in res.output and "serving" not in res.output
