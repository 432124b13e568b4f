"""The part of an event the golden file pins: what a user reads, without ids and confidences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def project(event: dict[str, Any]) -> str:
    def side(actors: list[dict[str, Any]]) -> list[list[Any]]:
        return sorted([a["name"], a["country"], a["sector"]] for a in actors)

    return json.dumps({
        "event_type": event["event_type"], "cameo": event["cameo"], "mode": event["mode"],
        "status": event["status"], "date": event["date"], "date_precision": event["date_precision"],
        "actors": side(event["actors"]), "recipients": side(event["recipients"]),
        "location": (event["location"] or {}).get("name"), "sources": event["sources"],
        "evidence": sorted(f"{Path(m['path']).name}:{m['start']}-{m['end']}" for m in event["mentions"]),
    }, ensure_ascii=False, sort_keys=True)
