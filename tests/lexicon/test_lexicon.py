"""The event lexicon: CAMEO -> PLOVER table and the verb / noun / phrase tables."""

from __future__ import annotations

import pytest

from communique.lexicon import get_lexicon
from communique.records import PLOVER_TYPES


@pytest.mark.parametrize(
    ("cameo", "event_type", "mode"),
    [
        ("040", "CONSULT", None),
        ("041", "CONSULT", "phone"),
        ("042", "CONSULT", "visit"),
        ("043", "CONSULT", "visit"),
        ("051", "SUPPORT", None),
        ("057", "SUPPORT", None),
        ("036", "AGREE", None),
        ("0231", "REQUEST", "assist"),  # appeals (02x) are PLOVER REQUEST
        ("106", "REQUEST", "meet"),
        ("112", "ACCUSE", "disapprove"),
        ("090", "ACCUSE", "investigate"),
        ("125", "REJECT", "meet"),
        ("138", "THREATEN", "violence"),
        ("141", "PROTEST", "demo"),
        ("154", "MOBILIZE", "troops"),
        ("163", "SANCTION", "restrict"),
        ("173", "COERCE", "arrest"),
        ("190", "ASSAULT", None),
        ("0841", "RETREAT", "release"),
    ],
)
def test_lexicon_maps_cameo_codes_to_plover(cameo: str, event_type: str, mode: str | None) -> None:
    cls = get_lexicon().classify(cameo)
    assert cls is not None
    assert (cls.event_type, cls.mode) == (event_type, mode)


def test_lexicon_statement_codes_have_no_plover_type() -> None:
    assert get_lexicon().classify("013") is None  # optimistic comment: not a PLOVER event
    assert get_lexicon().classify("018") is None


def test_lexicon_unknown_subcode_falls_back_to_parent() -> None:
    cls = get_lexicon().classify("0429")
    assert cls is not None and cls.event_type == "CONSULT"


def test_lexicon_every_entry_has_a_plover_class_or_is_a_statement() -> None:
    lex = get_lexicon()
    for verb in lex.verbs.values():
        assert lex.classify(verb.cameo) is not None, verb
    for noun, code in lex.nouns.items():
        assert lex.classify(code) is not None, noun
    for phrase in lex.phrases.values():
        assert lex.classify(phrase.cameo) is not None or phrase.cameo.startswith("01"), phrase


def test_lexicon_covers_all_sixteen_plover_types() -> None:
    lex = get_lexicon()
    codes = [v.cameo for v in lex.verbs.values()] + list(lex.nouns.values()) + [p.cameo for p in lex.phrases.values()]
    types = {c.event_type for c in (lex.classify(code) for code in codes) if c is not None}
    assert types == set(PLOVER_TYPES)


@pytest.mark.parametrize(
    ("verb", "obj", "cameo"),
    [("pay", "visit", "042"), ("make", "phone call", "041"), ("hold", "talks", "040"), ("exchange", "view", "040"),
     ("express", "hope", "013"), ("sign", "agreement", "057"), ("impose", "sanctions", "163"), ("open", "fire", "190")],
)
def test_lexicon_multiword_patterns(verb: str, obj: str, cameo: str) -> None:
    entry = get_lexicon().phrase(verb, obj)
    assert entry is not None and entry.cameo == cameo


def test_lexicon_verb_particles_are_separate_entries() -> None:
    lex = get_lexicon()
    assert lex.verbs["call for"].cameo == "020"
    assert lex.verbs["meet"].object_role == "recipient"
    assert lex.verbs["discuss"].object_role == "topic"
