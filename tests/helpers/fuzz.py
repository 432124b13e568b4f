"""Hostile inputs for the pipeline and the check that one passes (issue 13): used by the Hypothesis test
(``tests/pipeline/test_fuzz.py``) and by ``benchmarks/fuzz.py``.

:func:`check` runs one input through ``make_document`` and ``process_batch`` and sorts the outcome: "events" or
"no-events" (fine), "named-failure" (the article failed with a message: e.g. the time budget), "unhandled" (an
exception escaped) or "silent" (a wrong result without a message: an evidence offset that does not point at its
sentence, an event without evidence).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from communique.config import Settings
from communique.pipeline.process import process_batch
from communique.pipeline.read import make_document
from communique.records import Document, Event

SENTENCES = [
    "Scholz met Macron in Paris on Monday.",
    "Finnish Foreign Minister Pekka Haavisto met Estonian Foreign Minister Urmas Reinsalu in Helsinki on March 13.",
    "Russia accused Ukraine of shelling the plant on 3 Sepember 2022.",
    "HELSINKI, 14 March 2023 (Wire): The president condemned the attack and called for talks.",
    "Protesters clashed with police in Tbilisi after the government signed the agreement last week.",
    "The United Nations said it would send aid to Sudan next month, officials told reporters.",
]
RUNS = "(([{<…-—.,!?*#\"'/\\|_~"
ODD_DATES = [None, "0001-01-01", "9999-12-31", "2022-02-30", "1999-12-31T23:59:59Z", "not a date", "2023-13-01",
             "", "2023-03-14", "10000-01-01", "-0001-01-01"]


@dataclass
class Outcome:
    kind: str  # events | no-events | named-failure | unhandled | silent
    detail: str
    seconds: float


def mutate(rnd: random.Random, sentence: str) -> str:
    """A sentence with a few random edits: characters dropped, doubled, swapped, or odd characters inserted."""
    chars = list(sentence)
    for _ in range(rnd.randint(1, 6)):
        i = rnd.randrange(len(chars) + 1)
        op = rnd.randrange(5)
        if op == 0 and chars:
            del chars[min(i, len(chars) - 1)]
        elif op == 1:
            chars.insert(i, rnd.choice(RUNS) * rnd.choice([1, 2, 50, 3000]))
        elif op == 2:
            chars.insert(i, chr(rnd.choice([0xD800, 0xDC80, 0xFFFD, 0x200B, 0x0, 0x1F600, 0x0301, 0x202E])))
        elif op == 3 and i < len(chars) - 1:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            chars.insert(i, "\n" * rnd.randint(1, 3))
    return "".join(chars)


def random_input(rnd: random.Random) -> tuple[str, str | None]:
    """(text, published) of one of several kinds: mutated news, symbol runs, random code points, odd headers."""
    kind = rnd.randrange(6)
    if kind == 0:
        text = " ".join(mutate(rnd, rnd.choice(SENTENCES)) for _ in range(rnd.randint(1, 5)))
    elif kind == 1:
        text = rnd.choice(SENTENCES) + " " + rnd.choice(RUNS) * rnd.randint(1, 20_000) + rnd.choice(SENTENCES)
    elif kind == 2:
        text = "".join(chr(rnd.randrange(1, 0x30000)) for _ in range(rnd.randint(1, 300)))
    elif kind == 3:
        header = f" date {rnd.choice(['9999-12-31', '0001-01-01', '2022-02-30', '2023-03-14'])}\n"
        text = header + " ".join(rnd.sample(SENTENCES, 3))
    elif kind == 4:
        text = " ".join(rnd.choice(SENTENCES).split()[::-1]) + " " + "".join(
            rnd.choice(RUNS + " ") for _ in range(rnd.randint(1, 2000)))
    else:
        text = rnd.choice(SENTENCES).replace(" ", rnd.choice(["  ", "\t", "\n", " \u00a0", "…"]))
    return text, rnd.choice(ODD_DATES)


def problems(document: Document, events: list[Event]) -> list[str]:
    """What is wrong with a result without an error: evidence offsets must point at the evidence sentence."""
    out = []
    for ev in events:
        if not ev.mentions:
            out.append(f"{ev.event_type} event without evidence")
        for m in ev.mentions:
            if document.text[m.start:m.end] != m.sentence:
                out.append(f"evidence offsets {m.start}:{m.end} do not hold {m.sentence[:40]!r}")
    return out


def check(text: str, published: str | None, settings: Settings | None = None) -> Outcome:
    start = time.perf_counter()
    try:
        document = make_document(text, published=published, on_warning=lambda message: None)
        result = process_batch([document], settings)[0]
    except Exception as exc:  # what the fuzz run counts: nothing may escape
        return Outcome("unhandled", f"{type(exc).__name__}: {exc}"[:200], time.perf_counter() - start)
    seconds = time.perf_counter() - start
    if result.error is not None:
        return Outcome("named-failure", result.error[:200], seconds)
    wrong = problems(document, result.events)
    if wrong:
        return Outcome("silent", wrong[0], seconds)
    return Outcome("events" if result.events else "no-events", "", seconds)


__all__ = ["ODD_DATES", "RUNS", "SENTENCES", "Outcome", "check", "mutate", "problems", "random_input"]
