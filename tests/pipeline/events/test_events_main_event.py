"""Which event of a sentence is its main one: the evaluators score the most confident event of a sentence, so
confidence must favour the main clause over scene-setting clauses.

Sentences are written for these tests; none come from the evaluation sets.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.evaluate.plover_gsr import best_event
from tests.helpers.pipeline import events_in as events

MAIN_TABLE = [
    # sentence, main event type, its trigger word
    ("Somalia on Tuesday recalled its ambassador to Ethiopia and accused Addis Ababa of violating its sovereignty, "
     "a day after Ethiopia signed a deal with Somaliland.", "SANCTION", "recalled"),
    ("Kenya condemned the raid, two days after rebels killed ten soldiers and wounded five police officers in "
     "Mandera.", "ACCUSE", "condemned"),
    ("After rebels killed ten soldiers in the north, Kenya condemned the attack.", "ACCUSE", "condemned"),
    # the background event has both sides, the main one only its actor: the main clause still wins
    ("Somalia protested on Tuesday, a day after Ethiopia signed a deal with Somaliland.", "ACCUSE", "protested"),
]


@pytest.mark.parametrize(("sentence", "etype", "trigger"), MAIN_TABLE)
def test_events_main_clause_outranks_background_clause(nlp: Language, sentence: str, etype: str,
                                                       trigger: str) -> None:
    best = best_event(events(nlp, sentence))
    assert best is not None
    assert best.event_type == etype and best.trigger is not None and trigger in best.trigger.text, best.rule


def test_events_background_event_is_still_reported(nlp: Language) -> None:
    """Weighting a scene-setting clause down does not drop its event: it happened and is news of its own."""
    evs = events(nlp, "Kenya condemned the attack after rebels killed ten soldiers in the north.")
    assert any(e.event_type == "ASSAULT" for e in evs)
