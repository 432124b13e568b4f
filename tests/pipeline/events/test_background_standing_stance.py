"""A charge told in the present simple by the story's own narration, after its first sentence and undated ("Chad
accuses Sudan of arming the rebels"), is a standing position, not the story's news; the first sentence, a dated
one, a quoted speaker, a text that speaks, a report under "said" and other present-tense stances stay events.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.helpers.pipeline import events_in

LEAD = "Chadian troops clashed with rebels near the eastern border on Tuesday. "


def _types(nlp: Language, text: str) -> list[str]:
    return [e.event_type for e in events_in(nlp, text)]


@pytest.mark.parametrize(("second", "etype"), [
    ("Chad accuses Sudan of arming the rebels in the east.", "ACCUSE"),
    ("The authorities allege that Sudanese soldiers burned two villages.", "ACCUSE"),
])
def test_background_standing_stance_in_narration_is_no_news(nlp: Language, second: str, etype: str) -> None:
    assert etype not in _types(nlp, LEAD + second)


@pytest.mark.parametrize(("text", "etype"), [
    ("Chad accuses Sudan of arming the rebels in the east.", "ACCUSE"),  # the first sentence
    (LEAD + "Chad on Wednesday accuses Sudan of arming the rebels.", "ACCUSE"),  # dated
    (LEAD + '"We demand the immediate release of the prisoners," the minister told reporters.', "REQUEST"),
    (LEAD + "The secretary-general strongly appeals to the two sides to keep the ceasefire.", "REQUEST"),  # a text
    (LEAD + "The resolution demands that Sudan withdraw its troops from the border.", "REQUEST"),
    (LEAD + "The minister said Chad accuses Sudan of arming the rebels.", "ACCUSE"),
    (LEAD + "In the letter, Chad accuses Sudan of arming the rebels.", "ACCUSE"),  # a text that speaks
    (LEAD + "The government supports the African Union's efforts to end the war.", "SUPPORT"),  # not a charge
])
def test_background_standing_stance_leaves_news_and_speech(nlp: Language, text: str, etype: str) -> None:
    assert etype in _types(nlp, text)
