"""Fuzzing the pipeline (issue 13): random code points, symbol runs, odd dates and mutated news sentences never
raise, never give evidence offsets that miss their sentence, and never cost more than a bounded time."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.fuzz import ODD_DATES, RUNS, SENTENCES, check, mutate

pytestmark = pytest.mark.slow
SECONDS = 60  # per input: ordinary sentences take well under a second

texts = st.one_of(
    st.text(min_size=1, max_size=400),  # any code points, lone surrogates included
    st.builds(lambda s, r, n: s + " " + r * n, st.sampled_from(SENTENCES), st.sampled_from(list(RUNS)),
              st.integers(1, 20_000)),
    st.builds(lambda seed, s: mutate(random.Random(seed), s), st.integers(0, 2**32), st.sampled_from(SENTENCES)),
    st.builds(lambda d, s: f" date {d}\n{s}", st.sampled_from(["9999-12-31", "0001-01-01", "2022-02-30"]),
              st.sampled_from(SENTENCES)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(text=texts, published=st.sampled_from(ODD_DATES))
def test_fuzz_pipeline_never_raises_and_keeps_offsets(text: str, published: str | None) -> None:
    outcome = check(text, published)
    assert outcome.kind in ("events", "no-events"), outcome
    assert outcome.seconds < SECONDS, outcome
