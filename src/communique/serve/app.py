"""The Flask application: an HTML page and a JSON endpoint per view, over one read-only store.

Views: ``/`` events (filters of `communique events`), ``/event/ID``, ``/actor/ID``, ``/dyads``, ``/map``; JSON at
``/api/events``, ``/api/events/ID``, ``/api/actors/ID``, ``/api/dyads``, ``/api/map``. Everything the pages need
is in the package (templates, inline CSS and SVG): no script, font or tile comes from elsewhere.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, abort, jsonify, render_template, request, url_for
from markupsafe import Markup

from ..records import PLOVER_TYPES, STATUSES
from ..store.base import Store
from . import data, svg


def safe_url(url: str | None) -> str | None:
    """An article URL fit for a link: http(s) only (never ``javascript:`` and the like)."""
    if not url:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def _register_pages(app: Flask, run: Any) -> None:
    @app.get("/")
    def events_page() -> str:
        q = data.parse_query(request.args)
        return render_template("events.html", page=run(data.event_list, q), title="Events")

    @app.get("/event/<path:event_id>")
    def event_page(event_id: str) -> str:
        found = run(data.event_detail, event_id)
        if found is None:
            abort(404, f"no event {event_id}")
        return render_template("event.html", page=found, title=f"Event {event_id}")

    @app.get("/actor/<path:actor_id>")
    def actor_page(actor_id: str) -> str:
        found = run(data.actor_page, actor_id)
        if found is None:
            abort(404, f"no actor {actor_id}")
        chart = Markup(svg.timeline_svg(found["timeline"]))
        return render_template("actor.html", page=found, chart=chart, title=found["actor"]["name"])

    @app.get("/dyads")
    def dyads_page() -> str:
        q = data.parse_query(request.args, default_limit=data.GRAPH_EVENTS, cap=data.GRAPH_EVENTS)
        page = run(data.dyad_network, q)
        names = {n["id"]: n["name"] for n in page["nodes"]}
        chart = Markup(svg.network_svg(page["nodes"], page["edges"], lambda a: url_for("actor_page", actor_id=a)))
        return render_template("dyads.html", page=page, chart=chart, names=names, title="Dyads")

    @app.get("/map")
    def map_page() -> str:
        q = data.parse_query(request.args, default_limit=data.GRAPH_EVENTS, cap=data.GRAPH_EVENTS)
        page = run(data.map_points, q)
        chart = Markup(svg.map_svg(page["points"], lambda e: url_for("event_page", event_id=e)))
        return render_template("map.html", page=page, chart=chart, title="Map")


def _register_api(app: Flask, run: Any) -> None:
    @app.get("/api/events")
    def api_events() -> Any:
        return jsonify(run(data.event_list, data.parse_query(request.args)))

    @app.get("/api/events/<path:event_id>")
    def api_event(event_id: str) -> Any:
        found = run(data.event_detail, event_id)
        return jsonify(found) if found is not None else (jsonify({"error": f"no event {event_id}"}), 404)

    @app.get("/api/actors/<path:actor_id>")
    def api_actor(actor_id: str) -> Any:
        found = run(data.actor_page, actor_id)
        return jsonify(found) if found is not None else (jsonify({"error": f"no actor {actor_id}"}), 404)

    @app.get("/api/dyads")
    def api_dyads() -> Any:
        q = data.parse_query(request.args, default_limit=data.GRAPH_EVENTS, cap=data.GRAPH_EVENTS)
        return jsonify(run(data.dyad_network, q))

    @app.get("/api/map")
    def api_map() -> Any:
        q = data.parse_query(request.args, default_limit=data.GRAPH_EVENTS, cap=data.GRAPH_EVENTS)
        return jsonify(run(data.map_points, q))


def create_app(store: Store, *, db_label: str = "") -> Flask:
    """The application over ``store`` (open it read-only: the pages never write). One request reads the store at a
    time (a DuckDB connection is not shared between threads)."""
    app = Flask(__name__)
    app.json.sort_keys = False  # type: ignore[attr-defined]
    lock = threading.Lock()

    def run(fn: Any, *args: Any) -> Any:
        with lock:
            try:
                return fn(store, *args)
            finally:
                store.release()  # an ingest may write between two requests

    @app.context_processor
    def common() -> dict[str, Any]:
        return {"db_label": db_label, "types": PLOVER_TYPES, "statuses": STATUSES, "safe_url": safe_url,
                "filters": request.args, "api_url": _api_url()}

    def _api_url() -> str | None:
        endpoint = request.endpoint or ""
        target = {"events_page": "api_events", "dyads_page": "api_dyads", "map_page": "api_map"}.get(endpoint)
        if target is not None:
            args: dict[str, Any] = request.args.to_dict()
            return url_for(target, **args)
        if endpoint == "event_page":
            return url_for("api_event", **(request.view_args or {}))
        if endpoint == "actor_page":
            return url_for("api_actor", **(request.view_args or {}))
        return None

    @app.errorhandler(data.BadRequest)
    def bad_request(exc: data.BadRequest) -> Any:
        if request.path.startswith("/api/"):
            return jsonify({"error": str(exc)}), 400
        return render_template("error.html", message=str(exc), title="Bad request"), 400

    @app.errorhandler(404)
    def not_found(exc: Any) -> Any:
        message = getattr(exc, "description", "not found")
        if request.path.startswith("/api/"):
            return jsonify({"error": message}), 404
        return render_template("error.html", message=message, title="Not found"), 404

    _register_pages(app, run)
    _register_api(app, run)
    return app
