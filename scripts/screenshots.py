"""Screenshots of every view of `communique serve`, taken in headless Chromium (docs/screenshots/*.png).

    communique ingest ../shared/seeds --db /tmp/seeds.duckdb
    python scripts/screenshots.py --db /tmp/seeds.duckdb [--out docs/screenshots]

Needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver), selenium and flask.
The server runs in this process on a free local port; nothing is fetched from elsewhere.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import communique

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage")


def chromium(profile: str, width: int = 1400, height: int = 1000) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def start_server(db: str) -> tuple[Any, str]:
    from werkzeug.serving import make_server

    from communique.serve import create_app
    from communique.store import open_store

    store = open_store(db, read_only=True)
    server = make_server("127.0.0.1", 0, create_app(store, db_label=Path(db).name), threaded=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def shoot(driver: Any, url: str, path: Path, width: int = 1400, max_height: int = 2400) -> None:
    """The whole page (up to max_height pixels), at a fixed width."""
    metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    driver.get(url)
    time.sleep(0.3)
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**metrics, "height": min(height, max_height)})
    time.sleep(0.2)
    driver.save_screenshot(str(path))
    try:  # a 256-colour palette keeps the committed PNGs small; without Pillow they stay as taken
        from PIL import Image

        with Image.open(path) as img:
            img.convert("RGB").quantize(colors=256).save(path, optimize=True)
    except ImportError:
        pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", default="docs/screenshots")
    ap.add_argument("--event", help="event id for the event view (default: the one with the most sources)")
    ap.add_argument("--actor", help="actor id for the actor view (default: the actor with the most events)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    events = communique.query_events(args.db)  # read from the store itself, before the page serves it
    event = args.event or max(events, key=lambda e: (e.sources, len(e.actors) + len(e.recipients))).id
    counts = Counter(a.id for e in events for a in [*e.actors, *e.recipients] if a.id)
    actor = args.actor or (counts.most_common(1)[0][0] if counts else "")
    server, base = start_server(args.db)
    views = {"events": "/", "events-filtered": "/?type=CONSULT&reported_since=2022-09-20", "event": f"/event/{event}",
             "actor": f"/actor/{actor}", "dyads": "/dyads", "map": "/map"}
    with tempfile.TemporaryDirectory() as profile:
        driver = chromium(profile)
        try:
            for name, path in views.items():
                shoot(driver, base + path, out / f"{name}.png")
                print(f"{out / (name + '.png')}: {base}{path}")
        finally:
            driver.quit()
            server.shutdown()


if __name__ == "__main__":
    main()
