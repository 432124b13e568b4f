"""The package root is the library surface the CLI uses; this pins its names (as httpx does)."""

from __future__ import annotations

import subprocess
import sys

import communique

EXPECTED = [
    "EVALUATORS", "STAGES", "Actor", "CommuniqueError", "Document", "Event", "EventQuery", "ExtractionError", "IngestReport", "Location",
    "Mention", "Settings", "__version__", "check_model", "compare_extractors", "extract", "get_executor", "import_dictionaries",
    "ingest_paths", "open_store", "process_batch", "query_events", "run_evaluation",
]


def test_api_surface_exports_are_pinned() -> None:
    assert sorted(communique.__all__) == sorted(EXPECTED)


def test_api_surface_every_export_resolves() -> None:
    for name in communique.__all__:
        assert getattr(communique, name) is not None, name


def test_api_surface_unknown_name_raises_attribute_error() -> None:
    try:
        communique.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_api_surface_import_does_not_load_spacy() -> None:
    code = "import sys, communique, communique.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_api_surface_stages_are_declared_in_order() -> None:
    names = [s.name for s in communique.STAGES]
    assert names[0] == "events"
    assert names.index("dates") < names.index("actors")  # office holders are looked up on the event date
    assert names.index("places") < names.index("context-countries")  # the location is a context cue
    assert names.index("merge-within") < names.index("canonical-names") < names.index("gate")
    assert names[-1] == "gate"  # the confidence model sees the final, merged events
    assert all(s.fills for s in communique.STAGES)


def test_api_surface_registered_extractor_is_known_to_evaluate(monkeypatch) -> None:
    from communique.evaluate import available_extractors
    from communique.pipeline.events import extractors

    monkeypatch.setitem(extractors.EXTRACTORS, "my-extractor", lambda *a, **k: [])
    assert "my-extractor" in available_extractors()


def test_api_surface_extract_gives_the_kb_canonical_name_as_ingest_does() -> None:
    # the "canonical-names" stage runs for the Python API too (it used to run only in the ingest driver)
    events = communique.extract("Antonio Guterres met the French president in Paris on Monday.",
                                published="2023-05-10")
    names = {a.name for e in events for a in [*e.actors, *e.recipients] if a.id == "person:antonio-guterres"}
    assert names == {"António Guterres"}
