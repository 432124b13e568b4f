"""Lexicon.classify answers are remembered per code, and read afresh once entries are added."""

from __future__ import annotations

from communique.lexicon import Lexicon, PloverClass, get_lexicon


class CountingDict(dict):  # type: ignore[type-arg]
    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.gets = 0

    def get(self, key: object, default: object = None) -> object:
        self.gets += 1
        return super().get(key, default)


def test_lexicon_classify_reads_the_table_once_per_code() -> None:
    table = CountingDict({"040": PloverClass("040", "CONSULT", None, (), "consult")})
    lex = Lexicon(plover=table)  # type: ignore[arg-type]
    first = lex.classify("0401")
    reads = table.gets
    assert lex.classify("0401") == first and first is not None and first.cameo == "0401"
    assert reads > 0 and table.gets == reads
    lex.plover["0401"] = PloverClass("0401", "CONSULT", "visit", (), "visit")
    got = lex.classify("0401")
    assert got is not None and got.mode == "visit"  # an added entry is read


def test_lexicon_classify_same_as_the_table_walk() -> None:
    lex = get_lexicon()
    for code in ["040", "0401", "042", "1011", "120", "999", "", "19", "0874"]:
        assert lex.classify(code) == lex._classify(code)
