"""Hand lexicon entries for easing restrictions and for artillery fire (CAMEO 0811, 0813, 194, 190)."""

from __future__ import annotations

import pytest

from communique.lexicon import get_lexicon


@pytest.mark.parametrize(("verb", "obj", "cameo", "plover"), [
    ("enhance", "political freedom", "0811", "CONCEDE"),
    ("expand", "press freedom", "0811", "CONCEDE"),
    ("shorten", "curfew", "0813", "RETREAT"),
    ("launch", "artillery", "194", "ASSAULT"),
    ("launch", "fire", "190", "ASSAULT"),
])
def test_lexicon_easing_and_fire_phrases(verb: str, obj: str, cameo: str, plover: str) -> None:
    lex = get_lexicon()
    entry = lex.phrase(verb, obj)
    assert entry is not None and entry.cameo == cameo
    cls = lex.classify(cameo)
    assert cls is not None and cls.event_type == plover


def test_lexicon_easing_not_for_unrelated_objects() -> None:
    assert get_lexicon().phrase("enhance", "security") is None


def test_lexicon_easing_needs_political_freedoms() -> None:
    # "expanded freedom of navigation operations" is no easing of political freedoms
    assert get_lexicon().phrase("expand", "freedom") is None
