"""Knowledge-base look-ups remembered for the same text: the fuzzy people search and the exact key of a text."""

from __future__ import annotations

import pytest

from communique.kb import get_kb, tables
from communique.kb.base import KnowledgeBase as KB
from communique.kb.normalize import singular, tokens


@pytest.fixture()
def kb() -> KB:
    return KB(get_kb()._t)  # the bundled tables, with a memo of its own


def test_kb_people_like_searches_once_per_name(kb: KB, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    plain = kb._base_people.like

    def counting(name: str, *args: object) -> list:  # type: ignore[type-arg]
        calls.append(name)
        return plain(name)

    monkeypatch.setattr(kb._base_people, "like", counting)
    first = kb.people_like("Abdelaziz Bouteflicka")
    again = kb.people_like("Abdelaziz Bouteflicka")
    assert calls == ["Abdelaziz Bouteflicka"]
    assert first == again and isinstance(again, list) and first is not again  # a caller may change its own list
    assert any("Bouteflika" in p.name for p in first)


def test_kb_exact_key_of_a_text_is_made_once_for_all_kinds(kb: KB) -> None:
    before = tables._query_key.cache_info()
    kb.country("Ruritanian Republic of Nowhere")
    kb.organization("Ruritanian Republic of Nowhere")
    after = tables._query_key.cache_info()
    assert after.misses - before.misses == 1 and after.hits > before.hits


def _role_as_before(kb: KB, text: str) -> object:
    """The role scan as first written (every phrase and its singular built afresh), for comparison."""
    toks = tokens(text)
    for n in range(min(len(toks), kb._t.role_max_len), 0, -1):
        for i in range(len(toks) - n + 1):
            phrase = " ".join(toks[i:i + n])
            plain = " ".join([*toks[i:i + n - 1], singular(toks[i + n - 1])])
            hit = kb._t.roles.get(phrase) or kb._t.roles.get(plain)
            if hit:
                return hit
    return None


@pytest.mark.parametrize("text", [
    "foreign ministers", "Azerbaijani Foreign Minister", "the prime minister's", "defence ministry spokesmen",
    "senior officials of the ministries", "rebel leaders", "deputy chiefs of staff", "the weather", "",
])
def test_kb_role_same_as_the_plain_scan(kb: KB, text: str) -> None:
    assert kb.role(text) == _role_as_before(kb, text)
