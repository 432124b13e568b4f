"""A name right after a person's title that the tagger calls an organisation ("spokesman Yousuf Stanizai") is a
person, so a later "he" finds him; not when another person of the article shares its last word. Sentences written
for these tests."""

from __future__ import annotations

from communique.api import extract
from communique.config import Settings

_ALL = Settings(min_confidence=0.0)


def test_coref_titled_name_tagged_as_organisation_is_a_person() -> None:
    text = ('"It was a suicide attack," interior ministry spokesman Yousuf Stanizai told reporters. "The driver '
            'has been killed," he said, blaming the attack on the insurgents.')
    actors = [a for e in extract(text, published="2005-12-16", settings=_ALL) if e.event_type == "ACCUSE"
              for a in e.actors]
    assert [a.name for a in actors] == ["Yousuf Stanizai"]
