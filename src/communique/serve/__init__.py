"""``communique serve``: a local web page over a store (Flask, extra ``serve``).

``create_app(store)`` builds the application (see :mod:`communique.serve.app`); ``serve(db, host, port)`` opens the
store read-only and runs it on Werkzeug's server, bound to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

from typing import Any

from ..errors import MissingExtra
from ..store import open_store


def require_flask() -> None:
    try:
        import flask  # noqa: F401
    except ImportError as exc:
        raise MissingExtra("communique serve needs Flask",
                           "Install it: pip install 'communique[serve]' (or pip install flask)") from exc


def create_app(store: Any, *, db_label: str = "") -> Any:
    """The Flask application over an open store (raises MissingExtra without Flask)."""
    require_flask()
    from .app import create_app as make

    return make(store, db_label=db_label)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, wait: float = 10.0) -> None:
    """Serve the store at ``db`` (opened read-only, and let go between requests so an ingest can write: a request
    waits up to ``wait`` seconds for the ingest's batch) until interrupted."""
    require_flask()
    with open_store(db, read_only=True, wait=wait) as store:
        app = create_app(store, db_label=db)
        app.run(host=host, port=port, debug=False, use_reloader=False, threaded=True)


__all__ = ["create_app", "require_flask", "serve"]
