"""The generated lexicon tables (verbs_cameo2.tsv, phrases_cameo2.tsv from the PETRARCH2 verb dictionary):
what they add to the bundled lexicon, and that hand-written entries win over them."""

from __future__ import annotations

from importlib import resources

import pytest

import communique.lexicon as lexicon_module
from communique.lexicon import get_lexicon
from communique.pipeline.events.triggers import find_triggers
from communique.pipeline.nlp import parse_text


def _trigger_types(text: str) -> list[tuple[str, str]]:
    lex = get_lexicon()
    doc = parse_text(text)
    return [(t.plover.event_type, t.rule) for s in doc.sents for t in find_triggers(s, lex)]


@pytest.mark.parametrize(
    ("text", "event_type", "rule"),
    [
        ("North Korea tried to hack into the computers of South Korean army officers.", "COERCE",
         "phrase:hack+computer"),
        ("Russia closed its borders with Iran.", "COERCE", "phrase:close+border"),
        ("The government eased the curfew in the capital.", "RETREAT", "phrase:ease+curfew"),
        ("The navy launched war games near the coast.", "MOBILIZE", "phrase:launch+war game"),
        ("The army used civilians as human shields.", "ASSAULT", "phrase:use+human shield"),
        ("Rebels ransacked the village.", "ASSAULT", "verb:ransack"),
        ("Militiamen slaughtered dozens of villagers.", "ASSAULT", "verb:slaughter"),
        ("The minister castigated the opposition leader.", "ACCUSE", "verb:castigate"),
        ("Police apprehended the suspects.", "COERCE", "verb:apprehend"),
        ("The government nationalized the oil company.", "COERCE", "verb:nationalize"),
    ],
)
def test_lexicon_cameo2_covers_verbs_missing_from_hand_tables(text: str, event_type: str, rule: str) -> None:
    found = _trigger_types(text)
    assert (event_type, rule) in found, found
    lex = get_lexicon()
    key = rule.split(":", 1)[1]
    entry = lex.phrase(*key.split("+", 1)) if rule.startswith("phrase:") else lex.verbs.get(key)
    assert entry is not None and entry.source == "cameo2"  # the generated table, not a hand entry, fires


@pytest.mark.parametrize(
    "text",
    [
        "The minister expressed hope for peace.",  # a hand statement pattern still blocks the verb
        "The president will consider the proposal.",  # a dictionary default (040) left out as no event
        "Thousands died in the floods.",
        "The injured man was rushed to a hospital.",  # "rush to" left out: a preposition, not a visit
        "Several roads were closed after the storm.",  # "close" keeps only borders, embassies, airports...
        "The police said no weapon was recovered.",  # "recover" left out
        "The firefighters suppressed the blaze.",  # "suppress" left out as a verb default
    ],
)
def test_lexicon_cameo2_adds_no_event_to_plain_sentences(text: str) -> None:
    assert _trigger_types(text) == []


def _table(name: str) -> dict[str, str]:
    text = resources.files("communique.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {r[0].strip().lower(): r[1].strip() for r in rows}


def test_lexicon_hand_verbs_override_generated_verbs() -> None:
    hand, generated = _table("verbs.tsv"), _table("verbs_cameo2.tsv")
    both = set(hand) & set(generated)
    assert "fly to" in both and hand["fly to"] != generated["fly to"]  # 042 by hand, 036 in the dictionary
    lex = get_lexicon()
    for key in both:
        assert (lex.verbs[key].cameo, lex.verbs[key].source) == (hand[key], "hand")


def test_lexicon_hand_entries_override_generated_ones_when_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    tables = {
        "cameo_plover.tsv": [["040", "CONSULT", "", "", "Consult"], ["036", "AGREE", "", "", "Intent to meet"],
                             ["190", "ASSAULT", "", "", "Fight"], ["195", "ASSAULT", "", "", "Aerial"]],
        "verbs_cameo2.tsv": [["convene", "036"], ["slay", "190"]],
        "verbs.tsv": [["convene", "040", "topic"]],
        "nouns.tsv": [["summit", "040"]],
        "phrases_cameo2.tsv": [["launch", "raid", "190", "-"], ["drop", "bomb", "195", "-"]],
        "phrases.tsv": [["launch", "raid", "195", "-"]],
    }
    monkeypatch.setattr(lexicon_module, "_rows", lambda name: [list(r) for r in tables[name]])
    lex = lexicon_module.get_lexicon.__wrapped__()
    assert (lex.verbs["convene"].cameo, lex.verbs["convene"].source) == ("040", "hand")
    assert (lex.verbs["slay"].cameo, lex.verbs["slay"].source, lex.verbs["slay"].object_role) == (
        "190", "cameo2", "recipient")
    raid = lex.phrase("launch", "raid")
    assert raid is not None and (raid.cameo, raid.source) == ("195", "hand")
    bomb = lex.phrase("drop", "bomb")
    assert bomb is not None and bomb.source == "cameo2"
    assert {"convene", "slay", "launch", "drop"} <= lex.known_verbs


def test_lexicon_cameo2_tables_hold_no_statement_codes() -> None:
    lex = get_lexicon()
    generated = [e.cameo for e in lex.verbs.values() if e.source == "cameo2"]
    generated += [e.cameo for e in lex.phrases.values() if e.source == "cameo2"]
    assert len(generated) > 1000
    assert not [c for c in generated if c.startswith("01")]
    assert all(lex.classify(c) is not None for c in generated)
